//! Bridge from ARM state changes to the emulated PostgreSQL servers (the `pg` module of the library): one cluster
//! per seeded server behind the SNI router; Entra admins become login roles, seeded identities are registered for
//! `pgaadauth_create_principal`, firewall rules and public access become pg_hba, and [`Logins`] judges the tokens
//! clients log in with. With `--no-postgres` (ARM-only tests) there are no clusters and every call is a no-op.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, OnceLock, Weak};

use azconn_emulator::pg::{
    self, ConnectAction, ConnectFault, EntraAdmin, LoginResponder, PgRouter, PgServer,
    PgServerConfig, PrincipalType, Setting, StatementAction, StatementFault, TokenIdentity,
    TokenValidator,
};

use crate::app::App;
use crate::certs::CertificateAuthority;
use crate::error::{EmuError, Result};
use crate::files::OSSRDBMS_AUDIENCE;
use crate::knobs::{PgFault, PgFaultHandle};
use crate::seed::ServerKind;
use crate::state::{Admin, Server, World};

/// The PostgreSQL side of the emulator, or none.
pub struct Databases {
    router: Option<PgRouter>,
    /// Judges every login of every cluster; dropped with the servers.
    _logins: Option<LoginResponder>,
    /// Server id (lower-cased) → its cluster.
    servers: Vec<(String, Arc<PgServer>)>,
}

/// An identity Flexible Servers should know by object id, so `pgaadauth_create_principal` finds it by name.
pub struct Identity {
    pub object_id: String,
    pub name: String,
    pub principal_type: PrincipalType,
}

/// Judges the tokens clients log in to PostgreSQL with, as Azure does: signed by the emulator's key, not expired
/// (the token clock and the expiry knob, as for ARM), for the oss-rdbms audience and the seed's tenant. Knows the
/// app once it exists ([`Logins::attach`]); until then every token is refused.
#[derive(Default)]
pub struct Logins(OnceLock<Weak<App>>);

impl Logins {
    pub fn attach(&self, app: &Arc<App>) {
        let _ = self.0.set(Arc::downgrade(app));
    }

    fn app(&self) -> Result<Arc<App>, String> {
        self.0
            .get()
            .and_then(Weak::upgrade)
            .ok_or_else(|| "the emulator is not ready".to_owned())
    }
}

impl TokenValidator for Logins {
    fn validate(&self, token: &str) -> Result<TokenIdentity, String> {
        let app = self.app()?;
        let claims = app.issuer.verify_access(token).map_err(|e| match e {
            crate::tokens::Invalid::Malformed => "the password is not an access token".to_owned(),
            crate::tokens::Invalid::Signature => {
                "the token is not signed by the emulator".to_owned()
            }
            crate::tokens::Invalid::Expired { exp } => format!("the token expired at {exp}"),
        })?;
        let aud = claims["aud"].as_str().unwrap_or_default();
        if aud.trim_end_matches('/') != OSSRDBMS_AUDIENCE {
            return Err(format!(
                "the token's audience is {aud}, not {OSSRDBMS_AUDIENCE}"
            ));
        }
        let tid = claims["tid"].as_str().unwrap_or_default();
        if !tid.eq_ignore_ascii_case(&app.seed.tenant.id) {
            return Err(format!("the token is for tenant {tid}"));
        }
        let object_id = claims["oid"]
            .as_str()
            .ok_or("the token has no oid")?
            .to_owned();
        let app_id = (claims["idtyp"] == "app")
            .then(|| claims["appid"].as_str().map(str::to_owned))
            .flatten();
        Ok(TokenIdentity { object_id, app_id })
    }

    fn is_member(&self, group: &str, member: &str) -> bool {
        self.app()
            .is_ok_and(|app| app.seed.is_group_member(group, member))
    }
}

fn principal_type(t: &str) -> PrincipalType {
    if t.eq_ignore_ascii_case("ServicePrincipal") {
        PrincipalType::ServicePrincipal
    } else if t.eq_ignore_ascii_case("Group") {
        PrincipalType::Group
    } else {
        PrincipalType::User
    }
}

fn entra_admin(a: &Admin) -> EntraAdmin {
    EntraAdmin {
        login: a.principal_name.clone(),
        object_id: a.object_id.clone(),
        principal_type: principal_type(&a.principal_type),
    }
}

fn rules(s: &Server) -> Vec<pg::FirewallRule> {
    s.firewall
        .iter()
        .map(|r| pg::FirewallRule {
            name: r.name.clone(),
            start_ip: r.start_ip.clone(),
            end_ip: r.end_ip.clone(),
        })
        .collect()
}

