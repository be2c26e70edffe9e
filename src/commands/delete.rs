//! `connection delete`: az's confirmation (`Are you sure you want to perform this operation? (y/n):` on a
//! terminal; without one and without `--yes`, az's error), then DELETE the connector and wait for the
//! operation unless `--no-wait`. Prints nothing.
//!
//! azconn additions: `--drop-role` also drops the connection's PostgreSQL role (`aad_<connection>`) on the
//! target server, before the connector is deleted (the connector is what names the server and database, so a
//! failed drop can be retried); `--dry-run` prints what would be deleted and dropped and changes nothing.

use super::connector_ref::{self, ConnectorRef, ConnectorTarget};
use super::context::Session;
use crate::error::{Error, Result};
use crate::output::prompt;

/// az's confirmation question.
pub const CONFIRM: &str = "Are you sure you want to perform this operation?";

/// Parameters of `connection delete`.
#[derive(Debug, Clone, Default)]
pub struct DeleteParams {
    pub target: ConnectorTarget,
    /// `--yes/-y`.
    pub yes: bool,
    /// `--no-wait`.
    pub no_wait: bool,
    /// `--drop-role` (azconn only).
    pub drop_role: bool,
    /// `--dry-run` (azconn only).
    pub dry_run: bool,
}

/// What `delete` hands back for printing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteOutcome {
    /// Deleted (or started, with `--no-wait`): nothing to print.
    Deleted,
    /// `--dry-run`: the plan, as text.
    Plan(String),
}

/// az's `user_confirmation`.
pub fn confirm(yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    match prompt::confirm(CONFIRM) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::runtime("Operation cancelled.")),
        Err(prompt::NoTty) => Err(Error::runtime(prompt::NO_TTY)),
    }
}

/// Runs `connection delete`.
pub async fn delete(session: &Session, params: &DeleteParams) -> Result<DeleteOutcome> {
    let target = connector_ref::resolve(session, &params.target).await?;
    if params.dry_run {
        return plan(session, &target, params)
            .await
            .map(DeleteOutcome::Plan);
    }
    confirm(params.yes)?;
    if params.drop_role {
        super::drop_role::drop_connection_role(session, &target).await?;
    }
    session
        .arm()?
        .linker_delete(&target.path(), params.no_wait)
        .await?;
    Ok(DeleteOutcome::Deleted)
}

async fn plan(session: &Session, target: &ConnectorRef, params: &DeleteParams) -> Result<String> {
    let mut text = format!("Would delete connection {}\n", target.id());
    if params.drop_role {
        text.push_str(&super::drop_role::plan_text(session, target).await?);
    }
    Ok(text)
}
