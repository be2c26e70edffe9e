//! TokenProvider against fake `az` runs: source choice, the memo and disk cache, refresh and concurrency.

use std::sync::atomic::Ordering;

use super::*;
use crate::auth::fake_az::{FakeAz, signed_in};
use crate::settings::{AzConfig, Env, Profile, cloud::known_clouds};

fn settings(dir: &std::path::Path, env: Env) -> Settings {
    Settings {
        config_dir: dir.to_path_buf(),
        config: AzConfig::default(),
        cloud: known_clouds().remove(0),
        profile: Profile::default(),
        env,
    }
}

fn provider(dir: &std::path::Path, source: AuthSource, env: Env, az: Arc<FakeAz>) -> TokenProvider {
    let http = reqwest::Client::new();
    TokenProvider::new(&settings(dir, env), source, http, true).with_executor(az)
}

/// A provider whose az (faked) is signed in.
fn signed_in_provider(
    dir: &std::path::Path,
    source: AuthSource,
    env: Env,
    az: Arc<FakeAz>,
) -> TokenProvider {
    let mut settings = settings(dir, env);
    settings.profile = signed_in();
    TokenProvider::new(&settings, source, reqwest::Client::new(), true).with_executor(az)
}

fn temp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("azconn-provider-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn not_logged_in() -> Arc<FakeAz> {
    Arc::new(FakeAz::fixed(
        1,
        "",
        "ERROR: Please run 'az login' to setup account.\n",
    ))
}

