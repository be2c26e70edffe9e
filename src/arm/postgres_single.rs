//! Azure Database for PostgreSQL Single Server (`Microsoft.DBforPostgreSQL/servers`, api-version 2017-12-01):
//! server get, the `activeDirectory` administrator, databases, firewall rules (docs/create.md).

use serde_json::{Value, json};

use super::postgres::string_at;
use super::{ArmCall, ArmClient, ArmError, ResourceId};
use crate::server_kind::{PostgresApi, ServerKind};

/// Single servers' calls.
pub const API: PostgresApi = ServerKind::Single.api();
/// Their api-version.
pub const API_VERSION: &str = API.api_version;

/// A single server with the fields azconn reads.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleServer {
    pub id: String,
    pub name: String,
    pub location: String,
    /// `properties.publicNetworkAccess`.
    pub public_network_access: Option<String>,
    pub fully_qualified_domain_name: Option<String>,
    pub raw: Value,
}

/// An Entra administrator of a single server.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleAdmin {
    pub login: Option<String>,
    /// The object id.
    pub sid: Option<String>,
    pub tenant_id: Option<String>,
    pub administrator_type: Option<String>,
    pub raw: Value,
}

impl SingleServer {
    /// Reads a server body.
    pub fn from_json(raw: Value) -> SingleServer {
        SingleServer {
            id: string_at(&raw, &["id"]).unwrap_or_default(),
            name: string_at(&raw, &["name"]).unwrap_or_default(),
            location: string_at(&raw, &["location"]).unwrap_or_default(),
            public_network_access: string_at(&raw, &["properties", "publicNetworkAccess"]),
            fully_qualified_domain_name: string_at(
                &raw,
                &["properties", "fullyQualifiedDomainName"],
            ),
            raw,
        }
    }
}

impl SingleAdmin {
    /// Reads an administrator body.
    pub fn from_json(raw: Value) -> SingleAdmin {
        SingleAdmin {
            login: string_at(&raw, &["properties", "login"]),
            sid: string_at(&raw, &["properties", "sid"]),
            tenant_id: string_at(&raw, &["properties", "tenantId"]),
            administrator_type: string_at(&raw, &["properties", "administratorType"]),
            raw,
        }
    }
}

impl ArmClient {
    /// `GET .../servers/{s}`.
    pub async fn single_server(&self, server: &ResourceId) -> Result<SingleServer, ArmError> {
        Ok(SingleServer::from_json(
            self.postgres_server(API, server).await?,
        ))
    }

    /// `GET .../servers/{s}/administrators`.
    pub async fn single_admins(&self, server: &ResourceId) -> Result<Vec<SingleAdmin>, ArmError> {
        let admins = self.postgres_admins(API, server).await?;
        Ok(admins.into_iter().map(SingleAdmin::from_json).collect())
    }

    /// `PUT .../administrators/activeDirectory` (`administratorType` `ActiveDirectory`).
    pub fn single_put_admin_call(
        &self,
        server: &ResourceId,
        login: &str,
        sid: &str,
        tenant_id: &str,
    ) -> ArmCall {
        let body = json!({"properties": {"administratorType": "ActiveDirectory", "login": login, "sid": sid, "tenantId": tenant_id}});
        self.postgres_put_admin_call(API, server, "activeDirectory", &body)
    }
}
