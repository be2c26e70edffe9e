//! The diff: what the file asks for on a server against what its catalogs hold, as an ordered list of changes
//! and the exact SQL that makes them. Pure: no I/O, so plans are tested here to the byte.
//!
//! Rules:
//! - A role the file lists has exactly the file's privileges on the managed databases and schemas: what is
//!   missing is granted, anything else (a grant added by hand) is revoked.
//! - Objects created later are covered: default privileges are set for every role that creates objects there —
//!   the Entra administrators, the roles given a profile with `CREATE` on the schema, and the current owners of
//!   tables and sequences in the managed schemas.
//! - The signed-in administrator may lack the rights of an object's owner (an app's role made the table). The
//!   SQL then makes it a member of that owner for the length of the transaction (`GRANT owner TO CURRENT_USER`
//!   … `REVOKE owner FROM CURRENT_USER`), so the grants are the owner's and nothing about memberships changes.
//!   Objects it can reach neither so nor by `create`'s check (the owner's privileges or every grant option) — a
//!   superuser's — stop the plan before any change with `create`'s list and fixes, or with `--skip-ungrantable`
//!   are left out and named in a warning.
//! - Roles azconn manages carry its marker (a role comment). With `--prune`, a managed role the file no longer
//!   lists loses its privileges and is dropped — unless it owns objects or holds privileges outside the file,
//!   in which case it is kept (privileges in scope revoked) and the plan says why and what to do.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::profile::{ObjectClass, Privilege, Privs};
use super::state::{
    DatabaseCatalog, Desired, DesiredRole, PrincipalType, RoleState, ServerCatalog,
};
use crate::pg::PgError;
use crate::pg::quote::{QuoteError, quote_literal};
use crate::server_kind::ServerKind;
use grants::{DatabaseBatch, Subject, ident};

mod grants;

/// The comment azconn puts on the roles it manages.
pub const MARKER: &str = "managed by azconn access";

/// The database Flexible Server's `pgaadauth` functions live in, where roles are created and dropped.
pub const ADMIN_DATABASE: &str = crate::pg::role::FLEXIBLE_ADMIN_DATABASE;

/// What a change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Create the role for an Entra principal.
    CreateRole,
    /// Mark an existing role of the same principal as managed.
    AdoptRole,
    Grant,
    Revoke,
    /// Default privileges for objects created later.
    GrantDefault,
    RevokeDefault,
    DropRole,
    /// `--prune` would drop the role but must not (the note says why).
    KeepRole,
}

impl ChangeKind {
    /// How plans name it.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::CreateRole => "create role",
            ChangeKind::AdoptRole => "adopt role",
            ChangeKind::Grant => "grant",
            ChangeKind::Revoke => "revoke",
            ChangeKind::GrantDefault => "grant default",
            ChangeKind::RevokeDefault => "revoke default",
            ChangeKind::DropRole => "drop role",
            ChangeKind::KeepRole => "keep role",
        }
    }
}

/// One line of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub role: String,
    /// `None` for server-wide changes (roles).
    pub database: Option<String>,
    /// `database demo`, `schema public`, `table public.t1`, `tables created by "app" in public`; for roles, the
    /// principal (`user alice@contoso.com (object id …)`).
    pub object: String,
    pub privileges: Vec<String>,
    /// Why (for `keep role`), or the principal's object id (for `create role`).
    pub note: Option<String>,
}

/// Statements to run in one transaction on one database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub database: String,
    pub statements: Vec<String>,
}

/// Everything apply would do on one server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerPlan {
    pub changes: Vec<Change>,
    /// Roles created or adopted: on `postgres`, first.
    pub roles: Option<Batch>,
    /// One per database with changes, in file order.
    pub databases: Vec<Batch>,
    /// Roles dropped: on `postgres`, last.
    pub drops: Option<Batch>,
    /// What `--skip-ungrantable` left out, per database.
    pub skipped: Vec<Skipped>,
}

impl ServerPlan {
    /// Whether anything would change (a kept role alone changes nothing).
    pub fn has_changes(&self) -> bool {
        self.changes.iter().any(|c| c.kind != ChangeKind::KeepRole)
    }

    /// The batches in the order apply runs them.
    pub fn batches(&self) -> Vec<&Batch> {
        self.roles
            .iter()
            .chain(self.databases.iter())
            .chain(self.drops.iter())
            .collect()
    }

