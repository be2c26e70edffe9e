//! `Session`: the process-wide bundle every command uses — settings (cloud, subscription, defaults, az config),
//! the token provider with its cache, and the ARM client on the one HTTP client. Each part is built lazily on
//! first use, so `--help` and shell completion never read files or build a TLS client.

use std::sync::{Arc, OnceLock};

use crate::arm::ArmClient;
use crate::auth::{AuthSource, TokenProvider};
use crate::error::Result;
use crate::http::{HttpPolicy, LazyClient};
use crate::settings::{Env, Settings, Subscription};

/// Global options that shape the session (from the command line).
#[derive(Debug, Clone, Default)]
pub struct SessionOptions {
    /// `--subscription` (id or name).
    pub subscription: Option<String>,
    /// `--auth-source` (clap also reads `AZCONN_AUTH_SOURCE`).
    pub auth_source: AuthSource,
    /// Turns the on-disk token cache off (`AZCONN_NO_TOKEN_CACHE=1` does the same).
    pub no_token_cache: bool,
}

/// The lazily built context of one azconn run.
#[derive(Debug)]
pub struct Session {
    options: SessionOptions,
    env: Env,
    settings: OnceLock<Settings>,
    http: LazyClient,
    tokens: OnceLock<Arc<TokenProvider>>,
    arm: OnceLock<ArmClient>,
}

impl Session {
    /// A session over the process environment. Does no I/O.
    pub fn new(options: SessionOptions) -> Session {
        Session::with_env(options, Env::from_process())
    }

    /// A session over a given environment (tests).
    pub fn with_env(options: SessionOptions, env: Env) -> Session {
        Session {
            options,
            http: LazyClient::new(env.clone()),
            env,
            settings: OnceLock::new(),
            tokens: OnceLock::new(),
            arm: OnceLock::new(),
        }
    }

    /// The global options.
    pub fn options(&self) -> &SessionOptions {
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

    /// The subscription of this run (`--subscription` → profile default → `AZURE_SUBSCRIPTION_ID`).
    pub fn subscription(&self) -> Result<Subscription> {
        Ok(self
            .settings()?
            .subscription(self.options.subscription.as_deref())?)
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
