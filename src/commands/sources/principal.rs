//! Whose identity a compute source's connection gives the database role to: the app's system-assigned identity
//! (turned on when it is off — after every question, before the server changes), a user-assigned identity
//! (by client id across its subscription), or a service principal (as for a local connection). Each is granted
//! as a `service` principal and never keeps a temporary firewall rule.

use serde_json::Value;

use super::identity;
use crate::arm::ArmClient;
use crate::arm::service_linker::AuthInfo;
use crate::arm::web::WEB_API_VERSION;
use crate::commands::connection::create::local::{LocalFound, LocalPrincipal};
use crate::commands::connection::create::source::{Grantee, Principal};
use crate::error::Result;
use crate::pg::PrincipalType;

/// The object id a dry run shows for an identity that does not exist yet.
pub(super) const TO_BE_ASSIGNED: &str = "<principal id of the identity to be assigned>";

/// The identity of `--system-identity`, `--user-identity` or `--service-principal`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppPrincipal {
    /// The app's (or slot's) system-assigned identity.
    System {
        app_id: String,
        /// `user-object-id=`: the signed-in user's object id.
        user_object_id: Option<String>,
    },
    /// A user-assigned identity.
    User {
        client_id: String,
        subscription: String,
        user_object_id: Option<String>,
    },
    /// A service principal.
    ServicePrincipal(LocalPrincipal),
}

/// What the principal's reads found.
#[derive(Debug, Clone, PartialEq)]
pub enum AppPrincipalFound {
    /// The site as read, and its identity's principal id (`None`: off, to be assigned).
    System {
        site: Value,
        principal_id: Option<String>,
    },
    User {
        client_id: String,
        subscription: String,
        principal_id: String,
    },
    /// The service principal and what its reads found.
    ServicePrincipal(LocalPrincipal, LocalFound),
}

impl Principal for AppPrincipal {
    type Found = AppPrincipalFound;

    fn admin_object_id(&self) -> Option<&str> {
        match self {
            AppPrincipal::System { user_object_id, .. }
            | AppPrincipal::User { user_object_id, .. } => user_object_id.as_deref(),
            AppPrincipal::ServicePrincipal(p) => p.admin_object_id(),
        }
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<AppPrincipalFound> {
        Ok(match self {
            AppPrincipal::System { app_id, .. } => {
                let site = identity::read_site(arm, app_id).await?;
                let principal_id = identity::system_principal(&site);
                AppPrincipalFound::System { site, principal_id }
            }
            AppPrincipal::User {
                client_id,
                subscription,
                ..
            } => AppPrincipalFound::User {
                client_id: client_id.clone(),
                subscription: subscription.clone(),
                principal_id: identity::user_identity_principal(arm, subscription, client_id)
                    .await?,
            },
            AppPrincipal::ServicePrincipal(p) => {
                AppPrincipalFound::ServicePrincipal(p.clone(), p.look_up(arm).await?)
            }
        })
    }

    async fn prepare(&self, arm: &ArmClient, found: &mut AppPrincipalFound) -> Result<()> {
        if matches!(self, AppPrincipal::System { .. }) {
            // az's order: after the validators' warnings, before the server is touched.
            crate::output::log::warning("Checking if WebApp enables System Identity...");
        }
        if let (
            AppPrincipal::System { app_id, .. },
            AppPrincipalFound::System {
                site,
                principal_id: principal_id @ None,
            },
        ) = (self, found)
        {
            *principal_id = Some(identity::assign_system_identity(arm, app_id, site).await?);
        }
        Ok(())
    }

    fn grantee(&self, found: &AppPrincipalFound, admin_object_id: &str, role: &str) -> Grantee {
        let service = |object_id: &str, auth_info: AuthInfo| Grantee {
            object_id: object_id.to_owned(),
            principal_type: PrincipalType::Service,
            single_password: object_id.to_owned(),
            auth_info,
            keeps_firewall_rule: false,
        };
        let user_name = Some(role.to_owned());
        match found {
            AppPrincipalFound::ServicePrincipal(p, f) => p.grantee(f, admin_object_id, role),
            AppPrincipalFound::User {
                client_id,
                subscription,
                principal_id,
            } => service(
                principal_id,
                AuthInfo::UserAssignedIdentity {
                    user_name,
                    client_id: client_id.clone(),
                    subscription_id: subscription.clone(),
                },
            ),
            AppPrincipalFound::System { principal_id, .. } => service(
                principal_id.as_deref().unwrap_or(TO_BE_ASSIGNED),
                AuthInfo::SystemAssignedIdentity { user_name },
            ),
        }
    }

    fn planned_change(&self, found: &AppPrincipalFound) -> Option<String> {
        match (self, found) {
            (
                AppPrincipal::System { app_id, .. },
                AppPrincipalFound::System {
                    principal_id: None, ..
                },
            ) => Some(format!(
                "Turn on the system-assigned identity of the app: PUT {app_id}?api-version={WEB_API_VERSION}\n     \
                 (the site as read, with {{\"identity\":{{\"type\":\"SystemAssigned\"}}}})"
            )),
            _ => None,
        }
    }
}
