//! ArmClient retry, long-running-operation, paging and error logic against a tiny scripted HTTP/1.1 server on
//! 127.0.0.1 (`server.rs`: each test serves a fixed list of replies, so every loop is bounded); refused tokens in
//! `tokens.rs`.

mod server;
mod tokens;

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use super::lro::FinalState;
use super::{ApiRequest, ArmClient, ArmError, HttpPolicy, Method};
use crate::auth::{AuthSource, TokenProvider};
use crate::settings::{AzConfig, Env, Profile, Settings};
use server::{Reply, ok, serve};

fn client(base: &str) -> ArmClient {
    client_with(base, reqwest::Client::builder().build().expect("client"))
}

/// Settings of a cloud whose ARM endpoint is `base`, with no az config, profile or environment.
fn test_settings(base: &str) -> Settings {
    let mut cloud = crate::settings::cloud::known_clouds().remove(0);
    cloud
        .endpoints
        .insert("resource_manager".to_owned(), format!("{base}/"));
    Settings {
        config_dir: std::env::temp_dir().join("azconn-arm-tests-unused"),
        config: AzConfig::default(),
        cloud,
        profile: Profile::default(),
        env: Env::default(),
    }
}

fn client_with(base: &str, http: reqwest::Client) -> ArmClient {
    let mut settings = test_settings(base);
    settings.cloud.name = "Test".to_owned();
    let tokens = Arc::new(TokenProvider::new(
        &settings,
        AuthSource::Env,
        http.clone(),
        false,
    ));
    let policy = HttpPolicy {
        max_retries: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(50),
        max_total_wait: Duration::from_secs(5),
        poll_interval: Duration::from_millis(1),
        max_poll_time: Duration::from_secs(10),
        max_pages: 5,
        max_body_bytes: 1024 * 1024,
        max_list_bytes: 4 * 1024,
    };
    ArmClient::new(http, &settings.cloud, tokens, None)
        .expect("arm client")
        .with_policy(policy)
}

fn get(base: &str, path: &str) -> ApiRequest {
    ApiRequest::new(Method::GET, format!("{base}{path}"), None)
}

/// Lists `path` from a server answering `replies`: its base URL, the items or the error, and the requests it saw.
async fn list_served(
    replies: Vec<Reply>,
    path: &str,
) -> (
    String,
    Result<Vec<serde_json::Value>, ArmError>,
    Arc<std::sync::Mutex<Vec<String>>>,
) {
    let (base, seen) = serve(replies).await;
    let result = client(&base).list_all(get(&base, path)).await;
    (base, result, seen)
}

#[tokio::test]
async fn retries_429_with_retry_after_then_succeeds() {
    let (base, seen) = serve(vec![
        Reply::Http(429, vec![("Retry-After", "0".into())], String::new()),
        ok(json!({"a": 1})),
    ])
    .await;
    let c = client(&base);
    let resp = c
        .send_ok(&get(&base, "/x"), None)
        .await
        .expect("ok after retry");
    assert_eq!(resp.json("x").expect("json"), Some(json!({"a": 1})));
    assert_eq!(seen.lock().expect("log").len(), 2);
}

#[tokio::test]
async fn retries_500_twice_and_a_reset_connection() {
    let (base, seen) = serve(vec![
        Reply::Http(500, vec![], String::new()),
        Reply::Reset,
        Reply::Http(503, vec![], String::new()),
        ok(json!({"ok": true})),
    ])
    .await;
    let c = client(&base);
    let resp = c
        .send_ok(&get(&base, "/y"), None)
        .await
        .expect("ok after retries");
    assert_eq!(resp.status, 200);
    assert_eq!(seen.lock().expect("log").len(), 4);
}

#[tokio::test]
async fn gives_up_after_the_retry_bound() {
    let replies = (0..6)
        .map(|_| {
            Reply::Http(
                500,
                vec![],
                r#"{"error":{"code":"Boom","message":"down"}}"#.into(),
            )
        })
        .collect();
    let (base, seen) = serve(replies).await;
    let err = client(&base)
        .send_ok(&get(&base, "/z"), None)
        .await
        .expect_err("fails");
    assert_eq!(err.to_string(), "(Boom) down\nCode: Boom\nMessage: down");
    assert_eq!(seen.lock().expect("log").len(), 4, "1 attempt + 3 retries");
}

