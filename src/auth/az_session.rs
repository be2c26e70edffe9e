//! az's login session read directly: the MSAL token cache az keeps in its config dir (`msal_token_cache.json`,
//! MSAL's unified schema), so a token for the az login needs no `az` process.
//!
//! Read-only: the file is read under the lock az's msal-extensions take (`msal_token_cache.json.lockfile`:
//! created exclusively, then `flock`ed, removed when done) and never written — tokens azconn obtains go to its
//! own cache. The account is the one az would use: MSAL's account for the profile user's name in the cloud's
//! authority host (`environment`), the access token the one MSAL would hand out (same home account, environment,
//! client id and realm, the scope among its targets, at least 5 minutes left), the refresh token the one MSAL
//! would redeem (the Azure CLI's family or client id, newest first). Whenever the cache cannot be used — an
//! encrypted cache, a missing file, a schema this reader does not know, no matching account — [`Unusable`] says
//! why, and the caller runs `az` instead.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::{AccessToken, Secret};
use crate::settings::profile::ProfileUser;
use crate::settings::{Settings, Subscription};

/// The Azure CLI's public client id, under which az's tokens are cached.
pub const AZ_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// The file msal-extensions writes when az's token cache is not encrypted.
const CACHE_FILE: &str = "msal_token_cache.json";
/// MSAL's sections; a file with none of them is not an MSAL cache.
const SECTIONS: [&str; 5] = [
    "AccessToken",
    "RefreshToken",
    "IdToken",
    "Account",
    "AppMetadata",
];
/// MSAL uses an access token only with more than this left.
const MSAL_MARGIN_SECS: i64 = 300;
const LOCK_POLL: Duration = Duration::from_millis(10);

/// Why az's session cannot be read directly (shown at `--verbose` before `az` is run instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable(pub String);

/// Where az keeps its session, as read from the settings once per run.
#[derive(Debug, Clone)]
pub(crate) struct AzFiles {
    config_dir: PathBuf,
    /// `[core] encrypt_token_cache` (or `AZURE_CORE_ENCRYPT_TOKEN_CACHE`): az keeps the cache in the OS's
    /// credential store or a DPAPI-encrypted `.bin` instead of the plain file.
    encrypted: bool,
    /// MSAL's `environment`: the authority's host name.
    environment: String,
    /// The authority, e.g. `https://login.microsoftonline.com`.
    authority: String,
    subscriptions: Vec<Subscription>,
    /// The profile's default subscription (`isDefault`).
    default: Option<Subscription>,
}

/// The signed-in user's session for one tenant: the access tokens MSAL would consider and its refresh token.
#[derive(Debug)]
pub(crate) struct AzSession {
    /// MSAL's `home_account_id` (`{oid}.{home tenant}`).
    pub home_account_id: String,
    /// The realm (tenant) the tokens are for.
    pub tenant: String,
    /// The authority host the refresh token is redeemed at.
    pub authority: String,
    access: Vec<CachedAccess>,
    refresh: Option<Secret>,
}

#[derive(Debug)]
struct CachedAccess {
    token: Secret,
    targets: Vec<String>,
    expires_on: i64,
    refresh_on: Option<i64>,
}

impl AzFiles {
    /// az's session files for the settings' config dir, cloud and profile.
    pub(crate) fn new(settings: &Settings) -> Self {
        let authority = settings
            .cloud
            .authority_host()
            .unwrap_or_default()
            .to_owned();
        AzFiles {
            config_dir: settings.config_dir.clone(),
            encrypted: settings
                .config
                .get_bool("core", "encrypt_token_cache")
                .unwrap_or(cfg!(windows)),
            environment: host_name(&authority),
            authority,
            subscriptions: settings
                .profile
                .subscriptions
                .iter()
                .map(Subscription::from)
                .collect(),
            default: settings
                .profile
                .default_subscription()
                .map(Subscription::from),
        }
    }

