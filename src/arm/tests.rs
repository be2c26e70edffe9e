//! ArmClient retry, long-running-operation, paging and error logic against a tiny scripted HTTP/1.1 server on
//! 127.0.0.1 (each test serves a fixed list of replies, so every loop is bounded).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;

use super::lro::FinalState;
use super::{ApiRequest, ArmClient, ArmError, HttpPolicy, Method};
use crate::auth::{AuthSource, TokenProvider};
use crate::settings::{AzConfig, Env, Profile, Settings};

/// One scripted reply.
#[derive(Clone)]
enum Reply {
    /// Status, extra headers, body.
    Http(u16, Vec<(&'static str, String)>, String),
    /// Close the connection without answering.
    Reset,
}

fn ok(body: serde_json::Value) -> Reply {
    Reply::Http(200, vec![], body.to_string())
}

/// Serves `replies` in order (one per connection) and records `METHOD path` of each request.
async fn serve(replies: Vec<Reply>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let base_for_task = base.clone();
    tokio::spawn(async move {
        for reply in replies {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            // Read the head, then the body by Content-Length (bounded by the request size).
            let head_end = loop {
                let Ok(n) = sock.read(&mut chunk).await else {
                    break None;
                };
                if n == 0 {
                    break None;
                }
                buf.extend_from_slice(&chunk[..n]);
                if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break Some(i + 4);
                }
            };
            let Some(head_end) = head_end else { continue };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0);
            while buf.len() < head_end + len {
                let Ok(n) = sock.read(&mut chunk).await else {
                    break;
                };
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let line = head.lines().next().unwrap_or_default().to_owned();
            let mut parts = line.split(' ');
            let entry = format!(
                "{} {}",
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default()
            );
            log.lock().expect("log").push(entry);
            match reply {
                Reply::Reset => drop(sock),
                Reply::Http(status, headers, body) => {
                    let body = body.replace("{base}", &base_for_task);
                    let mut text = format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                        body.len()
                    );
                    for (k, v) in headers {
                        text.push_str(&format!("{k}: {}\r\n", v.replace("{base}", &base_for_task)));
                    }
                    text.push_str("\r\n");
                    text.push_str(&body);
                    let _ = sock.write_all(text.as_bytes()).await;
                    let _ = sock.shutdown().await;
                }
            }
        }
    });
    (base, seen)
}

fn client(base: &str) -> ArmClient {
    let mut cloud = crate::settings::cloud::known_clouds().remove(0);
    cloud.name = "Test".to_owned();
    cloud
        .endpoints
        .insert("resource_manager".to_owned(), format!("{base}/"));
    let settings = Settings {
        config_dir: std::env::temp_dir().join("azconn-arm-tests-unused"),
        config: AzConfig::default(),
        cloud: cloud.clone(),
        profile: Profile::default(),
        env: Env::default(),
    };
    let http = reqwest::Client::builder().build().expect("client");
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
    };
    ArmClient::new(http, &cloud, tokens, None)
        .expect("arm client")
        .with_policy(policy)
}

fn get(base: &str, path: &str) -> ApiRequest {
    ApiRequest::new(Method::GET, format!("{base}{path}"), None)
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
    let (base, seen) = serve(vec![
        ok(json!({"value": [{"n": 1}], "nextLink": "{base}/page2"})),
        ok(json!({"value": [{"n": 2}]})),
    ])
    .await;
    let items = client(&base)
        .list_all(get(&base, "/list"))
        .await
        .expect("two pages");
    assert_eq!(items, vec![json!({"n": 1}), json!({"n": 2})]);
    assert_eq!(*seen.lock().expect("log"), vec!["GET /list", "GET /page2"]);
}

#[tokio::test]
async fn paging_stops_at_the_bound() {
    let (base, seen) = serve(
        (0..6)
            .map(|i| ok(json!({"value": [i], "nextLink": "{base}/p"})))
            .collect(),
    )
    .await;
    let err = client(&base)
        .list_all(get(&base, "/p"))
        .await
        .expect_err("endless list");
    assert!(matches!(err, ArmError::Bound(_)), "{err:?}");
    assert_eq!(seen.lock().expect("log").len(), 5, "max_pages");
}
