//! `ArmClient` when ARM refuses a token: an expired token is replaced once and the request sent again; a token
//! refused twice, and other 401s, are the answer.

use std::sync::Arc;

use serde_json::json;

use super::server::{Reply, ok, serve};
use super::test_settings;
use crate::arm::{ApiRequest, ArmClient, Method};
use crate::auth::fake_az::{FakeAz, signed_in};
use crate::auth::{AuthSource, TokenProvider};

/// A client whose tokens come from a fake az printing a new token each run (az login source, no disk cache).
fn client_with_tokens(base: &str) -> (ArmClient, Arc<FakeAz>) {
    let az = Arc::new(FakeAz::new_token_each_run());
    let http = reqwest::Client::builder().build().expect("client");
    let mut settings = test_settings(base);
    settings.profile = signed_in();
    let tokens = Arc::new(
        TokenProvider::new(&settings, AuthSource::Cli, http.clone(), false)
            .with_executor(az.clone()),
    );
    let c = ArmClient::new(http, &settings.cloud, tokens, None).expect("arm client");
    (c, az)
}

fn expired() -> Reply {
    Reply::Http(
        401,
        vec![(
            "WWW-Authenticate",
            r#"Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The access token has expired.""#.into(),
        )],
        r#"{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '1/1/2026 10:00:00' is earlier than current UTC time '1/1/2026 10:00:05'."}}"#.into(),
    )
}

fn authed(c: &ArmClient, base: &str, path: &str) -> ApiRequest {
    ApiRequest::new(
        Method::GET,
        format!("{base}{path}"),
        Some(c.arm_scope().to_owned()),
    )
}

#[tokio::test]
async fn an_expired_token_is_replaced_and_the_request_sent_once_more() {
    let (base, seen) = serve(vec![expired(), ok(json!({"a": 1}))]).await;
    let (c, az) = client_with_tokens(&base);
    let resp = c
        .send_ok(&authed(&c, &base, "/x"), None)
        .await
        .expect("ok with the new token");
    assert_eq!(resp.status, 200);
    assert_eq!(
        *seen.lock().expect("log"),
        ["GET /x Bearer tok-1", "GET /x Bearer tok-2"]
    );
    assert_eq!(az.runs.load(std::sync::atomic::Ordering::SeqCst), 2);
    // The memo holds the new token: the next request uses it without another fetch.
    let (base2, seen2) = serve(vec![ok(json!({}))]).await;
    c.send_ok(&authed(&c, &base2, "/y"), None)
        .await
        .expect("ok");
    assert_eq!(*seen2.lock().expect("log"), ["GET /y Bearer tok-2"]);
}

#[tokio::test]
async fn a_token_refused_twice_is_the_answer() {
    let (base, seen) = serve(vec![expired(), expired(), ok(json!({}))]).await;
    let (c, az) = client_with_tokens(&base);
    let err = c
        .send_ok(&authed(&c, &base, "/x"), None)
        .await
        .expect_err("refused twice");
    assert_eq!(err.status(), Some(401));
    assert!(
        err.to_string()
            .starts_with("(ExpiredAuthenticationToken) The access token expiry UTC time"),
        "{err}"
    );
    assert_eq!(seen.lock().expect("log").len(), 2, "one refresh, no more");
    assert_eq!(az.runs.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn other_401s_are_not_retried() {
    let audience = Reply::Http(
        401,
        vec![],
        r#"{"error":{"code":"InvalidAuthenticationTokenAudience","message":"wrong audience"}}"#
            .into(),
    );
    let (base, seen) = serve(vec![audience, ok(json!({}))]).await;
    let (c, az) = client_with_tokens(&base);
    let err = c
        .send_ok(&authed(&c, &base, "/x"), None)
        .await
        .expect_err("401");
    assert_eq!(err.code(), Some("InvalidAuthenticationTokenAudience"));
    assert_eq!(seen.lock().expect("log").len(), 1);
    assert_eq!(az.runs.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[test]
fn recognises_refused_tokens() {
    let none = reqwest::header::HeaderMap::new();
    let graph = br#"{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}"#;
    assert_eq!(
        crate::arm::token_refused(401, &none, graph).as_deref(),
        Some("InvalidAuthenticationToken")
    );
    assert_eq!(crate::arm::token_refused(403, &none, graph), None);
    let mut challenge = reqwest::header::HeaderMap::new();
    challenge.insert(
        "www-authenticate",
        r#"Bearer error = "invalid_token""#.parse().expect("header"),
    );
    assert!(crate::arm::token_refused(401, &challenge, b"not json").is_some());
    assert_eq!(crate::arm::token_refused(401, &none, b"{}"), None);
}

/// ARM's Continuous Access Evaluation challenge for claims `{"a":1}` (base64 `eyJhIjoxfQ==`).
fn cae_challenge() -> Reply {
    Reply::Http(
        401,
        vec![(
            "WWW-Authenticate",
            r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhIjoxfQ==""#.into(),
        )],
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in challenge"}}"#.into(),
    )
}

#[tokio::test]
async fn a_claims_challenge_az_cannot_answer_is_the_answer_without_a_plain_refresh() {
    // The fake az's profile has no MSAL cache: no token with the claims can be had silently, so ARM's 401 is
    // the answer — no second request, and no claims-less token from az (which the service would refuse again).
    let (base, seen) = serve(vec![cae_challenge(), ok(json!({}))]).await;
    let (c, az) = client_with_tokens(&base);
    let answer = c.send(&authed(&c, &base, "/x")).await.expect("an answer");
    assert_eq!(
        (
            answer.status,
            az.runs.load(std::sync::atomic::Ordering::SeqCst)
        ),
        (401, 1)
    );
    assert_eq!(*seen.lock().expect("log"), ["GET /x Bearer tok-1"]);
}

#[test]
fn reads_claims_challenges_as_azure_mgmt_core_does() {
    let header = |v: &str| {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("www-authenticate", v.parse().expect("header"));
        h
    };
    let claims = r#"{"access_token":{"nbf":{"essential":true,"value":"1726077595"}}}"#;
    let padded =
        "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxNzI2MDc3NTk1In19fQ==";
    let ok = header(&format!(
        r#"Bearer realm="", error="insufficient_claims", claims="{padded}""#
    ));
    assert_eq!(
        crate::arm::claims_challenge(401, &ok).as_deref(),
        Some(claims)
    );
    assert_eq!(crate::arm::claims_challenge(403, &ok), None);
    // URL-safe alphabet without padding, as azure-mgmt-core accepts it.
    let unpadded = header(&format!(
        r#"Bearer error="invalid_token", claims="{}""#,
        padded.trim_end_matches('=')
    ));
    assert_eq!(
        crate::arm::claims_challenge(401, &unpadded).as_deref(),
        Some(claims)
    );
    // Two claims parameters (one per tenant) are not answered; nor is a challenge without claims.
    let two = header(r#"Bearer claims="eyJhIjoxfQ==", Bearer claims="eyJhIjoxfQ==""#);
    assert_eq!(crate::arm::claims_challenge(401, &two), None);
    let plain = header(r#"Bearer error="invalid_token""#);
    assert_eq!(crate::arm::claims_challenge(401, &plain), None);
    assert_eq!(
        crate::arm::claims_challenge(401, &header(r#"Bearer claims="%%%""#)),
        None
    );
}
