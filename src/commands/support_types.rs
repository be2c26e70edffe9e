//! az's `list-support-types` data and views, shared by `connection list-support-types` and every
//! `<source> connection list-support-types`: the auth types per source and target (`SUPPORTED_AUTH_TYPE` in
//! azure-cli's `_resource_config.py`) and the client types per target (`SUPPORTED_CLIENT_TYPE`, one table for
//! every source). No network. A new source adds its auth table here.

use indexmap::IndexMap;

use crate::output::value::{Object, Value};

/// az's client types of a target (the same for every source), in az's order.
pub fn client_types(target: &str) -> Vec<&'static str> {
    let list = match target {
        "redis" | "redis-enterprise" | "cosmos-cassandra" | "servicebus" => {
            "dotnet dotnet-internal java python nodejs go springBoot none"
        }
        "cosmos-gremlin" => "dotnet dotnet-internal java python nodejs php none",
        "cosmos-mongo" => "dotnet dotnet-internal java nodejs go springBoot none",
        "cosmos-table" | "cosmos-sql" | "storage-blob" | "storage-queue" | "keyvault" => {
            "dotnet dotnet-internal java python nodejs springBoot none"
        }
        "storage-file" => "dotnet dotnet-internal java python nodejs php ruby springBoot none",
        "storage-table" | "appconfig" | "webpubsub" => {
            "dotnet dotnet-internal java python nodejs none"
        }
        "eventhub" => {
            "dotnet dotnet-internal java python nodejs go springBoot kafka-springBoot none"
        }
        "signalr" => "dotnet dotnet-internal none",
        "confluent-cloud" => "dotnet dotnet-internal java python go springBoot none",
        "fabric-sql" => "dotnet java python go php none",
        "app-insights" => "dotnet dotnet-internal java python nodejs go none",
        "cognitiveservices" => "dotnet python none",
        // postgres, postgres-flexible, mysql, mysql-flexible, sql, neon-postgres, mongodb-atlas
        _ => "dotnet dotnet-internal java python nodejs go php ruby django springBoot none",
    };
    list.split(' ').collect()
}

/// A source's auth types per target, in az's order: (target, auth types joined by `", "` as az's table shows
/// them).
pub type AuthTable = &'static [(&'static str, &'static str)];

const IDENTITY_AUTH: &str = "secret(auto), user-account, service-principal";

/// `SUPPORTED_AUTH_TYPE[Local]`.
pub const LOCAL_AUTH: AuthTable = &[
    ("postgres", "secret, user-account"),
    ("postgres-flexible", "secret, user-account"),
    ("mysql", "secret"),
    ("mysql-flexible", "secret, user-account"),
    ("sql", "secret, user-account"),
    // az 2.91 lists Entra auth for Redis and Storage Table (observed output; older azure-cli sources list
    // secret(auto) only).
    ("redis", IDENTITY_AUTH),
    ("redis-enterprise", "secret(auto)"),
    ("cosmos-cassandra", IDENTITY_AUTH),
    ("cosmos-gremlin", IDENTITY_AUTH),
    ("cosmos-mongo", IDENTITY_AUTH),
    ("cosmos-table", IDENTITY_AUTH),
    ("cosmos-sql", IDENTITY_AUTH),
    ("storage-blob", IDENTITY_AUTH),
    ("storage-queue", IDENTITY_AUTH),
    ("storage-file", "secret(auto)"),
    ("storage-table", IDENTITY_AUTH),
    ("keyvault", "user-account, service-principal"),
    ("appconfig", IDENTITY_AUTH),
    ("eventhub", IDENTITY_AUTH),
    ("servicebus", IDENTITY_AUTH),
    ("signalr", IDENTITY_AUTH),
    ("webpubsub", IDENTITY_AUTH),
    ("confluent-cloud", "secret"),
    ("app-insights", "secret(auto)"),
];

const DB_MI: &str = "secret, system-managed-identity, user-managed-identity, service-principal";
const MI_AUTO: &str =
    "system-managed-identity, secret(auto), user-managed-identity, service-principal";

