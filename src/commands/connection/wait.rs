//! `connection wait`: waits until a condition on a connection is met.

use crate::cli::connection::WaitArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection wait`.
pub async fn run(_args: &WaitArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented("connection wait".into()))
}
