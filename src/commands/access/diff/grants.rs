//! One role's changes on one database: grants and revokes on the database, the managed schemas and their
//! tables and sequences, default privileges for what the creators make later, and the transaction that carries
//! them (with the owners' memberships it borrows).

use std::collections::{BTreeMap, BTreeSet};

use super::{Batch, Change, ChangeKind, DiffError, ServerPlan, Skipped, Stuck};
use crate::commands::access::profile::{ObjectClass, Privs, privs_sql};
use crate::commands::access::state::{
    DatabaseCatalog, DatabaseGrant, DesiredRole, Object, ServerCatalog,
};
use crate::pg::quote::{NameKind, quote_ident};
use crate::pg::role::SchemaObjects;

pub(super) fn ident(name: &str) -> Result<String, DiffError> {
    Ok(quote_ident(name, NameKind::Role)?)
}

/// `"schema"."name"`.
pub(super) fn qualified(o: &Object) -> Result<String, DiffError> {
    Ok(match &o.schema {
        Some(s) => format!("{}.{}", ident(s)?, ident(&o.name)?),
        None => ident(&o.name)?,
    })
}

pub(super) fn sql_class(class: ObjectClass) -> &'static str {
    match class {
        ObjectClass::Database => "DATABASE",
        ObjectClass::Schema => "SCHEMA",
        ObjectClass::Table => "TABLE",
        ObjectClass::Sequence => "SEQUENCE",
    }
}

pub(super) fn plural(class: ObjectClass) -> &'static str {
    match class {
        ObjectClass::Table => "tables",
        _ => "sequences",
    }
}

pub(super) fn names(p: &Privs) -> Vec<String> {
    p.iter().map(|x| x.as_sql().to_owned()).collect()
}

/// A role the plan covers on this server: one the file lists, or (with `--prune`) a managed one it no longer
/// lists.
pub(super) struct Subject<'a> {
    pub(super) name: &'a str,
    pub(super) desired: Option<&'a DesiredRole>,
}

impl Subject<'_> {
    fn grant(&self, database: &str) -> Option<&DatabaseGrant> {
        self.desired.and_then(|d| d.grants.get(database))
    }
}

/// The statements of one database's transaction, with the temporary memberships they need.
pub(super) struct DatabaseBatch<'a> {
    database: &'a str,
    catalog: &'a DatabaseCatalog,
    server: &'a ServerCatalog,
    borrow: BTreeSet<String>,
    body: Vec<String>,
    /// The plan's lines for this database, in statement order.
    changes: Vec<Change>,
    /// What the administrator cannot grant on, with the fixes.
    stuck: Stuck,
    /// The roles that would have had privileges on what is stuck.
    stuck_roles: BTreeSet<String>,
}

impl<'a> DatabaseBatch<'a> {
    pub(super) fn new(
        database: &'a str,
        catalog: &'a DatabaseCatalog,
        server: &'a ServerCatalog,
    ) -> Self {
        DatabaseBatch {
            database,
            catalog,
            server,
            borrow: BTreeSet::new(),
            body: Vec::new(),
            changes: Vec::new(),
            stuck: Stuck {
                database: database.to_owned(),
                ..Stuck::default()
            },
            stuck_roles: BTreeSet::new(),
        }
    }

    /// Makes sure the transaction can act as `owner`; `false` when it cannot (a superuser, or PostgreSQL's
    /// implicit `pg_database_owner`).
    fn act_as(&mut self, owner: &str) -> bool {
        if self.catalog.member_of.contains(owner) {
            return true;
        }
        if owner == "pg_database_owner" || self.server.roles.get(owner).is_some_and(|r| r.superuser)
        {
            return false;
        }
        self.borrow.insert(owner.to_owned());
        true
    }

