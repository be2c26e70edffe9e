//! Microsoft.ServiceLinker local connectors (`…/resourceGroups/{rg}/providers/Microsoft.ServiceLinker/locations/
//! {location}/connectors/{name}`): put (201 + Azure-AsyncOperation), get, list with nextLink paging, delete (202),
//! validate (202 → op status carrying the validation result), generateConfigurations, their operationStatuses,
//! and `configurationNames`. Secrets sent in authInfo are never echoed back, as the RP masks them.

use serde_json::{Map, Value, json};

use super::errors::{arm_error, bad_request, invalid_body, method_not_allowed, no_route};
use super::linker_configs::{configuration_names, configurations, pg_target};
use super::lro::{Poll, poll_op, start_op};
use super::{Ctx, ProviderPath, Scope};
use crate::http::Resp;
use crate::ids::now_iso;
use crate::state::{Connector, Effect, OpProvider, Operation, ResourceGroup};

/// The routes of the namespace.
pub async fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Tenant, ["configurationnames"]) => configuration_names(ctx),
        (Scope::Tenant | Scope::Subscription(_), ["locations", _, "operationstatuses", op]) => {
            op_status(ctx, op).await
        }
        (Scope::Group(g), ["locations", _, "connectors", ..]) => {
            connectors(ctx, g, &p.segs[1], &p.segs[3..]).await
        }
        (Scope::Resource { .. }, ["linkers", ..]) => super::source_linker::route(ctx, p).await,
        _ => no_route(ctx.req),
    }
}

/// Removes `null` members of objects, recursively (GET answers omit unset properties).
pub(super) fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

const TYPE: &str = "microsoft.servicelinker/locations/connectors";
/// The spec's `AuthType` values.
const AUTH_TYPES: &[&str] = &[
    "systemAssignedIdentity",
    "userAssignedIdentity",
    "servicePrincipalSecret",
    "servicePrincipalCertificate",
    "secret",
    "accessKey",
    "userAccount",
    "easyAuthMicrosoftEntraID",
];
pub(super) const CLIENT_TYPES: &[&str] = &[
    "none",
    "dotnet",
    "java",
    "python",
    "go",
    "php",
    "ruby",
    "django",
    "nodejs",
    "springBoot",
    "kafka-springBoot",
    "jms-springBoot",
    "dapr",
    "dotnet-internal",
    "dotnet-connectionString",
];
const TARGET_TYPES: &[&str] = &[
    "AzureResource",
    "ConfluentBootstrapServer",
    "ConfluentSchemaRegistry",
    "SelfHostedServer",
    "FabricPlatform",
];

pub(super) fn op_url(ctx: &Ctx<'_>, sub: &str, location: &str, op: &str) -> String {
    format!(
        "{}/subscriptions/{sub}/providers/Microsoft.ServiceLinker/locations/{}/operationStatuses/{op}?api-version=2021-01-01-privatepreview",
        ctx.app.base,
        location.to_ascii_uppercase()
    )
}

fn not_found(rg: &str, location: &str, name: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!(
            "The Resource 'Microsoft.ServiceLinker/locations/{location}/connectors/{name}' under resource group '{rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
        ),
    )
}

fn body_of(c: &Connector) -> Value {
    json!({"id": c.id(), "name": c.name, "type": TYPE, "systemData": c.system_data, "properties": c.properties})
}

/// `publicNetworkSolution` as the RP stores and echoes it: its defaults filled in, and only the firewall settings
/// that were given (`firewallRules` and its members are not nullable in the spec).
fn public_network_solution(m: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    if let Some(Value::Object(fw)) = m.get("firewallRules") {
        let given: Map<String, Value> = ["ipRanges", "callerClientIP", "azureServices"]
            .into_iter()
            .filter_map(|k| Some((k.to_owned(), fw.get(k).filter(|v| !v.is_null())?.clone())))
            .collect();
        out.insert("firewallRules".into(), Value::Object(given));
    }
    let or = |k: &str, default: &str| {
        m.get(k)
            .filter(|v| !v.is_null())
            .cloned()
            .unwrap_or_else(|| json!(default))
    };
    out.insert(
        "deleteOrUpdateBehavior".into(),
        or("deleteOrUpdateBehavior", "Default"),
    );
    out.insert("action".into(), or("action", "enable"));
    Value::Object(out)
}

