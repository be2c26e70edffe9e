//! `delete --drop-role`: find the connection's PostgreSQL role (`aad_<connection>`) and the server and
//! database it was granted on (from the connector's `targetService.id`), then revoke and drop it as the Entra
//! admin with an `oss-rdbms` token. Only roles of Entra-based connections are dropped (a `secret` connection
//! names a password user azconn did not create).

use super::connector_ref::ConnectorRef;
use crate::arm::{ResourceId, postgres};
use crate::auth::TokenRequest;
use crate::commands::azure::Azure;
use crate::error::{Error, Result};
use crate::output::log;
use crate::pg;
use crate::server_kind::{NAMESPACE, ServerKind};
use crate::settings::cloud::scope_for_resource;

/// Where the role lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleTarget {
    pub kind: ServerKind,
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
        .is_some_and(|n| n.eq_ignore_ascii_case(NAMESPACE));
    let (kind, server, database) = match id.types.as_slice() {
        [(t1, server), (t2, db)] if ns_ok && t2.eq_ignore_ascii_case("databases") => {
            let kind = ServerKind::from_resource_type(t1).ok_or_else(not_pg)?;
            (kind, server.clone(), db.clone())
        }
        _ => return Err(not_pg()),
    };
    Ok(RoleTarget {
        kind,
        subscription: id.subscription.clone(),
        resource_group: id.resource_group.clone().unwrap_or_default(),
        server,
        database,
        role: format!("aad_{connection}"),
    })
}

/// The Entra login the SQL runs as, as az's extension picks it: Flexible → the `principalName` of the admin
/// whose object id is the signed-in identity's (else the signed-in name); Single → `login@server` of the
/// Entra admin (else the signed-in name `@server`).
async fn admin_login(azure: &Azure, role: &RoleTarget) -> Result<String> {
    let arm = azure.arm()?;
    let me = arm.signed_in_identity().await?;
    let fallback = || {
        me.name.clone().ok_or_else(|| {
            Error::runtime("Unable to tell who is signed in (no user name in the token); cannot log in to PostgreSQL.")
        })
    };
    let server = postgres::server_id(
        role.kind,
        &role.subscription,
        &role.resource_group,
        &role.server,
    );
    match role.kind {
        ServerKind::Flexible => {
            let admins = arm.flexible_admins(&server).await?;
            let matched = admins
                .iter()
                .find(|a| a.object_id.is_some() && a.object_id == me.object_id)
                .and_then(|a| a.principal_name.clone());
            matched.map_or_else(fallback, Ok)
        }
        ServerKind::Single => {
            let admins = arm.single_admins(&server).await?;
            let login = admins
                .iter()
                .find_map(|a| a.login.clone())
                .map_or_else(fallback, Ok)?;
            Ok(format!("{login}@{}", role.server))
        }
    }
}

/// The `--dry-run` text for the role part (reads the connector, the admins and who is signed in; changes
/// nothing).
pub async fn plan_text(azure: &Azure, target: &ConnectorRef) -> Result<String> {
    let wire = azure.arm()?.linker_get(&target.path()).await?;
    let role = role_target(&target.name, &wire)?;
    let login = admin_login(azure, &role).await?;
    let host = format!(
        "{}{}",
        role.server,
        azure.settings()?.cloud.postgresql_suffix()?
    );
    let plan = pg::DropPlan::new(role.kind, &role.role, &role.database)?;
    Ok(format!(
        "Would drop role \"{}\" on {host} as {login} (database \"{}\"):\n{}",
        role.role,
        role.database,
        plan.script()
    ))
}

/// Drops the role of `target` (before the connector is deleted). A role that does not exist is not an
/// error (a warning says so): it may have been dropped by hand.
pub async fn drop_connection_role(azure: &Azure, target: &ConnectorRef) -> Result<()> {
    let arm = azure.arm()?;
    let wire = arm.linker_get(&target.path()).await?;
    let role = role_target(&target.name, &wire)?;
    let login = admin_login(azure, &role).await?;
    let settings = azure.settings()?;
    let host = format!("{}{}", role.server, settings.cloud.postgresql_suffix()?);
    let scope = scope_for_resource(settings.cloud.ossrdbms_audience()?);
    let subscription = azure.subscription().ok();
    let token = azure
        .tokens()?
        .get_token(&TokenRequest::new(scope, subscription.as_ref()))
        .await?;
    let plan = pg::DropPlan::new(role.kind, &role.role, &role.database)?;
    let connector = pg::PgConnector::from_env()?;
    let server = pg::ServerLogin {
        host: host.clone(),
        user: login,
    };
    let outcome = pg::drop_role(&plan, &connector, &server, &token.token).await?;
    if outcome.dropped {
        log::info(&format!("Dropped role \"{}\" on {host}", role.role));
    } else {
        log::warning(&format!(
            "Role \"{}\" does not exist on {host}; nothing to drop.",
            role.role
        ));
    }
    Ok(())
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
                kind: ServerKind::Flexible,
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
        assert_eq!(t.kind, ServerKind::Single);
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
