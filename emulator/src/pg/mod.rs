//! The PostgreSQL side of the emulator: one real PostgreSQL 15 cluster per emulated server, set up the way Azure
//! sets up Flexible and Single Server, plus the SNI router that puts all of them behind one loopback port.
//!
//! Owns: the cluster life cycle (initdb from a per-state template, TLS, `hostssl`-only pg_hba.conf derived from the
//! firewall rules), the Azure-like roles and `pgaadauth_*` functions, the Single Server `aad_validate_oids_in_tenant`
//! setting, token-validating logins and the statement faults (small PGXS modules), the token check the logins ask
//! ([`LoginResponder`]), and the router (with its connect faults). It knows nothing of ARM or HTTP and judges no
//! token itself: the rest of the emulator calls [`PgServer`] and [`PgRouter`] when its own state changes and gives
//! the [`TokenValidator`].

mod azure;
mod cluster;
mod error;
mod extension;
mod faults;
mod hba;
mod login;
mod router;
mod server;
mod system;

pub use cluster::TEMPLATE_CACHE_ENV;
pub use error::PgError;
pub use faults::{ConnectAction, ConnectFault, StatementAction, StatementFault};
pub use login::{LoginResponder, TokenIdentity, TokenValidator};
pub use router::PgRouter;
pub use server::{PgServer, Setting};
pub use system::BINDIR_ENV;

use std::path::PathBuf;

/// Which Azure Database for PostgreSQL offering a cluster imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    /// Flexible Server: `pgaadauth_*` functions, Entra admin logs in under its principal name.
    Flexible,
    /// Single Server: `azure_ad_user` members, clients log in as `user@server`, `aad_validate_oids_in_tenant`.
    Single,
}

/// Everything needed to start (or restart) the cluster of one emulated server.
#[derive(Clone)]
pub struct PgServerConfig {
    pub kind: ServerKind,
    /// ARM name of the server, e.g. `srv`; Single Server logins are `user@<server_name>`.
    pub server_name: String,
    /// Azure host name, e.g. `srv.postgres.database.azure.com`: the certificate's name and the SNI routing key.
    pub host_name: String,
    /// The cluster's data directory (e.g. `DIR/pg/srv`); its parent also holds the shared template and extension.
    pub data_dir: PathBuf,
    /// Server certificate for `host_name`, signed by the emulator CA (PEM).
    pub cert_pem: String,
    /// Private key of `cert_pem` (PEM).
    pub key_pem: String,
    /// The emulator CA (PEM).
    pub ca_pem: String,
    /// Tenant reported by `pgaadauth_list_principals` (`tenantId` column).
    pub tenant_id: String,
    /// Databases besides `postgres`; each is owned by `azure_pg_admin` and holds a table `public.t1`.
    pub databases: Vec<String>,
    /// `false` admits nobody over TCP, whatever the rules say.
    pub public_network_access: bool,
    /// Initial firewall rules.
    pub firewall_rules: Vec<FirewallRule>,
    /// The port of the [`LoginResponder`] that judges this server's logins.
    pub login_port: u16,
}

impl std::fmt::Debug for PgServerConfig {
    // Leaves out the key and the certificates: the key is a secret and the PEM blobs are noise.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgServerConfig")
            .field("kind", &self.kind)
            .field("server_name", &self.server_name)
            .field("host_name", &self.host_name)
            .field("data_dir", &self.data_dir)
            .field("tenant_id", &self.tenant_id)
            .field("databases", &self.databases)
            .field("public_network_access", &self.public_network_access)
            .field("firewall_rules", &self.firewall_rules)
            .field("login_port", &self.login_port)
            .finish_non_exhaustive()
    }
}

/// An ARM firewall rule: an inclusive IPv4 range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirewallRule {
    pub name: String,
    pub start_ip: String,
    pub end_ip: String,
}

/// The kind of Entra principal behind an administrator or a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalType {
    User,
    Group,
    ServicePrincipal,
}

impl PrincipalType {
    /// The `objectType` spelling of `pgaadauth_create_principal_with_oid` (`user`, `group`, `service`).
    pub fn pgaadauth_name(self) -> &'static str {
        match self {
            PrincipalType::User => "user",
            PrincipalType::Group => "group",
            PrincipalType::ServicePrincipal => "service",
        }
    }
}

/// An Entra administrator of a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntraAdmin {
    /// `principalName` (Flexible) or `login` (Single): the PostgreSQL role name.
    pub login: String,
    pub object_id: String,
    pub principal_type: PrincipalType,
}
