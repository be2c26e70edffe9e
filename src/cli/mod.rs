//! The command-line surface: clap derive types for every command, the global options, and the
//! one `command()` builder that help, completions, the man page and parsing all share.
//! No I/O here: callers pass in the defaults read from the environment ([`Defaults`]).

pub mod access;
pub mod account;
pub mod auth;
pub mod connection;
pub mod difflib;
pub mod examples;
pub mod source;
pub mod usage;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::output::OutputFormat;

pub use account::{RestArgs, TokenArgs};
pub use connection::ConnectionCommand;

/// The program name used in help, usage errors and examples.
pub const BIN: &str = "azconn";

/// The parsed command line.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "azconn",
    version,
    about = "Manage Service Connector local connections to Azure Database for PostgreSQL with \
             passwordless (Microsoft Entra) access; a drop-in for `az connection`.",
    long_about = "Commands to manage Service Connector local connections which allow the local \
                  environment to connect to Azure Database for PostgreSQL (Single Server and \
                  Flexible Server), including passwordless access with Microsoft Entra ID.\n\n\
                  Every `az connection <verb> …` command line works as `azconn connection <verb> …` \
                  and as `azconn <verb> …`.",
    args_override_self = true,
    term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: TopCommand,
}

/// The top-level commands.
#[derive(Debug, Clone, Subcommand)]
pub enum TopCommand {
    #[command(flatten)]
    Connection(ConnectionCommand),

    /// The same commands under az's group name: `azconn connection create postgres …`.
    #[command(name = "connection")]
    ConnectionGroup(ConnectionGroup),

    /// Manage the connections of a web app (like `az webapp connection`).
    Webapp(source::WebappGroup),

    /// Manage the connections of a function app (like `az functionapp connection`).
    Functionapp(source::FunctionappGroup),

    /// Manage the connections of a container app (like `az containerapp connection`).
    Containerapp(source::ContainerappGroup),

    /// Manage the connections of an AKS cluster (like `az aks connection`).
    Aks(source::AksGroup),

    /// Declarative, least-privilege Microsoft Entra access to PostgreSQL: plan, apply, list, export.
    Access(access::AccessGroup),

    /// Get a token for utilities to access Azure (like `az account get-access-token`).
    Token(TokenArgs),

    /// Invoke a custom request (like `az rest`).
    Rest(RestArgs),

    /// Print a shell completion script.
    ///
    /// Static scripts: `azconn completion bash > /etc/bash_completion.d/azconn`.
    Completion(CompletionArgs),
}

impl TopCommand {
    /// The connection verb, whichever spelling (`azconn show` or `azconn connection show`) was used.
    pub fn connection(&self) -> Option<&ConnectionCommand> {
        match self {
            TopCommand::Connection(c) => Some(c),
            TopCommand::ConnectionGroup(g) => Some(&g.command),
            _ => None,
        }
    }
}

/// `azconn connection <verb>`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct ConnectionGroup {
    #[command(subcommand)]
    pub command: ConnectionCommand,
}

/// `azconn completion <shell>`.
#[derive(Debug, Clone, Args)]
pub struct CompletionArgs {
    /// The shell to print the completion script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Where credentials come from (`--auth-source`, env `AZCONN_AUTH_SOURCE`): auth's own type, so the
/// value clap accepts is the value auth acts on.
pub use crate::auth::AuthSource;

impl ValueEnum for AuthSource {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            AuthSource::Auto,
            AuthSource::Cli,
            AuthSource::Env,
            AuthSource::WorkloadIdentity,
            AuthSource::ManagedIdentity,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let (name, help) = match self {
            AuthSource::Auto => (
                "auto",
                "The first available: the az login (az on PATH and signed in), env, workload-identity, \
                 managed-identity",
            ),
            AuthSource::Cli => ("cli", "The Azure CLI login (`az login`)"),
            AuthSource::Env => (
                "env",
                "A service principal from AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or \
                 AZURE_CLIENT_CERTIFICATE_PATH",
            ),
            AuthSource::WorkloadIdentity => (
                "workload-identity",
                "Workload identity (AZURE_FEDERATED_TOKEN_FILE)",
            ),
            AuthSource::ManagedIdentity => ("managed-identity", "The managed identity of the host"),
        };
        Some(PossibleValue::new(name).help(help))
    }
}

