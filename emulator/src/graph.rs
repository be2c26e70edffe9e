//! Microsoft Graph v1.0: `/me` (the user of a delegated token, guests with `#EXT#` UPNs), service principal
//! lookups by appId (`$filter=appId eq '…'`, `servicePrincipals(appId='…')`, `servicePrincipals/{id}`), and JSON
//! batching (`POST /v1.0/$batch`: up to 20 requests, each answered with its own id, status, headers and body).

use serde_json::{Value, json};

use crate::app::App;
use crate::http::{Req, Resp};
use crate::ids::{guid, now_iso};

const CONTEXT: &str = "https://graph.microsoft.com/v1.0/$metadata";

fn graph_error(status: u16, code: &str, message: &str) -> Resp {
    let r = Resp::json(
        status,
        &json!({"error": {"code": code, "message": message,
            "innerError": {"date": now_iso(), "request-id": guid(), "client-request-id": guid()}}}),
    );
    if status == 401 {
        // Graph's challenge names its authority and its own app id, without an `error` parameter.
        r.with(
            "WWW-Authenticate",
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"",
        )
    } else {
        r
    }
}

/// Graph accepts tokens for its own resource: the emulator's Graph base URL or `https://graph.microsoft.com` (and,
/// for clients configured before Graph had its own port, the main port's base URL).
fn audience_ok(app: &App, aud: &str) -> bool {
    let own = format!("{}/", app.graph_base);
    let legacy = format!("{}/", app.base);
    [
        "https://graph.microsoft.com",
        "https://graph.microsoft.com/",
        own.as_str(),
        app.graph_base.as_str(),
        legacy.as_str(),
        app.base.as_str(),
    ]
    .contains(&aud)
}

pub fn route(app: &App, req: &Req) -> Resp {
    let token = req.header("authorization").and_then(|h| {
        h.strip_prefix("Bearer ")
            .or_else(|| h.strip_prefix("bearer "))
    });
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return graph_error(401, "InvalidAuthenticationToken", "Access token is empty.");
    };
    let claims = match app.issuer.verify_access(token) {
        Ok(c) => c,
        Err(crate::tokens::Invalid::Expired { .. }) => {
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is expired.",
            );
        }
        Err(_) => {
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Access token validation failure.",
            );
        }
    };
    if !audience_ok(app, claims["aud"].as_str().unwrap_or("")) {
        return graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        );
    }
    let segs: Vec<&str> = req.segs[1..].iter().map(String::as_str).collect();
    let batching = segs.as_slice() == ["$batch"];
    if req.method != if batching { "POST" } else { "GET" } {
        return graph_error(
            405,
            "Request_BadRequest",
            "Specified HTTP method is not allowed for the request target.",
        );
    }
    if batching {
        return batch(app, req);
    }
    if let Some(resp) = crate::graph_directory::route(app, req, &segs) {
        return resp;
    }
    match segs.as_slice() {
        [me] if me.eq_ignore_ascii_case("me") => me_of(app, &claims),
        [sp] if sp.eq_ignore_ascii_case("servicePrincipals") => {
            let filter = req.query("$filter").unwrap_or("");
            // `appId eq '…'`, or az's `ad sp show --id` query `servicePrincipalNames/any(c:c eq '…')`.
            let app_id = filter
                .strip_prefix("appId eq '")
                .or_else(|| filter.strip_prefix("appid eq '"))
                .and_then(|s| s.strip_suffix('\''))
                .or_else(|| {
                    filter
                        .strip_prefix("servicePrincipalNames/any(c:c eq '")
                        .and_then(|s| s.strip_suffix("')"))
                });
            let Some(app_id) = app_id else {
                return graph_error(400, "Request_UnsupportedQuery", "Unsupported Query.");
            };
            let items: Vec<Value> = service_principal(app, app_id).into_iter().collect();
            Resp::json(
                200,
                &json!({"@odata.context": format!("{CONTEXT}#servicePrincipals"), "value": items}),
            )
        }
        [one]
            if one
                .to_ascii_lowercase()
                .starts_with("serviceprincipals(appid='") =>
        {
            let id = one["servicePrincipals(appId='".len()..].trim_end_matches("')");
            single_sp(app, id)
        }
        [sp, id] if sp.eq_ignore_ascii_case("servicePrincipals") => single_sp(app, id),
        _ => graph_error(
            400,
            "BadRequest",
            &format!(
                "Resource not found for the segment '{}'.",
                segs.last().unwrap_or(&"")
            ),
        ),
    }
}

/// Graph's limit on the requests of one batch.
pub const BATCH_LIMIT: usize = 20;

