//! `connection generate-configuration`: POST `generateConfigurations` (empty body) and print
//! `{"configurations": [...]}` in az's SDK `todict` shape.

use super::connector_ref::{self, ConnectorTarget};
use crate::cli::connection::ConnectionIdArgs;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection generate-configuration`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(args)).await?;
    let body = azure
        .arm()?
        .linker_generate_configurations(&target.path())
        .await?;
    Ok(Outcome::document(linker_view::configurations(&body)))
}
