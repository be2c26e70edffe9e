//! Per-command examples, written after az's `_help.py` for `az connection`. One table feeds both
//! the `--help` "Examples" section and the "Examples from command's help:" lines az appends to
//! usage errors.

/// One example: what it does and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub summary: &'static str,
    pub command: &'static str,
}

const fn ex(summary: &'static str, command: &'static str) -> Example {
    Example { summary, command }
}

const CREATE_FLEXIBLE: &[Example] = &[
    ex(
        "Create a passwordless connection from local to postgres-flexible for the signed-in user",
        "azconn connection create postgres-flexible -g resourceGroup --connection MyConnection --tg PostgresRG --server MyServer --database MyDB --user-account",
    ),
    ex(
        "Create a connection from local to postgres-flexible with resource name",
        "azconn connection create postgres-flexible -g resourceGroup --tg PostgresRG --server MyServer --database MyDB --secret name=XX secret=XX",
    ),
    ex(
        "Create a connection from local to postgres-flexible with resource id",
        "azconn connection create postgres-flexible -g resourceGroup --target-id /subscriptions/{subscription}/resourceGroups/{target_resource_group}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{server}/databases/{database} --user-account",
    ),
    ex(
        "Print the database role name the connection created",
        "azconn connection create postgres-flexible -g resourceGroup --connection MyConnection --tg PostgresRG --server MyServer --database MyDB --user-account --query authInfo.userName -o tsv",
    ),
];

const CREATE_SINGLE: &[Example] = &[
    ex(
        "Create a passwordless connection from local to postgres for the signed-in user",
        "azconn connection create postgres -g resourceGroup --connection MyConnection --tg PostgresRG --server MyServer --database MyDB --user-account",
    ),
    ex(
        "Create a connection from local to postgres with resource name",
        "azconn connection create postgres -g resourceGroup --tg PostgresRG --server MyServer --database MyDB --secret name=XX secret=XX",
    ),
    ex(
        "Create a connection from local to postgres with resource id",
        "azconn connection create postgres -g resourceGroup --target-id /subscriptions/{subscription}/resourceGroups/{target_resource_group}/providers/Microsoft.DBforPostgreSQL/servers/{server}/databases/{database} --user-account",
    ),
];

const UPDATE_FLEXIBLE: &[Example] = &[
    ex(
        "Update the client type of a connection with resource name",
        "azconn connection update postgres-flexible -g resourceGroup --connection MyConnection --client-type dotnet",
    ),
    ex(
        "Update the client type of a connection with resource id",
        "azconn connection update postgres-flexible --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName} --client-type dotnet",
    ),
];

const UPDATE_SINGLE: &[Example] = &[
    ex(
        "Update the client type of a connection with resource name",
        "azconn connection update postgres -g resourceGroup --connection MyConnection --client-type dotnet",
    ),
    ex(
        "Update the client type of a connection with resource id",
        "azconn connection update postgres --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName} --client-type dotnet",
    ),
];

const LIST: &[Example] = &[
    ex(
        "List connections by resource group",
        "azconn connection list -g resource_group",
    ),
    ex(
        "List connections by source resource group and location",
        "azconn connection list -g resource_group --location eastus",
    ),
];

const SHOW: &[Example] = &[
    ex(
        "Get a connection by connection name",
        "azconn connection show -g resourceGroup --connection MyConnection",
    ),
    ex(
        "Get a connection by connection id",
        "azconn connection show --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName}",
    ),
];

const DELETE: &[Example] = &[
    ex(
        "Delete a local connection by connection name",
        "azconn connection delete -g resourceGroup --connection MyConnection",
    ),
    ex(
        "Delete a local connection by connection id",
        "azconn connection delete --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName}",
    ),
    ex(
        "Delete a connection and its PostgreSQL role without a prompt",
        "azconn connection delete -g resourceGroup --connection MyConnection --drop-role --yes",
    ),
];

const VALIDATE: &[Example] = &[
    ex(
        "Validate a connection by connection name",
        "azconn connection validate -g resourceGroup --connection MyConnection",
    ),
    ex(
        "Validate a connection by connection id",
        "azconn connection validate --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName}",
    ),
];

