//! The one HTTP client per process and the retry policy around it.
//!
//! The client: connection reuse and HTTP/2 where the server offers it (ALPN over native-tls), extra CAs from
//! `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE` (as az's `requests` honours them; here they are added to the system
//! roots), proxies from `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` (reqwest reads them), `User-Agent:
//! azconn/<version>`, connect and read timeouts, no redirects (ARM does not use them).
//!
//! Retries: connection errors, 408, 429 and 5xx are retried with exponential backoff (honouring
//! `Retry-After` / `retry-after-ms`), a bounded number of times and within a bounded total time.
//!
//! Bounds against a misbehaving server: a response body larger than [`HttpPolicy::max_body_bytes`] is not read
//! to the end (the request fails with a clear error), and a read that stalls longer than the read timeout
//! (120 s; `AZCONN_HTTP_TIMEOUT_MS` sets it in milliseconds, for tests and slow links) counts as a failed
//! attempt. TLS is always verified: a certificate the system roots (plus the extra CA files) do not accept
//! fails at once, naming `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE`; there is no switch that turns checking off.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::settings::Env;

use super::ArmError;

/// Environment variable: the read and connect timeout of every ARM/Graph/Entra request, in milliseconds.
pub const HTTP_TIMEOUT_ENV: &str = "AZCONN_HTTP_TIMEOUT_MS";

/// Environment variable: the first retry delay in milliseconds (doubled per retry), for tests that exhaust
/// retries against a fault-injecting server.
pub const RETRY_BASE_ENV: &str = "AZCONN_HTTP_RETRY_BASE_MS";

/// The read timeout when [`HTTP_TIMEOUT_ENV`] is not set.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(120);

/// The connect timeout when [`HTTP_TIMEOUT_ENV`] is not set.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// The largest response body read (ARM and Graph answers azconn reads are kilobytes).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The most response bytes one `nextLink` listing collects over all its pages.
pub const MAX_LIST_BYTES: usize = 64 * 1024 * 1024;

/// `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("azconn/", env!("CARGO_PKG_VERSION"));

/// The wait before the second poll of an operation that sends no `Retry-After`.
pub const FIRST_POLL_BACKOFF: Duration = Duration::from_millis(250);

/// Bounds for retries, long-running operations and paging.
#[derive(Debug, Clone)]
pub struct HttpPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// First backoff delay (doubled per retry).
    pub base_delay: Duration,
    /// Largest single wait (also caps `Retry-After`).
    pub max_delay: Duration,
    /// Total time spent waiting between retries of one request.
    pub max_total_wait: Duration,
    /// Longest poll interval when an operation gives no `Retry-After` (the first poll is immediate, then the
    /// wait doubles from [`FIRST_POLL_BACKOFF`] up to this).
    pub poll_interval: Duration,
    /// Total time a long-running operation may take.
    pub max_poll_time: Duration,
    /// Pages followed through `nextLink`.
    pub max_pages: usize,
    /// The largest response body read.
    pub max_body_bytes: usize,
    /// The most response bytes one listing collects over all its pages.
    pub max_list_bytes: usize,
}

impl Default for HttpPolicy {
    fn default() -> Self {
        HttpPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(800),
            max_delay: Duration::from_secs(60),
            max_total_wait: Duration::from_secs(180),
            poll_interval: Duration::from_secs(5),
            max_poll_time: Duration::from_secs(3600),
            max_pages: 1000,
            max_body_bytes: MAX_BODY_BYTES,
            max_list_bytes: MAX_LIST_BYTES,
        }
    }
}

impl HttpPolicy {
    /// The default policy with [`RETRY_BASE_ENV`] applied.
    pub fn from_env(env: &Env) -> Result<HttpPolicy, ArmError> {
        let mut policy = HttpPolicy::default();
        if let Some(v) = env.non_empty(RETRY_BASE_ENV) {
            let ms: u64 = v.trim().parse().map_err(|_| {
                ArmError::Invalid(format!(
                    "{RETRY_BASE_ENV} `{v}` is not a number of milliseconds."
                ))
            })?;
            policy.base_delay = Duration::from_millis(ms);
        }
        Ok(policy)
    }

    /// The wait before poll number `poll` (0-based) of a long-running operation. The service's `Retry-After`
    /// wins (`0` polls at once). Without one, the first poll goes out at once — most operations are done by
    /// then, and an early poll costs one cheap request while a fixed interval costs its whole length in wall
    /// time — and later ones back off exponentially up to `poll_interval`.
    pub fn poll_delay(&self, poll: u32, retry_after: Option<Duration>) -> Duration {
        let wait = retry_after.unwrap_or_else(|| match poll {
            0 => Duration::ZERO,
            n => FIRST_POLL_BACKOFF
                .saturating_mul(1u32 << (n - 1).min(16))
                .min(self.poll_interval),
        });
        wait.min(self.max_delay)
    }

    /// Whether a status is worth retrying.
    pub fn retryable_status(status: u16) -> bool {
        status == 408 || status == 429 || (500..600).contains(&status)
    }

    /// The wait before retry number `retry` (1-based), or `None` when the budget is spent.
    /// `retry_after` (from the response) wins over the backoff but is capped by `max_delay`.
    pub fn delay(
        &self,
        retry: u32,
        retry_after: Option<Duration>,
        waited: Duration,
    ) -> Option<Duration> {
        if retry > self.max_retries {
            return None;
        }
        let backoff = self.base_delay.saturating_mul(1u32 << (retry - 1).min(16));
        let wait = retry_after.unwrap_or(backoff).min(self.max_delay);
        (waited + wait <= self.max_total_wait).then_some(wait)
    }
}

