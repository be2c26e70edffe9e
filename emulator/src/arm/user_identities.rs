//! Microsoft.ManagedIdentity user-assigned identities: the seeded ones as resources (GET one, the lists of a group
//! or subscription, ARM's resource list), found by name, client id or resource id. Their federated identity
//! credentials are `federated.rs`.

use serde_json::{Value, json};

use super::errors::{arm_not_found, method_not_allowed, no_route};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::seed::{ManagedIdentity, Seed};

const TYPE: &str = "Microsoft.ManagedIdentity/userAssignedIdentities";

/// The routes of Microsoft.ManagedIdentity's identities themselves.
pub fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(sub), ["userassignedidentities"]) => {
            user_assigned_identities(ctx, sub, None, None)
        }
        (Scope::Group(g), ["userassignedidentities", name @ ..]) if name.len() <= 1 => {
            let name = (!name.is_empty()).then(|| p.segs[1].as_str());
            user_assigned_identities(ctx, &g.sub, Some(&g.name), name)
        }
        _ => no_route(ctx.req),
    }
}

/// A user-assigned identity's resource id, as the RP spells it.
pub fn id(sub: &str, rg: &str, name: &str) -> String {
    format!("/subscriptions/{sub}/resourcegroups/{rg}/providers/{TYPE}/{name}")
}

/// A seeded user-assigned identity named by its resource id.
pub fn by_id<'a>(seed: &'a Seed, id: &str) -> Option<&'a ManagedIdentity> {
    let name = id.rsplit('/').next()?;
    seed.managed_identities
        .iter()
        .find(|m| m.display_name.eq_ignore_ascii_case(name))
}

/// A user-assigned identity resource of the seed: (subscription, group, the seed entry).
pub fn all(app: &App) -> Vec<(String, String, ManagedIdentity)> {
    let seed = &app.seed;
    let first_rg = seed.resource_groups.first();
    seed.managed_identities
        .iter()
        .filter_map(|m| {
            let (sub, rg) = if let Some(g) = &m.resource_group {
                let grp = seed
                    .resource_groups
                    .iter()
                    .find(|x| x.name.eq_ignore_ascii_case(g))?;
                (seed.sub_of(grp.subscription.as_deref()), grp.name.clone())
            } else {
                let g = first_rg?;
                (seed.sub_of(g.subscription.as_deref()), g.name.clone())
            };
            Some((sub, rg, m.clone()))
        })
        .collect()
}

/// The user-assigned identities as ARM's resource list shows them.
pub fn generic_resources(app: &App) -> Vec<Value> {
    all(app)
        .iter()
        .map(|(sub, rg, m)| {
            let b = body(app, sub, rg, m);
            json!({"id": b["id"], "name": b["name"], "type": b["type"], "location": b["location"], "tags": {}})
        })
        .collect()
}

fn body(app: &App, sub: &str, rg: &str, m: &ManagedIdentity) -> Value {
    let location = app
        .world()
        .rg(sub, rg)
        .map_or_else(|| "eastus".to_owned(), |g| g.location.clone());
    json!({
        "id": id(sub, rg, &m.display_name),
        "name": m.display_name,
        "type": TYPE,
        "location": location,
        "tags": {},
        "properties": {"isolationScope": "None", "tenantId": app.seed.tenant.id, "principalId": m.principal_id, "clientId": m.client_id}
    })
}

/// `GET …/providers/Microsoft.ManagedIdentity/userAssignedIdentities[/{name}]` of a subscription or a group.
fn user_assigned_identities(
    ctx: &Ctx<'_>,
    sub: &str,
    rg: Option<&str>,
    name: Option<&str>,
) -> Resp {
    if ctx.req.method != "GET" {
        return method_not_allowed(ctx.req);
    }
    let mut found: Vec<Value> = all(ctx.app)
        .iter()
        .filter(|(s, g, _)| {
            s.eq_ignore_ascii_case(sub) && rg.is_none_or(|r| g.eq_ignore_ascii_case(r))
        })
        .filter(|(_, _, m)| name.is_none_or(|n| m.display_name.eq_ignore_ascii_case(n)))
        .map(|(s, g, m)| body(ctx.app, s, g, m))
        .collect();
    match name {
        None => Resp::json(200, &json!({ "value": found })),
        Some(_) if !found.is_empty() => Resp::json(200, &found.swap_remove(0)),
        Some(n) => arm_not_found(TYPE, n, rg.unwrap_or("")),
    }
}
