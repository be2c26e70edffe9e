//! `connection delete`: deletes a connection (and with `--drop-role` its PostgreSQL role).

use crate::cli::connection::DeleteArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection delete`.
pub async fn run(_args: &DeleteArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented("connection delete".into()))
}
