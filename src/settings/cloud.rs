//! Azure clouds: the built-in AzureCloud, AzureChinaCloud and AzureUSGovernment, custom clouds from the az
//! config dir's `clouds.config` (one INI section per cloud, `endpoint_<name>` / `suffix_<name>` options, exactly
//! as `az cloud register` writes them), and the active cloud (`[cloud] name` in az's `config`).
//!
//! Every endpoint azconn uses comes from here, so pointing azconn at a sovereign cloud or at the local emulator
//! is the same mechanism.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use super::SettingsError;
use super::config::AzConfig;
use crate::output::log;

/// The name of Azure public cloud, az's fallback.
pub const AZURE_PUBLIC_CLOUD: &str = "AzureCloud";

/// One cloud: its endpoints and suffixes under az's attribute names (`resource_manager`, `postgresql_server_endpoint`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cloud {
    /// The cloud's name as registered (`AzureCloud`, or a custom name).
    pub name: String,
    /// `endpoint_*` values keyed without the prefix, in definition order.
    pub endpoints: IndexMap<String, String>,
    /// `suffix_*` values keyed without the prefix.
    pub suffixes: IndexMap<String, String>,
    /// `clouds.config`, named in "endpoint not set" errors.
    pub config_file: PathBuf,
}

const PUBLIC_ENDPOINTS: &[(&str, &str)] = &[
    ("management", "https://management.core.windows.net/"),
    ("resource_manager", "https://management.azure.com/"),
    (
        "sql_management",
        "https://management.core.windows.net:8443/",
    ),
    ("batch_resource_id", "https://batch.core.windows.net/"),
    ("gallery", "https://gallery.azure.com/"),
    ("active_directory", "https://login.microsoftonline.com"),
    (
        "active_directory_resource_id",
        "https://management.core.windows.net/",
    ),
    (
        "active_directory_graph_resource_id",
        "https://graph.windows.net/",
    ),
    (
        "microsoft_graph_resource_id",
        "https://graph.microsoft.com/",
    ),
    (
        "active_directory_data_lake_resource_id",
        "https://datalake.azure.net/",
    ),
    ("media_resource_id", "https://rest.media.azure.net"),
    (
        "ossrdbms_resource_id",
        "https://ossrdbms-aad.database.windows.net",
    ),
    (
        "app_insights_resource_id",
        "https://api.applicationinsights.io",
    ),
    ("log_analytics_resource_id", "https://api.loganalytics.io"),
    ("portal", "https://portal.azure.com"),
];
const PUBLIC_SUFFIXES: &[(&str, &str)] = &[
    ("storage_endpoint", "core.windows.net"),
    ("keyvault_dns", ".vault.azure.net"),
    ("sql_server_hostname", ".database.windows.net"),
    ("mysql_server_endpoint", ".mysql.database.azure.com"),
    ("postgresql_server_endpoint", ".postgres.database.azure.com"),
    ("mariadb_server_endpoint", ".mariadb.database.azure.com"),
    ("acr_login_server_endpoint", ".azurecr.io"),
];

const CHINA_ENDPOINTS: &[(&str, &str)] = &[
    ("management", "https://management.core.chinacloudapi.cn/"),
    ("resource_manager", "https://management.chinacloudapi.cn"),
    (
        "sql_management",
        "https://management.core.chinacloudapi.cn:8443/",
    ),
    ("batch_resource_id", "https://batch.chinacloudapi.cn/"),
    ("gallery", "https://gallery.chinacloudapi.cn/"),
    ("active_directory", "https://login.chinacloudapi.cn"),
    (
        "active_directory_resource_id",
        "https://management.core.chinacloudapi.cn/",
    ),
    (
        "active_directory_graph_resource_id",
        "https://graph.chinacloudapi.cn/",
    ),
    (
        "microsoft_graph_resource_id",
        "https://microsoftgraph.chinacloudapi.cn",
    ),
    ("media_resource_id", "https://rest.media.chinacloudapi.cn"),
    (
        "ossrdbms_resource_id",
        "https://ossrdbms-aad.database.chinacloudapi.cn",
    ),
    (
        "app_insights_resource_id",
        "https://api.applicationinsights.azure.cn",
    ),
    (
        "log_analytics_resource_id",
        "https://api.loganalytics.azure.cn",
    ),
    ("portal", "https://portal.azure.cn"),
];
const CHINA_SUFFIXES: &[(&str, &str)] = &[
    ("storage_endpoint", "core.chinacloudapi.cn"),
    ("keyvault_dns", ".vault.azure.cn"),
    ("sql_server_hostname", ".database.chinacloudapi.cn"),
    ("mysql_server_endpoint", ".mysql.database.chinacloudapi.cn"),
    (
        "postgresql_server_endpoint",
        ".postgres.database.chinacloudapi.cn",
    ),
    (
        "mariadb_server_endpoint",
        ".mariadb.database.chinacloudapi.cn",
    ),
    ("acr_login_server_endpoint", ".azurecr.cn"),
];

