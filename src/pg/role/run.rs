//! Running a role plan: one session per database, all opened together, each step's statements sent as one
//! batch (one round trip), a lost connection retried in new sessions, and a role this run created dropped again
//! when the run fails for good.

use super::super::connect::{PgConnector, ServerLogin};
use super::super::error::PgError;
use super::super::opening::Opening;
use super::super::quote::{NameKind, quote_ident};
use super::super::session::{Batched, PgSession, role_exists_query};
use super::drop::revoke_and_drop;
use super::grantable::SchemaObjects;
use super::plan::{Action, GRANT_SCHEMA, RolePlan};
use crate::auth::Secret;
use crate::output::log;

/// What [`execute`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleOutcome {
    /// The role was created by this run (false: it existed and was kept).
    pub created: bool,
    /// `--new` found the role and dropped it before creating it again.
    pub replaced: bool,
}

/// Open sessions, one per database: taken from an [`Opening`] started ahead, else opened on first use.
struct Sessions<'a> {
    connector: &'a PgConnector,
    server: &'a ServerLogin,
    token: &'a Secret,
    open: Vec<PgSession>,
    opening: Option<Opening>,
}

impl<'a> Sessions<'a> {
    fn new(connector: &'a PgConnector, server: &'a ServerLogin, token: &'a Secret) -> Self {
        Sessions {
            connector,
            server,
            token,
            open: Vec::new(),
            opening: None,
        }
    }

    /// Sessions taken from `opening` when it was opened as `server`; otherwise (it is then closed unused)
    /// connects to `databases` started now, all at once.
    fn opened(
        connector: &'a PgConnector,
        server: &'a ServerLogin,
        token: &'a Secret,
        opening: Option<Opening>,
        databases: &[&str],
    ) -> Self {
        let opening = match opening {
            Some(o) if o.login() == server => o,
            _ => Opening::start(connector, server, databases, token),
        };
        Sessions {
            opening: Some(opening),
            ..Sessions::new(connector, server, token)
        }
    }

    /// The session on `database`; a closed one is replaced by a fresh connection.
    async fn get(&mut self, database: &str) -> Result<&mut PgSession, PgError> {
        if let Some(i) = self.open.iter().position(|s| s.database() == database) {
            if !self.open[i].is_closed() {
                return Ok(&mut self.open[i]);
            }
            self.open.remove(i);
        }
        if self.open.is_empty() {
            log::info("Connecting to database...");
        }
        let opened = match &mut self.opening {
            Some(opening) => opening.take(database).await,
            None => None,
        };
        let session = match opened {
            Some(session) => session?,
            None => {
                self.connector
                    .connect(self.server, database, self.token)
                    .await?
            }
        };
        self.open.push(session);
        let last = self.open.len() - 1;
        Ok(&mut self.open[last])
    }
}

/// Whether `e` says the role `role` already exists: SQLSTATE 42710 from `CREATE ROLE`, or
/// `pgaadauth_create_principal_with_oid`'s `role "<name>" already exists` message.
fn is_already_exists(e: &PgError, role: &str) -> bool {
    match e {
        PgError::Sql {
            sqlstate, message, ..
        } => {
            sqlstate.as_deref() == Some("42710")
                || message.contains(&format!("role \"{role}\" already exists"))
        }
        _ => false,
    }
}

/// How often a plan is started in all when the connection keeps failing: the first run and two
/// more, each after a short pause.
pub const ATTEMPTS: u32 = 3;
/// The pause before the second attempt; it grows linearly with the attempt.
const RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(100);

/// What a run of a [`RolePlan`] has done so far. It outlives one call of [`execute_with`], so a
/// caller that calls again (after adding a firewall rule) still knows whether this run created
/// the role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// The role was created by this run.
    pub created: bool,
    /// `--new` found the role and dropped it.
    pub replaced: bool,
    /// Steps that completed (their effect is committed); a rerun skips them.
    done: Vec<bool>,
    /// Whether the role existed when this run first looked (before its `CREATE`).
    existed_before: Option<bool>,
    /// The `CREATE` was sent but its session was lost before the answer: it may have happened.
    create_unknown: bool,
    /// How many attempts the last call of [`execute_with`] started (for the error text).
    pub attempts: u32,
    /// [`execute_with`] already tried to drop the role it created (after its statements failed for good).
    undo_attempted: bool,
    /// The schema's objects were checked for ones the administrator cannot grant on.
    checked: bool,
    /// The plan narrowed to the objects the administrator can grant on (`--skip-ungrantable` found some it
    /// cannot).
    narrowed: Option<RolePlan>,
}

