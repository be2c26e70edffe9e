//! `connection list-support-types`: the auth and client types core az supports for local connections, from
//! its `SUPPORTED_AUTH_TYPE[Local]` / `SUPPORTED_CLIENT_TYPE[Local]` tables (azure-cli `_resource_config.py`).
//! No network. `--target-type/-t` filters the list (az computes the filter but never applies it — a known
//! no-op we fix; docs/compat.md). `-o table` uses az's table transformer: columns Source, Target, AuthType,
//! ClientType with the lists joined by `", "`.

use indexmap::IndexMap;

use crate::cli::connection::ListSupportTypesArgs;
use crate::commands::Outcome;
use crate::output::value::{Object, Value};
use clap::ValueEnum as _;

const SQL_CLIENTS: &[&str] = &[
    "dotnet",
    "dotnet-internal",
    "java",
    "python",
    "nodejs",
    "go",
    "php",
    "ruby",
    "django",
    "springBoot",
    "none",
];
const REDIS_CLIENTS: &[&str] = &[
    "dotnet",
    "dotnet-internal",
    "java",
    "python",
    "nodejs",
    "go",
    "springBoot",
    "none",
];
const SPRING_CLIENTS: &[&str] = &[
    "dotnet",
    "dotnet-internal",
    "java",
    "python",
    "nodejs",
    "springBoot",
    "none",
];
const BASIC_CLIENTS: &[&str] = &[
    "dotnet",
    "dotnet-internal",
    "java",
    "python",
    "nodejs",
    "none",
];
const IDENTITY_AUTH: &[&str] = &["secret(auto)", "user-account", "service-principal"];

/// (target, auth types, client types) in az's table order.
pub const LOCAL_SUPPORT: &[(&str, &[&str], &[&str])] = &[
    ("postgres", &["secret", "user-account"], SQL_CLIENTS),
    (
        "postgres-flexible",
        &["secret", "user-account"],
        SQL_CLIENTS,
    ),
    ("mysql", &["secret"], SQL_CLIENTS),
    ("mysql-flexible", &["secret", "user-account"], SQL_CLIENTS),
    ("sql", &["secret", "user-account"], SQL_CLIENTS),
    // az 2.91 lists Entra auth for Redis and Storage Table (observed output; older azure-cli sources list
    // secret(auto) only).
    ("redis", IDENTITY_AUTH, REDIS_CLIENTS),
    ("redis-enterprise", &["secret(auto)"], REDIS_CLIENTS),
    ("cosmos-cassandra", IDENTITY_AUTH, REDIS_CLIENTS),
    (
        "cosmos-gremlin",
        IDENTITY_AUTH,
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "python",
            "nodejs",
            "php",
            "none",
        ],
    ),
    (
        "cosmos-mongo",
        IDENTITY_AUTH,
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "nodejs",
            "go",
            "springBoot",
            "none",
        ],
    ),
    ("cosmos-table", IDENTITY_AUTH, SPRING_CLIENTS),
    ("cosmos-sql", IDENTITY_AUTH, SPRING_CLIENTS),
    ("storage-blob", IDENTITY_AUTH, SPRING_CLIENTS),
    ("storage-queue", IDENTITY_AUTH, SPRING_CLIENTS),
    (
        "storage-file",
        &["secret(auto)"],
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "python",
            "nodejs",
            "php",
            "ruby",
            "springBoot",
            "none",
        ],
    ),
    ("storage-table", IDENTITY_AUTH, BASIC_CLIENTS),
    (
        "keyvault",
        &["user-account", "service-principal"],
        SPRING_CLIENTS,
    ),
    ("appconfig", IDENTITY_AUTH, BASIC_CLIENTS),
    (
        "eventhub",
        IDENTITY_AUTH,
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "python",
            "nodejs",
            "go",
            "springBoot",
            "kafka-springBoot",
            "none",
        ],
    ),
    ("servicebus", IDENTITY_AUTH, REDIS_CLIENTS),
    (
        "signalr",
        IDENTITY_AUTH,
        &["dotnet", "dotnet-internal", "none"],
    ),
    ("webpubsub", IDENTITY_AUTH, BASIC_CLIENTS),
    (
        "confluent-cloud",
        &["secret"],
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "python",
            "go",
            "springBoot",
            "none",
        ],
    ),
    (
        "app-insights",
        &["secret(auto)"],
        &[
            "dotnet",
            "dotnet-internal",
            "java",
            "python",
            "nodejs",
            "go",
            "none",
        ],
    ),
];

/// Parameters of `connection list-support-types`.
#[derive(Debug, Clone, Default)]
pub struct ListSupportTypesParams {
    /// `--target-type/-t` (az's target name, e.g. `postgres-flexible`).
    pub target_type: Option<String>,
}

