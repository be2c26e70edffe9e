//! The emulator's own error type: I/O with path context, TLS/crypto, JSON and plain messages.

use std::path::PathBuf;

/// Anything that can stop the emulator from starting or a sub-command from finishing.
#[derive(Debug, thiserror::Error)]
pub enum EmuError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("I/O: {0}")]
    PlainIo(#[from] std::io::Error),
    #[error("openssl: {0}")]
    Ssl(#[from] openssl::error::ErrorStack),
    #[error("tls: {0}")]
    Tls(#[from] native_tls::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Msg(String),
}

impl EmuError {
    pub fn msg(s: impl Into<String>) -> Self {
        EmuError::Msg(s.into())
    }
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        EmuError::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = EmuError> = std::result::Result<T, E>;
