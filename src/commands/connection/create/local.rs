//! This machine as a connection's source: the connector lives under the resource group's location
//! (`…/locations/{l}/connectors/{name}`), and the role is for the signed-in user (`--user-account`) or a
//! service principal (`--service-principal`).

use serde_json::Value as Json;

use super::fail::at_step;
use super::plan::Connection;
use super::source::{Grantee, Principal, Source};
use crate::arm::service_linker::{self, AuthInfo, ConnectorBody};
use crate::arm::{ArmCall, ArmClient};
use crate::auth::Secret;
use crate::commands::connection::connector_ref::in_validation;
use crate::commands::linker_view::{self, Flavor};
use crate::error::{Error, Result};
use crate::output::value::Value;
use crate::pg::PrincipalType;

/// A local connector's home: subscription, resource group (`-g`) and location (`-l`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalSource {
    /// The subscription of the connector.
    pub subscription: String,
    /// The resource group that holds the connector (`-g`).
    pub resource_group: String,
    /// `-l`; `None`: the resource group's location is read.
    pub location: Option<String>,
}

impl LocalSource {
    /// The connector's path at `location`.
    pub fn connector_path(&self, location: &str, connection: &str) -> String {
        service_linker::connector_path(
            &self.subscription,
            &self.resource_group,
            location,
            connection,
        )
    }
}

impl Source for LocalSource {
    /// The location the connector lives in.
    type Found = String;

    fn subscription(&self) -> &str {
        &self.subscription
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<String> {
        match &self.location {
            Some(l) => Ok(l.clone()),
            // az reads the location in an argument validator: a missing group is a usage error there (exit 2).
            None => Ok(arm
                .get_resource_group(&self.subscription, &self.resource_group)
                .await
                .map_err(|e| in_validation(e, at_step("reading the resource group")))?
                .location),
        }
    }

    fn connector(
        &self,
        arm: &ArmClient,
        location: &String,
        connection: &Connection,
        auth_info: AuthInfo,
    ) -> ArmCall {
        let body = ConnectorBody {
            target_id: connection.target.id.clone(),
            auth_info,
            client_type: connection.client_type.clone(),
            customized_keys: connection.customized_keys.clone(),
            caller_client_ip: true,
        };
        arm.linker_put_call(&self.connector_path(location, &connection.name), &body)
    }

    /// The SDK model's `todict` without a transform: the extension registers create without one
    /// (docs/create.md).
    async fn view(&self, _arm: &ArmClient, raw: &Json) -> Value {
        linker_view::connector(raw, Flavor::Sdk)
    }
}

/// `--user-account` or `--service-principal`, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalPrincipal {
    /// `--user-account [object-id=…]`: the signed-in user (or the given object id).
    UserAccount { object_id: Option<String> },
    /// `--service-principal client-id=… secret=… [object-id=…]`.
    ServicePrincipal {
        client_id: String,
        secret: Secret,
        object_id: Option<String>,
    },
}

/// The principal with what its reads found: a service principal's object id (given or from Graph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalFound {
    UserAccount,
    ServicePrincipal {
        client_id: String,
        secret: Secret,
        object_id: String,
    },
}

impl Principal for LocalPrincipal {
    type Found = LocalFound;

