//! Every request body azconn sends to ARM, checked against the request schema of the published spec it is sent
//! under (Azure/azure-rest-api-specs): Microsoft.DBforPostgreSQL flexible servers 2026-04-01-preview
//! (`ServerForPatch`, administrators, firewall rules), single servers 2017-12-01
//! (`ServerAdministratorResource`), Microsoft.ServiceLinker 2024-07-01-preview (`LinkerResource`).
//!
//! The schemas below are facts read from those spec files, written in a small dialect of our own: an object
//! lists its properties (unknown ones are refused), which are required and which may be null (`x-nullable`);
//! a string may have an enum or be an IPv4 address (the firewall rule's pattern); a polymorphic object names its
//! discriminator and the schema of each value.

use serde_json::{Value, json};

use super::postgres_flexible::{self, AuthConfig, FlexibleServer};
use super::postgres_single;
use super::resource_id::ResourceId;
use super::service_linker::{AuthInfo, ConnectorBody};
use super::{ArmClient, call::ArmCall};
use crate::auth::{AuthSource, Secret, TokenProvider};
use crate::settings::{AzConfig, Env, Profile, Settings, cloud::known_clouds};

/// The spec facts of one schema, as JSON: `{"object": {name: schema}, "required": [..], "nullable": [..]}`,
/// `{"map": schema}` (`additionalProperties`), `{"array": schema}`, `{"string": null | [enum…] | "ipv4"}`,
/// `{"discriminator": name, "variants": {value: object schema}}` (the variant's own properties plus the
/// discriminator).
fn check(schema: &Value, body: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(props) = schema.get("object") {
        let Some(obj) = body.as_object() else {
            problems.push(format!("{at}: not an object: {body}"));
            return;
        };
        let listed = |k: &str| {
            schema
                .get(k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        for r in listed("required") {
            let r = r.as_str().unwrap_or_default();
            if !obj.contains_key(r) {
                problems.push(format!("{at}: required property {r} is missing"));
            }
        }
        for (k, v) in obj {
            let here = format!("{at}.{k}");
            match props.get(k) {
                None => problems.push(format!("{here}: not in the spec's schema")),
                Some(_) if v.is_null() => {
                    if !listed("nullable").iter().any(|n| n == k) {
                        problems.push(format!("{here}: null, but not nullable in the spec"));
                    }
                }
                Some(s) => check(s, v, &here, problems),
            }
        }
    } else if let Some(item) = schema.get("map") {
        match body.as_object() {
            Some(obj) => obj
                .iter()
                .for_each(|(k, v)| check(item, v, &format!("{at}[{k}]"), problems)),
            None => problems.push(format!("{at}: not an object: {body}")),
        }
    } else if let Some(item) = schema.get("array") {
        match body.as_array() {
            Some(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| check(item, v, &format!("{at}[{i}]"), problems)),
            None => problems.push(format!("{at}: not an array: {body}")),
        }
    } else if let Some(kind) = schema.get("string") {
        let Some(s) = body.as_str() else {
            problems.push(format!("{at}: not a string: {body}"));
            return;
        };
        match kind {
            Value::Array(allowed) if !allowed.iter().any(|a| a == s) => {
                problems.push(format!("{at}: {s:?} is not one of {kind}"));
            }
            Value::String(p) if p == "ipv4" && s.parse::<std::net::Ipv4Addr>().is_err() => {
                problems.push(format!("{at}: {s:?} is not an IPv4 address"));
            }
            _ => {}
        }
    } else if let Some(key) = schema.get("discriminator").and_then(Value::as_str) {
        let tag = body.get(key).and_then(Value::as_str).unwrap_or_default();
        match schema["variants"].get(tag) {
            Some(variant) => {
                let mut variant = variant.clone();
                variant["object"][key] = json!({"string": null});
                let mut required = variant["required"].as_array().cloned().unwrap_or_default();
                required.push(json!(key));
                variant["required"] = Value::Array(required);
                check(&variant, body, at, problems);
            }
            None => problems.push(format!(
                "{at}.{key}: {tag:?} is not a value the spec defines"
            )),
        }
    }
}

fn enabled_disabled() -> Value {
    json!({"string": ["Enabled", "Disabled"]})
}

/// `ServerForPatch` as far as a body can reach `authConfig` (every property is optional).
fn flexible_server_patch() -> Value {
    json!({"object": {"properties": {"object": {"authConfig": {"object": {
        "activeDirectoryAuth": enabled_disabled(),
        "passwordAuth": enabled_disabled(),
        "tenantId": {"string": null}
    }}}}}})
}

/// `AdministratorMicrosoftEntraAdd` (PUT `…/administrators/{objectId}`).
fn flexible_admin_put() -> Value {
    json!({"object": {"properties": {"object": {
        "principalType": {"string": ["Unknown", "User", "Group", "ServicePrincipal"]},
        "principalName": {"string": null},
        "tenantId": {"string": null}
    }}}})
}

/// `FirewallRule` (PUT `…/firewallRules/{name}`): both addresses required, IPv4 by the spec's pattern.
fn firewall_rule_put() -> Value {
    json!({"object": {"properties": {
        "object": {"startIpAddress": {"string": "ipv4"}, "endIpAddress": {"string": "ipv4"}},
        "required": ["startIpAddress", "endIpAddress"]
    }}, "required": ["properties"]})
}

/// Single Server `ServerAdministratorResource` (PUT `…/administrators/activeDirectory`).
fn single_admin_put() -> Value {
    json!({"object": {"properties": {
        "object": {
            "administratorType": {"string": ["ActiveDirectory"]},
            "login": {"string": null},
            "sid": {"string": null},
            "tenantId": {"string": null}
        },
        "required": ["administratorType", "login", "sid", "tenantId"]
    }}})
}

/// ServiceLinker `LinkerResource` (PUT of a connector): `LinkerProperties` with the auth infos, target service,
/// network solution and configuration info azconn can send.
fn linker_put() -> Value {
    let roles = json!({"array": {"string": null}});
    let behavior = json!({"string": ["Default", "ForcedCleanup"]});
    let allow = json!({"string": ["true", "false"]});
    json!({"object": {"properties": {
        "object": {
            "targetService": {"discriminator": "type", "variants": {
                "AzureResource": {"object": {"id": {"string": null}, "resourceProperties": {"object": {}}},
                                  "nullable": ["resourceProperties"]}
            }},
            "authInfo": {"discriminator": "authType", "variants": {
                "userAccount": {"object": {
                    "authMode": {"string": ["optInAllAuth", "optOutAllAuth"]},
                    "userName": {"string": null}, "principalId": {"string": null},
                    "deleteOrUpdateBehavior": behavior, "roles": roles
                }, "nullable": ["userName"]},
                "servicePrincipalSecret": {"object": {
                    "authMode": {"string": ["optInAllAuth", "optOutAllAuth"]},
                    "userName": {"string": null}, "clientId": {"string": null},
                    "principalId": {"string": null}, "secret": {"string": null},
                    "deleteOrUpdateBehavior": behavior, "roles": roles
                }, "required": ["clientId", "principalId", "secret"], "nullable": ["userName"]},
                "secret": {"object": {
                    "authMode": {"string": ["optInAllAuth", "optOutAllAuth"]},
                    "name": {"string": null},
                    "secretInfo": {"discriminator": "secretType", "variants": {
                        "rawValue": {"object": {"value": {"string": null}}, "nullable": ["value"]},
                        "keyVaultSecretUri": {"object": {"value": {"string": null}}, "nullable": ["value"]},
                        "keyVaultSecretReference": {"object": {"name": {"string": null}, "version": {"string": null}},
                                                    "nullable": ["version"]}
                    }}
                }, "nullable": ["name", "secretInfo"]}
            }},
            "clientType": {"string": ["none", "dotnet", "java", "python", "go", "php", "ruby", "django",
                                      "nodejs", "springBoot", "kafka-springBoot", "jms-springBoot", "dapr"]},
            "publicNetworkSolution": {"object": {
                "deleteOrUpdateBehavior": behavior,
                "action": {"string": ["enable", "optOut"]},
                "firewallRules": {"object": {
                    "ipRanges": {"array": {"string": null}},
                    "azureServices": allow,
                    "callerClientIP": allow
                }}
            }},
            "configurationInfo": {"object": {
                "deleteOrUpdateBehavior": behavior,
                "action": {"string": ["enable", "optOut"]},
                "customizedKeys": {"map": {"string": null}},
                "additionalConfigurations": {"map": {"string": null}},
                "additionalConnectionStringProperties": {"map": {"string": null}}
            }},
            "scope": {"string": null}
        },
        "nullable": ["publicNetworkSolution", "configurationInfo", "scope"]
    }}, "required": ["properties"]})
}

fn client() -> ArmClient {
    let http = reqwest::Client::new();
    let settings = Settings {
        config_dir: std::env::temp_dir().join("azconn-spec-requests-unused"),
        config: AzConfig::default(),
        cloud: known_clouds().remove(0),
        profile: Profile::default(),
        env: Env::default(),
    };
    let tokens = std::sync::Arc::new(TokenProvider::new(
        &settings,
        AuthSource::Env,
        http.clone(),
        false,
    ));
    ArmClient::new(http, &settings.cloud, tokens, None).expect("arm client")
}

fn assert_conforms(what: &str, schema: &Value, call: &ArmCall) {
    let body = call
        .body_json()
        .unwrap_or_else(|| panic!("{what}: no JSON body"));
    let mut problems = Vec::new();
    check(schema, &body, "body", &mut problems);
    assert!(
        problems.is_empty(),
        "{what} sends what the spec forbids:\n{}\n{body}",
        problems.join("\n")
    );
}

const SERVER: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv";
const SINGLE: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/ssrv";

#[test]
fn the_dialect_finds_what_the_spec_forbids() {
    let mut problems = Vec::new();
    let body = json!({"properties": {"authConfig": {"activeDirectoryAuth": "On", "tenantId": null, "extra": 1}}});
    check(&flexible_server_patch(), &body, "body", &mut problems);
    assert_eq!(problems.len(), 3, "{problems:?}");
}

#[test]
fn entra_enable_patch_sends_only_properties_with_values() {
    let arm = client();
    for (tenant, password) in [
        (None, None),
        (
            Some("72f988bf-86f1-41af-91ab-2d7cd011db47"),
            Some("Disabled"),
        ),
    ] {
        let server = FlexibleServer {
            id: SERVER.to_owned(),
            name: "srv".to_owned(),
            location: "eastus".to_owned(),
            auth_config: AuthConfig {
                active_directory_auth: Some("Disabled".to_owned()),
                password_auth: password.map(str::to_owned),
                tenant_id: tenant.map(str::to_owned),
            },
            public_network_access: None,
            fully_qualified_domain_name: None,
            raw: Value::Null,
        };
        let call = arm.flexible_enable_entra_auth_call(&server);
        assert_conforms("the Entra-enable PATCH", &flexible_server_patch(), &call);
        let sent = call.body_json().unwrap_or_default();
        assert_eq!(
            sent["properties"]["authConfig"].get("tenantId").is_some(),
            tenant.is_some(),
            "{sent}"
        );
    }
}

#[test]
fn administrator_and_firewall_bodies_conform() {
    let arm = client();
    let flexible = ResourceId::parse(SERVER).expect("id");
    let single = ResourceId::parse(SINGLE).expect("id");
    for kind in ["User", "ServicePrincipal"] {
        let call = arm.flexible_put_admin_call(
            &flexible,
            "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10",
            "alice@contoso.com",
            kind,
            "72f988bf-86f1-41af-91ab-2d7cd011db47",
        );
        assert_conforms("the Flexible admin PUT", &flexible_admin_put(), &call);
    }
    let call = arm.single_put_admin_call(
        &single,
        "alice@contoso.com",
        "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
    );
    assert_conforms("the Single Server admin PUT", &single_admin_put(), &call);
    for api in [postgres_flexible::API, postgres_single::API] {
        let call =
            arm.postgres_put_firewall_rule_call(api, &flexible, "svc_ab12", "10.0.0.1", "10.0.0.1");
        assert_conforms("the firewall rule PUT", &firewall_rule_put(), &call);
    }
}

#[test]
fn connector_bodies_conform() {
    let arm = client();
    let target = format!("{SERVER}/databases/demo");
    let auths = [
        AuthInfo::UserAccount {
            user_name: Some("aad_conn".into()),
            principal_id: "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10".into(),
        },
        AuthInfo::UserAccount {
            user_name: None,
            principal_id: "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10".into(),
        },
        AuthInfo::ServicePrincipalSecret {
            user_name: Some("aad_conn".into()),
            client_id: "3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d".into(),
            principal_id: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b".into(),
            secret: Secret::new("s"),
        },
        AuthInfo::Secret {
            name: "admin".into(),
            secret: Secret::new("p"),
        },
        AuthInfo::SecretKeyVaultUri {
            name: "admin".into(),
            uri: "https://kv.vault.azure.net/secrets/p".into(),
        },
        AuthInfo::SecretKeyVaultReference {
            name: "admin".into(),
            secret_name: "p".into(),
        },
    ];
    for auth in auths {
        for keys in [
            None,
            Some([("AZURE_POSTGRESQL_HOST".to_owned(), "PGHOST".to_owned())]),
        ] {
            let body = ConnectorBody {
                target_id: target.clone(),
                auth_info: auth.clone(),
                client_type: "python".into(),
                customized_keys: keys.map(|k| k.into_iter().collect()),
                caller_client_ip: true,
            };
            let call = arm.linker_put_call(
                "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/conn",
                &body,
            );
            assert_conforms("the connector PUT", &linker_put(), &call);
        }
    }
}
