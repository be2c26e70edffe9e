//! Long-running operations as ARM runs them: after a 201/202, poll `Azure-AsyncOperation` (its `status` ends
//! `Succeeded`, `Failed` or `Canceled`) or else `Location` (202 until done), honouring `Retry-After`, bounded in
//! time; a failed operation's `error` becomes the [`ArmError`] az would show. Then the final result is fetched
//! from where the API says it lives ([`FinalState`]).

use std::time::{Duration, Instant};

use serde_json::Value;

use super::{ApiRequest, ApiResponse, ArmClient, ArmError, Method};
use crate::http;
use crate::output::log;

/// Where the result of a finished operation is read (the spec's `final-state-via`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalState {
    /// GET the original URL (PUT and PATCH).
    OriginalUri,
    /// GET the `Location` URL when there is one (POST default).
    Location,
    /// The operation-status body itself (e.g. ServiceLinker `validate`).
    AsyncOperation,
    /// Nothing (DELETE).
    None,
}

impl ArmClient {
    /// Sends `req`, waits for the operation it starts, and returns the final resource (if any).
    pub async fn long_running(
        &self,
        req: &ApiRequest,
        final_state: FinalState,
        resource_id: Option<&str>,
    ) -> Result<Option<Value>, ArmError> {
        let first = self.send_ok(req, resource_id).await?;
        self.finish(req, first, final_state, resource_id).await
    }

    /// [`Self::long_running`] for an operation whose answer the caller needs: an empty one is an error.
    pub async fn long_running_body(
        &self,
        req: &ApiRequest,
        final_state: FinalState,
        resource_id: &str,
    ) -> Result<Value, ArmError> {
        self.long_running(req, final_state, Some(resource_id))
            .await?
            .ok_or_else(|| ArmError::Decode {
                url: req.url.clone(),
                message: "the body is empty".to_owned(),
            })
    }

    /// Waits for an operation whose first response is `first`.
    pub async fn finish(
        &self,
        req: &ApiRequest,
        first: ApiResponse,
        final_state: FinalState,
        resource_id: Option<&str>,
    ) -> Result<Option<Value>, ArmError> {
        let async_op = first.header("azure-asyncoperation").map(str::to_owned);
        let location = first.header("location").map(str::to_owned);
        let started =
            matches!(first.status, 201 | 202) || (async_op.is_some() && req.method != Method::GET);
        if !started || (async_op.is_none() && location.is_none()) {
            // Finished synchronously.
            return match final_state {
                FinalState::None => Ok(None),
                _ if first.status == 204 => Ok(None),
                FinalState::OriginalUri if first.status == 201 || first.status == 202 => {
                    self.get_final(&req.url, req.scope.clone(), resource_id)
                        .await
                }
                _ => first.json(&req.url),
            };
        }
        let deadline = Instant::now() + self.policy().max_poll_time;
        let mut polls: u32 = 0;
        let mut wait = http::retry_after(&first.headers);
        let op_body = if let Some(url) = &async_op {
            Some(
                self.poll_async_operation(url, req.scope.clone(), wait, deadline, resource_id)
                    .await?,
            )
        } else {
            None
        };
        let mut location_body = None;
        if async_op.is_none()
            && let Some(url) = &location
        {
            loop {
                self.pause(polls, wait, deadline, url).await?;
                polls = polls.saturating_add(1);
                let poll = self
                    .send_ok(
                        &ApiRequest::new(Method::GET, url, req.scope.clone()),
                        resource_id,
                    )
                    .await?;
                if poll.status != 202 {
                    location_body = poll.json(url)?;
                    break;
                }
                wait = http::retry_after(&poll.headers);
                log::debug(&format!("Operation at {url} still running (202)"));
            }
        }
        match final_state {
            FinalState::None => Ok(None),
            FinalState::AsyncOperation => Ok(op_body.or(location_body)),
            FinalState::OriginalUri => {
                self.get_final(&req.url, req.scope.clone(), resource_id)
                    .await
            }
            FinalState::Location => match (&location, location_body) {
                (_, Some(b)) => Ok(Some(b)),
                (Some(url), None) => self.get_final(url, req.scope.clone(), resource_id).await,
                (None, None) => Ok(op_body),
            },
        }
    }

    async fn get_final(
        &self,
        url: &str,
        scope: Option<String>,
        resource_id: Option<&str>,
    ) -> Result<Option<Value>, ArmError> {
        let resp = self
            .send_ok(&ApiRequest::new(Method::GET, url, scope), resource_id)
            .await?;
        resp.json(url)
    }

    async fn pause(
        &self,
        poll: u32,
        retry_after: Option<Duration>,
        deadline: Instant,
        url: &str,
    ) -> Result<(), ArmError> {
        let wait = self.policy().poll_delay(poll, retry_after);
        if Instant::now() + wait > deadline {
            return Err(ArmError::Bound(format!(
                "The operation at {url} did not finish within {} s.",
                self.policy().max_poll_time.as_secs()
            )));
        }
        log::debug(&format!("Polling {url} in {} ms", wait.as_millis()));
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        Ok(())
    }

    async fn poll_async_operation(
        &self,
        url: &str,
        scope: Option<String>,
        mut wait: Option<Duration>,
        deadline: Instant,
        resource_id: Option<&str>,
    ) -> Result<Value, ArmError> {
        let mut polls: u32 = 0;
        loop {
            self.pause(polls, wait, deadline, url).await?;
            polls = polls.saturating_add(1);
            let poll = self
                .send_ok(
                    &ApiRequest::new(Method::GET, url, scope.clone()),
                    resource_id,
                )
                .await?;
            let body = poll.json(url)?.unwrap_or(Value::Null);
            let status = body
                .get("status")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            log::debug(&format!("Operation status at {url}: {status}"));
            match status.to_ascii_lowercase().as_str() {
                "succeeded" => return Ok(body),
                "failed" | "canceled" | "cancelled" => {
                    let err = body.get("error");
                    let text = |k: &str| {
                        err.and_then(|e| e.get(k))
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    };
                    return Err(ArmError::Response {
                        status: poll.status,
                        code: text("code"),
                        message: text("message")
                            .unwrap_or_else(|| "Operation failed or canceled".to_owned()),
                        target: text("target"),
                        resource_id: resource_id.map(str::to_owned),
                    });
                }
                "" => {
                    return Err(ArmError::Decode {
                        url: url.to_owned(),
                        message: "the operation status has no `status`".to_owned(),
                    });
                }
                _ => wait = http::retry_after(&poll.headers),
            }
        }
    }
}
