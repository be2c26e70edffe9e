//! The SQL that gives an Entra principal its PostgreSQL role, per server kind, and running it.
//!
//! Mirrors az (reference §4): Flexible Server calls `pgaadauth_create_principal_with_oid` on
//! database `postgres`, then grants four privileges on the target database; Single Server runs
//! `CREATE ROLE … IN ROLE azure_ad_user` and three grants on the target database. Where az ignores
//! every SQL error, this module does better:
//! - a role that already exists counts as success, so a rerun is idempotent;
//! - any other error fails, naming the statement; the grants on one database run in one
//!   transaction; a role this run created whose grants fail is dropped again, while a role
//!   that existed before is never dropped (except by an explicit `--new`);
//! - `--new` revokes the grants azconn makes and drops the role in one transaction on the target
//!   database (az's bare `DROP ROLE` fails once grants exist); a role that owns objects or holds
//!   other grants is not dropped, and the error says why;
//! - one session per database touched;
//! - a lost connection (connect reset, refused or timed out; session terminated mid-batch) is
//!   retried: the remaining steps run again in new sessions, a bounded number of times.
//!
//! [`RolePlan`] is pure (the `--dry-run` script comes from it); [`execute`] and [`drop_role`] run it.

use super::connect::{PgConnector, ServerLogin, Session};
use super::error::PgError;
use super::quote::{NameKind, check_ident, quote_ident, quote_literal};
use crate::auth::Secret;
use crate::output::log;

/// The database Flexible Server's `pgaadauth` functions live in.
pub const FLEXIBLE_ADMIN_DATABASE: &str = "postgres";

/// Which Azure Database for PostgreSQL flavour runs the SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    /// Flexible Server (`Microsoft.DBforPostgreSQL/flexibleServers`).
    Flexible,
    /// Single Server (`Microsoft.DBforPostgreSQL/servers`).
    Single,
}

/// The Entra principal type as `pgaadauth_create_principal_with_oid` spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalType {
    /// `--user-account`: `'user'`.
    User,
    /// `--service-principal` (and managed identities): `'service'`.
    Service,
}

impl PrincipalType {
    fn as_sql(self) -> &'static str {
        match self {
            PrincipalType::User => "user",
            PrincipalType::Service => "service",
        }
    }
}

/// What a step does; decides how its errors are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `--new`: if the role exists, revoke azconn's grants and drop it, in one transaction.
    DropExisting,
    /// A session setting that only Azure Single Server knows; skipped where the server lacks it.
    SessionSetting,
    /// Creates the role; "already exists" counts as success.
    CreateRole,
    /// The grants on one database, in one transaction.
    Grant,
}

/// Statements run in one session on one database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The database the session is opened on.
    pub database: String,
    /// How the statements are run.
    pub action: Action,
    /// The SQL, each statement exactly as sent.
    pub statements: Vec<String>,
}

impl Step {
    /// Whether the statements run inside `BEGIN … COMMIT`.
    pub fn transactional(&self) -> bool {
        matches!(self.action, Action::DropExisting | Action::Grant)
    }
}

/// Everything the database side of `create` does, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePlan {
    kind: ServerKind,
    role: String,
    database: String,
    steps: Vec<Step>,
}

impl RolePlan {
    /// The plan for Flexible Server: role `role` for the Entra object `object_id` on `database`.
    /// `recreate` is `--new`.
    pub fn flexible(
        role: &str,
        database: &str,
        object_id: &str,
        principal: PrincipalType,
        recreate: bool,
    ) -> Result<Self, PgError> {
        let r = quote_ident(role, NameKind::Role)?;
        check_ident(database, NameKind::Database)?;
        let create = format!(
            "select * from pgaadauth_create_principal_with_oid({}, {}, '{}', false, false);",
            quote_literal(role, "the role name")?,
            quote_literal(object_id, "the object id")?,
            principal.as_sql()
        );
        let mut steps = Vec::new();
        if recreate {
            steps.push(drop_step(role, database)?);
        }
        steps.push(Step {
            database: FLEXIBLE_ADMIN_DATABASE.to_owned(),
            action: Action::CreateRole,
            statements: vec![create],
        });
        let mut grants = common_grants(&r, database)?;
        grants.push(format!("GRANT CREATE ON SCHEMA public TO {r};"));
        steps.push(Step {
            database: database.to_owned(),
            action: Action::Grant,
            statements: grants,
        });
        Ok(RolePlan {
            kind: ServerKind::Flexible,
            role: role.to_owned(),
            database: database.to_owned(),
            steps,
        })
    }

