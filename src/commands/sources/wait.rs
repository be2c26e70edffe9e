//! `<source> connection wait`: az's generic wait over `<source> connection show` (without its transform) — the
//! same poll as `connection wait` (`commands::connection::wait`), on the linker.

use super::kind::LinkerRef;
use crate::cli::source::{SourceOnly, SourceWaitArgs};
use crate::commands::connection::wait::{WaitCondition, wait_on};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection wait`.
pub async fn run<S: SourceOnly>(
    linker: &LinkerRef,
    args: &SourceWaitArgs<S>,
    ctx: &Context,
) -> Result<Outcome> {
    let condition = WaitCondition::of(&args.condition);
    let found = wait_on(ctx.azure.arm()?, &linker.path(), &condition).await?;
    Ok(found.map_or(Outcome::Nothing, Outcome::document))
}
