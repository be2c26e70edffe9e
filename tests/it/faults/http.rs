//! The HTTP family of the fault matrix: every token request, ARM/Graph call, long-running-operation poll and
//! the connector PUT of `create postgres-flexible` and `create postgres` (service principal), each with every
//! fault the emulator's knobs inject: 429 + Retry-After, 500, 503, a reset connection, a stall past the client
//! timeout (`AZCONN_HTTP_TIMEOUT_MS`), 500 on every attempt, and (for requests that start an operation) an
//! operation that ends `Failed`.

use serde_json::{Value, json};

use super::{Case, Expect, Kind, Matrix, Observed, RoleAfter, STALL_MS, route_fault};
use crate::common::Run;
use crate::common::emulator::Admin;

/// One injected fault.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Fault {
    Status429,
    Status500,
    Status503,
    Reset,
    Stall,
    /// 500 on every matching call: retries run out.
    Permanent500,
    /// The long-running operation the request starts ends `Failed`.
    LroFailed,
}

impl Fault {
    pub(super) const ALL: [Fault; 7] = [
        Fault::Status429,
        Fault::Status500,
        Fault::Status503,
        Fault::Reset,
        Fault::Stall,
        Fault::Permanent500,
        Fault::LroFailed,
    ];

    pub(super) fn label(self) -> &'static str {
        match self {
            Fault::Status429 => "429 + Retry-After",
            Fault::Status500 => "500 once",
            Fault::Status503 => "503 once",
            Fault::Reset => "reset once",
            Fault::Stall => "stall past timeout",
            Fault::Permanent500 => "500 always",
            Fault::LroFailed => "LRO Failed",
        }
    }

    /// Whether a run shows that this fault fired: the request log marks an injected answer, an operation that
    /// ends `Failed` needs no marker, and a stalled answer is logged without one but the client's timeout shows in
    /// its --debug log.
    pub(super) fn seen(self, o: &Observed<'_>) -> bool {
        self == Fault::LroFailed
            || o.any_fault_logged()
            || (self == Fault::Stall && o.run.stderr.contains("timed out"))
    }

    fn transient(self) -> bool {
        !matches!(self, Fault::Permanent500 | Fault::LroFailed)
    }

    /// The admin knob body for `route` (None: an LRO script instead).
    pub(super) fn knob(self, method: &str, path: &str) -> Option<Value> {
        let extra = match self {
            Fault::Status429 => json!({"action": "status", "status": 429, "retryAfter": 1}),
            Fault::Status500 => json!({"action": "status", "status": 500}),
            Fault::Status503 => json!({"action": "status", "status": 503}),
            Fault::Reset => json!({"action": "reset"}),
            Fault::Stall => json!({"action": "stall", "ms": STALL_MS}),
            Fault::Permanent500 => json!({"action": "status", "status": 500, "times": 1000}),
            Fault::LroFailed => return None,
        };
        Some(route_fault(method, path, &extra))
    }
}

/// One step of the flow: its name in the table, the route, and the step text a permanent failure names.
pub(super) struct Step {
    pub(super) name: &'static str,
    pub(super) method: &'static str,
    pub(super) path: String,
    /// What `The step that failed:` says (None: the error is worded by az's own wrapper).
    pub(super) failed_step: Option<&'static str>,
    /// Whether the SQL has run when this step fails (the role then exists, fully granted).
    pub(super) after_sql: bool,
    /// Whether a permanent failure here is expected to fail the run (false: cleanup steps that only warn).
    pub(super) fails_run: bool,
    /// The connector PUT or its operation (ARM may have accepted the connector when these fail).
    pub(super) connector_step: bool,
    /// Whether the request starts a long-running operation.
    pub(super) starts_lro: bool,
}

impl Step {
    /// The faults that apply here: every one, an operation that ends `Failed` only where the request starts one.
    pub(super) fn faults(&self) -> impl Iterator<Item = Fault> + use<> {
        let starts_lro = self.starts_lro;
        Fault::ALL
            .into_iter()
            .filter(move |f| *f != Fault::LroFailed || starts_lro)
    }

    /// Arranges `fault` at this step: a fault knob on its route, or its operation ending `Failed`.
    pub(super) fn inject(&self, admin: &Admin, fault: Fault) {
        match fault.knob(self.method, &self.path) {
            Some(knob) => admin.fault(&knob),
            None => admin.lro(self.method, &self.path, 0, "Failed"),
        }
    }
}

/// Runs the case of `fault` at step `s` of a `kind` run as the service principal, `run` running the matrix's
/// command line (or the one a family makes of it), and records its row.
pub(super) fn http_case(
    m: &mut Matrix,
    kind: Kind,
    s: &Step,
    fault: Fault,
    run: impl FnOnce(&Matrix, &[String]) -> Run,
) {
    m.case_with(
        &Case::new(kind, s.name, fault.label(), expect(s, fault)),
        |c| s.inject(c.admin, fault),
        run,
        |o| fault.seen(o),
    );
}

pub(super) fn step(
    name: &'static str,
    method: &'static str,
    path: String,
    failed_step: Option<&'static str>,
) -> Step {
    Step {
        name,
        method,
        path,
        failed_step,
        after_sql: false,
        fails_run: true,
        connector_step: false,
        starts_lro: false,
    }
}

