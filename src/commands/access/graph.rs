//! Microsoft Graph reads of `access` in JSON batches: every lookup of a run is a GET relative to Graph's version
//! root, and up to [`BATCH_LIMIT`] of them travel in one `POST /v1.0/$batch` (batches concurrently), so 200
//! principals cost about ten requests instead of two hundred. Each lookup keeps its own answer: a 404 is "none",
//! another error status is that lookup's error, a list is read to its last page.

use std::time::Duration;

use futures::StreamExt as _;
use serde_json::{Value, json};

use crate::arm::{ApiRequest, ArmClient, ArmError, Method};

/// How many requests Graph takes in one batch.
pub const BATCH_LIMIT: usize = 20;

/// How many batches are in flight at once: 320 lookups in one wave.
const PARALLEL_BATCHES: usize = 16;

/// How many times a lookup Graph throttled (429) or could not serve (503, 504) is sent again.
const ATTEMPTS: usize = 3;

/// The longest wait a `Retry-After` gets.
const MAX_WAIT: Duration = Duration::from_secs(10);

/// `/users/{upn or id}`, `/groups/{id}`, `/servicePrincipals/{id}`: one object by id.
pub fn object(collection: &str, id: &str) -> String {
    format!("/{collection}/{}", segment(id))
}

/// `/{collection}?$filter=displayName eq '…'`: every object of that display name.
pub fn named(collection: &str, name: &str) -> String {
    filtered(collection, "displayName", name)
}

/// `/servicePrincipals?$filter=appId eq '…'`.
pub fn by_app_id(app_id: &str) -> String {
    filtered("servicePrincipals", "appId", app_id)
}

fn filtered(collection: &str, property: &str, value: &str) -> String {
    let filter = format!("{property} eq '{}'", value.replace('\'', "''"));
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &filter)
        .finish();
    format!("/{collection}?{}", query.replace('+', "%20"))
}

/// Percent-encodes one URL path segment (a UPN holds `@` and guests' `#EXT#`).
fn segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The answer to one lookup: the object or the list's items (`value`, every page); `None` when Graph answered 404.
pub type Answer = Result<Option<Value>, ArmError>;

/// Sends every lookup in batches of [`BATCH_LIMIT`] and returns the answers in the order of `urls`. An error of
/// the batch request itself (transport, token) fails them all.
pub async fn get_all(arm: &ArmClient, urls: &[String]) -> Result<Vec<Answer>, ArmError> {
    let batches: Vec<Result<Vec<Answer>, ArmError>> =
        futures::stream::iter(urls.chunks(BATCH_LIMIT))
            .map(|chunk| send(arm, chunk))
            .buffered(PARALLEL_BATCHES)
            .collect()
            .await;
    let mut out = Vec::with_capacity(urls.len());
    for b in batches {
        out.extend(b?);
    }
    Ok(out)
}

/// One batch (at most [`BATCH_LIMIT`] lookups); throttled lookups go again in a smaller batch, a bounded number
/// of times.
async fn send(arm: &ArmClient, urls: &[String]) -> Result<Vec<Answer>, ArmError> {
    let endpoint = format!("{}/v1.0/$batch", arm.graph_base());
    let mut answers: Vec<Option<Answer>> = urls.iter().map(|_| None).collect();
    let mut pending: Vec<usize> = (0..urls.len()).collect();
    for attempt in 1..=ATTEMPTS {
        let requests: Vec<Value> = pending
            .iter()
            .map(|&i| json!({"id": i.to_string(), "method": "GET", "url": urls[i]}))
            .collect();
        let req = ApiRequest::new(Method::POST, &endpoint, Some(arm.graph_scope().to_owned()))
            .json(&json!({ "requests": requests }));
        let body = arm
            .send_ok(&req, None)
            .await?
            .json(&endpoint)?
            .unwrap_or(Value::Null);
        let responses = body
            .get("responses")
            .and_then(Value::as_array)
            .ok_or_else(|| ArmError::Decode {
                url: endpoint.clone(),
                message: "the batch answer has no `responses`".to_owned(),
            })?;
        let mut again = Vec::new();
        let mut wait = Duration::ZERO;
        for r in responses {
            let Some(i) = r
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| id.parse::<usize>().ok())
                .filter(|i| pending.contains(i))
            else {
                continue;
            };
            let status = r.get("status").and_then(Value::as_u64).unwrap_or(0);
            let body = r.get("body").cloned().unwrap_or(Value::Null);
            if matches!(status, 429 | 503 | 504) && attempt < ATTEMPTS {
                let after = r
                    .pointer("/headers/Retry-After")
                    .or_else(|| r.pointer("/headers/retry-after"))
                    .and_then(Value::as_str)
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .map_or(Duration::from_secs(1), Duration::from_secs);
                wait = wait.max(after.min(MAX_WAIT));
                again.push(i);
                continue;
            }
            answers[i] = Some(answer(arm, &urls[i], status, body).await);
        }
        // A lookup the answer left out is an error of its own, not a silent "none".
        for &i in &pending {
            if answers[i].is_none() && !again.contains(&i) {
                answers[i] = Some(Err(ArmError::Decode {
                    url: endpoint.clone(),
                    message: format!("the batch answer has no response for `{}`", urls[i]),
                }));
            }
        }
        if again.is_empty() {
            break;
        }
        tokio::time::sleep(wait).await;
        pending = again;
    }
    Ok(answers
        .into_iter()
        .zip(urls)
        .map(|(a, url)| {
            a.unwrap_or_else(|| {
                Err(ArmError::Decode {
                    url: url.clone(),
                    message: "Microsoft Graph kept throttling the lookup".to_owned(),
                })
            })
        })
        .collect())
}

/// One response of a batch as the lookup's answer; a list's further pages are read with plain GETs.
async fn answer(arm: &ArmClient, url: &str, status: u64, body: Value) -> Answer {
    if status == 404 {
        return Ok(None);
    }
    if !(200..300).contains(&status) {
        let status = u16::try_from(status).unwrap_or(500);
        return Err(ArmError::from_response(
            status,
            body.to_string().as_bytes(),
            Some(url.to_owned()),
        ));
    }
    let Some(Value::Array(items)) = body.get("value") else {
        return Ok(Some(body));
    };
    let mut items = items.clone();
    if let Some(next) = body.get("@odata.nextLink").and_then(Value::as_str) {
        let rest = ApiRequest::new(Method::GET, next, Some(arm.graph_scope().to_owned()));
        items.extend(arm.list_all(rest).await?);
    }
    Ok(Some(Value::Array(items)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_escaped() {
        assert_eq!(
            named("groups", "O'Brien's"),
            "/groups?%24filter=displayName%20eq%20%27O%27%27Brien%27%27s%27"
        );
        assert_eq!(
            object("users", "bob_fabrikam.com#EXT#@contoso.onmicrosoft.com"),
            "/users/bob_fabrikam.com%23EXT%23@contoso.onmicrosoft.com"
        );
        assert_eq!(object("groups", "a/b c"), "/groups/a%2Fb%20c");
    }
}
