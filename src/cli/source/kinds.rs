//! The compute sources as marker types: [`SourceCli`] says what only a source has (its option types and the
//! targets it supports), [`SourceOnly`] what those option types answer. The web app has `--slot` and
//! `--config-connstr` ([`WebappOnly`]); the function app the empty [`NoOptions`], so that `functionapp … --slot` is
//! an unknown argument as in az; a container app `--container`, AKS `--kube-namespace` and `--workload-identity`.

use clap::Args;

use super::targets;

/// A compute source on the command line: what only it has, plugged into the shared verbs.
pub trait SourceCli: Clone + std::fmt::Debug + Send + Sync + 'static {
    /// Options only this source's `create` and `update` have (web app: `--slot`, `--config-connstr`).
    type Create: SourceOnly;
    /// Options that name the source besides `-g`/`-n`/`--source-id` (web app: `--slot`).
    type Naming: SourceOnly;
    /// The help of its `connection` group, as az words it.
    const CONNECTION_ABOUT: &'static str;

    /// The App Service targets this source does not support (`list-support-types --target-type`).
    const NOT_TARGETS: &'static [&'static str] = &[];

    /// az's `list-support-types --target-type` values: the targets this source supports, in az's order.
    fn target_types() -> Vec<&'static str> {
        targets::APP_SERVICE_TARGET_TYPES
            .iter()
            .copied()
            .filter(|t| !Self::NOT_TARGETS.contains(t))
            .collect()
    }
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

/// `azconn webapp …`.
#[derive(Debug, Clone)]
pub struct Webapp;

/// `azconn functionapp …`.
#[derive(Debug, Clone)]
pub struct Functionapp;

impl SourceCli for Webapp {
    const CONNECTION_ABOUT: &'static str = "Commands to manage webapp connections";
    type Create = WebappOnly;
    type Naming = WebappSlot;
}

impl SourceCli for Functionapp {
    const CONNECTION_ABOUT: &'static str = "Commands to manage functionapp connections";
    type Create = NoOptions;
    type Naming = NoOptions;
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

/// `azconn containerapp …`.
#[derive(Debug, Clone)]
pub struct Containerapp;

impl SourceCli for Containerapp {
    const CONNECTION_ABOUT: &'static str = "Commands to manage containerapp connections";
    type Create = ContainerappOnly;
    type Naming = NoOptions;
}

/// `azconn aks …`.
#[derive(Debug, Clone)]
pub struct Aks;

impl SourceCli for Aks {
    const CONNECTION_ABOUT: &'static str = "Commands to manage aks connections";
    type Create = AksOnly;
    type Naming = NoOptions;
    const NOT_TARGETS: &'static [&'static str] = targets::NOT_ON_AKS;
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
