//! `connection preview-configuration`: the configuration names a connection would produce.

use crate::cli::connection::PreviewArgs;
use crate::cli::connection::ServerKind;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection preview-configuration`.
pub async fn run(kind: ServerKind, _args: &PreviewArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented(format!(
        "connection preview-configuration {}",
        kind.target_name()
    )))
}
