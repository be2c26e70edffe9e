//! az's MSAL token cache as azconn reads it: which account, access token and refresh token it picks, and every
//! reason the cache is not used.

use super::*;

const HOME: &str = "oid-1.tenant-1";
const ENV: &str = "login.microsoftonline.com";
const ARM: &str = "https://management.core.windows.net//.default";

/// A cache as az leaves it after `az login` for alice (MSAL's keys and fields), with extra access tokens.
fn cache(access: &[(&str, &str, i64)]) -> Value {
    let mut at = Map::new();
    for (i, (realm, target, expires_on)) in access.iter().enumerate() {
        at.insert(
            format!("{HOME}-{ENV}-accesstoken-{AZ_CLIENT_ID}-{realm}-{target}-{i}"),
            serde_json::json!({
                "credential_type": "AccessToken", "secret": format!("at-{i}"), "home_account_id": HOME,
                "environment": ENV, "client_id": AZ_CLIENT_ID, "target": target, "realm": realm,
                "token_type": "Bearer", "cached_at": "1", "expires_on": expires_on.to_string(),
                "extended_expires_on": expires_on.to_string()
            }),
        );
    }
    serde_json::json!({
        "Account": {format!("{HOME}-{ENV}-organizations"): {
            "home_account_id": HOME, "environment": ENV, "realm": "organizations",
            "local_account_id": "oid-1", "username": "Alice@Contoso.com", "authority_type": "MSSTS"
        }},
        "AccessToken": at,
        "RefreshToken": {
            "old": {"credential_type": "RefreshToken", "secret": "rt-old", "home_account_id": HOME,
                "environment": ENV, "client_id": AZ_CLIENT_ID, "target": ARM, "last_modification_time": "5",
                "family_id": "1"},
            "new": {"credential_type": "RefreshToken", "secret": "rt-new", "home_account_id": HOME,
                "environment": ENV, "client_id": AZ_CLIENT_ID, "target": ARM, "last_modification_time": "9",
                "family_id": "1"},
            "other": {"credential_type": "RefreshToken", "secret": "rt-bob", "home_account_id": "bob.t",
                "environment": ENV, "client_id": AZ_CLIENT_ID, "last_modification_time": "99"}
        },
        "IdToken": {},
        "AppMetadata": {format!("appmetadata-{ENV}-{AZ_CLIENT_ID}"): {
            "client_id": AZ_CLIENT_ID, "environment": ENV, "family_id": "1"
        }}
    })
}

fn session(v: &Value, user: &str, tenant: &str) -> Result<AzSession, Unusable> {
    let Value::Object(m) = v else {
        panic!("object")
    };
    session_in(m, user, ENV, tenant, "https://login.microsoftonline.com")
}

#[test]
fn picks_the_token_msal_would_hand_out() {
    let now = 1_000_000;
    let v = cache(&[
        ("tenant-1", ARM, now + 3600),
        (
            "tenant-2",
            "https://ossrdbms-aad.database.windows.net/.default",
            now + 3600,
        ),
        (
            "tenant-1",
            "https://ossrdbms-aad.database.windows.net/.default",
            now + 200,
        ),
    ]);
    let s = session(&v, "alice@contoso.com", "tenant-1").expect("account found by name, any case");
    assert_eq!(s.home_account_id, HOME);
    let arm = s.access_token(ARM, now, &[]).expect("ARM token");
    assert_eq!((arm.token.expose(), arm.expires_on), ("at-0", now + 3600));
    // Another tenant's token is not this realm's; one with less than 5 minutes left is expired for MSAL.
    assert!(
        s.access_token(
            "https://ossrdbms-aad.database.windows.net/.default",
            now,
            &[]
        )
        .is_none()
    );
    // A token a service refused is not handed out again.
    assert!(s.access_token(ARM, now, &[Secret::new("at-0")]).is_none());
    assert_eq!(
        s.refresh_token().map(Secret::expose),
        Some("rt-new"),
        "the newest of the account's"
    );
    assert!(matches!(
        session(&v, "bob@contoso.com", "tenant-1"),
        Err(Unusable(why)) if why == "az's token cache has no account bob@contoso.com for login.microsoftonline.com"
    ));
}

