//! `azconn access`: declarative, least-privilege Microsoft Entra access to Azure Database for PostgreSQL.
//! `plan` shows what would change, `apply` makes it so, `list` shows who can get in, `export` prints the file
//! of what exists.
//!
//! The flow of `plan` and `apply`: read and check the file (nothing is looked up before it is valid) →
//! resolve its principals in Microsoft Graph and reach every server (concurrently) → read each server's
//! catalogs, one session per database → diff (pure, `diff/`) → print, or run the SQL (`apply.rs`).

pub mod apply;
pub mod catalog;
pub mod diff;
pub mod file;
pub mod graph;
pub mod list;
pub mod principals;
pub mod profile;
pub mod render;
pub mod server;
pub mod state;

use std::collections::BTreeMap;

use futures::StreamExt as _;

use crate::auth::{Identity, TokenRequest};
use crate::cli::access::{AccessCommand, FileArgs, PlanArgs};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::log;
use crate::pg::{PgConnector, PgSession as Session};
use crate::settings::cloud::scope_for_resource;
use diff::ServerPlan;
use file::AccessFile;
use principals::PrincipalKey;
use server::{Prepare, Reach};
use state::{DatabaseGrant, Desired, DesiredRole, Principal};

/// How many servers, and databases per server, are worked on at once.
pub const CONCURRENCY: usize = 8;

/// Runs an `access` verb.
pub async fn run(cmd: &AccessCommand, ctx: &Context) -> Result<Outcome> {
    let result = match cmd {
        AccessCommand::Plan(args) => plan(args, ctx).await,
        AccessCommand::Apply(args) => apply::run(args, ctx).await,
        AccessCommand::List(args) => list::list(args, ctx).await,
        AccessCommand::Export(args) => list::export(args, ctx).await,
    };
    log::steps_done();
    result
}

async fn plan(args: &PlanArgs, ctx: &Context) -> Result<Outcome> {
    let file = read_file(&args.file)?;
    let env = Env::new(ctx, !file.grants.is_empty()).await?;
    let prepare = Prepare {
        change: false,
        yes: false,
    };
    let servers = survey(&file, &env, &args.file, prepare).await?;
    let pending = servers.iter().any(|s| s.plan.has_changes());
    for s in &servers {
        s.reach.finish().await;
    }
    let outcome = if args.show_sql {
        Outcome::Text(render::sql(&servers))
    } else {
        render::plan(&servers, &ctx.globals)
    };
    Ok(if pending && args.detailed_exitcode {
        Outcome::Pending(Box::new(outcome))
    } else {
        outcome
    })
}

/// Reads and checks the access file.
pub fn read_file(args: &FileArgs) -> Result<AccessFile> {
    let name = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| Error::usage(format!("cannot read the access file {name}: {e}")))?;
    file::parse(&name, &text).map_err(|e| Error::usage(e.to_string()))
}

/// What every verb needs from Azure: the ARM client, who is signed in, the oss-rdbms token, one TLS connector.
pub struct Env<'a> {
    pub arm: &'a crate::arm::ArmClient,
    pub subscription: String,
    pub identity: Identity,
    pub token: crate::auth::Secret,
    pub connector: PgConnector,
    pub host_suffix: String,
}

impl<'a> Env<'a> {
    /// Reads the signed-in identity and fetches the oss-rdbms token, concurrently; with `graph`, also the
    /// Microsoft Graph token, so that a cold cache redeems both at once instead of the Graph lookups waiting for
    /// a second redemption (a failure here is left to the lookups, which report it).
    pub async fn new(ctx: &'a Context, graph: bool) -> Result<Env<'a>> {
        let azure = &ctx.azure;
        let subscription = azure.subscription()?;
        let arm = azure.arm()?;
        let cloud = &azure.settings()?.cloud;
        let scope = scope_for_resource(cloud.ossrdbms_audience()?);
        let host_suffix = cloud.postgresql_suffix()?.to_owned();
        let req = TokenRequest::new(scope.as_str(), Some(&subscription));
        let graph_req = TokenRequest::new(arm.graph_scope(), arm.subscription());
        let graph_token = async {
            if graph {
                let _ = arm.tokens().get_token(&graph_req).await;
            }
        };
        let (identity, token, ()) = tokio::join!(
            arm.signed_in_identity(),
            arm.tokens().get_token(&req),
            graph_token
        );
        let identity = identity.map_err(Error::from)?;
        let token = token.map_err(|e| {
            Error::runtime(format!(
                "Cannot get an access token for Azure Database for PostgreSQL: {e}"
            ))
        })?;
        Ok(Env {
            arm,
            subscription: subscription.id.clone(),
            identity,
            token: token.token,
            connector: PgConnector::from_env()?,
            host_suffix,
        })
    }
}

/// One server, read and diffed (its catalogs are not kept: the plan says all that is needed of them).
pub struct Surveyed<'a> {
    pub reach: Reach<'a>,
    pub plan: ServerPlan,
    /// The open sessions, one per database (`postgres` included).
    pub sessions: BTreeMap<String, Session>,
}

