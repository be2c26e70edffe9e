//! The mutable emulated world built from the seed: resource groups, PostgreSQL servers (auth config, admins,
//! firewall rules, databases), ServiceLinker connectors and long-running operations. Reset rebuilds it from the seed.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::seed::{self, Seed, ServerKind};
use crate::tokens::Principal;

#[derive(Debug, Clone)]
pub struct ResourceGroup {
    pub sub: String,
    pub name: String,
    pub location: String,
}

#[derive(Debug, Clone)]
pub struct Admin {
    pub principal_name: String,
    pub object_id: String,
    pub principal_type: String,
    pub tenant_id: String,
}

#[derive(Debug, Clone)]
pub struct FirewallRule {
    pub name: String,
    pub start_ip: String,
    pub end_ip: String,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub kind: ServerKind,
    pub sub: String,
    pub rg: String,
    pub name: String,
    pub location: String,
    pub version: String,
    pub entra_auth: bool,
    pub password_auth: bool,
    pub public_access: bool,
    pub admins: Vec<Admin>,
    pub firewall: Vec<FirewallRule>,
    pub databases: Vec<String>,
    /// Flexible `state` / Single `userVisibleState`: `Ready`, or `Updating` while a server PATCH is in flight.
    pub state: &'static str,
}

/// Names one server of the world (its kind, subscription, group and name).
#[derive(Debug, Clone)]
pub struct ServerRef {
    pub kind: ServerKind,
    pub sub: String,
    pub rg: String,
    pub name: String,
}

impl Server {
    pub fn at(&self) -> ServerRef {
        ServerRef {
            kind: self.kind,
            sub: self.sub.clone(),
            rg: self.rg.clone(),
            name: self.name.clone(),
        }
    }
    pub fn host_name(&self) -> String {
        format!("{}{}", self.name, crate::files::PG_SUFFIX)
    }
    pub fn provider_type(&self) -> &'static str {
        match self.kind {
            ServerKind::Flexible => "flexibleServers",
            ServerKind::Single => "servers",
        }
    }
    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.DBforPostgreSQL/{}/{}",
            self.sub,
            self.rg,
            self.provider_type(),
            self.name
        )
    }
}

#[derive(Debug, Clone)]
pub struct Connector {
    pub sub: String,
    pub rg: String,
    pub location: String,
    pub name: String,
    /// `properties` as stored (secrets already removed).
    pub properties: Value,
    pub system_data: Value,
}

impl Connector {
    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.ServiceLinker/locations/{}/connectors/{}",
            self.sub, self.rg, self.location, self.name
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpProvider {
    Postgres,
    ServiceLinker,
    /// Microsoft.App (container apps).
    App,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub provider: OpProvider,
    pub sub: String,
    pub location: String,
    pub resource_id: String,
    /// Polls still answered "in progress".
    pub polls_left: u32,
    /// `Succeeded`, `Failed` or `Canceled`.
    pub outcome: String,
    pub start_time: String,
    pub end_time: Option<String>,
    /// ServiceLinker: the op status `properties` (validate results).
    pub properties: Option<Value>,
    /// The state change the operation makes, applied when it ends (undone or dropped if it fails); `None` once
    /// applied.
    pub effect: Option<Effect>,
}

/// What a long-running operation changes. Effects apply when the operation succeeds: at the status poll that
/// reports `Succeeded`, or at once when it is scripted to end on its first poll. Connector changes are visible
/// while in flight (`provisioningState` `Accepted` / `Deleting`), as the RP shows them, and are undone if the
/// operation fails; server changes show `state: Updating` in flight.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Flexible PATCH: the new auth config and public access.
    ServerUpdate {
        at: ServerRef,
        entra_auth: bool,
        password_auth: bool,
        public_access: bool,
    },
    /// Flexible: add or replace this admin; Single: it becomes the only admin.
    AdminSet {
        at: ServerRef,
        admin: Admin,
    },
    AdminRemove {
        at: ServerRef,
        object_id: String,
    },
    FirewallSet {
        at: ServerRef,
        rule: FirewallRule,
    },
    FirewallRemove {
        at: ServerRef,
        name: String,
    },
    DatabaseAdd {
        at: ServerRef,
        name: String,
    },
    DatabaseRemove {
        at: ServerRef,
        name: String,
    },
    /// The connector (already stored with `provisioningState: Accepted`) and what it replaced.
    ConnectorPut {
        key: String,
        previous: Option<Connector>,
    },
    /// The connector (stored with `provisioningState: Deleting`) as it was before.
    ConnectorDelete {
        key: String,
        previous: Connector,
    },
    /// A linker on a source scope (web app, function app, slot, container app, managed cluster).
    Linker(crate::arm::LinkerEffect),
    /// A container app PUT or PATCH: the app as it will be.
    ContainerApp(crate::arm::container_apps::ContainerAppChange),
}

