//! `connection show`: GET the connector, then (az's `transform_local_linker_properties`) POST
//! `generateConfigurations` and merge its list in as `configurations`; when that inner call fails the key is
//! left out, as in az. The connector is shown in knack's `todict` shape (`additionalProperties: {}` keys).

use super::connector_ref::{self, ConnectorTarget};
use super::context::Session;
use super::linker_view;
use crate::arm::ArmClient;
use crate::error::Result;
use crate::output::{log, value::Value};

/// Parameters of `connection show`.
#[derive(Debug, Clone, Default)]
pub struct ShowParams {
    pub target: ConnectorTarget,
}

/// Runs `connection show`.
pub async fn show(session: &Session, params: &ShowParams) -> Result<Option<Value>> {
    let target = connector_ref::resolve(session, &params.target).await?;
    let arm = session.arm()?;
    let path = target.path();
    let wire = arm.linker_get(&path).await?;
    Ok(Some(with_configurations(arm, &path, &wire).await))
}

/// az's `transform_local_linker_properties` (`show`, `update`): POST `generateConfigurations` for the
/// connector at `path` and show `wire` with that list as `configurations`, or without the key when the
/// call fails.
pub(super) async fn with_configurations(
    arm: &ArmClient,
    path: &str,
    wire: &serde_json::Value,
) -> Value {
    let generated = match arm.linker_generate_configurations(path).await {
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