    /// The plan for Single Server: `password` is the user's object id (`--user-account`) or the
    /// service principal's client id, as az does.
    ///
    /// `SET aad_validate_oids_in_tenant = off;` runs every time, not only with `--new` as in az:
    /// with validation on, Single Server only accepts an object id of its own tenant as the role
    /// "password", so guest users and client ids fail. This is what the documented manual script
    /// (`create_ad_user.sql`) does too. On a server without the parameter the SET is skipped.
    pub fn single(
        role: &str,
        database: &str,
        password: &str,
        recreate: bool,
    ) -> Result<Self, PgError> {
        let r = quote_ident(role, NameKind::Role)?;
        check_ident(database, NameKind::Database)?;
        let mut steps = Vec::new();
        if recreate {
            steps.push(drop_step(role, database)?);
        }
        steps.push(Step {
            database: database.to_owned(),
            action: Action::SessionSetting,
            statements: vec!["SET aad_validate_oids_in_tenant = off;".to_owned()],
        });
        steps.push(Step {
            database: database.to_owned(),
            action: Action::CreateRole,
            statements: vec![format!(
                "CREATE ROLE {r} WITH LOGIN PASSWORD {} IN ROLE azure_ad_user;",
                quote_literal(password, "the role password")?
            )],
        });
        steps.push(Step {
            database: database.to_owned(),
            action: Action::Grant,
            statements: common_grants(&r, database)?,
        });
        Ok(RolePlan {
            kind: ServerKind::Single,
            role: role.to_owned(),
            database: database.to_owned(),
            steps,
        })
    }

    /// The server kind.
    pub fn kind(&self) -> ServerKind {
        self.kind
    }

    /// The role name (`aad_<connection>`).
    pub fn role(&self) -> &str {
        &self.role
    }

    /// The target database.
    pub fn database(&self) -> &str {
        &self.database
    }

    /// The steps in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The SQL as `--dry-run` prints it: a `-- database: <db>` line before each change of
    /// database, `BEGIN;`/`COMMIT;` around transactions, one statement per line.
    pub fn script(&self) -> String {
        script(&self.steps, &self.role)
    }
}

/// The grants both server kinds make (Flexible adds `GRANT CREATE ON SCHEMA public`).
fn common_grants(r: &str, database: &str) -> Result<Vec<String>, PgError> {
    let d = quote_ident(database, NameKind::Database)?;
    Ok(vec![
        format!("GRANT ALL PRIVILEGES ON DATABASE {d} TO {r};"),
        format!("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO {r};"),
        format!("GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO {r};"),
    ])
}

/// Revokes what either plan grants, then drops the role; run on the target database.
fn drop_step(role: &str, database: &str) -> Result<Step, PgError> {
    let r = quote_ident(role, NameKind::Role)?;
    let d = quote_ident(database, NameKind::Database)?;
    Ok(Step {
        database: database.to_owned(),
        action: Action::DropExisting,
        statements: vec![
            format!("REVOKE ALL PRIVILEGES ON DATABASE {d} FROM {r};"),
            format!("REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM {r};"),
            format!("REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public FROM {r};"),
            format!("REVOKE ALL PRIVILEGES ON SCHEMA public FROM {r};"),
            format!("DROP ROLE {r};"),
        ],
    })
}

fn script(steps: &[Step], role: &str) -> String {
    let mut out = String::new();
    let mut current: Option<&str> = None;
    for step in steps {
        if current != Some(step.database.as_str()) {
            // The name is shown as an identifier so the line stays one line whatever it holds.
            let shown = quote_ident(&step.database, NameKind::Database)
                .unwrap_or_else(|_| step.database.clone());
            out.push_str(&format!("-- database: {shown}\n"));
            current = Some(&step.database);
        }
        if step.action == Action::DropExisting {
            let shown = quote_ident(role, NameKind::Role).unwrap_or_else(|_| role.to_owned());
            out.push_str(&format!("-- only if role {shown} exists:\n"));
        }
        if step.transactional() {
            out.push_str("BEGIN;\n");
        }
        for sql in &step.statements {
            out.push_str(sql);
            out.push('\n');
        }
        if step.transactional() {
            out.push_str("COMMIT;\n");
        }
    }
    out
}

