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
    /// Status 200 and a body of `len` bytes of `x`, streamed in chunks; with or without a `Content-Length`.
    Big { len: usize, declare_length: bool },
    /// Wait this long (the client gives up first), then close.
    Stall(Duration),
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
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            // Each connection is answered on its own task, so a stalled reply does not hold up the next one.
            tokio::spawn(answer(sock, reply, base_for_task.clone(), log.clone()));
        }
    });
    (base, seen)
}

async fn answer(
    mut sock: tokio::net::TcpStream,
    reply: Reply,
    base_for_task: String,
    log: Arc<Mutex<Vec<String>>>,
) {
    {
        {
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
            let Some(head_end) = head_end else { return };
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
            let mut entry = format!(
                "{} {}",
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default()
            );
            // Requests with a token: `METHOD path Bearer <token>` (test tokens only).
            if let Some(auth) = head.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .starts_with("authorization:")
                    .then(|| l["authorization:".len()..].trim().to_owned())
            }) {
                entry.push(' ');
                entry.push_str(&auth);
            }
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
                Reply::Big {
                    len,
                    declare_length,
                } => {
                    let head = if declare_length {
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
                        )
                    } else {
                        "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_owned()
                    };
                    if sock.write_all(head.as_bytes()).await.is_err() {
                        return;
                    }
                    let chunk = vec![b'x'; 64 * 1024];
                    let mut left = len;
                    // Bounded by `len`; stops early when the client hangs up.
                    while left > 0 {
                        let n = left.min(chunk.len());
                        if sock.write_all(&chunk[..n]).await.is_err() {
                            return;
                        }
                        left -= n;
                    }
                    let _ = sock.shutdown().await;
                }
                Reply::Stall(d) => {
                    tokio::time::sleep(d).await;
                    drop(sock);
                }
            }
        }
    }
}

fn client(base: &str) -> ArmClient {
    client_with(base, reqwest::Client::builder().build().expect("client"))
}

fn client_with(base: &str, http: reqwest::Client) -> ArmClient {
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
            .map(|i| ok(json!({"value": [i], "nextLink": format!("{{base}}/p{i}")})))
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

/// Issue 8: a 50 MB body ends in a clear error after at most the cap is read, with or without a
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

/// Issue 8: malformed bodies — not JSON, a list whose `value` is not a list, an empty body where a
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

    let (base, _) = serve(vec![ok(json!({"value": {"not": "a list"}}))]).await;
    let err = client(&base)
        .list_all(get(&base, "/l"))
        .await
        .expect_err("bad value");
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

/// Issue 8: a `nextLink` that points back to a page already read is caught at once; a listing
/// that keeps growing stops at the byte budget.
#[tokio::test]
async fn endless_paging_is_bounded() {
    let (base, seen) = serve(vec![
        ok(json!({"value": [1], "nextLink": "{base}/p2"})),
        ok(json!({"value": [2], "nextLink": "{base}/p2"})),
    ])
    .await;
    let err = client(&base)
        .list_all(get(&base, "/p1"))
        .await
        .expect_err("cycle");
    assert!(
        err.to_string()
            .contains("`nextLink` points back to a page already read"),
        "{err}"
    );
    assert_eq!(seen.lock().expect("log").len(), 2);

    let big = "y".repeat(1500);
    let (base, seen) = serve(
        (0..5)
            .map(|i| ok(json!({"value": [big], "nextLink": format!("{{base}}/q{i}")})))
            .collect(),
    )
    .await;
    let err = client(&base)
        .list_all(get(&base, "/q"))
        .await
        .expect_err("budget");
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

/// Issue 8: a server that stalls past the read timeout (`AZCONN_HTTP_TIMEOUT_MS`) counts as a failed
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

/// A fake `az` whose every run prints a new token: `tok-1`, `tok-2`, …
#[derive(Debug, Default)]
struct CountingAz {
    runs: std::sync::atomic::AtomicUsize,
}

#[async_trait::async_trait]
impl azure_identity::Executor for CountingAz {
    async fn run(
        &self,
        _program: &std::ffi::OsStr,
        _args: &[&std::ffi::OsStr],
    ) -> std::io::Result<std::process::Output> {
        use std::os::unix::process::ExitStatusExt as _;
        let n = self.runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        let expires_on = crate::auth::cache::now_unix() + 3600;
        Ok(std::process::Output {
            status: std::process::ExitStatus::from_raw(0),
            stdout: format!(
                r#"{{"accessToken":"tok-{n}","expiresOn":"x","expires_on":{expires_on},"tenant":"t","tokenType":"Bearer"}}"#
            )
            .into_bytes(),
            stderr: Vec::new(),
        })
    }
}

/// az's profile with one signed-in user account.
const SIGNED_IN_PROFILE: &str = r#"{"subscriptions":[{"id":"00000000-0000-0000-0000-000000000001","name":"Dev","tenantId":"t","isDefault":true,"environmentName":"AzureCloud","user":{"name":"alice@contoso.com","type":"user"}}]}"#;

/// A client whose tokens come from a [`CountingAz`] (az login source, no disk cache).
fn client_with_tokens(base: &str) -> (ArmClient, Arc<CountingAz>) {
    let az = Arc::new(CountingAz::default());
    let http = reqwest::Client::builder().build().expect("client");
    let mut cloud = crate::settings::cloud::known_clouds().remove(0);
    cloud
        .endpoints
        .insert("resource_manager".to_owned(), format!("{base}/"));
    let settings = Settings {
        config_dir: std::env::temp_dir().join("azconn-arm-tests-unused"),
        config: AzConfig::default(),
        cloud: cloud.clone(),
        // Signed in: tokens of the az login are only served from the memo while az's profile has an account.
        profile: Profile::parse(SIGNED_IN_PROFILE.as_bytes(), &cloud.name).expect("profile"),
        env: Env::default(),
    };
    let tokens = Arc::new(
        TokenProvider::new(&settings, AuthSource::Cli, http.clone(), false)
            .with_executor(az.clone()),
    );
    let c = ArmClient::new(http, &cloud, tokens, None).expect("arm client");
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
        super::token_refused(401, &none, graph).as_deref(),
        Some("InvalidAuthenticationToken")
    );
    assert_eq!(super::token_refused(403, &none, graph), None);
    let mut challenge = reqwest::header::HeaderMap::new();
    challenge.insert(
        "www-authenticate",
        r#"Bearer error = "invalid_token""#.parse().expect("header"),
    );
    assert!(super::token_refused(401, &challenge, b"not json").is_some());
    assert_eq!(super::token_refused(401, &none, b"{}"), None);
}
