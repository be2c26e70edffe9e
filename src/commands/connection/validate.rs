//! `connection validate`: asks the service to validate a connection.

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection validate`.
pub async fn run(_args: &ConnectionIdArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented("connection validate".into()))
}
