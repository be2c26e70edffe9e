//! `connection wait`: waits for a condition of a connection (logic in `commands::wait`).

use crate::cli::connection::WaitArgs;
use crate::commands::wait::{WaitParams, wait};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection wait`.
pub async fn run(args: &WaitArgs, ctx: &Context) -> Result<Outcome> {
    let params = WaitParams {
        target: super::target(&args.target),
        created: args.created,
        updated: args.updated,
        deleted: args.deleted,
        exists: args.exists,
        custom: args.custom.clone(),
        interval: args.interval,
        timeout: args.timeout,
    };
    Ok(super::document(wait(&ctx.session, &params).await?))
}
