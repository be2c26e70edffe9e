//! Golden tests of the output engine: every case recorded from az's own formatter code
//! (`scripts/golden/generate.py` running `../shared/oracle/az_format_oracle.py`) is replayed
//! through `azconn::output::present` and compared byte for byte (stdout; for `--query` errors
//! also stderr and the exit code). Two corpora: our generated one (`tests/golden/manifest.json`)
//! and a copy of the shared oracle samples (`tests/golden/shared-samples/`).
//! Invalid `-o` values are the CLI's business and are skipped here (see tests/golden/README.md).

use std::path::{Path, PathBuf};

use azconn::output::query::{Query, QueryError};
use azconn::output::value::Value;
use azconn::output::{OutputFormat, OutputSpec, log, present};

use crate::common::assert_no_failures;

/// One recorded case (the oracle samples' manifest schema).
struct Case {
    id: String,
    input: PathBuf,
    args: Vec<String>,
    color: bool,
    stdout: PathBuf,
    stderr: Option<PathBuf>,
    /// False when the oracle could not produce az's stderr (see the manifest's note).
    stderr_comparable: bool,
    exit_code: u8,
}

impl Case {
    fn query(&self) -> Option<&str> {
        self.flag("--query")
    }

    fn flag(&self, name: &str) -> Option<&str> {
        // argparse keeps the last occurrence.
        self.args
            .windows(2)
            .rev()
            .find(|w| w[0] == name || (name == "--output" && w[0] == "-o"))
            .map(|w| w[1].as_str())
    }
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn load(manifest: &Path) -> Vec<Case> {
    let dir = manifest.parent().expect("manifest has a folder");
    let text =
        std::fs::read_to_string(manifest).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    let doc: serde_json::Value = serde_json::from_str(&text).expect("manifest is JSON");
    let samples = doc["samples"].as_array().expect("manifest has samples");
    samples
        .iter()
        .map(|s| Case {
            id: s["id"].as_str().expect("id").to_owned(),
            input: dir.join(s["input"].as_str().expect("input")),
            args: s["args"]
                .as_array()
                .expect("args")
                .iter()
                .map(|a| a.as_str().expect("arg").to_owned())
                .collect(),
            color: s["stdout_and_stderr_are_tty"].as_bool().unwrap_or(false),
            stdout: dir.join(s["stdout"].as_str().expect("stdout")),
            stderr: s["stderr"].as_str().map(|p| dir.join(p)),
            stderr_comparable: s.get("stderr_not_comparable").is_none(),
            exit_code: u8::try_from(s["exit_code"].as_u64().expect("exit_code"))
                .expect("small exit code"),
        })
        .collect()
}

/// The full stderr az prints for a query error, and its exit code. On a terminal (colour on) the
/// `ERROR:` line is written by the log facility in its colour, the follow-up lines stay plain.
fn query_error_output(e: &QueryError, color: bool) -> (String, u8) {
    let text = e.az_message();
    if !color {
        return (text, e.exit_code());
    }
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let mut out = log::format_record(
        "ERROR: ",
        first.strip_prefix("ERROR: ").unwrap_or(first),
        true,
    );
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    (out, e.exit_code())
}

/// What azconn prints for a case: (stdout, stderr, exit code); `None` for cases that belong to
/// the CLI (invalid `-o`).
fn run_case(case: &Case) -> Option<(Vec<u8>, Vec<u8>, u8)> {
    let format = match case.flag("--output") {
        None => OutputFormat::Json,
        Some(name) => OutputFormat::from_name(name)?,
    };
    let text = std::fs::read_to_string(&case.input)
        .unwrap_or_else(|e| panic!("{}: {e}", case.input.display()));
    let doc = Value::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", case.input.display()));
    let query = match case.query().map(Query::compile).transpose() {
        Ok(q) => q,
        Err(e) => {
            let (stderr, code) = query_error_output(&e, case.color);
            return Some((Vec::new(), stderr.into_bytes(), code));
        }
    };
    let spec = OutputSpec {
        format,
        query,
        color: case.color,
        global_transforms: !case.args.iter().any(|a| a == "--no-global-transforms"),
    };
    Some(match present(doc, &spec) {
        Ok(out) => (out.into_bytes(), Vec::new(), 0),
        Err(e) => {
            let (stderr, code) = query_error_output(&e, case.color);
            (Vec::new(), stderr.into_bytes(), code)
        }
    })
}

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).escape_debug().to_string()
}

