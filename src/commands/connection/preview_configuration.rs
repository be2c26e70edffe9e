//! `connection preview-configuration`: the configuration names a connection would produce (logic in
//! `commands::preview_configuration`).

use crate::cli::connection::{PreviewArgs, ServerKind};
use crate::commands::preview_configuration::{PostgresKind, PreviewParams, preview_configuration};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection preview-configuration postgres|postgres-flexible`.
pub async fn run(kind: ServerKind, args: &PreviewArgs, ctx: &Context) -> Result<Outcome> {
    let params = PreviewParams {
        kind: match kind {
            ServerKind::Single => PostgresKind::Single,
            ServerKind::Flexible => PostgresKind::Flexible,
        },
        client_type: args.client_type.map(|c| c.as_az().to_owned()),
        auth: super::auth_flags(&args.auth),
    };
    Ok(super::document(
        preview_configuration(&ctx.session, &params).await?,
    ))
}
