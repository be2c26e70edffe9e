//! End-to-end tests of azconn-emulator's HTTPS surface (Entra, ARM, Graph, managed identity), its admin knobs,
//! request log, start/stop and the az shim. Each test runs its own emulator process (no PostgreSQL).

mod common;

use std::process::Command;

use common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn start_writes_client_files_and_stop_ends_it() {
    let emu = Emu::start();
    let d = emu.path();
    for f in [
        "ca.pem",
        "env.sh",
        "env-sp.sh",
        "env-mi.sh",
        "env.json",
        "bin/az",
        "azure/config",
        "azure/clouds.config",
        "ports.json",
        "emulator.pid",
    ] {
        assert!(d.join(f).exists(), "{f} missing");
    }
    let profile = std::fs::read(d.join("azure/azureProfile.json")).expect("profile");
    assert_eq!(
        &profile[..3],
        b"\xef\xbb\xbf",
        "azureProfile.json starts with a BOM"
    );
    let clouds = std::fs::read_to_string(d.join("azure/clouds.config")).expect("clouds");
    assert!(clouds.contains(&format!(
        "endpoint_resource_manager = https://127.0.0.1:{}/",
        emu.arm
    )));
    assert!(clouds.contains("suffix_postgresql_server_endpoint = .postgres.database.azure.com"));
    let env = std::fs::read_to_string(d.join("env.sh")).expect("env.sh");
    assert!(
        env.contains("export AZURE_CONFIG_DIR=") && env.contains("export PGHOSTADDR='127.0.0.1'")
    );
    let pid: u32 = std::fs::read_to_string(d.join("emulator.pid"))
        .expect("pid")
        .trim()
        .parse()
        .expect("pid");
    let out = Command::new(exe())
        .arg("stop")
        .arg("--state-dir")
        .arg(d)
        .output()
        .expect("stop");
    assert!(out.status.success());
    assert!(!d.join("ports.json").exists());
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    assert!(
        stat.is_empty() || stat.contains(") Z"),
        "emulator still running: {stat}"
    );
}

fn shim(emu: &Emu, args: &[&str]) -> (bool, Value, String) {
    let out = Command::new(emu.path().join("bin/az"))
        .args(args)
        .output()
        .expect("az shim");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.success(),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn az_shim_answers_account_show_and_get_access_token() {
    let emu = Emu::start();
    let (ok, v, _) = shim(&emu, &["account", "show", "-o", "json"]);
    assert!(ok);
    assert_eq!(
        v["user"],
        json!({"name": "alice@contoso.com", "type": "user"})
    );
    assert_eq!(v["id"], SUB);
    assert_eq!(v["tenantId"], TENANT);
    assert_eq!(v["isDefault"], true);

    let (ok, v, err) = shim(
        &emu,
        &[
            "account",
            "get-access-token",
            "-o",
            "json",
            "--resource-type",
            "oss-rdbms",
        ],
    );
    assert!(ok, "{err}");
    let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
    assert_eq!(
        keys,
        [
            "accessToken",
            "expiresOn",
            "expires_on",
            "subscription",
            "tenant",
            "tokenType"
        ]
    );
    let c = claims(v["accessToken"].as_str().expect("token"));
    assert_eq!(c["aud"], "https://ossrdbms-aad.database.windows.net");
    assert_eq!(c["upn"], "alice@contoso.com");
    assert_eq!(c["idtyp"], "user");
    assert_eq!(v["expires_on"], c["exp"]);
    let expires_on = v["expiresOn"].as_str().expect("expiresOn");
    assert_eq!(expires_on.len(), "2024-01-01 00:00:00.000000".len());

    // Deterministic per identity and audience: the PostgreSQL password stays stable.
    let (_, again, _) = shim(
        &emu,
        &[
            "account",
            "get-access-token",
            "-o",
            "json",
            "--scope",
            "https://ossrdbms-aad.database.windows.net/.default",
        ],
    );
    assert_eq!(again["accessToken"], v["accessToken"]);

    // Like az, it declares the CAE client capability in every token request unless AZURE_IDENTITY_DISABLE_CP1 is set.
    let capabilities = |disabled: bool| {
        let mut az = Command::new(emu.path().join("bin/az"));
        az.args(["account", "get-access-token", "-o", "json"]);
        if disabled {
            az.env("AZURE_IDENTITY_DISABLE_CP1", "1");
        } else {
            az.env_remove("AZURE_IDENTITY_DISABLE_CP1");
        }
        let out = az.output().expect("az shim");
        let v: Value = serde_json::from_slice(&out.stdout).expect("token JSON");
        claims(v["accessToken"].as_str().expect("token"))["xms_cc"].clone()
    };
    assert_eq!(
        (capabilities(false), capabilities(true)),
        (json!(["CP1"]), Value::Null)
    );

    let (ok, v, _) = shim(
        &emu,
        &[
            "account",
            "get-access-token",
            "-o",
            "json",
            "--scope",
            ARM_SCOPE,
            "--tenant",
            TENANT,
        ],
    );
    assert!(ok);
    assert!(
        v.get("subscription").is_none(),
        "az omits subscription with --tenant"
    );
    assert_eq!(
        claims(v["accessToken"].as_str().expect("t"))["aud"],
        "https://management.core.windows.net/"
    );

    let out = Command::new(emu.path().join("bin/az"))
        .args([
            "account",
            "get-access-token",
            "--resource-type",
            "oss-rdbms",
            "--query",
            "accessToken",
            "-o",
            "tsv",
        ])
        .output()
        .expect("az shim");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        again["accessToken"].as_str().expect("token")
    );

    let (ok, _, err) = shim(&emu, &["group", "list"]);
    assert!(!ok);
    assert!(err.starts_with("ERROR: "));
}

