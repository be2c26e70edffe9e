//! Connecting to Azure Database for PostgreSQL as the Entra admin: TLS through native-tls, the
//! oss-rdbms access token as the password, and libpq's environment honoured through
//! [`ConnectSettings`].
//!
//! The host name is always the server's FQDN: it is what TLS sends as SNI and checks the
//! certificate against; `PGHOSTADDR` only changes where the TCP connection goes. The TLS
//! connector is built once in [`PgConnector::new`] and shared by every session of the process.
//! Connect failures are classified into [`PgError`] variants (firewall, password, TLS, network)
//! so callers can react (add a firewall rule, say "confirm the Entra admin"). This module knows
//! nothing of ARM; the token arrives as a [`Secret`] and is exposed only to the password message.

use std::error::Error as StdError;
use std::fmt;

use native_tls::{Certificate, TlsConnector};
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::error::SqlState;

use super::error::{ConnectFailure, PgError, describe_chain, network_failure};
use super::firewall::parse_pg_hba_host;
use super::session::PgSession;
use super::settings::{ConnectSettings, RootCert, SslMode, default_root_cert};
use crate::auth::Secret;
use crate::output::log;

/// The server and the login the SQL runs as: Flexible uses the admin's `principalName`,
/// Single Server `login@server`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLogin {
    /// The server's FQDN (`<server>.postgres.database.azure.com`): TLS SNI and verification name.
    pub host: String,
    /// The PostgreSQL user name.
    pub user: String,
}

/// Opens sessions with one TLS configuration, built once per process and cheap to clone.
#[derive(Clone)]
pub struct PgConnector {
    settings: ConnectSettings,
    tls: MakeTlsConnector,
}

