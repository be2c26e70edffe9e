//! Azure Resource Manager: bearer-token and api-version checks, subscriptions, tenants, resource groups, the
//! PostgreSQL and ServiceLinker long-running operation status endpoints, and dispatch to the resource providers.
//! Paths are matched case-insensitively like ARM.

mod flexible;
mod linker;
mod postgres;
mod single;
mod source_linker;
pub mod web;

pub use source_linker::{Linker, LinkerEffect};

use serde_json::{Value, json};

use crate::app::{App, arm_error, now_iso};
use crate::files::OSSRDBMS_AUDIENCE;
use crate::http::{Req, Resp};
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, FirewallRule, OpProvider, Operation, Server, ServerRef};
use crate::tokens::{Invalid, Principal};

const ARM_AUDIENCES: &[&str] = &[
    "https://management.core.windows.net/",
    "https://management.core.windows.net",
    "https://management.azure.com/",
    "https://management.azure.com",
];

/// ARM's 401: the error envelope and an RFC 6750 challenge (`error="invalid_token"` and a description).
fn unauthorized(code: &str, message: &str) -> Resp {
    challenge(code, message, message)
}

fn challenge(code: &str, message: &str, description: &str) -> Resp {
    arm_error(401, code, message).with(
        "WWW-Authenticate",
        format!("Bearer authorization_uri=\"https://login.windows.net/\", error=\"invalid_token\", error_description=\"{description}\""),
    )
}

