//! `access apply`: runs each server's plan — roles created (and adopted) on `postgres` first, then one
//! transaction per database (concurrently, bounded), then pruned roles dropped on `postgres`. A database whose
//! transaction fails is left as it was; the others go on, and the error names every failed server, database
//! and statement. Temporary firewall rules are removed on every path.

use futures::StreamExt as _;
use serde_json::Value as Json;

use super::server::Prepare;
use super::{CONCURRENCY, Env, Surveyed, read_file, render, survey};
use crate::cli::access::ApplyArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::log;
use crate::pg::PgSession as Session;
use crate::pg::role::ATTEMPTS;

/// Runs `access apply`.
pub async fn run(args: &ApplyArgs, ctx: &Context) -> Result<Outcome> {
    let file = read_file(&args.file)?;
    let env = Env::new(ctx).await?;
    let prepare = Prepare {
        change: true,
        yes: args.yes,
    };
    let servers = survey(&file, &env, args.file.prune, prepare).await?;
    let results: Vec<(Vec<Json>, Vec<String>)> = futures::stream::iter(servers)
        .map(|mut s| async move {
            let out = apply_server(&mut s).await;
            s.reach.finish().await;
            out
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for (r, f) in results {
        rows.extend(r);
        failures.extend(f);
    }
    if !failures.is_empty() {
        return Err(Error::Runtime {
            message: failures.join("\n"),
            recommendation: Some(format!(
                "Each failed database was left as it was; {} other change(s) were applied. Fix the cause and run \
                 `azconn access apply` again.",
                rows.len()
            )),
        });
    }
    Ok(render::for_reader(render::rows(rows), &ctx.globals))
}

/// Applies one server's plan; returns the rows of the changes made and the failures.
async fn apply_server(s: &mut Surveyed<'_>) -> (Vec<Json>, Vec<String>) {
    let mut sessions = std::mem::take(&mut s.sessions);
    let s: &Surveyed = s;
    let name = &s.reach.scope.name;
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    let row_of = |database: Option<&str>| {
        s.plan
            .changes
            .iter()
            .filter(move |c| c.database.as_deref() == database)
            .filter(|c| c.kind != super::diff::ChangeKind::KeepRole)
            .map(|c| render::change_row(name, c))
            .collect::<Vec<_>>()
    };
    let role_changes = |drops: bool| {
        s.plan
            .changes
            .iter()
            .filter(move |c| {
                c.database.is_none()
                    && (c.kind == super::diff::ChangeKind::DropRole) == drops
                    && c.kind != super::diff::ChangeKind::KeepRole
            })
            .map(|c| render::change_row(name, c))
            .collect::<Vec<_>>()
    };
    if let Some(batch) = &s.plan.roles {
        log::step(&format!("{name}: creating roles..."));
        if let Err(e) = run_batch(
            s,
            sessions.get_mut(&batch.database),
            &batch.database,
            &batch.statements,
        )
        .await
        {
            failures.push(e);
            // Nothing else can work without the roles.
            return (rows, failures);
        }
        rows.extend(role_changes(false));
    }
    log::step(&format!("{name}: granting..."));
    let work: Vec<_> = s
        .plan
        .databases
        .iter()
        .map(|b| (b, sessions.remove(&b.database)))
        .collect();
    let done: Vec<(String, Result<(), String>)> = futures::stream::iter(work)
        .map(|(b, mut session)| async move {
            (
                b.database.clone(),
                run_batch(s, session.as_mut(), &b.database, &b.statements).await,
            )
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut order: Vec<&str> = s
        .plan
        .databases
        .iter()
        .map(|b| b.database.as_str())
        .collect();
    order.dedup();
    for db in order {
        if let Some((_, r)) = done.iter().find(|(d, _)| d == db) {
            match r {
                Ok(()) => rows.extend(row_of(Some(db))),
                Err(e) => failures.push(e.clone()),
            }
        }
    }
    if let Some(batch) = &s.plan.drops {
        if failures.is_empty() {
            log::step(&format!("{name}: dropping roles..."));
            match run_batch(
                s,
                sessions.get_mut(&batch.database),
                &batch.database,
                &batch.statements,
            )
            .await
            {
                Ok(()) => rows.extend(role_changes(true)),
                Err(e) => failures.push(e),
            }
        } else {
            failures.push(format!(
                "server {name}: pruned roles were not dropped because a database failed"
            ));
        }
    }
    (rows, failures)
}

/// Runs one batch in one transaction on the session of its database (a new one if it was lost).
async fn run_batch(
    s: &Surveyed<'_>,
    session: Option<&mut Session>,
    database: &str,
    statements: &[String],
) -> Result<(), String> {
    let name = &s.reach.scope.name;
    let fail = |e: &dyn std::fmt::Display| format!("server {name}: {e}");
    let mut session = session;
    let mut fresh;
    // A lost session (restart, failover) rolled the transaction back; it runs again in a new one, a bounded
    // number of times.
    for attempt in 1..=ATTEMPTS {
        let current = match session.take() {
            Some(s) if !s.is_closed() => s,
            _ => {
                fresh = s.reach.connect(database).await.map_err(|e| fail(&e))?;
                &mut fresh
            }
        };
        match current.execute_in_transaction(statements).await {
            Err(e) if e.is_transient() && attempt < ATTEMPTS => {
                log::info(&format!(
                    "server {name}: {e}; running the transaction again in a new session"
                ));
            }
            other => return other.map_err(|e| fail(&e)),
        }
    }
    Err(format!(
        "server {name}: database {database}: the connection was lost on every attempt"
    ))
}
