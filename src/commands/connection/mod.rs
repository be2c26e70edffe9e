//! The `az connection` verbs, one file each: each takes its clap args struct (see `cli::connection`) and the
//! [`Context`] and holds its logic. Beside them, what only these verbs use: naming a connector
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

use crate::cli::ConnectionCommand;
use crate::error::Result;

use super::{Context, Outcome};

/// Dispatches a connection verb.
pub async fn run(cmd: &ConnectionCommand, ctx: &Context) -> Result<Outcome> {
    match cmd {
        ConnectionCommand::Create(t) => {
            let (kind, args) = t.split();
            create::run(kind, args, ctx).await
        }
        ConnectionCommand::Update(t) => {
            let (_kind, args) = t.split();
            update::run(args, ctx).await
        }
        ConnectionCommand::List(a) => list::run(a, ctx).await,
        ConnectionCommand::Show(a) => show::run(a, ctx).await,
        ConnectionCommand::Delete(a) => delete::run(a, ctx).await,
        ConnectionCommand::Validate(a) => validate::run(a, ctx).await,
        ConnectionCommand::GenerateConfiguration(a) => generate_configuration::run(a, ctx).await,
        ConnectionCommand::Wait(a) => wait::run(a, ctx).await,
        ConnectionCommand::ListSupportTypes(a) => Ok(list_support_types::run(a)),
        ConnectionCommand::PreviewConfiguration(t) => {
            let (kind, args) = t.split();
            preview_configuration::run(kind, args, ctx).await
        }
    }
}

/// A verb's optional result as an outcome (`None` prints nothing).
fn document(value: Option<crate::output::value::Value>) -> Outcome {
    value.map_or(Outcome::Nothing, Outcome::document)
}