#[tokio::test]
async fn entra_token_endpoint_errors_look_like_entra() {
    let emu = Emu::start();
    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", SP_APP),
            ("client_secret", "wrong"),
            ("scope", ARM_SCOPE),
        ])
        .await;
    assert_eq!(s, 401);
    assert_entra_error(&v, "invalid_client", "AADSTS7000215: ");

    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", "nope"),
            ("client_secret", "x"),
            ("scope", ARM_SCOPE),
        ])
        .await;
    assert_eq!((s, v["error"].as_str()), (400, Some("unauthorized_client")));

    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "garbage"),
            ("scope", ARM_SCOPE),
        ])
        .await;
    assert_eq!((s, v["error"].as_str()), (400, Some("invalid_grant")));

    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", SP_APP),
            ("client_secret", SP_SECRET),
            ("scope", "https://unknown.example/.default"),
        ])
        .await;
    assert_eq!((s, v["error"].as_str()), (400, Some("invalid_resource")));
    assert_eq!(v["error_codes"], json!([500011]));

    let (s, v) = emu
        .token_raw(&[
            ("grant_type", "client_credentials"),
            ("client_id", SP_APP),
            ("client_secret", SP_SECRET),
        ])
        .await;
    assert_eq!((s, v["error"].as_str()), (400, Some("invalid_request")));

    let token = emu.sp_token(ARM_SCOPE).await;
    let c = claims(&token);
    assert_eq!(c["idtyp"], "app");
    assert_eq!(c["appid"], SP_APP);
    assert_eq!(c["iss"], format!("https://sts.windows.net/{TENANT}/"));
    assert_eq!(c["ver"], "1.0");
    assert!(c.get("upn").is_none());
}

#[tokio::test]
async fn arm_refuses_missing_wrong_audience_and_forged_tokens() {
    let emu = Emu::start();
    let path = format!("/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01");
    let (s, h, v) = emu.call("GET", &path, None, None).await;
    assert_eq!(s, 401);
    assert_eq!(v["error"]["code"], "AuthenticationFailed");
    assert!(h.contains_key("www-authenticate"));

    let pg = emu
        .user_token(
            "alice@contoso.com",
            "https://ossrdbms-aad.database.windows.net/.default",
        )
        .await;
    let (s, _, v) = emu.get(&path, &pg).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationTokenAudience"))
    );

    let arm = emu.alice_arm().await;
    let mut forged: Vec<&str> = arm.split('.').collect();
    let other = emu.sp_token(ARM_SCOPE).await;
    forged[1] = other.split('.').nth(1).expect("payload");
    let (s, _, v) = emu.get(&path, &forged.join(".")).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationToken"))
    );

    let (s, _, v) = emu.get(&path, &arm).await;
    assert_eq!(s, 200);
    assert_eq!(
        v,
        json!({"id": format!("/subscriptions/{SUB}/resourceGroups/rg"), "name": "rg", "type": "Microsoft.Resources/resourceGroups", "location": "eastus", "tags": {}, "properties": {"provisioningState": "Succeeded"}})
    );

    let (s, _, v) = emu
        .get(&format!("/subscriptions/{SUB}/resourcegroups/rg"), &arm)
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("MissingApiVersionParameter"))
    );
}

