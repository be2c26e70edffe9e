//! Faithfulness tests of azconn-emulator (HTTP only): LRO effects applied when the operation succeeds, in-flight
//! GETs, database creation, ROPC sign-in and MSAL discovery, validation and generateConfigurations shapes, the
//! `claims` of token requests and ARM's Continuous Access Evaluation claims challenges, and the start/stop error
//! paths.

mod common;

use std::process::Command;

use common::*;
use serde_json::{Value, json};

fn flex_url(path: &str) -> String {
    format!("{}?api-version={FLEX_API}", flex(path))
}

const LINKER_API: &str = "api-version=2024-07-01-preview";

fn connector_url(name: &str) -> String {
    format!("{}?{LINKER_API}", connector(name))
}

/// One poll of an operation status URL: its `status`.
async fn poll_once(emu: &Emu, token: &str, url: &str) -> String {
    let (s, _, v) = emu.call("GET", url, Some(token), None).await;
    assert_eq!(s, 200, "{v}");
    v["status"].as_str().expect("status").to_string()
}

/// Two polls of the `Azure-AsyncOperation` in `h`: their `status`es.
async fn polls(emu: &Emu, token: &str, h: &reqwest::header::HeaderMap) -> [String; 2] {
    let url = op_url(h);
    [
        poll_once(emu, token, &url).await,
        poll_once(emu, token, &url).await,
    ]
}

fn op_url(h: &reqwest::header::HeaderMap) -> String {
    h["azure-asyncoperation"]
        .to_str()
        .expect("Azure-AsyncOperation")
        .to_string()
}

#[tokio::test]
async fn server_patch_applies_when_the_operation_succeeds() {
    let emu = Emu::start_seeded(entra_off, &[]);
    let t = emu.alice_arm().await;
    emu.lro("PATCH", "/**/flexibleServers/*", 2, "Succeeded")
        .await;
    let body = json!({"properties": {"authConfig": {"activeDirectoryAuth": "Enabled"}}});
    let (s, h, _) = emu.patch(&flex_url(""), &t, body).await;
    assert_eq!(s, 202);
    let op = op_url(&h);

    // In flight: the server is Updating and still has its old auth config.
    let (_, _, v) = emu.get(&flex_url(""), &t).await;
    assert_eq!(v["properties"]["state"], "Updating");
    assert_eq!(
        v["properties"]["authConfig"]["activeDirectoryAuth"],
        "Disabled"
    );
    // The RP refuses Entra admin operations meanwhile.
    let admin = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, _, v) = emu
        .put(
            &flex_url(&format!("/administrators/{ALICE_OID}")),
            &t,
            admin,
        )
        .await;
    assert_eq!(s, 400);
    assert_eq!(
        v["error"]["code"],
        "AadAuthOperationCannotBePerformedWhenServerIsNotAccessible"
    );

    assert_eq!(poll_once(&emu, &t, &op).await, "InProgress");
    assert_eq!(poll_once(&emu, &t, &op).await, "InProgress");
    let (_, _, v) = emu.get(&flex_url(""), &t).await;
    assert_eq!(
        v["properties"]["authConfig"]["activeDirectoryAuth"],
        "Disabled"
    );
    assert_eq!(poll_once(&emu, &t, &op).await, "Succeeded");
    let (_, _, v) = emu.get(&flex_url(""), &t).await;
    assert_eq!(v["properties"]["state"], "Ready");
    assert_eq!(
        v["properties"]["authConfig"]["activeDirectoryAuth"],
        "Enabled"
    );
    // Polling again reports the same end and changes nothing more.
    assert_eq!(poll_once(&emu, &t, &op).await, "Succeeded");
}

