//! Keeping PostgreSQL in line with ARM: an operation's effect applied to the world and the server's cluster
//! (admins, firewall, databases, auth settings), admin passwords (their oss-rdbms tokens) and the identities every
//! server knows.

use serde_json::json;

use super::errors::internal;
use crate::app::App;
use crate::files::OSSRDBMS_AUDIENCE;
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, FirewallRule, Server, ServerRef};
use crate::tokens::Principal;

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
            let pw = admin_password(app, &admin).ok_or("could not issue the admin token")?;
            app.db.set_admin(&server, &admin, &pw).await?;
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
            let server = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                if !s.databases.iter().any(|d| d.eq_ignore_ascii_case(&name)) {
                    s.databases.push(name.clone());
                }
                s.clone()
            };
            app.db.add_database(&server, &name).await?;
        }
        Effect::DatabaseRemove { at, name } if ok => {
            let server = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                s.databases.retain(|d| !d.eq_ignore_ascii_case(&name));
                s.clone()
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
    let server = {
        let mut w = app.world();
        let Some(s) = w.server_at(at) else {
            return Ok(());
        };
        change(&mut s.firewall);
        s.clone()
    };
    app.db.sync_firewall(&server).await
}

/// The oss-rdbms token of an admin identity: its PostgreSQL password.
pub fn admin_password(app: &App, admin: &Admin) -> Option<String> {
    let p = app
        .seed
        .principal_by_oid(&admin.object_id)
        .unwrap_or_else(|| Principal::User {
            upn: admin.principal_name.clone(),
            oid: admin.object_id.clone(),
            name: admin.principal_name.clone(),
            mail: None,
        });
    app.issuer
        .access_token(&p, OSSRDBMS_AUDIENCE, &app.seed.tenant.id)
        .ok()
        .map(|(t, _)| t)
}

/// Pushes an admin to PostgreSQL; a failure becomes ARM's 500.
pub async fn apply_admin(app: &App, server: &Server, admin: &Admin) -> Result<(), Resp> {
    let Some(pw) = admin_password(app, admin) else {
        return Err(internal("could not issue the admin token"));
    };
    app.db.set_admin(server, admin, &pw).await.map_err(internal)
}

/// Registers every seeded identity (with its current oss-rdbms token) with the Flexible Servers.
pub async fn register_identities(app: &App) -> Result<(), Resp> {
    let seed = &app.seed;
    let mut ids = Vec::new();
    let mut add = |oid: &str, name: &str, t: azconn_emulator::pg::PrincipalType| {
        if let Some(p) = seed.principal_by_oid(oid)
            && let Ok((token, _)) = app
                .issuer
                .access_token(&p, OSSRDBMS_AUDIENCE, &seed.tenant.id)
        {
            ids.push(crate::database::Identity {
                object_id: oid.to_string(),
                name: name.to_string(),
                principal_type: t,
                token,
            });
        }
    };
    use azconn_emulator::pg::PrincipalType;
    for u in &seed.users {
        add(&u.object_id, &u.upn, PrincipalType::User);
    }
    for p in &seed.service_principals {
        add(
            &p.object_id,
            &p.display_name,
            PrincipalType::ServicePrincipal,
        );
    }
    for m in &seed.managed_identities {
        add(
            &m.principal_id,
            &m.display_name,
            PrincipalType::ServicePrincipal,
        );
    }
    let compute = super::web::system_identities(app)
        .into_iter()
        .chain(super::container_apps::system_identities(app));
    for (oid, name, p) in compute {
        if let Ok((token, _)) = app
            .issuer
            .access_token(&p, OSSRDBMS_AUDIENCE, &seed.tenant.id)
        {
            ids.push(crate::database::Identity {
                object_id: oid,
                name,
                principal_type: PrincipalType::ServicePrincipal,
                token,
            });
        }
    }
    app.db.register_identities(&ids).await.map_err(internal)
}

pub async fn apply_firewall(app: &App, server: &Server) -> Result<(), Resp> {
    app.db.sync_firewall(server).await.map_err(internal)
}
