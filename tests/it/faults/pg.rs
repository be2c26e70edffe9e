//! The PostgreSQL family of the fault matrix: every statement `create postgres-flexible` and `create postgres`
//! (service principal) send — the role existence check, Flexible's `pgaadauth_create_principal_with_oid`, Single's
//! `SET aad_validate_oids_in_tenant` and `CREATE ROLE`, and each statement of the grant transaction — with its
//! session terminated as `pg_terminate_backend` does (once: transient; on every attempt: permanent) and failing
//! with an SQL error (permanent); the PostgreSQL connect reset once, stalled past `PGCONNECT_TIMEOUT` once, and
//! reset every time; and a role that existed before the run whose GRANT fails (it must survive).
//!
//! The faults come from the emulator's `POST /knobs/pg-faults` (emulator/README.md, "PostgreSQL faults"): they hit
//! exactly the chosen statements or connections, so each case is deterministic.

use serde_json::{Value, json};

use super::{Case, Expect, Kind, Matrix, RoleAfter};

/// What `The step that failed:` says for the SQL and for the connect.
const SQL_STEP: &str = "creating the role and granting privileges";
const CONNECT_STEP: &str = "connecting to PostgreSQL";
/// Longer than the runs' `PGCONNECT_TIMEOUT=2`.
const CONNECT_STALL_MS: u64 = 2600;
/// "Every time": more than azconn's attempts.
const ALWAYS: u64 = 100;

/// One statement azconn sends: its name in the table and a text only it contains.
struct Statement {
    name: &'static str,
    matches: &'static str,
}

fn statements(kind: Kind) -> Vec<Statement> {
    let s = |name, matches| Statement { name, matches };
    let mut v = vec![s(
        "role existence check",
        "FROM pg_catalog.pg_roles WHERE rolname",
    )];
    match kind {
        Kind::Flexible => v.push(s(
            "pgaadauth_create_principal_with_oid",
            "pgaadauth_create_principal_with_oid",
        )),
        Kind::Single => v.extend([
            s(
                "SET aad_validate_oids_in_tenant",
                "SET aad_validate_oids_in_tenant",
            ),
            s("CREATE ROLE", "CREATE ROLE"),
        ]),
    }
    v.extend([
        s("BEGIN", "BEGIN"),
        s("GRANT … ON DATABASE", "GRANT ALL PRIVILEGES ON DATABASE"),
        s(
            "GRANT … ON ALL TABLES",
            "GRANT ALL PRIVILEGES ON ALL TABLES",
        ),
        s(
            "GRANT … ON ALL SEQUENCES",
            "GRANT ALL PRIVILEGES ON ALL SEQUENCES",
        ),
    ]);
    if kind == Kind::Flexible {
        v.push(s("GRANT CREATE ON SCHEMA", "GRANT CREATE ON SCHEMA public"));
    }
    v.push(s("COMMIT", "COMMIT"));
    v
}

/// A fault on a statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StatementFault {
    KilledOnce,
    KilledAlways,
    SqlError,
}

impl StatementFault {
    const ALL: [StatementFault; 3] = [
        StatementFault::KilledOnce,
        StatementFault::KilledAlways,
        StatementFault::SqlError,
    ];

    fn label(self) -> &'static str {
        match self {
            StatementFault::KilledOnce => "session killed once (57P01)",
            StatementFault::KilledAlways => "session killed every time",
            StatementFault::SqlError => "SQL error 42501",
        }
    }

    fn knob(self, server: &str, matches: &str) -> Value {
        match self {
            StatementFault::KilledOnce => {
                json!({"server": server, "match": matches, "action": "terminate"})
            }
            StatementFault::KilledAlways => {
                json!({"server": server, "match": matches, "action": "terminate", "times": ALWAYS})
            }
            StatementFault::SqlError => {
                json!({"server": server, "match": matches, "action": "error",
                "sqlstate": "42501", "message": "permission denied (injected)", "times": ALWAYS})
            }
        }
    }

    fn expect(self) -> Expect {
        match self {
            StatementFault::KilledOnce => Expect::Succeeds,
            // The run created the role (or never got to): it is absent afterwards.
            StatementFault::KilledAlways | StatementFault::SqlError => {
                Expect::fails(Some(SQL_STEP), RoleAfter::Absent)
            }
        }
    }
}

