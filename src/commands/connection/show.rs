//! `connection show`: one connection and its configurations.

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection show`.
pub async fn run(_args: &ConnectionIdArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented("connection show".into()))
}
