//! The compute-source family of the fault matrix: `containerapp connection create postgres-flexible
//! --system-identity` (signed in as the service principal) with every HTTP fault at the steps only a compute
//! source has — the Microsoft.App registration check, the app read, the identity assignment (a long-running PUT
//! of the app) and its operation polls, the linker PUT and its operation polls. The server steps are the HTTP
//! family's. A failure before the SQL leaves no role and no linker; after it, the role stays granted.

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
        },
        Step {
            connector_step: true,
            after_sql: true,
            ..step(
                "linker LRO poll",
                "GET",
                "/**/operationStatuses/*".to_owned(),
                Some("creating the connector"),
            )
        },
    ]
}

/// The container app create for the case's connection name (taken from the matrix's own command line).
fn containerapp_args(matrix_args: &[String]) -> Vec<String> {
    let connection = matrix_args
        .iter()
        .skip_while(|a| *a != "--connection")
        .nth(1)
        .cloned()
        .unwrap_or_default();
    [
        "containerapp",
        "connection",
        "create",
        "postgres-flexible",
        "-g",
        "rg",
        "-n",
        "capp1",
        "-c",
        "capp1",
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
    ]
    .map(str::to_owned)
    .to_vec()
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
    let smoke = smoke_only();
    for s in steps() {
        for fault in Fault::ALL {
            if fault == Fault::LroFailed && !s.starts_lro {
                continue;
            }
            if smoke && !SMOKE.iter().any(|(n, f)| *n == s.name && *f == fault) {
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
                |m, args| m.run_args(&containerapp_args(args)),
                |o| {
                    fault == Fault::LroFailed
                        || o.any_fault_logged()
                        || (fault == Fault::Stall && o.run.stderr.contains("timed out"))
                },
            );
        }
    }
    m.finish(
        "http-containerapp",
        "HTTP faults, containerapp connection create postgres-flexible --system-identity (service principal)",
        !smoke,
    );
}
