//! The connection verbs of the compute sources: `azconn webapp|functionapp|containerapp|aks connection …`, one
//! file per verb. A connection of a compute source is a ServiceLinker linker on the app
//! (or slot): `{app id}/providers/Microsoft.ServiceLinker/linkers/{name}` (`app.rs` names them).

pub mod app;
mod app_source;
mod containers;
mod create;
mod delete;
mod detect;
mod identity;
pub mod kind;
mod list;
mod list_configuration;
mod principal;
mod show;
mod update;
mod validate;
mod wait;

use kind::{ComputeSource, LinkerRef};

use crate::cli::source::{
    SourceConnectionArgs, SourceConnectionCommand, SourceGroupCommand, SourceOnly,
};
use crate::commands::{Context, Outcome, support_types};
use crate::error::{Error, Result};

/// Runs `azconn webapp|functionapp|containerapp|aks …`.
pub async fn run_group<K: ComputeSource>(
    cmd: &SourceGroupCommand<K>,
    ctx: &Context,
) -> Result<Outcome> {
    run(cmd.connection(), ctx).await
}

/// The connection verbs of a compute source: `create` is the source's own, the others are shared.
async fn run<K: ComputeSource>(cmd: &SourceConnectionCommand<K>, ctx: &Context) -> Result<Outcome> {
    match cmd {
        SourceConnectionCommand::Create(t) => K::create(t, ctx).await,
        SourceConnectionCommand::Update(t) => {
            if K::GROUP == "aks" {
                containers::reject_aks_update_auth(t.args())?;
            }
            update::run::<K, _>(t.args(), ctx).await
        }
        SourceConnectionCommand::List(a) => list::run::<K, _>(a, ctx).await,
        SourceConnectionCommand::Show(a) => show::run(&linker::<K, _>(a, ctx)?, ctx).await,
        SourceConnectionCommand::Delete(a) => delete::run::<K, _>(a, ctx).await,
        SourceConnectionCommand::ListConfiguration(a) => {
            list_configuration::run(&linker::<K, _>(a, ctx)?, ctx).await
        }
        SourceConnectionCommand::Validate(a) => validate::run(&linker::<K, _>(a, ctx)?, ctx).await,
        SourceConnectionCommand::Wait(a) => {
            wait::run(&linker::<K, _>(&a.target, ctx)?, a, ctx).await
        }
        SourceConnectionCommand::ListSupportTypes(a) => Ok(support_types::outcome(
            K::GROUP,
            K::AUTH,
            a.target_type.as_deref(),
        )),
    }
}

/// The connection a verb names: `--id`, or the source and `--connection`.
fn linker<K: ComputeSource, S: SourceOnly>(
    args: &SourceConnectionArgs<S>,
    ctx: &Context,
) -> Result<LinkerRef> {
    if let Some(id) = args.id.as_deref().filter(|s| !s.is_empty()) {
        // The id names the subscription: none is needed.
        return K::parse_linker_id(id);
    }
    let subscription = ctx.azure.subscription()?.id;
    let source = K::source_id(&args.source, &args.slot, &subscription)?;
    let name = args
        .connection
        .as_deref()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::runtime(crate::commands::connection::connector_ref::MISSING_NAME))?;
    crate::arm::check_name("connection", name).map_err(|e| Error::runtime(e.to_string()))?;
    Ok(LinkerRef {
        source,
        name: name.to_owned(),
    })
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
    let view =
        crate::commands::linker_view::connector_with_configurations(wire, configurations.as_ref());
    containers::names::with_kubernetes_names(view, wire)
}
