//! `<source> connection list`: the linkers on the source (all pages), each in knack's `todict` shape
//! (`additionalProperties` keys) without `configurations` (docs/az-behaviour.md, "Compute sources").

use super::kind::ComputeSource;
use crate::cli::source::{SourceListArgs, SourceOnly};
use crate::commands::linker_view::{self, Flavor};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::output::value::Value;

/// Runs `<source> connection list`.
pub async fn run<K: ComputeSource, S: SourceOnly>(
    args: &SourceListArgs<S>,
    ctx: &Context,
) -> Result<Outcome> {
    let subscription = match args.source.source_id {
        Some(_) => String::new(),
        None => ctx.azure.subscription()?.id,
    };
    let source = K::source_id(&args.source, &args.slot, &subscription)?;
    let items = ctx.azure.arm()?.source_linkers(&source).await?;
    Ok(Outcome::document(Value::Array(
        items
            .iter()
            .map(|l| {
                super::containers::names::with_kubernetes_names(
                    linker_view::connector(l, Flavor::Knack),
                    l,
                )
            })
            .collect(),
    )))
}