    /// The user and tenant az would use for a token: the subscription's (or the default subscription's) user and
    /// tenant, `tenant` overriding the latter, as `az account get-access-token [--subscription|--tenant]` does.
    fn login(
        &self,
        subscription: Option<&Subscription>,
        tenant: Option<&str>,
    ) -> Result<(ProfileUser, String), Unusable> {
        let in_profile = |id: &str| {
            self.subscriptions
                .iter()
                .find(|s| s.id.eq_ignore_ascii_case(id))
        };
        let sub = match subscription {
            Some(s) if s.user.is_some() && s.tenant_id.is_some() => Some(s),
            Some(s) => in_profile(&s.id),
            None => self.default.as_ref(),
        }
        .ok_or_else(|| Unusable("az's profile lists no such subscription".to_owned()))?;
        let user = sub.user.clone().ok_or_else(|| {
            Unusable("az's profile names no account for the subscription".to_owned())
        })?;
        if user.kind != "user" {
            return Err(Unusable(format!(
                "the az login is a {} (az keeps its credential outside the token cache)",
                user.kind
            )));
        }
        let tenant = tenant
            .map(str::to_owned)
            .or_else(|| sub.tenant_id.clone())
            .ok_or_else(|| Unusable("az's profile names no tenant".to_owned()))?;
        Ok((user, tenant))
    }

    /// Reads the session for a token request under az's lock, waiting at most `wait` for the lock.
    pub(crate) fn session(
        &self,
        subscription: Option<&Subscription>,
        tenant: Option<&str>,
        wait: Duration,
    ) -> Result<AzSession, Unusable> {
        let (user, tenant) = self.login(subscription, tenant)?;
        let cache = self.read(wait)?;
        session_in(
            &cache,
            &user.name,
            &self.environment,
            &tenant,
            &self.authority,
        )
    }

    /// The cache file's JSON, read under az's lock.
    fn read(&self, wait: Duration) -> Result<Map<String, Value>, Unusable> {
        if self.encrypted {
            return Err(Unusable(
                "az keeps its token cache encrypted (core.encrypt_token_cache)".to_owned(),
            ));
        }
        let path = self.config_dir.join(CACHE_FILE);
        let base = self.config_dir.join("msal_token_cache");
        let encrypted_store = ["bin", "sig"]
            .iter()
            .map(|ext| base.with_extension(ext))
            .find(|p| p.exists());
        let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        match (&encrypted_store, path.exists()) {
            (Some(store), false) => {
                return Err(Unusable(format!(
                    "az's token cache is encrypted ({})",
                    file_name(store)
                )));
            }
            (None, false) => {
                return Err(Unusable(format!("az's config dir has no {CACHE_FILE}")));
            }
            (Some(store), true) if modified(store) > modified(&path) => {
                return Err(Unusable(format!(
                    "az's token cache is encrypted ({} is newer than {CACHE_FILE})",
                    file_name(store)
                )));
            }
            _ => {}
        }
        let bytes = {
            let _lock = AzLock::take(
                &self.config_dir.join(format!("{CACHE_FILE}.lockfile")),
                wait,
            )?;
            std::fs::read(&path)
                .map_err(|e| Unusable(format!("{CACHE_FILE} is unreadable: {e}")))?
        };
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(m))
                if SECTIONS.iter().any(|s| m.contains_key(*s))
                    && SECTIONS
                        .iter()
                        .all(|s| m.get(*s).is_none_or(Value::is_object)) =>
            {
                Ok(m)
            }
            Ok(Value::Object(m)) if m.is_empty() => Ok(m),
            _ => Err(Unusable(format!(
                "{CACHE_FILE} is not in the MSAL token cache schema azconn reads"
            ))),
        }
    }
}

impl AzSession {
    /// The access token MSAL would hand out for `scope` at `now`, unless it is `refused` (a service refused it)
    /// or aging (past `refresh_on`: MSAL refreshes it first and uses it only when the refresh fails).
    pub(crate) fn access_token(
        &self,
        scope: &str,
        now: i64,
        refused: &[Secret],
    ) -> Option<AccessToken> {
        self.access
            .iter()
            .filter(|a| a.targets.iter().any(|t| t == scope))
            .filter(|a| a.expires_on - now >= MSAL_MARGIN_SECS)
            .filter(|a| !refused.contains(&a.token))
            .find(|a| a.refresh_on.is_none_or(|r| r >= now))
            .map(|a| AccessToken::bearer(a.token.clone(), a.expires_on))
    }

    /// An aging access token (past `refresh_on`, still valid): what MSAL falls back to when the refresh fails.
    pub(crate) fn aging_token(
        &self,
        scope: &str,
        now: i64,
        refused: &[Secret],
    ) -> Option<AccessToken> {
        self.access
            .iter()
            .filter(|a| a.targets.iter().any(|t| t == scope))
            .filter(|a| a.expires_on - now >= MSAL_MARGIN_SECS && !refused.contains(&a.token))
            .map(|a| AccessToken::bearer(a.token.clone(), a.expires_on))
            .next()
    }

