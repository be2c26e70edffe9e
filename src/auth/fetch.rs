//! What a credential source needs to fetch a token (`FetchContext`): whether each source is configured and
//! available (the cheap checks `auto` chooses by), the azure_identity credential for it, and one fetch with its
//! failure recorded as an [`Attempt`].

use std::sync::Arc;

use azure_core::cloud::{CloudConfiguration, CustomConfiguration};
use azure_core::credentials::{Secret as CoreSecret, SecretBytes, TokenCredential};
use azure_core::http::{
    ClientOptions, ExponentialRetryOptions, HttpClient, RetryOptions, Transport,
};
use azure_identity::{
    AzureCliCredential, AzureCliCredentialOptions, ClientCertificateCredential,
    ClientCertificateCredentialOptions, ClientSecretCredential, ClientSecretCredentialOptions,
    Executor, ManagedIdentityCredential, ManagedIdentityCredentialOptions, UserAssignedId,
    WorkloadIdentityCredential, WorkloadIdentityCredentialOptions,
};

use super::az_cli::{az_may_succeed_again, clean_message};
use super::az_session::{AzFiles, AzSession, Unusable};
use super::refresh_grant;
use super::source::{Attempt, Concrete};
use super::{AccessToken, Secret};
use crate::http::LazyClient;
use crate::output::log;
use crate::settings::{Cloud, Env, Subscription};

/// How long a token fetch waits for az's token cache lock before running `az` instead.
const AZ_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// What a source needs to fetch a token.
#[derive(Clone)]
pub(crate) struct FetchContext {
    pub env: Env,
    pub cloud: Cloud,
    pub transport: Arc<dyn HttpClient>,
    /// The process's HTTP client, for the one request that redeems az's refresh token.
    pub client: LazyClient,
    pub executor: Arc<dyn Executor>,
    /// az's login session files (MSAL token cache, profile).
    pub az_files: AzFiles,
    /// Whether `az` can be run: an executable `az` on `PATH` (what `/bin/sh -c az …` would find).
    pub az_on_path: bool,
    /// Whether az's profile holds a signed-in account for the active cloud.
    pub az_signed_in: bool,
}

impl std::fmt::Debug for FetchContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FetchContext")
            .field("cloud", &self.cloud.name)
            .finish_non_exhaustive()
    }
}

/// The outcome of one source: a token, or an attempt record.
pub(crate) type Fetched = Result<AccessToken, Attempt>;

impl FetchContext {
    fn client_options(&self) -> Result<ClientOptions, String> {
        let authority = self.cloud.authority_host().map_err(|e| e.to_string())?;
        let mut custom = CustomConfiguration::default();
        authority.clone_into(&mut custom.authority_host);
        // Identity requests retry within the same bounds as ARM requests (azure_core's default would wait up
        // to a minute over eight retries, and would ignore `AZCONN_HTTP_RETRY_BASE_MS`).
        let policy = crate::http::HttpPolicy::from_env(&self.env).map_err(|e| e.to_string())?;
        let span = |d: std::time::Duration| {
            azure_core::time::Duration::try_from(d).unwrap_or(azure_core::time::Duration::MAX)
        };
        let retry = RetryOptions::exponential(ExponentialRetryOptions {
            initial_delay: span(policy.base_delay),
            max_retries: policy.max_retries,
            max_total_elapsed: span(policy.max_total_wait),
            max_delay: span(policy.max_delay),
        });
        Ok(ClientOptions {
            transport: Some(Transport::new(self.transport.clone())),
            cloud: Some(Arc::new(CloudConfiguration::Custom(custom))),
            retry,
            ..ClientOptions::default()
        })
    }

    /// The identity key a source will authenticate as, before any token is fetched (`None`: not configured).
    pub(crate) fn identity_key(&self, source: Concrete, cli_user: Option<&str>) -> String {
        match source {
            Concrete::Cli => cli_user.unwrap_or("default").to_owned(),
            Concrete::Env | Concrete::WorkloadIdentity => self
                .env
                .non_empty("AZURE_CLIENT_ID")
                .unwrap_or("")
                .to_owned(),
            Concrete::ManagedIdentity => self
                .env
                .non_empty("AZURE_CLIENT_ID")
                .unwrap_or("system")
                .to_owned(),
        }
    }

