//! The fault matrix harness: one emulator with a Flexible and a Single Server, a runner for
//! `create postgres-flexible|postgres`, the end-state checks every case makes, and the summary tables that
//! docs/reliability.md holds (one generated section per family of cases).
//!
//! A case resets the emulator to its seed, lets the family arrange its fault (emulator knobs, SQL), runs one
//! create and then checks exactly one of the outcomes the issue allows: transient → retried, exit 0, connector
//! and a fully granted role; permanent → exit 1, an `ERROR:` whose next line names the failed step, no connector
//! (unless the connector step itself failed after ARM accepted it), no temporary firewall rule left, and the
//! role absent (this run created it) or kept (it existed before, or the failure came after the SQL). Every run's
//! stdout and stderr (`--debug`) are scanned for the secrets the test knows. Wrong outcomes are collected, not
//! panicked, so the table is whole; [`Matrix::finish`] prints it, fails on any wrong outcome and compares the
//! family's section of docs/reliability.md (`AZCONN_BLESS=1` rewrites it).

// Parts of the harness serve only some families (user-account runs, pre-existing roles, per-case context).
#![allow(dead_code)]

/// A family's two tests, one per server kind: `family(Kind::Flexible)` and `family(Kind::Single)`.
macro_rules! per_server_kind {
    ($flexible:ident, $single:ident) => {
        #[test]
        fn $flexible() {
            family(Kind::Flexible);
        }

        #[test]
        fn $single() {
            family(Kind::Single);
        }
    };
}

mod compute;
mod compute_webapp;
mod concurrency;
mod http;
mod interrupts;
mod pg;
mod tokens;

use serde_json::{Value, json};

use crate::common::emulator::{Admin, Emulator};
use crate::common::fixtures;
use crate::common::secrets::SecretScan;
use crate::common::{Azconn, Run, bless, repo};

pub use crate::common::fixtures::{ALICE as USER, ALICE_OID as USER_OID, SP_APP};

/// The seeded service principal's secret: its own, so the secret scan cannot mistake another test's.
pub const SP_SECRET: &str = "emulator-sp-secret-4f1c9a";
/// The secret passed on the command line for the connector (`--service-principal secret=…`).
pub const CLI_SECRET: &str = "cli-passed-secret-7d2e0b";
/// The client read timeout of every run; stalls last longer.
pub const TIMEOUT_MS: u64 = 1500;
pub const STALL_MS: u64 = 4000;

/// Both server kinds with no firewall rule, Alice signed in, the service principal with the matrix's secret.
fn seed() -> Value {
    let server = |kind, name| fixtures::server(kind, name, json!({"firewallRules": []}));
    let mut seed = fixtures::seed(
        vec![server("flexible", "srv"), server("single", "ss")],
        USER,
    );
    seed["users"] = json!([{"upn": USER, "objectId": USER_OID, "displayName": "Alice"}]);
    seed["servicePrincipals"][0]["secret"] = json!(SP_SECRET);
    seed["containerApps"] = json!([{"name": "capp1", "resourceGroup": "rg"}]);
    seed["sites"] = json!([{"name": "app1", "resourceGroup": "rg"}]);
    seed
}

/// The body of an HTTP fault knob (`POST /knobs/faults`): `action`'s fields (`action`, `status`, `times`, …)
/// applied from the first call of `method path` on.
pub fn route_fault(method: &str, path: &str, action: &Value) -> Value {
    let mut knob = json!({"method": method, "path": path, "nth": 1});
    if let (Some(k), Some(a)) = (knob.as_object_mut(), action.as_object()) {
        k.extend(a.clone());
    }
    knob
}

/// The server kind of a case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Flexible,
    Single,
}

impl Kind {
    pub const BOTH: [Kind; 2] = [Kind::Flexible, Kind::Single];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Flexible => "flexible",
            Kind::Single => "single",
        }
    }

    /// The emulated server's name.
    pub fn server(self) -> &'static str {
        match self {
            Kind::Flexible => "srv",
            Kind::Single => "ss",
        }
    }

    /// The `create` subcommand.
    pub fn verb(self) -> &'static str {
        match self {
            Kind::Flexible => "postgres-flexible",
            Kind::Single => "postgres",
        }
    }

    /// The ARM provider segment of the server's id.
    pub fn provider(self) -> &'static str {
        match self {
            Kind::Flexible => "flexibleServers",
            Kind::Single => "servers",
        }
    }
}