#[tokio::test]
async fn arm_subscriptions_tenants_and_not_found_shapes() {
    let emu = Emu::start();
    let t = emu.sp_token(ARM_SCOPE).await;
    let (s, _, v) = emu.get("/subscriptions?api-version=2022-12-01", &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["value"][0]["subscriptionId"], SUB);
    let (_, _, v) = emu.get("/tenants?api-version=2022-12-01", &t).await;
    assert_eq!(v["value"][0]["tenantId"], TENANT);

    let (s, _, v) = emu
        .get(
            &format!("/subscriptions/{SUB}/resourcegroups/nope?api-version=2024-11-01"),
            &t,
        )
        .await;
    assert_eq!(s, 404);
    assert_eq!(
        v,
        json!({"error": {"code": "ResourceGroupNotFound", "message": "Resource group 'nope' could not be found."}})
    );

    let (s, _, v) = emu
        .get(
            &format!("{}?api-version={FLEX_API}", flex("/databases/nope")),
            &t,
        )
        .await;
    assert_eq!(s, 404);
    assert_eq!(
        v["error"]["message"],
        "The requested resource of type 'Microsoft.DBforPostgreSQL/flexibleServers/databases' with name 'nope' was not found."
    );

    // Paths are case-insensitive like ARM.
    let upper = flex("/databases/demo")
        .to_uppercase()
        .replace(&SUB.to_uppercase(), SUB);
    let (s, _, v) = emu
        .get(&format!("{upper}?api-version={FLEX_API}"), &t)
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["name"], "demo");

    let single = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/nope?api-version=2017-12-01"
    );
    let (s, _, v) = emu.get(&single, &t).await;
    assert_eq!(s, 404);
    assert!(v["error"]["message"].as_str().expect("m").starts_with("The Resource 'Microsoft.DBforPostgreSQL/servers/nope' under resource group 'rg' was not found."));
}

/// Polls an Azure-AsyncOperation URL until it ends (bounded).
async fn poll(emu: &Emu, token: &str, url: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for _ in 0..20 {
        let (s, _, v) = emu.call("GET", url, Some(token), None).await;
        assert_eq!(s, 200, "{v}");
        let st = v["status"].as_str().expect("status").to_string();
        seen.push(st.clone());
        if ["Succeeded", "Failed", "Canceled"].contains(&st.as_str()) {
            break;
        }
    }
    seen
}

#[tokio::test]
async fn flexible_patch_enables_entra_through_an_lro() {
    let emu = Emu::start_seeded(entra_off, &[]);
    let t = emu.alice_arm().await;
    let server = format!("{}?api-version={FLEX_API}", flex(""));
    let (_, _, before) = emu.get(&server, &t).await;
    assert_eq!(
        before["properties"]["authConfig"]["activeDirectoryAuth"],
        "Disabled"
    );
    assert_eq!(
        emu.status(
            &format!("{}?api-version={FLEX_API}", flex("/capabilities")),
            &t,
        )
        .await,
        200
    );

    emu.lro("PATCH", "/**/flexibleServers/*", 2, "Succeeded")
        .await;
    let body = json!({"properties": {"authConfig": {"activeDirectoryAuth": "Enabled", "passwordAuth": "Enabled", "tenantId": null}}});
    let (s, h, _) = emu.patch(&server, &t, body).await;
    assert_eq!(s, 202);
    assert!(header(&h, "location").contains("/operationResults/"));
    let op = h["azure-asyncoperation"].to_str().expect("op").to_string();
    assert!(
        op.contains("/providers/Microsoft.DBforPostgreSQL/locations/eastus/azureAsyncOperation/")
    );
    assert_eq!(
        poll(&emu, &t, &op).await,
        ["InProgress", "InProgress", "Succeeded"]
    );
    let (_, _, after) = emu.get(&server, &t).await;
    assert_eq!(
        after["properties"]["authConfig"]["activeDirectoryAuth"],
        "Enabled"
    );
    assert_eq!(after["properties"]["authConfig"]["tenantId"], TENANT);

    let (s, _, v) = emu
        .patch(
            &server,
            &t,
            json!({"properties": {"network": {"publicNetworkAccess": "Sometimes"}}}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("InvalidParameterValue"))
    );
}

#[tokio::test]
async fn failed_lro_leaves_the_server_unchanged() {
    let emu = Emu::start_seeded(entra_off, &[]);
    let t = emu.alice_arm().await;
    emu.lro("PATCH", "/**", 0, "Failed").await;
    let server = format!("{}?api-version={FLEX_API}", flex(""));
    let (s, h, _) = emu
        .patch(
            &server,
            &t,
            json!({"properties": {"authConfig": {"activeDirectoryAuth": "Enabled"}}}),
        )
        .await;
    assert_eq!(s, 202);
    let op = h["azure-asyncoperation"].to_str().expect("op").to_string();
    let (_, _, v) = emu.get(&op, &t).await;
    assert_eq!(v["status"], "Failed");
    assert_eq!(v["error"]["code"], "InternalServerError");
    let (_, _, after) = emu.get(&server, &t).await;
    assert_eq!(
        after["properties"]["authConfig"]["activeDirectoryAuth"],
        "Disabled"
    );
}

