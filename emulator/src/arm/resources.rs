//! Microsoft.Resources and the ARM front's own resources: subscriptions, tenants, resource groups, locations and
//! resource-provider registration.

use serde_json::{Value, json};

use super::errors::subscription_not_found;
use crate::app::App;
use crate::http::Resp;
use crate::state::ResourceGroup;

fn subscription_body(app: &App, s: &crate::seed::Subscription) -> Value {
    json!({
        "id": format!("/subscriptions/{}", s.id),
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": s.id,
        "tenantId": app.seed.tenant.id,
        "displayName": s.name,
        "state": "Enabled",
        "subscriptionPolicies": {"locationPlacementId": "Public_2014-09-01", "quotaId": "PayAsYouGo_2014-09-01", "spendingLimit": "Off"}
    })
}

pub fn subscriptions(app: &App) -> Resp {
    let v: Vec<Value> = app
        .seed
        .subscriptions
        .iter()
        .map(|s| subscription_body(app, s))
        .collect();
    let n = v.len();
    Resp::json(
        200,
        &json!({"value": v, "count": {"type": "Total", "value": n}}),
    )
}

pub fn subscription(app: &App, sub: &str) -> Resp {
    match app
        .seed
        .subscriptions
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(sub))
    {
        Some(s) => Resp::json(200, &subscription_body(app, s)),
        None => subscription_not_found(sub),
    }
}

pub fn tenants(app: &App) -> Resp {
    let t = &app.seed.tenant;
    Resp::json(
        200,
        &json!({"value": [{
            "id": format!("/tenants/{}", t.id), "tenantId": t.id, "countryCode": "US", "displayName": t.display_name,
            "domains": [t.default_domain], "tenantCategory": "Home", "defaultDomain": t.default_domain, "tenantType": "AAD"
        }]}),
    )
}

/// `GET /subscriptions/{s}/resourcegroups/{rg}`.
pub fn group(g: &ResourceGroup) -> Resp {
    Resp::json(
        200,
        &json!({
            "id": format!("/subscriptions/{}/resourceGroups/{}", g.sub, g.name),
            "name": g.name,
            "type": "Microsoft.Resources/resourceGroups",
            "location": g.location,
            "tags": {},
            "properties": {"provisioningState": "Succeeded"}
        }),
    )
}

/// The namespace as ARM spells it (known ones), else as the caller did.
pub fn namespace_name(ns: &str) -> String {
    const KNOWN: &[&str] = &[
        "Microsoft.ServiceLinker",
        "Microsoft.DBforPostgreSQL",
        "Microsoft.Resources",
    ];
    KNOWN
        .iter()
        .find(|k| k.eq_ignore_ascii_case(ns))
        .map_or_else(|| ns.to_string(), |k| (*k).to_string())
}

/// `GET /subscriptions/{s}/providers/{ns}` (`register`: `POST …/register`). A registration moves
/// `NotRegistered` → `Registering` (one more provider GET) → `Registered`.
pub fn provider(app: &App, sub: &str, ns: &str, register: bool) -> Resp {
    use crate::state::Registration;
    let key = (sub.to_ascii_lowercase(), ns.to_ascii_lowercase());
    let mut world = app.world();
    let state = world.providers.get(&key).copied();
    let shown = match (state, register) {
        (None, _) => "Registered",
        (Some(Registration::NotRegistered), false) => "NotRegistered",
        (Some(Registration::NotRegistered | Registration::Registering { .. }), true) => {
            world
                .providers
                .insert(key, Registration::Registering { gets_left: 1 });
            "Registering"
        }
        (Some(Registration::Registering { gets_left: 0 }), false) => {
            world.providers.remove(&key);
            "Registered"
        }
        (Some(Registration::Registering { gets_left }), false) => {
            world.providers.insert(
                key,
                Registration::Registering {
                    gets_left: gets_left - 1,
                },
            );
            "Registering"
        }
    };
    let namespace = namespace_name(ns);
    Resp::json(
        200,
        &json!({
            "id": format!("/subscriptions/{sub}/providers/{namespace}"),
            "namespace": namespace,
            "registrationPolicy": "RegistrationRequired",
            "registrationState": shown,
            "resourceTypes": []
        }),
    )
}

/// `GET /subscriptions/{s}/resourcegroups`: the subscription's groups (one page).
pub fn list_groups(app: &App, sub: &str) -> Resp {
    let world = app.world();
    let value: Vec<Value> = world
        .rgs
        .iter()
        .filter(|g| g.sub.eq_ignore_ascii_case(sub))
        .map(|g| {
            json!({
                "id": format!("/subscriptions/{}/resourceGroups/{}", g.sub, g.name),
                "name": g.name,
                "type": "Microsoft.Resources/resourceGroups",
                "location": g.location,
                "properties": {"provisioningState": "Succeeded"}
            })
        })
        .collect();
    Resp::json(200, &json!({ "value": value }))
}

/// `GET /subscriptions/{s}/locations`: the locations the seed uses (name and display name).
pub fn list_locations(app: &App, sub: &str) -> Resp {
    let world = app.world();
    let mut names: Vec<String> = world
        .rgs
        .iter()
        .filter(|g| g.sub.eq_ignore_ascii_case(sub))
        .map(|g| g.location.clone())
        .chain(world.servers.iter().map(|s| s.location.clone()))
        .collect();
    names.sort();
    names.dedup();
    let value: Vec<Value> = names
        .iter()
        .map(|n| {
            json!({
                "id": format!("/subscriptions/{sub}/locations/{n}"),
                "name": n,
                "displayName": n,
                "regionalDisplayName": n
            })
        })
        .collect();
    Resp::json(200, &json!({ "value": value }))
}
