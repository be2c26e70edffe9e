//! Azure access end to end against azconn-emulator: `token` and `rest` through the az stand-in and
//! from the token cache (a warm run starts no `az` and makes no token request), no secret in `--debug` /
//! `--verbose` output for the az login and the service principal, two processes sharing the token cache, and the
//! ArmClient against the emulator's fault knobs (429 + Retry-After, 500×2, reset connection, LRO
//! InProgress → Succeeded / Failed, nextLink paging).

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use crate::common::client::Client;
use crate::common::emulator::Emulator;
use crate::common::secrets::{SecretScan, jwt_like};
use crate::common::{self, Run};

/// Removes az's MSAL token cache from the emulator's az config dir, so tokens come from `az account
/// get-access-token` (what a run does when az's cache is encrypted or missing; az_session.rs tests the cache).
fn without_az_token_cache(emu: &Emulator) {
    std::fs::remove_file(emu.dir().join("azure").join("msal_token_cache.json")).unwrap();
}

/// A client of `emu` in its own home with the emulator's az config dir and an `az` on PATH that logs its runs
/// before it execs the emulator's stand-in, so a test can count `az` processes.
fn client<'a>(emu: &'a Emulator, name: &str) -> Client<'a> {
    Client::new(emu, &format!("azure-{name}"))
}

/// Runs `azconn <line>` as `client` with `extra` environment variables.
fn run_with(client: &Client<'_>, line: &str, extra: &[(String, String)]) -> Run {
    client
        .azconn()
        .envs(extra.iter().map(|(k, v)| (k, v)))
        .line(line)
        .run()
}

/// Extra environment variables of one run.
type Vars = Vec<(String, String)>;

fn ok(run: &Run, what: &str) {
    assert_eq!(run.code, 0, "{what} failed:\n{}{}", run.stdout, run.stderr);
}

fn is_token_request(r: &Value) -> bool {
    let p = r["path"].as_str().unwrap_or("");
    p.contains("/oauth2/") || p.starts_with("/msi/")
}

fn summary(reqs: &[Value]) -> Vec<String> {
    reqs.iter()
        .map(|r| {
            format!(
                "{} {} {}{}",
                r["method"].as_str().unwrap_or(""),
                r["path"].as_str().unwrap_or(""),
                r["status"],
                r["fault"]
                    .as_str()
                    .map(|f| format!(" ({f})"))
                    .unwrap_or_default()
            )
        })
        .collect()
}

