//! Entra ID: the v2.0 token endpoint (`client_credentials` for seeded service principals or, with a `jwt-bearer`
//! client assertion, for a user-assigned identity through its federated credentials; `refresh_token` and
//! `password` (ROPC, `az login -u -p`) for users; each with an optional `claims` request, whose client capabilities
//! and CAE claims go into the access token, `cae::Granted`), openid discovery and keys, MSAL's user realm and
//! instance discovery, the scope → audience mapping, and the App Service managed identity endpoint
//! (`managed_identity.rs`); the discovery documents are in `discovery.rs`.
//! Errors use Entra's `{"error","error_description":"AADSTS…"}` shape.

use serde_json::{Value, json};

mod discovery;
mod managed_identity;

pub use managed_identity::managed_identity;

use discovery::{instance_discovery, openid_configuration, user_realm};

use crate::app::App;
use crate::cae::Granted;
use crate::files::{ARM_AUDIENCE, OSSRDBMS_AUDIENCE};
use crate::http::{Req, Resp};
use crate::ids::{guid, now_iso};
use crate::state::user_principal;
use crate::tokens::{Principal, now};

/// Scopes that ride along and name no resource.
const OIDC_SCOPES: &[&str] = &["offline_access", "openid", "profile", "email"];

/// Audiences (resources) this tenant knows, besides the emulator's own Graph URL.
pub(super) fn known_resource(app: &App, aud: &str) -> bool {
    let graph = format!("{}/", app.graph_base);
    let legacy_graph = format!("{}/", app.base);
    [
        ARM_AUDIENCE,
        "https://management.core.windows.net",
        "https://management.azure.com/",
        "https://management.azure.com",
        "https://graph.microsoft.com",
        "https://graph.microsoft.com/",
        OSSRDBMS_AUDIENCE,
        "https://ossrdbms-aad.database.windows.net/",
        graph.as_str(),
        app.graph_base.as_str(),
        // Graph on the main port's base URL, as clients configured before Graph had its own port use it.
        legacy_graph.as_str(),
        app.base.as_str(),
    ]
    .contains(&aud)
}

pub fn entra_error(app: &App, status: u16, error: &str, code: u32, text: &str) -> Resp {
    let trace = guid();
    let corr = guid();
    let ts = now_iso();
    Resp::json(
        status,
        &json!({
            "error": error,
            "error_description": format!("AADSTS{code}: {text} Trace ID: {trace} Correlation ID: {corr} Timestamp: {ts}"),
            "error_codes": [code],
            "timestamp": ts,
            "trace_id": trace,
            "correlation_id": corr,
            "error_uri": format!("{}/error?code={code}", app.base)
        }),
    )
}

fn tenant_ok(app: &App, t: &str) -> bool {
    let s = &app.seed.tenant;
    ["organizations", "common"].contains(&t)
        || t.eq_ignore_ascii_case(&s.id)
        || t.eq_ignore_ascii_case(&s.default_domain)
}

pub fn route(app: &App, req: &Req) -> Resp {
    let tenant = req.segs.first().map_or("", String::as_str);
    if !tenant_ok(app, tenant) {
        return entra_error(
            app,
            400,
            "invalid_request",
            90002,
            &format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."
            ),
        );
    }
    let rest: Vec<&str> = req.lower[1..].iter().map(String::as_str).collect();
    match (req.method.as_str(), rest.as_slice()) {
        ("POST", ["oauth2", "v2.0", "token"]) => token(app, req),
        ("GET", ["v2.0", ".well-known", "openid-configuration"]) => {
            openid_configuration(app, tenant)
        }
        ("GET", ["userrealm", _]) => user_realm(app, &req.segs[2]),
        ("GET", ["discovery", "instance"]) => instance_discovery(app),
        ("GET", ["discovery", "v2.0", "keys"]) => match app.issuer.jwks() {
            Ok(v) => Resp::json(200, &v),
            Err(_) => Resp::empty(500),
        },
        _ => Resp::json(
            404,
            &json!({"error": "not_found", "error_description": format!("No route for {} {}", req.method, req.path)}),
        ),
    }
}

/// The resource named by the scopes, or an Entra error.
fn audience(app: &App, scope: Option<&str>) -> Result<String, Resp> {
    let Some(scope) = scope else {
        return Err(entra_error(
            app,
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'scope'.",
        ));
    };
    let resources: Vec<&str> = scope
        .split_whitespace()
        .filter(|s| !OIDC_SCOPES.contains(s))
        .collect();
    let [one] = resources.as_slice() else {
        return Err(entra_error(
            app,
            400,
            "invalid_scope",
            70011,
            &format!(
                "The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid."
            ),
        ));
    };
    let Some(aud) = one.strip_suffix("/.default") else {
        return Err(entra_error(
            app,
            400,
            "invalid_scope",
            1002012,
            &format!(
                "The provided value for scope {one} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."
            ),
        ));
    };
    if !known_resource(app, aud) {
        return Err(entra_error(
            app,
            400,
            "invalid_resource",
            500011,
            &format!(
                "The resource principal named {aud} was not found in the tenant named {}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.",
                app.seed.tenant.display_name
            ),
        ));
    }
    Ok(aud.to_string())
}

