//! How `create`'s failures read: the step an infrastructure failure happened in, and az's wrappers around
//! the nested commands it runs (`az account get-access-token`, `az ad signed-in-user show`).

use crate::arm::ArmError;
use crate::error::Error;

/// Names the step an infrastructure failure happened in (no answer, 5xx or 429 after retries, a token refused
/// twice or not to be had, a failed long-running operation, a response over a bound); errors az words itself
/// (other 4xx envelopes) keep az's text alone.
pub fn at_step(step: &'static str) -> impl Fn(ArmError) -> Error {
    move |e| {
        let step_line = format!("The step that failed: {step}. Run the command again to retry it.");
        let infrastructure = match &e {
            // 401: the token was refused even after a new one was fetched (`ArmClient::send`).
            ArmError::Response { status, .. } => {
                *status >= 500 || *status == 429 || *status < 400 || *status == 401
            }
            ArmError::Transport { .. } | ArmError::Bound(_) | ArmError::Decode { .. } => true,
            // No token: the credential's own text and fix, then the step it was wanted for.
            ArmError::Auth(_) => {
                let mut e = Error::from(e);
                e.add_recommendation(&step_line);
                return e;
            }
            ArmError::Invalid(_) => false,
        };
        if infrastructure {
            Error::Runtime {
                message: e.to_string(),
                recommendation: Some(step_line),
            }
        } else {
            e.into()
        }
    }
}

/// az's wrapper around a failed nested `az account get-access-token --resource-type oss-rdbms`.
pub fn oss_rdbms_token_error(message: &str) -> Error {
    Error::runtime(format!(
        "Command execution failed, command is: az account get-access-token --resource-type oss-rdbms -o json, error message is: \n {message}"
    ))
}

/// A failed identity lookup; Graph failures get az's `signed-in-user show` wrapper.
pub fn graph_error(e: &ArmError) -> Error {
    match e {
        ArmError::Auth(_) => Error::runtime(e.to_string()),
        other => Error::runtime(format!(
            "Command execution failed, command is: az ad signed-in-user show -o json, error message is: \n {other}"
        )),
    }
}
