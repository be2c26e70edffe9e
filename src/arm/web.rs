//! App Service (`Microsoft.Web` sites and slots, api-version 2025-05-01 as az 2.91 sends it), user-assigned
//! identities (`Microsoft.ManagedIdentity`, 2025-05-31-preview) and Service Connector linkers on a source scope
//! (`{source id}/providers/Microsoft.ServiceLinker/linkers/{name}`, 2024-07-01-preview): the typed calls the
//! compute-source commands make. Bodies are returned as ARM sent them.

use indexmap::IndexMap;
use serde_json::{Map, Value, json};

use super::lro::FinalState;
use super::{ArmCall, ArmClient, ArmError, Method};
use crate::arm::service_linker::{API_VERSION as LINKER_API_VERSION, AuthInfo};

/// Microsoft.Web api-version az 2.91 sends (`webapp show`, `webapp identity assign`).
pub const WEB_API_VERSION: &str = "2025-05-01";
/// Microsoft.ManagedIdentity api-version az 2.91 sends (`identity list`).
pub const IDENTITY_API_VERSION: &str = "2025-05-31-preview";

/// The linkers collection of a source.
pub fn linkers_path(source_id: &str) -> String {
    format!("{source_id}/providers/Microsoft.ServiceLinker/linkers")
}

/// The path of one linker on a source.
pub fn linker_path(source_id: &str, name: &str) -> String {
    format!("{}/{name}", linkers_path(source_id))
}

/// What a site's `identity` says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SiteIdentity {
    /// `identity.type` contains `SystemAssigned`.
    pub system_assigned: bool,
    /// `identity.principalId` of the system-assigned identity.
    pub principal_id: Option<String>,
    /// The user-assigned identity resource ids the site has.
    pub user_assigned: Vec<String>,
}

impl SiteIdentity {
    /// Reads `identity` of a site body.
    pub fn of(site: &Value) -> SiteIdentity {
        let identity = &site["identity"];
        let ty = identity["type"].as_str().unwrap_or("");
        SiteIdentity {
            system_assigned: ty
                .split(',')
                .any(|p| p.trim().eq_ignore_ascii_case("SystemAssigned")),
            principal_id: identity["principalId"]
                .as_str()
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
            user_assigned: identity["userAssignedIdentities"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default(),
        }
    }
}

/// The body `webapp identity assign` PUTs: the site as read, without its read-only members, with the
/// system-assigned identity added to the identities it has.
pub fn identity_assign_body(site: &Value) -> Value {
    let current = SiteIdentity::of(site);
    let mut identity = Map::new();
    if current.user_assigned.is_empty() {
        identity.insert("type".into(), json!("SystemAssigned"));
    } else {
        identity.insert("type".into(), json!("SystemAssigned, UserAssigned"));
        let uai: Map<String, Value> = current
            .user_assigned
            .iter()
            .map(|id| (id.clone(), json!({})))
            .collect();
        identity.insert("userAssignedIdentities".into(), Value::Object(uai));
    }
    let mut body = Map::new();
    for key in ["kind", "location", "tags", "properties"] {
        if let Some(v) = site.get(key) {
            body.insert(key.into(), v.clone());
        }
    }
    body.insert("identity".into(), Value::Object(identity));
    Value::Object(body)
}

/// What a linker PUT carries besides target, auth and client type: the options `create` and `update` both
/// send, in az's body shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkerSettings {
    /// `--vault-id`.
    pub vault_id: Option<String>,
    /// The source's `scope` (a container app's container, an AKS namespace).
    pub scope: Option<String>,
    /// `--appconfig-id`.
    pub appconfig_id: Option<String>,
    /// `--customized-keys`.
    pub customized_keys: Option<IndexMap<String, String>>,
    /// `--connstr-props`.
    pub connstr_props: Option<IndexMap<String, String>>,
    /// `--opt-out auth`: `authInfo.authMode` is `optOutAllAuth`.
    pub opt_out_auth: bool,
    /// `--opt-out configinfo`.
    pub opt_out_configinfo: bool,
    /// `--opt-out publicnetwork`.
    pub opt_out_public_network: bool,
}

