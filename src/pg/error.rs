//! `PgError`: what can go wrong talking to PostgreSQL, classified so callers can react (firewall
//! rule, "confirm the Entra admin", TLS advice), and its conversion into the top-level error with
//! az's texts where az has them (`Fail to connect to postgresql. <text>`, exit 1).
//!
//! No variant ever holds the access token: connect errors carry the server's and the TLS
//! library's words, SQL errors the statement (which holds names and object ids, not secrets).

use std::error::Error as StdError;
use std::net::IpAddr;

use super::quote::QuoteError;
use super::settings::{InvalidSetting, RootCert, SslMode};
use crate::error::Error;

/// Why a connect attempt failed (TLS failures are [`PgError::Tls`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectFailure {
    /// `no pg_hba.conf entry for host "IP", …`: Azure's firewall said no; `host` is the client IP
    /// the server saw, when it parses as one.
    Firewall { host: Option<IpAddr> },
    /// `password authentication failed`: the token was refused (not an Entra admin, or expired).
    Password,
    /// The TCP connection was refused.
    Refused,
    /// No answer within the connect timeout.
    Timeout,
    /// The server refused the session for another reason (SQLSTATE given), e.g. an unknown database.
    Rejected { sqlstate: String },
    /// Anything else (DNS, reset connection, …).
    Other,
}

/// An error talking to PostgreSQL.
#[derive(Debug, thiserror::Error)]
pub enum PgError {
    /// A libpq environment variable or the root certificate file is unusable.
    #[error("{message}")]
    Settings { message: String },
    /// The session could not be opened. `detail` is libpq-shaped:
    /// `connection to server at "host" (addr), port N failed: FATAL:  …`.
    #[error("Fail to connect to postgresql. {detail}")]
    Connect {
        failure: ConnectFailure,
        detail: String,
    },
    /// The TLS handshake failed (certificate for another host, unknown CA, no TLS on the server).
    #[error("Fail to connect to postgresql. {detail}")]
    Tls {
        host: String,
        mode: SslMode,
        root_cert: RootCert,
        detail: String,
    },
    /// A statement failed.
    #[error(
        "Failed to run `{statement}` on database `{database}`: {message}{}{}",
        .sqlstate.as_ref().map(|s| format!(" (SQLSTATE {s})")).unwrap_or_default(),
        .detail.as_ref().map(|d| format!("\n{d}")).unwrap_or_default()
    )]
    Sql {
        database: String,
        statement: String,
        sqlstate: Option<String>,
        message: String,
        detail: Option<String>,
    },
    /// The session was lost while a statement ran (closed socket, I/O error): the server may have
    /// been restarted or the backend killed without a message.
    #[error("Failed to run `{statement}` on database `{database}`: {message}")]
    Lost {
        database: String,
        statement: String,
        message: String,
    },
    /// A name cannot be used in SQL as given.
    #[error(transparent)]
    Name(#[from] QuoteError),
    /// `drop_role` refused to drop a role that does not look like one azconn creates.
    #[error("Role `{role}` was not dropped: {reason}")]
    NotDroppable { role: String, reason: String },
    /// `--new` or `--drop-role` could not revoke and drop the role; nothing was changed.
    #[error(
        "{error}\nRole `{role}` was kept: it owns objects or holds privileges that azconn did not grant. Move or \
         drop them (REASSIGN OWNED BY / DROP OWNED BY) and try again."
    )]
    DropBlocked { role: String, error: Box<PgError> },
    /// Tables or sequences of the schema belong to a role whose privileges the administrator does not have, so
    /// it cannot grant on them; checked before any change, and nothing was changed.
    #[error(
        "The Microsoft Entra administrator cannot grant on these objects in database `{database}`: it is not their \
         owner nor a member of it, and holds no grant option:\n  {}\nNothing was changed. Make the administrators' \
         role the owner and run the command again:\n  {}\nor run it with --skip-ungrantable to grant on everything \
         else, then have the owner grant these:\n  {}",
        .objects.join("\n  "),
        .owner_fix.join("\n  "),
        .grant_fix.join("\n  ")
    )]
    Ungrantable {
        database: String,
        /// `table "public"."t" (owner app)`, one per object.
        objects: Vec<String>,
        /// `ALTER TABLE … OWNER TO azure_pg_admin;` per object.
        owner_fix: Vec<String>,
        /// `GRANT ALL PRIVILEGES ON TABLE … TO "role";` per object.
        grant_fix: Vec<String>,
    },
    /// The grants failed and dropping the role created for them failed too.
    #[error("{error}\nThe role `{role}` created by this run could not be dropped again: {cleanup}")]
    CleanupFailed {
        role: String,
        error: Box<PgError>,
        cleanup: Box<PgError>,
    },
}