/// The emulator's default subscription (id, name) from the az profile it wrote (BOM first, like az's).
fn default_subscription(emu: &Emulator) -> (String, String) {
    let text = std::fs::read_to_string(emu.dir().join("azure").join("azureProfile.json")).unwrap();
    let profile: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
    let sub = profile["subscriptions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["isDefault"] == true)
        .unwrap()
        .clone();
    (
        sub["id"].as_str().unwrap().to_owned(),
        sub["name"].as_str().unwrap().to_owned(),
    )
}

/// The "done when" commands, through the az stand-in and then from the warm cache: the warm runs
/// start no `az` process and send no token request, and print the same bytes.
#[test]
fn token_and_rest_through_the_az_shim_then_from_the_warm_cache() {
    let emu = Emulator::start_http_only(None);
    without_az_token_cache(&emu);
    let client = client(&emu, "done-when");
    let (sub_id, sub_name) = default_subscription(&emu);
    let token_line = "token --resource-type oss-rdbms --query accessToken -o tsv";
    let rest_line = "rest --url /subscriptions?api-version=2022-12-01 -o table";

    // Cold: each command gets its token from `az account get-access-token` (the emulator's stand-in).
    let before = emu.last_seq();
    let cold_token = client.run(token_line);
    ok(&cold_token, "cold token");
    let token = cold_token.stdout.trim_end_matches('\n');
    assert_eq!(cold_token.stdout, format!("{token}\n"));
    assert_eq!(
        jwt_like(token),
        vec![(0, token.len())],
        "tsv prints exactly the JWT"
    );
    let runs = client.az_runs();
    assert_eq!(runs.len(), 1, "one az process: {runs:?}");
    assert!(
        runs[0].contains("account get-access-token")
            && runs[0].contains("ossrdbms-aad.database.windows.net"),
        "{runs:?}"
    );
    let cold_reqs = emu.requests_since(before);
    assert!(
        cold_reqs
            .iter()
            .any(|r| is_token_request(r)
                && r["userAgent"].as_str() == Some("azconn-emulator-az-shim")),
        "the stand-in asked the emulator for the token: {:?}",
        summary(&cold_reqs)
    );

    let cold_rest = client.run(rest_line);
    ok(&cold_rest, "cold rest");
    // `{"value": [...]}` has only nested values, so az's table has no column and prints just a newline
    // (docs/az-behaviour.md, "Output formats"); the rows are there with `--query value`.
    assert_eq!(cold_rest.stdout, "\n");
    assert_eq!(
        client.az_runs().len(),
        2,
        "one more az process, for the ARM token"
    );
    let rows =
        client.run("rest --url /subscriptions?api-version=2022-12-01 --query value -o table");
    ok(&rows, "rest --query value -o table");
    let lines: Vec<&str> = rows.stdout.lines().collect();
    assert!(lines.len() >= 3, "{}", rows.stdout);
    assert!(lines[0].contains("SubscriptionId") && lines[1].starts_with("---"));
    assert!(
        lines[2..]
            .iter()
            .any(|l| l.contains(&sub_id) && l.contains(&sub_name)),
        "{}",
        rows.stdout
    );
    assert_eq!(
        client.az_runs().len(),
        2,
        "the ARM token came from the cache"
    );

    // Warm: same bytes, no az process, no token request; rest sends exactly its one ARM call.
    let before = emu.last_seq();
    let warm_token = client.run(token_line);
    ok(&warm_token, "warm token");
    assert_eq!(warm_token.stdout, cold_token.stdout);
    let warm_rest = client.run(rest_line);
    ok(&warm_rest, "warm rest");
    assert_eq!(warm_rest.stdout, cold_rest.stdout);
    assert_eq!(client.az_runs().len(), 2, "no az process when warm");
    let warm_reqs = emu.requests_since(before);
    assert_eq!(
        summary(&warm_reqs),
        vec!["GET /subscriptions 200".to_owned()],
        "only the ARM call, no token request"
    );

    // The token is the one the emulator issued for the oss-rdbms audience, kept in the cache 0600.
    let cache = client.config_dir().join("azconn").join("token-cache.json");
    let cached = std::fs::read_to_string(&cache).unwrap();
    assert!(cached.contains(token));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&cache), 0o600);
    assert_eq!(mode(cache.parent().unwrap()), 0o700);

    // Full JSON of the token command has az's keys.
    let full = client.run("token --resource-type oss-rdbms");
    ok(&full, "token -o json");
    let v: Value = serde_json::from_str(&full.stdout).unwrap();
    for key in [
        "accessToken",
        "expiresOn",
        "expires_on",
        "subscription",
        "tenant",
        "tokenType",
    ] {
        assert!(v.get(key).is_some(), "{key} missing in {v}");
    }
    assert_eq!(v["accessToken"], json!(token));
    assert_eq!(v["subscription"], json!(sub_id));
    assert_eq!(v["tokenType"], json!("Bearer"));
    assert_eq!(client.az_runs().len(), 2, "still from the cache");

    // `rest` output has no resourceGroup key added (az rest applies no global transforms).
    let rg = client.run(&format!(
        "rest --url /subscriptions/{sub_id}/resourcegroups/rg?api-version=2024-11-01"
    ));
    ok(&rg, "rest resource group");
    let v: Value = serde_json::from_str(&rg.stdout).unwrap();
    assert_eq!(v["name"], json!("rg"));
    assert!(v.get("resourceGroup").is_none(), "{v}");

    // The emulator expires every token: the cached ARM token is refused (401), azconn drops it from the
    // cache, gets a new one through az and sends the request once more (`connection show`; `rest` sends
    // the request as it is given, like az rest).
    let tokens = |path: &Path| -> Vec<(String, String)> {
        let v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        v["tokens"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, e)| (k.clone(), e["accessToken"].as_str().unwrap().to_owned()))
            .collect()
    };
    let arm_token = |entries: &[(String, String)]| {
        entries
            .iter()
            .find(|(k, _)| k.contains("management"))
            .map(|(_, t)| t.clone())
            .unwrap()
    };
    let before_expiry = tokens(&cache);
    emu.admin().expire_tokens();
    let before = emu.last_seq();
    let connector = format!(
        "/subscriptions/{sub_id}/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/none"
    );
    let refreshed = client.run(&format!("connection show --id {connector}"));
    assert_eq!(refreshed.code, 3, "{refreshed:?}");
    // Its two lookups run at once: both are refused, share one new token, and are answered.
    assert_eq!(
        client.az_runs().len(),
        3,
        "one az process for the new token"
    );
    let mut statuses: Vec<u64> = emu
        .requests_since(before)
        .iter()
        .filter(|r| !is_token_request(r))
        .filter_map(|r| r["status"].as_u64())
        .collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [401, 401, 404, 404]);
    let after_expiry = tokens(&cache);
    assert_ne!(arm_token(&after_expiry), arm_token(&before_expiry));
    assert!(
        !after_expiry
            .iter()
            .any(|(_, t)| *t == arm_token(&before_expiry)),
        "the refused token left the cache"
    );
}

