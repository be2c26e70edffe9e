//! End-to-end benchmark of the built `azconn` against `azconn-emulator` (run it with `scripts/bench`; the
//! numbers and what they mean are in docs/benchmarks.md).
//!
//! For every command it reports the median, min and max wall time of N runs after a warm-up, with a warm token
//! cache and a cold one (azconn's cache removed: the tokens come from az's MSAL cache), with 0 ms and 50 ms added
//! to every HTTPS request and to
//! every PostgreSQL exchange (the emulator's router: a 50 ms round-trip time); the
//! HTTP requests each run makes (azconn's own and the `az` process's), the TLS connections per host, the observed
//! depth of the request chain, the PostgreSQL sessions opened (the clusters' `log_connections` log), `az`
//! processes started, and the peak RSS (`/usr/bin/time -v`). Then the floor: `wall(50) − wall(0)` against
//! `D × 50 ms`, where D is the critical-path depth in HTTP and PostgreSQL round trips written down in
//! docs/benchmarks.md. Then start-up and
//! completion latency and the binary size.
//!
//! This is a measurement tool, not a test: it fails only when a command fails, never on a number.
#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line tool: its report is its output

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Output, Stdio};
use std::time::{Duration, Instant};

use azconn_emulator::client;
use serde_json::{Value, json};

type Res<T> = Result<T, String>;

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000001";
/// The Entra login that runs the SQL (the seed's signed-in user); the emulator's own sessions are `azuresu`.
const EMULATOR_PG_USER: &str = "azuresu";

fn main() -> ExitCode {
    match Options::parse().and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Command-line options (see `usage()`).
#[derive(Debug, Clone)]
struct Options {
    bin_dir: PathBuf,
    state_dir: PathBuf,
    seed: PathBuf,
    out: Option<PathBuf>,
    runs: usize,
    warmup: usize,
    latencies: Vec<u64>,
    only: Option<String>,
    skip: Option<String>,
    smoke: bool,
}

fn usage() -> &'static str {
    "usage: e2e --bin-dir DIR [--state-dir DIR] [--seed FILE] [--out FILE] [--runs N] [--warmup N] \
     [--latency MS[,MS…]] [--only SUBSTRING] [--skip SUBSTRING] [--smoke]"
}

impl Options {
    fn parse() -> Res<Options> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        // The target dir this harness was built into (`<target>/<profile>/deps/e2e-…`), wherever
        // CARGO_TARGET_DIR put it.
        let target = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
            .unwrap_or_else(|| root.join("target"));
        let mut o = Options {
            bin_dir: target.join("release"),
            state_dir: target.join("bench/state"),
            seed: root.join("benches/seed.json"),
            out: None,
            runs: 10,
            warmup: 1,
            latencies: vec![0, 50],
            only: None,
            skip: None,
            smoke: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            match a.as_str() {
                "--bin-dir" => o.bin_dir = value("--bin-dir")?.into(),
                "--state-dir" => o.state_dir = value("--state-dir")?.into(),
                "--seed" => o.seed = value("--seed")?.into(),
                "--out" => o.out = Some(value("--out")?.into()),
                "--runs" => o.runs = parse_num(&value("--runs")?)?,
                "--warmup" => o.warmup = parse_num(&value("--warmup")?)?,
                "--latency" => {
                    o.latencies = value("--latency")?
                        .split(',')
                        .map(parse_num)
                        .collect::<Res<Vec<u64>>>()?;
                }
                "--only" => o.only = Some(value("--only")?),
                "--skip" => o.skip = Some(value("--skip")?),
                "--smoke" => {
                    o.smoke = true;
                    o.runs = 2;
                    o.warmup = 1;
                    o.latencies = vec![0];
                }
                // `cargo bench` passes `--bench` to harness-less benchmarks.
                "--bench" => {}
                "-h" | "--help" => return Err(usage().to_owned()),
                other => return Err(format!("unknown argument {other}\n{}", usage())),
            }
        }
        if o.runs == 0 {
            return Err("--runs must be at least 1".to_owned());
        }
        Ok(o)
    }
}

fn parse_num<T: std::str::FromStr>(s: &str) -> Res<T> {
    s.trim().parse().map_err(|_| format!("not a number: {s}"))
}

// ---------------------------------------------------------------------------------------------------------
// The emulator

/// A running `azconn-emulator` with its own state dir (the shared wire client, stopped on drop), the
/// environment azconn runs in, and the file its counting `az` wrapper appends to.
struct Emulator {
    client: client::Emulator,
    env: Vec<(String, String)>,
    az_count: PathBuf,
}

impl Emulator {
    fn start(bin: &Path, dir: &Path, seed: &Path) -> Res<Emulator> {
        if dir.join("ports.json").exists() {
            // A previous run that did not stop (killed): stop it before reusing the dir.
            let _ = Command::new(bin)
                .arg("stop")
                .arg("--state-dir")
                .arg(dir)
                .output();
        }
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|e| format!("remove {}: {e}", dir.display()))?;
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
        let dir = &std::fs::canonicalize(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let client = client::Emulator::start(bin, dir, [Path::new("--seed"), seed], &[])
            .map_err(|e| e.to_string())?;

        // `az` goes through a wrapper that counts its starts, then runs the emulator's stand-in.
        let wrap = dir.join("bench-bin");
        std::fs::create_dir_all(&wrap).map_err(|e| format!("create {}: {e}", wrap.display()))?;
        let az_count = dir.join("bench-az-starts");
        let script = format!(
            "#!/bin/sh\n# Counts az starts for the benchmark, then runs the emulator's az stand-in.\necho x >> '{}'\nexec '{}' \"$@\"\n",
            az_count.display(),
            dir.join("bin/az").display()
        );
        let az = wrap.join("az");
        std::fs::write(&az, script).map_err(|e| format!("write {}: {e}", az.display()))?;
        let chmod = Command::new("chmod").arg("+x").arg(&az).status();
        if !chmod.is_ok_and(|s| s.success()) {
            return Err(format!("chmod +x {}", az.display()));
        }

        let mut env = client.env().map_err(|e| e.to_string())?;
        let home = dir.join("home");
        let path = std::env::var("PATH").unwrap_or_default();
        env.push(("PATH".into(), format!("{}:{path}", wrap.display())));
        env.push(("HOME".into(), home.display().to_string()));
        std::fs::create_dir_all(&home).map_err(|e| format!("create {}: {e}", home.display()))?;
        Ok(Emulator {
            client,
            env,
            az_count,
        })
    }

