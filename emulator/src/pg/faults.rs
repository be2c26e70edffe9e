//! PostgreSQL faults: statement faults (a client's statement is terminated like `pg_terminate_backend` or fails
//! with an SQLSTATE) carried out inside the cluster by the `azconn_faults` module, and connect faults (the router
//! resets or stalls client connections).
//!
//! Statement faults are written as a script into `<data dir>/azconn_faults/script` (atomically, by rename); the
//! module counts matching statements per fault in `<id>.count` files next to it under an exclusive lock, so the
//! nth..nth+times-1 matching statements are hit exactly, across backends and reconnects. Each new script gets a
//! new generation of fault ids, so old counts never leak into new faults.

use std::path::{Path, PathBuf};

use super::PgError;
use super::system::System;

/// The directory (in the data directory) holding the script and the counters.
pub(crate) const DIR: &str = "azconn_faults";
const SCRIPT: &str = "script";

/// What a statement fault does to the statement it hits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatementAction {
    /// The backend is terminated as `pg_terminate_backend` does: FATAL 57P01, the socket closes, an open
    /// transaction rolls back.
    Terminate,
    /// The statement fails with this SQLSTATE (5 characters of `0-9A-Z`) and message.
    Error { sqlstate: String, message: String },
    /// The statement waits this long (1 ms to 10 minutes), then runs normally.
    Stall { ms: u64 },
}

/// A fault for top-level statements of client (non-superuser) sessions whose text contains `matches`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementFault {
    /// Compared ASCII case-insensitively with the statement text.
    pub matches: String,
    pub action: StatementAction,
    /// The first matching statement (1-based) that is hit.
    pub nth: u64,
    /// How many consecutive matching statements are hit from the nth on.
    pub times: u64,
}

/// What the router does to a client connection it hits (after reading its ClientHello).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectAction {
    /// Close the connection with a TCP reset.
    Reset,
    /// Hold the connection this many milliseconds before serving it.
    Stall { ms: u64 },
}

/// A fault for client connections to `host` (`None`: any server), counted per matching connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectFault {
    pub host: Option<String>,
    pub action: ConnectAction,
    pub nth: u64,
    pub times: u64,
}

fn valid_text(what: &str, text: &str) -> Result<(), PgError> {
    if text.contains(['\t', '\n', '\r', '\0']) {
        return Err(PgError::InvalidFault {
            reason: format!("{what} may not contain tabs, line breaks or NUL"),
        });
    }
    Ok(())
}

impl StatementFault {
    fn check(&self) -> Result<(), PgError> {
        if self.matches.is_empty() {
            return Err(PgError::InvalidFault {
                reason: "match may not be empty".to_owned(),
            });
        }
        valid_text("match", &self.matches)?;
        if self.nth == 0 || self.times == 0 {
            return Err(PgError::InvalidFault {
                reason: "nth and times must be at least 1".to_owned(),
            });
        }
        if let StatementAction::Stall { ms } = self.action
            && !(1..=600_000).contains(&ms)
        {
            return Err(PgError::InvalidFault {
                reason: format!("stall ms {ms} is not between 1 and 600000"),
            });
        }
        if let StatementAction::Error { sqlstate, message } = &self.action {
            if sqlstate.len() != 5
                || !sqlstate
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            {
                return Err(PgError::InvalidFault {
                    reason: format!("sqlstate `{sqlstate}` is not 5 characters of 0-9A-Z"),
                });
            }
            valid_text("message", message)?;
        }
        Ok(())
    }

    fn line(&self, id: &str) -> String {
        let stall;
        let (action, sqlstate, message) = match &self.action {
            StatementAction::Terminate => ("terminate", "57P01", ""),
            StatementAction::Stall { ms } => {
                stall = ms.to_string();
                ("stall", "00000", stall.as_str())
            }
            StatementAction::Error { sqlstate, message } => {
                ("error", sqlstate.as_str(), message.as_str())
            }
        };
        format!(
            "{id}\t{action}\t{}\t{}\t{sqlstate}\t{}\t{message}\n",
            self.nth, self.times, self.matches
        )
    }
}

/// The script of one cluster: adds faults, clears them, reads back how many statements matched each.
#[derive(Debug)]
pub(crate) struct Script {
    dir: PathBuf,
    generation: u64,
    faults: Vec<StatementFault>,
}

impl Script {
    pub(crate) fn new(data_dir: &Path) -> Script {
        Script {
            dir: data_dir.join(DIR),
            generation: 0,
            faults: Vec::new(),
        }
    }

    fn id(&self, i: usize) -> String {
        format!("g{}-{i}", self.generation)
    }

    /// Adds a fault (counted from now on; the others keep their counts) and returns its index.
    pub(crate) fn add(&mut self, sys: &System, fault: StatementFault) -> Result<usize, PgError> {
        fault.check()?;
        if !self.dir.exists() {
            std::fs::create_dir(&self.dir).map_err(PgError::io("creating", &self.dir))?;
            sys.give(&self.dir)?;
        }
        self.faults.push(fault);
        let text: String = self
            .faults
            .iter()
            .enumerate()
            .map(|(i, f)| f.line(&self.id(i)))
            .collect();
        let tmp = self.dir.join(".script.new");
        std::fs::write(&tmp, text).map_err(PgError::io("writing", &tmp))?;
        sys.give(&tmp)?;
        let script = self.dir.join(SCRIPT);
        std::fs::rename(&tmp, &script).map_err(PgError::io("renaming", &tmp))?;
        Ok(self.faults.len() - 1)
    }

    /// Removes every fault and its count (also a script an earlier emulator left in the data directory).
    pub(crate) fn clear(&mut self) -> Result<(), PgError> {
        let script = self.dir.join(SCRIPT);
        if script.exists() {
            std::fs::remove_file(&script).map_err(PgError::io("removing", &script))?;
        }
        if self.dir.exists() {
            let entries =
                std::fs::read_dir(&self.dir).map_err(PgError::io("reading", &self.dir))?;
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().ends_with(".count") {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        self.generation += 1;
        self.faults.clear();
        Ok(())
    }

    /// How many statements matched fault `i` so far.
    pub(crate) fn seen(&self, i: usize) -> u64 {
        std::fs::read_to_string(self.dir.join(format!("{}.count", self.id(i))))
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0)
    }
}
