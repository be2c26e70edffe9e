//! Spec conformance of the compute sources' providers: Microsoft.App container apps
//! (`app/…/ContainerApps/stable/2025-07-01/ContainerApps.json` + `CommonDefinitions.json`), Microsoft.ContainerService
//! managed clusters (`containerservice/…/aks/stable/2025-07-01/managedClusters.json`) and the federated identity
//! credentials of Microsoft.ManagedIdentity (`msi/…/stable/2024-11-30/ManagedIdentity.json`), with the
//! managed-identity block of ARM's common types (`v3/managedidentity.json`). Definitions encoded by hand, as in
//! `spec.rs`; each test walks one provider as az calls it and reports every violation at once.

use serde_json::{Value, json};

use super::Walk;
use super::common::*;
use super::spec::{
    S, array, boolean, int, list_of, map, number, obj, one_of, operation_status, proxy, string,
    tracked,
};

const APP_API: &str = "api-version=2025-07-01";
const AKS_API: &str = "api-version=2025-07-01";
const MSI_API: &str = "api-version=2024-11-30";
const LINKER_API: &str = "api-version=2024-07-01-preview";

/// `ManagedServiceIdentity` (common types v3).
fn managed_service_identity() -> S {
    obj(vec![
        ("principalId", string()),
        ("tenantId", string()),
        (
            "type",
            one_of(&[
                "None",
                "SystemAssigned",
                "UserAssigned",
                "SystemAssigned,UserAssigned",
            ]),
        ),
        (
            "userAssignedIdentities",
            map(obj(vec![("principalId", string()), ("clientId", string())]).s()),
        ),
    ])
    .req(&["type"])
    .s()
}

fn container() -> S {
    obj(vec![
        ("image", string()),
        ("imageType", one_of(&["CloudBuild", "ContainerImage"])),
        ("name", string()),
        ("command", array(string())),
        ("args", array(string())),
        (
            "env",
            array(
                obj(vec![
                    ("name", string()),
                    ("value", string()),
                    ("secretRef", string()),
                ])
                .s(),
            ),
        ),
        (
            "resources",
            obj(vec![
                ("cpu", number()),
                ("memory", string()),
                ("ephemeralStorage", string()),
                ("gpu", number()),
            ])
            .s(),
        ),
        ("volumeMounts", S::Any),
        ("probes", S::Any),
    ])
    .s()
}

fn container_app() -> S {
    let configuration = obj(vec![
        (
            "secrets",
            array(
                obj(vec![
                    ("name", string()),
                    ("value", string()),
                    ("identity", string()),
                    ("keyVaultUrl", string()),
                ])
                .s(),
            ),
        ),
        ("activeRevisionsMode", one_of(&["Multiple", "Single"])),
        (
            "ingress",
            obj(vec![
                ("fqdn", string()),
                ("external", boolean()),
                ("targetPort", int()),
                ("exposedPort", int()),
                ("transport", one_of(&["auto", "http", "http2", "tcp"])),
                (
                    "traffic",
                    array(
                        obj(vec![
                            ("revisionName", string()),
                            ("weight", int()),
                            ("latestRevision", boolean()),
                            ("label", string()),
                        ])
                        .s(),
                    ),
                ),
                ("customDomains", S::Any),
                ("allowInsecure", boolean()),
                ("ipSecurityRestrictions", S::Any),
                ("stickySessions", S::Any),
                (
                    "clientCertificateMode",
                    one_of(&["ignore", "accept", "require"]),
                ),
                ("corsPolicy", S::Any),
                ("additionalPortMappings", S::Any),
            ])
            .s(),
        ),
        (
            "registries",
            array(
                obj(vec![
                    ("server", string()),
                    ("username", string()),
                    ("passwordSecretRef", string()),
                    ("identity", string()),
                ])
                .s(),
            ),
        ),
        ("dapr", S::Any),
        ("runtime", S::Any),
        ("maxInactiveRevisions", int()),
        ("service", S::Any),
        ("identitySettings", S::Any),
    ]);
    let template = obj(vec![
        ("revisionSuffix", string()),
        ("terminationGracePeriodSeconds", int()),
        ("initContainers", S::Any),
        ("containers", array(container())),
        (
            "scale",
            obj(vec![
                ("minReplicas", int()),
                ("maxReplicas", int()),
                ("cooldownPeriod", int()),
                ("pollingInterval", int()),
                ("rules", S::Any),
            ])
            .s(),
        ),
        ("volumes", S::Any),
        ("serviceBinds", S::Any),
    ]);
    let properties = obj(vec![
        (
            "provisioningState",
            one_of(&["InProgress", "Succeeded", "Failed", "Canceled", "Deleting"]),
        ),
        (
            "runningStatus",
            one_of(&["Progressing", "Running", "Stopped", "Suspended", "Ready"]),
        ),
        ("managedEnvironmentId", string()),
        ("environmentId", string()),
        ("workloadProfileName", string()),
        ("latestRevisionName", string()),
        ("latestReadyRevisionName", string()),
        ("latestRevisionFqdn", string()),
        ("customDomainVerificationId", string()),
        ("configuration", configuration.s()),
        ("template", template.s()),
        ("outboundIpAddresses", array(string())),
        ("eventStreamEndpoint", string()),
    ]);
    tracked(obj(vec![
        ("extendedLocation", S::Any),
        ("identity", managed_service_identity()),
        ("managedBy", string()),
        ("properties", properties.s()),
    ]))
}

