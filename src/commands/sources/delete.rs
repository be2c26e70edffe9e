//! `<source> connection delete`: after the confirmation (`--yes`), DELETE the linker and wait for its operation
//! (unless `--no-wait`); a missing linker (204) is success, as in az. Prints nothing.

use super::kind::LinkerRef;
use crate::cli::source::{SourceDeleteArgs, SourceOnly};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection delete`.
pub async fn run<S: SourceOnly>(
    linker: &LinkerRef,
    args: &SourceDeleteArgs<S>,
    ctx: &Context,
) -> Result<Outcome> {
    crate::commands::connection::delete::confirm(ctx, args.yes)?;
    ctx.azure
        .arm()?
        .linker_delete(&linker.path(), args.no_wait)
        .await?;
    Ok(Outcome::Nothing)
}
