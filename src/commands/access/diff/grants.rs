//! One role's changes on one database: grants and revokes on the database, the managed schemas and their
//! tables and sequences, default privileges for what the creators make later, and the transaction that carries
//! them (with the owners' memberships it borrows).

use std::collections::{BTreeMap, BTreeSet};

use super::{Batch, Change, ChangeKind, DiffError};
use crate::commands::access::profile::{ObjectClass, Privs, privs_sql};
use crate::commands::access::state::{
    DatabaseCatalog, DatabaseGrant, DesiredRole, Object, ServerCatalog,
};
use crate::pg::quote::{NameKind, quote_ident};

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
    catalog: &'a DatabaseCatalog,
    server: &'a ServerCatalog,
    borrow: BTreeSet<String>,
    body: Vec<String>,
}

impl<'a> DatabaseBatch<'a> {
    pub(super) fn new(catalog: &'a DatabaseCatalog, server: &'a ServerCatalog) -> Self {
        DatabaseBatch {
            catalog,
            server,
            borrow: BTreeSet::new(),
            body: Vec::new(),
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

    pub(super) fn finish(self, database: &str) -> Result<Option<Batch>, DiffError> {
        if self.body.is_empty() {
            return Ok(None);
        }
        let mut statements = Vec::new();
        for r in &self.borrow {
            statements.push(format!("GRANT {} TO CURRENT_USER;", ident(r)?));
        }
        statements.extend(self.body);
        for r in &self.borrow {
            statements.push(format!("REVOKE {} FROM CURRENT_USER;", ident(r)?));
        }
        Ok(Some(Batch {
            database: database.to_owned(),
            statements,
        }))
    }
}

/// Grants and revokes on the database, the managed schemas and their tables and sequences.
pub(super) fn object_changes(
    subject: &Subject,
    database: &str,
    catalog: &DatabaseCatalog,
    version: i32,
    batch: &mut DatabaseBatch,
    changes: &mut Vec<Change>,
    blocked: &mut Vec<String>,
) -> Result<(), DiffError> {
    let grant = subject.grant(database);
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
        let have = o.privileges_of(subject.name);
        let add: Privs = want.difference(&have).copied().collect();
        let remove: Privs = have.difference(&want).copied().collect();
        if add.is_empty() && remove.is_empty() {
            continue;
        }
        if !batch.act_as(&o.owner) {
            blocked.push(format!("{} (owner {})", o.label(), o.owner));
            continue;
        }
        let target = format!("{} {}", sql_class(o.class), qualified(o)?);
        let r = ident(subject.name)?;
        if !remove.is_empty() {
            batch.body.push(format!(
                "REVOKE {} ON {target} FROM {r};",
                privs_sql(&remove)
            ));
            changes.push(Change {
                kind: ChangeKind::Revoke,
                role: subject.name.to_owned(),
                database: Some(database.to_owned()),
                object: o.label(),
                privileges: names(&remove),
                note: None,
            });
        }
        if !add.is_empty() {
            batch
                .body
                .push(format!("GRANT {} ON {target} TO {r};", privs_sql(&add)));
            changes.push(Change {
                kind: ChangeKind::Grant,
                role: subject.name.to_owned(),
                database: Some(database.to_owned()),
                object: o.label(),
                privileges: names(&add),
                note: None,
            });
        }
    }
    Ok(())
}

/// Default privileges: for each creator and managed schema, what the subject gets on tables and sequences
/// created later; entries for other creators or schemas in scope are revoked.
#[allow(clippy::too_many_arguments)]
pub(super) fn default_changes(
    subject: &Subject,
    database: &str,
    catalog: &DatabaseCatalog,
    creators: &BTreeSet<String>,
    schemas: &BTreeSet<String>,
    version: i32,
    batch: &mut DatabaseBatch,
    changes: &mut Vec<Change>,
    blocked: &mut Vec<String>,
) -> Result<(), DiffError> {
    let grant = subject.grant(database);
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
    let keys: BTreeSet<&(String, String, ObjectClass)> = want.keys().chain(have.keys()).collect();
    let empty = Privs::new();
    for key in keys {
        let (creator, schema, class) = key;
        let w = want.get(key).unwrap_or(&empty);
        let h = have.get(key).unwrap_or(&empty);
        let add: Privs = w.difference(h).copied().collect();
        let remove: Privs = h.difference(w).copied().collect();
        if add.is_empty() && remove.is_empty() {
            continue;
        }
        let label = format!("{} created by {creator} in {schema}", plural(*class));
        if !batch.act_as(creator) {
            blocked.push(format!("default privileges for {label}"));
            continue;
        }
        let head = format!(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {}",
            ident(creator)?,
            ident(schema)?
        );
        let r = ident(subject.name)?;
        let on = plural(*class).to_ascii_uppercase();
        if !remove.is_empty() {
            batch.body.push(format!(
                "{head} REVOKE {} ON {on} FROM {r};",
                privs_sql(&remove)
            ));
            changes.push(Change {
                kind: ChangeKind::RevokeDefault,
                role: subject.name.to_owned(),
                database: Some(database.to_owned()),
                object: label.clone(),
                privileges: names(&remove),
                note: None,
            });
        }
        if !add.is_empty() {
            batch
                .body
                .push(format!("{head} GRANT {} ON {on} TO {r};", privs_sql(&add)));
            changes.push(Change {
                kind: ChangeKind::GrantDefault,
                role: subject.name.to_owned(),
                database: Some(database.to_owned()),
                object: label,
                privileges: names(&add),
                note: None,
            });
        }
    }
    Ok(())
}
