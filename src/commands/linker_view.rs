//! How az shows a ServiceLinker connector (and its validate / generate-configuration results): the wire JSON
//! is read into the shape of azure-mgmt-servicelinker's models and turned back into a dict the way az does.
//!
//! Two flavours exist, and which one a verb uses is part of az's observable output:
//! - [`Flavor::Sdk`] — azure-cli-core's `todict`: every model attribute in `__init__` order, `null` for unset
//!   ones, unknown wire keys merged in at the end. `list`, `generate-configuration`, `preview-configuration`
//!   and **`create`** (the extension registers create without a transform: docs/create.md) print this.
//! - [`Flavor::Knack`] — knack's `todict`, which `transform_local_linker_properties` (`show`, `update`) and
//!   `transform_validation_result` (`validate`) use: the same, but every model object also carries
//!   `"additionalProperties": {}` as its first key (az-output.md §13).
//!
//! Timestamps (`iso-8601` attributes) are re-serialised like Python's `datetime.isoformat()`. The global
//! `resourceGroup` transform is not applied here (the output engine does it for every command).

use indexmap::IndexMap;

use crate::output::python::isoformat;
use crate::output::value::{Object, Value};

/// Which `todict` az runs over the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// azure-cli-core `todict` (no `additionalProperties` key; unknown keys merged at the end).
    Sdk,
    /// knack `todict` (`additionalProperties` first in every model object).
    Knack,
}

