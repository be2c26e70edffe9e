//! Credential sources and their selection.
//!
//! `--auth-source` (or `AZCONN_AUTH_SOURCE`) picks one of `auto`, `cli`, `env`, `workload-identity`,
//! `managed-identity`. `auto` takes the first of these that is available, judged without starting a process or
//! sending a request:
//! 1. `cli` — the az login (its tokens read from az's MSAL token cache, else azure_identity's AzureCliCredential
//!    runs `az account get-access-token`), when `az` is on `PATH` and az's profile (`azureProfile.json`) holds a
//!    signed-in account — the same checks whether az's token cache is usable or not;
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

use std::fmt::Write as _;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
