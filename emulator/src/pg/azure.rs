//! The SQL that makes a cluster look like an Azure server: the template setup (`emulator/pg/azure_setup.sql`),
//! databases owned by `azure_pg_admin`, Entra admin roles, and the identities whose tokens roles accept.

use tokio_postgres::Client;

use super::{EntraAdmin, PgError, ServerKind};

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

/// The role names an Entra admin logs in with: its login, and on Single Server also `login@server`.
pub(crate) fn admin_roles(kind: ServerKind, server_name: &str, login: &str) -> Vec<String> {
    match kind {
        ServerKind::Flexible => vec![login.to_owned()],
        ServerKind::Single => vec![login.to_owned(), format!("{login}@{server_name}")],
    }
}

/// Creates or updates the admin's roles (LOGIN CREATEROLE CREATEDB, member of azure_pg_admin, password = the
/// SCRAM verifier of its access token) and, on Flexible, its row in pgaadauth.principals. Runs on `postgres`.
pub(crate) async fn set_admin(
    postgres: &Client,
    kind: ServerKind,
    server_name: &str,
    admin: &EntraAdmin,
    verifier: &str,
) -> Result<(), tokio_postgres::Error> {
    let mut sql = String::from("BEGIN;\n");
    for role in admin_roles(kind, server_name, &admin.login) {
        let exists = postgres
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role])
            .await?
            .is_some();
        let r = ident(&role);
        let pw = literal(verifier);
        if exists {
            sql.push_str(&format!("ALTER ROLE {r} LOGIN CREATEROLE CREATEDB PASSWORD {pw};\nGRANT azure_pg_admin TO {r};\n"));
        } else {
            sql.push_str(&format!(
                "CREATE ROLE {r} LOGIN CREATEROLE CREATEDB PASSWORD {pw} IN ROLE azure_pg_admin;\n"
            ));
        }
        if kind == ServerKind::Flexible {
            sql.push_str(&format!(
                "DELETE FROM pgaadauth.principals WHERE rolname = {name};\n\
                 INSERT INTO pgaadauth.principals (role_oid, rolname, object_id, principal_type, is_mfa, is_admin, created_by) \
                 SELECT oid, rolname, {oid}, {kind}, false, true, current_user FROM pg_roles WHERE rolname = {name};\n",
                name = literal(&role),
                oid = literal(&admin.object_id),
                kind = literal(admin.principal_type.pgaadauth_name()),
            ));
        }
    }
    sql.push_str("COMMIT;");
    postgres.batch_execute(&sql).await
}

/// Drops the admin's roles. A role that still owns objects or holds privileges cannot be dropped; it then loses
/// LOGIN and its azure_pg_admin membership instead, which is what matters to a client. Runs on `postgres`.
pub(crate) async fn remove_admin(
    postgres: &Client,
    kind: ServerKind,
    server_name: &str,
    login: &str,
) -> Result<(), tokio_postgres::Error> {
    for role in admin_roles(kind, server_name, login) {
        let r = ident(&role);
        match postgres
            .batch_execute(&format!("DROP ROLE IF EXISTS {r}"))
            .await
        {
            Ok(()) => {}
            Err(e)
                if e.code()
                    == Some(&tokio_postgres::error::SqlState::DEPENDENT_OBJECTS_STILL_EXIST) =>
            {
                postgres
                    .batch_execute(&format!(
                        "BEGIN; ALTER ROLE {r} NOLOGIN NOCREATEROLE NOCREATEDB PASSWORD NULL; \
                         REVOKE azure_pg_admin FROM {r}; \
                         UPDATE pgaadauth.principals SET is_admin = false WHERE rolname = {name}; COMMIT;",
                        name = literal(&role)
                    ))
                    .await?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Records (or updates) an identity the emulator issues tokens for, and gives every role already mapped to its
/// object id the token's verifier as password. Runs on `postgres` of a Flexible Server.
pub(crate) async fn register_identity(
    postgres: &Client,
    object_id: &str,
    principal_name: &str,
    principal_type: &str,
    verifier: &str,
) -> Result<(), tokio_postgres::Error> {
    let oid = object_id.to_lowercase();
    let mut sql = format!(
        "BEGIN;\nINSERT INTO pgaadauth.identities (object_id, principal_name, principal_type, verifier) \
         VALUES ({o}, {n}, {t}, {v}) ON CONFLICT (object_id) DO UPDATE \
         SET principal_name = EXCLUDED.principal_name, principal_type = EXCLUDED.principal_type, verifier = EXCLUDED.verifier;\n",
        o = literal(&oid),
        n = literal(principal_name),
        t = literal(principal_type),
        v = literal(verifier),
    );
    let rows = postgres
        .query(
            "SELECT r.rolname::text FROM pgaadauth.principals p JOIN pg_roles r ON r.oid = p.role_oid \
             WHERE lower(p.object_id) = $1 AND NOT p.is_admin",
            &[&oid],
        )
        .await?;
    for row in rows {
        let role: String = row.get(0);
        sql.push_str(&format!(
            "ALTER ROLE {} PASSWORD {};\n",
            ident(&role),
            literal(verifier)
        ));
    }
    sql.push_str("COMMIT;");
    postgres.batch_execute(&sql).await
}

/// Maps a SQL failure of a management statement to the server it happened on.
pub(crate) fn sql_error(server: &str) -> impl FnOnce(tokio_postgres::Error) -> PgError {
    let server = server.to_owned();
    move |source| PgError::Sql { server, source }
}
