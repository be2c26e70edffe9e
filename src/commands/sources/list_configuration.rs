//! `<source> connection list-configuration`: POST `listConfigurations` and print `{"configurations": […]}`.

use crate::cli::source::{SourceConnectionArgs, SourceOnly};
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection list-configuration`.
pub async fn run<S: SourceOnly>(args: &SourceConnectionArgs<S>, ctx: &Context) -> Result<Outcome> {
    let linker = super::linker(args, ctx)?;
    let body = ctx
        .session
        .arm()?
        .linker_list_configurations(&linker.path())
        .await?;
    Ok(Outcome::document(linker_view::configurations(&body)))
}
