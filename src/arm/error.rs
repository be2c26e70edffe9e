//! `ArmError`: what can go wrong talking to ARM or Graph, with az's texts. An ARM error envelope
//! (`{"error":{"code","message"}}`) becomes `(Code) Message` + `\nCode: Code\nMessage: Message` like
//! azure-core's `HttpResponseError`; a 404 becomes az's not-found error (exit 3).

use serde::Deserialize;

use crate::auth::AuthError;

/// An ARM/Graph failure.
#[derive(Debug, thiserror::Error)]
pub enum ArmError {
    /// The service answered with an error status (after retries) or an operation ended Failed/Canceled.
    #[error("{}", response_text(code.as_deref(), message, target.as_deref()))]
    Response {
        /// HTTP status (for LRO failures: the status of the poll that reported it).
        status: u16,
        /// The envelope's `code`, when there is one.
        code: Option<String>,
        /// The envelope's `message`, or a generic text.
        message: String,
        /// The envelope's `target`.
        target: Option<String>,
        /// The resource the request was about, when known.
        resource_id: Option<String>,
    },
    /// No response: connection refused/reset, TLS failure, timeout (after retries).
    #[error("{message}")]
    Transport { url: String, message: String },
    /// A response that is not what the API promises.
    #[error("Unexpected response from {url}: {message}")]
    Decode { url: String, message: String },
    /// Polling or paging went past its bound.
    #[error("{0}")]
    Bound(String),
    /// No token.
    #[error(transparent)]
    Auth(#[from] AuthError),
    /// A bad request built by the caller (invalid URL, bad resource id).
    #[error("{0}")]
    Invalid(String),
}

fn response_text(code: Option<&str>, message: &str, target: Option<&str>) -> String {
    match code {
        Some(code) => {
            let mut s = format!("({code}) {message}\nCode: {code}\nMessage: {message}");
            if let Some(t) = target {
                s.push_str("\nTarget: ");
                s.push_str(t);
            }
            s
        }
        None => message.to_owned(),
    }
}

#[derive(Debug, Deserialize)]
struct Envelope {
    error: Option<EnvelopeError>,
    // Some services (and LRO status bodies) put the fields at the top level.
    code: Option<String>,
    message: Option<String>,
}

#[derive(Debug, Deserialize)]
struct EnvelopeError {
    code: Option<String>,
    message: Option<String>,
    target: Option<String>,
}

/// HTTP reason phrases as Python's `http.HTTPStatus` spells them (az prints these).
pub fn reason_phrase(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown")
}

impl ArmError {
    /// The error for an error response: the envelope's code and message, else azure-core's
    /// `Operation returned an invalid status '<reason>'`.
    pub fn from_response(status: u16, body: &[u8], resource_id: Option<String>) -> ArmError {
        let parsed: Option<Envelope> = serde_json::from_slice(body).ok();
        let (code, message, target) = match parsed {
            Some(Envelope { error: Some(e), .. }) => (e.code, e.message, e.target),
            Some(Envelope {
                error: None,
                code,
                message,
            }) => (code, message, None),
            None => (None, None, None),
        };
        let message = message.filter(|m| !m.is_empty()).unwrap_or_else(|| {
            format!(
                "Operation returned an invalid status '{}'",
                reason_phrase(status)
            )
        });
        ArmError::Response {
            status,
            code,
            message,
            target,
            resource_id,
        }
    }

    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ArmError::Response { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The envelope code, when there is one (`ResourceNotFound`, `SubscriptionNotRegistered`, …).
    pub fn code(&self) -> Option<&str> {
        match self {
            ArmError::Response { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// Whether this is a 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }
}

impl From<ArmError> for crate::error::Error {
    fn from(e: ArmError) -> Self {
        match e {
            ArmError::Auth(a) => a.into(),
            e if e.is_not_found() => crate::error::Error::not_found(e.to_string()),
            e => crate::error::Error::runtime(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(status: u16, body: &str, expect: &str) {
        assert_eq!(
            ArmError::from_response(status, body.as_bytes(), None).to_string(),
            expect,
            "{body}"
        );
    }

    #[test]
    fn envelopes_in_az_text() {
        check(
            404,
            r#"{"error":{"code":"ResourceNotFound","message":"The requested resource of type 'Microsoft.DBforPostgreSQL/flexibleServers/databases' with name 'nope' was not found."}}"#,
            "(ResourceNotFound) The requested resource of type 'Microsoft.DBforPostgreSQL/flexibleServers/databases' with name 'nope' was not found.\nCode: ResourceNotFound\nMessage: The requested resource of type 'Microsoft.DBforPostgreSQL/flexibleServers/databases' with name 'nope' was not found.",
        );
        check(
            400,
            r#"{"code":"Bad","message":"m"}"#,
            "(Bad) m\nCode: Bad\nMessage: m",
        );
        check(
            500,
            "oops",
            "Operation returned an invalid status 'Internal Server Error'",
        );
    }

    #[test]
    fn not_found_exits_3() {
        let e: crate::error::Error = ArmError::from_response(404, b"{}", None).into();
        assert_eq!(e.exit_code(), 3);
        let e: crate::error::Error = ArmError::from_response(409, b"{}", None).into();
        assert_eq!(e.exit_code(), 1);
    }
}