#[tokio::test]
async fn not_found_envelope_is_exit_3() {
    let (base, _) = serve(vec![Reply::Http(
        404,
        vec![],
        r#"{"error":{"code":"ResourceNotFound","message":"gone"}}"#.into(),
    )])
    .await;
    let err = client(&base)
        .send_ok(&get(&base, "/db"), Some("/db"))
        .await
        .expect_err("404");
    assert!(err.is_not_found());
    let e: crate::error::Error = err.into();
    assert_eq!(e.exit_code(), 3);
    assert_eq!(
        e.to_string(),
        "(ResourceNotFound) gone\nCode: ResourceNotFound\nMessage: gone"
    );
}

#[tokio::test]
async fn lro_async_operation_in_progress_then_succeeded() {
    let (base, seen) = serve(vec![
        Reply::Http(
            201,
            vec![
                ("Azure-AsyncOperation", "{base}/op/1".into()),
                ("Retry-After", "0".into()),
            ],
            "{}".into(),
        ),
        ok(json!({"status": "InProgress"})),
        ok(json!({"status": "Succeeded"})),
        ok(json!({"name": "conn1", "properties": {"provisioningState": "Succeeded"}})),
    ])
    .await;
    let c = client(&base);
    let req =
        ApiRequest::new(Method::PUT, format!("{base}/res"), None).json(&json!({"properties": {}}));
    let out = c
        .long_running(&req, FinalState::OriginalUri, None)
        .await
        .expect("lro ok");
    assert_eq!(
        out.and_then(|v| v.get("name").cloned()),
        Some(json!("conn1"))
    );
    assert_eq!(
        *seen.lock().expect("log"),
        vec!["PUT /res", "GET /op/1", "GET /op/1", "GET /res"]
    );
}

#[tokio::test]
async fn lro_failed_reports_the_operation_error() {
    let (base, _) = serve(vec![
        Reply::Http(202, vec![("Azure-AsyncOperation", "{base}/op/2".into())], String::new()),
        ok(json!({"status": "Failed", "error": {"code": "Conflict", "message": "Deny public network access is set to yes."}})),
    ])
    .await;
    let req = ApiRequest::new(Method::PATCH, format!("{base}/srv"), None);
    let err = client(&base)
        .long_running(&req, FinalState::OriginalUri, None)
        .await
        .expect_err("failed");
    assert_eq!(
        err.to_string(),
        "(Conflict) Deny public network access is set to yes.\nCode: Conflict\nMessage: Deny public network access is set to yes."
    );
}

#[tokio::test]
async fn lro_location_polling_for_delete() {
    let (base, seen) = serve(vec![
        Reply::Http(
            202,
            vec![
                ("Location", "{base}/result/9".into()),
                ("Retry-After", "0".into()),
            ],
            String::new(),
        ),
        Reply::Http(202, vec![("Retry-After", "0".into())], String::new()),
        Reply::Http(204, vec![], String::new()),
    ])
    .await;
    let req = ApiRequest::new(Method::DELETE, format!("{base}/conn"), None);
    let out = client(&base)
        .long_running(&req, FinalState::None, None)
        .await
        .expect("deleted");
    assert_eq!(out, None);
    assert_eq!(
        *seen.lock().expect("log"),
        vec!["DELETE /conn", "GET /result/9", "GET /result/9"]
    );
}

#[tokio::test]
async fn pages_follow_next_link() {
    let pages = vec![
        ok(json!({"value": [{"n": 1}], "nextLink": "{base}/page2"})),
        ok(json!({"value": [{"n": 2}]})),
    ];
    let (_, items, seen) = list_served(pages, "/list").await;
    let items = items.expect("two pages");
    assert_eq!(items, vec![json!({"n": 1}), json!({"n": 2})]);
    assert_eq!(*seen.lock().expect("log"), vec!["GET /list", "GET /page2"]);
}

#[tokio::test]
async fn paging_stops_at_the_bound() {
    let pages = (0..6)
        .map(|i| ok(json!({"value": [i], "nextLink": format!("{{base}}/p{i}")})))
        .collect();
    let (_, result, seen) = list_served(pages, "/p").await;
    let err = result.expect_err("endless list");
    assert!(matches!(err, ArmError::Bound(_)), "{err:?}");
    assert_eq!(seen.lock().expect("log").len(), 5, "max_pages");
}

