//! Fixtures shared by the integration tests: running the built `azconn` (`azconn::Azconn`), the emulator
//! (`emulator`), a client machine with its own home and a counting `az` (`client`), ids and seeds (`fixtures`), an
//! emulated Azure PostgreSQL server (`pg_server`), whole-output snapshots (`snapshot`), assertions that show what
//! they looked at, and comparing generated artefacts (completions, man pages) with their committed files
//! (`AZCONN_BLESS=1` rewrites them).

#![allow(dead_code)]

pub mod azconn;
pub mod client;
pub mod emulator;
pub mod fixtures;
pub mod pg_server;
pub mod secrets;
pub mod snapshot;
pub mod world;

pub use azconn::{Azconn, Run};
pub use world::World;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether committed snapshot files should be rewritten instead of compared.
pub fn bless() -> bool {
    std::env::var_os("AZCONN_BLESS").is_some_and(|v| v != "0" && !v.is_empty())
}

/// A scratch directory under the target dir, emptied first.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs `azconn` with `args` in a fresh home named after them.
pub fn run(args: &[&str]) -> Run {
    Azconn::scratch(&format!(
        "run-{}",
        args.join("_")
            .replace(['/', ' ', '\'', '"', '*', '?', '['], "_")
    ))
    .args(args)
    .run()
}

/// The output of a helper process (the az stand-in, psql) that must succeed; its stderr is the failure message.
pub fn succeeded(out: std::process::Output, what: &str) -> std::process::Output {
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `cmd` with `input` on its stdin, stdout and stderr piped, to its end.
pub fn run_with_input(cmd: &mut Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("start {}: {e}", cmd.get_program().display()));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the input");
    child.wait_with_output().expect("wait for the output")
}

/// The tests' one psql runner: `script` (read like a file: several statements, psql `vars` interpolated with
/// `:'name'` and `:"name"`, psql's own quoting, independent of azconn's) as the superuser `azuresu` of the cluster
/// in `data` listening on `port`, over its unix socket, in database `db`. Unaligned tuples-only output; panics
/// when a statement fails.
pub fn superuser_psql(
    data: &Path,
    port: &str,
    db: &str,
    script: &str,
    vars: &[(&str, &str)],
) -> String {
    let password =
        std::fs::read_to_string(data.join("azuresu.password")).expect("superuser password");
    let mut cmd = Command::new("psql");
    cmd.args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h"])
        .arg(data)
        .args(["-p", port, "-U", "azuresu", "-d", db])
        .env("PGPASSWORD", password.trim());
    for (k, v) in vars {
        cmd.arg("-v").arg(format!("{k}={v}"));
    }
    let out = succeeded(
        run_with_input(&mut cmd, script),
        &format!("psql\n{script}\n"),
    );
    String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
}

/// Asserts that `run` succeeded, showing its output when it did not.
#[track_caller]
pub fn ok(run: &Run) {
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
}

/// Asserts that `text` contains `part`, showing the whole text when it does not.
#[track_caller]
pub fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} is not in:\n{text}");
}

/// Asserts that no case of a table failed: `failures` (one line each) out of `cases` (e.g. "812 cases").
#[track_caller]
pub fn assert_no_failures(failures: &[String], cases: &str) {
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Compares `actual` with the committed file at `path` (relative to the repo), or rewrites it
/// under `AZCONN_BLESS=1`. Returns a description of the mismatch, if any.
pub fn check_file(path: &Path, actual: &str) -> Option<String> {
    let full = repo().join(path);
    if bless() {
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).expect("create snapshot dir");
        }
        std::fs::write(&full, actual).expect("write snapshot");
        return None;
    }
    match std::fs::read_to_string(&full) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => Some(format!(
            "{} is stale (first difference at line {}); run `AZCONN_BLESS=1 cargo test --test it` and review the diff",
            path.display(),
            expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .map_or_else(
                    || expected.lines().count().min(actual.lines().count()) + 1,
                    |i| i + 1
                )
        )),
        Err(_) => Some(format!(
            "{} is missing; run `AZCONN_BLESS=1 cargo test --test it`",
            path.display()
        )),
    }
}

/// Checks a whole directory of generated files: every expected file matches, and no committed
/// file is left over. Panics with every problem listed.
pub fn check_dir(dir: &str, files: &[(String, String)]) {
    let mut problems: Vec<String> = files
        .iter()
        .filter_map(|(name, content)| check_file(&Path::new(dir).join(name), content))
        .collect();
    let full = repo().join(dir);
    if let Ok(entries) = std::fs::read_dir(&full) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !files.iter().any(|(n, _)| *n == name) {
                if bless() {
                    std::fs::remove_file(entry.path()).expect("remove stale file");
                } else {
                    problems.push(format!(
                        "{dir}/{name} is no longer generated; remove it (AZCONN_BLESS=1 does)"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
