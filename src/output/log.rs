//! Log lines on stderr the way az writes them (`ERROR: …`, `WARNING: …`, `INFO: …`, `DEBUG: …`),
//! filtered by `--only-show-errors`, `--verbose` and `--debug`. The only place besides the
//! renderer that writes to the terminal. Also the one spinner line (`step`) long commands show on a
//! terminal.

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
    // The spinner line (if drawn) is wiped first, so records never share a line with it; the
    // ticker draws it again below them.
    let mut spinner = lock_spinner();
    let mut err = std::io::stderr().lock();
    let wipe = if spinner.drawn { "\r\x1b[2K" } else { "" };
    spinner.drawn = false;
    // A closed stderr is not worth failing the command over.
    let _ = err.write_all(format!("{wipe}{text}").as_bytes());
    let _ = err.flush();
}

/// The one spinner line on stderr: the current step of a long command (`create`).
#[derive(Default)]
struct SpinnerState {
    /// The step shown; `None` hides the line (e.g. while a prompt waits for an answer).
    message: Option<String>,
    frame: usize,
    /// The line is on screen and must be wiped before anything else is written.
    drawn: bool,
    /// The ticker thread runs.
    ticking: bool,
}

static SPINNER: std::sync::Mutex<SpinnerState> = std::sync::Mutex::new(SpinnerState {
    message: None,
    frame: 0,
    drawn: false,
    ticking: false,
});

fn lock_spinner() -> std::sync::MutexGuard<'static, SpinnerState> {
    // A panic while drawing leaves a usable state behind; keep going.
    SPINNER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

const FRAMES: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// Whether the spinner is shown at all: stderr is a terminal and not `--only-show-errors`.
fn spinner_wanted() -> bool {
    use std::io::IsTerminal;
    enabled(Level::Warning) && std::io::stderr().is_terminal()
}

fn draw(state: &mut SpinnerState) {
    let Some(msg) = &state.message else { return };
    let frame = FRAMES[state.frame % FRAMES.len()];
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r\x1b[2K{frame} {msg}");
    let _ = err.flush();
    state.drawn = true;
}

/// Shows `msg` (e.g. `Creating role...`) as the spinner line on stderr, replacing the previous
/// step. Nothing happens when stderr is not a terminal or under `--only-show-errors`.
pub fn step(msg: &str) {
    if !spinner_wanted() {
        return;
    }
    let mut state = lock_spinner();
    state.message = Some(msg.to_owned());
    draw(&mut state);
    if !state.ticking {
        state.ticking = true;
        // The ticker ends itself once `steps_done` clears the message.
        let spawned = std::thread::Builder::new()
            .name("spinner".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    let mut state = lock_spinner();
                    if state.message.is_none() {
                        state.ticking = false;
                        return;
                    }
                    state.frame += 1;
                    draw(&mut state);
                }
            });
        if spawned.is_err() {
            state.ticking = false;
        }
    }
}

/// Removes the spinner line (before a prompt, and when the command is done).
pub fn steps_done() {
    let mut state = lock_spinner();
    state.message = None;
    if state.drawn {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(b"\r\x1b[2K");
        let _ = err.flush();
        state.drawn = false;
    }
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