#[tokio::test]
async fn flexible_administrators_and_firewall_rules() {
    let (emu, t) = Emu::signed_in().await;
    let admins = format!("{}?api-version={FLEX_API}", flex("/administrators"));
    let (_, _, v) = emu.get(&admins, &t).await;
    assert_eq!(v, json!({"value": []}));
    let one = format!(
        "{}?api-version={FLEX_API}",
        flex(&format!("/administrators/{ALICE_OID}"))
    );
    let body = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, h, _) = emu.put(&one, &t, body).await;
    assert_eq!(s, 202);
    assert_eq!(
        poll(&emu, &t, h["azure-asyncoperation"].to_str().expect("op")).await,
        ["Succeeded"]
    );
    let (s, _, v) = emu.get(&one, &t).await;
    assert_eq!(s, 200);
    assert_eq!(
        v["properties"],
        json!({"principalType": "User", "principalName": "alice@contoso.com", "objectId": ALICE_OID, "tenantId": TENANT})
    );
    assert_eq!(
        v["type"],
        "Microsoft.DBforPostgreSQL/flexibleServers/administrators"
    );
    let (_, _, v) = emu.get(&admins, &t).await;
    assert_eq!(v["value"].as_array().map(Vec::len), Some(1));
    let (s, _, _) = emu.delete(&one, &t).await;
    assert_eq!(s, 202);
    assert_eq!(emu.status(&one, &t).await, 404);

    let rule = format!(
        "{}?api-version={FLEX_API}",
        flex("/firewallRules/svc_abcde")
    );
    let (s, _, v) = emu.put(&rule, &t, firewall_rule("127.0.0.1", "nope")).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("InvalidParameterValue"))
    );
    let (s, _, _) = emu
        .put(&rule, &t, firewall_rule("127.0.0.1", "127.0.0.1"))
        .await;
    assert_eq!(s, 202);
    let (s, _, v) = emu.get(&rule, &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["properties"]["endIpAddress"], "127.0.0.1");
    let (s, _, _) = emu.delete(&rule, &t).await;
    assert_eq!(s, 202);
    let (s, _, _) = emu.delete(&rule, &t).await;
    assert_eq!(s, 204);
}

#[tokio::test]
async fn service_linker_connector_lifecycle() {
    let (emu, t) = Emu::signed_in().await;
    let api = "api-version=2024-07-01-preview";
    let url = format!("{}?{api}", connector("conn1"));
    let mut body = linker_body("aad_conn1");
    let (s, h, v) = emu.put(&url, &t, body.clone()).await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["properties"]["provisioningState"], "Accepted");
    assert_eq!(v["properties"]["authInfo"]["userName"], "aad_conn1");
    assert_eq!(v["type"], "microsoft.servicelinker/locations/connectors");
    assert_eq!(v["systemData"]["createdBy"], "alice@contoso.com");
    let op = h["azure-asyncoperation"].to_str().expect("op").to_string();
    assert!(op.contains("/providers/Microsoft.ServiceLinker/locations/EASTUS/operationStatuses/"));
    assert_eq!(poll(&emu, &t, &op).await, ["Succeeded"]);
    let (s, _, v) = emu.get(&url, &t).await;
    assert_eq!(s, 200);
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");
    assert_eq!(
        v["id"],
        format!(
            "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/conn1"
        )
    );

    // Secrets are not echoed back.
    body["properties"]["authInfo"] = json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "rawValue", "value": "hunter2"}});
    let (s, _, v) = emu
        .put(&format!("{}?{api}", connector("conn2")), &t, body.clone())
        .await;
    assert_eq!(s, 201);
    assert_eq!(
        v["properties"]["authInfo"],
        json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "rawValue"}})
    );
    body["properties"]["authInfo"] = json!({"authType": "bogus"});
    let (s, _, _) = emu
        .put(&format!("{}?{api}", connector("conn3")), &t, body)
        .await;
    assert_eq!(s, 400);

    // Paging: one item per page.
    emu.admin("PUT", "/knobs/page-size", Some(json!({"pageSize": 1})))
        .await;
    let mut next = Some(format!("{}?{api}", connector("").trim_end_matches('/')));
    let mut names = Vec::new();
    for _ in 0..5 {
        let Some(u) = next.take() else { break };
        let (s, _, v) = emu.get(&u, &t).await;
        assert_eq!(s, 200, "{v}");
        names.extend(
            v["value"]
                .as_array()
                .expect("value")
                .iter()
                .map(|c| c["name"].as_str().expect("name").to_string()),
        );
        next = v["nextLink"].as_str().map(str::to_string);
    }
    assert_eq!(names, ["conn1", "conn2"]);

    let (s, _, v) = emu
        .post(
            &format!("{}/generateConfigurations?{api}", connector("conn1")),
            &t,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        v["configurations"][0]["name"],
        "AZURE_POSTGRESQL_CONNECTIONSTRING"
    );
    assert!(
        v["configurations"][0]["value"]
            .as_str()
            .expect("value")
            .contains("user=aad_conn1")
    );

    let (s, h, _) = emu
        .post(&format!("{}/validate?{api}", connector("conn1")), &t)
        .await;
    assert_eq!(s, 202);
    let (_, _, v) = emu
        .get(h["azure-asyncoperation"].to_str().expect("op"), &t)
        .await;
    assert_eq!(v["status"], "Succeeded");
    assert_eq!(v["properties"]["isConnectionAvailable"], true);
    assert_eq!(v["properties"]["validationDetail"][0]["result"], "success");

    let (s, h, _) = emu.delete(&url, &t).await;
    assert_eq!(s, 202);
    assert!(h.contains_key("azure-asyncoperation"));
    assert_eq!(emu.status(&url, &t).await, 404);

    let (s, _, v) = emu
        .get(&format!("/providers/Microsoft.ServiceLinker/configurationNames?{api}&$filter=TargetService%20eq%20'Microsoft.DBforPostgreSQL/flexibleServers/databases'%20and%20ClientType%20eq%20'python'"), &t)
        .await;
    assert_eq!(s, 200);
    assert!(
        v["value"]
            .as_array()
            .expect("value")
            .iter()
            .all(|i| i["properties"]["clientType"] == "python")
    );
}

