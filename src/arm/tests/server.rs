//! The tests' scripted HTTP/1.1 server on 127.0.0.1: it serves a fixed list of replies, one per connection, and
//! records each request line, so every retry and poll loop under test is bounded.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;

/// One scripted reply.
#[derive(Clone)]
pub(super) enum Reply {
    /// Status, extra headers, body.
    Http(u16, Vec<(&'static str, String)>, String),
    /// Close the connection without answering.
    Reset,
    /// Status 200 and a body of `len` bytes of `x`, streamed in chunks; with or without a `Content-Length`.
    Big { len: usize, declare_length: bool },
    /// Wait this long (the client gives up first), then close.
    Stall(Duration),
}

pub(super) fn ok(body: serde_json::Value) -> Reply {
    Reply::Http(200, vec![], body.to_string())
}

/// Serves `replies` in order (one per connection) and records `METHOD path` of each request.
pub(super) async fn serve(replies: Vec<Reply>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let base_for_task = base.clone();
    tokio::spawn(async move {
        for reply in replies {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            // Each connection is answered on its own task, so a stalled reply does not hold up the next one.
            tokio::spawn(answer(sock, reply, base_for_task.clone(), log.clone()));
        }
    });
    (base, seen)
}

async fn answer(
    mut sock: tokio::net::TcpStream,
    reply: Reply,
    base_for_task: String,
    log: Arc<Mutex<Vec<String>>>,
) {
    {
        {
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            // Read the head, then the body by Content-Length (bounded by the request size).
            let head_end = loop {
                let Ok(n) = sock.read(&mut chunk).await else {
                    break None;
                };
                if n == 0 {
                    break None;
                }
                buf.extend_from_slice(&chunk[..n]);
                if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break Some(i + 4);
                }
            };
            let Some(head_end) = head_end else { return };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0);
            while buf.len() < head_end + len {
                let Ok(n) = sock.read(&mut chunk).await else {
                    break;
                };
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let line = head.lines().next().unwrap_or_default().to_owned();
            let mut parts = line.split(' ');
            let mut entry = format!(
                "{} {}",
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default()
            );
            // Requests with a token: `METHOD path Bearer <token>` (test tokens only).
            if let Some(auth) = head.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .starts_with("authorization:")
                    .then(|| l["authorization:".len()..].trim().to_owned())
            }) {
                entry.push(' ');
                entry.push_str(&auth);
            }
            log.lock().expect("log").push(entry);
            match reply {
                Reply::Reset => drop(sock),
                Reply::Http(status, headers, body) => {
                    let body = body.replace("{base}", &base_for_task);
                    let mut text = format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                        body.len()
                    );
                    for (k, v) in headers {
                        text.push_str(&format!("{k}: {}\r\n", v.replace("{base}", &base_for_task)));
                    }
                    text.push_str("\r\n");
                    text.push_str(&body);
                    let _ = sock.write_all(text.as_bytes()).await;
                    let _ = sock.shutdown().await;
                }
                Reply::Big {
                    len,
                    declare_length,
                } => {
                    let head = if declare_length {
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
                        )
                    } else {
                        "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_owned()
                    };
                    if sock.write_all(head.as_bytes()).await.is_err() {
                        return;
                    }
                    let chunk = vec![b'x'; 64 * 1024];
                    let mut left = len;
                    // Bounded by `len`; stops early when the client hangs up.
                    while left > 0 {
                        let n = left.min(chunk.len());
                        if sock.write_all(&chunk[..n]).await.is_err() {
                            return;
                        }
                        left -= n;
                    }
                    let _ = sock.shutdown().await;
                }
                Reply::Stall(d) => {
                    tokio::time::sleep(d).await;
                    drop(sock);
                }
            }
        }
    }
}