    /// Adds this database's lines to `plan` and its transaction to `plan.databases`; what it could not grant on
    /// goes to `stuck` (it stops the plan), or with `skip` (`--skip-ungrantable`) to the plan's warnings.
    pub(super) fn finish(
        self,
        plan: &mut ServerPlan,
        stuck: &mut Vec<Stuck>,
        skip: bool,
    ) -> Result<(), DiffError> {
        plan.changes.extend(self.changes);
        if !self.stuck.objects.is_empty() {
            if skip {
                plan.skipped.push(Skipped {
                    database: self.stuck.database,
                    roles: self.stuck_roles.into_iter().collect(),
                    objects: self.stuck.objects,
                });
            } else {
                stuck.push(self.stuck);
            }
        }
        if self.body.is_empty() {
            return Ok(());
        }
        let mut statements = Vec::new();
        for r in &self.borrow {
            statements.push(format!("GRANT {} TO CURRENT_USER;", ident(r)?));
        }
        statements.extend(self.body);
        for r in &self.borrow {
            statements.push(format!("REVOKE {} FROM CURRENT_USER;", ident(r)?));
        }
        plan.databases.push(Batch {
            database: self.database.to_owned(),
            statements,
        });
        Ok(())
    }
}

/// What `have` lacks of `want` and holds beyond it: (to revoke, to grant).
fn difference(want: &Privs, have: &Privs) -> (Privs, Privs) {
    (
        have.difference(want).copied().collect(),
        want.difference(have).copied().collect(),
    )
}

/// One target of a role's privileges on one database: an object, or what a creator makes later in a schema.
struct Edit<'e> {
    role: &'e str,
    /// How plans name the target.
    label: String,
    /// `ALTER DEFAULT PRIVILEGES FOR ROLE … IN SCHEMA … ` for default privileges; empty for an object.
    prefix: String,
    /// `TABLE "s"."t"`, `SCHEMA "s"`, … or `TABLES`/`SEQUENCES` for default privileges.
    target: String,
    /// Default privileges rather than privileges on an existing object.
    default: bool,
}

impl DatabaseBatch<'_> {
    /// Revokes `remove` and grants `add` on one target: the statements (revoke first) and the plan's lines. When
    /// the administrator cannot reach the target (`stuck`: its line and owner fix), the statements become the fix
    /// the owner runs instead.
    fn revoke_and_grant(
        &mut self,
        edit: &Edit,
        remove: &Privs,
        add: &Privs,
        stuck: Option<(String, Option<String>)>,
    ) -> Result<(), DiffError> {
        let reachable = stuck.is_none();
        if let Some((line, owner_fix)) = stuck {
            self.stuck_roles.insert(edit.role.to_owned());
            if !self.stuck.objects.contains(&line) {
                self.stuck.objects.push(line);
                self.stuck.owner_fix.extend(owner_fix);
            }
        }
        let r = ident(edit.role)?;
        let (revoke, grant) = if edit.default {
            (ChangeKind::RevokeDefault, ChangeKind::GrantDefault)
        } else {
            (ChangeKind::Revoke, ChangeKind::Grant)
        };
        for (kind, privs, verb, direction) in [
            (revoke, remove, "REVOKE", "FROM"),
            (grant, add, "GRANT", "TO"),
        ] {
            if privs.is_empty() {
                continue;
            }
            let sql = format!(
                "{}{verb} {} ON {} {direction} {r};",
                edit.prefix,
                privs_sql(privs),
                edit.target
            );
            if !reachable {
                self.stuck.grant_fix.push(sql);
                continue;
            }
            self.body.push(sql);
            self.changes.push(Change {
                kind,
                role: edit.role.to_owned(),
                database: Some(self.database.to_owned()),
                object: edit.label.clone(),
                privileges: names(privs),
                note: None,
            });
        }
        Ok(())
    }
}

