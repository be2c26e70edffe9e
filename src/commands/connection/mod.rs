//! The `az connection` verbs, one file each (`commands::run` routes to them): each takes its clap args struct (see
//! `cli::connection`) and the [`Context`](super::Context) and holds its logic. Beside them, what only these verbs use: naming a connector
//! (`connector_ref`), the auth options (`auth_flags`) and dropping a connection's role (`drop_role`).

pub mod auth_flags;
pub mod connector_ref;
pub mod create;
pub mod delete;
pub mod drop_role;
pub mod generate_configuration;
pub mod key_values;
pub mod list;
pub mod list_support_types;
pub mod preview_configuration;
pub mod show;
pub mod update;
pub mod validate;
pub mod wait;

use super::Outcome;

/// A verb's optional result as an outcome (`None` prints nothing).
fn document(value: Option<crate::output::value::Value>) -> Outcome {
    value.map_or(Outcome::Nothing, Outcome::document)
}
