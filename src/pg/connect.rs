//! Connecting to Azure Database for PostgreSQL as the Entra admin: TLS through native-tls, the
//! oss-rdbms access token as the password, and libpq's environment (`PGHOSTADDR`, `PGPORT`,
//! `PGSSLMODE`, `PGSSLROOTCERT`, `PGCONNECT_TIMEOUT`) honoured.
//!
//! The host name is always the server's FQDN: it is what TLS sends as SNI and checks the
//! certificate against; `PGHOSTADDR` only changes where the TCP connection goes. The TLS
//! connector is built once in [`PgConnector::new`] and shared by every session of the process.
//! Connect failures are classified into [`PgError`] variants (firewall, password, TLS, network)
//! so callers can react (add a firewall rule, say "confirm the Entra admin"). This module knows
//! nothing of ARM; the token arrives as a [`Secret`] and is exposed only to the password message.

use std::error::Error as StdError;
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use native_tls::{Certificate, TlsConnector};
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use super::error::{ConnectFailure, PgError, describe_chain};
use super::firewall::parse_pg_hba_host;
use crate::auth::Secret;
use crate::output::log;

/// libpq's default port.
pub const DEFAULT_PORT: u16 = 5432;

/// How long a connect (TCP, TLS and authentication together) may take unless
/// `PGCONNECT_TIMEOUT` says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(20);

/// How long one statement may run before azconn cancels it and gives up on the session.
pub const DEFAULT_STATEMENT_TIMEOUT: Duration = Duration::from_secs(120);

/// libpq's `sslmode` values. The default is [`SslMode::VerifyFull`], stricter than az's `require`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SslMode {
    /// No TLS at all. Only when asked for explicitly.
    Disable,
    /// libpq tries plain text first; here it behaves like `prefer` (TLS if offered, unverified).
    Allow,
    /// TLS if the server offers it, without verification; plain text otherwise.
    Prefer,
    /// TLS, certificate not verified (verified against the CA, like libpq, when `PGSSLROOTCERT`
    /// names a file).
    Require,
    /// TLS, chain verified, host name not checked.
    VerifyCa,
    /// TLS, chain and host name verified.
    VerifyFull,
}

impl SslMode {
    /// The libpq spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

impl fmt::Display for SslMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SslMode {
    type Err = PgError;

    fn from_str(s: &str) -> Result<Self, PgError> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(PgError::Settings {
                    message: format!(
                        "PGSSLMODE `{other}` is not valid. Use one of disable, allow, prefer, require, verify-ca, \
                         verify-full."
                    ),
                });
            }
        })
    }
}

/// Where trusted CA certificates come from, besides the system store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCert {
    /// System roots, plus `~/.postgresql/root.crt` when that file exists (libpq's default file).
    Default,
    /// System roots plus the PEM certificates of this file (`PGSSLROOTCERT=<path>`).
    File(PathBuf),
    /// System roots only (`PGSSLROOTCERT=system`, as in libpq 16); requires `verify-full`.
    System,
}

/// How to reach the server, from libpq's environment variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectSettings {
    /// `PGHOSTADDR`: the IP to connect to instead of resolving the host name.
    pub hostaddr: Option<IpAddr>,
    /// `PGPORT`, default 5432.
    pub port: u16,
    /// `PGSSLMODE`, default `verify-full`.
    pub ssl_mode: SslMode,
    /// `PGSSLROOTCERT`.
    pub root_cert: RootCert,
    /// `PGCONNECT_TIMEOUT` (seconds; 0 or absent means [`DEFAULT_CONNECT_TIMEOUT`]: azconn never
    /// waits forever).
    pub connect_timeout: Duration,
    /// How long one statement may take ([`DEFAULT_STATEMENT_TIMEOUT`]); a stalled statement is
    /// cancelled on the server and its session is not used again.
    pub statement_timeout: Duration,
}

impl Default for ConnectSettings {
    fn default() -> Self {
        ConnectSettings {
            hostaddr: None,
            port: DEFAULT_PORT,
            ssl_mode: SslMode::VerifyFull,
            root_cert: RootCert::Default,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            statement_timeout: DEFAULT_STATEMENT_TIMEOUT,
        }
    }
}

