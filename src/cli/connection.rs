//! The `az connection` verbs as clap types: one plain args struct per verb, fields named after az's
//! options. Parsing only — every rule that needs I/O or az's runtime message (e.g. "--id or
//! --connection is required") is left to `commands/` so those texts match az.

use clap::{ArgGroup, Args, Command, Subcommand, ValueEnum};

use crate::cli::auth::{AuthArgs, LocalAuth};
use crate::server_kind::ServerKind;

/// The verbs of `az connection` for local connections.
#[derive(Debug, Clone, Subcommand)]
pub enum ConnectionCommand {
    /// Create a connection from local to a target resource.
    #[command(
        subcommand,
        mut_subcommand("postgres", |c| create_help(c, "postgres")),
        mut_subcommand("postgres-flexible", |c| create_help(c, "postgres-flexible"))
    )]
    Create(CreateTarget),
    /// Update a Service Connector local connection.
    #[command(
        subcommand,
        mut_subcommand("postgres", |c| c.about("Update a local to postgres connection")),
        mut_subcommand("postgres-flexible", |c| c.about("Update a local to postgres-flexible connection"))
    )]
    Update(UpdateTarget),
    /// List local connections of Service Connector.
    List(ListArgs),
    /// Get the details of a Service Connector local connection.
    Show(ConnectionIdArgs),
    /// Delete a Service Connector local connection.
    Delete(DeleteArgs),
    /// Validate a Service Connector local connection.
    Validate(ConnectionIdArgs),
    /// Generate configurations of a Service Connector local connection.
    ///
    /// The result should be put to application configuration file or set as environment variables.
    GenerateConfiguration(ConnectionIdArgs),
    /// Place the CLI in a waiting state until a condition of the connection is met.
    Wait(WaitArgs),
    /// List client types and auth types supported by local connections.
    ListSupportTypes(ListSupportTypesArgs),
    /// Preview the expected configurations of local connection.
    #[command(
        subcommand,
        mut_subcommand("postgres", |c| {
            c.about("Preview the expected configurations of local connection to postgres")
        }),
        mut_subcommand("postgres-flexible", |c| {
            c.about("Preview the expected configurations of local connection to postgres-flexible")
        })
    )]
    PreviewConfiguration(PreviewTarget),
}

/// `connection create|update|preview-configuration <target>`: the two PostgreSQL targets of a verb, both with the
/// verb's arguments `A`. Each verb words its targets' one-line help ([`ConnectionCommand`]'s attributes).
#[derive(Debug, Clone, Subcommand)]
pub enum Target<A: Args> {
    Postgres(A),
    PostgresFlexible(A),
}

impl<A: Args> Target<A> {
    /// The server kind and the arguments.
    pub fn split(&self) -> (ServerKind, &A) {
        match self {
            Target::Postgres(a) => (ServerKind::Single, a),
            Target::PostgresFlexible(a) => (ServerKind::Flexible, a),
        }
    }
}

/// `connection create <target>`.
pub type CreateTarget = Target<CreatePostgresArgs>;
/// `connection update <target>`.
pub type UpdateTarget = Target<UpdatePostgresArgs>;
/// `connection preview-configuration <target>`.
pub type PreviewTarget = Target<PreviewArgs>;

/// `create <target>`'s help: its line, and `--connection`'s long help naming what az generates for that target
/// (`{target without dashes}_{5 random [a-z0-9]}`).
fn create_help(c: Command, target: &str) -> Command {
    let example = format!("{}_k3x9q", target.replace('-', ""));
    c.about(format!(
        "Create a Service Connector local connection to {target}"
    ))
    .mut_arg("connection", |a| {
        a.long_help(format!(
            "Name of the connection.\n\nWhen omitted a name like `{example}` is generated. Letters, digits, periods \
             and underscores only."
        ))
    })
}

/// az's `--client-type` values for a local → PostgreSQL connection (case-insensitive on input;
/// [`ClientType::as_az`] gives the canonical spelling az sends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "kebab-case")]
pub enum ClientType {
    Dotnet,
    DotnetInternal,
    Java,
    Python,
    Nodejs,
    Go,
    Php,
    Ruby,
    Django,
    #[value(name = "springBoot")]
    SpringBoot,
    None,
}

