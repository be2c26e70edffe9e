//! Recording the connector: its PUT, and az's `auto_register` of the Microsoft.ServiceLinker provider when
//! the subscription is not registered for it (warn, register, poll until `Registered`, PUT again).

use std::time::Duration;

use super::fail::at_step;
use super::interrupt::RunState;
use super::source::Source;
use crate::arm::{ArmCall, ArmClient, ArmError};
use crate::commands::Outcome;
use crate::error::{Error, Result};
use crate::output::log;

/// The provider the connector lives in; az registers it when the subscription is not registered.
const SERVICE_LINKER: &str = "Microsoft.ServiceLinker";
/// az's warning before it registers the provider (core `register_provider`).
const REGISTERING: &str = "Provider Microsoft.ServiceLinker is not registered, trying to register. This usually takes 1-2 minutes.";
/// az's error when the registration did not finish.
const REGISTRATION_FAILED: &str = "Registration failed, please manually run command `az provider register -n Microsoft.ServiceLinker` to register the provider.";
/// az polls `az provider show` at most this many times after registering.
const REGISTER_POLLS: u32 = 30;
/// az's pause before each of those polls; `AZCONN_PROVIDER_POLL_INTERVAL` (seconds) overrides it.
const REGISTER_POLL_INTERVAL: Duration = Duration::from_secs(10);

/// The pause between provider polls: `AZCONN_PROVIDER_POLL_INTERVAL` seconds (fractions allowed, up to
/// an hour), else az's 10 s.
pub fn poll_interval(var: Option<&str>) -> Duration {
    var.and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 3600.0)
        .map_or(REGISTER_POLL_INTERVAL, Duration::from_secs_f64)
}

/// PUTs the connector, waits for it (unless `no_wait`) and returns what az prints. A subscription
/// without the Microsoft.ServiceLinker registration gets it first, as az's `auto_register` does.
pub async fn record_connector<S: Source>(
    arm: &ArmClient,
    source: &S,
    call: &ArmCall,
    no_wait: bool,
    register_poll: Duration,
    state: &RunState,
) -> Result<Outcome> {
    log::step("Creating connector...");
    state.connector_sent();
    let result = match arm.linker_apply(call, no_wait).await {
        Err(e) if e.code() == Some("SubscriptionNotRegistered") => {
            register_service_linker(arm, source.subscription(), register_poll).await?;
            log::step("Creating connector...");
            arm.linker_apply(call, no_wait)
                .await
                .map_err(at_step("creating the connector"))?
        }
        other => other.map_err(at_step("creating the connector"))?,
    };
    log::steps_done();
    if no_wait {
        return Ok(Outcome::Nothing);
    }
    Ok(match result {
        Some(raw) => Outcome::document(source.view(arm, &raw).await),
        None => Outcome::Nothing,
    })
}

/// az's `register_provider`: warn, `az provider register`, then poll `az provider show` (bounded) until
/// `Registered`; any state but `Registering` or running out of polls is az's failure message.
async fn register_service_linker(
    arm: &ArmClient,
    subscription: &str,
    interval: Duration,
) -> Result<()> {
    log::steps_done();
    log::warning(REGISTERING);
    log::step("Registering the Microsoft.ServiceLinker provider...");
    let nested = |command: &str, e: ArmError| {
        Error::runtime(format!(
            "Command execution failed, command is: {command}, error message is: \n {e}"
        ))
    };
    arm.register_provider(subscription, SERVICE_LINKER)
        .await
        .map_err(|e| nested("az provider register -n Microsoft.ServiceLinker ", e))?;
    // Each poll sleeps first, as az does.
    for _ in 0..REGISTER_POLLS {
        tokio::time::sleep(interval).await;
        let state = arm
            .provider_registration_state(subscription, SERVICE_LINKER)
            .await
            .map_err(|e| nested("az provider show -n Microsoft.ServiceLinker ", e))?;
        match state.as_str() {
            "Registered" => return Ok(()),
            "Registering" => {}
            _ => break,
        }
    }
    Err(Error::runtime(REGISTRATION_FAILED))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_interval_from_the_environment() {
        assert_eq!(poll_interval(None), REGISTER_POLL_INTERVAL);
        assert_eq!(poll_interval(Some("0.05")), Duration::from_millis(50));
        assert_eq!(poll_interval(Some(" 2 ")), Duration::from_secs(2));
        for bad in ["-1", "nan", "inf", "3601", "soon"] {
            assert_eq!(poll_interval(Some(bad)), REGISTER_POLL_INTERVAL, "{bad}");
        }
    }
}
