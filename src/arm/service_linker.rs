//! Service Connector (`Microsoft.ServiceLinker`, api-version 2024-07-01-preview) for a local source: connectors
//! under `/subscriptions/{s}/resourcegroups/{g}/providers/Microsoft.ServiceLinker/locations/{l}/connectors/{name}`
//! (put/get/list/delete/validate/generateConfigurations) and `configurationNames`. Bodies follow
//! docs/create.md; responses are returned as ARM sent them, for the output engine.

use indexmap::IndexMap;
use serde_json::{Map, Value, json};

use super::lro::FinalState;
use super::{ArmCall, ArmClient, ArmError, Method};
use crate::auth::Secret;

/// The api-version core az pins.
pub const API_VERSION: &str = "2024-07-01-preview";

/// The path of a local connector (lower-case `resourcegroups`, as the SDK writes it).
pub fn connector_path(
    subscription: &str,
    resource_group: &str,
    location: &str,
    name: &str,
) -> String {
    format!(
        "{}/{name}",
        connectors_path(subscription, resource_group, location)
    )
}

/// The path of the connectors collection of a location.
pub fn connectors_path(subscription: &str, resource_group: &str, location: &str) -> String {
    format!(
        "/subscriptions/{subscription}/resourcegroups/{resource_group}/providers/Microsoft.ServiceLinker/locations/{location}/connectors"
    )
}

/// `authInfo` of a connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthInfo {
    /// `--user-account`: the signed-in user.
    UserAccount {
        user_name: Option<String>,
        principal_id: String,
    },
    /// `--service-principal`.
    ServicePrincipalSecret {
        user_name: Option<String>,
        client_id: String,
        principal_id: String,
        secret: Secret,
    },
    /// A compute source's system-assigned identity (`--system-identity`).
    SystemAssignedIdentity { user_name: Option<String> },
    /// A user-assigned identity (`--user-identity client-id=… subs-id=…`).
    UserAssignedIdentity {
        user_name: Option<String>,
        client_id: String,
        subscription_id: String,
    },
    /// `--secret name=… secret=…`.
    Secret { name: String, secret: Secret },
    /// `--secret name=… secret-uri=…`: a Key Vault secret by URI.
    SecretKeyVaultUri { name: String, uri: String },
    /// `--secret name=… secret-name=…`: a Key Vault secret by name.
    SecretKeyVaultReference { name: String, secret_name: String },
}

impl AuthInfo {
    /// The wire JSON, keys in the order az sends them.
    pub fn to_json(&self) -> Value {
        match self {
            AuthInfo::UserAccount {
                user_name,
                principal_id,
            } => identity_auth(
                user_name.as_deref(),
                "userAccount",
                &[("principalId", principal_id.as_str())],
            ),
            AuthInfo::ServicePrincipalSecret {
                user_name,
                client_id,
                principal_id,
                secret,
            } => identity_auth(
                user_name.as_deref(),
                "servicePrincipalSecret",
                &[
                    ("clientId", client_id.as_str()),
                    ("principalId", principal_id.as_str()),
                    ("secret", secret.expose()),
                ],
            ),
            AuthInfo::SystemAssignedIdentity { user_name } => {
                identity_auth(user_name.as_deref(), "systemAssignedIdentity", &[])
            }
            AuthInfo::UserAssignedIdentity {
                user_name,
                client_id,
                subscription_id,
            } => identity_auth(
                user_name.as_deref(),
                "userAssignedIdentity",
                &[
                    ("clientId", client_id.as_str()),
                    ("subscriptionId", subscription_id.as_str()),
                ],
            ),
            AuthInfo::Secret { name, secret } => json!({
                "authType": "secret",
                "name": name,
                "secretInfo": {"secretType": "rawValue", "value": secret.expose()},
            }),
            AuthInfo::SecretKeyVaultUri { name, uri } => json!({
                "authType": "secret",
                "name": name,
                "secretInfo": {"secretType": "keyVaultSecretUri", "value": uri},
            }),
            AuthInfo::SecretKeyVaultReference { name, secret_name } => json!({
                "authType": "secret",
                "name": name,
                "secretInfo": {"secretType": "keyVaultSecretReference", "name": secret_name},
            }),
        }
    }
}