impl Databases {
    /// No PostgreSQL servers (`--no-postgres`).
    pub fn disabled() -> Databases {
        Databases {
            router: None,
            _logins: None,
            servers: Vec::new(),
        }
    }

    /// Binds the router on `port` and starts (initdb on first use) one cluster per server of the world, whose
    /// logins `logins` judges.
    pub async fn start(
        dir: &Path,
        ca: &CertificateAuthority,
        tenant: &str,
        world: &World,
        port: u16,
        logins: Arc<Logins>,
    ) -> Result<Databases> {
        let pg_err = |e: pg::PgError| EmuError::msg(format!("PostgreSQL: {e}"));
        let router = PgRouter::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .await
            .map_err(pg_err)?;
        let responder = LoginResponder::bind(logins).await.map_err(pg_err)?;
        let ca_pem = ca.cert_pem()?;
        let mut servers = Vec::new();
        for s in &world.servers {
            let host = s.host_name();
            let cert = ca.issue(&host, &[&host], &[])?;
            let cfg = PgServerConfig {
                kind: match s.kind {
                    ServerKind::Flexible => pg::ServerKind::Flexible,
                    ServerKind::Single => pg::ServerKind::Single,
                },
                server_name: s.name.clone(),
                host_name: host.clone(),
                data_dir: dir.join("pg").join(&s.name),
                cert_pem: cert.cert_pem,
                key_pem: cert.key_pem,
                ca_pem: ca_pem.clone(),
                tenant_id: tenant.to_string(),
                databases: s.databases.clone(),
                public_network_access: s.public_access,
                firewall_rules: rules(s),
                login_port: responder.port(),
            };
            let server = Arc::new(PgServer::start(cfg).await.map_err(pg_err)?);
            router.register(&host, server.local_port());
            responder.register(&server);
            servers.push((s.id().to_ascii_lowercase(), server));
        }
        Ok(Databases {
            router: Some(router),
            _logins: Some(responder),
            servers,
        })
    }

