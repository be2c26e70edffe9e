//! The single integration-test binary: one module per area, shared fixtures in `common/`. Keep
//! the list sorted so parallel additions merge cleanly.
#![allow(clippy::unwrap_used)]

mod access;
mod access_checks;
mod access_list;
mod az_session;
mod azure;
mod cli_errors;
mod common;
mod confirm_prompt;
mod connection_reuse;
mod container_sources;
mod create;
mod create_output;
mod dry_run;
mod emulator;
mod faults;
mod first_run;
mod generated;
mod golden;
mod help;
mod hostile_input;
mod identity_choice;
mod jmespath;
mod pg;
mod single_login;
mod source_create;
mod source_verbs;
mod sources;
mod tls;
mod ungrantable;
mod validation_exit_codes;
mod validator_errors;
mod verbs;
