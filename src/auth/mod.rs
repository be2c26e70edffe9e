//! Entra ID access tokens: where they come from (az login, a service principal or workload identity from the
//! environment, managed identity — `source`), who they belong to (`claims`), how they are cached between runs
//! (`cache`) and the one entry point commands use (`provider::TokenProvider`).
//!
//! Tokens live in [`Secret`], whose `Debug` is redacted; the only place a token is shown is the result of
//! `azconn token`. This module knows nothing of clap or output formats.

pub mod az_cli;
mod az_session;
pub mod cache;
pub mod claims;
#[cfg(test)]
pub(crate) mod fake_az;
mod fetch;
pub mod provider;
mod refresh_grant;
pub mod source;
pub mod transport;

use std::fmt;

pub use claims::{Identity, PrincipalKind};

pub use provider::{TokenProvider, TokenRequest};
pub use source::AuthSource;

/// A secret string (access token, client secret) that never shows itself in `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that must send or print it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// An access token with its expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    /// The bearer token.
    pub token: Secret,
    /// Expiry as seconds since the Unix epoch.
    pub expires_on: i64,
    /// `Bearer`.
    pub token_type: String,
}

impl AccessToken {
    /// A bearer token expiring at `expires_on` (Unix seconds).
    pub fn bearer(token: Secret, expires_on: i64) -> Self {
        AccessToken {
            token,
            expires_on,
            token_type: "Bearer".to_owned(),
        }
    }

    /// The identity the token's claims name (no signature check: the token came from Entra over TLS).
    pub fn identity(&self) -> Option<Identity> {
        claims::decode(self.token.expose()).map(|c| Identity::from_claims(&c))
    }

    /// The value of an `Authorization` header.
    pub fn authorization(&self) -> String {
        format!("{} {}", self.token_type, self.token.expose())
    }
}

/// Why no token could be had.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// One explicitly selected source failed.
    #[error("{message}")]
    Source {
        source_name: &'static str,
        message: String,
        fix: String,
    },
    /// Automatic selection: every source was tried or skipped; each with its reason and fix.
    #[error("{}", source::describe_attempts(scope, attempts))]
    NothingWorked {
        scope: String,
        attempts: Vec<source::Attempt>,
    },
    /// The request itself is wrong (e.g. both `--resource` and `--scope`).
    #[error("{0}")]
    Invalid(String),
    /// Settings needed for the request were missing (cloud endpoints, profile).
    #[error(transparent)]
    Settings(#[from] crate::settings::SettingsError),
}

impl From<AuthError> for crate::error::Error {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Source { message, fix, .. } => crate::error::Error::Runtime {
                message,
                recommendation: (!fix.is_empty()).then_some(fix),
            },
            AuthError::Invalid(m) => crate::error::Error::usage(m),
            other => crate::error::Error::runtime(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_debug_is_redacted() {
        let t = AccessToken::bearer(Secret::new("eyJhbGciOi.secret.sig"), 1);
        let shown = format!("{t:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("<redacted>"));
        assert_eq!(t.authorization(), "Bearer eyJhbGciOi.secret.sig");
    }
}
