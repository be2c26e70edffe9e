//! Azure Container Apps (`Microsoft.App`, api-version 2025-07-01 as az 2.91's containerapp module sends it), the
//! api-version of AKS clusters (`Microsoft.ContainerService`, which completion lists: a connection never touches the
//! cluster) and one user-assigned identity by id (`az identity show --ids`): the typed calls the container sources make.
//! Bodies are returned as ARM sent them.

use serde_json::{Map, Value, json};

use super::lro::FinalState;
use super::web::IDENTITY_API_VERSION;
use super::{ArmClient, ArmError, Method};

/// Microsoft.App api-version az 2.91 sends (`containerapp show`, `containerapp identity assign`).
pub const APP_API_VERSION: &str = "2025-07-01";
/// Microsoft.ContainerService api-version az 2.91 sends (`aks list`).
pub const AKS_API_VERSION: &str = "2025-07-01";
/// The namespace whose registration `az containerapp` checks before its first request.
pub const APP_NAMESPACE: &str = "Microsoft.App";

/// The body `containerapp identity assign --system-assigned` PUTs: the app as read without its read-only
/// members, the system-assigned identity added to the identities it has, and the secrets with their values
/// (`secrets` from `listSecrets`; a PUT without them would drop them).
pub fn identity_assign_body(app: &Value, secrets: &[Value]) -> Value {
    let identity = &app["identity"];
    let users = identity["userAssignedIdentities"]
        .as_object()
        .filter(|m| !m.is_empty());
    let mut new_identity = Map::new();
    match users {
        Some(m) => {
            new_identity.insert("type".into(), json!("SystemAssigned,UserAssigned"));
            let uai: Map<String, Value> = m.keys().map(|k| (k.clone(), json!({}))).collect();
            new_identity.insert("userAssignedIdentities".into(), Value::Object(uai));
        }
        None => {
            new_identity.insert("type".into(), json!("SystemAssigned"));
        }
    }
    let mut body = Map::new();
    for key in ["location", "tags", "extendedLocation", "managedBy"] {
        if let Some(v) = app.get(key).filter(|v| !v.is_null()) {
            body.insert(key.into(), v.clone());
        }
    }
    body.insert("identity".into(), Value::Object(new_identity));
    let mut props = app["properties"].as_object().cloned().unwrap_or_default();
    for read_only in [
        "provisioningState",
        "runningStatus",
        "latestRevisionName",
        "latestReadyRevisionName",
        "latestRevisionFqdn",
        "customDomainVerificationId",
        "outboundIpAddresses",
        "eventStreamEndpoint",
    ] {
        props.shift_remove(read_only);
    }
    if let Some(Value::Object(config)) = props.get_mut("configuration") {
        let secrets: Vec<Value> = secrets
            .iter()
            .map(|s| {
                let mut m = Map::new();
                for k in ["name", "value", "identity", "keyVaultUrl"] {
                    if let Some(v) = s.get(k).filter(|v| !v.is_null()) {
                        m.insert(k.into(), v.clone());
                    }
                }
                Value::Object(m)
            })
            .collect();
        config.insert("secrets".into(), Value::Array(secrets));
        if let Some(Value::Object(ingress)) = config.get_mut("ingress") {
            ingress.shift_remove("fqdn");
        }
    }
    body.insert("properties".into(), Value::Object(props));
    Value::Object(body)
}

impl ArmClient {
    /// `GET` a container app (`az containerapp show`).
    pub async fn container_app(&self, id: &str) -> Result<Value, ArmError> {
        self.get_json(id, APP_API_VERSION).await
    }

    /// `POST {app}/listSecrets`: the app's secrets with their values.
    pub async fn container_app_secrets(&self, id: &str) -> Result<Vec<Value>, ArmError> {
        let url = self.arm_url(&format!("{id}/listSecrets"), APP_API_VERSION);
        let resp = self
            .send_ok(&self.arm_request(Method::POST, url.clone()), Some(id))
            .await?;
        let body = resp.json(&url)?.unwrap_or(Value::Null);
        Ok(body["value"].as_array().cloned().unwrap_or_default())
    }

    /// `PUT` the app with its system-assigned identity on (a long-running operation, polled through
    /// `Azure-AsyncOperation`), as `az containerapp identity assign --system-assigned` does; returns the app
    /// read after it ended.
    pub async fn container_app_assign_identity(
        &self,
        id: &str,
        app: &Value,
        secrets: &[Value],
    ) -> Result<Value, ArmError> {
        let body = identity_assign_body(app, secrets);
        let call = self.put_call(id, APP_API_VERSION, &body, FinalState::OriginalUri);
        self.long_running_body(&call.request, call.final_state, id)
            .await
    }

    /// `GET` a user-assigned identity by resource id (`az identity show --ids`).
    pub async fn user_assigned_identity(&self, id: &str) -> Result<Value, ArmError> {
        self.get_json(id, IDENTITY_API_VERSION).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assign_body_keeps_the_app_and_puts_its_secrets_back() {
        let app = json!({"id": "x", "name": "capp1", "type": "Microsoft.App/containerApps", "location": "eastus",
            "tags": {}, "identity": {"type": "None"},
            "properties": {"provisioningState": "Succeeded", "environmentId": "/env",
                "configuration": {"secrets": [{"name": "s1"}], "ingress": {"fqdn": "f", "external": true}},
                "template": {"containers": [{"name": "capp1", "image": "i"}]}}});
        let body = identity_assign_body(&app, &[json!({"name": "s1", "value": "v1"})]);
        assert_eq!(
            body.to_string(),
            r#"{"location":"eastus","tags":{},"identity":{"type":"SystemAssigned"},"properties":{"environmentId":"/env","configuration":{"secrets":[{"name":"s1","value":"v1"}],"ingress":{"external":true}},"template":{"containers":[{"name":"capp1","image":"i"}]}}}"#
        );
        let with_user = json!({"location": "eastus",
            "identity": {"type": "UserAssigned", "userAssignedIdentities": {"/mi": {"principalId": "p"}}},
            "properties": {}});
        assert_eq!(
            identity_assign_body(&with_user, &[])["identity"],
            json!({"type": "SystemAssigned,UserAssigned", "userAssignedIdentities": {"/mi": {}}})
        );
    }
}
