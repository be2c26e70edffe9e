//! `connection list`: the local connections of one resource group and location (`-l`, else the resource
//! group's location), all `nextLink` pages, each shown as az's SDK `todict` shows a connector (no transform,
//! no `configurations`).

use super::connector_ref::resource_group_location;
use crate::cli::connection::ListArgs;
use crate::commands::linker_view::{self, Flavor};
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::output::value::Value;

/// Runs `connection list` (`-g` is required; the az config default is applied while parsing).
pub async fn run(args: &ListArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let subscription = azure.subscription()?.id;
    let location = match args.location.as_deref().filter(|l| !l.is_empty()) {
        Some(l) => l.to_owned(),
        None => resource_group_location(azure, &subscription, &args.group.resource_group).await?,
    };
    let items = azure
        .arm()?
        .linker_list(&subscription, &args.group.resource_group, &location)
        .await?;
    Ok(Outcome::document(Value::Array(
        items
            .iter()
            .map(|i| linker_view::connector(i, Flavor::Sdk))
            .collect(),
    )))
}
