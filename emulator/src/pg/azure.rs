//! The SQL that makes a cluster look like an Azure server: the template setup (`emulator/pg/azure_setup.sql`),
//! databases owned by `azure_pg_admin`, Entra admin roles, the identities `pgaadauth_create_principal` resolves
//! by name, and the lookup of a role's Entra mapping for `azconn_auth`.

use tokio_postgres::Client;

use super::{EntraAdmin, PgError};

pub(crate) const SETUP_SQL: &str = include_str!("../../pg/azure_setup.sql");

/// `"name"` with embedded quotes doubled.
pub(crate) fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `'text'` with embedded quotes doubled (standard_conforming_strings is on).
pub(crate) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

pub(crate) fn valid_database_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 63 && !name.contains('\0')
}

/// Single Server has no pgaadauth functions: they are dropped from a fresh Single cluster.
pub(crate) const SINGLE_SETUP_SQL: &str = "\
DROP FUNCTION pg_catalog.pgaadauth_create_principal(text, boolean, boolean);
DROP FUNCTION pg_catalog.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean);
DROP FUNCTION pg_catalog.pgaadauth_list_principals(boolean);";

/// `CREATE DATABASE … OWNER azure_pg_admin` (run on `postgres`), unless it exists; `true` when created.
pub(crate) async fn create_database(
    postgres: &Client,
    name: &str,
) -> Result<bool, tokio_postgres::Error> {
    let exists = postgres
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .await?
        .is_some();
    if exists {
        return Ok(false);
    }
    postgres
        .batch_execute(&format!(
            "CREATE DATABASE {} OWNER azure_pg_admin",
            ident(name)
        ))
        .await?;
    Ok(true)
}

/// Drops database `name` if it exists, ending its sessions first (`WITH (FORCE)`, as the RP does not wait for
/// clients to disconnect).
pub(crate) async fn drop_database(
    postgres: &Client,
    name: &str,
) -> Result<(), tokio_postgres::Error> {
    postgres
        .batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            ident(name)
        ))
        .await
}

/// The sample table of every emulated database (run in the new database).
pub(crate) const DATABASE_SETUP_SQL: &str = "\
CREATE TABLE public.t1 (id serial PRIMARY KEY, name text);
ALTER TABLE public.t1 OWNER TO azure_pg_admin;";

/// Creates or updates the admin's role (LOGIN CREATEROLE CREATEDB, member of azure_pg_admin, no password: it logs
/// in with its tokens) and its row in pgaadauth.principals, which `azconn_auth` reads on both kinds. Runs on
/// `postgres`.
pub(crate) async fn set_admin(
    postgres: &Client,
    admin: &EntraAdmin,
) -> Result<(), tokio_postgres::Error> {
    let exists = postgres
        .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&admin.login])
        .await?
        .is_some();
    let r = ident(&admin.login);
    let role = if exists {
        format!(
            "ALTER ROLE {r} LOGIN CREATEROLE CREATEDB PASSWORD NULL;\nGRANT azure_pg_admin TO {r};"
        )
    } else {
        format!("CREATE ROLE {r} LOGIN CREATEROLE CREATEDB IN ROLE azure_pg_admin;")
    };
    postgres
        .batch_execute(&format!(
            "BEGIN;\n{role}\n\
             DELETE FROM pgaadauth.principals WHERE rolname = {name};\n\
             INSERT INTO pgaadauth.principals (role_oid, rolname, object_id, principal_type, is_mfa, is_admin, created_by) \
             SELECT oid, rolname, {oid}, {kind}, false, true, current_user FROM pg_roles WHERE rolname = {name};\n\
             COMMIT;",
            name = literal(&admin.login),
            oid = literal(&admin.object_id),
            kind = literal(admin.principal_type.pgaadauth_name()),
        ))
        .await
}

/// Drops the admin's role. A role that still owns objects or holds privileges cannot be dropped; it then loses
/// LOGIN and its azure_pg_admin membership instead, which is what matters to a client. Runs on `postgres`.
pub(crate) async fn remove_admin(
    postgres: &Client,
    login: &str,
) -> Result<(), tokio_postgres::Error> {
    let r = ident(login);
    match postgres
        .batch_execute(&format!("DROP ROLE IF EXISTS {r}"))
        .await
    {
        Ok(()) => Ok(()),
        Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::DEPENDENT_OBJECTS_STILL_EXIST) => {
            postgres
                .batch_execute(&format!(
                    "BEGIN; ALTER ROLE {r} NOLOGIN NOCREATEROLE NOCREATEDB PASSWORD NULL; \
                     REVOKE azure_pg_admin FROM {r}; \
                     UPDATE pgaadauth.principals SET is_admin = false WHERE rolname = {name}; COMMIT;",
                    name = literal(login)
                ))
                .await
        }
        Err(e) => Err(e),
    }
}

/// Records (or updates) an identity the emulator issues tokens for, so `pgaadauth_create_principal` finds it by
/// name. Runs on `postgres` of a Flexible Server.
pub(crate) async fn register_identity(
    postgres: &Client,
    object_id: &str,
    principal_name: &str,
    principal_type: &str,
) -> Result<(), tokio_postgres::Error> {
    postgres
        .execute(
            "INSERT INTO pgaadauth.identities (object_id, principal_name, principal_type) VALUES ($1, $2, $3) \
             ON CONFLICT (object_id) DO UPDATE \
             SET principal_name = EXCLUDED.principal_name, principal_type = EXCLUDED.principal_type",
            &[&object_id.to_lowercase(), &principal_name, &principal_type],
        )
        .await
        .map(drop)
}

/// How a role logs in with Entra tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EntraRole {
    /// Mapped to an Entra object (pgaadauth.principals: Flexible roles and both kinds' admins): a token of that
    /// object, or for a group of one of its members.
    Mapped {
        object_id: String,
        principal_type: String,
    },
    /// A Single Server member of `azure_ad_user` without a mapping: created with the object id as its password.
    SingleAadUser,
}

/// Reads how `role` logs in with Entra tokens; `None` for a role that does not (or does not exist). Runs on
/// `postgres`.
pub(crate) async fn entra_role(
    postgres: &Client,
    role: &str,
) -> Result<Option<EntraRole>, tokio_postgres::Error> {
    let row = postgres
        .query_opt(
            "SELECT p.object_id, p.principal_type, EXISTS (SELECT 1 FROM pg_auth_members m \
             JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid AND g.rolname = 'azure_ad_user') \
             FROM pg_roles r LEFT JOIN pgaadauth.principals p ON p.role_oid = r.oid WHERE r.rolname = $1",
            &[&role],
        )
        .await?;
    Ok(row.and_then(|row| {
        let object_id: Option<String> = row.get(0);
        let principal_type: Option<String> = row.get(1);
        let aad_user: bool = row.get(2);
        match (object_id, principal_type) {
            (Some(object_id), Some(principal_type)) => Some(EntraRole::Mapped {
                object_id,
                principal_type,
            }),
            _ => aad_user.then_some(EntraRole::SingleAadUser),
        }
    }))
}

/// Maps a SQL failure of a management statement to the server it happened on.
pub(crate) fn sql_error(server: &str) -> impl FnOnce(tokio_postgres::Error) -> PgError {
    let server = server.to_owned();
    move |source| PgError::Sql { server, source }
}
