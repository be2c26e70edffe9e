//! Microsoft.Web sites and slots, their system-assigned identities (Graph, managed-identity tokens),
//! user-assigned identities, and ServiceLinker linkers on a site or slot that write into its app settings.

mod common;

use common::*;
use serde_json::{Value, json};

const WEB_API: &str = "2025-05-01";
const LINKER_API: &str = "2024-07-01-preview";

fn site(path: &str) -> String {
    format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/{path}")
}

/// [`site`] at the api-version az uses.
fn site_url(path: &str) -> String {
    format!("{}?api-version={WEB_API}", site(path))
}

fn linker_body() -> Value {
    json!({"properties": {
        "targetService": {"type": "AzureResource", "id": flex("/databases/demo")},
        "authInfo": {"userName": "aad_c1", "authType": "systemAssignedIdentity"},
        "clientType": "python", "secretStore": {}, "publicNetworkSolution": {},
        "configurationInfo": {"configurationStore": {}}
    }})
}

/// Waits for a ServiceLinker operation (bounded).
async fn wait_op(emu: &Emu, t: &str, url: &str) -> Value {
    for _ in 0..10 {
        let (s, _, v) = emu.call("GET", url, Some(t), None).await;
        assert_eq!(s, 200, "{v}");
        if v["status"] != "Accepted" && v["status"] != "InProgress" {
            return v;
        }
    }
    panic!("operation did not end");
}

#[tokio::test]
async fn site_identity_is_a_service_principal_that_gets_tokens() {
    let (emu, t) = Emu::signed_in().await;
    let url = site_url("app1");
    let (s, _, app) = emu.get(&url, &t).await;
    assert_eq!((s, app["kind"].as_str()), (200, Some("app,linux")));
    assert!(app.get("identity").is_none(), "{app}");
    let (s, _, cfg) = emu.get(&site_url("app1/config/web"), &t).await;
    assert_eq!(
        (s, cfg["properties"]["linuxFxVersion"].as_str()),
        (200, Some("PYTHON|3.12"))
    );

    let mut put = app.clone();
    put["identity"] = json!({"type": "SystemAssigned"});
    let (s, _, after) = emu.put(&url, &t, put).await;
    assert_eq!(s, 200, "{after}");
    let pid = after["identity"]["principalId"]
        .as_str()
        .expect("principalId")
        .to_owned();
    assert_eq!(after["identity"]["tenantId"], TENANT);

    let (s, _, sp) = emu.service_principal(&pid).await;
    assert_eq!(
        (
            s,
            sp["servicePrincipalType"].as_str(),
            sp["displayName"].as_str()
        ),
        (200, Some("ManagedIdentity"), Some("app1"))
    );

    let r = emu
        .msi(&format!(
            "api-version=2019-08-01&resource=https://ossrdbms-aad.database.windows.net&principal_id={pid}"
        ))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.expect("json");
    let c = claims(v["access_token"].as_str().expect("token"));
    assert_eq!(
        (c["oid"].as_str(), c["idtyp"].as_str()),
        (Some(pid.as_str()), Some("app"))
    );

    // The slot has its own identity.
    let slot_url = site_url("app1/slots/staging");
    let (s, _, slot) = emu
        .patch(
            &slot_url,
            &t,
            json!({"identity": {"type": "SystemAssigned"}}),
        )
        .await;
    assert_eq!((s, slot["name"].as_str()), (200, Some("app1/staging")));
    assert_ne!(slot["identity"]["principalId"].as_str(), Some(pid.as_str()));
    assert_eq!(emu.status(&site_url("nope"), &t).await, 404);
}

#[tokio::test]
async fn user_assigned_identities_list_and_get() {
    let (emu, t) = Emu::signed_in().await;
    let (s, _, list) = emu
        .get(&format!("/subscriptions/{SUB}/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version=2023-01-31"), &t)
        .await;
    assert_eq!(s, 200);
    let one = &list["value"][0];
    assert_eq!(
        one["properties"]["clientId"],
        "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
    );
    let (s, _, got) = emu
        .get(
            &format!("{}?api-version=2023-01-31", one["id"].as_str().expect("id")),
            &t,
        )
        .await;
    assert_eq!((s, got["name"].as_str()), (200, Some("azconn-mi")));
}

#[tokio::test]
async fn linker_writes_app_settings_and_delete_removes_them() {
    let (emu, t) = Emu::signed_in().await;
    let linker = format!(
        "{}?api-version={LINKER_API}",
        site("app1/providers/Microsoft.ServiceLinker/linkers/c1")
    );
    let (s, h, v) = emu.put(&linker, &t, linker_body()).await;
    assert_eq!(
        (s, v["properties"]["provisioningState"].as_str()),
        (201, Some("Accepted")),
        "{v}"
    );
    let op = h["azure-asyncoperation"].to_str().expect("op").to_owned();
    assert_eq!(wait_op(&emu, &t, &op).await["status"], "Succeeded");
    let (s, _, got) = emu.get(&linker, &t).await;
    assert_eq!(
        (s, got["properties"]["provisioningState"].as_str()),
        (200, Some("Succeeded"))
    );

    let settings = site_url("app1/config/appsettings/list");
    let (_, _, app_settings) = emu.post(&settings, &t).await;
    let expected =
        "dbname=demo host=srv.postgres.database.azure.com port=5432 sslmode=require user=aad_c1";
    assert_eq!(
        app_settings["properties"]["AZURE_POSTGRESQL_CONNECTIONSTRING"],
        expected
    );
    let configs = linker.replace("/c1?", "/c1/listConfigurations?");
    let (s, _, c) = emu.post(&configs, &t).await;
    assert_eq!(
        (s, c["configurations"][0]["value"].as_str()),
        (200, Some(expected))
    );

    let list = format!(
        "{}?api-version={LINKER_API}",
        site("app1/providers/Microsoft.ServiceLinker/linkers")
    );
    let (_, _, l) = emu.get(&list, &t).await;
    assert_eq!(l["value"].as_array().map(Vec::len), Some(1));

    let (s, h, _) = emu.delete(&linker, &t).await;
    assert_eq!(s, 202);
    let op = h["azure-asyncoperation"].to_str().expect("op").to_owned();
    wait_op(&emu, &t, &op).await;
    let (_, _, app_settings) = emu.post(&settings, &t).await;
    assert_eq!(app_settings["properties"], json!({}));
    assert_eq!(emu.status(&linker, &t).await, 404);
}
