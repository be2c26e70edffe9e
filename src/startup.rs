//! What must be known before parsing: the az config file's `[core] output`, `[core] no_color`,
//! `[core] error_recommendation`, `[core] disable_confirm_prompt` and `[defaults] group`, with az's environment overrides
//! (`AZURE_<SECTION>_<KEY>`), plus whether stdout and stderr are terminals. Read once, at start,
//! through `settings` (the one reader of the az config dir and its file).

use std::io::IsTerminal;

use crate::settings::{AzConfig, Env};

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
    /// `[core] disable_confirm_prompt` (or `AZURE_CORE_DISABLE_CONFIRM_PROMPT`) is true: az's command confirmation
    /// (`delete`'s question) is taken as answered yes (docs/az-behaviour.md, "Confirmations").
    pub confirm_prompt_disabled: bool,
}

impl Startup {
    /// Reads the process environment, the az config file and the terminals.
    pub fn read() -> Startup {
        let ttys = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
        Startup::from_env(&Env::from_process(), ttys)
    }

    /// Reads `env` and the config file of its az config dir; `ttys`: stdout and stderr are both terminals.
    /// A config dir that cannot be found or a file that cannot be read counts as empty here, so `--help` and
    /// usage errors still work; a command that needs the settings reports the problem.
    pub fn from_env(env: &Env, ttys: bool) -> Startup {
        let config = env
            .az_config_dir()
            .ok()
            .and_then(|dir| AzConfig::load(&dir, env).ok())
            .unwrap_or_else(|| AzConfig::default().with_env(env));
        let no_color =
            config.get_bool("core", "no_color") == Some(true) || env.get("NO_COLOR").is_some();
        Startup {
            output: config.get_non_empty("core", "output"),
            group: config
                .file_value("defaults", "group")
                .filter(|v| !v.is_empty())
                .map(str::to_owned),
            color: ttys && !no_color,
            error_recommendation: !config
                .get("core", "error_recommendation")
                .is_some_and(|v| v.eq_ignore_ascii_case("off")),
            confirm_prompt_disabled: config.get_bool("core", "disable_confirm_prompt")
                == Some(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A home with `~/.azure/config` and `~/alt/config`, and the startup values read with `vars` on top of
    /// `HOME`.
    fn read(vars: &[(&str, &str)]) -> Startup {
        let home = tempfile::tempdir().expect("temp dir");
        for (dir, output) in [(".azure", "table"), ("alt", "tsv")] {
            let dir = home.path().join(dir);
            std::fs::create_dir_all(&dir).expect("config dir");
            std::fs::write(
                dir.join("config"),
                format!(
                    "[core]\noutput = {output}\nno_color = true\ndisable_confirm_prompt = Yes\n[defaults]\ngroup: rg-{output}\n"
                ),
            )
            .expect("config file");
        }
        let home_text = home.path().to_str().expect("utf-8 temp dir").to_owned();
        let mut pairs = vec![("HOME", home_text.as_str())];
        pairs.extend_from_slice(vars);
        Startup::from_env(&Env::from_pairs(&pairs), true)
    }

    #[test]
    fn reads_the_config_file_of_the_az_config_dir() {
        let s = read(&[]);
        assert_eq!(s.output.as_deref(), Some("table"));
        assert_eq!(s.group.as_deref(), Some("rg-table"));
        assert!(!s.color, "[core] no_color = true");
        assert!(s.error_recommendation);
        assert!(
            s.confirm_prompt_disabled,
            "configparser's booleans ignore case"
        );
    }

    #[test]
    fn an_empty_config_dir_variable_counts_as_unset() {
        let s = read(&[("AZURE_CONFIG_DIR", "")]);
        assert_eq!(s.output.as_deref(), Some("table"), "~/.azure/config");
    }

    #[test]
    fn a_config_dir_under_home_is_expanded() {
        let s = read(&[("AZURE_CONFIG_DIR", "~/alt")]);
        assert_eq!(s.output.as_deref(), Some("tsv"));
        assert_eq!(s.group.as_deref(), Some("rg-tsv"));
    }

    #[test]
    fn environment_overrides_the_file() {
        let s = read(&[
            ("AZURE_CORE_OUTPUT", "yaml"),
            ("AZURE_CORE_NO_COLOR", "false"),
            ("AZURE_CORE_ERROR_RECOMMENDATION", "OFF"),
            ("AZURE_CORE_DISABLE_CONFIRM_PROMPT", "no"),
        ]);
        assert_eq!(s.output.as_deref(), Some("yaml"));
        assert!(s.color);
        assert!(!s.error_recommendation);
        assert!(!s.confirm_prompt_disabled);
        assert!(!read(&[("AZURE_CORE_NO_COLOR", "0"), ("NO_COLOR", "")]).color);
    }

    #[test]
    fn no_home_and_no_config_dir_still_reads_the_environment() {
        let s = Startup::from_env(
            &Env::from_pairs(&[
                ("AZURE_CORE_OUTPUT", "tsv"),
                ("AZURE_CORE_DISABLE_CONFIRM_PROMPT", "1"),
            ]),
            false,
        );
        assert_eq!(s.output.as_deref(), Some("tsv"));
        assert!(s.confirm_prompt_disabled);
        assert_eq!(s.group, None);
    }
}