/// authInfo as the RP stores and echoes it: known fields only, secrets dropped.
pub(super) fn masked_auth(auth: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    for (k, v) in auth {
        match k.as_str() {
            "secret" | "certificate" => {}
            "secretInfo" => {
                // Only a raw secret is masked; a Key Vault URI or reference is no secret.
                let mut si = v.clone();
                if let Value::Object(m) = &mut si
                    && m.get("secretType").and_then(Value::as_str) == Some("rawValue")
                {
                    m.remove("value");
                }
                out.insert(k.clone(), si);
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    if auth.get("authType").and_then(Value::as_str) == Some("userAccount")
        && !out.contains_key("userName")
    {
        out.insert("userName".into(), Value::Null);
    }
    Value::Object(out)
}

pub(super) fn validate_put(body: &Value) -> Result<(), Resp> {
    let p = &body["properties"];
    if !p.is_object() {
        return Err(bad_request(
            "BadRequest",
            "The request body must contain 'properties'.",
        ));
    }
    let ts = &p["targetService"];
    let Some(tt) = ts["type"].as_str() else {
        return Err(bad_request(
            "BadRequest",
            "The targetService property is required and must have a type.",
        ));
    };
    if !TARGET_TYPES.contains(&tt) {
        return Err(bad_request(
            "BadRequest",
            format!("The targetService type '{tt}' is not supported."),
        ));
    }
    if tt == "AzureResource"
        && ts["id"]
            .as_str()
            .is_none_or(|id| !id.starts_with("/subscriptions/"))
    {
        return Err(bad_request(
            "BadRequest",
            "The targetService id must be a valid Azure resource id.",
        ));
    }
    if !p["authInfo"].is_null() {
        let at = p["authInfo"]["authType"].as_str().unwrap_or("");
        if !AUTH_TYPES.contains(&at) {
            return Err(bad_request(
                "BadRequest",
                format!("The authType '{at}' is not supported."),
            ));
        }
    }
    if let Some(ct) = p["clientType"].as_str()
        && !CLIENT_TYPES.contains(&ct)
    {
        return Err(bad_request(
            "BadRequest",
            format!("The clientType '{ct}' is not supported."),
        ));
    }
    Ok(())
}

/// A connector's or linker's name: letters, digits, `.` and `_` only (the RP's 400 otherwise).
pub(super) fn check_name(name: &str) -> Result<(), Resp> {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    {
        Ok(())
    } else {
        Err(bad_request(
            "BadRequest",
            "Resource name can only contain letters (A-Z, a-z), numbers (0-9), periods ('.'), and underscores ('_')",
        ))
    }
}

/// `systemData` of a PUT by the caller: the creation fields kept from `created` (the replaced resource's).
pub(super) fn system_data(ctx: &Ctx<'_>, created: Option<&Value>) -> Value {
    let (caller, caller_type) = ctx.caller();
    let now = now_iso();
    json!({
        "createdBy": created.map_or(json!(caller), |s| s["createdBy"].clone()),
        "createdByType": created.map_or(json!(caller_type), |s| s["createdByType"].clone()),
        "createdAt": created.map_or(json!(now), |s| s["createdAt"].clone()),
        "lastModifiedBy": caller, "lastModifiedByType": caller_type, "lastModifiedAt": now
    })
}

/// The `properties` the RP stores from a PUT's `p`, `Accepted` while its operation runs.
pub(super) fn stored_properties(p: &Value, network: Value, auth: Value) -> Value {
    json!({
        "publicNetworkSolution": network,
        "configurationInfo": p["configurationInfo"],
        "provisioningState": "Accepted",
        "targetService": {"id": p["targetService"]["id"], "resourceProperties": p["targetService"]["resourceProperties"], "type": p["targetService"]["type"]},
        "authInfo": auth,
        "clientType": p["clientType"].as_str().unwrap_or("none"),
        "scope": p["scope"],
        "vNetSolution": p["vNetSolution"],
        "secretStore": p["secretStore"]
    })
}

/// Starts a ServiceLinker operation on the resource `id`; `result` is its status's `properties`.
pub(super) async fn start_operation(
    ctx: &Ctx<'_>,
    sub: &str,
    location: &str,
    id: String,
    result: Value,
    effect: Option<Effect>,
) -> Result<String, Resp> {
    start_op(
        ctx,
        OpProvider::ServiceLinker,
        sub,
        location,
        id,
        Some(result),
        effect,
    )
    .await
}

/// The operation result every change starts with.
pub(super) fn no_message() -> Value {
    json!({"Message": null})
}

/// A PUT's 201: the stored resource, and its operation's status URL as `Azure-AsyncOperation`.
pub(super) fn created(
    ctx: &Ctx<'_>,
    sub: &str,
    location: &str,
    started: Result<String, Resp>,
    answer: &Value,
) -> Resp {
    // Retry-After: 0 so clients poll at once: tests and benchmarks measure the client, not a service delay.
    match started {
        Ok(op) => Resp::json(201, answer)
            .with("Azure-AsyncOperation", op_url(ctx, sub, location, &op))
            .with("Retry-After", "0"),
        Err(r) => r,
    }
}

/// A DELETE's or validation's 202 (`answer`), with its operation's status URL as `Azure-AsyncOperation` and
/// `Location`.
pub(super) fn accepted(
    ctx: &Ctx<'_>,
    sub: &str,
    location: &str,
    started: Result<String, Resp>,
    answer: Resp,
) -> Resp {
    match started {
        Ok(op) => {
            let url = op_url(ctx, sub, location, &op);
            answer
                .with("Azure-AsyncOperation", url.clone())
                .with("Location", url)
                .with("Retry-After", "0")
        }
        Err(r) => r,
    }
}

async fn connectors(ctx: &Ctx<'_>, rg: &ResourceGroup, location: &str, segs: &[String]) -> Resp {
    let app = ctx.app;
    let method = ctx.req.method.as_str();
    if segs.is_empty() {
        return if method == "GET" {
            list(ctx, rg, location)
        } else {
            method_not_allowed(ctx.req)
        };
    }
    let name = &segs[0];
    let id = format!(
        "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.ServiceLinker/locations/{}/connectors/{}",
        rg.sub, rg.name, location, name
    );
    let key = id.to_ascii_lowercase();
    let action = segs.get(1).map(|s| s.to_ascii_lowercase());
    let existing = app.world().connectors.get(&key).cloned();
    match (method, action.as_deref(), segs.len()) {
        ("GET", None, 1) => match existing {
            Some(c) => {
                let mut v = body_of(&c);
                strip_nulls(&mut v);
                Resp::json(200, &v)
            }
            None => not_found(&rg.name, location, name),
        },
        ("PUT", None, 1) => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            if let Err(r) = validate_put(&body).and_then(|()| check_name(name)) {
                return r;
            }
            let p = &body["properties"];
            let system_data = system_data(ctx, existing.as_ref().map(|c| &c.system_data));
            let pns = p["publicNetworkSolution"]
                .as_object()
                .map_or(Value::Null, public_network_solution);
            let auth = p["authInfo"].as_object().map_or(Value::Null, masked_auth);
            let c = Connector {
                sub: rg.sub.clone(),
                rg: rg.name.clone(),
                location: location.to_string(),
                name: name.clone(),
                properties: stored_properties(p, pns, auth),
                system_data,
            };
            let answer = body_of(&c);
            let id = c.id();
            // In flight the connector is visible with provisioningState Accepted (the PUT echo).
            let previous = app.world().connectors.insert(key.clone(), c);
            let effect = Effect::ConnectorPut { key, previous };
            let started =
                start_operation(ctx, &rg.sub, location, id, no_message(), Some(effect)).await;
            created(ctx, &rg.sub, location, started, &answer)
        }
        ("DELETE", None, 1) => {
            let Some(previous) = existing else {
                return Resp::empty(204);
            };
            if let Some(c) = app.world().connectors.get_mut(&key) {
                c.properties["provisioningState"] = json!("Deleting");
            }
            let effect = Effect::ConnectorDelete { key, previous };
            let started =
                start_operation(ctx, &rg.sub, location, id, no_message(), Some(effect)).await;
            accepted(ctx, &rg.sub, location, started, Resp::empty(202))
        }
        ("POST", Some("validate"), 2) => {
            let Some(c) = existing else {
                return not_found(&rg.name, location, name);
            };
            let result = validation(ctx, &c.name, &c.properties, &now_iso());
            let started = start_operation(ctx, &rg.sub, location, c.id(), result, None).await;
            accepted(
                ctx,
                &rg.sub,
                location,
                started,
                Resp::json(202, &Value::Null),
            )
        }
        ("POST", Some("generateconfigurations"), 2) => {
            let Some(c) = existing else {
                return not_found(&rg.name, location, name);
            };
            Resp::json(
                200,
                &json!({"configurations": configurations(&c, &app.seed.tenant.id)}),
            )
        }
        (_, None, 1) | (_, Some("validate" | "generateconfigurations"), 2) => {
            method_not_allowed(ctx.req)
        }
        _ => no_route(ctx.req),
    }
}

fn list(ctx: &Ctx<'_>, rg: &ResourceGroup, location: &str) -> Resp {
    let page = ctx.app.knobs().page_size.max(1);
    let skip: usize = ctx
        .req
        .query("$skipToken")
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let all: Vec<Value> = ctx
        .app
        .world()
        .connectors
        .values()
        .filter(|c| {
            c.sub.eq_ignore_ascii_case(&rg.sub)
                && c.rg.eq_ignore_ascii_case(&rg.name)
                && c.location.eq_ignore_ascii_case(location)
        })
        .map(|c| {
            let mut v = body_of(c);
            strip_nulls(&mut v);
            v
        })
        .collect();
    let items: Vec<Value> = all.iter().skip(skip).take(page).cloned().collect();
    let mut body = json!({"value": items});
    if skip + page < all.len() {
        body["nextLink"] = json!(format!(
            "{}{}?api-version={}&$skipToken={}",
            ctx.app.base,
            ctx.req.path,
            ctx.api_version,
            skip + page
        ));
    }
    Resp::json(200, &body)
}

pub(super) fn validation(ctx: &Ctx<'_>, name: &str, properties: &Value, start: &str) -> Value {
    let target = properties["targetService"]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let mut w = ctx.app.world();
    let server = pg_target(&target).and_then(|(k, sub, rg, srv, db)| {
        w.server_mut(k, &sub, &rg, &srv).map(|s| {
            let db_ok = db.eq_ignore_ascii_case("postgres")
                || s.databases.iter().any(|d| d.eq_ignore_ascii_case(&db));
            (s.clone(), db_ok)
        })
    });
    let exists = server.as_ref().is_some_and(|(_, db_ok)| *db_ok);
    let firewall_ok = server.as_ref().is_some_and(|(s, _)| {
        s.public_access
            && s.firewall.iter().any(|r| {
                let (Ok(a), Ok(b)) = (
                    r.start_ip.parse::<std::net::Ipv4Addr>(),
                    r.end_ip.parse::<std::net::Ipv4Addr>(),
                ) else {
                    return false;
                };
                let me = std::net::Ipv4Addr::LOCALHOST;
                a <= me && me <= b
            })
    });
    // As the RP reports it: a missing target stops the validation after the existence check. Each item is named
    // as in the spec's example (`TargetExistence`), its sentence is the description, a failure's reason the
    // `errorMessage`.
    let mut items = vec![(
        "TargetExistence",
        "The target existence is validated",
        exists,
        format!("Target resource does not exist: {target}."),
    )];
    if exists {
        items.push((
            "TargetNetworkAccess",
            "The target service firewall is validated",
            firewall_ok,
            "The firewall of the target service does not allow access from the client IP.".into(),
        ));
    }
    let detail: Vec<Value> = items
        .iter()
        .map(|(n, description, ok, why)| {
            let mut item = json!({"name": n, "description": description, "result": if *ok { "success" } else { "failure" }});
            if !ok {
                item["errorMessage"] = json!(why);
            }
            item
        })
        .collect();
    json!({
        "linkerName": name,
        "isConnectionAvailable": items.iter().all(|(_, _, ok, _)| *ok),
        "reportStartTimeUtc": start,
        "reportEndTimeUtc": now_iso(),
        "sourceId": null,
        "targetId": target,
        "authType": properties["authInfo"]["authType"],
        "validationDetail": detail
    })
}

/// Whether an operation's result is a validation's (`ValidateResult`), answered as the spec's
/// `ValidateOperationResult` rather than as an operation status.
fn is_validation(o: &Operation) -> bool {
    o.properties
        .as_ref()
        .is_some_and(|p| p.get("validationDetail").is_some())
}

async fn op_status(ctx: &Ctx<'_>, op: &str) -> Resp {
    let poll = poll_op(ctx.app, op, OpProvider::ServiceLinker).await;
    let name = ctx.req.segs.last().cloned().unwrap_or_default();
    let w = ctx.app.world();
    let Some(o) = w
        .operations
        .get(op)
        .filter(|_| !matches!(poll, Poll::Missing))
    else {
        return arm_error(
            404,
            "ResourceNotFound",
            format!("The operation '{op}' was not found."),
        );
    };
    let id = format!(
        "/subscriptions/{}/providers/Microsoft.ServiceLinker/locations/{}/operationStatuses/{name}",
        o.sub,
        o.location.to_ascii_uppercase()
    );
    let validation = is_validation(o);
    if let Poll::Running(start) = poll {
        let body = if validation {
            json!({"resourceId": o.resource_id, "status": "Accepted"})
        } else {
            json!({"id": id, "name": name, "resourceId": o.resource_id, "status": "Accepted", "startTime": start})
        };
        return Resp::json(200, &body).with("Retry-After", "0");
    }
    if validation && o.outcome == "Succeeded" {
        return Resp::json(
            200,
            &json!({"resourceId": o.resource_id, "status": o.outcome, "properties": o.properties}),
        );
    }
    let end = o.end_time.clone().unwrap_or_else(now_iso);
    let mut body = json!({"id": id, "name": name, "resourceId": o.resource_id, "status": o.outcome, "startTime": o.start_time, "endTime": end,
        "properties": o.properties.clone().unwrap_or(json!({"Message": null}))});
    match o.outcome.as_str() {
        "Failed" => {
            body["error"] = json!({"code": "InternalServerError", "message": "The operation failed. Please retry later."});
        }
        "Canceled" => {
            body["error"] =
                json!({"code": "OperationCanceled", "message": "The operation was canceled."});
        }
        _ => {}
    }
    Resp::json(200, &body)
}
