//! The compute-source family of the fault matrix for container apps: `containerapp connection create
//! postgres-flexible --system-identity` (signed in as the service principal) with every HTTP fault at the steps
//! only a compute source has — the Microsoft.App registration check, the app read, the identity assignment (a
//! long-running PUT of the app) and its operation polls, the linker PUT and its operation polls. The server steps
//! are the HTTP family's. A failure before the SQL leaves no role and no linker; after it, the role stays granted.
//! Also the runner the compute families share ([`http_faults`], [`compute_args`]).

use super::http::{Fault, Step, expect, smoke_only, step};
use super::{Case, Kind, Matrix, Principal};

fn steps() -> Vec<Step> {
    let app = "/subscriptions/*/resourceGroups/rg/providers/Microsoft.App/containerApps/*";
    vec![
        step(
            "GET provider Microsoft.App",
            "GET",
            "/subscriptions/*/providers/Microsoft.App".to_owned(),
            None,
        ),
        step("GET container app", "GET", app.to_owned(), None),
        Step {
            starts_lro: true,
            ..step("PUT container app (identity)", "PUT", app.to_owned(), None)
        },
        step(
            "container app LRO poll",
            "GET",
            "/**/containerappOperationStatuses/*".to_owned(),
            None,
        ),
        linker_put(),
        linker_poll(),
    ]
}

/// The linker PUT: after the SQL, the linker may exist when it fails.
pub(super) fn linker_put() -> Step {
    Step {
        connector_step: true,
        after_sql: true,
        starts_lro: true,
        ..step(
            "PUT linker",
            "PUT",
            "/**/linkers/*".to_owned(),
            Some("creating the connector"),
        )
    }
}

/// The linker PUT's operation polls.
pub(super) fn linker_poll() -> Step {
    Step {
        connector_step: true,
        after_sql: true,
        ..step(
            "linker LRO poll",
            "GET",
            "/**/operationStatuses/*".to_owned(),
            Some("creating the connector"),
        )
    }
}

/// A compute create for the case's connection name (taken from the matrix's own command line): `source` is the
/// group and what names the app (`["containerapp", "-n", "capp1", "-c", "capp1"]`), then the system identity,
/// signed in as the matrix's service principal.
pub(super) fn compute_args(source: &[&str], matrix_args: &[String]) -> Vec<String> {
    let connection = matrix_args
        .iter()
        .skip_while(|a| *a != "--connection")
        .nth(1)
        .cloned()
        .unwrap_or_default();
    let (group, naming) = source.split_first().unwrap_or((&"", &[]));
    let head = [
        *group,
        "connection",
        "create",
        "postgres-flexible",
        "-g",
        "rg",
    ];
    let tail = [
        "--connection",
        &connection,
        "--tg",
        "rg",
        "--server",
        "srv",
        "--database",
        "demo",
        "--system-identity",
        "--auth-source",
        "env",
        "-y",
        "-o",
        "none",
        "--debug",
    ];
    head.iter()
        .chain(naming)
        .chain(tail.iter())
        .map(|s| (*s).to_owned())
        .collect()
}

/// Every fault at every step (`smoke`: only the listed cases under `AZCONN_FAULT_MATRIX=smoke`), each run with
/// `args` built from the case's command line; the fault must have been hit.
pub(super) fn http_faults(
    m: &mut Matrix,
    steps: Vec<Step>,
    smoke: &[(&str, Fault)],
    args: impl Fn(&[String]) -> Vec<String>,
) {
    let only_smoke = smoke_only();
    for s in steps {
        for fault in Fault::ALL {
            if fault == Fault::LroFailed && !s.starts_lro {
                continue;
            }
            if only_smoke && !smoke.iter().any(|(n, f)| *n == s.name && *f == fault) {
                continue;
            }
            let case = Case {
                kind: Kind::Flexible,
                principal: Principal::ServicePrincipal,
                step: s.name.to_owned(),
                fault: fault.label().to_owned(),
                expect: expect(&s, fault),
            };
            m.case_with(
                &case,
                |c| match fault.knob(s.method, &s.path) {
                    Some(knob) => c.admin.fault(&knob),
                    None => c.admin.lro(s.method, &s.path, 0, "Failed"),
                },
                |m, matrix_args| m.run_args(&args(matrix_args)),
                // A stalled answer is logged without a marker; the client's timeout shows in its --debug log.
                |o| {
                    fault == Fault::LroFailed
                        || o.any_fault_logged()
                        || (fault == Fault::Stall && o.run.stderr.contains("timed out"))
                },
            );
        }
    }
}

const SMOKE: &[(&str, Fault)] = &[
    ("PUT container app (identity)", Fault::Status503),
    ("PUT container app (identity)", Fault::LroFailed),
    ("container app LRO poll", Fault::Permanent500),
    ("PUT linker", Fault::Permanent500),
];

#[test]
fn containerapp_create_survives_or_fails_cleanly_at_every_compute_step() {
    let mut m = Matrix::start();
    http_faults(&mut m, steps(), SMOKE, |args| {
        compute_args(&["containerapp", "-n", "capp1", "-c", "capp1"], args)
    });
    m.finish(
        "http-containerapp",
        "HTTP faults, containerapp connection create postgres-flexible --system-identity (service principal)",
        !smoke_only(),
    );
}