/// What [`execute`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleOutcome {
    /// The role was created by this run (false: it existed and was kept).
    pub created: bool,
    /// `--new` found the role and dropped it before creating it again.
    pub replaced: bool,
}

/// Open sessions, one per database, opened on first use.
struct Sessions<'a> {
    connector: &'a PgConnector,
    server: &'a ServerLogin,
    token: &'a Secret,
    open: Vec<Session>,
}

impl<'a> Sessions<'a> {
    fn new(connector: &'a PgConnector, server: &'a ServerLogin, token: &'a Secret) -> Self {
        Sessions {
            connector,
            server,
            token,
            open: Vec::new(),
        }
    }

    /// The session on `database`; a closed one is replaced by a fresh connection.
    async fn get(&mut self, database: &str) -> Result<&mut Session, PgError> {
        if let Some(i) = self.open.iter().position(|s| s.database() == database) {
            if !self.open[i].is_closed() {
                return Ok(&mut self.open[i]);
            }
            self.open.remove(i);
        }
        if self.open.is_empty() {
            log::info("Connecting to database...");
        }
        let session = self
            .connector
            .connect(self.server, database, self.token)
            .await?;
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
    progress.done.resize(plan.steps.len(), false);
    progress.attempts = 0;
    loop {
        progress.attempts += 1;
        let mut sessions = Sessions::new(connector, server, token);
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

/// The database whose session grants (and drops) the role.
fn grant_database(plan: &RolePlan) -> &str {
    plan.steps
        .iter()
        .find(|s| s.action == Action::Grant)
        .map_or(plan.database.as_str(), |s| s.database.as_str())
}

/// One attempt: runs the steps that have not completed yet.
async fn run_steps(
    plan: &RolePlan,
    sessions: &mut Sessions<'_>,
    progress: &mut Progress,
) -> Result<(), PgError> {
    for (i, step) in plan.steps.iter().enumerate() {
        if progress.done[i] {
            continue;
        }
        let session = sessions.get(&step.database).await?;
        match step.action {
            Action::DropExisting => {
                if session.role_exists(&plan.role).await? {
                    ensure_droppable(session, plan.kind, &plan.role).await?;
                    session
                        .execute_in_transaction(&step.statements)
                        .await
                        .map_err(|e| drop_blocked(&plan.role, e))?;
                    progress.replaced = true;
                }
                // Whatever existed before is gone now: a role found later was created by this run.
                progress.existed_before = Some(false);
            }
            Action::SessionSetting => {
                for sql in &step.statements {
                    match session.execute(sql).await {
                        // 42704: the parameter exists only on Azure Single Server.
                        Err(e) if e.sqlstate() == Some("42704") => {
                            log::info(&format!(
                                "Skipped `{sql}`: this server does not know the parameter."
                            ));
                        }
                        other => other?,
                    }
                }
                // Session settings are made again in every new session.
                continue;
            }
            Action::CreateRole => {
                if progress.existed_before.is_none() {
                    progress.existed_before = Some(session.role_exists(&plan.role).await?);
                }
                for sql in &step.statements {
                    match session.execute(sql).await {
                        Ok(()) => progress.created = true,
                        Err(e) if is_already_exists(&e, &plan.role) => {
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
                        Err(e) => {
                            if e.is_transient() {
                                progress.create_unknown = true;
                            }
                            return Err(e);
                        }
                    }
                }
            }
            Action::Grant => session.execute_in_transaction(&step.statements).await?,
        }
        progress.done[i] = true;
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

/// A failed revoke-and-drop transaction: SQL errors get the advice, connect errors stay as they are.
fn drop_blocked(role: &str, error: PgError) -> PgError {
    match error {
        PgError::Sql { .. } => PgError::DropBlocked {
            role: role.to_owned(),
            error: Box::new(error),
        },
        other => other,
    }
}

/// Refuses roles azconn would never create: superusers, roles with CREATEROLE, CREATEDB,
/// REPLICATION or BYPASSRLS, members of `azure_pg_admin`, and on Single Server roles outside
/// `azure_ad_user`.
async fn ensure_droppable(session: &Session, kind: ServerKind, role: &str) -> Result<(), PgError> {
    let sql = "SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls, \
               EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid \
                       WHERE m.member = r.oid AND g.rolname = 'azure_pg_admin'), \
               EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid \
                       WHERE m.member = r.oid AND g.rolname = 'azure_ad_user') \
               FROM pg_catalog.pg_roles r WHERE r.rolname = $1";
    let rows = session.query(sql, &[&role]).await?;
    let Some(row) = rows.first() else {
        return Ok(());
    };
    let (privileged, admin, ad_user): (bool, bool, bool) = (row.get(0), row.get(1), row.get(2));
    let reason = if privileged {
        Some(
            "it has administrative attributes (superuser, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS).",
        )
    } else if admin {
        Some("it is a member of azure_pg_admin.")
    } else if kind == ServerKind::Single && !ad_user {
        Some("it is not a member of azure_ad_user, so it is not an Entra role.")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(PgError::NotDroppable {
            role: role.to_owned(),
            reason: reason.to_owned(),
        }),
        None => Ok(()),
    }
}

/// `delete --drop-role`: revokes azconn's grants on the target database and drops the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropPlan {
    kind: ServerKind,
    role: String,
    step: Step,
}

impl DropPlan {
    /// The plan to drop `role`, granted on `database`.
    pub fn new(kind: ServerKind, role: &str, database: &str) -> Result<Self, PgError> {
        Ok(DropPlan {
            kind,
            role: role.to_owned(),
            step: drop_step(role, database)?,
        })
    }

    /// The SQL as `--dry-run` prints it.
    pub fn script(&self) -> String {
        script(std::slice::from_ref(&self.step), &self.role)
    }
}

/// What [`drop_role`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DropOutcome {
    /// The role existed and was dropped (false: there was nothing to drop).
    pub dropped: bool,
}

/// Runs `plan`: if the role exists and looks like an azconn role (see the checks in
/// [`DropPlan`]'s module docs), revokes the grants and drops it in one transaction. A role that
/// still owns objects or holds other grants is not dropped; PostgreSQL's reason is in the error.
pub async fn drop_role(
    plan: &DropPlan,
    connector: &PgConnector,
    server: &ServerLogin,
    token: &Secret,
) -> Result<DropOutcome, PgError> {
    let mut session = connector
        .connect(server, &plan.step.database, token)
        .await?;
    if !session.role_exists(&plan.role).await? {
        return Ok(DropOutcome { dropped: false });
    }
    ensure_droppable(&session, plan.kind, &plan.role).await?;
    session
        .execute_in_transaction(&plan.step.statements)
        .await
        .map_err(|e| drop_blocked(&plan.role, e))?;
    Ok(DropOutcome { dropped: true })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const OID: &str = "5f2e8a41-0000-4000-8000-000000000001";

    fn check(plan: Result<RolePlan, PgError>, expect: &str) {
        match plan {
            Ok(plan) => assert_eq!(plan.script(), expect),
            Err(e) => assert_eq!(format!("error: {e}"), expect),
        }
    }

    #[test]
    fn flexible_user() {
        check(
            RolePlan::flexible("aad_conn1", "demo", OID, PrincipalType::User, false),
            "-- database: \"postgres\"\n\
             select * from pgaadauth_create_principal_with_oid('aad_conn1', '5f2e8a41-0000-4000-8000-000000000001', 'user', false, false);\n\
             -- database: \"demo\"\n\
             BEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_conn1\";\n\
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_conn1\";\n\
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_conn1\";\n\
             GRANT CREATE ON SCHEMA public TO \"aad_conn1\";\n\
             COMMIT;\n",
        );
    }

    #[test]
    fn flexible_service_new() {
        check(
            RolePlan::flexible("aad_c", "postgres", OID, PrincipalType::Service, true),
            "-- database: \"postgres\"\n\
             -- only if role \"aad_c\" exists:\n\
             BEGIN;\n\
             REVOKE ALL PRIVILEGES ON DATABASE \"postgres\" FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON SCHEMA public FROM \"aad_c\";\n\
             DROP ROLE \"aad_c\";\n\
             COMMIT;\n\
             select * from pgaadauth_create_principal_with_oid('aad_c', '5f2e8a41-0000-4000-8000-000000000001', 'service', false, false);\n\
             BEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"postgres\" TO \"aad_c\";\n\
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_c\";\n\
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_c\";\n\
             GRANT CREATE ON SCHEMA public TO \"aad_c\";\n\
             COMMIT;\n",
        );
    }

    #[test]
    fn single_user_has_the_seed_shape() {
        check(
            RolePlan::single("aad_postgres_conn", "demo", OID, false),
            "-- database: \"demo\"\n\
             SET aad_validate_oids_in_tenant = off;\n\
             CREATE ROLE \"aad_postgres_conn\" WITH LOGIN PASSWORD '5f2e8a41-0000-4000-8000-000000000001' IN ROLE azure_ad_user;\n\
             BEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_postgres_conn\";\n\
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_postgres_conn\";\n\
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_postgres_conn\";\n\
             COMMIT;\n",
        );
    }

    #[test]
    fn hostile_names_are_quoted_or_rejected() {
        check(
            RolePlan::single("aad_x\"y", "my \"db\"; drop", "it's\\", false),
            "-- database: \"my \"\"db\"\"; drop\"\n\
             SET aad_validate_oids_in_tenant = off;\n\
             CREATE ROLE \"aad_x\"\"y\" WITH LOGIN PASSWORD E'it''s\\\\' IN ROLE azure_ad_user;\n\
             BEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"my \"\"db\"\"; drop\" TO \"aad_x\"\"y\";\n\
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_x\"\"y\";\n\
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_x\"\"y\";\n\
             COMMIT;\n",
        );
        check(
            RolePlan::flexible(
                "aad_o'brien",
                "demo",
                "x'; drop role admin; --",
                PrincipalType::User,
                false,
            ),
            "-- database: \"postgres\"\n\
             select * from pgaadauth_create_principal_with_oid('aad_o''brien', 'x''; drop role admin; --', 'user', false, false);\n\
             -- database: \"demo\"\n\
             BEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_o'brien\";\n\
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_o'brien\";\n\
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_o'brien\";\n\
             GRANT CREATE ON SCHEMA public TO \"aad_o'brien\";\n\
             COMMIT;\n",
        );
        let long = format!("aad_{}", "x".repeat(60));
        check(
            RolePlan::flexible(&long, "demo", OID, PrincipalType::User, false),
            &format!(
                "error: The role name `{long}` is 64 bytes long; PostgreSQL truncates names to 63 bytes, which could \
                 address a different role. Use a shorter name (the role is `aad_` + `--connection`; shorten \
                 `--connection`)."
            ),
        );
        check(
            RolePlan::single("aad_c", &"d".repeat(64), OID, false),
            &format!(
                "error: The database name `{}` is 64 bytes long; PostgreSQL truncates names to 63 bytes, which could \
                 address a different database. Use a shorter name.",
                "d".repeat(64)
            ),
        );
        check(
            RolePlan::single("aad_c", "demo", "a\0b", false),
            "error: The value for the role password contains a NUL character, which PostgreSQL does not allow.",
        );
    }

    #[test]
    fn drop_plan_script() {
        assert_eq!(
            DropPlan::new(ServerKind::Single, "aad_c", "demo")
                .unwrap()
                .script(),
            "-- database: \"demo\"\n\
             -- only if role \"aad_c\" exists:\n\
             BEGIN;\n\
             REVOKE ALL PRIVILEGES ON DATABASE \"demo\" FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON SCHEMA public FROM \"aad_c\";\n\
             DROP ROLE \"aad_c\";\n\
             COMMIT;\n"
        );
    }

    #[test]
    fn already_exists_is_recognised() {
        let sql = |state: &str, message: &str| PgError::Sql {
            database: "postgres".into(),
            statement: "select 1".into(),
            sqlstate: Some(state.into()),
            message: message.into(),
            detail: None,
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