#[tokio::test]
async fn graph_me_guests_and_service_principals() {
    let emu = Emu::start();
    let base = format!("https://127.0.0.1:{}/", emu.arm);
    let scope = format!("{base}.default");
    let t = emu.user_token("alice@contoso.com", &scope).await;
    let (s, _, v) = emu.get("/v1.0/me", &t).await;
    assert_eq!(s, 200);
    assert_eq!(
        (v["id"].as_str(), v["userPrincipalName"].as_str()),
        (Some(ALICE_OID), Some("alice@contoso.com"))
    );
    let g = emu.user_token("bob@fabrikam.com", &scope).await;
    let (_, _, v) = emu.get("/v1.0/me", &g).await;
    assert_eq!(
        v["userPrincipalName"],
        "bob_fabrikam.com#EXT#@contoso.onmicrosoft.com"
    );
    assert_eq!(v["mail"], "bob@fabrikam.com");
    assert!(claims(&g).get("upn").is_none());

    let arm = emu.alice_arm().await;
    let (s, _, v) = emu.get("/v1.0/me", &arm).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationToken"))
    );

    let sp = emu.sp_token(&scope).await;
    let (s, _, v) = emu.get("/v1.0/me", &sp).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("BadRequest")));
    let (s, _, v) = emu
        .get(
            &format!("/v1.0/servicePrincipals?$filter=appId%20eq%20'{SP_APP}'"),
            &t,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(v["value"][0]["appId"], SP_APP);
    let (s, _, v) = emu
        .get(&format!("/v1.0/servicePrincipals(appId='{SP_APP}')"), &t)
        .await;
    assert_eq!((s, v["displayName"].as_str()), (200, Some("azconn-ci")));
    assert_eq!(
        emu.status(
            "/v1.0/servicePrincipals(appId='00000000-0000-0000-0000-000000000000')",
            &t,
        )
        .await,
        404
    );
}

#[tokio::test]
async fn managed_identity_endpoint_needs_the_identity_header() {
    let emu = Emu::start();
    let header = std::fs::read_to_string(emu.path().join("identity-header")).expect("header");
    let url =
        emu.url("/msi/token?api-version=2019-08-01&resource=https://management.core.windows.net/");
    let r = emu.http.get(&url).send().await.expect("req");
    assert_eq!(r.status().as_u16(), 401);
    let r = emu
        .http
        .get(&url)
        .header("X-IDENTITY-HEADER", header.trim())
        .send()
        .await
        .expect("req");
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.expect("json");
    assert!(v["expires_on"].is_string());
    let c = claims(v["access_token"].as_str().expect("t"));
    assert_eq!(
        (c["aud"].as_str(), c["idtyp"].as_str()),
        (Some("https://management.core.windows.net/"), Some("app"))
    );
}

#[tokio::test]
async fn fault_scripts_and_request_log() {
    let emu = Emu::start_with(&["--latency-ms", "1"]);
    let t = emu.alice_arm().await;
    let rg = format!("/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01");
    emu.admin("POST", "/knobs/faults", Some(json!({"method": "GET", "path": "/subscriptions/*/resourcegroups/*", "nth": 1, "action": "status", "status": 429, "retryAfter": 3, "body": {"error": {"code": "TooManyRequests", "message": "slow down"}}}))).await;
    let (s, h, v) = emu.get(&rg, &t).await;
    assert_eq!((s, h["retry-after"].to_str().ok()), (429, Some("3")));
    assert_eq!(v["error"]["code"], "TooManyRequests");
    assert_eq!(emu.status(&rg, &t).await, 200);

    emu.admin(
        "POST",
        "/knobs/faults",
        Some(json!({"path": "/subscriptions/*/resourcegroups/*", "nth": 1, "action": "reset"})),
    )
    .await;
    let r = emu.http.get(emu.url(&rg)).bearer_auth(&t).send().await;
    assert!(r.is_err(), "connection should be dropped");
    assert_eq!(emu.status(&rg, &t).await, 200);

    emu.admin(
        "PUT",
        "/knobs/latency",
        Some(json!({"defaultMs": 0, "routes": [{"path": "/subscriptions/**", "ms": 5}]})),
    )
    .await;
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["latency"]["routes"][0]["ms"], 5);

    let log = emu.requests().await;
    let rg_calls: Vec<&Value> = log
        .iter()
        .filter(|e| {
            e["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("/resourcegroups/rg"))
        })
        .collect();
    assert_eq!(rg_calls.len(), 4);
    assert_eq!(
        rg_calls
            .iter()
            .map(|e| e["status"].as_u64().unwrap_or(0))
            .collect::<Vec<_>>(),
        [429, 200, 0, 200]
    );
    assert_eq!(rg_calls[2]["fault"], "reset");
    assert_eq!(rg_calls[0]["apiVersion"], "2024-11-01");
    assert!(rg_calls[0]["connection"].as_u64().is_some());
    let file = std::fs::read_to_string(emu.path().join("requests.jsonl")).expect("log file");
    assert_eq!(file.lines().count(), log.len());
    assert!(!file.contains(SP_SECRET));

    let (s, _) = emu.admin("DELETE", "/requests", None).await;
    assert_eq!(s, 204);
    assert!(emu.requests().await.is_empty());
}

