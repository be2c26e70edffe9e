//! `azconn completion <shell>`: prints the static completion script generated from the same clap
//! definitions as help and the man page (the committed files under `completions/` are these). Dynamic
//! completion of resource names (`COMPLETE=<shell> azconn …`) lives in `dynamic.rs`.

pub mod dynamic;

use crate::cli::CompletionArgs;
use crate::error::{Error, Result};

use super::Outcome;

/// The completion script for a shell, as `azconn completion <shell>` prints it.
pub fn script(shell: clap_complete::Shell) -> Result<String> {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, crate::cli::BIN, &mut buf);
    String::from_utf8(buf)
        .map_err(|e| Error::runtime(format!("completion script is not UTF-8: {e}")))
}

/// Runs `azconn completion <shell>`.
pub fn run(args: &CompletionArgs) -> Result<Outcome> {
    Ok(Outcome::Text(script(args.shell)?))
}
