//! Microsoft.DBforPostgreSQL: the namespace's routes ([`route`]: server lists, operation status, each kind's
//! server routes) and what the Flexible Server and Single Server routes share: finding the server, the `databases`
//! and `firewallRules` children (list/get/put/delete with the RP's validation and wording), `{"value": […]}` lists,
//! the child 404, and starting a DBforPostgreSQL long-running operation. Each kind's own module keeps what
//! differs: the server and administrator bodies, the administrator routes, the server's own 404, and Flexible's
//! PATCH and capabilities.

use serde_json::{Value, json};

use super::errors::{arm_error, bad_request, internal, invalid_body, method_not_allowed, no_route};
use super::lro::{Poll, poll_op, start_op};
use super::{Ctx, ProviderPath, Scope, flexible, single};
use crate::app::App;
use crate::http::Resp;
use crate::ids::now_iso;
use crate::seed::ServerKind;
use crate::state::{Effect, FirewallRule, OpProvider, ResourceGroup, Server};

/// The routes of the namespace.
pub async fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let get = ctx.req.method == "GET";
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(sub), [kind @ ("flexibleservers" | "servers")]) if get => {
            list_servers(ctx.app, sub, None, kind)
        }
        (Scope::Group(g), [kind @ ("flexibleservers" | "servers")]) if get => {
            list_servers(ctx.app, &g.sub, Some(&g.name), kind)
        }
        (
            Scope::Subscription(_),
            [
                "locations",
                _,
                kind @ ("azureasyncoperation" | "operationresults"),
                op,
            ],
        ) => op_status(ctx, op, *kind == "operationresults").await,
        (Scope::Group(g), ["flexibleservers", _, ..]) => {
            flexible::route(ctx, g, &p.segs[1..]).await
        }
        (Scope::Group(g), ["servers", _, ..]) => single::route(ctx, g, &p.segs[1..]).await,
        _ => no_route(ctx.req),
    }
}

/// What the shared child routes need to know of a server kind.
pub struct Rp {
    /// The server's resource type (`Microsoft.DBforPostgreSQL/flexibleServers` or `…/servers`).
    pub rtype: &'static str,
    /// The databases every server has, in the order the RP lists them.
    pub builtin_databases: [&'static str; 3],
    /// `properties.collation` of a database.
    pub collation: &'static str,
    /// Whether a firewall rule name matches the kind's `firewallRuleName` pattern.
    pub rule_name_ok: fn(&str) -> bool,
}

/// The RP's 404 for a resource it does not have (a child, or a flexible server).
pub fn not_found(rtype: &str, name: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!("The requested resource of type '{rtype}' with name '{name}' was not found."),
    )
}

/// A copy of the server `name` of `kind` in `rg`, as it is now.
pub fn server(ctx: &Ctx<'_>, rg: &ResourceGroup, kind: ServerKind, name: &str) -> Option<Server> {
    ctx.app
        .world()
        .server_mut(kind, &rg.sub, &rg.name, name)
        .map(|s| s.clone())
}

/// The path below the server (`segs[1..]`), lower-cased for matching; names keep their case in `segs`.
pub fn child_path(segs: &[String]) -> Vec<String> {
    segs[1..].iter().map(|s| s.to_ascii_lowercase()).collect()
}

/// `200 {"value": [...]}`.
pub fn list(items: impl IntoIterator<Item = Value>) -> Resp {
    let v: Vec<Value> = items.into_iter().collect();
    Resp::json(200, &json!({ "value": v }))
}

/// Starts a DBforPostgreSQL operation on `server` (its result `result`, its success applying `effect`) and
/// answers 202 with the async-operation headers.
pub async fn start(
    ctx: &Ctx<'_>,
    rg: &ResourceGroup,
    server: &Server,
    result: Option<Value>,
    effect: Effect,
) -> Resp {
    match start_op(
        ctx,
        OpProvider::Postgres,
        &rg.sub,
        &server.location,
        server.id(),
        result,
        Some(effect),
    )
    .await
    {
        Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
        Err(r) => r,
    }
}

/// [`start`], answering the 202 with `result` as its body (where the spec's 202 carries the resource).
pub async fn start_echoing(
    ctx: &Ctx<'_>,
    rg: &ResourceGroup,
    server: &Server,
    result: Value,
    effect: Effect,
) -> Resp {
    let mut r = start(ctx, rg, server, Some(result.clone()), effect).await;
    if r.status == 202 {
        r.body = serde_json::to_vec(&result).unwrap_or_default();
        r.headers.push((
            "Content-Type".into(),
            "application/json; charset=utf-8".into(),
        ));
    }
    r
}

