//! The `az connection` verbs, one file each. Each `run` takes its clap args struct (see
//! `cli::connection`) and the [`Context`].

pub mod create;
pub mod delete;
pub mod generate_configuration;
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
            let (kind, args) = t.split();
            update::run(kind, args, ctx).await
        }
        ConnectionCommand::List(a) => list::run(a, ctx).await,
        ConnectionCommand::Show(a) => show::run(a, ctx).await,
        ConnectionCommand::Delete(a) => delete::run(a, ctx).await,
        ConnectionCommand::Validate(a) => validate::run(a, ctx).await,
        ConnectionCommand::GenerateConfiguration(a) => generate_configuration::run(a, ctx).await,
        ConnectionCommand::Wait(a) => wait::run(a, ctx).await,
        ConnectionCommand::ListSupportTypes(a) => list_support_types::run(a, ctx).await,
        ConnectionCommand::PreviewConfiguration(t) => {
            let (kind, args) = t.split();
            preview_configuration::run(kind, args, ctx).await
        }
    }
}

/// The common `--id | --connection -g [-l]` arguments as the verbs take them.
pub(crate) fn target(
    args: &crate::cli::connection::ConnectionIdArgs,
) -> super::connector_ref::ConnectorTarget {
    super::connector_ref::ConnectorTarget {
        id: args.id.clone(),
        connection: args.connection.clone(),
        resource_group: args.resource_group.clone(),
        location: args.location.clone(),
    }
}

/// The auth options given, in az's order (secret, user account, service principal).
pub(crate) fn auth_flags(
    auth: &crate::cli::connection::AuthArgs,
) -> Vec<super::auth_flags::AuthFlag> {
    use super::auth_flags::AuthFlag;
    let mut flags = Vec::new();
    if let Some(v) = &auth.secret {
        flags.push(AuthFlag::Secret(v.clone()));
    }
    if let Some(v) = &auth.user_account {
        flags.push(AuthFlag::UserAccount(v.clone()));
    }
    if let Some(v) = &auth.service_principal {
        flags.push(AuthFlag::ServicePrincipal(v.clone()));
    }
    flags
}

/// A verb's optional result as an outcome (`None` prints nothing).
pub(crate) fn document(value: Option<crate::output::value::Value>) -> Outcome {
    value.map_or(Outcome::Nothing, Outcome::document)
}
