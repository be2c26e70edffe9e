//! `connection create`: creates a local connection to PostgreSQL (and, for passwordless auth, the database role).

use crate::cli::connection::CreatePostgresArgs;
use crate::cli::connection::ServerKind;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection create`.
pub async fn run(kind: ServerKind, _args: &CreatePostgresArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented(format!(
        "connection create {}",
        kind.target_name()
    )))
}
