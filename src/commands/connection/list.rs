//! `connection list`: the local connections of a resource group and location (logic in
//! `commands::list`).

use crate::cli::connection::ListArgs;
use crate::commands::list::{ListParams, list};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection list`.
pub async fn run(args: &ListArgs, ctx: &Context) -> Result<Outcome> {
    let params = ListParams {
        resource_group: args.resource_group.clone(),
        location: args.location.clone(),
    };
    Ok(super::document(list(&ctx.session, &params).await?))
}
