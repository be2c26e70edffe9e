//! The one way the integration tests run the built `azconn`: a builder for its environment (a clean one, plus
//! the emulator's client variables and a test's own), its arguments (a list, or one line split like a shell
//! splits it) and its input (none, or typed on a terminal).

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::emulator::Emulator;

/// The result of a run: exit code, stdout, stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts that the run failed with exit `code` and that its stderr ends with `last` (its error line).
    #[track_caller]
    pub fn assert_failed(&self, code: i32, last: &str) {
        assert_eq!(self.code, code, "{self:?}");
        assert!(
            self.stderr.ends_with(last),
            "the stderr does not end with {last:?}:\n{}",
            self.stderr
        );
    }
}

/// How to run `azconn` once: clone it to run variations of one base.
///
/// The environment starts clean (nothing of the caller's but `PATH`): `HOME` is the given directory,
/// `AZURE_CONFIG_DIR` its `.azure`, telemetry off. Later settings override earlier ones, so
/// `.emulator(&emu).env("PATH", …)` replaces the emulator's `PATH`.
#[derive(Debug, Clone)]
pub struct Azconn {
    env: BTreeMap<OsString, OsString>,
    args: Vec<OsString>,
}

impl Azconn {
    /// `azconn` with `home` as `HOME` and `home/.azure` as the az config dir, and nothing else of the caller's
    /// environment but `PATH`.
    pub fn new(home: &Path) -> Azconn {
        Azconn {
            env: BTreeMap::new(),
            args: Vec::new(),
        }
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("AZURE_CONFIG_DIR", home.join(".azure"))
        .env("AZURE_CORE_COLLECT_TELEMETRY", "false")
    }

    /// `azconn` in a fresh scratch home named `name` (emptied first).
    pub fn scratch(name: &str) -> Azconn {
        Azconn::new(&super::scratch(name))
    }

    /// Adds the emulator's client environment (its env.json: cloud, CA bundle, az config dir; its `bin/` with
    /// the `az` stand-in first on `PATH`).
    pub fn emulator(self, emu: &Emulator) -> Azconn {
        self.envs(emu.env())
    }

    /// Sets one variable.
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Azconn {
        self.env
            .insert(key.as_ref().to_owned(), value.as_ref().to_owned());
        self
    }

    /// Sets several variables.
    pub fn envs<K: AsRef<OsStr>, V: AsRef<OsStr>>(
        mut self,
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Azconn {
        for (k, v) in vars {
            self = self.env(k, v);
        }
        self
    }

    /// Unsets one variable set before.
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Azconn {
        self.env.remove(key.as_ref());
        self
    }

    /// Appends one argument.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Azconn {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Appends arguments.
    pub fn args<A: AsRef<OsStr>>(mut self, args: impl IntoIterator<Item = A>) -> Azconn {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Appends the words of `line`, split like a POSIX shell splits them (quotes and backslashes), so a test
    /// reads like the command a user types: `.line("connection show -g rg --query 'authInfo.authType'")`.
    pub fn line(self, line: &str) -> Azconn {
        let words = shlex::split(line).unwrap_or_else(|| panic!("unbalanced quotes in `{line}`"));
        self.args(words)
    }

    /// The process, stdin closed, stdout and stderr as the caller sets them (for `spawn` with its own pipes).
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(binary());
        cmd.env_clear()
            .envs(&self.env)
            .args(&self.args)
            .stdin(Stdio::null());
        cmd
    }

    /// Starts the process with stdout and stderr piped.
    pub fn spawn(&self) -> Child {
        self.command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn azconn")
    }

    /// Runs to the end with stdin closed (not a terminal).
    pub fn run(&self) -> Run {
        let out = self.command().output().expect("run azconn");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs on a terminal (script(1) gives azconn a pty) with `input` typed; the exit code and what the
    /// terminal showed (stdout and stderr together, with the terminal's `\r\n` line ends).
    pub fn tty(&self, input: &str) -> (i32, String) {
        let line = shlex::try_join(
            std::iter::once(binary().to_str().expect("UTF-8 binary path")).chain(
                self.args
                    .iter()
                    .map(|a| a.to_str().expect("UTF-8 argument")),
            ),
        )
        .expect("arguments a shell can quote");
        let out = super::run_with_input(
            Command::new("script")
                .args(["-qec", &line, "/dev/null"])
                .env_clear()
                .envs(&self.env),
            input,
        );
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }
}

/// The built `azconn` binary.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_azconn"))
}