impl ClientType {
    /// The canonical spelling az sends in `properties.clientType`.
    pub fn as_az(self) -> &'static str {
        match self {
            ClientType::Dotnet => "dotnet",
            ClientType::DotnetInternal => "dotnet-internal",
            ClientType::Java => "java",
            ClientType::Python => "python",
            ClientType::Nodejs => "nodejs",
            ClientType::Go => "go",
            ClientType::Php => "php",
            ClientType::Ruby => "ruby",
            ClientType::Django => "django",
            ClientType::SpringBoot => "springBoot",
            ClientType::None => "none",
        }
    }
}

/// The required `-g` of `create` and `list` (az's `[defaults] group` or AZURE_DEFAULTS_GROUP fills it).
#[derive(Debug, Clone, Args)]
pub struct GroupArgs {
    /// The resource group which contains the connection.
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
    pub resource_group: String,
}

/// `connection create postgres|postgres-flexible`.
#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("auth").args(["secret", "user_account", "service_principal"]).multiple(false)))]
pub struct CreatePostgresArgs {
    #[command(flatten)]
    pub group: GroupArgs,

    /// Name of the connection.
    ///
    /// When omitted a name is generated from the target (`postgres_xxxxx`,
    /// `postgresflexible_xxxxx`). Letters, digits, periods and underscores only.
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,

    /// Location. Values from: `az account list-locations`.
    ///
    /// When omitted, the location of the resource group is used.
    #[arg(long, short = 'l', value_name = "LOCATION")]
    pub location: Option<String>,

    /// The client type used on the connection. Default: none.
    #[arg(long, value_enum, ignore_case = true, value_name = "CLIENT_TYPE")]
    pub client_type: Option<ClientType>,

    /// The resource group which contains the postgres service. Required if '--target-id' is not specified.
    #[arg(
        long,
        visible_alias = "tg",
        value_name = "NAME",
        required_unless_present = "target_id"
    )]
    pub target_resource_group: Option<String>,

    /// Name of postgres server. Required if '--target-id' is not specified.
    #[arg(long, value_name = "NAME", required_unless_present = "target_id")]
    pub server: Option<String>,

    /// Name of postgres database. Required if '--target-id' is not specified.
    #[arg(long, value_name = "NAME", required_unless_present = "target_id")]
    pub database: Option<String>,

    /// The resource id of target service. Required if ['--target-resource-group', '--server',
    /// '--database'] are not specified.
    #[arg(long, value_name = "ID")]
    pub target_id: Option<String>,

    #[command(flatten)]
    pub auth: AuthArgs<LocalAuth>,

    /// The customized keys used to change default configuration names. Key is the original name,
    /// value is the customized name.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE")]
    pub customized_keys: Option<Vec<String>>,

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

    /// Print the plan (ARM changes and the SQL script) without changing anything. (azconn only)
    #[arg(long)]
    pub dry_run: bool,

    /// Allow widening a firewall rule to all IPv4 addresses when the exact client IP is not
    /// enough. `--yes` alone never does that. (azconn only)
    #[arg(long)]
    pub allow_all_ips: bool,

    /// When tables or sequences in schema public belong to a role whose privileges the Microsoft Entra
    /// administrator does not have, grant object by object on the others and name the skipped ones in a
    /// warning, instead of stopping before any change. (azconn only)
    #[arg(long)]
    pub skip_ungrantable: bool,
}

/// How a command names an existing connection: `--id`, or `--connection` with `-g` (and `-l`).
/// Both are optional here; the verb reports az's `Required argument is missing, please provide
/// the arguments: --id, --connection` when neither is given.
#[derive(Debug, Clone, Default, Args)]
pub struct ConnectionIdArgs {
    /// The id of connection.
    ///
    /// Shape: /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName}
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// Name of the connection. Required if '--id' is not specified.
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,

    /// The resource group which contains the connection. Required if '--id' is not specified.
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

    /// Location. Values from: `az account list-locations`.
    ///
    /// When omitted, the location of the resource group is used.
    #[arg(long, short = 'l', value_name = "LOCATION")]
    pub location: Option<String>,
}

