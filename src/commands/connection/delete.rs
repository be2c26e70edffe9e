//! `connection delete`: deletes a connection (and with `--drop-role` its PostgreSQL role); logic in
//! `commands::delete`.

use crate::cli::connection::DeleteArgs;
use crate::commands::delete::{DeleteOutcome, DeleteParams, delete};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection delete`.
pub async fn run(args: &DeleteArgs, ctx: &Context) -> Result<Outcome> {
    let params = DeleteParams {
        target: super::target(&args.target),
        yes: args.yes,
        no_wait: args.no_wait,
        drop_role: args.drop_role,
        dry_run: args.dry_run,
    };
    Ok(match delete(&ctx.session, &params).await? {
        DeleteOutcome::Deleted => Outcome::Nothing,
        DeleteOutcome::Plan(text) => Outcome::Text(text),
    })
}
