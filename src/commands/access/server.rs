//! Reaching one server as a Microsoft Entra administrator: Entra authentication on and the signed-in
//! identity an administrator (`apply` makes them so, asking as `connection create` does; `plan` only says
//! so), one oss-rdbms token, and sessions opened through the firewall — when the server rejects this machine, a
//! temporary rule for exactly the address it reports, removed again by [`Reach::finish`].
//!
//! Three steps, so that nothing changes before every question is answered: [`look`] reads (every server
//! concurrently), [`ask`] asks (one question at a time, nothing else running), [`reach`] changes.

use tokio::sync::Mutex;

use super::Env;
use super::file::ServerScope;
use crate::arm::postgres_flexible::FlexibleServer;
use crate::arm::postgres_single::SingleServer;
use crate::arm::{ArmClient, ResourceId, postgres};
use crate::auth::{Identity, PrincipalKind, Secret};
use crate::commands::connection::create::{confirm_entra, fail::at_step};
use crate::error::{Error, Result};
use crate::output::log;
use crate::pg::{PgConnector, PgError, PgSession as Session, ServerLogin};
use crate::server_kind::ServerKind;

/// What the run may change to reach a server.
#[derive(Debug, Clone, Copy)]
pub struct Prepare {
    /// `apply`: turn Entra authentication on and make the signed-in identity an administrator.
    pub change: bool,
    /// `--yes`.
    pub yes: bool,
}

/// A server as ARM describes it.
enum Found {
    Flexible(FlexibleServer),
    /// Single Server always allows Entra logins.
    Single(SingleServer),
}

/// A server as read, before anything changes: what `apply` must do before it can log in.
pub struct Looked<'a> {
    pub scope: &'a ServerScope,
    server_id: ResourceId,
    found: Found,
    /// The administrators: role name (Flexible `principalName`, Single `login`) and object id.
    admins: Vec<(Option<String>, Option<String>)>,
    /// The signed-in identity's administrator login; `None`: `apply` makes it an administrator.
    login: Option<String>,
}

impl Looked<'_> {
    /// Microsoft Entra authentication is off: `apply` turns it on, after asking.
    pub fn entra_off(&self) -> bool {
        match &self.found {
            Found::Flexible(s) => !s.entra_auth_enabled(),
            Found::Single(_) => false,
        }
    }
}

/// A server the run can open sessions on.
pub struct Reach<'a> {
    pub scope: &'a ServerScope,
    pub server_id: ResourceId,
    /// The roles the server's Entra administrators log in as.
    pub admin_roles: Vec<String>,
    arm: &'a ArmClient,
    connector: &'a PgConnector,
    login: ServerLogin,
    token: Secret,
    /// The temporary firewall rule this run added, if any.
    rule: Mutex<Option<String>>,
}

/// The server id of a scope entry.
pub fn server_id(scope: &ServerScope, default_subscription: &str) -> ResourceId {
    let subscription = scope
        .subscription
        .as_deref()
        .unwrap_or(default_subscription);
    postgres::server_id(scope.kind, subscription, &scope.resource_group, &scope.name)
}

