//! `connection update postgres|postgres-flexible`: GET the connector, merge the flags into it with core az's
//! rules (`local_connection_update`), PUT the result and wait (unless `--no-wait`), then print it like `show`
//! (knack view + `configurations`). No database work: az's update creates no PostgreSQL role.
//!
//! Merge rules: more than one auth option → `Only one auth info is needed`; none → keep the existing auth
//! info, except a secret one with a user name (its password is not echoed back) → `Auth info argument should
//! be provided when updating the connection: {name}`; neither `--client-type` nor an auth option →
//! `Either client type or auth info should be specified to update`. `--customized-keys` replaces the
//! existing keys; the public network solution is kept (default `callerClientIP: "true"`).

use serde_json::{Map, Value as Json, json};

use super::auth_flags::{self, ParsedAuth};
use super::connector_ref::{self, ConnectorTarget};
use crate::cli::connection::UpdatePostgresArgs;
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};

/// Drops `null`s, as the SDK's serializer does when it sends a model.
pub fn strip_nulls(v: &Json) -> Json {
    match v {
        Json::Object(m) => Json::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), strip_nulls(v)))
                .collect(),
        ),
        Json::Array(a) => Json::Array(a.iter().map(strip_nulls).collect()),
        other => other.clone(),
    }
}

/// The auth info an update without an auth option keeps: the one read (nulls dropped), unless it is a secret
/// with a user name — its password is not echoed back, so az asks for it again.
pub fn kept_auth(existing: &Json) -> Result<Option<Json>> {
    let Some(old) = existing
        .get("properties")
        .and_then(|p| p.get("authInfo"))
        .filter(|a| !a.is_null())
    else {
        return Ok(None);
    };
    let named_secret = old.get("authType").and_then(Json::as_str) == Some("secret")
        && old
            .get("name")
            .and_then(Json::as_str)
            .is_some_and(|n| !n.is_empty());
    if named_secret {
        let name = existing
            .get("name")
            .and_then(Json::as_str)
            .unwrap_or("None");
        return Err(Error::runtime(format!(
            "Auth info argument should be provided when updating the connection: {name}"
        )));
    }
    Ok(Some(strip_nulls(old)))
}

/// The PUT body from the existing connector (wire JSON) and the resolved new parts. `auth` is the new
/// `authInfo` when an auth option was given (already checked to be at most one).
pub fn merge(
    existing: &Json,
    auth: Option<Json>,
    client_type: Option<&str>,
    customized_keys: Option<Map<String, Json>>,
) -> Result<Json> {
    let props = existing.get("properties").cloned().unwrap_or(Json::Null);
    let given = auth.is_some();
    let auth = match auth {
        Some(a) => a,
        None => kept_auth(existing)?.unwrap_or(Json::Null),
    };
    if client_type.is_none() && !given {
        return Err(Error::runtime(
            "Either client type or auth info should be specified to update",
        ));
    }
    let client_type = client_type
        .map(|c| json!(c))
        .or_else(|| props.get("clientType").cloned())
        .unwrap_or(Json::Null);
    let old_keys = props
        .get("configurationInfo")
        .and_then(|c| c.get("customizedKeys"))
        .and_then(Json::as_object)
        .filter(|m| !m.is_empty())
        .cloned();
    let keys = customized_keys.filter(|m| !m.is_empty()).or(old_keys);
    let network = match props.get("publicNetworkSolution") {
        Some(p) if !p.is_null() => strip_nulls(p),
        _ => json!({"firewallRules": {"callerClientIP": "true"}}),
    };
    let mut out = Map::new();
    if let Some(t) = props.get("targetService").filter(|t| !t.is_null()) {
        out.insert("targetService".into(), strip_nulls(t));
    }
    if !auth.is_null() {
        out.insert("authInfo".into(), auth);
    }
    if !client_type.is_null() {
        out.insert("clientType".into(), client_type);
    }
    out.insert("publicNetworkSolution".into(), network);
    let mut config = Map::new();
    if let Some(k) = keys {
        config.insert("customizedKeys".into(), Json::Object(k));
    }
    out.insert("configurationInfo".into(), Json::Object(config));
    Ok(json!({"properties": Json::Object(out)}))
}

