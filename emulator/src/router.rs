//! Every route of the HTTPS port in one place: Entra ID, managed identity, Microsoft Graph, and ARM — the ARM
//! front's own resources (subscriptions, tenants, resource groups, locations, provider registration) and, by
//! namespace, the resource providers. A new resource provider is a module under `arm/` with a
//! `route(ctx, path)` and one line in [`provider`]; it is reached at tenant, subscription, resource-group and
//! extension (`{resource id}/providers/{ns}/…`) scope alike.

use serde_json::json;

use crate::app::App;
use crate::arm::errors::{no_route, not_registered, rg_not_found, subscription_not_found};
use crate::arm::{Ctx, ProviderPath, Scope, resources};
use crate::http::{Req, Resp};

/// The resource providers, by lower-cased namespace.
async fn provider(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    match p.namespace {
        "microsoft.dbforpostgresql" => crate::arm::postgres::route(ctx, p).await,
        "microsoft.servicelinker" => crate::arm::linker::route(ctx, p).await,
        "microsoft.web" => crate::arm::web::route_web(ctx, p).await,
        "microsoft.managedidentity" => crate::arm::federated::route(ctx, p),
        "microsoft.app" => crate::arm::container_apps::route(ctx, p).await,
        "microsoft.containerservice" => crate::arm::managed_clusters::route(ctx, p),
        _ => no_route(ctx.req),
    }
}

/// Dispatches a request of the HTTPS port.
pub async fn route(app: &App, req: &Req) -> Resp {
    let first = req.lower.first().map_or("", String::as_str);
    match first {
        "v1.0" => crate::graph::route(app, req),
        "msi" => crate::entra::managed_identity(app, req),
        "oidc" => crate::arm::managed_clusters::oidc(app, req),
        "subscriptions" | "tenants" | "providers" => arm(app, req).await,
        _ if req.lower.get(1).is_some_and(|s| {
            ["oauth2", "v2.0", "discovery", "userrealm"].contains(&s.as_str())
        }) =>
        {
            crate::entra::route(app, req)
        }
        _ => Resp::json(
            404,
            &json!({"error": {"code": "NotFound", "message": format!("No route for {} {}", req.method, req.path)}}),
        ),
    }
}

/// Dispatches a request of Microsoft Graph's own port.
pub fn route_graph(app: &App, req: &Req) -> Resp {
    match req.lower.first().map(String::as_str) {
        Some("v1.0") => crate::graph::route(app, req),
        _ => Resp::json(
            404,
            &json!({"error": {"code": "NotFound", "message": format!("No route for {} {}", req.method, req.path)}}),
        ),
    }
}

/// ARM: the token and api-version checks, then the route.
async fn arm(app: &App, req: &Req) -> Resp {
    let claims = match crate::arm::auth::authenticate(app, req) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Some(api_version) = req.query("api-version") else {
        return crate::arm::errors::bad_request(
            "MissingApiVersionParameter",
            "The api-version query parameter (?api-version=) is required for all requests.",
        );
    };
    let ctx = Ctx {
        app,
        req,
        claims: &claims,
        api_version,
    };
    let l: Vec<&str> = req.lower.iter().map(String::as_str).collect();
    let get = req.method == "GET";
    let post = req.method == "POST";
    match l.as_slice() {
        ["subscriptions"] if get => resources::subscriptions(app),
        ["tenants"] if get => resources::tenants(app),
        ["subscriptions", sub, ..]
            if !app
                .seed
                .subscriptions
                .iter()
                .any(|s| s.id.eq_ignore_ascii_case(sub)) =>
        {
            subscription_not_found(&req.segs[1])
        }
        ["subscriptions", sub] if get => resources::subscription(app, sub),
        ["subscriptions", sub, "resourcegroups"] if get => resources::list_groups(app, sub),
        ["subscriptions", sub, "locations"] if get => resources::list_locations(app, sub),
        ["subscriptions", sub, "resources"] if get => {
            resources::list_resources(app, sub, None, req.query("$filter"))
        }
        ["subscriptions", _, "providers", ns] if get => {
            resources::provider(app, &req.segs[1], ns, false)
        }
        ["subscriptions", _, "providers", ns, "register"] if post => {
            resources::provider(app, &req.segs[1], ns, true)
        }
        ["subscriptions", sub, "resourcegroups", rg, "resources"] if get => {
            // The world's lock is released before the list takes it again.
            let group = app.world().rg(sub, rg).cloned();
            match group {
                Some(g) => resources::list_resources(app, sub, Some(&g.name), req.query("$filter")),
                None => rg_not_found(&req.segs[3]),
            }
        }
        ["subscriptions", sub, "resourcegroups", rg] if get => {
            match app.world().rg(sub, rg).cloned() {
                Some(g) => resources::group(&g),
                None => rg_not_found(&req.segs[3]),
            }
        }
        _ => match provider_path(app, req, &l) {
            Ok(p) => provider(&ctx, &p).await,
            Err(r) => r,
        },
    }
}

/// Splits a provider request into scope, namespace and the rest; ARM's 404 when the group does not exist or
/// no namespace follows, its 409 when the namespace is not registered in the subscription.
fn provider_path<'a>(app: &App, req: &'a Req, l: &[&'a str]) -> Result<ProviderPath<'a>, Resp> {
    let (mut scope, mut at) = match l {
        ["providers", _, ..] => (Scope::Tenant, 0),
        ["subscriptions", _, "providers", _, ..] => (Scope::Subscription(req.segs[1].clone()), 2),
        ["subscriptions", sub, "resourcegroups", rg, rest @ ..] => {
            let Some(group) = app.world().rg(sub, rg).cloned() else {
                return Err(rg_not_found(&req.segs[3]));
            };
            if !matches!(rest, ["providers", _, ..]) {
                return Err(no_route(req));
            }
            (Scope::Group(group), 4)
        }
        _ => return Err(no_route(req)),
    };
    // An extension resource: `providers` where a resource type would follow a type/name pair.
    if let Scope::Group(group) = &scope {
        let group = group.clone();
        let mut i = at + 4;
        while i + 1 < l.len() {
            if l[i] == "providers" {
                scope = Scope::Resource {
                    group: group.clone(),
                    id: format!("/{}", req.segs[..i].join("/")),
                };
                at = i;
                i += 4;
            } else {
                i += 2;
            }
        }
    }
    let path = ProviderPath {
        scope,
        namespace: l[at + 1],
        segs: &req.segs[at + 2..],
        lower: l[at + 2..].to_vec(),
    };
    // Resources (not the tenant's or subscription's provider endpoints) need the namespace registered.
    if matches!(path.scope, Scope::Group(_) | Scope::Resource { .. })
        && let Some(sub) = path.subscription()
        && app.world().registration_state(sub, path.namespace) != "Registered"
    {
        return Err(not_registered(
            &req.segs[1],
            &resources::namespace_name(&req.segs[at + 1]),
        ));
    }
    Ok(path)
}