    /// Whether a source is available, or why not: the cheap checks `auto` chooses by (no process is started and
    /// no request sent). An explicitly selected source needs only its configuration; running it says the rest.
    pub(crate) fn available(&self, source: Concrete, explicit: bool) -> Result<(), String> {
        self.configured(source, explicit)?;
        if explicit {
            return Ok(());
        }
        match source {
            Concrete::Cli if !self.az_on_path => Err("`az` is not on PATH".to_owned()),
            Concrete::Cli if !self.az_signed_in => Err(
                "az has no signed-in account (azureProfile.json lists no subscription for this cloud)"
                    .to_owned(),
            ),
            Concrete::WorkloadIdentity => {
                let file = self
                    .env
                    .non_empty("AZURE_FEDERATED_TOKEN_FILE")
                    .unwrap_or_default();
                if std::path::Path::new(file).is_file() {
                    Ok(())
                } else {
                    Err(format!("AZURE_FEDERATED_TOKEN_FILE {file} is not a file"))
                }
            }
            _ => Ok(()),
        }
    }

    /// Whether a source is configured in this environment, or why not.
    pub(crate) fn configured(&self, source: Concrete, explicit: bool) -> Result<(), String> {
        let missing = |names: &[&str]| -> Result<(), String> {
            let absent: Vec<&str> = names
                .iter()
                .copied()
                .filter(|n| self.env.non_empty(n).is_none())
                .collect();
            if absent.is_empty() {
                Ok(())
            } else {
                Err(format!("{} not set", join_names(&absent)))
            }
        };
        match source {
            Concrete::Cli => Ok(()),
            Concrete::Env => {
                missing(&["AZURE_CLIENT_ID", "AZURE_TENANT_ID"])?;
                if self.env.non_empty("AZURE_CLIENT_SECRET").is_none()
                    && self
                        .env
                        .non_empty("AZURE_CLIENT_CERTIFICATE_PATH")
                        .is_none()
                {
                    return Err(
                        "neither AZURE_CLIENT_SECRET nor AZURE_CLIENT_CERTIFICATE_PATH is set"
                            .to_owned(),
                    );
                }
                Ok(())
            }
            Concrete::WorkloadIdentity => missing(&[
                "AZURE_FEDERATED_TOKEN_FILE",
                "AZURE_CLIENT_ID",
                "AZURE_TENANT_ID",
            ]),
            Concrete::ManagedIdentity => {
                if explicit
                    || self.env.non_empty("IDENTITY_ENDPOINT").is_some()
                    || self.env.non_empty("MSI_ENDPOINT").is_some()
                {
                    Ok(())
                } else {
                    Err("no managed identity endpoint is advertised (IDENTITY_ENDPOINT / MSI_ENDPOINT are not set)".to_owned())
                }
            }
        }
    }

    /// Fetches a token for `scope` from one source. `tenant` overrides the source's tenant; `subscription`
    /// (az login only) picks the subscription's account and tenant. The az login is read from az's token cache
    /// first (an access token, else one refresh-token redemption) and `az` runs only when that cannot be used;
    /// `refused` are tokens a service refused, never handed out again.
    pub(crate) async fn fetch(
        &self,
        source: Concrete,
        explicit: bool,
        scope: &str,
        tenant: Option<&str>,
        subscription: Option<&Subscription>,
        refused: &[Secret],
    ) -> Fetched {
        let attempt = |skipped: bool, reason: String| Attempt {
            source: source.label(),
            skipped,
            reason,
            fix: source.fix().to_owned(),
        };
        if let Err(why) = self.configured(source, explicit) {
            return Err(attempt(true, why));
        }
        if source == Concrete::Cli {
            match self
                .az_session_token(scope, tenant, subscription, refused)
                .await
            {
                Ok(token) => return Ok(token),
                Err(Unusable(why)) => log::info(&format!(
                    "Not using az's login session directly: {why}. Running az for the token."
                )),
            }
        }
        let subscription = subscription.map(|s| s.id.as_str());
        let credential = self
            .credential(source, tenant, subscription)
            .map_err(|why| attempt(false, why))?;
        // az is asked once more when its failure is not Entra's verdict on the sign-in (the token endpoint
        // failed, the network did): the requests azconn sends itself are retried the same way.
        let mut asked = 0;
        loop {
            asked += 1;
            match credential.get_token(&[scope], None).await {
                Ok(t) => {
                    return Ok(AccessToken::bearer(
                        Secret::new(t.token.secret()),
                        t.expires_on.unix_timestamp(),
                    ));
                }
                Err(e) => {
                    let message = clean_message(&token_error_text(&e));
                    if source == Concrete::Cli && asked < 2 && az_may_succeed_again(&message) {
                        crate::output::log::debug(
                            "az account get-access-token failed; running it once more.",
                        );
                        let pause = crate::http::HttpPolicy::from_env(&self.env)
                            .map_or(std::time::Duration::from_millis(800), |p| p.base_delay);
                        tokio::time::sleep(pause).await;
                        continue;
                    }
                    return Err(attempt(false, message));
                }
            }
        }
    }

