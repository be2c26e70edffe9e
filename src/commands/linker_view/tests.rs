//! Tests of az's connector and linker views.

use super::*;
use serde_json::json;

fn keys(v: &Value) -> Vec<String> {
    match v {
        Value::Object(o) => o.map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

fn get<'a>(v: &'a Value, k: &str) -> &'a Value {
    match v {
        Value::Object(o) => o.map.get(k).unwrap_or(&Value::Null),
        _ => &Value::Null,
    }
}

fn wire() -> serde_json::Value {
    json!({
        "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/conn1",
        "name": "conn1",
        "type": "microsoft.servicelinker/locations/connectors",
        "systemData": {"createdBy": "alice@contoso.com", "createdByType": "User", "createdAt": "2024-05-01T10:20:30.1234567Z"},
        "properties": {
            "targetService": {"type": "AzureResource", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo"},
            "authInfo": {"authType": "userAccount", "userName": "aad_conn1", "principalId": "oid"},
            "clientType": "none",
            "provisioningState": "Succeeded",
            "publicNetworkSolution": {"firewallRules": {"callerClientIP": "true"}},
            "configurationInfo": {}
        }
    })
}

#[test]
fn sdk_view_has_model_keys_in_init_order() {
    let v = connector(&wire(), Flavor::Sdk);
    assert_eq!(
        keys(&v),
        [
            "id",
            "name",
            "type",
            "systemData",
            "targetService",
            "authInfo",
            "clientType",
            "provisioningState",
            "vNetSolution",
            "secretStore",
            "scope",
            "publicNetworkSolution",
            "configurationInfo"
        ]
    );
    let auth = get(&v, "authInfo");
    assert_eq!(
        keys(auth),
        [
            "userName",
            "authType",
            "authMode",
            "principalId",
            "deleteOrUpdateBehavior",
            "roles"
        ]
    );
    assert_eq!(
        get(
            get(get(&v, "publicNetworkSolution"), "firewallRules"),
            "callerClientIp"
        ),
        &Value::String("true".into())
    );
    assert_eq!(keys(get(&v, "configurationInfo")).len(), 7);
    assert_eq!(
        get(get(&v, "systemData"), "createdAt"),
        &Value::String("2024-05-01T10:20:30.123456+00:00".into())
    );
    assert_eq!(get(&v, "vNetSolution"), &Value::Null);
    assert_eq!(
        keys(get(&v, "targetService")),
        ["type", "id", "resourceProperties"]
    );
}

#[test]
fn knack_view_adds_additional_properties_and_configurations() {
    let generated =
        json!({"configurations": [{"name": "AZURE_POSTGRESQL_CONNECTIONSTRING", "value": "x"}]});
    let v = connector_with_configurations(&wire(), Some(&generated));
    let k = keys(&v);
    assert_eq!(k.first().map(String::as_str), Some("additionalProperties"));
    assert_eq!(k.last().map(String::as_str), Some("configurations"));
    assert_eq!(
        keys(get(&v, "authInfo")).first().map(String::as_str),
        Some("additionalProperties")
    );
    let Value::Array(items) = get(&v, "configurations") else {
        panic!("configurations is not a list");
    };
    assert_eq!(
        keys(&items[0]),
        [
            "name",
            "value",
            "configType",
            "keyVaultReferenceIdentity",
            "description"
        ]
    );
    // Without a generated result the key is absent, as when az's inner call fails.
    assert!(
        !keys(&connector_with_configurations(&wire(), None)).contains(&"configurations".to_owned())
    );
}

#[test]
fn unknown_keys_go_to_additional_properties() {
    let mut w = wire();
    w["location"] = json!("eastus");
    let sdk = connector(&w, Flavor::Sdk);
    assert_eq!(keys(&sdk).last().map(String::as_str), Some("location"));
    let knack = connector(&w, Flavor::Knack);
    assert_eq!(
        get(get(&knack, "additionalProperties"), "location"),
        &Value::String("eastus".into())
    );
}

#[test]
fn secret_and_unknown_auth_types() {
    let mut w = wire();
    w["properties"]["authInfo"] =
        json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "rawValue"}});
    let v = connector(&w, Flavor::Sdk);
    assert_eq!(
        keys(get(&v, "authInfo")),
        ["authType", "authMode", "name", "secretInfo"]
    );
    assert_eq!(
        keys(get(get(&v, "authInfo"), "secretInfo")),
        ["secretType", "value"]
    );
    w["properties"]["authInfo"] = json!({"authType": "somethingNew"});
    let v = connector(&w, Flavor::Sdk);
    assert_eq!(keys(get(&v, "authInfo")), ["authType", "authMode"]);
}