pub(super) fn steps(kind: Kind) -> Vec<Step> {
    let srv = format!(
        "/subscriptions/*/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/{}/*",
        kind.provider()
    );
    let mut v = vec![
        step(
            "token (Entra)",
            "POST",
            "/*/oauth2/v2.0/token".to_owned(),
            None,
        ),
        step(
            "GET resource group",
            "GET",
            "/subscriptions/*/resourcegroups/rg".to_owned(),
            Some("reading the resource group"),
        ),
        step("GET server", "GET", srv.clone(), Some("reading the server")),
        step(
            "GET administrators",
            "GET",
            format!("{srv}/administrators"),
            Some("reading the Microsoft Entra administrators"),
        ),
        step(
            "GET database",
            "GET",
            format!("{srv}/databases/*"),
            Some("reading the database"),
        ),
        step(
            "Graph service principal",
            "GET",
            "/v1.0/servicePrincipals".to_owned(),
            None,
        ),
    ];
    if kind == Kind::Flexible {
        v.push(Step {
            starts_lro: true,
            ..step(
                "PATCH server (Entra auth)",
                "PATCH",
                srv.clone(),
                Some("enabling Microsoft Entra authentication"),
            )
        });
    }
    v.extend([
        Step {
            starts_lro: true,
            ..step(
                "PUT administrator",
                "PUT",
                format!("{srv}/administrators/*"),
                Some("setting the Microsoft Entra administrator"),
            )
        },
        Step {
            starts_lro: true,
            ..step(
                "PUT firewall rule",
                "PUT",
                format!("{srv}/firewallRules/*"),
                Some("adding the firewall rule"),
            )
        },
        Step {
            fails_run: false,
            after_sql: true,
            ..step(
                "DELETE firewall rule",
                "DELETE",
                format!("{srv}/firewallRules/*"),
                None,
            )
        },
    ]);
    v.extend(connector_steps(
        "PUT connector",
        "connector LRO poll",
        "/**/connectors/*",
    ));
    v
}

/// The steps that record the connection: the PUT of the connector (or of a compute source's linker) on `path`,
/// which starts an operation, and that operation's polls. They come after the SQL, and ARM may have accepted the
/// connector when they fail.
pub(super) fn connector_steps(put: &'static str, poll: &'static str, path: &str) -> [Step; 2] {
    let failed_step = Some("creating the connector");
    let recording = |s: Step| Step {
        connector_step: true,
        after_sql: true,
        ..s
    };
    [
        recording(Step {
            starts_lro: true,
            ..step(put, "PUT", path.to_owned(), failed_step)
        }),
        recording(step(
            poll,
            "GET",
            "/**/operationStatuses/*".to_owned(),
            failed_step,
        )),
    ]
}

/// The outcome the issue allows for `fault` at step `s`.
pub(super) fn expect(s: &Step, fault: Fault) -> Expect {
    if fault.transient() {
        Expect::Succeeds
    } else if !s.fails_run {
        Expect::SucceedsRuleKept
    } else {
        Expect::Fails {
            step: s.failed_step,
            role: if s.after_sql {
                RoleAfter::Granted
            } else {
                RoleAfter::Absent
            },
            connector_may_exist: s.connector_step,
        }
    }
}

/// The CI smoke set (one case per fault kind at the steps where the flow changes something); the default is
/// every case. `AZCONN_FAULT_MATRIX=smoke` picks the smoke set.
pub(super) fn smoke_only() -> bool {
    std::env::var("AZCONN_FAULT_MATRIX").is_ok_and(|v| v == "smoke")
}

const SMOKE: &[(Kind, &str, Fault)] = &[
    (Kind::Flexible, "GET server", Fault::Stall),
    (
        Kind::Flexible,
        "PATCH server (Entra auth)",
        Fault::LroFailed,
    ),
    (Kind::Flexible, "PUT administrator", Fault::Status429),
    (Kind::Flexible, "PUT firewall rule", Fault::Permanent500),
    (Kind::Flexible, "DELETE firewall rule", Fault::Reset),
    (Kind::Flexible, "PUT connector", Fault::Status503),
    (Kind::Flexible, "PUT connector", Fault::Permanent500),
    (Kind::Single, "GET database", Fault::Status500),
    (Kind::Single, "PUT administrator", Fault::Permanent500),
];

fn family(kind: Kind) {
    let mut m = Matrix::start();
    let smoke = smoke_only();
    for s in steps(kind) {
        for fault in s.faults() {
            if smoke
                && !SMOKE
                    .iter()
                    .any(|(k, name, f)| *k == kind && *name == s.name && *f == fault)
            {
                continue;
            }
            http_case(&mut m, kind, &s, fault, Matrix::run_args);
        }
    }
    let title = format!("HTTP faults, create {} (service principal)", kind.verb());
    m.finish(&format!("http-{}", kind.label()), &title, !smoke);
}

per_server_kind!(
    create_postgres_flexible_survives_or_fails_cleanly_at_every_http_step,
    create_postgres_survives_or_fails_cleanly_at_every_http_step
);
