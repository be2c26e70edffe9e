//! The reads before any change: the principal's, the source's, the signed-in identity, the target server's
//! and the oss-rdbms token run concurrently ([`look_up`] → [`Found`]); what they decide — who is
//! administrator, whether one must be set, where to connect — is [`Facts`]. As soon as the identity, the
//! target and the token are in, a caller may start work that needs only them (the PostgreSQL connects) while
//! the other reads go on.

use super::fail::graph_error;
use super::plan::PasswordlessPlan;
use super::source::{Principal, Source};
use super::target::{self, TargetFound};
use crate::arm::ArmClient;
use crate::auth::{Identity, PrincipalKind, TokenRequest};
use crate::error::{Error, Result};
use crate::settings::Subscription;

/// Where PostgreSQL is reached and with which token.
#[derive(Debug, Clone)]
pub struct PgAccess {
    /// The oss-rdbms token scope.
    pub scope: String,
    /// The cloud's PostgreSQL host suffix (used when ARM reports no host name).
    pub suffix: String,
    /// The subscription the token is asked for.
    pub subscription: Subscription,
}

impl PgAccess {
    /// How to ask for the oss-rdbms token.
    pub fn token_request(&self) -> TokenRequest {
        TokenRequest::new(self.scope.as_str(), Some(&self.subscription))
    }
}

/// What the concurrent lookups found (errors already reported in az's order).
pub struct Found<S, P> {
    pub source: S,
    pub principal: P,
    pub identity: Identity,
    pub target: TargetFound,
}

/// Runs the independent reads at once — with `also`, the oss-rdbms token's fetch in a real run — then
/// reports the first failure in the order az meets them: the principal's (an argparse action in az), the
/// source's, the signed-in identity, the target's. What `also` yields is handed back as it is, with what
/// `early` made of the identity, the target and `also` once those three were in (the other reads may still
/// be running then); `early` is not called when the identity or the target failed.
pub async fn look_up<S: Source, P: Principal, T, E>(
    plan: &PasswordlessPlan<S, P>,
    arm: &ArmClient,
    also: impl Future<Output = T>,
    early: impl FnOnce(&Identity, &TargetFound, &T) -> Option<E>,
) -> Result<(Found<S::Found, P::Found>, T, Option<E>)> {
    let target_side = async {
        let (identity, target, also) = tokio::join!(
            arm.signed_in_identity(),
            target::look_up(&plan.connection, arm),
            also
        );
        let early = match (&identity, &target) {
            (Ok(identity), Ok(target)) => early(identity, target, &also),
            _ => None,
        };
        (identity, target, also, early)
    };
    let (principal, source, (identity, target, also, early)) = tokio::join!(
        plan.principal.look_up(arm),
        plan.source.look_up(arm),
        target_side
    );
    let principal = principal?;
    let source = source?;
    let identity = identity.map_err(|e| graph_error(&e))?;
    let found = Found {
        source,
        principal,
        identity,
        target: target?,
    };
    Ok((found, also, early))
}

/// Decisions derived from the lookups: who is administrator, what gets created, where to connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The object id the Entra administrator must have (`object-id=` or the signed-in identity's).
    pub admin_object_id: String,
    /// az's `login_username`: the signed-in UPN (users) or app id (service principals).
    pub login_username: String,
    pub login_kind: PrincipalKind,
    pub tenant_id: String,
    /// The matching administrator's login, when one exists.
    pub existing_admin: Option<String>,
    /// The host PostgreSQL is reached at.
    pub host: String,
}

impl Facts {
    /// What `plan`'s lookups decide.
    pub fn of<S: Source, P: Principal>(
        plan: &PasswordlessPlan<S, P>,
        found: &Found<S::Found, P::Found>,
        pg: &PgAccess,
    ) -> Result<Facts> {
        Facts::new(
            &found.identity,
            plan.principal.admin_object_id(),
            &found.target,
            &plan.connection.target.server,
            pg,
        )
    }