/// Who the connection is for (and who runs the create).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Principal {
    /// `--service-principal client-id=… secret=…`, signed in as that service principal (`--auth-source env`):
    /// its firewall rule is temporary.
    ServicePrincipal,
    /// `--user-account`, signed in through az (the emulator's az stand-in, `--auth-source cli`): its firewall
    /// rule is kept and named.
    User,
}

/// The role's state after a case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RoleAfter {
    /// Not in pg_roles.
    Absent,
    /// Exists with CONNECT on the database and USAGE on schema public.
    Granted,
    /// Exists (a role that existed before the run is never dropped); its grants are not judged.
    Kept,
}

impl RoleAfter {
    fn label(self) -> &'static str {
        match self {
            RoleAfter::Absent => "absent",
            RoleAfter::Granted => "granted",
            RoleAfter::Kept => "kept",
        }
    }
}

/// The one outcome a case must have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Expect {
    /// Transient: retried, exit 0, connector exists, role fully granted.
    Succeeds,
    /// Permanent: exit 1, `ERROR:`, the failed step named (`The step that failed: <step>.` when `step` is set),
    /// the role as given, no connector unless `connector_may_exist`.
    Fails {
        step: Option<&'static str>,
        role: RoleAfter,
        connector_may_exist: bool,
    },
    /// The run succeeds, but the temporary firewall rule could not be removed and a WARNING names it.
    SucceedsRuleKept,
    /// A signal ended the run: exit `code` (130/143), the last line `ERROR: Interrupted; …` (what was cleaned
    /// up), no temporary firewall rule, the role absent or fully granted, no connector unless
    /// `connector_may_exist`.
    Interrupted {
        code: i32,
        connector_may_exist: bool,
    },
}

impl Expect {
    /// A permanent failure before any connector PUT.
    pub fn fails(step: Option<&'static str>, role: RoleAfter) -> Expect {
        Expect::Fails {
            step,
            role,
            connector_may_exist: false,
        }
    }
}

/// One row of a family's table.
pub struct Case {
    pub kind: Kind,
    pub principal: Principal,
    /// The step the fault is injected into (table column).
    pub step: String,
    /// The fault (table column).
    pub fault: String,
    pub expect: Expect,
}

impl Case {
    /// A row run as the service principal: `fault` injected at `step`, and the one outcome allowed.
    pub fn new(
        kind: Kind,
        step: impl Into<String>,
        fault: impl Into<String>,
        expect: Expect,
    ) -> Case {
        Case {
            kind,
            principal: Principal::ServicePrincipal,
            step: step.into(),
            fault: fault.into(),
            expect,
        }
    }

    /// The same row run as `principal`.
    pub fn run_as(self, principal: Principal) -> Case {
        Case { principal, ..self }
    }
}

/// What a case's `arrange` gets: the matrix (emulator, psql), its knobs, and the names of this case (its server is
/// `case.kind.server()`).
pub struct CaseCtx<'a> {
    pub m: &'a Matrix,
    pub admin: &'a Admin,
    pub connection: &'a str,
    pub role: &'a str,
}

/// What a case's `hit` check sees after the run.
pub struct Observed<'a> {
    pub run: &'a Run,
    /// The emulator's request log of this run.
    pub requests: &'a [Value],
}

impl Observed<'_> {
    /// Whether any logged request was answered by an injected fault.
    pub fn any_fault_logged(&self) -> bool {
        self.requests.iter().any(|q| !q["fault"].is_null())
    }
}

pub struct Matrix {
    pub emu: Emulator,
    /// azconn in the matrix's home, signed in through the emulator as its service principal too.
    pub azconn: Azconn,
    pub scan: SecretScan,
    rows: Vec<String>,
    /// `(outcome, verdict)` per row, for the summary.
    outcomes: Vec<(&'static str, &'static str)>,
    failures: Vec<String>,
    n: usize,
}

impl Matrix {
    pub fn start() -> Matrix {
        let emu = Emulator::start(Some(&seed()));
        let azconn = Azconn::scratch("faults")
            .emulator(&emu)
            .envs(emu.sp_env())
            .env("AZCONN_HTTP_TIMEOUT_MS", TIMEOUT_MS.to_string())
            .env("AZCONN_HTTP_RETRY_BASE_MS", "20")
            .env("AZCONN_NO_TOKEN_CACHE", "1")
            .env("PGCONNECT_TIMEOUT", "2");
        let mut scan = SecretScan::new();
        scan.add_emulator_dir(emu.dir())
            .add("--service-principal secret", CLI_SECRET)
            .add("seeded SP secret", SP_SECRET);
        Matrix {
            emu,
            azconn,
            scan,
            rows: Vec::new(),
            outcomes: Vec::new(),
            failures: Vec::new(),
            n: 0,
        }
    }