    /// How to take back the roles this plan creates whose grants did not all commit (`failed`: the databases
    /// whose transaction failed): per role, its privileges dropped in each database that did commit, then the
    /// role dropped. A role this run created is fully granted or gone. Nothing it owns is at stake: it was
    /// created moments ago by this run.
    pub fn undo(&self, failed: &BTreeSet<String>) -> Result<Vec<Undo>, DiffError> {
        let mut out = Vec::new();
        for created in self
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::CreateRole)
        {
            let role = &created.role;
            let databases: BTreeSet<&str> = self
                .changes
                .iter()
                .filter(|c| &c.role == role)
                .filter_map(|c| c.database.as_deref())
                .collect();
            let missed: Vec<String> = databases
                .iter()
                .filter(|d| failed.contains(**d))
                .map(|d| (*d).to_owned())
                .collect();
            if missed.is_empty() {
                continue;
            }
            let r = ident(role)?;
            let mut batches: Vec<Batch> = databases
                .iter()
                .filter(|d| !failed.contains(**d))
                .map(|d| Batch {
                    database: (*d).to_owned(),
                    statements: vec![
                        format!("GRANT {r} TO CURRENT_USER;"),
                        format!("DROP OWNED BY {r};"),
                        format!("REVOKE {r} FROM CURRENT_USER;"),
                    ],
                })
                .collect();
            batches.push(Batch {
                database: ADMIN_DATABASE.to_owned(),
                statements: vec![
                    format!("GRANT {r} TO CURRENT_USER;"),
                    format!("DROP OWNED BY {r};"),
                    format!("DROP ROLE {r};"),
                ],
            });
            out.push(Undo {
                role: role.clone(),
                failed: missed,
                batches,
            });
        }
        Ok(out)
    }
}

/// A role this run created, to be dropped again because some of its grants failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    pub role: String,
    /// The databases whose grants failed.
    pub failed: Vec<String>,
    /// In order: its privileges dropped in each database that committed, then the role dropped on `postgres`.
    pub batches: Vec<Batch>,
}

/// What the administrator cannot grant on in one database: each object's line, the owner fixes, and the
/// statements the owner would run instead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stuck {
    pub database: String,
    pub objects: Vec<String>,
    pub owner_fix: Vec<String>,
    pub grant_fix: Vec<String>,
}

impl Stuck {
    /// The error `create` gives for the same finding, so both say it in the same words.
    pub fn error(&self) -> PgError {
        PgError::Ungrantable {
            database: self.database.clone(),
            objects: self.objects.clone(),
            owner_fix: self.owner_fix.clone(),
            grant_fix: self.grant_fix.clone(),
        }
    }
}

/// What `--skip-ungrantable` left out in one database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub database: String,
    /// The roles that get no privileges on them.
    pub roles: Vec<String>,
    pub objects: Vec<String>,
}

impl Skipped {
    /// The warning `create` prints for the same skip.
    pub fn warning(&self) -> String {
        let roles: Vec<String> = self.roles.iter().map(|r| format!("\"{r}\"")).collect();
        let who = if roles.len() == 1 {
            format!("role {} gets", roles[0])
        } else {
            format!("roles {} get", roles.join(", "))
        };
        crate::pg::role::SchemaObjects::skipped_warning(&self.database, &who, &self.objects)
    }
}

/// Why there is no plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffError {
    /// The file's role name is taken by a role of another principal, or by a role that is not Entra's, or the
    /// role cannot be made for its principal.
    RoleTaken {
        role: String,
        at: String,
        why: String,
    },
    /// A schema the file names does not exist.
    MissingSchema {
        schema: String,
        database: String,
        at: String,
    },
    /// Objects the administrator cannot grant on (the check `create` makes too), per database.
    Ungrantable(Vec<Stuck>),
    /// A name PostgreSQL cannot take as given.
    Name(QuoteError),
}

impl fmt::Display for DiffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiffError::RoleTaken { role, at, why } => write!(f, "{at}: role \"{role}\" {why}"),
            DiffError::MissingSchema {
                schema,
                database,
                at,
            } => write!(
                f,
                "{at}: schema \"{schema}\" does not exist in database \"{database}\"; create it first or leave it out of `schemas`"
            ),
            DiffError::Ungrantable(stuck) => {
                let texts: Vec<String> = stuck.iter().map(|s| s.error().to_string()).collect();
                write!(f, "{}", texts.join("\n"))
            }
            DiffError::Name(e) => write!(f, "{e}"),
        }
    }
}

impl From<QuoteError> for DiffError {
    fn from(e: QuoteError) -> Self {
        DiffError::Name(e)
    }
}

