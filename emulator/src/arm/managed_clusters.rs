//! Microsoft.ContainerService managed clusters (AKS): GET and the lists, each cluster with its OIDC issuer
//! (`oidcIssuerProfile.issuerURL`, discovery document and keys served under `/oidc/…`) and workload identity on,
//! and the Kubernetes objects linkers make in it (secrets and service accounts per namespace), kept in the world
//! and shown by the admin API. Service-account tokens (what the kubelet projects into a pod) are issued by the
//! admin port for a service account that exists, signed as the cluster's issuer.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::errors::{method_not_allowed, no_route};
use super::tracked::{Tracked, list, one};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::{Req, Resp};
use crate::ids::guid_of;
use crate::seed::Seed;
use crate::state::World;
use crate::tokens::now;

/// The audience a pod's projected token carries for Entra's token exchange.
pub const EXCHANGE_AUDIENCE: &str = "api://AzureADTokenExchange";

/// An AKS cluster as the world holds it.
#[derive(Debug, Clone)]
pub struct ManagedCluster {
    pub sub: String,
    pub rg: String,
    pub name: String,
    pub location: String,
    /// Kubernetes objects by namespace.
    pub namespaces: BTreeMap<String, Namespace>,
}

/// What linkers made in one namespace.
#[derive(Debug, Clone, Default)]
pub struct Namespace {
    /// Secrets: name → data (key, value) in order.
    pub secrets: BTreeMap<String, Vec<(String, String)>>,
    /// Service accounts: name → the workload identity client id it is annotated with.
    pub service_accounts: BTreeMap<String, String>,
}

impl ManagedCluster {
    /// Its OIDC issuer URL (with the trailing slash, as AKS reports it).
    pub fn issuer(&self, app: &App) -> String {
        format!(
            "{}/oidc/{}/{}/",
            app.base,
            app.seed.tenant.id,
            guid_of(&format!("issuer:{}", self.key()))
        )
    }
}

/// The seeded clusters, keyed by lower-cased id.
pub fn from_seed(seed: &Seed) -> BTreeMap<String, ManagedCluster> {
    seed.managed_clusters
        .iter()
        .map(|c| {
            let (sub, location) = seed.placement(c);
            let m = ManagedCluster {
                sub,
                rg: c.resource_group.clone(),
                name: c.name.clone(),
                location,
                namespaces: BTreeMap::new(),
            };
            (m.key(), m)
        })
        .collect()
}

impl Tracked for ManagedCluster {
    const TYPE: &'static str = "Microsoft.ContainerService/managedClusters";
    const ALL: fn(&World) -> &BTreeMap<String, Self> = |w| &w.clusters;

    /// The cluster as `GET` answers it.
    fn body(&self, app: &App) -> Value {
        let sub6 = &self.sub[..6.min(self.sub.len())];
        let dns = format!("{}-{}-{sub6}", self.name, self.rg);
        let h = &guid_of(&self.key())[..8];
        let fqdn = format!("{dns}-{h}.hcp.{}.azmk8s.io", self.location);
        let identity = guid_of(&format!("principal:{}", self.key()));
        json!({
            "id": self.id(),
            "name": self.name,
            "type": "Microsoft.ContainerService/ManagedClusters",
            "location": self.location,
            "tags": {},
            "sku": {"name": "Base", "tier": "Free"},
            "identity": {"type": "SystemAssigned", "principalId": identity, "tenantId": app.seed.tenant.id},
            "properties": {
                "provisioningState": "Succeeded",
                "powerState": {"code": "Running"},
                "kubernetesVersion": "1.32",
                "currentKubernetesVersion": "1.32.5",
                "dnsPrefix": dns,
                "fqdn": fqdn,
                "azurePortalFQDN": format!("{dns}-{h}.portal.hcp.{}.azmk8s.io", self.location),
                "agentPoolProfiles": [{
                    "name": "nodepool1", "count": 1, "vmSize": "Standard_DS2_v2", "osDiskSizeGB": 128,
                    "osDiskType": "Managed", "maxPods": 110, "type": "VirtualMachineScaleSets",
                    "provisioningState": "Succeeded", "powerState": {"code": "Running"},
                    "orchestratorVersion": "1.32", "currentOrchestratorVersion": "1.32.5",
                    "mode": "System", "osType": "Linux", "osSKU": "Ubuntu"
                }],
                "nodeResourceGroup": format!("MC_{}_{}_{}", self.rg, self.name, self.location),
                "enableRBAC": true,
                "networkProfile": {
                    "networkPlugin": "azure", "serviceCidr": "10.0.0.0/16", "dnsServiceIP": "10.0.0.10",
                    "outboundType": "loadBalancer", "loadBalancerSku": "standard"
                },
                "oidcIssuerProfile": {"enabled": true, "issuerURL": self.issuer(app)},
                "securityProfile": {"workloadIdentity": {"enabled": true}},
                "maxAgentPools": 100
            }
        })
    }

    fn place(&self) -> [&str; 4] {
        [&self.sub, &self.rg, &self.name, &self.location]
    }
}

