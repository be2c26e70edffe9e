//! Log lines on stderr the way az writes them (`ERROR: …`, `WARNING: …`, `INFO: …`, `DEBUG: …`),
//! filtered by `--only-show-errors`, `--verbose` and `--debug`. The only place besides the
//! renderer that writes to the terminal.

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

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

/// Sets the process-wide log level.
pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

/// Whether lines of this level are printed.
pub fn enabled(level: Level) -> bool {
    LEVEL.load(Ordering::Relaxed) >= level as u8
}

#[allow(clippy::print_stderr)]
fn emit(prefix: &str, msg: &str) {
    let mut err = std::io::stderr().lock();
    // A closed stderr is not worth failing the command over.
    let _ = writeln!(err, "{prefix}{msg}");
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
