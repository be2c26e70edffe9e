//! The ARM (and Microsoft Graph) client on the process's one HTTP client ([`crate::http`]): bearer tokens from
//! [`crate::auth::TokenProvider`], retries within the [`HttpPolicy`], long-running operations (`lro`), `nextLink` paging, ARM
//! error envelopes turned into az's texts (`error`), and typed calls per service (`resources`,
//! `postgres_flexible`, `postgres_single` (+ their shared `postgres`), `service_linker`, `graph`).
//!
//! `--debug` shows every request and response line (method, URL, status, elapsed ms) and every retry and poll
//! decision; `Authorization` headers, tokens and bodies are never logged. This module knows nothing of clap or
//! output formats.

pub mod call;
pub mod containers;
pub mod directory;
pub mod error;
pub mod graph;
pub mod lro;
pub mod postgres;
pub mod postgres_flexible;
pub mod postgres_single;
pub mod resource_id;
pub mod resources;
pub mod service_linker;
pub mod web;

use std::sync::Arc;
use std::time::{Duration, Instant};

/// The bounds [`ArmClient::with_policy`] takes.
pub use crate::http::HttpPolicy;
pub use call::ArmCall;
pub use error::ArmError;
pub use resource_id::{InvalidName, ResourceId, check_name};

use crate::auth::{AccessToken, TokenProvider, TokenRequest};
use crate::http::{self, BodyError, certificate_hint, transport_text};
use crate::output::log;
use crate::settings::{Cloud, Subscription, cloud::scope_for_resource};

/// An HTTP method (the ones ARM uses).
pub use reqwest::Method;

/// One request: where, what, and which token audience (none for unauthenticated calls).
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: Method,
    /// Absolute URL.
    pub url: String,
    /// Request body (sent as-is).
    pub body: Option<Vec<u8>>,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// Token scope for the `Authorization` header; `None` sends none.
    pub scope: Option<String>,
}

impl ApiRequest {
    /// A request without a body.
    pub fn new(method: Method, url: impl Into<String>, scope: Option<String>) -> Self {
        ApiRequest {
            method,
            url: url.into(),
            body: None,
            headers: Vec::new(),
            scope,
        }
    }

    /// With a JSON body (and its content type).
    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.body = Some(body.to_string().into_bytes());
        self.headers
            .push(("Content-Type".to_owned(), "application/json".to_owned()));
        self
    }
}

/// A response, whatever its status.
#[derive(Debug, Clone)]
pub struct ApiResponse {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl ApiResponse {
    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as JSON; `None` for an empty body.
    pub fn json(&self, url: &str) -> Result<Option<serde_json::Value>, ArmError> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice(&self.body)
            .map(Some)
            .map_err(|e| ArmError::Decode {
                url: url.to_owned(),
                message: format!("the body is not JSON ({e})"),
            })
    }
}

/// The ARM/Graph client. Cheap to share by reference; build it once per process.
pub struct ArmClient {
    http: reqwest::Client,
    arm_base: String,
    graph_base: String,
    arm_scope: String,
    graph_scope: String,
    tokens: Arc<TokenProvider>,
    subscription: Option<Subscription>,
    policy: HttpPolicy,
}

impl std::fmt::Debug for ArmClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArmClient")
            .field("arm_base", &self.arm_base)
            .field("graph_base", &self.graph_base)
            .finish_non_exhaustive()
    }
}

impl ArmClient {
    /// A client for the cloud's ARM and Graph endpoints. `subscription` picks the az account for tokens.
    pub fn new(
        http: reqwest::Client,
        cloud: &Cloud,
        tokens: Arc<TokenProvider>,
        subscription: Option<Subscription>,
    ) -> Result<ArmClient, ArmError> {
        let settings_err = |e: crate::settings::SettingsError| ArmError::Invalid(e.to_string());
        let graph = cloud.microsoft_graph().map_err(settings_err)?;
        Ok(ArmClient {
            http,
            arm_base: cloud.resource_manager().map_err(settings_err)?.to_owned(),
            graph_base: graph.trim_end_matches('/').to_owned(),
            arm_scope: scope_for_resource(cloud.arm_audience().map_err(settings_err)?),
            graph_scope: scope_for_resource(graph),
            tokens,
            subscription,
            policy: HttpPolicy::default(),
        })
    }

