//! `connection generate-configuration`: the configuration values for a connection.

use crate::cli::connection::ConnectionIdArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection generate-configuration`.
pub async fn run(_args: &ConnectionIdArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented(
        "connection generate-configuration".into(),
    ))
}
