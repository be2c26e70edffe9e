//! `connection show`: one connection and its configurations (logic in `commands::show`).

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::show::{ShowParams, show};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection show`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let params = ShowParams {
        target: super::target(args),
    };
    Ok(super::document(show(&ctx.session, &params).await?))
}