/// An identity's auth info: `userName` first when there is one (the SDK models put it before `authType`), then
/// `authType` and `fields` in order.
fn identity_auth(user_name: Option<&str>, auth_type: &str, fields: &[(&str, &str)]) -> Value {
    let mut m = Map::new();
    if let Some(u) = user_name {
        m.insert("userName".into(), json!(u));
    }
    m.insert("authType".into(), json!(auth_type));
    for (key, value) in fields {
        m.insert((*key).into(), json!(value));
    }
    Value::Object(m)
}

/// A connector to create or update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectorBody {
    /// The target database's resource id.
    pub target_id: String,
    pub auth_info: AuthInfo,
    /// `none`, `python`, `springBoot`, … (canonical case).
    pub client_type: String,
    /// `--customized-keys`.
    pub customized_keys: Option<IndexMap<String, String>>,
    /// `publicNetworkSolution.firewallRules.callerClientIP = "true"` (always on for local connections).
    pub caller_client_ip: bool,
}

impl ConnectorBody {
    /// The PUT body as az 2.91 sends it (docs/create.md).
    pub fn to_json(&self) -> Value {
        let mut props = Map::new();
        props.insert(
            "targetService".into(),
            json!({"type": "AzureResource", "id": self.target_id}),
        );
        props.insert("authInfo".into(), self.auth_info.to_json());
        props.insert("clientType".into(), json!(self.client_type));
        if self.caller_client_ip {
            props.insert(
                "publicNetworkSolution".into(),
                json!({"firewallRules": {"callerClientIP": "true"}}),
            );
        }
        let config = match &self.customized_keys {
            Some(keys) => {
                let keys: Map<String, Value> =
                    keys.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                json!({"customizedKeys": keys})
            }
            None => json!({}),
        };
        props.insert("configurationInfo".into(), config);
        json!({"properties": Value::Object(props)})
    }
}

impl ArmClient {
    /// The `PUT` of a connector, as a value.
    pub fn linker_put_call(&self, path: &str, body: &ConnectorBody) -> ArmCall {
        self.put_call(path, API_VERSION, &body.to_json(), FinalState::OriginalUri)
    }

    /// Sends a connector `PUT` ([`Self::linker_put_call`]) and waits for it (`no_wait`: returns right after
    /// the PUT with its body, if any).
    pub async fn linker_apply(
        &self,
        call: &ArmCall,
        no_wait: bool,
    ) -> Result<Option<Value>, ArmError> {
        if no_wait {
            return self.apply_no_wait(call).await;
        }
        self.apply(call).await
    }

    /// `PUT` a connector and wait for it (`no_wait`: return right after the PUT with its body, if any).
    pub async fn linker_put(
        &self,
        path: &str,
        body: &ConnectorBody,
        no_wait: bool,
    ) -> Result<Option<Value>, ArmError> {
        self.linker_apply(&self.linker_put_call(path, body), no_wait)
            .await
    }

    /// `PUT` a raw connector body (for `update`, which edits what `GET` returned).
    pub async fn linker_put_raw(
        &self,
        path: &str,
        body: &Value,
        no_wait: bool,
    ) -> Result<Option<Value>, ArmError> {
        let call = self.put_call(path, API_VERSION, body, FinalState::OriginalUri);
        self.linker_apply(&call, no_wait).await
    }

    /// `GET` a connector.
    pub async fn linker_get(&self, path: &str) -> Result<Value, ArmError> {
        self.get_json(path, API_VERSION).await
    }

    /// The connectors of one location (all pages).
    pub async fn linker_list(
        &self,
        subscription: &str,
        resource_group: &str,
        location: &str,
    ) -> Result<Vec<Value>, ArmError> {
        let path = connectors_path(subscription, resource_group, location);
        self.list_json(&path, API_VERSION).await
    }

    /// `DELETE` a connector (waiting unless `no_wait`).
    pub async fn linker_delete(&self, path: &str, no_wait: bool) -> Result<(), ArmError> {
        let req = self.arm_request(Method::DELETE, self.arm_url(path, API_VERSION));
        if no_wait {
            return self.send_ok(&req, Some(path)).await.map(|_| ());
        }
        self.long_running(&req, FinalState::None, Some(path))
            .await
            .map(|_| ())
    }