/// The routes of Microsoft.ContainerService.
pub fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let get = ctx.req.method == "GET";
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(_) | Scope::Group(_), ["managedclusters"]) if get => {
            list::<ManagedCluster>(ctx, &p.scope)
        }
        (Scope::Group(g), ["managedclusters", _]) => {
            match one::<ManagedCluster>(ctx, g, &p.segs[1]) {
                Err(r) => r,
                Ok(c) if get => Resp::json(200, &c.body(ctx.app)),
                Ok(_) => method_not_allowed(ctx.req),
            }
        }
        _ => no_route(ctx.req),
    }
}

/// The cluster whose issuer URL is `issuer`.
fn by_issuer(app: &App, issuer: &str) -> Option<ManagedCluster> {
    let clusters: Vec<ManagedCluster> = app.world().clusters.values().cloned().collect();
    clusters
        .into_iter()
        .find(|c| c.issuer(app).trim_end_matches('/') == issuer.trim_end_matches('/'))
}

/// `GET /oidc/{tenant}/{cluster}/.well-known/openid-configuration` and `…/openid/v1/jwks`: a cluster issuer's
/// discovery document and keys, as AKS publishes them.
pub fn oidc(app: &App, req: &Req) -> Resp {
    let not_found = || Resp::json(404, &json!({"error": "not found"}));
    if req.method != "GET" || req.segs.len() < 3 {
        return not_found();
    }
    let issuer = format!("{}/{}/", app.base, req.segs[..3].join("/"));
    if by_issuer(app, &issuer).is_none() {
        return not_found();
    }
    let rest: Vec<&str> = req.lower[3..].iter().map(String::as_str).collect();
    match rest.as_slice() {
        [".well-known", "openid-configuration"] => Resp::json(
            200,
            &json!({
                "issuer": issuer,
                "jwks_uri": format!("{issuer}openid/v1/jwks"),
                "response_types_supported": ["id_token"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"]
            }),
        ),
        ["openid", "v1", "jwks"] => match app.issuer.jwks() {
            Ok(v) => Resp::json(200, &v),
            Err(_) => Resp::empty(500),
        },
        _ => not_found(),
    }
}

/// Admin `POST /kubernetes/token` `{"cluster": id, "namespace", "serviceAccount", "audience"?}`: the token a pod
/// running as that service account finds in `AZURE_FEDERATED_TOKEN_FILE` (issuer = the cluster's, subject
/// `system:serviceaccount:{ns}:{name}`, one hour), only for a service account the cluster has.
pub fn service_account_token(app: &App, body: &Value) -> Resp {
    let bad = |status: u16, m: String| Resp::json(status, &json!({ "error": m }));
    let (Some(cluster), Some(ns), Some(sa)) = (
        body["cluster"].as_str(),
        body["namespace"].as_str(),
        body["serviceAccount"].as_str(),
    ) else {
        return bad(
            400,
            "expected {\"cluster\": id, \"namespace\": ns, \"serviceAccount\": name}".into(),
        );
    };
    let audience = body["audience"].as_str().unwrap_or(EXCHANGE_AUDIENCE);
    let Some(c) = app
        .world()
        .clusters
        .get(&cluster.to_ascii_lowercase())
        .cloned()
    else {
        return bad(404, format!("no managed cluster {cluster}"));
    };
    if !c
        .namespaces
        .get(ns)
        .is_some_and(|n| n.service_accounts.contains_key(sa))
    {
        return bad(
            404,
            format!("serviceaccounts \"{sa}\" not found in namespace \"{ns}\""),
        );
    }
    let iat = now();
    let claims = json!({
        "aud": [audience],
        "exp": iat + 3600,
        "iat": iat,
        "nbf": iat,
        "iss": c.issuer(app),
        "sub": format!("system:serviceaccount:{ns}:{sa}"),
        "kubernetes.io": {
            "namespace": ns,
            "serviceaccount": {"name": sa, "uid": guid_of(&format!("{}/{ns}/{sa}", c.key()))}
        }
    });
    match app.issuer.sign_claims(&claims) {
        Ok(token) => Resp::json(200, &json!({ "token": token })),
        Err(e) => bad(500, e.to_string()),
    }
}

/// The Kubernetes objects of every cluster, for the admin API's state.
pub fn state(app: &App) -> Value {
    let w = app.world();
    let v: Vec<Value> = w
        .clusters
        .values()
        .map(|c| {
            let ns: serde_json::Map<String, Value> = c
                .namespaces
                .iter()
                .map(|(name, n)| {
                    let secrets: serde_json::Map<String, Value> = n
                        .secrets
                        .iter()
                        .map(|(s, data)| {
                            let d: serde_json::Map<String, Value> =
                                data.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                            (s.clone(), Value::Object(d))
                        })
                        .collect();
                    let accounts: serde_json::Map<String, Value> = n
                        .service_accounts
                        .iter()
                        .map(|(s, client)| {
                            (
                                s.clone(),
                                json!({"annotations": {"azure.workload.identity/client-id": client}}),
                            )
                        })
                        .collect();
                    (
                        name.clone(),
                        json!({"secrets": secrets, "serviceAccounts": accounts}),
                    )
                })
                .collect();
            json!({"id": c.id(), "issuerURL": c.issuer(app), "namespaces": ns})
        })
        .collect();
    Value::Array(v)
}
