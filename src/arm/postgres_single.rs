//! Azure Database for PostgreSQL Single Server (`Microsoft.DBforPostgreSQL/servers`, api-version 2017-12-01):
//! server get, the `activeDirectory` administrator, databases, firewall rules (reference §2.4).

use serde_json::{Value, json};

use super::postgres::firewall_rule_body;
use super::{ArmClient, ArmError, ResourceId};

/// Single Server's api-version.
pub const API_VERSION: &str = "2017-12-01";

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

fn prop(v: &Value, k: &str) -> Option<String> {
    v.get("properties")
        .and_then(|p| p.get(k))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn top(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

impl SingleServer {
    /// Reads a server body.
    pub fn from_json(raw: Value) -> SingleServer {
        SingleServer {
            id: top(&raw, "id"),
            name: top(&raw, "name"),
            location: top(&raw, "location"),
            public_network_access: prop(&raw, "publicNetworkAccess"),
            fully_qualified_domain_name: prop(&raw, "fullyQualifiedDomainName"),
            raw,
        }
    }
}

impl SingleAdmin {
    /// Reads an administrator body.
    pub fn from_json(raw: Value) -> SingleAdmin {
        SingleAdmin {
            login: prop(&raw, "login"),
            sid: prop(&raw, "sid"),
            tenant_id: prop(&raw, "tenantId"),
            administrator_type: prop(&raw, "administratorType"),
            raw,
        }
    }
}

/// The id of a single server.
pub fn server_id(subscription: &str, resource_group: &str, server: &str) -> ResourceId {
    ResourceId::resource(
        subscription,
        resource_group,
        super::postgres_flexible::NAMESPACE,
        &[("servers", server)],
    )
}

impl ArmClient {
    /// `GET .../servers/{s}`.
    pub async fn single_server(&self, server: &ResourceId) -> Result<SingleServer, ArmError> {
        Ok(SingleServer::from_json(
            self.get_json(&server.to_string(), API_VERSION).await?,
        ))
    }

    /// `GET .../servers/{s}/administrators`.
    pub async fn single_admins(&self, server: &ResourceId) -> Result<Vec<SingleAdmin>, ArmError> {
        Ok(self
            .list_server_children(server, "administrators", API_VERSION)
            .await?
            .into_iter()
            .map(SingleAdmin::from_json)
            .collect())
    }

    /// `PUT .../administrators/activeDirectory` (`administratorType` `ActiveDirectory`), waiting for the operation.
    pub async fn single_put_admin(
        &self,
        server: &ResourceId,
        login: &str,
        sid: &str,
        tenant_id: &str,
    ) -> Result<(), ArmError> {
        let body = json!({"properties": {"administratorType": "ActiveDirectory", "login": login, "sid": sid, "tenantId": tenant_id}});
        self.put_server_child(
            server,
            "administrators",
            "activeDirectory",
            &body,
            API_VERSION,
        )
        .await
    }

    /// `GET .../servers/{s}/databases/{db}`.
    pub async fn single_database(
        &self,
        server: &ResourceId,
        database: &str,
    ) -> Result<Value, ArmError> {
        self.get_server_child(server, "databases", database, API_VERSION)
            .await
    }

    /// `PUT .../servers/{s}/firewallRules/{rule}`, waiting for the operation.
    pub async fn single_put_firewall_rule(
        &self,
        server: &ResourceId,
        rule: &str,
        start_ip: &str,
        end_ip: &str,
    ) -> Result<(), ArmError> {
        let body = firewall_rule_body(start_ip, end_ip);
        self.put_server_child(server, "firewallRules", rule, &body, API_VERSION)
            .await
    }

    /// `DELETE .../servers/{s}/firewallRules/{rule}`, waiting for the operation.
    pub async fn single_delete_firewall_rule(
        &self,
        server: &ResourceId,
        rule: &str,
    ) -> Result<(), ArmError> {
        self.delete_server_child(server, "firewallRules", rule, API_VERSION)
            .await
    }
}
