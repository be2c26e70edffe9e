//! `connection list-support-types`: the client and auth types local connections support (logic in
//! `commands::list_support_types`); `-o table` goes through az's table transformer.

use clap::ValueEnum as _;

use crate::cli::connection::ListSupportTypesArgs;
use crate::commands::list_support_types::{
    ListSupportTypesParams, list_support_types, table_transformer,
};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Runs `connection list-support-types`.
pub async fn run(args: &ListSupportTypesArgs, _ctx: &Context) -> Result<Outcome> {
    let params = ListSupportTypesParams {
        target_type: args
            .target_type
            .and_then(|t| t.to_possible_value())
            .map(|v| v.get_name().to_owned()),
    };
    let value = list_support_types(&params);
    let table = table_transformer(&value);
    Ok(Outcome::DocumentWithTable { value, table })
}