impl PgError {
    /// The client IP from a pg_hba (firewall) rejection.
    pub fn firewall_ip(&self) -> Option<IpAddr> {
        match self {
            PgError::Connect {
                failure: ConnectFailure::Firewall { host },
                ..
            } => *host,
            _ => None,
        }
    }

    /// Whether the server rejected the connection in pg_hba (Azure's firewall).
    pub fn is_firewall_rejection(&self) -> bool {
        matches!(
            self,
            PgError::Connect {
                failure: ConnectFailure::Firewall { .. },
                ..
            }
        )
    }

    /// Whether the token was refused as a password.
    pub fn is_password_failure(&self) -> bool {
        matches!(
            self,
            PgError::Connect {
                failure: ConnectFailure::Password,
                ..
            }
        )
    }

    /// Whether the failure is the connection's, not the SQL's, and a new session may well succeed:
    /// a connect that was reset, refused or timed out, a server that is starting or shutting down
    /// (57P03), or a session lost mid-statement — terminated by an administrator (57P01,
    /// `pg_terminate_backend`), a shutdown (57P02) or a dropped socket. A statement that timed out
    /// is not transient (it may still be running on the server).
    pub fn is_transient(&self) -> bool {
        const LOST: [&str; 3] = ["57P01", "57P02", "57P03"];
        match self {
            PgError::Connect { failure, .. } => match failure {
                ConnectFailure::Refused | ConnectFailure::Timeout | ConnectFailure::Other => true,
                ConnectFailure::Rejected { sqlstate } => LOST.contains(&sqlstate.as_str()),
                ConnectFailure::Firewall { .. } | ConnectFailure::Password => false,
            },
            PgError::Sql { sqlstate, .. } => sqlstate.as_deref().is_some_and(|s| LOST.contains(&s)),
            PgError::Lost { .. } => true,
            _ => false,
        }
    }

    /// Whether the session could not be opened (as opposed to a statement failing).
    pub fn is_connect_failure(&self) -> bool {
        matches!(self, PgError::Connect { .. } | PgError::Tls { .. })
    }

    /// The SQLSTATE of a failed statement.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            PgError::Sql { sqlstate, .. } => sqlstate.as_deref(),
            PgError::CleanupFailed { error, .. } | PgError::DropBlocked { error, .. } => {
                error.sqlstate()
            }
            _ => None,
        }
    }

    /// What to tell the user to do about a TLS failure: the option that relaxes the check.
    pub fn tls_advice(&self) -> Option<String> {
        let PgError::Tls {
            host,
            mode,
            root_cert,
            detail,
        } = self
        else {
            return None;
        };
        if detail.contains("server does not support TLS") {
            return Some(format!(
                "The server `{host}` does not offer TLS. Set PGSSLMODE=prefer (or disable) only if an \
                 unencrypted connection is acceptable."
            ));
        }
        let root = match root_cert {
            RootCert::File(path) => format!(
                "PGSSLROOTCERT={} does not hold the CA that signed it",
                path.display()
            ),
            RootCert::Default | RootCert::System => {
                "it is not signed by a CA in the system store".to_owned()
            }
        };
        Some(match mode {
            SslMode::VerifyFull => format!(
                "The certificate of `{host}` was not accepted (PGSSLMODE=verify-full): it must name `{host}` and \
                 {root}. Set PGSSLROOTCERT to the PEM file of the server's CA; PGSSLMODE=verify-ca skips the host \
                 name check, PGSSLMODE=require skips verification."
            ),
            SslMode::VerifyCa => format!(
                "The certificate of `{host}` was not accepted (PGSSLMODE={mode}): {root}. Set PGSSLROOTCERT to the \
                 PEM file of the server's CA; PGSSLMODE=require skips verification."
            ),
            _ => format!("TLS with `{host}` failed (PGSSLMODE={mode})."),
        })
    }
}

