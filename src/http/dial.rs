//! One TLS handshake per host: a connector layer for the process's HTTP client that lets only the first
//! connection attempt to a host run while others for the same host wait for its outcome.
//!
//! Why: commands send independent requests together (create's lookups, show's GET and POST). hyper's pool
//! only learns that a host speaks HTTP/2 once a connection's ALPN says so, so requests that start together
//! each dial and handshake, and all but one of those connections are thrown away. Behind this gate the
//! others wait while the first handshake runs; when it ends in HTTP/2 the pool hands its connection to every
//! waiting request (which never dial), and when it ends in HTTP/1.1 they dial at once, each its own
//! connection, as HTTP/1.1 needs.
//!
//! A waiting attempt that the pool has served keeps running in hyper's background; it gives up after
//! [`SHARED_GRACE`] without dialling. Should the pool fail to serve a request in that time (the shared
//! connection died), that request fails with a connection error, which the retry policy retries on a fresh
//! connection.
//!
//! reqwest does not show the layer its target URI; the host is read from the request's `Debug` text. If
//! that ever stops working, the gate steps aside (every attempt dials, as without it).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use hyper_util::client::legacy::connect::Connection;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How long a waiting attempt that an HTTP/2 connection made unnecessary stays around before it gives up.
pub const SHARED_GRACE: Duration = Duration::from_secs(1);

/// What the last successful connection to a host negotiated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Protocol {
    Unknown,
    Http2,
    Http1,
}

#[derive(Debug)]
struct HostGate {
    dialing: tokio::sync::Mutex<()>,
    protocol: Mutex<Protocol>,
}

impl HostGate {
    fn protocol(&self) -> Protocol {
        *self.protocol.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn set_protocol(&self, p: Protocol) {
        *self.protocol.lock().unwrap_or_else(PoisonError::into_inner) = p;
    }
}

type Hosts = Arc<Mutex<HashMap<String, Arc<HostGate>>>>;

/// The layer (`reqwest::ClientBuilder::connector_layer`).
#[derive(Debug, Clone, Default)]
pub struct DialGateLayer {
    hosts: Hosts,
}

impl<S> tower_layer::Layer<S> for DialGateLayer {
    type Service = DialGate<S>;

    fn layer(&self, inner: S) -> DialGate<S> {
        DialGate {
            inner,
            hosts: self.hosts.clone(),
        }
    }
}

/// The connector wrapped by [`DialGateLayer`].
#[derive(Debug, Clone)]
pub struct DialGate<S> {
    inner: S,
    hosts: Hosts,
}

impl<S> DialGate<S> {
    fn gate(&self, key: String) -> Arc<HostGate> {
        self.hosts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(key)
            .or_insert_with(|| {
                Arc::new(HostGate {
                    dialing: tokio::sync::Mutex::new(()),
                    protocol: Mutex::new(Protocol::Unknown),
                })
            })
            .clone()
    }
}

impl<S, R> tower_service::Service<R> for DialGate<S>
where
    S: tower_service::Service<R, Error = BoxError> + Clone + Send + 'static,
    S::Response: Connection + Send,
    S::Future: Send + 'static,
    R: std::fmt::Debug + Send + 'static,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: R) -> Self::Future {
        // The service that was polled ready is the one to call; keep a fresh clone for next time.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let Some(key) = host_key(&format!("{req:?}")) else {
            return Box::pin(inner.call(req));
        };
        let gate = self.gate(key);
        Box::pin(async move {
            if gate.protocol() == Protocol::Http1 {
                return inner.call(req).await;
            }
            let guard = if let Ok(guard) = gate.dialing.try_lock() {
                guard
            } else {
                let guard = gate.dialing.lock().await;
                match gate.protocol() {
                    Protocol::Http2 => {
                        drop(guard);
                        tokio::time::sleep(SHARED_GRACE).await;
                        return Err(
                            "not dialled: an HTTP/2 connection to this host was just made".into(),
                        );
                    }
                    Protocol::Http1 => {
                        drop(guard);
                        return inner.call(req).await;
                    }
                    // The attempt waited for failed: this one dials, still holding the gate.
                    Protocol::Unknown => guard,
                }
            };
            let conn = inner.call(req).await?;
            gate.set_protocol(if conn.connected().is_negotiated_h2() {
                Protocol::Http2
            } else {
                Protocol::Http1
            });
            drop(guard);
            Ok(conn)
        })
    }
}

/// `scheme://authority` of the URI in a connector request's `Debug` text (`Unnameable(https://h:1/)`).
fn host_key(debug: &str) -> Option<String> {
    let start = debug.find("://")?;
    let scheme_start = debug[..start]
        .rfind(|c: char| !c.is_ascii_alphanumeric() && c != '+' && c != '-' && c != '.')
        .map_or(0, |i| i + 1);
    let rest = &debug[start + 3..];
    let end = rest
        .find(|c: char| matches!(c, '/' | ')' | '?' | '#') || c.is_whitespace())
        .unwrap_or(rest.len());
    let authority = &rest[..end];
    (!authority.is_empty()).then(|| format!("{}://{authority}", &debug[scheme_start..start]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_host_from_debug_text() {
        let check = |input: &str, expect: Option<&str>| {
            assert_eq!(host_key(input).as_deref(), expect, "{input}");
        };
        check(
            "Unnameable(https://127.0.0.1:43371/)",
            Some("https://127.0.0.1:43371"),
        );
        check(
            "Unnameable(https://management.azure.com/)",
            Some("https://management.azure.com"),
        );
        check("https://[::1]:8443", Some("https://[::1]:8443"));
        check("Unnameable(..)", None);
        check("Unnameable(https:///)", None);
    }
}
