//! Microsoft.App container apps (api 2025-07-01 shapes): GET and the lists, PUT (the whole app: identity, secrets,
//! containers; 201 + `Azure-AsyncOperation`, the change applied when the operation ends) and PATCH (a JSON merge of
//! identity, secrets and template; 202 + `Location`), `listSecrets`, and the operation status and result routes.
//! A system-assigned identity is an Entra service principal named like the app that gets tokens from the
//! managed-identity endpoint and logs in to PostgreSQL. Linkers write into a container's env (`source_linker.rs`).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::errors::{
    arm_error, arm_not_found, bad_request, internal, invalid_body, method_not_allowed, no_route,
};
use super::lro::{Poll, poll_op, start_op};
use super::web::{SystemIdentity, guid_of};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::ids::now_iso;
use crate::seed::Seed;
use crate::state::{Effect, OpProvider};
use crate::tokens::Principal;

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
    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.App/containerApps/{}",
            self.sub, self.rg, self.name
        )
    }

    pub fn key(&self) -> String {
        self.id().to_ascii_lowercase()
    }

    /// The token principal of its system-assigned identity (named like the app, as Entra names it).
    pub fn principal(&self) -> Option<Principal> {
        self.identity.as_ref().map(|i| Principal::App {
            app_id: i.client_id.clone(),
            oid: i.principal_id.clone(),
            name: self.name.clone(),
        })
    }

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

    /// The app as `GET` answers it (secret values are only in `listSecrets`).
    pub fn body(&self, app: &App) -> Value {
        let tenant = &app.seed.tenant.id;
        let uai: Map<String, Value> = self
            .user_assigned
            .iter()
            .map(|id| {
                let m = user_identity_by_id(&app.seed, id);
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
            "type": "Microsoft.App/containerApps",
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
}

/// A seeded user-assigned identity named by its resource id.
fn user_identity_by_id<'a>(seed: &'a Seed, id: &str) -> Option<&'a crate::seed::ManagedIdentity> {
    let name = id.rsplit('/').next()?;
    seed.managed_identities
        .iter()
        .find(|m| m.display_name.eq_ignore_ascii_case(name))
}

fn identity_for(key: &str) -> SystemIdentity {
    SystemIdentity {
        principal_id: guid_of(&format!("principal:{key}")),
        client_id: guid_of(&format!("client:{key}")),
    }
}

/// The seeded container apps, keyed by lower-cased id.
pub fn from_seed(seed: &Seed) -> BTreeMap<String, ContainerApp> {
    seed.container_apps
        .iter()
        .map(|c| {
            let sub = seed.sub_of(c.subscription.as_deref());
            let location = c
                .location
                .clone()
                .unwrap_or_else(|| seed.group_location(&sub, &c.resource_group));
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
                a.identity = Some(identity_for(&a.key()));
            }
            (a.key(), a)
        })
        .collect()
}

/// Every container app's system-assigned identity: (object id, name, principal).
pub fn system_identities(app: &App) -> Vec<(String, String, Principal)> {
    app.world()
        .container_apps
        .values()
        .filter_map(|a| {
            let i = a.identity.as_ref()?;
            Some((i.principal_id.clone(), a.name.clone(), a.principal()?))
        })
        .collect()
}

/// A container app's system-assigned identity by its principal or client id: (principal, client id, app id).
pub fn system_identity(app: &App, id: &str) -> Option<(Principal, String, String)> {
    let w = app.world();
    w.container_apps.values().find_map(|a| {
        let i = a.identity.as_ref()?;
        (i.principal_id.eq_ignore_ascii_case(id) || i.client_id.eq_ignore_ascii_case(id))
            .then(|| Some((a.principal()?, i.client_id.clone(), a.id())))?
    })
}

