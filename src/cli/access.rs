//! `azconn access plan|apply|list|export` as clap types: declarative Microsoft Entra access to Azure Database
//! for PostgreSQL. What they do lives in `commands/access/`; this file only declares their options.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

/// `azconn access <verb>`.
#[derive(Debug, Clone, Args)]
#[command(subcommand_required = true)]
pub struct AccessGroup {
    #[command(subcommand)]
    pub command: AccessCommand,
}

/// The verbs of `azconn access`.
#[derive(Debug, Clone, Subcommand)]
pub enum AccessCommand {
    /// Show what `apply` would change: roles to create, grants to add or revoke, default privileges.
    ///
    /// Reads every server and database the file names (as a Microsoft Entra administrator) and changes
    /// nothing. Exit code with --detailed-exitcode: 0 no changes, 2 changes pending, 1 error.
    Plan(PlanArgs),
    /// Make the servers match the file: create roles, grant and revoke, set default privileges.
    ///
    /// One transaction per database; roles are created first (on `postgres`) and dropped last.
    Apply(ApplyArgs),
    /// Who can get in: every Microsoft Entra principal of a server, its role, and the profile it has per
    /// database.
    List(ListArgs),
    /// Print the access file that describes what a server grants today (use `-o yaml` or `-o json`).
    Export(ListArgs),
}

/// Options `plan` and `apply` share.
#[derive(Debug, Clone, Args)]
pub struct FileArgs {
    /// The access file (YAML or JSON).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: PathBuf,

    /// Also revoke and drop the roles azconn manages that the file no longer lists.
    #[arg(long)]
    pub prune: bool,

    /// When tables or sequences in a managed schema belong to a role whose privileges the Microsoft Entra
    /// administrator does not have, grant on the others and name the skipped ones in a warning, instead of
    /// stopping before any change. (azconn only)
    #[arg(long)]
    pub skip_ungrantable: bool,
}

/// `azconn access plan`.
#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub file: FileArgs,

    /// Exit with 2 when changes are pending, 0 when there are none, 1 on error.
    #[arg(long)]
    pub detailed_exitcode: bool,

    /// Print the exact SQL `apply` would run instead of the list of changes.
    #[arg(long)]
    pub show_sql: bool,
}

/// `azconn access apply`.
#[derive(Debug, Clone, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub file: FileArgs,

    /// Do not prompt for confirmation (enabling Microsoft Entra authentication restarts a server).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// `azconn access list` and `export`: the server by `-g` and `--server`, or by `--id`.
#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("the_server").args(["server", "id"]).required(true)))]
pub struct ListArgs {
    /// Name of resource group. You can configure the default group using `az configure --defaults
    /// group=<name>`.
    #[arg(
        long,
        short = 'g',
        value_name = "NAME",
        env = "AZURE_DEFAULTS_GROUP",
        hide_env = true,
        required_unless_present = "id"
    )]
    pub resource_group: Option<String>,

    /// Name of the flexible server.
    #[arg(long, value_name = "NAME")]
    pub server: Option<String>,

    /// The server's resource id instead of -g and --server: `…/flexibleServers/NAME`, or `…/servers/NAME` for
    /// a Single Server.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// The databases to look at (repeat or separate with spaces); default: every database of the server.
    #[arg(long, num_args = 1.., value_name = "NAME")]
    pub database: Vec<String>,

    /// The schemas to look at; default: public.
    #[arg(long, num_args = 1.., value_name = "NAME")]
    pub schema: Vec<String>,
}
