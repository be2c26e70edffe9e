//! The one writer of stdout: writes whole outputs and treats a closed pipe (`azconn … | head -1`)
//! as success, like az, which swallows EPIPE.

use std::io::Write;

/// Writes `text` to stdout and flushes it. A closed pipe is not an error; other failures are
/// returned with what was being written.
pub fn write(text: &str) -> std::io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
