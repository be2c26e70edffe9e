//! `connection list`: the local connections of one resource group and location (`-l`, else the resource
//! group's location), all `nextLink` pages, each shown as az's SDK `todict` shows a connector (no transform,
//! no `configurations`).

use super::connector_ref::resource_group_location;
use super::context::Session;
use super::linker_view::{self, Flavor};
use crate::error::Result;
use crate::output::value::Value;

/// Parameters of `connection list`.
#[derive(Debug, Clone, Default)]
pub struct ListParams {
    /// `-g/--resource-group` (required; az config default applied by the caller).
    pub resource_group: String,
    /// `-l/--location`.
    pub location: Option<String>,
}

/// Runs `connection list`.
pub async fn list(session: &Session, params: &ListParams) -> Result<Option<Value>> {
    let subscription = session.subscription()?.id;
    let location = match params.location.as_deref().filter(|l| !l.is_empty()) {
        Some(l) => l.to_owned(),
        None => resource_group_location(session, &subscription, &params.resource_group).await?,
    };
    let items = session
        .arm()?
        .linker_list(&subscription, &params.resource_group, &location)
        .await?;
    Ok(Some(Value::Array(
        items
            .iter()
            .map(|i| linker_view::connector(i, Flavor::Sdk))
            .collect(),
    )))
}
