//! `connection delete`: az's confirmation (`Are you sure you want to perform this operation? (y/n):` on a
//! terminal; without one and without `--yes`, az's error), then DELETE the connector and wait for the
//! operation unless `--no-wait`. Prints nothing.
//!
//! azconn additions: `--drop-role` also drops the connection's PostgreSQL role (`aad_<connection>`) on the
//! target server, before the connector is deleted (the connector is what names the server and database, so a
//! failed drop can be retried); `--dry-run` prints what would be deleted and dropped and changes nothing.

use super::connector_ref::{self, ConnectorRef, ConnectorTarget};
use crate::cli::connection::DeleteArgs;
use crate::commands::azure::Azure;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// az's confirmation question.
pub const CONFIRM: &str = "Are you sure you want to perform this operation?";

/// az's `user_confirmation`.
pub fn confirm(yes: bool) -> Result<()> {
    crate::commands::confirm::confirm(yes, CONFIRM, "Operation cancelled.")
}

/// Runs `connection delete`: nothing to print, or with `--dry-run` the plan.
pub async fn run(args: &DeleteArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(&args.target)).await?;
    if args.dry_run {
        return plan(azure, &target, args.drop_role)
            .await
            .map(Outcome::Text);
    }
    confirm(args.yes)?;
    if args.drop_role {
        super::drop_role::drop_connection_role(azure, &target).await?;
    }
    azure
        .arm()?
        .linker_delete(&target.path(), args.no_wait)
        .await?;
    Ok(Outcome::Nothing)
}

async fn plan(azure: &Azure, target: &ConnectorRef, drop_role: bool) -> Result<String> {
    let mut text = format!("Would delete connection {}\n", target.id());
    if drop_role {
        text.push_str(&super::drop_role::plan_text(azure, target).await?);
    }
    Ok(text)
}
