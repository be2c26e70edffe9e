//! Microsoft.Web sites (web apps and function apps) and their deployment slots: GET, PUT and PATCH (the
//! `identity` block turns the system-assigned identity on or off and sets user-assigned ones), `config/web`,
//! app settings and connection strings (`…/list` POST, PUT), the lists of sites and slots, and the
//! ServiceLinker linkers on a site or slot scope (`source_linker.rs`). A system-assigned identity is an Entra
//! service principal (Graph, the managed-identity token endpoint, PostgreSQL's `pgaadauth`) named like the site.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::errors::{
    arm_not_found, bad_request, internal, invalid_body, method_not_allowed, no_route,
};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::seed::Seed;
use crate::state::ResourceGroup;
use crate::tokens::Principal;

/// A site or one of its slots, as the world holds it.
#[derive(Debug, Clone)]
pub struct Site {
    pub sub: String,
    pub rg: String,
    pub name: String,
    pub slot: Option<String>,
    /// `app` or `functionapp`.
    pub kind: String,
    pub location: String,
    /// `config/web` properties (runtime stack).
    pub site_config: Map<String, Value>,
    pub identity: Option<SystemIdentity>,
    /// User-assigned identity resource ids, as sent.
    pub user_assigned: Vec<String>,
    /// App settings in insertion order.
    pub app_settings: Vec<(String, String)>,
    /// Connection strings: (name, value, type).
    pub connection_strings: Vec<(String, String, String)>,
}

/// The ids of a site's system-assigned identity (deterministic per site id).
#[derive(Debug, Clone)]
pub struct SystemIdentity {
    pub principal_id: String,
    pub client_id: String,
}

impl Site {
    /// The resource id (`…/sites/{name}` or `…/sites/{name}/slots/{slot}`).
    pub fn id(&self) -> String {
        let site = format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Web/sites/{}",
            self.sub, self.rg, self.name
        );
        match &self.slot {
            Some(s) => format!("{site}/slots/{s}"),
            None => site,
        }
    }

    /// The world key: the lower-cased id.
    pub fn key(&self) -> String {
        self.id().to_ascii_lowercase()
    }

    /// The display name of its service principal (`app1`, `app1/slots/staging`), as Entra names it.
    pub fn principal_name(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}/slots/{s}", self.name),
            None => self.name.clone(),
        }
    }

    fn linux(&self) -> bool {
        self.site_config
            .get("linuxFxVersion")
            .and_then(Value::as_str)
            .is_some_and(|v| !v.is_empty())
    }

    fn host(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}-{s}.azurewebsites.net", self.name),
            None => format!("{}.azurewebsites.net", self.name),
        }
    }

    /// The token principal of its system-assigned identity.
    pub fn principal(&self) -> Option<Principal> {
        self.identity.as_ref().map(|i| Principal::App {
            app_id: i.client_id.clone(),
            oid: i.principal_id.clone(),
            name: self.principal_name(),
        })
    }

    /// `config/web` as the Web RP answers it: its defaults with the site's stack over them.
    fn config_web(&self) -> Value {
        let mut props = json!({
            "numberOfWorkers": 1, "defaultDocuments": [], "netFrameworkVersion": "v4.0", "phpVersion": "",
            "pythonVersion": "", "nodeVersion": "", "powerShellVersion": "", "linuxFxVersion": "",
            "windowsFxVersion": null, "requestTracingEnabled": false, "httpLoggingEnabled": false,
            "detailedErrorLoggingEnabled": false, "use32BitWorkerProcess": true, "webSocketsEnabled": false,
            "alwaysOn": false, "javaVersion": null, "javaContainer": null, "javaContainerVersion": null,
            "http20Enabled": true, "minTlsVersion": "1.2", "ftpsState": "FtpsOnly"
        });
        if let Value::Object(m) = &mut props {
            for (k, v) in &self.site_config {
                m.insert(k.clone(), v.clone());
            }
        }
        json!({
            "id": format!("{}/config/web", self.id()),
            "name": self.arm_name(),
            "type": format!("{}/config", self.arm_type()),
            "location": self.location,
            "properties": props
        })
    }

    fn arm_name(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}/{s}", self.name),
            None => self.name.clone(),
        }
    }

    fn arm_type(&self) -> &'static str {
        if self.slot.is_some() {
            "Microsoft.Web/sites/slots"
        } else {
            "Microsoft.Web/sites"
        }
    }

    /// The site as `GET` answers it.
    pub fn body(&self, tenant: &str) -> Value {
        let linux = self.linux();
        let kind = match (self.kind.as_str(), linux) {
            ("functionapp", true) => "functionapp,linux",
            ("functionapp", false) => "functionapp",
            (_, true) => "app,linux",
            _ => "app",
        };
        let host = self.host();
        let mut site_config = json!({"numberOfWorkers": 1, "linuxFxVersion": "", "windowsFxVersion": null,
            "alwaysOn": false, "http20Enabled": true, "minTlsVersion": "1.2", "ftpsState": "FtpsOnly"});
        if let Some(v) = self.site_config.get("linuxFxVersion") {
            site_config["linuxFxVersion"] = v.clone();
        }
        let mut v = json!({
            "id": self.id(),
            "name": self.arm_name(),
            "type": self.arm_type(),
            "kind": kind,
            "location": self.location,
            "tags": {},
            "properties": {
                "name": self.arm_name(),
                "state": "Running",
                "hostNames": [host],
                "enabledHostNames": [host, host.replace(".azurewebsites.net", ".scm.azurewebsites.net")],
                "defaultHostName": host,
                "enabled": true,
                "reserved": linux,
                "httpsOnly": false,
                "usageState": "Normal",
                "availabilityState": "Normal",
                "resourceGroup": self.rg,
                "serverFarmId": format!("/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Web/serverfarms/{}-plan", self.sub, self.rg, self.name),
                "siteConfig": site_config,
                "clientAffinityEnabled": true,
                "publicNetworkAccess": "Enabled"
            }
        });
        let uai: Map<String, Value> = self
            .user_assigned
            .iter()
            .map(|id| (id.clone(), user_assigned_entry(id)))
            .collect();
        let identity = match (&self.identity, uai.is_empty()) {
            (None, true) => None,
            (None, false) => Some(json!({"type": "UserAssigned", "userAssignedIdentities": uai})),
            (Some(i), true) => Some(
                json!({"type": "SystemAssigned", "tenantId": tenant, "principalId": i.principal_id}),
            ),
            (Some(i), false) => Some(
                json!({"type": "SystemAssigned, UserAssigned", "tenantId": tenant,
                "principalId": i.principal_id, "userAssignedIdentities": uai}),
            ),
        };
        if let (Some(i), Value::Object(m)) = (identity, &mut v) {
            m.insert("identity".into(), i);
        }
        v
    }
}

