//! Starts and stops the `azconn-emulator` binary for integration tests: one emulator per `Emulator` value, with
//! its own state dir and free ports, stopped on drop (also when the test fails). Gives the client environment
//! (`env()`, which `common::Azconn::emulator` adds), admin-port knob helpers (`admin()`) and the parsed request
//! log (`requests()`). The wire is `azconn_emulator::client`, shared with the emulator's tests and the benchmarks.
//!
//! The binary is found next to the test executable (`target/<profile>/azconn-emulator`), which `cargo test
//! --workspace` (scripts/test, .ci/run) builds before running any test; `AZCONN_EMULATOR_BIN` overrides it. A
//! missing binary fails loudly with the command that builds it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use azconn_emulator::client;
use serde_json::{Value, json};

/// The emulator's variable naming a template cache shared by all emulators (see emulator/src/pg/cluster.rs).
const TEMPLATE_CACHE_ENV: &str = "AZCONN_EMULATOR_PG_TEMPLATE_CACHE";

/// The emulator binary.
pub fn binary() -> PathBuf {
    if let Some(p) = std::env::var_os("AZCONN_EMULATOR_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/it-<hash> → target/<profile>/azconn-emulator
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("azconn-emulator");
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build -p azconn-emulator` (cargo test --workspace builds it)",
        bin.display()
    );
    // `cargo test --test it` builds only this package: an emulator older than its sources would test old code.
    let built = std::fs::metadata(&bin).and_then(|m| m.modified()).ok();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("emulator");
    if let (Some(built), Some(newest)) = (built, newest_source(&root, 4)) {
        assert!(
            newest <= built,
            "{} is older than the emulator's sources: run `cargo build -p azconn-emulator` (cargo test --workspace builds it)",
            bin.display()
        );
    }
    bin
}

/// The newest modification time of the emulator's build inputs under `dir` (sources, SQL, C, seeds, manifests),
/// `depth` directory levels deep at most.
fn newest_source(dir: &Path, depth: u32) -> Option<std::time::SystemTime> {
    let mut newest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(meta) = entry.metadata() else { continue };
        let t = if meta.is_dir() {
            if depth == 0 || name == "target" || name == "tests" {
                continue;
            }
            newest_source(&path, depth - 1)
        } else if [".rs", ".c", ".sql", ".json", ".toml"]
            .iter()
            .any(|ext| name.ends_with(ext))
            || name == "Makefile"
        {
            meta.modified().ok()
        } else {
            None
        };
        newest = newest.max(t);
    }
    newest
}

/// A running emulator in its own temporary state dir, stopped on drop.
pub struct Emulator {
    // Declared before `dir`: the emulator stops before its state dir is removed. Shared with `Admin` handles.
    client: Arc<client::Emulator>,
    dir: tempfile::TempDir,
}

impl Emulator {
    /// Starts an emulator with PostgreSQL; `seed` is a seed document (None: emulator/seeds/demo.json).
    pub fn start(seed: Option<&Value>) -> Emulator {
        Self::launch(seed, &[])
    }

    /// Starts an emulator without PostgreSQL clusters (ARM/Entra/Graph only; much faster to start).
    pub fn start_http_only(seed: Option<&Value>) -> Emulator {
        Self::launch(seed, &["--no-postgres"])
    }

    fn launch(seed: Option<&Value>, extra: &[&str]) -> Emulator {
        let dir = tempfile::Builder::new()
            .prefix("azconn-emu-")
            .tempdir()
            .expect("state dir");
        let mut args: Vec<OsString> = extra.iter().map(OsString::from).collect();
        if let Some(seed) = seed {
            let path = dir.path().join("seed-input.json");
            std::fs::write(&path, serde_json::to_vec_pretty(seed).expect("seed json"))
                .expect("write seed");
            args.extend([OsString::from("--seed"), path.into_os_string()]);
        }
        // One template cluster (initdb, setup SQL, compiled modules) for every emulator the suite starts,
        // keyed by its content, instead of one per emulator.
        let cache = std::env::var_os(TEMPLATE_CACHE_ENV).unwrap_or_else(|| {
            std::env::temp_dir()
                .join("azconn-emulator-test-templates")
                .into()
        });
        let client = client::Emulator::start(
            &binary(),
            dir.path(),
            args,
            &[(TEMPLATE_CACHE_ENV, cache.as_os_str())],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        Emulator {
            client: Arc::new(client),
            dir,
        }
    }

    /// The wire client of this emulator (HTTPS with its CA, admin port, tokens).
    pub fn client(&self) -> &client::Emulator {
        &self.client
    }

    /// HTTPS port: ARM, Entra, Graph, managed identity.
    pub fn arm(&self) -> u16 {
        self.client.arm
    }

    /// PostgreSQL router port (0 without PostgreSQL).
    pub fn pg(&self) -> u16 {
        self.client.pg
    }

    /// The state dir (ca.pem, azure/, env.sh, requests.jsonl, …).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `https://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        self.client.url("")
    }

    /// The variables of env.sh, with `PATH` = `DIR/bin` + the current PATH (so `az` is the emulator's stand-in).
    pub fn env(&self) -> Vec<(String, String)> {
        let mut env = self.client.env().unwrap_or_else(|e| panic!("{e}"));
        let path = std::env::var("PATH").unwrap_or_default();
        env.push((
            "PATH".into(),
            format!("{}:{path}", self.dir().join("bin").display()),
        ));
        env
    }

    /// The service principal variables of env-sp.sh (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID).
    pub fn sp_env(&self) -> Vec<(String, String)> {
        let text = std::fs::read_to_string(self.dir().join("env-sp.sh")).expect("env-sp.sh");
        text.lines()
            .filter_map(|l| l.strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.trim_matches('\'').to_string()))
            .collect()
    }

    /// Runs `sql` as the superuser of emulated server `server`'s cluster in database `db`
    /// ([`super::superuser_psql`]).
    pub fn psql(&self, server: &str, db: &str, sql: &str) -> String {
        let data = self.dir().join("pg").join(server);
        let pid = std::fs::read_to_string(data.join("postmaster.pid")).expect("postmaster.pid");
        let port = pid.lines().nth(3).expect("port line").trim().to_owned();
        super::superuser_psql(&data, &port, db, sql, &[])
    }

    /// The admin port's knob helpers.
    pub fn admin(&self) -> Admin {
        Admin {
            client: Arc::clone(&self.client),
        }
    }

    /// The request log (one JSON object per HTTPS request, oldest first).
    pub fn requests(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.dir().join("requests.jsonl")).unwrap_or_default();
        text.lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).expect("request log line"))
            .collect()
    }

    /// The highest request-log sequence number so far: the requests after it are new.
    pub fn last_seq(&self) -> u64 {
        self.requests()
            .iter()
            .filter_map(|r| r["seq"].as_u64())
            .max()
            .unwrap_or(0)
    }

    /// The logged requests after sequence number `seq` (see [`Emulator::last_seq`]).
    pub fn requests_since(&self, seq: u64) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r["seq"].as_u64().is_some_and(|s| s > seq))
            .collect()
    }

    /// The object ids the ARM `GET /subscriptions` requests after `seq` were made as (`(none)`: without a token).
    pub fn callers_since(&self, seq: u64) -> Vec<String> {
        self.requests_since(seq)
            .iter()
            .filter(|r| r["path"] == "/subscriptions")
            .map(|r| r["caller"].as_str().unwrap_or("(none)").to_owned())
            .collect()
    }

    /// The logged ARM requests as `"METHOD path"` strings, for asserting call sequences.
    pub fn arm_calls(&self) -> Vec<String> {
        self.calls(|p| {
            p.starts_with("/subscriptions")
                || p.starts_with("/providers")
                || p.starts_with("/tenants")
        })
    }

    /// The logged Microsoft Graph requests as `"METHOD path"` strings.
    pub fn graph_calls(&self) -> Vec<String> {
        self.calls(|p| p.starts_with("/v1.0/"))
    }

    /// The logged requests whose path `keep` accepts, as `"METHOD path"` strings.
    fn calls(&self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        self.requests()
            .iter()
            .filter(|r| keep(r["path"].as_str().unwrap_or("")))
            .map(method_path)
            .collect()
    }
}

