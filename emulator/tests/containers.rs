//! Microsoft.App container apps (identity assignment as a long-running PUT, secrets, managed-identity tokens),
//! Microsoft.ContainerService clusters with their OIDC issuer, linkers on both that write what the RP writes, and
//! the workload-identity token exchange through a federated credential.

mod common;

use common::*;
use serde_json::{Value, json};

const APP_API: &str = "2025-07-01";
const LINKER_API: &str = "2024-07-01-preview";
const MI_CLIENT: &str = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
const MI_PRINCIPAL: &str = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";

fn capp(rest: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.App/containerApps/capp1{rest}"
    )
}

/// [`capp`] at the api-version az uses.
fn capp_url(rest: &str) -> String {
    format!("{}?api-version={APP_API}", capp(rest))
}

fn aks(rest: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1{rest}"
    )
}

fn mi(rest: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/azconn-mi{rest}"
    )
}

fn linker_body(auth: Value, scope: &str) -> Value {
    json!({"properties": {
        "targetService": {"type": "AzureResource", "id": flex("/databases/demo")},
        "authInfo": auth, "clientType": "none", "secretStore": {}, "scope": scope,
        "publicNetworkSolution": {}, "configurationInfo": {"configurationStore": {}}
    }})
}

/// Polls an `Azure-AsyncOperation` URL until it ends (bounded).
async fn wait_op(emu: &Emu, t: &str, headers: &reqwest::header::HeaderMap) -> Value {
    let url = headers
        .get("azure-asyncoperation")
        .and_then(|h| h.to_str().ok())
        .expect("Azure-AsyncOperation")
        .to_owned();
    for _ in 0..10 {
        let (s, _, v) = emu.call("GET", &url, Some(t), None).await;
        assert_eq!(s, 200, "{v}");
        if v["status"] != "Accepted" && v["status"] != "InProgress" {
            return v;
        }
    }
    panic!("operation did not end");
}

async fn put_linker(emu: &Emu, t: &str, source: &str, name: &str, body: Value) -> (u16, Value) {
    let url = format!(
        "{source}/providers/Microsoft.ServiceLinker/linkers/{name}?api-version={LINKER_API}"
    );
    let (s, h, v) = emu.call("PUT", &url, Some(t), Some(body)).await;
    if s != 201 {
        return (s, v);
    }
    (s, wait_op(emu, t, &h).await)
}

#[tokio::test]
async fn container_app_identity_is_assigned_by_a_long_running_put_and_gets_tokens() {
    let emu = Emu::start();
    emu.lro(
        "PUT",
        "/subscriptions/*/resourceGroups/*/providers/Microsoft.App/containerApps/*",
        1,
        "Succeeded",
    )
    .await;
    let t = emu.alice_arm().await;
    let url = capp_url("");
    let (s, _, app) = emu.get(&url, &t).await;
    assert_eq!(
        (s, &app["identity"]),
        (200, &json!({"type": "None"})),
        "{app}"
    );
    assert_eq!(
        app["properties"]["template"]["containers"][0]["name"],
        "capp1"
    );

    let mut put = app.clone();
    put["identity"] = json!({"type": "SystemAssigned"});
    put["properties"]["configuration"]["secrets"] = json!([]);
    let (s, h, answer) = emu.put(&url, &t, put).await;
    assert_eq!(
        (s, &answer["properties"]["provisioningState"]),
        (201, &json!("InProgress")),
        "{answer}"
    );
    let (_, _, during) = emu.get(&url, &t).await;
    assert_eq!(
        during["identity"]["type"], "None",
        "applied only when the operation ends"
    );
    let status = wait_op(&emu, &t, &h).await;
    assert_eq!(status["status"], "Succeeded", "{status}");
    let (_, _, after) = emu.get(&url, &t).await;
    let pid = after["identity"]["principalId"]
        .as_str()
        .expect("principalId")
        .to_owned();
    assert_eq!(
        (
            after["identity"]["tenantId"].as_str(),
            after["properties"]["provisioningState"].as_str()
        ),
        (Some(TENANT), Some("Succeeded"))
    );

    let r = emu
        .msi(&format!(
            "api-version=2019-08-01&resource=https://ossrdbms-aad.database.windows.net&principal_id={pid}"
        ))
        .await;
    let v: Value = r.json().await.expect("json");
    assert_eq!(
        claims(v["access_token"].as_str().expect("token"))["oid"],
        pid.as_str()
    );
    let (s, _, sp) = emu.service_principal(&pid).await;
    assert_eq!((s, sp["displayName"].as_str()), (200, Some("capp1")));
}

