//! Credential sources and their selection.
//!
//! `--auth-source` (or `AZCONN_AUTH_SOURCE`) picks one of `auto`, `cli`, `env`, `workload-identity`,
//! `managed-identity`. `auto` takes the first of these that is available, judged without starting a process or
//! sending a request:
//! 1. `cli` — the az login (azure_identity's AzureCliCredential runs `az account get-access-token`), when `az` is
//!    on `PATH` and az's profile (`azureProfile.json`) holds a signed-in account;
//! 2. `env` — a service principal from `AZURE_CLIENT_ID` + `AZURE_TENANT_ID` + `AZURE_CLIENT_SECRET`
//!    (or `AZURE_CLIENT_CERTIFICATE_PATH`, a PKCS#12 file, with optional `AZURE_CLIENT_CERTIFICATE_PASSWORD`);
//! 3. `workload-identity` — `AZURE_FEDERATED_TOKEN_FILE` (an existing file) + `AZURE_CLIENT_ID` +
//!    `AZURE_TENANT_ID`;
//! 4. `managed-identity` — only where the platform advertises it (`IDENTITY_ENDPOINT` or `MSI_ENDPOINT`); on a
//!    VM (IMDS) select it explicitly. `AZURE_CLIENT_ID` names a user-assigned identity.
//!
//! The choice is made once per run from these checks alone — never from what the token cache holds — so a warm
//! and a cold run act as the same identity; a failure of the chosen source is that source's error, not a
//! fallback to the next. The az login comes first because azconn is a drop-in for az: the same account az would
//! use. When no source is available, one error lists each source, why it was skipped, and the fix. Every source
//! authenticates against the active cloud's authority host.

use std::ffi::OsStr;
use std::fmt::Write as _;
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

use super::{AccessToken, Secret};
use crate::settings::{Cloud, Env};

/// How the user asked to authenticate: `--auth-source` (or `AZCONN_AUTH_SOURCE`), parsed by clap into this
/// type (`cli` gives it its spellings and help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthSource {
    /// Try the sources in the documented order.
    #[default]
    Auto,
    /// The az login.
    Cli,
    /// A service principal from environment variables.
    Env,
    /// Workload identity federation (a Kubernetes service account token file).
    WorkloadIdentity,
    /// The managed identity of the Azure host.
    ManagedIdentity,
}

impl AuthSource {
    /// The concrete sources to try, in order.
    pub(crate) fn candidates(self) -> &'static [Concrete] {
        match self {
            AuthSource::Auto => &[
                Concrete::Cli,
                Concrete::Env,
                Concrete::WorkloadIdentity,
                Concrete::ManagedIdentity,
            ],
            AuthSource::Cli => &[Concrete::Cli],
            AuthSource::Env => &[Concrete::Env],
            AuthSource::WorkloadIdentity => &[Concrete::WorkloadIdentity],
            AuthSource::ManagedIdentity => &[Concrete::ManagedIdentity],
        }
    }
}

/// One real source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Concrete {
    Cli,
    Env,
    WorkloadIdentity,
    ManagedIdentity,
}

impl Concrete {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Concrete::Cli => "az login (Azure CLI)",
            Concrete::Env => "service principal from the environment",
            Concrete::WorkloadIdentity => "workload identity",
            Concrete::ManagedIdentity => "managed identity",
        }
    }

    pub(crate) fn fix(self) -> &'static str {
        match self {
            Concrete::Cli => "run `az login` (and `az account set` to pick a subscription)",
            Concrete::Env => {
                "set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH) for a service principal"
            }
            Concrete::WorkloadIdentity => {
                "set AZURE_FEDERATED_TOKEN_FILE, AZURE_CLIENT_ID and AZURE_TENANT_ID (Kubernetes workload identity sets them)"
            }
            Concrete::ManagedIdentity => {
                "run on an Azure host with a managed identity; on a VM select it with `--auth-source managed-identity`"
            }
        }
    }

    /// A stable name for the cache key.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Concrete::Cli => "cli",
            Concrete::Env => "env",
            Concrete::WorkloadIdentity => "wi",
            Concrete::ManagedIdentity => "mi",
        }
    }
}

/// What happened with one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The source's label.
    pub source: &'static str,
    /// Skipped (not configured) or failed.
    pub skipped: bool,
    /// Why it did not give a token.
    pub reason: String,
    /// What the user can do.
    pub fix: String,
}

/// The text of [`AuthError::NothingWorked`](super::AuthError::NothingWorked).
pub fn describe_attempts(scope: &str, attempts: &[Attempt]) -> String {
    let mut s = format!("No credential could get an access token for {scope}. Tried, in order:");
    for (i, a) in attempts.iter().enumerate() {
        let what = if a.skipped { "skipped" } else { "failed" };
        let _ = write!(
            s,
            "\n  {}. {}: {what}: {}\n     Fix: {}.",
            i + 1,
            a.source,
            a.reason,
            a.fix
        );
    }
    s
}

