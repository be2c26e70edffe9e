//! `connection generate-configuration`: the configurations of a connection (logic in
//! `commands::generate_configuration`).

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::generate_configuration::{
    GenerateConfigurationParams, generate_configuration,
};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection generate-configuration`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let params = GenerateConfigurationParams {
        target: super::target(args),
    };
    Ok(super::document(
        generate_configuration(&ctx.session, &params).await?,
    ))
}
