//! One PostgreSQL cluster on disk and as a process: data directory from a per-state template, the emulator's
//! settings file, pg_ctl start/stop, and management connections over the unix socket.
//!
//! initdb runs once per emulator state (into `DIR/pg/.template`, with the Azure-like setup already applied); every
//! server's data directory is a copy of it, which keeps server creation well under a second. The settings the
//! emulator controls live in `emulator.conf` (included last from postgresql.conf) and are rewritten at each start,
//! so a restart on an existing data directory picks up a new port, certificate or firewall.

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::process::Command;
use tokio::sync::Mutex;
use tokio_postgres::{Client, NoTls};

use super::hba::SUPERUSER;
use super::system::{System, run};
use super::{PgError, azure};

/// Serialises template creation and extension builds within the process.
pub(crate) static STATE_LOCK: Mutex<()> = Mutex::const_new(());

const TEMPLATE_DIR: &str = ".template";
/// Names a directory for one template cluster shared by every emulator state on the machine (instead of one
/// per state): set it in test suites that start many emulators, so initdb runs once.
pub const TEMPLATE_CACHE_ENV: &str = "AZCONN_EMULATOR_PG_TEMPLATE_CACHE";
const TEMPLATE_MARKER: &str = "azconn-emulator-template";
const PASSWORD_FILE: &str = "azuresu.password";
const CONF_FILE: &str = "emulator.conf";
pub(crate) const LOG_FILE: &str = "postgresql.log";
/// Bumped when the template's content changes in a way the setup SQL does not show.
const TEMPLATE_VERSION: &str = "2";
const START_ATTEMPTS: usize = 3;
const PG_CTL_TIMEOUT_SECS: u64 = 60;

/// The settings written into `emulator.conf`.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub port: u16,
    pub ssl: bool,
    /// Libraries for `shared_preload_libraries` (absolute paths without `.so`).
    pub preload: Vec<PathBuf>,
    pub tenant_id: String,
    pub hba_generation: u64,
    /// What `azconn_auth` needs (see `login.rs`); `None` for the template cluster, which takes no TCP logins.
    pub auth: Option<AuthSettings>,
}

/// The `azconn_auth.*` settings of a server's cluster.
#[derive(Debug, Clone)]
pub(crate) struct AuthSettings {
    /// The emulator's token check (`LoginResponder`) on 127.0.0.1.
    pub responder_port: u16,
    pub server_name: String,
    /// Single Server: `user@server` logs in as `user`.
    pub strip_server_suffix: bool,
}

#[derive(Debug)]
pub(crate) struct Cluster {
    pub sys: System,
    pub data_dir: PathBuf,
    password: String,
}

impl Cluster {
    /// Makes sure `data_dir` holds a cluster (copying the template if it does not); `true` when it is new.
    pub(crate) async fn prepare(sys: System, data_dir: &Path) -> Result<(Cluster, bool), PgError> {
        let pg_dir = data_dir
            .parent()
            .ok_or_else(|| PgError::NotACluster {
                path: data_dir.to_owned(),
            })?
            .to_owned();
        std::fs::create_dir_all(&pg_dir).map_err(PgError::io("creating", &pg_dir))?;
        let fresh = !data_dir.join("PG_VERSION").is_file();
        if fresh {
            if data_dir.exists() {
                let mut entries =
                    std::fs::read_dir(data_dir).map_err(PgError::io("reading", data_dir))?;
                if entries.next().is_some() {
                    return Err(PgError::NotACluster {
                        path: data_dir.to_owned(),
                    });
                }
                std::fs::remove_dir(data_dir).map_err(PgError::io("removing", data_dir))?;
            }
            let template = {
                let _guard = STATE_LOCK.lock().await;
                ensure_template(&sys, &pg_dir).await?
            };
            let mut cp = Command::new("cp");
            cp.arg("-a").arg(&template).arg(data_dir).kill_on_drop(true);
            run(cp, "cp -a (cluster template)").await?;
            let _ = std::fs::remove_file(data_dir.join(LOG_FILE));
            let _ = std::fs::remove_file(data_dir.join(TEMPLATE_MARKER));
        }
        sys.make_reachable(&pg_dir)?;
        let pw_path = data_dir.join(PASSWORD_FILE);
        let password =
            std::fs::read_to_string(&pw_path).map_err(PgError::io("reading", &pw_path))?;
        let cluster = Cluster {
            sys,
            data_dir: data_dir.to_owned(),
            password: password.trim().to_owned(),
        };
        cluster.check_socket_path()?;
        Ok((cluster, fresh))
    }

