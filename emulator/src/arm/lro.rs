//! The long-running operation engine: an operation is registered with the polls and outcome the LRO knob
//! scripts, and its effect (a change to the world and PostgreSQL) is applied when it succeeds — at once when it
//! ends on its first poll, else at the status poll that reports the end.

use serde_json::{Value, json};

use super::Ctx;
use super::errors::internal;
use super::sync::finish;
use crate::app::App;
use crate::http::Resp;
use crate::ids::now_iso;
use crate::state::{Effect, OpProvider, Operation};

/// Registers a long-running operation whose polls and outcome come from the LRO knob, and returns its id. Its
/// `effect` is applied when it succeeds (undone or dropped when it fails): here already when the knob lets it end
/// on its first poll, else at the poll that reports the end.
pub async fn start_op(
    ctx: &Ctx<'_>,
    provider: OpProvider,
    sub: &str,
    location: &str,
    resource_id: String,
    result: Option<Value>,
    effect: Option<Effect>,
) -> Result<String, Resp> {
    let (polls, outcome) = ctx.app.knobs().lro_for(&ctx.req.method, &ctx.req.path);
    let n = ctx
        .app
        .op_seq
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let mut id = crate::ids::guid();
    if provider == OpProvider::ServiceLinker {
        // The RP's op names are "<guid>*<hash>".
        id = format!("{id}*{:064X}", n + 1);
    }
    let ok = outcome == "Succeeded";
    let (now, later) = if polls == 0 {
        (effect, None)
    } else {
        (None, effect)
    };
    ctx.app.world().operations.insert(
        id.to_ascii_lowercase(),
        Operation {
            provider,
            sub: sub.to_string(),
            location: location.to_string(),
            resource_id,
            polls_left: polls,
            outcome,
            start_time: now_iso(),
            end_time: None,
            properties: result,
            effect: later,
        },
    );
    if let Some(e) = now {
        finish(ctx.app, e, ok).await.map_err(internal)?;
    }
    Ok(id)
}

/// One status poll of an operation: still running (its start time), or ended (it is then marked ended and its
/// pending effect applied or undone; a failure to apply turns the outcome into `Failed`).
pub enum Poll {
    Running(String),
    Ended,
    Missing,
}

pub async fn poll_op(app: &App, op: &str, provider: OpProvider) -> Poll {
    let (effect, ok) = {
        let mut w = app.world();
        let Some(o) = w.operations.get_mut(op).filter(|o| o.provider == provider) else {
            return Poll::Missing;
        };
        if o.polls_left > 0 {
            o.polls_left -= 1;
            return Poll::Running(o.start_time.clone());
        }
        o.end_time.get_or_insert_with(now_iso);
        (o.effect.take(), o.outcome == "Succeeded")
    };
    if let Some(e) = effect
        && let Err(msg) = finish(app, e, ok).await
        && let Some(o) = app.world().operations.get_mut(op)
    {
        o.outcome = "Failed".into();
        o.properties = Some(json!({"Message": msg}));
    }
    Poll::Ended
}