fn managed_cluster() -> S {
    let power = || obj(vec![("code", one_of(&["Running", "Stopped"]))]).s();
    let pool = obj(vec![
        ("name", string()),
        ("count", int()),
        ("vmSize", string()),
        ("osDiskSizeGB", int()),
        ("osDiskType", one_of(&["Managed", "Ephemeral"])),
        ("maxPods", int()),
        (
            "type",
            one_of(&[
                "VirtualMachineScaleSets",
                "AvailabilitySet",
                "VirtualMachines",
            ]),
        ),
        ("provisioningState", string()),
        ("powerState", power()),
        ("orchestratorVersion", string()),
        ("currentOrchestratorVersion", string()),
        ("mode", one_of(&["System", "User", "Gateway"])),
        ("osType", one_of(&["Linux", "Windows"])),
        (
            "osSKU",
            one_of(&[
                "Ubuntu",
                "AzureLinux",
                "AzureLinux3",
                "CBLMariner",
                "Windows2019",
                "Windows2022",
                "Ubuntu2204",
            ]),
        ),
    ]);
    let properties = obj(vec![
        ("provisioningState", string()),
        ("powerState", power()),
        ("kubernetesVersion", string()),
        ("currentKubernetesVersion", string()),
        ("dnsPrefix", string()),
        ("fqdn", string()),
        ("azurePortalFQDN", string()),
        ("agentPoolProfiles", array(pool.s())),
        ("nodeResourceGroup", string()),
        ("enableRBAC", boolean()),
        (
            "networkProfile",
            obj(vec![
                ("networkPlugin", one_of(&["azure", "kubenet", "none"])),
                ("serviceCidr", string()),
                ("dnsServiceIP", string()),
                (
                    "outboundType",
                    one_of(&[
                        "loadBalancer",
                        "userDefinedRouting",
                        "managedNATGateway",
                        "userAssignedNATGateway",
                        "none",
                    ]),
                ),
                ("loadBalancerSku", one_of(&["standard", "basic"])),
            ])
            .s(),
        ),
        (
            "oidcIssuerProfile",
            obj(vec![("issuerURL", string()), ("enabled", boolean())]).s(),
        ),
        (
            "securityProfile",
            obj(vec![(
                "workloadIdentity",
                obj(vec![("enabled", boolean())]).s(),
            )])
            .s(),
        ),
        ("maxAgentPools", int()),
    ]);
    tracked(obj(vec![
        ("eTag", string()),
        (
            "sku",
            obj(vec![
                ("name", one_of(&["Base", "Automatic"])),
                ("tier", one_of(&["Premium", "Standard", "Free"])),
            ])
            .s(),
        ),
        ("extendedLocation", S::Any),
        (
            "identity",
            obj(vec![
                ("principalId", string()),
                ("tenantId", string()),
                ("type", one_of(&["SystemAssigned", "UserAssigned", "None"])),
                ("userAssignedIdentities", S::Any),
                ("delegatedResources", S::Any),
            ])
            .s(),
        ),
        ("kind", string()),
        ("properties", properties.s()),
    ]))
}

fn federated_credential() -> S {
    proxy(obj(vec![(
        "properties",
        obj(vec![
            ("issuer", string()),
            ("subject", string()),
            ("audiences", array(string())),
            ("claimsMatchingExpression", S::Any),
        ])
        .req(&["issuer", "audiences"])
        .s(),
    )]))
}

fn app_url(rest: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.App/containerApps/capp1{rest}?{APP_API}"
    )
}

