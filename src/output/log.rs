//! Log lines on stderr the way az writes them (`ERROR: …`, `WARNING: …`, `INFO: …`, `DEBUG: …`),
//! filtered by `--only-show-errors`, `--verbose` and `--debug`. The only place besides the
//! renderer that writes to the terminal.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// How much is logged; set once from the global options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    /// `--only-show-errors`: errors only.
    Error = 0,
    /// Default: errors and warnings.
    Warning = 1,
    /// `--verbose`: one line per step.
    Info = 2,
    /// `--debug`: every request and decision (secrets redacted by the caller).
    Debug = 3,
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Warning as u8);
static COLOR: AtomicBool = AtomicBool::new(false);

/// Turns colour on for log lines. az colours them only when stdout and stderr are both
/// terminals and colour is not switched off (`AZURE_CORE_NO_COLOR`, `NO_COLOR`); the caller decides.
pub fn set_color(on: bool) {
    COLOR.store(on, Ordering::Relaxed);
}

/// Whether log lines are coloured.
pub fn color() -> bool {
    COLOR.load(Ordering::Relaxed)
}

/// az's `dark` theme (error, warning) and knack's defaults (info, debug).
fn color_code(prefix: &str) -> &'static str {
    match prefix {
        "ERROR: " => "\x1b[91m",
        "WARNING: " => "\x1b[93m",
        "INFO: " => "\x1b[32m",
        _ => "\x1b[36m",
    }
}

/// The bytes of one log record: `PREFIX: msg` without colour; with colour no prefix, the whole
/// (possibly multi-line) message wrapped in the level's colour, as knack's handler does.
pub fn format_record(prefix: &str, msg: &str, color: bool) -> String {
    if color {
        format!("{}{msg}\x1b[0m\n", color_code(prefix))
    } else {
        format!("{prefix}{msg}\n")
    }
}

/// Sets the process-wide log level.
pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

/// Whether lines of this level are printed.
pub fn enabled(level: Level) -> bool {
    LEVEL.load(Ordering::Relaxed) >= level as u8
}

fn emit(prefix: &str, msg: &str) {
    write_stderr(&format_record(prefix, msg, color()));
}

fn write_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    // A closed stderr is not worth failing the command over.
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// An error as az prints it: the `ERROR:` record, then its recommendation lines uncoloured.
pub fn error_with(msg: &str, recommendations: &[String]) {
    let mut text = format_record("ERROR: ", msg, color());
    for line in recommendations {
        text.push_str(line);
        text.push('\n');
    }
    write_stderr(&text);
}

/// Prints a top-level error with its recommendations (the one place `main` reports errors).
pub fn report(err: &crate::error::Error) {
    let message = match err {
        // The query engine words its own first line (az_message); keep it without the prefix.
        crate::error::Error::Query(q) => {
            let text = q.az_message();
            let first = text.lines().next().unwrap_or_default();
            first.strip_prefix("ERROR: ").unwrap_or(first).to_owned()
        }
        other => other.to_string(),
    };
    error_with(&message, &err.recommendations());
}

/// `ERROR: msg` (always shown).
pub fn error(msg: &str) {
    emit("ERROR: ", msg);
}

/// `WARNING: msg` unless `--only-show-errors`.
pub fn warning(msg: &str) {
    if enabled(Level::Warning) {
        emit("WARNING: ", msg);
    }
}

/// `INFO: msg` with `--verbose` or `--debug`.
pub fn info(msg: &str) {
    if enabled(Level::Info) {
        emit("INFO: ", msg);
    }
}

/// `DEBUG: msg` with `--debug`. Callers redact tokens and secrets before calling.
pub fn debug(msg: &str) {
    if enabled(Level::Debug) {
        emit("DEBUG: ", msg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_like_az() {
        assert_eq!(format_record("ERROR: ", "boom", false), "ERROR: boom\n");
        assert_eq!(format_record("ERROR: ", "a\nb", false), "ERROR: a\nb\n");
        assert_eq!(
            format_record("ERROR: ", "boom", true),
            "\x1b[91mboom\x1b[0m\n"
        );
        assert_eq!(
            format_record("WARNING: ", "careful", true),
            "\x1b[93mcareful\x1b[0m\n"
        );
    }
}
