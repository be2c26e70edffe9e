//! Reading what a server holds: roles (with azconn's marker, their Entra mapping from
//! `pgaadauth_list_principals` — on Single Server, membership in `azure_ad_user` — what they own and where they
//! hold privileges) on `postgres`, and per managed database its ACLs, the managed schemas' tables and sequences,
//! and their default privileges. Read-only queries with parameters; the results fill [`ServerCatalog`] for the
//! pure diff.

use std::collections::{BTreeMap, BTreeSet};

use futures::StreamExt as _;
use tokio_postgres::types::{ToSql, Type};

use super::CONCURRENCY;
use super::diff::{ADMIN_DATABASE, MARKER};
use super::profile::{ObjectClass, Privilege};
use super::server::Reach;
use super::state::{
    Acl, DatabaseCatalog, DefaultAcl, Object, PrincipalType, RoleState, ServerCatalog,
};
use crate::error::Error;
use crate::pg::role::SchemaObjects;
use crate::pg::{PgError, PgSession as Session};
use crate::server_kind::ServerKind;

/// `server_version_num`, the roles and the administrator's memberships, read on `postgres`; `admins`: the roles
/// of the server's Entra administrators (Single Server's catalogs do not say which they are). The three queries
/// are sent together (pipelined on the session: one round trip in all).
pub async fn read_roles(
    postgres: &Session,
    kind: ServerKind,
    admins: &[String],
    managed: &[String],
    catalog: &mut ServerCatalog,
) -> Result<(), PgError> {
    let roles_sql = "SELECT r.rolname::text, r.rolsuper, \
                 coalesce(pg_catalog.shobj_description(r.oid, 'pg_authid') = $1, false), \
                 pg_catalog.pg_has_role(r.oid, 'MEMBER'), \
                 (SELECT count(*) FROM pg_catalog.pg_shdepend d \
                   WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'o' \
                     AND d.classid <> 'pg_catalog.pg_default_acl'::regclass)::bigint, \
                 coalesce((SELECT array_agg(DISTINCT db.datname::text ORDER BY db.datname::text) \
                   FROM pg_catalog.pg_shdepend d JOIN pg_catalog.pg_database db ON db.oid = d.dbid \
                   WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = r.oid \
                     AND db.datname::text <> 'postgres' AND NOT db.datname::text = ANY($2::text[])), '{}') \
               FROM pg_catalog.pg_roles r";
    // Single Server's Entra logins are the members of `azure_ad_user` (their object ids are password hashes);
    // Flexible Server's are what `pgaadauth` lists.
    let entra_sql = match kind {
        ServerKind::Single => {
            "SELECT r.rolname::text, NULL::text, ''::text, NULL::int FROM pg_catalog.pg_auth_members m \
             JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = 'azure_ad_user' \
             JOIN pg_catalog.pg_roles r ON r.oid = m.member"
        }
        ServerKind::Flexible => {
            "SELECT rolename::text, principaltype::text, objectid::text, isadmin::int \
             FROM pg_catalog.pgaadauth_list_principals(false)"
        }
    };
    let managed: Vec<String> = managed.to_vec();
    let roles_params: [(&(dyn ToSql + Sync), Type); 2] =
        [(&MARKER, Type::TEXT), (&managed, Type::TEXT_ARRAY)];
    let (version, roles, entra) = tokio::try_join!(
        Box::pin(postgres.query("SELECT current_setting('server_version_num')::int", &[])),
        Box::pin(postgres.query(roles_sql, &roles_params)),
        Box::pin(postgres.query(entra_sql, &[])),
    )?;
    catalog.version_num = version.first().map_or(0, |r| r.get(0));
    for row in roles {
        let name: String = row.get(0);
        let member: bool = row.get(3);
        if member {
            catalog.member_of.insert(name.clone());
        }
        catalog.roles.insert(
            name,
            RoleState {
                superuser: row.get(1),
                managed: row.get(2),
                entra: None,
                admin: false,
                owned_objects: row.get(4),
                privileges_elsewhere: row.get(5),
            },
        );
    }
    for row in entra {
        let name: String = row.get(0);
        let kind: Option<String> = row.get(1);
        let oid: Option<String> = row.get(2);
        let admin: Option<i32> = row.get(3);
        if let (Some(state), Some(oid)) = (catalog.roles.get_mut(&name), oid) {
            state.entra = Some((oid, kind.as_deref().and_then(PrincipalType::parse)));
            state.admin = match admin {
                Some(flag) => flag != 0,
                None => admins.contains(&name),
            };
        }
    }
    Ok(())
}

