//! `<source> connection validate`: GET the linker (az reads its target type first), POST `validateLinker`, wait,
//! and print az's `transform_validation_result` (the `validationDetail` list).

use super::kind::LinkerRef;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection validate`.
pub async fn run(linker: &LinkerRef, ctx: &Context) -> Result<Outcome> {
    let arm = ctx.azure.arm()?;
    let path = linker.path();
    // A missing linker is az's not-found error (exit 3), before any validation starts.
    arm.linker_get(&path).await?;
    let body = arm.linker_validate_on_source(&path).await?;
    Ok(body.map_or(Outcome::Nothing, |b| {
        Outcome::document(linker_view::validation(&b))
    }))
}
