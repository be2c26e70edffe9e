//! The compute-source family of the fault matrix for App Service: `webapp connection create postgres-flexible
//! --system-identity` (signed in as the service principal; the server's firewall closed, so every run adds a
//! temporary rule) with every HTTP fault at the steps a web app adds or that the temporary rule depends on — the
//! site read (identity check), the identity assignment (a PUT of the site), the firewall rule's PUT and DELETE,
//! the linker PUT and its operation polls —, the SQL failing for good, and SIGTERM/SIGINT while each change is in
//! flight. Whatever happens, no temporary rule is left and no role is left half-granted.

use serde_json::json;

use super::compute::{compute_args, http_faults, linker_poll, linker_put};
use super::http::{Fault, Step, smoke_only, step};
use super::interrupts::{STALL_MS, http_stall_begun, pg_stall_begun, run_and_signal};
use super::{Case, Expect, Kind, Matrix, Principal, RoleAfter};

/// The web app the family connects.
const WEBAPP: &[&str] = &["webapp", "-n", "app1", "--client-type", "python"];

/// What `The step that failed:` says for the SQL.
const SQL_STEP: &str = "creating the role and granting privileges";

fn args(matrix_args: &[String]) -> Vec<String> {
    compute_args(WEBAPP, matrix_args)
}

fn firewall_rule() -> String {
    "/subscriptions/*/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/firewallRules/*"
        .to_owned()
}

fn steps() -> Vec<Step> {
    let site = "/subscriptions/*/resourceGroups/rg/providers/Microsoft.Web/sites/*";
    vec![
        step("GET site (identity check)", "GET", site.to_owned(), None),
        step("PUT site (identity)", "PUT", site.to_owned(), None),
        Step {
            starts_lro: true,
            ..step(
                "PUT firewall rule",
                "PUT",
                firewall_rule(),
                Some("adding the firewall rule"),
            )
        },
        Step {
            fails_run: false,
            after_sql: true,
            ..step("DELETE firewall rule", "DELETE", firewall_rule(), None)
        },
        linker_put(),
        linker_poll(),
    ]
}

const SMOKE: &[(&str, Fault)] = &[
    ("PUT site (identity)", Fault::Status503),
    ("PUT site (identity)", Fault::Permanent500),
    ("PUT firewall rule", Fault::LroFailed),
    ("DELETE firewall rule", Fault::Permanent500),
    ("PUT linker", Fault::Permanent500),
];

#[test]
fn webapp_create_survives_or_fails_cleanly_at_every_compute_step() {
    let mut m = Matrix::start();
    http_faults(&mut m, steps(), SMOKE, args);
    // The SQL failing for good, inside the temporary rule: the role this run created is dropped, the rule removed.
    let sql_faults = [
        (
            "pgaadauth_create_principal_with_oid",
            "SQL error 42501",
            json!({"match": "pgaadauth_create_principal_with_oid", "action": "error",
                   "sqlstate": "42501", "message": "permission denied (injected)", "times": 100}),
        ),
        (
            "GRANT … ON ALL TABLES",
            "session killed every time",
            json!({"match": "GRANT ALL PRIVILEGES ON ALL TABLES", "action": "terminate", "times": 100}),
        ),
    ];
    for (statement, fault, mut knob) in sql_faults {
        if smoke_only() && statement != "GRANT … ON ALL TABLES" {
            continue;
        }
        knob["server"] = json!(Kind::Flexible.server());
        let case = Case {
            kind: Kind::Flexible,
            principal: Principal::ServicePrincipal,
            step: statement.to_owned(),
            fault: fault.to_owned(),
            expect: Expect::fails(Some(SQL_STEP), RoleAfter::Absent),
        };
        let probe = m.emu.admin();
        m.case_with(
            &case,
            |c| c.admin.pg_fault(&knob),
            |m, matrix_args| m.run_args(&args(matrix_args)),
            |_| {
                probe.knobs()["pgFaults"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|f| f["seen"].as_u64().unwrap_or(0) > 0))
            },
        );
    }
    m.finish(
        "http-webapp",
        "HTTP and SQL faults, webapp connection create postgres-flexible --system-identity (service principal, firewall closed)",
        !smoke_only(),
    );
}

/// SIGTERM or SIGINT (alternating) while each change of a web app's create is in flight: the identity PUT, the
/// temporary rule's PUT and DELETE, the PostgreSQL connects and the role's creation, the linker PUT.
// A method path is not general enough over the borrow's lifetime where a closure is.
#[allow(clippy::redundant_closure_for_method_calls)]
#[test]
fn webapp_create_cleans_up_when_interrupted_at_any_change() {
    let mut m = Matrix::start();
    let changes = steps().into_iter().filter(|s| s.method != "GET");
    let mut n = 0;
    let mut signal = || {
        n += 1;
        if n % 2 == 1 {
            ("TERM", 143)
        } else {
            ("INT", 130)
        }
    };
    for s in changes {
        let (sig, code) = signal();
        let case = Case {
            kind: Kind::Flexible,
            principal: Principal::ServicePrincipal,
            step: s.name.to_owned(),
            fault: format!("SIG{sig} while it is in flight"),
            expect: Expect::Interrupted {
                code,
                connector_may_exist: s.connector_step,
            },
        };
        let knob = json!({"method": s.method, "path": s.path, "nth": 1, "times": 1,
            "action": "stall", "ms": STALL_MS});
        m.case_with(
            &case,
            |c| c.admin.fault(&knob),
            |m, matrix_args| run_and_signal(m, &args(matrix_args), sig, http_stall_begun),
            |o| o.any_fault_logged(),
        );
    }
    // Every connect of the run stalls (create opens its sessions together), then the role's creation.
    let pg = [
        (
            "PostgreSQL connect",
            json!({"action": "stall", "ms": STALL_MS, "nth": 1, "times": 10}),
        ),
        (
            "pgaadauth_create_principal_with_oid",
            json!({"match": "pgaadauth_create_principal_with_oid", "action": "stall", "ms": STALL_MS,
                   "nth": 1, "times": 1}),
        ),
    ];
    for (label, mut knob) in pg {
        knob["server"] = json!(Kind::Flexible.server());
        let (sig, code) = signal();
        let case = Case {
            kind: Kind::Flexible,
            principal: Principal::ServicePrincipal,
            step: label.to_owned(),
            fault: format!("SIG{sig} while it is in flight"),
            expect: Expect::Interrupted {
                code,
                connector_may_exist: false,
            },
        };
        let stalled = std::cell::Cell::new(false);
        m.case_with(
            &case,
            |c| c.admin.pg_fault(&knob),
            |m, matrix_args| {
                run_and_signal(m, &args(matrix_args), sig, |m| {
                    let begun = pg_stall_begun(m);
                    stalled.set(stalled.get() || begun);
                    begun
                })
            },
            |_| stalled.get(),
        );
    }
    m.finish(
        "interrupts-webapp",
        "Interrupts, webapp connection create postgres-flexible --system-identity (service principal, firewall closed)",
        true,
    );
}
