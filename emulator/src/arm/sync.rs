//! Keeping PostgreSQL in line with ARM: an operation's effect applied to the world and the server's cluster
//! (admins, firewall, databases, auth settings) and the identities every server knows by name.

use serde_json::json;

use super::errors::internal;
use crate::app::App;
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, FirewallRule, Server, ServerRef};

/// Applies (operation succeeded) or drops/undoes (failed, canceled) an operation's effect, in the world and in
/// PostgreSQL.
pub async fn finish(app: &App, effect: Effect, ok: bool) -> Result<(), String> {
    match effect {
        Effect::ServerUpdate {
            at,
            entra_auth,
            password_auth,
            public_access,
        } => {
            let changed = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                s.state = "Ready";
                if !ok {
                    return Ok(());
                }
                let before = s.public_access;
                s.entra_auth = entra_auth;
                s.password_auth = password_auth;
                s.public_access = public_access;
                (before != public_access).then(|| s.clone())
            };
            if let Some(s) = changed {
                app.db.sync_firewall(&s).await?;
            }
        }
        Effect::AdminSet { at, admin } if ok => {
            let (server, removed) = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                let removed: Vec<Admin> = match s.kind {
                    ServerKind::Flexible => {
                        s.admins
                            .retain(|a| !a.object_id.eq_ignore_ascii_case(&admin.object_id));
                        Vec::new()
                    }
                    ServerKind::Single => s
                        .admins
                        .drain(..)
                        .filter(|a| a.principal_name != admin.principal_name)
                        .collect(),
                };
                s.admins.push(admin.clone());
                (s.clone(), removed)
            };
            for old in removed {
                app.db.remove_admin(&server, &old.principal_name).await?;
            }
            app.db.set_admin(&server, &admin).await?;
        }
        Effect::AdminRemove { at, object_id } if ok => {
            let gone = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                let gone: Vec<Admin> = s
                    .admins
                    .iter()
                    .filter(|a| a.object_id.eq_ignore_ascii_case(&object_id))
                    .cloned()
                    .collect();
                s.admins
                    .retain(|a| !a.object_id.eq_ignore_ascii_case(&object_id));
                gone.into_iter().map(|a| (s.clone(), a)).collect::<Vec<_>>()
            };
            for (server, a) in gone {
                app.db.remove_admin(&server, &a.principal_name).await?;
            }
        }
        Effect::FirewallSet { at, rule } if ok => {
            change_firewall(app, &at, |rules| {
                rules.retain(|x| !x.name.eq_ignore_ascii_case(&rule.name));
                rules.push(rule);
            })
            .await?;
        }
        Effect::FirewallRemove { at, name } if ok => {
            change_firewall(app, &at, |rules| {
                rules.retain(|x| !x.name.eq_ignore_ascii_case(&name));
            })
            .await?;
        }
        Effect::DatabaseAdd { at, name } if ok => {
            let Some(server) = edit_server(app, &at, |s| {
                if !s.databases.iter().any(|d| d.eq_ignore_ascii_case(&name)) {
                    s.databases.push(name.clone());
                }
            }) else {
                return Ok(());
            };
            app.db.add_database(&server, &name).await?;
        }
        Effect::DatabaseRemove { at, name } if ok => {
            let Some(server) = edit_server(app, &at, |s| {
                s.databases.retain(|d| !d.eq_ignore_ascii_case(&name));
            }) else {
                return Ok(());
            };
            app.db.drop_database(&server, &name).await?;
        }
        Effect::ConnectorPut { key, previous } => {
            let mut w = app.world();
            if ok {
                if let Some(c) = w.connectors.get_mut(&key) {
                    c.properties["provisioningState"] = json!("Succeeded");
                }
            } else {
                match previous {
                    Some(p) => {
                        w.connectors.insert(key, p);
                    }
                    None => {
                        w.connectors.remove(&key);
                    }
                }
            }
        }
        Effect::Linker(e) => super::source_linker::finish(app, e, ok),
        Effect::ContainerApp(change) => super::container_apps::finish(app, change, ok).await?,
        Effect::ConnectorDelete { key, previous } => {
            let mut w = app.world();
            if ok {
                w.connectors.remove(&key);
            } else {
                w.connectors.insert(key, previous);
            }
        }
        // Failed or canceled: nothing changes.
        Effect::AdminSet { .. }
        | Effect::AdminRemove { .. }
        | Effect::FirewallSet { .. }
        | Effect::FirewallRemove { .. }
        | Effect::DatabaseAdd { .. }
        | Effect::DatabaseRemove { .. } => {}
    }
    Ok(())
}

/// Changes the firewall rules of the server at `at` (gone: nothing to do) and applies them to its
/// PostgreSQL cluster.
async fn change_firewall(
    app: &App,
    at: &ServerRef,
    change: impl FnOnce(&mut Vec<FirewallRule>),
) -> Result<(), String> {
    match edit_server(app, at, |s| change(&mut s.firewall)) {
        Some(server) => app.db.sync_firewall(&server).await,
        None => Ok(()),
    }
}

/// Changes the world's server at `at` and returns it as changed (`None`: it is gone, nothing to do).
fn edit_server(app: &App, at: &ServerRef, edit: impl FnOnce(&mut Server)) -> Option<Server> {
    let mut w = app.world();
    let s = w.server_at(at)?;
    edit(s);
    Some(s.clone())
}

/// Pushes an admin to PostgreSQL; a failure becomes ARM's 500.
pub async fn apply_admin(app: &App, server: &Server, admin: &Admin) -> Result<(), Resp> {
    app.db.set_admin(server, admin).await.map_err(internal)
}

/// Registers every seeded identity and every site's system-assigned identity with the Flexible Servers.
pub async fn register_identities(app: &App) -> Result<(), Resp> {
    use azconn_emulator::pg::PrincipalType;
    let seed = &app.seed;
    let identity = |oid: &str, name: &str, principal_type| crate::database::Identity {
        object_id: oid.to_string(),
        name: name.to_string(),
        principal_type,
    };
    let mut ids: Vec<crate::database::Identity> = seed
        .users
        .iter()
        .map(|u| identity(&u.object_id, &u.upn, PrincipalType::User))
        .collect();
    ids.extend(seed.service_principals.iter().map(|p| {
        identity(
            &p.object_id,
            &p.display_name,
            PrincipalType::ServicePrincipal,
        )
    }));
    ids.extend(seed.managed_identities.iter().map(|m| {
        identity(
            &m.principal_id,
            &m.display_name,
            PrincipalType::ServicePrincipal,
        )
    }));
    for s in super::identity::all(app) {
        ids.push(identity(
            &s.identity.principal_id,
            &s.name,
            PrincipalType::ServicePrincipal,
        ));
    }
    app.db.register_identities(&ids).await.map_err(internal)
}

pub async fn apply_firewall(app: &App, server: &Server) -> Result<(), Resp> {
    app.db.sync_firewall(server).await.map_err(internal)
}
