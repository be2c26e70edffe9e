//! `Azure`: how one run reaches Azure, the bundle every command uses — settings (cloud, subscription, defaults,
//! az config), the token provider with its cache, and the ARM client on the one HTTP client. Each part is built
//! lazily on first use, so `--help` and shell completion never read files or build a TLS client. (A PostgreSQL
//! connection is a `pg::PgSession`; this is not one.)

use std::sync::{Arc, OnceLock};

use crate::arm::ArmClient;
use crate::auth::{AuthSource, TokenProvider};
use crate::error::{Error, Result};
use crate::http::{HttpPolicy, LazyClient};
use crate::settings::{Env, Settings, SettingsError, Subscription};

/// The global options that shape how the run reaches Azure (from the command line).
#[derive(Debug, Clone, Default)]
pub struct AzureOptions {
    /// `--subscription` (id or name).
    pub subscription: Option<String>,
    /// `--auth-source` (clap also reads `AZCONN_AUTH_SOURCE`).
    pub auth_source: AuthSource,
    /// Turns the on-disk token cache off (`AZCONN_NO_TOKEN_CACHE=1` does the same).
    pub no_token_cache: bool,
}

/// How one azconn run reaches Azure, each part built lazily.
#[derive(Debug)]
pub struct Azure {
    options: AzureOptions,
    env: Env,
    settings: OnceLock<Settings>,
    http: LazyClient,
    tokens: OnceLock<Arc<TokenProvider>>,
    arm: OnceLock<ArmClient>,
    /// Without az's profile and without a subscription given: the one subscription the credential sees, or why
    /// there is none to take (`discover_subscription`).
    discovered: OnceLock<std::result::Result<Subscription, String>>,
}

impl Azure {
    /// Azure access over the process environment. Does no I/O.
    pub fn new(options: AzureOptions) -> Azure {
        Azure::with_env(options, Env::from_process())
    }

    /// Azure access over a given environment (tests).
    pub fn with_env(options: AzureOptions, env: Env) -> Azure {
        Azure {
            options,
            http: LazyClient::new(env.clone()),
            env,
            settings: OnceLock::new(),
            tokens: OnceLock::new(),
            arm: OnceLock::new(),
            discovered: OnceLock::new(),
        }
    }

    /// The global options.
    pub fn options(&self) -> &AzureOptions {
        &self.options
    }

    /// az's settings (read once).
    pub fn settings(&self) -> Result<&Settings> {
        if let Some(s) = self.settings.get() {
            return Ok(s);
        }
        let s = Settings::load(self.env.clone())?;
        Ok(self.settings.get_or_init(|| s))
    }

