//! The HTTPS front (ARM, Entra, Graph and managed identity share one loopback port) and the plain-HTTP admin port:
//! accepting connections, TLS, turning hyper requests into [`Req`], applying latency and fault knobs, and the
//! request log (memory + `requests.jsonl`).

use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::net::TcpListener;

use crate::app::App;
use crate::knobs::{ExpireWhen, FaultAction};

/// One request, decoded.
#[derive(Debug)]
pub struct Req {
    pub method: String,
    /// Percent-decoded path in its original case.
    pub path: String,
    /// Path segments, lower-cased (ARM matching is case-insensitive).
    pub lower: Vec<String>,
    /// Path segments in their original case.
    pub segs: Vec<String>,
    pub query: Vec<(String, String)>,
    pub headers: hyper::HeaderMap,
    pub body: Bytes,
}

impl Req {
    /// A query parameter, name compared case-insensitively.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn form(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(&self.body).into_owned().collect()
    }
}

/// An answer.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(status: u16, v: &Value) -> Resp {
        Resp {
            status,
            headers: vec![(
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: serde_json::to_vec(v).unwrap_or_default(),
        }
    }
    pub fn empty(status: u16) -> Resp {
        Resp {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
    pub fn with(mut self, name: &str, value: impl Into<String>) -> Resp {
        self.headers.push((name.to_string(), value.into()));
        self
    }
}

/// One line of the request log.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    pub seq: u64,
    pub method: String,
    pub path: String,
    pub api_version: Option<String>,
    pub status: u16,
    /// Unix time in milliseconds when the request arrived.
    pub start_ms: u128,
    pub elapsed_ms: u128,
    /// Per-process counter of accepted TLS connections.
    pub connection: u64,
    pub client: String,
    pub user_agent: Option<String>,
    /// `reset` when the connection was closed instead of answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fault: Option<String>,
    /// The `oid` of the bearer token the request carried, when this emulator signed it: who the client acted as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
}

/// One accepted TLS connection (a handshake), for counting handshakes per client process.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionEntry {
    /// The id the request log's `connection` refers to.
    pub connection: u64,
    pub client: String,
    /// Unix time in milliseconds when the handshake finished.
    pub start_ms: u128,
    /// The ALPN protocol agreed (`h2`, `http/1.1`), or `none`.
    pub protocol: String,
}

pub struct RequestLog {
    path: PathBuf,
    entries: Mutex<Vec<LogEntry>>,
    connections: Mutex<Vec<ConnectionEntry>>,
    seq: AtomicU64,
}

impl RequestLog {
    pub fn new(path: PathBuf) -> RequestLog {
        RequestLog {
            path,
            entries: Mutex::new(Vec::new()),
            connections: Mutex::new(Vec::new()),
            seq: AtomicU64::new(0),
        }
    }
    fn push(&self, mut e: LogEntry) {
        e.seq = self.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Ok(line) = serde_json::to_string(&e)
            && let Ok(mut f) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)
        {
            let _ = writeln!(f, "{line}");
        }
        entries.push(e);
    }
    pub fn all(&self) -> Vec<LogEntry> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
    fn push_connection(&self, c: ConnectionEntry) {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(c);
    }
    /// The TLS connections accepted since the last [`RequestLog::clear_connections`].
    pub fn connections(&self) -> Vec<ConnectionEntry> {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
    pub fn clear_connections(&self) {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }
    pub fn clear(&self) {
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        entries.clear();
        let _ = std::fs::write(&self.path, b"");
    }
}

fn to_hyper(r: Resp) -> hyper::Response<Full<Bytes>> {
    let mut b = hyper::Response::builder().status(r.status);
    for (k, v) in &r.headers {
        b = b.header(k, v);
    }
    b.body(Full::new(Bytes::from(r.body)))
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}

async fn decode(req: hyper::Request<Incoming>) -> Req {
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let raw_path = parts.uri.path();
    let path = percent_encoding::percent_decode_str(raw_path)
        .decode_utf8_lossy()
        .into_owned();
    let segs: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let lower = segs.iter().map(|s| s.to_ascii_lowercase()).collect();
    let query = parts
        .uri
        .query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    Req {
        method: parts.method.as_str().to_string(),
        path,
        lower,
        segs,
        query,
        headers: parts.headers,
        body,
    }
}