impl LinkerSettings {
    /// Adds `secretStore`, `scope`, `publicNetworkSolution` and `configurationInfo` to `props`, in az's order.
    fn insert_into(&self, props: &mut Map<String, Value>) {
        let strings = |m: &IndexMap<String, String>| -> Value {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), json!(v))).collect())
        };
        let mut secret_store = Map::new();
        if let Some(v) = &self.vault_id {
            secret_store.insert("keyVaultId".into(), json!(v));
        }
        props.insert("secretStore".into(), Value::Object(secret_store));
        if let Some(scope) = &self.scope {
            props.insert("scope".into(), json!(scope));
        }
        let mut network = Map::new();
        if self.opt_out_public_network {
            network.insert("action".into(), json!("optOut"));
        }
        props.insert("publicNetworkSolution".into(), Value::Object(network));
        let mut config = Map::new();
        if self.opt_out_configinfo {
            config.insert("action".into(), json!("optOut"));
        }
        if let Some(keys) = &self.customized_keys {
            config.insert("customizedKeys".into(), strings(keys));
        }
        if let Some(props) = &self.connstr_props {
            config.insert(
                "additionalConnectionStringProperties".into(),
                strings(props),
            );
        }
        let mut store = Map::new();
        if let Some(v) = &self.appconfig_id {
            store.insert("appConfigurationId".into(), json!(v));
        }
        config.insert("configurationStore".into(), Value::Object(store));
        props.insert("configurationInfo".into(), Value::Object(config));
    }

    /// `auth` with `authMode: optOutAllAuth` after `authType` when the settings opt out of auth and `auth` has no
    /// mode yet (az keeps a mode the linker already has).
    pub fn with_auth_mode(&self, auth: Value) -> Value {
        let Value::Object(m) = auth else {
            return auth;
        };
        if !self.opt_out_auth || m.get("authMode").is_some_and(|v| !v.is_null()) {
            return Value::Object(m);
        }
        let mut out = Map::new();
        for (k, v) in m {
            let is_type = k == "authType";
            if k != "authMode" {
                out.insert(k, v);
            }
            if is_type {
                out.insert("authMode".into(), json!("optOutAllAuth"));
            }
        }
        Value::Object(out)
    }
}

/// A linker PUT on a source, as az 2.91 sends it (docs/az-behaviour.md, "Compute sources"): `create` names the target
/// and the new auth info; `update` sends the target service and virtual-network solution as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkerBody {
    pub target_service: Value,
    /// `None` when an updated linker has none.
    pub auth_info: Option<Value>,
    /// `none`, `python`, `dotnet-connectionString`, … (canonical case).
    pub client_type: Option<String>,
    pub v_net_solution: Option<Value>,
    pub settings: LinkerSettings,
}

impl LinkerBody {
    /// A new linker to the database `target_id`.
    pub fn create(
        target_id: &str,
        auth: &AuthInfo,
        client_type: String,
        settings: LinkerSettings,
    ) -> Self {
        LinkerBody {
            target_service: json!({"type": "AzureResource", "id": target_id}),
            auth_info: Some(auth.to_json()),
            client_type: Some(client_type),
            v_net_solution: None,
            settings,
        }
    }

    /// The PUT body, keys in az's order.
    pub fn to_json(&self) -> Value {
        let mut props = Map::new();
        props.insert("targetService".into(), self.target_service.clone());
        if let Some(auth) = &self.auth_info {
            props.insert(
                "authInfo".into(),
                self.settings.with_auth_mode(auth.clone()),
            );
        }
        if let Some(c) = &self.client_type {
            props.insert("clientType".into(), json!(c));
        }
        if let Some(v) = &self.v_net_solution {
            props.insert("vNetSolution".into(), v.clone());
        }
        self.settings.insert_into(&mut props);
        json!({"properties": Value::Object(props)})
    }
}