/// Reads `retry-after-ms`, `x-ms-retry-after-ms` or `Retry-After` (seconds; HTTP dates are ignored).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    for name in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = text(name)
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
        {
            return Some(Duration::from_secs_f64(ms / 1000.0));
        }
    }
    text("retry-after")
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(Duration::from_secs_f64)
}

/// Why a response body was not read.
#[derive(Debug)]
pub enum BodyError {
    /// The body (or its announced `Content-Length`) is larger than the cap.
    TooLarge,
    /// The connection failed while reading.
    Read(reqwest::Error),
}

/// Reads a response body, giving up as soon as it exceeds `cap` bytes (so memory stays bounded whatever
/// the server sends).
pub async fn read_body(mut resp: reqwest::Response, cap: usize) -> Result<Vec<u8>, BodyError> {
    if resp
        .content_length()
        .is_some_and(|n| usize::try_from(n).map_or(true, |n| n > cap))
    {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Read)? {
        if body.len() + chunk.len() > cap {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The error text of a body over the cap.
pub fn too_large_text(method: &reqwest::Method, url: &str, cap: usize) -> String {
    format!(
        "The response to {method} {url} is larger than {} MiB; azconn stopped reading it.",
        cap / (1024 * 1024)
    )
}

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
pub fn timeouts(env: &Env) -> Result<(Duration, Duration), ArmError> {
    match env.non_empty(HTTP_TIMEOUT_ENV) {
        None => Ok((DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT)),
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|ms| *ms > 0)
            .map(|ms| (Duration::from_millis(ms), Duration::from_millis(ms)))
            .ok_or_else(|| {
                ArmError::Invalid(format!(
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
    pub fn get(&self) -> Result<&reqwest::Client, ArmError> {
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
pub fn build_client(env: &Env) -> Result<reqwest::Client, ArmError> {
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
            .map_err(|e| ArmError::Invalid(format!("Cannot read {var} file {path}: {e}")))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            ArmError::Invalid(format!(
                "{var} file {path} is not a PEM certificate bundle: {e}"
            ))
        })?;
        for cert in certs {
            builder = builder.add_root_certificate(cert);
        }
    }
    builder
        .build()
        .map_err(|e| ArmError::Invalid(format!("Cannot set up the HTTP client: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_exponential_capped_and_bounded() {
        let p = HttpPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(250),
            max_total_wait: Duration::from_millis(500),
            ..HttpPolicy::default()
        };
        assert_eq!(
            p.delay(1, None, Duration::ZERO),
            Some(Duration::from_millis(100))
        );
        assert_eq!(
            p.delay(2, None, Duration::ZERO),
            Some(Duration::from_millis(200))
        );
        assert_eq!(
            p.delay(3, None, Duration::ZERO),
            Some(Duration::from_millis(250)),
            "capped"
        );
        assert_eq!(p.delay(4, None, Duration::ZERO), None, "retries spent");
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(9)), Duration::ZERO),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            p.delay(1, Some(Duration::ZERO), Duration::ZERO),
            Some(Duration::ZERO),
            "Retry-After: 0 honoured"
        );
        assert_eq!(
            p.delay(2, None, Duration::from_millis(400)),
            None,
            "total budget spent"
        );
    }

    #[test]
    fn polls_at_once_then_back_off_without_retry_after() {
        // Issue 7: a missing Retry-After used to cost the whole 5 s poll interval before the first poll.
        let p = HttpPolicy::default();
        let ms = |n| Duration::from_millis(n);
        let waits: Vec<_> = (0..8).map(|n| p.poll_delay(n, None)).collect();
        assert_eq!(
            waits,
            [0, 250, 500, 1000, 2000, 4000, 5000, 5000].map(ms).to_vec()
        );
        assert_eq!(
            p.poll_delay(0, Some(ms(1500))),
            ms(1500),
            "Retry-After wins"
        );
        assert_eq!(
            p.poll_delay(3, Some(Duration::ZERO)),
            Duration::ZERO,
            "0 polls at once"
        );
        assert_eq!(
            p.poll_delay(0, Some(Duration::from_secs(600))),
            p.max_delay,
            "capped"
        );
    }

    #[test]
    fn retryable_statuses() {
        for (s, want) in [
            (408, true),
            (429, true),
            (500, true),
            (503, true),
            (400, false),
            (404, false),
            (409, false),
        ] {
            assert_eq!(HttpPolicy::retryable_status(s), want, "{s}");
        }
    }

    #[test]
    fn reads_retry_after_headers() {
        let mut h = reqwest::header::HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after", "2".parse().expect("header"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        h.insert("retry-after-ms", "150".parse().expect("header"));
        assert_eq!(retry_after(&h), Some(Duration::from_millis(150)));
        let mut d = reqwest::header::HeaderMap::new();
        d.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().expect("header"),
        );
        assert_eq!(retry_after(&d), None);
    }

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
    fn retry_base_from_the_environment() {
        let env = Env::from_pairs(&[(RETRY_BASE_ENV, "5")]);
        assert_eq!(
            HttpPolicy::from_env(&env).expect("policy").base_delay,
            Duration::from_millis(5)
        );
        let env = Env::from_pairs(&[(RETRY_BASE_ENV, "x")]);
        assert!(HttpPolicy::from_env(&env).is_err());
        assert_eq!(
            HttpPolicy::from_env(&Env::default())
                .expect("policy")
                .base_delay,
            HttpPolicy::default().base_delay
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