/// The plan for one server.
pub fn diff(desired: &Desired, current: &ServerCatalog) -> Result<ServerPlan, DiffError> {
    let mut plan = ServerPlan::default();
    let mut role_sql = Vec::new();
    let mut stuck = Vec::new();

    // Roles: create the missing ones, adopt the principal's own, refuse names taken by others.
    for role in &desired.roles {
        match current.roles.get(&role.name) {
            None => {
                role_sql.push(create_role(desired.kind, role)?);
                role_sql.push(comment(&role.name)?);
                plan.changes.push(role_change(ChangeKind::CreateRole, role));
            }
            Some(state) => {
                check_owner(role, state)?;
                if !state.managed {
                    role_sql.push(comment(&role.name)?);
                    plan.changes.push(role_change(ChangeKind::AdoptRole, role));
                }
            }
        }
    }

    // The roles the plan covers: the file's, then the managed ones it dropped (only with --prune).
    let listed: BTreeSet<&str> = desired.roles.iter().map(|r| r.name.as_str()).collect();
    let mut subjects: Vec<Subject> = desired
        .roles
        .iter()
        .map(|r| Subject {
            name: &r.name,
            desired: Some(r),
        })
        .collect();
    let mut pruned: Vec<&str> = Vec::new();
    if desired.prune {
        for (name, state) in &current.roles {
            if state.managed && !state.admin && !listed.contains(name.as_str()) {
                subjects.push(Subject {
                    name,
                    desired: None,
                });
                pruned.push(name);
            }
        }
    }
    let droppable = |name: &str| -> Option<String> {
        let state = current.roles.get(name)?;
        if state.owned_objects > 0 {
            Some(format!(
                "it owns {} object(s); move them first (REASSIGN OWNED BY {} TO <role>) or drop them (DROP OWNED BY), then prune again",
                state.owned_objects,
                ident(name).unwrap_or_else(|_| name.to_owned())
            ))
        } else if !state.privileges_elsewhere.is_empty() {
            Some(format!(
                "it holds privileges in databases the file does not manage ({}); revoke them there or add the databases to the file",
                state.privileges_elsewhere.join(", ")
            ))
        } else {
            None
        }
    };

    for database in &desired.databases {
        let Some(catalog) = current.databases.get(database) else {
            continue;
        };
        let schemas = desired.schemas(database);
        for role in &desired.roles {
            if let Some(g) = role.grants.get(database) {
                for s in &g.schemas {
                    let exists = catalog
                        .objects
                        .iter()
                        .any(|o| o.class == ObjectClass::Schema && &o.name == s);
                    if !exists {
                        return Err(DiffError::MissingSchema {
                            schema: s.clone(),
                            database: database.clone(),
                            at: role.at.clone(),
                        });
                    }
                }
            }
        }
        let creators = creators(desired, current, catalog, database, &schemas);
        let mut batch = DatabaseBatch::new(database, catalog, current);
        for subject in &subjects {
            batch.object_changes(subject)?;
            batch.default_changes(subject, &creators, &schemas)?;
        }
        batch.finish(&mut plan, &mut stuck, desired.skip_ungrantable)?;
    }

    // Drops, after every database has revoked what it could.
    let mut drop_sql = Vec::new();
    for name in pruned {
        if let Some(why) = droppable(name) {
            plan.changes.push(Change {
                kind: ChangeKind::KeepRole,
                role: name.to_owned(),
                database: None,
                object: "role".to_owned(),
                privileges: Vec::new(),
                note: Some(why),
            });
        } else {
            let r = ident(name)?;
            // DROP OWNED needs the role's privileges; the role owns nothing (checked), so it only revokes
            // what is left on `postgres` and on shared objects. Dropping the role ends the membership.
            if !current.member_of.contains(name) {
                drop_sql.push(format!("GRANT {r} TO CURRENT_USER;"));
            }
            drop_sql.push(format!("DROP OWNED BY {r};"));
            drop_sql.push(format!("DROP ROLE {r};"));
            plan.changes.push(Change {
                kind: ChangeKind::DropRole,
                role: name.to_owned(),
                database: None,
                object: "role".to_owned(),
                privileges: Vec::new(),
                note: None,
            });
        }
    }

    if !stuck.is_empty() {
        return Err(DiffError::Ungrantable(stuck));
    }
    if !role_sql.is_empty() {
        if desired.kind == ServerKind::Single {
            // With validation on, Single Server takes only an object id of its own tenant as the password of an
            // `azure_ad_user` member: guests and app ids would fail (as the documented manual script does).
            role_sql.insert(0, "SET LOCAL aad_validate_oids_in_tenant = off;".to_owned());
        }
        plan.roles = Some(Batch {
            database: ADMIN_DATABASE.to_owned(),
            statements: role_sql,
        });
    }
    if !drop_sql.is_empty() {
        plan.drops = Some(Batch {
            database: ADMIN_DATABASE.to_owned(),
            statements: drop_sql,
        });
    }
    Ok(plan)
}