#[tokio::test]
async fn reset_and_token_rotation() {
    let (emu, t) = Emu::signed_in().await;
    let put = format!("{}?api-version=2024-07-01-preview", connector("c1"));
    let (s, _, _) = emu.put(&put, &t, linker_body("aad_c1")).await;
    assert_eq!(s, 201);
    let (s, _) = emu.admin("POST", "/reset", None).await;
    assert_eq!(s, 204);
    assert_eq!(emu.status(&put, &t).await, 404);

    let pg_scope = "https://ossrdbms-aad.database.windows.net/.default";
    let before = emu.user_token("alice@contoso.com", pg_scope).await;
    let (s, v) = emu.admin("POST", "/rotate-tokens", None).await;
    assert_eq!(s, 200);
    assert!(v["generation"].as_u64().is_some());
    let after = emu.user_token("alice@contoso.com", pg_scope).await;
    assert_ne!(before, after);
    // Tokens of the previous generation stay valid for ARM until they expire.
    assert_eq!(
        emu.status(&format!("/subscriptions/{SUB}?api-version=2022-12-01"), &t)
            .await,
        200
    );
}

/// `POST /expire-tokens` and the `expireTokens` fault: every token issued so far is refused as expired by ARM
/// (with its `WWW-Authenticate` challenge) and Graph; tokens from the token endpoint, the az shim and the managed
/// identity endpoint afterwards are of the new generation and work.
#[tokio::test]
async fn token_expiry_knob_and_fault() {
    let emu = Emu::start();
    let sub = format!("/subscriptions/{SUB}?api-version=2022-12-01");
    let graph_scope = format!("https://127.0.0.1:{}/.default", emu.arm);
    let arm = emu.alice_arm().await;
    let graph = emu.user_token("alice@contoso.com", &graph_scope).await;
    assert_eq!(emu.status(&sub, &arm).await, 200);

    let (s, v) = emu.admin("POST", "/expire-tokens", None).await;
    assert_eq!(s, 200, "{v}");
    let (s, h, v) = emu.get(&sub, &arm).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("ExpiredAuthenticationToken"))
    );
    let message = v["error"]["message"].as_str().expect("message");
    assert!(
        message.starts_with("The access token expiry UTC time '")
            && message.contains("' is earlier than current UTC time '"),
        "{message}"
    );
    let challenge = h
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok())
        .expect("challenge");
    assert_eq!(
        challenge,
        "Bearer authorization_uri=\"https://login.windows.net/\", error=\"invalid_token\", error_description=\"The access token has expired.\""
    );
    let (s, h, v) = emu.get("/v1.0/me", &graph).await;
    assert_eq!(
        (
            s,
            v["error"]["code"].as_str(),
            v["error"]["message"].as_str()
        ),
        (
            401,
            Some("InvalidAuthenticationToken"),
            Some("Lifetime validation failed, the token is expired.")
        )
    );
    assert!(h.get("www-authenticate").is_some());

    // New tokens work: the token endpoint, the az shim, the managed identity endpoint.
    let fresh = emu.alice_arm().await;
    assert_ne!(fresh, arm);
    assert_eq!(emu.status(&sub, &fresh).await, 200);
    let graph2 = emu.user_token("alice@contoso.com", &graph_scope).await;
    assert_eq!(emu.status("/v1.0/me", &graph2).await, 200);
    let (ok, v, err) = shim(&emu, &["account", "get-access-token", "-o", "json"]);
    assert!(ok, "{err}");
    let (s, _, _) = emu.call("GET", &sub, v["accessToken"].as_str(), None).await;
    assert_eq!(s, 200);
    let r = emu
        .msi("api-version=2019-08-01&resource=https://management.core.windows.net/")
        .await;
    let v: Value = r.json().await.expect("json");
    let (s, _, _) = emu
        .call("GET", &sub, v["access_token"].as_str(), None)
        .await;
    assert_eq!(s, 200);

    // The fault, `after`: the matching request is answered, then its token (and every other) is expired.
    let (s, _) = emu
        .admin(
            "POST",
            "/knobs/faults",
            Some(json!({"method": "GET", "path": "/subscriptions/*", "action": "expireTokens"})),
        )
        .await;
    assert_eq!(s, 204);
    assert_eq!(
        emu.status(&sub, &fresh).await,
        200,
        "answered before the expiry"
    );
    let (s, _, v) = emu.get(&sub, &fresh).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("ExpiredAuthenticationToken"))
    );
    let newer = emu.alice_arm().await;
    assert_eq!(emu.status(&sub, &newer).await, 200, "the fault hit once");
    let log = emu.requests().await;
    assert!(log.iter().any(|e| e["fault"] == "expireTokens"));

    // `before`, on every call: even a token fetched just now is refused (a permanent failure).
    emu.admin("DELETE", "/knobs/faults", None).await;
    emu.admin(
        "POST",
        "/knobs/faults",
        Some(json!({"method": "GET", "path": "/subscriptions/*", "action": "expireTokens", "when": "before", "times": 100})),
    )
    .await;
    for _ in 0..2 {
        let t = emu.alice_arm().await;
        let (s, _, v) = emu.get(&sub, &t).await;
        assert_eq!(
            (s, v["error"]["code"].as_str()),
            (401, Some("ExpiredAuthenticationToken"))
        );
    }
}

