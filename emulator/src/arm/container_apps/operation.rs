//! A container app's PUT or PATCH as a long-running operation: started (the app `InProgress`), applied when it
//! ends (a new system-assigned identity registered with every server), and its status and result routes.

use serde_json::json;

use super::change::merged;
use super::{ContainerApp, ContainerAppChange};
use crate::app::App;
use crate::arm::Ctx;
use crate::arm::errors::{arm_error, internal, resource_body};
use crate::arm::identity::register;
use crate::arm::lro::{Poll, poll_op, start_op};
use crate::arm::tracked::Tracked;
use crate::http::Resp;
use crate::ids::now_iso;
use crate::state::{Effect, OpProvider};

/// A PUT (`replace`: what the body leaves out is gone) or PATCH (a merge) of a container app, as a long-running
/// operation.
pub(super) async fn change(ctx: &Ctx<'_>, current: ContainerApp, replace: bool) -> Resp {
    let body = match resource_body(ctx.req, replace) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let next = match merged(&current, &body, replace) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let key = current.key();
    if let Some(a) = ctx.app.world().container_apps.get_mut(&key) {
        a.provisioning = "InProgress";
    }
    let mut answer = next.clone();
    answer.provisioning = "InProgress";
    let effect = Effect::ContainerApp(ContainerAppChange {
        key,
        next: Box::new(next),
    });
    let (sub, location) = (current.sub.clone(), current.location.clone());
    let op = match start_op(
        ctx,
        OpProvider::App,
        &sub,
        &location,
        current.id(),
        None,
        Some(effect),
    )
    .await
    {
        Ok(op) => op,
        Err(r) => return r,
    };
    let base = format!(
        "{}/subscriptions/{sub}/providers/Microsoft.App/locations/{location}",
        ctx.app.base
    );
    let v = ctx.api_version;
    let status = format!("{base}/containerappOperationStatuses/{op}?api-version={v}");
    if replace {
        Resp::json(201, &answer.body(ctx.app))
            .with("Azure-AsyncOperation", status)
            .with("Retry-After", "0")
    } else {
        Resp::empty(202)
            .with(
                "Location",
                format!("{base}/containerappOperationResults/{op}?api-version={v}"),
            )
            .with("Azure-AsyncOperation", status)
            .with("Retry-After", "0")
    }
}

/// Applies a finished PUT or PATCH: the app becomes what it asked for (its new identity registered with every
/// server), or stays as it was, `Failed`.
pub async fn finish(app: &App, change: ContainerAppChange, ok: bool) -> Result<(), String> {
    let new_identity = {
        let mut w = app.world();
        let Some(a) = w.container_apps.get_mut(&change.key) else {
            return Ok(());
        };
        if !ok {
            a.provisioning = "Failed";
            return Ok(());
        }
        let turned_on = a.identity.is_none() && change.next.identity.is_some();
        *a = *change.next;
        turned_on
            .then(|| Some((a.identity.clone()?, a.name.clone())))
            .flatten()
    };
    match new_identity {
        Some((identity, name)) => register(app, &identity, name).await,
        None => Ok(()),
    }
}

/// `containerappOperationStatuses/{op}` (`results`: `containerappOperationResults/{op}`, 202 while running and
/// the app at the end).
pub(super) async fn status(ctx: &Ctx<'_>, op: &str, results: bool) -> Resp {
    let name = ctx.req.segs.last().cloned().unwrap_or_default();
    let poll = poll_op(ctx.app, &op.to_ascii_lowercase(), OpProvider::App).await;
    let (outcome, start, end, resource) = {
        let w = ctx.app.world();
        match (poll, w.operations.get(&op.to_ascii_lowercase())) {
            (Poll::Missing, _) | (_, None) => {
                return arm_error(
                    404,
                    "OperationNotFound",
                    format!("The operation '{name}' was not found."),
                );
            }
            (Poll::Running(start), Some(o)) => {
                ("InProgress".to_owned(), start, None, o.resource_id.clone())
            }
            (Poll::Ended, Some(o)) => (
                o.outcome.clone(),
                o.start_time.clone(),
                Some(o.end_time.clone().unwrap_or_else(now_iso)),
                o.resource_id.clone(),
            ),
        }
    };
    if results {
        return match outcome.as_str() {
            "InProgress" => Resp::empty(202)
                .with(
                    "Location",
                    format!(
                        "{}{}?api-version={}",
                        ctx.app.base, ctx.req.path, ctx.api_version
                    ),
                )
                .with("Retry-After", "0"),
            "Succeeded" => {
                let found = ctx
                    .app
                    .world()
                    .container_apps
                    .get(&resource.to_ascii_lowercase())
                    .cloned();
                match found {
                    Some(a) => Resp::json(200, &a.body(ctx.app)),
                    None => internal("container app vanished"),
                }
            }
            _ => arm_error(
                500,
                "ContainerAppOperationError",
                "Failed to provision revision for container app. Error details: The operation failed.",
            ),
        };
    }
    let mut body = json!({"id": ctx.req.path, "name": name, "status": outcome, "startTime": start});
    if let Some(end) = end {
        body["endTime"] = json!(end);
    }
    match outcome.as_str() {
        "Failed" => {
            body["error"] = json!({"code": "ContainerAppOperationError",
                "message": "Failed to provision revision for container app. Error details: The operation failed."});
        }
        "Canceled" => {
            body["error"] =
                json!({"code": "OperationCanceled", "message": "The operation was canceled."});
        }
        _ => {}
    }
    Resp::json(200, &body).with("Retry-After", "0")
}