const USGOV_ENDPOINTS: &[(&str, &str)] = &[
    ("management", "https://management.core.usgovcloudapi.net/"),
    ("resource_manager", "https://management.usgovcloudapi.net/"),
    (
        "sql_management",
        "https://management.core.usgovcloudapi.net:8443/",
    ),
    ("batch_resource_id", "https://batch.core.usgovcloudapi.net/"),
    ("gallery", "https://gallery.usgovcloudapi.net/"),
    ("active_directory", "https://login.microsoftonline.us"),
    (
        "active_directory_resource_id",
        "https://management.core.usgovcloudapi.net/",
    ),
    (
        "active_directory_graph_resource_id",
        "https://graph.windows.net/",
    ),
    ("microsoft_graph_resource_id", "https://graph.microsoft.us/"),
    ("media_resource_id", "https://rest.media.usgovcloudapi.net"),
    (
        "ossrdbms_resource_id",
        "https://ossrdbms-aad.database.usgovcloudapi.net",
    ),
    (
        "app_insights_resource_id",
        "https://api.applicationinsights.us",
    ),
    ("log_analytics_resource_id", "https://api.loganalytics.us"),
    ("portal", "https://portal.azure.us"),
];
const USGOV_SUFFIXES: &[(&str, &str)] = &[
    ("storage_endpoint", "core.usgovcloudapi.net"),
    ("keyvault_dns", ".vault.usgovcloudapi.net"),
    ("sql_server_hostname", ".database.usgovcloudapi.net"),
    ("mysql_server_endpoint", ".mysql.database.usgovcloudapi.net"),
    (
        "postgresql_server_endpoint",
        ".postgres.database.usgovcloudapi.net",
    ),
    (
        "mariadb_server_endpoint",
        ".mariadb.database.usgovcloudapi.net",
    ),
    ("acr_login_server_endpoint", ".azurecr.us"),
];

fn to_map(pairs: &[(&str, &str)]) -> IndexMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The clouds az knows without any configuration, in az's order.
pub fn known_clouds() -> Vec<Cloud> {
    [
        ("AzureCloud", PUBLIC_ENDPOINTS, PUBLIC_SUFFIXES),
        ("AzureChinaCloud", CHINA_ENDPOINTS, CHINA_SUFFIXES),
        ("AzureUSGovernment", USGOV_ENDPOINTS, USGOV_SUFFIXES),
    ]
    .into_iter()
    .map(|(name, e, s)| Cloud {
        name: name.to_owned(),
        endpoints: to_map(e),
        suffixes: to_map(s),
        config_file: PathBuf::new(),
    })
    .collect()
}

/// All clouds: the known ones with `clouds.config` applied on top, then custom ones, like az's `get_clouds`.
/// A missing `clouds.config` means no custom clouds; an unreadable one is an error.
pub fn all_clouds(config_dir: &Path) -> Result<Vec<Cloud>, SettingsError> {
    let path = config_dir.join("clouds.config");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => return Err(SettingsError::Io { path, source }),
    };
    Ok(clouds_from_text(&text, &path))
}

/// [`all_clouds`] on already-read `clouds.config` text.
pub fn clouds_from_text(text: &str, path: &Path) -> Vec<Cloud> {
    let mut clouds = known_clouds();
    let parsed = AzConfig::parse(text);
    for section in parsed.section_names() {
        let idx = if let Some(i) = clouds.iter().position(|c| c.name == section) {
            i
        } else {
            clouds.push(Cloud {
                name: section.to_owned(),
                endpoints: IndexMap::new(),
                suffixes: IndexMap::new(),
                config_file: PathBuf::new(),
            });
            clouds.len() - 1
        };
        let cloud = &mut clouds[idx];
        for (key, value) in parsed.section(section).into_iter().flatten() {
            if let Some(name) = key.strip_prefix("endpoint_") {
                cloud.endpoints.insert(name.to_owned(), value.clone());
            } else if let Some(name) = key.strip_prefix("suffix_") {
                cloud.suffixes.insert(name.to_owned(), value.clone());
            }
        }
        // az: without a management endpoint the resource manager endpoint stands in.
        if !cloud.endpoints.contains_key("management")
            && let Some(rm) = cloud.endpoints.get("resource_manager").cloned()
        {
            cloud.endpoints.insert("management".to_owned(), rm);
        }
    }
    for cloud in &mut clouds {
        cloud.config_file = path.to_path_buf();
    }
    clouds
}

/// The active cloud: `name` (from `--cloud`-like overrides) or az's `[cloud] name`, falling back to AzureCloud
/// with az's two warnings when that cloud is not registered.
pub fn active_cloud(config: &AzConfig, config_dir: &Path) -> Result<Cloud, SettingsError> {
    let clouds = all_clouds(config_dir)?;
    let name = config
        .get_non_empty("cloud", "name")
        .unwrap_or_else(|| AZURE_PUBLIC_CLOUD.to_owned());
    if let Some(cloud) = clouds.iter().find(|c| c.name == name) {
        return Ok(cloud.clone());
    }
    // Mirrors az's get_active_cloud: warn and use the public cloud (az also rewrites its config; we do not).
    log::warning(&format!("The cloud '{name}' is not registered."));
    log::warning(&format!("Resetting active cloud to'{AZURE_PUBLIC_CLOUD}'."));
    clouds
        .into_iter()
        .find(|c| c.name == AZURE_PUBLIC_CLOUD)
        .ok_or_else(|| SettingsError::CloudNotRegistered(AZURE_PUBLIC_CLOUD.to_owned()))
}

