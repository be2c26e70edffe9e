//! Acting on a parsed command: one file per verb (`connection/<verb>.rs`, `sources/`, `access/`, `token.rs`,
//! `rest.rs`, `completion/`); az's views of a connector or linker, which local and compute sources share, in
//! `linker_view/`. Commands return an [`Outcome`] (or a [`crate::output::value::Value`]) and never print;
//! `lib.rs` renders it through `output/`. A verb whose behaviour is not built yet returns
//! `Error::NotImplemented`, never a fake success.

pub mod access;
pub mod azure;
pub mod completion;
pub mod confirm;
pub mod connection;
pub mod linker_view;
pub mod rest;
pub mod sources;
pub mod support_types;
pub mod token;

use crate::cli::{AuthSource, ConnectionCommand, TopCommand};
use crate::error::Result;
use crate::output::OutputFormat;
use crate::output::query::Query;
use crate::output::value::Value;

/// The global options, resolved: validated output format, compiled query, …
#[derive(Debug, Clone)]
pub struct Globals {
    /// `--output` (or its configured default), validated.
    pub output: OutputFormat,
    /// Whether `--output` or the az config chose the format (else it is az's default, json).
    pub output_chosen: bool,
    /// `--query`, compiled at parse time like az.
    pub query: Option<Query>,
    /// `--subscription`.
    pub subscription: Option<String>,
    /// `--auth-source` / `AZCONN_AUTH_SOURCE`.
    pub auth_source: AuthSource,
    /// Colour for jsonc/yamlc and log lines (both streams are terminals, colour not turned off).
    pub color: bool,
    /// az's `[core] disable_confirm_prompt`: a command's confirmation is not asked (`startup`).
    pub confirm_prompt_disabled: bool,
}

/// What a command hands back for printing.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A result document: `--query` and `-o` apply; az's global transforms (the `resourceGroup`
    /// key) apply when `transforms` is true (`az rest` turns them off).
    Document { value: Value, transforms: bool },
    /// A result document with az's global transforms whose `-o table` output (without `--query`)
    /// shows `table` instead: az's per-command `table_transformer` (rows in insertion order).
    DocumentWithTable { value: Value, table: Value },
    /// Text written to stdout as-is (completion scripts, a dry-run plan).
    Text(String),
    /// Nothing to print (`--no-wait`, delete).
    Nothing,
    /// Printed like the outcome inside, then the process exits with 2: `access plan --detailed-exitcode`
    /// found changes pending (like `terraform plan -detailed-exitcode`).
    Pending(Box<Outcome>),
}

impl Outcome {
    /// A result document with az's global transforms.
    pub fn document(value: Value) -> Self {
        Outcome::Document {
            value,
            transforms: true,
        }
    }
}

/// Everything a command needs besides its own arguments: the resolved global options and the
/// lazily built Azure access (settings, credentials, ARM client).
#[derive(Debug)]
pub struct Context {
    pub globals: Globals,
    pub azure: azure::Azure,
}

impl Context {
    /// A context whose Azure access follows the global options.
    pub fn new(globals: Globals) -> Context {
        let options = azure::AzureOptions {
            subscription: globals.subscription.clone(),
            auth_source: globals.auth_source,
            ..Default::default()
        };
        Context {
            globals,
            azure: azure::Azure::new(options),
        }
    }
}

/// Whether the command does network or database work and so needs the tokio runtime.
pub fn needs_runtime(cmd: &TopCommand) -> bool {
    !matches!(cmd, TopCommand::Completion(_))
}

/// Runs a command that needs no runtime; `None` when it does need one.
pub fn run_local(cmd: &TopCommand) -> Option<Result<Outcome>> {
    match cmd {
        TopCommand::Completion(args) => Some(completion::run(args)),
        _ => None,
    }
}

/// Whether the command acts in a subscription (so, without az's profile, one is looked up first).
fn needs_subscription(cmd: &TopCommand) -> bool {
    use ConnectionCommand as C;
    match cmd {
        TopCommand::Connection(c) => {
            !matches!(c, C::ListSupportTypes(_) | C::PreviewConfiguration(_))
        }
        TopCommand::ConnectionGroup(g) => !matches!(
            g.command,
            C::ListSupportTypes(_) | C::PreviewConfiguration(_)
        ),
        TopCommand::Webapp(_)
        | TopCommand::Functionapp(_)
        | TopCommand::Containerapp(_)
        | TopCommand::Aks(_)
        | TopCommand::Access(_) => true,
        TopCommand::Token(_) | TopCommand::Rest(_) | TopCommand::Completion(_) => false,
    }
}

/// Runs a command: every command and local connection verb is routed here.
pub async fn run(cmd: &TopCommand, ctx: &Context) -> Result<Outcome> {
    if needs_subscription(cmd) {
        ctx.azure.discover_subscription().await;
    }
    match cmd {
        TopCommand::Connection(c) => run_connection(c, ctx).await,
        TopCommand::ConnectionGroup(g) => run_connection(&g.command, ctx).await,
        TopCommand::Webapp(g) => sources::run_group(&g.command, ctx).await,
        TopCommand::Functionapp(g) => sources::run_group(&g.command, ctx).await,
        TopCommand::Containerapp(g) => sources::run_group(&g.command, ctx).await,
        TopCommand::Aks(g) => sources::run_group(&g.command, ctx).await,
        TopCommand::Access(a) => access::run(&a.command, ctx).await,
        TopCommand::Token(args) => token::run(args, ctx).await,
        TopCommand::Rest(args) => rest::run(args, ctx).await,
        TopCommand::Completion(args) => completion::run(args),
    }
}

/// Runs a local connection verb (`azconn connection <verb>`).
async fn run_connection(cmd: &ConnectionCommand, ctx: &Context) -> Result<Outcome> {
    use connection::{
        create, delete, generate_configuration, list, list_support_types, preview_configuration,
        show, update, validate, wait,
    };
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
