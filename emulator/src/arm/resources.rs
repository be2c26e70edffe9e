//! Microsoft.Resources and the ARM front's own resources: subscriptions, tenants, resource groups, locations and
//! resource-provider registration.

use serde_json::{Value, json};

use super::container_apps::ContainerApp;
use super::errors::subscription_not_found;
use super::managed_clusters::ManagedCluster;
use super::tracked::generic_resources;
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
        "Microsoft.Web",
        "Microsoft.ManagedIdentity",
        "Microsoft.App",
        "Microsoft.ContainerService",
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
    let locations = seeded_locations(&world, sub);
    let resource_types: Vec<Value> = resource_types(&namespace)
        .iter()
        .map(|(t, versions)| {
            json!({"resourceType": t, "locations": locations, "apiVersions": versions, "capabilities": "None"})
        })
        .collect();
    Resp::json(
        200,
        &json!({
            "id": format!("/subscriptions/{sub}/providers/{namespace}"),
            "namespace": namespace,
            "registrationPolicy": "RegistrationRequired",
            "registrationState": shown,
            "resourceTypes": resource_types
        }),
    )
}

/// The resource types (and api-versions, newest first) the emulator serves of a namespace: what `az resource
/// show --ids` reads to pick an api-version.
fn resource_types(namespace: &str) -> &'static [(&'static str, &'static [&'static str])] {
    const FLEXIBLE: &[&str] = &["2026-04-01-preview", "2025-08-01", "2024-08-01"];
    const SINGLE: &[&str] = &["2017-12-01"];
    const LINKER: &[&str] = &["2024-07-01-preview", "2024-04-01", "2022-05-01"];
    const WEB: &[&str] = &["2024-04-01", "2023-12-01", "2022-09-01"];
    const IDENTITY: &[&str] = &[
        "2025-05-31-preview",
        "2024-11-30",
        "2023-01-31",
        "2018-11-30",
    ];
    const APP: &[&str] = &["2025-07-01", "2025-01-01", "2024-03-01"];
    const AKS: &[&str] = &["2025-07-01", "2025-05-01", "2024-09-01"];
    match namespace {
        "Microsoft.DBforPostgreSQL" => &[
            ("flexibleServers", FLEXIBLE),
            ("flexibleServers/databases", FLEXIBLE),
            ("flexibleServers/firewallRules", FLEXIBLE),
            ("flexibleServers/administrators", FLEXIBLE),
            ("flexibleServers/configurations", FLEXIBLE),
            ("servers", SINGLE),
            ("servers/databases", SINGLE),
            ("servers/firewallRules", SINGLE),
            ("servers/administrators", SINGLE),
            ("locations/azureAsyncOperation", FLEXIBLE),
            ("locations/operationResults", FLEXIBLE),
        ],
        "Microsoft.ServiceLinker" => &[
            ("linkers", LINKER),
            ("locations/connectors", LINKER),
            ("locations/operationStatuses", LINKER),
            ("configurationNames", LINKER),
        ],
        "Microsoft.Web" => &[("sites", WEB), ("sites/slots", WEB)],
        "Microsoft.ManagedIdentity" => &[
            ("userAssignedIdentities", IDENTITY),
            (
                "userAssignedIdentities/federatedIdentityCredentials",
                IDENTITY,
            ),
        ],
        "Microsoft.App" => &[
            ("containerApps", APP),
            ("locations/containerappOperationStatuses", APP),
            ("locations/containerappOperationResults", APP),
        ],
        "Microsoft.ContainerService" => &[("managedClusters", AKS)],
        _ => &[],
    }
}

/// The locations the seed uses in a subscription (its groups' and servers').
fn seeded_locations(world: &crate::state::World, sub: &str) -> Vec<String> {
    let mut names: Vec<String> = world
        .rgs
        .iter()
        .filter(|g| g.sub.eq_ignore_ascii_case(sub))
        .map(|g| g.location.clone())
        .chain(
            world
                .servers
                .iter()
                .filter(|s| s.sub.eq_ignore_ascii_case(sub))
                .map(|s| s.location.clone()),
        )
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `GET /subscriptions/{s}[/resourceGroups/{rg}]/resources[?$filter=resourceType eq '…']`: every top-level
/// resource the emulator holds there (servers, sites and slots, user-assigned identities), as ARM's
/// `GenericResourceExpanded`.
pub fn list_resources(app: &App, sub: &str, rg: Option<&str>, filter: Option<&str>) -> Resp {
    let wanted = filter.and_then(|f| {
        f.trim()
            .strip_prefix("resourceType eq '")
            .and_then(|r| r.strip_suffix('\''))
    });
    let mut value: Vec<Value> = {
        let world = app.world();
        world
            .servers
            .iter()
            .map(|s| {
                json!({"id": s.id(), "name": s.name, "type": format!("Microsoft.DBforPostgreSQL/{}", s.provider_type()),
                    "location": s.location, "tags": {}})
            })
            .collect()
    };
    value.extend(super::web::generic_resources(app));
    value.extend(super::user_identities::generic_resources(app));
    value.extend(generic_resources::<ContainerApp>(app));
    value.extend(generic_resources::<ManagedCluster>(app));
    value.retain(|r| {
        let id = r["id"].as_str().unwrap_or("");
        let mut segs = id.split('/').skip(1);
        let in_sub = segs.nth(1).is_some_and(|s| s.eq_ignore_ascii_case(sub));
        let in_rg = rg.is_none_or(|g| segs.nth(1).is_some_and(|x| x.eq_ignore_ascii_case(g)));
        let of_type = wanted.is_none_or(|t| {
            r["type"]
                .as_str()
                .is_some_and(|x| x.eq_ignore_ascii_case(t))
        });
        in_sub && in_rg && of_type
    });
    Resp::json(200, &json!({ "value": value }))
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
    let names = seeded_locations(&app.world(), sub);
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