impl Cloud {
    /// An endpoint by az's attribute name, or az's "not set but is used" error.
    pub fn endpoint(&self, name: &str) -> Result<&str, SettingsError> {
        self.lookup(&self.endpoints, "endpoint", name)
    }

    /// A suffix by az's attribute name, or az's "not set but is used" error.
    pub fn suffix(&self, name: &str) -> Result<&str, SettingsError> {
        self.lookup(&self.suffixes, "suffix", name)
    }

    /// A non-empty value of `map` (this cloud's endpoints or suffixes, `kind` naming which).
    fn lookup<'a>(
        &self,
        map: &'a IndexMap<String, String>,
        kind: &'static str,
        name: &str,
    ) -> Result<&'a str, SettingsError> {
        map.get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| SettingsError::EndpointNotSet {
                kind,
                name: name.to_owned(),
                file: self.config_file.clone(),
            })
    }

    /// The ARM base URL without a trailing slash (`https://management.azure.com`).
    pub fn resource_manager(&self) -> Result<&str, SettingsError> {
        self.endpoint("resource_manager")
            .map(|s| s.trim_end_matches('/'))
    }

    /// The Entra authority host (`https://login.microsoftonline.com`).
    pub fn authority_host(&self) -> Result<&str, SettingsError> {
        self.endpoint("active_directory")
            .map(|s| s.trim_end_matches('/'))
    }

    /// The ARM token audience (`https://management.core.windows.net/`).
    pub fn arm_audience(&self) -> Result<&str, SettingsError> {
        self.endpoint("active_directory_resource_id")
    }

    /// Microsoft Graph, used by az both as base URL and as token audience (`https://graph.microsoft.com/`).
    pub fn microsoft_graph(&self) -> Result<&str, SettingsError> {
        self.endpoint("microsoft_graph_resource_id")
    }

    /// The PostgreSQL Entra token audience (`https://ossrdbms-aad.database.windows.net`).
    pub fn ossrdbms_audience(&self) -> Result<&str, SettingsError> {
        self.endpoint("ossrdbms_resource_id")
    }

    /// The PostgreSQL host suffix (`.postgres.database.azure.com`).
    pub fn postgresql_suffix(&self) -> Result<&str, SettingsError> {
        self.suffix("postgresql_server_endpoint")
    }
}

/// The `.default` scope for an audience, as az builds it (`resource + "/.default"`, so ARM's audience with its
/// trailing slash gives `https://management.core.windows.net//.default`).
pub fn scope_for_resource(resource: &str) -> String {
    format!("{resource}/.default")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_cloud_and_override_of_known_cloud() {
        let text = "[Emu]\nendpoint_resource_manager = https://127.0.0.1:8443/\nendpoint_active_directory = https://127.0.0.1\n\
                    suffix_postgresql_server_endpoint = .postgres.database.azure.com\n\
                    [AzureCloud]\nendpoint_microsoft_graph_resource_id = https://graph.example/\n";
        let clouds = clouds_from_text(text, Path::new("/x/clouds.config"));
        let emu = clouds
            .iter()
            .find(|c| c.name == "Emu")
            .expect("custom cloud");
        assert_eq!(emu.resource_manager().ok(), Some("https://127.0.0.1:8443"));
        assert_eq!(
            emu.endpoint("management").ok(),
            Some("https://127.0.0.1:8443/")
        );
        assert_eq!(emu.authority_host().ok(), Some("https://127.0.0.1"));
        let err = emu.ossrdbms_audience().expect_err("not set");
        assert_eq!(
            err.to_string(),
            "The endpoint 'ossrdbms_resource_id' for this cloud is not set but is used.\n/x/clouds.config may be corrupt or invalid.\nResolve the error or delete this file and try again."
        );
        let public = clouds
            .iter()
            .find(|c| c.name == AZURE_PUBLIC_CLOUD)
            .expect("public");
        assert_eq!(
            public.microsoft_graph().ok(),
            Some("https://graph.example/")
        );
        assert_eq!(
            public.resource_manager().ok(),
            Some("https://management.azure.com")
        );
    }

    #[test]
    fn scope_keeps_double_slash_like_az() {
        assert_eq!(
            scope_for_resource("https://management.core.windows.net/"),
            "https://management.core.windows.net//.default"
        );
        assert_eq!(
            scope_for_resource("https://ossrdbms-aad.database.windows.net"),
            "https://ossrdbms-aad.database.windows.net/.default"
        );
    }
}