/// `--debug` and `--verbose` output of `token` and `rest` carries no token or secret — for the az login, with
/// the cache on and off, and for a service principal from the environment.
#[test]
fn debug_and_verbose_output_leak_no_secret() {
    let emu = Emulator::start_http_only(None);
    let client = client(&emu, "secret-scan");
    let no_cache = [("AZCONN_NO_TOKEN_CACHE".to_owned(), "1".to_owned())];
    let sp: Vec<(String, String)> = emu
        .sp_env()
        .into_iter()
        .chain(no_cache.iter().cloned())
        .collect();

    let mut scan = SecretScan::new();
    scan.add_emulator_dir(emu.dir());
    for (k, v) in &sp {
        if k == "AZURE_CLIENT_SECRET" {
            scan.add("service principal secret passed in", v);
        }
    }
    // Tokens the emulator issues for every audience these runs use, as printed by `azconn token` itself.
    for (source, extra) in [("cli", &[][..]), ("env", &sp[..])] {
        for kind in ["oss-rdbms", "arm", "ms-graph"] {
            let run = run_with(
                &client,
                &format!(
                    "token --auth-source {source} --resource-type {kind} --query accessToken -o tsv"
                ),
                extra,
            );
            ok(&run, &format!("token {source} {kind}"));
            scan.add(&format!("{source} {kind} token"), run.stdout.trim());
            scan.assert_clean(&format!("stderr of token {source} {kind}"), &run.stderr);
        }
    }
    scan.add_token_cache(client.config_dir());
    assert!(scan.len() >= 6, "the scan knows the secrets it looks for");

    let mut logged = 0;
    let url = "/subscriptions?api-version=2022-12-01";
    let cases: Vec<(String, Vars)> = vec![
        ("token --debug --query expiresOn".to_owned(), vec![]),
        (
            "token --debug --query expiresOn".to_owned(),
            no_cache.to_vec(),
        ),
        (
            "token --verbose --resource-type oss-rdbms --query tokenType".to_owned(),
            no_cache.to_vec(),
        ),
        (format!("rest --debug --url {url}"), no_cache.to_vec()),
        (format!("rest --verbose --url {url}"), vec![]),
        (
            format!("rest --debug --auth-source env --url {url}"),
            sp.clone(),
        ),
        (
            "token --debug --auth-source env --resource-type oss-rdbms --query expires_on"
                .to_owned(),
            sp.clone(),
        ),
    ];
    for (line, extra) in &cases {
        let run = run_with(&client, line, extra);
        ok(&run, line);
        let what = format!("`azconn {line}`");
        scan.assert_clean(&format!("stdout of {what}"), &run.stdout);
        scan.assert_clean(&format!("stderr of {what}"), &run.stderr);
        if line.contains(" --debug") {
            assert!(
                run.stderr.contains("DEBUG: "),
                "{what} logs:\n{}",
                run.stderr
            );
            logged += 1;
        }
        if line.starts_with("rest ") && line.contains(" --debug") {
            assert!(
                run.stderr.contains("Request: GET"),
                "{what} logs its requests:\n{}",
                run.stderr
            );
        }
    }
    assert_eq!(logged, 5);

    // A failing credential's error names the source and the fix, and still shows no secret.
    let mut wrong = sp.clone();
    for (k, v) in &mut wrong {
        if k == "AZURE_CLIENT_SECRET" {
            *v = "wrong-secret-value-0123456789".into();
        }
    }
    scan.add("wrong secret passed in", "wrong-secret-value-0123456789");
    let failed = run_with(&client, "token --debug --auth-source env", &wrong);
    assert_eq!(failed.code, 1, "{}", failed.stderr);
    assert!(failed.stderr.contains("ERROR: "), "{}", failed.stderr);
    scan.assert_clean("stderr of a failed service principal login", &failed.stderr);
}

