//! azconn: a drop-in replacement for `az connection` with the serviceconnector-passwordless extension.
//!
//! Modules in reading order: `cli` (parse) → `resolve` (args + config → plan) → `commands` (act,
//! through `auth`, `arm` and `pg`) → `output` (render). `error` owns exit codes.

pub mod arm;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod error;
pub mod output;
pub mod pg;
pub mod settings;

/// Runs azconn with the process arguments; the only exit-code decision point.
pub fn run_main() -> std::process::ExitCode {
    std::process::ExitCode::from(1)
}
