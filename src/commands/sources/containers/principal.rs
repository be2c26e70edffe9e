//! Whose identity a container source's connection gives the database role to: a container app's system-assigned
//! identity (turned on, as a long-running PUT of the app, after every question and before the server changes),
//! an AKS workload identity (the user-assigned identity named by resource id: `az identity show --ids`), or —
//! as for App Service — a user-assigned identity by client id or a service principal.

use super::identity::{self, AppIdentity};
use crate::arm::ArmClient;
use crate::arm::containers::APP_API_VERSION;
use crate::arm::service_linker::AuthInfo;
use crate::commands::connection::create::source::{Grantee, Principal};
use crate::commands::sources::principal::{AppPrincipal, AppPrincipalFound, TO_BE_ASSIGNED};
use crate::error::{Error, Result};
use crate::pg::PrincipalType;

/// The identity of a container source's connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContainerPrincipal {
    /// The container app's system-assigned identity.
    System {
        app_id: String,
        subscription: String,
        /// `--container`: checked against the app as read.
        container: Option<String>,
        /// `user-object-id=`: the signed-in user's object id.
        user_object_id: Option<String>,
    },
    /// `--workload-identity`: a user-assigned identity by resource id.
    Workload { identity_id: String },
    /// `--user-identity` or `--service-principal`, as for App Service.
    App(AppPrincipal),
}

/// What the principal's reads found.
#[derive(Debug, Clone, PartialEq)]
pub enum ContainerPrincipalFound {
    System(AppIdentity),
    App(AppPrincipalFound),
}

impl Principal for ContainerPrincipal {
    type Found = ContainerPrincipalFound;

    fn admin_object_id(&self) -> Option<&str> {
        match self {
            ContainerPrincipal::System { user_object_id, .. } => user_object_id.as_deref(),
            ContainerPrincipal::Workload { .. } => None,
            ContainerPrincipal::App(p) => p.admin_object_id(),
        }
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<ContainerPrincipalFound> {
        Ok(match self {
            ContainerPrincipal::System {
                app_id,
                subscription,
                container,
                ..
            } => {
                let found = identity::read(arm, subscription, app_id).await?;
                if let Some(c) = container {
                    super::source::check_container(&found.app, c)?;
                }
                ContainerPrincipalFound::System(found)
            }
            ContainerPrincipal::Workload { identity_id } => {
                ContainerPrincipalFound::App(workload_identity(arm, identity_id).await?)
            }
            ContainerPrincipal::App(p) => ContainerPrincipalFound::App(p.look_up(arm).await?),
        })
    }

    async fn prepare(&self, arm: &ArmClient, found: &mut ContainerPrincipalFound) -> Result<()> {
        match (self, found) {
            (ContainerPrincipal::System { app_id, .. }, ContainerPrincipalFound::System(f)) => {
                // az's order: after the validators' warnings, before the server is touched.
                crate::output::log::warning("Checking if Container App enables System Identity...");
                if f.principal_id.is_none() {
                    f.principal_id = Some(identity::assign(arm, app_id, &f.app).await?);
                }
                Ok(())
            }
            (ContainerPrincipal::App(p), ContainerPrincipalFound::App(f)) => {
                p.prepare(arm, f).await
            }
            _ => Ok(()),
        }
    }

    fn grantee(
        &self,
        found: &ContainerPrincipalFound,
        admin_object_id: &str,
        role: &str,
    ) -> Grantee {
        match found {
            ContainerPrincipalFound::System(f) => Grantee {
                object_id: f
                    .principal_id
                    .clone()
                    .unwrap_or_else(|| TO_BE_ASSIGNED.to_owned()),
                principal_type: PrincipalType::Service,
                single_password: f.principal_id.clone().unwrap_or_default(),
                auth_info: AuthInfo::SystemAssignedIdentity {
                    user_name: Some(role.to_owned()),
                },
                keeps_firewall_rule: false,
            },
            ContainerPrincipalFound::App(f) => {
                // The App Service principal's grantee depends only on what it found.
                let any = AppPrincipal::System {
                    app_id: String::new(),
                    user_object_id: None,
                };
                any.grantee(f, admin_object_id, role)
            }
        }
    }

    fn planned_change(&self, found: &ContainerPrincipalFound) -> Option<String> {
        match (self, found) {
            (
                ContainerPrincipal::System { app_id, .. },
                ContainerPrincipalFound::System(AppIdentity {
                    principal_id: None, ..
                }),
            ) => Some(format!(
                "Turn on the system-assigned identity of the container app: PUT {app_id}?api-version={APP_API_VERSION}\n     \
                 (the app as read, its secrets from listSecrets, with {{\"identity\":{{\"type\":\"SystemAssigned\"}}}}; a long-running operation)"
            )),
            _ => None,
        }
    }
}

/// `--workload-identity <id>`: the identity as `az identity show --ids` reads it — its client id, its principal
/// id, and the subscription named by the id.
pub(super) async fn workload_identity(
    arm: &ArmClient,
    identity_id: &str,
) -> Result<AppPrincipalFound> {
    let nested = |e: &dyn std::fmt::Display| {
        Error::runtime(format!(
            "Command execution failed, command is: az identity show --ids \"{identity_id}\" -o json, error message is: \n {e}"
        ))
    };
    let identity = arm
        .user_assigned_identity(identity_id)
        .await
        .map_err(|e| nested(&e))?;
    let field = |k: &str| identity["properties"][k].as_str().map(str::to_owned);
    let (Some(client_id), Some(principal_id)) = (field("clientId"), field("principalId")) else {
        return Err(nested(&"the identity has no clientId or principalId"));
    };
    Ok(AppPrincipalFound::User {
        client_id,
        subscription: identity_id.split('/').nth(2).unwrap_or_default().to_owned(),
        principal_id,
    })
}