/// A 50 MB body ends in a clear error after at most the cap is read, with or without a
/// `Content-Length`, and is not retried.
#[tokio::test]
async fn a_50_mb_body_is_refused_at_the_cap() {
    for declare_length in [true, false] {
        let (base, seen) = serve(vec![Reply::Big {
            len: 50 * 1024 * 1024,
            declare_length,
        }])
        .await;
        let err = client(&base)
            .send_ok(&get(&base, "/huge"), None)
            .await
            .expect_err("too large");
        assert!(matches!(err, ArmError::Bound(_)), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "The response to GET {base}/huge is larger than 1 MiB; azconn stopped reading it."
            )
        );
        assert_eq!(seen.lock().expect("log").len(), 1, "not retried");
    }
}

/// Malformed bodies — not JSON, a list whose `value` is not a list, an empty body where a
/// resource is expected — are decode errors naming the URL.
#[tokio::test]
async fn malformed_bodies_are_clear_errors() {
    let (base, _) = serve(vec![Reply::Http(
        200,
        vec![],
        "<html>proxy login</html>".into(),
    )])
    .await;
    let resp = client(&base)
        .send_ok(&get(&base, "/a"), None)
        .await
        .expect("200");
    let err = resp.json(&format!("{base}/a")).expect_err("not json");
    assert!(
        err.to_string().starts_with(&format!(
            "Unexpected response from {base}/a: the body is not JSON ("
        )),
        "{err}"
    );

    let (base, result, _) = list_served(vec![ok(json!({"value": {"not": "a list"}}))], "/l").await;
    let err = result.expect_err("bad value");
    assert_eq!(
        err.to_string(),
        format!("Unexpected response from {base}/l: `value` is not a list")
    );

    // An error status with a body that is not an envelope still gives az's generic text.
    let (base, _) = serve(vec![Reply::Http(409, vec![], "\u{0}\u{1}garbage".into())]).await;
    let err = client(&base)
        .send_ok(&get(&base, "/c"), None)
        .await
        .expect_err("409");
    assert_eq!(
        err.to_string(),
        "Operation returned an invalid status 'Conflict'"
    );

    // Wrong types in a resource body: the typed reader keeps what it can and leaves the rest empty.
    let server = super::postgres_flexible::FlexibleServer::from_json(json!({
        "id": 7, "name": ["x"], "properties": {"fullyQualifiedDomainName": {"a": 1}, "authConfig": "on"}
    }));
    assert_eq!(server.fully_qualified_domain_name, None);
    assert!(!server.entra_auth_enabled());
}

/// A `nextLink` that points back to a page already read is caught at once; a listing
/// that keeps growing stops at the byte budget.
#[tokio::test]
async fn endless_paging_is_bounded() {
    let pages = vec![
        ok(json!({"value": [1], "nextLink": "{base}/p2"})),
        ok(json!({"value": [2], "nextLink": "{base}/p2"})),
    ];
    let (_, result, seen) = list_served(pages, "/p1").await;
    let err = result.expect_err("cycle");
    assert!(
        err.to_string()
            .contains("`nextLink` points back to a page already read"),
        "{err}"
    );
    assert_eq!(seen.lock().expect("log").len(), 2);

    let big = "y".repeat(1500);
    let pages = (0..5)
        .map(|i| ok(json!({"value": [big], "nextLink": format!("{{base}}/q{i}")})))
        .collect();
    let (_, result, seen) = list_served(pages, "/q").await;
    let err = result.expect_err("budget");
    assert!(matches!(err, ArmError::Bound(_)), "{err:?}");
    assert!(
        err.to_string().starts_with("Stopped after 3 pages of "),
        "{err}"
    );
    assert_eq!(
        seen.lock().expect("log").len(),
        3,
        "4 KiB budget, 1.5 KiB pages"
    );
}

/// A server that stalls past the read timeout (`AZCONN_HTTP_TIMEOUT_MS`) counts as a failed
/// attempt: retried, and the next answer is used.
#[tokio::test]
async fn a_stalled_response_times_out_and_is_retried() {
    let (base, seen) = serve(vec![
        Reply::Stall(Duration::from_secs(3)),
        ok(json!({"after": "stall"})),
    ])
    .await;
    let env = Env::from_pairs(&[(crate::http::client::HTTP_TIMEOUT_ENV, "200")]);
    let http = crate::http::build_client(&env).expect("client");
    let resp = client_with(&base, http)
        .send_ok(&get(&base, "/s"), None)
        .await
        .expect("retried after the timeout");
    assert_eq!(
        resp.json("s").expect("json"),
        Some(json!({"after": "stall"}))
    );
    assert_eq!(seen.lock().expect("log").len(), 2);
}
