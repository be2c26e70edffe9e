//! Settings shared with az: the az config dir (`AZURE_CONFIG_DIR` or `~/.azure`), its `config` file with
//! `AZURE_{SECTION}_{KEY}` overrides, the active cloud, and the login profile with the subscription choice.
//!
//! Pure reading: nothing here writes az's files or talks to the network.

pub mod cloud;
pub mod config;
pub mod profile;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use cloud::Cloud;
pub use config::AzConfig;
pub use profile::{Profile, Subscription};

/// Why settings could not be read or a subscription chosen. Messages are az's where az has one.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("Failed to read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Please run 'az login' to setup account.")]
    NotLoggedIn,
    #[error("Subscription '{0}' not found. Check the spelling and casing and try again.")]
    SubscriptionNotFound(String),
    #[error("No subscription found. Run 'az account set' to select a subscription.")]
    NoDefaultSubscription,
    #[error("Multiple subscriptions with the name '{0}' found. Specify the subscription ID.")]
    MultipleSubscriptions(String),
    #[error("The cloud '{0}' is not registered.")]
    CloudNotRegistered(String),
    #[error(
        "The {kind} '{name}' for this cloud is not set but is used.\n{} may be corrupt or invalid.\nResolve the error or delete this file and try again.",
        file.display()
    )]
    EndpointNotSet {
        kind: &'static str,
        name: String,
        file: PathBuf,
    },
    #[error("Neither AZURE_CONFIG_DIR nor HOME is set, so the az config dir cannot be found.")]
    NoConfigDir,
}

impl From<SettingsError> for crate::error::Error {
    fn from(e: SettingsError) -> Self {
        crate::error::Error::runtime(e.to_string())
    }
}

/// A snapshot of the process environment, taken once, so that code and tests read variables the same way
/// (tests build one with [`Env::from_pairs`] instead of mutating the process environment).
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: HashMap<String, String>,
}

impl Env {
    /// The current process environment (variables that are not UTF-8 are skipped).
    pub fn from_process() -> Env {
        Env {
            vars: std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .collect(),
        }
    }

    /// An environment with exactly these variables.
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Env {
        Env {
            vars: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    /// A variable's value; empty values count as set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }

    /// A variable's value if set and not blank.
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.trim().is_empty())
    }

    /// Sets a variable in this snapshot (tests, and callers layering overrides).
    pub fn set(&mut self, name: &str, value: &str) {
        self.vars.insert(name.to_owned(), value.to_owned());
    }

    /// All `AZURE_*` variables (the ones az's config consults).
    pub fn azure_vars(&self) -> HashMap<String, String> {
        self.vars
            .iter()
            .filter(|(k, _)| k.starts_with("AZURE_"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// az's config dir: `AZURE_CONFIG_DIR` (a leading `~` expanded) or, when that is unset or empty,
    /// `~/.azure`. The one place that decides it: the config file, clouds, profile and azconn's own files all
    /// live here.
    pub fn az_config_dir(&self) -> Result<PathBuf, SettingsError> {
        let home = self.non_empty("HOME");
        let expand = |p: &str| -> Option<PathBuf> {
            if p == "~" {
                home.map(PathBuf::from)
            } else if let Some(rest) = p.strip_prefix("~/") {
                home.map(|h| Path::new(h).join(rest))
            } else {
                Some(PathBuf::from(p))
            }
        };
        match self.non_empty("AZURE_CONFIG_DIR") {
            Some(dir) => expand(dir).ok_or(SettingsError::NoConfigDir),
            None => home
                .map(|h| Path::new(h).join(".azure"))
                .ok_or(SettingsError::NoConfigDir),
        }
    }
}

/// Everything read from az's config dir and the environment, loaded once per process.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The az config dir (also holds azconn's own `azconn/` folder).
    pub config_dir: PathBuf,
    /// az's `config` with environment overrides.
    pub config: AzConfig,
    /// The active cloud.
    pub cloud: Cloud,
    /// The login profile entries of the active cloud.
    pub profile: Profile,
    /// The environment the settings were read from.
    pub env: Env,
}

impl Settings {
    /// Loads config, cloud and profile from the environment's az config dir. Missing files are fine.
    pub fn load(env: Env) -> Result<Settings, SettingsError> {
        let config_dir = env.az_config_dir()?;
        let config = AzConfig::load(&config_dir, &env)?;
        let cloud = cloud::active_cloud(&config, &config_dir)?;
        let profile = Profile::load(&config_dir, &cloud.name)?;
        Ok(Settings {
            config_dir,
            config,
            cloud,
            profile,
            env,
        })
    }

    /// The subscription for this command: `--subscription`, then the profile default, then `AZURE_SUBSCRIPTION_ID`.
    pub fn subscription(&self, requested: Option<&str>) -> Result<Subscription, SettingsError> {
        self.profile
            .select(requested, self.env.non_empty("AZURE_SUBSCRIPTION_ID"))
    }

    /// `[defaults] group` (env `AZURE_DEFAULTS_GROUP`), the default for `-g`.
    pub fn default_group(&self) -> Option<String> {
        self.config.get_non_empty("defaults", "group")
    }

    /// `[defaults] location` (env `AZURE_DEFAULTS_LOCATION`), the default for `-l`.
    pub fn default_location(&self) -> Option<String> {
        self.config.get_non_empty("defaults", "location")
    }

    /// `[core] output` (env `AZURE_CORE_OUTPUT`), the default for `-o`.
    pub fn default_output(&self) -> Option<String> {
        self.config.get_non_empty("core", "output")
    }

    /// `[core] no_color` (env `AZURE_CORE_NO_COLOR`).
    pub fn no_color(&self) -> bool {
        self.config.get_bool("core", "no_color").unwrap_or(false)
    }

    /// azconn's own folder inside the az config dir (token cache and lock).
    pub fn azconn_dir(&self) -> PathBuf {
        self.config_dir.join("azconn")
    }
}

#[cfg(test)]
mod tests;
