//! az's login profile, `azureProfile.json` in the az config dir (written by `az login` with a UTF-8 BOM), and the
//! choice of subscription: `--subscription` (id or name, case-insensitive) → the profile's `isDefault` entry →
//! `AZURE_SUBSCRIPTION_ID`, with az's error texts when nothing fits.

use std::path::Path;

use serde::Deserialize;

use super::SettingsError;
use crate::output::log;

/// The signed-in account of a subscription entry (`user` in the profile).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProfileUser {
    /// UPN for users, app id for service principals, `systemAssignedIdentity`/… for managed identities.
    pub name: String,
    /// `user` or `servicePrincipal`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// One entry of the profile's `subscriptions` list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileSubscription {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub state: Option<String>,
    pub tenant_id: String,
    #[serde(default)]
    pub home_tenant_id: Option<String>,
    #[serde(default)]
    pub is_default: bool,
    /// The cloud the subscription belongs to (`AzureCloud`, or a custom cloud's name).
    #[serde(default)]
    pub environment_name: Option<String>,
    pub user: ProfileUser,
}

#[derive(Debug, Deserialize)]
struct ProfileFile {
    #[serde(default)]
    subscriptions: Vec<ProfileSubscription>,
}

/// The subscriptions of the active cloud, as az's `load_cached_subscriptions` sees them.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub subscriptions: Vec<ProfileSubscription>,
}

/// The subscription a command runs against, with what is known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: String,
    /// Display name; absent when the id came from `AZURE_SUBSCRIPTION_ID` or a bare `--subscription` id.
    pub name: Option<String>,
    /// The subscription's tenant from the profile.
    pub tenant_id: Option<String>,
    /// The az login that owns it.
    pub user: Option<ProfileUser>,
}

impl From<&ProfileSubscription> for Subscription {
    fn from(s: &ProfileSubscription) -> Self {
        Subscription {
            id: s.id.clone(),
            name: Some(s.name.clone()),
            tenant_id: Some(s.tenant_id.clone()),
            user: Some(s.user.clone()),
        }
    }
}

impl Profile {
    /// Reads `<dir>/azureProfile.json` and keeps the entries of `cloud_name`. A missing file is an empty profile;
    /// a file that is not valid JSON is ignored with a debug line (az starts over with an empty session too).
    pub fn load(dir: &Path, cloud_name: &str) -> Result<Profile, SettingsError> {
        let path = dir.join("azureProfile.json");
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Profile::default()),
            Err(source) => return Err(SettingsError::Io { path, source }),
        };
        match Profile::parse(&bytes, cloud_name) {
            Ok(p) => Ok(p),
            Err(e) => {
                log::debug(&format!("ignoring unreadable {}: {e}", path.display()));
                Ok(Profile::default())
            }
        }
    }

    /// Parses profile bytes (with or without the UTF-8 BOM az writes), keeping one cloud's entries.
    pub fn parse(bytes: &[u8], cloud_name: &str) -> Result<Profile, serde_json::Error> {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let file: ProfileFile = serde_json::from_slice(bytes)?;
        let subscriptions = file
            .subscriptions
            .into_iter()
            .filter(|s| {
                s.environment_name
                    .as_deref()
                    .is_none_or(|e| e == cloud_name)
            })
            .collect();
        Ok(Profile { subscriptions })
    }

    /// The default entry (`isDefault`), if any.
    pub fn default_subscription(&self) -> Option<&ProfileSubscription> {
        self.subscriptions.iter().find(|s| s.is_default)
    }

    /// Chooses the subscription like az's `Profile.get_subscription`, then falls back to `AZURE_SUBSCRIPTION_ID`.
    pub fn select(
        &self,
        requested: Option<&str>,
        env_subscription: Option<&str>,
    ) -> Result<Subscription, SettingsError> {
        if let Some(wanted) = requested {
            let lower = wanted.to_lowercase();
            let matches: Vec<&ProfileSubscription> = self
                .subscriptions
                .iter()
                .filter(|s| s.id.to_lowercase() == lower || s.name.to_lowercase() == lower)
                .collect();
            return match matches.as_slice() {
                [one] => Ok(Subscription::from(*one)),
                [] if self.subscriptions.is_empty() && is_guid(wanted) => {
                    // Not logged in with az (a service principal or managed identity from the environment):
                    // an explicit subscription id is taken as it is.
                    Ok(Subscription {
                        id: wanted.to_owned(),
                        name: None,
                        tenant_id: None,
                        user: None,
                    })
                }
                [] if self.subscriptions.is_empty() => Err(SettingsError::NotLoggedIn),
                [] => Err(SettingsError::SubscriptionNotFound(wanted.to_owned())),
                _ => Err(SettingsError::MultipleSubscriptions(wanted.to_owned())),
            };
        }
        if let Some(default) = self.default_subscription() {
            return Ok(Subscription::from(default));
        }
        if let Some(id) = env_subscription.filter(|s| !s.trim().is_empty()) {
            let id = id.trim();
            if let Some(s) = self
                .subscriptions
                .iter()
                .find(|s| s.id.eq_ignore_ascii_case(id))
            {
                return Ok(Subscription::from(s));
            }
            return Ok(Subscription {
                id: id.to_owned(),
                name: None,
                tenant_id: None,
                user: None,
            });
        }
        if self.subscriptions.is_empty() {
            Err(SettingsError::NotLoggedIn)
        } else {
            Err(SettingsError::NoDefaultSubscription)
        }
    }
}