/// Runs `plan` as `server.user` with `token` as the password.
///
/// A connect failure (firewall, password, TLS) happens before anything changed, so the caller
/// may fix the cause (e.g. add a firewall rule) and call again.
pub async fn execute(
    plan: &RolePlan,
    connector: &PgConnector,
    server: &ServerLogin,
    token: &Secret,
) -> Result<RoleOutcome, PgError> {
    execute_with(plan, connector, server, token, &mut Progress::default()).await
}

/// [`execute`], continuing from `progress`.
///
/// Each attempt opens the sessions of every database it still needs at once and has them all before its first
/// statement (a database that refuses this machine stops it before anything changed), then sends each step's
/// statements as one batch: a step costs one round trip.
///
/// A lost connection ([`PgError::is_transient`]: the connect reset, refused or timed out, the
/// session terminated mid-batch) is retried: after a short pause the remaining steps run again in
/// new sessions, up to [`ATTEMPTS`] attempts in all. That is safe because every step is idempotent
/// or already committed: a role that exists counts as created, the grants run in one transaction
/// that a lost session rolled back, and session settings are made again in the new session.
///
/// When the run fails for good (any other error, or the connection lost on every attempt), a role
/// this run created is dropped again through a fresh session, while a role that existed before is
/// never dropped. A firewall rejection or a refused password is returned as it is, without
/// cleanup, so the caller can add a rule or fetch a new token and call again with the same
/// `progress`.
pub async fn execute_with(
    plan: &RolePlan,
    connector: &PgConnector,
    server: &ServerLogin,
    token: &Secret,
    progress: &mut Progress,
) -> Result<RoleOutcome, PgError> {
    execute_opened(plan, connector, server, token, progress, None).await
}

/// [`execute_with`] whose first attempt takes its sessions from `opening` (connects started ahead, e.g. while
/// the caller was still reading what it needed) when that was opened as `server`; otherwise `opening` is
/// closed unused.
pub async fn execute_opened(
    plan: &RolePlan,
    connector: &PgConnector,
    server: &ServerLogin,
    token: &Secret,
    progress: &mut Progress,
    opening: Option<Opening>,
) -> Result<RoleOutcome, PgError> {
    progress.done.resize(plan.steps.len(), false);
    progress.attempts = 0;
    let mut opening = opening;
    loop {
        progress.attempts += 1;
        let databases = remaining_databases(plan, progress);
        let mut sessions = Sessions::opened(connector, server, token, opening.take(), &databases);
        let error = match run_steps(plan, &mut sessions, progress).await {
            Ok(()) => {
                return Ok(RoleOutcome {
                    created: progress.created,
                    replaced: progress.replaced,
                });
            }
            Err(e) => e,
        };
        if error.is_firewall_rejection() || error.is_password_failure() {
            return Err(error);
        }
        if error.is_transient() && progress.attempts < ATTEMPTS {
            log::debug(&format!(
                "PostgreSQL connection failed ({error}); running the remaining statements again in a new \
                 session (attempt {} of {ATTEMPTS})",
                progress.attempts + 1
            ));
            tokio::time::sleep(RETRY_PAUSE * progress.attempts).await;
            continue;
        }
        if !progress.created {
            return Err(error);
        }
        progress.undo_attempted = true;
        return Err(undo_create(&mut sessions, grant_database(plan), &plan.role, error).await);
    }
}

/// Drops the role again when this run created it (`progress.created`) and then gave up before the plan
/// completed for a reason [`execute_with`] hands back to its caller (the firewall or the password refusing a
/// later session): the caller's last step, so that no half-granted role is left. `Ok(false)`: this run did
/// not create the role, or [`execute_with`] already undid it (and said so); `Err`: the drop failed (e.g. the
/// server still refuses this machine).
pub async fn abandon(
    plan: &RolePlan,
    connector: &PgConnector,
    server: &ServerLogin,
    token: &Secret,
    progress: &mut Progress,
) -> Result<bool, PgError> {
    if !progress.created || progress.undo_attempted {
        return Ok(false);
    }
    let drop = format!("DROP ROLE {};", quote_ident(&plan.role, NameKind::Role)?);
    log::info(&format!(
        "Dropping role \"{}\" again: the run gave up before its grants were complete.",
        plan.role
    ));
    let mut sessions = Sessions::new(connector, server, token);
    sessions
        .get(grant_database(plan))
        .await?
        .execute(&drop)
        .await?;
    progress.created = false;
    Ok(true)
}

