//! Microsoft.App container apps (api 2025-07-01 shapes): the app as the world holds it and as GET and the lists
//! answer it, the seeded ones, and the routes: PUT (the whole app: identity, secrets, containers; 201 +
//! `Azure-AsyncOperation`) and PATCH (a JSON merge; 202 + `Location`) as long-running operations
//! (`operation.rs`, what a body asks for in `change.rs`), `listSecrets`, and the operation status and result
//! routes. A system-assigned identity is an Entra service principal named like the app that gets tokens from the
//! managed-identity endpoint and logs in to PostgreSQL. Linkers write into a container's env (`source_linker.rs`).

mod change;
mod operation;

pub use operation::finish;

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::errors::{method_not_allowed, no_route};
use super::identity::SystemIdentity;
use super::tracked::{Tracked, list, one};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::ids::guid_of;
use crate::seed::Seed;
use crate::state::World;

const IMAGE: &str = "mcr.microsoft.com/k8se/quickstart:latest";

/// A container app as the world holds it.
#[derive(Debug, Clone)]
pub struct ContainerApp {
    pub sub: String,
    pub rg: String,
    pub name: String,
    pub location: String,
    pub containers: Vec<Container>,
    /// Secrets (name, value) in order.
    pub secrets: Vec<(String, String)>,
    pub identity: Option<SystemIdentity>,
    /// User-assigned identity resource ids, as sent.
    pub user_assigned: Vec<String>,
    /// `InProgress` while a PUT or PATCH runs, else `Succeeded` (or `Failed` after a failed one).
    pub provisioning: &'static str,
    /// The revision counter: a changed template makes a new revision.
    pub revision: u32,
}

/// One container of the app's template.
#[derive(Debug, Clone, PartialEq)]
pub struct Container {
    pub name: String,
    pub image: String,
    pub env: Vec<EnvVar>,
}

/// An environment variable: a plain value or a reference to one of the app's secrets.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvVar {
    pub name: String,
    pub value: Option<String>,
    pub secret_ref: Option<String>,
}

/// A pending PUT or PATCH: the app as it will be when the operation succeeds.
#[derive(Debug, Clone)]
pub struct ContainerAppChange {
    pub key: String,
    pub next: Box<ContainerApp>,
}

impl ContainerApp {
    fn environment_id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.App/managedEnvironments/{}-env",
            self.sub, self.rg, self.rg
        )
    }

    fn revision_name(&self) -> String {
        format!("{}--{:07}", self.name, self.revision)
    }

    fn domain(&self) -> String {
        let h = guid_of(&self.environment_id().to_ascii_lowercase());
        format!("{}.{}.azurecontainerapps.io", &h[..13], self.location)
    }
}

impl Tracked for ContainerApp {
    const TYPE: &'static str = "Microsoft.App/containerApps";
    const ALL: fn(&World) -> &BTreeMap<String, Self> = |w| &w.container_apps;