/// Options every command accepts (az's "Global Arguments").
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// Output format. Allowed values: json, jsonc, none, table, tsv, yaml, yamlc. Default: json
    /// (or AZURE_CORE_OUTPUT, or `[core] output` in the az config file).
    #[arg(long, short = 'o', global = true, value_name = "FORMAT", value_parser = OutputFormatParser,
          help_heading = "Global Arguments")]
    pub output: Option<String>,

    /// JMESPath query string. See http://jmespath.org/ for more information and examples.
    // The doc comment is az's help text, bare URL included.
    #[allow(rustdoc::bare_urls)]
    #[arg(
        long,
        global = true,
        value_name = "JMESPATH",
        help_heading = "Global Arguments"
    )]
    pub query: Option<String>,

    /// Name or ID of subscription. You can configure the default subscription using
    /// `az account set -s NAME_OR_ID`.
    #[arg(
        long,
        global = true,
        value_name = "NAME_OR_ID",
        help_heading = "Global Arguments"
    )]
    pub subscription: Option<String>,

    /// Where credentials come from. Default: auto.
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        env = "AZCONN_AUTH_SOURCE",
        value_name = "SOURCE",
        help_heading = "Global Arguments"
    )]
    pub auth_source: Option<AuthSource>,

    /// Increase logging verbosity to show all debug logs.
    #[arg(long, global = true, help_heading = "Global Arguments")]
    pub debug: bool,

    /// Increase logging verbosity. Use --debug for full debug logs.
    #[arg(long, global = true, help_heading = "Global Arguments")]
    pub verbose: bool,

    /// Only show errors, suppressing warnings.
    #[arg(long, global = true, help_heading = "Global Arguments")]
    pub only_show_errors: bool,
}

/// az's `--output` names in az's order (the order its error message lists them).
pub const OUTPUT_FORMATS: [&str; 7] = ["json", "jsonc", "yaml", "yamlc", "table", "tsv", "none"];

/// Parses an `--output` value the way az does: case-insensitively.
pub fn parse_output_format(value: &str) -> Option<OutputFormat> {
    Some(match value.to_ascii_lowercase().as_str() {
        "json" => OutputFormat::Json,
        "jsonc" => OutputFormat::Jsonc,
        "yaml" => OutputFormat::Yaml,
        "yamlc" => OutputFormat::Yamlc,
        "table" => OutputFormat::Table,
        "tsv" => OutputFormat::Tsv,
        "none" => OutputFormat::None,
        _ => return None,
    })
}

/// Accepts any `--output` string (az's own message is produced after parsing, see
/// [`usage::invalid_output`]) while still telling help and completion the allowed values.
#[derive(Debug, Clone, Copy)]
struct OutputFormatParser;

impl TypedValueParser for OutputFormatParser {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            OUTPUT_FORMATS.iter().map(|f| PossibleValue::new(*f)),
        ))
    }
}

/// Defaults that come from outside the command line (az config `[defaults]`), read by the
/// caller. They fill options exactly as if typed, like az's `configured_default`.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// `[defaults] group`: the default `--resource-group`.
    pub group: Option<String>,
}

/// The clap command with help texts, examples and az's option spellings; no defaults applied.
/// Used for help snapshots, completions and the man page.
pub fn command() -> clap::Command {
    command_with(&Defaults::default())
}

/// The clap command with configured defaults applied.
pub fn command_with(defaults: &Defaults) -> clap::Command {
    let cmd = Cli::command();
    customize(cmd, BIN, defaults)
}