/// The routes of Microsoft.App.
pub async fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let get = ctx.req.method == "GET";
    match (&p.scope, p.lower.as_slice()) {
        (Scope::Subscription(sub), ["containerapps"]) if get => list(ctx, sub, None),
        (Scope::Group(g), ["containerapps"]) if get => list(ctx, &g.sub, Some(&g.name)),
        (Scope::Subscription(_), ["locations", _, "containerappoperationstatuses", op]) if get => {
            op_status(ctx, op, false).await
        }
        (Scope::Subscription(_), ["locations", _, "containerappoperationresults", op]) if get => {
            op_status(ctx, op, true).await
        }
        (Scope::Group(g), ["containerapps", _, rest @ ..]) => {
            let key = format!(
                "/subscriptions/{}/resourcegroups/{}/providers/microsoft.app/containerapps/{}",
                g.sub, g.name, p.lower[1]
            )
            .to_ascii_lowercase();
            let Some(found) = ctx.app.world().container_apps.get(&key).cloned() else {
                return arm_not_found("Microsoft.App/containerApps", &p.segs[1], &g.name);
            };
            match (ctx.req.method.as_str(), rest) {
                ("GET", []) => Resp::json(200, &found.body(ctx.app)),
                ("PUT", []) => change(ctx, found, true).await,
                ("PATCH", []) => change(ctx, found, false).await,
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

fn list(ctx: &Ctx<'_>, sub: &str, rg: Option<&str>) -> Resp {
    let apps: Vec<ContainerApp> = ctx
        .app
        .world()
        .container_apps
        .values()
        .filter(|a| a.sub.eq_ignore_ascii_case(sub))
        .filter(|a| rg.is_none_or(|g| a.rg.eq_ignore_ascii_case(g)))
        .cloned()
        .collect();
    let value: Vec<Value> = apps.iter().map(|a| a.body(ctx.app)).collect();
    Resp::json(200, &json!({ "value": value }))
}

/// A PUT (`replace`: what the body leaves out is gone) or PATCH (a merge) of a container app, as a long-running
/// operation.
async fn change(ctx: &Ctx<'_>, current: ContainerApp, replace: bool) -> Resp {
    let body = match invalid_body(ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if replace && body["location"].as_str().is_none_or(str::is_empty) {
        return bad_request(
            "LocationRequired",
            "The location property is required for this definition.",
        );
    }
    let next = match merged(&current, &body, replace) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let key = current.key();
    if let Some(a) = ctx.app.world().container_apps.get_mut(&key) {
        a.provisioning = "InProgress";
    }
    let mut answer = next.clone();
    answer.provisioning = "InProgress";
    let effect = Effect::ContainerApp(ContainerAppChange {
        key,
        next: Box::new(next),
    });
    let (sub, location) = (current.sub.clone(), current.location.clone());
    let op = match start_op(
        ctx,
        OpProvider::App,
        &sub,
        &location,
        current.id(),
        None,
        Some(effect),
    )
    .await
    {
        Ok(op) => op,
        Err(r) => return r,
    };
    let base = format!(
        "{}/subscriptions/{sub}/providers/Microsoft.App/locations/{location}",
        ctx.app.base
    );
    let v = ctx.api_version;
    let status = format!("{base}/containerappOperationStatuses/{op}?api-version={v}");
    if replace {
        Resp::json(201, &answer.body(ctx.app))
            .with("Azure-AsyncOperation", status)
            .with("Retry-After", "0")
    } else {
        Resp::empty(202)
            .with(
                "Location",
                format!("{base}/containerappOperationResults/{op}?api-version={v}"),
            )
            .with("Azure-AsyncOperation", status)
            .with("Retry-After", "0")
    }
}

/// The app a PUT or PATCH body asks for, or the RP's 400: secrets need a value, env references need a secret.
fn merged(current: &ContainerApp, body: &Value, replace: bool) -> Result<ContainerApp, Resp> {
    let mut next = current.clone();
    next.provisioning = "Succeeded";
    let identity = body.get("identity").filter(|v| !v.is_null());
    if let Some(identity) = identity {
        let ty = identity["type"].as_str().unwrap_or("None");
        let parts: Vec<String> = ty
            .split(',')
            .map(|p| p.trim().to_ascii_lowercase())
            .collect();
        if !parts
            .iter()
            .all(|p| ["systemassigned", "userassigned", "none"].contains(&p.as_str()))
        {
            return Err(bad_request(
                "InvalidIdentityType",
                format!("The identity type '{ty}' is not supported."),
            ));
        }
        let system = parts.iter().any(|p| p == "systemassigned");
        if system && next.identity.is_none() {
            next.identity = Some(identity_for(&current.key()));
        } else if !system {
            next.identity = None;
        }
        next.user_assigned = if parts.iter().any(|p| p == "userassigned") {
            identity["userAssignedIdentities"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
    } else if replace {
        next.identity = None;
        next.user_assigned.clear();
    }
    let props = &body["properties"];
    match props["configuration"]["secrets"].as_array() {
        Some(list) => {
            let mut secrets = Vec::new();
            let mut invalid = Vec::new();
            for s in list {
                let name = s["name"].as_str().unwrap_or("");
                match s["value"].as_str() {
                    Some(v) if !name.is_empty() => secrets.push((name.to_owned(), v.to_owned())),
                    _ => invalid.push(name.to_owned()),
                }
            }
            if !invalid.is_empty() {
                return Err(bad_request(
                    "ContainerAppSecretInvalid",
                    format!(
                        "Invalid Request: Container app secret(s) with name(s) '{}' are invalid: value or keyVaultUrl and identity should be provided.",
                        invalid.join(", ")
                    ),
                ));
            }
            next.secrets = secrets;
        }
        None if replace => next.secrets.clear(),
        None => {}
    }
    if let Some(list) = props["template"]["containers"].as_array() {
        next.containers = list
            .iter()
            .map(|c| Container {
                name: c["name"].as_str().unwrap_or("").to_owned(),
                image: c["image"].as_str().unwrap_or(IMAGE).to_owned(),
                env: c["env"]
                    .as_array()
                    .map(|e| {
                        e.iter()
                            .map(|v| EnvVar {
                                name: v["name"].as_str().unwrap_or("").to_owned(),
                                value: v["value"].as_str().map(str::to_owned),
                                secret_ref: v["secretRef"].as_str().map(str::to_owned),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
    }
    for c in &next.containers {
        for e in &c.env {
            if let Some(r) = &e.secret_ref
                && !next.secrets.iter().any(|(n, _)| n == r)
            {
                return Err(bad_request(
                    "ContainerAppSecretRefNotFound",
                    format!(
                        "Invalid Request: Container '{}' env var '{}' references secret '{r}', which is not defined.",
                        c.name, e.name
                    ),
                ));
            }
        }
    }
    if next.containers != current.containers {
        next.revision += 1;
    }
    Ok(next)
}

/// Applies a finished PUT or PATCH: the app becomes what it asked for (its new identity registered with every
/// server), or stays as it was, `Failed`.
pub async fn finish(app: &App, change: ContainerAppChange, ok: bool) -> Result<(), String> {
    let new_identity = {
        let mut w = app.world();
        let Some(a) = w.container_apps.get_mut(&change.key) else {
            return Ok(());
        };
        if !ok {
            a.provisioning = "Failed";
            return Ok(());
        }
        let turned_on = a.identity.is_none() && change.next.identity.is_some();
        *a = *change.next;
        turned_on.then(|| a.clone())
    };
    match new_identity {
        Some(a) => register(app, &a).await,
        None => Ok(()),
    }
}

/// Makes the servers' `pgaadauth` know an app's system-assigned identity by name.
async fn register(app: &App, a: &ContainerApp) -> Result<(), String> {
    let Some(i) = a.identity.as_ref() else {
        return Ok(());
    };
    app.db
        .register_identities(&[crate::database::Identity {
            object_id: i.principal_id.clone(),
            name: a.name.clone(),
            principal_type: azconn_emulator::pg::PrincipalType::ServicePrincipal,
        }])
        .await
}

/// `containerappOperationStatuses/{op}` (`results`: `containerappOperationResults/{op}`, 202 while running and
/// the app at the end).
async fn op_status(ctx: &Ctx<'_>, op: &str, results: bool) -> Resp {
    let name = ctx.req.segs.last().cloned().unwrap_or_default();
    let poll = poll_op(ctx.app, &op.to_ascii_lowercase(), OpProvider::App).await;
    let (outcome, start, end, resource) = {
        let w = ctx.app.world();
        match (poll, w.operations.get(&op.to_ascii_lowercase())) {
            (Poll::Missing, _) | (_, None) => {
                return arm_error(
                    404,
                    "OperationNotFound",
                    format!("The operation '{name}' was not found."),
                );
            }
            (Poll::Running(start), Some(o)) => {
                ("InProgress".to_owned(), start, None, o.resource_id.clone())
            }
            (Poll::Ended, Some(o)) => (
                o.outcome.clone(),
                o.start_time.clone(),
                Some(o.end_time.clone().unwrap_or_else(now_iso)),
                o.resource_id.clone(),
            ),
        }
    };
    if results {
        return match outcome.as_str() {
            "InProgress" => Resp::empty(202)
                .with(
                    "Location",
                    format!(
                        "{}{}?api-version={}",
                        ctx.app.base, ctx.req.path, ctx.api_version
                    ),
                )
                .with("Retry-After", "0"),
            "Succeeded" => {
                let found = ctx
                    .app
                    .world()
                    .container_apps
                    .get(&resource.to_ascii_lowercase())
                    .cloned();
                match found {
                    Some(a) => Resp::json(200, &a.body(ctx.app)),
                    None => internal("container app vanished"),
                }
            }
            _ => arm_error(
                500,
                "ContainerAppOperationError",
                "Failed to provision revision for container app. Error details: The operation failed.",
            ),
        };
    }
    let mut body = json!({"id": ctx.req.path, "name": name, "status": outcome, "startTime": start});
    if let Some(end) = end {
        body["endTime"] = json!(end);
    }
    match outcome.as_str() {
        "Failed" => {
            body["error"] = json!({"code": "ContainerAppOperationError",
                "message": "Failed to provision revision for container app. Error details: The operation failed."});
        }
        "Canceled" => {
            body["error"] =
                json!({"code": "OperationCanceled", "message": "The operation was canceled."});
        }
        _ => {}
    }
    Resp::json(200, &body).with("Retry-After", "0")
}

/// The container apps as ARM's resource list shows them.
pub fn generic_resources(app: &App) -> Vec<Value> {
    app.world()
        .container_apps
        .values()
        .map(|a| {
            json!({"id": a.id(), "name": a.name, "type": "Microsoft.App/containerApps",
                "location": a.location, "tags": {}})
        })
        .collect()
}

/// The id (as the RP spells it) of a container app in the world, by an id a caller spelled.
pub fn known(app: &App, id: &str) -> Option<(String, String)> {
    app.world()
        .container_apps
        .get(&id.to_ascii_lowercase())
        .map(|a| (a.id(), a.location.clone()))
}
