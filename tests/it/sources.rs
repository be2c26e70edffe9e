//! `azconn webapp|functionapp connection …` against azconn-emulator: the verbs on a linker of a web app, a
//! slot and a function app (whole stdout, exit codes), and `create postgres-flexible` end to end.

use serde_json::{Value, json};

use crate::common::Azconn;
use crate::create::{SUB, World, ok};

const APP1: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/sites/app1";

fn demo_seed() -> Value {
    serde_json::from_str(include_str!("../../emulator/seeds/demo.json")).expect("demo seed")
}

/// PUTs a linker through `azconn rest` (as a user of the RP would), waiting for it.
fn put_linker(w: &World, source: &str, name: &str, client_type: &str) {
    let body = json!({"properties": {
        "targetService": {"type": "AzureResource", "id": format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo")},
        "authInfo": {"userName": format!("aad_{name}"), "authType": "systemAssignedIdentity"},
        "clientType": client_type, "secretStore": {}, "publicNetworkSolution": {},
        "configurationInfo": {"configurationStore": {}}
    }});
    let url = format!(
        "{source}/providers/Microsoft.ServiceLinker/linkers/{name}?api-version=2024-07-01-preview"
    );
    let run = Azconn::scratch(&format!("sources-rest-{name}"))
        .emulator(&w.emu)
        .args(["rest", "--method", "put", "--url", &url, "--body"])
        .arg(body.to_string())
        .args(["-o", "none"])
        .run();
    ok(&run);
}

#[test]
fn verbs_on_a_web_app_linker() {
    let w = World::start("sources-verbs", &demo_seed());
    put_linker(&w, APP1, "c1", "python");

    let list = w.az("webapp connection list -g rg -n app1 --query [].{n:name,a:authInfo.authType,c:clientType} -o json");
    ok(&list);
    assert_eq!(
        list.stdout,
        "[\n  {\n    \"a\": \"systemAssignedIdentity\",\n    \"c\": \"python\",\n    \"n\": \"c1\"\n  }\n]\n"
    );
    let full = w.az("webapp connection list -g rg -n app1");
    let items: Value = serde_json::from_str(&full.stdout).expect("list json");
    assert_eq!(items[0]["additionalProperties"], json!({}));
    assert!(items[0].get("configurations").is_none());

    let value =
        "dbname=demo host=srv.postgres.database.azure.com port=5432 sslmode=require user=aad_c1";
    let show = w.az("webapp connection show -g rg -n app1 --connection c1");
    ok(&show);
    let shown: Value = serde_json::from_str(&show.stdout).expect("show json");
    assert_eq!(shown["configurations"][0]["value"], value);
    assert_eq!(shown["authInfo"]["userName"], "aad_c1");
    assert_eq!(shown["resourceGroup"], "rg");
    assert_eq!(shown["authInfo"]["additionalProperties"], json!({}));

    let id = format!("{APP1}/providers/Microsoft.ServiceLinker/linkers/c1");
    let configs = w.az(&format!(
        "webapp connection list-configuration --id {id} -o json"
    ));
    ok(&configs);
    assert_eq!(
        configs.stdout,
        format!(
            "{{\n  \"configurations\": [\n    {{\n      \"configType\": \"Default\",\n      \"description\": null,\n      \"keyVaultReferenceIdentity\": null,\n      \"name\": \"AZURE_POSTGRESQL_CONNECTIONSTRING\",\n      \"value\": \"{value}\"\n    }}\n  ]\n}}\n"
        )
    );

    let validate =
        w.az("webapp connection validate -g rg -n app1 --connection c1 --query [0].result -o tsv");
    ok(&validate);
    assert_eq!(validate.stdout, "success\n");

    let delete = w.az("webapp connection delete -g rg -n app1 --connection c1");
    assert_eq!(
        delete.code, 1,
        "no --yes without a terminal: {}",
        delete.stderr
    );
    ok(&w.az("webapp connection delete -g rg -n app1 --connection c1 -y"));
    let gone = w.az("webapp connection show -g rg -n app1 --connection c1");
    assert_eq!(gone.code, 3, "{}", gone.stderr);
    assert!(
        gone.stderr.contains("(ResourceNotFound)"),
        "{}",
        gone.stderr
    );
}

#[test]
fn slot_and_function_app_linkers_and_missing_apps() {
    let w = World::start("sources-slot", &demo_seed());
    put_linker(&w, &format!("{APP1}/slots/staging"), "s1", "java");
    let slot = w.az("webapp connection list -g rg -n app1 --slot staging --query [].name -o tsv");
    ok(&slot);
    assert_eq!(slot.stdout, "s1\n");
    let prod = w.az("webapp connection list -g rg -n app1 -o tsv");
    ok(&prod);
    assert_eq!(prod.stdout, "");

    let func = APP1.replace("/app1", "/func1");
    put_linker(&w, &func, "f1", "none");
    let show = w.az("functionapp connection show -g rg -n func1 --connection f1 --query configurations[0].value -o tsv");
    ok(&show);
    assert_eq!(
        show.stdout,
        "Server=srv.postgres.database.azure.com;Database=demo;Port=5432;Ssl Mode=Require;User Id=aad_f1;\n"
    );
    let slotted = w.az("functionapp connection list -g rg -n func1 --slot staging");
    assert_eq!(slotted.code, 2, "{}", slotted.stderr);

    let missing = w.az("webapp connection list -g rg -n nope");
    assert_eq!(missing.code, 3, "{}", missing.stderr);
    assert!(
        missing.stderr.contains(
            "The Resource 'Microsoft.Web/sites/nope' under resource group 'rg' was not found"
        ),
        "{}",
        missing.stderr
    );
    let bad_id = w.az("webapp connection show --id /subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a/connectors/c");
    assert_eq!(bad_id.code, 1);
    assert!(
        bad_id.stderr.contains("Connection id is invalid: "),
        "{}",
        bad_id.stderr
    );
}
