//! `connection list`: lists the connections of a resource group and location.

use crate::cli::connection::ListArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection list`.
pub async fn run(_args: &ListArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented("connection list".into()))
}
