//! The system-assigned identity of a compute source (a site, slot or container app): its ids, the `identity`
//! block of a PUT or PATCH that turns it on or off, its registration with PostgreSQL's `pgaadauth`, and the
//! identities of every source as Entra, Graph and PostgreSQL see them.

use serde_json::{Value, json};

use super::errors::bad_request;
use super::tracked::Tracked;
use crate::app::App;
use crate::http::Resp;
use crate::ids::guid_of;
use crate::tokens::Principal;

/// The ids of a source's system-assigned identity (deterministic per source id).
#[derive(Debug, Clone)]
pub struct SystemIdentity {
    pub principal_id: String,
    pub client_id: String,
}

impl SystemIdentity {
    /// The identity of the source with world key `key` (its lower-cased id).
    pub fn for_key(key: &str) -> SystemIdentity {
        SystemIdentity {
            principal_id: guid_of(&format!("principal:{key}")),
            client_id: guid_of(&format!("client:{key}")),
        }
    }

    /// Whether `id` is its principal (object) id or its client id.
    pub fn is(&self, id: &str) -> bool {
        self.principal_id.eq_ignore_ascii_case(id) || self.client_id.eq_ignore_ascii_case(id)
    }
}

/// What the `identity` block of a PUT or PATCH asks for.
pub struct IdentityRequest {
    /// A system-assigned identity on.
    pub system: bool,
    /// The user-assigned identity resource ids, as sent (empty unless the type names `UserAssigned`).
    pub user_assigned: Vec<String>,
}

impl IdentityRequest {
    /// The request's `identity` block (`None` when absent or null), or the RP's 400 with `code` for a type it
    /// does not know.
    pub fn of(body: &Value, code: &str) -> Result<Option<IdentityRequest>, Resp> {
        let Some(identity) = body.get("identity").filter(|v| !v.is_null()) else {
            return Ok(None);
        };
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
                code,
                format!("The identity type '{ty}' is not supported."),
            ));
        }
        let user_assigned = if parts.iter().any(|p| p == "userassigned") {
            identity["userAssignedIdentities"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        Ok(Some(IdentityRequest {
            system: parts.iter().any(|p| p == "systemassigned"),
            user_assigned,
        }))
    }
}

/// Makes the servers' `pgaadauth` know a system-assigned identity by its service principal's name.
pub async fn register(app: &App, identity: &SystemIdentity, name: String) -> Result<(), String> {
    app.db
        .register_identities(&[crate::database::Identity {
            object_id: identity.principal_id.clone(),
            name,
            principal_type: azconn_emulator::pg::PrincipalType::ServicePrincipal,
        }])
        .await
}

/// A compute source's system-assigned identity, as Entra knows it.
pub struct SourceIdentity {
    pub identity: SystemIdentity,
    /// Its service principal's display name (`app1`, `app1/slots/staging`, `capp1`), as Entra names it.
    pub name: String,
    /// The source's id as its RP spells it.
    pub source_id: String,
}

impl SourceIdentity {
    /// The token principal.
    pub fn principal(&self) -> Principal {
        Principal::App {
            app_id: self.identity.client_id.clone(),
            oid: self.identity.principal_id.clone(),
            name: self.name.clone(),
        }
    }
}

/// Every source's system-assigned identity: sites and slots, then container apps.
pub fn all(app: &App) -> Vec<SourceIdentity> {
    let w = app.world();
    let sites = w.sites.values().filter_map(|s| {
        Some(SourceIdentity {
            identity: s.identity.clone()?,
            name: s.principal_name(),
            source_id: s.id(),
        })
    });
    let apps = w.container_apps.values().filter_map(|a| {
        Some(SourceIdentity {
            identity: a.identity.clone()?,
            name: a.name.clone(),
            source_id: a.id(),
        })
    });
    sites.chain(apps).collect()
}

/// A source's system-assigned identity by its principal (object) id or client id.
pub fn find(app: &App, id: &str) -> Option<SourceIdentity> {
    all(app).into_iter().find(|s| s.identity.is(id))
}

/// The Graph servicePrincipal of a source's system-assigned identity.
pub fn graph_service_principal(app: &App, id: &str) -> Option<Value> {
    let s = find(app, id)?;
    let (oid, client_id, site_id) = (
        &s.identity.principal_id,
        &s.identity.client_id,
        &s.source_id,
    );
    Some(json!({
        "id": oid, "accountEnabled": true, "alternativeNames": ["isExplicit=False", site_id],
        "appDisplayName": null, "appId": client_id, "appOwnerOrganizationId": null, "displayName": s.name,
        "servicePrincipalNames": [client_id, format!("https://identity.azure.net/{}", guid_of(site_id))],
        "servicePrincipalType": "ManagedIdentity", "signInAudience": null, "tags": []
    }))
}