/// What a source needs to fetch a token.
#[derive(Clone)]
pub(crate) struct FetchContext {
    pub env: Env,
    pub cloud: Cloud,
    pub transport: Arc<dyn HttpClient>,
    pub executor: Arc<dyn Executor>,
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
        custom.authority_host = authority.to_owned();
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
    /// (az login only) lets az pick the subscription's tenant.
    pub(crate) async fn fetch(
        &self,
        source: Concrete,
        explicit: bool,
        scope: &str,
        tenant: Option<&str>,
        subscription: Option<&str>,
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

/// Whether an executable `name` is in one of `PATH`'s directories.
pub(crate) fn on_path(env: &Env, name: &str) -> bool {
    let Some(path) = env.non_empty("PATH") else {
        return false;
    };
    std::env::split_paths(path).any(|dir| {
        let file = dir.join(name);
        std::fs::metadata(&file).is_ok_and(|m| m.is_file() && is_executable(&m))
    })
}

#[cfg(unix)]
fn is_executable(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    m.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(_: &std::fs::Metadata) -> bool {
    true
}

fn join_names(names: &[&str]) -> String {
    match names {
        [one] => format!("{one} is"),
        [init @ .., last] => format!("{} and {last} are", init.join(", ")),
        [] => String::new(),
    }
}

/// azure_identity's message without its credential-name prefix and troubleshooting link, and az's `ERROR: `.
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

/// Whether an az failure may pass when az is run again: not when Entra judged the sign-in (an `AADSTS` code,
/// `invalid_grant`, consent, re-login) or az is missing or misconfigured; yes when the token endpoint or the
/// network failed (a 5xx or 429, a timeout, a connection error, `temporarily_unavailable`, or az's message says
/// no more than that the request failed).
fn az_may_succeed_again(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    const TRANSIENT: [&str; 12] = [
        "temporarily_unavailable",
        "timed out",
        "timeout",
        "connection",
        "service unavailable",
        "internal server error",
        "bad gateway",
        "too many requests",
        " 500",
        " 502",
        " 503",
        " 429",
    ];
    const VERDICT: [&str; 9] = [
        "aadsts",
        "invalid_grant",
        "interaction_required",
        "consent",
        "az login",
        "not found",
        "not recognized",
        "no such file",
        "subscription",
    ];
    TRANSIENT.iter().any(|t| m.contains(t)) || !VERDICT.iter().any(|v| m.contains(v))
}

pub(crate) fn clean_message(message: &str) -> String {
    let mut m = message.trim();
    if let Some(i) = m.find(" authentication failed.") {
        m = m[i + " authentication failed.".len()..].trim_start();
    }
    if let Some(i) = m.find("To troubleshoot, visit") {
        m = m[..i].trim_end();
    }
    let m = m.strip_prefix("ERROR: ").unwrap_or(m);
    m.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `az` for AzureCliCredential on tokio's process support (one runtime; azure_identity's own executor
/// would use a thread per call).
#[derive(Debug, Default)]
pub struct TokioExecutor;

#[async_trait::async_trait]
impl Executor for TokioExecutor {
    async fn run(&self, program: &OsStr, args: &[&OsStr]) -> std::io::Result<std::process::Output> {
        crate::output::log::debug(&format!(
            "running {} for a token",
            program.to_string_lossy()
        ));
        tokio::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn az_failures_worth_a_second_run() {
        for transient in [
            "token request failed",
            "AADSTS50000: temporarily_unavailable: There was an error issuing a token.",
            "HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Read timed out.",
            "(503) Service Unavailable",
        ] {
            assert!(az_may_succeed_again(transient), "{transient}");
        }
        for verdict in [
            "AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.",
            "Please run 'az login' to setup account.",
            "invalid_grant",
            "Azure CLI not found on path",
            "Subscription 'x' not found. Check the spelling and casing and try again.",
        ] {
            assert!(!az_may_succeed_again(verdict), "{verdict}");
        }
    }

    #[test]
    fn cleans_azure_identity_messages() {
        assert_eq!(
            clean_message(
                "AzureCliCredential authentication failed. ERROR: Please run 'az login' to setup account.\n\nTo troubleshoot, visit https://aka.ms/x#azure-cli"
            ),
            "Please run 'az login' to setup account."
        );
    }

    #[test]
    fn describes_each_attempt() {
        let text = describe_attempts(
            "s/.default",
            &[
                Attempt {
                    source: "a",
                    skipped: false,
                    reason: "boom".into(),
                    fix: "do x".into(),
                },
                Attempt {
                    source: "b",
                    skipped: true,
                    reason: "X is not set".into(),
                    fix: "set X".into(),
                },
            ],
        );
        assert_eq!(
            text,
            "No credential could get an access token for s/.default. Tried, in order:\n  1. a: failed: boom\n     Fix: do x.\n  2. b: skipped: X is not set\n     Fix: set X."
        );
    }

    #[test]
    fn names_missing_variables() {
        assert_eq!(join_names(&["A"]), "A is");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C are");
    }
}