/// An ACL as the catalog queries give it: one `PRIVILEGE grantee` text per entry (PUBLIC's entries left out:
/// never managed); `None` when the object has none.
fn acl_entries(entries: Option<Vec<String>>) -> impl Iterator<Item = (Privilege, String)> {
    entries.into_iter().flatten().filter_map(|e| {
        let (privilege, grantee) = e.split_once(' ')?;
        Some((Privilege::parse(privilege)?, grantee.to_owned()))
    })
}

/// An object's ACL as [`acl_entries`].
fn acl(entries: Option<Vec<String>>) -> Vec<Acl> {
    acl_entries(entries)
        .map(|(privilege, grantee)| Acl { grantee, privilege })
        .collect()
}

/// One database's catalogs for the managed `schemas`, read in a session on that database.
///
/// Each object comes back as one row with its ACL aggregated into one array, not one row per ACL entry: with
/// hundreds of roles granted, per-entry rows held every entry several times over (row, column offsets, the
/// wire buffer) while all databases were read at once.
pub async fn read_database(
    session: &Session,
    schemas: &BTreeSet<String>,
) -> Result<DatabaseCatalog, PgError> {
    let schemas: Vec<String> = schemas.iter().cloned().collect();
    let mut out = DatabaseCatalog::default();
    let acl_sql = |column: &str| {
        format!(
            "(SELECT array_agg(a.privilege_type || ' ' || pg_catalog.pg_get_userbyid(a.grantee)::text) \
             FROM pg_catalog.aclexplode({column}) a WHERE a.grantee <> 0)"
        )
    };

    // The database, then the managed schemas: each with its owner and ACL.
    let database = format!(
        "SELECT d.datname::text, pg_catalog.pg_get_userbyid(d.datdba)::text, {} \
         FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()",
        acl_sql("d.datacl")
    );
    let namespaces = format!(
        "SELECT n.nspname::text, pg_catalog.pg_get_userbyid(n.nspowner)::text, {} \
         FROM pg_catalog.pg_namespace n WHERE n.nspname::text = ANY($1::text[]) ORDER BY 1",
        acl_sql("n.nspacl")
    );
    let relations = format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind::text, pg_catalog.pg_get_userbyid(c.relowner)::text, \
                {}, {} \
         FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname::text = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') \
         ORDER BY 1, 2",
        SchemaObjects::grantable_check("c"),
        acl_sql("c.relacl")
    );
    let defaults = format!(
        "SELECT pg_catalog.pg_get_userbyid(d.defaclrole)::text, n.nspname::text, d.defaclobjtype::text, {} \
         FROM pg_catalog.pg_default_acl d JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace \
         WHERE n.nspname::text = ANY($1::text[]) AND d.defaclobjtype IN ('r', 'S')",
        acl_sql("d.defaclacl")
    );
    let member_of =
        "SELECT rolname::text FROM pg_catalog.pg_roles WHERE pg_catalog.pg_has_role(oid, 'MEMBER')";
    // Sent together: the session pipelines them (one round trip in all). Boxed: five query futures side by side
    // would make every caller's future large.
    let in_schemas: [(&(dyn ToSql + Sync), Type); 1] = [(&schemas, Type::TEXT_ARRAY)];
    let (database, namespaces, relations, defaults, member_of) = tokio::try_join!(
        Box::pin(session.query(&database, &[])),
        Box::pin(session.query(&namespaces, &in_schemas)),
        Box::pin(session.query(&relations, &in_schemas)),
        Box::pin(session.query(&defaults, &in_schemas)),
        Box::pin(session.query(member_of, &[])),
    )?;
    for (class, rows) in [
        (ObjectClass::Database, database),
        (ObjectClass::Schema, namespaces),
    ] {
        out.objects.extend(rows.iter().map(|row| Object {
            class,
            schema: None,
            name: row.get(0),
            owner: row.get(1),
            acl: acl(row.get(2)),
            grantable: false,
        }));
    }
    out.objects.extend(relations.iter().map(|row| Object {
        class: class_of(row.get::<_, &str>(2)),
        schema: Some(row.get(0)),
        name: row.get(1),
        owner: row.get(3),
        grantable: row.get(4),
        acl: acl(row.get(5)),
    }));
    for row in &defaults {
        let creator: String = row.get(0);
        let schema: String = row.get(1);
        let class = class_of(row.get::<_, &str>(2));
        out.default_acls.extend(
            acl_entries(row.get(3)).map(|(privilege, grantee)| DefaultAcl {
                creator: creator.clone(),
                schema: schema.clone(),
                class,
                grantee,
                privilege,
            }),
        );
    }
    out.member_of = member_of.iter().map(|r| r.get::<_, String>(0)).collect();
    Ok(out)
}

