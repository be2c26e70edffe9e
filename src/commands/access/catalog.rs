//! Reading what a server holds: roles (with azconn's marker, their Entra mapping from
//! `pgaadauth_list_principals` — on Single Server, membership in `azure_ad_user` — what they own and where they
//! hold privileges) on `postgres`, and per managed database its ACLs, the managed schemas' tables and sequences,
//! and their default privileges. Read-only queries with parameters; the results fill [`ServerCatalog`] for the
//! pure diff.

use std::collections::{BTreeMap, BTreeSet};

use super::diff::MARKER;
use super::profile::{ObjectClass, Privilege};
use super::state::{
    Acl, DatabaseCatalog, DefaultAcl, Object, PrincipalType, RoleState, ServerCatalog,
};
use crate::pg::{PgError, PgSession as Session};
use crate::server_kind::ServerKind;

/// `server_version_num`, the roles and the administrator's memberships, read on `postgres`; `admins`: the roles
/// of the server's Entra administrators (Single Server's catalogs do not say which they are).
pub async fn read_roles(
    postgres: &Session,
    kind: ServerKind,
    admins: &[String],
    managed: &[String],
    catalog: &mut ServerCatalog,
) -> Result<(), PgError> {
    let version = postgres
        .query("SELECT current_setting('server_version_num')::int", &[])
        .await?;
    catalog.version_num = version.first().map_or(0, |r| r.get(0));

    let sql = "SELECT r.rolname::text, r.rolsuper, \
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
    let managed: Vec<String> = managed.to_vec();
    for row in postgres.query(sql, &[&MARKER, &managed]).await? {
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
    if kind == ServerKind::Single {
        // Single Server's Entra logins are the members of `azure_ad_user`; their object ids are password hashes.
        let sql = "SELECT r.rolname::text FROM pg_catalog.pg_auth_members m \
                   JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = 'azure_ad_user' \
                   JOIN pg_catalog.pg_roles r ON r.oid = m.member";
        for row in postgres.query(sql, &[]).await? {
            let name: String = row.get(0);
            if let Some(state) = catalog.roles.get_mut(&name) {
                state.entra = Some((String::new(), None));
                state.admin = admins.contains(&name);
            }
        }
        return Ok(());
    }
    let sql = "SELECT rolename::text, principaltype::text, objectid::text, isadmin::int \
               FROM pg_catalog.pgaadauth_list_principals(false)";
    for row in postgres.query(sql, &[]).await? {
        let name: String = row.get(0);
        let kind: Option<String> = row.get(1);
        let oid: Option<String> = row.get(2);
        let admin: Option<i32> = row.get(3);
        if let (Some(state), Some(oid)) = (catalog.roles.get_mut(&name), oid) {
            state.entra = Some((oid, kind.as_deref().and_then(PrincipalType::parse)));
            state.admin = admin.unwrap_or(0) != 0;
        }
    }
    Ok(())
}

fn privilege(word: &str) -> Option<Privilege> {
    Privilege::parse(word)
}

/// Adds one `aclexplode` row to the object it belongs to (rows of one object are adjacent).
fn push_acl(
    objects: &mut Vec<Object>,
    key: Object,
    grantee: Option<String>,
    privilege_type: Option<String>,
) {
    let same = objects
        .last()
        .is_some_and(|o| o.class == key.class && o.schema == key.schema && o.name == key.name);
    if !same {
        objects.push(key);
    }
    if let (Some(grantee), Some(p)) = (grantee, privilege_type.as_deref().and_then(privilege)) {
        // PUBLIC (grantee 0) comes back as NULL and is never managed.
        if let Some(o) = objects.last_mut() {
            o.acl.push(Acl {
                grantee,
                privilege: p,
            });
        }
    }
}

/// One database's catalogs for the managed `schemas`, read in a session on that database.
pub async fn read_database(
    session: &Session,
    schemas: &BTreeSet<String>,
) -> Result<DatabaseCatalog, PgError> {
    let schemas: Vec<String> = schemas.iter().cloned().collect();
    let mut out = DatabaseCatalog::default();
    let grantee =
        "CASE WHEN a.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END";

    let sql = format!(
        "SELECT d.datname::text, pg_catalog.pg_get_userbyid(d.datdba)::text, {grantee}, a.privilege_type \
         FROM pg_catalog.pg_database d LEFT JOIN LATERAL pg_catalog.aclexplode(d.datacl) a ON true \
         WHERE d.datname = pg_catalog.current_database()"
    );
    for row in session.query(&sql, &[]).await? {
        let key = Object {
            class: ObjectClass::Database,
            schema: None,
            name: row.get(0),
            owner: row.get(1),
            acl: Vec::new(),
        };
        push_acl(&mut out.objects, key, row.get(2), row.get(3));
    }

    let sql = format!(
        "SELECT n.nspname::text, pg_catalog.pg_get_userbyid(n.nspowner)::text, {grantee}, a.privilege_type \
         FROM pg_catalog.pg_namespace n LEFT JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a ON true \
         WHERE n.nspname::text = ANY($1::text[]) ORDER BY 1"
    );
    for row in session.query(&sql, &[&schemas]).await? {
        let key = Object {
            class: ObjectClass::Schema,
            schema: None,
            name: row.get(0),
            owner: row.get(1),
            acl: Vec::new(),
        };
        push_acl(&mut out.objects, key, row.get(2), row.get(3));
    }

    let sql = format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind::text, pg_catalog.pg_get_userbyid(c.relowner)::text, \
                {grantee}, a.privilege_type \
         FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN LATERAL pg_catalog.aclexplode(c.relacl) a ON true \
         WHERE n.nspname::text = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') \
         ORDER BY 1, 2"
    );
    for row in session.query(&sql, &[&schemas]).await? {
        let kind: String = row.get(2);
        let key = Object {
            class: if kind == "S" {
                ObjectClass::Sequence
            } else {
                ObjectClass::Table
            },
            schema: Some(row.get(0)),
            name: row.get(1),
            owner: row.get(3),
            acl: Vec::new(),
        };
        push_acl(&mut out.objects, key, row.get(4), row.get(5));
    }

    let sql = format!(
        "SELECT pg_catalog.pg_get_userbyid(d.defaclrole)::text, n.nspname::text, d.defaclobjtype::text, \
                {grantee}, a.privilege_type \
         FROM pg_catalog.pg_default_acl d JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace \
         CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a \
         WHERE n.nspname::text = ANY($1::text[]) AND d.defaclobjtype IN ('r', 'S')"
    );
    for row in session.query(&sql, &[&schemas]).await? {
        let kind: String = row.get(2);
        let grantee: Option<String> = row.get(3);
        let p: Option<String> = row.get(4);
        if let (Some(grantee), Some(privilege)) = (grantee, p.as_deref().and_then(privilege)) {
            out.default_acls.push(DefaultAcl {
                creator: row.get(0),
                schema: row.get(1),
                class: if kind == "S" {
                    ObjectClass::Sequence
                } else {
                    ObjectClass::Table
                },
                grantee,
                privilege,
            });
        }
    }

    let sql =
        "SELECT rolname::text FROM pg_catalog.pg_roles WHERE pg_catalog.pg_has_role(oid, 'MEMBER')";
    out.member_of = session
        .query(sql, &[])
        .await?
        .iter()
        .map(|r| r.get::<_, String>(0))
        .collect();
    Ok(out)
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
