//! Redeeming az's refresh token for a scope at the cloud's authority — the one request MSAL sends for az when its
//! cache holds no access token for the scope: `POST {authority}/{tenant}/oauth2/v2.0/token` with the Azure CLI's
//! client id, `grant_type=refresh_token`, the scope with MSAL's `offline_access openid profile`, `client_info=1`
//! and the CAE client capability az declares (`claims={"access_token": {"xms_cc": {"values": ["CP1"]}}}`, left
//! out when `AZURE_IDENTITY_DISABLE_CP1` is set, as az does), routed by `X-AnchorMailbox: Oid:{oid}@{tenant}`.
//! For a service's claims challenge the challenge's claims go instead, with the capability merged into their
//! `access_token` as MSAL merges them. The answer's access token is the result; its new refresh token is not
//! kept (az's cache is never written).

use std::time::Instant;

use base64::Engine as _;

use super::az_session::{AZ_CLIENT_ID, AzSession, Unusable};
use super::{AccessToken, Secret};
use crate::http::LazyClient;
use crate::output::log;
use crate::settings::Env;

/// The claims az sends with every token request (MSAL's `client_capabilities=["CP1"]`).
const CP1_CLAIMS: &str = r#"{"access_token": {"xms_cc": {"values": ["CP1"]}}}"#;

/// The `claims` parameter az's MSAL sends: the challenge's claims (JSON) with the CP1 capability set in their
/// `access_token` (MSAL's merge: other claims kept, `xms_cc` replaced), or the capability alone; without the
/// capability (`AZURE_IDENTITY_DISABLE_CP1`) the challenge's claims as they are, or none. Claims that are not a
/// JSON object are sent as they came.
fn claims_param(env: &Env, challenge: Option<&str>) -> Option<String> {
    let capable = env.get("AZURE_IDENTITY_DISABLE_CP1").is_none();
    let Some(challenge) = challenge else {
        return capable.then(|| CP1_CLAIMS.to_owned());
    };
    if !capable {
        return Some(challenge.to_owned());
    }
    match serde_json::from_str::<serde_json::Value>(challenge) {
        Ok(serde_json::Value::Object(mut claims)) => {
            let access = claims
                .entry("access_token")
                .or_insert_with(|| serde_json::json!({}));
            if let serde_json::Value::Object(access) = access {
                access.insert("xms_cc".to_owned(), serde_json::json!({"values": ["CP1"]}));
            }
            Some(serde_json::Value::Object(claims).to_string())
        }
        _ => Some(challenge.to_owned()),
    }
}

/// az's advice when no token with a challenge's claims can be had silently (azure-cli's `aad_error_handler`,
/// shown as a warning during a challenge): sign out, then sign in for the scope with the claims, base64.
pub(crate) fn claims_login_advice(tenant: Option<&str>, scope: &str, claims: &str) -> String {
    let tenant = tenant
        .map(|t| format!(" --tenant \"{t}\""))
        .unwrap_or_default();
    let encoded = base64::engine::general_purpose::STANDARD.encode(claims);
    format!(
        "Run the command below to authenticate interactively; additional arguments may be added as needed:\n\
         az logout\naz login{tenant} --scope \"{scope}\" --claims-challenge \"{encoded}\""
    )
}