/// A `relkind` (or `defaclobjtype`) as the class of object it is.
fn class_of(kind: &str) -> ObjectClass {
    if kind == "S" {
        ObjectClass::Sequence
    } else {
        ObjectClass::Table
    }
}

/// Reads a server's catalogs: the roles on `postgres` (on `postgres`, a session already open) and each of
/// `databases` with its managed schemas (`schemas`). Every session is opened at once and each one's queries are
/// pipelined, so the reads cost one connect and one round trip on the critical path. Returns the sessions too,
/// for the changes.
pub async fn read_server(
    reach: &Reach<'_>,
    postgres: Option<Session>,
    databases: &[String],
    schemas: impl Fn(&str) -> BTreeSet<String>,
) -> crate::error::Result<(ServerCatalog, BTreeMap<String, Session>)> {
    let roles = async {
        let postgres = match postgres {
            Some(s) => s,
            None => reach.connect(ADMIN_DATABASE).await?,
        };
        let mut catalog = ServerCatalog::default();
        let admin = databases
            .iter()
            .any(|d| d == ADMIN_DATABASE)
            .then(|| schemas(ADMIN_DATABASE));
        let read = async {
            match &admin {
                Some(schemas) => read_database(&postgres, schemas).await.map(Some),
                None => Ok(None),
            }
        };
        let (roles, own) = tokio::join!(
            read_roles(
                &postgres,
                reach.scope.kind,
                &reach.admin_roles,
                databases,
                &mut catalog,
            ),
            read
        );
        roles.map_err(|e| reach.pg_error(e))?;
        if let Some(c) = own.map_err(|e| reach.pg_error(e))? {
            catalog.databases.insert(ADMIN_DATABASE.to_owned(), c);
        }
        Ok::<_, Error>((catalog, postgres))
    };
    let others = futures::stream::iter(databases.iter().filter(|d| *d != ADMIN_DATABASE))
        .map(|db| {
            let schemas = schemas(db);
            async move {
                let session = reach.connect(db).await?;
                let c = read_database(&session, &schemas)
                    .await
                    .map_err(|e| reach.pg_error(e))?;
                Ok::<_, Error>((db.clone(), session, c))
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect::<Vec<_>>();
    let (roles, others) = tokio::join!(roles, others);
    let (mut catalog, postgres) = roles?;
    let mut sessions = BTreeMap::new();
    sessions.insert(ADMIN_DATABASE.to_owned(), postgres);
    for r in others {
        let (db, session, c) = r?;
        sessions.insert(db.clone(), session);
        catalog.databases.insert(db, c);
    }
    Ok((catalog, sessions))
}

/// The roles of a server that are Entra principals, with their type and object id (for `list`).
pub fn entra_roles(
    catalog: &ServerCatalog,
) -> BTreeMap<String, (String, Option<PrincipalType>, bool)> {
    catalog
        .roles
        .iter()
        .filter_map(|(name, s)| {
            s.entra
                .as_ref()
                .map(|(oid, kind)| (name.clone(), (oid.clone(), *kind, s.admin)))
        })
        .collect()
}
