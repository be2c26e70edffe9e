//! The checked revoke-and-drop of `--drop-role` and `--new`: a role is dropped only when it looks like a role azconn
//! created, and the revokes and the drop run in one transaction.

use tokio_postgres::types::Type;

use super::super::connect::{PgConnector, ServerLogin};
use super::super::error::PgError;
use super::super::session::PgSession;
use super::plan::DropPlan;
use crate::auth::Secret;
use crate::server_kind::ServerKind;

/// Revokes the grants of `role` and drops it in one transaction (`statements`), once it looks like a role azconn
/// created; a transaction PostgreSQL refuses says why.
pub(super) async fn revoke_and_drop(
    session: &mut PgSession,
    kind: ServerKind,
    role: &str,
    statements: &[String],
) -> Result<(), PgError> {
    ensure_droppable(session, kind, role).await?;
    session
        .execute_in_transaction(statements)
        .await
        .map_err(|e| drop_blocked(role, e))
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
async fn ensure_droppable(
    session: &PgSession,
    kind: ServerKind,
    role: &str,
) -> Result<(), PgError> {
    let sql = "SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls, \
               EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid \
                       WHERE m.member = r.oid AND g.rolname = 'azure_pg_admin'), \
               EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid \
                       WHERE m.member = r.oid AND g.rolname = 'azure_ad_user') \
               FROM pg_catalog.pg_roles r WHERE r.rolname = $1";
    let rows = session.query(sql, &[(&role, Type::TEXT)]).await?;
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
    revoke_and_drop(&mut session, plan.kind, &plan.role, &plan.step.statements).await?;
    Ok(DropOutcome { dropped: true })
}