/// `POST /v1.0/$batch`: `{"requests": [{"id", "method", "url"}, …]}` (urls relative to the version root) answered
/// with `{"responses": [{"id", "status", "headers", "body"}, …]}`. Each request runs as if sent alone with the batch's
/// `Authorization` header; a malformed payload, a repeated id or more than [`BATCH_LIMIT`] requests fail the
/// whole batch with 400.
fn batch(app: &App, req: &Req) -> Resp {
    let invalid = |message: &str| graph_error(400, "BadRequest", message);
    let Ok(payload) = serde_json::from_slice::<Value>(&req.body) else {
        return invalid("Invalid batch payload format.");
    };
    let Some(requests) = payload.get("requests").and_then(Value::as_array) else {
        return invalid("Invalid batch payload format.");
    };
    if requests.len() > BATCH_LIMIT {
        return invalid(&format!(
            "The number of requests in the batch exceeds the limit of {BATCH_LIMIT}."
        ));
    }
    let mut ids = std::collections::BTreeSet::new();
    let mut parsed = Vec::new();
    for r in requests {
        let field = |k: &str| r.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
        let (Some(id), Some(method), Some(url)) = (field("id"), field("method"), field("url"))
        else {
            return invalid("Invalid batch payload format.");
        };
        if !ids.insert(id) {
            return invalid(&format!("Request ids must be unique; `{id}` is repeated."));
        }
        parsed.push((id, method, url));
    }
    let responses: Vec<Value> = parsed
        .into_iter()
        .map(|(id, method, url)| {
            let resp = match inner_request(req, method, url) {
                Some(inner) if inner.lower.get(1).is_none_or(|s| s != "$batch") => {
                    route(app, &inner)
                }
                _ => graph_error(400, "BadRequest", &format!("Invalid request URL `{url}`.")),
            };
            let headers: serde_json::Map<String, Value> = resp
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            let mut out = json!({"id": id, "status": resp.status, "headers": headers});
            if let Ok(body) = serde_json::from_slice::<Value>(&resp.body) {
                out["body"] = body;
            }
            out
        })
        .collect();
    Resp::json(200, &json!({"responses": responses}))
}

/// One request of a batch as the router sees it: `url` is relative to `/v1.0`, with or without its leading `/`.
fn inner_request(outer: &Req, method: &str, url: &str) -> Option<Req> {
    if url.contains("://") {
        return None;
    }
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?
        .into_owned();
    let mut segs = vec!["v1.0".to_owned()];
    segs.extend(path.split('/').filter(|s| !s.is_empty()).map(str::to_owned));
    let mut headers = hyper::HeaderMap::new();
    if let Some(auth) = outer.headers.get("authorization") {
        headers.insert("authorization", auth.clone());
    }
    Some(Req {
        method: method.to_ascii_uppercase(),
        path: format!("/{}", segs.join("/")),
        lower: segs.iter().map(|s| s.to_ascii_lowercase()).collect(),
        segs,
        query: form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect(),
        headers,
        body: bytes::Bytes::new(),
    })
}

fn single_sp(app: &App, id: &str) -> Resp {
    match service_principal(app, id) {
        Some(mut v) => {
            if let Value::Object(m) = &mut v {
                m.insert(
                    "@odata.context".into(),
                    json!(format!("{CONTEXT}#servicePrincipals/$entity")),
                );
            }
            Resp::json(200, &v)
        }
        None => graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{id}' does not exist or one of its queried reference-property objects are not present."
            ),
        ),
    }
}

/// A service principal (or managed identity) by appId or object id.
pub(crate) fn service_principal(app: &App, id: &str) -> Option<Value> {
    let tenant = &app.seed.tenant.id;
    if let Some(p) = app
        .seed
        .service_principals
        .iter()
        .find(|p| p.app_id.eq_ignore_ascii_case(id) || p.object_id.eq_ignore_ascii_case(id))
    {
        return Some(json!({
            "id": p.object_id, "accountEnabled": true, "appDisplayName": p.display_name, "appId": p.app_id,
            "appOwnerOrganizationId": tenant, "displayName": p.display_name, "servicePrincipalNames": [p.app_id],
            "servicePrincipalType": "Application", "signInAudience": "AzureADMyOrg", "tags": []
        }));
    }
    if let Some(sp) = crate::arm::identity::graph_service_principal(app, id) {
        return Some(sp);
    }
    app.seed
        .managed_identities
        .iter()
        .find(|m| m.client_id.eq_ignore_ascii_case(id) || m.principal_id.eq_ignore_ascii_case(id))
        .map(|m| {
            json!({
                "id": m.principal_id, "accountEnabled": true, "appDisplayName": null, "appId": m.client_id,
                "appOwnerOrganizationId": null, "displayName": m.display_name, "servicePrincipalNames": [m.client_id],
                "servicePrincipalType": "ManagedIdentity", "signInAudience": null, "tags": []
            })
        })
}

fn me_of(app: &App, claims: &Value) -> Resp {
    if claims["idtyp"] == "app" {
        return graph_error(
            400,
            "BadRequest",
            "/me request is only valid with delegated authentication flow.",
        );
    }
    let oid = claims["oid"].as_str().unwrap_or("");
    let Some(u) = app.seed.users.iter().find(|u| u.object_id == oid) else {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{oid}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    };
    Resp::json(200, &user_body(u))
}

/// A user as Graph's `user` entity (its default properties).
fn user_body(u: &crate::seed::User) -> Value {
    let (given, surname) = u
        .display_name
        .split_once(' ')
        .map_or((None, None), |(g, s)| (Some(g), Some(s)));
    json!({
        "@odata.context": format!("{CONTEXT}#users/$entity"),
        "businessPhones": [],
        "displayName": u.display_name,
        "givenName": given,
        "jobTitle": null,
        "mail": u.mail.clone().or_else(|| (!u.upn.contains("#EXT#")).then(|| u.upn.clone())),
        "mobilePhone": null,
        "officeLocation": null,
        "preferredLanguage": null,
        "surname": surname,
        "userPrincipalName": u.upn,
        "id": u.object_id
    })
}
