//! Continuous access evaluation (CAE) on both sides: the claims request a token request carries (Entra's `claims`
//! parameter, an OpenID Connect Core §5.5 claims request) and what of it goes into the access token; and the claims
//! challenges ARM has sent a session, which from then on only tokens satisfying them pass (until `POST /reset`).

use serde_json::{Map, Value, json};

use crate::app::App;

/// How far ahead of now a requested `nbf` is honoured: Entra's clock-skew allowance.
const SKEW_SECS: i64 = 300;

/// A `claims` parameter that is not a claims request: not a JSON object, or a member that is not an object of
/// claim requests (each `null` or an object).
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed;

/// What a token request's claims request puts into the access token. Entra issues the client capabilities it knows
/// (`xms_cc`, only `cp1`; values as sent), a CAE revocation's `nbf` (the token is not valid before the revocation)
/// and an authentication context (`acrs`); other requested claims are not issued (OpenID Connect lets a provider
/// leave requested claims out), so a challenge for them cannot be met.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Granted {
    capabilities: Vec<String>,
    not_before: Option<i64>,
    contexts: Vec<String>,
}

impl Granted {
    /// What az asks for in every token request: MSAL's client capability `CP1` (az leaves it out when
    /// `AZURE_IDENTITY_DISABLE_CP1` is set).
    pub fn cp1() -> Self {
        Granted {
            capabilities: vec!["CP1".to_owned()],
            ..Granted::default()
        }
    }

    /// The `claims` form parameter read as Entra reads it; absent or empty asks for nothing.
    pub fn from_param(raw: Option<&str>) -> Result<Self, Malformed> {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
            return Ok(Granted::default());
        };
        let Ok(Value::Object(request)) = serde_json::from_str::<Value>(raw) else {
            return Err(Malformed);
        };
        for member in request.values() {
            let Value::Object(claims) = member else {
                return Err(Malformed);
            };
            if !claims.values().all(|c| c.is_null() || c.is_object()) {
                return Err(Malformed);
            }
        }
        let Some(Value::Object(access)) = request.get("access_token") else {
            return Ok(Granted::default());
        };
        Ok(Granted {
            capabilities: asked(access.get("xms_cc"))
                .into_iter()
                .filter(|c| c.eq_ignore_ascii_case("cp1"))
                .collect(),
            not_before: asked(access.get("nbf"))
                .first()
                .and_then(|v| v.parse().ok()),
            contexts: asked(access.get("acrs")),
        })
    }

    /// Puts the granted claims into an access token's payload whose `nbf` is its generation's `iat`: a requested
    /// `nbf` later than that (up to the clock skew past now) replaces it, so the token is newer than a revocation.
    pub fn stamp(&self, payload: &mut Map<String, Value>, iat: i64) {
        if let Some(nbf) = self.not_before {
            let nbf = nbf.min(crate::tokens::now() + SKEW_SECS).max(iat);
            payload.insert("nbf".into(), json!(nbf));
        }
        if !self.contexts.is_empty() {
            payload.insert("acrs".into(), json!(self.contexts));
        }
        if !self.capabilities.is_empty() {
            payload.insert("xms_cc".into(), json!(self.capabilities));
        }
    }
}

/// The values one claim request asks for (`value`, or `values`), as text.
fn asked(claim: Option<&Value>) -> Vec<String> {
    let Some(claim) = claim else {
        return Vec::new();
    };
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match (&claim["value"], &claim["values"]) {
        (Value::Null, Value::Array(values)) => values.iter().filter_map(text).collect(),
        (value, _) => text(value).into_iter().collect(),
    }
}

/// The claims of ARM's challenge when Continuous Access Evaluation revoked a session: tokens not valid before the
/// revocation are refused (`nbf` essential), with the CAE error code ARM's challenges carry. The revocation comes
/// after the presented token's `nbf`, so that token is refused even when it was issued in the same second.
pub fn revocation(presented: Option<&Value>) -> Value {
    let after_presented = presented
        .and_then(|t| t["nbf"].as_i64())
        .map_or(i64::MIN, |nbf| nbf + 1);
    let at = crate::tokens::now().max(after_presented);
    json!({"access_token": {
        "nbf": {"essential": true, "value": at.to_string()},
        "xms_caeerror": {"value": "10012"}
    }})
}