fn family(kind: Kind) {
    let mut m = Matrix::start();
    let server = kind.server();
    for st in statements(kind) {
        for fault in StatementFault::ALL {
            let case = Case::new(kind, st.name, fault.label(), fault.expect());
            let knob = fault.knob(server, st.matches);
            let hit = HitProbe::new(&m);
            m.case(&case, |c| c.admin.pg_fault(&knob), |_| hit.check());
        }
    }
    let connects: [(&str, Value, Expect); 3] = [
        (
            "reset once",
            json!({"server": server, "action": "reset"}),
            Expect::Succeeds,
        ),
        (
            "stall past PGCONNECT_TIMEOUT once",
            json!({"server": server, "action": "stall", "ms": CONNECT_STALL_MS}),
            Expect::Succeeds,
        ),
        (
            "reset every time",
            json!({"server": server, "action": "reset", "times": ALWAYS}),
            Expect::fails(Some(CONNECT_STEP), RoleAfter::Absent),
        ),
    ];
    for (fault, knob, expect) in connects {
        let case = Case::new(kind, "PostgreSQL connect", fault, expect);
        let hit = HitProbe::new(&m);
        m.case(&case, |c| c.admin.pg_fault(&knob), |_| hit.check());
    }
    // A role that existed before the run is never dropped, also when its GRANT fails for good.
    let case = Case::new(
        kind,
        "GRANT … ON ALL TABLES (role existed before)",
        StatementFault::SqlError.label(),
        Expect::fails(Some(SQL_STEP), RoleAfter::Kept),
    );
    let knob = StatementFault::SqlError.knob(server, "GRANT ALL PRIVILEGES ON ALL TABLES");
    let hit = HitProbe::new(&m);
    m.case(
        &case,
        |c| {
            let role = match kind {
                Kind::Flexible => format!("CREATE ROLE \"{}\" LOGIN", c.role),
                Kind::Single => format!(
                    "CREATE ROLE \"{}\" LOGIN PASSWORD '{}' IN ROLE azure_ad_user",
                    c.role,
                    super::SP_APP
                ),
            };
            // Fully granted, as an earlier run leaves it: afterwards it must be exactly so again.
            let schema = match kind {
                Kind::Flexible => format!("GRANT CREATE ON SCHEMA public TO \"{}\";", c.role),
                Kind::Single => String::new(),
            };
            c.m.psql(
                server,
                &format!(
                    "{role}; GRANT ALL PRIVILEGES ON DATABASE demo TO \"{r}\"; \
                     GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"{r}\"; \
                     GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"{r}\"; {schema}",
                    r = c.role
                ),
            );
            c.admin.pg_fault(&knob);
        },
        |_| hit.check(),
    );
    let title = format!(
        "PostgreSQL faults, create {} (service principal)",
        kind.verb()
    );
    m.finish(&format!("pg-{}", kind.label()), &title, true);
}

/// Asks the emulator (through its own admin handle, so the matrix stays free to run the case) whether the
/// case's PostgreSQL fault was hit.
struct HitProbe {
    admin: crate::common::emulator::Admin,
}

impl HitProbe {
    fn new(m: &Matrix) -> HitProbe {
        HitProbe {
            admin: m.emu.admin(),
        }
    }

    fn check(&self) -> bool {
        self.admin.knobs()["pgFaults"]
            .as_array()
            .is_some_and(|a| a.iter().any(|f| f["seen"].as_u64().unwrap_or(0) >= 1))
    }
}

per_server_kind!(
    create_postgres_flexible_survives_or_fails_cleanly_at_every_sql_statement_and_connect,
    create_postgres_survives_or_fails_cleanly_at_every_sql_statement_and_connect
);
