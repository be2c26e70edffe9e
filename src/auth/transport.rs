//! azure_core's `HttpClient` implemented on azconn's one reqwest client, so azure_identity's credentials use the
//! same connection pool, proxy and CA settings (and the one native-tls stack) as the ARM client.
//! `--debug` shows each identity request's method, URL, status and time; bodies (which carry client secrets and
//! assertions) and tokens are never logged.

use std::collections::HashMap;
use std::time::Instant;

use azure_core::error::{Error as CoreError, ErrorKind};
use azure_core::http::headers::{HeaderName, HeaderValue, Headers};
use azure_core::http::request::Body;
use azure_core::http::{AsyncRawResponse, HttpClient, Method, Request, StatusCode};

use crate::http::{self, BodyError, LazyClient};
use crate::output::log;

/// The adapter; clones share the process-wide client (built on the first identity request).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: LazyClient,
}

impl ReqwestTransport {
    /// Wraps the process-wide client.
    pub fn new(client: LazyClient) -> Self {
        ReqwestTransport { client }
    }
}

fn method(m: Method) -> reqwest::Method {
    match m {
        Method::Delete => reqwest::Method::DELETE,
        Method::Get => reqwest::Method::GET,
        Method::Head => reqwest::Method::HEAD,
        Method::Patch => reqwest::Method::PATCH,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        // Method is non-exhaustive; identity flows use GET and POST only.
        _ => reqwest::Method::GET,
    }
}

#[async_trait::async_trait]
impl HttpClient for ReqwestTransport {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let url = request.url().clone();
        let m = method(request.method());
        let client = self
            .client
            .get()
            .map_err(|e| CoreError::with_message(ErrorKind::Other, e.to_string()))?;
        let mut builder = client.request(m.clone(), url.as_str());
        for (name, value) in request.headers().iter() {
            builder = builder.header(name.as_str(), value.as_str());
        }
        builder = match request.body() {
            Body::Bytes(bytes) => builder.body(bytes.to_vec()),
            Body::SeekableStream(_) => {
                return Err(CoreError::with_message(
                    ErrorKind::Other,
                    "streamed request bodies are not supported",
                ));
            }
        };
        let shown = redact_query(&url);
        log::debug(&format!("Request: {m} {shown}"));
        let start = Instant::now();
        let response = builder.send().await.map_err(|e| {
            log::debug(&format!(
                "Response: {m} {shown} failed after {} ms: {}",
                start.elapsed().as_millis(),
                http::transport_text(&e)
            ));
            let kind = if e.is_connect() {
                ErrorKind::Connection
            } else {
                ErrorKind::Io
            };
            match http::certificate_hint(&e) {
                // `Other`, not `Io`/`Connection`: azure_core's retry policy must not retry it.
                Some(hint) => CoreError::with_message(
                    ErrorKind::Other,
                    format!("failed to send the identity request: {e}\n{hint}"),
                ),
                None => CoreError::with_error(kind, e, "failed to send the identity request"),
            }
        })?;
        let status = response.status().as_u16();
        let mut map = HashMap::new();
        for (k, v) in response.headers() {
            if let Ok(v) = v.to_str() {
                map.insert(
                    HeaderName::from(k.as_str().to_owned()),
                    HeaderValue::from(v.to_owned()),
                );
            }
        }
        let bytes = match http::read_body(response, http::policy::MAX_BODY_BYTES).await {
            Ok(b) => b,
            Err(BodyError::Read(e)) => {
                return Err(CoreError::with_error(
                    ErrorKind::Io,
                    e,
                    "failed to read the identity response",
                ));
            }
            Err(BodyError::TooLarge) => {
                return Err(CoreError::with_message(
                    ErrorKind::Io,
                    http::too_large_text(&m, &shown, http::policy::MAX_BODY_BYTES),
                ));
            }
        };
        log::debug(&format!(
            "Response: {m} {shown} {status} in {} ms",
            start.elapsed().as_millis()
        ));
        Ok(AsyncRawResponse::from_bytes(
            StatusCode::from(status),
            Headers::from(map),
            bytes,
        ))
    }
}

/// The URL without its query string values (IMDS and token URLs carry only resource names there, but a
/// custom endpoint might carry more).
fn redact_query(url: &azure_core::http::Url) -> String {
    let mut u = url.clone();
    if u.query().is_some() {
        let keys: Vec<String> = u.query_pairs().map(|(k, _)| format!("{k}=…")).collect();
        u.set_query(Some(&keys.join("&")));
    }
    u.to_string()
}