/// `error: cause: cause` for an error and its sources (deduplicated when a source repeats its parent).
pub(crate) fn describe_chain(e: &(dyn StdError + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    let mut last = out.clone();
    // A chain is short; the bound guards against a cyclic source() implementation.
    for _ in 0..16 {
        let Some(s) = source else { break };
        let text = s.to_string();
        if !last.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        last = text;
        source = s.source();
    }
    out
}

#[cfg(test)]
impl PgError {
    /// The error PostgreSQL answers to `statement` on `database` with `sqlstate` and `message`.
    pub(crate) fn sql_for_test(
        database: &str,
        statement: &str,
        sqlstate: &str,
        message: &str,
    ) -> PgError {
        PgError::Sql {
            database: database.into(),
            statement: statement.into(),
            sqlstate: Some(sqlstate.into()),
            message: message.into(),
            detail: None,
        }
    }
}

impl From<PgError> for Error {
    fn from(e: PgError) -> Self {
        match &e {
            // Mirrors az: the connect text is a warning (the caller prints it), this is the error.
            PgError::Connect {
                failure: ConnectFailure::Password,
                ..
            } => Error::runtime(
                "Please confirm current user as Microsoft Entra admin and try again.",
            ),
            PgError::Tls { .. } => Error::Runtime {
                message: e.to_string(),
                recommendation: e.tls_advice(),
            },
            _ => Error::runtime(e.to_string()),
        }
    }
}

/// Whether an I/O error in `e`'s source chain (or OpenSSL's words for an unexpected EOF) says the
/// connection itself failed: reset, aborted, closed early or timed out.
pub(super) fn network_failure(e: &(dyn StdError + 'static)) -> bool {
    use std::io::ErrorKind;
    let mut source: Option<&(dyn StdError + 'static)> = Some(e);
    // A chain is short; the bound guards against a cyclic source() implementation.
    for _ in 0..16 {
        let Some(s) = source else { break };
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && matches!(
                io.kind(),
                ErrorKind::ConnectionReset
                    | ErrorKind::ConnectionAborted
                    | ErrorKind::BrokenPipe
                    | ErrorKind::UnexpectedEof
                    | ErrorKind::TimedOut
            )
        {
            return true;
        }
        if s.to_string()
            .to_ascii_lowercase()
            .contains("unexpected eof")
        {
            return true;
        }
        source = s.source();
    }
    false
}

impl From<InvalidSetting> for PgError {
    fn from(e: InvalidSetting) -> Self {
        PgError::Settings { message: e.0 }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_exit_codes() {
        let password = PgError::Connect {
            failure: ConnectFailure::Password,
            detail: "connection to server at \"srv\", port 5432 failed: FATAL:  password authentication failed for \
                     user \"alice@contoso.com\""
                .into(),
        };
        assert!(password.is_password_failure());
        assert_eq!(
            password.to_string(),
            "Fail to connect to postgresql. connection to server at \"srv\", port 5432 failed: FATAL:  password \
             authentication failed for user \"alice@contoso.com\""
        );
        let top = Error::from(password);
        assert_eq!(
            top.to_string(),
            "Please confirm current user as Microsoft Entra admin and try again."
        );
        assert_eq!(top.exit_code(), 1);

        let sql = PgError::sql_for_test(
            "demo",
            "GRANT CREATE ON SCHEMA public TO \"aad_c\";",
            "42501",
            "permission denied for schema public",
        );
        assert_eq!(sql.sqlstate(), Some("42501"));
        let top = Error::from(sql);
        assert_eq!(
            top.to_string(),
            "Failed to run `GRANT CREATE ON SCHEMA public TO \"aad_c\";` on database `demo`: permission denied for \
             schema public (SQLSTATE 42501)"
        );
        assert_eq!(top.exit_code(), 1);
    }

    #[test]
    fn tls_advice_names_the_relaxing_options() {
        let e = PgError::Tls {
            host: "srv.postgres.database.azure.com".into(),
            mode: SslMode::VerifyFull,
            root_cert: RootCert::Default,
            detail: "x failed: error performing TLS handshake: certificate verify failed".into(),
        };
        let advice = e.tls_advice().unwrap();
        assert!(
            advice.contains("PGSSLROOTCERT") && advice.contains("PGSSLMODE=verify-ca"),
            "{advice}"
        );
        let Error::Runtime { recommendation, .. } = Error::from(e) else {
            panic!("runtime error expected")
        };
        assert_eq!(recommendation.as_deref(), Some(advice.as_str()));
    }
}