#[test]
fn validation_detail_or_whole_result() {
    let body = json!({
        "id": "op", "status": "Succeeded",
        "properties": {"validationDetail": [{"name": "TargetExistence", "description": "The target existence is validated", "result": "success"}]}
    });
    let v = validation(&body);
    let Value::Array(items) = &v else {
        panic!("not a list: {v:?}");
    };
    assert_eq!(
        keys(&items[0]),
        [
            "additionalProperties",
            "name",
            "description",
            "result",
            "errorMessage",
            "errorCode"
        ]
    );
    let empty = json!({"id": "op", "status": "Succeeded", "properties": {"validationDetail": []}});
    let v = validation(&empty);
    assert_eq!(get(&v, "status"), &Value::String("Succeeded".into()));
    assert_eq!(
        get(get(&v, "additionalProperties"), "id"),
        &Value::String("op".into())
    );
}

/// The 2024-07-01-preview spec's own `ConfigurationNames_List` example (GetConfigurationNames): the
/// fields wrapped in `properties` come out flattened in the SDK model's order, unset ones as null, each
/// name as a `ConfigurationName` model.
#[test]
fn configuration_names_in_the_specs_shape() {
    let body = json!({"nextLink": null, "value": [
        {"properties": {
            "authType": "systemAssignedIdentity", "clientType": "none",
            "names": [
                {"description": "App configuration endpoint", "value": "AZURE_APPCONFIGURATION_ENDPOINT"},
                {"description": "The scopes required for the token.", "value": "AZURE_APPCONFIGURATION_SCOPE"}
            ],
            "targetService": "MICROSOFT.APPCONFIGURATION/CONFIGURATIONSTORES"
        }},
        {"properties": {
            "authType": "userAssignedIdentity", "clientType": "none",
            "names": [
                {"description": "App configuration endpoint", "value": "AZURE_APPCONFIGURATION_ENDPOINT"},
                {"description": "The client(application) ID of the user identity.", "value": "AZURE_APPCONFIGURATION_CLIENTID"},
                {"description": "The scopes required for getting token.", "value": "AZURE_APPCONFIGURATION_SCOPE"}
            ],
            "targetService": "MICROSOFT.APPCONFIGURATION/CONFIGURATIONSTORES"
        }}
    ]});
    let items: Vec<Value> = body["value"]
        .as_array()
        .expect("value")
        .iter()
        .map(configuration_name_item)
        .collect();
    let first = &items[0];
    assert_eq!(
        keys(first),
        [
            "targetService",
            "clientType",
            "authType",
            "secretType",
            "daprProperties",
            "names"
        ]
    );
    assert_eq!(
        get(first, "targetService"),
        &Value::String("MICROSOFT.APPCONFIGURATION/CONFIGURATIONSTORES".into())
    );
    assert_eq!(
        get(first, "authType"),
        &Value::String("systemAssignedIdentity".into())
    );
    assert_eq!(get(first, "secretType"), &Value::Null);
    let Value::Array(names) = get(&items[1], "names") else {
        panic!("names is not a list: {:?}", items[1]);
    };
    assert_eq!(names.len(), 3);
    assert_eq!(keys(&names[1]), ["value", "description", "required"]);
    assert_eq!(
        get(&names[1], "value"),
        &Value::String("AZURE_APPCONFIGURATION_CLIENTID".into())
    );
    assert_eq!(get(&names[1], "required"), &Value::Null);

    // The same item with its fields at the top level prints the same.
    let flat = body["value"][0]["properties"].clone();
    assert_eq!(configuration_name_item(&flat), items[0]);
}
