//! `azconn webapp connection …` and `azconn functionapp connection …`: the connection verbs of az's compute
//! sources as clap types. The two sources share every struct; what only the web app has (`--slot`,
//! `--config-connstr`) sits in [`WebappOnly`], and the function app flattens the empty [`FunctionappOnly`]
//! instead, so that `functionapp … --slot` is an unknown argument as in az.

use clap::{Args, Subcommand};

use super::connection::ClientType;

/// The options only one source has.
pub trait SourceOnly: Args + Clone + std::fmt::Debug + Send + Sync + 'static {
    /// `--slot`, when the source has slots and one was given.
    fn slot(&self) -> Option<&str>;
    /// `--config-connstr`.
    fn config_connstr(&self) -> bool {
        false
    }
}

/// `--slot` (web apps only).
#[derive(Debug, Clone, Default, Args)]
pub struct WebappSlot {
    /// The name of the slot. Default to the production slot if not specified.
    #[arg(long, short = 's', value_name = "SLOT")]
    pub slot: Option<String>,
}

/// What only `webapp connection create` has.
#[derive(Debug, Clone, Default, Args)]
pub struct WebappOnly {
    #[command(flatten)]
    pub slot: WebappSlot,

    // az's help text, its `[Preview]` tag included (set as `help`: rustdoc would read it as a link).
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "true|false",
          value_parser = clap::builder::BoolishValueParser::new(),
          help = "[Preview] Store configuration into connection strings, only could be used together with dotnet client_type.")]
    pub config_connstr: Option<bool>,
}

/// A function app has neither slots here nor `--config-connstr`.
#[derive(Debug, Clone, Default, Args)]
pub struct FunctionappOnly {}

impl SourceOnly for WebappSlot {
    fn slot(&self) -> Option<&str> {
        self.slot.as_deref()
    }
}

impl SourceOnly for WebappOnly {
    fn slot(&self) -> Option<&str> {
        self.slot.slot.as_deref()
    }
    fn config_connstr(&self) -> bool {
        self.config_connstr.unwrap_or(false)
    }
}

impl SourceOnly for FunctionappOnly {
    fn slot(&self) -> Option<&str> {
        None
    }
}

/// `azconn webapp`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct WebappGroup {
    #[command(subcommand)]
    pub command: WebappCommand,
}

/// The `webapp` commands azconn has.
#[derive(Debug, Clone, Subcommand)]
pub enum WebappCommand {
    /// Commands to manage webapp connections.
    #[command(subcommand)]
    Connection(SourceConnectionCommand<WebappOnly, WebappSlot>),
}

/// `azconn functionapp`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct FunctionappGroup {
    #[command(subcommand)]
    pub command: FunctionappCommand,
}

/// The `functionapp` commands azconn has.
#[derive(Debug, Clone, Subcommand)]
pub enum FunctionappCommand {
    /// Commands to manage functionapp connections.
    #[command(subcommand)]
    Connection(SourceConnectionCommand<FunctionappOnly, FunctionappOnly>),
}

/// The connection verbs of a compute source. `C`: what only the source's create has; `S`: its slot option.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceConnectionCommand<C: SourceOnly, S: SourceOnly> {
    /// Create a connection between a source resource and a target resource.
    #[command(subcommand)]
    Create(Box<SourceCreateTarget<C>>),
    /// List connections of a source resource.
    List(SourceListArgs<S>),
    /// Get the details of a connection.
    Show(SourceConnectionArgs<S>),
    /// Delete a connection.
    Delete(SourceDeleteArgs<S>),
    /// List source configurations of a connection.
    ListConfiguration(SourceConnectionArgs<S>),
    /// Validate a connection.
    Validate(SourceConnectionArgs<S>),
}

/// `<source> connection create <target>`.
#[derive(Debug, Clone, Subcommand)]
pub enum SourceCreateTarget<C: SourceOnly> {
    /// Create a connection to postgres (Single Server, retired: use postgres-flexible).
    Postgres(SourceCreateArgs<C>),
    /// Create a connection to postgres-flexible.
    PostgresFlexible(SourceCreateArgs<C>),
}

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

/// The auth options of a compute source's create (az's "AuthType" group).
#[derive(Debug, Clone, Default, Args)]
pub struct SourceAuthArgs {
    /// The system assigned identity auth info.
    ///
    /// Usage: --system-identity
    ///
    /// user-object-id : Optional. Object id of current login user. It will be set automatically if not provided.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    pub system_identity: Option<Vec<String>>,

    /// The user assigned identity auth info.
    ///
    /// Usage: --user-identity client-id=XX subs-id=XX
    ///
    /// client-id      : Required. Client id of the user assigned identity.
    /// subs-id        : Required. Subscription id of the user assigned identity.
    /// user-object-id : Optional. Object id of current login user. It will be set automatically if not provided.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    pub user_identity: Option<Vec<String>>,

    /// The service principal auth info.
    ///
    /// Usage: --service-principal client-id=XX secret=XX
    ///
    /// client-id : Required. Client id of the service principal.
    /// object-id : Optional. Object id of the service principal (Enterprise Application).
    /// secret    : Required. Secret of the service principal.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    pub service_principal: Option<Vec<String>>,

    /// The secret auth info.
    ///
    /// Usage: --secret name=XX secret=XX
    ///        --secret name=XX secret-uri=XX
    ///        --secret name=XX secret-name=XX
    ///
    /// name    : Required. Username or account name for secret auth.
    /// secret  : Required. Password or account key for secret auth.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    pub secret: Option<Vec<String>>,
}

impl SourceAuthArgs {
    /// How many auth options were given.
    pub fn count(&self) -> usize {
        [
            self.system_identity.is_some(),
            self.user_identity.is_some(),
            self.service_principal.is_some(),
            self.secret.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count()
    }
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
    pub auth: SourceAuthArgs,

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

    /// Deleting existing users with the same name before creating a new user in database.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "true|false",
          value_parser = clap::builder::BoolishValueParser::new())]
    pub new: Option<bool>,

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

#[cfg(test)]
mod tests {
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
        use super::SourceOnly as _;
        assert_eq!(a.only.slot(), Some("staging"));
        assert!(a.only.config_connstr());
        assert_eq!(a.auth.system_identity.as_deref(), Some(&[][..]));
        let err = parse_line(
            "azconn functionapp connection create postgres-flexible -g rg -n f --slot s --target-id x --secret",
        )
        .expect_err("no --slot for functionapp");
        assert_eq!(err.kind(), clap::error::ErrorKind::UnknownArgument);
        assert!(parse_line("azconn functionapp connection show -g rg -n f --connection c").is_ok());
    }
}
