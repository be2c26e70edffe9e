//! `access list` (who can get in: every Entra principal of a server, its role, and the profile it has per
//! database) and `access export` (the access file that describes it, so a team can start from what exists).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value as Json, json};

use super::file::{self, At, ServerScope};
use super::profile::{ObjectClass, Privs, Profile, privs_sql};
use super::server;
use super::state::PrincipalType;
use super::{Env, catalog, diff, graph};
use crate::cli::access::ListArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::log;
use crate::output::value::Value;
use crate::server_kind::ServerKind;

/// One Entra role and what it has.
struct Entry {
    role: String,
    object_id: String,
    kind: Option<PrincipalType>,
    admin: bool,
    managed: bool,
    /// Graph's view: UPN or display name, and a service principal's app id.
    name: Option<String>,
    app_id: Option<String>,
    /// Per database: the privileges per class.
    databases: BTreeMap<String, Vec<(ObjectClass, Privs)>>,
}

/// The server the arguments name: `--id` (either kind), or `-g` and `--server` (a Flexible Server).
fn scope(args: &ListArgs) -> Result<ServerScope> {
    let (kind, name, resource_group, subscription, flag) = match &args.id {
        Some(id) => {
            let (kind, rid) = file::server_of_id(id).map_err(Error::usage)?;
            let group = rid.resource_group.clone().unwrap_or_default();
            (
                kind,
                rid.name().to_owned(),
                group,
                Some(rid.subscription.clone()),
                "--id",
            )
        }
        None => (
            ServerKind::Flexible,
            args.server.clone().unwrap_or_default(),
            args.resource_group.clone().unwrap_or_default(),
            None,
            "--server",
        ),
    };
    Ok(ServerScope {
        kind,
        name,
        resource_group,
        subscription,
        databases: args.database.clone(),
        at: At {
            file: flag.to_owned(),
            line: 0,
            column: 0,
        },
    })
}

async fn read(args: &ListArgs, ctx: &Context) -> Result<(Vec<Entry>, i32, Vec<String>)> {
    let scope = scope(args)?;
    // Graph names the roles found.
    let env = Env::new(ctx, true).await?;
    let looked = server::look(&scope, &env, false).await?;
    let reach = server::reach(looked, &env).await?;
    let result = read_reached(args, &env, &reach).await;
    reach.finish().await;
    result
}

async fn read_reached(
    args: &ListArgs,
    env: &Env<'_>,
    reach: &server::Reach<'_>,
) -> Result<(Vec<Entry>, i32, Vec<String>)> {
    let postgres = reach.connect(diff::ADMIN_DATABASE).await?;
    let databases: Vec<String> = if args.database.is_empty() {
        let sql = "SELECT datname::text FROM pg_catalog.pg_database WHERE datallowconn AND NOT datistemplate \
                   AND datname NOT IN ('azure_maintenance', 'azure_sys') ORDER BY 1";
        postgres
            .query(sql, &[])
            .await
            .map_err(|e| reach.pg_error(e))?
            .iter()
            .map(|r| r.get(0))
            .collect()
    } else {
        args.database.clone()
    };
    let schemas: BTreeSet<String> = if args.schema.is_empty() {
        ["public".to_owned()].into()
    } else {
        args.schema.iter().cloned().collect()
    };
    let (cat, _sessions) =
        catalog::read_server(reach, Some(postgres), &databases, |_| schemas.clone()).await?;
    let mut entries: Vec<Entry> = catalog::entra_roles(&cat)
        .into_iter()
        .map(|(role, (object_id, kind, admin))| Entry {
            managed: cat.roles.get(&role).is_some_and(|r| r.managed),
            databases: cat
                .databases
                .iter()
                .map(|(db, c)| (db.clone(), diff::held(c, &role)))
                .collect(),
            role,
            object_id,
            kind,
            admin,
            name: None,
            app_id: None,
        })
        .collect();
    name_in_graph(env, &mut entries).await;
    Ok((entries, cat.version_num, databases))
}

/// Graph's names for the roles, in batches: by object id; on Single Server, which keeps no object id, by the
/// role's name (a UPN is a user; otherwise the one group or service principal of that display name). A role Graph
/// does not answer for keeps no name.
async fn name_in_graph(env: &Env<'_>, entries: &mut [Entry]) {
    let lookups: Vec<Vec<(PrincipalType, String)>> = entries
        .iter()
        .map(|e| {
            if !e.object_id.is_empty() {
                let kind = e.kind.unwrap_or(PrincipalType::Service);
                vec![(kind, graph::object(collection(kind), &e.object_id))]
            } else if e.role.contains('@') {
                vec![(PrincipalType::User, graph::object("users", &e.role))]
            } else {
                [PrincipalType::Group, PrincipalType::Service]
                    .into_iter()
                    .map(|k| (k, graph::named(collection(k), &e.role)))
                    .collect()
            }
        })
        .collect();
    let urls: Vec<String> = lookups.iter().flatten().map(|(_, u)| u.clone()).collect();
    let Ok(answers) = graph::get_all(env.arm, &urls).await else {
        return;
    };
    let mut answers = answers.into_iter();
    for (e, lookup) in entries.iter_mut().zip(lookups) {
        let mut found: Vec<(PrincipalType, Json)> = Vec::new();
        for (kind, _) in lookup {
            match answers.next() {
                Some(Ok(Some(Json::Array(items)))) => {
                    found.extend(items.into_iter().map(|v| (kind, v)));
                }
                Some(Ok(Some(v))) => found.push((kind, v)),
                _ => {}
            }
        }
        let [(kind, v)] = found.as_slice() else {
            continue;
        };
        let text = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
        e.name = text("userPrincipalName").or_else(|| text("displayName"));
        e.app_id = text("appId");
        if e.object_id.is_empty() {
            e.object_id = text("id").unwrap_or_default();
            e.kind = Some(*kind);
        }
    }
}