    /// Decides from what was found; `admin_object_id` is the principal's override of the signed-in
    /// identity's object id.
    pub fn new(
        identity: &Identity,
        admin_object_id: Option<&str>,
        target: &TargetFound,
        server_name: &str,
        pg: &PgAccess,
    ) -> Result<Facts> {
        let login_username = identity.name.clone().ok_or_else(|| {
            Error::runtime(
                "The signed-in identity has no user name or app id in its token. Please run 'az login' to setup account.",
            )
        })?;
        let Some(admin_object_id) = admin_object_id
            .map(str::to_owned)
            .or_else(|| identity.object_id.clone())
        else {
            return Err(target.server.no_admin_error(&login_username));
        };
        let existing_admin = target
            .admins
            .iter()
            .find(|a| {
                a.object_id
                    .as_deref()
                    .is_some_and(|o| o.eq_ignore_ascii_case(&admin_object_id))
            })
            .map(|a| a.login.clone().unwrap_or_else(|| login_username.clone()));
        let tenant_id = identity
            .tenant_id
            .clone()
            .or_else(|| pg.subscription.tenant_id.clone())
            .unwrap_or_default();
        let host = match target.server.fqdn() {
            Some(f) => f.to_owned(),
            None => format!("{server_name}{}", pg.suffix),
        };
        Ok(Facts {
            admin_object_id,
            login_username,
            login_kind: identity.kind,
            tenant_id,
            existing_admin,
            host,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::arm::postgres_flexible::FlexibleServer;
    use crate::arm::postgres_single::SingleServer;
    use crate::commands::connection::create::target::{Admin, Server};

    fn identity(object_id: Option<&str>) -> Identity {
        Identity {
            object_id: object_id.map(str::to_owned),
            name: Some("alice@contoso.com".into()),
            app_id: None,
            tenant_id: None,
            kind: PrincipalKind::User,
        }
    }

    fn pg() -> PgAccess {
        PgAccess {
            scope: "https://ossrdbms-aad.database.windows.net/.default".into(),
            suffix: ".postgres.example".into(),
            subscription: Subscription {
                id: "s".into(),
                name: None,
                tenant_id: Some("profile-tenant".into()),
                user: None,
            },
        }
    }

    fn flexible(fqdn: Option<&str>, admins: Vec<Admin>) -> TargetFound {
        TargetFound {
            server: Server::Flexible(FlexibleServer::from_json(
                json!({"properties": {"fullyQualifiedDomainName": fqdn}}),
            )),
            admins,
        }
    }

    #[test]
    fn the_signed_in_identity_is_administrator_unless_an_object_id_is_given() {
        let alice = Admin {
            object_id: Some("OID".into()),
            login: Some("Alice Admin".into()),
        };
        let facts = Facts::new(
            &identity(Some("oid")),
            None,
            &flexible(None, vec![alice]),
            "srv",
            &pg(),
        )
        .expect("facts");
        assert_eq!(facts.admin_object_id, "oid");
        // Object ids match case-insensitively; the administrator logs in with its own name.
        assert_eq!(facts.existing_admin.as_deref(), Some("Alice Admin"));
        assert_eq!(facts.tenant_id, "profile-tenant");
        assert_eq!(facts.host, "srv.postgres.example");
        let facts = Facts::new(
            &identity(Some("oid")),
            Some("other"),
            &flexible(Some("srv.example.net"), Vec::new()),
            "srv",
            &pg(),
        )
        .expect("facts");
        assert_eq!(facts.admin_object_id, "other");
        assert_eq!(facts.existing_admin, None);
        assert_eq!(facts.host, "srv.example.net");
    }

    #[test]
    fn no_object_id_is_az_s_error_for_the_server_kind() {
        let err = Facts::new(
            &identity(None),
            None,
            &flexible(None, Vec::new()),
            "srv",
            &pg(),
        )
        .expect_err("no object id");
        assert_eq!(
            err.to_string(),
            "No Microsoft Entra admin found with name alice@contoso.com. Please set current user as Microsoft Entra admin and try again."
        );
        let single = TargetFound {
            server: Server::Single(SingleServer::from_json(json!({}))),
            admins: Vec::new(),
        };
        let err =
            Facts::new(&identity(None), None, &single, "srv", &pg()).expect_err("no object id");
        assert!(
            err.to_string()
                .starts_with("No Microsoft Entra admin found. "),
            "{err}"
        );
    }
}