/// The emulated resources; one instance behind the app's mutex.
#[derive(Debug, Clone)]
pub struct World {
    pub rgs: Vec<ResourceGroup>,
    pub servers: Vec<Server>,
    /// Keyed by lower-cased connector id.
    pub connectors: BTreeMap<String, Connector>,
    pub operations: HashMap<String, Operation>,
    /// Providers not (yet) registered, keyed by `(lower-cased subscription, lower-cased namespace)`; absent means
    /// `Registered`.
    pub providers: BTreeMap<(String, String), Registration>,
    /// Web apps, function apps and slots, keyed by lower-cased id.
    pub sites: BTreeMap<String, crate::arm::web::Site>,
    /// Linkers on a source scope, keyed by lower-cased linker id.
    pub linkers: BTreeMap<String, crate::arm::Linker>,
    /// Container apps, keyed by lower-cased id.
    pub container_apps: BTreeMap<String, crate::arm::container_apps::ContainerApp>,
    /// AKS clusters (with the Kubernetes objects linkers made), keyed by lower-cased id.
    pub clusters: BTreeMap<String, crate::arm::managed_clusters::ManagedCluster>,
    /// Federated identity credentials of user-assigned identities, keyed by lower-cased id.
    pub federated: BTreeMap<String, crate::arm::federated::FederatedCredential>,
    /// The claims challenges ARM sent each session (`cae`), keyed by the lower-cased object id of the identity.
    pub challenges: BTreeMap<String, Vec<Value>>,
}

/// A provider's registration in one subscription, as `GET /subscriptions/{s}/providers/{ns}` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registration {
    NotRegistered,
    /// After `register`: this many more provider GETs answer `Registering`, then it is `Registered`.
    Registering {
        gets_left: u32,
    },
}

