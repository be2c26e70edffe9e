//! Azure Database for PostgreSQL Flexible Server (`Microsoft.DBforPostgreSQL/flexibleServers`): server get and
//! Entra-auth PATCH, Entra administrators, databases, firewall rules — the calls az's passwordless flow makes
//! (docs/create.md), at the api-version az 2.91 sends.

use serde_json::{Value, json};

use super::lro::FinalState;
use super::postgres::string_at;
use super::{ArmCall, ArmClient, ArmError, Method, ResourceId};
use crate::server_kind::{PostgresApi, ServerKind};

/// Flexible servers' calls.
pub const API: PostgresApi = ServerKind::Flexible.api();
/// Their api-version.
pub const API_VERSION: &str = API.api_version;

/// `properties.authConfig` of a flexible server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthConfig {
    /// `Enabled` / `Disabled`.
    pub active_directory_auth: Option<String>,
    pub password_auth: Option<String>,
    pub tenant_id: Option<String>,
}

/// A flexible server with the fields azconn reads, and the body as sent.
#[derive(Debug, Clone, PartialEq)]
pub struct FlexibleServer {
    pub id: String,
    pub name: String,
    pub location: String,
    pub auth_config: AuthConfig,
    /// `properties.network.publicNetworkAccess` (`Enabled` / `Disabled`).
    pub public_network_access: Option<String>,
    pub fully_qualified_domain_name: Option<String>,
    pub raw: Value,
}

/// One Entra administrator (`.../administrators/{objectId}`).
#[derive(Debug, Clone, PartialEq)]
pub struct FlexibleAdmin {
    pub object_id: Option<String>,
    pub principal_name: Option<String>,
    /// `User`, `Group` or `ServicePrincipal`.
    pub principal_type: Option<String>,
    pub tenant_id: Option<String>,
    /// The resource name (the object id).
    pub name: Option<String>,
    pub raw: Value,
}

impl FlexibleServer {
    /// Reads a server body.
    pub fn from_json(raw: Value) -> FlexibleServer {
        FlexibleServer {
            id: string_at(&raw, &["id"]).unwrap_or_default(),
            name: string_at(&raw, &["name"]).unwrap_or_default(),
            location: string_at(&raw, &["location"]).unwrap_or_default(),
            auth_config: AuthConfig {
                active_directory_auth: string_at(
                    &raw,
                    &["properties", "authConfig", "activeDirectoryAuth"],
                ),
                password_auth: string_at(&raw, &["properties", "authConfig", "passwordAuth"]),
                tenant_id: string_at(&raw, &["properties", "authConfig", "tenantId"]),
            },
            public_network_access: string_at(
                &raw,
                &["properties", "network", "publicNetworkAccess"],
            ),
            fully_qualified_domain_name: string_at(
                &raw,
                &["properties", "fullyQualifiedDomainName"],
            ),
            raw,
        }
    }

    /// Whether Entra authentication is on.
    pub fn entra_auth_enabled(&self) -> bool {
        self.auth_config
            .active_directory_auth
            .as_deref()
            .is_some_and(|v| v.eq_ignore_ascii_case("Enabled"))
    }
}

impl FlexibleAdmin {
    /// Reads an administrator body (properties flattened like az's output).
    pub fn from_json(raw: Value) -> FlexibleAdmin {
        FlexibleAdmin {
            object_id: string_at(&raw, &["properties", "objectId"])
                .or_else(|| string_at(&raw, &["name"])),
            principal_name: string_at(&raw, &["properties", "principalName"]),
            principal_type: string_at(&raw, &["properties", "principalType"]),
            tenant_id: string_at(&raw, &["properties", "tenantId"]),
            name: string_at(&raw, &["name"]),
            raw,
        }
    }
}

impl ArmClient {
    /// `GET .../flexibleServers/{s}`.
    pub async fn flexible_server(&self, server: &ResourceId) -> Result<FlexibleServer, ArmError> {
        Ok(FlexibleServer::from_json(
            self.postgres_server(API, server).await?,
        ))
    }

    /// The PATCH of `properties.authConfig` that enables Entra auth, password auth and tenant kept as they
    /// are. Only properties with a value are sent, as az's SDK serialises the model (the spec's `tenantId` is
    /// not nullable). The server is not read again after the operation (az's SDK does; nothing needs it, and
    /// it would cost a round trip: docs/benchmarks.md).
    pub fn flexible_enable_entra_auth_call(&self, server: &FlexibleServer) -> ArmCall {
        let mut auth_config = serde_json::Map::new();
        auth_config.insert("activeDirectoryAuth".into(), json!("Enabled"));
        auth_config.insert(
            "passwordAuth".into(),
            json!(
                server
                    .auth_config
                    .password_auth
                    .as_deref()
                    .unwrap_or("Enabled")
            ),
        );
        if let Some(tenant) = &server.auth_config.tenant_id {
            auth_config.insert("tenantId".into(), json!(tenant));
        }
        let body = json!({"properties": {"authConfig": auth_config}});
        ArmCall {
            request: self
                .arm_request(Method::PATCH, self.arm_url(&server.id, API_VERSION))
                .json(&body),
            resource: server.id.clone(),
            final_state: FinalState::None,
        }
    }

    /// Enables Entra auth ([`Self::flexible_enable_entra_auth_call`]) and waits for the operation.
    pub async fn flexible_enable_entra_auth(
        &self,
        server: &FlexibleServer,
    ) -> Result<(), ArmError> {
        self.apply(&self.flexible_enable_entra_auth_call(server))
            .await
            .map(|_| ())
    }

    /// `GET .../administrators` (all pages).
    pub async fn flexible_admins(
        &self,
        server: &ResourceId,
    ) -> Result<Vec<FlexibleAdmin>, ArmError> {
        let admins = self.postgres_admins(API, server).await?;
        Ok(admins.into_iter().map(FlexibleAdmin::from_json).collect())
    }

    /// `PUT .../administrators/{objectId}` with principalName, tenantId and principalType (`User`,
    /// `ServicePrincipal`, `Group`); the administrator's `principalName` is the one sent.
    pub fn flexible_put_admin_call(
        &self,
        server: &ResourceId,
        object_id: &str,
        principal_name: &str,
        principal_type: &str,
        tenant_id: &str,
    ) -> ArmCall {
        let body = json!({"properties": {"principalName": principal_name, "tenantId": tenant_id, "principalType": principal_type}});
        self.postgres_put_admin_call(API, server, object_id, &body)
    }
}
