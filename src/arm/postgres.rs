//! What Flexible and Single Server calls share (reference/az-connection.md §2.3, §2.4): a server's
//! child resources (administrators, databases, firewall rules) are listed, read, written and
//! deleted the same way; only the server's resource type (in its id) and the api-version differ.

use serde_json::{Value, json};

use super::lro::FinalState;
use super::{ArmClient, ArmError, Method, ResourceId};

impl ArmClient {
    /// `GET {server}/{kind}` (all pages).
    pub(super) async fn list_server_children(
        &self,
        server: &ResourceId,
        kind: &str,
        api_version: &str,
    ) -> Result<Vec<Value>, ArmError> {
        let url = self.arm_url(&format!("{server}/{kind}"), api_version);
        self.list_all(self.arm_request(Method::GET, url)).await
    }

    /// `GET {server}/{kind}/{name}`.
    pub(super) async fn get_server_child(
        &self,
        server: &ResourceId,
        kind: &str,
        name: &str,
        api_version: &str,
    ) -> Result<Value, ArmError> {
        self.get_json(&server.child(kind, name).to_string(), api_version)
            .await
    }

    /// `PUT {server}/{kind}/{name}` with `body`, waiting for the operation. The resource is not read
    /// back afterwards (az's SDK does): what it holds is what was sent, and the GET would cost a round
    /// trip (docs/benchmarks.md).
    pub(super) async fn put_server_child(
        &self,
        server: &ResourceId,
        kind: &str,
        name: &str,
        body: &Value,
        api_version: &str,
    ) -> Result<(), ArmError> {
        let id = server.child(kind, name).to_string();
        let req = self
            .arm_request(Method::PUT, self.arm_url(&id, api_version))
            .json(body);
        self.long_running(&req, FinalState::None, Some(&id))
            .await
            .map(|_| ())
    }

    /// `DELETE {server}/{kind}/{name}`, waiting for the operation.
    pub(super) async fn delete_server_child(
        &self,
        server: &ResourceId,
        kind: &str,
        name: &str,
        api_version: &str,
    ) -> Result<(), ArmError> {
        let id = server.child(kind, name).to_string();
        let req = self.arm_request(Method::DELETE, self.arm_url(&id, api_version));
        self.long_running(&req, FinalState::None, Some(&id))
            .await
            .map(|_| ())
    }
}

/// A firewall rule's PUT body (the same for both server kinds).
pub(super) fn firewall_rule_body(start_ip: &str, end_ip: &str) -> Value {
    json!({"properties": {"startIpAddress": start_ip, "endIpAddress": end_ip}})
}
