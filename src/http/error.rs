//! `HttpError`: an HTTP-layer setting that cannot be used (a timeout or retry variable that is not a number,
//! an unreadable CA bundle, a client that cannot be built).

/// Why the HTTP layer could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// An environment value or file the client is built from is not usable; the text names it.
    #[error("{0}")]
    Setup(String),
}

impl From<HttpError> for crate::error::Error {
    fn from(e: HttpError) -> Self {
        crate::error::Error::runtime(e.to_string())
    }
}
