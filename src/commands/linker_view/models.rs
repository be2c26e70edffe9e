//! The azure-mgmt-servicelinker models az's views are made of (`__init__` attribute order, wire paths,
//! polymorphic subtypes by discriminator), as data for `linker_view::convert`. A new attribute (say, one only a
//! source kind's linkers carry) is one line in its model here.

use super::{Kind, Model, f, model, plain};

pub(super) static SYSTEM_DATA: Model = model(&[
    plain("createdBy"),
    plain("createdByType"),
    f("createdAt", "createdAt", Kind::Time),
    plain("lastModifiedBy"),
    plain("lastModifiedByType"),
    f("lastModifiedAt", "lastModifiedAt", Kind::Time),
]);

pub(super) static RESOURCE_PROPERTIES_BASE: Model = Model {
    fields: &[plain("type")],
    subtypes: Some((
        "type",
        &[
            ("KeyVault", &KEY_VAULT_PROPERTIES),
            ("AppConfig", &APP_CONFIG_PROPERTIES),
        ],
    )),
};
pub(super) static KEY_VAULT_PROPERTIES: Model =
    model(&[plain("type"), plain("connectAsKubernetesCsiDriver")]);
pub(super) static APP_CONFIG_PROPERTIES: Model =
    model(&[plain("type"), plain("connectWithKubernetesExtension")]);

pub(super) static TARGET_SERVICE: Model = Model {
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
pub(super) static AZURE_RESOURCE: Model = model(&[
    plain("type"),
    plain("id"),
    f(
        "resourceProperties",
        "resourceProperties",
        Kind::Model(&RESOURCE_PROPERTIES_BASE),
    ),
]);
pub(super) static ENDPOINT_TARGET: Model = model(&[plain("type"), plain("endpoint")]);

pub(super) static SECRET_INFO: Model = Model {
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
pub(super) static VALUE_SECRET: Model = model(&[plain("secretType"), plain("value")]);
pub(super) static KEY_VAULT_SECRET_REFERENCE: Model =
    model(&[plain("secretType"), plain("name"), plain("version")]);

// The identity-based auth infos inherit from both `AuthInfoBase` and `DatabaseAadAuthInfo`; Python's MRO runs
// `DatabaseAadAuthInfo.__init__` first, so `userName` comes before `authType`.
pub(super) static AUTH_INFO: Model = Model {
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
pub(super) static USER_ACCOUNT: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("principalId"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
pub(super) static SERVICE_PRINCIPAL_SECRET: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("principalId"),
    plain("secret"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
pub(super) static SERVICE_PRINCIPAL_CERTIFICATE: Model = model(&[
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("principalId"),
    plain("certificate"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
pub(super) static SYSTEM_IDENTITY: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
pub(super) static USER_IDENTITY: Model = model(&[
    plain("userName"),
    plain("authType"),
    plain("authMode"),
    plain("clientId"),
    plain("subscriptionId"),
    plain("deleteOrUpdateBehavior"),
    plain("roles"),
]);
pub(super) static SECRET_AUTH: Model = model(&[
    plain("authType"),
    plain("authMode"),
    plain("name"),
    f("secretInfo", "secretInfo", Kind::Model(&SECRET_INFO)),
]);
pub(super) static ACCESS_KEY: Model =
    model(&[plain("authType"), plain("authMode"), plain("permissions")]);

pub(super) static VNET_SOLUTION: Model = model(&[plain("type"), plain("deleteOrUpdateBehavior")]);
pub(super) static SECRET_STORE: Model = model(&[plain("keyVaultId"), plain("keyVaultSecretName")]);
pub(super) static FIREWALL_RULES: Model = model(&[
    plain("ipRanges"),
    plain("azureServices"),
    // The SDK attribute is `caller_client_ip` (wire `callerClientIP`); todict camel-cases the attribute.
    f("callerClientIp", "callerClientIP", Kind::Plain),
]);
pub(super) static PUBLIC_NETWORK_SOLUTION: Model = model(&[
    plain("deleteOrUpdateBehavior"),
    plain("action"),
    f(
        "firewallRules",
        "firewallRules",
        Kind::Model(&FIREWALL_RULES),
    ),
]);
pub(super) static DAPR_METADATA: Model = model(&[
    plain("name"),
    plain("value"),
    plain("secretRef"),
    plain("description"),
    plain("required"),
]);
pub(super) static DAPR_PROPERTIES: Model = model(&[
    plain("version"),
    plain("componentType"),
    plain("secretStoreComponent"),
    f("metadata", "metadata", Kind::List(&DAPR_METADATA)),
    plain("scopes"),
    plain("runtimeVersion"),
    plain("bindingComponentDirection"),
]);
pub(super) static CONFIGURATION_STORE: Model = model(&[plain("appConfigurationId")]);
pub(super) static CONFIGURATION_INFO: Model = model(&[
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

pub(super) static LINKER_RESOURCE: Model = model(&[
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

pub(super) static SOURCE_CONFIGURATION: Model = model(&[
    plain("name"),
    plain("value"),
    plain("configType"),
    plain("keyVaultReferenceIdentity"),
    plain("description"),
]);
pub(super) static CONFIGURATION_RESULT: Model = model(&[f(
    "configurations",
    "configurations",
    Kind::List(&SOURCE_CONFIGURATION),
)]);

pub(super) static VALIDATION_RESULT_ITEM: Model = model(&[
    plain("name"),
    plain("description"),
    plain("result"),
    plain("errorMessage"),
    plain("errorCode"),
]);
pub(super) static VALIDATE_OPERATION_RESULT: Model = model(&[
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

pub(super) static CONFIGURATION_NAME: Model =
    model(&[plain("value"), plain("description"), plain("required")]);
pub(super) static CONFIGURATION_NAME_ITEM: Model = model(&[
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
