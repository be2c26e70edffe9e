//! The interrupt family of the fault matrix: SIGTERM or SIGINT while each step of
//! `create postgres-flexible` and `create postgres` (service principal) is in flight — every HTTP request
//! (stalled by the emulator), the PostgreSQL connect (held by its router) and SQL statements mid-batch (held
//! inside PostgreSQL) — the signal is sent once the stall has begun. Every run must exit 143/130 with one last
//! `ERROR: Interrupted; …` line saying what was cleaned up, leave no temporary firewall rule, and leave the role
//! absent or fully granted and no connector (unless the connector PUT itself was in flight).

use std::io::Read;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::http::steps;
use super::{Case, Expect, Kind, Matrix};
use crate::common::Run;

/// How long the interrupted step's request stalls: longer than it takes to send the signal, short enough that
/// a step that lets its work finish (the SQL step) does not make the case slow.
pub(super) const STALL_MS: u64 = 3000;

/// Whether the HTTP stall has begun (the emulator logs it as it begins).
pub(super) fn http_stall_begun(m: &Matrix) -> bool {
    m.emu.requests().iter().any(|r| r["fault"] == "stall")
}

/// Whether the PostgreSQL stall (statement or connect) has begun: its fault has seen a statement or connection.
pub(super) fn pg_stall_begun(m: &Matrix) -> bool {
    m.emu.admin().knobs()["pgFaults"]
        .as_array()
        .is_some_and(|a| a.iter().any(|f| f["seen"].as_u64().unwrap_or(0) > 0))
}

/// Runs `args`, waits (bounded) until `begun` says the stall has begun, sends `signal`, and waits for the
/// exit. A stall that never begins (the step was not reached) still ends with the signal.
pub(super) fn run_and_signal(
    m: &Matrix,
    args: &[String],
    signal: &str,
    begun: impl Fn(&Matrix) -> bool,
) -> Run {
    // The stalled request must still be waiting when the signal comes: no client timeout within the stall.
    let mut child = m
        .azconn
        .clone()
        .env("AZCONN_HTTP_TIMEOUT_MS", "30000")
        .args(args)
        .spawn();
    let started = Instant::now();
    for _ in 0..200 {
        if begun(m) {
            break;
        }
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Let the request settle into its wait (the signal must not race the request being sent).
    std::thread::sleep(Duration::from_millis(100));
    let _ = Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status();
    // Drain both pipes while waiting, so a chatty child cannot block on a full pipe.
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_string(&mut stdout);
    }
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    let status = child.wait().expect("wait azconn");
    // A stalled request the client abandoned may still be answered by the emulator: wait until the stall is
    // over so it cannot change the next case's state.
    let over = Duration::from_millis(STALL_MS + 300);
    if let Some(rest) = over.checked_sub(started.elapsed()) {
        std::thread::sleep(rest);
    }
    Run {
        code: status.code().unwrap_or(-1),
        stdout,
        stderr,
    }
}

/// Where a case's stall is injected.
enum Stall {
    /// An HTTP request, stalled by the emulator (`POST /knobs/faults`).
    Http(Value),
    /// The PostgreSQL connect (router) or a statement (inside PostgreSQL): `POST /knobs/pg-faults`.
    Pg(Value),
}

/// Every step a family interrupts: its name, its stall, and whether the connector may exist afterwards.
fn stalls(kind: Kind) -> Vec<(String, Stall, bool)> {
    let mut v: Vec<(String, Stall, bool)> = steps(kind)
        .into_iter()
        .map(|s| {
            let knob = json!({"method": s.method, "path": s.path, "nth": 1, "times": 1,
                "action": "stall", "ms": STALL_MS});
            (s.name.to_owned(), Stall::Http(knob), s.connector_step)
        })
        .collect();
    // The SQL step: the connect (held by the router) and statements (held inside PostgreSQL) — the signal is
    // held until the SQL has finished and the temporary rule is gone.
    let statements: &[(&str, &str)] = match kind {
        Kind::Flexible => &[
            (
                "pgaadauth_create_principal_with_oid",
                "pgaadauth_create_principal_with_oid",
            ),
            (
                "GRANT … ON ALL TABLES",
                "GRANT ALL PRIVILEGES ON ALL TABLES",
            ),
        ],
        Kind::Single => &[
            ("CREATE ROLE", "CREATE ROLE"),
            (
                "GRANT … ON ALL TABLES",
                "GRANT ALL PRIVILEGES ON ALL TABLES",
            ),
        ],
    };
    let pg_steps = std::iter::once(("PostgreSQL connect", None))
        .chain(statements.iter().map(|(label, text)| (*label, Some(*text))));
    for (label, matches) in pg_steps {
        let mut knob = json!({"server": kind.server(), "action": "stall", "ms": STALL_MS, "nth": 1, "times": 1});
        if let Some(text) = matches {
            knob["match"] = json!(text);
        } else {
            // create opens its sessions together (and may open them during the lookups): every connect of
            // the run stalls, so the one the run waits on is in flight when the signal comes.
            knob["times"] = json!(10);
        }
        v.push((label.to_owned(), Stall::Pg(knob), false));
    }
    v
}

// A method path is not general enough over the borrow's lifetime where a closure is.

#[allow(clippy::redundant_closure_for_method_calls)]
fn family(kind: Kind) {
    let mut m = Matrix::start();
    // The signals alternate within each part of the list (HTTP steps, then the SQL step's).
    let http_steps = steps(kind).len();
    for (i, (label, stall, connector_may_exist)) in stalls(kind).into_iter().enumerate() {
        let nth = if i < http_steps { i } else { i - http_steps };
        let (signal, code) = if nth % 2 == 0 {
            ("TERM", 143)
        } else {
            ("INT", 130)
        };
        let case = Case::new(
            kind,
            label,
            format!("SIG{signal} while it is in flight"),
            Expect::Interrupted {
                code,
                connector_may_exist,
            },
        );
        match stall {
            Stall::Http(knob) => m.case_with(
                &case,
                |c| c.admin.fault(&knob),
                |m, args| run_and_signal(m, args, signal, http_stall_begun),
                |o| o.any_fault_logged(),
            ),
            Stall::Pg(knob) => {
                // Whether the stall had begun when the signal was sent (the knobs are cleared before `hit`).
                let stalled = std::cell::Cell::new(false);
                m.case_with(
                    &case,
                    |c| c.admin.pg_fault(&knob),
                    |m, args| {
                        run_and_signal(m, args, signal, |m| {
                            let begun = pg_stall_begun(m);
                            stalled.set(stalled.get() || begun);
                            begun
                        })
                    },
                    |_| stalled.get(),
                );
            }
        }
    }
    let title = format!("Interrupts, create {} (service principal)", kind.verb());
    m.finish(&format!("interrupts-{}", kind.label()), &title, true);
}

per_server_kind!(
    create_postgres_flexible_cleans_up_when_interrupted_at_any_step,
    create_postgres_cleans_up_when_interrupted_at_any_step
);
