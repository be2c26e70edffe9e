//! `<source> connection delete`: after the confirmation (`--yes`; asked before the arguments naming the linker are
//! checked, as az confirms before its validators), DELETE the linker and wait for its operation (unless
//! `--no-wait`); a missing linker (204) is success, as in az. Prints nothing.

use super::kind::ComputeSource;
use crate::cli::source::{SourceDeleteArgs, SourceOnly};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection delete`.
pub async fn run<K: ComputeSource, S: SourceOnly>(
    args: &SourceDeleteArgs<S>,
    ctx: &Context,
) -> Result<Outcome> {
    crate::commands::connection::delete::confirm(ctx, args.yes)?;
    let linker = super::linker::<K, _>(&args.target, ctx)?;
    ctx.azure
        .arm()?
        .linker_delete(&linker.path(), args.no_wait)
        .await?;
    Ok(Outcome::Nothing)
}
