//! The published REST specs' response definitions, encoded by hand from Azure/azure-rest-api-specs, and a validator
//! for JSON bodies against them: property types, enums, patterns, `x-nullable`, required properties, and no property
//! the definition does not declare (the emulator must not invent any).
//!
//! Sources (read from the spec files, not copied):
//! - Microsoft.DBforPostgreSQL flexible servers, `PostgreSQL/preview/2026-01-01-preview/openapi.json` (the newest
//!   preview the spec repository holds; azconn sends `2026-04-01-preview`, whose shapes it inherits);
//! - Microsoft.DBforPostgreSQL single servers, `2017-12-01/postgresql.json` (the released revision: versions up to
//!   11, tiers Basic/GeneralPurpose/MemoryOptimized, the `administrators/activeDirectory` resource);
//! - Microsoft.ServiceLinker, `preview/2024-07-01-preview/servicelinker.json`;
//! - ARM's common types (`ProxyResource`, `TrackedResource`, `systemData`, `ErrorResponse`, `OperationStatusResult`).

#![allow(dead_code)]

use serde_json::Value;

/// One schema.
#[derive(Clone)]
pub enum S {
    Str {
        enums: &'static [&'static str],
        pattern: Option<&'static str>,
        date_time: bool,
    },
    Int,
    /// `type: number` (integers included).
    Num,
    Bool,
    Arr(Box<S>),
    Obj(Obj),
    /// `additionalProperties`: a map to values of one schema.
    Map(Box<S>),
    /// A discriminated union: the `tag` property's value picks the object schema.
    Union {
        tag: &'static str,
        variants: Vec<(&'static str, Obj)>,
    },
    Any,
}

