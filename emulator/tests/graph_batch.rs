//! Microsoft Graph JSON batching (`POST /v1.0/$batch`) as Graph documents it: up to 20 requests, each answered
//! with its own `id`, `status`, `headers` and `body` as if sent alone; a malformed payload, a repeated id or a
//! 21st request fail the whole batch with 400; the batch is one request in the log.

mod common;

use common::*;
use serde_json::{Value, json};

const GRAPH_SCOPE: &str = "https://graph.microsoft.com/.default";

#[tokio::test]
async fn each_request_gets_its_own_answer() {
    let emu = Emu::start();
    let t = emu.user_token("alice@contoso.com", GRAPH_SCOPE).await;
    let body = json!({"requests": [
        {"id": "1", "method": "GET", "url": "/users/alice@contoso.com"},
        {"id": "b", "method": "GET", "url": format!("servicePrincipals?$filter=appId%20eq%20'{SP_APP}'")},
        {"id": "3", "method": "GET", "url": "/users/nobody%40contoso.com"},
        {"id": "4", "method": "PATCH", "url": "/me"}
    ]});
    let (s, _, v) = emu.call("POST", "/v1.0/$batch", Some(&t), Some(body)).await;
    assert_eq!(s, 200, "{v}");
    let answers = v["responses"].as_array().expect("responses");
    let by_id = |id: &str| -> &Value {
        answers
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no response {id}: {v}"))
    };
    assert_eq!(answers.len(), 4);
    let one = by_id("1");
    assert_eq!(
        (one["status"].as_u64(), one["body"]["id"].as_str()),
        (Some(200), Some(ALICE_OID))
    );
    assert!(
        one["headers"]["Content-Type"]
            .as_str()
            .is_some_and(|c| c.starts_with("application/json")),
        "{one}"
    );
    let sp = by_id("b");
    assert_eq!(
        (
            sp["status"].as_u64(),
            sp["body"]["value"][0]["appId"].as_str()
        ),
        (Some(200), Some(SP_APP))
    );
    let missing = by_id("3");
    assert_eq!(
        (
            missing["status"].as_u64(),
            missing["body"]["error"]["code"].as_str()
        ),
        (Some(404), Some("Request_ResourceNotFound"))
    );
    assert_eq!(by_id("4")["status"], 405);
    let batches = emu
        .requests()
        .await
        .iter()
        .filter(|r| r["path"].as_str().is_some_and(|p| p.starts_with("/v1.0/")))
        .count();
    assert_eq!(batches, 1, "the batch is one request");
}

#[tokio::test]
async fn malformed_batches_fail_whole() {
    let emu = Emu::start();
    let t = emu.user_token("alice@contoso.com", GRAPH_SCOPE).await;
    let get = |id: String| json!({"id": id, "method": "GET", "url": "/users/alice@contoso.com"});
    let twenty: Vec<Value> = (1..=20).map(|i| get(i.to_string())).collect();
    let (s, _, v) = emu
        .call(
            "POST",
            "/v1.0/$batch",
            Some(&t),
            Some(json!({"requests": twenty.clone()})),
        )
        .await;
    assert_eq!(
        (s, v["responses"].as_array().map(Vec::len)),
        (200, Some(20))
    );
    let mut too_many = twenty;
    too_many.push(get("21".to_owned()));
    let repeated = vec![get("1".to_owned()), get("1".to_owned())];
    for body in [
        json!({"requests": too_many}),
        json!({"requests": repeated}),
        json!({"calls": []}),
        json!({"requests": [{"id": "1", "method": "GET"}]}),
    ] {
        let (s, _, v) = emu
            .call("POST", "/v1.0/$batch", Some(&t), Some(body.clone()))
            .await;
        assert_eq!(
            (s, v["error"]["code"].as_str()),
            (400, Some("BadRequest")),
            "{body}"
        );
    }
    let (s, _, _) = emu.call("GET", "/v1.0/$batch", Some(&t), None).await;
    assert_eq!(s, 405);
    let (s, _, v) = emu
        .call("POST", "/v1.0/$batch", None, Some(json!({"requests": []})))
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationToken"))
    );
}
