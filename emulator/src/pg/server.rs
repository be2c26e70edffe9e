//! [`PgServer`]: the running cluster of one emulated server and the operations the ARM side drives on it
//! (Entra admins, firewall, databases).
//!
//! Dropping a `PgServer` that was not stopped stops its cluster (blocking `pg_ctl stop -m fast`), so a test or an
//! emulator that fails half-way leaves no PostgreSQL behind.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::Mutex;

use super::azure::{self, sql_error};
use super::cluster::{AuthSettings, Cluster, STATE_LOCK, Settings};
use super::system::System;
use super::{
    EntraAdmin, FirewallRule, PgError, PgServerConfig, PrincipalType, ServerKind, extension,
    faults, hba,
};
use faults::StatementFault;

/// How long a firewall change may take to be applied by the postmaster.
const RELOAD_WAIT: Duration = Duration::from_secs(10);
const RELOAD_POLL: Duration = Duration::from_millis(20);

#[derive(Debug)]
pub struct PgServer {
    kind: ServerKind,
    server_name: String,
    host_name: String,
    cluster: Cluster,
    port: u16,
    settings: Mutex<Settings>,
    stopped: AtomicBool,
    faults: std::sync::Mutex<faults::Script>,
    /// The superuser session `azconn_auth`'s role lookups run in, opened on first use.
    lookups: Mutex<Option<tokio_postgres::Client>>,
}

impl PgServer {
    /// Creates the cluster if `cfg.data_dir` has none (from the state's template), writes TLS material, settings
    /// and pg_hba.conf, starts it on a free loopback port and applies the Azure-like setup for `cfg.kind`.
    pub async fn start(cfg: PgServerConfig) -> Result<PgServer, PgError> {
        let sys = System::detect().await?;
        let hba_text = hba::render(cfg.public_network_access, &cfg.firewall_rules)?;
        for db in &cfg.databases {
            if !azure::valid_database_name(db) {
                return Err(PgError::InvalidDatabaseName { name: db.clone() });
            }
        }
        let (cluster, fresh) = Cluster::prepare(sys, &cfg.data_dir).await?;
        let modules = {
            let pg_dir = cfg.data_dir.parent().unwrap_or(Path::new("/"));
            let _guard = STATE_LOCK.lock().await;
            extension::ensure_built(&cluster.sys, pg_dir).await
        };
        // Logins go through azconn_auth (pg_hba says trust), so no server runs without the modules.
        let modules = modules?;
        let preload = match cfg.kind {
            ServerKind::Single => vec![modules.auth, modules.aad_single, modules.faults],
            ServerKind::Flexible => vec![modules.auth, modules.faults],
        };
        let mut script = faults::Script::new(&cfg.data_dir);
        // A script left by an earlier emulator on this data directory must not fire.
        script.clear()?;
        cluster.write_file("server.crt", &cfg.cert_pem, 0o600)?;
        cluster.write_file("server.key", &cfg.key_pem, 0o600)?;
        cluster.write_file("root.crt", &cfg.ca_pem, 0o600)?;
        cluster.write_file("pg_hba.conf", &hba_text, 0o600)?;
        let mut settings = Settings {
            port: 0,
            ssl: true,
            preload,
            tenant_id: cfg.tenant_id.clone(),
            hba_generation: 0,
            auth: Some(AuthSettings {
                responder_port: cfg.login_port,
                server_name: cfg.server_name.clone(),
                strip_server_suffix: cfg.kind == ServerKind::Single,
            }),
        };
        cluster.start(&mut settings).await?;

        let server = PgServer {
            kind: cfg.kind,
            server_name: cfg.server_name,
            host_name: cfg.host_name,
            cluster,
            port: settings.port,
            settings: Mutex::new(settings),
            stopped: AtomicBool::new(false),
            faults: std::sync::Mutex::new(script),
            lookups: Mutex::new(None),
        };
        // From here on, `server` stops the cluster when dropped, also on error.
        let name = server.cluster.name();
        let postgres = server.connect("postgres").await?;
        if fresh && server.kind == ServerKind::Single {
            postgres
                .batch_execute(azure::SINGLE_SETUP_SQL)
                .await
                .map_err(sql_error(&name))?;
        }
        for db in &cfg.databases {
            server.ensure_database(&postgres, db).await?;
        }
        Ok(server)
    }

