//! Test and benchmark knobs, set through the admin port or start flags: per-route latency, fault scripts (status,
//! Retry-After, connection reset, stall, token expiry), PostgreSQL faults and round-trip time, scripted long-running
//! operations and the connector list page size.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A method (optional, `*` = any) and a path pattern: segments compared case-insensitively, `*` matches one
/// segment, `**` any number (also none). The query string is not part of the path.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Route {
    #[serde(default)]
    pub method: Option<String>,
    pub path: String,
}

impl Route {
    pub fn matches(&self, method: &str, path: &str) -> bool {
        if let Some(m) = &self.method
            && m != "*"
            && !m.eq_ignore_ascii_case(method)
        {
            return false;
        }
        let pat: Vec<&str> = self.path.split('/').filter(|s| !s.is_empty()).collect();
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        glob(&pat, &segs)
    }
}

fn glob(pat: &[&str], segs: &[&str]) -> bool {
    match pat.split_first() {
        None => segs.is_empty(),
        Some((&"**", rest)) => (0..=segs.len()).any(|i| glob(rest, &segs[i..])),
        Some((p, rest)) => match segs.split_first() {
            Some((s, srest)) => (*p == "*" || p.eq_ignore_ascii_case(s)) && glob(rest, srest),
            None => false,
        },
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteLatency {
    #[serde(flatten)]
    pub route: Route,
    pub ms: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Latency {
    #[serde(default)]
    pub default_ms: u64,
    #[serde(default)]
    pub routes: Vec<RouteLatency>,
}

/// What a fault does to the request it hits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "action"
)]
pub enum FaultAction {
    /// Answer with this status (and optional Retry-After header and JSON body) instead of the real answer.
    Status {
        status: u16,
        #[serde(default)]
        retry_after: Option<u64>,
        #[serde(default)]
        body: Option<Value>,
    },
    /// Close the connection without an answer.
    Reset,
    /// Wait this long, then answer normally.
    Stall { ms: u64 },
    /// Make every access token issued so far expire (a new token generation, like `POST /expire-tokens`):
    /// `after` (default) answers the request normally first, so the expiry falls between this step and the
    /// next; `before` expires first, so this request's own token is already refused.
    ExpireTokens {
        #[serde(default)]
        when: ExpireWhen,
    },
    /// Answer with ARM's Continuous Access Evaluation claims challenge (`arm::auth::claims_challenge`): `claims`
    /// (JSON) to ask for, by default a revocation's `nbf` (`cae::revocation`) as ARM sends it for a revoked
    /// session. From then on ARM refuses the session's tokens that do not meet it with the same challenge.
    ClaimsChallenge {
        #[serde(default)]
        claims: Option<Value>,
    },
}

/// When an [`FaultAction::ExpireTokens`] fault expires the tokens, relative to answering the request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ExpireWhen {
    #[default]
    After,
    Before,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fault {
    #[serde(flatten)]
    pub route: Route,
    /// The first matching call (1-based) the fault hits.
    #[serde(default = "one")]
    pub nth: u64,
    /// How many consecutive matching calls it hits from the nth on.
    #[serde(default = "one")]
    pub times: u64,
    #[serde(flatten)]
    pub action: FaultAction,
    /// Matching calls seen so far.
    #[serde(default)]
    pub seen: u64,
}

fn one() -> u64 {
    1
}

/// How long-running operations started by matching requests end.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LroScript {
    #[serde(flatten)]
    pub route: Route,
    /// Status polls answered "in progress" before the operation ends.
    #[serde(default)]
    pub polls: u32,
    /// `Succeeded` (default), `Failed` or `Canceled`.
    #[serde(default = "succeeded")]
    pub result: String,
}

fn succeeded() -> String {
    "Succeeded".into()
}

/// A PostgreSQL fault (`POST /knobs/pg-faults`): a statement fault (`terminate`, `error`; needs `match`) carried
/// out inside the clusters, or a connect fault (`reset`, `stall`) carried out by the router.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PgFault {
    /// The ARM name of the server it applies to (None: every server).
    #[serde(default)]
    pub server: Option<String>,
    /// Statement faults: hit top-level statements whose text contains this (ASCII case-insensitive).
    #[serde(default, rename = "match")]
    pub matches: Option<String>,
    /// `terminate`, `error`, `reset` or `stall`.
    pub action: String,
    /// `error`: the SQLSTATE (5 characters of 0-9A-Z).
    #[serde(default)]
    pub sqlstate: Option<String>,
    /// `error`: the message (default: `injected by azconn-emulator`).
    #[serde(default)]
    pub message: Option<String>,
    /// `stall`: how long the connection is held, in milliseconds.
    #[serde(default)]
    pub ms: Option<u64>,
    #[serde(default = "one")]
    pub nth: u64,
    #[serde(default = "one")]
    pub times: u64,
    /// Matching statements or connections so far (filled in by `GET /knobs`).
    #[serde(default)]
    pub seen: u64,
    /// Where the fault was installed.
    #[serde(skip)]
    pub handles: Vec<PgFaultHandle>,
}

