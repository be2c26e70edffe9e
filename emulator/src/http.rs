//! HTTP transport: accepting connections (TLS with ALPN for the HTTPS ports, plain HTTP/1.1 for the admin port),
//! decoding hyper requests into [`Req`] and encoding [`Resp`]. It knows no route and no state: each listener is
//! served by a [`Handler`].

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::Value;
use tokio::net::TcpListener;

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
    /// The bearer token of the `Authorization` header (`None`: no header or another scheme).
    pub fn bearer(&self) -> Option<&str> {
        let h = self.header("authorization")?;
        h.strip_prefix("Bearer ")
            .or_else(|| h.strip_prefix("bearer "))
            .map(str::trim)
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

/// One accepted connection.
#[derive(Debug, Clone)]
pub struct Conn {
    /// Counter of accepted connections, from 1.
    pub id: u64,
    pub peer: SocketAddr,
    /// The ALPN protocol agreed (`h2`, `http/1.1`), `none`, or `plain` without TLS.
    pub protocol: String,
}

/// What serves the requests of one listener.
pub trait Handler: Send + Sync + 'static {
    /// A connection was accepted (after its TLS handshake).
    fn connected(&self, _conn: &Conn) {}
    /// The answer to `req`, or `None` to drop the connection without one (HTTP/2: reset the stream).
    fn handle(&self, conn: &Conn, req: Req) -> impl Future<Output = Option<Resp>> + Send;
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
        .map(http_body_util::Collected::to_bytes)
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

/// Error returned to hyper to drop the connection without an answer.
#[derive(Debug)]
struct Dropped;
impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by the handler")
    }
}
impl std::error::Error for Dropped {}

async fn answer<H: Handler>(
    handler: Arc<H>,
    conn: Conn,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Dropped> {
    let req = decode(req).await;
    handler
        .handle(&conn, req)
        .await
        .map(to_hyper)
        .ok_or(Dropped)
}

/// Serves `listener` over TLS (HTTP/2 when the client's ALPN offers it, else HTTP/1.1) until the process ends.
/// Connections are numbered from `ids`, which listeners sharing one request log share.
pub async fn serve_tls<H: Handler>(
    handler: Arc<H>,
    listener: TcpListener,
    acceptor: tokio_native_tls::TlsAcceptor,
    ids: Arc<AtomicU64>,
) {
    loop {
        let Ok((tcp, peer)) = listener.accept().await else {
            continue;
        };
        // Answers go out at once: with Nagle, an HTTP/2 response's second frame waits for the client's
        // delayed ACK (~40 ms), which real servers do not add and would swamp the timings.
        let _ = tcp.set_nodelay(true);
        let handler = handler.clone();
        let acceptor = acceptor.clone();
        let id = ids.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else {
                return;
            };
            let protocol = match tls.get_ref().negotiated_alpn() {
                Ok(Some(p)) => String::from_utf8_lossy(&p).into_owned(),
                _ => "none".to_owned(),
            };
            let conn = Conn { id, peer, protocol };
            handler.connected(&conn);
            let svc = service_fn(move |req| answer(handler.clone(), conn.clone(), req));
            // HTTP/1.1 with keep-alive, or HTTP/2 when the client sends its preface (after ALPN `h2`).
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(tls), svc)
                .await;
        });
    }
}

/// Serves `listener` as plain HTTP/1.1 until the process ends.
pub async fn serve_plain<H: Handler>(handler: Arc<H>, listener: TcpListener) {
    let ids = AtomicU64::new(0);
    loop {
        let Ok((tcp, peer)) = listener.accept().await else {
            continue;
        };
        let handler = handler.clone();
        let id = ids.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::spawn(async move {
            let conn = Conn {
                id,
                peer,
                protocol: "plain".to_owned(),
            };
            handler.connected(&conn);
            let svc = service_fn(move |req| answer(handler.clone(), conn.clone(), req));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), svc)
                .await;
        });
    }
}