#[test]
fn an_aging_token_is_refreshed_first() {
    let now = 1_000_000;
    let mut v = cache(&[("tenant-1", ARM, now + 3600)]);
    for at in v["AccessToken"].as_object_mut().expect("map").values_mut() {
        at["refresh_on"] = Value::String((now - 1).to_string());
    }
    let s = session(&v, "alice@contoso.com", "tenant-1").expect("session");
    assert!(s.access_token(ARM, now, &[]).is_none());
    assert!(s.aging_token(ARM, now, &[]).is_some());
}

#[test]
fn authority_host_is_msal_environment() {
    assert_eq!(
        host_name("https://login.microsoftonline.com"),
        "login.microsoftonline.com"
    );
    assert_eq!(host_name("https://127.0.0.1:8443/"), "127.0.0.1");
    assert_eq!(host_name("https://Login.Example:443/x"), "login.example");
}

fn files(dir: &Path, encrypted: bool) -> AzFiles {
    let user = ProfileUser {
        name: "alice@contoso.com".into(),
        kind: "user".into(),
    };
    let sub = Subscription {
        id: "sub-1".into(),
        name: Some("Dev".into()),
        tenant_id: Some("tenant-1".into()),
        user: Some(user),
    };
    AzFiles {
        config_dir: dir.to_owned(),
        encrypted,
        environment: ENV.into(),
        authority: "https://login.microsoftonline.com".into(),
        subscriptions: vec![sub.clone()],
        default: Some(sub),
    }
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("azconn-az-session-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn why(r: Result<AzSession, Unusable>) -> String {
    r.expect_err("unusable").0
}

#[test]
fn says_why_the_cache_cannot_be_used() {
    let dir = temp("unusable");
    let wait = Duration::from_millis(50);
    assert_eq!(
        why(files(&dir, false).session(None, None, wait)),
        "az's config dir has no msal_token_cache.json"
    );
    std::fs::write(dir.join("msal_token_cache.bin"), b"\x01\x02").expect("write");
    assert_eq!(
        why(files(&dir, false).session(None, None, wait)),
        "az's token cache is encrypted (msal_token_cache.bin)"
    );
    std::fs::remove_file(dir.join("msal_token_cache.bin")).expect("rm");
    std::fs::write(dir.join(CACHE_FILE), br#"{"version": 2, "tokens": []}"#).expect("write");
    assert_eq!(
        why(files(&dir, false).session(None, None, wait)),
        "msal_token_cache.json is not in the MSAL token cache schema azconn reads"
    );
    assert_eq!(
        why(files(&dir, true).session(None, None, wait)),
        "az keeps its token cache encrypted (core.encrypt_token_cache)"
    );
    std::fs::write(dir.join(CACHE_FILE), cache(&[]).to_string()).expect("write");
    let s = files(&dir, false)
        .session(None, None, wait)
        .expect("readable");
    assert_eq!(s.tenant, "tenant-1");
    assert!(
        !dir.join(format!("{CACHE_FILE}.lockfile")).exists(),
        "the lock file is removed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn waits_for_az_and_never_reads_while_az_holds_the_lock() {
    let dir = temp("lock");
    std::fs::write(dir.join(CACHE_FILE), cache(&[]).to_string()).expect("write");
    let lockfile = dir.join(format!("{CACHE_FILE}.lockfile"));
    // az holds its lock: the file exists and is flocked.
    let held = File::create(&lockfile).expect("lock file");
    held.lock().expect("flock");
    assert_eq!(
        why(files(&dir, false).session(None, None, Duration::from_millis(50))),
        "another az process holds the token cache's lock"
    );
    // A lock file left behind by a process that died (no flock) is taken after the wait, as az does.
    held.unlock().expect("unlock");
    drop(held);
    files(&dir, false)
        .session(None, None, Duration::from_millis(50))
        .expect("stale lock file");
    let before = std::fs::read(dir.join(CACHE_FILE)).expect("read");
    assert_eq!(
        before,
        cache(&[]).to_string().into_bytes(),
        "az's cache is never written"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