#[tokio::test]
async fn container_app_put_keeps_only_the_secrets_it_sends() {
    let (emu, t) = Emu::signed_in().await;
    let url = capp_url("");
    let (_, _, app) = emu.get(&url, &t).await;
    let mut put = app.clone();
    put["properties"]["configuration"]["secrets"] = json!([{"name": "s1"}]);
    let (s, _, e) = emu.put(&url, &t, put.clone()).await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (400, Some("ContainerAppSecretInvalid")),
        "{e}"
    );
    put["properties"]["configuration"]["secrets"] = json!([{"name": "s1", "value": "v1"}]);
    let (s, h, _) = emu.put(&url, &t, put).await;
    assert_eq!(s, 201);
    wait_op(&emu, &t, &h).await;
    let list = capp_url("/listSecrets");
    let (s, _, v) = emu.post(&list, &t).await;
    assert_eq!(
        (s, v),
        (200, json!({"value": [{"name": "s1", "value": "v1"}]}))
    );
    let (s, _, got) = emu.get(&url, &t).await;
    assert_eq!(
        (s, &got["properties"]["configuration"]["secrets"]),
        (200, &json!([{"name": "s1"}]))
    );
}

#[tokio::test]
async fn container_app_linker_writes_secrets_and_env_into_its_container() {
    let (emu, t) = Emu::signed_in().await;
    let auth = json!({"userName": "aad_c1", "authType": "userAssignedIdentity", "clientId": MI_CLIENT, "subscriptionId": SUB});
    let (s, e) = put_linker(&emu, &t, &capp(""), "c1", linker_body(auth.clone(), "nope")).await;
    assert_eq!(s, 400, "{e}");
    let (s, op) = put_linker(&emu, &t, &capp(""), "c1", linker_body(auth, "capp1")).await;
    assert_eq!((s, op["status"].as_str()), (201, Some("Succeeded")), "{op}");
    let (_, _, app) = emu.get(&capp_url(""), &t).await;
    let containers = &app["properties"]["template"]["containers"];
    assert_eq!(
        containers[0]["env"],
        json!([
            {"name": "AZURE_POSTGRESQL_CLIENTID", "secretRef": "azure-postgresql-clientid"},
            {"name": "AZURE_POSTGRESQL_CONNECTIONSTRING", "secretRef": "azure-postgresql-connectionstring"}
        ])
    );
    assert_eq!(containers[1]["env"], json!([]), "only the scope container");
    let (_, _, secrets) = emu.post(&capp_url("/listSecrets"), &t).await;
    assert_eq!(
        secrets["value"][1],
        json!({"name": "azure-postgresql-connectionstring", "value": "Server=srv.postgres.database.azure.com;Database=demo;Port=5432;Ssl Mode=Require;User Id=aad_c1;"})
    );

    let url = format!(
        "{}/providers/Microsoft.ServiceLinker/linkers/c1?api-version={LINKER_API}",
        capp("")
    );
    let (s, h, _) = emu.delete(&url, &t).await;
    assert_eq!(s, 202);
    wait_op(&emu, &t, &h).await;
    let (_, _, app) = emu.get(&capp_url(""), &t).await;
    assert_eq!(
        app["properties"]["template"]["containers"][0]["env"],
        json!([])
    );
    assert_eq!(app["properties"]["configuration"]["secrets"], json!([]));
}

