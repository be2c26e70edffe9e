//! The connection verbs of the compute sources: `azconn webapp connection …` and `azconn functionapp
//! connection …`, one file per verb. A connection of a compute source is a ServiceLinker linker on the app
//! (or slot): `{app id}/providers/Microsoft.ServiceLinker/linkers/{name}` (`app.rs` names them).

pub mod app;
mod app_source;
mod create;
mod delete;
mod detect;
mod identity;
mod list;
mod list_configuration;
mod principal;
mod show;
mod validate;

use app::SourceKind;

use crate::cli::source::{FunctionappCommand, SourceConnectionCommand, SourceOnly, WebappCommand};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `azconn webapp …`.
pub async fn run_webapp(cmd: &WebappCommand, ctx: &Context) -> Result<Outcome> {
    match cmd {
        WebappCommand::Connection(c) => run(SourceKind::Webapp, c, ctx).await,
    }
}

/// Runs `azconn functionapp …`.
pub async fn run_functionapp(cmd: &FunctionappCommand, ctx: &Context) -> Result<Outcome> {
    match cmd {
        FunctionappCommand::Connection(c) => run(SourceKind::Functionapp, c, ctx).await,
    }
}

async fn run<C: SourceOnly, S: SourceOnly>(
    kind: SourceKind,
    cmd: &SourceConnectionCommand<C, S>,
    ctx: &Context,
) -> Result<Outcome> {
    match cmd {
        SourceConnectionCommand::Create(t) => create::run(kind, t, ctx).await,
        SourceConnectionCommand::List(a) => list::run(a, ctx).await,
        SourceConnectionCommand::Show(a) => show::run(a, ctx).await,
        SourceConnectionCommand::Delete(a) => delete::run(a, ctx).await,
        SourceConnectionCommand::ListConfiguration(a) => list_configuration::run(a, ctx).await,
        SourceConnectionCommand::Validate(a) => validate::run(a, ctx).await,
    }
}

/// The connection a verb names (`--id`, or the app and `--connection`).
fn linker<S: SourceOnly>(
    args: &crate::cli::source::SourceConnectionArgs<S>,
    ctx: &Context,
) -> Result<app::LinkerRef> {
    let id = args.id.as_deref().filter(|s| !s.is_empty());
    // With `--id` no subscription is needed (the id names it).
    let subscription = match id {
        Some(_) => String::new(),
        None => ctx.session.subscription()?.id,
    };
    app::resolve_linker(
        id,
        &args.source,
        args.slot.slot(),
        args.connection.as_deref(),
        &subscription,
    )
}

/// az's `transform_linker_properties`: the linker (knack shape) with `configurations` from
/// `listConfigurations`, or without the key when that call failed.
pub(crate) fn with_configurations(
    wire: &serde_json::Value,
    configurations: std::result::Result<serde_json::Value, crate::arm::ArmError>,
) -> crate::output::value::Value {
    let configurations = match configurations {
        Ok(c) => Some(c),
        Err(e) => {
            crate::output::log::debug(&format!(
                "listConfigurations failed, no `configurations`: {e}"
            ));
            None
        }
    };
    crate::commands::linker_view::connector_with_configurations(wire, configurations.as_ref())
}