/// The databases of the steps still to run (session settings included: they run in every new session), in
/// order, once each.
fn remaining_databases<'p>(plan: &'p RolePlan, progress: &Progress) -> Vec<&'p str> {
    let mut databases: Vec<&str> = Vec::new();
    for (step, done) in plan.steps.iter().zip(&progress.done) {
        if !done && !databases.contains(&step.database.as_str()) {
            databases.push(&step.database);
        }
    }
    databases
}

/// The database whose session grants (and drops) the role.
fn grant_database(plan: &RolePlan) -> &str {
    plan.steps
        .iter()
        .find(|s| s.action == Action::Grant)
        .map_or(plan.database.as_str(), |s| s.database.as_str())
}

/// Reads, before anything changes and in one round trip, the tables and sequences of the schema the role is
/// granted and whether the role exists: stops when the administrator cannot grant on some of the objects, or
/// (`--skip-ungrantable`) narrows the plan to the others and warns. A role that exists is not created again,
/// which saves a rerun the create step's round trip.
async fn read_before_changes(
    plan: &RolePlan,
    sessions: &mut Sessions<'_>,
    progress: &mut Progress,
) -> Result<(), PgError> {
    let session = sessions.get(grant_database(plan)).await?;
    let objects_query = SchemaObjects::query(GRANT_SCHEMA)?;
    let exists_query = role_exists_query(&plan.role)?;
    let answers = session
        .read_batch(&[objects_query.as_str(), exists_query.as_str()])
        .await?;
    let objects =
        SchemaObjects::from_rows(GRANT_SCHEMA, answers.first().map_or(&[], Vec::as_slice));
    if progress.existed_before.is_none() {
        progress.existed_before = Some(answers.get(1).is_some_and(|rows| !rows.is_empty()));
    }
    if let Some(stop) = plan.ungrantable_error(&objects)? {
        return Err(stop);
    }
    let skipped = objects.describe_ungrantable()?;
    if !skipped.is_empty() {
        log::warning(&SchemaObjects::skipped_warning(
            &plan.database,
            &format!("role \"{}\" gets", plan.role),
            &skipped,
        ));
        progress.narrowed = Some(plan.narrowed(&objects)?);
    }
    progress.checked = true;
    Ok(())
}

/// One attempt: runs the steps that have not completed yet.
async fn run_steps(
    plan: &RolePlan,
    sessions: &mut Sessions<'_>,
    progress: &mut Progress,
) -> Result<(), PgError> {
    // Every session first (their connects run at once): a database that refuses this machine ends the attempt
    // before any statement ran, whichever database it is.
    for database in remaining_databases(plan, progress) {
        sessions.get(database).await?;
    }
    // Session settings waiting to be sent with the step after them.
    let mut settings: Vec<String> = Vec::new();
    if !progress.checked {
        read_before_changes(plan, sessions, progress).await?;
    }
    let narrowed = progress.narrowed.clone();
    let plan = narrowed.as_ref().unwrap_or(plan);
    for (i, step) in plan.steps.iter().enumerate() {
        if progress.done[i] {
            continue;
        }
        let session = sessions.get(&step.database).await?;
        match step.action {
            Action::DropExisting => {
                if session.role_exists(&plan.role).await? {
                    revoke_and_drop(session, plan.kind, &plan.role, &step.statements).await?;
                    progress.replaced = true;
                }
                // Whatever existed before is gone now: a role found later was created by this run.
                progress.existed_before = Some(false);
            }
            Action::SessionSetting => {
                // Sent with the next step when it runs on the same database (one round trip for both);
                // made again in every new session, so never marked done.
                let next_here = plan
                    .steps
                    .get(i + 1)
                    .is_some_and(|n| n.database == step.database && n.action == Action::CreateRole);
                if next_here {
                    settings.extend(step.statements.iter().cloned());
                } else {
                    run_create_batch(session, plan, progress, &step.statements, &[]).await?;
                }
                continue;
            }
            Action::CreateRole if progress.existed_before == Some(true) => {
                // The role was there before this run: kept as it is, as az keeps it (its create fails).
                settings.clear();
                log::info(&format!(
                    "Role \"{}\" already exists; keeping it.",
                    plan.role
                ));
            }
            Action::CreateRole => {
                let pending = std::mem::take(&mut settings);
                run_create_batch(session, plan, progress, &pending, &step.statements).await?;
            }
            Action::Grant => session.execute_in_transaction(&step.statements).await?,
        }
        progress.done[i] = true;
    }
    Ok(())
}

