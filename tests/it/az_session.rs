//! The az login read directly from az's MSAL token cache: a cold run (no azconn token cache) starts no `az`
//! process when the cache has what it needs, redeems the refresh token when its access tokens are expired, and
//! runs `az` — saying why at `--verbose` — when the cache cannot be used. Each client has its own az config dir
//! (a copy of the emulator's: config, cloud, profile and MSAL cache) and an `az` wrapper on `PATH` that counts its
//! runs before handing over to the emulator's az stand-in.

use std::path::Path;

use serde_json::Value;

use crate::common::client::Client;
use crate::common::emulator::Emulator;
use crate::common::fixtures::{ALICE_OID, seed, server};
use crate::common::secrets::SecretScan;
use crate::common::{Run, assert_contains};

const REST: &str = "rest --url /subscriptions?api-version=2022-12-01";
const CACHE: &str = "msal_token_cache.json";

/// A client of `emu` with its own az config dir (a copy of the emulator's, MSAL cache included) and a counting
/// `az`.
fn client<'a>(emu: &'a Emulator, name: &str) -> Client<'a> {
    Client::with_own_config(
        emu,
        &format!("az-session-{name}"),
        &["config", "clouds.config", "azureProfile.json", CACHE],
    )
}

/// Runs `azconn <line>` as `client` with the emulator's request log emptied first.
fn run_in(client: &Client<'_>, line: &str) -> Run {
    client.emu.admin().clear_requests();
    client.run(line)
}

/// az's MSAL cache of `client`, changed by `edit`.
fn edit_cache(client: &Client<'_>, edit: impl FnOnce(&mut Value)) {
    let path = client.config_dir().join(CACHE);
    let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    edit(&mut v);
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

fn cache_bytes(client: &Client<'_>) -> Vec<u8> {
    std::fs::read(client.config_dir().join(CACHE)).unwrap()
}

/// Every entry of one section of az's cache.
fn entries<'v>(v: &'v mut Value, section: &str) -> impl Iterator<Item = &'v mut Value> {
    v[section].as_object_mut().unwrap().values_mut()
}

fn expire_access_tokens(v: &mut Value) {
    for at in entries(v, "AccessToken") {
        at["expires_on"] = Value::String("1000".into());
    }
}

/// The token requests of the last run (the emulator's request log, which the run's `clear_requests` emptied).
fn token_requests(emu: &Emulator) -> usize {
    emu.requests()
        .iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("/oauth2/v2.0/token"))
        })
        .count()
}

fn ok(run: &Run) {
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
}

/// Asserts that `rest --verbose` as `client` succeeds through one `az` run, saying at `--verbose` why az's login
/// session was not used directly.
fn assert_falls_back_to_az(client: &Client<'_>, why: &str) {
    let run = run_in(client, &format!("{REST} --verbose"));
    ok(&run);
    assert_eq!(client.az_runs().len(), 1);
    assert_contains(
        &run.stderr,
        &format!("INFO: Not using az's login session directly: {why}. Running az for the token."),
    );
}

/// A secret scan that knows the emulator's secrets and those in `client`'s MSAL cache and azconn's token cache.
fn secret_scan(emu: &Emulator, client: &Client<'_>) -> SecretScan {
    let mut scan = SecretScan::new();
    scan.add_emulator_dir(emu.dir())
        .add_msal_cache(client.config_dir())
        .add_token_cache(client.config_dir());
    scan
}

#[test]
fn cold_create_reads_the_az_session_and_starts_no_az() {
    let emu = Emulator::start(Some(&seed(
        vec![server("flexible", "srv", serde_json::json!({}))],
        "alice@contoso.com",
    )));
    let client = client(&emu, "create");
    let before = cache_bytes(&client);
    let run = run_in(
        &client,
        "connection create postgres-flexible -g rg --connection c1 --tg rg --server srv --database demo --user-account -y --verbose",
    );
    ok(&run);
    assert!(client.az_runs().is_empty(), "no az process");
    // The ARM token was in az's cache: only the PostgreSQL token is redeemed.
    assert_eq!(token_requests(&emu), 1);
    assert!(
        !run.stderr.contains("Not using az's login session"),
        "{}",
        run.stderr
    );
    assert_eq!(cache_bytes(&client), before, "az's cache is never written");
    assert!(
        !client
            .config_dir()
            .join(format!("{CACHE}.lockfile"))
            .exists()
    );
    let scan = secret_scan(&emu, &client);
    assert!(scan.len() > 3);
    scan.assert_clean("stdout of create --verbose", &run.stdout);
    scan.assert_clean("stderr of create --verbose", &run.stderr);
}

