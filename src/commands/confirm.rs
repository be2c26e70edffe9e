//! The one yes/no question before a change, as az asks it: skipped with `--yes`, asked on a terminal
//! (`output::prompt`), and without a terminal az's `Unable to prompt for confirmation … Use --yes.` error.

use crate::error::{Error, Result};
use crate::output::{log, prompt};

/// Asks `question` unless `yes` (`--yes`) was given; the answer "n" (or the end of input) is the error
/// `refusal`. The progress line is cleared first so the question stands alone.
pub fn confirm(yes: bool, question: &str, refusal: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    log::steps_done();
    match prompt::confirm(question) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::runtime(refusal)),
        Err(prompt::NoTty) => Err(Error::runtime(prompt::NO_TTY)),
    }
}