#[tokio::test]
async fn single_server_routes() {
    let dir = tempfile::tempdir().expect("tmp");
    let seed_path = dir.path().join("seed.json");
    let mut seed: Value = serde_json::from_str(include_str!("../seeds/demo.json")).expect("seed");
    seed["servers"].as_array_mut().expect("servers").push(
        json!({"kind": "single", "name": "ss", "resourceGroup": "rg", "databases": ["demo"]}),
    );
    std::fs::write(&seed_path, serde_json::to_vec(&seed).expect("json")).expect("write");
    let emu = Emu::start_with(&["--seed", seed_path.to_str().expect("path")]);
    let t = emu.alice_arm().await;
    let base = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/ss"
    );
    let (s, _, v) = emu.get(&format!("{base}?api-version=2017-12-01"), &t).await;
    assert_eq!(s, 200);
    assert_eq!(
        v["properties"]["fullyQualifiedDomainName"],
        "ss.postgres.database.azure.com"
    );
    assert_eq!(v["properties"]["publicNetworkAccess"], "Enabled");
    let admin = format!("{base}/administrators/activeDirectory?api-version=2017-12-01");
    let body = json!({"properties": {"administratorType": "ActiveDirectory", "login": "alice@contoso.com", "sid": ALICE_OID, "tenantId": TENANT}});
    let (s, h, _) = emu.put(&admin, &t, body).await;
    assert_eq!(s, 202);
    assert_eq!(
        poll(&emu, &t, h["azure-asyncoperation"].to_str().expect("op")).await,
        ["Succeeded"]
    );
    let (_, _, v) = emu
        .get(&format!("{base}/administrators?api-version=2017-12-01"), &t)
        .await;
    assert_eq!(v["value"][0]["properties"]["sid"], ALICE_OID);
    assert_eq!(v["value"][0]["name"], "activeDirectory");
    assert_eq!(
        emu.status(&format!("{base}/databases/demo?api-version=2017-12-01"), &t)
            .await,
        200
    );
    assert_eq!(
        emu.status(&format!("{base}/databases/nope?api-version=2017-12-01"), &t)
            .await,
        404
    );
}

#[tokio::test]
async fn unregistered_service_linker_until_registered() {
    let emu = Emu::start_seeded(
        |s| s["unregisteredProviders"] = json!(["Microsoft.ServiceLinker"]),
        &[],
    );
    let t = emu.alice_arm().await;
    let api = "api-version=2024-07-01-preview";
    let url = format!("{}?{api}", connector("conn1"));
    let (s, _, v) = emu.put(&url, &t, linker_body("aad_conn1")).await;
    assert_eq!(s, 409, "{v}");
    assert_eq!(v["error"]["code"], "SubscriptionNotRegistered");
    let provider =
        format!("/subscriptions/{SUB}/providers/microsoft.servicelinker?api-version=2024-11-01");
    let state = |v: &Value| v["registrationState"].as_str().unwrap_or("").to_owned();
    let (s, _, v) = emu.get(&provider, &t).await;
    assert_eq!((s, state(&v)), (200, "NotRegistered".to_owned()), "{v}");
    assert_eq!(v["namespace"], "Microsoft.ServiceLinker");
    assert_eq!(
        v["id"],
        format!("/subscriptions/{SUB}/providers/Microsoft.ServiceLinker")
    );
    let register = format!(
        "/subscriptions/{SUB}/providers/Microsoft.ServiceLinker/register?api-version=2024-11-01"
    );
    let (s, _, v) = emu.post(&register, &t).await;
    assert_eq!((s, state(&v)), (200, "Registering".to_owned()), "{v}");
    // Still not usable while registering.
    assert_eq!(emu.status(&url, &t).await, 409);
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (_, _, v) = emu.get(&provider, &t).await;
        seen.push(state(&v));
    }
    assert_eq!(seen, ["Registering", "Registered", "Registered"]);
    // Other namespaces were always registered.
    let (_, _, v) = emu
        .get(
            &format!(
                "/subscriptions/{SUB}/providers/Microsoft.DBforPostgreSQL?api-version=2024-11-01"
            ),
            &t,
        )
        .await;
    assert_eq!(state(&v), "Registered");

    // Registered: the connector PUT goes through; a Key Vault secret URI is echoed (no secret).
    let mut body = linker_body("aad_conn1");
    let uri = "https://vault.vault.azure.net/secrets/pg";
    body["properties"]["authInfo"] = json!({"authType": "secret", "name": "u",
        "secretInfo": {"secretType": "keyVaultSecretUri", "value": uri}});
    let (s, _, v) = emu.put(&url, &t, body).await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["properties"]["authInfo"]["secretInfo"]["value"], uri);

    // Back to the seed: unregistered again.
    let (s, _) = emu.admin("POST", "/reset", None).await;
    assert_eq!(s, 204);
    let (_, _, v) = emu.get(&provider, &t).await;
    assert_eq!(state(&v), "NotRegistered");
}