    /// One admin-port call that must succeed; the JSON answer (Null when empty).
    fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> Res<Value> {
        self.client
            .wait(self.client.admin_ok(method, path, body))
            .map_err(|e| e.to_string())
    }

    /// `ms` on every HTTPS answer and on every PostgreSQL exchange.
    fn latency(&self, ms: u64) -> Res<()> {
        self.admin("PUT", "/knobs/latency", Some(&json!({"defaultMs": ms})))?;
        self.admin("PUT", "/knobs/pg-latency", Some(&json!({"ms": ms})))
            .map(drop)
    }

    fn reset(&self) -> Res<()> {
        self.admin("POST", "/reset", None).map(drop)
    }

    fn clear_requests(&self) -> Res<()> {
        self.admin("DELETE", "/requests", None).map(drop)
    }

    fn requests(&self) -> Res<Vec<Value>> {
        self.client
            .wait(self.client.requests())
            .map_err(|e| e.to_string())
    }

    /// Empties the request log and the TLS connection log.
    fn clear_logs(&self) -> Res<()> {
        self.clear_requests()?;
        self.admin("DELETE", "/connections", None).map(drop)
    }

    /// The TLS handshakes since the last `clear_logs`.
    fn connections(&self) -> Res<Vec<Value>> {
        self.client
            .wait(self.client.connections())
            .map_err(|e| e.to_string())
    }

    fn config_dir(&self) -> PathBuf {
        self.client.dir().join("azure")
    }

    fn token_cache(&self) -> PathBuf {
        self.config_dir().join("azconn/token-cache.json")
    }

    fn completion_cache(&self) -> PathBuf {
        self.config_dir().join("azconn/completion-cache.json")
    }

    /// Every cluster's log file with its current length.
    fn pg_log_marks(&self) -> BTreeMap<PathBuf, u64> {
        let mut marks = BTreeMap::new();
        let Ok(dirs) = std::fs::read_dir(self.client.dir().join("pg")) else {
            return marks;
        };
        for d in dirs.flatten() {
            let log = d.path().join("postgresql.log");
            if let Ok(meta) = std::fs::metadata(&log) {
                marks.insert(log, meta.len());
            }
        }
        marks
    }

    /// Client sessions (not the emulator's own) authorized since `marks`, per `database`.
    fn pg_sessions_since(&self, marks: &BTreeMap<PathBuf, u64>) -> BTreeMap<String, usize> {
        let mut sessions = BTreeMap::new();
        for (log, len) in self.pg_log_marks() {
            let from = marks.get(&log).copied().unwrap_or(0);
            let Ok(bytes) = std::fs::read(&log) else {
                continue;
            };
            let start = usize::try_from(from).unwrap_or(0).min(bytes.len());
            let end = usize::try_from(len).unwrap_or(bytes.len()).min(bytes.len());
            let text = String::from_utf8_lossy(&bytes[start..end]);
            for line in text.lines() {
                let Some(rest) = line.split("connection authorized: user=").nth(1) else {
                    continue;
                };
                let user = rest.split(' ').next().unwrap_or("");
                if user == EMULATOR_PG_USER {
                    continue;
                }
                let db = rest
                    .split("database=")
                    .nth(1)
                    .and_then(|r| r.split(' ').next())
                    .unwrap_or("?");
                let server = log
                    .parent()
                    .and_then(Path::file_name)
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                *sessions.entry(format!("{server}/{db}")).or_insert(0) += 1;
            }
        }
        sessions
    }

    fn az_starts(&self) -> usize {
        std::fs::read_to_string(&self.az_count).map_or(0, |t| t.lines().count())
    }
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios

/// What must be true before each timed run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prepare {
    Nothing,
    /// The world back to the seed (server without Entra auth or admins, no connectors).
    Reset,
    /// Connector `benchdel` exists (for `delete`).
    DeleteTarget,
    /// The world back to the seed and every role of the `access` workload dropped (`access apply --prune` with
    /// the same servers and no grants): the reset leaves the clusters' roles and grants as they are.
    AccessFresh,
}

/// One benchmarked command (or, for the per-principal comparison, several run one after the other and timed as
/// one), with its critical-path depth D as docs/benchmarks.md counts it.
#[derive(Debug, Clone)]
struct Scenario {
    name: String,
    /// The azconn command lines of one timed run, in order (one for every scenario but the comparison).
    commands: Vec<Vec<String>>,
    prepare: Prepare,
    /// HTTP round trips on the critical path with a warm token cache.
    http_depth: u32,
    /// Round trips a cold token cache adds to the critical path: 0 where az's token cache holds the ARM token
    /// and the other tokens are redeemed while the lookups run; `access` waits for its Graph token first.
    cold_extra: u32,
    /// PostgreSQL round trips on the critical path (connects and the batches that wait for an answer); `None`:
    /// not counted (the floor then compares HTTP only, and says so).
    pg_depth: Option<u32>,
    /// The token-cache states measured.
    caches: &'static [Cache],
}

impl Scenario {
    /// D for a cache state: HTTP plus PostgreSQL round trips.
    fn depth(&self, cache: Cache) -> u32 {
        let cold = if cache == Cache::Cold {
            self.cold_extra
        } else {
            0
        };
        self.http_depth + cold + self.pg_depth.unwrap_or(0)
    }
}

