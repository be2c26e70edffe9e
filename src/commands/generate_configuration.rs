//! `connection generate-configuration`: POST `generateConfigurations` (empty body) and print
//! `{"configurations": [...]}` in az's SDK `todict` shape.

use super::connector_ref::{self, ConnectorTarget};
use super::context::Session;
use super::linker_view;
use crate::error::Result;
use crate::output::value::Value;

/// Parameters of `connection generate-configuration`.
#[derive(Debug, Clone, Default)]
pub struct GenerateConfigurationParams {
    pub target: ConnectorTarget,
}

/// Runs `connection generate-configuration`.
pub async fn generate_configuration(
    session: &Session,
    params: &GenerateConfigurationParams,
) -> Result<Option<Value>> {
    let target = connector_ref::resolve(session, &params.target).await?;
    let body = session
        .arm()?
        .linker_generate_configurations(&target.path())
        .await?;
    Ok(Some(linker_view::configurations(&body)))
}
