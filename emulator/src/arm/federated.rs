//! Microsoft.ManagedIdentity: user-assigned identities (in `user_identities.rs`) and their federated identity credentials
//! (`…/userAssignedIdentities/{n}/federatedIdentityCredentials[/{name}]`: list, GET, PUT, DELETE), and Entra's
//! workload-identity token exchange that trusts them: a `client_credentials` request for the identity's client id
//! with a `jwt-bearer` `client_assertion` gets the identity's access token only when the assertion is signed by a
//! known issuer and one of the identity's credentials names its issuer, subject and audience.

use serde_json::{Value, json};

use super::errors::{arm_not_found, bad_request, invalid_body, method_not_allowed, no_route};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::tokens::Invalid;

const TYPE: &str = "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials";
pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// A federated identity credential as the world holds it.
#[derive(Debug, Clone)]
pub struct FederatedCredential {
    /// The identity's resource id, as the RP spells it.
    pub identity_id: String,
    pub name: String,
    pub issuer: String,
    pub subject: String,
    pub audiences: Vec<String>,
}

impl FederatedCredential {
    pub fn id(&self) -> String {
        format!(
            "{}/federatedIdentityCredentials/{}",
            self.identity_id, self.name
        )
    }

    /// The world key: the lower-cased id.
    pub fn key(&self) -> String {
        self.id().to_ascii_lowercase()
    }

    pub fn body(&self) -> Value {
        json!({"id": self.id(), "name": self.name, "type": TYPE,
            "properties": {"issuer": self.issuer, "subject": self.subject, "audiences": self.audiences}})
    }
}

/// The routes of Microsoft.ManagedIdentity.
pub fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    match (&p.scope, p.lower.as_slice()) {
        (
            Scope::Group(g),
            [
                "userassignedidentities",
                _,
                "federatedidentitycredentials",
                rest @ ..,
            ],
        ) if rest.len() <= 1 => {
            let Some(identity_id) = identity_id(ctx.app, &g.sub, &g.name, &p.segs[1]) else {
                return arm_not_found(
                    "Microsoft.ManagedIdentity/userAssignedIdentities",
                    &p.segs[1],
                    &g.name,
                );
            };
            match rest {
                [] if ctx.req.method == "GET" => list(ctx.app, &identity_id),
                [] => method_not_allowed(ctx.req),
                [_] => one(ctx, identity_id, &p.segs[3]),
                _ => no_route(ctx.req),
            }
        }
        _ => super::user_identities::route(ctx, p),
    }
}

/// The resource id of a seeded user-assigned identity in a group, by name.
fn identity_id(app: &App, sub: &str, rg: &str, name: &str) -> Option<String> {
    super::user_identities::all(app)
        .into_iter()
        .find(|(s, g, m)| {
            s.eq_ignore_ascii_case(sub)
                && g.eq_ignore_ascii_case(rg)
                && m.display_name.eq_ignore_ascii_case(name)
        })
        .map(|(s, g, m)| super::user_identities::id(&s, &g, &m.display_name))
}

/// The resource id of the seeded user-assigned identity with this client id.
pub fn identity_id_of_client(app: &App, client_id: &str) -> Option<String> {
    super::user_identities::all(app)
        .into_iter()
        .find(|(_, _, m)| m.client_id.eq_ignore_ascii_case(client_id))
        .map(|(s, g, m)| super::user_identities::id(&s, &g, &m.display_name))
}

/// The federated credentials of a user-assigned identity.
fn credentials_of(app: &App, identity_id: &str) -> Vec<FederatedCredential> {
    let prefix = format!("{identity_id}/federatedidentitycredentials/").to_ascii_lowercase();
    app.world()
        .federated
        .iter()
        .filter(|(k, _)| k.starts_with(&prefix))
        .map(|(_, f)| f.clone())
        .collect()
}

fn list(app: &App, identity_id: &str) -> Resp {
    let value: Vec<Value> = credentials_of(app, identity_id)
        .iter()
        .map(FederatedCredential::body)
        .collect();
    Resp::json(200, &json!({ "value": value }))
}

fn one(ctx: &Ctx<'_>, identity_id: String, name: &str) -> Resp {
    let key = format!("{identity_id}/federatedIdentityCredentials/{name}").to_ascii_lowercase();
    let existing = ctx.app.world().federated.get(&key).cloned();
    match ctx.req.method.as_str() {
        "GET" => match existing {
            Some(f) => Resp::json(200, &f.body()),
            None => arm_not_found(
                "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
                name,
                identity_id.split('/').nth(4).unwrap_or(""),
            ),
        },
        "DELETE" => {
            let removed = ctx.app.world().federated.remove(&key);
            Resp::empty(if removed.is_some() { 200 } else { 204 })
        }
        "PUT" => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let f = match credential(identity_id, name, &body["properties"]) {
                Ok(f) => f,
                Err(r) => return r,
            };
            let answer = f.body();
            ctx.app.world().federated.insert(key, f);
            Resp::json(if existing.is_some() { 200 } else { 201 }, &answer)
        }
        _ => method_not_allowed(ctx.req),
    }
}