/// `connection update postgres|postgres-flexible`. az checks "Only one auth info is needed" and
/// "Either client type or auth info should be specified to update" at run time; so do the verbs.
#[derive(Debug, Clone, Args)]
pub struct UpdatePostgresArgs {
    #[command(flatten)]
    pub target: ConnectionIdArgs,

    /// The client type used on the connection.
    #[arg(long, value_enum, ignore_case = true, value_name = "CLIENT_TYPE")]
    pub client_type: Option<ClientType>,

    #[command(flatten)]
    pub auth: AuthArgs<LocalAuth>,

    /// The customized keys used to change default configuration names. Key is the original name,
    /// value is the customized name.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE")]
    pub customized_keys: Option<Vec<String>>,

    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// `connection list`.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub group: GroupArgs,

    /// Location. Values from: `az account list-locations`.
    ///
    /// When omitted, the location of the resource group is used.
    #[arg(long, short = 'l', value_name = "LOCATION")]
    pub location: Option<String>,
}

/// `connection delete`.
#[derive(Debug, Clone, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub target: ConnectionIdArgs,

    /// Do not prompt for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,

    /// Also drop the connection's PostgreSQL role (`aad_<connection>`). (azconn only)
    #[arg(long)]
    pub drop_role: bool,

    /// Print what would be deleted (and the SQL with --drop-role) without changing anything. (azconn only)
    #[arg(long)]
    pub dry_run: bool,
}

/// `connection wait`: az's generic wait command.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    #[command(flatten)]
    pub target: ConnectionIdArgs,

    #[command(flatten)]
    pub condition: WaitConditionArgs,
}

/// The conditions and pacing of az's generic wait command (every `… connection wait`).
#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("condition")
    .args(["created", "updated", "deleted", "exists", "custom"])
    .required(true)
    .multiple(true)))]
pub struct WaitConditionArgs {
    /// Wait until created with 'provisioningState' at 'Succeeded'.
    #[arg(long, help_heading = "Wait Condition Arguments")]
    pub created: bool,

    /// Wait until updated with provisioningState at 'Succeeded'.
    #[arg(long, help_heading = "Wait Condition Arguments")]
    pub updated: bool,

    /// Wait until deleted.
    #[arg(long, help_heading = "Wait Condition Arguments")]
    pub deleted: bool,

    /// Wait until the resource exists.
    #[arg(long, help_heading = "Wait Condition Arguments")]
    pub exists: bool,

    /// Wait until the condition satisfies a custom JMESPath query. E.g.
    /// provisioningState!='InProgress'.
    #[arg(
        long,
        value_name = "JMESPATH",
        help_heading = "Wait Condition Arguments"
    )]
    pub custom: Option<String>,

    /// Polling interval in seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 30,
        help_heading = "Wait Condition Arguments"
    )]
    pub interval: u64,

    /// Maximum wait in seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 3600,
        help_heading = "Wait Condition Arguments"
    )]
    pub timeout: u64,
}

/// az's local target resource types (`connection list-support-types --target-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "kebab-case")]
pub enum TargetType {
    Postgres,
    PostgresFlexible,
    Mysql,
    MysqlFlexible,
    Sql,
    Redis,
    RedisEnterprise,
    CosmosCassandra,
    CosmosGremlin,
    CosmosMongo,
    CosmosSql,
    CosmosTable,
    StorageBlob,
    StorageQueue,
    StorageFile,
    StorageTable,
    Keyvault,
    Appconfig,
    Eventhub,
    Servicebus,
    Signalr,
    Webpubsub,
    ConfluentCloud,
    AppInsights,
}

/// `connection list-support-types`.
#[derive(Debug, Clone, Args)]
pub struct ListSupportTypesArgs {
    /// The target resource type.
    #[arg(long, short = 't', value_enum, ignore_case = true, value_name = "TYPE")]
    pub target_type: Option<TargetType>,
}

/// `connection preview-configuration postgres|postgres-flexible`.
#[derive(Debug, Clone, Args)]
pub struct PreviewArgs {
    /// The client type used on the connection.
    #[arg(long, value_enum, ignore_case = true, value_name = "CLIENT_TYPE")]
    pub client_type: Option<ClientType>,

    #[command(flatten)]
    pub auth: AuthArgs<LocalAuth>,
}