    /// A token for the az login from az's token cache: a cached access token, else the account's refresh token
    /// redeemed once (an aging access token when that fails, as MSAL does).
    async fn az_session_token(
        &self,
        scope: &str,
        tenant: Option<&str>,
        subscription: Option<&Subscription>,
        refused: &[Secret],
    ) -> Result<AccessToken, Unusable> {
        let session = self.read_session(tenant, subscription).await?;
        let now = super::cache::now_unix();
        // After a refusal az's other cached access tokens may be revoked with the refused one (a session
        // revocation expires them all): redeem the refresh token instead.
        if refused.is_empty()
            && let Some(token) = session.access_token(scope, now, refused)
        {
            log::debug(&format!("token for {scope} from az's token cache"));
            return Ok(token);
        }
        let refresh = session.refresh_token().ok_or_else(|| {
            Unusable("az's token cache holds no refresh token for the account".to_owned())
        })?;
        log::debug(&format!("redeeming az's refresh token for {scope}"));
        match refresh_grant::redeem(&self.client, &self.env, &session, refresh, scope, None, now)
            .await
        {
            Ok(token) => Ok(token),
            Err(why) => session.aging_token(scope, now, refused).ok_or(why),
        }
    }

    /// az's login session for the subscription (or tenant), read under az's lock; the lock wait sleeps, so off
    /// the runtime's workers.
    async fn read_session(
        &self,
        tenant: Option<&str>,
        subscription: Option<&Subscription>,
    ) -> Result<AzSession, Unusable> {
        let files = self.az_files.clone();
        let (subscription, tenant) = (subscription.cloned(), tenant.map(str::to_owned));
        tokio::task::spawn_blocking(move || {
            files.session(subscription.as_ref(), tenant.as_deref(), AZ_LOCK_WAIT)
        })
        .await
        .map_err(|e| Unusable(format!("reading az's token cache failed: {e}")))?
    }

    /// A token for the az login with the claims of a service's challenge: az's cached access tokens passed over
    /// (MSAL does not use them for a claims request), the account's refresh token redeemed once with the claims.
    /// `Err`: az's advice for signing in with those claims (when az's cache cannot be used, or Entra refused).
    pub(crate) async fn claims_token(
        &self,
        scope: &str,
        tenant: Option<&str>,
        subscription: Option<&Subscription>,
        claims: &str,
    ) -> Result<AccessToken, String> {
        let known_tenant = tenant
            .map(str::to_owned)
            .or_else(|| subscription.and_then(|s| s.tenant_id.clone()));
        let session = match self.read_session(tenant, subscription).await {
            Ok(s) => s,
            Err(why) => {
                log::info(&format!("Cannot answer the claims challenge: {}", why.0));
                return Err(refresh_grant::claims_login_advice(
                    known_tenant.as_deref(),
                    scope,
                    claims,
                ));
            }
        };
        let advice = || refresh_grant::claims_login_advice(Some(&session.tenant), scope, claims);
        let Some(refresh) = session.refresh_token() else {
            log::info(
                "Cannot answer the claims challenge: az's token cache holds no refresh token",
            );
            return Err(advice());
        };
        let now = super::cache::now_unix();
        refresh_grant::redeem(
            &self.client,
            &self.env,
            &session,
            refresh,
            scope,
            Some(claims),
            now,
        )
        .await
        .map_err(|why| {
            log::info(&format!(
                "Failed to acquire a token with the claims: {}",
                why.0
            ));
            advice()
        })
    }