    /// The refresh token MSAL would redeem.
    pub(crate) fn refresh_token(&self) -> Option<&Secret> {
        self.refresh.as_ref()
    }
}

/// The session of `username` in `environment` for `tenant` within a parsed cache.
fn session_in(
    cache: &Map<String, Value>,
    username: &str,
    environment: &str,
    tenant: &str,
    authority: &str,
) -> Result<AzSession, Unusable> {
    let section = |name: &str| {
        cache
            .get(name)
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|m| m.values())
    };
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let same = |v: &Value, k: &str, want: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case(want))
    };
    // MSAL's get_accounts(username): the environment's accounts with that user name; az takes the first.
    let home_account_id = section("Account")
        .find(|a| same(a, "environment", environment) && same(a, "username", username))
        .and_then(|a| text(a, "home_account_id"))
        .ok_or_else(|| {
            Unusable(format!(
                "az's token cache has no account {username} for {environment}"
            ))
        })?;
    let mine = |v: &&Value| {
        same(v, "home_account_id", &home_account_id) && same(v, "environment", environment)
    };
    let access = section("AccessToken")
        .filter(mine)
        .filter(|a| same(a, "client_id", AZ_CLIENT_ID) && same(a, "realm", tenant))
        .filter(|a| a.get("key_id").is_none() && a.get("token_type").is_none_or(|t| t == "Bearer"))
        .filter_map(|a| {
            Some(CachedAccess {
                token: Secret::new(text(a, "secret")?),
                targets: text(a, "target")?
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
                expires_on: seconds(a.get("expires_on")?)?,
                refresh_on: a.get("refresh_on").and_then(seconds),
            })
        })
        .collect();
    // MSAL tries the family's refresh token when the app is in the family (or not known yet), then its own.
    let family = section("AppMetadata")
        .find(|m| same(m, "environment", environment) && same(m, "client_id", AZ_CLIENT_ID))
        .map_or(Some("1".to_owned()), |m| text(m, "family_id"));
    let mut refresh: Vec<&Value> = section("RefreshToken")
        .filter(mine)
        .filter(|r| {
            family.as_deref().is_some_and(|f| same(r, "family_id", f))
                || same(r, "client_id", AZ_CLIENT_ID)
        })
        .collect();
    refresh.sort_by_key(|r| {
        std::cmp::Reverse(
            r.get("last_modification_time")
                .and_then(seconds)
                .unwrap_or(0),
        )
    });
    Ok(AzSession {
        home_account_id,
        tenant: tenant.to_owned(),
        authority: authority.to_owned(),
        access,
        refresh: refresh
            .first()
            .and_then(|r| text(r, "secret"))
            .map(Secret::new),
    })
}

/// MSAL stores times as strings of Unix seconds (older writers: numbers).
fn seconds(v: &Value) -> Option<i64> {
    match v {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

/// `https://login.microsoftonline.com:443/` → `login.microsoftonline.com` (MSAL's `environment`).
fn host_name(authority: &str) -> String {
    let rest = authority.split_once("://").map_or(authority, |(_, r)| r);
    let host = rest.split(['/', '?']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next().unwrap_or(host)
    } else {
        host.split(':').next().unwrap_or(host)
    };
    host.to_ascii_lowercase()
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// msal-extensions' `CrossPlatLock` as az takes it: the lock file created exclusively (another holder: wait),
/// then an exclusive `flock` on it; removed again on release. A lock file left behind by a process that died is
/// locked with `flock` alone, as az does after its own wait.
struct AzLock {
    path: PathBuf,
    file: File,
}

impl AzLock {
    fn take(path: &Path, wait: Duration) -> Result<AzLock, Unusable> {
        let deadline = Instant::now() + wait;
        let file = loop {
            match OpenOptions::new().write(true).create_new(true).open(path) {
                Ok(f) => break f,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if Instant::now() >= deadline {
                        break OpenOptions::new().write(true).open(path).map_err(|e| {
                            Unusable(format!("az's token cache lock is unusable: {e}"))
                        })?;
                    }
                    std::thread::sleep(LOCK_POLL);
                }
                Err(e) => {
                    return Err(Unusable(format!(
                        "az's token cache lock cannot be created: {e}"
                    )));
                }
            }
        };
        file.try_lock()
            .map_err(|_| Unusable("another az process holds the token cache's lock".to_owned()))?;
        let mut file = file;
        let _ = write!(file, "{} azconn", std::process::id());
        Ok(AzLock {
            path: path.to_owned(),
            file,
        })
    }
}

impl Drop for AzLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests;
