//! ARM's error envelopes (`{"error": {"code", "message"}}`) and the answers every provider shares: not found,
//! bad request, an unreadable body, no such route or method, an unregistered namespace, an internal failure.

use serde_json::{Value, json};

use crate::http::{Req, Resp};

/// ARM's error envelope.
pub fn arm_error(status: u16, code: &str, message: impl Into<String>) -> Resp {
    let message: String = message.into();
    Resp::json(
        status,
        &json!({"error": {"code": code, "message": message}}),
    )
    .with("x-ms-failure-cause", "gateway")
}

/// ARM's own 404 for a missing top-level resource.
pub fn arm_not_found(rtype: &str, name: &str, rg: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!(
            "The Resource '{rtype}/{name}' under resource group '{rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
        ),
    )
}

pub fn rg_not_found(rg: &str) -> Resp {
    arm_error(
        404,
        "ResourceGroupNotFound",
        format!("Resource group '{rg}' could not be found."),
    )
}

pub fn subscription_not_found(sub: &str) -> Resp {
    arm_error(
        404,
        "SubscriptionNotFound",
        format!("The subscription '{sub}' could not be found."),
    )
}

pub fn bad_request(code: &str, message: impl Into<String>) -> Resp {
    arm_error(400, code, message)
}

/// The request's JSON object body, or ARM's 400 for anything else.
pub fn invalid_body(req: &Req) -> Result<Value, Resp> {
    match serde_json::from_slice::<Value>(&req.body) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(bad_request(
            "InvalidRequestContent",
            "The request content was invalid and could not be deserialized: 'Expected an object'.",
        )),
        Err(e) => Err(bad_request(
            "InvalidRequestContent",
            format!("The request content was invalid and could not be deserialized: '{e}'."),
        )),
    }
}

/// The JSON object body of a tracked resource's PUT (`whole`: `location` required, as ARM requires it of a
/// definition) or PATCH, or ARM's 400.
pub fn resource_body(req: &Req, whole: bool) -> Result<Value, Resp> {
    let body = invalid_body(req)?;
    if whole && body["location"].as_str().is_none_or(str::is_empty) {
        return Err(bad_request(
            "LocationRequired",
            "The location property is required for this definition.",
        ));
    }
    Ok(body)
}

/// ARM's 404 for a path no provider serves.
pub fn no_route(req: &Req) -> Resp {
    let rtype = req.segs.get(5..7).map(|s| s.join("/")).unwrap_or_default();
    arm_error(
        404,
        "InvalidResourceType",
        format!(
            "The resource type '{}' could not be found in the namespace '{}' for api version '{}'.",
            req.segs.get(6).map_or("", String::as_str),
            req.segs.get(5).map_or(rtype.as_str(), String::as_str),
            req.query("api-version").unwrap_or("")
        ),
    )
}

pub fn method_not_allowed(req: &Req) -> Resp {
    arm_error(
        405,
        "MethodNotAllowed",
        format!(
            "The requested resource does not support http method '{}'.",
            req.method
        ),
    )
}

/// The resource provider's answer for an unregistered namespace (what az's `auto_register` reacts to).
pub fn not_registered(sub: &str, namespace: &str) -> Resp {
    arm_error(
        409,
        "SubscriptionNotRegistered",
        format!(
            "The subscription '{sub}' is not registered to use namespace '{namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions."
        ),
    )
}

/// ARM's 500 for a failure inside the emulator (e.g. PostgreSQL refusing a change).
pub fn internal(e: impl std::fmt::Display) -> Resp {
    arm_error(
        500,
        "InternalServerError",
        format!("An unexpected error occured while processing the request: {e}"),
    )
}
