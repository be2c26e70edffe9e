//! How to reach PostgreSQL, from libpq's environment (`PGHOSTADDR`, `PGPORT`, `PGSSLMODE`,
//! `PGSSLROOTCERT`, `PGCONNECT_TIMEOUT`): [`ConnectSettings`], with azconn's stricter default
//! (`verify-full`) and bounded timeouts.

use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// A libpq environment value that cannot be used; the text names the variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidSetting(pub String);

/// libpq's default port.
pub const DEFAULT_PORT: u16 = 5432;

/// How long a connect (TCP, TLS and authentication together) may take unless
/// `PGCONNECT_TIMEOUT` says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(20);

/// How long one statement may run before azconn cancels it and gives up on the session.
pub const DEFAULT_STATEMENT_TIMEOUT: Duration = Duration::from_mins(2);

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
    type Err = InvalidSetting;

    fn from_str(s: &str) -> Result<Self, InvalidSetting> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(InvalidSetting(format!(
                    "PGSSLMODE `{other}` is not valid. Use one of disable, allow, prefer, require, verify-ca, \
                     verify-full."
                )));
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
    pub fn from_env() -> Result<Self, InvalidSetting> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads libpq's variables through `lookup` (empty values count as unset, like libpq).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, InvalidSetting> {
        let get = |name: &str| lookup(name).filter(|v| !v.is_empty());
        let mut settings = ConnectSettings::default();
        if let Some(addr) = get("PGHOSTADDR") {
            settings.hostaddr = Some(addr.parse().map_err(|_| {
                InvalidSetting(format!("PGHOSTADDR `{addr}` is not an IP address."))
            })?);
        }
        if let Some(port) = get("PGPORT") {
            settings.port =
                port.parse().ok().filter(|p| *p != 0).ok_or_else(|| {
                    InvalidSetting(format!("PGPORT `{port}` is not a port number."))
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
            let secs: u64 = timeout.parse().map_err(|_| {
                InvalidSetting(format!(
                    "PGCONNECT_TIMEOUT `{timeout}` is not a number of seconds."
                ))
            })?;
            // libpq treats 1 as 2 seconds; 0 means "no limit" there, a bounded default here.
            if secs > 0 {
                settings.connect_timeout = Duration::from_secs(secs.max(2));
            }
        }
        if settings.root_cert == RootCert::System && settings.ssl_mode != SslMode::VerifyFull {
            return Err(InvalidSetting(format!(
                "PGSSLMODE `{}` may not be used with PGSSLROOTCERT=system; use verify-full.",
                settings.ssl_mode
            )));
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

/// libpq's default root certificate file, `~/.postgresql/root.crt`.
pub(super) fn default_root_cert() -> Option<PathBuf> {
    let home = std::env::var_os("HOME")?;
    Some(PathBuf::from(home).join(".postgresql").join("root.crt"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashMap;

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
}
