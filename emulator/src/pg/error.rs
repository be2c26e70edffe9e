//! Errors of the PostgreSQL side of the emulator, each naming what failed and where.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error(
        "PostgreSQL 15 server binaries were not found ({detail}); install them (Debian: apt-get install -y postgresql-15) or set AZCONN_EMULATOR_PG_BINDIR"
    )]
    BinariesMissing { detail: String },

    #[error(
        "PGXS is not available to build the emulator's server modules (needed by Single Server and statement faults) ({detail}); install it (Debian: apt-get install -y postgresql-server-dev-15 gcc make)"
    )]
    PgxsMissing { detail: String },

    #[error("{what} failed on `{path}`: {source}")]
    Io {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("`{command}` failed ({status}): {output}")]
    Command {
        command: String,
        status: String,
        output: String,
    },

    #[error(
        "the emulator runs as root, so PostgreSQL must run as the `postgres` OS user, which does not exist: {detail}"
    )]
    NoServiceUser { detail: String },

    #[error("data directory `{path}` exists but is not a PostgreSQL cluster and is not empty")]
    NotACluster { path: PathBuf },

    #[error(
        "unix socket path under `{path}` is too long ({len} bytes; the limit is 107); use a shorter state directory"
    )]
    SocketPathTooLong { path: PathBuf, len: usize },

    #[error("firewall rule `{name}`: {reason}")]
    InvalidFirewallRule { name: String, reason: String },

    #[error("invalid database name `{name}`")]
    InvalidDatabaseName { name: String },

    #[error("PostgreSQL management connection to `{server}` failed: {source}")]
    Sql {
        server: String,
        #[source]
        source: tokio_postgres::Error,
    },

    #[error("the server `{server}` did not {what} within {seconds} s")]
    Timeout {
        server: String,
        what: &'static str,
        seconds: u64,
    },

    #[error("TLS setup failed: {0}")]
    Tls(#[from] openssl::error::ErrorStack),

    #[error("invalid PostgreSQL fault: {reason}")]
    InvalidFault { reason: String },

    #[error("the server `{server}` was stopped")]
    Stopped { server: String },
}

impl PgError {
    pub(crate) fn io(
        what: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> PgError {
        let path = path.into();
        move |source| PgError::Io { what, path, source }
    }
}