/// Two azconn processes filling the same token cache at once: both succeed, neither loses the other's
/// entry, and afterwards both tokens come from the cache.
#[test]
fn two_processes_share_the_token_cache() {
    let emu = Emulator::start_http_only(None);
    without_az_token_cache(&emu);
    let client = client(&emu, "two-processes");
    let token = |kind: &str| {
        client
            .azconn()
            .line(&format!(
                "token --resource-type {kind} --query accessToken -o tsv"
            ))
            .spawn()
    };
    let (a, b) = (token("oss-rdbms"), token("arm"));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let (a, b) = (
        common::succeeded(a, "token (oss-rdbms)"),
        common::succeeded(b, "token (arm)"),
    );
    let (ta, tb) = (
        String::from_utf8_lossy(&a.stdout).trim().to_owned(),
        String::from_utf8_lossy(&b.stdout).trim().to_owned(),
    );
    assert_ne!(ta, tb, "different audiences, different tokens");
    assert_eq!(client.az_runs().len(), 2);

    let cache: Value = serde_json::from_slice(
        &std::fs::read(client.config_dir().join("azconn").join("token-cache.json")).unwrap(),
    )
    .unwrap();
    let cached: Vec<&str> = cache["tokens"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|e| e["accessToken"].as_str())
        .collect();
    assert!(
        cached.contains(&ta.as_str()) && cached.contains(&tb.as_str()),
        "both entries survived the concurrent writes"
    );

    // Both warm now, also when asked at the same time again.
    let (a, b) = (token("oss-rdbms"), token("arm"));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert_eq!(String::from_utf8_lossy(&a.stdout).trim(), ta);
    assert_eq!(String::from_utf8_lossy(&b.stdout).trim(), tb);
    assert_eq!(client.az_runs().len(), 2, "no az process when warm");
    // A leftover lock file does not break the cache.
    assert!(
        !client
            .config_dir()
            .join("azconn")
            .join("token-cache.lock")
            .exists()
    );
}

mod arm_client {
    //! The ArmClient in-process against the emulator's fault knobs, authenticated as the seeded service
    //! principal (`--auth-source env`).

    use super::*;
    use azconn::arm::service_linker::{AuthInfo, ConnectorBody, connector_path};
    use azconn::arm::{ArmClient, HttpPolicy, postgres_flexible};
    use azconn::commands::azure::{Azure, AzureOptions};
    use azconn::settings::Env;