    /// The create command line for `connection`.
    pub fn args(kind: Kind, principal: Principal, connection: &str) -> Vec<String> {
        let mut args: Vec<String> = [
            "connection",
            "create",
            kind.verb(),
            "-g",
            "rg",
            "--connection",
            connection,
            "--tg",
            "rg",
            "--server",
            kind.server(),
            "--database",
            "demo",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        match principal {
            Principal::ServicePrincipal => args.extend([
                "--service-principal".to_owned(),
                format!("client-id={SP_APP}"),
                format!("secret={CLI_SECRET}"),
                "--auth-source".to_owned(),
                "env".to_owned(),
            ]),
            Principal::User => args.extend([
                "--user-account".to_owned(),
                "--auth-source".to_owned(),
                "cli".to_owned(),
            ]),
        }
        args.extend(["-y", "-o", "none", "--debug"].map(str::to_owned));
        args
    }

    /// Runs one create (service principal) for `connection`.
    pub fn run(&self, kind: Kind, connection: &str) -> Run {
        self.run_as(kind, Principal::ServicePrincipal, connection)
    }

    pub fn run_as(&self, kind: Kind, principal: Principal, connection: &str) -> Run {
        self.run_args(&Matrix::args(kind, principal, connection))
    }

    /// Runs azconn with `args` in the matrix's home and environment.
    pub fn run_args(&self, args: &[String]) -> Run {
        self.azconn.clone().args(args).run()
    }

    /// Runs `sql` as the cluster's superuser in database `demo` of `server` and returns psql's output.
    pub fn psql(&self, server: &str, sql: &str) -> String {
        self.emu.psql(server, "demo", sql)
    }

    /// `absent`, `granted` or `HALF-GRANTED`. Granted means every privilege the plan grants (PUBLIC's defaults
    /// alone do not count): ALL on the database, on the tables and sequences of schema public (the emulated
    /// database's `t1` and `t1_id_seq`), and on Flexible Server CREATE on schema public.
    pub fn role_state(&self, server: &str, role: &str) -> &'static str {
        let schema = if server == Kind::Flexible.server() {
            format!("AND has_schema_privilege('{role}', 'public', 'CREATE')")
        } else {
            String::new()
        };
        let granted = self.psql(
            server,
            &format!(
                "SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN 'absent' \
                 WHEN has_database_privilege('{role}', 'demo', 'CREATE,CONNECT,TEMPORARY') \
                 AND has_table_privilege('{role}', 'public.t1', 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER') \
                 AND has_sequence_privilege('{role}', 'public.t1_id_seq', 'USAGE,SELECT,UPDATE') {schema} \
                 THEN 'granted' ELSE 'HALF-GRANTED' END"
            ),
        );
        match granted.as_str() {
            "absent" => "absent",
            "granted" => "granted",
            _ => "HALF-GRANTED",
        }
    }