/// Runs `connection update postgres|postgres-flexible` (both kinds update the same way).
pub async fn run(args: &UpdatePostgresArgs, ctx: &Context) -> Result<Outcome> {
    let azure = &ctx.azure;
    let client_type = args
        .client_type
        .map(crate::cli::connection::ClientType::as_az);
    // az parses the auth options (argparse actions) before anything else runs.
    let parsed: Vec<ParsedAuth> = auth_flags::from_args(&args.auth)
        .iter()
        .map(auth_flags::parse)
        .collect::<Result<_>>()?;
    let keys = args
        .customized_keys
        .as_deref()
        .map(auth_flags::customized_keys)
        .transpose()?;
    let target = connector_ref::resolve(azure, &ConnectorTarget::from_args(&args.target)).await?;
    let arm = azure.arm()?;
    let path = target.path();
    let existing = arm.linker_get(&path).await?;
    if parsed.len() > 1 {
        return Err(Error::runtime("Only one auth info is needed"));
    }
    // Validate the merge before any Graph lookup, with a placeholder for the new auth info.
    let placeholder = parsed.first().map(|_| json!({}));
    merge(&existing, placeholder, client_type, keys.clone())?;
    let auth = match parsed.into_iter().next() {
        Some(p) => Some(auth_flags::complete(azure, p).await?),
        None => None,
    };
    let body = merge(&existing, auth, client_type, keys)?;
    let result = arm.linker_put_raw(&path, &body, args.no_wait).await?;
    if args.no_wait {
        return Ok(Outcome::Nothing);
    }
    let Some(wire) = result else {
        return Ok(Outcome::Nothing);
    };
    Ok(Outcome::document(
        super::show::with_configurations(arm, &path, &wire).await,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn existing(auth: Json) -> Json {
        json!({
            "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/l/connectors/c1",
            "name": "c1",
            "properties": {
                "targetService": {"type": "AzureResource", "id": "/t", "resourceProperties": null},
                "authInfo": auth,
                "clientType": "none",
                "publicNetworkSolution": {"firewallRules": {"callerClientIP": "true", "ipRanges": null}, "action": null},
                "configurationInfo": {"customizedKeys": {"A": "B"}}
            }
        })
    }

    fn ua() -> Json {
        json!({"authType": "userAccount", "userName": "aad_c1", "principalId": "oid", "roles": null})
    }

    #[test]
    fn client_type_only_keeps_auth_and_keys() {
        let body = merge(&existing(ua()), None, Some("python"), None).expect("merge");
        assert_eq!(
            body.to_string(),
            r#"{"properties":{"targetService":{"type":"AzureResource","id":"/t"},"authInfo":{"authType":"userAccount","userName":"aad_c1","principalId":"oid"},"clientType":"python","publicNetworkSolution":{"firewallRules":{"callerClientIP":"true"}},"configurationInfo":{"customizedKeys":{"A":"B"}}}}"#
        );
    }

    #[test]
    fn new_auth_and_keys_replace() {
        let mut keys = Map::new();
        keys.insert("X".into(), json!("Y"));
        let body = merge(
            &existing(ua()),
            Some(auth_flags::user_account_json("new")),
            None,
            Some(keys),
        )
        .expect("merge");
        assert_eq!(
            body["properties"]["authInfo"],
            json!({"authType": "userAccount", "principalId": "new"})
        );
        assert_eq!(body["properties"]["clientType"], json!("none"));
        assert_eq!(
            body["properties"]["configurationInfo"],
            json!({"customizedKeys": {"X": "Y"}})
        );
    }

    #[test]
    fn az_errors() {
        let e = merge(&existing(ua()), None, None, None).expect_err("nothing to update");
        assert_eq!(
            e.to_string(),
            "Either client type or auth info should be specified to update"
        );
        let secret = json!({"authType": "secret", "name": "pgadmin"});
        let e = merge(&existing(secret), None, Some("python"), None).expect_err("secret");
        assert_eq!(
            e.to_string(),
            "Auth info argument should be provided when updating the connection: c1"
        );
    }

    #[test]
    fn default_network_solution() {
        let mut e = existing(ua());
        e["properties"]["publicNetworkSolution"] = Json::Null;
        e["properties"]["configurationInfo"] = json!({});
        let body = merge(&e, None, Some("java"), None).expect("merge");
        assert_eq!(
            body["properties"]["publicNetworkSolution"],
            json!({"firewallRules": {"callerClientIP": "true"}})
        );
        assert_eq!(body["properties"]["configurationInfo"], json!({}));
    }
}