/// Resolves the principals and reads every server (concurrently), asks every question `apply` needs answered
/// (one at a time), then reaches every server and diffs each (concurrently). Nothing changes before the last
/// answer. A temporary firewall rule added on the way is removed again when this fails.
pub async fn survey<'a>(
    file: &'a AccessFile,
    env: &'a Env<'a>,
    args: &FileArgs,
    prepare: Prepare,
) -> Result<Vec<Surveyed<'a>>> {
    let looks = futures::stream::iter(file.servers.iter())
        .map(|scope| {
            log::step(&format!("{}: reading...", scope.name));
            server::look(scope, env, prepare.change)
        })
        .buffered(CONCURRENCY)
        .collect::<Vec<_>>();
    let (principals, looked) = tokio::join!(principals::resolve_all(file, env.arm), looks);
    let principals = principals?;
    let looked = looked.into_iter().collect::<Result<Vec<_>>>()?;
    if prepare.change {
        server::ask(&looked, prepare.yes)?;
    }
    let results: Vec<Result<Surveyed<'a>>> = futures::stream::iter(looked.into_iter().enumerate())
        .map(|(i, looked)| {
            let principals = &principals;
            async move {
                let reach = server::reach(looked, env).await?;
                match read_and_diff(file, i, &reach, principals, args).await {
                    Ok((plan, sessions)) => Ok(Surveyed {
                        reach,
                        plan,
                        sessions,
                    }),
                    Err(e) => {
                        reach.finish().await;
                        Err(e)
                    }
                }
            }
        })
        .buffered(CONCURRENCY)
        .collect()
        .await;
    let mut out = Vec::new();
    let mut first_error = None;
    for r in results {
        match r {
            Ok(s) => out.push(s),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(e) = first_error {
        for s in &out {
            s.reach.finish().await;
        }
        return Err(e);
    }
    Ok(out)
}

async fn read_and_diff(
    file: &AccessFile,
    index: usize,
    reach: &Reach<'_>,
    principals: &BTreeMap<PrincipalKey, Principal>,
    args: &FileArgs,
) -> Result<(ServerPlan, BTreeMap<String, Session>)> {
    let scope = &file.servers[index];
    let desired = desired(file, index, principals, reach.admin_roles.clone(), args)?;
    let (catalog, sessions) =
        catalog::read_server(reach, None, &scope.databases, |db| desired.schemas(db)).await?;
    let plan = diff::diff(&desired, &catalog)
        .map_err(|e| Error::runtime(format!("server {}: {e}", scope.name)))?;
    for skipped in &plan.skipped {
        log::warning(&format!("server {}: {}", scope.name, skipped.warning()));
    }
    Ok((plan, sessions))
}

/// What the file asks for on server `index` (with the run's `--prune` and `--skip-ungrantable`).
pub fn desired(
    file: &AccessFile,
    index: usize,
    principals: &BTreeMap<PrincipalKey, Principal>,
    admins: Vec<String>,
    args: &FileArgs,
) -> Result<Desired> {
    let scope = &file.servers[index];
    let mut roles: Vec<DesiredRole> = Vec::new();
    for g in file.grants.iter().filter(|g| g.servers.contains(&index)) {
        let principal = principals
            .get(&PrincipalKey::of(&g.principal))
            .ok_or_else(|| Error::runtime(format!("{}: {} was not resolved", g.at, g.principal)))?;
        let name = g.role.clone().unwrap_or_else(|| principal.display.clone());
        crate::pg::quote::check_ident(&name, crate::pg::quote::NameKind::Role)
            .map_err(|e| Error::usage(format!("{}: {e} Give the grant a shorter `role`.", g.at)))?;
        let at = g.at.to_string();
        let pos = if let Some(p) = roles.iter().position(|r| r.name == name) {
            if roles[p].principal.object_id != principal.object_id {
                return Err(Error::usage(format!(
                    "{at}: role {name} is also given to another principal at {}; give one of them another `role`",
                    roles[p].at
                )));
            }
            p
        } else {
            roles.push(DesiredRole {
                name: name.clone(),
                principal: principal.clone(),
                grants: BTreeMap::new(),
                at: at.clone(),
            });
            roles.len() - 1
        };
        for db in g.databases_on(scope) {
            let grant = DatabaseGrant {
                profile: g.profile.clone(),
                schemas: g.schemas.clone(),
            };
            if let Some(first) = roles[pos].grants.insert(db.to_owned(), grant) {
                return Err(Error::usage(format!(
                    "{at}: role {name} already has profile {} on database {db} of server {} ({}); one grant per role and database",
                    first.profile.name, scope.name, roles[pos].at
                )));
            }
        }
    }
    Ok(Desired {
        server: scope.name.clone(),
        kind: scope.kind,
        databases: scope.databases.clone(),
        roles,
        admins,
        prune: args.prune,
        skip_ungrantable: args.skip_ungrantable,
    })
}
