//! `azconn webapp|functionapp|containerapp|aks connection …`: the connection verbs of az's compute sources as
//! clap types. Every source shares every struct: a source is a marker type implementing [`SourceCli`]
//! (`kinds.rs`), whose associated types hold what only it has; the targets it supports are in `targets.rs`, the
//! verbs' arguments in `args.rs`. A new source adds a marker, its option types and its group.

mod args;
mod kinds;
mod targets;

use clap::{Args, Subcommand};

pub use args::*;
pub use kinds::*;
pub use targets::APP_SERVICE_TARGET_TYPES;

/// `azconn webapp|functionapp|containerapp|aks`: a source's command group.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct SourceGroup<K: SourceCli> {
    #[command(subcommand)]
    pub command: SourceGroupCommand<K>,
}

/// The commands azconn has in a source's group.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceGroupCommand<K: SourceCli> {
    #[command(subcommand, about = K::CONNECTION_ABOUT)]
    Connection(SourceConnectionCommand<K>),
}

impl<K: SourceCli> SourceGroupCommand<K> {
    /// The `connection` verb.
    pub fn connection(&self) -> &SourceConnectionCommand<K> {
        let SourceGroupCommand::Connection(c) = self;
        c
    }
}

/// `azconn webapp`.
pub type WebappGroup = SourceGroup<Webapp>;
/// The `webapp` commands azconn has.
pub type WebappCommand = SourceGroupCommand<Webapp>;
/// `azconn functionapp`.
pub type FunctionappGroup = SourceGroup<Functionapp>;
/// The `functionapp` commands azconn has.
pub type FunctionappCommand = SourceGroupCommand<Functionapp>;
/// `azconn containerapp`.
pub type ContainerappGroup = SourceGroup<Containerapp>;
/// The `containerapp` commands azconn has.
pub type ContainerappCommand = SourceGroupCommand<Containerapp>;
/// `azconn aks`.
pub type AksGroup = SourceGroup<Aks>;
/// The `aks` commands azconn has.
pub type AksCommand = SourceGroupCommand<Aks>;

/// The connection verbs of a compute source `K`.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceConnectionCommand<K: SourceCli> {
    /// Create a connection between a source resource and a target resource.
    #[command(subcommand)]
    Create(Box<SourceCreateTarget<K::Create>>),
    /// Update a connection.
    #[command(subcommand)]
    Update(Box<SourceUpdateTarget<K::Create>>),
    /// List connections of a source resource.
    List(SourceListArgs<K::Naming>),
    /// Get the details of a connection.
    Show(SourceConnectionArgs<K::Naming>),
    /// Delete a connection.
    Delete(SourceDeleteArgs<K::Naming>),
    /// List source configurations of a connection.
    ListConfiguration(SourceConnectionArgs<K::Naming>),
    /// Validate a connection.
    Validate(SourceConnectionArgs<K::Naming>),
    /// Place the CLI in a waiting state until a condition of the connection is met.
    Wait(SourceWaitArgs<K::Naming>),
    /// List client types and auth types supported by the source's connections.
    ListSupportTypes(SourceListSupportTypesArgs<K>),
}

/// `<source> connection update <target>`. Updating changes the linker only (az's update does no identity or
/// database work), so a Single Server linker can be updated too.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceUpdateTarget<C: SourceOnly> {
    /// Update a source to postgres connection.
    Postgres(SourceUpdateArgs<C>),
    /// Update a source to postgres-flexible connection.
    PostgresFlexible(SourceUpdateArgs<C>),
}

impl<C: SourceOnly> SourceUpdateTarget<C> {
    /// The arguments, whichever the target.
    pub fn args(&self) -> &SourceUpdateArgs<C> {
        match self {
            SourceUpdateTarget::Postgres(a) | SourceUpdateTarget::PostgresFlexible(a) => a,
        }
    }
}

/// `<source> connection create <target>`.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceCreateTarget<C: SourceOnly> {
    /// Create a connection to postgres (Single Server, retired: use postgres-flexible).
    Postgres(SourceCreateArgs<C>),
    /// Create a connection to postgres-flexible.
    PostgresFlexible(SourceCreateArgs<C>),
}

#[cfg(test)]
mod tests {
    use super::SourceOnly as _;
    use crate::cli::{Defaults, TopCommand, parse};

    fn parse_line(line: &str) -> Result<crate::cli::Cli, clap::Error> {
        let argv: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        parse(&argv, &Defaults::default())
    }

    #[test]
    fn webapp_has_slot_and_functionapp_does_not() {
        let cli = parse_line(
            "azconn webapp connection create postgres-flexible -g rg -n app1 --slot staging --tg rg --server srv \
             --database demo --system-identity --config-connstr --client-type dotnet",
        )
        .expect("webapp");
        let TopCommand::Webapp(g) = cli.command else {
            panic!("not webapp")
        };
        let super::WebappCommand::Connection(super::SourceConnectionCommand::Create(create)) =
            g.command
        else {
            panic!("not create")
        };
        let super::SourceCreateTarget::PostgresFlexible(a) = *create else {
            panic!("not postgres-flexible")
        };
        assert_eq!(a.only.slot(), Some("staging"));
        assert!(a.only.config_connstr());
        assert_eq!(a.linker.auth.system_identity.as_deref(), Some(&[][..]));
        let err = parse_line(
            "azconn functionapp connection create postgres-flexible -g rg -n f --slot s --target-id x --secret",
        )
        .expect_err("no --slot for functionapp");
        assert_eq!(err.kind(), clap::error::ErrorKind::UnknownArgument);
        assert!(parse_line("azconn functionapp connection show -g rg -n f --connection c").is_ok());
    }
}