#[test]
fn expired_access_tokens_are_renewed_with_the_refresh_token() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "expired");
    edit_cache(&client, expire_access_tokens);
    let run = run_in(&client, &format!("{REST} --debug"));
    ok(&run);
    assert!(client.az_runs().is_empty());
    assert_eq!(token_requests(&emu), 1);
    assert_eq!(emu.callers_since(0), [ALICE_OID]);
    assert!(run.stderr.contains(
        "redeeming az's refresh token for https://management.core.windows.net//.default"
    ));
    secret_scan(&emu, &client).assert_clean("stderr of rest --debug", &run.stderr);
    // The next run is warm: azconn's own cache, no request to Entra.
    ok(&run_in(&client, REST));
    assert_eq!(token_requests(&emu), 0);
}

#[test]
fn a_refused_refresh_token_falls_back_to_az_and_says_why() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "refused");
    edit_cache(&client, |v| {
        expire_access_tokens(v);
        for rt in entries(v, "RefreshToken") {
            rt["secret"] = Value::String("a-refresh-token-entra-does-not-know".into());
        }
    });
    assert_falls_back_to_az(
        &client,
        "Entra refused az's refresh token (400 invalid_grant: AADSTS9002313: Invalid request. Request is malformed or invalid.)",
    );
    assert_eq!(emu.callers_since(0), [ALICE_OID]);
}

#[test]
fn a_revoked_session_fails_with_entras_verdict_through_az() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "revoked");
    edit_cache(&client, expire_access_tokens);
    emu.client()
        .wait(
            emu.client()
                .admin_ok("POST", "/revoke-refresh-tokens", None),
        )
        .unwrap();
    let run = run_in(&client, &format!("{REST} --verbose"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(client.az_runs().len(), 1, "az has its say");
    assert_contains(
        &run.stderr,
        "Entra refused az's refresh token (400 invalid_grant: AADSTS50173",
    );
    assert_contains(
        &run.stderr,
        "ERROR: AADSTS50173: The provided grant has expired due to it being revoked",
    );
}

#[test]
fn an_encrypted_cache_falls_back_to_az() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "encrypted");
    std::fs::remove_file(client.config_dir().join(CACHE)).unwrap();
    std::fs::write(
        client.config_dir().join("msal_token_cache.bin"),
        b"\x01\x00\xd0\x8c",
    )
    .unwrap();
    assert_falls_back_to_az(
        &client,
        "az's token cache is encrypted (msal_token_cache.bin)",
    );
}

#[test]
fn an_unknown_cache_schema_falls_back_to_az() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "unknown");
    std::fs::write(
        client.config_dir().join(CACHE),
        br#"{"schema": 3, "credentials": []}"#,
    )
    .unwrap();
    assert_falls_back_to_az(
        &client,
        "msal_token_cache.json is not in the MSAL token cache schema azconn reads",
    );
}

/// What `az logout` leaves: no subscription in the profile and no account in the MSAL cache.
fn log_out(azure: &Path) {
    std::fs::write(
        azure.join("azureProfile.json"),
        "\u{feff}{\"subscriptions\": []}",
    )
    .unwrap();
    std::fs::write(
        azure.join(CACHE),
        r#"{"AccessToken": {}, "RefreshToken": {}, "IdToken": {}, "Account": {}, "AppMetadata": {}}"#,
    )
    .unwrap();
}

