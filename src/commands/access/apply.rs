//! `access apply`: runs each server's plan — roles created (and adopted) on `postgres` first, then one
//! transaction per database (concurrently, bounded), then pruned roles dropped on `postgres`. A database whose
//! transaction fails is left as it was; the others go on, and the error names every failed server, database
//! and statement. A role this run created whose grants failed somewhere is dropped again (its privileges in the
//! databases that committed go with it), so it is fully granted or gone. Temporary firewall rules are removed
//! on every path.

use std::collections::{BTreeMap, BTreeSet};

use futures::StreamExt as _;

use super::diff::{Batch, Change, ChangeKind};
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
    let env = Env::new(ctx, !file.grants.is_empty()).await?;
    let prepare = Prepare {
        change: true,
        yes: args.yes,
    };
    let servers = survey(&file, &env, &args.file, prepare).await?;
    let results: Vec<(Vec<Made>, Vec<String>)> = futures::stream::iter(servers)
        .map(|mut s| async move {
            let out = apply_server(&mut s).await;
            s.reach.finish().await;
            out
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut made = Vec::new();
    let mut failures = Vec::new();
    for (r, f) in results {
        made.extend(r);
        failures.extend(f);
    }
    if !failures.is_empty() {
        return Err(Error::Runtime {
            message: failures.join("\n"),
            recommendation: Some(format!(
                "Each failed database was left as it was and each role this run created there was dropped again; \
                 {} other change(s) were applied. Fix the cause and run `azconn access apply` again.",
                made.len()
            )),
        });
    }
    Ok(render::changes(
        made.iter().map(|(server, c)| (server.as_str(), c)),
        made.len(),
        &ctx.globals,
    ))
}

/// The server's name and a change made there.
type Made = (String, Change);

/// Applies one server's plan; returns the changes made and the failures.
async fn apply_server(s: &mut Surveyed<'_>) -> (Vec<Made>, Vec<String>) {
    let mut sessions = std::mem::take(&mut s.sessions);
    let s: &Surveyed = s;
    let name = &s.reach.scope.name;
    let mut failures = Vec::new();
    // The changes that committed, in plan order.
    let mut made: Vec<&Change> = Vec::new();
    let role_changes = |drops: bool| {
        s.plan.changes.iter().filter(move |c| {
            c.database.is_none()
                && (c.kind == ChangeKind::DropRole) == drops
                && c.kind != ChangeKind::KeepRole
        })
    };
    if let Some(batch) = &s.plan.roles {
        log::step(&format!("{name}: creating roles..."));
        if let Err(e) = run_batch(s, sessions.get_mut(&batch.database), batch).await {
            // Nothing else can work without the roles.
            return (Vec::new(), vec![e]);
        }
        made.extend(role_changes(false));
    }
    log::step(&format!("{name}: granting..."));
    let work: Vec<_> = s
        .plan
        .databases
        .iter()
        .map(|b| (b, sessions.remove(&b.database)))
        .collect();
    let done: Vec<(&str, Result<(), String>)> = futures::stream::iter(work)
        .map(|(b, mut session)| async move {
            (b.database.as_str(), run_batch(s, session.as_mut(), b).await)
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut failed = BTreeSet::new();
    for b in &s.plan.databases {
        match done.iter().find(|(d, _)| *d == b.database).map(|(_, r)| r) {
            Some(Ok(())) => made.extend(
                s.plan
                    .changes
                    .iter()
                    .filter(|c| c.database.as_deref() == Some(b.database.as_str())),
            ),
            Some(Err(e)) => {
                failures.push(e.clone());
                failed.insert(b.database.clone());
            }
            None => {}
        }
    }
    if !failed.is_empty() {
        let undone = take_back(s, &mut sessions, &failed, &mut failures).await;
        made.retain(|c| !undone.contains(&c.role));
    }
    if let Some(batch) = &s.plan.drops {
        if failures.is_empty() {
            log::step(&format!("{name}: dropping roles..."));
            match run_batch(s, sessions.get_mut(&batch.database), batch).await {
                Ok(()) => made.extend(role_changes(true)),
                Err(e) => failures.push(e),
            }
        } else {
            failures.push(format!(
                "server {name}: pruned roles were not dropped because a database failed"
            ));
        }
    }
    let made = made
        .into_iter()
        .map(|c| (name.clone(), c.clone()))
        .collect();
    (made, failures)
}

/// Drops again the roles this run created whose grants failed in one of `failed`, so that a role is fully
/// granted or gone; returns the roles dropped. A role that cannot be dropped is a failure naming what to do.
async fn take_back(
    s: &Surveyed<'_>,
    sessions: &mut BTreeMap<String, Session>,
    failed: &BTreeSet<String>,
    failures: &mut Vec<String>,
) -> BTreeSet<String> {
    let name = &s.reach.scope.name;
    let mut undone = BTreeSet::new();
    let undo = match s.plan.undo(failed) {
        Ok(u) => u,
        Err(e) => {
            failures.push(format!("server {name}: {e}"));
            return undone;
        }
    };
    for u in undo {
        log::step(&format!("{name}: dropping role {} again...", u.role));
        let mut result = Ok(());
        for b in &u.batches {
            result = run_batch(s, sessions.get_mut(&b.database), b).await;
            if result.is_err() {
                break;
            }
        }
        let r = crate::pg::quote::quote_ident(&u.role, crate::pg::quote::NameKind::Role)
            .unwrap_or_else(|_| u.role.clone());
        match result {
            Ok(()) => {
                failures.push(format!(
                    "server {name}: role {} was created by this run and dropped again: its grants on database(s) {} failed",
                    u.role,
                    u.failed.join(", ")
                ));
                undone.insert(u.role);
            }
            Err(e) => failures.push(format!(
                "server {name}: role {} was created by this run but not fully granted, and dropping it failed: {e}. \
                 Drop it by hand (DROP OWNED BY {r} in each database, then DROP ROLE {r}) or run apply again.",
                u.role
            )),
        }
    }
    undone
}

/// Runs one batch in one transaction on the session of its database (a new one if it was lost).
async fn run_batch(
    s: &Surveyed<'_>,
    session: Option<&mut Session>,
    batch: &Batch,
) -> Result<(), String> {
    let (database, statements) = (&batch.database, &batch.statements);
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
