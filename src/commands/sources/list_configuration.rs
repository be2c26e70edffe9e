//! `<source> connection list-configuration`: POST `listConfigurations` and print `{"configurations": […]}`.

use super::kind::LinkerRef;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `<source> connection list-configuration`.
pub async fn run(linker: &LinkerRef, ctx: &Context) -> Result<Outcome> {
    let body = ctx
        .azure
        .arm()?
        .linker_list_configurations(&linker.path())
        .await?;
    Ok(Outcome::document(linker_view::configurations(&body)))
}
