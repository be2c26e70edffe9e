//! `connection update`: updates a connection's client type, auth info or customized keys (logic in
//! `commands::update`).

use crate::cli::connection::{ServerKind, UpdatePostgresArgs};
use crate::commands::update::{UpdateParams, update};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection update postgres|postgres-flexible` (both kinds update the same way).
pub async fn run(_kind: ServerKind, args: &UpdatePostgresArgs, ctx: &Context) -> Result<Outcome> {
    let params = UpdateParams {
        target: super::target(&args.target),
        client_type: args.client_type.map(|c| c.as_az().to_owned()),
        auth: super::auth_flags(&args.auth),
        customized_keys: args.customized_keys.clone(),
        no_wait: args.no_wait,
    };
    Ok(super::document(update(&ctx.session, &params).await?))
}