#[tokio::test]
async fn cluster_reports_its_oidc_issuer_which_serves_discovery_and_keys() {
    let (emu, t) = Emu::signed_in().await;
    let (s, _, c) = emu
        .get(&format!("{}?api-version=2025-07-01", aks("")), &t)
        .await;
    assert_eq!(s, 200, "{c}");
    let issuer = c["properties"]["oidcIssuerProfile"]["issuerURL"]
        .as_str()
        .expect("issuer")
        .to_owned();
    assert!(issuer.ends_with('/'), "{issuer}");
    let doc: Value = emu
        .http
        .get(format!("{issuer}.well-known/openid-configuration"))
        .send()
        .await
        .expect("discovery")
        .json()
        .await
        .expect("json");
    assert_eq!(doc["issuer"], issuer.as_str());
    let keys: Value = emu
        .http
        .get(doc["jwks_uri"].as_str().expect("jwks"))
        .send()
        .await
        .expect("jwks")
        .json()
        .await
        .expect("json");
    assert_eq!(keys["keys"][0]["kty"], "RSA");
    assert_eq!(emu.status(&format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/nope?api-version=2025-07-01"), &t).await, 404);
}

/// A workload-identity linker on aks1 in namespace `ns1`; returns the cluster's issuer.
async fn workload_linker(emu: &Emu, t: &str) -> String {
    let auth = json!({"userName": "aad_k1", "authType": "userAssignedIdentity", "clientId": MI_CLIENT, "subscriptionId": SUB});
    let (s, op) = put_linker(emu, t, &aks(""), "k1", linker_body(auth, "ns1")).await;
    assert_eq!((s, op["status"].as_str()), (201, Some("Succeeded")), "{op}");
    let (_, _, c) = emu
        .call(
            "GET",
            &format!("{}?api-version=2025-07-01", aks("")),
            Some(t),
            None,
        )
        .await;
    c["properties"]["oidcIssuerProfile"]["issuerURL"]
        .as_str()
        .expect("issuer")
        .to_owned()
}

async fn sa_token(emu: &Emu, ns: &str, sa: &str) -> (u16, Value) {
    emu.admin(
        "POST",
        "/kubernetes/token",
        Some(json!({"cluster": aks(""), "namespace": ns, "serviceAccount": sa})),
    )
    .await
}

async fn exchange(emu: &Emu, assertion: &str) -> (u16, Value) {
    emu.token_raw(&[
        ("grant_type", "client_credentials"),
        ("client_id", MI_CLIENT),
        (
            "client_assertion_type",
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ),
        ("client_assertion", assertion),
        (
            "scope",
            "https://ossrdbms-aad.database.windows.net/.default",
        ),
    ])
    .await
}

#[tokio::test]
async fn aks_linker_records_secret_service_account_and_federated_credential() {
    let (emu, t) = Emu::signed_in().await;
    let issuer = workload_linker(&emu, &t).await;
    let sa = format!("sc-account-{MI_CLIENT}");
    let (_, state) = emu.admin("GET", "/state", None).await;
    let ns = &state["kubernetes"][0]["namespaces"]["ns1"];
    assert_eq!(
        ns["secrets"]["sc-k1-secret"]["AZURE_POSTGRESQL_CLIENTID"], MI_CLIENT,
        "{state}"
    );
    assert_eq!(
        ns["serviceAccounts"][&sa]["annotations"]["azure.workload.identity/client-id"],
        MI_CLIENT
    );
    let (s, _, fics) = emu
        .get(
            &format!(
                "{}?api-version=2025-05-31-preview",
                mi("/federatedIdentityCredentials")
            ),
            &t,
        )
        .await;
    assert_eq!(s, 200);
    let p = &fics["value"][0]["properties"];
    assert_eq!(
        (p["issuer"].as_str(), p["subject"].as_str(), &p["audiences"]),
        (
            Some(issuer.as_str()),
            Some(format!("system:serviceaccount:ns1:{sa}").as_str()),
            &json!(["api://AzureADTokenExchange"])
        )
    );
    assert_eq!(state["federatedIdentityCredentials"], fics["value"]);

    let url = format!(
        "{}/providers/Microsoft.ServiceLinker/linkers/k1?api-version={LINKER_API}",
        aks("")
    );
    let (_, h, _) = emu.delete(&url, &t).await;
    wait_op(&emu, &t, &h).await;
    let (_, state) = emu.admin("GET", "/state", None).await;
    assert_eq!(
        state["kubernetes"][0]["namespaces"]["ns1"],
        json!({"secrets": {}, "serviceAccounts": {}})
    );
    assert_eq!(state["federatedIdentityCredentials"], json!([]));
}

#[tokio::test]
async fn service_account_token_is_exchanged_for_the_identity_token() {
    let (emu, t) = Emu::signed_in().await;
    workload_linker(&emu, &t).await;
    let (s, v) = sa_token(&emu, "ns1", &format!("sc-account-{MI_CLIENT}")).await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = exchange(&emu, v["token"].as_str().expect("token")).await;
    assert_eq!(s, 200, "{v}");
    let c = claims(v["access_token"].as_str().expect("access token"));
    assert_eq!(
        (c["oid"].as_str(), c["appid"].as_str()),
        (Some(MI_PRINCIPAL), Some(MI_CLIENT))
    );
}

#[tokio::test]
async fn a_token_no_federated_credential_matches_is_refused() {
    let (emu, t) = Emu::signed_in().await;
    let sa = format!("sc-account-{MI_CLIENT}");
    // Before any linker the service account does not exist: the cluster issues no token for it.
    let (s, _) = sa_token(&emu, "ns1", &sa).await;
    assert_eq!(s, 404);
    let issuer = workload_linker(&emu, &t).await;
    let (_, v) = sa_token(&emu, "ns1", &sa).await;
    let token = v["token"].as_str().expect("token").to_owned();
    let list = format!(
        "{}?api-version=2025-05-31-preview",
        mi("/federatedIdentityCredentials")
    );
    let (_, _, fics) = emu.get(&list, &t).await;
    let name = fics["value"][0]["name"].as_str().expect("name").to_owned();
    let one = |n: &str| {
        format!(
            "{}?api-version=2025-05-31-preview",
            mi(&format!("/federatedIdentityCredentials/{n}"))
        )
    };
    let (s, _, _) = emu.delete(&one(&name), &t).await;
    assert_eq!(s, 200);
    let (s, v) = exchange(&emu, &token).await;
    assert_eq!((s, &v["error_codes"]), (400, &json!([700211])), "{v}");
    // The same issuer for another namespace's account does not trust this one.
    let (s, _, _) = emu
        .put(&one("other"), &t, json!({"properties": {"issuer": issuer, "subject": format!("system:serviceaccount:ns2:{sa}"), "audiences": ["api://AzureADTokenExchange"]}}))
        .await;
    assert_eq!(s, 201);
    let (s, v) = exchange(&emu, &token).await;
    assert_eq!((s, &v["error_codes"]), (400, &json!([70021])), "{v}");
    let (s, v) = exchange(&emu, "not.a.jwt").await;
    assert_eq!(
        (s, v["error"].as_str()),
        (400, Some("invalid_request")),
        "{v}"
    );
}
