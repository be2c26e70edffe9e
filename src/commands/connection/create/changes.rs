//! Everything a passwordless `create` changes, as values built once from what the lookups found: the Entra
//! PATCH, the administrator PUT, the role SQL and the connector PUT. The real run sends exactly these and
//! `--dry-run` prints exactly these, so the two cannot drift apart.

use super::lookup::{Facts, Found};
use super::plan::{Connection, PasswordlessPlan};
use super::source::{Grantee, Principal, Source};
use super::target::Server;
use crate::arm::{ArmCall, ArmClient};
use crate::error::Result;
use crate::pg::RolePlan;

/// The administrator PUT and the warning az prints before it.
#[derive(Debug, Clone)]
pub struct AdminChange {
    pub call: ArmCall,
    pub warning: String,
}

/// What the run will change, in order.
#[derive(Debug, Clone)]
pub struct Changes {
    /// Switches Entra authentication on (a flexible server with it off).
    pub enable_entra: Option<ArmCall>,
    /// Makes the signed-in identity the Entra administrator (when it is not one).
    pub set_admin: Option<AdminChange>,
    /// The PostgreSQL login the SQL runs as.
    pub login: String,
    /// The role SQL.
    pub role_plan: RolePlan,
    /// Whether a firewall rule added for the SQL stays afterwards.
    pub keeps_firewall_rule: bool,
    /// The connector PUT.
    pub connector: ArmCall,
}

/// What [`Changes::new`] is built from.
pub struct ChangeInputs<'a, S: Source> {
    pub source: &'a S,
    pub source_found: &'a S::Found,
    pub connection: &'a Connection,
    /// `--new`.
    pub new: bool,
    /// `--skip-ungrantable`.
    pub skip_ungrantable: bool,
    pub server: &'a Server,
    pub facts: &'a Facts,
    pub grantee: Grantee,
}

impl Changes {
    /// The changes of `plan`'s run, from what its lookups found and decided — as the real run sends them and
    /// `--dry-run` prints them.
    pub fn of<S: Source, P: Principal>(
        plan: &PasswordlessPlan<S, P>,
        arm: &ArmClient,
        found: &Found<S::Found, P::Found>,
        facts: &Facts,
    ) -> Result<Changes> {
        let grantee = plan.principal.grantee(
            &found.principal,
            &facts.admin_object_id,
            &plan.connection.role(),
        );
        Changes::new(
            arm,
            ChangeInputs {
                source: &plan.source,
                source_found: &found.source,
                connection: &plan.connection,
                new: plan.new,
                skip_ungrantable: plan.skip_ungrantable,
                server: &found.target.server,
                facts,
                grantee,
            },
        )
    }

    /// The changes for one run.
    pub fn new<S: Source>(arm: &ArmClient, inputs: ChangeInputs<'_, S>) -> Result<Changes> {
        let ChangeInputs {
            source,
            source_found,
            connection,
            new,
            skip_ungrantable,
            server,
            facts,
            grantee,
        } = inputs;
        let set_admin = if facts.existing_admin.is_some() {
            None
        } else {
            let (call, warning) = server.admin_call(arm, &connection.server_id(), facts);
            Some(AdminChange { call, warning })
        };
        // The administrator's login is the name sent in its PUT (az reads it back with one more GET).
        let admin_login = facts
            .existing_admin
            .clone()
            .unwrap_or_else(|| facts.login_username.clone());
        let role_plan = server
            .role_plan(connection, &grantee, new)?
            .skipping_ungrantable(skip_ungrantable);
        Ok(Changes {
            enable_entra: server.enable_entra_call(arm),
            set_admin,
            login: server.login(&admin_login, &connection.target.server),
            role_plan,
            keeps_firewall_rule: grantee.keeps_firewall_rule,
            connector: source.connector(arm, source_found, connection, grantee.auth_info),
        })
    }
}