impl fmt::Debug for PgConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgConnector")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl PgConnector {
    /// Builds the TLS connector for `settings` (reads the root certificate file once).
    pub fn new(settings: ConnectSettings) -> Result<Self, PgError> {
        let mut builder = TlsConnector::builder();
        let extra = match &settings.root_cert {
            RootCert::File(path) => Some((path.clone(), true)),
            RootCert::Default => default_root_cert().map(|path| (path, false)),
            RootCert::System => None,
        };
        if let Some((path, explicit)) = extra {
            match std::fs::read(&path) {
                Ok(pem) => {
                    let certs =
                        Certificate::stack_from_pem(&pem).map_err(|e| PgError::Settings {
                            message: format!(
                                "Cannot read certificates from {}: {e}",
                                path.display()
                            ),
                        })?;
                    if certs.is_empty() && explicit {
                        return Err(PgError::Settings {
                            message: format!(
                                "{} (PGSSLROOTCERT) holds no PEM certificate.",
                                path.display()
                            ),
                        });
                    }
                    for cert in certs {
                        builder.add_root_certificate(cert);
                    }
                }
                Err(e) if explicit => {
                    return Err(PgError::Settings {
                        message: format!("Cannot read {} (PGSSLROOTCERT): {e}", path.display()),
                    });
                }
                // libpq's default file is optional for us: the system roots are always there.
                Err(_) => {}
            }
        }
        match settings.effective_ssl_mode() {
            SslMode::VerifyFull => {}
            SslMode::VerifyCa => {
                builder.danger_accept_invalid_hostnames(true);
            }
            SslMode::Disable | SslMode::Allow | SslMode::Prefer | SslMode::Require => {
                builder
                    .danger_accept_invalid_certs(true)
                    .danger_accept_invalid_hostnames(true);
            }
        }
        let connector = builder.build().map_err(|e| PgError::Settings {
            message: format!("Cannot set up TLS: {}", describe_chain(&e)),
        })?;
        Ok(PgConnector {
            settings,
            tls: MakeTlsConnector::new(connector),
        })
    }

    /// A connector for the process environment.
    pub fn from_env() -> Result<Self, PgError> {
        Self::new(ConnectSettings::from_env()?)
    }

    /// The settings this connector was built with.
    pub fn settings(&self) -> &ConnectSettings {
        &self.settings
    }

    /// Opens a session on `database` as `server.user` with `token` as the password.
    pub async fn connect(
        &self,
        server: &ServerLogin,
        database: &str,
        token: &Secret,
    ) -> Result<PgSession, PgError> {
        let mut config = tokio_postgres::Config::new();
        config
            .host(&server.host)
            .port(self.settings.port)
            .user(&server.user)
            .password(token.expose())
            .dbname(database)
            .application_name("azconn")
            .connect_timeout(self.settings.connect_timeout)
            .ssl_mode(match self.settings.ssl_mode {
                SslMode::Disable => tokio_postgres::config::SslMode::Disable,
                SslMode::Allow | SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
                SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                    tokio_postgres::config::SslMode::Require
                }
            });
        if let Some(addr) = self.settings.hostaddr {
            config.hostaddr(addr);
        }
        log::debug(&format!(
            "Connecting to PostgreSQL: host={} hostaddr={} port={} user={} dbname={} sslmode={}",
            server.host,
            self.settings
                .hostaddr
                .map_or_else(|| "-".to_owned(), |a| a.to_string()),
            self.settings.port,
            server.user,
            database,
            self.settings.ssl_mode
        ));
        let target = self.target_text(server);
        let connected = tokio::time::timeout(
            self.settings.connect_timeout,
            config.connect(self.tls.clone()),
        )
        .await;
        let (client, connection) = match connected {
            Ok(Ok(pair)) => pair,
            Ok(Err(e)) => return Err(self.classify(&e, &target, server, database)),
            Err(_) => {
                return Err(PgError::Connect {
                    failure: ConnectFailure::Timeout,
                    detail: format!(
                        "{target} failed: timeout expired after {} seconds",
                        self.settings.connect_timeout.as_secs()
                    ),
                });
            }
        };
        // The connection future drives the socket; it ends when the client is dropped.
        let db = database.to_owned();
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                log::debug(&format!(
                    "PostgreSQL session on `{db}` ended: {}",
                    describe_chain(&e)
                ));
            }
        });
        Ok(PgSession::new(
            client,
            database,
            self.tls.clone(),
            self.settings.statement_timeout,
            self.settings.connect_timeout,
        ))
    }

    /// libpq's way of naming the target: `connection to server at "host" (addr), port N`.
    fn target_text(&self, server: &ServerLogin) -> String {
        match self.settings.hostaddr {
            Some(addr) => {
                format!(
                    "connection to server at \"{}\" ({addr}), port {}",
                    server.host, self.settings.port
                )
            }
            None => format!(
                "connection to server at \"{}\", port {}",
                server.host, self.settings.port
            ),
        }
    }

    fn classify(
        &self,
        e: &tokio_postgres::Error,
        target: &str,
        server: &ServerLogin,
        database: &str,
    ) -> PgError {
        if let Some(db) = e.as_db_error() {
            let detail = format!("{target} failed: {}:  {}", db.severity(), db.message());
            let failure = if db.message().starts_with("no pg_hba.conf entry for host") {
                ConnectFailure::Firewall {
                    host: parse_pg_hba_host(db.message()),
                }
            } else if *db.code() == SqlState::INVALID_PASSWORD
                || db.message().contains("password authentication failed")
            {
                ConnectFailure::Password
            } else {
                ConnectFailure::Rejected {
                    sqlstate: db.code().code().to_owned(),
                }
            };
            return PgError::Connect { failure, detail };
        }
        let chain = describe_chain(e);
        let tls = e.to_string() == "error performing TLS handshake"
            || e.source()
                .is_some_and(|s| s.downcast_ref::<native_tls::Error>().is_some());
        // A connection reset or closed during the TLS handshake is the network's failure, not a
        // certificate problem.
        if tls && !network_failure(e) {
            return PgError::Tls {
                host: server.host.clone(),
                mode: self.settings.effective_ssl_mode(),
                root_cert: self.settings.root_cert.clone(),
                detail: format!("{target} failed: {chain}"),
            };
        }
        let failure = match e
            .source()
            .and_then(|s| s.downcast_ref::<std::io::Error>())
            .map(std::io::Error::kind)
        {
            Some(std::io::ErrorKind::ConnectionRefused) => ConnectFailure::Refused,
            Some(std::io::ErrorKind::TimedOut) => ConnectFailure::Timeout,
            _ if e.to_string() == "timeout waiting for server" => ConnectFailure::Timeout,
            _ => ConnectFailure::Other,
        };
        log::debug(&format!(
            "PostgreSQL connect to database `{database}` failed: {chain}"
        ));
        PgError::Connect {
            failure,
            detail: format!("{target} failed: {chain}"),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn missing_explicit_root_file_is_an_error_naming_it() {
        let err = PgConnector::new(ConnectSettings {
            root_cert: RootCert::File("/nonexistent/azconn-ca.pem".into()),
            ..ConnectSettings::default()
        })
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Cannot read /nonexistent/azconn-ca.pem (PGSSLROOTCERT): "),
            "{err}"
        );
    }
}
