//! What the ServiceLinker RP writes into a linker's source, per kind of source (modelled, emulator/README.md):
//! App Service apps and slots get app settings (or connection strings for `dotnet-connectionString`); a container
//! app gets secrets and env vars with `secretRef` in the `scope` container; an AKS cluster gets the Kubernetes
//! secret `sc-<name>-secret` in the `scope` namespace and, for a user-assigned (workload) identity, the service
//! account `sc-account-<clientId>` and a federated credential on the identity that trusts it. Also which source a
//! linker's scope is and whether its `scope` fits it.

use serde_json::Value;

use super::Ctx;
use super::container_apps::ContainerApp;
use super::errors::bad_request;
use super::federated::FederatedCredential;
use super::managed_clusters::EXCHANGE_AUDIENCE;
use super::managed_clusters::ManagedCluster;
use super::source_linker::{Linker, configurations};
use super::tracked::known;
use crate::app::App;
use crate::http::Resp;
use crate::ids::guid_of;
use crate::state::{ResourceGroup, World};

/// The id (as its RP spells it) and location of the source `id` (as a caller spelled it), or ARM's 404.
pub fn source(ctx: &Ctx<'_>, group: &ResourceGroup, id: &str) -> Result<(String, String), Resp> {
    if let Some(found) =
        known::<ContainerApp>(ctx.app, id).or_else(|| known::<ManagedCluster>(ctx.app, id))
    {
        return Ok(found);
    }
    let segs: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    let kind = segs.get(5..7).map(|k| k.join("/").to_ascii_lowercase());
    match (kind.as_deref(), segs.get(7)) {
        (Some("microsoft.app/containerapps"), Some(name)) => Err(super::errors::arm_not_found(
            "Microsoft.App/containerApps",
            name,
            &group.name,
        )),
        (Some("microsoft.containerservice/managedclusters"), Some(name)) => {
            Err(super::errors::arm_not_found(
                "Microsoft.ContainerService/managedClusters",
                name,
                &group.name,
            ))
        }
        _ => {
            let site = super::web::source(ctx, group, id)?;
            let location = ctx
                .app
                .world()
                .sites
                .get(&site.to_ascii_lowercase())
                .map_or_else(|| group.location.clone(), |s| s.location.clone());
            Ok((site, location))
        }
    }
}