    fn client(emu: &Emulator, home: &Path) -> (ArmClient, String) {
        let mut pairs: Vec<(String, String)> = emu.env();
        pairs.extend(emu.sp_env());
        pairs.push(("HOME".into(), home.display().to_string()));
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let azure = Azure::with_env(
            AzureOptions {
                auth_source: azconn::auth::AuthSource::Env,
                ..AzureOptions::default()
            },
            Env::from_pairs(&refs),
        );
        let settings = azure.settings().unwrap();
        let sub = azure.subscription().unwrap();
        let arm = ArmClient::new(
            azure.http().unwrap().clone(),
            &settings.cloud,
            azure.tokens().unwrap().clone(),
            Some(sub.clone()),
        )
        .unwrap()
        .with_policy(HttpPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_secs(2),
            max_total_wait: Duration::from_secs(30),
            poll_interval: Duration::from_millis(20),
            max_poll_time: Duration::from_mins(1),
            max_pages: 10,
            ..HttpPolicy::default()
        });
        (arm, sub.id.clone())
    }

    fn calls(emu: &Emulator, since: u64, path_contains: &str) -> Vec<String> {
        summary(
            &emu.requests_since(since)
                .into_iter()
                .filter(|r| r["path"].as_str().unwrap_or("").contains(path_contains))
                .collect::<Vec<_>>(),
        )
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn retries_long_running_operations_and_paging_against_emulator_faults() {
        // The demo world with Entra auth off, so the PATCH below has something to change.
        let mut seed = crate::common::fixtures::demo_seed();
        seed["servers"][0]["entraAuth"] = json!(false);
        let emu = Emulator::start_http_only(Some(&seed));
        let home = common::scratch("azure-arm-client");
        let (arm, sub) = client(&emu, &home);
        let admin = emu.admin();

        // Warm the token first, so the request sequences below are ARM calls only.
        assert!(!arm.list_subscriptions().await.unwrap().is_empty());

        // 429 with Retry-After, then success.
        let since = emu.last_seq();
        admin.fault(
            &json!({"method": "GET", "path": "/subscriptions", "nth": 1, "times": 1,
            "action": "status", "status": 429, "retryAfter": 1}),
        );
        assert!(!arm.list_subscriptions().await.unwrap().is_empty());
        assert_eq!(
            calls(&emu, since, "/subscriptions"),
            ["GET /subscriptions 429 (status)", "GET /subscriptions 200"]
        );

        // 500 twice, then success.
        let since = emu.last_seq();
        admin.fault(
            &json!({"method": "GET", "path": "/subscriptions", "nth": 1, "times": 2,
            "action": "status", "status": 500}),
        );
        assert!(!arm.list_subscriptions().await.unwrap().is_empty());
        assert_eq!(
            calls(&emu, since, "/subscriptions"),
            [
                "GET /subscriptions 500 (status)",
                "GET /subscriptions 500 (status)",
                "GET /subscriptions 200"
            ]
        );

        // A connection closed without an answer, then success.
        let since = emu.last_seq();
        admin.fault(
            &json!({"method": "GET", "path": "/subscriptions", "nth": 1, "times": 1,
            "action": "reset"}),
        );
        assert!(!arm.list_subscriptions().await.unwrap().is_empty());
        let seen = calls(&emu, since, "/subscriptions");
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert!(seen[0].ends_with("(reset)"), "{seen:?}");
        assert_eq!(seen[1], "GET /subscriptions 200");
        admin.clear_knobs();

        // LRO: two polls InProgress, then Succeeded; no final GET (nothing reads it).
        let server_id = azconn::arm::postgres::server_id(
            azconn::server_kind::ServerKind::Flexible,
            &sub,
            "rg",
            "srv",
        );
        let server = arm.flexible_server(&server_id).await.unwrap();
        assert!(!server.entra_auth_enabled());
        admin.lro("PATCH", "/**/flexibleServers/*", 2, "Succeeded");
        let since = emu.last_seq();
        arm.flexible_enable_entra_auth(&server).await.unwrap();
        let seq = calls(&emu, since, "");
        assert_eq!(seq.len(), 4, "PATCH, three polls: {seq:?}");
        assert!(
            seq[0].starts_with("PATCH ") && seq[0].ends_with(" 202"),
            "{seq:?}"
        );
        assert!(
            seq[1..4]
                .iter()
                .all(|s| s.contains("/azureAsyncOperation/")),
            "{seq:?}"
        );
        assert!(
            arm.flexible_server(&server_id)
                .await
                .unwrap()
                .entra_auth_enabled()
        );

        // LRO: InProgress, then Failed — the operation's error is the command's error, nothing changes.
        admin.lro("PUT", "/**/firewallRules/*", 1, "Failed");
        let err = arm
            .postgres_put_firewall_rule(
                postgres_flexible::API,
                &server_id,
                "rule1",
                "10.0.0.1",
                "10.0.0.1",
            )
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("(InternalServerError) An unexpected error occured")
                && text.contains("\nCode: InternalServerError\nMessage: "),
            "{text}"
        );
        let state = admin.state().to_string();
        assert!(
            !state.contains("rule1"),
            "a failed operation changes nothing"
        );
        admin.clear_knobs();

        // Paging: two connectors, one per page.
        admin.page_size(1);
        let target = format!("{server_id}/databases/demo");
        for name in ["conn1", "conn2"] {
            let body = ConnectorBody {
                target_id: target.clone(),
                auth_info: AuthInfo::UserAccount {
                    user_name: Some(format!("aad_{name}")),
                    principal_id: "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10".into(),
                },
                client_type: "none".into(),
                customized_keys: None,
                caller_client_ip: true,
            };
            let made = arm
                .linker_put(&connector_path(&sub, "rg", "eastus", name), &body, false)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(made["name"], json!(name));
        }
        let since = emu.last_seq();
        let listed = arm.linker_list(&sub, "rg", "eastus").await.unwrap();
        let names: Vec<&str> = listed.iter().filter_map(|c| c["name"].as_str()).collect();
        assert_eq!(names, ["conn1", "conn2"]);
        assert_eq!(
            calls(&emu, since, "/connectors").len(),
            2,
            "two pages through nextLink"
        );
    }
}
