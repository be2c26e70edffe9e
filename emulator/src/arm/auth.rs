//! ARM's bearer-token check: a valid, unexpired token of the emulator's issuer for one of ARM's audiences that
//! meets every claims challenge its session was sent (`cae`), else ARM's 401 with its RFC 6750 challenge; and
//! ARM's Continuous Access Evaluation claims challenge itself.

use base64::Engine as _;
use serde_json::Value;

use super::errors::arm_error;
use crate::app::App;
use crate::http::{Req, Resp};
use crate::tokens::Invalid;

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

/// ARM's answer to a token that Continuous Access Evaluation no longer accepts (a revoked session, a Conditional
/// Access policy the token does not satisfy): 401, ARM's error envelope, and a challenge whose `claims` parameter
/// is the claims request the client must send Entra for a new token, base64 (standard alphabet, padded, as ARM
/// sends it).
pub fn claims_challenge(claims: &Value) -> Resp {
    let encoded = base64::engine::general_purpose::STANDARD.encode(claims.to_string());
    arm_error(
        401,
        "InvalidAuthenticationToken",
        "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp",
    )
    .with(
        "WWW-Authenticate",
        format!(
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", error=\"insufficient_claims\", claims=\"{encoded}\""
        ),
    )
}

/// The token's claims, or ARM's 401: also the claims challenge again while the token does not meet one its
/// session was sent, as ARM keeps refusing a revoked session's older tokens.
pub fn authenticate(app: &App, req: &Req) -> Result<Value, Resp> {
    if req.header("authorization").is_none() {
        return Err(unauthorized(
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is missing.",
        ));
    }
    let Some(token) = req.bearer() else {
        return Err(unauthorized(
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        ));
    };
    let claims = match app.issuer.verify_access(token) {
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
    if let Some(challenge) = crate::cae::unmet(app, &claims) {
        return Err(claims_challenge(&challenge));
    }
    Ok(claims)
}