impl ConnectSettings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, PgError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads libpq's variables through `lookup` (empty values count as unset, like libpq).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, PgError> {
        let get = |name: &str| lookup(name).filter(|v| !v.is_empty());
        let mut settings = ConnectSettings::default();
        if let Some(addr) = get("PGHOSTADDR") {
            settings.hostaddr = Some(addr.parse().map_err(|_| PgError::Settings {
                message: format!("PGHOSTADDR `{addr}` is not an IP address."),
            })?);
        }
        if let Some(port) = get("PGPORT") {
            settings.port =
                port.parse()
                    .ok()
                    .filter(|p| *p != 0)
                    .ok_or_else(|| PgError::Settings {
                        message: format!("PGPORT `{port}` is not a port number."),
                    })?;
        }
        if let Some(mode) = get("PGSSLMODE") {
            settings.ssl_mode = mode.parse()?;
        }
        if let Some(root) = get("PGSSLROOTCERT") {
            settings.root_cert = if root == "system" {
                RootCert::System
            } else {
                RootCert::File(root.into())
            };
        }
        if let Some(timeout) = get("PGCONNECT_TIMEOUT") {
            let secs: u64 = timeout.parse().map_err(|_| PgError::Settings {
                message: format!("PGCONNECT_TIMEOUT `{timeout}` is not a number of seconds."),
            })?;
            // libpq treats 1 as 2 seconds; 0 means "no limit" there, a bounded default here.
            if secs > 0 {
                settings.connect_timeout = Duration::from_secs(secs.max(2));
            }
        }
        if settings.root_cert == RootCert::System && settings.ssl_mode != SslMode::VerifyFull {
            return Err(PgError::Settings {
                message: format!(
                    "PGSSLMODE `{}` may not be used with PGSSLROOTCERT=system; use verify-full.",
                    settings.ssl_mode
                ),
            });
        }
        Ok(settings)
    }

    /// The mode actually enforced: libpq verifies the chain under `require` when a root
    /// certificate file is given explicitly.
    pub fn effective_ssl_mode(&self) -> SslMode {
        match (self.ssl_mode, &self.root_cert) {
            (SslMode::Require, RootCert::File(_)) => SslMode::VerifyCa,
            (mode, _) => mode,
        }
    }
}

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
    ) -> Result<Session, PgError> {
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
        Ok(Session {
            client,
            database: database.to_owned(),
            tls: self.tls.clone(),
            statement_timeout: self.settings.statement_timeout,
            cancel_timeout: self.settings.connect_timeout,
            abandoned: AtomicBool::new(false),
            lost: AtomicBool::new(false),
        })
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

/// Whether an I/O error in `e`'s source chain (or OpenSSL's words for an unexpected EOF) says the
/// connection itself failed: reset, aborted, closed early or timed out.
fn network_failure(e: &(dyn StdError + 'static)) -> bool {
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

/// libpq's default root certificate file, `~/.postgresql/root.crt`.
fn default_root_cert() -> Option<PathBuf> {
    let home = std::env::var_os("HOME")?;
    Some(PathBuf::from(home).join(".postgresql").join("root.crt"))
}

/// One PostgreSQL session on one database.
pub struct Session {
    client: Client,
    database: String,
    tls: MakeTlsConnector,
    statement_timeout: Duration,
    cancel_timeout: Duration,
    /// Set when a statement timed out: the session may still be busy, so it is not used again.
    abandoned: AtomicBool,
    /// Set when a statement found the session ended by the server or the network.
    lost: AtomicBool,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("database", &self.database)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The database this session is connected to.
    pub fn database(&self) -> &str {
        &self.database
    }

    /// Whether the session is gone: closed by the server, lost, or abandoned after a timeout.
    pub fn is_closed(&self) -> bool {
        self.client.is_closed()
            || self.lost.load(Ordering::Relaxed)
            || self.abandoned.load(Ordering::Relaxed)
    }

    /// Runs `fut` (the statement `sql`) within the statement timeout; on timeout, cancels the
    /// statement on the server (best effort) and abandons the session.
    async fn bounded<T>(
        &self,
        sql: &str,
        fut: impl Future<Output = Result<T, tokio_postgres::Error>>,
    ) -> Result<T, PgError> {
        if self.abandoned.load(Ordering::Relaxed) {
            return Err(self.failure(sql, "the session is no longer usable".to_owned()));
        }
        if self.client.is_closed() || self.lost.load(Ordering::Relaxed) {
            return Err(self.lost(sql, "the connection to the server was lost".to_owned()));
        }
        match tokio::time::timeout(self.statement_timeout, fut).await {
            Ok(result) => result.map_err(|e| {
                let error = self.sql_error(sql, &e);
                if error.is_transient() {
                    // The server ended the session (or the socket broke): the client may not have seen
                    // the close yet, but the session must not be used again.
                    self.lost.store(true, Ordering::Relaxed);
                }
                error
            }),
            Err(_) => {
                self.abandoned.store(true, Ordering::Relaxed);
                let cancel = self.client.cancel_token();
                let cancelled = tokio::time::timeout(
                    self.cancel_timeout,
                    cancel.cancel_query(self.tls.clone()),
                )
                .await
                .is_ok_and(|r| r.is_ok());
                let secs = self.statement_timeout.as_secs();
                Err(self.failure(
                    sql,
                    if cancelled {
                        format!("no answer within {secs} seconds; the statement was cancelled")
                    } else {
                        format!("no answer within {secs} seconds; the session was abandoned")
                    },
                ))
            }
        }
    }

    fn failure(&self, sql: &str, message: String) -> PgError {
        PgError::Sql {
            database: self.database.clone(),
            statement: sql.to_owned(),
            sqlstate: None,
            message,
            detail: None,
        }
    }

    /// Runs one statement (simple query protocol), logged at `--verbose` like az's
    /// `Running query: <sql>`.
    pub async fn execute(&self, sql: &str) -> Result<(), PgError> {
        log::info(&format!("Running query: {sql}"));
        self.bounded(sql, self.client.batch_execute(sql)).await
    }

    /// Runs `statements` in one transaction: all of them or none.
    ///
    /// Concurrent runs that grant on the same database update the same catalog row, and PostgreSQL
    /// aborts all but one of them (`tuple concurrently updated`, or a serialization failure or
    /// deadlock). The failed transaction was rolled back as a whole, so it is run again, a bounded
    /// number of times.
    pub async fn execute_in_transaction(&mut self, statements: &[String]) -> Result<(), PgError> {
        let mut attempt: u64 = 0;
        loop {
            match self.transaction_once(statements).await {
                Err(e) if attempt < CONFLICT_RETRIES && !self.is_closed() && is_conflict(&e) => {
                    attempt += 1;
                    log::debug(&format!(
                        "Concurrent catalog update on database {}; running the transaction again ({attempt}/{CONFLICT_RETRIES})",
                        self.database
                    ));
                    tokio::time::sleep(Duration::from_millis(20 * attempt)).await;
                }
                other => return other,
            }
        }
    }

    async fn transaction_once(&mut self, statements: &[String]) -> Result<(), PgError> {
        self.execute("BEGIN").await?;
        for sql in statements {
            if let Err(e) = self.execute(sql).await {
                if !self.is_closed() {
                    // The failed statement already aborted the transaction; ROLLBACK only ends it.
                    let _ = self.execute("ROLLBACK").await;
                }
                return Err(e);
            }
        }
        let committed = self.execute("COMMIT").await;
        if committed.is_err() && !self.is_closed() {
            // A COMMIT that failed normally ends the transaction; if it did not, this ends it.
            let _ = self.execute("ROLLBACK").await;
        }
        committed
    }

    /// Whether a role of exactly this name exists.
    pub async fn role_exists(&self, role: &str) -> Result<bool, PgError> {
        let sql = "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1";
        let rows = self.bounded(sql, self.client.query(sql, &[&role])).await?;
        Ok(!rows.is_empty())
    }

    /// Runs a query with parameters and returns the rows.
    pub async fn query(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<tokio_postgres::Row>, PgError> {
        self.bounded(sql, self.client.query(sql, params)).await
    }

    fn lost(&self, sql: &str, message: String) -> PgError {
        PgError::Lost {
            database: self.database.clone(),
            statement: sql.to_owned(),
            message,
        }
    }

    fn sql_error(&self, sql: &str, e: &tokio_postgres::Error) -> PgError {
        // Any I/O error on an open session's socket means the session is gone.
        let io = e
            .source()
            .is_some_and(|s| s.downcast_ref::<std::io::Error>().is_some());
        if e.as_db_error().is_none() && (e.is_closed() || io || network_failure(e)) {
            return self.lost(sql, describe_chain(e));
        }
        let (sqlstate, message, detail) = match e.as_db_error() {
            Some(db) => (
                Some(db.code().code().to_owned()),
                db.message().to_owned(),
                db.detail().map(str::to_owned),
            ),
            None => (None, describe_chain(e), None),
        };
        PgError::Sql {
            database: self.database.clone(),
            statement: sql.to_owned(),
            sqlstate,
            message,
            detail,
        }
    }
}

/// How often a transaction that lost a concurrent catalog update is run again.
const CONFLICT_RETRIES: u64 = 8;

/// Whether a failed statement lost a race with a concurrent transaction (and may be retried).
fn is_conflict(e: &PgError) -> bool {
    match e {
        PgError::Sql {
            sqlstate, message, ..
        } => {
            matches!(sqlstate.as_deref(), Some("40001" | "40P01"))
                || (sqlstate.as_deref() == Some("XX000")
                    && message.contains("tuple concurrently updated"))
        }
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn only_lost_races_are_retried() {
        let sql = |state: &str, message: &str| PgError::Sql {
            database: "demo".into(),
            statement: "GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_c1\";".into(),
            sqlstate: Some(state.into()),
            message: message.into(),
            detail: None,
        };
        assert!(is_conflict(&sql("XX000", "tuple concurrently updated")));
        assert!(is_conflict(&sql("40001", "could not serialize access")));
        assert!(is_conflict(&sql("40P01", "deadlock detected")));
        assert!(!is_conflict(&sql("XX000", "cache lookup failed")));
        assert!(!is_conflict(&sql(
            "42501",
            "permission denied for database demo"
        )));
        assert!(!is_conflict(&sql("42704", "role \"x\" does not exist")));
    }

    fn settings(vars: &[(&str, &str)]) -> Result<ConnectSettings, String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        ConnectSettings::from_lookup(|k| map.get(k).cloned()).map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_are_verify_full_on_5432() {
        let s = settings(&[]).unwrap();
        assert_eq!(s, ConnectSettings::default());
        assert_eq!(s.ssl_mode, SslMode::VerifyFull);
        assert_eq!(s.port, 5432);
        assert_eq!(s.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
    }

    #[test]
    fn environment_is_read_like_libpq() {
        let s = settings(&[
            ("PGHOSTADDR", "127.0.0.1"),
            ("PGPORT", "6543"),
            ("PGSSLMODE", "verify-ca"),
            ("PGSSLROOTCERT", "/tmp/ca.pem"),
            ("PGCONNECT_TIMEOUT", "1"),
        ])
        .unwrap();
        assert_eq!(s.hostaddr, Some("127.0.0.1".parse().unwrap()));
        assert_eq!(s.port, 6543);
        assert_eq!(s.ssl_mode, SslMode::VerifyCa);
        assert_eq!(s.root_cert, RootCert::File("/tmp/ca.pem".into()));
        assert_eq!(s.connect_timeout, Duration::from_secs(2));
        let s = settings(&[
            ("PGHOSTADDR", ""),
            ("PGCONNECT_TIMEOUT", "0"),
            ("PGSSLROOTCERT", "system"),
        ])
        .unwrap();
        assert_eq!(s.hostaddr, None);
        assert_eq!(s.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
        assert_eq!(s.root_cert, RootCert::System);
    }

    #[test]
    fn bad_values_name_the_variable() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("PGSSLMODE", "strict")],
                "PGSSLMODE `strict` is not valid.",
            ),
            (&[("PGPORT", "0")], "PGPORT `0` is not a port number."),
            (
                &[("PGPORT", "70000")],
                "PGPORT `70000` is not a port number.",
            ),
            (
                &[("PGHOSTADDR", "db.example")],
                "PGHOSTADDR `db.example` is not an IP address.",
            ),
            (
                &[("PGCONNECT_TIMEOUT", "soon")],
                "PGCONNECT_TIMEOUT `soon` is not a number of seconds.",
            ),
            (
                &[("PGSSLROOTCERT", "system"), ("PGSSLMODE", "require")],
                "PGSSLMODE `require` may not be used with PGSSLROOTCERT=system; use verify-full.",
            ),
        ];
        for (vars, expect) in cases {
            let err = settings(vars).unwrap_err();
            assert!(err.starts_with(expect), "{vars:?}: {err}");
        }
    }

    #[test]
    fn require_with_a_root_file_verifies_the_chain() {
        let mut s = ConnectSettings {
            ssl_mode: SslMode::Require,
            ..ConnectSettings::default()
        };
        assert_eq!(s.effective_ssl_mode(), SslMode::Require);
        s.root_cert = RootCert::File("/ca.pem".into());
        assert_eq!(s.effective_ssl_mode(), SslMode::VerifyCa);
    }

    #[test]
    fn ssl_mode_spellings_round_trip() {
        for mode in [
            SslMode::Disable,
            SslMode::Allow,
            SslMode::Prefer,
            SslMode::Require,
            SslMode::VerifyCa,
            SslMode::VerifyFull,
        ] {
            assert_eq!(mode.as_str().parse::<SslMode>().unwrap(), mode);
        }
    }

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