/// Parses a full argv (program name first) into [`Cli`].
pub fn parse(args: &[std::ffi::OsString], defaults: &Defaults) -> Result<Cli, clap::Error> {
    let mut cmd = command_with(defaults);
    let matches = cmd.try_get_matches_from_mut(args.iter())?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// Walks the tree: per-target help texts, examples as `after_help`, and configured defaults.
fn customize(mut cmd: clap::Command, path: &str, defaults: &Defaults) -> clap::Command {
    let creates = path.contains(" create ");
    let target = if !creates {
        None
    } else if path.ends_with(" postgres-flexible") {
        Some("postgres flexible")
    } else if path.ends_with(" postgres") {
        Some("postgres")
    } else {
        None
    };
    if let Some(t) = target {
        let service = if t == "postgres" {
            "postgres service"
        } else {
            "flexible postgres service"
        };
        cmd = cmd
            .mut_arg("target_resource_group", |a| {
                a.help(format!(
                    "The resource group which contains the {service}. Required if '--target-id' is not specified."
                ))
            })
            .mut_arg("server", |a| {
                a.help(format!("Name of {t} server. Required if '--target-id' is not specified."))
            })
            .mut_arg("database", |a| {
                a.help(format!("Name of {t} database. Required if '--target-id' is not specified."))
            });
    }
    cmd = source_texts(cmd, path);
    if let Some(group) = &defaults.group
        && cmd.get_arguments().any(|a| a.get_id() == "resource_group")
    {
        let group = group.clone();
        cmd = cmd.mut_arg("resource_group", move |a| {
            a.default_value(group).required(false)
        });
    }
    let examples = examples::for_command(path);
    if !examples.is_empty() {
        cmd = cmd.after_help(examples::render_help(examples));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        // `azconn <verb>` and `azconn connection <verb>` share the examples of the latter.
        let lookup = canonical_path(&sub_path);
        cmd = cmd.mut_subcommand(&name, |s| customize(s, &lookup, defaults));
    }
    cmd
}

/// The function app's and the container sources' own words for `-g`/`-n`/`--source-id` (az's
/// `SOURCE_RESOURCES_PARAMS`), and the auth options an AKS command does not have: they share the compute sources'
/// clap types, so the options stay (hidden) and the verb answers them as az's argparse does (`unrecognized
/// arguments`).
fn source_texts(mut cmd: clap::Command, path: &str) -> clap::Command {
    let has = |cmd: &clap::Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    let what = if path.starts_with(&format!("{BIN} functionapp connection ")) {
        "function app"
    } else if path.starts_with(&format!("{BIN} containerapp connection ")) {
        "container app"
    } else if path.starts_with(&format!("{BIN} aks connection ")) {
        "managed cluster"
    } else {
        return cmd;
    };
    if has(&cmd, "resource_group") && has(&cmd, "name") {
        cmd = cmd
            .mut_arg("resource_group", |a| {
                let help = format!(
                    "The resource group which contains the {what}. Required if '--source-id' is not specified."
                );
                a.long_help(format!(
                    "{help}\n\nYou can configure the default group using `az configure --defaults group=<name>` (or\n\
                     AZURE_DEFAULTS_GROUP)."
                ))
                .help(help)
            })
            .mut_arg("name", |a| {
                a.help(format!(
                    "Name of the {what}. Required if '--source-id' is not specified."
                ))
            })
            .mut_arg("source_id", |a| {
                a.help(format!(
                    "The resource id of the {what}. Required if ['--resource-group', '--name'] are not specified."
                ))
            });
    }
    if what == "managed cluster" {
        let update = path.contains(" update ");
        for id in [
            "system_identity",
            "user_identity",
            "service_principal",
            "workload_identity",
        ] {
            let create_has_it = matches!(id, "service_principal" | "workload_identity");
            if has(&cmd, id) && (update || !create_has_it) {
                cmd = cmd.mut_arg(id, |a| a.hide(true));
            }
        }
    }
    cmd
}

/// Maps `azconn show` to `azconn connection show`; other paths are unchanged.
pub fn canonical_path(path: &str) -> String {
    let mut words: Vec<&str> = path.split(' ').collect();
    if words.len() >= 2
        && !matches!(
            words[1],
            "connection"
                | "webapp"
                | "functionapp"
                | "containerapp"
                | "aks"
                | "access"
                | "token"
                | "rest"
                | "completion"
                | "help"
        )
    {
        words.insert(1, "connection");
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(line: &str) -> Cli {
        let args: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        match parse(&args, &Defaults::default()) {
            Ok(cli) => cli,
            Err(e) => panic!("{line}: {e}"),
        }
    }

    fn parse_err(line: &str) -> clap::error::ErrorKind {
        let args: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        match parse(&args, &Defaults::default()) {
            Ok(cli) => panic!("{line}: parsed as {cli:?}"),
            Err(e) => e.kind(),
        }
    }

    #[test]
    fn command_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn connection_prefix_is_the_same_command() {
        let a = parse_ok("azconn show -g rg --connection c1");
        let b = parse_ok("azconn connection show -g rg --connection c1");
        let (Some(ConnectionCommand::Show(x)), Some(ConnectionCommand::Show(y))) =
            (a.command.connection(), b.command.connection())
        else {
            panic!("not show: {a:?} {b:?}");
        };
        assert_eq!(x.resource_group.as_deref(), Some("rg"));
        assert_eq!(y.resource_group.as_deref(), Some("rg"));
        assert_eq!(x.connection, y.connection);
    }

    #[test]
    fn create_flexible_with_aliases() {
        let cli = parse_ok(
            "azconn connection create postgres-flexible -g rg --connection conn1 --tg trg --server srv \
             --database demo --user-account --query authInfo.userName -o TSV -y --client-type SPRINGBOOT",
        );
        let Some(ConnectionCommand::Create(t)) = cli.command.connection() else {
            panic!("{cli:?}")
        };
        let (kind, a) = t.split();
        assert_eq!(kind, crate::server_kind::ServerKind::Flexible);
        assert_eq!(a.target_resource_group.as_deref(), Some("trg"));
        assert_eq!(a.auth.user_account.as_deref(), Some(&[][..]));
        assert!(a.yes);
        assert_eq!(
            a.client_type.map(super::connection::ClientType::as_az),
            Some("springBoot")
        );
        assert_eq!(cli.global.output.as_deref(), Some("TSV"));
        assert_eq!(cli.global.query.as_deref(), Some("authInfo.userName"));
    }

    #[test]
    fn key_value_auth_and_target_id() {
        let cli = parse_ok(
            "azconn create postgres -g rg --target-id /subscriptions/s/x --service-principal client-id=a secret=b",
        );
        let Some(ConnectionCommand::Create(t)) = cli.command.connection() else {
            panic!("{cli:?}")
        };
        let (kind, a) = t.split();
        assert_eq!(kind, crate::server_kind::ServerKind::Single);
        assert_eq!(
            a.auth.service_principal.as_deref(),
            Some(&["client-id=a".to_owned(), "secret=b".to_owned()][..])
        );
        assert_eq!(a.server, None);
    }

    #[test]
    fn repeated_global_options_keep_the_last() {
        let cli = parse_ok("azconn list -g rg -o json --query a -o tsv --query b");
        assert_eq!(cli.global.output.as_deref(), Some("tsv"));
        assert_eq!(cli.global.query.as_deref(), Some("b"));
    }

    #[test]
    fn auth_source_is_auths_type_with_one_set_of_spellings() {
        let cli = parse_ok("azconn list -g rg --auth-source Workload-Identity");
        assert_eq!(cli.global.auth_source, Some(AuthSource::WorkloadIdentity));
        for spelling in ["az", "azure-cli", "environment"] {
            assert_eq!(
                parse_err(&format!("azconn list -g rg --auth-source {spelling}")),
                clap::error::ErrorKind::InvalidValue,
                "{spelling}"
            );
        }
    }

    #[test]
    fn usage_errors() {
        use clap::error::ErrorKind;
        assert_eq!(parse_err("azconn list"), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            parse_err("azconn create postgres -g rg --server s --database d"),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(parse_err("azconn show --bogus"), ErrorKind::UnknownArgument);
        assert_eq!(
            parse_err("azconn create postgres -g rg --target-id x --secret --user-account"),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(
            parse_err("azconn create postgres -g rg --target-id x --client-type cobol"),
            ErrorKind::InvalidValue
        );
        assert_eq!(
            parse_err("azconn wait --id x"),
            ErrorKind::MissingRequiredArgument
        );
    }

    #[test]
    fn configured_group_satisfies_required_group() {
        let defaults = Defaults {
            group: Some("cfg-rg".into()),
        };
        let args: Vec<std::ffi::OsString> = ["azconn", "list"].iter().map(Into::into).collect();
        let cli = match parse(&args, &defaults) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let Some(ConnectionCommand::List(l)) = cli.command.connection() else {
            panic!("{cli:?}")
        };
        assert_eq!(l.group.resource_group, "cfg-rg");
    }

    #[test]
    fn output_format_is_case_insensitive() {
        assert_eq!(parse_output_format("TSV"), Some(OutputFormat::Tsv));
        assert_eq!(parse_output_format("yamlc"), Some(OutputFormat::Yamlc));
        assert_eq!(parse_output_format("jsn"), None);
    }

    #[test]
    fn canonical_paths() {
        assert_eq!(canonical_path("azconn show"), "azconn connection show");
        assert_eq!(
            canonical_path("azconn connection show"),
            "azconn connection show"
        );
        assert_eq!(canonical_path("azconn token"), "azconn token");
        assert_eq!(
            canonical_path("azconn create postgres"),
            "azconn connection create postgres"
        );
    }
}