    fn credential(
        &self,
        source: Concrete,
        tenant: Option<&str>,
        subscription: Option<&str>,
    ) -> Result<Arc<dyn TokenCredential>, String> {
        let env_tenant = || {
            tenant
                .or_else(|| self.env.non_empty("AZURE_TENANT_ID"))
                .unwrap_or_default()
                .to_owned()
        };
        let client_id = || {
            self.env
                .non_empty("AZURE_CLIENT_ID")
                .unwrap_or_default()
                .to_owned()
        };
        match source {
            Concrete::Cli => {
                let mut options = AzureCliCredentialOptions {
                    executor: Some(self.executor.clone()),
                    ..Default::default()
                };
                if let Some(t) = tenant {
                    options.tenant_id = Some(t.to_owned());
                } else if let Some(s) = subscription {
                    options.subscription = Some(s.to_owned());
                }
                let c: Arc<dyn TokenCredential> = AzureCliCredential::new(Some(options))
                    .map_err(|e| clean_message(&e.to_string()))?;
                Ok(c)
            }
            Concrete::Env => {
                let client_options = self.client_options()?;
                if let Some(secret) = self.env.non_empty("AZURE_CLIENT_SECRET") {
                    let options = ClientSecretCredentialOptions { client_options };
                    let c: Arc<dyn TokenCredential> = ClientSecretCredential::new(
                        &env_tenant(),
                        client_id(),
                        CoreSecret::new(secret.to_owned()),
                        Some(options),
                    )
                    .map_err(|e| clean_message(&e.to_string()))?;
                    return Ok(c);
                }
                let path = self
                    .env
                    .non_empty("AZURE_CLIENT_CERTIFICATE_PATH")
                    .unwrap_or_default();
                let bytes = std::fs::read(path).map_err(|e| {
                    format!("cannot read AZURE_CLIENT_CERTIFICATE_PATH {path}: {e}")
                })?;
                let options = ClientCertificateCredentialOptions {
                    client_options,
                    password: self
                        .env
                        .get("AZURE_CLIENT_CERTIFICATE_PASSWORD")
                        .map(|p| CoreSecret::new(p.to_owned())),
                };
                let c: Arc<dyn TokenCredential> = ClientCertificateCredential::new(
                    env_tenant(),
                    client_id(),
                    SecretBytes::new(bytes),
                    Some(options),
                )
                .map_err(|e| clean_message(&e.to_string()))?;
                Ok(c)
            }
            Concrete::WorkloadIdentity => {
                let mut options = WorkloadIdentityCredentialOptions::default();
                options.credential_options.client_options = self.client_options()?;
                options.client_id = Some(client_id());
                options.tenant_id = Some(env_tenant());
                options.token_file_path = self
                    .env
                    .non_empty("AZURE_FEDERATED_TOKEN_FILE")
                    .map(std::path::PathBuf::from);
                let c: Arc<dyn TokenCredential> = WorkloadIdentityCredential::new(Some(options))
                    .map_err(|e| clean_message(&e.to_string()))?;
                Ok(c)
            }
            Concrete::ManagedIdentity => {
                let options = ManagedIdentityCredentialOptions {
                    client_options: self.client_options()?,
                    user_assigned_id: self
                        .env
                        .non_empty("AZURE_CLIENT_ID")
                        .map(|id| UserAssignedId::ClientId(id.to_owned())),
                };
                let c: Arc<dyn TokenCredential> = ManagedIdentityCredential::new(Some(options))
                    .map_err(|e| clean_message(&e.to_string()))?;
                Ok(c)
            }
        }
    }
}

fn join_names(names: &[&str]) -> String {
    match names {
        [one] => format!("{one} is"),
        [init @ .., last] => format!("{} and {last} are", init.join(", ")),
        [] => String::new(),
    }
}

/// The text of a failed token request: azure_core shows only the outermost context, which for a TLS
/// certificate failure hides the advice the transport put in (`REQUESTS_CA_BUNDLE`); that message wins.
fn token_error_text(e: &azure_core::Error) -> String {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        let text = err.to_string();
        if text.contains(crate::http::client::CA_BUNDLE_ADVICE) {
            return text;
        }
        cur = err.source();
    }
    e.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_missing_variables() {
        assert_eq!(join_names(&["A"]), "A is");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C are");
    }
}