#[derive(Clone, Default)]
pub struct Obj {
    props: Vec<(&'static str, S, bool)>,
    required: Vec<&'static str>,
}

impl Obj {
    pub fn req(mut self, names: &[&'static str]) -> Obj {
        self.required.extend_from_slice(names);
        self
    }
    /// Marks properties `x-nullable: true`.
    pub fn nullable(mut self, names: &[&'static str]) -> Obj {
        for p in &mut self.props {
            if names.contains(&p.0) {
                p.2 = true;
            }
        }
        self
    }
    /// The definition extended by more properties (`allOf`).
    pub fn with(mut self, more: Obj) -> Obj {
        self.props.extend(more.props);
        self.required.extend(more.required);
        self
    }
    pub fn s(self) -> S {
        S::Obj(self)
    }
}

pub fn obj(props: Vec<(&'static str, S)>) -> Obj {
    Obj {
        props: props.into_iter().map(|(n, s)| (n, s, false)).collect(),
        required: Vec::new(),
    }
}
pub fn string() -> S {
    S::Str {
        enums: &[],
        pattern: None,
        date_time: false,
    }
}
pub fn one_of(enums: &'static [&'static str]) -> S {
    S::Str {
        enums,
        pattern: None,
        date_time: false,
    }
}
pub fn pattern(p: &'static str) -> S {
    S::Str {
        enums: &[],
        pattern: Some(p),
        date_time: false,
    }
}
pub fn date_time() -> S {
    S::Str {
        enums: &[],
        pattern: None,
        date_time: true,
    }
}
pub fn int() -> S {
    S::Int
}
pub fn number() -> S {
    S::Num
}
pub fn boolean() -> S {
    S::Bool
}
pub fn array(s: S) -> S {
    S::Arr(Box::new(s))
}
pub fn map(s: S) -> S {
    S::Map(Box::new(s))
}

const ON_OFF: &[&str] = &["Enabled", "Disabled"];

// ---- ARM common types ----

pub fn system_data() -> S {
    const BY: &[&str] = &["User", "Application", "ManagedIdentity", "Key"];
    obj(vec![
        ("createdBy", string()),
        ("createdByType", one_of(BY)),
        ("createdAt", date_time()),
        ("lastModifiedBy", string()),
        ("lastModifiedByType", one_of(BY)),
        ("lastModifiedAt", date_time()),
    ])
    .s()
}

/// `ProxyResource` (`Resource`: id, name, type, systemData) with a resource's own properties.
pub fn proxy(own: Obj) -> S {
    obj(vec![
        ("id", string()),
        ("name", string()),
        ("type", string()),
        ("systemData", system_data()),
    ])
    .with(own)
    .s()
}

/// `TrackedResource`: a proxy resource with `location` (required) and `tags`.
pub fn tracked(own: Obj) -> S {
    proxy(
        obj(vec![("location", string()), ("tags", map(string()))])
            .req(&["location"])
            .with(own),
    )
}

pub fn list_of(item: S) -> S {
    obj(vec![("value", array(item)), ("nextLink", string())])
        .req(&["value"])
        .s()
}

fn error_detail(depth: u32) -> S {
    let mut o = obj(vec![
        ("code", string()),
        ("message", string()),
        ("target", string()),
        (
            "additionalInfo",
            array(obj(vec![("type", string()), ("info", S::Any)]).s()),
        ),
    ]);
    if depth > 0 {
        o = o.with(obj(vec![("details", array(error_detail(depth - 1)))]));
    }
    o.s()
}

/// `ErrorResponse`.
pub fn error_response() -> S {
    obj(vec![("error", error_detail(2))]).s()
}

/// `OperationStatusResult` (the status of an asynchronous operation).
pub fn operation_status() -> S {
    obj(vec![
        ("id", string()),
        ("resourceId", string()),
        ("name", string()),
        ("status", string()),
        ("percentComplete", S::Any),
        ("startTime", date_time()),
        ("endTime", date_time()),
        ("operations", array(S::Any)),
        ("error", error_detail(2)),
    ])
    .req(&["status"])
    .s()
}

// ---- Microsoft.DBforPostgreSQL flexible servers ----

pub mod flexible {
    use super::*;

    const IPV4: &str = r"^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$";
    const REPLICATION_ROLE: &[&str] = &["None", "Primary", "AsyncReplica", "GeoAsyncReplica"];

    pub fn server() -> S {
        tracked(obj(vec![
            ("properties", server_properties()),
            (
                "sku",
                obj(vec![
                    ("name", string()),
                    (
                        "tier",
                        one_of(&["Burstable", "GeneralPurpose", "MemoryOptimized"]),
                    ),
                ])
                .req(&["name", "tier"])
                .s(),
            ),
            ("identity", S::Any),
        ]))
    }

    fn server_properties() -> S {
        let storage = obj(vec![
            ("storageSizeGB", int()),
            ("autoGrow", one_of(ON_OFF)),
            (
                "tier",
                one_of(&[
                    "P1", "P2", "P3", "P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50", "P60",
                    "P70", "P80",
                ]),
            ),
            ("iops", int()),
            ("throughput", int()),
            (
                "type",
                one_of(&["Premium_LRS", "PremiumV2_LRS", "UltraSSD_LRS"]),
            ),
        ]);
        let auth = obj(vec![
            ("activeDirectoryAuth", one_of(ON_OFF)),
            ("passwordAuth", one_of(ON_OFF)),
            ("tenantId", string()),
        ]);
        let encryption = obj(vec![
            ("primaryKeyURI", string()),
            ("primaryUserAssignedIdentityId", string()),
            ("geoBackupKeyURI", string()),
            ("geoBackupUserAssignedIdentityId", string()),
            ("type", one_of(&["SystemManaged", "AzureKeyVault"])),
            ("primaryEncryptionKeyStatus", one_of(&["Valid", "Invalid"])),
            (
                "geoBackupEncryptionKeyStatus",
                one_of(&["Valid", "Invalid"]),
            ),
        ]);
        let backup = obj(vec![
            ("backupRetentionDays", int()),
            ("geoRedundantBackup", one_of(ON_OFF)),
            ("earliestRestoreDate", date_time()),
        ]);
        let network = obj(vec![
            ("publicNetworkAccess", one_of(ON_OFF)),
            ("delegatedSubnetResourceId", string()),
            ("privateDnsZoneArmResourceId", string()),
        ]);
        let ha = obj(vec![
            ("mode", one_of(&["Disabled", "ZoneRedundant", "SameZone"])),
            (
                "state",
                one_of(&[
                    "NotEnabled",
                    "CreatingStandby",
                    "ReplicatingData",
                    "FailingOver",
                    "Healthy",
                    "RemovingStandby",
                    "RecreatingStandby",
                    "ComputeUpdatingByFailover",
                ]),
            ),
            ("standbyAvailabilityZone", string()),
        ]);
        let window = obj(vec![
            ("customWindow", string()),
            ("startHour", int()),
            ("startMinute", int()),
            ("dayOfWeek", int()),
        ]);
        let replica = obj(vec![
            ("role", one_of(REPLICATION_ROLE)),
            ("capacity", int()),
            (
                "replicationState",
                one_of(&[
                    "Active",
                    "Catchup",
                    "Provisioning",
                    "Updating",
                    "Broken",
                    "Reconfiguring",
                ]),
            ),
            ("promoteMode", one_of(&["Standalone", "Switchover"])),
            ("promoteOption", one_of(&["Planned", "Forced"])),
        ]);
        obj(vec![
            ("administratorLogin", string()),
            ("administratorLoginPassword", string()),
            (
                "version",
                one_of(&["18", "17", "16", "15", "14", "13", "12", "11"]),
            ),
            ("minorVersion", string()),
            (
                "state",
                one_of(&[
                    "Ready",
                    "Dropping",
                    "Disabled",
                    "Starting",
                    "Stopping",
                    "Stopped",
                    "Updating",
                    "Restarting",
                    "Inaccessible",
                    "Provisioning",
                ]),
            ),
            ("fullyQualifiedDomainName", string()),
            ("storage", storage.s()),
            ("authConfig", auth.s()),
            ("dataEncryption", encryption.s()),
            ("backup", backup.s()),
            ("network", network.s()),
            ("highAvailability", ha.s()),
            ("maintenanceWindow", window.s()),
            ("sourceServerResourceId", string()),
            ("pointInTimeUTC", date_time()),
            ("availabilityZone", string()),
            ("replicationRole", one_of(REPLICATION_ROLE)),
            ("replicaCapacity", int()),
            ("replica", replica.s()),
            (
                "createMode",
                one_of(&[
                    "Default",
                    "Create",
                    "Update",
                    "PointInTimeRestore",
                    "GeoRestore",
                    "Replica",
                    "ReviveDropped",
                ]),
            ),
            ("privateEndpointConnections", array(S::Any)),
            (
                "cluster",
                obj(vec![
                    ("clusterSize", int()),
                    ("defaultDatabaseName", string()),
                ])
                .s(),
            ),
        ])
        .s()
    }

    pub fn administrator() -> S {
        proxy(
            obj(vec![(
                "properties",
                obj(vec![
                    (
                        "principalType",
                        one_of(&["Unknown", "User", "Group", "ServicePrincipal"]),
                    ),
                    ("principalName", string()),
                    ("objectId", string()),
                    ("tenantId", string()),
                ])
                .s(),
            )])
            .req(&["properties"]),
        )
    }

    pub fn database() -> S {
        proxy(obj(vec![(
            "properties",
            obj(vec![
                ("charset", pattern(r"^[a-zA-Z]+\w*$")),
                ("collation", pattern(r"^[a-zA-Z\-]+([. ]|\w)*$")),
            ])
            .s(),
        )]))
    }

    pub fn firewall_rule() -> S {
        proxy(
            obj(vec![(
                "properties",
                obj(vec![
                    ("startIpAddress", pattern(IPV4)),
                    ("endIpAddress", pattern(IPV4)),
                ])
                .req(&["startIpAddress", "endIpAddress"])
                .s(),
            )])
            .req(&["properties"]),
        )
    }

    pub fn configuration() -> S {
        proxy(obj(vec![(
            "properties",
            obj(vec![
                ("value", string()),
                ("description", string()),
                ("defaultValue", string()),
                (
                    "dataType",
                    one_of(&[
                        "Boolean",
                        "Numeric",
                        "Integer",
                        "Enumeration",
                        "String",
                        "Set",
                    ]),
                ),
                ("allowedValues", string()),
                ("source", string()),
                ("isDynamicConfig", boolean()),
                ("isReadOnly", boolean()),
                ("isConfigPendingRestart", boolean()),
                ("unit", string()),
                ("documentationLink", string()),
            ])
            .s(),
        )]))
    }

    const STATUS: &[&str] = &["Visible", "Available", "Default", "Disabled"];

    fn capability_base() -> Obj {
        obj(vec![("status", one_of(STATUS)), ("reason", string())])
    }

    fn feature() -> S {
        obj(vec![("name", string()), ("status", one_of(ON_OFF))]).s()
    }

    pub fn capabilities() -> S {
        let sku = obj(vec![
            ("name", string()),
            ("vCores", int()),
            ("supportedIops", int()),
            ("supportedMemoryPerVcoreMb", int()),
            ("supportedZones", array(string())),
            (
                "supportedHaMode",
                array(one_of(&["ZoneRedundant", "SameZone"])),
            ),
            ("supportedFeatures", array(feature())),
            ("securityProfile", string()),
        ])
        .with(capability_base());
        let tier = obj(vec![("name", string()), ("iops", int())]).with(capability_base());
        let storage_mb = obj(vec![
            ("supportedIops", int()),
            ("supportedMaximumIops", int()),
            ("storageSizeMb", int()),
            ("maximumStorageSizeMb", int()),
            ("supportedThroughput", int()),
            ("supportedMaximumThroughput", int()),
            ("defaultIopsTier", string()),
            ("supportedIopsTiers", array(tier.s())),
        ])
        .with(capability_base());
        let storage = obj(vec![
            ("name", string()),
            ("defaultStorageSizeMb", int()),
            ("supportedStorageMb", array(storage_mb.s())),
        ])
        .with(capability_base());
        let edition = obj(vec![
            ("name", string()),
            ("defaultSkuName", string()),
            ("supportedStorageEditions", array(storage.s())),
            ("supportedServerSkus", array(sku.s())),
        ])
        .with(capability_base());
        let version = obj(vec![
            ("name", string()),
            ("supportedVersionsToUpgrade", array(string())),
            ("supportedFeatures", array(feature())),
        ])
        .with(capability_base());
        let capability = obj(vec![
            ("name", string()),
            ("supportedServerEditions", array(edition.s())),
            ("supportedServerVersions", array(version.s())),
            ("supportedFeatures", array(feature())),
            ("fastProvisioningSupported", one_of(ON_OFF)),
            ("supportedFastProvisioningEditions", array(S::Any)),
            ("geoBackupSupported", one_of(ON_OFF)),
            ("zoneRedundantHaSupported", one_of(ON_OFF)),
            ("zoneRedundantHaAndGeoBackupSupported", one_of(ON_OFF)),
            ("storageAutoGrowthSupported", one_of(ON_OFF)),
            ("onlineResizeSupported", one_of(ON_OFF)),
            ("restricted", one_of(ON_OFF)),
        ])
        .with(capability_base());
        list_of(capability.s())
    }
}

// ---- Microsoft.DBforPostgreSQL single servers (2017-12-01) ----

pub mod single {
    use super::*;

    const IPV4: &str = r"^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$";
    /// `FirewallRuleNameParameter`.
    pub const FIREWALL_RULE_NAME: &str = r"^[-\w\._]+$";

    pub fn server() -> S {
        let storage = obj(vec![
            ("backupRetentionDays", int()),
            ("geoRedundantBackup", one_of(ON_OFF)),
            ("storageMB", int()),
            ("storageAutogrow", one_of(ON_OFF)),
        ]);
        let properties = obj(vec![
            ("administratorLogin", string()),
            (
                "version",
                one_of(&["9.5", "9.6", "10", "10.0", "10.2", "11"]),
            ),
            ("sslEnforcement", one_of(ON_OFF)),
            (
                "minimalTlsVersion",
                one_of(&["TLS1_0", "TLS1_1", "TLS1_2", "TLSEnforcementDisabled"]),
            ),
            ("byokEnforcement", string()),
            ("infrastructureEncryption", one_of(ON_OFF)),
            (
                "userVisibleState",
                one_of(&["Ready", "Dropping", "Disabled", "Inaccessible"]),
            ),
            ("fullyQualifiedDomainName", string()),
            ("earliestRestoreDate", date_time()),
            ("storageProfile", storage.s()),
            ("replicationRole", string()),
            ("masterServerId", string()),
            ("replicaCapacity", int()),
            ("publicNetworkAccess", one_of(ON_OFF)),
            ("privateEndpointConnections", array(S::Any)),
        ]);
        let sku = obj(vec![
            ("name", string()),
            (
                "tier",
                one_of(&["Basic", "GeneralPurpose", "MemoryOptimized"]),
            ),
            ("capacity", int()),
            ("size", string()),
            ("family", string()),
        ])
        .req(&["name"]);
        tracked(obj(vec![
            ("identity", S::Any),
            ("sku", sku.s()),
            ("properties", properties.s()),
        ]))
    }

    pub fn administrator() -> S {
        proxy(obj(vec![(
            "properties",
            obj(vec![
                ("administratorType", one_of(&["ActiveDirectory"])),
                ("login", string()),
                ("sid", string()),
                ("tenantId", string()),
            ])
            .req(&["administratorType", "login", "sid", "tenantId"])
            .s(),
        )]))
    }

    pub fn database() -> S {
        proxy(obj(vec![(
            "properties",
            obj(vec![("charset", string()), ("collation", string())]).s(),
        )]))
    }

    pub fn firewall_rule() -> S {
        proxy(
            obj(vec![(
                "properties",
                obj(vec![
                    ("startIpAddress", pattern(IPV4)),
                    ("endIpAddress", pattern(IPV4)),
                ])
                .req(&["startIpAddress", "endIpAddress"])
                .s(),
            )])
            .req(&["properties"]),
        )
    }
}

// ---- Microsoft.ServiceLinker (2024-07-01-preview) ----

pub mod linker {
    use super::*;

    pub const AUTH_TYPES: &[&str] = &[
        "systemAssignedIdentity",
        "userAssignedIdentity",
        "servicePrincipalSecret",
        "servicePrincipalCertificate",
        "secret",
        "accessKey",
        "userAccount",
        "easyAuthMicrosoftEntraID",
    ];
    const CLIENT_TYPES: &[&str] = &[
        "none",
        "dotnet",
        "java",
        "python",
        "go",
        "php",
        "ruby",
        "django",
        "nodejs",
        "springBoot",
        "kafka-springBoot",
        "jms-springBoot",
        "dapr",
    ];
    const BEHAVIOR: &[&str] = &["Default", "ForcedCleanup"];
    const ACTION: &[&str] = &["enable", "optOut"];
    const ALLOW: &[&str] = &["true", "false"];

    fn auth_info() -> S {
        let base = || {
            obj(vec![
                ("authType", one_of(AUTH_TYPES)),
                ("authMode", one_of(&["optInAllAuth", "optOutAllAuth"])),
            ])
            .req(&["authType"])
        };
        let secret_info = S::Union {
            tag: "secretType",
            variants: vec![
                (
                    "rawValue",
                    obj(vec![("secretType", string()), ("value", string())]).nullable(&["value"]),
                ),
                (
                    "keyVaultSecretUri",
                    obj(vec![("secretType", string()), ("value", string())]),
                ),
                (
                    "keyVaultSecretReference",
                    obj(vec![
                        ("secretType", string()),
                        ("name", string()),
                        ("version", string()),
                    ])
                    .nullable(&["version"]),
                ),
            ],
        };
        S::Union {
            tag: "authType",
            variants: vec![
                (
                    "systemAssignedIdentity",
                    base()
                        .with(obj(vec![
                            ("userName", string()),
                            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
                            ("roles", array(string())),
                        ]))
                        .nullable(&["userName"]),
                ),
                (
                    "userAssignedIdentity",
                    base()
                        .with(obj(vec![
                            ("userName", string()),
                            ("clientId", string()),
                            ("subscriptionId", string()),
                            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
                            ("roles", array(string())),
                        ]))
                        .nullable(&["userName"]),
                ),
                (
                    // `secret` is write-only: the RP never returns it (so it is not listed here).
                    "servicePrincipalSecret",
                    base()
                        .with(obj(vec![
                            ("userName", string()),
                            ("clientId", string()),
                            ("principalId", string()),
                            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
                            ("roles", array(string())),
                        ]))
                        .nullable(&["userName"]),
                ),
                (
                    "secret",
                    base()
                        .with(obj(vec![("name", string()), ("secretInfo", secret_info)]))
                        .nullable(&["name", "secretInfo"]),
                ),
                (
                    "userAccount",
                    base()
                        .with(obj(vec![
                            ("userName", string()),
                            ("principalId", string()),
                            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
                            ("roles", array(string())),
                        ]))
                        .nullable(&["userName"]),
                ),
            ],
        }
    }

    fn target_service() -> S {
        S::Union {
            tag: "type",
            variants: vec![(
                "AzureResource",
                obj(vec![
                    ("type", string()),
                    ("id", string()),
                    ("resourceProperties", S::Any),
                ])
                .req(&["type"])
                .nullable(&["resourceProperties"]),
            )],
        }
    }

    pub fn linker() -> S {
        let firewall = obj(vec![
            ("ipRanges", array(string())),
            ("azureServices", one_of(ALLOW)),
            ("callerClientIP", one_of(ALLOW)),
        ]);
        let network = obj(vec![
            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
            ("action", one_of(ACTION)),
            ("firewallRules", firewall.s()),
        ]);
        let config = obj(vec![
            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
            ("action", one_of(ACTION)),
            ("customizedKeys", map(string())),
            ("daprProperties", S::Any),
            ("additionalConfigurations", map(string())),
            ("additionalConnectionStringProperties", map(string())),
            (
                "configurationStore",
                obj(vec![("appConfigurationId", string())])
                    .nullable(&["appConfigurationId"])
                    .s(),
            ),
        ])
        .nullable(&["configurationStore"]);
        let vnet = obj(vec![
            ("type", one_of(&["serviceEndpoint", "privateLink"])),
            ("deleteOrUpdateBehavior", one_of(BEHAVIOR)),
        ])
        .nullable(&["type"]);
        let store = obj(vec![
            ("keyVaultId", string()),
            ("keyVaultSecretName", string()),
        ])
        .nullable(&["keyVaultId", "keyVaultSecretName"]);
        let properties = obj(vec![
            ("targetService", target_service()),
            ("authInfo", auth_info()),
            ("clientType", one_of(CLIENT_TYPES)),
            ("provisioningState", string()),
            ("vNetSolution", vnet.s()),
            ("secretStore", store.s()),
            ("scope", string()),
            ("publicNetworkSolution", network.s()),
            ("configurationInfo", config.s()),
        ])
        .nullable(&[
            "vNetSolution",
            "secretStore",
            "scope",
            "publicNetworkSolution",
            "configurationInfo",
        ]);
        proxy(obj(vec![("properties", properties.s())]).req(&["properties"]))
    }

    /// `ResourceList` (its `nextLink` is nullable and `value` not required).
    pub fn linker_list() -> S {
        obj(vec![("value", array(linker())), ("nextLink", string())])
            .nullable(&["nextLink"])
            .s()
    }

    pub fn validate_operation_result() -> S {
        let item = obj(vec![
            ("name", string()),
            ("description", string()),
            ("result", one_of(&["success", "failure", "warning"])),
            ("errorMessage", string()),
            ("errorCode", string()),
        ])
        .nullable(&["description", "result", "errorMessage", "errorCode"]);
        let result = obj(vec![
            ("linkerName", string()),
            ("isConnectionAvailable", boolean()),
            ("reportStartTimeUtc", date_time()),
            ("reportEndTimeUtc", date_time()),
            ("sourceId", string()),
            ("targetId", string()),
            ("authType", one_of(AUTH_TYPES)),
            ("validationDetail", array(item.s())),
        ])
        .nullable(&[
            "linkerName",
            "isConnectionAvailable",
            "reportStartTimeUtc",
            "reportEndTimeUtc",
            "sourceId",
            "targetId",
            "authType",
        ]);
        obj(vec![
            ("properties", result.s()),
            ("resourceId", string()),
            ("status", string()),
        ])
        .nullable(&["properties", "resourceId", "status"])
        .s()
    }

    pub fn configuration_result() -> S {
        obj(vec![(
            "configurations",
            array(
                obj(vec![
                    ("name", string()),
                    ("value", string()),
                    ("configType", one_of(&["Default", "KeyVaultSecret"])),
                    ("keyVaultReferenceIdentity", string()),
                    ("description", string()),
                ])
                .nullable(&["value", "keyVaultReferenceIdentity", "description"])
                .s(),
            ),
        )])
        .s()
    }

    pub fn configuration_names() -> S {
        let name = obj(vec![
            ("value", string()),
            ("description", string()),
            ("required", boolean()),
        ]);
        let names = obj(vec![
            ("targetService", string()),
            ("clientType", one_of(CLIENT_TYPES)),
            ("authType", one_of(AUTH_TYPES)),
            ("secretType", one_of(&["rawValue", "keyVaultSecret"])),
            ("daprProperties", S::Any),
            ("names", array(name.s())),
        ]);
        let item = obj(vec![("properties", names.s())]).nullable(&["properties"]);
        list_of(item.s())
    }
}

// ---- the validator ----

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_date_time(s: &str) -> bool {
    // RFC 3339 as ARM writes it: date, `T`, time with optional fraction, `Z` or an offset.
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let head = b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b[10] == b'T' || b[10] == b't')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !head {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    rest == "Z"
        || (rest.len() == 6
            && (rest.starts_with('+') || rest.starts_with('-'))
            && rest.as_bytes()[3] == b':')
}

/// Every way `v` breaks `s`, as `path: what` lines.
pub fn violations(v: &Value, s: &S) -> Vec<String> {
    let mut out = Vec::new();
    check(v, s, "$", &mut out);
    out
}

fn check(v: &Value, s: &S, at: &str, out: &mut Vec<String>) {
    match s {
        S::Any => {}
        S::Str {
            enums,
            pattern,
            date_time,
        } => {
            let Some(text) = v.as_str() else {
                out.push(format!("{at}: expected a string, got {}", type_name(v)));
                return;
            };
            if !enums.is_empty() && !enums.contains(&text) {
                out.push(format!("{at}: {text:?} is not one of {enums:?}"));
            }
            if let Some(p) = pattern
                && !regex::Regex::new(p).expect("spec pattern").is_match(text)
            {
                out.push(format!("{at}: {text:?} does not match {p}"));
            }
            if *date_time && !is_date_time(text) {
                out.push(format!("{at}: {text:?} is not a date-time"));
            }
        }
        S::Int => {
            if !(v.is_i64() || v.is_u64()) {
                out.push(format!("{at}: expected an integer, got {v}"));
            }
        }
        S::Num => {
            if !v.is_number() {
                out.push(format!("{at}: expected a number, got {v}"));
            }
        }
        S::Bool => {
            if !v.is_boolean() {
                out.push(format!("{at}: expected a boolean, got {}", type_name(v)));
            }
        }
        S::Arr(item) => match v.as_array() {
            Some(a) => {
                for (i, x) in a.iter().enumerate() {
                    check(x, item, &format!("{at}[{i}]"), out);
                }
            }
            None => out.push(format!("{at}: expected an array, got {}", type_name(v))),
        },
        S::Map(item) => match v.as_object() {
            Some(m) => {
                for (k, x) in m {
                    check(x, item, &format!("{at}.{k}"), out);
                }
            }
            None => out.push(format!("{at}: expected an object, got {}", type_name(v))),
        },
        S::Obj(o) => check_obj(v, o, at, out),
        S::Union { tag, variants } => {
            let Some(kind) = v[tag].as_str() else {
                out.push(format!("{at}.{tag}: the discriminator is missing"));
                return;
            };
            match variants.iter().find(|(k, _)| *k == kind) {
                Some((_, o)) => check_obj(v, o, at, out),
                None => out.push(format!("{at}.{tag}: {kind:?} is not an encoded variant")),
            }
        }
    }
}

fn check_obj(v: &Value, o: &Obj, at: &str, out: &mut Vec<String>) {
    let Some(m) = v.as_object() else {
        out.push(format!("{at}: expected an object, got {}", type_name(v)));
        return;
    };
    for r in &o.required {
        if m.get(*r).is_none_or(Value::is_null) {
            out.push(format!("{at}.{r}: required, missing"));
        }
    }
    for (k, x) in m {
        match o.props.iter().find(|(n, _, _)| n == k) {
            None => out.push(format!("{at}.{k}: not a property of the definition")),
            Some((_, _, nullable)) if x.is_null() => {
                if !nullable {
                    out.push(format!("{at}.{k}: null, but not x-nullable"));
                }
            }
            Some((_, s, _)) => check(x, s, &format!("{at}.{k}"), out),
        }
    }
}
