//! The two seams a connection's source plugs into: [`Source`] (where the connector lives: its reads, its
//! PUT, its printed view) and [`Principal`] (whose Entra identity gets the database role: its reads, the
//! changes it needs, and the [`Grantee`] it yields). The flow in `mod.rs` is written against these traits
//! only; this machine (`local.rs`) is one implementation, a compute source (web app, function app, container
//! app, AKS) is another: its principal looks up or assigns the source's managed identity in
//! [`Principal::prepare`] (after every prompt, before the server is changed) and grants it as a `service`
//! principal, and its source PUTs the linker on the source's id.

use serde_json::Value as Json;

use super::plan::Connection;
use crate::arm::service_linker::AuthInfo;
use crate::arm::{ArmCall, ArmClient};
use crate::error::Result;
use crate::output::value::Value;
use crate::pg::PrincipalType;

/// The identity a passwordless connection gives a database role to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grantee {
    /// Its Entra object id (the role's object id on Flexible Server).
    pub object_id: String,
    /// `user` or `service`, as `pgaadauth_create_principal_with_oid` takes it.
    pub principal_type: PrincipalType,
    /// Single Server's role "password": a user's object id, a service principal's client id.
    pub single_password: String,
    /// The connector's `authInfo`.
    pub auth_info: AuthInfo,
    /// Whether a firewall rule added for the SQL stays afterwards (a user account's does, as in az);
    /// otherwise it is removed on every path.
    pub keeps_firewall_rule: bool,
}

/// Where a connection comes from: where its connector lives.
// One current-thread runtime runs every command, so these futures never need to be `Send`.
#[allow(async_fn_in_trait)]
pub trait Source {
    /// What the source's reads found (the local connector's location, a web app's site…).
    type Found;

    /// The subscription the connector is created in (and its provider registered in).
    fn subscription(&self) -> &str;

    /// The source's reads, run concurrently with the target's; their error is reported before the target's.
    async fn look_up(&self, arm: &ArmClient) -> Result<Self::Found>;

    /// The connector's PUT, with `auth_info`.
    fn connector(
        &self,
        arm: &ArmClient,
        found: &Self::Found,
        connection: &Connection,
        auth_info: AuthInfo,
    ) -> ArmCall;

    /// The created connector as the command prints it (a compute source adds its `listConfigurations`).
    async fn view(&self, arm: &ArmClient, raw: &Json) -> Value;
}

/// Whose Entra identity a passwordless connection grants the database role to.
#[allow(async_fn_in_trait)]
pub trait Principal {
    /// What the principal's reads found (a service principal's object id, a managed identity's state…).
    type Found;

    /// The object id the Entra administrator must have when it is not the signed-in identity's.
    fn admin_object_id(&self) -> Option<&str>;

    /// The principal's reads, run concurrently with the others and reported first (az resolves them while
    /// parsing its arguments).
    async fn look_up(&self, arm: &ArmClient) -> Result<Self::Found>;

    /// Changes the principal needs before the server is prepared (a compute source assigns its managed
    /// identity here). Runs after every prompt and never in a dry run.
    async fn prepare(&self, arm: &ArmClient, found: &mut Self::Found) -> Result<()>;

    /// The identity to grant, given the Entra administrator's object id and the role name.
    fn grantee(&self, found: &Self::Found, admin_object_id: &str, role: &str) -> Grantee;

    /// What [`Principal::prepare`] would change, for `--dry-run` (a compute source's identity assignment).
    fn planned_change(&self, _found: &Self::Found) -> Option<String> {
        None
    }
}