impl DatabaseBatch<'_> {
    /// Grants and revokes on the database, the managed schemas and their tables and sequences.
    pub(super) fn object_changes(&mut self, subject: &Subject) -> Result<(), DiffError> {
        let grant = subject.grant(self.database);
        let version = self.server.version_num;
        let catalog = self.catalog;
        for o in &catalog.objects {
            if o.owner == subject.name {
                // The owner has every privilege on its own objects.
                continue;
            }
            let want: Privs = match (grant, o.class, &o.schema) {
                (None, _, _) => Privs::new(),
                (Some(g), ObjectClass::Database, _) => g.profile.database.resolve(o.class, version),
                (Some(g), ObjectClass::Schema, _) => {
                    if g.schemas.contains(&o.name) {
                        g.profile.schemas.resolve(o.class, version)
                    } else {
                        Privs::new()
                    }
                }
                (Some(g), class, Some(s)) if g.schemas.contains(s) => {
                    g.profile.class(class).resolve(class, version)
                }
                (Some(_), _, _) => Privs::new(),
            };
            let (remove, add) = difference(&want, &o.privileges_of(subject.name));
            if add.is_empty() && remove.is_empty() {
                continue;
            }
            // The shared check (the owner's privileges or every grant option), or the owner's membership borrowed.
            let name = qualified(o)?;
            let stuck = (!self.act_as(&o.owner) && !o.grantable).then(|| {
                let class = sql_class(o.class).to_lowercase();
                (
                    SchemaObjects::line(&class, &name, &o.owner),
                    Some(SchemaObjects::owner_fix(&class, &name)),
                )
            });
            let edit = Edit {
                role: subject.name,
                label: o.label(),
                prefix: String::new(),
                target: format!("{} {name}", sql_class(o.class)),
                default: false,
            };
            self.revoke_and_grant(&edit, &remove, &add, stuck)?;
        }
        Ok(())
    }

    /// Default privileges: for each creator and managed schema, what the subject gets on tables and sequences
    /// created later; entries for other creators or schemas in scope are revoked.
    pub(super) fn default_changes(
        &mut self,
        subject: &Subject,
        creators: &BTreeSet<String>,
        schemas: &BTreeSet<String>,
    ) -> Result<(), DiffError> {
        let grant = subject.grant(self.database);
        let version = self.server.version_num;
        let catalog = self.catalog;
        // (creator, schema, class) → privileges, wanted and held.
        let mut want: BTreeMap<(String, String, ObjectClass), Privs> = BTreeMap::new();
        if let Some(g) = grant {
            for c in creators {
                if c == subject.name {
                    continue;
                }
                for s in &g.schemas {
                    for class in [ObjectClass::Table, ObjectClass::Sequence] {
                        let p = g.profile.class(class).resolve(class, version);
                        if !p.is_empty() {
                            want.insert((c.clone(), s.clone(), class), p);
                        }
                    }
                }
            }
        }
        let mut have: BTreeMap<(String, String, ObjectClass), Privs> = BTreeMap::new();
        for d in &catalog.default_acls {
            if d.grantee == subject.name && schemas.contains(&d.schema) {
                have.entry((d.creator.clone(), d.schema.clone(), d.class))
                    .or_default()
                    .insert(d.privilege);
            }
        }
        let keys: BTreeSet<&(String, String, ObjectClass)> =
            want.keys().chain(have.keys()).collect();
        let empty = Privs::new();
        for key in keys {
            let (creator, schema, class) = key;
            let w = want.get(key).unwrap_or(&empty);
            let h = have.get(key).unwrap_or(&empty);
            let (remove, add) = difference(w, h);
            if add.is_empty() && remove.is_empty() {
                continue;
            }
            let label = format!("{} created by {creator} in {schema}", plural(*class));
            let stuck =
                (!self.act_as(creator)).then(|| (format!("default privileges for {label}"), None));
            let edit = Edit {
                role: subject.name,
                label,
                prefix: format!(
                    "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} ",
                    ident(creator)?,
                    ident(schema)?
                ),
                target: plural(*class).to_ascii_uppercase(),
                default: true,
            };
            self.revoke_and_grant(&edit, &remove, &add, stuck)?;
        }
        Ok(())
    }
}
