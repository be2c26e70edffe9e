//! `azconn token` (az account get-access-token) and `azconn rest` (a subset of az rest) as clap
//! types. What they do lives in `commands/`; this file only declares their options.

use clap::{Args, ValueEnum};

/// az's well-known `--resource-type` values (the cloud's endpoints).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "kebab-case")]
pub enum ResourceType {
    /// The Azure AD Graph endpoint (`activeDirectoryGraphResourceId`).
    AadGraph,
    /// Azure Resource Manager (`activeDirectoryResourceId`).
    Arm,
    /// Azure Batch (`batchResourceId`).
    Batch,
    /// Azure Data Lake (`activeDirectoryDataLakeResourceId`).
    DataLake,
    /// Azure Media Services (`mediaResourceId`).
    Media,
    /// Microsoft Graph (`microsoftGraphResourceId`).
    MsGraph,
    /// Azure Database for PostgreSQL/MySQL Entra sign-in (`ossrdbmsResourceId`).
    OssRdbms,
}

/// `azconn token`: like `az account get-access-token`.
#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// Type of well-known resource.
    #[arg(long, value_enum, ignore_case = true, value_name = "TYPE",
          conflicts_with_all = ["resource", "scope"])]
    pub resource_type: Option<ResourceType>,

    /// Azure resource endpoints in Microsoft Entra v1.0.
    #[arg(long, value_name = "URL", conflicts_with = "scope")]
    pub resource: Option<String>,

    /// Space-separated scopes in Microsoft Entra v2.0. Default to Azure Resource Manager.
    #[arg(long, num_args = 0.., value_name = "SCOPE")]
    pub scope: Option<Vec<String>>,

    /// Tenant ID for which the token is acquired. Only available for user and service principal
    /// account, not for managed identity or Cloud Shell account.
    #[arg(long, short = 't', value_name = "TENANT_ID")]
    pub tenant: Option<String>,
}

/// HTTP methods `azconn rest` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "lowercase")]
pub enum HttpMethod {
    Head,
    Get,
    Put,
    Post,
    Delete,
    Options,
    Patch,
}

impl HttpMethod {
    /// The method as sent on the wire (`GET`, `PUT`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Head => "HEAD",
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Patch => "PATCH",
        }
    }
}

/// `azconn rest`: like `az rest` (the options listed here only).
#[derive(Debug, Clone, Args)]
pub struct RestArgs {
    /// HTTP request method.
    #[arg(
        long,
        short = 'm',
        value_enum,
        ignore_case = true,
        default_value = "get",
        value_name = "METHOD"
    )]
    pub method: HttpMethod,

    /// Request URL. If it doesn't start with a host, it is taken as an Azure resource ID and
    /// prefixed with the ARM endpoint of the current cloud. Common token {subscriptionId} will be
    /// replaced with the current subscription ID.
    #[arg(long, visible_aliases = ["uri"], short = 'u', value_name = "URL")]
    pub url: String,

    /// Request body. Use @{file} to load from a file.
    #[arg(long, short = 'b', value_name = "BODY")]
    pub body: Option<String>,

    /// Space-separated headers in KEY=VALUE format or JSON string. Use @{file} to load from a file.
    #[arg(long, num_args = 1.., value_name = "KEY=VALUE")]
    pub headers: Vec<String>,

    /// Query parameters in the URL. Space-separated queries in KEY=VALUE format or JSON string.
    /// Use @{file} to load from a file.
    #[arg(long, visible_aliases = ["url-parameters"], num_args = 1.., value_name = "KEY=VALUE")]
    pub uri_parameters: Vec<String>,

    /// Resource url for which to acquire a Microsoft Entra token in order to access the service.
    /// The token is placed in the Authorization header. By default it is derived from --url when
    /// that is one of the current cloud's endpoints.
    #[arg(long, value_name = "URL")]
    pub resource: Option<String>,

    /// Do not auto-append Authorization header.
    #[arg(long)]
    pub skip_authorization_header: bool,

    /// Save response payload to a file.
    #[arg(long, value_name = "PATH", value_hint = clap::ValueHint::FilePath)]
    pub output_file: Option<std::path::PathBuf>,
}
