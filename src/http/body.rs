//! Reading a response body within a size cap, so memory stays bounded whatever a server sends.

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