/// Graph's collection of a principal type.
fn collection(kind: PrincipalType) -> &'static str {
    match kind {
        PrincipalType::User => "users",
        PrincipalType::Group => "groups",
        PrincipalType::Service => "servicePrincipals",
    }
}

fn kind_name(k: Option<PrincipalType>) -> &'static str {
    k.map_or("unknown", PrincipalType::as_sql)
}

/// Runs `access list`.
pub async fn list(args: &ListArgs, ctx: &Context) -> Result<Outcome> {
    let (entries, version, _) = read(args, ctx).await?;
    let mut rows = Vec::new();
    let mut table = Vec::new();
    for e in &entries {
        let profiles: serde_json::Map<String, Json> = e
            .databases
            .iter()
            .map(|(db, held)| (db.clone(), json!(Profile::classify(held, version))))
            .collect();
        let shown = profiles
            .iter()
            .map(|(db, p)| format!("{db}={}", p.as_str().unwrap_or("")))
            .collect::<Vec<_>>()
            .join(", ");
        rows.push(json!({
            "role": e.role, "principalType": kind_name(e.kind), "objectId": e.object_id,
            "displayName": e.name, "admin": e.admin, "managed": e.managed, "databases": profiles,
        }));
        table.push(json!({
            "Role": e.role, "Type": kind_name(e.kind), "ObjectId": e.object_id,
            "DisplayName": e.name, "Admin": e.admin, "Managed": e.managed, "Databases": shown,
        }));
    }
    Ok(super::render::for_reader(
        Outcome::DocumentWithTable {
            value: Value::from_json(&Json::Array(rows)),
            table: Value::from_json(&Json::Array(table)),
        },
        &ctx.globals,
    ))
}

/// Runs `access export`: the access file of the server's non-administrator Entra roles.
pub async fn export(args: &ListArgs, ctx: &Context) -> Result<Outcome> {
    let (entries, version, databases) = read(args, ctx).await?;
    let mut grants = Vec::new();
    let mut profiles = serde_json::Map::new();
    for e in entries.iter().filter(|e| !e.admin) {
        // One grant per profile the role has, with the databases that have it.
        let mut by_profile: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (db, held) in &e.databases {
            let name = match Profile::classify(held, version) {
                "none" => continue,
                "custom" => {
                    let name = format!("{}-{db}", e.role);
                    let mut p = serde_json::Map::new();
                    for (class, privs) in held {
                        if !privs.is_empty() {
                            let list: Vec<String> =
                                privs_sql(privs).split(", ").map(str::to_owned).collect();
                            p.insert(class.key().to_owned(), json!(list));
                        }
                    }
                    profiles.insert(name.clone(), Json::Object(p));
                    name
                }
                builtin => builtin.to_owned(),
            };
            by_profile.entry(name).or_default().push(db.clone());
        }
        let principal = match e.kind {
            _ if e.object_id.is_empty() => {
                if !by_profile.is_empty() {
                    log::warning(&format!(
                        "Role {} is left out: Microsoft Graph names no single principal for it (a Single Server keeps \
                         no object id).",
                        e.role
                    ));
                }
                continue;
            }
            Some(PrincipalType::User) => {
                json!({"user": e.name.clone().unwrap_or(e.object_id.clone())})
            }
            Some(PrincipalType::Group) => json!({"group": e.object_id}),
            _ => json!({"service-principal": e.app_id.clone().unwrap_or(e.object_id.clone())}),
        };
        for (profile, dbs) in by_profile {
            grants.push(json!({
                "principal": principal, "databases": dbs, "profile": profile, "role": e.role,
            }));
        }
    }
    let mut doc = serde_json::Map::new();
    doc.insert("version".into(), json!(super::file::VERSION));
    let server = match &args.id {
        Some(id) => json!({"id": id, "databases": databases}),
        None => {
            json!({"server": args.server, "resource-group": args.resource_group, "databases": databases})
        }
    };
    doc.insert("servers".into(), json!([server]));
    if !profiles.is_empty() {
        doc.insert("profiles".into(), Json::Object(profiles));
    }
    doc.insert("grants".into(), Json::Array(grants));
    Ok(Outcome::Document {
        value: Value::from_json(&Json::Object(doc)),
        transforms: false,
    })
}
