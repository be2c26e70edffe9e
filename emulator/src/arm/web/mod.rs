//! Microsoft.Web sites (web apps and function apps) and their deployment slots: GET, PUT and PATCH (the
//! `identity` block turns the system-assigned identity on or off and sets user-assigned ones), the lists of sites
//! and of a site's slots, and, beside them, a site's configuration (`config.rs`: `config/web`, app settings,
//! connection strings) and the site model (`site.rs`). The ServiceLinker linkers on a site or slot scope are
//! `source_linker.rs`; a system-assigned identity is `identity.rs`.

mod config;
mod site;

pub use site::{Site, sites_from_seed};

use serde_json::{Value, json};

use super::errors::{arm_not_found, internal, method_not_allowed, no_route, resource_body};
use super::identity::{IdentityRequest, SystemIdentity, register};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::state::ResourceGroup;

/// The routes of Microsoft.Web.
pub async fn route_web(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let get = ctx.req.method == "GET";
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(sub), ["sites"]) if get => list_sites(ctx, sub, None),
        (Scope::Group(g), ["sites"]) if get => list_sites(ctx, &g.sub, Some(&g.name)),
        (Scope::Group(g), ["sites", _, ..]) => route(ctx, g, &p.segs[1], &p.segs[2..]).await,
        _ => no_route(ctx.req),
    }
}

/// The id (as the Web RP spells it) of the site or slot `id` (as a caller spelled it) in `group`, or ARM's 404.
pub fn source(ctx: &Ctx<'_>, group: &ResourceGroup, id: &str) -> Result<String, Resp> {
    if let Some(site) = ctx.app.world().sites.get(&id.to_ascii_lowercase()) {
        return Ok(site.id());
    }
    let segs: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    let sites = segs.get(6).is_some_and(|s| s.eq_ignore_ascii_case("sites"));
    match segs.get(7..).unwrap_or_default() {
        [site] if sites => Err(arm_not_found("Microsoft.Web/sites", site, &group.name)),
        [site, _, slot] if sites => Err(arm_not_found(
            "Microsoft.Web/sites/slots",
            &format!("{site}/{slot}"),
            &group.name,
        )),
        _ => Err(no_route(ctx.req)),
    }
}

/// `GET …/providers/Microsoft.Web/sites` of a group (or the subscription when `rg` is `None`).
pub fn list_sites(ctx: &Ctx<'_>, sub: &str, rg: Option<&str>) -> Resp {
    let tenant = &ctx.app.seed.tenant.id;
    let value: Vec<Value> = ctx
        .app
        .world()
        .sites
        .values()
        .filter(|s| s.slot.is_none() && s.sub.eq_ignore_ascii_case(sub))
        .filter(|s| rg.is_none_or(|g| s.rg.eq_ignore_ascii_case(g)))
        .map(|s| s.body(tenant))
        .collect();
    Resp::json(200, &json!({ "value": value }))
}

/// Routes `…/resourceGroups/{rg}/providers/Microsoft.Web/sites/{name}/{rest…}`.
pub async fn route(ctx: &Ctx<'_>, rg: &ResourceGroup, name: &str, rest: &[String]) -> Resp {
    let site_key = format!(
        "/subscriptions/{}/resourcegroups/{}/providers/microsoft.web/sites/{}",
        rg.sub, rg.name, name
    )
    .to_ascii_lowercase();
    if !ctx.app.world().sites.contains_key(&site_key) {
        return arm_not_found("Microsoft.Web/sites", name, &rg.name);
    }
    let lower: Vec<String> = rest.iter().map(|s| s.to_ascii_lowercase()).collect();
    match lower.as_slice() {
        [slots] if slots == "slots" => {
            if ctx.req.method != "GET" {
                return method_not_allowed(ctx.req);
            }
            let tenant = &ctx.app.seed.tenant.id;
            let prefix = format!("{site_key}/slots/");
            let value: Vec<Value> = ctx
                .app
                .world()
                .sites
                .iter()
                .filter(|(k, _)| k.starts_with(&prefix))
                .map(|(_, s)| s.body(tenant))
                .collect();
            Resp::json(200, &json!({ "value": value }))
        }
        [slots, _, ..] if slots == "slots" => {
            let key = format!("{site_key}/slots/{}", lower[1]);
            if !ctx.app.world().sites.contains_key(&key) {
                return arm_not_found(
                    "Microsoft.Web/sites/slots",
                    &format!("{name}/{}", rest[1]),
                    &rg.name,
                );
            }
            site_route(ctx, &key, &rest[2..]).await
        }
        _ => site_route(ctx, &site_key, rest).await,
    }
}

async fn site_route(ctx: &Ctx<'_>, key: &str, rest: &[String]) -> Resp {
    let lower: Vec<String> = rest.iter().map(|s| s.to_ascii_lowercase()).collect();
    let l: Vec<&str> = lower.iter().map(String::as_str).collect();
    let method = ctx.req.method.as_str();
    let tenant = ctx.app.seed.tenant.id.clone();
    let Some(site) = ctx.app.world().sites.get(key).cloned() else {
        return internal("site vanished");
    };
    match (method, l.as_slice()) {
        ("GET", []) => Resp::json(200, &site.body(&tenant)),
        ("PUT" | "PATCH", []) => put_site(ctx, key, method == "PUT").await,
        (_, []) => method_not_allowed(ctx.req),
        ("GET", ["config", "web"]) => Resp::json(200, &config::web(&site)),
        ("POST", ["config", "appsettings", "list"]) => {
            Resp::json(200, &config::app_settings(&site))
        }
        ("PUT", ["config", name @ ("appsettings" | "connectionstrings")]) => {
            config::put(ctx, key, name)
        }
        ("POST", ["config", "connectionstrings", "list"]) => {
            Resp::json(200, &config::connection_strings(&site))
        }
        _ => no_route(ctx.req),
    }
}

/// `PUT` (the whole site, `location` required) or `PATCH` of a site: only `identity` changes state here.
async fn put_site(ctx: &Ctx<'_>, key: &str, put: bool) -> Resp {
    let body = match resource_body(ctx.req, put) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let asked = match IdentityRequest::of(&body, "BadRequest") {
        Ok(a) => a,
        Err(r) => return r,
    };
    let mut turned_on = None;
    if let Some(asked) = asked {
        let mut w = ctx.app.world();
        let Some(s) = w.sites.get_mut(key) else {
            return internal("site vanished");
        };
        if asked.system && s.identity.is_none() {
            let identity = SystemIdentity::for_key(key);
            turned_on = Some((identity.clone(), s.principal_name()));
            s.identity = Some(identity);
        } else if !asked.system {
            s.identity = None;
        }
        s.user_assigned = asked.user_assigned;
    }
    if let Some((identity, name)) = turned_on
        && let Err(e) = register(ctx.app, &identity, name).await
    {
        return internal(e);
    }
    let tenant = ctx.app.seed.tenant.id.clone();
    match ctx.app.world().sites.get(key) {
        Some(s) => Resp::json(200, &s.body(&tenant)),
        None => internal("site vanished"),
    }
}

/// The sites and slots as ARM's resource list shows them (`GenericResourceExpanded`).
pub fn generic_resources(app: &App) -> Vec<Value> {
    app.world()
        .sites
        .values()
        .map(|s| {
            json!({"id": s.id(), "name": s.arm_name(), "type": s.arm_type(), "kind": s.kind, "location": s.location, "tags": {}})
        })
        .collect()
}
