//! The App Service managed identity endpoint (`IDENTITY_ENDPOINT`): tokens for a seeded user-assigned identity or a
//! site's system-assigned one, as an app's code gets them.

use serde_json::json;

use super::{identity_principal, known_resource};
use crate::app::App;
use crate::cae::Granted;
use crate::http::{Req, Resp};

/// App Service managed identity protocol: `GET {IDENTITY_ENDPOINT}?resource=R&api-version=2019-08-01` with the
/// `X-IDENTITY-HEADER` secret.
pub fn managed_identity(app: &App, req: &Req) -> Resp {
    let bad =
        |status: u16, msg: &str| Resp::json(status, &json!({"statusCode": status, "message": msg}));
    if req.method != "GET" || req.lower.get(1).map(String::as_str) != Some("token") {
        return bad(404, "Not found");
    }
    if req.header("x-identity-header") != Some(app.identity_header.as_str()) {
        return bad(
            401,
            "Unauthorized: the X-IDENTITY-HEADER header is missing or does not match IDENTITY_HEADER.",
        );
    }
    if req.query("api-version") != Some("2019-08-01") {
        return bad(
            400,
            "The api-version parameter is missing or not supported; use 2019-08-01.",
        );
    }
    let Some(resource) = req.query("resource") else {
        return bad(400, "The resource parameter is required.");
    };
    let wanted = req
        .query("client_id")
        .or_else(|| req.query("principal_id"))
        .or_else(|| req.query("object_id"));
    let mi = match wanted {
        Some(id) => app.seed.managed_identities.iter().find(|m| {
            m.client_id.eq_ignore_ascii_case(id) || m.principal_id.eq_ignore_ascii_case(id)
        }),
        None => app.seed.managed_identities.first(),
    };
    // A site's system-assigned identity, asked for by its principal or client id.
    let site = wanted.and_then(|id| crate::arm::identity::find(app, id));
    let Some((p, client_id)) = mi
        .map(|m| (identity_principal(m), m.client_id.clone()))
        .or(site.map(|s| (s.principal(), s.identity.client_id)))
    else {
        return bad(
            400,
            "No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.",
        );
    };
    let aud = resource.strip_suffix("/.default").unwrap_or(resource);
    if !known_resource(app, aud) {
        return bad(
            400,
            &format!("The resource principal named {aud} was not found in the tenant."),
        );
    }
    // The managed identity endpoint takes no claims request.
    let Ok((token, exp)) =
        app.issuer
            .access_token(&p, aud, &app.seed.tenant.id, &Granted::default())
    else {
        return Resp::empty(500);
    };
    Resp::json(
        200,
        &json!({
            "access_token": token,
            "expires_on": exp.to_string(),
            "resource": resource,
            "token_type": "Bearer",
            "client_id": client_id
        }),
    )
}