impl ArmClient {
    /// The linker PUT on a source, as a value (sent by [`ArmClient::linker_apply`], printed by `--dry-run`).
    pub fn source_linker_put_call(&self, path: &str, body: &LinkerBody) -> ArmCall {
        let body = body.to_json();
        self.put_call(path, LINKER_API_VERSION, &body, FinalState::OriginalUri)
    }

    /// `GET` a site or slot (`az webapp show`).
    pub async fn web_site(&self, id: &str) -> Result<Value, ArmError> {
        self.get_json(id, WEB_API_VERSION).await
    }

    /// `GET {site}/config/web`: the runtime stack (`linuxFxVersion`, `javaVersion`, …).
    pub async fn web_site_config(&self, id: &str) -> Result<Value, ArmError> {
        self.get_json(&format!("{id}/config/web"), WEB_API_VERSION)
            .await
    }

    /// `PUT` the site (or slot) with its system-assigned identity on, as `az webapp identity assign` does;
    /// returns the site ARM answered.
    pub async fn web_assign_system_identity(
        &self,
        id: &str,
        site: &Value,
    ) -> Result<Value, ArmError> {
        let body = identity_assign_body(site);
        let call = self.put_call(id, WEB_API_VERSION, &body, FinalState::OriginalUri);
        self.long_running_body(&call.request, call.final_state, id)
            .await
    }

    /// Every user-assigned identity of a subscription (`az identity list --subscription S`).
    pub async fn user_assigned_identities(
        &self,
        subscription: &str,
    ) -> Result<Vec<Value>, ArmError> {
        let path = format!(
            "/subscriptions/{subscription}/providers/Microsoft.ManagedIdentity/userAssignedIdentities"
        );
        self.list_json(&path, IDENTITY_API_VERSION).await
    }

    /// The linkers of a source (all pages).
    pub async fn source_linkers(&self, source_id: &str) -> Result<Vec<Value>, ArmError> {
        self.list_json(&linkers_path(source_id), LINKER_API_VERSION)
            .await
    }

    /// `POST {linker}/listConfigurations`: `{"configurations": [...]}`.
    pub async fn linker_list_configurations(&self, linker: &str) -> Result<Value, ArmError> {
        let path = format!("{linker}/listConfigurations");
        let url = self.arm_url(&path, LINKER_API_VERSION);
        let resp = self
            .send_ok(&self.arm_request(Method::POST, url.clone()), Some(linker))
            .await?;
        resp.json(&url)?.ok_or_else(|| ArmError::Decode {
            url,
            message: "the body is empty".to_owned(),
        })
    }

    /// `POST {linker}/validateLinker`; waits and returns the result (final state via `Location`).
    pub async fn linker_validate_on_source(&self, linker: &str) -> Result<Option<Value>, ArmError> {
        let url = self.arm_url(&format!("{linker}/validateLinker"), LINKER_API_VERSION);
        let req = self.arm_request(Method::POST, url);
        self.long_running(&req, FinalState::Location, Some(linker))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assign_body_keeps_the_site_and_user_identities() {
        let site = json!({"id": "x", "name": "app1", "kind": "app,linux", "location": "eastus", "tags": {},
            "properties": {"reserved": true},
            "identity": {"type": "UserAssigned", "userAssignedIdentities": {"/u/mi": {"principalId": "p"}}}});
        assert_eq!(
            identity_assign_body(&site).to_string(),
            r#"{"kind":"app,linux","location":"eastus","tags":{},"properties":{"reserved":true},"identity":{"type":"SystemAssigned, UserAssigned","userAssignedIdentities":{"/u/mi":{}}}}"#
        );
        let plain = json!({"kind": "app", "location": "eastus"});
        assert_eq!(
            identity_assign_body(&plain)["identity"],
            json!({"type": "SystemAssigned"})
        );
        let id = SiteIdentity::of(
            &json!({"identity": {"type": "SystemAssigned, UserAssigned", "principalId": "p1"}}),
        );
        assert!(id.system_assigned);
        assert_eq!(id.principal_id.as_deref(), Some("p1"));
    }
}
