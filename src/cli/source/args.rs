//! The clap arguments of the compute sources' connection verbs, shared by every source: the source (`-g`/`-n` or
//! `--source-id`), the auth options, the linker options, and each verb's arguments with the source's own options
//! flattened in.

use clap::Args;

use super::{SourceCli, SourceOnly};
use crate::cli::auth::{AuthArgs, SourceAuth};
use crate::cli::connection::{ClientType, WaitConditionArgs};

/// The source of a command: `-g` + `-n`, or `--source-id`.
#[derive(Debug, Clone, Default, Args)]
pub struct SourceIdArgs {
    /// The resource group which contains the webapp. Required if '--source-id' is not specified.
    ///
    /// You can configure the default group using `az configure --defaults group=<name>` (or
    /// AZURE_DEFAULTS_GROUP).
    #[arg(
        long,
        short = 'g',
        value_name = "NAME",
        env = "AZURE_DEFAULTS_GROUP",
        hide_env = true
    )]
    pub resource_group: Option<String>,

    /// Name of the app. Required if '--source-id' is not specified.
    #[arg(long, short = 'n', value_name = "NAME")]
    pub name: Option<String>,

    /// The resource id of the app (a site or `…/slots/{slot}`). Required if ['--resource-group', '--name']
    /// are not specified.
    #[arg(long, value_name = "ID")]
    pub source_id: Option<String>,
}

/// The linker options of `create` and `update`: auth, configuration names, stores and opt-outs.
#[derive(Debug, Clone, Default, Args)]
pub struct LinkerArgs {
    #[command(flatten)]
    pub auth: AuthArgs<SourceAuth>,

    /// The customized keys used to change default configuration names. Key is the original name,
    /// value is the customized name.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE")]
    pub customized_keys: Option<Vec<String>>,

    /// The key vault id to store secret value.
    #[arg(long, value_name = "ID", help_heading = "Secret Store Arguments")]
    pub vault_id: Option<String>,

    /// The app configuration id to store configuration.
    #[arg(long, value_name = "ID")]
    pub appconfig_id: Option<String>,

    /// The additional connection string properties used to build connection string.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE")]
    pub connstr_props: Option<Vec<String>>,

    /// Whether to disable some configuration steps. Use configinfo to disable configuration information
    /// changes on source. Use publicnetwork to disable public network access configuration. Use auth to skip
    /// auth configuration such as enabling managed identity and granting RBAC roles.
    #[arg(long, num_args = 1.., value_parser = ["auth", "configinfo", "publicnetwork"], value_name = "VALUE")]
    pub opt_out: Option<Vec<String>>,
}

/// `<source> connection create postgres|postgres-flexible`. "Only one auth info is needed" is az's runtime
/// error (exit 1), so the auth options are not a clap group.
#[derive(Debug, Clone, Args)]
pub struct SourceCreateArgs<C: SourceOnly> {
    #[command(flatten)]
    pub source: SourceIdArgs,

    #[command(flatten)]
    pub only: C,

    /// The resource group which contains the flexible postgres service. Required if '--target-id' is not
    /// specified.
    #[arg(long, visible_alias = "tg", value_name = "NAME")]
    pub target_resource_group: Option<String>,

    /// Name of postgres flexible server. Required if '--target-id' is not specified.
    #[arg(long, value_name = "NAME")]
    pub server: Option<String>,

    /// Name of postgres flexible database. Required if '--target-id' is not specified.
    #[arg(long, value_name = "NAME")]
    pub database: Option<String>,

    /// The resource id of target service. Required if ['--target-resource-group', '--server',
    /// '--database'] are not specified.
    #[arg(long, value_name = "ID")]
    pub target_id: Option<String>,

    /// Name of the connection.
    ///
    /// When omitted a name like `postgresflexible_k3x9q` is generated. Letters, digits, periods and
    /// underscores only.
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,

    /// The client type used on the connection. Web apps: detected from the app's runtime stack when omitted.
    #[arg(long, value_enum, ignore_case = true, value_name = "CLIENT_TYPE")]
    pub client_type: Option<ClientType>,

    #[command(flatten)]
    pub linker: LinkerArgs,

    /// Deleting existing users with the same name before creating a new user in database.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "true|false",
          value_parser = clap::builder::BoolishValueParser::new())]
    pub new: Option<bool>,

    /// When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra
    /// administrator does not have, grant object by object on the others and name the skipped ones in a
    /// warning, instead of stopping before any change. (azconn only)
    #[arg(long)]
    pub skip_ungrantable: bool,

    /// Do not prompt for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,

    /// Print the plan (identity assignment, ARM changes and the SQL script) without changing anything.
    /// (azconn only)
    #[arg(long)]
    pub dry_run: bool,
}

/// `<source> connection list`.
#[derive(Debug, Clone, Args)]
pub struct SourceListArgs<S: SourceOnly> {
    #[command(flatten)]
    pub source: SourceIdArgs,

    #[command(flatten)]
    pub slot: S,
}

/// A connection of a source: `--id`, or the source plus `--connection`.
#[derive(Debug, Clone, Args)]
pub struct SourceConnectionArgs<S: SourceOnly> {
    /// The resource id of the connection. ['--resource-group', '--name', '--connection'] are required if
    /// '--id' is not specified.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    #[command(flatten)]
    pub source: SourceIdArgs,

    #[command(flatten)]
    pub slot: S,

    /// Name of the connection.
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,
}

/// `<source> connection delete`.
#[derive(Debug, Clone, Args)]
pub struct SourceDeleteArgs<S: SourceOnly> {
    #[command(flatten)]
    pub target: SourceConnectionArgs<S>,

    /// Do not prompt for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// `<source> connection update postgres|postgres-flexible`. az checks "Only one auth info is needed" and "Either
/// client type or auth info should be specified to update" at run time; so does the verb.
#[derive(Debug, Clone, Args)]
pub struct SourceUpdateArgs<C: SourceOnly> {
    #[command(flatten)]
    pub target: SourceConnectionArgs<C>,

    /// The client type used on the connection.
    #[arg(long, value_enum, ignore_case = true, value_name = "CLIENT_TYPE")]
    pub client_type: Option<ClientType>,

    #[command(flatten)]
    pub linker: LinkerArgs,

    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// `<source> connection wait`: az's generic wait command on a linker.
#[derive(Debug, Clone, Args)]
pub struct SourceWaitArgs<S: SourceOnly> {
    #[command(flatten)]
    pub target: SourceConnectionArgs<S>,

    #[command(flatten)]
    pub condition: WaitConditionArgs,
}

/// `<source> connection list-support-types`.
#[derive(Debug, Clone, Args)]
pub struct SourceListSupportTypesArgs<K: SourceCli> {
    /// The target resource type.
    #[arg(long, short = 't', ignore_case = true, value_name = "TYPE",
          value_parser = clap::builder::PossibleValuesParser::new(K::target_types()))]
    pub target_type: Option<String>,

    #[arg(skip)]
    pub source: std::marker::PhantomData<K>,
}
