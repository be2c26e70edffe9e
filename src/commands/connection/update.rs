//! `connection update`: updates a connection's client type, auth info or customized keys.

use crate::cli::connection::ServerKind;
use crate::cli::connection::UpdatePostgresArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection update`.
pub async fn run(kind: ServerKind, _args: &UpdatePostgresArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented(format!(
        "connection update {}",
        kind.target_name()
    )))
}