/// Reads a server and its administrators; changes nothing. Without `change` (plan, list), a server `apply` would
/// have to change first is an error saying what `apply` would do.
pub async fn look<'a>(scope: &'a ServerScope, env: &Env<'_>, change: bool) -> Result<Looked<'a>> {
    let server_id = server_id(scope, &env.subscription);
    let arm = env.arm;
    let at = |e: crate::arm::ArmError| at_server(scope, e.into());
    let (found, admins) = match scope.kind {
        ServerKind::Flexible => {
            let (server, admins) = tokio::join!(
                arm.flexible_server(&server_id),
                arm.flexible_admins(&server_id)
            );
            let admins = admins.map_err(at)?.into_iter();
            (
                Found::Flexible(server.map_err(at)?),
                admins.map(|a| (a.principal_name, a.object_id)).collect(),
            )
        }
        ServerKind::Single => {
            let (server, admins) =
                tokio::join!(arm.single_server(&server_id), arm.single_admins(&server_id));
            let admins = admins.map_err(at)?.into_iter();
            (
                Found::Single(server.map_err(at)?),
                admins.map(|a| (a.login, a.sid)).collect::<Vec<_>>(),
            )
        }
    };
    let (oid, login_name) = signed_in(&env.identity)?;
    let entra_off = matches!(&found, Found::Flexible(s) if !s.entra_auth_enabled());
    if entra_off && !change {
        return Err(Error::runtime(format!(
            "Microsoft Entra authentication is off on server {}; `azconn access apply` turns it on (the server may restart).",
            scope.name
        )));
    }
    let login = admins
        .iter()
        .find(|(_, o)| o.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(oid)))
        .map(|(name, _)| name.clone().unwrap_or(login_name.to_owned()));
    if login.is_none() && !change {
        return Err(Error::runtime(format!(
            "The signed-in identity ({login_name}) is not a Microsoft Entra administrator of server {}; `azconn access apply` makes it one.",
            scope.name
        )));
    }
    Ok(Looked {
        scope,
        server_id,
        found,
        admins,
        login,
    })
}

/// The signed-in identity's object id and login name.
fn signed_in(identity: &Identity) -> Result<(&str, &str)> {
    let oid = identity.object_id.as_deref().ok_or_else(|| {
        Error::runtime("The signed-in identity has no object id in its token. Please run 'az login' to setup account.")
    })?;
    let name = identity.name.as_deref().ok_or_else(|| {
        Error::runtime("The signed-in identity has no user name or app id in its token. Please run 'az login' to setup account.")
    })?;
    Ok((oid, name))
}

/// Asks every question `apply` needs answered, before anything changes on any server: one at a time, in file
/// order, naming the server (servers are looked at concurrently, but asked about here, alone).
pub fn ask(looked: &[Looked], yes: bool) -> Result<()> {
    for l in looked.iter().filter(|l| l.entra_off()) {
        if !yes {
            log::warning(&format!(
                "Microsoft Entra authentication is off on server {} ({}).",
                l.scope.name, l.scope.at
            ));
        }
        confirm_entra(yes)?;
    }
    Ok(())
}

/// Gets a server ready, after every question was answered: turns Entra on and makes the signed-in identity an
/// administrator where [`look`] found it needed.
pub async fn reach<'a>(looked: Looked<'a>, env: &'a Env<'a>) -> Result<Reach<'a>> {
    let Looked {
        scope,
        server_id,
        found,
        admins,
        login,
    } = looked;
    let arm = env.arm;
    if let Found::Flexible(server) = &found
        && !server.entra_auth_enabled()
    {
        log::warning(&format!(
            "Enabling Microsoft Entra authentication on {}...",
            scope.name
        ));
        arm.apply(&arm.flexible_enable_entra_auth_call(server))
            .await
            .map_err(at_step("enabling Microsoft Entra authentication"))?;
    }
    let mut admin_roles: Vec<String> = admins.into_iter().filter_map(|(name, _)| name).collect();
    let login = if let Some(l) = login {
        l
    } else {
        let (oid, login_name) = signed_in(&env.identity)?;
        log::warning(&format!(
            "Set current user as DB Server Microsoft Entra Administrators of {}.",
            scope.name
        ));
        let tenant = env.identity.tenant_id.clone().unwrap_or_default();
        let call = match &found {
            Found::Flexible(_) => {
                let kind = match env.identity.kind {
                    PrincipalKind::User => "User",
                    PrincipalKind::ServicePrincipal => "ServicePrincipal",
                };
                arm.flexible_put_admin_call(&server_id, oid, login_name, kind, &tenant)
            }
            // Single Server has one administrator: the PUT replaces it.
            Found::Single(_) => {
                admin_roles.clear();
                arm.single_put_admin_call(&server_id, login_name, oid, &tenant)
            }
        };
        arm.apply(&call)
            .await
            .map_err(at_step("setting the Microsoft Entra administrator"))?;
        admin_roles.push(login_name.to_owned());
        login_name.to_owned()
    };
    let fqdn = match &found {
        Found::Flexible(s) => s.fully_qualified_domain_name.as_deref(),
        Found::Single(s) => s.fully_qualified_domain_name.as_deref(),
    };
    let host = match fqdn.filter(|f| !f.is_empty()) {
        Some(f) => f.to_owned(),
        None => format!("{}{}", scope.name, env.host_suffix),
    };
    // Single Server clients log in as `login@server`.
    let user = match scope.kind {
        ServerKind::Flexible => login,
        ServerKind::Single => format!("{login}@{}", scope.name),
    };
    Ok(Reach {
        scope,
        server_id,
        admin_roles,
        arm,
        connector: &env.connector,
        login: ServerLogin { host, user },
        token: env.token.clone(),
        rule: Mutex::new(None),
    })
}

