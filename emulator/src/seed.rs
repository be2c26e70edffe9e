//! The seed file: the JSON document that declares the emulated world (tenant, subscriptions, resource groups,
//! PostgreSQL servers, identities and the signed-in az account). Its schema is documented in emulator/README.md.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{EmuError, Result};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Seed {
    pub tenant: Tenant,
    pub subscriptions: Vec<Subscription>,
    #[serde(default)]
    pub resource_groups: Vec<ResourceGroup>,
    #[serde(default)]
    pub servers: Vec<Server>,
    #[serde(default)]
    pub users: Vec<User>,
    #[serde(default)]
    pub service_principals: Vec<ServicePrincipal>,
    #[serde(default)]
    pub managed_identities: Vec<ManagedIdentity>,
    /// Security groups with their members (Graph `groups`).
    #[serde(default)]
    pub groups: Vec<crate::graph_directory::Group>,
    /// App Service web apps and function apps (Microsoft.Web/sites), with their slots.
    #[serde(default)]
    pub sites: Vec<Site>,
    /// Azure Container Apps (Microsoft.App/containerApps).
    #[serde(default)]
    pub container_apps: Vec<ContainerApp>,
    /// AKS clusters (Microsoft.ContainerService/managedClusters), each with an OIDC issuer.
    #[serde(default)]
    pub managed_clusters: Vec<ManagedCluster>,
    /// Who `az account show` says is logged in.
    pub signed_in: SignedIn,
    /// Resource provider namespaces (e.g. `Microsoft.ServiceLinker`) not registered in any seeded subscription:
    /// their resources answer `SubscriptionNotRegistered` until `POST …/providers/{ns}/register`.
    #[serde(default)]
    pub unregistered_providers: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Tenant {
    pub id: String,
    #[serde(default = "default_tenant_name")]
    pub display_name: String,
    #[serde(default = "default_domain")]
    pub default_domain: String,
}