    fn admin_object_id(&self) -> Option<&str> {
        match self {
            LocalPrincipal::UserAccount { object_id } => object_id.as_deref(),
            LocalPrincipal::ServicePrincipal { .. } => None,
        }
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<LocalFound> {
        Ok(match self {
            LocalPrincipal::UserAccount { .. } => LocalFound::UserAccount,
            LocalPrincipal::ServicePrincipal {
                client_id,
                secret,
                object_id,
            } => LocalFound::ServicePrincipal {
                client_id: client_id.clone(),
                secret: secret.clone(),
                object_id: match object_id {
                    Some(o) => o.clone(),
                    None => service_principal_object_id(arm, client_id).await?,
                },
            },
        })
    }

    async fn prepare(&self, _arm: &ArmClient, _found: &mut LocalFound) -> Result<()> {
        Ok(())
    }

    fn grantee(&self, found: &LocalFound, admin_object_id: &str, role: &str) -> Grantee {
        match found {
            LocalFound::UserAccount => Grantee {
                object_id: admin_object_id.to_owned(),
                principal_type: PrincipalType::User,
                single_password: admin_object_id.to_owned(),
                auth_info: AuthInfo::UserAccount {
                    user_name: Some(role.to_owned()),
                    principal_id: admin_object_id.to_owned(),
                },
                keeps_firewall_rule: true,
            },
            LocalFound::ServicePrincipal {
                client_id,
                secret,
                object_id,
            } => Grantee {
                object_id: object_id.clone(),
                principal_type: PrincipalType::Service,
                single_password: client_id.clone(),
                auth_info: AuthInfo::ServicePrincipalSecret {
                    user_name: Some(role.to_owned()),
                    client_id: client_id.clone(),
                    principal_id: object_id.clone(),
                    secret: secret.clone(),
                },
                keeps_firewall_rule: false,
            },
        }
    }
}

/// `az ad sp show --id <client-id>` as the extension's `--service-principal` action runs it.
async fn service_principal_object_id(arm: &ArmClient, client_id: &str) -> Result<String> {
    let not_resolved = || {
        Error::runtime(format!(
            "Could not resolve object-id from the given client-id: {client_id}. Please confirm the client-id and provide \
             the object-id (Enterprise Application) of the service principal, by using --service-principal client-id=XX \
             object-id=XX secret=XX"
        ))
    };
    match arm.graph_service_principal_by_app_id(client_id).await {
        Ok(Some(sp)) => sp
            .get("id")
            .and_then(Json::as_str)
            .map(str::to_owned)
            .ok_or_else(not_resolved),
        Ok(None) => Err(not_resolved()),
        Err(e) => Err(Error::runtime(format!(
            "Command execution failed, command is: az ad sp show --id \"{client_id}\" -o json, error message is: \n {e}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_account_grants_the_administrator_s_object_id_and_keeps_its_rule() {
        let principal = LocalPrincipal::UserAccount { object_id: None };
        let g = principal.grantee(&LocalFound::UserAccount, "oid", "aad_c");
        assert_eq!(
            (
                g.object_id.as_str(),
                g.principal_type,
                g.single_password.as_str()
            ),
            ("oid", PrincipalType::User, "oid")
        );
        assert!(g.keeps_firewall_rule);
        assert_eq!(
            g.auth_info,
            AuthInfo::UserAccount {
                user_name: Some("aad_c".into()),
                principal_id: "oid".into()
            }
        );
        let given = LocalPrincipal::UserAccount {
            object_id: Some("given".into()),
        };
        assert_eq!(given.admin_object_id(), Some("given"));
    }

    #[test]
    fn a_service_principal_is_granted_as_a_service_and_its_rule_is_removed() {
        let principal = LocalPrincipal::ServicePrincipal {
            client_id: "app".into(),
            secret: Secret::new("s3"),
            object_id: None,
        };
        assert_eq!(principal.admin_object_id(), None);
        let found = LocalFound::ServicePrincipal {
            client_id: "app".into(),
            secret: Secret::new("s3"),
            object_id: "sp-oid".into(),
        };
        let g = principal.grantee(&found, "admin-oid", "aad_c");
        assert_eq!(
            (
                g.object_id.as_str(),
                g.principal_type,
                g.single_password.as_str()
            ),
            ("sp-oid", PrincipalType::Service, "app")
        );
        assert!(!g.keeps_firewall_rule);
        assert!(matches!(
            g.auth_info,
            AuthInfo::ServicePrincipalSecret { ref principal_id, .. } if principal_id == "sp-oid"
        ));
    }
}
