//! The target seam: what differs between the server kinds a connection targets (Flexible Server, Single
//! Server) — how the server and its Entra administrators are read, whether Entra authentication must be
//! switched on, the administrator's PUT, the PostgreSQL login and the role SQL. The flow asks a [`Server`]
//! and never matches on the kind itself.

use super::fail::at_step;
use super::lookup::Facts;
use super::plan::Connection;
use super::source::Grantee;
use crate::arm::postgres_flexible::{FlexibleAdmin, FlexibleServer};
use crate::arm::postgres_single::{SingleAdmin, SingleServer};
use crate::arm::{ArmCall, ArmClient, ResourceId};
use crate::auth::PrincipalKind;
use crate::error::{Error, Result};
use crate::pg::{self, RolePlan};
use crate::server_kind::ServerKind;

/// A flexible or single server as read from ARM.
#[derive(Debug, Clone)]
pub enum Server {
    Flexible(FlexibleServer),
    Single(SingleServer),
}

/// An Entra administrator of either server kind: its object id and the name it logs in with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin {
    pub object_id: Option<String>,
    pub login: Option<String>,
}

impl From<&FlexibleAdmin> for Admin {
    fn from(a: &FlexibleAdmin) -> Self {
        Admin {
            object_id: a.object_id.clone(),
            login: a.principal_name.clone(),
        }
    }
}

impl From<&SingleAdmin> for Admin {
    fn from(a: &SingleAdmin) -> Self {
        Admin {
            object_id: a.sid.clone(),
            login: a.login.clone(),
        }
    }
}

/// What the target's reads found.
#[derive(Debug, Clone)]
pub struct TargetFound {
    pub server: Server,
    pub admins: Vec<Admin>,
}

/// Reads the target server, its administrators and (where az checks it that way) the database, concurrently;
/// errors in az's order: the database, the server, the administrators.
pub async fn look_up(connection: &Connection, arm: &ArmClient) -> Result<TargetFound> {
    let server_id = connection.server_id();
    let database = async {
        match connection.kind {
            // az checks `postgres` with a server GET (a db GET of it fails); the server lookup covers it.
            ServerKind::Flexible
                if connection.target.database == pg::role::FLEXIBLE_ADMIN_DATABASE =>
            {
                Ok(())
            }
            ServerKind::Flexible | ServerKind::Single => arm
                .postgres_database(connection.api(), &server_id, &connection.target.database)
                .await
                .map(|_| ()),
        }
    };
    let server = async {
        match connection.kind {
            ServerKind::Flexible => arm.flexible_server(&server_id).await.map(Server::Flexible),
            ServerKind::Single => arm.single_server(&server_id).await.map(Server::Single),
        }
    };
    let admins = async {
        match connection.kind {
            ServerKind::Flexible => arm
                .flexible_admins(&server_id)
                .await
                .map(|v| v.iter().map(Admin::from).collect::<Vec<_>>()),
            ServerKind::Single => arm
                .single_admins(&server_id)
                .await
                .map(|v| v.iter().map(Admin::from).collect::<Vec<_>>()),
        }
    };
    let (database, server, admins) = tokio::join!(database, server, admins);
    database.map_err(at_step("reading the database"))?;
    Ok(TargetFound {
        server: server.map_err(at_step("reading the server"))?,
        admins: admins.map_err(at_step("reading the Microsoft Entra administrators"))?,
    })
}

impl Server {
    /// Whether Entra authentication is on (Single Server has no switch; az's handler does nothing there).
    pub fn entra_enabled(&self) -> bool {
        match self {
            Server::Flexible(s) => s.entra_auth_enabled(),
            Server::Single(_) => true,
        }
    }

    /// Whether the server refuses connections from public networks.
    pub fn public_access_disabled(&self) -> bool {
        let access = match self {
            Server::Flexible(s) => s.public_network_access.as_deref(),
            Server::Single(s) => s.public_network_access.as_deref(),
        };
        access.is_some_and(|a| a.eq_ignore_ascii_case("Disabled"))
    }

    /// The host name ARM reports, if any.
    pub fn fqdn(&self) -> Option<&str> {
        match self {
            Server::Flexible(s) => s.fully_qualified_domain_name.as_deref(),
            Server::Single(s) => s.fully_qualified_domain_name.as_deref(),
        }
        .filter(|f| !f.is_empty())
    }

    /// az's error when no object id is known for the administrator.
    pub fn no_admin_error(&self, login_username: &str) -> Error {
        match self {
            Server::Flexible(_) => Error::runtime(format!(
                "No Microsoft Entra admin found with name {login_username}. Please set current user as Microsoft Entra admin and try again."
            )),
            Server::Single(_) => Error::runtime(
                "No Microsoft Entra admin found. Please set current user as Microsoft Entra admin and try again.",
            ),
        }
    }

    /// The PATCH that switches Entra authentication on, when it is off.
    pub fn enable_entra_call(&self, arm: &ArmClient) -> Option<ArmCall> {
        match self {
            Server::Flexible(s) if !s.entra_auth_enabled() => {
                Some(arm.flexible_enable_entra_auth_call(s))
            }
            Server::Flexible(_) | Server::Single(_) => None,
        }
    }

    /// The PUT that makes the signed-in identity the Entra administrator, and the warning az prints before it.
    pub fn admin_call(
        &self,
        arm: &ArmClient,
        server_id: &ResourceId,
        facts: &Facts,
    ) -> (ArmCall, String) {
        match self {
            Server::Flexible(_) => (
                arm.flexible_put_admin_call(
                    server_id,
                    &facts.admin_object_id,
                    &facts.login_username,
                    principal_type(facts.login_kind),
                    &facts.tenant_id,
                ),
                "Set current user as DB Server Microsoft Entra Administrators.".to_owned(),
            ),
            Server::Single(_) => (
                arm.single_put_admin_call(
                    server_id,
                    &facts.login_username,
                    &facts.admin_object_id,
                    &facts.tenant_id,
                ),
                format!(
                    "Setting current user as database server Microsoft Entra admin: user={} object id={}",
                    facts.login_username, facts.admin_object_id
                ),
            ),
        }
    }

    /// The PostgreSQL login of administrator `admin` (Single Server appends `@server`).
    pub fn login(&self, admin: &str, server_name: &str) -> String {
        match self {
            Server::Flexible(_) => admin.to_owned(),
            Server::Single(_) => format!("{admin}@{server_name}"),
        }
    }

    /// The role SQL for `grantee`.
    pub fn role_plan(
        &self,
        connection: &Connection,
        grantee: &Grantee,
        new: bool,
    ) -> Result<RolePlan> {
        let role = connection.role();
        let database = &connection.target.database;
        Ok(match self {
            Server::Flexible(_) => RolePlan::flexible(
                &role,
                database,
                &grantee.object_id,
                grantee.principal_type,
                new,
            )?,
            Server::Single(_) => RolePlan::single(&role, database, &grantee.single_password, new)?,
        })
    }

    /// Whether the role script can be run by hand as it is (Single Server: one database).
    pub fn script_runs_as_is(&self) -> bool {
        matches!(self, Server::Single(_))
    }
}

/// `principalType` of a flexible server administrator.
fn principal_type(kind: PrincipalKind) -> &'static str {
    match kind {
        PrincipalKind::User => "User",
        PrincipalKind::ServicePrincipal => "ServicePrincipal",
    }
}