/// Serves the HTTPS port until the process ends.
pub async fn serve_https(
    app: Arc<App>,
    listener: TcpListener,
    acceptor: tokio_native_tls::TlsAcceptor,
) {
    let conn_ids = Arc::new(AtomicU64::new(0));
    loop {
        let Ok((tcp, peer)) = listener.accept().await else {
            continue;
        };
        // Answers go out at once: with Nagle, an HTTP/2 response's second frame waits for the client's
        // delayed ACK (~40 ms), which real servers do not add and would swamp the timings.
        let _ = tcp.set_nodelay(true);
        let app = app.clone();
        let acceptor = acceptor.clone();
        let conn = conn_ids.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else {
                return;
            };
            let protocol = match tls.get_ref().negotiated_alpn() {
                Ok(Some(p)) => String::from_utf8_lossy(&p).into_owned(),
                _ => "none".to_owned(),
            };
            app.log.push_connection(ConnectionEntry {
                connection: conn,
                client: peer.to_string(),
                start_ms: unix_ms(),
                protocol,
            });
            let svc = service_fn(move |req| {
                let app = app.clone();
                async move { handle(app, conn, peer, req).await }
            });
            // HTTP/1.1 with keep-alive, or HTTP/2 when the client sends its preface (after ALPN `h2`).
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(tls), svc)
                .await;
        });
    }
}

fn unix_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0)
}

/// Error returned to hyper to drop the connection (HTTP/2: reset the stream) without an answer (the "reset"
/// fault).
#[derive(Debug)]
struct ResetConnection;
impl std::fmt::Display for ResetConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection reset by fault script")
    }
}
impl std::error::Error for ResetConnection {}

async fn handle(
    app: Arc<App>,
    conn: u64,
    peer: SocketAddr,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, ResetConnection> {
    let started = Instant::now();
    let start_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    let req = decode(req).await;
    let (latency, fault) = {
        let mut k = app
            .knobs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        (
            k.latency_ms(&req.method, &req.path),
            k.take_fault(&req.method, &req.path),
        )
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    let mut entry = LogEntry {
        seq: 0,
        method: req.method.clone(),
        path: req.path.clone(),
        api_version: req.query("api-version").map(str::to_string),
        status: 0,
        start_ms,
        elapsed_ms: 0,
        connection: conn,
        client: peer.to_string(),
        user_agent: req.header("user-agent").map(str::to_string),
        fault: None,
        caller: req
            .header("authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
            .and_then(|t| app.issuer.decode(t.trim()).ok())
            .and_then(|claims| claims["oid"].as_str().map(str::to_string)),
    };
    let resp = match fault {
        Some(FaultAction::Reset) => {
            entry.fault = Some("reset".into());
            entry.elapsed_ms = started.elapsed().as_millis();
            app.log.push(entry);
            return Err(ResetConnection);
        }
        Some(FaultAction::Status {
            status,
            retry_after,
            body,
        }) => {
            entry.fault = Some("status".into());
            let mut r = match body {
                Some(b) => Resp::json(status, &b),
                None => Resp::empty(status),
            };
            if let Some(s) = retry_after {
                r = r.with("Retry-After", s.to_string());
            }
            r
        }
        Some(FaultAction::Stall { ms }) => {
            // Logged as the stall begins (status 0), so a test can act while the client waits; the answer, if
            // the client is still there, is logged again as `stalled`.
            let mut begun = entry.clone();
            begun.fault = Some("stall".into());
            app.log.push(begun);
            entry.fault = Some("stalled".into());
            tokio::time::sleep(Duration::from_millis(ms)).await;
            crate::app::route(&app, &req).await
        }
        Some(FaultAction::ExpireTokens { when }) => {
            entry.fault = Some("expireTokens".into());
            // The expiry is complete before the answer leaves, so the client's next request already sees it.
            let expired = match when {
                ExpireWhen::Before => crate::admin::new_generation(&app, true).await.err(),
                ExpireWhen::After => None,
            };
            match expired {
                Some(failed) => failed,
                None => {
                    let answer = crate::app::route(&app, &req).await;
                    match when {
                        ExpireWhen::After => match crate::admin::new_generation(&app, true).await {
                            Ok(_) => answer,
                            Err(failed) => failed,
                        },
                        ExpireWhen::Before => answer,
                    }
                }
            }
        }
        None => crate::app::route(&app, &req).await,
    };
    entry.status = resp.status;
    entry.elapsed_ms = started.elapsed().as_millis();
    app.log.push(entry);
    Ok(to_hyper(
        resp.with("x-ms-request-id", format!("{conn}-{start_ms}")),
    ))
}

/// Serves the plain-HTTP admin port until the process ends.
pub async fn serve_admin(app: Arc<App>, listener: TcpListener) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            continue;
        };
        let app = app.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| {
                let app = app.clone();
                async move {
                    let req = decode(req).await;
                    Ok::<_, Infallible>(to_hyper(crate::admin::route(&app, &req).await))
                }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), svc)
                .await;
        });
    }
}
