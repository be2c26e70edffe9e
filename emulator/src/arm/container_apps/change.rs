//! What the body of a container app's PUT (the whole app) or PATCH (a merge) asks for, checked as the RP checks
//! it: the identity, the secrets (each with a value) and the containers (env references to defined secrets).

use serde_json::Value;

use super::{Container, ContainerApp, EnvVar, IMAGE};
use crate::arm::errors::bad_request;
use crate::arm::identity::{IdentityRequest, SystemIdentity};
use crate::arm::tracked::Tracked;
use crate::http::Resp;

/// The app a PUT or PATCH body asks for, or the RP's 400: secrets need a value, env references need a secret.
pub(super) fn merged(
    current: &ContainerApp,
    body: &Value,
    replace: bool,
) -> Result<ContainerApp, Resp> {
    let mut next = current.clone();
    next.provisioning = "Succeeded";
    if let Some(asked) = IdentityRequest::of(body, "InvalidIdentityType")? {
        if asked.system && next.identity.is_none() {
            next.identity = Some(SystemIdentity::for_key(&current.key()));
        } else if !asked.system {
            next.identity = None;
        }
        next.user_assigned = asked.user_assigned;
    } else if replace {
        next.identity = None;
        next.user_assigned.clear();
    }
    let props = &body["properties"];
    match props["configuration"]["secrets"].as_array() {
        Some(list) => {
            let mut secrets = Vec::new();
            let mut invalid = Vec::new();
            for s in list {
                let name = s["name"].as_str().unwrap_or("");
                match s["value"].as_str() {
                    Some(v) if !name.is_empty() => secrets.push((name.to_owned(), v.to_owned())),
                    _ => invalid.push(name.to_owned()),
                }
            }
            if !invalid.is_empty() {
                return Err(bad_request(
                    "ContainerAppSecretInvalid",
                    format!(
                        "Invalid Request: Container app secret(s) with name(s) '{}' are invalid: value or keyVaultUrl and identity should be provided.",
                        invalid.join(", ")
                    ),
                ));
            }
            next.secrets = secrets;
        }
        None if replace => next.secrets.clear(),
        None => {}
    }
    if let Some(list) = props["template"]["containers"].as_array() {
        next.containers = list
            .iter()
            .map(|c| Container {
                name: c["name"].as_str().unwrap_or("").to_owned(),
                image: c["image"].as_str().unwrap_or(IMAGE).to_owned(),
                env: c["env"]
                    .as_array()
                    .map(|e| {
                        e.iter()
                            .map(|v| EnvVar {
                                name: v["name"].as_str().unwrap_or("").to_owned(),
                                value: v["value"].as_str().map(str::to_owned),
                                secret_ref: v["secretRef"].as_str().map(str::to_owned),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
    }
    for c in &next.containers {
        for e in &c.env {
            if let Some(r) = &e.secret_ref
                && !next.secrets.iter().any(|(n, _)| n == r)
            {
                return Err(bad_request(
                    "ContainerAppSecretRefNotFound",
                    format!(
                        "Invalid Request: Container '{}' env var '{}' references secret '{r}', which is not defined.",
                        c.name, e.name
                    ),
                ));
            }
        }
    }
    if next.containers != current.containers {
        next.revision += 1;
    }
    Ok(next)
}
