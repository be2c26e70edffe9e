//! `connection validate`: POST `validate`, wait for the operation, and print az's
//! `transform_validation_result` of its status body: the `validationDetail` list (items
//! `{name, description, result, errorMessage, errorCode}` plus knack's `additionalProperties`), or the whole
//! result when there is no detail. `-o table` shows Description/Name/Result columns.

use super::connector_ref::{self, ConnectorTarget};
use super::context::Session;
use super::linker_view;
use crate::error::Result;
use crate::output::value::Value;

/// Parameters of `connection validate`.
#[derive(Debug, Clone, Default)]
pub struct ValidateParams {
    pub target: ConnectorTarget,
}

/// Runs `connection validate`.
pub async fn validate(session: &Session, params: &ValidateParams) -> Result<Option<Value>> {
    let target = connector_ref::resolve(session, &params.target).await?;
    let body = session.arm()?.linker_validate(&target.path()).await?;
    Ok(body.map(|b| linker_view::validation(&b)))
}