/// What a statement of a create batch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A session setting: one the server does not know (42704, only Azure Single Server has it) is skipped.
    Setting,
    /// A statement that creates the role: "already exists" is success.
    Create,
}

/// Runs `settings` and `creates` on `session`, in order, as one
/// batch — one round trip — and more only when a statement fails in a way the run goes past (an unknown
/// setting, a role that already exists): then the statements after it are sent as the next batch. A batch
/// ends with its create statement, so a create that completed is committed.
async fn run_create_batch(
    session: &PgSession,
    plan: &RolePlan,
    progress: &mut Progress,
    settings: &[String],
    creates: &[String],
) -> Result<(), PgError> {
    let mut parts: Vec<(Part, Batched)> = settings
        .iter()
        .map(|sql| (Part::Setting, Batched::logged(sql.as_str())))
        .collect();
    parts.extend(
        creates
            .iter()
            .map(|sql| (Part::Create, Batched::logged(sql.as_str()))),
    );
    let mut start = 0;
    while start < parts.len() {
        // Up to and including the next create statement.
        let end = parts[start..]
            .iter()
            .position(|(p, _)| *p == Part::Create)
            .map_or(parts.len(), |i| start + i + 1);
        let batch: Vec<Batched> = parts[start..end].iter().map(|(_, b)| b.clone()).collect();
        let run = session.execute_batch(&batch).await;
        // A create that completed is committed, whatever the batch did after it.
        if parts[start..start + run.rows.len()]
            .iter()
            .any(|(p, _)| *p == Part::Create)
        {
            progress.created = true;
        }
        let Some(e) = run.error else {
            start = end;
            continue;
        };
        start += run.rows.len();
        let (part, statement) = &parts[start];
        match part {
            // 42704: the parameter exists only on Azure Single Server.
            Part::Setting if e.sqlstate() == Some("42704") => {
                log::info(&format!(
                    "Skipped `{}`: this server does not know the parameter.",
                    statement.sql
                ));
            }
            Part::Create if is_already_exists(&e, &plan.role) => {
                if progress.create_unknown && progress.existed_before == Some(false) {
                    // The earlier CREATE went through before its session was lost.
                    progress.created = true;
                } else {
                    log::info(&format!(
                        "Role \"{}\" already exists; keeping it.",
                        plan.role
                    ));
                }
            }
            Part::Create => {
                if e.is_transient() {
                    progress.create_unknown = true;
                }
                return Err(e);
            }
            Part::Setting => return Err(e),
        }
        start += 1;
    }
    Ok(())
}

/// Drops the role this run created after its grants failed; returns the error to report.
async fn undo_create(
    sessions: &mut Sessions<'_>,
    database: &str,
    role: &str,
    error: PgError,
) -> PgError {
    let drop = match quote_ident(role, NameKind::Role) {
        Ok(r) => format!("DROP ROLE {r};"),
        Err(e) => {
            return PgError::CleanupFailed {
                role: role.to_owned(),
                error: Box::new(error),
                cleanup: Box::new(e.into()),
            };
        }
    };
    log::info(&format!(
        "Dropping role \"{role}\" again: its grants failed."
    ));
    let result = match sessions.get(database).await {
        Ok(session) => session.execute(&drop).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => error,
        Err(cleanup) => PgError::CleanupFailed {
            role: role.to_owned(),
            error: Box::new(error),
            cleanup: Box::new(cleanup),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn already_exists_is_recognised() {
        let sql = |state: &str, message: &str| {
            PgError::sql_for_test("postgres", "select 1", state, message)
        };
        assert!(is_already_exists(
            &sql("42710", "role \"aad_c\" already exists"),
            "aad_c"
        ));
        assert!(is_already_exists(
            &sql("P0001", "role \"aad_c\" already exists"),
            "aad_c"
        ));
        assert!(!is_already_exists(
            &sql("P0001", "role \"aad_other\" already exists"),
            "aad_c"
        ));
        assert!(!is_already_exists(
            &sql("42501", "permission denied to create role"),
            "aad_c"
        ));
    }
}