/// `SUPPORTED_AUTH_TYPE[WebApp]` (function apps share it).
pub const APP_SERVICE_AUTH: AuthTable = &[
    ("postgres", DB_MI),
    ("postgres-flexible", DB_MI),
    ("mysql", "secret"),
    ("mysql-flexible", DB_MI),
    ("sql", DB_MI),
    (
        "redis",
        "system-managed-identity, user-managed-identity, secret(auto), service-principal",
    ),
    ("redis-enterprise", "secret(auto)"),
    ("cosmos-cassandra", MI_AUTO),
    ("cosmos-gremlin", MI_AUTO),
    ("cosmos-mongo", MI_AUTO),
    ("cosmos-table", MI_AUTO),
    ("cosmos-sql", MI_AUTO),
    ("storage-blob", MI_AUTO),
    ("storage-queue", MI_AUTO),
    ("storage-file", "secret(auto)"),
    ("storage-table", MI_AUTO),
    (
        "keyvault",
        "system-managed-identity, user-managed-identity, service-principal",
    ),
    ("appconfig", MI_AUTO),
    ("eventhub", MI_AUTO),
    ("servicebus", MI_AUTO),
    ("signalr", MI_AUTO),
    ("webpubsub", MI_AUTO),
    ("confluent-cloud", "secret"),
    (
        "fabric-sql",
        "system-managed-identity, user-managed-identity",
    ),
    ("app-insights", "secret(auto)"),
    ("cognitiveservices", MI_AUTO),
    ("neon-postgres", "secret"),
    ("mongodb-atlas", "secret"),
];

/// `SUPPORTED_AUTH_TYPE[ContainerApp]`: the App Service table (the postgres-flexible row observed on az 2.91).
pub const CONTAINER_APP_AUTH: AuthTable = APP_SERVICE_AUTH;

const SECRET_SP: &str = "secret(auto), service-principal";

/// `SUPPORTED_AUTH_TYPE[KubernetesCluster]` as azure-cli's source has it (the postgres-flexible row observed on az
/// 2.91: `secret` only, although the passwordless extension adds `--workload-identity` and `--service-principal` to
/// `create`).
pub const AKS_AUTH: AuthTable = &[
    ("postgres", "secret"),
    ("postgres-flexible", "secret"),
    ("mysql", "secret"),
    ("mysql-flexible", "secret"),
    ("sql", "secret"),
    ("redis", "secret(auto)"),
    ("redis-enterprise", "secret(auto)"),
    ("cosmos-cassandra", SECRET_SP),
    ("cosmos-gremlin", SECRET_SP),
    ("cosmos-mongo", SECRET_SP),
    ("cosmos-table", SECRET_SP),
    ("cosmos-sql", SECRET_SP),
    ("storage-blob", SECRET_SP),
    ("storage-queue", SECRET_SP),
    ("storage-file", "secret(auto)"),
    ("storage-table", "secret(auto)"),
    ("keyvault", "service-principal"),
    ("appconfig", SECRET_SP),
    ("eventhub", SECRET_SP),
    ("servicebus", SECRET_SP),
    ("signalr", SECRET_SP),
    ("webpubsub", SECRET_SP),
    ("confluent-cloud", "secret"),
    ("app-insights", "secret(auto)"),
];

fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> Value {
    Value::Array(
        items
            .into_iter()
            .map(|s| Value::String(s.to_owned()))
            .collect(),
    )
}