    /// Replaces the retry/poll/paging bounds (tests use short ones).
    pub fn with_policy(mut self, policy: HttpPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The ARM base URL (no trailing slash).
    pub fn arm_base(&self) -> &str {
        &self.arm_base
    }

    /// The Graph base URL (no trailing slash).
    pub fn graph_base(&self) -> &str {
        &self.graph_base
    }

    /// The ARM token scope.
    pub fn arm_scope(&self) -> &str {
        &self.arm_scope
    }

    /// The Graph token scope.
    pub fn graph_scope(&self) -> &str {
        &self.graph_scope
    }

    /// The token provider (shared with commands that need other audiences).
    pub fn tokens(&self) -> &Arc<TokenProvider> {
        &self.tokens
    }

    /// The subscription this client was made for.
    pub fn subscription(&self) -> Option<&Subscription> {
        self.subscription.as_ref()
    }

    /// `{arm}{path}?api-version={v}` (path starts with `/`; an existing query gets `&api-version=`).
    pub fn arm_url(&self, path: &str, api_version: &str) -> String {
        let sep = if path.contains('?') { '&' } else { '?' };
        format!("{}{path}{sep}api-version={api_version}", self.arm_base)
    }

    /// An ARM request with the ARM token.
    pub fn arm_request(&self, method: Method, url: impl Into<String>) -> ApiRequest {
        ApiRequest::new(method, url, Some(self.arm_scope.clone()))
    }

    /// Sends with retries and returns the final response whatever its status.
    ///
    /// A 401 with a Continuous Access Evaluation claims challenge ([`claims_challenge`]) gets a token with those
    /// claims (as az's ARM policy does) and sends once more; when no such token can be had, a warning says how to
    /// sign in again and ARM's 401 is the answer. A 401 that says the token itself was refused
    /// ([`token_refused`]: expired or invalid) drops that token from the caches, fetches a new one and sends
    /// once more. Either way a request is sent again at most once: a second 401 is the answer.
    pub async fn send(&self, req: &ApiRequest) -> Result<ApiResponse, ArmError> {
        check_url(&req.url)?;
        let token_request = req
            .scope
            .as_ref()
            .map(|scope| TokenRequest::new(scope.clone(), self.subscription.as_ref()));
        let mut token = match &token_request {
            Some(t) => Some(self.tokens.get_token(t).await?),
            None => None,
        };
        let mut refreshed = false;
        let mut retry = 0u32;
        let mut waited = Duration::ZERO;
        loop {
            let auth = token.as_ref().map(AccessToken::authorization);
            let mut builder = self
                .http
                .request(req.method.clone(), &req.url)
                .header("Accept", "application/json");
            for (k, v) in &req.headers {
                builder = builder.header(k, v);
            }
            if let Some(a) = &auth {
                builder = builder.header("Authorization", a);
            }
            if let Some(b) = &req.body {
                builder = builder.body(b.clone());
            }
            log::debug(&format!("Request: {} {}", req.method, req.url));
            let start = Instant::now();
            let outcome = builder.send().await;
            let elapsed = start.elapsed().as_millis();
            let (why, after) = match outcome {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    match http::read_body(resp, self.policy.max_body_bytes).await {
                        Err(BodyError::TooLarge) => {
                            log::debug(&format!(
                                "Response: {} {} {status} in {elapsed} ms: body over the cap",
                                req.method, req.url
                            ));
                            return Err(ArmError::Bound(http::too_large_text(
                                &req.method,
                                &req.url,
                                self.policy.max_body_bytes,
                            )));
                        }
                        Ok(bytes) => {
                            log::debug(&format!(
                                "Response: {} {} {status} in {elapsed} ms",
                                req.method, req.url
                            ));
                            if let (Some(t), Some(tr), false) = (&token, &token_request, refreshed)
                                && let Some(claims) = claims_challenge(status, &headers)
                            {
                                refreshed = true;
                                log::debug(&format!(
                                    "{} {} answered with a claims challenge; getting a token with those claims",
                                    req.method, req.url
                                ));
                                match self.tokens.claims_token(tr, t, &claims).await {
                                    Ok(new) => {
                                        token = Some(new);
                                        continue;
                                    }
                                    Err(advice) => {
                                        log::warning(&advice);
                                        return Ok(ApiResponse {
                                            status,
                                            headers,
                                            body: bytes,
                                        });
                                    }
                                }
                            }
                            if let (Some(t), Some(tr), false) = (&token, &token_request, refreshed)
                                && let Some(why) = token_refused(status, &headers, &bytes)
                            {
                                log::debug(&format!(
                                    "{} {} refused the token ({why}); fetching a new token and sending once more",
                                    req.method, req.url
                                ));
                                refreshed = true;
                                token = Some(self.tokens.refresh_token(tr, t).await?);
                                continue;
                            }
                            if !HttpPolicy::retryable_status(status) {
                                return Ok(ApiResponse {
                                    status,
                                    headers,
                                    body: bytes,
                                });
                            }
                            let after = http::retry_after(&headers);
                            match self.policy.delay(retry + 1, after, waited) {
                                Some(_) => (format!("status {status}"), after),
                                None => {
                                    return Ok(ApiResponse {
                                        status,
                                        headers,
                                        body: bytes,
                                    });
                                }
                            }
                        }
                        Err(BodyError::Read(e)) => (
                            format!("reading the body failed: {}", transport_text(&e)),
                            None,
                        ),
                    }
                }
                Err(e) => {
                    log::debug(&format!(
                        "Response: {} {} failed after {elapsed} ms: {e}",
                        req.method, req.url
                    ));
                    if let Some(hint) = certificate_hint(&e) {
                        // Retrying cannot make a certificate acceptable.
                        return Err(ArmError::Transport {
                            url: req.url.clone(),
                            message: format!(
                                "{} {} failed: {}\n{hint}",
                                req.method,
                                req.url,
                                transport_text(&e)
                            ),
                        });
                    }
                    (transport_text(&e), None)
                }
            };
            retry += 1;
            let Some(wait) = self.policy.delay(retry, after, waited) else {
                log::debug(&format!(
                    "Giving up on {} {} after {} attempts: {why}",
                    req.method, req.url, retry
                ));
                return Err(ArmError::Transport {
                    url: req.url.clone(),
                    message: format!("{} {} failed: {why}", req.method, req.url),
                });
            };
            log::debug(&format!(
                "Retrying {} {} in {} ms (retry {retry} of {}): {why}",
                req.method,
                req.url,
                wait.as_millis(),
                self.policy.max_retries
            ));
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }

    /// Sends and turns an error status into [`ArmError`] (with `resource_id` for context).
    pub async fn send_ok(
        &self,
        req: &ApiRequest,
        resource_id: Option<&str>,
    ) -> Result<ApiResponse, ArmError> {
        let resp = self.send(req).await?;
        if resp.status >= 400 {
            return Err(ArmError::from_response(
                resp.status,
                &resp.body,
                resource_id.map(str::to_owned),
            ));
        }
        Ok(resp)
    }

    /// GET an ARM path as JSON.
    pub async fn get_json(
        &self,
        path: &str,
        api_version: &str,
    ) -> Result<serde_json::Value, ArmError> {
        let url = self.arm_url(path, api_version);
        let resp = self
            .send_ok(&self.arm_request(Method::GET, &url), Some(path))
            .await?;
        resp.json(&url)?.ok_or_else(|| ArmError::Decode {
            url,
            message: "the body is empty".to_owned(),
        })
    }

    /// GET the list at an ARM path: its items, all pages.
    pub async fn list_json(
        &self,
        path: &str,
        api_version: &str,
    ) -> Result<Vec<serde_json::Value>, ArmError> {
        self.list_all(self.arm_request(Method::GET, self.arm_url(path, api_version)))
            .await
    }

    /// All items of a list, following `nextLink` (bounded by the policy's page limit).
    pub async fn list_all(&self, first: ApiRequest) -> Result<Vec<serde_json::Value>, ArmError> {
        let mut items = Vec::new();
        let mut req = first;
        let mut seen_links = std::collections::HashSet::new();
        let mut total_bytes = 0usize;
        for page in 0..self.policy.max_pages {
            let resp = self.send_ok(&req, None).await?;
            total_bytes += resp.body.len();
            if total_bytes > self.policy.max_list_bytes {
                return Err(ArmError::Bound(format!(
                    "Stopped after {} pages of {}: the list is larger than {} MiB.",
                    page + 1,
                    req.url,
                    self.policy.max_list_bytes / (1024 * 1024)
                )));
            }
            let body = resp.json(&req.url)?.unwrap_or(serde_json::Value::Null);
            match body.get("value") {
                Some(serde_json::Value::Array(v)) => items.extend(v.iter().cloned()),
                Some(serde_json::Value::Null) | None => {}
                Some(_) => {
                    return Err(ArmError::Decode {
                        url: req.url.clone(),
                        message: "`value` is not a list".to_owned(),
                    });
                }
            }
            let next = body
                .get("nextLink")
                .or_else(|| body.get("@odata.nextLink"))
                .and_then(serde_json::Value::as_str)
                .filter(|s| !s.is_empty());
            match next {
                Some(n) => {
                    if !seen_links.insert(n.to_owned()) {
                        return Err(ArmError::Decode {
                            url: req.url.clone(),
                            message: format!("`nextLink` points back to a page already read ({n})"),
                        });
                    }
                    log::debug(&format!("Following nextLink (page {}): {n}", page + 2));
                    req = ApiRequest::new(Method::GET, n, req.scope.clone());
                }
                None => return Ok(items),
            }
        }
        Err(ArmError::Bound(format!(
            "Stopped after {} pages of {}; the list did not end.",
            self.policy.max_pages, req.url
        )))
    }

    /// Sleeps between polls (exposed for `lro`).
    pub(crate) fn policy(&self) -> &HttpPolicy {
        &self.policy
    }
}

/// Why a response refuses the request's token itself, when it does: a 401 whose error code is
/// `ExpiredAuthenticationToken` (ARM) or `InvalidAuthenticationToken` (ARM, Graph), or whose `WWW-Authenticate`
/// challenge says `error="invalid_token"`. Other 401s (a wrong audience, a missing header) are not helped by a new
/// token and are answered as they are.
pub fn token_refused(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: &[u8],
) -> Option<String> {
    if status != 401 {
        return None;
    }
    let code = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned));
    if let Some(code) = code
        .as_deref()
        .filter(|c| ["ExpiredAuthenticationToken", "InvalidAuthenticationToken"].contains(c))
    {
        return Some(code.to_owned());
    }
    let challenge = challenge_parameters(headers)
        .iter()
        .any(|(name, value)| name == "error" && value.eq_ignore_ascii_case("invalid_token"));
    challenge.then(|| "WWW-Authenticate: error=\"invalid_token\"".to_owned())
}

