//! `connection validate`: validates a connection (logic in `commands::validate`).

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::validate::{ValidateParams, validate};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection validate`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let params = ValidateParams {
        target: super::target(args),
    };
    Ok(super::document(validate(&ctx.session, &params).await?))
}