/// `userAssignedIdentities[id]` of a site: the identity's principal and client ids when the seed knows it.
fn user_assigned_entry(id: &str) -> Value {
    json!({"principalId": null, "clientId": null, "resourceId": id})
}

/// A deterministic GUID from a text (the first 16 bytes of its SHA-256, version 4 bits set).
pub fn guid_of(text: &str) -> String {
    let d = openssl::sha::sha256(text.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn system_identity_for(key: &str) -> SystemIdentity {
    SystemIdentity {
        principal_id: guid_of(&format!("principal:{key}")),
        client_id: guid_of(&format!("client:{key}")),
    }
}

/// The seeded sites and slots, keyed by lower-cased id.
pub fn sites_from_seed(seed: &Seed) -> BTreeMap<String, Site> {
    let mut out = BTreeMap::new();
    for s in &seed.sites {
        let sub = seed.sub_of(s.subscription.as_deref());
        let location = s.location.clone().unwrap_or_else(|| {
            seed.resource_groups
                .iter()
                .find(|g| {
                    g.name.eq_ignore_ascii_case(&s.resource_group)
                        && seed.sub_of(g.subscription.as_deref()) == sub
                })
                .map_or_else(|| "eastus".to_owned(), |g| g.location.clone())
        });
        let base = Site {
            sub,
            rg: s.resource_group.clone(),
            name: s.name.clone(),
            slot: None,
            kind: s.kind.clone(),
            location,
            site_config: s.site_config.clone(),
            identity: None,
            user_assigned: Vec::new(),
            app_settings: Vec::new(),
            connection_strings: Vec::new(),
        };
        let mut prod = base.clone();
        if s.system_identity {
            prod.identity = Some(system_identity_for(&prod.key()));
        }
        out.insert(prod.key(), prod);
        for slot in &s.slots {
            let mut sl = base.clone();
            sl.slot = Some(slot.clone());
            out.insert(sl.key(), sl);
        }
    }
    out
}

/// Every system-assigned identity in the world: (object id, name, principal), for PostgreSQL registration.
pub fn system_identities(app: &App) -> Vec<(String, String, Principal)> {
    app.world()
        .sites
        .values()
        .filter_map(|s| {
            let p = s.principal()?;
            let i = s.identity.as_ref()?;
            Some((i.principal_id.clone(), s.principal_name(), p))
        })
        .collect()
}

/// A system-assigned identity by its principal (object) id or client id: (principal, the site's id).
pub fn system_identity(app: &App, id: &str) -> Option<(Principal, String, String)> {
    let w = app.world();
    w.sites.values().find_map(|s| {
        let i = s.identity.as_ref()?;
        (i.principal_id.eq_ignore_ascii_case(id) || i.client_id.eq_ignore_ascii_case(id))
            .then(|| (s.principal(), i.client_id.clone(), s.id()))
            .and_then(|(p, c, sid)| p.map(|p| (p, c, sid)))
    })
}

/// The Graph servicePrincipal of a system-assigned identity.
pub fn graph_service_principal(app: &App, id: &str) -> Option<Value> {
    let (p, client_id, site_id) =
        system_identity(app, id).or_else(|| super::container_apps::system_identity(app, id))?;
    let Principal::App { oid, name, .. } = p else {
        return None;
    };
    Some(json!({
        "id": oid, "accountEnabled": true, "alternativeNames": ["isExplicit=False", site_id],
        "appDisplayName": null, "appId": client_id, "appOwnerOrganizationId": null, "displayName": name,
        "servicePrincipalNames": [client_id, format!("https://identity.azure.net/{}", guid_of(&site_id))],
        "servicePrincipalType": "ManagedIdentity", "signInAudience": null, "tags": []
    }))
}

/// Makes the Flexible Servers' `pgaadauth` know a site's identity by name.
async fn register(app: &App, site: &Site) -> Result<(), String> {
    let Some(i) = site.identity.as_ref() else {
        return Ok(());
    };
    app.db
        .register_identities(&[crate::database::Identity {
            object_id: i.principal_id.clone(),
            name: site.principal_name(),
            principal_type: azconn_emulator::pg::PrincipalType::ServicePrincipal,
        }])
        .await
}

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

/// The routes of Microsoft.ManagedIdentity (user-assigned identities).
pub fn route_identities(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
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
        ("GET", ["config", "web"]) => Resp::json(200, &site.config_web()),
        ("POST", ["config", "appsettings", "list"]) => Resp::json(200, &app_settings_body(&site)),
        ("PUT", ["config", "appsettings"]) => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let Some(props) = body["properties"].as_object() else {
                return bad_request(
                    "BadRequest",
                    "The 'properties' of the app settings are required.",
                );
            };
            let settings: Vec<(String, String)> = props
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                    )
                })
                .collect();
            let mut w = ctx.app.world();
            let Some(s) = w.sites.get_mut(key) else {
                return internal("site vanished");
            };
            s.app_settings = settings;
            Resp::json(200, &app_settings_body(s))
        }
        ("POST", ["config", "connectionstrings", "list"]) => {
            Resp::json(200, &connection_strings_body(&site))
        }
        ("PUT", ["config", "connectionstrings"]) => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let Some(props) = body["properties"].as_object() else {
                return bad_request(
                    "BadRequest",
                    "The 'properties' of the connection strings are required.",
                );
            };
            let strings: Vec<(String, String, String)> = props
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v["value"].as_str().unwrap_or("").to_owned(),
                        v["type"].as_str().unwrap_or("Custom").to_owned(),
                    )
                })
                .collect();
            let mut w = ctx.app.world();
            let Some(s) = w.sites.get_mut(key) else {
                return internal("site vanished");
            };
            s.connection_strings = strings;
            Resp::json(200, &connection_strings_body(s))
        }
        _ => no_route(ctx.req),
    }
}

