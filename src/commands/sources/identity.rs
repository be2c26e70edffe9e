//! The app's identities as the passwordless extension finds them: the system-assigned identity of a site or slot
//! (assigned with a PUT of the site as read when it is off, as `az webapp identity assign` does), and a
//! user-assigned identity by client id across a subscription (`az identity list --query
//! "[?clientId=='…']"`).

use std::time::Duration;

use serde_json::Value;

use crate::arm::ArmClient;
use crate::arm::web::SiteIdentity;
use crate::error::{Error, Result};
use crate::output::log;

/// How often az reads the site again while a new identity has no principal id yet, and how long it waits.
const PRINCIPAL_READS: u32 = 15;
const PRINCIPAL_READ_PAUSE: Duration = Duration::from_secs(5);

/// The site (or slot) as read, for the identity check.
pub async fn read_site(arm: &ArmClient, app_id: &str) -> Result<Value> {
    Ok(arm.web_site(app_id).await?)
}

/// The principal id of the site's system-assigned identity, when it has one.
pub fn system_principal(site: &Value) -> Option<String> {
    let id = SiteIdentity::of(site);
    id.system_assigned.then_some(id.principal_id).flatten()
}

/// Turns the system-assigned identity on (the site as read, PUT back with it) and returns its principal id,
/// reading the site again while ARM has not filled it in yet (bounded).
pub async fn assign_system_identity(arm: &ArmClient, app_id: &str, site: &Value) -> Result<String> {
    log::warning("Enabling WebApp System Identity...");
    let nested = |e: crate::arm::ArmError| {
        Error::runtime(format!(
            "Command execution failed, command is: az webapp identity assign --ids \"{app_id}\" -o json, error message is: \n {e}"
        ))
    };
    let answer = arm
        .web_assign_system_identity(app_id, site)
        .await
        .map_err(nested)?;
    if let Some(p) = system_principal(&answer) {
        return Ok(p);
    }
    for _ in 0..PRINCIPAL_READS {
        tokio::time::sleep(PRINCIPAL_READ_PAUSE).await;
        if let Some(p) = system_principal(&arm.web_site(app_id).await?) {
            return Ok(p);
        }
    }
    Err(Error::runtime(format!(
        "The system-assigned identity of {app_id} has no principal id yet. Run the command again in a minute."
    )))
}

/// The principal id of the user-assigned identity with `client_id` in `subscription`; az's `No identity found
/// for client id …` (exit 3) when there is none.
pub async fn user_identity_principal(
    arm: &ArmClient,
    subscription: &str,
    client_id: &str,
) -> Result<String> {
    let identities = arm.user_assigned_identities(subscription).await?;
    identities
        .iter()
        .find(|i| {
            i["properties"]["clientId"]
                .as_str()
                .is_some_and(|c| c.eq_ignore_ascii_case(client_id))
        })
        .and_then(|i| i["properties"]["principalId"].as_str())
        .map(str::to_owned)
        .ok_or_else(|| Error::not_found(format!("No identity found for client id {client_id}")))
}