/// One refresh-token redemption for `scope`, with a service's claims challenge when there is one; `Unusable`
/// says why Entra gave no token (its error and text, or the transport's failure).
pub(crate) async fn redeem(
    client: &LazyClient,
    env: &Env,
    session: &AzSession,
    refresh_token: &Secret,
    scope: &str,
    challenge: Option<&str>,
    now: i64,
) -> Result<AccessToken, Unusable> {
    let url = format!(
        "{}/{}/oauth2/v2.0/token",
        session.authority.trim_end_matches('/'),
        session.tenant
    );
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("client_id", AZ_CLIENT_ID)
        .append_pair("grant_type", "refresh_token")
        .append_pair("refresh_token", refresh_token.expose())
        .append_pair("scope", &format!("{scope} offline_access openid profile"))
        .append_pair("client_info", "1");
    if let Some(claims) = claims_param(env, challenge) {
        form.append_pair("claims", &claims);
    }
    let body = Secret::new(form.finish());
    let client = client
        .get()
        .map_err(|e| Unusable(format!("no HTTP client: {e}")))?;
    let started = Instant::now();
    let answer = client
        .post(&url)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(
            "X-AnchorMailbox",
            format!("Oid:{}", session.home_account_id.replace('.', "@")),
        )
        .body(body.expose().to_owned())
        .send()
        .await
        .map_err(|e| {
            Unusable(format!(
                "the refresh token request failed: {}",
                crate::http::client::transport_text(&e)
            ))
        })?;
    let status = answer.status();
    log::debug(&format!(
        "POST {url} (az's refresh token) -> {} in {} ms",
        status.as_u16(),
        started.elapsed().as_millis()
    ));
    let bytes = answer
        .bytes()
        .await
        .map_err(|e| Unusable(format!("the refresh token answer was cut off: {e}")))?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if !status.is_success() {
        return Err(Unusable(refusal(status.as_u16(), &v)));
    }
    let token = v["access_token"]
        .as_str()
        .ok_or_else(|| Unusable("Entra's answer has no access token".to_owned()))?;
    let expires_in = match &v["expires_in"] {
        serde_json::Value::Number(n) => n.as_i64(),
        serde_json::Value::String(s) => s.parse().ok(),
        _ => None,
    }
    .unwrap_or(600);
    Ok(AccessToken::bearer(Secret::new(token), now + expires_in))
}

/// Entra's refusal in a line: `invalid_grant: AADSTS50173: The provided grant …` (without the trace ids).
fn refusal(status: u16, v: &serde_json::Value) -> String {
    let error = v["error"].as_str().unwrap_or("no error code");
    let text = v["error_description"].as_str().unwrap_or("");
    let text = text.split(" Trace ID:").next().unwrap_or(text);
    let text = text.lines().next().unwrap_or("").trim();
    if text.is_empty() {
        format!("Entra refused az's refresh token ({status} {error})")
    } else {
        format!("Entra refused az's refresh token ({status} {error}: {text})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_entra_refusals_without_trace_ids() {
        let v = serde_json::json!({
            "error": "invalid_grant",
            "error_description": "AADSTS50173: The provided grant has expired due to it being revoked. Trace ID: x Correlation ID: y"
        });
        assert_eq!(
            refusal(400, &v),
            "Entra refused az's refresh token (400 invalid_grant: AADSTS50173: The provided grant has expired due to it being revoked.)"
        );
        assert_eq!(
            refusal(503, &serde_json::Value::Null),
            "Entra refused az's refresh token (503 no error code)"
        );
    }

    #[test]
    fn merges_the_cae_capability_into_a_challenges_claims_as_msal_does() {
        let env = Env::from_pairs(&[]);
        assert_eq!(claims_param(&env, None).as_deref(), Some(CP1_CLAIMS));
        let challenge = r#"{"access_token":{"nbf":{"essential":true,"value":"1726077595"},"xms_cc":{"values":["x"]}},"id_token":{"auth_time":{"essential":true}}}"#;
        assert_eq!(
            claims_param(&env, Some(challenge)).as_deref(),
            Some(
                r#"{"access_token":{"nbf":{"essential":true,"value":"1726077595"},"xms_cc":{"values":["CP1"]}},"id_token":{"auth_time":{"essential":true}}}"#
            )
        );
        assert_eq!(
            claims_param(&env, Some(r#"{"id_token":{}}"#)).as_deref(),
            Some(r#"{"id_token":{},"access_token":{"xms_cc":{"values":["CP1"]}}}"#)
        );
        let off = Env::from_pairs(&[("AZURE_IDENTITY_DISABLE_CP1", "1")]);
        assert_eq!(claims_param(&off, None), None);
        assert_eq!(
            claims_param(&off, Some(challenge)).as_deref(),
            Some(challenge)
        );
    }

    #[test]
    fn advises_signing_in_with_the_claims_like_az() {
        assert_eq!(
            claims_login_advice(
                Some("t1"),
                "https://management.core.windows.net//.default",
                r#"{"a":1}"#
            ),
            "Run the command below to authenticate interactively; additional arguments may be added as needed:\n\
             az logout\naz login --tenant \"t1\" --scope \"https://management.core.windows.net//.default\" \
             --claims-challenge \"eyJhIjoxfQ==\""
        );
    }
}
