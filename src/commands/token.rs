//! `azconn token`: az's `account get-access-token` — a token for `--resource-type oss-rdbms|arm|ms-graph`,
//! `--resource` or `--scope`, in `--tenant` or for `--subscription`, printed with az's keys (`accessToken`,
//! `expiresOn` in local time `YYYY-MM-DD HH:MM:SS.ffffff`, `expires_on`, `subscription`, `tenant`, `tokenType`).
//! The one place a token is meant to reach stdout.

use chrono::TimeZone as _;
use indexmap::IndexMap;

use super::azure::Azure;
use super::{Context, Outcome};
use crate::auth::TokenRequest;
use crate::cli::TokenArgs;
use crate::cli::account::ResourceType;
use crate::error::{Error, Result};
use crate::output::value::{Number, Object, Value};
use crate::settings::cloud::scope_for_resource;

/// The cloud endpoint name for a `--resource-type` value (az's `cloud_resource_type_mappings`).
fn endpoint_for_resource_type(kind: ResourceType) -> Option<&'static str> {
    match kind {
        ResourceType::OssRdbms => Some("ossrdbms_resource_id"),
        ResourceType::Arm => Some("active_directory_resource_id"),
        ResourceType::MsGraph => Some("microsoft_graph_resource_id"),
        ResourceType::AadGraph => Some("active_directory_graph_resource_id"),
        ResourceType::Batch | ResourceType::DataLake | ResourceType::Media => None,
    }
}

/// az's `expiresOn`: the expiry in local time with microseconds.
pub fn format_expires_on(expires_on: i64) -> String {
    match chrono::Local.timestamp_opt(expires_on, 0).single() {
        Some(t) => t.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
        None => expires_on.to_string(),
    }
}

fn string(s: impl Into<String>) -> Value {
    Value::String(s.into())
}

/// Runs `azconn token`: `args` as parsed, `subscription` from `--subscription`.
pub async fn get_access_token(
    azure: &Azure,
    args: &TokenArgs,
    subscription: Option<&str>,
) -> Result<Value> {
    use clap::ValueEnum as _;
    let settings = azure.settings()?;
    let cloud = &settings.cloud;
    let mut resource = args.resource.clone();
    if resource.is_none()
        && let Some(kind) = args.resource_type
    {
        let endpoint = endpoint_for_resource_type(kind).ok_or_else(|| {
            let name = kind.to_possible_value().map(|v| v.get_name().to_owned());
            Error::usage(format!(
                "argument --resource-type: invalid choice: '{}' (choose from 'aad-graph', 'arm', 'ms-graph', 'oss-rdbms')",
                name.unwrap_or_default()
            ))
        })?;
        resource = Some(cloud.endpoint(endpoint)?.to_owned());
    }
    let scopes = args.scope.as_deref().unwrap_or_default();
    if resource.is_some() && !scopes.is_empty() {
        return Err(Error::runtime(
            "resource and scopes can't be provided at the same time.",
        ));
    }
    let subscription_flag = subscription.or(azure.options().subscription.as_deref());
    if args.tenant.is_some() && subscription_flag.is_some() {
        return Err(Error::runtime(
            "Please specify only one of subscription and tenant, not both",
        ));
    }
    let scope = if scopes.is_empty() {
        scope_for_resource(&resource.map_or_else(|| cloud.arm_audience().map(str::to_owned), Ok)?)
    } else {
        scopes.join(" ")
    };
    let subscription = if args.tenant.is_some() {
        None
    } else {
        match settings.subscription(subscription_flag) {
            Ok(s) => Some(s),
            // A service principal or managed identity from the environment needs no az profile.
            Err(_) if subscription_flag.is_none() && settings.profile.subscriptions.is_empty() => {
                None
            }
            Err(e) => return Err(e.into()),
        }
    };
    let request = TokenRequest {
        scope,
        tenant: args.tenant.clone(),
        subscription: subscription.clone(),
    };
    let token = azure.tokens()?.get_token(&request).await?;
    let tenant = args
        .tenant
        .clone()
        .or_else(|| subscription.as_ref().and_then(|s| s.tenant_id.clone()))
        .or_else(|| token.identity().and_then(|i| i.tenant_id))
        .or_else(|| settings.env.non_empty("AZURE_TENANT_ID").map(str::to_owned));
    // az's key order (`-o json` sorts them anyway).
    let mut map = IndexMap::new();
    map.insert("tokenType".to_owned(), string(token.token_type.clone()));
    map.insert("accessToken".to_owned(), string(token.token.expose()));
    map.insert(
        "expires_on".to_owned(),
        Value::Number(Number::Int(i128::from(token.expires_on))),
    );
    map.insert(
        "expiresOn".to_owned(),
        string(format_expires_on(token.expires_on)),
    );
    map.insert("tenant".to_owned(), tenant.map_or(Value::Null, string));
    if let Some(s) = subscription {
        map.insert("subscription".to_owned(), string(s.id));
    }
    Ok(Value::Object(Object {
        map,
        ordered: false,
    }))
}

/// Runs `azconn token` (`az account get-access-token`).
pub async fn run(args: &TokenArgs, ctx: &Context) -> Result<Outcome> {
    let subscription = ctx.globals.subscription.as_deref();
    Ok(Outcome::document(
        get_access_token(&ctx.azure, args, subscription).await?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_types() {
        assert_eq!(
            endpoint_for_resource_type(ResourceType::OssRdbms),
            Some("ossrdbms_resource_id")
        );
        assert_eq!(
            endpoint_for_resource_type(ResourceType::Arm),
            Some("active_directory_resource_id")
        );
        assert_eq!(
            endpoint_for_resource_type(ResourceType::MsGraph),
            Some("microsoft_graph_resource_id")
        );
        assert_eq!(endpoint_for_resource_type(ResourceType::Batch), None);
    }

    #[test]
    fn expires_on_has_az_shape() {
        let s = format_expires_on(1_700_000_000);
        // `YYYY-MM-DD HH:MM:SS.ffffff` in whatever the local zone is.
        assert_eq!(s.len(), 26, "{s}");
        assert_eq!(&s[4..5], "-");
        assert_eq!(&s[10..11], " ");
        assert!(s.ends_with(".000000"), "{s}");
    }
}