/// A logged request as `"METHOD path"`.
pub fn method_path(request: &Value) -> String {
    format!(
        "{} {}",
        request["method"].as_str().unwrap_or(""),
        request["path"].as_str().unwrap_or("")
    )
}

/// Knobs on the emulator's admin port (see emulator/README.md).
pub struct Admin {
    client: Arc<client::Emulator>,
}

impl Admin {
    /// One admin call; returns status and JSON body (Null when empty). Panics on transport errors.
    pub fn call(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        let answer = self
            .client
            .wait(self.client.admin(method, path, body))
            .unwrap_or_else(|e| panic!("{e}"));
        (answer.status, answer.body)
    }

    fn ok(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let (s, v) = self.call(method, path, body);
        assert!((200..300).contains(&s), "admin {method} {path}: {s} {v}");
        v
    }

    /// Adds latency to every HTTPS request.
    pub fn latency(&self, ms: u64) {
        self.ok("PUT", "/knobs/latency", Some(&json!({"defaultMs": ms})));
    }

    /// Adds a fault script, e.g. `json!({"method":"PUT","path":"/**/connectors/*","nth":1,"action":"status","status":429,"retryAfter":1})`.
    pub fn fault(&self, fault: &Value) {
        self.ok("POST", "/knobs/faults", Some(fault));
    }

    /// Makes LROs started by matching requests take `polls` polls and end with `result`.
    pub fn lro(&self, method: &str, path: &str, polls: u32, result: &str) {
        self.ok(
            "POST",
            "/knobs/lro",
            Some(&json!({"method": method, "path": path, "polls": polls, "result": result})),
        );
    }

    /// Connector list page size.
    pub fn page_size(&self, n: usize) {
        self.ok("PUT", "/knobs/page-size", Some(&json!({"pageSize": n})));
    }

    /// Adds a PostgreSQL fault, e.g. `json!({"server":"srv","match":"GRANT","action":"terminate"})`.
    pub fn pg_fault(&self, fault: &Value) {
        self.ok("POST", "/knobs/pg-faults", Some(fault));
    }

    /// The knobs as set, PostgreSQL faults with how many statements or connections they have seen.
    pub fn knobs(&self) -> Value {
        self.ok("GET", "/knobs", None)
    }

    /// Clears every knob.
    pub fn clear_knobs(&self) {
        self.ok("DELETE", "/knobs", None);
    }

    /// Back to the seed.
    pub fn reset(&self) {
        self.ok("POST", "/reset", None);
    }

    /// New token generation (new tokens, new admin passwords).
    pub fn rotate_tokens(&self) {
        self.ok("POST", "/rotate-tokens", None);
    }

    /// Expires every token issued so far (a new generation; ARM, Graph and PostgreSQL refuse the old ones).
    pub fn expire_tokens(&self) {
        self.ok("POST", "/expire-tokens", None);
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        self.ok("DELETE", "/requests", None);
    }

    /// Servers, admins, firewall rules, connectors.
    pub fn state(&self) -> Value {
        self.ok("GET", "/state", None)
    }
}
