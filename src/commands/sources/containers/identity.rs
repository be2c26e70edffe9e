//! A container app's system-assigned identity as `az containerapp identity show|assign` finds and turns it on:
//! the subscription must have Microsoft.App registered (az checks before its first request), the app is read,
//! and when the identity is off the app as read — its secrets put back from `listSecrets` — is PUT with it (a
//! long-running operation), then its `identity.principalId` read.

use serde_json::Value;

use crate::arm::ArmClient;
use crate::arm::containers::APP_NAMESPACE;
use crate::error::{Error, Result};
use crate::output::log;

/// What az's `containerapp identity show` found: the app as read and its identity's principal id (`None`: off).
#[derive(Debug, Clone, PartialEq)]
pub struct AppIdentity {
    pub app: Value,
    pub principal_id: Option<String>,
}

/// az's wrapper around a nested `containerapp identity …` command that failed.
fn nested(command: &str, app_id: &str, e: impl std::fmt::Display) -> Error {
    let extra = if command == "assign" {
        " --system-assigned"
    } else {
        ""
    };
    Error::runtime(format!(
        "Command execution failed, command is: az containerapp identity {command} --ids \"{app_id}\"{extra} -o json, error message is: \n {e}"
    ))
}

/// The principal id of the app's system-assigned identity, when it has one.
pub fn system_principal(app: &Value) -> Option<String> {
    let identity = &app["identity"];
    let on = identity["type"]
        .as_str()
        .unwrap_or("")
        .split(',')
        .any(|p| p.trim().eq_ignore_ascii_case("SystemAssigned"));
    on.then(|| identity["principalId"].as_str().map(str::to_owned))
        .flatten()
        .filter(|p| !p.is_empty())
}

/// The provider check and the app read, together (a missing app is ARM's 404: exit 3).
pub async fn read(arm: &ArmClient, subscription: &str, app_id: &str) -> Result<AppIdentity> {
    let (state, app) = tokio::join!(
        arm.provider_registration_state(subscription, APP_NAMESPACE),
        arm.container_app(app_id)
    );
    let state = state.map_err(|e| nested("show", app_id, e))?;
    if !state.eq_ignore_ascii_case("Registered") {
        return Err(nested(
            "show",
            app_id,
            format!(
                "Subscription {subscription} is not registered for the {APP_NAMESPACE} resource provider. Please run \"az provider register -n {APP_NAMESPACE} --wait\" to register your subscription."
            ),
        ));
    }
    let app = app?;
    let principal_id = system_principal(&app);
    Ok(AppIdentity { app, principal_id })
}

/// Turns the identity on — the app as read with its secrets' values, PUT and waited for — and returns its
/// principal id.
pub async fn assign(arm: &ArmClient, app_id: &str, app: &Value) -> Result<String> {
    log::warning("Enabling Container App System Identity...");
    let has_secrets = app["properties"]["configuration"]["secrets"]
        .as_array()
        .is_some_and(|s| !s.is_empty());
    let secrets = if has_secrets {
        arm.container_app_secrets(app_id)
            .await
            .map_err(|e| nested("assign", app_id, e))?
    } else {
        Vec::new()
    };
    let after = arm
        .container_app_assign_identity(app_id, app, &secrets)
        .await
        .map_err(|e| nested("assign", app_id, e))?;
    system_principal(&after).ok_or_else(|| {
        Error::runtime(format!(
            "The system-assigned identity of {app_id} has no principal id yet. Run the command again in a minute."
        ))
    })
}