fn strings(items: &[&str]) -> Value {
    Value::Array(
        items
            .iter()
            .map(|s| Value::String((*s).to_owned()))
            .collect(),
    )
}

/// Runs `connection list-support-types` (pure).
pub fn list_support_types(params: &ListSupportTypesParams) -> Value {
    Value::Array(
        LOCAL_SUPPORT
            .iter()
            .filter(|(target, _, _)| params.target_type.as_deref().is_none_or(|t| t == *target))
            .map(|(target, auth, clients)| {
                let mut map = IndexMap::new();
                map.insert("source".to_owned(), Value::String("connection".to_owned()));
                map.insert("target".to_owned(), Value::String((*target).to_owned()));
                map.insert("auth_types".to_owned(), strings(auth));
                map.insert("client_types".to_owned(), strings(clients));
                Value::Object(Object {
                    map,
                    ordered: false,
                })
            })
            .collect(),
    )
}

/// az's `transform_support_types` + `build_table_output`: one ordered row per item with the lists joined
/// (a missing or empty value becomes `" "`, as `build_table_output` does).
pub fn table_transformer(result: &Value) -> Value {
    let rows = match result {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let cell = |item: &Value, key: &str| -> Value {
        let v = match item {
            Value::Object(o) => o.map.get(key).cloned().unwrap_or(Value::Null),
            _ => Value::Null,
        };
        let v = match v {
            Value::Array(a) => Value::String(
                a.iter()
                    .map(|x| match x {
                        Value::String(s) => s.clone(),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            other => other,
        };
        match &v {
            Value::Null => Value::String(" ".to_owned()),
            Value::String(s) if s.is_empty() => Value::String(" ".to_owned()),
            _ => v,
        }
    };
    Value::Array(
        rows.iter()
            .map(|item| {
                let mut map = IndexMap::new();
                for (column, key) in [
                    ("Source", "source"),
                    ("Target", "target"),
                    ("AuthType", "auth_types"),
                    ("ClientType", "client_types"),
                ] {
                    map.insert(column.to_owned(), cell(item, key));
                }
                Value::Object(Object { map, ordered: true })
            })
            .collect(),
    )
}

/// Runs `connection list-support-types`; `-o table` goes through az's table transformer.
pub fn run(args: &ListSupportTypesArgs) -> Outcome {
    let params = ListSupportTypesParams {
        target_type: args
            .target_type
            .and_then(|t| t.to_possible_value())
            .map(|v| v.get_name().to_owned()),
    };
    let value = list_support_types(&params);
    let table = table_transformer(&value);
    Outcome::DocumentWithTable { value, table }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(v: &Value) -> Vec<String> {
        let Value::Array(items) = v else {
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|i| match i {
                Value::Object(o) => match o.map.get("target") {
                    Some(Value::String(s)) => Some(s.clone()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    #[test]
    fn all_targets_and_filter() {
        let all = list_support_types(&ListSupportTypesParams::default());
        assert_eq!(targets(&all).len(), 24);
        assert_eq!(targets(&all)[..2], ["postgres", "postgres-flexible"]);
        let one = list_support_types(&ListSupportTypesParams {
            target_type: Some("postgres-flexible".into()),
        });
        assert_eq!(targets(&one), ["postgres-flexible"]);
    }

    #[test]
    fn table_rows_join_lists() {
        let one = list_support_types(&ListSupportTypesParams {
            target_type: Some("postgres".into()),
        });
        let Value::Array(rows) = table_transformer(&one) else {
            panic!("not a list");
        };
        let Value::Object(row) = &rows[0] else {
            panic!("not an object");
        };
        assert!(row.ordered);
        assert_eq!(
            row.map.keys().collect::<Vec<_>>(),
            ["Source", "Target", "AuthType", "ClientType"]
        );
        assert_eq!(
            row.map.get("AuthType"),
            Some(&Value::String("secret, user-account".into()))
        );
        assert_eq!(
            row.map.get("ClientType"),
            Some(&Value::String(
                "dotnet, dotnet-internal, java, python, nodejs, go, php, ruby, django, springBoot, none"
                    .into()
            ))
        );
    }

    /// The rows az 2.91 prints with Entra auth besides `secret(auto)`.
    #[test]
    fn redis_and_storage_table_rows_list_entra_auth() {
        for target in ["redis", "storage-table"] {
            let one = list_support_types(&ListSupportTypesParams {
                target_type: Some(target.into()),
            });
            let Value::Array(rows) = table_transformer(&one) else {
                panic!("not a list");
            };
            let Value::Object(row) = &rows[0] else {
                panic!("not an object");
            };
            assert_eq!(
                row.map.get("AuthType"),
                Some(&Value::String(
                    "secret(auto), user-account, service-principal".into()
                )),
                "{target}"
            );
        }
    }
}