/// The az config dir holds az's MSAL token cache for the seeded user in MSAL's schema; its access token is
/// ARM's, its refresh token is redeemed for any scope (with the CAE client capabilities az sends) until the
/// user's sessions are revoked, then refused as Entra refuses it.
#[tokio::test]
async fn az_login_session_in_msal_schema_and_refresh_grant() {
    let emu = Emu::start();
    let text =
        std::fs::read_to_string(emu.path().join("azure/msal_token_cache.json")).expect("cache");
    let cache: Value = serde_json::from_str(&text).expect("json");
    let home = format!("{ALICE_OID}.{TENANT}");
    let client = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    let account = &cache["Account"][format!("{home}-127.0.0.1-{TENANT}")];
    assert_eq!(account["username"], "alice@contoso.com");
    assert_eq!(account["local_account_id"], ALICE_OID);
    assert_eq!(account["authority_type"], "MSSTS");
    let at = &cache["AccessToken"]
        [format!("{home}-127.0.0.1-accesstoken-{client}-{TENANT}-{ARM_SCOPE}")];
    assert_eq!(at["credential_type"], "AccessToken");
    assert_eq!(
        (at["realm"].as_str(), at["target"].as_str()),
        (Some(TENANT), Some(ARM_SCOPE))
    );
    let expires: i64 = at["expires_on"]
        .as_str()
        .expect("string")
        .parse()
        .expect("seconds");
    assert!(expires > azconn_now() + 3600);
    let (s, _, _) = emu
        .call(
            "GET",
            "/subscriptions?api-version=2022-12-01",
            at["secret"].as_str(),
            None,
        )
        .await;
    assert_eq!(s, 200, "the cached ARM token is accepted");
    let rt = &cache["RefreshToken"][format!("{home}-127.0.0.1-refreshtoken-{client}--{ARM_SCOPE}")];
    assert_eq!(
        (rt["family_id"].as_str(), rt["client_id"].as_str()),
        (Some("1"), Some(client))
    );
    assert_eq!(
        cache["AppMetadata"][format!("appmetadata-127.0.0.1-{client}")]["family_id"],
        "1"
    );
    assert!(cache["IdToken"].as_object().is_some_and(|m| m.len() == 1));

    let secret = rt["secret"].as_str().expect("rt");
    let (s, v) = redeem(&emu, secret).await;
    assert_eq!(s, 200, "{v}");
    let token = v["access_token"].as_str().expect("token");
    assert_eq!(
        claims(token)["aud"],
        "https://ossrdbms-aad.database.windows.net"
    );
    assert_eq!(claims(token)["oid"], ALICE_OID);
    assert!(
        v["refresh_token"].is_string() && v["client_info"].is_string() && v["id_token"].is_string()
    );

    let (s, _) = emu.admin("POST", "/revoke-refresh-tokens", None).await;
    assert_eq!(s, 200);
    let (s, v) = redeem(&emu, secret).await;
    assert_eq!((s, v["error"].as_str()), (400, Some("invalid_grant")));
    assert_eq!(v["error_codes"], json!([50173]));
    assert_entra_error(
        &v,
        "invalid_grant",
        "AADSTS50173: The provided grant has expired due to it being revoked",
    );
}

fn azconn_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
}

async fn redeem(emu: &Emu, refresh_token: &str) -> (u16, Value) {
    emu.token_raw(&[
        ("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token),
        (
            "scope",
            "https://ossrdbms-aad.database.windows.net/.default offline_access openid profile",
        ),
        ("client_info", "1"),
        (
            "claims",
            r#"{"access_token": {"xms_cc": {"values": ["CP1"]}}}"#,
        ),
    ])
    .await
}
