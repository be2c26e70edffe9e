//! The one HTTP client per process and the retry policy around it.
//!
//! The client: connection reuse and HTTP/2 where the server offers it (ALPN over native-tls), extra CAs from
//! `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE` (as az's `requests` honours them; here they are added to the system
//! roots), proxies from `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` (reqwest reads them), `User-Agent:
//! azconn/<version>`, connect and read timeouts, no redirects (ARM does not use them).
//!
//! Retries: connection errors, 408, 429 and 5xx are retried with exponential backoff (honouring
//! `Retry-After` / `retry-after-ms`), a bounded number of times and within a bounded total time.

use std::time::Duration;

use crate::settings::Env;

use super::ArmError;

/// `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("azconn/", env!("CARGO_PKG_VERSION"));

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
    /// Poll interval when an operation gives no `Retry-After`.
    pub poll_interval: Duration,
    /// Total time a long-running operation may take.
    pub max_poll_time: Duration,
    /// Pages followed through `nextLink`.
    pub max_pages: usize,
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
        }
    }
}

impl HttpPolicy {
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

/// Builds the process-wide client from the environment.
pub fn build_client(env: &Env) -> Result<reqwest::Client, ArmError> {
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(Duration::from_secs(15))
        .read_timeout(Duration::from_secs(120))
        .pool_idle_timeout(Duration::from_secs(90))
        .redirect(reqwest::redirect::Policy::none());
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
    fn bad_ca_bundle_is_reported_with_its_path() {
        let env = Env::from_pairs(&[("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")]);
        let err = build_client(&env).expect_err("missing file");
        assert!(err.to_string().contains("/nonexistent/ca.pem"), "{err}");
    }
}