#[tokio::test]
async fn capabilities_have_what_az_update_reads() {
    let (emu, t) = Emu::signed_in().await;
    let (s, _, v) = emu.get(&flex_url("/capabilities"), &t).await;
    assert_eq!(s, 200);
    let cap = &v["value"][0];
    let restricted: Vec<&Value> = cap["supportedFeatures"]
        .as_array()
        .expect("supportedFeatures")
        .iter()
        .filter(|f| f["name"] == "OfferRestricted")
        .collect();
    assert_eq!(
        restricted,
        [&json!({"name": "OfferRestricted", "status": "Disabled"})]
    );
    let edition = &cap["supportedServerEditions"][0];
    assert_eq!(edition["name"], "Burstable");
    assert_eq!(edition["supportedServerSkus"][0]["name"], "Standard_B1ms");
    assert_eq!(
        edition["supportedStorageEditions"][0]["supportedStorageMb"][0]["storageSizeMb"],
        32768
    );
    assert_eq!(cap["supportedServerVersions"][0]["name"], "15");
}

#[tokio::test]
async fn failed_or_canceled_operations_change_nothing() {
    let (emu, t) = Emu::signed_in().await;
    // Canceled on the first poll: nothing is applied at the request either.
    emu.lro("PUT", "/**/firewallRules/*", 0, "Canceled").await;
    let rule = firewall_rule("10.0.0.1", "10.0.0.2");
    let (s, h, _) = emu
        .put(&flex_url("/firewallRules/r1"), &t, rule.clone())
        .await;
    assert_eq!(s, 202);
    assert_eq!(
        emu.status(&flex_url("/firewallRules/r1"), &t).await,
        404,
        "a canceled PUT never creates the rule"
    );
    assert_eq!(poll_once(&emu, &t, &op_url(&h)).await, "Canceled");

    // Failed after one poll: the admin never appears.
    emu.lro("PUT", "/**/administrators/*", 1, "Failed").await;
    let admin = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let one = flex_url(&format!("/administrators/{ALICE_OID}"));
    let (s, h, _) = emu.put(&one, &t, admin).await;
    assert_eq!(s, 202);
    assert_eq!(polls(&emu, &t, &h).await, ["InProgress", "Failed"]);
    assert_eq!(emu.status(&one, &t).await, 404);
    let state = emu.admin("GET", "/state", None).await.1;
    assert_eq!(state["servers"][0]["admins"], json!([]));

    // A failed DELETE keeps the seeded rule.
    emu.lro("DELETE", "/**/firewallRules/*", 1, "Failed").await;
    let seeded = flex_url("/firewallRules/AllowLocalhost");
    let (s, h, _) = emu.delete(&seeded, &t).await;
    assert_eq!(s, 202);
    assert_eq!(
        emu.status(&seeded, &t).await,
        200,
        "still there while the delete runs"
    );
    assert_eq!(polls(&emu, &t, &h).await, ["InProgress", "Failed"]);
    assert_eq!(emu.status(&seeded, &t).await, 200);
}

#[tokio::test]
async fn admin_and_firewall_changes_apply_at_the_succeeding_poll() {
    let (emu, t) = Emu::signed_in().await;
    emu.lro("*", "/**", 1, "Succeeded").await;
    let admin = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let one = flex_url(&format!("/administrators/{ALICE_OID}"));
    let (s, h, _) = emu.put(&one, &t, admin).await;
    assert_eq!(s, 202);
    assert_eq!(
        emu.status(&one, &t).await,
        404,
        "not an admin before the operation ends"
    );
    assert_eq!(polls(&emu, &t, &h).await, ["InProgress", "Succeeded"]);
    let (s, _, v) = emu.get(&one, &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["properties"]["principalName"], "alice@contoso.com");

    // The Location (operationResults) URL ends the operation as well and returns the final body.
    let rule = firewall_rule("10.1.0.1", "10.1.0.1");
    let (s, h, _) = emu.put(&flex_url("/firewallRules/r2"), &t, rule).await;
    assert_eq!(s, 202);
    let results = h["location"].to_str().expect("location").to_string();
    assert_eq!(emu.status(&results, &t).await, 202);
    assert_eq!(emu.status(&flex_url("/firewallRules/r2"), &t).await, 404);
    let (s, _, v) = emu.get(&results, &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["name"], "r2");
    assert_eq!(emu.status(&flex_url("/firewallRules/r2"), &t).await, 200);
}

