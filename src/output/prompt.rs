//! Interactive questions as knack asks them, only when stdin is a terminal: a confirmation (`prompt_y_n`: the
//! question and ` (y/n): ` written to stdout, one line read from stdin, repeated until the answer is y or n,
//! case-insensitive) and a value (`prompt`: one line). Without a terminal the caller gets [`NoTty`] and reports
//! az's error (for a confirmation `Unable to prompt for confirmation as no tty available. Use --yes.`).

use std::io::{BufRead, IsTerminal, Write};

/// az's error when a confirmation is needed and stdin is not a terminal.
pub const NO_TTY: &str = "Unable to prompt for confirmation as no tty available. Use --yes.";

/// stdin is not a terminal, so nobody can answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoTty;

/// The answer to one reading of a y/n prompt: `Some(true|false)` or `None` to ask again.
pub fn parse_y_n(answer: &str) -> Option<bool> {
    let a = answer.trim_end_matches(['\n', '\r']).to_lowercase();
    match a.as_str() {
        "y" => Some(true),
        "n" => Some(false),
        _ => None,
    }
}

/// Asks `msg (y/n): ` until the user answers y or n. End of input counts as "n".
#[allow(clippy::print_stdout)]
pub fn confirm(msg: &str) -> Result<bool, NoTty> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(NoTty);
    }
    // Bounded so a stuck input source cannot spin forever.
    for _ in 0..1000 {
        {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{msg} (y/n): ");
            let _ = out.flush();
        }
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => return Ok(false),
            Ok(_) => {
                if let Some(answer) = parse_y_n(&line) {
                    return Ok(answer);
                }
            }
        }
    }
    Ok(false)
}

/// Asks for a value as knack's `prompt` does: `msg` written to stdout, one line read from stdin, its line end
/// removed. `Ok(None)` at the end of input.
#[allow(clippy::print_stdout)]
pub fn text(msg: &str) -> Result<Option<String>, NoTty> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(NoTty);
    }
    {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{msg}");
        let _ = out.flush();
    }
    let mut line = String::new();
    match stdin.lock().read_line(&mut line) {
        Ok(0) | Err(_) => Ok(None),
        Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers() {
        assert_eq!(parse_y_n("y\n"), Some(true));
        assert_eq!(parse_y_n("Y\r\n"), Some(true));
        assert_eq!(parse_y_n("n"), Some(false));
        assert_eq!(parse_y_n("yes\n"), None);
        assert_eq!(parse_y_n("\n"), None);
    }
}