    fn check_socket_path(&self) -> Result<(), PgError> {
        // `.s.PGSQL.65535` is the longest socket file name; sun_path holds 107 bytes plus the NUL.
        let len = self.data_dir.as_os_str().len() + "/.s.PGSQL.65535".len();
        if len > 107 {
            return Err(PgError::SocketPathTooLong {
                path: self.data_dir.clone(),
                len,
            });
        }
        Ok(())
    }

    pub(crate) fn name(&self) -> String {
        self.data_dir.file_name().map_or_else(
            || self.data_dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Writes a file into the data directory, owned by the cluster's OS user.
    pub(crate) fn write_file(&self, name: &str, content: &str, mode: u32) -> Result<(), PgError> {
        write_owned(&self.sys, &self.data_dir.join(name), content, mode)
    }

    pub(crate) fn write_settings(&self, s: &Settings) -> Result<(), PgError> {
        self.write_file(CONF_FILE, &render_settings(&self.data_dir, s), 0o600)
    }

    /// Starts the cluster on a free loopback port, retrying with another port if the chosen one was taken.
    pub(crate) async fn start(&self, settings: &mut Settings) -> Result<(), PgError> {
        self.stop_stale().await?;
        let mut last = None;
        for _ in 0..START_ATTEMPTS {
            settings.port = free_port()?;
            self.write_settings(settings)?;
            let mut cmd = self.sys.command("pg_ctl");
            cmd.arg("start")
                .arg("-D")
                .arg(&self.data_dir)
                .arg("-l")
                .arg(self.data_dir.join(LOG_FILE))
                .arg("-w")
                .arg("-t")
                .arg(PG_CTL_TIMEOUT_SECS.to_string())
                .arg("-s");
            match run(cmd, "pg_ctl start").await {
                Ok(_) => return Ok(()),
                Err(PgError::Command {
                    command,
                    status,
                    output,
                }) => {
                    let log = self.log_tail();
                    let port_taken =
                        log.contains("could not bind") || log.contains("Address already in use");
                    last = Some(PgError::Command {
                        command,
                        status,
                        output: format!("{output}\n{log}"),
                    });
                    if !port_taken {
                        break;
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or(PgError::Timeout {
            server: self.name(),
            what: "start",
            seconds: PG_CTL_TIMEOUT_SECS,
        }))
    }

    /// A cluster left running by an emulator that was killed is stopped before we start it again.
    async fn stop_stale(&self) -> Result<(), PgError> {
        if !self.data_dir.join("postmaster.pid").exists() {
            return Ok(());
        }
        let mut status = self.sys.command("pg_ctl");
        status.arg("status").arg("-D").arg(&self.data_dir);
        if run(status, "pg_ctl status").await.is_ok() {
            self.stop().await?;
        }
        Ok(())
    }

    pub(crate) async fn stop(&self) -> Result<(), PgError> {
        let mut cmd = self.sys.command("pg_ctl");
        cmd.arg("stop")
            .arg("-D")
            .arg(&self.data_dir)
            .arg("-m")
            .arg("fast")
            .arg("-w")
            .arg("-t")
            .arg(PG_CTL_TIMEOUT_SECS.to_string())
            .arg("-s");
        run(cmd, "pg_ctl stop").await.map(drop)
    }

    /// For `Drop`: no runtime may be available (or it may be shutting down).
    pub(crate) fn stop_blocking(&self) {
        let _ = self
            .sys
            .blocking_command("pg_ctl")
            .arg("stop")
            .arg("-D")
            .arg(&self.data_dir)
            .arg("-m")
            .arg("fast")
            .arg("-w")
            .arg("-s")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }

    /// A superuser connection over the unix socket in the data directory.
    pub(crate) async fn connect(&self, port: u16, dbname: &str) -> Result<Client, PgError> {
        let mut config = tokio_postgres::Config::new();
        config
            .host_path(&self.data_dir)
            .port(port)
            .user(SUPERUSER)
            .password(&self.password)
            .dbname(dbname)
            .application_name("azconn-emulator")
            .connect_timeout(Duration::from_secs(10));
        let (client, connection) = config.connect(NoTls).await.map_err(|source| PgError::Sql {
            server: self.name(),
            source,
        })?;
        tokio::spawn(async move {
            // The connection ends when the client is dropped; its error, if any, surfaces through the client.
            let _ = connection.await;
        });
        Ok(client)
    }

    pub(crate) fn log_path(&self) -> PathBuf {
        self.data_dir.join(LOG_FILE)
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(10)..].join("\n")
    }
}

fn free_port() -> Result<u16, PgError> {
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .map_err(PgError::io("binding a free port", "127.0.0.1:0"))?;
    let port = listener
        .local_addr()
        .map_err(PgError::io("reading the bound port", "127.0.0.1:0"))?
        .port();
    Ok(port)
}

fn write_owned(sys: &System, path: &Path, content: &str, mode: u32) -> Result<(), PgError> {
    std::fs::write(path, content).map_err(PgError::io("writing", path))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(PgError::io("setting permissions", path))?;
    sys.give(path)
}

/// PostgreSQL configuration string literal.
fn conf_string(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "''"))
}

fn render_settings(data_dir: &Path, s: &Settings) -> String {
    let mut out = String::from(
        "# Written by azconn-emulator at each start and firewall change; overrides postgresql.conf.\n",
    );
    let mut set = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
    set("listen_addresses", conf_string("127.0.0.1"));
    set("port", s.port.to_string());
    set(
        "unix_socket_directories",
        conf_string(&data_dir.to_string_lossy()),
    );
    set("max_connections", "40".to_owned());
    set("shared_buffers", conf_string("16MB"));
    set("password_encryption", conf_string("scram-sha-256"));
    set("ssl", if s.ssl { "on" } else { "off" }.to_owned());
    if s.ssl {
        set("ssl_cert_file", conf_string("server.crt"));
        set("ssl_key_file", conf_string("server.key"));
        set("ssl_min_protocol_version", conf_string("TLSv1.2"));
    }
    set("fsync", "off".to_owned());
    set("synchronous_commit", "off".to_owned());
    set("full_page_writes", "off".to_owned());
    set("log_statement", conf_string("all"));
    set("log_connections", "on".to_owned());
    set("log_line_prefix", conf_string("%m [%p] %q%u@%d "));
    if !s.preload.is_empty() {
        let libs: Vec<String> = s
            .preload
            .iter()
            .map(|lib| lib.to_string_lossy().into_owned())
            .collect();
        set("shared_preload_libraries", conf_string(&libs.join(",")));
    }
    set("pgaadauth.tenant_id", conf_string(&s.tenant_id));
    if let Some(auth) = &s.auth {
        set(
            "azconn_auth.responder_port",
            auth.responder_port.to_string(),
        );
        set("azconn_auth.server_name", conf_string(&auth.server_name));
        set(
            "azconn_auth.strip_server_suffix",
            if auth.strip_server_suffix {
                "on"
            } else {
                "off"
            }
            .to_owned(),
        );
    }
    // Read back over a new connection after a reload, to know the postmaster has applied the new pg_hba.conf.
    set(
        "emulator.hba_generation",
        conf_string(&s.hba_generation.to_string()),
    );
    out
}

fn template_marker(sys: &System) -> Result<String, PgError> {
    let digest = openssl::hash::hash(
        openssl::hash::MessageDigest::sha256(),
        format!(
            "{TEMPLATE_VERSION}\n{}\n{}",
            sys.bin("initdb").display(),
            azure::SETUP_SQL
        )
        .as_bytes(),
    )?;
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Returns the template cluster, creating it (initdb + Azure-like setup) if absent or outdated.
///
/// By default it lives in the state (`DIR/pg/.template`). With [`TEMPLATE_CACHE_ENV`] set, it lives in that
/// directory instead, named by its content hash, and is shared by every emulator state on the machine: test
/// suites that start many emulators then pay for initdb once. Builds go to a unique directory renamed into
/// place, so concurrent processes never see a partial template.
async fn ensure_template(sys: &System, pg_dir: &Path) -> Result<PathBuf, PgError> {
    let marker = template_marker(sys)?;
    let mut unique = [0u8; 6];
    openssl::rand::rand_bytes(&mut unique)?;
    let unique: String = unique.iter().map(|b| format!("{b:02x}")).collect();
    let (base, template, building) = match std::env::var_os(TEMPLATE_CACHE_ENV) {
        Some(cache) => {
            let cache = PathBuf::from(cache);
            let template = cache.join(format!("pg-{}", &marker[..16]));
            let building = cache.join(format!(".building-{}-{unique}", std::process::id()));
            (cache, template, building)
        }
        None => (
            pg_dir.to_owned(),
            pg_dir.join(TEMPLATE_DIR),
            pg_dir.join(".template.building"),
        ),
    };
    if std::fs::read_to_string(template.join(TEMPLATE_MARKER)).is_ok_and(|m| m == marker) {
        return Ok(template);
    }
    std::fs::create_dir_all(&base).map_err(PgError::io("creating", &base))?;
    for stale in [&template, &building] {
        if stale.exists() {
            std::fs::remove_dir_all(stale)
                .map_err(PgError::io("removing the outdated template", stale))?;
        }
    }
    std::fs::create_dir(&building).map_err(PgError::io("creating", &building))?;
    std::fs::set_permissions(&building, std::fs::Permissions::from_mode(0o700))
        .map_err(PgError::io("setting permissions", &building))?;
    sys.give(&building)?;
    sys.make_reachable(&base)?;
    let built = build_template(sys, &base, &building, &unique, &marker).await;
    if let Err(e) = built {
        let _ = std::fs::remove_dir_all(&building);
        return Err(e);
    }
    move_into_place(&building, &template, TEMPLATE_MARKER, &marker).map_err(|source| {
        PgError::Io {
            what: "renaming the template",
            path: building,
            source,
        }
    })?;
    Ok(template)
}

/// Renames a finished build directory to `dest`. When that fails because another process won the race with an
/// identical build (`dest/{marker_file}` holds `marker`), theirs is used; either way `building` is gone.
pub(super) fn move_into_place(
    building: &Path,
    dest: &Path,
    marker_file: &str,
    marker: &str,
) -> std::io::Result<()> {
    if let Err(e) = std::fs::rename(building, dest) {
        let _ = std::fs::remove_dir_all(building);
        if !std::fs::read_to_string(dest.join(marker_file)).is_ok_and(|m| m == marker) {
            return Err(e);
        }
    }
    Ok(())
}

async fn build_template(
    sys: &System,
    base: &Path,
    building: &Path,
    unique: &str,
    marker: &str,
) -> Result<(), PgError> {
    let mut secret = [0u8; 24];
    openssl::rand::rand_bytes(&mut secret)?;
    let password: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    let pwfile = base.join(format!(".azuresu.pwfile-{unique}"));
    write_owned(sys, &pwfile, &password, 0o600)?;
    let mut initdb = sys.command("initdb");
    initdb
        .arg("-D")
        .arg(building)
        .arg("-U")
        .arg(SUPERUSER)
        .arg(format!("--pwfile={}", pwfile.display()))
        .arg("-A")
        .arg("scram-sha-256")
        .arg("-E")
        .arg("UTF8")
        .arg("--locale=C.UTF-8")
        // 1 MB WAL segments instead of 16: the WAL is most of what each server's copy of the template costs.
        .arg("--wal-segsize=1")
        .arg("-N");
    let result = run(initdb, "initdb").await;
    let _ = std::fs::remove_file(&pwfile);
    result?;
    write_owned(sys, &building.join(PASSWORD_FILE), &password, 0o600)?;

    let conf_path = building.join("postgresql.conf");
    let mut conf =
        std::fs::read_to_string(&conf_path).map_err(PgError::io("reading", &conf_path))?;
    conf.push_str(
        "\n# azconn-emulator: settings it controls.\ninclude_if_exists = 'emulator.conf'\n",
    );
    write_owned(sys, &conf_path, &conf, 0o600)?;
    write_owned(
        sys,
        &building.join("pg_hba.conf"),
        &super::hba::render(false, &[])?,
        0o600,
    )?;

    let cluster = Cluster {
        sys: sys.clone(),
        data_dir: building.to_owned(),
        password,
    };
    cluster.check_socket_path()?;
    let mut settings = Settings {
        port: 0,
        ssl: false,
        preload: Vec::new(),
        tenant_id: String::new(),
        hba_generation: 0,
        auth: None,
    };
    cluster.start(&mut settings).await?;
    let setup = async {
        let client = cluster.connect(settings.port, "postgres").await?;
        client
            .batch_execute(azure::SETUP_SQL)
            .await
            .map_err(|source| PgError::Sql {
                server: cluster.name(),
                source,
            })
    }
    .await;
    let stopped = cluster.stop().await;
    setup?;
    stopped?;
    let _ = std::fs::remove_file(building.join(LOG_FILE));
    std::fs::write(building.join(TEMPLATE_MARKER), marker)
        .map_err(PgError::io("writing", building.join(TEMPLATE_MARKER)))
}