/// Replays the cases selected by `with_query`; panics listing every mismatch.
fn replay(manifest: &Path, with_query: bool) {
    let cases = load(manifest);
    let mut failures = Vec::new();
    let (mut ran, mut skipped) = (0, 0);
    for case in cases.iter().filter(|c| c.query().is_some() == with_query) {
        // The wcwidth sample comes from another dependency set (docs/az-behaviour.md, "Output formats").
        if case.id.ends_with(".wcwidth") {
            skipped += 1;
            continue;
        }
        let Some((stdout, stderr, code)) = run_case(case) else {
            skipped += 1;
            continue;
        };
        ran += 1;
        let want_out = std::fs::read(&case.stdout)
            .unwrap_or_else(|e| panic!("{}: {e}", case.stdout.display()));
        let want_err = case
            .stderr
            .as_ref()
            .map(|p| std::fs::read(p).expect("stderr file"))
            .unwrap_or_default();
        let stderr_differs = case.stderr_comparable && stderr != want_err;
        if stdout != want_out || stderr_differs || code != case.exit_code {
            failures.push(format!(
                "{} {:?}\n  want exit {} stdout \"{}\" stderr \"{}\"\n  got  exit {} stdout \"{}\" stderr \"{}\"",
                case.id,
                case.args,
                case.exit_code,
                show(&want_out),
                show(&want_err),
                code,
                show(&stdout),
                show(&stderr)
            ));
        }
    }
    assert!(ran > 0, "no case ran from {}", manifest.display());
    assert_no_failures(&failures, &format!("{ran} cases ({skipped} skipped)"));
}

/// Whether serde_json can carry the document as Python's json module reads it: no integer beyond 64 bits and no
/// `NaN`/`Infinity`/overflowing float (serde_json rejects or rounds those; az responses have none).
fn carried_by_serde_json(v: &Value) -> bool {
    use azconn::output::value::Number;
    match v {
        Value::Number(Number::BigInt(_)) => false,
        Value::Number(Number::Int(i)) => i64::try_from(*i).is_ok() || u64::try_from(*i).is_ok(),
        Value::Number(Number::Float(f)) => f.is_finite(),
        Value::Array(a) => a.iter().all(carried_by_serde_json),
        Value::Object(o) => o.map.values().all(carried_by_serde_json),
        _ => true,
    }
}

/// Responses reach the formatters through serde_json (`Value::from_json`): every golden document it can carry
/// arrives with the same numbers `Value::parse` (Python's `json.loads`) reads — floats bit for bit, so they
/// print with all their digits.
#[test]
fn documents_read_through_serde_json_keep_every_digit() {
    let mut checked = 0;
    for entry in std::fs::read_dir(golden_dir().join("inputs")).expect("inputs") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("input");
        let python = Value::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if !carried_by_serde_json(&python) {
            continue;
        }
        let wire: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: serde_json: {e}", path.display()));
        assert_eq!(Value::from_json(&wire), python, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} documents checked");
}

/// One test per corpus and mode: `test: "manifest under tests/golden/", with --query`.
macro_rules! replay_tests {
    ($($test:ident: $manifest:literal, $with_query:literal;)*) => {
        $(
            #[test]
            fn $test() {
                replay(&golden_dir().join($manifest), $with_query);
            }
        )*
    };
}

replay_tests! {
    generated_cases_without_query: "manifest.json", false;
    shared_samples_without_query: "shared-samples/manifest.json", false;
    generated_cases_with_query: "manifest.json", true;
    shared_samples_with_query: "shared-samples/manifest.json", true;
}