impl World {
    /// A provider's `registrationState` in a subscription.
    pub fn registration_state(&self, sub: &str, namespace: &str) -> &'static str {
        match self
            .providers
            .get(&(sub.to_ascii_lowercase(), namespace.to_ascii_lowercase()))
        {
            None => "Registered",
            Some(Registration::NotRegistered) => "NotRegistered",
            Some(Registration::Registering { .. }) => "Registering",
        }
    }

    pub fn from_seed(seed: &Seed) -> World {
        let rgs = seed
            .resource_groups
            .iter()
            .map(|rg| ResourceGroup {
                sub: seed.sub_of(rg.subscription.as_deref()),
                name: rg.name.clone(),
                location: rg.location.clone(),
            })
            .collect::<Vec<_>>();
        let servers = seed
            .servers
            .iter()
            .map(|s| {
                let sub = seed.sub_of(s.subscription.as_deref());
                let location = s.location.clone().unwrap_or_else(|| {
                    rgs.iter()
                        .find(|rg| rg.sub == sub && rg.name.eq_ignore_ascii_case(&s.resource_group))
                        .map_or_else(|| "eastus".to_string(), |rg| rg.location.clone())
                });
                Server {
                    kind: s.kind,
                    sub,
                    rg: s.resource_group.clone(),
                    name: s.name.clone(),
                    location,
                    version: s.version.clone(),
                    entra_auth: s.entra_auth || s.kind == ServerKind::Single,
                    password_auth: true,
                    public_access: s.public_network_access,
                    admins: s
                        .admins
                        .iter()
                        .map(|a| admin_from_seed(a, &seed.tenant.id))
                        .collect(),
                    firewall: s
                        .firewall_rules
                        .iter()
                        .map(|r| FirewallRule {
                            name: r.name.clone(),
                            start_ip: r.start_ip_address.clone(),
                            end_ip: r.end_ip_address.clone(),
                        })
                        .collect(),
                    databases: s.databases.clone(),
                    state: "Ready",
                }
            })
            .collect();
        let providers = seed
            .subscriptions
            .iter()
            .flat_map(|sub| {
                seed.unregistered_providers.iter().map(|ns| {
                    (
                        (sub.id.to_ascii_lowercase(), ns.to_ascii_lowercase()),
                        Registration::NotRegistered,
                    )
                })
            })
            .collect();
        World {
            rgs,
            servers,
            connectors: BTreeMap::new(),
            operations: HashMap::new(),
            providers,
            sites: crate::arm::web::sites_from_seed(seed),
            linkers: BTreeMap::new(),
            container_apps: crate::arm::container_apps::from_seed(seed),
            clusters: crate::arm::managed_clusters::from_seed(seed),
            federated: BTreeMap::new(),
            challenges: BTreeMap::new(),
        }
    }

    pub fn rg(&self, sub: &str, rg: &str) -> Option<&ResourceGroup> {
        self.rgs
            .iter()
            .find(|r| r.sub.eq_ignore_ascii_case(sub) && r.name.eq_ignore_ascii_case(rg))
    }

    pub fn server_at(&mut self, at: &ServerRef) -> Option<&mut Server> {
        self.server_mut(at.kind, &at.sub, &at.rg, &at.name)
    }

    pub fn server_mut(
        &mut self,
        kind: ServerKind,
        sub: &str,
        rg: &str,
        name: &str,
    ) -> Option<&mut Server> {
        self.servers.iter_mut().find(|s| {
            s.kind == kind
                && s.sub.eq_ignore_ascii_case(sub)
                && s.rg.eq_ignore_ascii_case(rg)
                && s.name.eq_ignore_ascii_case(name)
        })
    }
}

fn admin_from_seed(a: &seed::Admin, tenant: &str) -> Admin {
    Admin {
        principal_name: a.principal_name.clone(),
        object_id: a.object_id.clone(),
        principal_type: a.principal_type.clone(),
        tenant_id: tenant.to_string(),
    }
}

/// Identity lookups over the seed.
impl Seed {
    /// Whether the principal with object id `member` is a member of the seeded group `group` (a group's members
    /// are named by object id, UPN, or a service principal's app id).
    pub fn is_group_member(&self, group: &str, member: &str) -> bool {
        let Some(g) = self
            .groups
            .iter()
            .find(|g| g.object_id.eq_ignore_ascii_case(group))
        else {
            return false;
        };
        let names: Vec<&str> = self
            .users
            .iter()
            .filter(|u| u.object_id.eq_ignore_ascii_case(member))
            .map(|u| u.upn.as_str())
            .chain(
                self.service_principals
                    .iter()
                    .filter(|p| p.object_id.eq_ignore_ascii_case(member))
                    .map(|p| p.app_id.as_str()),
            )
            .chain(std::iter::once(member))
            .collect();
        g.members
            .iter()
            .any(|m| names.iter().any(|n| n.eq_ignore_ascii_case(m)))
    }

    /// A user by UPN or (for guests) by their home address.
    pub fn user_by_name(&self, name: &str) -> Option<&seed::User> {
        self.users.iter().find(|u| {
            u.upn.eq_ignore_ascii_case(name)
                || u.mail
                    .as_deref()
                    .is_some_and(|m| m.eq_ignore_ascii_case(name))
        })
    }
}

pub fn user_principal(u: &seed::User) -> Principal {
    Principal::User {
        upn: u.upn.clone(),
        oid: u.object_id.clone(),
        name: u.display_name.clone(),
        mail: u.mail.clone(),
    }
}