fn token(app: &App, req: &Req) -> Resp {
    let form = req.form();
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let tenant = app.seed.tenant.id.clone();
    let Ok(granted) = Granted::from_param(get("claims")) else {
        return entra_error(
            app,
            400,
            "invalid_request",
            50117,
            "Failed to deserialize policy specified in the request's claim parameter.",
        );
    };
    match get("grant_type") {
        Some("client_credentials") if get("client_assertion_type").is_some() => {
            federated_grant(app, &form, &granted)
        }
        Some("client_credentials") => {
            let client_id = get("client_id").unwrap_or("");
            let Some(sp) = app
                .seed
                .service_principals
                .iter()
                .find(|p| p.app_id.eq_ignore_ascii_case(client_id))
            else {
                return entra_error(
                    app,
                    400,
                    "unauthorized_client",
                    700016,
                    &format!(
                        "Application with identifier '{client_id}' was not found in the directory '{}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
                        app.seed.tenant.display_name
                    ),
                );
            };
            let Some(secret) = get("client_secret") else {
                return entra_error(
                    app,
                    401,
                    "invalid_client",
                    7000218,
                    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
                );
            };
            if secret != sp.secret {
                return entra_error(
                    app,
                    401,
                    "invalid_client",
                    7000215,
                    &format!(
                        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{}'.",
                        sp.app_id
                    ),
                );
            }
            let p = Principal::App {
                app_id: sp.app_id.clone(),
                oid: sp.object_id.clone(),
                name: sp.display_name.clone(),
            };
            app_token(app, get("scope"), &p, &tenant, &granted)
        }
        Some("refresh_token") => {
            let user = match refresh_grant_user(app, get("refresh_token")) {
                Ok(u) => u,
                Err(r) => return r,
            };
            let aud = match audience(app, get("scope")) {
                Ok(a) => a,
                Err(r) => return r,
            };
            let rt = app.issuer.refresh_token(&user.object_id, &tenant).ok();
            let mut resp = token_response(app, &user_principal(user), &aud, &tenant, rt, &granted);
            add_sign_in(app, &mut resp, user, &form);
            resp
        }
        Some("password") => password_grant(app, &form, &granted),
        other => entra_error(
            app,
            400,
            "unsupported_grant_type",
            70003,
            &format!(
                "The app requested an unsupported grant type '{}'.",
                other.unwrap_or("")
            ),
        ),
    }
}

/// The seeded user a refresh token was issued to, or Entra's `invalid_grant` answer: `AADSTS9002313` for a
/// token Entra cannot read, `AADSTS50173` for one issued before the user's sessions were revoked.
fn refresh_grant_user<'a>(
    app: &'a App,
    token: Option<&str>,
) -> Result<&'a crate::seed::User, Resp> {
    use crate::tokens::RefreshRefused;
    let refused = |code: u32, text: &str| entra_error(app, 400, "invalid_grant", code, text);
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(entra_error(
            app,
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'refresh_token'.",
        ));
    };
    let oid = match app.issuer.refresh_token_oid(token) {
        Ok(oid) => oid,
        Err(RefreshRefused::Unknown) => {
            return Err(refused(
                9002313,
                "Invalid request. Request is malformed or invalid.",
            ));
        }
        Err(RefreshRefused::Revoked {
            issued_ms,
            valid_from_ms,
        }) => {
            let at = |ms: i64| {
                time::OffsetDateTime::from_unix_timestamp(ms / 1000)
                    .ok()
                    .and_then(|t| {
                        t.format(&time::format_description::well_known::Rfc3339)
                            .ok()
                    })
                    .unwrap_or_default()
            };
            return Err(refused(
                50173,
                &format!(
                    "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '{}' and the TokensValidFrom date (before which tokens are not valid) for this user is '{}'.",
                    at(issued_ms),
                    at(valid_from_ms)
                ),
            ));
        }
    };
    app.seed
        .users
        .iter()
        .find(|u| u.object_id == oid)
        .ok_or_else(|| {
            refused(
                50034,
                "The user account {EUII Hidden} does not exist in the directory. To sign into this application, the account must be added to the directory.",
            )
        })
}