/// The claims of a Continuous Access Evaluation claims challenge, as azure-mgmt-core's ARM policy reads them: a
/// 401 whose `WWW-Authenticate` holds exactly one `claims=` parameter (several, e.g. one per tenant, are not
/// answered), its value base64 (URL-safe or standard, padding optional) of the JSON claims request. `None` for
/// any other answer, or when the value does not decode to text.
pub fn claims_challenge(status: u16, headers: &reqwest::header::HeaderMap) -> Option<String> {
    use base64::Engine as _;
    if status != 401 {
        return None;
    }
    let mut claims = challenge_parameters(headers)
        .into_iter()
        .filter(|(name, _)| name == "claims")
        .map(|(_, value)| value);
    let found = claims.next()?;
    if claims.next().is_some() {
        return None;
    }
    let standard: String = found
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .filter(|c| *c != '=')
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(standard)
        .ok()?;
    String::from_utf8(bytes).ok().filter(|c| !c.is_empty())
}

/// The `name=value` parameters of every `WWW-Authenticate` challenge of a response, in order: the headers joined
/// as one list (a challenge may come in several headers), names lower-cased without the scheme word before them
/// (`Bearer error=…` is `error`), values without their quotes. Base64 padding stays: only the first `=` splits.
fn challenge_parameters(headers: &reqwest::header::HeaderMap) -> Vec<(String, String)> {
    let joined = headers
        .get_all("www-authenticate")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(", ");
    joined
        .split(',')
        .filter_map(|parameter| {
            let (name, value) = parameter.split_once('=')?;
            let name = name.split_whitespace().last()?.to_ascii_lowercase();
            Some((name, value.trim_matches([' ', '"', '\'']).to_owned()))
        })
        .collect()
}

/// Refuses a URL whose path a URL parser would rewrite (`.`/`..` segments, also percent-encoded, and `\\`,
/// a separator in https URLs): a name that slipped through would otherwise address another resource.
fn check_url(url: &str) -> Result<(), ArmError> {
    reqwest::Url::parse(url)
        .map_err(|e| ArmError::Invalid(format!("The URL {url} is not valid: {e}")))?;
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let raw_path = after_scheme
        .find('/')
        .map_or("", |i| &after_scheme[i..])
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let rewritten = raw_path.split('/').any(|seg| {
        let dots = seg.to_ascii_lowercase().replace("%2e", ".");
        dots == "." || dots == ".." || seg.contains('\\')
    });
    if rewritten {
        return Err(ArmError::Invalid(format!(
            "The URL {url} has a `.`, `..` or `\\` path segment, which would address another resource; \
             check the names given."
        )));
    }
    Ok(())
}

#[cfg(test)]
mod spec_requests;
#[cfg(test)]
mod tests;
