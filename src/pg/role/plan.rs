//! The role SQL as data: [`RolePlan`] (what `create` runs, per server kind) and [`DropPlan`]
//! (`delete --drop-role`), and the script `--dry-run` prints from them. Pure: nothing here
//! connects.

use super::super::error::PgError;
use super::super::quote::{NameKind, check_ident, quote_ident, quote_literal};
use super::grantable::SchemaObjects;
use crate::server_kind::ServerKind;

/// The schema whose tables and sequences the role is granted.
pub const GRANT_SCHEMA: &str = "public";

/// The database Flexible Server's `pgaadauth` functions live in.
pub const FLEXIBLE_ADMIN_DATABASE: &str = "postgres";

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
    pub(super) kind: ServerKind,
    pub(super) role: String,
    pub(super) database: String,
    pub(super) steps: Vec<Step>,
    /// `--skip-ungrantable`: grant object by object on what the administrator can grant, instead of stopping.
    pub(super) skip_ungrantable: bool,
}

/// The databases a role plan for `kind` on `database` runs in, in order; known before the grantee is, so
/// their sessions can be opened early.
pub fn databases(kind: ServerKind, database: &str) -> Vec<&str> {
    match kind {
        ServerKind::Flexible if database != FLEXIBLE_ADMIN_DATABASE => {
            vec![FLEXIBLE_ADMIN_DATABASE, database]
        }
        ServerKind::Flexible | ServerKind::Single => vec![database],
    }
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
            skip_ungrantable: false,
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
            skip_ungrantable: false,
        })
    }

    /// With `skip`, tables and sequences the administrator cannot grant on are skipped (and named in a warning)
    /// instead of stopping the run.
    #[must_use]
    pub fn skipping_ungrantable(mut self, skip: bool) -> Self {
        self.skip_ungrantable = skip;
        self
    }

    /// This plan with its schema-wide statements (`… ON ALL TABLES IN SCHEMA public …`, also the revokes of
    /// `--new`) narrowed to the objects of `objects` the administrator can grant on, by name; a statement with
    /// nothing left to name is left out.
    pub fn narrowed(&self, objects: &SchemaObjects) -> Result<RolePlan, PgError> {
        let r = quote_ident(&self.role, NameKind::Role)?;
        let tables = objects.grantable_list(false)?;
        let sequences = objects.grantable_list(true)?;
        let mut plan = self.clone();
        for step in &mut plan.steps {
            let mut statements = Vec::new();
            for sql in &step.statements {
                let mut narrowed = None;
                for (verb, to) in [("GRANT", "TO"), ("REVOKE", "FROM")] {
                    for (all, one, list) in [
                        ("TABLES", "TABLE", &tables),
                        ("SEQUENCES", "SEQUENCE", &sequences),
                    ] {
                        if *sql == schema_wide(verb, all, to, &r) {
                            narrowed = Some(list.as_ref().map(|names| {
                                format!("{verb} ALL PRIVILEGES ON {one} {names} {to} {r};")
                            }));
                        }
                    }
                }
                match narrowed {
                    Some(Some(one_by_one)) => statements.push(one_by_one),
                    Some(None) => {}
                    None => statements.push(sql.clone()),
                }
            }
            step.statements = statements;
        }
        Ok(plan)
    }

    /// Why the run stops when `objects` holds some the administrator cannot grant on (and `--skip-ungrantable`
    /// was not given), with the fixes; `None` when it can go on.
    pub fn ungrantable_error(&self, objects: &SchemaObjects) -> Result<Option<PgError>, PgError> {
        if self.skip_ungrantable || objects.ungrantable().next().is_none() {
            return Ok(None);
        }
        let r = quote_ident(&self.role, NameKind::Role)?;
        let mut owner_fix = Vec::new();
        let mut grant_fix = Vec::new();
        for o in objects.ungrantable() {
            let name = objects.qualified(o)?;
            owner_fix.push(SchemaObjects::owner_fix(o.class(), &name));
            grant_fix.push(format!(
                "GRANT ALL PRIVILEGES ON {} {name} TO {r};",
                o.class().to_uppercase()
            ));
        }
        Ok(Some(PgError::Ungrantable {
            database: self.database.clone(),
            objects: objects.describe_ungrantable()?,
            owner_fix,
            grant_fix,
        }))
    }

    /// Whether objects the administrator cannot grant on are skipped rather than stopping the run.
    pub fn skips_ungrantable(&self) -> bool {
        self.skip_ungrantable
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
        schema_wide("GRANT", "TABLES", "TO", r),
        schema_wide("GRANT", "SEQUENCES", "TO", r),
    ])
}