/// Routes `databases` and `firewallRules` below `server` (the kind's own module has routed the rest): anything
/// else is ARM's "no such resource type".
pub async fn children(
    ctx: &Ctx<'_>,
    rg: &ResourceGroup,
    server: &Server,
    rp: &Rp,
    child: &[&str],
    segs: &[String],
) -> Resp {
    let at = Child {
        ctx,
        rg,
        server,
        rp,
    };
    match (ctx.req.method.as_str(), child) {
        ("GET", ["databases"]) => {
            let names = rp.builtin_databases.iter().copied();
            let names = names.chain(server.databases.iter().map(String::as_str));
            list(names.map(|d| db_body(rp, server, d)))
        }
        ("GET", ["databases", db]) => {
            let builtin = rp.builtin_databases.contains(db);
            match server.databases.iter().find(|d| d.eq_ignore_ascii_case(db)) {
                Some(d) => Resp::json(200, &db_body(rp, server, d)),
                None if builtin => Resp::json(200, &db_body(rp, server, db)),
                None => not_found(&format!("{}/databases", rp.rtype), &segs[2]),
            }
        }
        ("PUT", ["databases", _]) => put_database(at, &segs[2]).await,
        ("DELETE", ["databases", _]) => delete_database(at, &segs[2]).await,
        ("GET", ["firewallrules"]) => {
            list(server.firewall.iter().map(|r| rule_body(rp, server, r)))
        }
        (_, ["firewallrules", _]) => firewall_rule(at, &segs[2]).await,
        (_, ["databases" | "firewallrules"] | ["databases", _]) => method_not_allowed(ctx.req),
        _ => no_route(ctx.req),
    }
}

/// What a child route works on: the request, the server's group, the server and its kind's RP.
#[derive(Clone, Copy)]
struct Child<'a> {
    ctx: &'a Ctx<'a>,
    rg: &'a ResourceGroup,
    server: &'a Server,
    rp: &'a Rp,
}

fn db_body(rp: &Rp, s: &Server, db: &str) -> Value {
    json!({
        "properties": {"charset": "UTF8", "collation": rp.collation},
        "id": format!("{}/databases/{db}", s.id()),
        "name": db,
        "type": format!("{}/databases", rp.rtype)
    })
}

fn rule_body(rp: &Rp, s: &Server, r: &FirewallRule) -> Value {
    json!({
        "properties": {"startIpAddress": r.start_ip, "endIpAddress": r.end_ip},
        "id": format!("{}/firewallRules/{}", s.id(), r.name),
        "name": r.name,
        "type": format!("{}/firewallRules", rp.rtype)
    })
}

/// `PUT …/databases/{name}`: validates the name and body, then creates the database through an LRO (202 +
/// Azure-AsyncOperation/Location). An existing database is left as it is.
async fn put_database(at: Child<'_>, name: &str) -> Resp {
    let body = match invalid_body(at.ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let valid = !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        return invalid_parameter("databaseName");
    }
    for field in ["charset", "collation"] {
        let v = &body["properties"][field];
        if !v.is_null() && !v.is_string() {
            return invalid_parameter(field);
        }
    }
    let effect = Effect::DatabaseAdd {
        at: at.server.at(),
        name: name.to_string(),
    };
    start(
        at.ctx,
        at.rg,
        at.server,
        Some(db_body(at.rp, at.server, name)),
        effect,
    )
    .await
}

/// `DELETE …/databases/{name}`: drops the database through an LRO (202); 204 when there is none. The databases
/// every server has cannot be dropped (400).
async fn delete_database(at: Child<'_>, name: &str) -> Resp {
    if at
        .rp
        .builtin_databases
        .iter()
        .any(|b| b.eq_ignore_ascii_case(name))
    {
        return invalid_parameter("databaseName");
    }
    let Some(existing) = at
        .server
        .databases
        .iter()
        .find(|d| d.eq_ignore_ascii_case(name))
    else {
        return Resp::empty(204);
    };
    let effect = Effect::DatabaseRemove {
        at: at.server.at(),
        name: existing.clone(),
    };
    start(at.ctx, at.rg, at.server, None, effect).await
}

