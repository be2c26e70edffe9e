//! `access list` (who can get in: every Entra principal of a server, its role, and the profile it has per
//! database) and `access export` (the access file that describes it, so a team can start from what exists).

use std::collections::{BTreeMap, BTreeSet};

use futures::StreamExt as _;
use serde_json::{Value as Json, json};

use super::file::{At, ServerScope};
use super::profile::{ObjectClass, Privs, Profile, privs_sql};
use super::server;
use super::state::{PrincipalType, ServerCatalog};
use super::{CONCURRENCY, Env, catalog, diff};
use crate::cli::access::ListArgs;
use crate::commands::{Context, Outcome};
use crate::error::Result;
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

async fn read(args: &ListArgs, ctx: &Context) -> Result<(Vec<Entry>, i32, Vec<String>)> {
    let env = Env::new(ctx).await?;
    let scope = ServerScope {
        kind: ServerKind::Flexible,
        name: args.server.clone(),
        resource_group: args.resource_group.clone(),
        subscription: None,
        databases: args.database.clone(),
        at: At {
            file: "--server".to_owned(),
            line: 0,
            column: 0,
        },
    };
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
    let mut cat = ServerCatalog::default();
    catalog::read_roles(
        &postgres,
        ServerKind::Flexible,
        &reach.admin_roles,
        &databases,
        &mut cat,
    )
    .await
    .map_err(|e| reach.pg_error(e))?;
    let schemas: BTreeSet<String> = if args.schema.is_empty() {
        ["public".to_owned()].into()
    } else {
        args.schema.iter().cloned().collect()
    };
    let reads: Vec<Result<(String, super::state::DatabaseCatalog)>> =
        futures::stream::iter(databases.iter())
            .map(|db| {
                let schemas = &schemas;
                let postgres = &postgres;
                async move {
                    let c = if db == diff::ADMIN_DATABASE {
                        catalog::read_database(postgres, schemas).await
                    } else {
                        let s = reach.connect(db).await?;
                        catalog::read_database(&s, schemas).await
                    };
                    Ok((db.clone(), c.map_err(|e| reach.pg_error(e))?))
                }
            })
            .buffer_unordered(CONCURRENCY)
            .collect()
            .await;
    for r in reads {
        let (db, c) = r?;
        cat.databases.insert(db, c);
    }
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
    // Graph's names for the object ids, concurrently.
    let names: Vec<(Option<String>, Option<String>)> = futures::stream::iter(entries.iter())
        .map(|e| async move {
            let text = |v: &Json, k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
            let found = match e.kind {
                Some(PrincipalType::User) => env.arm.graph_user(&e.object_id).await,
                Some(PrincipalType::Group) => env.arm.graph_group(&e.object_id).await,
                _ => env.arm.graph_service_principal(&e.object_id).await,
            };
            match found {
                Ok(Some(v)) => (
                    text(&v, "userPrincipalName").or_else(|| text(&v, "displayName")),
                    text(&v, "appId"),
                ),
                _ => (None, None),
            }
        })
        .buffered(CONCURRENCY)
        .collect()
        .await;
    for (e, (name, app_id)) in entries.iter_mut().zip(names) {
        e.name = name;
        e.app_id = app_id;
    }
    Ok((entries, cat.version_num, databases))
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
    doc.insert(
        "servers".into(),
        json!([{"server": args.server, "resource-group": args.resource_group, "databases": databases}]),
    );
    if !profiles.is_empty() {
        doc.insert("profiles".into(), Json::Object(profiles));
    }
    doc.insert("grants".into(), Json::Array(grants));
    Ok(Outcome::Document {
        value: Value::from_json(&Json::Object(doc)),
        transforms: false,
    })
}