fn app_settings_body(site: &Site) -> Value {
    let props: Map<String, Value> = site
        .app_settings
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({"id": format!("{}/config/appsettings", site.id()), "name": "appsettings",
        "type": format!("{}/config", site.arm_type()), "location": site.location, "properties": props})
}

fn connection_strings_body(site: &Site) -> Value {
    let props: Map<String, Value> = site
        .connection_strings
        .iter()
        .map(|(k, v, t)| (k.clone(), json!({"value": v, "type": t})))
        .collect();
    json!({"id": format!("{}/config/connectionstrings", site.id()), "name": "connectionstrings",
        "type": format!("{}/config", site.arm_type()), "location": site.location, "properties": props})
}

/// `PUT` (the whole site, `location` required) or `PATCH` of a site: only `identity` changes state here.
async fn put_site(ctx: &Ctx<'_>, key: &str, put: bool) -> Resp {
    let body = match invalid_body(ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if put && body["location"].as_str().is_none_or(str::is_empty) {
        return bad_request(
            "LocationRequired",
            "The location property is required for this definition.",
        );
    }
    let identity = body.get("identity").filter(|v| !v.is_null());
    let mut turned_on = None;
    if let Some(identity) = identity {
        let ty = identity["type"].as_str().unwrap_or("None");
        let parts: Vec<String> = ty
            .split(',')
            .map(|p| p.trim().to_ascii_lowercase())
            .collect();
        if !parts
            .iter()
            .all(|p| ["systemassigned", "userassigned", "none"].contains(&p.as_str()))
        {
            return bad_request(
                "BadRequest",
                format!("The identity type '{ty}' is not supported."),
            );
        }
        let system = parts.iter().any(|p| p == "systemassigned");
        let user = parts.iter().any(|p| p == "userassigned");
        let uai: Vec<String> = identity["userAssignedIdentities"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let mut w = ctx.app.world();
        let Some(s) = w.sites.get_mut(key) else {
            return internal("site vanished");
        };
        if system && s.identity.is_none() {
            s.identity = Some(system_identity_for(key));
            turned_on = Some(s.clone());
        } else if !system {
            s.identity = None;
        }
        s.user_assigned = if user { uai } else { Vec::new() };
    }
    if let Some(site) = turned_on
        && let Err(e) = register(ctx.app, &site).await
    {
        return internal(e);
    }
    let tenant = ctx.app.seed.tenant.id.clone();
    match ctx.app.world().sites.get(key) {
        Some(s) => Resp::json(200, &s.body(&tenant)),
        None => internal("site vanished"),
    }
}

/// A user-assigned identity resource of the seed: (subscription, group, the seed entry).
pub fn user_identities(app: &App) -> Vec<(String, String, crate::seed::ManagedIdentity)> {
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

/// The sites, slots and user-assigned identities as ARM's resource list shows them (`GenericResourceExpanded`).
pub fn generic_resources(app: &App) -> Vec<Value> {
    let mut out: Vec<Value> = app
        .world()
        .sites
        .values()
        .map(|s| {
            let (name, rtype) = match &s.slot {
                Some(slot) => (format!("{}/{slot}", s.name), "Microsoft.Web/sites/slots"),
                None => (s.name.clone(), "Microsoft.Web/sites"),
            };
            json!({"id": s.id(), "name": name, "type": rtype, "kind": s.kind, "location": s.location, "tags": {}})
        })
        .collect();
    for (sub, rg, m) in user_identities(app) {
        let b = user_identity_body(app, &sub, &rg, &m);
        out.push(json!({"id": b["id"], "name": b["name"], "type": b["type"], "location": b["location"], "tags": {}}));
    }
    out
}

fn user_identity_body(app: &App, sub: &str, rg: &str, m: &crate::seed::ManagedIdentity) -> Value {
    let location = app
        .world()
        .rg(sub, rg)
        .map_or_else(|| "eastus".to_owned(), |g| g.location.clone());
    json!({
        "id": format!("/subscriptions/{sub}/resourcegroups/{rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{}", m.display_name),
        "name": m.display_name,
        "type": "Microsoft.ManagedIdentity/userAssignedIdentities",
        "location": location,
        "tags": {},
        "properties": {"isolationScope": "None", "tenantId": app.seed.tenant.id, "principalId": m.principal_id, "clientId": m.client_id}
    })
}

/// `GET …/providers/Microsoft.ManagedIdentity/userAssignedIdentities[/{name}]` of a subscription or a group.
pub fn user_assigned_identities(
    ctx: &Ctx<'_>,
    sub: &str,
    rg: Option<&str>,
    name: Option<&str>,
) -> Resp {
    if ctx.req.method != "GET" {
        return method_not_allowed(ctx.req);
    }
    let mut found: Vec<Value> = user_identities(ctx.app)
        .iter()
        .filter(|(s, g, _)| {
            s.eq_ignore_ascii_case(sub) && rg.is_none_or(|r| g.eq_ignore_ascii_case(r))
        })
        .filter(|(_, _, m)| name.is_none_or(|n| m.display_name.eq_ignore_ascii_case(n)))
        .map(|(s, g, m)| user_identity_body(ctx.app, s, g, m))
        .collect();
    match name {
        None => Resp::json(200, &json!({ "value": found })),
        Some(_) if !found.is_empty() => Resp::json(200, &found.swap_remove(0)),
        Some(n) => arm_not_found(
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            n,
            rg.unwrap_or(""),
        ),
    }
}