const BOTH: &[Cache] = &[Cache::Warm, Cache::Cold];
const WARM: &[Cache] = &[Cache::Warm];

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

/// A scenario of one command line.
fn one(
    name: impl Into<String>,
    command: Vec<String>,
    prepare: Prepare,
    (http_depth, pg_depth): (u32, u32),
) -> Scenario {
    Scenario {
        name: name.into(),
        commands: vec![command],
        prepare,
        http_depth,
        cold_extra: 0,
        pg_depth: Some(pg_depth),
        caches: BOTH,
    }
}

/// The PostgreSQL part of a create (docs/benchmarks.md): the sessions opened together (SSLRequest, TLS with
/// PostgreSQL's HelloRetryRequest, startup, password: 5), the reads on the database (what the administrator can
/// grant on, whether the role exists: 1), the database's grants (1). The role exists in every scenario (the
/// emulator's reset keeps PostgreSQL's roles), so no create step.
const CREATE_PG: u32 = 7;

fn scenarios(access: &AccessBench) -> Vec<Scenario> {
    let rest_url =
        format!("/subscriptions/{SUBSCRIPTION}/resourcegroups/rg?api-version=2021-04-01");
    let flexible = "connection create postgres-flexible -g rg --connection bench --tg rg --server srv --database demo --user-account --client-type none --yes";
    let webapp = "webapp connection create postgres-flexible -g rg -n app1 --connection benchweb --tg rg --server srv --database demo --system-identity --client-type python --yes";
    let containerapp = "containerapp connection create postgres-flexible -g rg -n capp1 -c capp1 --connection benchcapp --tg rg --server srv --database demo --system-identity --client-type python --yes";
    let aks = format!(
        "aks connection create postgres-flexible -g rg -n aks1 --kube-namespace default --connection benchaks --tg rg --server srv --database demo --workload-identity /subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/azconn-mi --client-type python --yes"
    );
    let mut all = vec![
        // Fresh: lookups → PATCH server → poll → PUT administrator → poll → (PostgreSQL) → PUT connector → poll
        // → GET connector.
        one(
            "create postgres-flexible (fresh)",
            words(flexible),
            Prepare::Reset,
            (8, CREATE_PG),
        ),
        // Rerun: lookups → (PostgreSQL) → PUT connector → poll → GET connector.
        one(
            "create postgres-flexible (rerun)",
            words(flexible),
            Prepare::Nothing,
            (4, CREATE_PG),
        ),
        one(
            "create postgres (rerun)",
            words(
                "connection create postgres -g rg --connection benchsingle --tg rg --server ssrv --database demo --user-account --client-type none --yes",
            ),
            Prepare::Nothing,
            (4, CREATE_PG),
        ),
        one(
            "show",
            words("connection show -g rg -l eastus --connection bench"),
            Prepare::Nothing,
            (1, 0),
        ),
        one(
            "list",
            words("connection list -g rg -l eastus"),
            Prepare::Nothing,
            (1, 0),
        ),
        one(
            "delete",
            words("connection delete -g rg -l eastus --connection benchdel --yes"),
            Prepare::DeleteTarget,
            (2, 0),
        ),
        one(
            "rest",
            vec!["rest".into(), "--url".into(), rest_url],
            Prepare::Nothing,
            (1, 0),
        ),
        one("token", words("token"), Prepare::Nothing, (0, 0)),
        // Compute sources, last: their fresh runs reset the emulator, which removes the connectors the verbs
        // above read. Each linker ends with PUT → poll → GET → POST listConfigurations (4).
        // Fresh web app: lookups → PUT site (identity on, synchronous) → PATCH server → poll → PUT administrator
        // → poll → (PostgreSQL) → the linker.
        one(
            "webapp connection create (fresh)",
            words(webapp),
            Prepare::Reset,
            (10, CREATE_PG),
        ),
        one(
            "webapp connection create (rerun)",
            words(webapp),
            Prepare::Nothing,
            (5, CREATE_PG),
        ),
        // Fresh container app: lookups (provider registration ‖ app ‖ target) → PUT app with the identity (a
        // long-running operation: PUT → poll → GET) → PATCH server → poll → PUT administrator → poll →
        // (PostgreSQL) → the linker.
        one(
            "containerapp connection create (fresh)",
            words(containerapp),
            Prepare::Reset,
            (12, CREATE_PG),
        ),
        one(
            "containerapp connection create (rerun)",
            words(containerapp),
            Prepare::Nothing,
            (5, CREATE_PG),
        ),
        // AKS with workload identity: the user-assigned identity is read with the lookups; no request to the
        // cluster; fresh adds the server's PATCH, poll, PUT administrator, poll.
        one(
            "aks connection create (fresh)",
            words(&aks),
            Prepare::Reset,
            (9, CREATE_PG),
        ),
        one(
            "aks connection create (rerun)",
            words(&aks),
            Prepare::Nothing,
            (5, CREATE_PG),
        ),
    ];
    // `azconn access`: every grant on every server and database. The servers already have Entra
    // authentication and the signed-in administrator, so ARM is only read: the Graph lookups and the servers'
    // reads go out together (HTTP 1); a cold cache first redeems az's refresh token for Graph and oss-rdbms at
    // once (+1; the ARM token is in az's cache). Then PostgreSQL, every database at once: the connect (5: the
    // SSLRequest, a TLS 1.3 handshake of two round trips, the server's curve asking the client for another key
    // share, the startup, the password), the catalogs (1: each query parsed, bound and run in one message with
    // its parameter types given, all pipelined), and for apply with changes the roles on `postgres` (1), then
    // each database's transaction (1).
    for (label, verb, prepare, pg_depth) in [
        ("apply", "apply", Prepare::AccessFresh, 8),
        ("apply", "apply", Prepare::Nothing, 6),
        ("plan", "plan", Prepare::Nothing, 6),
        ("plan", "plan", Prepare::AccessFresh, 6),
    ] {
        let state = match (verb, prepare) {
            ("apply", Prepare::AccessFresh) => "fresh",
            ("plan", Prepare::AccessFresh) => "all pending",
            _ => "nothing pending",
        };
        all.push(Scenario {
            name: format!("access {label} ({}, {state})", access.label()),
            commands: vec![access.args(verb)],
            prepare,
            http_depth: 1,
            cold_extra: 1,
            pg_depth: Some(pg_depth),
            caches: BOTH,
        });
    }
    // The same grants the local-connection way, one `connection create` per principal × database (what az
    // offers; azconn's own create stands in for az here): one principal's work, measured, on fresh servers.
    all.push(Scenario {
        name: format!(
            "access, per principal: connection create × {}",
            access.databases()
        ),
        commands: access.per_principal(),
        prepare: if access.smoke {
            Prepare::Nothing
        } else {
            Prepare::Reset
        },
        http_depth: 4 * u32::try_from(access.databases()).unwrap_or(u32::MAX),
        cold_extra: 0,
        pg_depth: Some(CREATE_PG * u32::try_from(access.databases()).unwrap_or(u32::MAX)),
        caches: WARM,
    });
    // The smoke run keeps the access cells that need no teardown: the first apply's warm-up run applies the
    // file, so its timed runs and the plan after it have nothing pending.
    all.into_iter()
        .filter(|s| !(access.smoke && s.prepare == Prepare::AccessFresh))
        .collect()
}

