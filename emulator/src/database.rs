//! Bridge from ARM state changes to the emulated PostgreSQL servers (the `pg` module of the library): one cluster
//! per seeded server behind the SNI router; Entra admins become login roles whose password is the identity's
//! oss-rdbms token, seeded identities are registered for `pgaadauth_create_principal`, firewall rules and public
//! access become pg_hba. With `--no-postgres` (ARM-only tests) there are no clusters and every call is a no-op.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;

use azconn_emulator::pg::{
    self, ConnectAction, ConnectFault, EntraAdmin, PgRouter, PgServer, PgServerConfig,
    PrincipalType, Setting, StatementAction, StatementFault,
};

use crate::certs::CertificateAuthority;
use crate::error::{EmuError, Result};
use crate::knobs::{PgFault, PgFaultHandle};
use crate::seed::ServerKind;
use crate::state::{Admin, Server, World};

/// The PostgreSQL side of the emulator, or none.
pub struct Databases {
    router: Option<PgRouter>,
    /// Server id (lower-cased) → its cluster.
    servers: Vec<(String, PgServer)>,
}

/// An identity Flexible Servers should know by object id: (oid, name, type, oss-rdbms token).
pub struct Identity {
    pub object_id: String,
    pub name: String,
    pub principal_type: PrincipalType,
    pub token: String,
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
            servers: Vec::new(),
        }
    }

    /// Binds the router on `port` and starts (initdb on first use) one cluster per server of the world.
    pub async fn start(
        dir: &Path,
        ca: &CertificateAuthority,
        tenant: &str,
        world: &World,
        port: u16,
    ) -> Result<Databases> {
        let pg_err = |e: pg::PgError| EmuError::msg(format!("PostgreSQL: {e}"));
        let router = PgRouter::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .await
            .map_err(pg_err)?;
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
            };
            let server = PgServer::start(cfg).await.map_err(pg_err)?;
            router.register(&host, server.local_port());
            servers.push((s.id().to_ascii_lowercase(), server));
        }
        Ok(Databases {
            router: Some(router),
            servers,
        })
    }

    fn find(&self, server: &Server) -> Option<&PgServer> {
        let id = server.id().to_ascii_lowercase();
        self.servers.iter().find(|(k, _)| *k == id).map(|(_, s)| s)
    }

    /// The loopback addresses the router connects to the clusters from (see [`PgRouter::set_source_ips`]).
    pub fn set_source_ips(&self, ips: &[Ipv4Addr]) -> Result<()> {
        match &self.router {
            Some(r) => r.set_source_ips(ips).map_err(EmuError::msg),
            None => Err(EmuError::msg("the emulator runs without PostgreSQL")),
        }
    }

    /// The port of the SNI router (Azure's :5432), 0 without PostgreSQL.
    pub fn port(&self) -> u16 {
        self.router.as_ref().map_or(0, PgRouter::port)
    }

    /// Creates or updates the admin's login role with `password` (its oss-rdbms token).
    pub async fn set_admin(
        &self,
        server: &Server,
        admin: &Admin,
        password: &str,
    ) -> Result<(), String> {
        match self.find(server) {
            Some(pg) => pg
                .set_entra_admin(&entra_admin(admin), password)
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

    /// Makes every Flexible Server know the seeded identities (and their current tokens).
    pub async fn register_identities(&self, identities: &[Identity]) -> Result<(), String> {
        for (_, pg) in &self.servers {
            for i in identities {
                pg.register_identity(&i.object_id, &i.name, i.principal_type, &i.token)
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
            .map(|(_, s)| s)
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