    /// The cluster's own loopback port (what the router forwards to).
    pub fn local_port(&self) -> u16 {
        self.port
    }

    pub fn host_name(&self) -> &str {
        &self.host_name
    }

    pub fn kind(&self) -> ServerKind {
        self.kind
    }

    /// The ARM name of the server, e.g. `srv`.
    pub fn server_name(&self) -> &str {
        &self.server_name
    }

    pub fn data_dir(&self) -> &Path {
        &self.cluster.data_dir
    }

    /// The server log (`log_statement=all`, `log_connections=on`).
    pub fn log_path(&self) -> PathBuf {
        self.cluster.log_path()
    }

    /// Creates or updates the Entra admin's login role (no password: it logs in with its tokens, see `login.rs`).
    pub async fn set_entra_admin(&self, admin: &EntraAdmin) -> Result<(), PgError> {
        let postgres = self.connect("postgres").await?;
        azure::set_admin(&postgres, admin)
            .await
            .map_err(sql_error(&self.cluster.name()))
    }

    pub async fn remove_entra_admin(&self, login: &str) -> Result<(), PgError> {
        let postgres = self.connect("postgres").await?;
        azure::remove_admin(&postgres, login)
            .await
            .map_err(sql_error(&self.cluster.name()))
    }

    /// Tells a Flexible Server about an identity the emulator issues tokens for, so `pgaadauth_create_principal`
    /// can find it by name. No-op on Single.
    pub async fn register_identity(
        &self,
        object_id: &str,
        principal_name: &str,
        principal_type: PrincipalType,
    ) -> Result<(), PgError> {
        if self.kind == ServerKind::Single {
            return Ok(());
        }
        let postgres = self.connect("postgres").await?;
        azure::register_identity(
            &postgres,
            object_id,
            principal_name,
            principal_type.pgaadauth_name(),
        )
        .await
        .map_err(sql_error(&self.cluster.name()))
    }

    /// How role `role` logs in with Entra tokens, if it does (read in a superuser session kept for these lookups,
    /// opened again when it was lost).
    pub(crate) async fn entra_role(&self, role: &str) -> Result<Option<azure::EntraRole>, PgError> {
        let mut session = self.lookups.lock().await;
        let client = match session.take() {
            Some(c) if !c.is_closed() => c,
            _ => self.connect("postgres").await?,
        };
        let found = azure::entra_role(&client, role)
            .await
            .map_err(sql_error(&self.cluster.name()));
        *session = Some(client);
        found
    }

    /// Rewrites pg_hba.conf from the firewall state and reloads; returns once new connections see the new rules.
    pub async fn set_firewall(
        &self,
        public_network_access: bool,
        rules: &[FirewallRule],
    ) -> Result<(), PgError> {
        let text = hba::render(public_network_access, rules)?;
        let mut settings = self.settings.lock().await;
        self.check_running()?;
        settings.hba_generation += 1;
        self.cluster.write_file("pg_hba.conf", &text, 0o600)?;
        self.cluster.write_settings(&settings)?;
        let name = self.cluster.name();
        let postgres = self.cluster.connect(settings.port, "postgres").await?;
        postgres
            .batch_execute("SELECT pg_reload_conf()")
            .await
            .map_err(sql_error(&name))?;
        drop(postgres);
        let want = settings.hba_generation.to_string();
        let deadline = tokio::time::Instant::now() + RELOAD_WAIT;
        loop {
            // A backend forked after the postmaster processed SIGHUP sees the new settings file, and the
            // postmaster reloads pg_hba.conf in the same step.
            let client = self.cluster.connect(settings.port, "postgres").await?;
            let row = client
                .query_one("SHOW emulator.hba_generation", &[])
                .await
                .map_err(sql_error(&name))?;
            if row.get::<_, String>(0) == want {
                return Ok(());
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(PgError::Timeout {
                    server: name,
                    what: "apply the new pg_hba.conf",
                    seconds: RELOAD_WAIT.as_secs(),
                });
            }
            tokio::time::sleep(RELOAD_POLL).await;
        }
    }

    /// `CREATE DATABASE … OWNER azure_pg_admin` with its table `public.t1`; an existing database is left alone.
    pub async fn add_database(&self, name: &str) -> Result<(), PgError> {
        if !azure::valid_database_name(name) {
            return Err(PgError::InvalidDatabaseName {
                name: name.to_owned(),
            });
        }
        let postgres = self.connect("postgres").await?;
        self.ensure_database(&postgres, name).await
    }

