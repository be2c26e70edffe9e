//! `<source> connection show`: GET the linker and POST its `listConfigurations` together, and print az's
//! `transform_linker_properties`: the linker in knack's shape with the list merged in as `configurations` (left
//! out when that call fails, as in az).

use super::kind::LinkerRef;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection show`.
pub async fn run(linker: &LinkerRef, ctx: &Context) -> Result<Outcome> {
    let arm = ctx.azure.arm()?;
    let path = linker.path();
    let (wire, configurations) =
        tokio::join!(arm.linker_get(&path), arm.linker_list_configurations(&path));
    Ok(Outcome::document(super::with_configurations(
        &wire?,
        configurations,
    )))
}