/// The token's claims, or ARM's 401.
fn authenticate(app: &App, req: &Req) -> Result<Value, Resp> {
    let Some(h) = req.header("authorization") else {
        return Err(unauthorized(
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is missing.",
        ));
    };
    let Some(token) = h
        .strip_prefix("Bearer ")
        .or_else(|| h.strip_prefix("bearer "))
    else {
        return Err(unauthorized(
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        ));
    };
    let claims = match app.issuer.verify_access(token.trim()) {
        Ok(c) => c,
        Err(Invalid::Expired { exp }) => {
            let f = time::macros::format_description!(
                "[month padding:none]/[day padding:none]/[year] [hour]:[minute]:[second]"
            );
            let at = |t: i64| {
                time::OffsetDateTime::from_unix_timestamp(t)
                    .ok()
                    .and_then(|d| d.format(&f).ok())
                    .unwrap_or_default()
            };
            return Err(challenge(
                "ExpiredAuthenticationToken",
                &format!(
                    "The access token expiry UTC time '{}' is earlier than current UTC time '{}'.",
                    at(exp),
                    at(crate::tokens::now())
                ),
                "The access token has expired.",
            ));
        }
        Err(_) => {
            return Err(unauthorized(
                "InvalidAuthenticationToken",
                "The access token is invalid.",
            ));
        }
    };
    let aud = claims["aud"].as_str().unwrap_or("");
    if !ARM_AUDIENCES.contains(&aud) {
        return Err(unauthorized(
            "InvalidAuthenticationTokenAudience",
            &format!(
                "The access token has been obtained for wrong audience or resource '{aud}'. It should exactly match with one of the allowed audiences {}.",
                ARM_AUDIENCES
                    .iter()
                    .map(|a| format!("'{a}'"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        ));
    }
    Ok(claims)
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

pub fn bad_request(code: &str, message: impl Into<String>) -> Resp {
    arm_error(400, code, message)
}

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

pub async fn route(app: &App, req: &Req) -> Resp {
    let claims = match authenticate(app, req) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Some(api_version) = req.query("api-version").map(str::to_string) else {
        return bad_request(
            "MissingApiVersionParameter",
            "The api-version query parameter (?api-version=) is required for all requests.",
        );
    };
    let l: Vec<&str> = req.lower.iter().map(String::as_str).collect();
    let ctx = Ctx {
        app,
        req,
        claims: &claims,
        api_version: &api_version,
    };
    match l.as_slice() {
        ["subscriptions"] if req.method == "GET" => subscriptions(app),
        ["tenants"] if req.method == "GET" => tenants(app),
        ["providers", "microsoft.servicelinker", "configurationnames"] => {
            linker::configuration_names(&ctx)
        }
        [
            "providers",
            "microsoft.servicelinker",
            "locations",
            _,
            "operationstatuses",
            op,
        ] => linker::op_status(&ctx, op).await,
        ["subscriptions", sub, rest @ ..] => {
            let sub_ok = app
                .seed
                .subscriptions
                .iter()
                .any(|s| s.id.eq_ignore_ascii_case(sub));
            if !sub_ok {
                return arm_error(
                    404,
                    "SubscriptionNotFound",
                    format!("The subscription '{}' could not be found.", req.segs[1]),
                );
            }
            match rest {
                [] if req.method == "GET" => subscription(app, sub),
                ["resourcegroups"] if req.method == "GET" => list_groups(app, sub),
                ["locations"] if req.method == "GET" => list_locations(app, sub),
                [
                    "providers",
                    "microsoft.dbforpostgresql",
                    kind @ ("flexibleservers" | "servers"),
                ] if req.method == "GET" => list_servers(app, sub, None, kind),
                [
                    "providers",
                    "microsoft.dbforpostgresql",
                    "locations",
                    _,
                    kind @ ("azureasyncoperation" | "operationresults"),
                    op,
                ] => pg_op_status(&ctx, op, *kind == "operationresults").await,
                [
                    "providers",
                    "microsoft.servicelinker",
                    "locations",
                    _,
                    "operationstatuses",
                    op,
                ] => linker::op_status(&ctx, op).await,
                ["providers", "microsoft.web", "sites"] if req.method == "GET" => {
                    web::list_sites(&ctx, sub, None)
                }
                [
                    "providers",
                    "microsoft.managedidentity",
                    "userassignedidentities",
                ] => web::user_assigned_identities(&ctx, sub, None, None),
                ["providers", ns] if req.method == "GET" => provider(app, &req.segs[1], ns, false),
                ["providers", ns, "register"] if req.method == "POST" => {
                    provider(app, &req.segs[1], ns, true)
                }
                ["resourcegroups", rg, rest @ ..] => {
                    let Some(group) = app.world().rg(sub, rg).cloned() else {
                        return rg_not_found(&req.segs[3]);
                    };
                    match rest {
                        [] if req.method == "GET" => Resp::json(
                            200,
                            &json!({
                                "id": format!("/subscriptions/{}/resourceGroups/{}", group.sub, group.name),
                                "name": group.name,
                                "type": "Microsoft.Resources/resourceGroups",
                                "location": group.location,
                                "tags": {},
                                "properties": {"provisioningState": "Succeeded"}
                            }),
                        ),
                        [
                            "providers",
                            "microsoft.dbforpostgresql",
                            kind @ ("flexibleservers" | "servers"),
                        ] if req.method == "GET" => list_servers(app, sub, Some(rg), kind),
                        [
                            "providers",
                            "microsoft.dbforpostgresql",
                            "flexibleservers",
                            _,
                            ..,
                        ] => flexible::route(&ctx, &group, &req.segs[7..]).await,
                        ["providers", "microsoft.dbforpostgresql", "servers", _, ..] => {
                            single::route(&ctx, &group, &req.segs[7..]).await
                        }
                        [
                            "providers",
                            "microsoft.servicelinker",
                            "locations",
                            _,
                            "connectors",
                            ..,
                        ] => {
                            if app
                                .world()
                                .registration_state(sub, "microsoft.servicelinker")
                                != "Registered"
                            {
                                return not_registered(&req.segs[1], "Microsoft.ServiceLinker");
                            }
                            linker::route(&ctx, &group, &req.segs[7], &req.segs[9..]).await
                        }
                        ["providers", "microsoft.web", "sites"] if req.method == "GET" => {
                            web::list_sites(&ctx, sub, Some(rg))
                        }
                        ["providers", "microsoft.web", "sites", _, ..] => {
                            web::route(&ctx, &group, &req.segs[7], &req.segs[8..]).await
                        }
                        [
                            "providers",
                            "microsoft.managedidentity",
                            "userassignedidentities",
                            name @ ..,
                        ] if name.len() <= 1 => {
                            let name = (!name.is_empty()).then(|| req.segs[7].as_str());
                            web::user_assigned_identities(&ctx, sub, Some(&group.name), name)
                        }
                        _ => no_route(req),
                    }
                }
                _ => no_route(req),
            }
        }
        _ => no_route(req),
    }
}

/// The namespace as ARM spells it (known ones), else as the caller did.
fn namespace_name(ns: &str) -> String {
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

/// The resource provider's answer for an unregistered namespace (what az's `auto_register` reacts to).
pub(super) fn not_registered(sub: &str, namespace: &str) -> Resp {
    arm_error(
        409,
        "SubscriptionNotRegistered",
        format!(
            "The subscription '{sub}' is not registered to use namespace '{namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions."
        ),
    )
}

/// `GET /subscriptions/{s}/providers/{ns}` (`register`: `POST …/register`). A registration moves
/// `NotRegistered` → `Registering` (one more provider GET) → `Registered`.
fn provider(app: &App, sub: &str, ns: &str, register: bool) -> Resp {
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
fn list_groups(app: &App, sub: &str) -> Resp {
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
fn list_locations(app: &App, sub: &str) -> Resp {
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

/// `GET …/providers/Microsoft.DBforPostgreSQL/{flexibleServers|servers}` of a subscription or a group.
fn list_servers(app: &App, sub: &str, rg: Option<&str>, kind: &str) -> Resp {
    let world = app.world();
    let value: Vec<Value> = world
        .servers
        .iter()
        .filter(|s| s.sub.eq_ignore_ascii_case(sub))
        .filter(|s| rg.is_none_or(|g| s.rg.eq_ignore_ascii_case(g)))
        .filter(|s| s.provider_type().eq_ignore_ascii_case(kind))
        .map(|s| {
            json!({
                "id": s.id(),
                "name": s.name,
                "type": format!("Microsoft.DBforPostgreSQL/{}", s.provider_type()),
                "location": s.location,
                "properties": {"fullyQualifiedDomainName": s.host_name()}
            })
        })
        .collect();
    Resp::json(200, &json!({ "value": value }))
}

/// What every provider handler gets.
pub struct Ctx<'a> {
    pub app: &'a App,
    pub req: &'a Req,
    pub claims: &'a Value,
    pub api_version: &'a str,
}

impl Ctx<'_> {
    /// The caller for `systemData`: UPN (users) or appId (apps), and `User`/`Application`.
    pub fn caller(&self) -> (String, &'static str) {
        if self.claims["idtyp"] == "app" {
            (
                self.claims["appid"].as_str().unwrap_or("").to_string(),
                "Application",
            )
        } else {
            let n = self.claims["upn"]
                .as_str()
                .or_else(|| self.claims["unique_name"].as_str())
                .unwrap_or("");
            (n.to_string(), "User")
        }
    }
}

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

fn method_not_allowed(req: &Req) -> Resp {
    arm_error(
        405,
        "MethodNotAllowed",
        format!(
            "The requested resource does not support http method '{}'.",
            req.method
        ),
    )
}

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

fn subscriptions(app: &App) -> Resp {
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

fn subscription(app: &App, sub: &str) -> Resp {
    match app
        .seed
        .subscriptions
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(sub))
    {
        Some(s) => Resp::json(200, &subscription_body(app, s)),
        None => arm_error(
            404,
            "SubscriptionNotFound",
            format!("The subscription '{sub}' could not be found."),
        ),
    }
}

fn tenants(app: &App) -> Resp {
    let t = &app.seed.tenant;
    Resp::json(
        200,
        &json!({"value": [{
            "id": format!("/tenants/{}", t.id), "tenantId": t.id, "countryCode": "US", "displayName": t.display_name,
            "domains": [t.default_domain], "tenantCategory": "Home", "defaultDomain": t.default_domain, "tenantType": "AAD"
        }]}),
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

/// Registers a long-running operation whose polls and outcome come from the LRO knob, and returns its id. Its
/// `effect` is applied when it succeeds (undone or dropped when it fails): here already when the knob lets it end
/// on its first poll, else at the poll that reports the end.
pub async fn start_op(
    ctx: &Ctx<'_>,
    provider: OpProvider,
    sub: &str,
    location: &str,
    resource_id: String,
    result: Option<Value>,
    effect: Option<Effect>,
) -> Result<String, Resp> {
    let (polls, outcome) = ctx.app.knobs().lro_for(&ctx.req.method, &ctx.req.path);
    let n = ctx
        .app
        .op_seq
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let mut id = crate::app::guid();
    if provider == OpProvider::ServiceLinker {
        // The RP's op names are "<guid>*<hash>".
        id = format!("{id}*{:064X}", n + 1);
    }
    let ok = outcome == "Succeeded";
    let (now, later) = if polls == 0 {
        (effect, None)
    } else {
        (None, effect)
    };
    ctx.app.world().operations.insert(
        id.to_ascii_lowercase(),
        Operation {
            provider,
            sub: sub.to_string(),
            location: location.to_string(),
            resource_id,
            polls_left: polls,
            outcome,
            start_time: now_iso(),
            end_time: None,
            properties: result,
            effect: later,
        },
    );
    if let Some(e) = now {
        finish(ctx.app, e, ok).await.map_err(internal)?;
    }
    Ok(id)
}

/// One status poll of an operation: still running (its start time), or ended (it is then marked ended and its
/// pending effect applied or undone; a failure to apply turns the outcome into `Failed`).
pub enum Poll {
    Running(String),
    Ended,
    Missing,
}

pub async fn poll_op(app: &App, op: &str, provider: OpProvider) -> Poll {
    let (effect, ok) = {
        let mut w = app.world();
        let Some(o) = w.operations.get_mut(op).filter(|o| o.provider == provider) else {
            return Poll::Missing;
        };
        if o.polls_left > 0 {
            o.polls_left -= 1;
            return Poll::Running(o.start_time.clone());
        }
        o.end_time.get_or_insert_with(now_iso);
        (o.effect.take(), o.outcome == "Succeeded")
    };
    if let Some(e) = effect
        && let Err(msg) = finish(app, e, ok).await
        && let Some(o) = app.world().operations.get_mut(op)
    {
        o.outcome = "Failed".into();
        o.properties = Some(json!({"Message": msg}));
    }
    Poll::Ended
}

/// Applies (operation succeeded) or drops/undoes (failed, canceled) an operation's effect, in the world and in
/// PostgreSQL.
pub async fn finish(app: &App, effect: Effect, ok: bool) -> Result<(), String> {
    match effect {
        Effect::ServerUpdate {
            at,
            entra_auth,
            password_auth,
            public_access,
        } => {
            let changed = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                s.state = "Ready";
                if !ok {
                    return Ok(());
                }
                let before = s.public_access;
                s.entra_auth = entra_auth;
                s.password_auth = password_auth;
                s.public_access = public_access;
                (before != public_access).then(|| s.clone())
            };
            if let Some(s) = changed {
                app.db.sync_firewall(&s).await?;
            }
        }
        Effect::AdminSet { at, admin } if ok => {
            let (server, removed) = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                let removed: Vec<Admin> = match s.kind {
                    ServerKind::Flexible => {
                        s.admins
                            .retain(|a| !a.object_id.eq_ignore_ascii_case(&admin.object_id));
                        Vec::new()
                    }
                    ServerKind::Single => s
                        .admins
                        .drain(..)
                        .filter(|a| a.principal_name != admin.principal_name)
                        .collect(),
                };
                s.admins.push(admin.clone());
                (s.clone(), removed)
            };
            for old in removed {
                app.db.remove_admin(&server, &old.principal_name).await?;
            }
            let pw = admin_password(app, &admin).ok_or("could not issue the admin token")?;
            app.db.set_admin(&server, &admin, &pw).await?;
        }
        Effect::AdminRemove { at, object_id } if ok => {
            let gone = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                let gone: Vec<Admin> = s
                    .admins
                    .iter()
                    .filter(|a| a.object_id.eq_ignore_ascii_case(&object_id))
                    .cloned()
                    .collect();
                s.admins
                    .retain(|a| !a.object_id.eq_ignore_ascii_case(&object_id));
                gone.into_iter().map(|a| (s.clone(), a)).collect::<Vec<_>>()
            };
            for (server, a) in gone {
                app.db.remove_admin(&server, &a.principal_name).await?;
            }
        }
        Effect::FirewallSet { at, rule } if ok => {
            change_firewall(app, &at, |rules| {
                rules.retain(|x| !x.name.eq_ignore_ascii_case(&rule.name));
                rules.push(rule);
            })
            .await?;
        }
        Effect::FirewallRemove { at, name } if ok => {
            change_firewall(app, &at, |rules| {
                rules.retain(|x| !x.name.eq_ignore_ascii_case(&name));
            })
            .await?;
        }
        Effect::DatabaseAdd { at, name } if ok => {
            let server = {
                let mut w = app.world();
                let Some(s) = w.server_at(&at) else {
                    return Ok(());
                };
                if !s.databases.iter().any(|d| d.eq_ignore_ascii_case(&name)) {
                    s.databases.push(name.clone());
                }
                s.clone()
            };
            app.db.add_database(&server, &name).await?;
        }
        Effect::ConnectorPut { key, previous } => {
            let mut w = app.world();
            if ok {
                if let Some(c) = w.connectors.get_mut(&key) {
                    c.properties["provisioningState"] = json!("Succeeded");
                }
            } else {
                match previous {
                    Some(p) => {
                        w.connectors.insert(key, p);
                    }
                    None => {
                        w.connectors.remove(&key);
                    }
                }
            }
        }
        Effect::Linker(e) => source_linker::finish(app, e, ok),
        Effect::ConnectorDelete { key, previous } => {
            let mut w = app.world();
            if ok {
                w.connectors.remove(&key);
            } else {
                w.connectors.insert(key, previous);
            }
        }
        // Failed or canceled: nothing changes.
        Effect::AdminSet { .. }
        | Effect::AdminRemove { .. }
        | Effect::FirewallSet { .. }
        | Effect::FirewallRemove { .. }
        | Effect::DatabaseAdd { .. } => {}
    }
    Ok(())
}

/// Changes the firewall rules of the server at `at` (gone: nothing to do) and applies them to its
/// PostgreSQL cluster.
async fn change_firewall(
    app: &App,
    at: &ServerRef,
    change: impl FnOnce(&mut Vec<FirewallRule>),
) -> Result<(), String> {
    let server = {
        let mut w = app.world();
        let Some(s) = w.server_at(at) else {
            return Ok(());
        };
        change(&mut s.firewall);
        s.clone()
    };
    app.db.sync_firewall(&server).await
}

/// 202 Accepted with the DBforPostgreSQL async operation headers.
pub fn pg_accepted(ctx: &Ctx<'_>, sub: &str, location: &str, op: &str) -> Resp {
    let b = &ctx.app.base;
    let v = ctx.api_version;
    Resp::empty(202)
        .with(
            "Azure-AsyncOperation",
            format!("{b}/subscriptions/{sub}/providers/Microsoft.DBforPostgreSQL/locations/{location}/azureAsyncOperation/{op}?api-version={v}"),
        )
        .with(
            "Location",
            format!("{b}/subscriptions/{sub}/providers/Microsoft.DBforPostgreSQL/locations/{location}/operationResults/{op}?api-version={v}"),
        )
        .with("Retry-After", "0")
}

async fn pg_op_status(ctx: &Ctx<'_>, op: &str, results: bool) -> Resp {
    let name = ctx.req.segs.last().cloned().unwrap_or_default();
    match poll_op(ctx.app, op, OpProvider::Postgres).await {
        Poll::Missing => {
            return arm_error(
                404,
                "ResourceNotFound",
                format!(
                    "The requested resource of type 'Microsoft.DBforPostgreSQL/locations/azureAsyncOperation' with name '{op}' was not found."
                ),
            );
        }
        Poll::Running(start) => {
            if results {
                let loc = format!(
                    "{}{}?api-version={}",
                    ctx.app.base, ctx.req.path, ctx.api_version
                );
                return Resp::empty(202)
                    .with("Location", loc)
                    .with("Retry-After", "0");
            }
            return Resp::json(
                200,
                &json!({"name": name, "status": "InProgress", "startTime": start}),
            )
            .with("Retry-After", "0");
        }
        Poll::Ended => {}
    }
    let w = ctx.app.world();
    let Some(o) = w.operations.get(op) else {
        return internal("operation vanished");
    };
    let end = o.end_time.clone().unwrap_or_else(now_iso);
    if results {
        return match (&o.outcome[..], &o.properties) {
            ("Succeeded", Some(body)) => Resp::json(200, body),
            ("Succeeded", None) => Resp::empty(204),
            _ => arm_error(
                500,
                "InternalServerError",
                "An unexpected error occured while processing the request.",
            ),
        };
    }
    let mut body =
        json!({"name": name, "status": o.outcome, "startTime": o.start_time, "endTime": end});
    match o.outcome.as_str() {
        "Failed" => {
            body["error"] = json!({"code": "InternalServerError", "message": format!("An unexpected error occured while processing the request. Tracking ID: '{}'", crate::app::guid())})
        }
        "Canceled" => {
            body["error"] =
                json!({"code": "OperationCanceled", "message": "The operation was canceled."})
        }
        _ => {}
    }
    Resp::json(200, &body)
}

/// The oss-rdbms token of an admin identity: its PostgreSQL password.
pub fn admin_password(app: &App, admin: &Admin) -> Option<String> {
    let p = app
        .seed
        .principal_by_oid(&admin.object_id)
        .unwrap_or_else(|| Principal::User {
            upn: admin.principal_name.clone(),
            oid: admin.object_id.clone(),
            name: admin.principal_name.clone(),
            mail: None,
        });
    app.issuer
        .access_token(&p, OSSRDBMS_AUDIENCE, &app.seed.tenant.id)
        .ok()
        .map(|(t, _)| t)
}

/// Pushes an admin to PostgreSQL; a failure becomes ARM's 500.
pub async fn apply_admin(app: &App, server: &Server, admin: &Admin) -> Result<(), Resp> {
    let Some(pw) = admin_password(app, admin) else {
        return Err(arm_error(
            500,
            "InternalServerError",
            "could not issue the admin token",
        ));
    };
    app.db.set_admin(server, admin, &pw).await.map_err(|e| {
        arm_error(
            500,
            "InternalServerError",
            format!("An unexpected error occured while processing the request: {e}"),
        )
    })
}

/// Registers every seeded identity (with its current oss-rdbms token) with the Flexible Servers.
pub async fn register_identities(app: &App) -> Result<(), Resp> {
    let seed = &app.seed;
    let mut ids = Vec::new();
    let mut add = |oid: &str, name: &str, t: azconn_emulator::pg::PrincipalType| {
        if let Some(p) = seed.principal_by_oid(oid)
            && let Ok((token, _)) = app
                .issuer
                .access_token(&p, OSSRDBMS_AUDIENCE, &seed.tenant.id)
        {
            ids.push(crate::database::Identity {
                object_id: oid.to_string(),
                name: name.to_string(),
                principal_type: t,
                token,
            });
        }
    };
    use azconn_emulator::pg::PrincipalType;
    for u in &seed.users {
        add(&u.object_id, &u.upn, PrincipalType::User);
    }
    for p in &seed.service_principals {
        add(
            &p.object_id,
            &p.display_name,
            PrincipalType::ServicePrincipal,
        );
    }
    for m in &seed.managed_identities {
        add(
            &m.principal_id,
            &m.display_name,
            PrincipalType::ServicePrincipal,
        );
    }
    for (oid, name, p) in web::system_identities(app) {
        if let Ok((token, _)) = app
            .issuer
            .access_token(&p, OSSRDBMS_AUDIENCE, &seed.tenant.id)
        {
            ids.push(crate::database::Identity {
                object_id: oid,
                name,
                principal_type: PrincipalType::ServicePrincipal,
                token,
            });
        }
    }
    app.db.register_identities(&ids).await.map_err(|e| {
        arm_error(
            500,
            "InternalServerError",
            format!("An unexpected error occured while processing the request: {e}"),
        )
    })
}

pub async fn apply_firewall(app: &App, server: &Server) -> Result<(), Resp> {
    app.db.sync_firewall(server).await.map_err(|e| {
        arm_error(
            500,
            "InternalServerError",
            format!("An unexpected error occured while processing the request: {e}"),
        )
    })
}

pub fn valid_ipv4(s: &str) -> bool {
    s.parse::<std::net::Ipv4Addr>().is_ok()
}