const GENERATE_CONFIGURATION: &[Example] = &[
    ex(
        "Generate a connection's local configurations by connection name",
        "azconn connection generate-configuration -g resource_group --connection MyConnection",
    ),
    ex(
        "Generate a connection's local configurations by connection id",
        "azconn connection generate-configuration --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName}",
    ),
];

const WAIT: &[Example] = &[ex(
    "Wait until the connection is successfully created.",
    "azconn connection wait --id /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.ServiceLinker/locations/{location}/connectors/{connectorName} --created",
)];

const LIST_SUPPORT_TYPES: &[Example] = &[
    ex(
        "List all supported target resource types and auth types",
        "azconn connection list-support-types -o table",
    ),
    ex(
        "List supported auth types for a specific target resource type",
        "azconn connection list-support-types --target-type postgres-flexible -o table",
    ),
];

const PREVIEW_FLEXIBLE: &[Example] = &[ex(
    "Preview the configuration names of a passwordless python connection",
    "azconn connection preview-configuration postgres-flexible --client-type python --user-account",
)];

const PREVIEW_SINGLE: &[Example] = &[ex(
    "Preview the configuration names of a passwordless python connection",
    "azconn connection preview-configuration postgres --client-type python --user-account",
)];

const TOKEN: &[Example] = &[
    ex(
        "Get an access token for the current account",
        "azconn token",
    ),
    ex(
        "Get an access token to sign in to Azure Database for PostgreSQL",
        "azconn token --resource-type oss-rdbms --query accessToken -o tsv",
    ),
    ex(
        "Get an access token for Microsoft Graph",
        "azconn token --scope https://graph.microsoft.com//.default",
    ),
];

const REST: &[Example] = &[
    ex(
        "Get a connection through Azure Resource Manager",
        "azconn rest --method get --url \"/subscriptions/{subscriptionId}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/MyConnection?api-version=2024-07-01-preview\"",
    ),
    ex(
        "Get the signed-in user from Microsoft Graph",
        "azconn rest --method get --url https://graph.microsoft.com/v1.0/me",
    ),
];

const COMPLETION: &[Example] = &[
    ex(
        "Load bash completion in the current shell",
        "source <(azconn completion bash)",
    ),
    ex(
        "Install zsh completion",
        "azconn completion zsh > \"${fpath[1]}/_azconn\"",
    ),
];

/// The examples of a command, by its canonical path (`azconn connection show`, `azconn token`).
pub fn for_command(path: &str) -> &'static [Example] {
    match path {
        "azconn connection create postgres-flexible" => CREATE_FLEXIBLE,
        "azconn connection create postgres" => CREATE_SINGLE,
        "azconn connection update postgres-flexible" => UPDATE_FLEXIBLE,
        "azconn connection update postgres" => UPDATE_SINGLE,
        "azconn connection list" => LIST,
        "azconn connection show" => SHOW,
        "azconn connection delete" => DELETE,
        "azconn connection validate" => VALIDATE,
        "azconn connection generate-configuration" => GENERATE_CONFIGURATION,
        "azconn connection wait" => WAIT,
        "azconn connection list-support-types" => LIST_SUPPORT_TYPES,
        "azconn connection preview-configuration postgres-flexible" => PREVIEW_FLEXIBLE,
        "azconn connection preview-configuration postgres" => PREVIEW_SINGLE,
        "azconn token" => TOKEN,
        "azconn rest" => REST,
        "azconn completion" => COMPLETION,
        _ => &[],
    }
}

/// The "Examples" section of `--help`, laid out like az's help.
pub fn render_help(examples: &[Example]) -> String {
    let mut out = String::from("Examples:");
    for e in examples {
        out.push_str(&format!("\n  {}\n      {}\n", e.summary, e.command));
    }
    out.trim_end().to_owned()
}

/// az's usage-error trailer lines for a command: up to three examples (command, then summary,
/// then a blank line) under "Examples from command's help:". Empty when there are none.
pub fn usage_trailer(examples: &[Example]) -> Vec<String> {
    if examples.is_empty() {
        return Vec::new();
    }
    let mut lines = vec!["Examples from command's help:".to_owned()];
    for e in examples.iter().take(3) {
        lines.push(e.command.to_owned());
        lines.push(e.summary.to_owned());
        lines.push(String::new());
    }
    lines
}