/// Names the server in an error; a server (or resource) that does not exist stays "not found".
fn at_server(scope: &ServerScope, e: Error) -> Error {
    let mut e = e;
    if matches!(e, Error::NotFound { .. }) {
        return Error::not_found(format!("server {}: {e}", scope.name));
    }
    if !e.add_recommendation(&format!("The server: {} ({}).", scope.name, scope.at)) {
        return Error::runtime(format!("server {}: {e}", scope.name));
    }
    e
}

impl Reach<'_> {
    /// A session on `database`. A firewall rejection adds one temporary rule for the address the server
    /// reports (once per server) and tries again.
    pub async fn connect(&self, database: &str) -> Result<Session> {
        match self
            .connector
            .connect(&self.login, database, &self.token)
            .await
        {
            Ok(s) => return Ok(s),
            Err(e) if e.is_firewall_rejection() => {
                let Some(ip) = e.firewall_ip() else {
                    return Err(self.pg_error(e));
                };
                let mut rule = self.rule.lock().await;
                if rule.is_none() {
                    let name = crate::pg::firewall::rule_name()
                        .map_err(|e| Error::runtime(format!("cannot name a firewall rule: {e}")))?;
                    log::warning(&format!(
                        "Add firewall rule {name} {ip} - {ip} on {} (removed when this run ends)...",
                        self.scope.name
                    ));
                    *rule = Some(name.clone());
                    let ip = ip.to_string();
                    self.arm
                        .postgres_put_firewall_rule(
                            self.scope.kind.api(),
                            &self.server_id,
                            &name,
                            &ip,
                            &ip,
                        )
                        .await
                        .map_err(|e| at_server(self.scope, e.into()))?;
                }
            }
            Err(e) => return Err(self.pg_error(e)),
        }
        self.connector
            .connect(&self.login, database, &self.token)
            .await
            .map_err(|e| self.pg_error(e))
    }

    /// A PostgreSQL error with the server named.
    pub fn pg_error(&self, e: PgError) -> Error {
        let hint = if e.is_password_failure() {
            format!(
                "PostgreSQL refused the token of {}: confirm the signed-in identity is a Microsoft Entra administrator of {}.",
                self.login.user, self.scope.name
            )
        } else {
            format!("The server: {} ({}).", self.scope.name, self.scope.at)
        };
        Error::Runtime {
            message: e.to_string(),
            recommendation: Some(hint),
        }
    }

    /// Removes the temporary firewall rule, if this run added one; a failure is a warning naming the rule.
    pub async fn finish(&self) {
        let Some(name) = self.rule.lock().await.take() else {
            return;
        };
        log::warning(&format!(
            "Remove database server firewall rule {name} on {}...",
            self.scope.name
        ));
        if let Err(e) = self
            .arm
            .postgres_delete_firewall_rule(self.scope.kind.api(), &self.server_id, &name)
            .await
        {
            log::warning(&format!(
                "Can't remove firewall rule {name} on {}. Please manually delete it to avoid security issue. {e}",
                self.scope.name
            ));
        }
    }
}
