//! Whole-output snapshots (insta): a run's exit code, stdout and stderr in one committed file under
//! `tests/it/snapshots/`, reviewed as a diff (`cargo insta review`, or `INSTA_UPDATE=always` and `git diff`), with
//! what changes from run to run (ports, emulator state dirs, times) replaced by a name.

use super::Run;

/// What changes from run to run, and the name that stands for it in a snapshot.
pub const FILTERS: &[(&str, &str)] = &[
    (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
    (r#"[^\s"']*/azconn-emu-\w+"#, "[EMULATOR]"),
    (
        r#""(createdAt|lastModifiedAt)": "[^"]+""#,
        r#""$1": "[TIME]""#,
    ),
    // YAML quotes the times.
    (r"(createdAt|lastModifiedAt): '[^']+'", r"$1: '[TIME]'"),
];

impl Run {
    /// The text a snapshot of this run holds: the exit code, then each stream as printed. A stream that does not
    /// end with a newline says so, and a closing line keeps trailing blank lines visible.
    pub fn transcript(&self) -> String {
        let stream = |name: &str, text: &str| {
            let end = if text.is_empty() || text.ends_with('\n') {
                ""
            } else {
                "\n[no newline at the end]\n"
            };
            format!("----- {name} -----\n{text}{end}")
        };
        format!(
            "exit code: {}\n{}{}----- end -----\n",
            self.code,
            stream("stdout", &self.stdout),
            stream("stderr", &self.stderr)
        )
    }
}

/// Asserts a whole-output snapshot of a [`Run`](crate::common::Run): `assert_run!(run)` names it after the test,
/// `assert_run!("name", run)` names it explicitly (for a test with several).
macro_rules! assert_run {
    ($run:expr) => {
        insta::with_settings!({
            filters => $crate::common::snapshot::FILTERS.iter().copied(),
            omit_expression => true,
        }, {
            insta::assert_snapshot!($run.transcript());
        })
    };
    ($name:expr, $run:expr) => {
        insta::with_settings!({
            filters => $crate::common::snapshot::FILTERS.iter().copied(),
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $run.transcript());
        })
    };
}
pub(crate) use assert_run;