/// The plan's line for a role created or adopted for the file's principal.
fn role_change(kind: ChangeKind, role: &DesiredRole) -> Change {
    Change {
        kind,
        role: role.name.clone(),
        database: None,
        object: format!(
            "{} {}",
            role.principal.kind.as_sql(),
            role.principal.display
        ),
        privileges: Vec::new(),
        note: Some(format!("object id {}", role.principal.object_id)),
    }
}

/// The statement that creates the role of a file's principal: Flexible Server's `pgaadauth` function, or on
/// Single Server a login in `azure_ad_user` whose password is the object id (users, groups) or the app id
/// (service principals, managed identities, apps), as az does.
fn create_role(kind: ServerKind, role: &DesiredRole) -> Result<String, DiffError> {
    let p = &role.principal;
    Ok(match kind {
        ServerKind::Flexible => format!(
            "select * from pgaadauth_create_principal_with_oid({}, {}, {}, false, false);",
            quote_literal(&role.name, "the role name")?,
            quote_literal(&p.object_id, "the object id")?,
            quote_literal(p.kind.as_sql(), "the principal type")?,
        ),
        ServerKind::Single => {
            let password = match p.kind {
                PrincipalType::Service => p.app_id.as_deref().ok_or_else(|| DiffError::RoleTaken {
                    role: role.name.clone(),
                    at: role.at.clone(),
                    why: format!(
                        "cannot be created on Single Server: Microsoft Graph gave no app id for {} (object id {})",
                        p.display, p.object_id
                    ),
                })?,
                PrincipalType::User | PrincipalType::Group => p.object_id.as_str(),
            };
            format!(
                "CREATE ROLE {} WITH LOGIN PASSWORD {} IN ROLE azure_ad_user;",
                ident(&role.name)?,
                quote_literal(password, "the role password")?
            )
        }
    })
}

fn comment(role: &str) -> Result<String, DiffError> {
    Ok(format!(
        "COMMENT ON ROLE {} IS {};",
        ident(role)?,
        quote_literal(MARKER, "the role comment")?
    ))
}

/// An existing role of the file's name must be the same Entra principal.
fn check_owner(role: &DesiredRole, state: &RoleState) -> Result<(), DiffError> {
    let taken = |why: String| DiffError::RoleTaken {
        role: role.name.clone(),
        at: role.at.clone(),
        why,
    };
    match &state.entra {
        None => Err(taken(
            "exists and is not a Microsoft Entra role; choose another `role` name".to_owned(),
        )),
        // Single Server keeps no object id to compare (empty).
        Some((oid, _)) if !oid.is_empty() && !oid.eq_ignore_ascii_case(&role.principal.object_id) => Err(taken(format!(
            "belongs to another Microsoft Entra principal (object id {oid}); choose another `role` name"
        ))),
        Some((_, Some(kind))) if *kind != role.principal.kind => Err(taken(format!(
            "was created as a {} principal, not a {}",
            kind.as_sql(),
            role.principal.kind.as_sql()
        ))),
        Some(_) if state.admin => Err(taken(
            "is a Microsoft Entra administrator's role; administrators are managed in Azure, not in the file"
                .to_owned(),
        )),
        Some(_) => Ok(()),
    }
}

/// The roles that create objects in `database`: the Entra administrators, the file's roles with `CREATE` on a
/// schema there, and the owners of tables and sequences in the managed schemas; superusers left out.
fn creators(
    desired: &Desired,
    current: &ServerCatalog,
    catalog: &DatabaseCatalog,
    database: &str,
    schemas: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for a in &desired.admins {
        if current.roles.contains_key(a) {
            out.insert(a.clone());
        }
    }
    for r in &desired.roles {
        if r.grants
            .get(database)
            .is_some_and(|g| g.profile.creates_objects())
        {
            out.insert(r.name.clone());
        }
    }
    for o in &catalog.objects {
        if matches!(o.class, ObjectClass::Table | ObjectClass::Sequence)
            && o.schema.as_ref().is_some_and(|s| schemas.contains(s))
        {
            out.insert(o.owner.clone());
        }
    }
    out.retain(|r| !current.roles.get(r).is_some_and(|s| s.superuser));
    out
}

/// The privileges a role holds per class in one database (for `list`): on the database, and the union over
/// the managed schemas and their tables and sequences.
pub fn held(catalog: &DatabaseCatalog, role: &str) -> Vec<(ObjectClass, Privs)> {
    let mut out: BTreeMap<ObjectClass, Privs> = BTreeMap::new();
    for o in &catalog.objects {
        let p = o.privileges_of(role);
        out.entry(o.class).or_default().extend(p);
    }
    out.into_iter().collect()
}

/// Privileges of one kind, as a set (for tests and callers building states by hand).
pub fn privs(list: &[Privilege]) -> Privs {
    list.iter().copied().collect()
}

#[cfg(test)]
mod tests;