/// Whether `s` looks like a GUID (8-4-4-4-12 hex digits).
pub fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    parts.len() == 5
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUB1: &str = "00000000-0000-0000-0000-000000000001";
    const SUB2: &str = "00000000-0000-0000-0000-000000000002";

    fn profile() -> Profile {
        let text = format!(
            "\u{feff}{{\"installationId\":\"x\",\"subscriptions\":[\
             {{\"id\":\"{SUB1}\",\"name\":\"Dev\",\"state\":\"Enabled\",\"tenantId\":\"t1\",\"isDefault\":false,\"environmentName\":\"AzureCloud\",\"user\":{{\"name\":\"alice@contoso.com\",\"type\":\"user\"}}}},\
             {{\"id\":\"{SUB2}\",\"name\":\"Prod\",\"state\":\"Enabled\",\"tenantId\":\"t2\",\"isDefault\":true,\"environmentName\":\"AzureCloud\",\"user\":{{\"name\":\"alice@contoso.com\",\"type\":\"user\"}}}},\
             {{\"id\":\"{SUB1}\",\"name\":\"Other cloud\",\"tenantId\":\"t3\",\"isDefault\":true,\"environmentName\":\"Emu\",\"user\":{{\"name\":\"bob\",\"type\":\"user\"}}}}]}}"
        );
        Profile::parse(text.as_bytes(), "AzureCloud").expect("parses")
    }

    fn check(requested: Option<&str>, env: Option<&str>, expect: Result<&str, &str>) {
        let got = profile()
            .select(requested, env)
            .map(|s| s.id)
            .map_err(|e| e.to_string());
        assert_eq!(
            got.as_deref().map_err(String::as_str),
            expect,
            "requested {requested:?} env {env:?}"
        );
    }

    #[test]
    fn selection_order_and_errors() {
        check(None, None, Ok(SUB2));
        check(Some("dev"), None, Ok(SUB1));
        check(Some(&SUB1.to_uppercase()), None, Ok(SUB1));
        check(None, Some(SUB1), Ok(SUB2));
        check(
            Some("nope"),
            None,
            Err("Subscription 'nope' not found. Check the spelling and casing and try again."),
        );
    }

    #[test]
    fn empty_profile_uses_env_then_says_login() {
        let empty = Profile::default();
        assert_eq!(
            empty.select(None, Some(SUB1)).map(|s| s.id).ok().as_deref(),
            Some(SUB1)
        );
        assert_eq!(
            empty.select(Some(SUB2), None).map(|s| s.id).ok().as_deref(),
            Some(SUB2)
        );
        let err = empty.select(None, None).expect_err("nothing");
        assert_eq!(err.to_string(), "Please run 'az login' to setup account.");
        let mut no_default = profile();
        for s in &mut no_default.subscriptions {
            s.is_default = false;
        }
        assert_eq!(
            no_default
                .select(None, None)
                .expect_err("no default")
                .to_string(),
            "No subscription found. Run 'az account set' to select a subscription."
        );
    }

    #[test]
    fn guid_shape() {
        assert!(is_guid(SUB1));
        assert!(!is_guid("Dev"));
    }
}