#[test]
fn az_logout_stops_azconn_from_using_the_session_at_once() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "logout");
    ok(&run_in(&client, REST));
    log_out(client.config_dir());
    // azconn's own cache still holds the user's token; it is not used.
    let run = run_in(&client, &format!("{REST} --auth-source cli"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_contains(&run.stderr, "Please run 'az login' to setup account.");
    assert_eq!(emu.callers_since(0), Vec::<String>::new(), "no ARM request");
}

#[test]
fn two_concurrent_runs_share_the_session() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "concurrent");
    edit_cache(&client, expire_access_tokens);
    let before = cache_bytes(&client);
    emu.admin().clear_requests();
    let children: Vec<_> = (0..2).map(|_| client.azconn().line(REST).spawn()).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(client.az_runs().is_empty());
    assert_eq!(cache_bytes(&client), before);
    assert!(
        !client
            .config_dir()
            .join(format!("{CACHE}.lockfile"))
            .exists()
    );
    assert_eq!(emu.callers_since(0), [ALICE_OID, ALICE_OID]);
}

#[test]
fn completion_reads_cached_access_tokens_and_starts_no_az() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "completion");
    let complete = || {
        client
            .azconn()
            .env("AZCONN_COMPLETE", "fish")
            .args(["--", "azconn", "connection", "show", "-g", ""])
            .run()
    };
    let run = complete();
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "rg\n", "")
    );
    assert!(client.az_runs().is_empty());
    // Without an access token in az's cache, completion sends no token request and lists nothing.
    edit_cache(&client, expire_access_tokens);
    std::fs::remove_file(client.config_dir().join("azconn/completion-cache.json")).unwrap();
    emu.admin().clear_requests();
    let run = complete();
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
    assert_eq!((client.az_runs().len(), emu.requests().len()), (0, 0));
}

const LIST: &str = "connection list -g rg -l eastus";

/// ARM answers the next connector list with a Continuous Access Evaluation claims challenge.
fn challenge_next_list(emu: &Emulator) {
    emu.admin().fault(&serde_json::json!({
        "method": "GET", "path": "/subscriptions/*/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors",
        "action": "claimsChallenge"
    }));
}

/// The ARM requests of the last run: status of each.
fn arm_statuses(emu: &Emulator) -> Vec<u64> {
    emu.requests()
        .iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("/connectors"))
        })
        .map(|r| r["status"].as_u64().unwrap_or(0))
        .collect()
}

#[test]
fn a_claims_challenge_is_answered_with_a_token_for_those_claims() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "claims");
    challenge_next_list(&emu);
    let run = run_in(&client, &format!("{LIST} --verbose"));
    ok(&run);
    assert!(client.az_runs().is_empty(), "no az process");
    // The ARM token came from az's cache; the challenge costs one redemption with the claims, then the list is
    // sent once more.
    assert_eq!(token_requests(&emu), 1);
    assert_eq!(arm_statuses(&emu), [401, 200]);
    assert_contains(
        &run.stderr,
        "INFO: Getting a token for https://management.core.windows.net//.default with the claims of the service's challenge: {\"access_token\":{\"nbf\"",
    );
    // The token with the claims replaced the refused one: the next run uses it without asking Entra.
    ok(&run_in(&client, LIST));
    assert_eq!(token_requests(&emu), 0);
    assert_eq!(arm_statuses(&emu), [200]);
}

#[test]
fn a_claims_challenge_entra_refuses_ends_with_arms_answer_and_azs_advice() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "claims-refused");
    emu.client()
        .wait(
            emu.client()
                .admin_ok("POST", "/revoke-refresh-tokens", None),
        )
        .unwrap();
    challenge_next_list(&emu);
    let run = run_in(&client, LIST);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(client.az_runs().is_empty(), "az cannot take claims either");
    assert_eq!(arm_statuses(&emu), [401], "sent once: no claims-less retry");
    assert_contains(
        &run.stderr,
        "WARNING: Run the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login --tenant \"",
    );
    assert_contains(
        &run.stderr,
        "--scope \"https://management.core.windows.net//.default\" --claims-challenge \"eyJ",
    );
    assert_contains(
        &run.stderr,
        "ERROR: (InvalidAuthenticationToken) Continuous access evaluation resulted in challenge",
    );
}
