//! Settings read from fixture az config dirs (tests/fixtures/azure/<case>): clouds, profile with BOM,
//! defaults, environment overrides, missing files, an unknown cloud.

use super::{Env, Settings, SettingsError};

fn fixture(case: &str) -> String {
    format!("{}/tests/fixtures/azure/{case}", env!("CARGO_MANIFEST_DIR"))
}

fn load(case: &str, extra: &[(&str, &str)]) -> Settings {
    let dir = fixture(case);
    let mut pairs = vec![("AZURE_CONFIG_DIR", dir.as_str()), ("HOME", "/nonexistent")];
    pairs.extend_from_slice(extra);
    Settings::load(Env::from_pairs(&pairs)).expect("settings load")
}

/// The endpoints a database connection needs: ARM, the PostgreSQL token audience and host suffix.
fn database_endpoints(s: &Settings) -> [Option<&str>; 3] {
    [
        s.cloud.resource_manager().ok(),
        s.cloud.ossrdbms_audience().ok(),
        s.cloud.postgresql_suffix().ok(),
    ]
}

/// The id of the subscription `--subscription name` (or none) selects.
fn subscription_id(s: &Settings, name: Option<&str>) -> Option<String> {
    s.subscription(name).map(|x| x.id).ok()
}

/// The az config dir an environment of `pairs` names.
fn config_dir(pairs: &[(&str, &str)]) -> Option<std::path::PathBuf> {
    Env::from_pairs(pairs).az_config_dir().ok()
}

#[test]
fn empty_dir_is_public_cloud_and_not_logged_in() {
    let s = load("empty", &[]);
    assert_eq!(s.cloud.name, "AzureCloud");
    assert_eq!(
        database_endpoints(&s),
        [
            Some("https://management.azure.com"),
            Some("https://ossrdbms-aad.database.windows.net"),
            Some(".postgres.database.azure.com"),
        ]
    );
    assert!(matches!(
        s.subscription(None),
        Err(SettingsError::NotLoggedIn)
    ));
    assert_eq!(s.default_group(), None);
    let with_env = load(
        "empty",
        &[(
            "AZURE_SUBSCRIPTION_ID",
            "00000000-0000-0000-0000-00000000000f",
        )],
    );
    assert_eq!(
        subscription_id(&with_env, None).as_deref(),
        Some("00000000-0000-0000-0000-00000000000f")
    );
}

#[test]
fn bom_profile_defaults_and_config() {
    let s = load("bom-profile", &[]);
    let sub = s.subscription(None).expect("default subscription");
    assert_eq!(sub.id, "00000000-0000-0000-0000-0000000000a1");
    assert_eq!(
        sub.tenant_id.as_deref(),
        Some("11111111-1111-1111-1111-111111111111")
    );
    assert_eq!(
        sub.user.map(|u| u.name).as_deref(),
        Some("alice@contoso.com")
    );
    assert_eq!(
        subscription_id(&s, Some("PROD")).as_deref(),
        Some("00000000-0000-0000-0000-0000000000a2")
    );
    assert_eq!(
        s.subscription(Some("nope"))
            .expect_err("unknown")
            .to_string(),
        "Subscription 'nope' not found. Check the spelling and casing and try again."
    );
    assert_eq!(s.default_group().as_deref(), Some("rg-from-config"));
    assert_eq!(s.default_location().as_deref(), Some("westeurope"));
    assert_eq!(s.default_output().as_deref(), Some("table"));
    assert!(s.no_color());
}

#[test]
fn environment_overrides_az_config() {
    let s = load(
        "bom-profile",
        &[
            ("AZURE_DEFAULTS_GROUP", "rg-env"),
            ("AZURE_DEFAULTS_LOCATION", "eastus"),
            ("AZURE_CORE_OUTPUT", "json"),
            ("AZURE_CORE_NO_COLOR", "false"),
        ],
    );
    assert_eq!(s.default_group().as_deref(), Some("rg-env"));
    assert_eq!(s.default_location().as_deref(), Some("eastus"));
    assert_eq!(s.default_output().as_deref(), Some("json"));
    assert!(!s.no_color());
    let cloud = load("empty", &[("AZURE_CLOUD_NAME", "AzureUSGovernment")]);
    assert_eq!(
        cloud.cloud.authority_host().ok(),
        Some("https://login.microsoftonline.us")
    );
}

#[test]
fn custom_cloud_on_loopback_and_its_subscriptions_only() {
    let s = load("custom-cloud", &[]);
    assert_eq!(s.cloud.name, "Emu");
    assert_eq!(
        s.cloud.resource_manager().ok(),
        Some("https://127.0.0.1:8443")
    );
    assert_eq!(s.cloud.authority_host().ok(), Some("https://127.0.0.1"));
    assert_eq!(
        s.cloud.microsoft_graph().ok(),
        Some("https://127.0.0.1:8444/")
    );
    assert_eq!(
        s.profile.subscriptions.len(),
        1,
        "only the Emu cloud's entries"
    );
    assert_eq!(
        subscription_id(&s, None).as_deref(),
        Some("00000000-0000-0000-0000-0000000000e1")
    );
}

#[test]
fn sovereign_and_unknown_clouds() {
    let china = load("china", &[]);
    assert_eq!(
        database_endpoints(&china),
        [
            Some("https://management.chinacloudapi.cn"),
            Some("https://ossrdbms-aad.database.chinacloudapi.cn"),
            Some(".postgres.database.chinacloudapi.cn"),
        ]
    );
    let unknown = load("unknown-cloud", &[]);
    assert_eq!(
        unknown.cloud.name, "AzureCloud",
        "az falls back to the public cloud"
    );
}

#[test]
fn config_dir_from_home() {
    assert_eq!(
        config_dir(&[("HOME", "/home/u")]),
        Some("/home/u/.azure".into())
    );
    assert_eq!(
        config_dir(&[("HOME", "/home/u"), ("AZURE_CONFIG_DIR", "~/az")]),
        Some("/home/u/az".into())
    );
    assert_eq!(config_dir(&[]), None);
}

/// az's `get_config_dir`: `AZURE_CONFIG_DIR or ~/.azure`, so an empty value counts as unset.
#[test]
fn empty_config_dir_variable_means_home() {
    for value in ["", "  "] {
        assert_eq!(
            config_dir(&[("HOME", "/home/u"), ("AZURE_CONFIG_DIR", value)]),
            Some("/home/u/.azure".into()),
            "{value:?}"
        );
    }
    assert_eq!(
        config_dir(&[("HOME", "/home/u"), ("AZURE_CONFIG_DIR", "~")]),
        Some("/home/u".into())
    );
}