/// Firewall rule get/put/delete.
async fn firewall_rule(at: Child<'_>, rule: &str) -> Resp {
    let existing = at
        .server
        .firewall
        .iter()
        .find(|r| r.name.eq_ignore_ascii_case(rule))
        .cloned();
    match at.ctx.req.method.as_str() {
        "GET" => match existing {
            Some(r) => Resp::json(200, &rule_body(at.rp, at.server, &r)),
            None => not_found(&format!("{}/firewallRules", at.rp.rtype), rule),
        },
        "PUT" => {
            let body = match invalid_body(at.ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            if !(at.rp.rule_name_ok)(rule) {
                return invalid_parameter("firewallRuleName");
            }
            let r = match firewall_rule_of(rule, &body) {
                Ok(r) => r,
                Err(resp) => return resp,
            };
            let result = rule_body(at.rp, at.server, &r);
            let effect = Effect::FirewallSet {
                at: at.server.at(),
                rule: r,
            };
            start(at.ctx, at.rg, at.server, Some(result), effect).await
        }
        "DELETE" => {
            if existing.is_none() {
                return Resp::empty(204);
            }
            let effect = Effect::FirewallRemove {
                at: at.server.at(),
                name: rule.to_string(),
            };
            start(at.ctx, at.rg, at.server, None, effect).await
        }
        _ => method_not_allowed(at.ctx.req),
    }
}

/// The rule a `PUT …/firewallRules/{rule}` body asks for, or the RP's 400 for its first invalid part.
fn firewall_rule_of(rule: &str, body: &Value) -> Result<FirewallRule, Resp> {
    let p = &body["properties"];
    let (Some(start), Some(end)) = (p["startIpAddress"].as_str(), p["endIpAddress"].as_str())
    else {
        return Err(invalid_parameter("startIpAddress"));
    };
    if !valid_ipv4(start) || !valid_ipv4(end) {
        let bad = if valid_ipv4(start) {
            "endIpAddress"
        } else {
            "startIpAddress"
        };
        return Err(invalid_parameter(bad));
    }
    let (Ok(s_ip), Ok(e_ip)) = (
        start.parse::<std::net::Ipv4Addr>(),
        end.parse::<std::net::Ipv4Addr>(),
    ) else {
        return Err(invalid_parameter("startIpAddress"));
    };
    if s_ip > e_ip {
        return Err(bad_request(
            "FirewallRuleStartIpAddressGreaterThanEndIpAddress",
            "The start IP address of the firewall rule cannot exceed the end IP address.",
        ));
    }
    Ok(FirewallRule {
        name: rule.to_string(),
        start_ip: start.to_string(),
        end_ip: end.to_string(),
    })
}

/// The RP's 400 for a parameter it does not accept.
pub fn invalid_parameter(field: &str) -> Resp {
    bad_request(
        "InvalidParameterValue",
        format!("Invalid value given for parameter {field}. Specify a valid parameter value."),
    )
}

/// `GET …/providers/Microsoft.DBforPostgreSQL/{flexibleServers|servers}` of a subscription or a group: every
/// server in full, as its GET shows it.
fn list_servers(app: &App, sub: &str, rg: Option<&str>, kind: &str) -> Resp {
    let tenant = &app.seed.tenant.id;
    let world = app.world();
    let value: Vec<Value> = world
        .servers
        .iter()
        .filter(|s| s.sub.eq_ignore_ascii_case(sub))
        .filter(|s| rg.is_none_or(|g| s.rg.eq_ignore_ascii_case(g)))
        .filter(|s| s.provider_type().eq_ignore_ascii_case(kind))
        .map(|s| match s.kind {
            ServerKind::Flexible => flexible::server_body(s, tenant),
            ServerKind::Single => single::server_body(s),
        })
        .collect();
    Resp::json(200, &json!({ "value": value }))
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

async fn op_status(ctx: &Ctx<'_>, op: &str, results: bool) -> Resp {
    let name = ctx.req.segs.last().cloned().unwrap_or_default();
    match poll_op(ctx.app, op, OpProvider::Postgres).await {
        Poll::Missing => {
            return not_found(
                "Microsoft.DBforPostgreSQL/locations/azureAsyncOperation",
                op,
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
            body["error"] = json!({"code": "InternalServerError", "message": format!("An unexpected error occured while processing the request. Tracking ID: '{}'", crate::ids::guid())});
        }
        "Canceled" => {
            body["error"] =
                json!({"code": "OperationCanceled", "message": "The operation was canceled."});
        }
        _ => {}
    }
    Resp::json(200, &body)
}

pub fn valid_ipv4(s: &str) -> bool {
    s.parse::<std::net::Ipv4Addr>().is_ok()
}