/// A credential from a PUT's properties, checked as the RP checks them.
fn credential(identity_id: String, name: &str, p: &Value) -> Result<FederatedCredential, Resp> {
    let name_ok = (3..=120).contains(&name.len()) && crate::ids::is_word_name(name);
    if !name_ok {
        return Err(bad_request(
            "BadRequest",
            format!(
                "The federated identity credential name '{name}' is invalid: it must start with a letter or number, have 3 to 120 characters, and contain only letters, numbers, '-' and '_'."
            ),
        ));
    }
    let issuer = p["issuer"].as_str().unwrap_or("");
    let subject = p["subject"].as_str().unwrap_or("");
    let audiences: Vec<String> = p["audiences"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if !issuer.starts_with("https://") {
        return Err(bad_request(
            "BadRequest",
            "The issuer must be a valid URL using the https scheme.",
        ));
    }
    if subject.is_empty() {
        return Err(bad_request("BadRequest", "The subject is required."));
    }
    if audiences.len() != 1 {
        return Err(bad_request(
            "BadRequest",
            "Exactly one audience is required for a federated identity credential.",
        ));
    }
    Ok(FederatedCredential {
        identity_id,
        name: name.to_owned(),
        issuer: issuer.to_owned(),
        subject: subject.to_owned(),
        audiences,
    })
}

/// Why a client assertion was refused: Entra's error code and text.
pub struct Refused {
    pub code: u32,
    pub error: &'static str,
    pub text: String,
}

/// The user-assigned identity (seeded) that a `jwt-bearer` assertion for `client_id` may act as.
pub fn exchange(
    app: &App,
    client_id: &str,
    assertion: &str,
) -> Result<crate::seed::ManagedIdentity, Refused> {
    let refused = |code, error, text: String| Refused { code, error, text };
    let Some(mi) = app
        .seed
        .managed_identities
        .iter()
        .find(|m| m.client_id.eq_ignore_ascii_case(client_id))
        .cloned()
    else {
        return Err(refused(
            700016,
            "unauthorized_client",
            format!(
                "Application with identifier '{client_id}' was not found in the directory '{}'.",
                app.seed.tenant.display_name
            ),
        ));
    };
    let claims = match app.issuer.decode(assertion) {
        Ok(c) => c,
        Err(Invalid::Signature) => {
            return Err(refused(
                700027,
                "invalid_client",
                "Client assertion failed signature validation.".into(),
            ));
        }
        Err(_) => {
            return Err(refused(
                50027,
                "invalid_request",
                "JWT token is invalid or malformed.".into(),
            ));
        }
    };
    let t = crate::tokens::now();
    if claims["exp"].as_i64().is_none_or(|e| e <= t)
        || claims["nbf"].as_i64().is_some_and(|n| n > t + 300)
    {
        return Err(refused(
            700024,
            "invalid_client",
            "Client assertion is not within its valid time range.".into(),
        ));
    }
    let iss = claims["iss"].as_str().unwrap_or("");
    let sub = claims["sub"].as_str().unwrap_or("");
    let auds: Vec<&str> = match &claims["aud"] {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let Some(identity) = identity_id_of_client(app, client_id) else {
        return Err(refused(
            700016,
            "unauthorized_client",
            format!("Application with identifier '{client_id}' was not found in the directory."),
        ));
    };
    let creds = credentials_of(app, &identity);
    if !creds.iter().any(|f| f.issuer == iss) {
        return Err(refused(
            700211,
            "invalid_request",
            format!(
                "No matching federated identity record found for presented assertion issuer '{iss}'."
            ),
        ));
    }
    let matches = creds.iter().any(|f| {
        f.issuer == iss
            && f.subject == sub
            && auds.iter().any(|a| f.audiences.iter().any(|x| x == a))
    });
    if !matches {
        return Err(refused(
            70021,
            "invalid_request",
            format!(
                "No matching federated identity record found for presented assertion. Assertion Issuer: '{iss}'. Assertion Subject: '{sub}'. Assertion Audience: '{}'.",
                auds.join(",")
            ),
        ));
    }
    Ok(mi)
}