fn linker(source: &str, name: &str, auth: Value, scope: &str) -> (String, Value) {
    let url = format!("{source}/providers/Microsoft.ServiceLinker/linkers/{name}?{LINKER_API}");
    let body = json!({"properties": {
        "targetService": {"type": "AzureResource", "id": flex("/databases/demo")},
        "authInfo": auth, "clientType": "none", "secretStore": {}, "scope": scope,
        "publicNetworkSolution": {}, "configurationInfo": {"configurationStore": {}}
    }});
    (url, body)
}

#[tokio::test]
async fn container_app_routes_conform_to_the_spec() {
    let emu = Emu::start();
    let mut w = Walk::new(&emu).await;
    let (_, _, app) = w.get(&app_url(""), container_app()).await;
    w.get(
        &format!(
            "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.App/containerApps?{APP_API}"
        ),
        list_of(container_app()),
    )
    .await;
    w.get(
        &format!("/subscriptions/{SUB}/providers/Microsoft.App/containerApps?{APP_API}"),
        list_of(container_app()),
    )
    .await;
    let mut put = app.clone();
    put["identity"] = json!({"type": "SystemAssigned"});
    put["properties"]["configuration"]["secrets"] = json!([{"name": "s1", "value": "v1"}]);
    let (_, h, _) = w
        .call(
            "PUT",
            &app_url(""),
            Some(put),
            &[200, 201],
            Some(container_app()),
        )
        .await;
    w.finish(&h, operation_status).await;
    let (_, _, after) = w.get(&app_url(""), container_app()).await;
    assert_eq!(after["identity"]["type"], "SystemAssigned");
    w.call(
        "POST",
        &app_url("/listSecrets"),
        None,
        &[200],
        Some(
            obj(vec![(
                "value",
                array(
                    obj(vec![
                        ("name", string()),
                        ("value", string()),
                        ("identity", string()),
                        ("keyVaultUrl", string()),
                    ])
                    .s(),
                ),
            )])
            .req(&["value"])
            .s(),
        ),
    )
    .await;
    let (_, h, _) = w
        .call(
            "PATCH",
            &app_url(""),
            Some(json!({"identity": {"type": "None"}})),
            &[200, 202],
            None,
        )
        .await;
    w.finish(&h, operation_status).await;
    let (source, body) = linker(
        &format!(
            "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.App/containerApps/capp1"
        ),
        "c1",
        json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "rawValue", "value": "p"}}),
        "capp1",
    );
    let (_, h, _) = w
        .call(
            "PUT",
            &source,
            Some(body),
            &[200, 201],
            Some(super::spec::linker::linker()),
        )
        .await;
    w.finish(&h, || S::Any).await;
    w.get(&app_url(""), container_app()).await;
    w.error(
        "GET",
        &format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.App/containerApps/nope?{APP_API}"),
        None,
        404,
    )
    .await;
    w.assert_clean();
}

#[tokio::test]
async fn managed_cluster_and_federated_credential_routes_conform_to_the_spec() {
    let emu = Emu::start();
    let mut w = Walk::new(&emu).await;
    let cluster = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1"
    );
    w.get(&format!("{cluster}?{AKS_API}"), managed_cluster())
        .await;
    w.get(&format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters?{AKS_API}"), list_of(managed_cluster()))
    .await;
    let (url, body) = linker(
        &cluster,
        "k1",
        json!({"userName": "aad_k1", "authType": "userAssignedIdentity",
            "clientId": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "subscriptionId": SUB}),
        "default",
    );
    let (_, h, _) = w
        .call(
            "PUT",
            &url,
            Some(body),
            &[200, 201],
            Some(super::spec::linker::linker()),
        )
        .await;
    w.finish(&h, || S::Any).await;
    let fics = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/azconn-mi/federatedIdentityCredentials"
    );
    let (_, _, list) = w
        .get(
            &format!("{fics}?{MSI_API}"),
            list_of(federated_credential()),
        )
        .await;
    assert_eq!(list["value"].as_array().map(Vec::len), Some(1), "{list}");
    let put = json!({"properties": {"issuer": "https://example.com/", "subject": "s", "audiences": ["api://AzureADTokenExchange"]}});
    w.call(
        "PUT",
        &format!("{fics}/fic1?{MSI_API}"),
        Some(put),
        &[200, 201],
        Some(federated_credential()),
    )
    .await;
    w.get(&format!("{fics}/fic1?{MSI_API}"), federated_credential())
        .await;
    w.delete(&format!("{fics}/fic1?{MSI_API}"), &[200, 204])
        .await;
    w.error("GET", &format!("{fics}/fic1?{MSI_API}"), None, 404)
        .await;
    w.assert_clean();
}
