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
