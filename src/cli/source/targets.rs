//! The targets each compute source supports (the target column of `SUPPORTED_AUTH_TYPE` in azure-cli's
//! `_resource_config.py`): one list, and what a source lacks of it.

/// The targets of App Service sources (`SUPPORTED_AUTH_TYPE[WebApp]`; function apps and container apps share the
/// table), in az's order.
pub const APP_SERVICE_TARGET_TYPES: &[&str] = &[
    "postgres",
    "postgres-flexible",
    "mysql",
    "mysql-flexible",
    "sql",
    "redis",
    "redis-enterprise",
    "cosmos-cassandra",
    "cosmos-gremlin",
    "cosmos-mongo",
    "cosmos-table",
    "cosmos-sql",
    "storage-blob",
    "storage-queue",
    "storage-file",
    "storage-table",
    "keyvault",
    "appconfig",
    "eventhub",
    "servicebus",
    "signalr",
    "webpubsub",
    "confluent-cloud",
    "fabric-sql",
    "app-insights",
    "cognitiveservices",
    "neon-postgres",
    "mongodb-atlas",
];

/// The App Service targets AKS clusters lack (`SUPPORTED_AUTH_TYPE[KubernetesCluster]`).
pub const NOT_ON_AKS: &[&str] = &[
    "fabric-sql",
    "cognitiveservices",
    "neon-postgres",
    "mongodb-atlas",
];
