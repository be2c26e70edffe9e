//! `connection wait`: az's generic wait command over `local_connection_show` (without its transform): poll
//! GET every `--interval` seconds, at most `ceil(timeout / interval)` times, until the condition holds.
//!
//! az semantics kept: `--exists` is met by any successful GET; `--created`/`--updated` by
//! `provisioningState == Succeeded` (case-insensitive); a `Failed` state ends with `The operation failed`;
//! `--custom` is a JMESPath over the connector (SDK `todict` shape) whose result is truthy in Python's sense;
//! a 404 satisfies `--deleted`, is waited out for `--created`/`--exists`/`--custom`, and is an error (exit 3)
//! otherwise. Nothing is printed when the condition is met.
//!
//! On timeout az *returns* its `CLIError` instead of raising it (Azure/azure-cli#34004), so it prints `{}` and
//! exits 0. We print the same `{}` and exit 0 for drop-in compatibility, and add
//! `WARNING: Wait operation timed-out after N seconds` on stderr (docs/compat.md).

use std::time::Duration;

use super::connector_ref::{self, ConnectorTarget};
use crate::arm::ArmClient;
use crate::cli::connection::{WaitArgs, WaitConditionArgs};
use crate::commands::linker_view::{self, Flavor};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::query::Query;
use crate::output::{log, value::Value};

/// What a wait waits for, and how often it looks (every `… connection wait`).
#[derive(Debug, Clone, Default)]
pub struct WaitCondition {
    pub created: bool,
    pub updated: bool,
    pub deleted: bool,
    pub exists: bool,
    /// `--custom JMESPATH`.
    pub custom: Option<String>,
    /// `--interval` seconds (az default 30).
    pub interval: u64,
    /// `--timeout` seconds (az default 3600).
    pub timeout: u64,
}

impl WaitCondition {
    /// From the shared clap arguments.
    pub fn of(args: &WaitConditionArgs) -> WaitCondition {
        WaitCondition {
            created: args.created,
            updated: args.updated,
            deleted: args.deleted,
            exists: args.exists,
            custom: args.custom.clone(),
            interval: args.interval,
            timeout: args.timeout,
        }
    }

    /// az's checks before the first GET; the compiled `--custom` query.
    fn check(&self) -> Result<Option<Query>> {
        if !(self.created || self.updated || self.deleted || self.exists || self.custom.is_some()) {
            return Err(Error::runtime(
                "incorrect usage: --created | --updated | --deleted | --exists | --custom JMESPATH",
            ));
        }
        if self.interval == 0 {
            return Err(Error::runtime("--interval must be greater than 0"));
        }
        Ok(self.custom.as_deref().map(Query::compile).transpose()?)
    }
}

/// Python's `bool()` of a JMESPath result.
pub fn truthy(v: &Value) -> bool {
    use crate::output::value::Number;
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(Number::Int(i)) => *i != 0,
        Value::Number(Number::BigInt(_)) => true,
        Value::Number(Number::Float(f)) => *f != 0.0,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.map.is_empty(),
    }
}

/// How many GETs az makes: `len(range(0, timeout, interval))`.
pub fn attempts(timeout: u64, interval: u64) -> u64 {
    if interval == 0 {
        return 0;
    }
    timeout.div_ceil(interval)
}

/// What one poll decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Poll {
    /// The condition holds: stop, print nothing.
    Done,
    /// Not yet: sleep and poll again.
    Again,
}

/// az's decision for one successful GET.
pub fn decide_found(
    params: &WaitCondition,
    query: Option<&Query>,
    wire: &serde_json::Value,
) -> Result<Poll> {
    if params.exists {
        return Ok(Poll::Done);
    }
    let state = wire
        .get("properties")
        .and_then(|p| p.get("provisioningState"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_lowercase);
    if state.as_deref() == Some("failed") {
        return Err(Error::runtime("The operation failed"));
    }
    if (params.created || params.updated) && state.as_deref() == Some("succeeded") {
        return Ok(Poll::Done);
    }
    if let Some(q) = query {
        let doc = linker_view::connector(wire, Flavor::Sdk);
        if truthy(&q.search(&doc)?) {
            return Ok(Poll::Done);
        }
    }
    Ok(Poll::Again)
}

/// Polls the connector or linker at `path` until `condition` holds: `None` when it did, az's `{}` after the
/// timeout. Shared by local and compute-source connections.
pub async fn wait_on(
    arm: &ArmClient,
    path: &str,
    condition: &WaitCondition,
) -> Result<Option<Value>> {
    let query = condition.check()?;
    for _ in 0..attempts(condition.timeout, condition.interval) {
        match arm.linker_get(path).await {
            Ok(wire) => {
                if decide_found(condition, query.as_ref(), &wire)? == Poll::Done {
                    return Ok(None);
                }
            }
            Err(e) if e.is_not_found() => {
                if condition.deleted {
                    return Ok(None);
                }
                if !(condition.created || condition.exists || condition.custom.is_some()) {
                    return Err(e.into());
                }
            }
            Err(e) => return Err(e.into()),
        }
        tokio::time::sleep(Duration::from_secs(condition.interval)).await;
    }
    log::warning(&format!(
        "Wait operation timed-out after {} seconds",
        condition.timeout
    ));
    Ok(Some(Value::Object(crate::output::value::Object::new())))
}

/// Runs `connection wait`.
pub async fn run(args: &WaitArgs, ctx: &Context) -> Result<Outcome> {
    let condition = WaitCondition::of(&args.condition);
    condition.check()?;
    let target =
        connector_ref::resolve(&ctx.azure, &ConnectorTarget::from_args(&args.target)).await?;
    let arm = ctx.azure.arm()?;
    Ok(super::document(
        wait_on(arm, &target.path(), &condition).await?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn attempts_follow_python_range() {
        assert_eq!(attempts(3600, 30), 120);
        assert_eq!(attempts(5, 2), 3);
        assert_eq!(attempts(0, 30), 0);
        assert_eq!(attempts(1, 30), 1);
        assert_eq!(attempts(10, 0), 0);
    }

    #[test]
    fn truthiness_is_pythons() {
        assert!(!truthy(&Value::Null));
        assert!(!truthy(&Value::String(String::new())));
        assert!(truthy(&Value::String("x".into())));
        assert!(!truthy(&Value::Array(vec![])));
        assert!(!truthy(&Value::Number(crate::output::value::Number::Int(
            0
        ))));
        assert!(truthy(&Value::Bool(true)));
    }

    fn params() -> WaitCondition {
        WaitCondition {
            interval: 1,
            timeout: 1,
            ..Default::default()
        }
    }

    #[test]
    fn decisions() {
        let ok = json!({"properties": {"provisioningState": "Succeeded"}});
        let busy = json!({"properties": {"provisioningState": "Updating"}});
        let failed = json!({"properties": {"provisioningState": "FAILED"}});
        let created = WaitCondition {
            created: true,
            ..params()
        };
        assert_eq!(decide_found(&created, None, &ok).expect("ok"), Poll::Done);
        assert_eq!(
            decide_found(&created, None, &busy).expect("ok"),
            Poll::Again
        );
        let e = decide_found(&created, None, &failed).expect_err("failed");
        assert_eq!(e.to_string(), "The operation failed");
        let exists = WaitCondition {
            exists: true,
            ..params()
        };
        assert_eq!(
            decide_found(&exists, None, &failed).expect("ok"),
            Poll::Done
        );
        let deleted = WaitCondition {
            deleted: true,
            ..params()
        };
        assert_eq!(decide_found(&deleted, None, &ok).expect("ok"), Poll::Again);
    }
}