/// The `azconn access` workload: `grants` users, each granted `read` or `write` (alternately) on every database
/// of `servers` Flexible Servers with two databases each (Entra on, the signed-in user administrator), added to
/// the seed; the access file written next to the state dir.
struct AccessBench {
    grants: usize,
    servers: usize,
    file: PathBuf,
    /// `--smoke`: a small workload that only checks the scenarios run.
    smoke: bool,
}

/// The signed-in user of the bench seed (`benches/seed.json`), administrator of the access servers.
const ALICE: (&str, &str) = ("alice@contoso.com", "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10");

/// The bench seed's service principal: app id, object id, secret.
const SERVICE_PRINCIPAL: (&str, &str, &str) = (
    "3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d",
    "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
    "emulator-sp-secret",
);

impl AccessBench {
    fn label(&self) -> String {
        let servers = if self.servers == 1 {
            "server"
        } else {
            "servers"
        };
        format!(
            "{} grants, {} {servers} × 2 databases",
            self.grants, self.servers
        )
    }

    fn args(&self, verb: &str) -> Vec<String> {
        vec![
            "access".into(),
            verb.into(),
            "-f".into(),
            self.file.display().to_string(),
            "-o".into(),
            "json".into(),
        ]
    }

    /// The managed databases: two per server.
    fn databases(&self) -> usize {
        self.servers * 2
    }

    /// One principal's grants done with `connection create postgres-flexible`, one run per database (the seed's
    /// service principal, its object id given so no Graph lookup is needed; the connector under `-l`).
    fn per_principal(&self) -> Vec<Vec<String>> {
        let (app, oid, secret) = SERVICE_PRINCIPAL;
        (1..=self.servers)
            .flat_map(|n| {
                ["demo", "reporting"].map(|db| {
                    words(&format!(
                        "connection create postgres-flexible -g rg -l eastus --connection benchsp{n}{db} --tg rg \
                         --server acc{n} --database {db} --service-principal client-id={app} secret={secret} \
                         object-id={oid} --client-type none --yes -o none"
                    ))
                })
            })
            .collect()
    }

    fn user(i: usize) -> (String, String) {
        (
            format!("bench{i:03}@contoso.com"),
            format!("b0000000-0000-4000-8000-{i:012}"),
        )
    }

    /// The seed with the access servers and users added.
    fn seed(&self, base: &Value) -> Res<Value> {
        let mut seed = base.clone();
        let servers = seed["servers"]
            .as_array_mut()
            .ok_or("the seed has no servers")?;
        for n in 1..=self.servers {
            servers.push(json!({
                "kind": "flexible", "name": format!("acc{n}"), "resourceGroup": "rg", "location": "eastus",
                "version": "15", "entraAuth": true, "publicNetworkAccess": true,
                "admins": [{"principalName": ALICE.0, "objectId": ALICE.1}],
                "firewallRules": [{"name": "AllowLocalhost", "startIpAddress": "127.0.0.1", "endIpAddress": "127.0.0.1"}],
                "databases": ["demo", "reporting"]
            }));
        }
        let users = seed["users"]
            .as_array_mut()
            .ok_or("the seed has no users")?;
        for i in 1..=self.grants {
            let (upn, oid) = Self::user(i);
            users.push(json!({"upn": upn, "objectId": oid, "displayName": format!("Bench {i}")}));
        }
        Ok(seed)
    }

    /// The file that takes the workload away again: the same servers, no grants (applied with `--prune`).
    fn teardown_file(state_dir: &Path) -> PathBuf {
        state_dir.with_extension("access-teardown.yaml")
    }

    /// The servers of the access file.
    fn servers_text(&self) -> String {
        let mut f = String::from("version: 1\nservers:\n");
        for n in 1..=self.servers {
            let _ = writeln!(
                f,
                "  - {{server: acc{n}, resource-group: rg, databases: [demo, reporting]}}"
            );
        }
        f
    }