    fn find(&self, server: &Server) -> Option<&PgServer> {
        let id = server.id().to_ascii_lowercase();
        self.servers
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, s)| s.as_ref())
    }

    /// The loopback addresses the router connects to the clusters from (see [`PgRouter::set_source_ips`]).
    pub fn set_source_ips(&self, ips: &[Ipv4Addr]) -> Result<()> {
        match &self.router {
            Some(r) => r.set_source_ips(ips).map_err(EmuError::msg),
            None => Err(EmuError::msg("the emulator runs without PostgreSQL")),
        }
    }

    /// The round-trip time the router adds to connections accepted from now on (see [`PgRouter::set_latency`]).
    pub fn set_pg_latency(&self, ms: u64) -> Result<()> {
        match &self.router {
            Some(r) => {
                r.set_latency(ms);
                Ok(())
            }
            None => Err(EmuError::msg("the emulator runs without PostgreSQL")),
        }
    }

    /// The port of the SNI router (Azure's :5432), 0 without PostgreSQL.
    pub fn port(&self) -> u16 {
        self.router.as_ref().map_or(0, PgRouter::port)
    }

    /// Creates or updates the admin's login role.
    pub async fn set_admin(&self, server: &Server, admin: &Admin) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg
                .set_entra_admin(&entra_admin(admin))
                .await
                .map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    pub async fn remove_admin(&self, server: &Server, login: &str) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg
                .remove_entra_admin(login)
                .await
                .map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// Rewrites pg_hba from the server's public access flag and firewall rules.
    pub async fn sync_firewall(&self, server: &Server) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg
                .set_firewall(server.public_access, &rules(server))
                .await
                .map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// Creates a database (owned by `azure_pg_admin`) if it does not exist yet.
    pub async fn add_database(&self, server: &Server, name: &str) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg.add_database(name).await.map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// The server's parameters (none without PostgreSQL).
    pub async fn settings(&self, server: &Server) -> Result<Vec<Setting>, String> {
        match self.find(server) {
            Some(pg) => pg.settings().await.map_err(|e| e.to_string()),
            None => Ok(Vec::new()),
        }
    }

    pub async fn drop_database(&self, server: &Server, name: &str) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg.drop_database(name).await.map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// Makes every Flexible Server know these identities by name.
    pub async fn register_identities(&self, identities: &[Identity]) -> Result<(), String> {
        for (_, pg) in &self.servers {
            for i in identities {
                pg.register_identity(&i.object_id, &i.name, i.principal_type)
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    /// Installs a PostgreSQL fault (`POST /knobs/pg-faults`): statement faults in the named server's cluster (or
    /// every cluster), connect faults in the router.
    pub fn add_pg_fault(&self, knob: &PgFault) -> Result<Vec<PgFaultHandle>, String> {
        let Some(router) = &self.router else {
            return Err("the emulator runs without PostgreSQL".to_owned());
        };
        let servers: Vec<(usize, &PgServer)> = self
            .servers
            .iter()
            .map(|(_, s)| s.as_ref())
            .enumerate()
            .filter(|(_, s)| {
                knob.server
                    .as_ref()
                    .is_none_or(|n| s.server_name().eq_ignore_ascii_case(n))
            })
            .collect();
        if servers.is_empty() {
            return Err(format!(
                "no PostgreSQL server named `{}`",
                knob.server.as_deref().unwrap_or_default()
            ));
        }
        let statement = |action: StatementAction| -> Result<Vec<PgFaultHandle>, String> {
            let Some(matches) = knob.matches.clone() else {
                return Err(format!("action `{}` needs `match`", knob.action));
            };
            let fault = StatementFault {
                matches,
                action,
                nth: knob.nth,
                times: knob.times,
            };
            servers
                .iter()
                .map(|(server, pg)| {
                    pg.add_statement_fault(fault.clone())
                        .map(|index| PgFaultHandle::Statement {
                            server: *server,
                            index,
                        })
                        .map_err(|e| e.to_string())
                })
                .collect()
        };
        let connect = |action: ConnectAction| -> Result<Vec<PgFaultHandle>, String> {
            if knob.matches.is_some() {
                return Err(format!(
                    "`match` applies to statement faults, not to `{}`",
                    knob.action
                ));
            }
            let hosts: Vec<Option<String>> = match &knob.server {
                None => vec![None],
                Some(_) => servers
                    .iter()
                    .map(|(_, s)| Some(s.host_name().to_owned()))
                    .collect(),
            };
            hosts
                .into_iter()
                .map(|host| {
                    router
                        .add_connect_fault(ConnectFault {
                            host,
                            action,
                            nth: knob.nth,
                            times: knob.times,
                        })
                        .map(|index| PgFaultHandle::Connect { index })
                })
                .collect()
        };
        match knob.action.as_str() {
            "terminate" => statement(StatementAction::Terminate),
            "error" => statement(StatementAction::Error {
                sqlstate: knob
                    .sqlstate
                    .clone()
                    .ok_or_else(|| "action `error` needs `sqlstate`".to_owned())?,
                message: knob
                    .message
                    .clone()
                    .unwrap_or_else(|| "injected by azconn-emulator".to_owned()),
            }),
            "reset" => connect(ConnectAction::Reset),
            "stall" if knob.matches.is_some() => statement(StatementAction::Stall {
                ms: knob
                    .ms
                    .ok_or_else(|| "action `stall` needs `ms`".to_owned())?,
            }),
            "stall" => connect(ConnectAction::Stall {
                ms: knob
                    .ms
                    .ok_or_else(|| "action `stall` needs `ms`".to_owned())?,
            }),
            other => Err(format!(
                "action `{other}` is not one of terminate, error, reset, stall"
            )),
        }
    }

    /// How many statements or connections matched the installed pieces of a fault.
    pub fn pg_fault_seen(&self, handles: &[PgFaultHandle]) -> u64 {
        handles
            .iter()
            .map(|h| match *h {
                PgFaultHandle::Statement { server, index } => self
                    .servers
                    .get(server)
                    .map_or(0, |(_, s)| s.statement_fault_seen(index)),
                PgFaultHandle::Connect { index } => self
                    .router
                    .as_ref()
                    .map_or(0, |r| r.connect_fault_seen(index)),
            })
            .sum()
    }

    /// Removes every PostgreSQL fault (statement and connect).
    pub fn clear_pg_faults(&self) -> Result<(), String> {
        if let Some(router) = &self.router {
            router.clear_connect_faults();
        }
        for (_, s) in &self.servers {
            s.clear_statement_faults().map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    pub async fn stop(&self) {
        for (_, pg) in &self.servers {
            if let Err(e) = pg.stop().await {
                eprintln!("azconn-emulator: stopping PostgreSQL: {e}");
            }
        }
    }
}