    /// The subscription of this run (`--subscription` → profile default → `AZURE_SUBSCRIPTION_ID`; without az's
    /// profile, the one [`discover_subscription`](Self::discover_subscription) found).
    pub fn subscription(&self) -> Result<Subscription> {
        let settings = self.settings()?;
        match settings.subscription(self.options.subscription.as_deref()) {
            Ok(s) => Ok(s),
            Err(SettingsError::NotLoggedIn) if self.options.subscription.is_none() => {
                match self.discovered.get() {
                    Some(Ok(s)) => Ok(s.clone()),
                    Some(Err(why)) => Err(Error::runtime(why.clone())),
                    None => Err(self.no_subscription(None)),
                }
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Whether this run has no subscription to use without asking ARM: none given, none in the environment,
    /// and no az profile to take a default from.
    fn subscription_unknown(&self) -> bool {
        self.options.subscription.is_none()
            && self.settings().is_ok_and(|s| {
                s.profile.subscriptions.is_empty()
                    && s.env.non_empty("AZURE_SUBSCRIPTION_ID").is_none()
            })
    }

    /// The error for a run without a subscription: az's `Please run 'az login'…` when no credential is found at
    /// all; otherwise what is missing and which credential sources were found (`extra`: what was learnt from ARM).
    fn no_subscription(&self, extra: Option<&str>) -> Error {
        let found = self.tokens().map(|t| t.sources_found()).unwrap_or_default();
        if found.is_empty() {
            return SettingsError::NotLoggedIn.into();
        }
        let mut message = format!(
            "No subscription is selected: pass --subscription or set AZURE_SUBSCRIPTION_ID (az has no signed-in account to take a default from). Credential sources found: {}.",
            found.join(", ")
        );
        if let Some(extra) = extra {
            message.push('\n');
            message.push_str(extra);
        }
        Error::runtime(message)
    }

    /// Without az's profile and without a subscription given or in the environment, asks ARM which
    /// subscriptions the credential sees, as `az login` does: exactly one becomes this run's subscription;
    /// none or several make [`subscription`](Self::subscription) say so (several are listed). Does nothing
    /// otherwise, or when no credential source is available.
    pub async fn discover_subscription(&self) {
        if self.discovered.get().is_some() || !self.subscription_unknown() {
            return;
        }
        let Ok(tokens) = self.tokens() else { return };
        let Some(source) = tokens.chosen_label() else {
            return;
        };
        let listed = match self.arm() {
            Ok(arm) => arm.list_subscriptions().await.map_err(Error::from),
            Err(e) => Err(e),
        };
        let outcome = match listed {
            Ok(items) => {
                let subs: Vec<Subscription> =
                    items.iter().filter_map(listed_subscription).collect();
                match subs.as_slice() {
                    [only] => {
                        crate::output::log::info(&format!(
                            "Using subscription '{}' ({}), the only one the {source} can see.",
                            only.name.as_deref().unwrap_or(&only.id),
                            only.id
                        ));
                        Ok(only.clone())
                    }
                    [] => Err(format!("The {source} can see no subscription.")),
                    several => {
                        let mut text = format!(
                            "The {source} can see {} subscriptions; pick one with --subscription ID or AZURE_SUBSCRIPTION_ID=ID:",
                            several.len()
                        );
                        for s in several {
                            text.push_str(&format!(
                                "\n  {}  {}",
                                s.id,
                                s.name.as_deref().unwrap_or("")
                            ));
                        }
                        Err(text)
                    }
                }
            }
            Err(e) => Err(format!(
                "Listing the subscriptions the {source} can see failed: {e}"
            )),
        };
        let outcome = outcome.map_err(|extra| self.no_subscription(Some(&extra)).to_string());
        let _ = self.discovered.set(outcome);
    }

    /// The one HTTP client.
    pub fn http(&self) -> Result<&reqwest::Client> {
        Ok(self.http.get()?)
    }

    /// The token provider (source selection + cache).
    pub fn tokens(&self) -> Result<&Arc<TokenProvider>> {
        if let Some(t) = self.tokens.get() {
            return Ok(t);
        }
        let settings = self.settings()?;
        let source = self.options.auth_source;
        let cache = !self.options.no_token_cache
            && self
                .env
                .non_empty("AZCONN_NO_TOKEN_CACHE")
                .is_none_or(|v| v == "0");
        // The provider gets the client unbuilt: a token from the cache needs no HTTP at all.
        let t = Arc::new(TokenProvider::new(
            settings,
            source,
            self.http.clone(),
            cache,
        ));
        Ok(self.tokens.get_or_init(|| t))
    }

    /// The ARM/Graph client. An explicit `--subscription` must resolve; otherwise the default subscription (if
    /// any) only guides which az account gives tokens.
    pub fn arm(&self) -> Result<&ArmClient> {
        if let Some(a) = self.arm.get() {
            return Ok(a);
        }
        let subscription = match &self.options.subscription {
            Some(_) => Some(self.subscription()?),
            None => self.subscription().ok(),
        };
        let a = ArmClient::new(
            self.http()?.clone(),
            &self.settings()?.cloud,
            self.tokens()?.clone(),
            subscription,
        )?
        .with_policy(HttpPolicy::from_env(&self.env)?);
        Ok(self.arm.get_or_init(|| a))
    }
}

/// A subscription of ARM's `GET /subscriptions` list (enabled or not, as `az login` lists them).
fn listed_subscription(item: &serde_json::Value) -> Option<Subscription> {
    let text = |k: &str| {
        item.get(k)
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    };
    Some(Subscription {
        id: text("subscriptionId")?,
        name: text("displayName"),
        tenant_id: text("tenantId"),
        user: None,
    })
}
