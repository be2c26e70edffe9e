//! `connection show`: GET the connector and (az's `transform_local_linker_properties`) POST
//! `generateConfigurations` at the same time, and merge the list in as `configurations`; when that inner call
//! fails the key is left out, as in az. The connector is shown in knack's `todict` shape
//! (`additionalProperties: {}` keys).

use super::connector_ref::{self, ConnectorTarget};
use crate::arm::{ArmClient, ArmError};
use crate::cli::connection::ConnectionIdArgs;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::output::{log, value::Value};

/// Runs `connection show`.
pub async fn run(args: &ConnectionIdArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(args)).await?;
    let arm = azure.arm()?;
    let path = target.path();
    // Independent calls, sent together (one round trip instead of two: docs/benchmarks.md); when the GET
    // fails its error is the command's, whatever the POST did.
    let (wire, generated) = tokio::join!(
        arm.linker_get(&path),
        arm.linker_generate_configurations(&path)
    );
    Ok(Outcome::document(view(&wire?, generated)))
}

/// az's `transform_local_linker_properties` (`show`, `update`): POST `generateConfigurations` for the
/// connector at `path` and show `wire` with that list as `configurations`, or without the key when the
/// call fails.
pub(super) async fn with_configurations(
    arm: &ArmClient,
    path: &str,
    wire: &serde_json::Value,
) -> Value {
    view(wire, arm.linker_generate_configurations(path).await)
}

fn view(
    wire: &serde_json::Value,
    generated: std::result::Result<serde_json::Value, ArmError>,
) -> Value {
    let generated = match generated {
        Ok(g) => Some(g),
        Err(e) => {
            log::debug(&format!(
                "generateConfigurations failed, no `configurations`: {e}"
            ));
            None
        }
    };
    linker_view::connector_with_configurations(wire, generated.as_ref())
}
