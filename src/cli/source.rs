//! `azconn webapp connection …` and `azconn functionapp connection …`: the connection verbs of az's compute
//! sources as clap types. Every source shares every struct: a source is a marker type implementing
//! [`SourceCli`], whose associated types hold what only it has (`--slot` and `--config-connstr` for the web
//! app in [`WebappOnly`]; the function app has the empty [`NoOptions`], so that `functionapp … --slot` is an
//! unknown argument as in az). A new source adds a marker, its option types and its group.

use clap::{Args, Subcommand};

use super::connection::{ClientType, WaitConditionArgs};

/// A compute source on the command line: what only it has, plugged into the shared verbs.
pub trait SourceCli: Clone + std::fmt::Debug + Send + Sync + 'static {
    /// Options only this source's `create` and `update` have (web app: `--slot`, `--config-connstr`).
    type Create: SourceOnly;
    /// Options that name the source besides `-g`/`-n`/`--source-id` (web app: `--slot`).
    type Naming: SourceOnly;
    /// az's `list-support-types --target-type` values: the targets this source supports, in az's order.
    const TARGET_TYPES: &'static [&'static str];
}

/// The options only one source has.
pub trait SourceOnly: Args + Clone + std::fmt::Debug + Send + Sync + 'static {
    /// `--slot`, when the source has slots and one was given.
    fn slot(&self) -> Option<&str> {
        None
    }
    /// `--config-connstr`.
    fn config_connstr(&self) -> bool {
        false
    }
    /// The linker's `scope` (a container app's container, an AKS namespace), when the source has one.
    fn scope(&self) -> Option<&str> {
        None
    }
    /// `--workload-identity` (AKS).
    fn workload_identity(&self) -> Option<&str> {
        None
    }
}

/// The targets of App Service sources (`SUPPORTED_AUTH_TYPE[WebApp]` in azure-cli's `_resource_config.py`; function
/// apps share the table).
pub const APP_SERVICE_TARGET_TYPES: &[&str] = &[
    "postgres",
    "postgres-flexible",
    "mysql",
    "mysql-flexible",
    "sql",
    "redis",
    "redis-enterprise",
    "cosmos-cassandra",
    "cosmos-gremlin",
    "cosmos-mongo",
    "cosmos-table",
    "cosmos-sql",
    "storage-blob",
    "storage-queue",
    "storage-file",
    "storage-table",
    "keyvault",
    "appconfig",
    "eventhub",
    "servicebus",
    "signalr",
    "webpubsub",
    "confluent-cloud",
    "fabric-sql",
    "app-insights",
    "cognitiveservices",
    "neon-postgres",
    "mongodb-atlas",
];

/// `azconn webapp …`.
#[derive(Debug, Clone)]
pub struct Webapp;

/// `azconn functionapp …`.
#[derive(Debug, Clone)]
pub struct Functionapp;

impl SourceCli for Webapp {
    type Create = WebappOnly;
    type Naming = WebappSlot;
    const TARGET_TYPES: &'static [&'static str] = APP_SERVICE_TARGET_TYPES;
}

impl SourceCli for Functionapp {
    type Create = NoOptions;
    type Naming = NoOptions;
    const TARGET_TYPES: &'static [&'static str] = APP_SERVICE_TARGET_TYPES;
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

/// No source-specific options (a function app has neither slots here nor `--config-connstr`).
#[derive(Debug, Clone, Default, Args)]
pub struct NoOptions {}

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

impl SourceOnly for NoOptions {}

/// The targets of container apps (`SUPPORTED_AUTH_TYPE[ContainerApp]`: the App Service table).
pub const CONTAINER_APP_TARGET_TYPES: &[&str] = APP_SERVICE_TARGET_TYPES;