/// One installed piece of a [`PgFault`]: a statement fault in one server's script, or a router connect fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgFaultHandle {
    Statement { server: usize, index: usize },
    Connect { index: usize },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Knobs {
    pub latency: Latency,
    pub faults: Vec<Fault>,
    pub lro: Vec<LroScript>,
    pub page_size: usize,
    pub pg_faults: Vec<PgFault>,
    /// Round-trip time the PostgreSQL router adds to each connection (`PUT /knobs/pg-latency`), in milliseconds.
    pub pg_latency_ms: u64,
}

impl Default for Knobs {
    fn default() -> Self {
        Knobs {
            latency: Latency::default(),
            faults: Vec::new(),
            lro: Vec::new(),
            page_size: 100,
            pg_faults: Vec::new(),
            pg_latency_ms: 0,
        }
    }
}

impl Knobs {
    /// The latency to add to this request: the last matching route's, else the default.
    pub fn latency_ms(&self, method: &str, path: &str) -> u64 {
        self.latency
            .routes
            .iter()
            .rev()
            .find(|r| r.route.matches(method, path))
            .map_or(self.latency.default_ms, |r| r.ms)
    }

    /// Counts this call against every matching fault and returns the action of the first that hits it.
    pub fn take_fault(&mut self, method: &str, path: &str) -> Option<FaultAction> {
        let mut hit = None;
        for f in &mut self.faults {
            if f.route.matches(method, path) {
                f.seen += 1;
                if hit.is_none() && f.seen >= f.nth && f.seen < f.nth + f.times {
                    hit = Some(f.action.clone());
                }
            }
        }
        hit
    }

    /// `(polls, outcome)` for an LRO started by this request.
    pub fn lro_for(&self, method: &str, path: &str) -> (u32, String) {
        self.lro
            .iter()
            .rev()
            .find(|s| s.route.matches(method, path))
            .map_or((0, succeeded()), |s| (s.polls, s.result.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(method: Option<&str>, pat: &str, req_method: &str, path: &str, expect: bool) {
        let r = Route {
            method: method.map(str::to_string),
            path: pat.to_string(),
        };
        assert_eq!(
            r.matches(req_method, path),
            expect,
            "{pat} vs {req_method} {path}"
        );
    }

    #[test]
    fn route_patterns() {
        check(
            None,
            "/subscriptions/*/resourcegroups/*",
            "GET",
            "/subscriptions/s/resourceGroups/rg",
            true,
        );
        check(
            Some("PUT"),
            "/**/connectors/*",
            "PUT",
            "/subscriptions/s/x/connectors/c",
            true,
        );
        check(
            Some("PUT"),
            "/**/connectors/*",
            "GET",
            "/subscriptions/s/x/connectors/c",
            false,
        );
        check(None, "/**", "GET", "/", true);
        check(
            None,
            "/subscriptions/*",
            "GET",
            "/subscriptions/s/resourcegroups",
            false,
        );
        check(
            Some("*"),
            "/**/FLEXIBLESERVERS/srv",
            "PATCH",
            "/a/flexibleServers/srv",
            true,
        );
    }

    #[test]
    fn fault_hits_nth_call_only() {
        let mut k = Knobs::default();
        k.faults.push(Fault {
            route: Route {
                method: None,
                path: "/x".into(),
            },
            nth: 2,
            times: 1,
            action: FaultAction::Reset,
            seen: 0,
        });
        let hits: Vec<bool> = (0..4)
            .map(|_| k.take_fault("GET", "/x").is_some())
            .collect();
        assert_eq!(hits, vec![false, true, false, false]);
    }

    #[test]
    fn expire_tokens_fault_parses() {
        let f: Fault = serde_json::from_value(serde_json::json!(
            {"path": "/**", "action": "expireTokens", "times": 3}
        ))
        .expect("fault");
        assert!(matches!(
            f.action,
            FaultAction::ExpireTokens {
                when: ExpireWhen::After
            }
        ));
        assert_eq!(f.times, 3);
        let f: Fault = serde_json::from_value(serde_json::json!(
            {"path": "/**", "action": "expireTokens", "when": "before"}
        ))
        .expect("fault");
        assert!(matches!(
            f.action,
            FaultAction::ExpireTokens {
                when: ExpireWhen::Before
            }
        ));
    }
}