#[tokio::test]
async fn connectors_show_their_provisioning_state_in_flight() {
    let (emu, t) = Emu::signed_in().await;
    emu.lro("PUT", "/**/connectors/*", 1, "Succeeded").await;
    let (s, h, v) = emu
        .put(&connector_url("c1"), &t, linker_body("aad_c1"))
        .await;
    assert_eq!(s, 201);
    assert_eq!(v["properties"]["provisioningState"], "Accepted");
    let (s, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["properties"]["provisioningState"], "Accepted");
    assert_eq!(polls(&emu, &t, &h).await, ["Accepted", "Succeeded"]);
    let (_, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");

    // A failed update puts the previous connector back; a failed create leaves none.
    emu.lro("PUT", "/**/connectors/*", 1, "Failed").await;
    let mut changed = linker_body("aad_c1");
    changed["properties"]["clientType"] = json!("dotnet");
    let (_, h, _) = emu.put(&connector_url("c1"), &t, changed).await;
    let (_, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(v["properties"]["clientType"], "dotnet");
    poll_once(&emu, &t, &op_url(&h)).await;
    assert_eq!(poll_once(&emu, &t, &op_url(&h)).await, "Failed");
    let (_, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(v["properties"]["clientType"], "none");
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");
    let (_, h, _) = emu
        .put(&connector_url("c2"), &t, linker_body("aad_c2"))
        .await;
    poll_once(&emu, &t, &op_url(&h)).await;
    assert_eq!(poll_once(&emu, &t, &op_url(&h)).await, "Failed");
    assert_eq!(emu.status(&connector_url("c2"), &t).await, 404);

    // DELETE: Deleting in flight, gone when it succeeds, back when it fails.
    emu.lro("DELETE", "/**/connectors/*", 1, "Failed").await;
    let (s, h, _) = emu.delete(&connector_url("c1"), &t).await;
    assert_eq!(s, 202);
    let (_, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(v["properties"]["provisioningState"], "Deleting");
    poll_once(&emu, &t, &op_url(&h)).await;
    assert_eq!(poll_once(&emu, &t, &op_url(&h)).await, "Failed");
    let (_, _, v) = emu.get(&connector_url("c1"), &t).await;
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");
    emu.lro("DELETE", "/**/connectors/*", 1, "Succeeded").await;
    let (_, h, _) = emu.delete(&connector_url("c1"), &t).await;
    poll_once(&emu, &t, &op_url(&h)).await;
    assert_eq!(
        emu.status(&connector_url("c1"), &t).await,
        200,
        "still there (Deleting) until the operation ends"
    );
    assert_eq!(poll_once(&emu, &t, &op_url(&h)).await, "Succeeded");
    assert_eq!(emu.status(&connector_url("c1"), &t).await, 404);
}

#[tokio::test]
async fn databases_are_created_through_an_lro() {
    let (emu, t) = Emu::signed_in().await;
    let body = database("en_US.utf8");
    let (s, h, _) = emu
        .put(&flex_url("/databases/shop"), &t, body.clone())
        .await;
    assert_eq!(s, 202);
    assert!(header(&h, "location").contains("/operationResults/"));
    let (s, _, v) = emu.get(&flex_url("/databases/shop"), &t).await;
    assert_eq!(s, 200);
    assert_eq!(
        v["type"],
        "Microsoft.DBforPostgreSQL/flexibleServers/databases"
    );
    let (_, _, list) = emu.get(&flex_url("/databases"), &t).await;
    assert!(
        list["value"]
            .as_array()
            .expect("value")
            .iter()
            .any(|d| d["name"] == "shop")
    );

    let (s, _, v) = emu
        .put(&flex_url("/databases/1bad%20name"), &t, body.clone())
        .await;
    assert_eq!(s, 400, "{v}");
    assert_eq!(v["error"]["code"], "InvalidParameterValue");

    emu.lro("PUT", "/**/databases/*", 1, "Succeeded").await;
    let (_, h, _) = emu.put(&flex_url("/databases/later"), &t, body).await;
    assert_eq!(emu.status(&flex_url("/databases/later"), &t).await, 404);
    assert_eq!(polls(&emu, &t, &h).await, ["InProgress", "Succeeded"]);
    assert_eq!(emu.status(&flex_url("/databases/later"), &t).await, 200);
}

#[tokio::test]
async fn single_server_databases_are_created_too() {
    let emu = Emu::start_seeded(
        |seed| {
            seed["servers"]
                .as_array_mut()
                .expect("servers")
                .push(json!({"kind": "single", "name": "ssrv", "resourceGroup": "rg"}));
        },
        &[],
    );
    let t = emu.alice_arm().await;
    let db = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/ssrv/databases/shop?api-version=2017-12-01"
    );
    let (s, h, _) = emu
        .put(&db, &t, database("English_United States.1252"))
        .await;
    assert_eq!(s, 202);
    assert!(h.contains_key("azure-asyncoperation"));
    let (s, _, v) = emu.get(&db, &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["type"], "Microsoft.DBforPostgreSQL/servers/databases");
}

async fn get_plain(emu: &Emu, path: &str) -> (u16, Value) {
    let r = emu.http.get(emu.url(path)).send().await.expect("request");
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn az_login_with_a_password_and_msal_discovery() {
    use base64::Engine;
    let emu = Emu::start();
    let (s, v) = get_plain(&emu, "/organizations/v2.0/.well-known/openid-configuration").await;
    assert_eq!(s, 200);
    assert_eq!(
        v["token_endpoint"],
        emu.url("/organizations/oauth2/v2.0/token")
    );
    assert_eq!(v["issuer"], emu.url("/{tenantid}/v2.0"));
    let (_, v) = get_plain(
        &emu,
        &format!("/{TENANT}/v2.0/.well-known/openid-configuration"),
    )
    .await;
    assert_eq!(v["issuer"], emu.url(&format!("/{TENANT}/v2.0")));
    let (s, v) = get_plain(&emu, "/common/userrealm/alice@contoso.com?api-version=1.0").await;
    assert_eq!(s, 200);
    assert_eq!(
        (v["account_type"].as_str(), v["domain_name"].as_str()),
        (Some("Managed"), Some("contoso.com"))
    );
    let (_, v) = get_plain(&emu, "/common/userrealm/eve@example.org?api-version=1.0").await;
    assert_eq!(v["account_type"], "Unknown");
    let (s, v) = get_plain(
        &emu,
        "/common/discovery/instance?api-version=1.1&authorization_endpoint=x",
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(v["metadata"][0]["aliases"], json!(["127.0.0.1"]));

    let scope = format!("{ARM_SCOPE} offline_access openid profile");
    let form = |password: &'static str| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
                ("grant_type", "password"),
                ("username", "alice@contoso.com"),
                ("password", password),
                ("scope", scope.as_str()),
                ("client_info", "1"),
                (
                    "claims",
                    r#"{"access_token":{"xms_cc":{"values":["CP1"]}}}"#,
                ),
            ])
            .finish()
    };
    let post = |body: String| {
        emu.http
            .post(emu.url("/organizations/oauth2/v2.0/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let r = post(form("alice-emulator-password")).await.expect("token");
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.expect("json");
    let c = claims(v["access_token"].as_str().expect("access_token"));
    assert_eq!(
        (c["aud"].as_str(), c["upn"].as_str(), c["tid"].as_str()),
        (
            Some("https://management.core.windows.net/"),
            Some("alice@contoso.com"),
            Some(TENANT)
        )
    );
    let id = claims(v["id_token"].as_str().expect("id_token"));
    assert_eq!(id["aud"], "04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    assert_eq!(id["preferred_username"], "alice@contoso.com");
    assert_eq!(id["oid"], ALICE_OID);
    let info = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(v["client_info"].as_str().expect("client_info"))
        .expect("b64");
    assert_eq!(
        serde_json::from_slice::<Value>(&info).expect("json"),
        json!({"uid": ALICE_OID, "utid": TENANT})
    );
    // The refresh token it hands out works for the next token (az's refresh_token grant).
    let (s, v2) = emu
        .token_raw(&[
            ("grant_type", "refresh_token"),
            ("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
            ("refresh_token", v["refresh_token"].as_str().expect("rt")),
            (
                "scope",
                "https://ossrdbms-aad.database.windows.net/.default offline_access openid profile",
            ),
        ])
        .await;
    assert_eq!(s, 200, "{v2}");
    assert!(v2["id_token"].is_string());

    let r = post(form("wrong")).await.expect("token");
    assert_eq!(r.status().as_u16(), 400);
    let v: Value = r.json().await.expect("json");
    assert_entra_error(&v, "invalid_grant", "AADSTS50126: ");
}

#[tokio::test]
async fn validate_and_generate_configurations_match_the_rp() {
    let (emu, t) = Emu::signed_in().await;
    let (s, _, v) = emu
        .put(&connector_url("c1"), &t, linker_body("aad_c1"))
        .await;
    assert_eq!(s, 201);
    // The PUT echo keeps unset properties as null; GET drops them (as recorded).
    assert!(v["properties"]["scope"].is_null() && v["properties"].get("scope").is_some());
    let (_, _, got) = emu.get(&connector_url("c1"), &t).await;
    assert!(got["properties"].get("scope").is_none());

    let (_, h, _) = emu
        .post(&format!("{}/validate?{LINKER_API}", connector("c1")), &t)
        .await;
    let (_, _, v) = emu.get(&op_url(&h), &t).await;
    // The spec's ValidateOperationResult: resourceId, status, and the result under properties.
    assert_eq!(v["status"], "Succeeded");
    assert!(
        v["resourceId"]
            .as_str()
            .is_some_and(|id| id.ends_with("/connectors/c1"))
    );
    let p = &v["properties"];
    assert_eq!(p["linkerName"], "c1");
    assert_eq!(p["targetId"], flex("/databases/demo"));
    assert!(p["sourceId"].is_null());
    assert_eq!(p["authType"], "userAccount");
    assert_eq!(
        p["validationDetail"][0],
        json!({"name": "TargetExistence", "description": "The target existence is validated", "result": "success"})
    );

    // A connector to a missing database: only the existence check, failed.
    let mut body = linker_body("aad_c2");
    body["properties"]["targetService"]["id"] = json!(flex("/databases/nope"));
    emu.put(&connector_url("c2"), &t, body).await;
    let (_, h, _) = emu
        .post(&format!("{}/validate?{LINKER_API}", connector("c2")), &t)
        .await;
    let (_, _, v) = emu.get(&op_url(&h), &t).await;
    let p = &v["properties"];
    assert_eq!(p["isConnectionAvailable"], false);
    assert_eq!(
        p["validationDetail"],
        json!([{"name": "TargetExistence", "description": "The target existence is validated", "result": "failure",
            "errorMessage": format!("Target resource does not exist: {}.", flex("/databases/nope"))}])
    );

    let configs = |name: &'static str, body: Value| {
        let emu = &emu;
        let t = t.clone();
        async move {
            emu.put(&connector_url(name), &t, body).await;
            let (s, _, v) = emu
                .post(
                    &format!("{}/generateConfigurations?{LINKER_API}", connector(name)),
                    &t,
                )
                .await;
            assert_eq!(s, 200);
            v["configurations"]
                .as_array()
                .expect("configurations")
                .iter()
                .map(|c| {
                    (
                        c["name"].as_str().expect("name").to_string(),
                        c["value"].as_str().expect("value").to_string(),
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    let names = |configs: Vec<(String, String)>| -> Vec<String> {
        configs.into_iter().map(|(n, _)| n).collect()
    };
    let host = "srv.postgres.database.azure.com";
    let mut uai = linker_body("aad_u");
    uai["properties"]["clientType"] = json!("dotnet");
    uai["properties"]["authInfo"] = json!({"authType": "userAssignedIdentity", "clientId": "cid-1", "subscriptionId": SUB, "userName": "aad_u"});
    assert_eq!(
        configs("u", uai).await,
        [
            ("AZURE_POSTGRESQL_CLIENTID".to_string(), "cid-1".to_string()),
            (
                "AZURE_POSTGRESQL_CONNECTIONSTRING".to_string(),
                format!("Server={host};Database=demo;Port=5432;Ssl Mode=Require;User Id=aad_u;")
            )
        ]
    );
    let mut spring = linker_body("aad_s");
    spring["properties"]["clientType"] = json!("springBoot");
    assert_eq!(
        names(configs("s", spring).await),
        [
            "spring.datasource.azure.passwordless-enabled",
            "spring.datasource.url",
            "spring.datasource.username"
        ]
    );
    let mut secret = linker_body("x");
    secret["properties"]["clientType"] = json!("springBoot");
    secret["properties"]["authInfo"] = json!({"authType": "secret", "name": "pgadmin", "secretInfo": {"secretType": "rawValue", "value": "s3cret"}});
    let got = configs("x", secret).await;
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|(_, v)| !v.contains("s3cret")),
        "secrets are never returned"
    );
    let mut node = linker_body("aad_n");
    node["properties"]["clientType"] = json!("nodejs");
    node["properties"]["authInfo"] = json!({"authType": "servicePrincipalSecret", "clientId": "app-1", "principalId": "p", "secret": "s3cret", "userName": "aad_n"});
    assert_eq!(
        names(configs("n", node).await),
        [
            "AZURE_POSTGRESQL_HOST",
            "AZURE_POSTGRESQL_USER",
            "AZURE_POSTGRESQL_DATABASE",
            "AZURE_POSTGRESQL_PORT",
            "AZURE_POSTGRESQL_SSL",
            "AZURE_POSTGRESQL_CLIENTID",
            "AZURE_POSTGRESQL_TENANTID"
        ]
    );
}

fn run(args: &[&str]) -> (bool, String) {
    let out = Command::new(exe()).args(args).output().expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn start_errors_are_clear_and_stop_cleans_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8");
    let missing = dir.path().join("nope.json");
    let (ok, err) = run(&[
        "start",
        "--detach",
        "--no-postgres",
        "--state-dir",
        d,
        "--seed",
        missing.to_str().expect("utf-8"),
    ]);
    assert!(!ok);
    assert!(
        err.contains("cannot read seed file") && err.contains("nope.json"),
        "{err}"
    );

    // A seed the emulator refuses, in the foreground: the error names it.
    let start_seeded = |seed: &std::path::Path| {
        run(&[
            "start",
            "--no-postgres",
            "--state-dir",
            d,
            "--seed",
            seed.to_str().expect("utf-8"),
        ])
    };
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"tenant": {"id": "t"}, "subscriptions": []"#).expect("write");
    let (ok, err) = start_seeded(&bad);
    assert!(!ok);
    assert!(err.contains("bad.json") && err.contains("line 1"), "{err}");
    let mut seed = demo_seed();
    seed["subscriptions"] = json!([]);
    std::fs::write(&bad, seed.to_string()).expect("write");
    let (ok, err) = start_seeded(&bad);
    assert!(!ok);
    assert!(err.contains("at least one subscription"), "{err}");

    // A corrupt previous seed in the state dir, no --seed: the error says where it came from.
    std::fs::write(dir.path().join("seed.json"), "{").expect("write");
    let (ok, err) = run(&["start", "--detach", "--no-postgres", "--state-dir", d]);
    assert!(!ok);
    assert!(
        err.contains("the emulator exited during start") && err.contains("pass --seed FILE"),
        "{err}"
    );
    std::fs::remove_file(dir.path().join("seed.json")).expect("rm");

    // stop with a pid file naming a dead process removes it.
    let mut child = Command::new("true").spawn().expect("spawn");
    let dead = child.id();
    child.wait().expect("wait");
    std::fs::write(dir.path().join("emulator.pid"), dead.to_string()).expect("write");
    let out = Command::new(exe())
        .args(["stop", "--state-dir", d])
        .output()
        .expect("stop");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("not running"));
    assert!(!dir.path().join("emulator.pid").exists());

    // Without --seed (and no previous one) the built-in demo world starts; a second start is refused.
    let (ok, err) = run(&["start", "--detach", "--no-postgres", "--state-dir", d]);
    assert!(ok, "{err}");
    let (again, err) = run(&["start", "--detach", "--no-postgres", "--state-dir", d]);
    let (stopped, _) = run(&["stop", "--state-dir", d]);
    assert!(stopped);
    assert!(!again);
    assert!(err.contains("already running"), "{err}");
}

/// az's client capability, as MSAL Python serializes it into `claims`.
const CP1: &str = r#"{"access_token": {"xms_cc": {"values": ["CP1"]}}}"#;

/// alice's refresh token redeemed for ARM as az's MSAL sends it, with `claims` when given.
async fn redeem_arm(emu: &Emu, claims: Option<&str>) -> (u16, Value) {
    let (_, rt) = emu
        .admin("GET", "/refresh-token?user=alice@contoso.com", None)
        .await;
    let rt = rt["refreshToken"]
        .as_str()
        .expect("refresh token")
        .to_owned();
    let scope = format!("{ARM_SCOPE} offline_access openid profile");
    let mut form = vec![
        ("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
        ("grant_type", "refresh_token"),
        ("refresh_token", rt.as_str()),
        ("scope", scope.as_str()),
        ("client_info", "1"),
    ];
    form.extend(claims.map(|c| ("claims", c)));
    emu.token_raw(&form).await
}

/// The access token of a successful token answer.
fn access_token(answer: (u16, Value)) -> String {
    assert_eq!(answer.0, 200, "{}", answer.1);
    answer.1["access_token"]
        .as_str()
        .expect("access_token")
        .to_owned()
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
}

#[tokio::test]
async fn token_requests_carry_their_claims_into_the_token() {
    let emu = Emu::start();
    let plain = claims(&access_token(redeem_arm(&emu, None).await));
    assert_eq!(
        (plain.get("xms_cc"), plain.get("acrs"), &plain["nbf"]),
        (None, None, &plain["iat"])
    );
    // What az sends with every request: the CP1 capability, issued into the token.
    let cp1 = claims(&access_token(redeem_arm(&emu, Some(CP1)).await));
    assert_eq!(cp1["xms_cc"], json!(["CP1"]));
    assert_eq!(cp1["oid"], ALICE_OID);
    let sp = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", SP_APP),
            ("client_secret", SP_SECRET),
            ("scope", ARM_SCOPE),
            ("claims", CP1),
        ])
        .await;
    assert_eq!(claims(&access_token(sp))["xms_cc"], json!(["CP1"]));
    // A revocation's nbf and an authentication context, merged with the capability as MSAL merges them.
    let now = unix_now();
    let asked = json!({"access_token": {
        "nbf": {"essential": true, "value": now.to_string()},
        "acrs": {"essential": true, "value": "c1"},
        "xms_cc": {"values": ["CP1"]}
    }});
    let c = claims(&access_token(
        redeem_arm(&emu, Some(&asked.to_string())).await,
    ));
    assert!(c["nbf"].as_i64().expect("nbf") >= now, "{c}");
    assert_eq!(
        (&c["acrs"], &c["xms_cc"]),
        (&json!(["c1"]), &json!(["CP1"]))
    );
}

#[tokio::test]
async fn a_malformed_claims_request_is_refused_as_entra_does() {
    let emu = Emu::start();
    for malformed in [
        "{\"access_token\": ",
        "[\"CP1\"]",
        r#"{"access_token": "CP1"}"#,
        r#"{"access_token": {"xms_cc": ["CP1"]}}"#,
    ] {
        let (s, v) = redeem_arm(&emu, Some(malformed)).await;
        assert_eq!(s, 400, "{malformed}: {v}");
        assert_entra_error(&v, "invalid_request", "AADSTS50117: ");
        assert_eq!(v["error_codes"], json!([50117]));
    }
    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", SP_APP),
            ("client_secret", SP_SECRET),
            ("scope", ARM_SCOPE),
            ("claims", "not json"),
        ])
        .await;
    assert_eq!((s, v["error"].as_str()), (400, Some("invalid_request")));
}

/// The claims of a 401's CAE challenge, decoded.
fn challenged_claims(answer: &Answer) -> Value {
    use base64::Engine;
    assert_eq!(answer.0, 401, "{}", answer.2);
    assert_eq!(answer.2["error"]["code"], "InvalidAuthenticationToken");
    let challenge = header(&answer.1, "www-authenticate");
    assert!(
        challenge.contains("error=\"insufficient_claims\""),
        "{challenge}"
    );
    let encoded = challenge
        .split("claims=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("claims parameter");
    let json = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .expect("base64");
    serde_json::from_slice(&json).expect("claims JSON")
}

#[tokio::test]
async fn a_claims_challenge_holds_until_a_token_meets_it() {
    let emu = Emu::start();
    let list = "/subscriptions?api-version=2022-12-01";
    let groups = format!("/subscriptions/{SUB}/resourcegroups?api-version=2024-11-01");
    let old = access_token(redeem_arm(&emu, Some(CP1)).await);
    assert_eq!(emu.status(list, &old).await, 200);
    let (s, v) = emu
        .admin(
            "POST",
            "/knobs/faults",
            Some(json!({"method": "GET", "path": "/subscriptions", "action": "claimsChallenge"})),
        )
        .await;
    assert_eq!(s, 204, "{v}");
    let challenge = challenged_claims(&emu.get(list, &old).await);
    assert_eq!(challenge["access_token"]["nbf"]["essential"], true);
    // ARM keeps refusing the session's older token, on every route, with the same challenge.
    assert_eq!(challenged_claims(&emu.get(list, &old).await), challenge);
    assert_eq!(challenged_claims(&emu.get(&groups, &old).await), challenge);
    // A token requested without the challenge's claims is no better.
    let claimless = access_token(redeem_arm(&emu, Some(CP1)).await);
    assert_eq!(
        challenged_claims(&emu.get(list, &claimless).await),
        challenge
    );
    // Other sessions are not affected.
    assert_eq!(emu.status(list, &emu.sp_token(ARM_SCOPE).await).await, 200);
    // The challenge's claims with the capability merged in (MSAL's merge) get a token that meets it.
    let mut merged = challenge.clone();
    merged["access_token"]["xms_cc"] = json!({"values": ["CP1"]});
    let fresh = access_token(redeem_arm(&emu, Some(&merged.to_string())).await);
    assert_eq!(emu.status(list, &fresh).await, 200);
    assert_eq!(emu.status(&groups, &fresh).await, 200);
    assert_eq!(emu.status(list, &old).await, 401);
    // The reset forgets the challenge.
    let (s, _) = emu.admin("POST", "/reset", None).await;
    assert_eq!(s, 204);
    assert_eq!(emu.status(list, &old).await, 200);
}