/// `client_credentials` with a `jwt-bearer` `client_assertion` (workload identity): a token of the user-assigned
/// identity `client_id` when one of its federated credentials trusts the assertion.
fn federated_grant(app: &App, form: &[(String, String)], granted: &Granted) -> Resp {
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if get("client_assertion_type") != Some(crate::arm::federated::JWT_BEARER) {
        return entra_error(
            app,
            400,
            "invalid_request",
            50027,
            "The client_assertion_type is not supported; use urn:ietf:params:oauth:client-assertion-type:jwt-bearer.",
        );
    }
    let Some(assertion) = get("client_assertion").filter(|a| !a.is_empty()) else {
        return entra_error(
            app,
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'client_assertion'.",
        );
    };
    let mi = match crate::arm::federated::exchange(app, get("client_id").unwrap_or(""), assertion) {
        Ok(mi) => mi,
        Err(r) => return entra_error(app, 400, r.error, r.code, &r.text),
    };
    app_token(
        app,
        get("scope"),
        &identity_principal(&mi),
        &app.seed.tenant.id,
        granted,
    )
}

/// An application's token (a service principal's or managed identity's, no refresh token) for the requested
/// scope, or Entra's error for a scope it does not know.
fn app_token(
    app: &App,
    scope: Option<&str>,
    p: &Principal,
    tenant: &str,
    granted: &Granted,
) -> Resp {
    match audience(app, scope) {
        Ok(aud) => token_response(app, p, &aud, tenant, None, granted),
        Err(r) => r,
    }
}

/// The token principal of a seeded user-assigned managed identity.
pub(super) fn identity_principal(m: &crate::seed::ManagedIdentity) -> Principal {
    Principal::App {
        app_id: m.client_id.clone(),
        oid: m.principal_id.clone(),
        name: m.display_name.clone(),
    }
}

/// `grant_type=password` (ROPC, `az login -u … -p …`): a seeded user with a `password` in the seed.
fn password_grant(app: &App, form: &[(String, String)], granted: &Granted) -> Resp {
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let tenant = app.seed.tenant.id.clone();
    for field in ["username", "password"] {
        if get(field).is_none_or(str::is_empty) {
            return entra_error(
                app,
                400,
                "invalid_request",
                900144,
                &format!("The request body must contain the following parameter: '{field}'."),
            );
        }
    }
    let (username, password) = (get("username").unwrap_or(""), get("password").unwrap_or(""));
    let Some(user) = app.seed.user_by_name(username) else {
        return entra_error(
            app,
            400,
            "invalid_grant",
            50034,
            &format!(
                "The user account {{EUII Hidden}} does not exist in the {tenant} directory. To sign into this application, the account must be added to the directory."
            ),
        );
    };
    if user.password.as_deref() != Some(password) {
        return entra_error(
            app,
            400,
            "invalid_grant",
            50126,
            "Error validating credentials due to invalid username or password.",
        );
    }
    let aud = match audience(app, get("scope")) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let rt = app.issuer.refresh_token(&user.object_id, &tenant).ok();
    let mut resp = token_response(app, &user_principal(user), &aud, &tenant, rt, granted);
    add_sign_in(app, &mut resp, user, form);
    resp
}

/// What MSAL needs to build an account from a user token response: `id_token` (scope `openid`) and `client_info`
/// (`client_info=1`: base64url of `{"uid": oid, "utid": tid}`).
fn add_sign_in(app: &App, resp: &mut Resp, user: &crate::seed::User, form: &[(String, String)]) {
    use base64::Engine;
    if resp.status != 200 {
        return;
    }
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let Ok(mut body) = serde_json::from_slice::<Value>(&resp.body) else {
        return;
    };
    let tenant = &app.seed.tenant.id;
    if get("scope").is_some_and(|s| s.split_whitespace().any(|x| x == "openid")) {
        let client = get("client_id").unwrap_or(crate::tokens::AZ_CLI_APP_ID);
        let issuer = format!("{}/{tenant}/v2.0", app.base);
        if let Ok(t) = app
            .issuer
            .id_token(&user_principal(user), client, tenant, &issuer)
        {
            body["id_token"] = json!(t);
        }
    }
    if get("client_info") == Some("1") {
        let info = json!({"uid": user.object_id, "utid": tenant}).to_string();
        body["client_info"] =
            json!(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(info.as_bytes()));
    }
    if let Ok(bytes) = serde_json::to_vec(&body) {
        resp.body = bytes;
    }
}

fn token_response(
    app: &App,
    p: &Principal,
    aud: &str,
    tenant: &str,
    refresh: Option<String>,
    granted: &Granted,
) -> Resp {
    let Ok((token, exp)) = app.issuer.access_token(p, aud, tenant, granted) else {
        return Resp::empty(500);
    };
    let left = (exp - now()).max(0);
    let mut body = json!({
        "token_type": "Bearer",
        "scope": format!("{aud}/.default"),
        "expires_in": left,
        "ext_expires_in": left,
        "access_token": token
    });
    if let (Some(rt), Value::Object(m)) = (refresh, &mut body) {
        m.insert("refresh_token".into(), json!(rt));
    }
    Resp::json(200, &body).with("Cache-Control", "no-store, no-cache")
}
