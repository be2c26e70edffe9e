//! The request log of the HTTPS ports (memory + `requests.jsonl`) and the TLS handshakes they accepted, served
//! by the admin port's `/requests` and `/connections`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

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
    pub fn push(&self, mut e: LogEntry) {
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
    pub fn push_connection(&self, c: ConnectionEntry) {
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
