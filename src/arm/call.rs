//! A change to an ARM resource as a value — method, URL, body, and how its operation ends — so that the
//! command that sends it and `--dry-run`, which prints it, use the same request and cannot drift apart.

use serde_json::Value;

use super::lro::FinalState;
use super::{ApiRequest, ArmClient, ArmError, Method};

/// One ARM change, built by the typed modules (`postgres_flexible`, `service_linker`, …) and sent by
/// [`ArmClient::apply`].
#[derive(Debug, Clone)]
pub struct ArmCall {
    /// The request as sent (method, absolute URL, JSON body).
    pub request: ApiRequest,
    /// The resource the request is about: named in its errors.
    pub resource: String,
    /// Where the result of the operation the request starts is read.
    pub final_state: FinalState,
}

impl ArmCall {
    /// The body as JSON (`None` without a body, or when it is not JSON).
    pub fn body_json(&self) -> Option<Value> {
        self.request
            .body
            .as_deref()
            .and_then(|b| serde_json::from_slice(b).ok())
    }
}

impl ArmClient {
    /// The `PUT` of `body` on the resource at `path`, as a value.
    pub fn put_call(
        &self,
        path: &str,
        api_version: &str,
        body: &Value,
        final_state: FinalState,
    ) -> ArmCall {
        ArmCall {
            request: self
                .arm_request(Method::PUT, self.arm_url(path, api_version))
                .json(body),
            resource: path.to_owned(),
            final_state,
        }
    }

    /// Sends `call` and waits for the operation it starts; returns the final resource, if any.
    pub async fn apply(&self, call: &ArmCall) -> Result<Option<Value>, ArmError> {
        self.long_running(&call.request, call.final_state, Some(&call.resource))
            .await
    }

    /// Sends `call` without waiting for its operation; returns the first response's body, if any.
    pub async fn apply_no_wait(&self, call: &ArmCall) -> Result<Option<Value>, ArmError> {
        self.send_ok(&call.request, Some(&call.resource))
            .await?
            .json(&call.request.url)
    }
}