/// `GRANT|REVOKE ALL PRIVILEGES ON ALL TABLES|SEQUENCES IN SCHEMA public TO|FROM <role>;`
fn schema_wide(verb: &str, class: &str, to: &str, r: &str) -> String {
    format!("{verb} ALL PRIVILEGES ON ALL {class} IN SCHEMA {GRANT_SCHEMA} {to} {r};")
}

/// Revokes what either plan grants, then drops the role; run on the target database.
pub(super) fn drop_step(role: &str, database: &str) -> Result<Step, PgError> {
    let r = quote_ident(role, NameKind::Role)?;
    let d = quote_ident(database, NameKind::Database)?;
    Ok(Step {
        database: database.to_owned(),
        action: Action::DropExisting,
        statements: vec![
            format!("REVOKE ALL PRIVILEGES ON DATABASE {d} FROM {r};"),
            schema_wide("REVOKE", "TABLES", "FROM", &r),
            schema_wide("REVOKE", "SEQUENCES", "FROM", &r),
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

/// `delete --drop-role`: revokes azconn's grants on the target database and drops the role
/// ([`drop_role`](super::drop_role) runs it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropPlan {
    pub(super) kind: ServerKind,
    pub(super) role: String,
    pub(super) step: Step,
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const OID: &str = "5f2e8a41-0000-4000-8000-000000000001";

    fn objects() -> SchemaObjects {
        let o =
            |name: &str, sequence, owner: &str, grantable| super::super::grantable::SchemaObject {
                name: name.to_owned(),
                sequence,
                owner: owner.to_owned(),
                grantable,
            };
        SchemaObjects {
            schema: GRANT_SCHEMA.to_owned(),
            objects: vec![
                o("app_data", false, "app", false),
                o("t1", false, "azure_pg_admin", true),
                o("t\"2", false, "alice", true),
                o("app_data_id_seq", true, "app", false),
            ],
        }
    }

    #[test]
    fn skipping_narrows_the_schema_wide_statements_to_the_grantable_objects() {
        let plan = RolePlan::flexible("aad_c", "demo", OID, PrincipalType::User, true)
            .unwrap()
            .skipping_ungrantable(true);
        assert!(plan.ungrantable_error(&objects()).unwrap().is_none());
        assert_eq!(
            plan.narrowed(&objects()).unwrap().script(),
            "-- database: \"demo\"\n-- only if role \"aad_c\" exists:\nBEGIN;\n\
             REVOKE ALL PRIVILEGES ON DATABASE \"demo\" FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON TABLE \"public\".\"t1\", \"public\".\"t\"\"2\" FROM \"aad_c\";\n\
             REVOKE ALL PRIVILEGES ON SCHEMA public FROM \"aad_c\";\n\
             DROP ROLE \"aad_c\";\nCOMMIT;\n\
             -- database: \"postgres\"\n\
             select * from pgaadauth_create_principal_with_oid('aad_c', '5f2e8a41-0000-4000-8000-000000000001', 'user', false, false);\n\
             -- database: \"demo\"\nBEGIN;\n\
             GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_c\";\n\
             GRANT ALL PRIVILEGES ON TABLE \"public\".\"t1\", \"public\".\"t\"\"2\" TO \"aad_c\";\n\
             GRANT CREATE ON SCHEMA public TO \"aad_c\";\nCOMMIT;\n"
        );
    }

    #[test]
    fn by_default_an_ungrantable_object_stops_the_run_with_the_fixes() {
        let plan = RolePlan::single("aad_c", "demo", OID, false).unwrap();
        let stop = plan.ungrantable_error(&objects()).unwrap().unwrap();
        assert_eq!(
            stop.to_string(),
            "The Microsoft Entra administrator cannot grant on these objects in database `demo`: it is not their \
             owner nor a member of it, and holds no grant option:\n  \
             table \"public\".\"app_data\" (owner app)\n  sequence \"public\".\"app_data_id_seq\" (owner app)\n\
             Nothing was changed. Make the administrators' role the owner and run the command again:\n  \
             ALTER TABLE \"public\".\"app_data\" OWNER TO azure_pg_admin;\n  \
             ALTER SEQUENCE \"public\".\"app_data_id_seq\" OWNER TO azure_pg_admin;\n\
             or run it with --skip-ungrantable to grant on everything else, then have the owner grant these:\n  \
             GRANT ALL PRIVILEGES ON TABLE \"public\".\"app_data\" TO \"aad_c\";\n  \
             GRANT ALL PRIVILEGES ON SEQUENCE \"public\".\"app_data_id_seq\" TO \"aad_c\";"
        );
        let all_grantable = SchemaObjects {
            schema: GRANT_SCHEMA.to_owned(),
            objects: Vec::new(),
        };
        assert!(plan.ungrantable_error(&all_grantable).unwrap().is_none());
    }

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
}
