//! `connection validate`: POST `validate`, wait for the operation, and print az's
//! `transform_validation_result` of its status body: the `validationDetail` list (items
//! `{name, description, result, errorMessage, errorCode}` plus knack's `additionalProperties`), or the whole
//! result when there is no detail. `-o table` shows Description/Name/Result columns.

use super::connector_ref::{self, ConnectorTarget};
use crate::cli::connection::ConnectionIdArgs;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection validate`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(args)).await?;
    let body = azure.arm()?.linker_validate(&target.path()).await?;
    Ok(super::document(body.map(|b| linker_view::validation(&b))))
}
