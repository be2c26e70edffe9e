//! The retry policy of every ARM, Graph and Entra request: connection errors, 408, 429 and 5xx are retried with
//! exponential backoff (honouring `Retry-After` / `retry-after-ms`), a bounded number of times and within a
//! bounded total time; long-running operations are polled and lists paged within bounds of their own.

use std::time::Duration;

use super::HttpError;
use crate::settings::Env;

/// Environment variable: the first retry delay in milliseconds (doubled per retry), for tests that exhaust
/// retries against a fault-injecting server.
pub const RETRY_BASE_ENV: &str = "AZCONN_HTTP_RETRY_BASE_MS";

/// The largest response body read (ARM and Graph answers azconn reads are kilobytes).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The most response bytes one `nextLink` listing collects over all its pages.
pub const MAX_LIST_BYTES: usize = 64 * 1024 * 1024;

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
            max_delay: Duration::from_mins(1),
            max_total_wait: Duration::from_mins(3),
            poll_interval: Duration::from_secs(5),
            max_poll_time: Duration::from_hours(1),
            max_pages: 1000,
            max_body_bytes: MAX_BODY_BYTES,
            max_list_bytes: MAX_LIST_BYTES,
        }
    }
}

impl HttpPolicy {
    /// The default policy with [`RETRY_BASE_ENV`] applied.
    pub fn from_env(env: &Env) -> Result<HttpPolicy, HttpError> {
        let mut policy = HttpPolicy::default();
        if let Some(v) = env.non_empty(RETRY_BASE_ENV) {
            let ms: u64 = v.trim().parse().map_err(|_| {
                HttpError::Setup(format!(
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
        // A missing Retry-After must not cost the whole poll interval before the first poll.
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
            p.poll_delay(0, Some(Duration::from_mins(10))),
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
}