    /// Runs one case and records its row: reset the emulator, `arrange` the fault, run, check the end state.
    /// `hit` says whether the fault was actually injected (a case whose fault never fired proves nothing).
    // A method path is not general enough over the borrow's lifetime where a closure is.
    #[allow(clippy::redundant_closure_for_method_calls)]
    pub fn case(
        &mut self,
        case: &Case,
        arrange: impl FnOnce(&CaseCtx<'_>),
        hit: impl FnOnce(&Observed<'_>) -> bool,
    ) {
        self.case_with(case, arrange, |m, args| m.run_args(args), hit);
    }

    /// [`case`](Self::case) with its own way of running the command line (e.g. to signal it midway).
    pub fn case_with(
        &mut self,
        case: &Case,
        arrange: impl FnOnce(&CaseCtx<'_>),
        run: impl FnOnce(&Matrix, &[String]) -> Run,
        hit: impl FnOnce(&Observed<'_>) -> bool,
    ) {
        if let Some(only) = only_filter()
            && !format!("{} {} {}", case.kind.label(), case.step, case.fault).contains(&only)
        {
            return;
        }
        self.n += 1;
        let connection = format!("m{}", self.n);
        let role = format!("aad_{connection}");
        let server = case.kind.server();
        let admin = self.emu.admin();
        admin.reset();
        admin.clear_knobs();
        arrange(&CaseCtx {
            m: self,
            admin: &admin,
            connection: &connection,
            role: &role,
        });
        admin.clear_requests();
        let r = run(self, &Matrix::args(case.kind, case.principal, &connection));
        self.scan
            .assert_clean(&format!("stdout of case {connection}"), &r.stdout);
        self.scan
            .assert_clean(&format!("stderr of case {connection}"), &r.stderr);

        let requests = self.emu.requests();
        let hit = hit(&Observed {
            run: &r,
            requests: &requests,
        });
        // Clear the knobs before inspecting PostgreSQL and the state, so a fault script cannot touch the checks.
        admin.clear_knobs();
        let state = admin.state();
        let srv_state = state["servers"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["name"] == server).cloned())
            .unwrap_or(Value::Null);
        // A user's rule is kept on purpose, as az does, and the warning that added it names it; a service
        // principal's is temporary.
        let temp_rules = srv_state["firewallRules"].as_array().map_or(0, |a| {
            a.iter()
                .filter_map(|r| r["name"].as_str())
                .filter(|n| n.starts_with("svc_"))
                .filter(|n| {
                    case.principal != Principal::User
                        || !r.stderr.contains(&format!("Add firewall rule {n} "))
                })
                .count()
        });
        // A local connector, or a linker on a compute source.
        let connector = ["connectors", "linkers"].iter().any(|list| {
            state[*list].as_array().is_some_and(|a| {
                a.iter().any(|c| {
                    let id = c.as_str().unwrap_or("");
                    id.ends_with(&format!("/connectors/{connection}"))
                        || id.ends_with(&format!("/linkers/{connection}"))
                })
            })
        });
        let role_state = self.role_state(server, &role);

        let mut problems = Vec::new();
        let outcome = match case.expect {
            Expect::Succeeds | Expect::SucceedsRuleKept => {
                if r.code != 0 {
                    problems.push(format!("exit {} instead of 0", r.code));
                }
                if !connector {
                    problems.push("no connector".to_owned());
                }
                if role_state != "granted" {
                    problems.push(format!("role {role_state}"));
                }
                if case.expect == Expect::SucceedsRuleKept {
                    if !r.stderr.contains("Please manually delete it") {
                        problems
                            .push("a rule that could not be removed is not reported".to_owned());
                    }
                    "rule kept, WARNING names it"
                } else {
                    "retried, succeeded"
                }
            }
            Expect::Fails {
                step,
                role: want_role,
                connector_may_exist,
            } => {
                if r.code != 1 {
                    problems.push(format!("exit {} instead of 1", r.code));
                }
                if !r.stderr.contains("ERROR: ") {
                    problems.push("no ERROR line".to_owned());
                }
                if let Some(name) = step
                    && !r.stderr.contains(&format!("The step that failed: {name}."))
                {
                    problems.push(format!("the error does not name the step `{name}`"));
                }
                if connector && !connector_may_exist {
                    problems.push("a connector exists after a failed run".to_owned());
                }
                let role_ok = match want_role {
                    RoleAfter::Absent => role_state == "absent",
                    RoleAfter::Granted => role_state == "granted",
                    RoleAfter::Kept => role_state != "absent",
                };
                if !role_ok {
                    problems.push(format!("role {role_state}, expected {}", want_role.label()));
                }
                "ERROR, consistent"
            }
            Expect::Interrupted {
                code,
                connector_may_exist,
            } => {
                if r.code != code {
                    problems.push(format!("exit {} instead of {code}", r.code));
                }
                let last = r.stderr.lines().last().unwrap_or_default();
                if !last.starts_with("ERROR: Interrupted; ") {
                    problems.push(format!(
                        "the last line is not `ERROR: Interrupted; …`: {last}"
                    ));
                }
                if r.stderr.matches("ERROR: ").count() != 1 {
                    problems.push("not exactly one ERROR line".to_owned());
                }
                if connector && !connector_may_exist {
                    problems.push("a connector exists after an interrupted run".to_owned());
                }
                if role_state == "HALF-GRANTED" {
                    problems.push("role half-granted".to_owned());
                }
                "interrupted, cleaned up"
            }
        };
        if temp_rules > 0 && case.expect != Expect::SucceedsRuleKept {
            problems.push(format!("{temp_rules} temporary firewall rule(s) left"));
        }
        if !hit {
            problems.push("the fault was never hit".to_owned());
        }
        let verdict = if problems.is_empty() { "pass" } else { "FAIL" };
        let who = match case.principal {
            Principal::ServicePrincipal => "",
            Principal::User => " (user)",
        };
        self.outcomes.push((outcome, verdict));
        self.rows.push(format!(
            "| {}{who} | {} | {} | {outcome} | {} | {role_state} | {} | {verdict} |",
            case.kind.label(),
            case.step,
            case.fault,
            r.code,
            if connector { "yes" } else { "no" },
        ));
        if !problems.is_empty() {
            let tail: Vec<&str> = r.stderr.lines().rev().take(8).collect();
            self.failures.push(format!(
                "{} / {} / {}: {}\n--- stderr (last lines):\n{}",
                case.kind.label(),
                case.step,
                case.fault,
                problems.join("; "),
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            ));
        }
    }

    /// Prints the family's table, fails on any wrong outcome, and (when `check_doc`) compares the table with
    /// section `id` of docs/reliability.md (`AZCONN_BLESS=1` rewrites it).
    pub fn finish(self, id: &str, title: &str, check_doc: bool) {
        let table = format!(
            "| server | step | fault | outcome | exit | role | connector | verdict |\n\
             |---|---|---|---|---|---|---|---|\n{}\n",
            self.rows.join("\n")
        );
        // The summary table belongs in the test output: printed (seen with --nocapture or on failure),
        // and a one-line summary left for scripts/test, which prints it after cargo test (which hides the
        // output of passing tests).
        #[allow(clippy::print_stdout)]
        {
            println!("{title}: {} cases\n{table}", self.rows.len());
        }
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (outcome, _) in &self.outcomes {
            match counts.iter_mut().find(|(o, _)| o == outcome) {
                Some((_, n)) => *n += 1,
                None => counts.push((outcome, 1)),
            }
        }
        let passed = self.outcomes.iter().filter(|(_, v)| *v == "pass").count();
        let summary = format!(
            "{title}: {} cases, {passed} pass — {}\n",
            self.rows.len(),
            counts
                .iter()
                .map(|(o, n)| format!("{n} × {o}"))
                .collect::<Vec<_>>()
                .join("; ")
        );
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fault-matrix");
        if only_filter().is_none() && std::fs::create_dir_all(&dir).is_ok() {
            let _ = std::fs::write(dir.join(format!("{id}.txt")), summary);
        }
        assert!(
            self.failures.is_empty(),
            "{} of {} case(s) failed:\n{}",
            self.failures.len(),
            self.rows.len(),
            self.failures.join("\n\n")
        );
        if check_doc && only_filter().is_none() {
            let section = format!("{} cases:\n\n{table}", self.rows.len());
            if let Some(stale) = check_doc_section(id, &section) {
                panic!("{stale}");
            }
        }
    }
}

/// `AZCONN_FAULT_ONLY=<text>` runs only the cases whose `kind step fault` contains the text (and skips the
/// doc check): for working on one case.
fn only_filter() -> Option<String> {
    std::env::var("AZCONN_FAULT_ONLY")
        .ok()
        .filter(|v| !v.is_empty())
}

/// The doc all families write their tables into.
const DOC: &str = "docs/reliability.md";

/// Compares the text between `<!-- matrix:ID -->` and `<!-- /matrix:ID -->` in docs/reliability.md with
/// `body`, or rewrites it under `AZCONN_BLESS=1` (appending the section when it is missing).
fn check_doc_section(id: &str, body: &str) -> Option<String> {
    let path = repo().join(DOC);
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    let open = format!("<!-- matrix:{id} -->\n");
    let close = format!("<!-- /matrix:{id} -->");
    let found = doc.find(&open).and_then(|start| {
        let from = start + open.len();
        doc[from..].find(&close).map(|len| (from, from + len))
    });
    if bless() {
        let new = match found {
            Some((from, to)) => format!("{}{body}{}", &doc[..from], &doc[to..]),
            None => format!("{doc}\n{open}{body}{close}\n"),
        };
        std::fs::write(&path, new).expect("write docs/reliability.md");
        return None;
    }
    match found {
        Some((from, to)) if &doc[from..to] == body => None,
        Some(_) => Some(format!(
            "{DOC}: the `{id}` table is stale; run the family with AZCONN_BLESS=1 and review the diff"
        )),
        None => Some(format!(
            "{DOC} has no `{id}` table; run the family with AZCONN_BLESS=1"
        )),
    }
}