/// A container app linker's `scope` must name one of its containers (the RP's 400 otherwise).
pub fn check_scope(app: &App, source_id: &str, properties: &Value) -> Result<(), Resp> {
    let w = app.world();
    let Some(a) = w.container_apps.get(&source_id.to_ascii_lowercase()) else {
        return Ok(());
    };
    match properties["scope"].as_str() {
        Some(c) if a.containers.iter().all(|x| x.name != c) => Err(bad_request(
            "BadRequest",
            format!(
                "The container '{c}' is not found in the container app '{}'. Available containers: {}.",
                a.name,
                a.containers
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
        _ => Ok(()),
    }
}

/// The Kubernetes secret an AKS linker writes: `sc-<name without non-alphanumerics>-secret`.
pub fn kubernetes_secret(linker: &str) -> String {
    let n: String = linker.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("sc-{n}-secret")
}

/// The container-app secret name for a configuration name (lower case, `-` for anything else).
fn secret_name(config: &str) -> String {
    config
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn namespace(l: &Linker) -> String {
    l.properties["scope"]
        .as_str()
        .filter(|s| !s.is_empty())
        .unwrap_or("default")
        .to_owned()
}

/// The workload identity's client id of a user-assigned-identity linker.
fn workload_client(l: &Linker) -> Option<String> {
    let auth = &l.properties["authInfo"];
    (auth["authType"] == "userAssignedIdentity")
        .then(|| auth["clientId"].as_str().map(str::to_owned))?
}

/// The federated credential an AKS workload-identity linker makes on its identity.
fn credential(app: &App, w: &World, l: &Linker) -> Option<FederatedCredential> {
    let client = workload_client(l)?;
    let cluster = w.clusters.get(&l.source_id.to_ascii_lowercase())?;
    let identity_id = super::federated::identity_id_of_client(app, &client)?;
    let n: String = l.name.chars().filter(char::is_ascii_alphanumeric).collect();
    Some(FederatedCredential {
        identity_id,
        name: format!("sc-{n}-{}", &guid_of(&l.id().to_ascii_lowercase())[..8]),
        issuer: cluster.issuer(app),
        subject: format!("system:serviceaccount:{}:sc-account-{client}", namespace(l)),
        audiences: vec![EXCHANGE_AUDIENCE.to_owned()],
    })
}

pub fn write(app: &App, w: &mut World, l: &Linker, tenant: &str) {
    let key = l.source_id.to_ascii_lowercase();
    let configs = configurations(l, tenant);
    if let Some(site) = w.sites.get_mut(&key) {
        for (name, value) in configs {
            if l.properties["clientType"] == "dotnet-connectionString" {
                site.connection_strings.retain(|(n, _, _)| n != &name);
                site.connection_strings
                    .push((name, value, "PostgreSQL".into()));
            } else {
                site.app_settings.retain(|(n, _)| n != &name);
                site.app_settings.push((name, value));
            }
        }
    } else if let Some(a) = w.container_apps.get_mut(&key) {
        let scope = l.properties["scope"].as_str().map(str::to_owned);
        for (name, value) in &configs {
            let secret = secret_name(name);
            a.secrets.retain(|(n, _)| n != &secret);
            a.secrets.push((secret, value.clone()));
        }
        for c in &mut a.containers {
            if scope.as_ref().is_some_and(|s| s != &c.name) {
                continue;
            }
            for (name, _) in &configs {
                c.env.retain(|e| &e.name != name);
                c.env.push(super::container_apps::EnvVar {
                    name: name.clone(),
                    value: None,
                    secret_ref: Some(secret_name(name)),
                });
            }
        }
        a.revision += 1;
    } else if w.clusters.contains_key(&key) {
        let fic = credential(app, w, l);
        let Some(c) = w.clusters.get_mut(&key) else {
            return;
        };
        let ns = c.namespaces.entry(namespace(l)).or_default();
        ns.secrets.insert(kubernetes_secret(&l.name), configs);
        if let Some(client) = workload_client(l) {
            ns.service_accounts
                .insert(format!("sc-account-{client}"), client);
        }
        if let Some(f) = fic {
            w.federated.insert(f.key(), f);
        }
    }
}

pub fn unwrite(app: &App, w: &mut World, l: &Linker, tenant: &str) {
    let key = l.source_id.to_ascii_lowercase();
    let configs = configurations(l, tenant);
    if let Some(site) = w.sites.get_mut(&key) {
        for (name, _) in configs {
            site.connection_strings.retain(|(n, _, _)| n != &name);
            site.app_settings.retain(|(n, _)| n != &name);
        }
    } else if let Some(a) = w.container_apps.get_mut(&key) {
        for (name, _) in &configs {
            let secret = secret_name(name);
            for c in &mut a.containers {
                c.env.retain(|e| e.secret_ref.as_ref() != Some(&secret));
            }
            a.secrets.retain(|(n, _)| n != &secret);
        }
        a.revision += 1;
    } else if w.clusters.contains_key(&key) {
        if let Some(f) = credential(app, w, l) {
            w.federated.remove(&f.key());
        }
        let ns_name = namespace(l);
        let client = workload_client(l);
        // The service account stays while another linker in the namespace uses the same identity.
        let shared = client.as_ref().is_some_and(|client| {
            w.linkers.values().any(|o| {
                o.source_id.eq_ignore_ascii_case(&l.source_id)
                    && !o.name.eq_ignore_ascii_case(&l.name)
                    && namespace(o) == ns_name
                    && workload_client(o).as_ref() == Some(client)
            })
        });
        let Some(c) = w.clusters.get_mut(&key) else {
            return;
        };
        if let Some(ns) = c.namespaces.get_mut(&ns_name) {
            ns.secrets.remove(&kubernetes_secret(&l.name));
            if let (Some(client), false) = (client, shared) {
                ns.service_accounts.remove(&format!("sc-account-{client}"));
            }
        }
    }
}
