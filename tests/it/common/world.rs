//! The world most end-to-end tests run in: one emulator (with its PostgreSQL servers) and a home directory for
//! azconn runs against it, with readers of the emulator's state and request log.

use serde_json::Value;

use super::emulator::{Emulator, method_path};
use super::fixtures::{ALICE, seed};
use super::{Azconn, Run};

/// One emulator and a home directory for azconn runs against it.
pub struct World {
    pub emu: Emulator,
    azconn: Azconn,
}

impl World {
    /// Starts an emulator seeded with `seed`, and a fresh home named after `name`.
    pub fn start(name: &str, seed: &Value) -> World {
        let emu = Emulator::start(Some(seed));
        let azconn = Azconn::scratch(&format!("create-{name}")).emulator(&emu);
        World { emu, azconn }
    }

    /// [`World::start`] with `servers` and Alice signed in.
    pub fn alice(name: &str, servers: Vec<Value>) -> World {
        World::start(name, &seed(servers, ALICE))
    }

    /// Runs `azconn <line>` (split like a shell) in the emulator's environment, stdin not a terminal.
    pub fn az(&self, line: &str) -> Run {
        self.az_env(line, &[])
    }

    /// [`World::az`] with extra environment variables.
    pub fn az_env(&self, line: &str, extra: &[(&str, &str)]) -> Run {
        self.emu.admin().clear_requests();
        self.azconn
            .clone()
            .envs(extra.iter().copied())
            .line(line)
            .run()
    }

    /// Runs `azconn <line>` on a terminal with `input` typed; returns the exit code and what the terminal
    /// showed (stdout and stderr together).
    pub fn az_tty(&self, line: &str, input: &str) -> (i32, String) {
        self.emu.admin().clear_requests();
        self.azconn.clone().line(line).tty(input)
    }

    /// Superuser psql on an emulated server's cluster (unix socket); unaligned tuples-only output.
    pub fn psql(&self, server: &str, db: &str, sql: &str) -> String {
        self.emu.psql(server, db, sql)
    }

    /// The logged requests as `METHOD path` (LRO polls left out).
    pub fn calls(&self) -> Vec<String> {
        self.emu
            .requests()
            .iter()
            .map(method_path)
            .filter(|c| {
                !c.contains("/azureAsyncOperation/")
                    && !c.contains("/operationStatuses/")
                    && !c.contains("/operationResults/")
            })
            .collect()
    }

    /// Asserts the last command sent a request whose `METHOD path` contains `part`.
    pub fn assert_sent(&self, part: &str) {
        let calls = self.calls();
        assert!(
            calls.iter().any(|c| c.contains(part)),
            "no {part} in {calls:#?}"
        );
    }

    /// Asserts the last command changed nothing: it sent only reads (and token requests).
    pub fn assert_only_reads(&self) {
        let calls = self.calls();
        assert!(
            calls
                .iter()
                .all(|c| c.starts_with("GET") || c.contains("/oauth2/")),
            "nothing changes: {calls:?}"
        );
    }

    pub fn state(&self) -> Value {
        self.emu.admin().state()
    }

    pub fn server_state(&self, name: &str) -> Value {
        let state = self.state();
        state["servers"]
            .as_array()
            .and_then(|a| a.iter().find(|s| s["name"] == name).cloned())
            .unwrap_or_else(|| panic!("no server {name} in {state}"))
    }

    pub fn connector_names(&self) -> Vec<String> {
        self.state()["connectors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|c| {
                        c.as_str()
                            .or_else(|| c["id"].as_str())
                            .unwrap_or_default()
                            .rsplit('/')
                            .next()
                            .unwrap_or_default()
                            .to_owned()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}
