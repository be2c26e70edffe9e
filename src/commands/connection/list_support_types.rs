//! `connection list-support-types`: the client and auth types local connections support.

use crate::cli::connection::ListSupportTypesArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Runs `connection list-support-types`.
pub async fn run(_args: &ListSupportTypesArgs, _ctx: &Context) -> Result<Outcome> {
    Err(Error::NotImplemented(
        "connection list-support-types".into(),
    ))
}