    /// The access file: every server, both databases, one grant per user.
    fn file_text(&self) -> String {
        let mut f = self.servers_text();
        f.push_str("grants:\n");
        for i in 1..=self.grants {
            let profile = if i % 2 == 0 { "write" } else { "read" };
            let _ = writeln!(
                f,
                "  - {{principal: {{user: {}}}, profile: {profile}}}",
                Self::user(i).0
            );
        }
        f
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cache {
    Warm,
    Cold,
}

impl Cache {
    fn name(self) -> &'static str {
        match self {
            Cache::Warm => "warm",
            Cache::Cold => "cold",
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Runs

/// What one run did, beyond its wall time.
#[derive(Debug, Clone, Default)]
struct Observed {
    /// HTTPS requests sent by azconn.
    azconn_requests: usize,
    /// HTTPS requests sent by `az` (the stand-in's token requests).
    az_requests: usize,
    /// azconn's TLS handshakes by the hosts whose requests each connection carried (entra / arm / graph;
    /// one emulator port serves all three; `unused` = a connection that carried no request).
    tls: BTreeMap<String, usize>,
    /// All of azconn's TLS handshakes.
    tls_total: usize,
    /// The longest chain of requests each starting after the previous one ended.
    depth: usize,
    /// PostgreSQL client sessions per server/database.
    pg: BTreeMap<String, usize>,
    /// `az` processes started.
    az_starts: usize,
    /// The requests, for the report (`METHOD path`), in order.
    calls: Vec<String>,
}

#[derive(Debug, Clone)]
struct Cell {
    scenario: String,
    cache: Cache,
    latency: u64,
    walls: Vec<f64>,
    observed: Observed,
    rss_kib: Option<u64>,
    /// D (docs/benchmarks.md) for this cache state.
    depth_doc: u32,
    /// Whether D counts PostgreSQL's round trips.
    pg_counted: bool,
}

struct Bench<'a> {
    opts: &'a Options,
    emu: Emulator,
    azconn: PathBuf,
}

impl Bench<'_> {
    fn command(&self, args: &[String]) -> Command {
        let mut cmd = Command::new(&self.azconn);
        cmd.args(args)
            .env_clear()
            .envs(self.emu.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null());
        cmd
    }

    /// Runs azconn and fails unless it exits 0.
    fn run_ok(&self, args: &[String]) -> Res<Output> {
        let out = self
            .command(args)
            .output()
            .map_err(|e| format!("run azconn: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "`azconn {}` exited {:?}:\n{}{}",
                args.join(" "),
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(out)
    }

    fn prepare(&self, p: Prepare, cache: Cache) -> Res<()> {
        match p {
            Prepare::Nothing => {}
            Prepare::Reset => self.emu.reset()?,
            Prepare::AccessFresh => {
                self.emu.reset()?;
                let file = AccessBench::teardown_file(&self.opts.state_dir);
                let mut args = words("access apply --prune --yes -o none -f");
                args.push(file.display().to_string());
                self.run_ok(&args)?;
            }
            Prepare::DeleteTarget => {
                self.run_ok(&words(
                    "connection create postgres-flexible -g rg -l eastus --connection benchdel --tg rg --server srv --database demo --secret name=bench secret=bench-secret --client-type none -o none",
                ))?;
            }
        }
        if cache == Cache::Cold {
            let path = self.emu.token_cache();
            if path.exists() {
                std::fs::remove_file(&path)
                    .map_err(|e| format!("remove {}: {e}", path.display()))?;
            }
        }
        Ok(())
    }

    /// One timed run with everything it did: its commands one after the other, each of which must exit 0.
    fn measured_run(&self, s: &Scenario, cache: Cache) -> Res<(f64, Observed)> {
        self.prepare(s.prepare, cache)?;
        self.emu.clear_logs()?;
        let marks = self.emu.pg_log_marks();
        let az_before = self.emu.az_starts();
        let started = Instant::now();
        for args in &s.commands {
            self.run_ok(args)?;
        }
        let wall = started.elapsed().as_secs_f64() * 1000.0;
        let requests = self.emu.requests()?;
        let connections = self.emu.connections()?;
        let mut observed = observe(&requests, &connections);
        observed.pg = self.emu.pg_sessions_since(&marks);
        observed.az_starts = self.emu.az_starts() - az_before;
        Ok((wall, observed))
    }

    /// Peak RSS of one run under `/usr/bin/time -v` (the first command of the scenario).
    fn rss(&self, s: &Scenario, cache: Cache) -> Res<Option<u64>> {
        let time = Path::new("/usr/bin/time");
        if !time.exists() {
            return Ok(None);
        }
        self.prepare(s.prepare, cache)?;
        let out = Command::new(time)
            .arg("-v")
            .arg(&self.azconn)
            .args(s.commands.first().ok_or("a scenario without a command")?)
            .env_clear()
            .envs(self.emu.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("run /usr/bin/time: {e}"))?;
        Ok(max_rss(&String::from_utf8_lossy(&out.stderr)))
    }

    fn cell(&self, s: &Scenario, cache: Cache, latency: u64, rss: bool) -> Res<Cell> {
        for _ in 0..self.opts.warmup {
            self.prepare(s.prepare, cache)?;
            for args in &s.commands {
                self.run_ok(args)?;
            }
        }
        let mut walls = Vec::with_capacity(self.opts.runs);
        let mut observed = Observed::default();
        for _ in 0..self.opts.runs {
            let (wall, o) = self.measured_run(s, cache)?;
            walls.push(wall);
            observed = o;
        }
        let rss_kib = if rss { self.rss(s, cache)? } else { None };
        Ok(Cell {
            scenario: s.name.clone(),
            cache,
            latency,
            walls,
            observed,
            rss_kib,
            depth_doc: s.depth(cache),
            pg_counted: s.pg_depth.is_some(),
        })
    }

    /// Times a command that needs no emulator state (help, completion); `runs` after `warmup`.
    fn time_local(&self, args: &[&str], env: &[(&str, &str)]) -> Res<(Vec<f64>, Output)> {
        let mut last = None;
        let mut walls = Vec::new();
        for i in 0..(self.opts.warmup + self.opts.runs) {
            let mut cmd = Command::new(&self.azconn);
            cmd.args(args)
                .env_clear()
                .envs(self.emu.env.iter().map(|(k, v)| (k, v)))
                .envs(env.iter().copied())
                .stdin(Stdio::null());
            let started = Instant::now();
            let out = cmd.output().map_err(|e| format!("run azconn: {e}"))?;
            let wall = started.elapsed().as_secs_f64() * 1000.0;
            if !out.status.success() {
                return Err(format!(
                    "`azconn {}` exited {:?}: {}",
                    args.join(" "),
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            if i >= self.opts.warmup {
                walls.push(wall);
            }
            last = Some(out);
        }
        let out = last.ok_or("no run")?;
        Ok((walls, out))
    }
}

fn max_rss(time_v: &str) -> Option<u64> {
    time_v
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse().ok())
}

fn host_class(path: &str) -> &'static str {
    if path.contains("/oauth2/") || path.starts_with("/msi/") {
        "entra"
    } else if path.starts_with("/v1.0/") {
        "graph"
    } else {
        "arm"
    }
}

/// Counts, handshakes and the observed chain depth of one run's request and connection logs.
fn observe(requests: &[Value], connections: &[Value]) -> Observed {
    let mut o = Observed::default();
    let mut spans = Vec::new();
    let mut az_conns = BTreeSet::new();
    let mut carried: BTreeMap<u64, BTreeSet<&'static str>> = BTreeMap::new();
    for r in requests {
        let path = r["path"].as_str().unwrap_or("");
        let method = r["method"].as_str().unwrap_or("");
        let ua = r["userAgent"].as_str().unwrap_or("");
        let conn = r["connection"].as_u64().unwrap_or(0);
        let start = r["startMs"].as_u64().unwrap_or(0);
        let elapsed = r["elapsedMs"].as_u64().unwrap_or(0);
        spans.push((start, start + elapsed));
        if ua.starts_with("azconn/") {
            o.azconn_requests += 1;
            carried.entry(conn).or_default().insert(host_class(path));
            o.calls.push(format!("{method} {}", short_path(path)));
        } else {
            o.az_requests += 1;
            az_conns.insert(conn);
            o.calls.push(format!("(az) {method} {}", short_path(path)));
        }
    }
    for c in connections {
        let id = c["connection"].as_u64().unwrap_or(0);
        if az_conns.contains(&id) {
            continue;
        }
        o.tls_total += 1;
        let hosts = carried.get(&id).map_or_else(
            || "unused".to_owned(),
            |h| h.iter().copied().collect::<Vec<_>>().join("+"),
        );
        *o.tls.entry(hosts).or_insert(0) += 1;
    }
    o.depth = chain_depth(&spans);
    o
}

/// The longest chain of spans where each starts at or after the previous one ended.
fn chain_depth(spans: &[(u64, u64)]) -> usize {
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    let mut depth = vec![0usize; sorted.len()];
    for i in 0..sorted.len() {
        let before = (0..i)
            .filter(|&j| sorted[j].1 <= sorted[i].0)
            .map(|j| depth[j])
            .max()
            .unwrap_or(0);
        depth[i] = before + 1;
    }
    depth.into_iter().max().unwrap_or(0)
}

/// A request path without the subscription/resource-group prefix, for the report.
fn short_path(path: &str) -> String {
    let p = path
        .replace(&format!("/subscriptions/{SUBSCRIPTION}"), "")
        .replace("/providers/Microsoft.DBforPostgreSQL", "…")
        .replace("/providers/Microsoft.ServiceLinker", "…");
    if p.len() > 90 {
        let cut = p.char_indices().nth(90).map_or(p.len(), |(i, _)| i);
        format!("{}…", &p[..cut])
    } else {
        p
    }
}

#[derive(Debug, Clone, Copy)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

fn stats(walls: &[f64]) -> Stats {
    let mut v = walls.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n == 0 {
        0.0
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        f64::midpoint(v[n / 2 - 1], v[n / 2])
    };
    Stats {
        median,
        min: v.first().copied().unwrap_or(0.0),
        max: v.last().copied().unwrap_or(0.0),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The whole run

fn run(opts: &Options) -> Res<()> {
    let azconn = opts.bin_dir.join("azconn");
    let emulator_bin = opts.bin_dir.join("azconn-emulator");
    for b in [&azconn, &emulator_bin] {
        if !b.exists() {
            return Err(format!(
                "{} is missing (scripts/bench builds it)",
                b.display()
            ));
        }
    }
    let load_before = load_average();
    let started = Instant::now();
    eprintln!(
        "bench: starting azconn-emulator in {}",
        opts.state_dir.display()
    );
    let access = AccessBench {
        grants: if opts.smoke { 20 } else { 200 },
        servers: if opts.smoke { 1 } else { 3 },
        file: opts.state_dir.with_extension("access.yaml"),
        smoke: opts.smoke,
    };
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(&opts.seed)
            .map_err(|e| format!("read {}: {e}", opts.seed.display()))?,
    )
    .map_err(|e| format!("{}: {e}", opts.seed.display()))?;
    let seed = opts.state_dir.with_extension("seed.json");
    if let Some(parent) = seed.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("create {}: {e}", parent.display()))?;
    }
    let text = serde_json::to_string_pretty(&access.seed(&base)?).map_err(|e| e.to_string())?;
    std::fs::write(&seed, text).map_err(|e| format!("write {}: {e}", seed.display()))?;
    std::fs::write(&access.file, access.file_text())
        .map_err(|e| format!("write {}: {e}", access.file.display()))?;
    let teardown = AccessBench::teardown_file(&opts.state_dir);
    std::fs::write(&teardown, access.servers_text() + "grants: []\n")
        .map_err(|e| format!("write {}: {e}", teardown.display()))?;
    let emu = Emulator::start(&emulator_bin, &opts.state_dir, &seed)?;
    let bench = Bench { opts, emu, azconn };

    // Connectors that show/list/rest read.
    bench.run_ok(&words(
        "connection create postgres-flexible -g rg --connection bench --tg rg --server srv --database demo --user-account --client-type none --yes -o none",
    ))?;

    let mut cells = Vec::new();
    for &latency in &opts.latencies {
        bench.emu.latency(latency)?;
        for s in scenarios(&access) {
            if opts.only.as_deref().is_some_and(|o| !s.name.contains(o))
                || opts.skip.as_deref().is_some_and(|k| s.name.contains(k))
            {
                continue;
            }
            for &cache in s.caches {
                eprintln!("bench: {} · {} cache · {latency} ms", s.name, cache.name());
                cells.push(bench.cell(&s, cache, latency, latency == opts.latencies[0])?);
            }
        }
    }
    bench.emu.latency(0)?;
    // The webapp scenarios reset the emulator; dynamic completion below lists the connector again.
    bench.run_ok(&words(
        "connection create postgres-flexible -g rg --connection bench --tg rg --server srv --database demo --user-account --client-type none --yes -o none",
    ))?;

    // Start-up and completion (warm token cache; completion never starts az or fetches a token).
    bench.run_ok(&words("token -o none"))?;
    let mut local = Vec::new();
    let (w, _) = bench.time_local(&["--help"], &[])?;
    local.push(("`azconn --help`".to_owned(), w, None, "≤ 5 ms"));
    let (w, _) = bench.time_local(&["completion", "bash"], &[])?;
    local.push(("`azconn completion bash`".to_owned(), w, None, "≤ 10 ms"));
    let (w, out) = bench.time_local(
        &["--", "azconn", "connection", "sh"],
        &[("AZCONN_COMPLETE", "fish")],
    )?;
    if out.stdout.is_empty() {
        return Err("static completion printed nothing".to_owned());
    }
    local.push((
        "static completion (`AZCONN_COMPLETE=fish azconn -- azconn connection sh`)".to_owned(),
        w,
        None,
        "≤ 10 ms",
    ));
    let dynamic = [
        "--",
        "azconn",
        "connection",
        "show",
        "-g",
        "rg",
        "-l",
        "eastus",
        "--connection",
        "",
    ];
    // Names from ARM: the completion cache is removed before each run.
    let (w, calls, out) = bench.dynamic_completion(&dynamic, false)?;
    let fetched = String::from_utf8_lossy(&out.stdout).lines().count();
    local.push((
        format!(
            "dynamic completion, names from ARM ({fetched} names, {calls} HTTP requests per run)"
        ),
        w,
        Some(calls),
        "≤ 20 ms",
    ));
    let (w, calls, _) = bench.dynamic_completion(&dynamic, true)?;
    local.push((
        format!(
            "dynamic completion, names from the 5-minute cache ({calls} HTTP requests per run)"
        ),
        w,
        Some(calls),
        "≤ 20 ms",
    ));

    let size = std::fs::metadata(&bench.azconn)
        .map(|m| m.len())
        .map_err(|e| format!("{}: {e}", bench.azconn.display()))?;
    let elapsed = started.elapsed();
    let load_after = load_average();
    let report = report(
        opts,
        &cells,
        &local,
        size,
        &load_before,
        &load_after,
        elapsed,
    );
    print!("{report}");
    if let Some(out) = &opts.out {
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
        }
        std::fs::write(out, &report).map_err(|e| format!("write {}: {e}", out.display()))?;
        eprintln!("bench: report written to {}", out.display());
    }
    Ok(())
}

impl Bench<'_> {
    /// Times dynamic completion with a warm token cache; `cached`: the completion cache is kept (filled by
    /// the warm-up), else removed before every run. Returns the walls and the HTTP requests of the last run.
    fn dynamic_completion(&self, words: &[&str], cached: bool) -> Res<(Vec<f64>, usize, Output)> {
        let mut walls = Vec::new();
        let mut last = None;
        let mut calls = 0;
        for i in 0..(self.opts.warmup + self.opts.runs) {
            let path = self.emu.completion_cache();
            if !cached && path.exists() {
                std::fs::remove_file(&path)
                    .map_err(|e| format!("remove {}: {e}", path.display()))?;
            }
            self.emu.clear_requests()?;
            let mut cmd = Command::new(&self.azconn);
            cmd.args(words)
                .env_clear()
                .envs(self.emu.env.iter().map(|(k, v)| (k, v)))
                .env("AZCONN_COMPLETE", "fish")
                .stdin(Stdio::null());
            let started = Instant::now();
            let out = cmd.output().map_err(|e| format!("run azconn: {e}"))?;
            let wall = started.elapsed().as_secs_f64() * 1000.0;
            calls = self.emu.requests()?.len();
            if i >= self.opts.warmup {
                walls.push(wall);
            }
            last = Some(out);
        }
        Ok((walls, calls, last.ok_or("no run")?))
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "?".to_owned(),
        |t| t.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "?".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|t| t.trim().to_owned())
        .unwrap_or_default();
    format!("{cpu}, {cores} cores, Linux {kernel}")
}

fn ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

fn join_map<K: std::fmt::Display, V: std::fmt::Display>(m: &BTreeMap<K, V>) -> String {
    if m.is_empty() {
        return "0".to_owned();
    }
    m.iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn report(
    opts: &Options,
    cells: &[Cell],
    local: &[(String, Vec<f64>, Option<usize>, &str)],
    size: u64,
    load_before: &str,
    load_after: &str,
    elapsed: Duration,
) -> String {
    let mut r = String::new();
    let _ = writeln!(r, "## Run\n");
    let _ = writeln!(
        r,
        "- date: {} UTC",
        chrono::Utc::now().format("%Y-%m-%d %H:%M")
    );
    let _ = writeln!(r, "- machine: {}", machine());
    let _ = writeln!(
        r,
        "- load average (1/5/15 min): {load_before} at the start, {load_after} at the end; {:.0} s in all",
        elapsed.as_secs_f64()
    );
    let _ = writeln!(
        r,
        "- binaries: `{}`; azconn is {} bytes ({:.1} MiB)",
        opts.bin_dir.display(),
        size,
        size as f64 / 1_048_576.0
    );
    let _ = writeln!(
        r,
        "- {} runs per cell after {} warm-up run(s); latencies {:?} ms per HTTPS request and per PostgreSQL exchange{}",
        opts.runs,
        opts.warmup,
        opts.latencies,
        if opts.smoke { " (smoke mode)" } else { "" }
    );

    let _ = writeln!(r, "\n## Commands\n");
    let _ = writeln!(
        r,
        "Wall time in ms (median, min–max). HTTP = requests by azconn + by `az`; TLS = azconn's TLS handshakes, by the \
         hosts each connection served (entra/arm/graph share the emulator's one port; `unused` = a handshake whose \
         connection carried no request); PG = PostgreSQL sessions per server/database; az = `az` \
         processes started; RSS = peak resident set of one run (`/usr/bin/time -v`, includes `az` children).\n"
    );
    let _ = writeln!(
        r,
        "| command | cache | latency | median | min–max | HTTP | TLS | PG | az | RSS MiB |"
    );
    let _ = writeln!(r, "|---|---|---:|---:|---:|---:|---|---|---:|---:|");
    for c in cells {
        let s = stats(&c.walls);
        let o = &c.observed;
        let tls = o
            .tls
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            r,
            "| {} | {} | {} ms | {} | {}–{} | {} + {} | {} | {} | {} | {} |",
            c.scenario,
            c.cache.name(),
            c.latency,
            ms(s.median),
            ms(s.min),
            ms(s.max),
            o.azconn_requests,
            o.az_requests,
            if tls.is_empty() { "0".to_owned() } else { tls },
            join_map(&o.pg),
            o.az_starts,
            c.rss_kib
                .map_or("–".to_owned(), |k| format!("{:.1}", k as f64 / 1024.0)),
        );
    }

    let _ = writeln!(
        r,
        "\n## The floor: wall(50 ms) − wall(0 ms) against D × 50 ms\n"
    );
    let lo = opts.latencies.first().copied().unwrap_or(0);
    let hi = opts.latencies.last().copied().unwrap_or(0);
    if lo == hi {
        let _ = writeln!(r, "Needs two latencies (smoke mode runs only {lo} ms).");
    } else {
        let _ = writeln!(
            r,
            "D = critical-path depth in HTTP and PostgreSQL round trips (docs/benchmarks.md), {hi} ms on each; \
             observed = the longest chain of HTTP requests in the {hi} ms run's log, each starting after the \
             previous one ended (PostgreSQL exchanges are not logged); ratio = (wall({hi}) − wall({lo})) / \
             (D × {hi} ms), target ≤ 1.2.\n"
        );
        let _ = writeln!(
            r,
            "| command | cache | D | observed HTTP | wall({hi}) − wall({lo}) | D × {hi} ms | ratio |"
        );
        let _ = writeln!(r, "|---|---|---:|---:|---:|---:|---:|");
        for c in cells.iter().filter(|c| c.latency == hi) {
            let Some(base) = cells
                .iter()
                .find(|b| b.latency == lo && b.scenario == c.scenario && b.cache == c.cache)
            else {
                continue;
            };
            let delta = stats(&c.walls).median - stats(&base.walls).median;
            let floor = f64::from(c.depth_doc) * hi as f64;
            let ratio = if floor > 0.0 {
                format!("{:.2}", delta / floor)
            } else {
                "–".to_owned()
            };
            let d = if c.pg_counted {
                c.depth_doc.to_string()
            } else {
                format!("{} (HTTP only)", c.depth_doc)
            };
            let _ = writeln!(
                r,
                "| {} | {} | {d} | {} | {} | {} | {} |",
                c.scenario,
                c.cache.name(),
                c.observed.depth,
                ms(delta),
                ms(floor),
                ratio
            );
        }
    }

    let _ = writeln!(r, "\n## Cold against warm\n");
    let _ = writeln!(
        r,
        "Median wall time in ms with azconn's token cache cold (the first run after `az login`) and warm; goal: \
         cold ≤ 1.5 × warm + one round trip (the latency), with no `az` process.\n"
    );
    let _ = writeln!(
        r,
        "| command | latency | warm | cold | 1.5 × warm + RTT | az (cold) | goal met |"
    );
    let _ = writeln!(r, "|---|---:|---:|---:|---:|---:|---|");
    for c in cells.iter().filter(|c| c.cache == Cache::Cold) {
        let Some(warm) = cells
            .iter()
            .find(|w| w.cache == Cache::Warm && w.scenario == c.scenario && w.latency == c.latency)
        else {
            continue;
        };
        let (cold_ms, warm_ms) = (stats(&c.walls).median, stats(&warm.walls).median);
        let goal = 1.5 * warm_ms + c.latency as f64;
        let met = cold_ms <= goal && c.observed.az_starts == 0;
        let _ = writeln!(
            r,
            "| {} | {} ms | {} | {} | {} | {} | {} |",
            c.scenario,
            c.latency,
            ms(warm_ms),
            ms(cold_ms),
            ms(goal),
            c.observed.az_starts,
            if met { "yes" } else { "no" }
        );
    }

    let _ = writeln!(r, "\n## Start-up and completion (warm token cache)\n");
    let _ = writeln!(r, "| what | median | min–max | target |");
    let _ = writeln!(r, "|---|---:|---:|---|");
    for (name, walls, _, target) in local {
        let s = stats(walls);
        let _ = writeln!(
            r,
            "| {name} | {} | {}–{} | {target} |",
            ms(s.median),
            ms(s.min),
            ms(s.max)
        );
    }

    let _ = writeln!(r, "\n## Requests of the last run per cell\n");
    let mut seen = BTreeSet::new();
    for c in cells {
        if !seen.insert((c.scenario.clone(), c.cache)) {
            continue;
        }
        let _ = writeln!(r, "- {} ({} cache):", c.scenario, c.cache.name());
        if c.observed.calls.is_empty() {
            let _ = writeln!(r, "  - (none)");
        }
        for call in &c.observed.calls {
            let _ = writeln!(r, "  - `{call}`");
        }
    }
    r
}
