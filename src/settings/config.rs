//! az's `config` file (an INI file in the az config dir) with az's `AZURE_{SECTION}_{KEY}` environment
//! overrides: `[core] output`, `[core] no_color`, `[defaults] group`/`location`, `[cloud] name`, ….
//!
//! Parsing follows Python's `configparser` as knack uses it: `key = value` or `key: value`, option names
//! lower-cased, values trimmed, `#`/`;` comment lines, indented continuation lines. Writing is not needed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use super::{Env, SettingsError};

/// The parsed `config` file plus the environment that overrides it.
#[derive(Debug, Clone, Default)]
pub struct AzConfig {
    /// Section name (case kept, as configparser does) → option (lower-cased) → value.
    sections: IndexMap<String, IndexMap<String, String>>,
    /// `AZURE_*` variables captured when the settings were loaded.
    env: HashMap<String, String>,
    /// Where the file was (or would be) read from; for messages.
    path: PathBuf,
}

impl AzConfig {
    /// Reads `<dir>/config`; a missing file is an empty config, an unreadable one an error with its path.
    pub fn load(dir: &Path, env: &Env) -> Result<AzConfig, SettingsError> {
        let path = dir.join("config");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => return Err(SettingsError::Io { path, source }),
        };
        let mut config = AzConfig::parse(&text);
        config.path = path;
        config.env = env.azure_vars();
        Ok(config)
    }

    /// Parses INI text the way configparser does (without interpolation).
    pub fn parse(text: &str) -> AzConfig {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut sections: IndexMap<String, IndexMap<String, String>> = IndexMap::new();
        let mut current: Option<String> = None;
        let mut last_key: Option<String> = None;
        for raw in text.lines() {
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
                continue;
            }
            let indented = raw.starts_with(' ') || raw.starts_with('\t');
            if indented {
                // A continuation line extends the previous value.
                if let (Some(section), Some(key)) = (&current, &last_key)
                    && let Some(value) = sections.get_mut(section).and_then(|s| s.get_mut(key))
                {
                    value.push('\n');
                    value.push_str(trimmed);
                }
                continue;
            }
            if let Some(name) = trimmed.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                let name = name.to_owned();
                sections.entry(name.clone()).or_default();
                current = Some(name);
                last_key = None;
                continue;
            }
            let Some(section) = &current else { continue };
            let split = trimmed.find(['=', ':']);
            let (key, value) = match split {
                Some(i) => (trimmed[..i].trim(), trimmed[i + 1..].trim()),
                None => (trimmed, ""),
            };
            let key = key.to_lowercase();
            if let Some(s) = sections.get_mut(section) {
                s.insert(key.clone(), value.to_owned());
            }
            last_key = Some(key);
        }
        AzConfig {
            sections,
            env: HashMap::new(),
            path: PathBuf::new(),
        }
    }

    /// Replaces the environment used for overrides (tests and `Settings::load`).
    pub fn with_env(mut self, env: &Env) -> Self {
        self.env = env.azure_vars();
        self
    }

    /// A value: `AZURE_{SECTION}_{KEY}` wins over the file, as in knack.
    pub fn get(&self, section: &str, key: &str) -> Option<String> {
        let var = format!("AZURE_{}_{}", section.to_uppercase(), key.to_uppercase());
        if let Some(v) = self.env.get(&var) {
            return Some(v.clone());
        }
        self.file_value(section, key).map(str::to_owned)
    }

    /// A value from the file only.
    pub fn file_value(&self, section: &str, key: &str) -> Option<&str> {
        self.sections
            .get(section)?
            .get(&key.to_lowercase())
            .map(String::as_str)
    }

    /// A boolean the way configparser's `getboolean` reads it; unknown spellings count as unset.
    pub fn get_bool(&self, section: &str, key: &str) -> Option<bool> {
        let v = self.get(section, key)?;
        match v.trim().to_lowercase().as_str() {
            "1" | "yes" | "true" | "on" => Some(true),
            "0" | "no" | "false" | "off" => Some(false),
            _ => None,
        }
    }

    /// A non-empty value (az treats an empty default as unset).
    pub fn get_non_empty(&self, section: &str, key: &str) -> Option<String> {
        self.get(section, key).filter(|v| !v.trim().is_empty())
    }

    /// The file this config was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Section names in file order.
    pub fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.keys().map(String::as_str)
    }

    /// The options of one section in file order.
    pub fn section(&self, name: &str) -> Option<&IndexMap<String, String>> {
        self.sections.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_comments_and_both_separators() {
        let c = AzConfig::parse(
            "\u{feff}# comment\n[core]\nOutput = table\n; other\nno_color: True\n[defaults]\ngroup=rg1\n  more\nlocation =\n",
        );
        assert_eq!(c.file_value("core", "output"), Some("table"));
        assert_eq!(c.get_bool("core", "no_color"), Some(true));
        assert_eq!(c.file_value("defaults", "group"), Some("rg1\nmore"));
        assert_eq!(c.get_non_empty("defaults", "location"), None);
        assert_eq!(c.get("cloud", "name"), None);
    }

    #[test]
    fn env_overrides_file() {
        let env = Env::from_pairs(&[
            ("AZURE_DEFAULTS_GROUP", "from-env"),
            ("AZURE_CORE_OUTPUT", "tsv"),
        ]);
        let c = AzConfig::parse("[defaults]\ngroup = from-file\n").with_env(&env);
        assert_eq!(c.get("defaults", "group").as_deref(), Some("from-env"));
        assert_eq!(c.get("core", "output").as_deref(), Some("tsv"));
    }
}