    /// The server's parameters as PostgreSQL reports them (`pg_settings`), by name.
    pub async fn settings(&self) -> Result<Vec<Setting>, PgError> {
        let postgres = self.connect("postgres").await?;
        let rows = postgres
            .query(
                "SELECT name, setting, short_desc, boot_val, vartype, \
                        array_to_string(enumvals, ','), min_val, max_val, source, context, unit, pending_restart \
                 FROM pg_settings ORDER BY name",
                &[],
            )
            .await
            .map_err(sql_error(&self.cluster.name()))?;
        Ok(rows
            .iter()
            .map(|r| Setting {
                name: r.get(0),
                value: r.get(1),
                description: r.get(2),
                default_value: r.get(3),
                var_type: r.get(4),
                enum_values: r.get(5),
                min: r.get(6),
                max: r.get(7),
                source: r.get(8),
                context: r.get(9),
                unit: r.get(10),
                pending_restart: r.get(11),
            })
            .collect())
    }

    /// Drops database `name` (no-op when it does not exist).
    pub async fn drop_database(&self, name: &str) -> Result<(), PgError> {
        let postgres = self.connect("postgres").await?;
        azure::drop_database(&postgres, name)
            .await
            .map_err(sql_error(&self.cluster.name()))
    }

    /// Adds a statement fault to this server (see [`StatementFault`] and `emulator/pg/modules/azconn_faults.c`);
    /// returns its index for [`PgServer::statement_fault_seen`].
    pub fn add_statement_fault(&self, fault: StatementFault) -> Result<usize, PgError> {
        self.script()?.add(&self.cluster.sys, fault)
    }

    /// Removes every statement fault of this server and their counts.
    pub fn clear_statement_faults(&self) -> Result<(), PgError> {
        self.script()?.clear()
    }

    /// How many statements matched statement fault `index` so far.
    pub fn statement_fault_seen(&self, index: usize) -> u64 {
        self.script().map_or(0, |s| s.seen(index))
    }

    fn script(&self) -> Result<std::sync::MutexGuard<'_, faults::Script>, PgError> {
        self.faults.lock().map_err(|_| PgError::InvalidFault {
            reason: "the fault script lock is poisoned".to_owned(),
        })
    }

    pub async fn stop(&self) -> Result<(), PgError> {
        let _settings = self.settings.lock().await;
        if self.stopped.swap(true, Ordering::SeqCst) {
            return Ok(());
        }
        self.cluster.stop().await
    }

    async fn ensure_database(
        &self,
        postgres: &tokio_postgres::Client,
        name: &str,
    ) -> Result<(), PgError> {
        let server = self.cluster.name();
        if azure::create_database(postgres, name)
            .await
            .map_err(sql_error(&server))?
        {
            let db = self.connect(name).await?;
            db.batch_execute(azure::DATABASE_SETUP_SQL)
                .await
                .map_err(sql_error(&server))?;
        }
        Ok(())
    }

    async fn connect(&self, dbname: &str) -> Result<tokio_postgres::Client, PgError> {
        self.check_running()?;
        self.cluster.connect(self.port, dbname).await
    }

    fn check_running(&self) -> Result<(), PgError> {
        if self.stopped.load(Ordering::SeqCst) {
            return Err(PgError::Stopped {
                server: self.cluster.name(),
            });
        }
        Ok(())
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        if !self.stopped.swap(true, Ordering::SeqCst) {
            self.cluster.stop_blocking();
        }
    }
}

/// One row of `pg_settings`.
#[derive(Debug, Clone)]
pub struct Setting {
    pub name: String,
    pub value: Option<String>,
    pub description: Option<String>,
    pub default_value: Option<String>,
    /// `bool`, `integer`, `real`, `string` or `enum`.
    pub var_type: String,
    /// `enum` values, comma-separated.
    pub enum_values: Option<String>,
    pub min: Option<String>,
    pub max: Option<String>,
    /// Where the value comes from (`default`, `configuration file`, `override`, …).
    pub source: Option<String>,
    /// When a change takes effect (`postmaster`: at restart; `internal`: never).
    pub context: String,
    pub unit: Option<String>,
    pub pending_restart: bool,
}