/// Whether an access token's claims meet a challenge: every essential claim its `access_token` asks for — `nbf`
/// no earlier than the value, any other claim holding the value or one of the values.
pub fn satisfies(token: &Value, challenge: &Value) -> bool {
    let Some(access) = challenge["access_token"].as_object() else {
        return true;
    };
    access
        .iter()
        .filter(|(_, c)| c["essential"] == true)
        .all(|(name, c)| {
            let wanted = asked(Some(c));
            if name == "nbf" {
                let at_least = wanted.first().and_then(|v| v.parse::<i64>().ok());
                return at_least.is_some_and(|v| token["nbf"].as_i64().is_some_and(|n| n >= v));
            }
            let have = &token[name.as_str()];
            if wanted.is_empty() {
                return !have.is_null();
            }
            wanted.iter().any(|w| holds(have, w))
        })
}

/// Whether a claim's value is `wanted` or, for a multi-valued claim, contains it.
fn holds(have: &Value, wanted: &str) -> bool {
    match have {
        Value::String(s) => s == wanted,
        Value::Number(n) => n.to_string() == wanted,
        Value::Array(items) => items.iter().any(|i| holds(i, wanted)),
        _ => false,
    }
}

/// Records that ARM challenged the session of `oid` with `claims`.
pub fn record(app: &App, oid: &str, claims: &Value) {
    let mut w = app.world();
    let challenges = w.challenges.entry(oid.to_ascii_lowercase()).or_default();
    if !challenges.contains(claims) {
        challenges.push(claims.clone());
    }
}

/// The first challenge of the token's session that the token does not satisfy.
pub fn unmet(app: &App, token: &Value) -> Option<Value> {
    let oid = token["oid"].as_str()?.to_ascii_lowercase();
    let w = app.world();
    w.challenges
        .get(&oid)?
        .iter()
        .find(|c| !satisfies(token, c))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_for(claims: &str, iat: i64) -> Value {
        let mut payload = Map::new();
        payload.insert("nbf".into(), json!(iat));
        Granted::from_param(Some(claims))
            .expect("claims request")
            .stamp(&mut payload, iat);
        Value::Object(payload)
    }

    #[test]
    fn reads_what_msal_sends_for_az() {
        let granted =
            Granted::from_param(Some(r#"{"access_token": {"xms_cc": {"values": ["CP1"]}}}"#));
        assert_eq!(granted, Ok(Granted::cp1()));
        assert_eq!(Granted::from_param(None), Ok(Granted::default()));
        let unknown =
            Granted::from_param(Some(r#"{"access_token":{"xms_cc":{"values":["foo"]}}}"#));
        assert_eq!(unknown, Ok(Granted::default()));
    }

    #[test]
    fn refuses_what_is_not_a_claims_request() {
        for raw in [
            "{not json",
            "[]",
            "\"x\"",
            r#"{"access_token": 1}"#,
            r#"{"access_token": {"nbf": "1"}}"#,
        ] {
            assert_eq!(Granted::from_param(Some(raw)), Err(Malformed), "{raw}");
        }
    }

    #[test]
    fn a_token_for_the_challenges_claims_meets_it_and_an_older_one_does_not() {
        let now = crate::tokens::now();
        let iat = now - 60;
        let old = json!({"nbf": iat, "oid": "o"});
        let challenge = revocation(Some(&old));
        assert!(!satisfies(&old, &challenge));
        // MSAL's merge of the challenge and az's capability.
        let mut merged = challenge.clone();
        merged["access_token"]["xms_cc"] = json!({"values": ["CP1"]});
        let fresh = token_for(&merged.to_string(), iat);
        assert!(satisfies(&fresh, &challenge));
        assert_eq!(fresh["xms_cc"], json!(["CP1"]));
        assert!(!satisfies(
            &token_for(r#"{"access_token":{"xms_cc":{"values":["CP1"]}}}"#, iat),
            &challenge
        ));

        let context = json!({"access_token": {"acrs": {"essential": true, "value": "c1"}}});
        assert!(satisfies(&token_for(&context.to_string(), iat), &context));
        assert!(!satisfies(&old, &context));
    }
}
