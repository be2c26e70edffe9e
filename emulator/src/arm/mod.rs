//! Azure Resource Manager: what a resource provider's routes get ([`Ctx`], [`ProviderPath`]), and the providers
//! themselves. The token check (`auth`), error envelopes (`errors`), the long-running operation engine (`lro`) and
//! keeping PostgreSQL in line (`sync`) have their own rooms; the route table is `crate::router`.

pub mod auth;
pub mod container_apps;
pub mod errors;
pub mod federated;
mod flexible;
pub mod identity;
pub mod linker;
mod linker_configs;
mod linker_writes;
pub mod lro;
pub mod managed_clusters;
pub mod postgres;
pub mod resources;
mod single;
mod source_linker;
pub mod sync;
mod tracked;
mod user_identities;
pub mod web;

pub use source_linker::{Linker, LinkerEffect};

use serde_json::Value;

use crate::app::App;
use crate::http::Req;
use crate::state::ResourceGroup;

/// What every provider handler gets.
pub struct Ctx<'a> {
    pub app: &'a App,
    pub req: &'a Req,
    pub claims: &'a Value,
    pub api_version: &'a str,
}

impl Ctx<'_> {
    /// The caller for `systemData`: UPN (users) or appId (apps), and `User`/`Application`.
    pub fn caller(&self) -> (String, &'static str) {
        if self.claims["idtyp"] == "app" {
            (
                self.claims["appid"].as_str().unwrap_or("").to_string(),
                "Application",
            )
        } else {
            let n = self.claims["upn"]
                .as_str()
                .or_else(|| self.claims["unique_name"].as_str())
                .unwrap_or("");
            (n.to_string(), "User")
        }
    }
}

/// Where a request below `…/providers/{namespace}` is addressed.
pub enum Scope {
    /// `/providers/{ns}/…`.
    Tenant,
    /// `/subscriptions/{s}/providers/{ns}/…` (the subscription id as the caller spelled it).
    Subscription(String),
    /// `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/…`.
    Group(ResourceGroup),
    /// An extension resource: `{resource id}/providers/{ns}/…` below a resource of `group` (e.g. a linker on a
    /// web app); `id` is that resource's id as the caller spelled it.
    Resource {
        group: ResourceGroup,
        #[allow(
            dead_code,
            reason = "for the providers of extension resources (linkers on a source)"
        )]
        id: String,
    },
}

/// A resource-provider request: its scope, namespace and the path after the namespace.
pub struct ProviderPath<'a> {
    pub scope: Scope,
    /// The namespace, lower-cased (`microsoft.dbforpostgresql`).
    pub namespace: &'a str,
    /// The segments after the namespace in their original case (names keep their case here)…
    pub segs: &'a [String],
    /// …and lower-cased, for matching.
    pub lower: Vec<&'a str>,
}

impl ProviderPath<'_> {
    /// The subscription of the scope, if it has one.
    pub fn subscription(&self) -> Option<&str> {
        match &self.scope {
            Scope::Tenant => None,
            Scope::Subscription(s) => Some(s),
            Scope::Group(g) | Scope::Resource { group: g, .. } => Some(&g.sub),
        }
    }
}
