//! `connection delete`: az's confirmation (`Are you sure you want to perform this operation? (y/n):` on a
//! terminal; without one and without `--yes`, knack's warning and `Operation cancelled.`), then DELETE the connector and wait for the
//! operation unless `--no-wait`. Prints nothing.
//!
//! azconn additions: `--drop-role` also drops the connection's PostgreSQL role (`aad_<connection>`) on the
//! target server, before the connector is deleted (the connector is what names the server and database, so a
//! failed drop can be retried); `--dry-run` prints what would be deleted and dropped and changes nothing.

use super::connector_ref::{self, ConnectorRef, ConnectorTarget};
use crate::cli::connection::DeleteArgs;
use crate::commands::azure::Azure;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::{log, prompt};

/// az's confirmation question.
pub const CONFIRM: &str = "Are you sure you want to perform this operation?";

/// knack's command confirmation (`CLICommand._user_confirmed`): unless `--yes` or az's `[core]
/// disable_confirm_prompt`, the question on a terminal; an answer "n", or no terminal to ask on (a warning, `Unable
/// to prompt … Use --yes.`), is `Operation cancelled.`
pub fn confirm(ctx: &Context, yes: bool) -> Result<()> {
    if yes || ctx.globals.confirm_prompt_disabled {
        return Ok(());
    }
    log::steps_done();
    match prompt::confirm(CONFIRM) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::runtime("Operation cancelled.")),
        Err(prompt::NoTty) => {
            log::warning(prompt::NO_TTY);
            Err(Error::runtime("Operation cancelled."))
        }
    }
}

/// Runs `connection delete`: nothing to print, or with `--dry-run` the plan.
pub async fn run(args: &DeleteArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    // az confirms before its argument validators run (the resource-group lookup, the `--id` checks).
    if !args.dry_run {
        confirm(ctx, args.yes)?;
    }
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(&args.target)).await?;
    if args.dry_run {
        return plan(azure, &target, args.drop_role)
            .await
            .map(Outcome::Text);
    }
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