    /// `POST .../validate`: waits for the operation and returns the `ValidateOperationResult` (`resourceId`,
    /// `status`, `properties.validationDetail`). The spec's `final-state-via` is `location`: the result is read
    /// from the `Location` URL; without one, the operation-status body (which carries the same result) is used.
    pub async fn linker_validate(&self, path: &str) -> Result<Option<Value>, ArmError> {
        let req = self.arm_request(
            Method::POST,
            self.arm_url(&format!("{path}/validate"), API_VERSION),
        );
        self.long_running(&req, FinalState::Location, Some(path))
            .await
    }

    /// `POST .../generateConfigurations` with an empty body; returns `{"configurations": [...]}`. The spec
    /// answers 200 synchronously; a 202 with `Location` is followed all the same.
    pub async fn linker_generate_configurations(&self, path: &str) -> Result<Value, ArmError> {
        let url = self.arm_url(&format!("{path}/generateConfigurations"), API_VERSION);
        let req = self.arm_request(Method::POST, url);
        self.long_running_body(&req, FinalState::Location, path)
            .await
    }

    /// `GET /providers/Microsoft.ServiceLinker/configurationNames` with an OData `$filter` (all pages).
    pub async fn linker_configuration_names(&self, filter: &str) -> Result<Vec<Value>, ArmError> {
        let base = format!(
            "{}/providers/Microsoft.ServiceLinker/configurationNames",
            self.arm_base()
        );
        let url = reqwest::Url::parse_with_params(
            &base,
            [("api-version", API_VERSION), ("$filter", filter)],
        )
        .map_err(|e| ArmError::Invalid(format!("bad configurationNames URL: {e}")))?;
        self.list_all(self.arm_request(Method::GET, url.to_string()))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_account_body_matches_az() {
        let body = ConnectorBody {
            target_id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo".into(),
            auth_info: AuthInfo::UserAccount { user_name: Some("aad_conn1".into()), principal_id: "oid".into() },
            client_type: "none".into(),
            customized_keys: None,
            caller_client_ip: true,
        };
        assert_eq!(
            body.to_json().to_string(),
            r#"{"properties":{"targetService":{"type":"AzureResource","id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo"},"authInfo":{"userName":"aad_conn1","authType":"userAccount","principalId":"oid"},"clientType":"none","publicNetworkSolution":{"firewallRules":{"callerClientIP":"true"}},"configurationInfo":{}}}"#
        );
    }

    #[test]
    fn other_auth_types_and_keys() {
        let sp = AuthInfo::ServicePrincipalSecret {
            user_name: Some("aad_c".into()),
            client_id: "app".into(),
            principal_id: "oid".into(),
            secret: Secret::new("s3cr3t"),
        };
        assert_eq!(
            sp.to_json().to_string(),
            r#"{"userName":"aad_c","authType":"servicePrincipalSecret","clientId":"app","principalId":"oid","secret":"s3cr3t"}"#
        );
        let secret = AuthInfo::Secret {
            name: "u".into(),
            secret: Secret::new("pw"),
        };
        assert_eq!(
            secret.to_json().to_string(),
            r#"{"authType":"secret","name":"u","secretInfo":{"secretType":"rawValue","value":"pw"}}"#
        );
        assert_eq!(
            AuthInfo::SecretKeyVaultUri {
                name: "u".into(),
                uri: "https://kv/s".into()
            }
            .to_json()
            .to_string(),
            r#"{"authType":"secret","name":"u","secretInfo":{"secretType":"keyVaultSecretUri","value":"https://kv/s"}}"#
        );
        assert_eq!(
            AuthInfo::SecretKeyVaultReference {
                name: "u".into(),
                secret_name: "kvs".into()
            }
            .to_json()
            .to_string(),
            r#"{"authType":"secret","name":"u","secretInfo":{"secretType":"keyVaultSecretReference","name":"kvs"}}"#
        );
        let mut keys = IndexMap::new();
        keys.insert("AZURE_POSTGRESQL_HOST".to_owned(), "H".to_owned());
        let body = ConnectorBody {
            target_id: "t".into(),
            auth_info: secret,
            client_type: "python".into(),
            customized_keys: Some(keys),
            caller_client_ip: false,
        };
        assert_eq!(
            body.to_json()["properties"]["configurationInfo"].to_string(),
            r#"{"customizedKeys":{"AZURE_POSTGRESQL_HOST":"H"}}"#
        );
        assert_eq!(
            connector_path("s", "rg", "eastus", "c"),
            "/subscriptions/s/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/c"
        );
    }
}