#[tokio::test]
async fn refresh_drops_the_refused_token_everywhere_and_fetches_once() {
    let dir = temp("refresh");
    let az = Arc::new(FakeAz::new_token_each_run());
    let mut settings = settings(&dir, Env::default());
    settings.profile = signed_in();
    let p = TokenProvider::new(&settings, AuthSource::Cli, reqwest::Client::new(), true)
        .with_executor(az.clone());
    let req = TokenRequest::new(SCOPE, None);
    let stale = p.get_token(&req).await.expect("token");
    assert_eq!(stale.token.expose(), "tok-1");
    let fresh = p.refresh_token(&req, &stale).await.expect("refreshed");
    assert_eq!(fresh.token.expose(), "tok-2");
    assert_eq!(p.get_token(&req).await.expect("memo"), fresh);
    // A second task that also saw the stale token gets the new one without another fetch.
    let again = p.refresh_token(&req, &stale).await.expect("shared");
    assert_eq!(again, fresh);
    assert_eq!(az.runs.load(Ordering::SeqCst), 2);
    // The disk cache holds the new token: the next process does not use the refused one.
    let next = TokenProvider::new(&settings, AuthSource::Cli, reqwest::Client::new(), true)
        .with_executor(az.clone());
    assert_eq!(next.get_token(&req).await.expect("cached"), fresh);
    assert_eq!(az.runs.load(Ordering::SeqCst), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

fn token_json(expires_on: i64) -> Arc<FakeAz> {
    let stdout = format!(
        r#"{{"accessToken":"tok-from-az","expiresOn":"x","expires_on":{expires_on},"tenant":"t","tokenType":"Bearer"}}"#
    );
    Arc::new(FakeAz::fixed(0, stdout, ""))
}

const SCOPE: &str = "https://management.core.windows.net//.default";

/// After `az logout` (no account in az's profile) nothing cached for the az login is served: the source is
/// asked, and az says the user must sign in.
#[tokio::test]
async fn nothing_cached_is_served_after_az_logout() {
    let dir = temp("logout");
    let az = token_json(cache::now_unix() + 3600);
    let req = TokenRequest::new(SCOPE, None);
    let p = signed_in_provider(&dir, AuthSource::Cli, Env::default(), az.clone());
    p.get_token(&req).await.expect("token");
    let key = p.key_for(Concrete::Cli, &req);
    let logged_out = provider(&dir, AuthSource::Cli, Env::default(), not_logged_in());
    assert!(logged_out.cached_token(&req).is_none());
    assert!(
        TokenCache::new(dir.join("azconn"))
            .get(&key, cache::now_unix())
            .is_some()
    );
    let err = logged_out.get_token(&req).await.expect_err("signed out");
    assert_eq!(err.to_string(), "Please run 'az login' to setup account.");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn auto_lists_every_source_with_reason_and_fix() {
    let dir = temp("auto");
    let p = provider(&dir, AuthSource::Auto, Env::default(), not_logged_in());
    let err = p
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect_err("nothing works");
    let text = err.to_string();
    assert!(
        text.starts_with(&format!(
            "No credential could get an access token for {SCOPE}. Tried, in order:"
        )),
        "{text}"
    );
    for expect in [
        "1. az login (Azure CLI): skipped: az has no signed-in account (azureProfile.json lists no subscription for this cloud)",
        "Fix: run `az login`",
        "2. service principal from the environment: skipped: AZURE_CLIENT_ID and AZURE_TENANT_ID are not set",
        "3. workload identity: skipped: AZURE_FEDERATED_TOKEN_FILE, AZURE_CLIENT_ID and AZURE_TENANT_ID are not set",
        "4. managed identity: skipped: no managed identity endpoint is advertised",
    ] {
        assert!(text.contains(expect), "missing {expect:?} in:\n{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn explicit_source_reports_only_its_failure() {
    let dir = temp("explicit");
    let p = provider(&dir, AuthSource::Cli, Env::default(), not_logged_in());
    let err: crate::error::Error = p
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect_err("fails")
        .into();
    assert_eq!(err.to_string(), "Please run 'az login' to setup account.");
    let env_only = provider(&dir, AuthSource::Env, Env::default(), not_logged_in());
    let err = env_only
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect_err("not configured");
    assert_eq!(
        err.to_string(),
        "AZURE_CLIENT_ID and AZURE_TENANT_ID are not set"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn warm_cache_starts_no_az_process() {
    let dir = temp("warm");
    let az = token_json(cache::now_unix() + 3600);
    let first = signed_in_provider(&dir, AuthSource::Auto, Env::default(), az.clone());
    let t = first
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect("token");
    assert_eq!(t.token.expose(), "tok-from-az");
    let again = first
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect("memo");
    assert_eq!(again, t);
    assert_eq!(az.runs.load(Ordering::SeqCst), 1);
    // A second "process" (a fresh provider) reads the file cache.
    let second = signed_in_provider(&dir, AuthSource::Auto, Env::default(), az.clone());
    second
        .get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect("cached");
    assert_eq!(
        az.runs.load(Ordering::SeqCst),
        1,
        "no az run with a warm cache"
    );
    // Another scope is a miss.
    second
        .get_token(&TokenRequest::new(
            "https://ossrdbms-aad.database.windows.net/.default",
            None,
        ))
        .await
        .expect("token");
    assert_eq!(az.runs.load(Ordering::SeqCst), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn tokens_near_expiry_are_refetched_and_fetches_run_concurrently() {
    let dir = temp("expiry");
    let az = token_json(cache::now_unix() + 60);
    let p = signed_in_provider(&dir, AuthSource::Cli, Env::default(), az.clone());
    p.get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect("token");
    p.get_token(&TokenRequest::new(SCOPE, None))
        .await
        .expect("token");
    assert_eq!(
        az.runs.load(Ordering::SeqCst),
        2,
        "inside the 5-minute margin: fetched again"
    );
    let az = token_json(cache::now_unix() + 3600);
    let p = signed_in_provider(
        &temp("concurrent"),
        AuthSource::Cli,
        Env::default(),
        az.clone(),
    );
    let reqs = [
        TokenRequest::new("a/.default", None),
        TokenRequest::new("b/.default", None),
        TokenRequest::new("a/.default", None),
    ];
    let results = p.get_tokens(&reqs).await;
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(
        az.runs.load(Ordering::SeqCst),
        2,
        "the same token is fetched once"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The source `auto` chooses depends on what is available, never on what the cache holds: for every
/// combination of az (on PATH and signed in, or not) and a service principal in the environment (or not),
/// with a cache holding the user's token, the service principal's, both or neither, the token served is the
/// chosen source's own or none (then the source is asked, never another source's cached token).
#[tokio::test]
async fn the_cache_never_chooses_the_identity() {
    let sp_env = [
        ("AZURE_CLIENT_ID", "11111111-1111-1111-1111-111111111111"),
        ("AZURE_TENANT_ID", "t"),
        ("AZURE_CLIENT_SECRET", "s"),
    ];
    let req = TokenRequest::new(SCOPE, None);
    let expires = cache::now_unix() + 3600;
    let user_token = AccessToken::bearer(crate::auth::Secret::new("user-token"), expires);
    let sp_token = AccessToken::bearer(crate::auth::Secret::new("sp-token"), expires);
    for az_runnable in [true, false] {
        for sp in [true, false] {
            let env = if sp {
                Env::from_pairs(&sp_env)
            } else {
                Env::default()
            };
            let build = |dir: &std::path::Path, env: Env, source: AuthSource| {
                let mut s = settings(dir, env);
                s.profile = signed_in();
                let p = TokenProvider::new(&s, source, reqwest::Client::new(), true);
                if az_runnable {
                    p.with_executor(not_logged_in())
                } else {
                    p
                }
            };
            let expected = match (az_runnable, sp) {
                (true, _) => Some(Concrete::Cli),
                (false, true) => Some(Concrete::Env),
                (false, false) => None,
            };
            for (user_cached, sp_cached) in
                [(false, false), (true, false), (false, true), (true, true)]
            {
                let case = format!(
                    "az runnable {az_runnable}, SP env {sp}, cached user {user_cached}, cached SP {sp_cached}"
                );
                let dir = temp(&format!(
                    "matrix-{az_runnable}-{sp}-{user_cached}-{sp_cached}"
                ));
                // Fill the cache as earlier runs through each source would have.
                let cache = TokenCache::new(dir.join("azconn"));
                let cli = build(&dir, Env::default(), AuthSource::Cli);
                let env_sp = build(&dir, Env::from_pairs(&sp_env), AuthSource::Env);
                if user_cached {
                    cache.put(
                        &cli.key_for(Concrete::Cli, &req),
                        &user_token,
                        expires - 3600,
                    );
                }
                if sp_cached {
                    cache.put(
                        &env_sp.key_for(Concrete::Env, &req),
                        &sp_token,
                        expires - 3600,
                    );
                }
                let p = build(&dir, env.clone(), AuthSource::Auto);
                assert_eq!(p.chosen.as_ref().ok().copied(), expected, "{case}");
                let served = p.cached_token(&req).map(|t| t.token.expose().to_owned());
                let own = match expected {
                    Some(Concrete::Cli) if user_cached => Some("user-token"),
                    Some(Concrete::Env) if sp_cached => Some("sp-token"),
                    _ => None,
                };
                assert_eq!(served.as_deref(), own, "{case}");
                match (expected, own) {
                    (Some(_), Some(token)) => {
                        let got = p.get_token(&req).await.expect(&case);
                        assert_eq!(got.token.expose(), token, "{case}");
                    }
                    // The fake az is not signed in with Entra: the fetch fails as a cold run's would, with
                    // az's message, instead of answering with the service principal's cached token.
                    (Some(Concrete::Cli), None) => {
                        let err = p.get_token(&req).await.expect_err(&case).to_string();
                        assert_eq!(err, "Please run 'az login' to setup account.", "{case}");
                    }
                    (None, _) => {
                        let err = p.get_token(&req).await.expect_err(&case).to_string();
                        assert!(err.starts_with("No credential could get"), "{case}: {err}");
                    }
                    // A service principal's cold fetch would go to Entra; choosing it is what matters here.
                    _ => {}
                }
                let _ = std::fs::remove_dir_all(&dir);
            }
        }
    }
}
