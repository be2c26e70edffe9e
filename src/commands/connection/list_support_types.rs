//! `connection list-support-types`: the auth and client types core az supports for local connections
//! (`commands::support_types`, az's `SUPPORTED_AUTH_TYPE[Local]`). No network. `--target-type/-t` filters the
//! list. `-o table` uses az's table transformer: columns Source, Target, AuthType, ClientType.

use clap::ValueEnum as _;

use crate::cli::connection::ListSupportTypesArgs;
use crate::commands::Outcome;
use crate::commands::support_types::{self, LOCAL_AUTH};

/// Runs `connection list-support-types`; `-o table` goes through az's table transformer.
pub fn run(args: &ListSupportTypesArgs) -> Outcome {
    let target = args
        .target_type
        .and_then(|t| t.to_possible_value())
        .map(|v| v.get_name().to_owned());
    support_types::outcome("connection", LOCAL_AUTH, target.as_deref())
}
