//! The one HTTP client per process: connection reuse and HTTP/2 where the server offers it (ALPN over
//! native-tls), one TLS handshake per host (`dial`), extra CAs from `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE` (as
//! az's `requests` honours them; here they are added to the system roots), proxies from `HTTPS_PROXY` /
//! `HTTP_PROXY` / `NO_PROXY` (reqwest reads them), `User-Agent: azconn/<version>`, connect and read timeouts,
//! no redirects (ARM does not use them).
//!
//! A read that stalls longer than the read timeout (120 s; `AZCONN_HTTP_TIMEOUT_MS` sets it in milliseconds,
//! for tests and slow links) fails the attempt. TLS is always verified: a certificate the system roots (plus
//! the extra CA files) do not accept fails at once, naming `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE`; there is no
//! switch that turns checking off.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use super::HttpError;
use crate::settings::Env;

/// Environment variable: the read and connect timeout of every ARM/Graph/Entra request, in milliseconds.
pub const HTTP_TIMEOUT_ENV: &str = "AZCONN_HTTP_TIMEOUT_MS";

/// The read timeout when [`HTTP_TIMEOUT_ENV`] is not set.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_mins(2);

/// The connect timeout when [`HTTP_TIMEOUT_ENV`] is not set.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("azconn/", env!("CARGO_PKG_VERSION"));

/// The part of [`CERTIFICATE_HINT`] that names the variables (other layers look for it).
pub const CA_BUNDLE_ADVICE: &str =
    "set REQUESTS_CA_BUNDLE (or SSL_CERT_FILE) to a PEM file with that CA";

/// The advice shown with a certificate failure.
pub const CERTIFICATE_HINT: &str = "The server's TLS certificate was not accepted. azconn always verifies ARM, \
     Graph and Entra certificates; if a proxy or private endpoint uses its own CA, set REQUESTS_CA_BUNDLE (or \
     SSL_CERT_FILE) to a PEM file with that CA.";

/// When `e` is a TLS certificate failure: the advice to show with it. Such failures are not retried.
pub fn certificate_hint(e: &(dyn std::error::Error + 'static)) -> Option<&'static str> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        let text = err.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("hostname mismatch") {
            return Some(CERTIFICATE_HINT);
        }
        cur = err.source();
    }
    None
}

/// The read/connect timeouts: [`HTTP_TIMEOUT_ENV`] (milliseconds, > 0) for both, else the defaults.
pub fn timeouts(env: &Env) -> Result<(Duration, Duration), HttpError> {
    match env.non_empty(HTTP_TIMEOUT_ENV) {
        None => Ok((DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT)),
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|ms| *ms > 0)
            .map(|ms| (Duration::from_millis(ms), Duration::from_millis(ms)))
            .ok_or_else(|| {
                HttpError::Setup(format!(
                    "{HTTP_TIMEOUT_ENV} `{v}` is not a positive number of milliseconds."
                ))
            }),
    }
}

/// The process's one HTTP client, built on first use: building it sets up the TLS stack and reads the CA
/// bundle, more than half of a warm `azconn token`, which sends no request at all (docs/benchmarks.md).
/// Clones share the client.
#[derive(Clone)]
pub struct LazyClient {
    env: Env,
    cell: Arc<OnceLock<reqwest::Client>>,
}

impl LazyClient {
    /// A client built from `env` when first needed.
    pub fn new(env: Env) -> Self {
        LazyClient {
            env,
            cell: Arc::new(OnceLock::new()),
        }
    }

    /// The client, building it on the first call.
    pub fn get(&self) -> Result<&reqwest::Client, HttpError> {
        if let Some(c) = self.cell.get() {
            return Ok(c);
        }
        let c = build_client(&self.env)?;
        Ok(self.cell.get_or_init(|| c))
    }
}

impl From<reqwest::Client> for LazyClient {
    /// An already built client.
    fn from(client: reqwest::Client) -> Self {
        LazyClient {
            env: Env::default(),
            cell: Arc::new(OnceLock::from(client)),
        }
    }
}

impl std::fmt::Debug for LazyClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyClient")
            .field("built", &self.cell.get().is_some())
            .finish_non_exhaustive()
    }
}

/// Builds the process-wide client from the environment.
pub fn build_client(env: &Env) -> Result<reqwest::Client, HttpError> {
    let (connect_timeout, read_timeout) = timeouts(env)?;
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(connect_timeout)
        .read_timeout(read_timeout)
        .pool_idle_timeout(Duration::from_secs(90))
        .redirect(reqwest::redirect::Policy::none())
        // One TLS handshake per host even when requests start together (HTTP/2 shares it).
        .connector_layer(super::dial::DialGateLayer::default());
    for var in ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"] {
        let Some(path) = env.non_empty(var) else {
            continue;
        };
        let pem = std::fs::read(path)
            .map_err(|e| HttpError::Setup(format!("Cannot read {var} file {path}: {e}")))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            HttpError::Setup(format!(
                "{var} file {path} is not a PEM certificate bundle: {e}"
            ))
        })?;
        for cert in certs {
            builder = builder.add_root_certificate(cert);
        }
    }
    builder
        .build()
        .map_err(|e| HttpError::Setup(format!("Cannot set up the HTTP client: {e}")))
}

/// A transport error with its whole source chain (`…: operation timed out`).
pub fn transport_text(e: &reqwest::Error) -> String {
    use std::error::Error as _;
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_from_the_environment() {
        let check = |value: Option<&str>, expect: Result<(u64, u64), &str>| {
            let env = match value {
                Some(v) => Env::from_pairs(&[(HTTP_TIMEOUT_ENV, v)]),
                None => Env::default(),
            };
            let got = timeouts(&env)
                .map(|(c, r)| {
                    (
                        u64::try_from(c.as_millis()).expect("small"),
                        u64::try_from(r.as_millis()).expect("small"),
                    )
                })
                .map_err(|e| e.to_string());
            assert_eq!(got, expect.map_err(str::to_owned), "{value:?}");
        };
        check(None, Ok((15_000, 120_000)));
        check(Some(""), Ok((15_000, 120_000)));
        check(Some("250"), Ok((250, 250)));
        check(
            Some("0"),
            Err("AZCONN_HTTP_TIMEOUT_MS `0` is not a positive number of milliseconds."),
        );
        check(
            Some("1s"),
            Err("AZCONN_HTTP_TIMEOUT_MS `1s` is not a positive number of milliseconds."),
        );
    }

    #[test]
    fn certificate_hint_names_the_variables() {
        assert!(CERTIFICATE_HINT.contains(CA_BUNDLE_ADVICE));
        let e = std::io::Error::other("error:0A000086:SSL routines::certificate verify failed");
        assert_eq!(certificate_hint(&e), Some(CERTIFICATE_HINT));
        let e = std::io::Error::other("Connection refused");
        assert_eq!(certificate_hint(&e), None);
    }

    #[test]
    fn bad_ca_bundle_is_reported_with_its_path() {
        let env = Env::from_pairs(&[("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")]);
        let err = build_client(&env).expect_err("missing file");
        assert!(err.to_string().contains("/nonexistent/ca.pem"), "{err}");
    }
}