fn default_tenant_name() -> String {
    "Contoso".into()
}
fn default_domain() -> String {
    "contoso.onmicrosoft.com".into()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Subscription {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResourceGroup {
    /// Defaults to the first subscription.
    #[serde(default)]
    pub subscription: Option<String>,
    pub name: String,
    pub location: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ServerKind {
    Flexible,
    Single,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Server {
    pub kind: ServerKind,
    pub name: String,
    pub resource_group: String,
    #[serde(default)]
    pub subscription: Option<String>,
    /// Defaults to the resource group's location.
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default = "default_version")]
    pub version: String,
    /// Microsoft Entra authentication (Flexible `authConfig.activeDirectoryAuth`); Single Server always allows it.
    #[serde(default)]
    pub entra_auth: bool,
    #[serde(default)]
    pub admins: Vec<Admin>,
    #[serde(default = "yes")]
    pub public_network_access: bool,
    #[serde(default)]
    pub firewall_rules: Vec<FirewallRule>,
    #[serde(default)]
    pub databases: Vec<String>,
}

fn default_version() -> String {
    "15".into()
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Admin {
    /// `principalName` (Flexible) or `login` (Single).
    pub principal_name: String,
    pub object_id: String,
    #[serde(default = "default_principal_type")]
    pub principal_type: String,
}

fn default_principal_type() -> String {
    "User".into()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FirewallRule {
    pub name: String,
    pub start_ip_address: String,
    pub end_ip_address: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct User {
    /// The user principal name; guests look like `bob_fabrikam.com#EXT#@contoso.onmicrosoft.com`.
    pub upn: String,
    pub object_id: String,
    pub display_name: String,
    /// The guest's real address (Graph `mail`); absent for members.
    #[serde(default)]
    pub mail: Option<String>,
    /// The password `az login -u … -p …` (ROPC) signs in with; without one the user cannot sign in that way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServicePrincipal {
    pub app_id: String,
    pub object_id: String,
    pub display_name: String,
    pub secret: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ManagedIdentity {
    pub client_id: String,
    pub principal_id: String,
    pub display_name: String,
    /// The group of its `Microsoft.ManagedIdentity/userAssignedIdentities` resource (default: the first declared
    /// group); its resource name is `displayName`.
    #[serde(default)]
    pub resource_group: Option<String>,
}

/// A web app or function app (`Microsoft.Web/sites`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Site {
    pub name: String,
    pub resource_group: String,
    #[serde(default)]
    pub subscription: Option<String>,
    /// Defaults to the resource group's location.
    #[serde(default)]
    pub location: Option<String>,
    /// `app` (a web app) or `functionapp`.
    #[serde(default = "default_site_kind")]
    pub kind: String,
    /// `config/web` properties over the defaults (`linuxFxVersion` makes a Linux app, e.g. `PYTHON|3.12`; a
    /// Windows app sets e.g. `netFrameworkVersion`, `javaVersion`, `nodeVersion`).
    #[serde(default)]
    pub site_config: serde_json::Map<String, serde_json::Value>,
    /// Deployment slot names.
    #[serde(default)]
    pub slots: Vec<String>,
    /// Whether the production site starts with its system-assigned identity on.
    #[serde(default)]
    pub system_identity: bool,
}

/// A container app (`Microsoft.App/containerApps`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ContainerApp {
    pub name: String,
    pub resource_group: String,
    #[serde(default)]
    pub subscription: Option<String>,
    /// Defaults to the resource group's location.
    #[serde(default)]
    pub location: Option<String>,
    /// Its containers' names (default: one container named like the app).
    #[serde(default)]
    pub containers: Vec<String>,
    /// Whether it starts with its system-assigned identity on.
    #[serde(default)]
    pub system_identity: bool,
}

/// An AKS cluster (`Microsoft.ContainerService/managedClusters`), OIDC issuer and workload identity enabled.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ManagedCluster {
    pub name: String,
    pub resource_group: String,
    #[serde(default)]
    pub subscription: Option<String>,
    /// Defaults to the resource group's location.
    #[serde(default)]
    pub location: Option<String>,
}

fn default_site_kind() -> String {
    "app".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SignedInType {
    User,
    ServicePrincipal,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignedIn {
    #[serde(rename = "type")]
    pub kind: SignedInType,
    /// UPN for users, appId for service principals (as in az's `user.name`).
    pub name: String,
}

/// The seed compiled in for `start` without `--seed`: the same world as `emulator/seeds/demo.json`.
pub const DEMO: &str = include_str!("../seeds/demo.json");

impl Seed {
    pub fn load(path: Option<&Path>) -> Result<Seed> {
        let name = path.map_or_else(
            || "built-in demo seed".to_string(),
            |p| p.display().to_string(),
        );
        let text = match path {
            Some(p) => {
                let bytes = std::fs::read(p)
                    .map_err(|e| EmuError::msg(format!("cannot read seed file {name}: {e}")))?;
                String::from_utf8(bytes)
                    .map_err(|_| EmuError::msg(format!("seed file {name}: not UTF-8")))?
            }
            None => DEMO.to_string(),
        };
        let seed: Seed = serde_json::from_str(&text).map_err(|e| {
            EmuError::msg(format!(
                "seed file {name}: {e} (the schema is in emulator/README.md, \"Seed schema\")"
            ))
        })?;
        seed.check()
            .map_err(|e| EmuError::msg(format!("seed file {name}: {e}")))?;
        Ok(seed)
    }

    fn check(&self) -> Result<()> {
        if self.subscriptions.is_empty() {
            return Err(EmuError::msg("at least one subscription is required"));
        }
        for s in &self.servers {
            let found = self.resource_groups.iter().any(|rg| {
                rg.name.eq_ignore_ascii_case(&s.resource_group)
                    && self.sub_of(rg.subscription.as_deref())
                        == self.sub_of(s.subscription.as_deref())
            });
            if !found {
                return Err(EmuError::msg(format!(
                    "server {} names resource group {} which is not declared",
                    s.name, s.resource_group
                )));
            }
        }
        for s in &self.sites {
            let found = self.resource_groups.iter().any(|rg| {
                rg.name.eq_ignore_ascii_case(&s.resource_group)
                    && self.sub_of(rg.subscription.as_deref())
                        == self.sub_of(s.subscription.as_deref())
            });
            if !found {
                return Err(EmuError::msg(format!(
                    "site {} names resource group {} which is not declared",
                    s.name, s.resource_group
                )));
            }
            if s.kind != "app" && s.kind != "functionapp" {
                return Err(EmuError::msg(format!(
                    "site {}: kind must be app or functionapp",
                    s.name
                )));
            }
        }
        let compute = self
            .container_apps
            .iter()
            .map(|c| ("container app", &c.name, &c.resource_group, &c.subscription))
            .chain(self.managed_clusters.iter().map(|c| {
                (
                    "managed cluster",
                    &c.name,
                    &c.resource_group,
                    &c.subscription,
                )
            }));
        for (what, name, group, sub) in compute {
            let found = self.resource_groups.iter().any(|rg| {
                rg.name.eq_ignore_ascii_case(group)
                    && self.sub_of(rg.subscription.as_deref()) == self.sub_of(sub.as_deref())
            });
            if !found {
                return Err(EmuError::msg(format!(
                    "{what} {name} names resource group {group} which is not declared"
                )));
            }
        }
        let known = match self.signed_in.kind {
            SignedInType::User => self.user_by_name(&self.signed_in.name).is_some(),
            SignedInType::ServicePrincipal => self
                .service_principals
                .iter()
                .any(|p| p.app_id.eq_ignore_ascii_case(&self.signed_in.name)),
        };
        if !known {
            return Err(EmuError::msg(format!(
                "signedIn {} is not a declared identity",
                self.signed_in.name
            )));
        }
        Ok(())
    }

    /// The location of a declared resource group (`eastus` when the group is not declared).
    pub fn group_location(&self, sub: &str, rg: &str) -> String {
        self.resource_groups
            .iter()
            .find(|g| {
                g.name.eq_ignore_ascii_case(rg)
                    && self
                        .sub_of(g.subscription.as_deref())
                        .eq_ignore_ascii_case(sub)
            })
            .map_or_else(|| "eastus".to_owned(), |g| g.location.clone())
    }

    /// Where a seeded resource lives: its subscription (default: the first) and location (default: its group's).
    pub fn placement(&self, e: &impl Placed) -> (String, String) {
        let sub = self.sub_of(e.subscription());
        let location = e.location().map_or_else(
            || self.group_location(&sub, e.resource_group()),
            str::to_owned,
        );
        (sub, location)
    }

    /// The subscription id an optional reference resolves to (default: the first).
    pub fn sub_of(&self, sub: Option<&str>) -> String {
        sub.map_or_else(|| self.subscriptions[0].id.clone(), str::to_string)
            .to_ascii_lowercase()
    }
}

/// A seeded resource in a resource group, as its entry places it (before the defaults).
pub trait Placed {
    fn subscription(&self) -> Option<&str>;
    fn resource_group(&self) -> &str;
    fn location(&self) -> Option<&str>;
}

/// The entries that carry `resourceGroup`, `subscription` and `location` under those names.
macro_rules! placed {
    ($($entry:ty),*) => {$(
        impl Placed for $entry {
            fn subscription(&self) -> Option<&str> {
                self.subscription.as_deref()
            }
            fn resource_group(&self) -> &str {
                &self.resource_group
            }
            fn location(&self) -> Option<&str> {
                self.location.as_deref()
            }
        }
    )*};
}

placed!(Site, ContainerApp, ManagedCluster);
