//! `delete --drop-role`: find the connection's PostgreSQL role (`aad_<connection>`) and the server and
//! database it was granted on (from the connector's `targetService.id`), then revoke and drop it as the Entra
//! admin with an `oss-rdbms` token. Only roles of Entra-based connections are dropped (a `secret` connection
//! names a password user azconn did not create).

use super::connector_ref::ConnectorRef;
use super::context::Session;
use crate::arm::ResourceId;
use crate::error::{Error, Result};

/// Which PostgreSQL holds the role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerFlavor {
    /// `Microsoft.DBforPostgreSQL/flexibleServers`.
    Flexible,
    /// `Microsoft.DBforPostgreSQL/servers` (Single Server).
    Single,
}

/// Where the role lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleTarget {
    pub flavor: ServerFlavor,
    pub subscription: String,
    pub resource_group: String,
    pub server: String,
    pub database: String,
    /// `aad_<connection>`.
    pub role: String,
}

/// Auth types whose role azconn (and az's passwordless extension) creates.
const ENTRA_AUTH_TYPES: &[&str] = &[
    "userAccount",
    "servicePrincipalSecret",
    "systemAssignedIdentity",
    "userAssignedIdentity",
];

/// Reads the role target from a connector's wire JSON.
pub fn role_target(connection: &str, wire: &serde_json::Value) -> Result<RoleTarget> {
    let props = wire.get("properties");
    let auth_type = props
        .and_then(|p| p.get("authInfo"))
        .and_then(|a| a.get("authType"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    if !ENTRA_AUTH_TYPES.contains(&auth_type) {
        return Err(Error::runtime(format!(
            "Connection `{connection}` uses `{auth_type}` auth; --drop-role only drops the `aad_{connection}` role of an Entra ID (passwordless) connection. Nothing was deleted."
        )));
    }
    let target = props
        .and_then(|p| p.get("targetService"))
        .and_then(|t| t.get("id"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    let not_pg = || {
        Error::runtime(format!(
            "Connection `{connection}` does not target an Azure Database for PostgreSQL database ({target}); --drop-role cannot be used. Nothing was deleted."
        ))
    };
    let id = ResourceId::parse(target).map_err(|_| not_pg())?;
    let ns_ok = id
        .namespace
        .as_deref()
        .is_some_and(|n| n.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL"));
    let (flavor, server, database) = match id.types.as_slice() {
        [(t1, server), (t2, db)] if ns_ok && t2.eq_ignore_ascii_case("databases") => {
            let flavor = if t1.eq_ignore_ascii_case("flexibleServers") {
                ServerFlavor::Flexible
            } else if t1.eq_ignore_ascii_case("servers") {
                ServerFlavor::Single
            } else {
                return Err(not_pg());
            };
            (flavor, server.clone(), db.clone())
        }
        _ => return Err(not_pg()),
    };
    Ok(RoleTarget {
        flavor,
        subscription: id.subscription.clone(),
        resource_group: id.resource_group.clone().unwrap_or_default(),
        server,
        database,
        role: format!("aad_{connection}"),
    })
}

/// The `--dry-run` text for the role part.
pub async fn plan_text(session: &Session, target: &ConnectorRef) -> Result<String> {
    let wire = session.arm()?.linker_get(&target.path()).await?;
    let role = role_target(&target.name, &wire)?;
    Ok(format!(
        "Would drop role \"{}\" in database \"{}\" of server {} (revoking its grants first)\n",
        role.role, role.database, role.server
    ))
}

/// Drops the role of `target` (before the connector is deleted).
pub async fn drop_connection_role(session: &Session, target: &ConnectorRef) -> Result<()> {
    let wire = session.arm()?.linker_get(&target.path()).await?;
    let _role = role_target(&target.name, &wire)?;
    Err(Error::NotImplemented(
        "connection delete --drop-role".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn wire(auth: &str, target: &str) -> serde_json::Value {
        json!({"properties": {"authInfo": {"authType": auth}, "targetService": {"type": "AzureResource", "id": target}}})
    }

    #[test]
    fn targets() {
        let t = role_target(
            "conn1",
            &wire(
                "userAccount",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo",
            ),
        )
        .expect("flexible");
        assert_eq!(
            t,
            RoleTarget {
                flavor: ServerFlavor::Flexible,
                subscription: "s".into(),
                resource_group: "rg".into(),
                server: "srv".into(),
                database: "demo".into(),
                role: "aad_conn1".into()
            }
        );
        let t = role_target(
            "c",
            &wire(
                "servicePrincipalSecret",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/old/databases/db",
            ),
        )
        .expect("single");
        assert_eq!(t.flavor, ServerFlavor::Single);
        assert!(role_target("c", &wire("secret", "/x")).is_err());
        assert!(
            role_target(
                "c",
                &wire(
                    "userAccount",
                    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/x/databases/db"
                )
            )
            .is_err()
        );
    }
}
