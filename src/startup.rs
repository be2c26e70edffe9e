//! What must be known before parsing: the az config file's `[core] output`, `[core] no_color`,
//! `[core] error_recommendation` and `[defaults] group`, with az's environment overrides
//! (`AZURE_<SECTION>_<KEY>`), plus whether stdout and stderr are terminals. Read once, at start.

use std::io::IsTerminal;
use std::path::PathBuf;

/// Settings read from the environment and the az config file.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    /// Default `--output` (`AZURE_CORE_OUTPUT` or `[core] output`), not yet validated.
    pub output: Option<String>,
    /// Default `--resource-group` (`AZURE_DEFAULTS_GROUP` is read by clap; this is `[defaults] group`).
    pub group: Option<String>,
    /// Colour: both streams are terminals and neither `[core] no_color`/`AZURE_CORE_NO_COLOR`
    /// nor `NO_COLOR` turns it off.
    pub color: bool,
    /// az's usage-error trailer (`AZURE_CORE_ERROR_RECOMMENDATION=off` turns it off).
    pub error_recommendation: bool,
}

impl Startup {
    /// Reads the process environment and `$AZURE_CONFIG_DIR/config` (default `~/.azure/config`).
    pub fn read() -> Startup {
        let config = config_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .unwrap_or_default();
        let get = |section: &str, key: &str| -> Option<String> {
            let env = format!("AZURE_{}_{}", section.to_uppercase(), key.to_uppercase());
            std::env::var(env)
                .ok()
                .or_else(|| ini_value(&config, section, key))
        };
        let no_color = get("core", "no_color").is_some_and(|v| truthy(&v))
            || std::env::var_os("NO_COLOR").is_some();
        let ttys = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
        Startup {
            output: get("core", "output"),
            group: ini_value(&config, "defaults", "group"),
            color: ttys && !no_color,
            error_recommendation: !get("core", "error_recommendation")
                .is_some_and(|v| v.eq_ignore_ascii_case("off")),
        }
    }
}

fn config_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AZURE_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("config"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".azure").join("config"))
}

/// Python configparser's boolean words.
fn truthy(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "yes" | "true" | "on"
    )
}

/// A value from an INI text (`[section]` then `key = value` or `key: value`); keys are
/// case-insensitive like Python's configparser.
pub fn ini_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut current = String::new();
    let mut found = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim().to_owned();
            continue;
        }
        if current != section {
            continue;
        }
        if let Some(idx) = line.find(['=', ':']) {
            let (k, v) = line.split_at(idx);
            if k.trim().eq_ignore_ascii_case(key) {
                found = Some(v[1..].trim().to_owned());
            }
        }
    }
    found.filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ini_like_configparser() {
        let text = "[core]\noutput = table\nno_color=true\n\n[defaults]\ngroup: my-rg\n# comment\n";
        assert_eq!(ini_value(text, "core", "output").as_deref(), Some("table"));
        assert_eq!(ini_value(text, "core", "OUTPUT").as_deref(), Some("table"));
        assert_eq!(
            ini_value(text, "defaults", "group").as_deref(),
            Some("my-rg")
        );
        assert_eq!(ini_value(text, "defaults", "location"), None);
        assert!(truthy("True") && !truthy("false"));
    }
}
