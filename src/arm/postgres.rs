//! What Flexible and Single Server calls share (docs/create.md): a server's
//! id, and its child resources (administrators, databases, firewall rules), which are listed, read,
//! written and deleted the same way. A [`PostgresApi`] (from the [`ServerKind`]) names what differs: the
//! server's resource type (in its id) and the api-version. The kind modules keep the bodies and the typed views of them.

use serde_json::{Value, json};

use super::lro::FinalState;
use super::{ArmCall, ArmClient, ArmError, Method, ResourceId};
use crate::server_kind::{NAMESPACE, PostgresApi, ServerKind};

/// The id of server `server` of kind `kind`.
pub fn server_id(
    kind: ServerKind,
    subscription: &str,
    resource_group: &str,
    server: &str,
) -> ResourceId {
    ResourceId::resource(
        subscription,
        resource_group,
        NAMESPACE,
        &[(kind.api().resource_type, server)],
    )
}

/// The string at `path` in a response body, if there is one.
pub(super) fn string_at(body: &Value, path: &[&str]) -> Option<String> {
    let mut cur = body;
    for k in path {
        cur = cur.get(k)?;
    }
    cur.as_str().map(str::to_owned)
}

impl ArmClient {
    /// `GET {server}`.
    pub(super) async fn postgres_server(
        &self,
        api: PostgresApi,
        server: &ResourceId,
    ) -> Result<Value, ArmError> {
        self.get_json(&server.to_string(), api.api_version).await
    }

    /// `GET {server}/administrators` (all pages).
    pub(super) async fn postgres_admins(
        &self,
        api: PostgresApi,
        server: &ResourceId,
    ) -> Result<Vec<Value>, ArmError> {
        self.list_json(&format!("{server}/administrators"), api.api_version)
            .await
    }

    /// `PUT {server}/administrators/{name}` with `body`, as a value.
    pub(super) fn postgres_put_admin_call(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        name: &str,
        body: &Value,
    ) -> ArmCall {
        self.put_server_child_call(api, server, "administrators", name, body)
    }

    /// `GET {server}/databases/{database}`.
    pub async fn postgres_database(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        database: &str,
    ) -> Result<Value, ArmError> {
        let id = server.child("databases", database).to_string();
        self.get_json(&id, api.api_version).await
    }

    /// `PUT {server}/firewallRules/{rule}` with the IP range, waiting for the operation.
    pub async fn postgres_put_firewall_rule(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        rule: &str,
        start_ip: &str,
        end_ip: &str,
    ) -> Result<(), ArmError> {
        let call = self.postgres_put_firewall_rule_call(api, server, rule, start_ip, end_ip);
        self.apply(&call).await.map(|_| ())
    }

    /// `PUT {server}/firewallRules/{rule}` with the IP range, as a value.
    pub(super) fn postgres_put_firewall_rule_call(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        rule: &str,
        start_ip: &str,
        end_ip: &str,
    ) -> ArmCall {
        let body = json!({"properties": {"startIpAddress": start_ip, "endIpAddress": end_ip}});
        self.put_server_child_call(api, server, "firewallRules", rule, &body)
    }

    /// `DELETE {server}/firewallRules/{rule}`, waiting for the operation.
    pub async fn postgres_delete_firewall_rule(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        rule: &str,
    ) -> Result<(), ArmError> {
        let id = server.child("firewallRules", rule).to_string();
        let req = self.arm_request(Method::DELETE, self.arm_url(&id, api.api_version));
        self.long_running(&req, FinalState::None, Some(&id))
            .await
            .map(|_| ())
    }

    /// `PUT {server}/{kind}/{name}` with `body`, as a value. The resource is not read back after the
    /// operation (az's SDK does): what it holds is what was sent, and the GET would cost a round trip
    /// (docs/benchmarks.md).
    fn put_server_child_call(
        &self,
        api: PostgresApi,
        server: &ResourceId,
        kind: &str,
        name: &str,
        body: &Value,
    ) -> ArmCall {
        let id = server.child(kind, name).to_string();
        self.put_call(&id, api.api_version, body, FinalState::None)
    }
}