/// az's result: one `{source, target, auth_types, client_types}` per target of `auth`, or only `target_type`'s
/// (az computes that filter but never applies it — a known no-op we fix; docs/compat.md).
pub fn rows(source: &str, auth: AuthTable, target_type: Option<&str>) -> Value {
    Value::Array(
        auth.iter()
            .filter(|(target, _)| target_type.is_none_or(|t| t == *target))
            .map(|(target, auth)| {
                let mut map = IndexMap::new();
                map.insert("source".to_owned(), Value::String(source.to_owned()));
                map.insert("target".to_owned(), Value::String((*target).to_owned()));
                map.insert("auth_types".to_owned(), strings(auth.split(", ")));
                map.insert("client_types".to_owned(), strings(client_types(target)));
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

/// The outcome of a `list-support-types`: the document, and az's table view for `-o table`.
pub fn outcome(
    source: &str,
    auth: AuthTable,
    target_type: Option<&str>,
) -> crate::commands::Outcome {
    let value = rows(source, auth, target_type);
    let table = table_transformer(&value);
    crate::commands::Outcome::DocumentWithTable { value, table }
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

    fn row(source: &str, auth: AuthTable, target: &str) -> Object {
        let Value::Array(rows) = table_transformer(&rows(source, auth, Some(target))) else {
            panic!("not a list");
        };
        let Some(Value::Object(row)) = rows.into_iter().next() else {
            panic!("no row for {target}");
        };
        row
    }

    fn cell(row: &Object, column: &str) -> String {
        match row.map.get(column) {
            Some(Value::String(s)) => s.clone(),
            other => panic!("{column}: {other:?}"),
        }
    }

    #[test]
    fn all_targets_and_filter() {
        let all = rows("connection", LOCAL_AUTH, None);
        assert_eq!(targets(&all).len(), 24);
        assert_eq!(targets(&all)[..2], ["postgres", "postgres-flexible"]);
        let one = rows("connection", LOCAL_AUTH, Some("postgres-flexible"));
        assert_eq!(targets(&one), ["postgres-flexible"]);
    }

    #[test]
    fn table_rows_join_lists() {
        let row = row("connection", LOCAL_AUTH, "postgres");
        assert!(row.ordered);
        assert_eq!(
            row.map.keys().collect::<Vec<_>>(),
            ["Source", "Target", "AuthType", "ClientType"]
        );
        assert_eq!(cell(&row, "AuthType"), "secret, user-account");
        assert_eq!(
            cell(&row, "ClientType"),
            "dotnet, dotnet-internal, java, python, nodejs, go, php, ruby, django, springBoot, none"
        );
    }

    /// The rows az 2.91 prints with Entra auth besides `secret(auto)`.
    #[test]
    fn redis_and_storage_table_rows_list_entra_auth() {
        for target in ["redis", "storage-table"] {
            assert_eq!(
                cell(&row("connection", LOCAL_AUTH, target), "AuthType"),
                "secret(auto), user-account, service-principal",
                "{target}"
            );
        }
    }

    #[test]
    fn container_source_rows() {
        assert_eq!(
            targets(&rows("aks", AKS_AUTH, None)),
            <crate::cli::source::Aks as crate::cli::source::SourceCli>::target_types()
        );
        assert_eq!(
            cell(&row("aks", AKS_AUTH, "postgres-flexible"), "AuthType"),
            "secret"
        );
        assert_eq!(
            cell(
                &row("containerapp", CONTAINER_APP_AUTH, "postgres-flexible"),
                "AuthType"
            ),
            "secret, system-managed-identity, user-managed-identity, service-principal"
        );
    }

    /// az (docs/az-behaviour.md, "Compute sources"): 28 targets for webapp; postgres-flexible with the managed identities.
    #[test]
    fn app_service_rows() {
        let all = rows("webapp", APP_SERVICE_AUTH, None);
        assert_eq!(targets(&all), crate::cli::source::APP_SERVICE_TARGET_TYPES);
        let pg = row("functionapp", APP_SERVICE_AUTH, "postgres-flexible");
        assert_eq!(cell(&pg, "Source"), "functionapp");
        assert_eq!(
            cell(&pg, "AuthType"),
            "secret, system-managed-identity, user-managed-identity, service-principal"
        );
        assert_eq!(
            cell(&row("webapp", APP_SERVICE_AUTH, "fabric-sql"), "ClientType"),
            "dotnet, java, python, go, php, none"
        );
    }
}