/// The targets of AKS clusters (`SUPPORTED_AUTH_TYPE[KubernetesCluster]`).
pub const AKS_TARGET_TYPES: &[&str] = &[
    "postgres",
    "postgres-flexible",
    "mysql",
    "mysql-flexible",
    "sql",
    "redis",
    "redis-enterprise",
    "cosmos-cassandra",
    "cosmos-gremlin",
    "cosmos-mongo",
    "cosmos-table",
    "cosmos-sql",
    "storage-blob",
    "storage-queue",
    "storage-file",
    "storage-table",
    "keyvault",
    "appconfig",
    "eventhub",
    "servicebus",
    "signalr",
    "webpubsub",
    "confluent-cloud",
    "app-insights",
];

/// `azconn containerapp …`.
#[derive(Debug, Clone)]
pub struct Containerapp;

impl SourceCli for Containerapp {
    type Create = ContainerappOnly;
    type Naming = NoOptions;
    const TARGET_TYPES: &'static [&'static str] = CONTAINER_APP_TARGET_TYPES;
}

/// `azconn aks …`.
#[derive(Debug, Clone)]
pub struct Aks;

impl SourceCli for Aks {
    type Create = AksOnly;
    type Naming = NoOptions;
    const TARGET_TYPES: &'static [&'static str] = AKS_TARGET_TYPES;
}

/// What only `containerapp connection create|update` has: the container the configuration goes to.
#[derive(Debug, Clone, Default, Args)]
pub struct ContainerappOnly {
    /// The container where the connection information will be saved (as environment variables).
    #[arg(long, short = 'c', value_name = "CONTAINER")]
    pub container: Option<String>,
}

impl SourceOnly for ContainerappOnly {
    fn scope(&self) -> Option<&str> {
        self.container.as_deref()
    }
}

/// What only `aks connection create|update` has: the namespace, and the workload identity (create).
#[derive(Debug, Clone, Default, Args)]
pub struct AksOnly {
    /// The kubernetes namespace where the connection information will be saved into (as kubernetes secret).
    #[arg(long, value_name = "NAMESPACE", default_value = "default")]
    pub kube_namespace: String,

    // az's help text, set as `help`/`long_help` (rustdoc would read its `<…>` as HTML).
    #[arg(
        long,
        value_name = "ID",
        help_heading = "AuthType Arguments",
        help = "The workload identity auth info: the resource id of a user-assigned identity.",
        long_help = "The workload identity auth info: the resource id of a user-assigned identity.\n\n\
                       Usage: --workload-identity <user-identity-resource-id>\n\n\
                       user-identity-resource-id: Required. The resource id of the user assigned identity.\n\
                       Please DO NOT use AKS control plane identity and kubelet identity which is not supported by federated identity credential."
    )]
    pub workload_identity: Option<String>,
}

impl SourceOnly for AksOnly {
    fn scope(&self) -> Option<&str> {
        Some(&self.kube_namespace)
    }
    fn workload_identity(&self) -> Option<&str> {
        self.workload_identity.as_deref()
    }
}

/// `azconn containerapp`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct ContainerappGroup {
    #[command(subcommand)]
    pub command: ContainerappCommand,
}

/// The `containerapp` commands azconn has.
#[derive(Debug, Clone, Subcommand)]
pub enum ContainerappCommand {
    /// Commands to manage containerapp connections.
    #[command(subcommand)]
    Connection(SourceConnectionCommand<Containerapp>),
}

/// `azconn aks`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct AksGroup {
    #[command(subcommand)]
    pub command: AksCommand,
}

/// The `aks` commands azconn has.
#[derive(Debug, Clone, Subcommand)]
pub enum AksCommand {
    /// Commands to manage aks connections.
    #[command(subcommand)]
    Connection(SourceConnectionCommand<Aks>),
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
    Connection(SourceConnectionCommand<Webapp>),
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
    Connection(SourceConnectionCommand<Functionapp>),
}

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

/// The linker options of `create` and `update`: auth, configuration names, stores and opt-outs.
#[derive(Debug, Clone, Default, Args)]
pub struct LinkerArgs {
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
          value_parser = clap::builder::PossibleValuesParser::new(K::TARGET_TYPES))]
    pub target_type: Option<String>,

    #[arg(skip)]
    pub source: std::marker::PhantomData<K>,
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