    /// The app as `GET` answers it (secret values are only in `listSecrets`).
    fn body(&self, app: &App) -> Value {
        let tenant = &app.seed.tenant.id;
        let uai: Map<String, Value> = self
            .user_assigned
            .iter()
            .map(|id| {
                let m = super::user_identities::by_id(&app.seed, id);
                (
                    id.clone(),
                    json!({"principalId": m.map(|m| m.principal_id.clone()), "clientId": m.map(|m| m.client_id.clone())}),
                )
            })
            .collect();
        let identity = match (&self.identity, uai.is_empty()) {
            (None, true) => json!({"type": "None"}),
            (None, false) => json!({"type": "UserAssigned", "userAssignedIdentities": uai}),
            (Some(i), true) => {
                json!({"type": "SystemAssigned", "principalId": i.principal_id, "tenantId": tenant})
            }
            (Some(i), false) => {
                json!({"type": "SystemAssigned,UserAssigned", "principalId": i.principal_id,
                "tenantId": tenant, "userAssignedIdentities": uai})
            }
        };
        let containers: Vec<Value> = self
            .containers
            .iter()
            .map(|c| {
                let env: Vec<Value> = c
                    .env
                    .iter()
                    .map(|e| match (&e.value, &e.secret_ref) {
                        (_, Some(r)) => json!({"name": e.name, "secretRef": r}),
                        (v, None) => {
                            json!({"name": e.name, "value": v.clone().unwrap_or_default()})
                        }
                    })
                    .collect();
                json!({"image": c.image, "name": c.name, "env": env,
                    "resources": {"cpu": 0.5, "memory": "1Gi", "ephemeralStorage": "2Gi"}})
            })
            .collect();
        let secrets: Vec<Value> = self
            .secrets
            .iter()
            .map(|(n, _)| json!({ "name": n }))
            .collect();
        let fqdn = format!("{}.{}", self.name, self.domain());
        json!({
            "id": self.id(),
            "name": self.name,
            "type": Self::TYPE,
            "location": self.location,
            "tags": {},
            "identity": identity,
            "properties": {
                "provisioningState": self.provisioning,
                "runningStatus": "Running",
                "managedEnvironmentId": self.environment_id(),
                "environmentId": self.environment_id(),
                "workloadProfileName": "Consumption",
                "latestRevisionName": self.revision_name(),
                "latestReadyRevisionName": self.revision_name(),
                "latestRevisionFqdn": format!("{}.{}", self.revision_name(), self.domain()),
                "customDomainVerificationId": guid_of(&self.key()).replace('-', "").to_ascii_uppercase(),
                "configuration": {
                    "secrets": secrets,
                    "activeRevisionsMode": "Single",
                    "ingress": {"fqdn": fqdn, "external": true, "targetPort": 80, "exposedPort": 0,
                        "transport": "auto", "traffic": [{"weight": 100, "latestRevision": true}],
                        "allowInsecure": false},
                    "registries": [],
                    "maxInactiveRevisions": 100
                },
                "template": {
                    "containers": containers,
                    "scale": {"minReplicas": 0, "maxReplicas": 10}
                },
                "outboundIpAddresses": ["20.81.0.10"],
                "eventStreamEndpoint": format!("https://{}.azurecontainerapps.dev{}/eventstream", self.location, self.id())
            }
        })
    }

    fn place(&self) -> [&str; 4] {
        [&self.sub, &self.rg, &self.name, &self.location]
    }
}

/// The seeded container apps, keyed by lower-cased id.
pub fn from_seed(seed: &Seed) -> BTreeMap<String, ContainerApp> {
    seed.container_apps
        .iter()
        .map(|c| {
            let (sub, location) = seed.placement(c);
            let names = if c.containers.is_empty() {
                vec![c.name.clone()]
            } else {
                c.containers.clone()
            };
            let mut a = ContainerApp {
                sub,
                rg: c.resource_group.clone(),
                name: c.name.clone(),
                location,
                containers: names
                    .into_iter()
                    .map(|name| Container {
                        name,
                        image: IMAGE.into(),
                        env: Vec::new(),
                    })
                    .collect(),
                secrets: Vec::new(),
                identity: None,
                user_assigned: Vec::new(),
                provisioning: "Succeeded",
                revision: 1,
            };
            if c.system_identity {
                a.identity = Some(SystemIdentity::for_key(&a.key()));
            }
            (a.key(), a)
        })
        .collect()
}

/// The routes of Microsoft.App.
pub async fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let get = ctx.req.method == "GET";
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(_) | Scope::Group(_), ["containerapps"]) if get => {
            list::<ContainerApp>(ctx, &p.scope)
        }
        (Scope::Subscription(_), ["locations", _, "containerappoperationstatuses", op]) if get => {
            operation::status(ctx, op, false).await
        }
        (Scope::Subscription(_), ["locations", _, "containerappoperationresults", op]) if get => {
            operation::status(ctx, op, true).await
        }
        (Scope::Group(g), ["containerapps", _, rest @ ..]) => {
            let found = match one::<ContainerApp>(ctx, g, &p.segs[1]) {
                Ok(a) => a,
                Err(r) => return r,
            };
            match (ctx.req.method.as_str(), rest) {
                ("GET", []) => Resp::json(200, &found.body(ctx.app)),
                ("PUT", []) => operation::change(ctx, found, true).await,
                ("PATCH", []) => operation::change(ctx, found, false).await,
                (_, []) => method_not_allowed(ctx.req),
                ("POST", ["listsecrets"]) => {
                    let value: Vec<Value> = found
                        .secrets
                        .iter()
                        .map(|(n, v)| json!({"name": n, "value": v}))
                        .collect();
                    Resp::json(200, &json!({ "value": value }))
                }
                (_, ["listsecrets"]) => method_not_allowed(ctx.req),
                _ => no_route(ctx.req),
            }
        }
        _ => no_route(ctx.req),
    }
}