/// The type of one model attribute.
#[derive(Clone, Copy)]
enum Kind {
    /// A string, enum, bool or dict of strings: copied as it is.
    Plain,
    /// `iso-8601`: re-serialised like `datetime.isoformat()`.
    Time,
    /// A nested model.
    Model(&'static Model),
    /// A list of nested models.
    List(&'static Model),
}

/// One attribute: the name `todict` gives it, where it sits on the wire (`properties.x` = flattened), its type.
struct Field {
    out: &'static str,
    wire: &'static str,
    kind: Kind,
}

/// A model: its attributes in `__init__` order, or a polymorphic base with its discriminator.
struct Model {
    fields: &'static [Field],
    /// `(wire discriminator key, [(value, sub-model)])`; the base's own fields apply for unknown values.
    subtypes: Option<(&'static str, &'static [(&'static str, &'static Model)])>,
}

const fn f(out: &'static str, wire: &'static str, kind: Kind) -> Field {
    Field { out, wire, kind }
}

const fn plain(out: &'static str) -> Field {
    f(out, out, Kind::Plain)
}

const fn model(fields: &'static [Field]) -> Model {
    Model {
        fields,
        subtypes: None,
    }
}

static SYSTEM_DATA: Model = model(&[
    plain("createdBy"),
    plain("createdByType"),
    f("createdAt", "createdAt", Kind::Time),
    plain("lastModifiedBy"),
    plain("lastModifiedByType"),
    f("lastModifiedAt", "lastModifiedAt", Kind::Time),
]);

static RESOURCE_PROPERTIES_BASE: Model = Model {
    fields: &[plain("type")],
    subtypes: Some((
        "type",
        &[
            ("KeyVault", &KEY_VAULT_PROPERTIES),
            ("AppConfig", &APP_CONFIG_PROPERTIES),
        ],
    )),
};
static KEY_VAULT_PROPERTIES: Model = model(&[plain("type"), plain("connectAsKubernetesCsiDriver")]);
static APP_CONFIG_PROPERTIES: Model =
    model(&[plain("type"), plain("connectWithKubernetesExtension")]);

static TARGET_SERVICE: Model = Model {
    fields: &[plain("type")],
    subtypes: Some((
        "type",
        &[
            ("AzureResource", &AZURE_RESOURCE),
            ("ConfluentBootstrapServer", &ENDPOINT_TARGET),
            ("ConfluentSchemaRegistry", &ENDPOINT_TARGET),
            ("SelfHostedServer", &ENDPOINT_TARGET),
            ("FabricPlatform", &ENDPOINT_TARGET),
        ],
    )),
};
static AZURE_RESOURCE: Model = model(&[
    plain("type"),
    plain("id"),
    f(
        "resourceProperties",
        "resourceProperties",
        Kind::Model(&RESOURCE_PROPERTIES_BASE),
    ),
]);
static ENDPOINT_TARGET: Model = model(&[plain("type"), plain("endpoint")]);

static SECRET_INFO: Model = Model {
    fields: &[plain("secretType")],
    subtypes: Some((
        "secretType",
        &[
            ("rawValue", &VALUE_SECRET),
            ("keyVaultSecretUri", &VALUE_SECRET),
            ("keyVaultSecretReference", &KEY_VAULT_SECRET_REFERENCE),
        ],
    )),
};
static VALUE_SECRET: Model = model(&[plain("secretType"), plain("value")]);
static KEY_VAULT_SECRET_REFERENCE: Model =
    model(&[plain("secretType"), plain("name"), plain("version")]);

// The identity-based auth infos inherit from both `AuthInfoBase` and `DatabaseAadAuthInfo`; Python's MRO runs
// `DatabaseAadAuthInfo.__init__` first, so `userName` comes before `authType`.
static AUTH_INFO: Model = Model {
    fields: &[plain("authType"), plain("authMode")],
    subtypes: Some((
        "authType",
        &[
            ("userAccount", &USER_ACCOUNT),
            ("servicePrincipalSecret", &SERVICE_PRINCIPAL_SECRET),
            (
                "servicePrincipalCertificate",
                &SERVICE_PRINCIPAL_CERTIFICATE,
            ),
            ("systemAssignedIdentity", &SYSTEM_IDENTITY),
            ("userAssignedIdentity", &USER_IDENTITY),
            ("secret", &SECRET_AUTH),
            ("accessKey", &ACCESS_KEY),
        ],
    )),
};
static USER_ACCOUNT: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("principalId"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
static SERVICE_PRINCIPAL_SECRET: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("principalId"),
    plain("secret"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
static SERVICE_PRINCIPAL_CERTIFICATE: Model = model(&[
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("principalId"),
    plain("certificate"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
static SYSTEM_IDENTITY: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
static USER_IDENTITY: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("subscriptionId"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
static SECRET_AUTH: Model = model(&[
    plain("authType"),
    plain("authMode"),
    plain("name"),
    f("secretInfo", "secretInfo", Kind::Model(&SECRET_INFO)),
]);
static ACCESS_KEY: Model = model(&[plain("authType"), plain("authMode"), plain("permissions")]);

static VNET_SOLUTION: Model = model(&[plain("type"), plain("deleteOrUpdateBehavior")]);
static SECRET_STORE: Model = model(&[plain("keyVaultId"), plain("keyVaultSecretName")]);
static FIREWALL_RULES: Model = model(&[
    plain("ipRanges"),
    plain("azureServices"),
    // The SDK attribute is `caller_client_ip` (wire `callerClientIP`); todict camel-cases the attribute.
    f("callerClientIp", "callerClientIP", Kind::Plain),
]);
static PUBLIC_NETWORK_SOLUTION: Model = model(&[
    plain("deleteOrUpdateBehavior"),
    plain("action"),
    f(
        "firewallRules",
        "firewallRules",
        Kind::Model(&FIREWALL_RULES),
    ),
]);
static DAPR_METADATA: Model = model(&[
    plain("name"),
    plain("value"),
    plain("secretRef"),
    plain("description"),
    plain("required"),
]);
static DAPR_PROPERTIES: Model = model(&[
    plain("version"),
    plain("componentType"),
    plain("secretStoreComponent"),
    f("metadata", "metadata", Kind::List(&DAPR_METADATA)),
    plain("scopes"),
    plain("runtimeVersion"),
    plain("bindingComponentDirection"),
]);
static CONFIGURATION_STORE: Model = model(&[plain("appConfigurationId")]);
static CONFIGURATION_INFO: Model = model(&[
    plain("deleteOrUpdateBehavior"),
    plain("action"),
    plain("customizedKeys"),
    f(
        "daprProperties",
        "daprProperties",
        Kind::Model(&DAPR_PROPERTIES),
    ),
    plain("additionalConfigurations"),
    plain("additionalConnectionStringProperties"),
    f(
        "configurationStore",
        "configurationStore",
        Kind::Model(&CONFIGURATION_STORE),
    ),
]);

static LINKER_RESOURCE: Model = model(&[
    plain("id"),
    plain("name"),
    plain("type"),
    f("systemData", "systemData", Kind::Model(&SYSTEM_DATA)),
    f(
        "targetService",
        "properties.targetService",
        Kind::Model(&TARGET_SERVICE),
    ),
    f("authInfo", "properties.authInfo", Kind::Model(&AUTH_INFO)),
    f("clientType", "properties.clientType", Kind::Plain),
    f(
        "provisioningState",
        "properties.provisioningState",
        Kind::Plain,
    ),
    f(
        "vNetSolution",
        "properties.vNetSolution",
        Kind::Model(&VNET_SOLUTION),
    ),
    f(
        "secretStore",
        "properties.secretStore",
        Kind::Model(&SECRET_STORE),
    ),
    f("scope", "properties.scope", Kind::Plain),
    f(
        "publicNetworkSolution",
        "properties.publicNetworkSolution",
        Kind::Model(&PUBLIC_NETWORK_SOLUTION),
    ),
    f(
        "configurationInfo",
        "properties.configurationInfo",
        Kind::Model(&CONFIGURATION_INFO),
    ),
]);

static SOURCE_CONFIGURATION: Model = model(&[
    plain("name"),
    plain("value"),
    plain("configType"),
    plain("keyVaultReferenceIdentity"),
    plain("description"),
]);
static CONFIGURATION_RESULT: Model = model(&[f(
    "configurations",
    "configurations",
    Kind::List(&SOURCE_CONFIGURATION),
)]);

static VALIDATION_RESULT_ITEM: Model = model(&[
    plain("name"),
    plain("description"),
    plain("result"),
    plain("errorMessage"),
    plain("errorCode"),
]);
static VALIDATE_OPERATION_RESULT: Model = model(&[
    plain("resourceId"),
    plain("status"),
    f("linkerName", "properties.linkerName", Kind::Plain),
    f(
        "isConnectionAvailable",
        "properties.isConnectionAvailable",
        Kind::Plain,
    ),
    f(
        "reportStartTimeUtc",
        "properties.reportStartTimeUtc",
        Kind::Time,
    ),
    f(
        "reportEndTimeUtc",
        "properties.reportEndTimeUtc",
        Kind::Time,
    ),
    f("sourceId", "properties.sourceId", Kind::Plain),
    f("targetId", "properties.targetId", Kind::Plain),
    f("authType", "properties.authType", Kind::Plain),
    f(
        "validationDetail",
        "properties.validationDetail",
        Kind::List(&VALIDATION_RESULT_ITEM),
    ),
]);

static CONFIGURATION_NAME: Model =
    model(&[plain("value"), plain("description"), plain("required")]);
static CONFIGURATION_NAME_ITEM: Model = model(&[
    f("targetService", "properties.targetService", Kind::Plain),
    f("clientType", "properties.clientType", Kind::Plain),
    f("authType", "properties.authType", Kind::Plain),
    f("secretType", "properties.secretType", Kind::Plain),
    f(
        "daprProperties",
        "properties.daprProperties",
        Kind::Model(&DAPR_PROPERTIES),
    ),
    f("names", "properties.names", Kind::List(&CONFIGURATION_NAME)),
]);

fn lookup<'a>(wire: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.').try_fold(wire, |v, k| v.get(k))
}

fn object(map: IndexMap<String, Value>) -> Value {
    Value::Object(Object {
        map,
        ordered: false,
    })
}

fn convert(wire: &serde_json::Value, m: &'static Model, flavor: Flavor) -> Value {
    let serde_json::Value::Object(obj) = wire else {
        // Not an object where a model is expected: keep what ARM sent.
        return Value::from_json(wire);
    };
    let mut m = m;
    if let Some((key, subs)) = m.subtypes
        && let Some(tag) = obj.get(key).and_then(serde_json::Value::as_str)
        && let Some((_, sub)) = subs.iter().find(|(name, _)| *name == tag)
    {
        m = sub;
    }
    let mut out = IndexMap::new();
    // Wire keys the model does not know end up in `additional_properties` (only top-level keys count; a
    // flattened `properties.x` makes `properties` known).
    let extras: IndexMap<String, Value> = obj
        .iter()
        .filter(|(k, _)| {
            !m.fields
                .iter()
                .any(|fl| fl.wire.split('.').next() == Some(k.as_str()))
        })
        .map(|(k, v)| (k.clone(), Value::from_json(v)))
        .collect();
    if flavor == Flavor::Knack {
        out.insert("additionalProperties".to_owned(), object(extras.clone()));
    }
    for fl in m.fields {
        let v = match lookup(wire, fl.wire) {
            None | Some(serde_json::Value::Null) => Value::Null,
            Some(v) => match fl.kind {
                Kind::Plain => Value::from_json(v),
                Kind::Time => match v.as_str().and_then(isoformat) {
                    Some(s) => Value::String(s),
                    None => Value::from_json(v),
                },
                Kind::Model(sub) => convert(v, sub, flavor),
                Kind::List(sub) => match v {
                    serde_json::Value::Array(items) => {
                        Value::Array(items.iter().map(|i| convert(i, sub, flavor)).collect())
                    }
                    other => Value::from_json(other),
                },
            },
        };
        out.insert(fl.out.to_owned(), v);
    }
    if flavor == Flavor::Sdk {
        for (k, v) in extras {
            out.insert(k, v);
        }
    }
    object(out)
}

/// A connector (`LinkerResource`) as az prints it.
pub fn connector(wire: &serde_json::Value, flavor: Flavor) -> Value {
    convert(wire, &LINKER_RESOURCE, flavor)
}

/// `generateConfigurations`' body (`ConfigurationResult`) as az prints it.
pub fn configurations(wire: &serde_json::Value) -> Value {
    convert(wire, &CONFIGURATION_RESULT, Flavor::Sdk)
}

/// A `configurationNames` item (`ConfigurationNameItem`) as `preview-configuration` prints it. The spec wraps
/// the item's fields in `properties` (the SDK flattens them); an item with the fields at the top level instead
/// (no `properties`, but a `targetService`) is read as if it were wrapped, so both print the same.
pub fn configuration_name_item(wire: &serde_json::Value) -> Value {
    if wire.get("properties").is_none() && wire.get("targetService").is_some() {
        let wrapped = serde_json::json!({ "properties": wire });
        return convert(&wrapped, &CONFIGURATION_NAME_ITEM, Flavor::Sdk);
    }
    convert(wire, &CONFIGURATION_NAME_ITEM, Flavor::Sdk)
}

/// `transform_local_linker_properties`: the knack view of the connector plus `configurations` (the list from
/// `generate-configuration`, when that call succeeded).
pub fn connector_with_configurations(
    wire: &serde_json::Value,
    generated: Option<&serde_json::Value>,
) -> Value {
    let mut view = connector(wire, Flavor::Knack);
    if let (Value::Object(o), Some(g)) = (&mut view, generated) {
        let list = match configurations(g) {
            Value::Object(mut c) => c.map.shift_remove("configurations").unwrap_or(Value::Null),
            _ => Value::Null,
        };
        o.map.insert("configurations".to_owned(), list);
    }
    view
}

/// `transform_validation_result`: `validationDetail` when it is non-empty, else the whole (knack) result.
pub fn validation(wire: &serde_json::Value) -> Value {
    let view = convert(wire, &VALIDATE_OPERATION_RESULT, Flavor::Knack);
    if let Value::Object(o) = &view
        && let Some(detail @ Value::Array(items)) = o.map.get("validationDetail")
        && !items.is_empty()
    {
        return detail.clone();
    }
    view
}

#[cfg(test)]
mod tests {
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
        let generated = json!({"configurations": [{"name": "AZURE_POSTGRESQL_CONNECTIONSTRING", "value": "x"}]});
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
            !keys(&connector_with_configurations(&wire(), None))
                .contains(&"configurations".to_owned())
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
        let empty =
            json!({"id": "op", "status": "Succeeded", "properties": {"validationDetail": []}});
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
}
