//! A throwaway PostgreSQL cluster for the `pg` tests until azconn-emulator's clusters are on
//! main: initdb in a temp dir, TLS from a private CA made with the `openssl` CLI, the Flexible
//! Server roles of reference §9.3 and a stand-in `pgaadauth_create_principal_with_oid`.
//! Started per test, stopped and deleted on drop. Fails loudly when PostgreSQL is missing.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use azconn::pg::{ConnectSettings, PgConnector, RootCert, ServerLogin, SslMode};

/// The FQDN the server certificate names.
pub const HOST: &str = "srv.postgres.database.azure.com";
/// The Entra admin (Flexible login).
pub const ADMIN: &str = "alice@contoso.com";
/// The Single Server login of the same admin.
pub const SINGLE_ADMIN: &str = "alice@contoso.com@srv";
/// The admin's password: the "oss-rdbms token".
pub const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJvc3NyZGJtcyJ9.c2lnbmF0dXJl";

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A running cluster on 127.0.0.1.
pub struct Cluster {
    dir: PathBuf,
    pub port: u16,
    /// The CA that signed the server certificate.
    pub ca: PathBuf,
    /// A CA that signed nothing the server has.
    pub other_ca: PathBuf,
}

/// A PostgreSQL program: from PATH, else from the newest `/usr/lib/postgresql/*/bin`.
fn bin(name: &str) -> PathBuf {
    let in_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .any(|f| f.is_file())
        })
        .unwrap_or(false);
    if in_path {
        return PathBuf::from(name);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path().join("bin").join(name)))
                .filter(|f| f.is_file())
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions.pop().unwrap_or_else(|| PathBuf::from(name))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `program args…`, as the `postgres` user when running as root (initdb and postgres refuse root).
fn as_postgres(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn run(cmd: &mut Command, what: &str) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start: {e} (is PostgreSQL installed?)"));
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    l.local_addr().expect("local addr").port()
}

const SETUP_SQL: &str = r#"
CREATE ROLE azure_pg_admin NOLOGIN;
CREATE ROLE azure_ad_user NOLOGIN;
CREATE ROLE "alice@contoso.com" LOGIN CREATEROLE CREATEDB IN ROLE azure_pg_admin PASSWORD :'token';
CREATE ROLE "alice@contoso.com@srv" LOGIN CREATEROLE CREATEDB IN ROLE azure_pg_admin PASSWORD :'token';
CREATE DATABASE demo OWNER azure_pg_admin;
CREATE DATABASE nopublic OWNER azure_pg_admin;
CREATE TABLE public.pgaadauth_principals (rolname text PRIMARY KEY, objectid text, objecttype text, created_by text);
CREATE FUNCTION public.pgaadauth_create_principal_with_oid(rolename text, objectid text, objecttype text, isadmin boolean, ismfa boolean)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
BEGIN
  IF objecttype NOT IN ('user', 'group', 'service') THEN
    RAISE EXCEPTION 'invalid principal type %', objecttype;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rolename) THEN
    RAISE EXCEPTION 'role "%" already exists', rolename;
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN', rolename);
  INSERT INTO public.pgaadauth_principals VALUES (rolename, objectid, objecttype, session_user);
  RETURN format('Created role for "%s"', rolename);
END $f$;
\c demo
CREATE TABLE t1 (id serial PRIMARY KEY, v text);
ALTER TABLE t1 OWNER TO azure_pg_admin;
\c nopublic
DROP SCHEMA public;
"#;

impl Cluster {
    /// initdb, certificates, start, roles and databases.
    pub fn start() -> Cluster {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("azconn-it-pg-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create cluster dir");
        let port = free_port();
        let cluster = Cluster {
            ca: dir.join("ca.pem"),
            other_ca: dir.join("other-ca.pem"),
            dir,
            port,
        };
        cluster.make_certs();
        if is_root() {
            run(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(&cluster.dir),
                "chown",
            );
        }
        let data = cluster.dir.join("data");
        run(
            as_postgres(&bin("initdb")).arg("-D").arg(&data).args([
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ]),
            "initdb",
        );
        let conf = format!(
            "listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{dir}'\nssl = on\n\
             ssl_cert_file = '{dir}/server.crt'\nssl_key_file = '{dir}/server.key'\n\
             password_encryption = 'scram-sha-256'\nfsync = off\nshared_buffers = 16MB\nmax_connections = 40\n",
            dir = cluster.dir.display()
        );
        append(&data.join("postgresql.conf"), &conf);
        cluster.write_hba(false);
        run(
            as_postgres(&bin("pg_ctl"))
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(cluster.dir.join("log"))
                .args(["-w", "-t", "60", "start"]),
            "pg_ctl start",
        );
        cluster.psql_script("postgres", SETUP_SQL);
        cluster
    }

    fn make_certs(&self) {
        let d = &self.dir;
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        for (name, cn) in [
            ("ca", "azconn test CA"),
            ("other-ca", "azconn unrelated CA"),
        ] {
            run(
                Command::new("openssl")
                    .current_dir(d)
                    .args(["req", "-x509"])
                    .args(ec)
                    .args([
                        "-keyout",
                        &format!("{name}.key"),
                        "-out",
                        &format!("{name}.pem"),
                        "-days",
                        "2",
                    ])
                    .args(["-subj", &format!("/CN={cn}")])
                    .args(["-addext", "basicConstraints=critical,CA:TRUE"])
                    .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]),
                "openssl CA",
            );
        }
        run(
            Command::new("openssl")
                .current_dir(d)
                .arg("req")
                .args(ec)
                .args([
                    "-keyout",
                    "server.key",
                    "-out",
                    "server.csr",
                    "-subj",
                    &format!("/CN={HOST}"),
                ]),
            "openssl server key",
        );
        std::fs::write(
            d.join("server.ext"),
            format!(
                "subjectAltName=DNS:{HOST}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n\
                 extendedKeyUsage=serverAuth\n"
            ),
        )
        .expect("write server.ext");
        run(
            Command::new("openssl").current_dir(d).args([
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "server.crt",
                "-days",
                "2",
                "-extfile",
                "server.ext",
            ]),
            "openssl sign",
        );
        run(
            Command::new("chmod").arg("600").arg(d.join("server.key")),
            "chmod key",
        );
    }

    /// pg_hba: TLS + SCRAM from 127.0.0.1, or (blocked) nothing from the network, which makes the
    /// server answer `no pg_hba.conf entry for host "127.0.0.1"` like Azure's firewall.
    fn write_hba(&self, blocked: bool) {
        let mut hba = String::from("local all all trust\n");
        if !blocked {
            hba.push_str("hostssl all all 127.0.0.1/32 scram-sha-256\n");
        }
        std::fs::write(self.dir.join("data/pg_hba.conf"), hba).expect("write pg_hba.conf");
    }

    /// Blocks or allows 127.0.0.1 and reloads the server.
    pub fn set_blocked(&self, blocked: bool) {
        self.write_hba(blocked);
        self.psql("postgres", "SELECT pg_reload_conf()");
    }

    /// Runs a psql script as the superuser; `:'token'` and `:'name'` are psql variables.
    pub fn psql_script(&self, db: &str, script: &str) -> String {
        self.psql_vars(db, script, &[])
    }

    /// Runs `sql` as the superuser over the socket; returns psql's unaligned tuples-only output.
    pub fn psql(&self, db: &str, sql: &str) -> String {
        self.psql_vars(db, sql, &[])
    }

    /// Like [`Cluster::psql`] with psql variables (`:'name'` quotes them as literals, `:"name"` as
    /// identifiers: psql's own quoting, independent of azconn's).
    pub fn psql_vars(&self, db: &str, script: &str, vars: &[(&str, &str)]) -> String {
        use std::io::Write;
        let mut cmd = Command::new(bin("psql"));
        cmd.args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-v"])
            .arg(format!("token={TOKEN}"))
            .arg("-h")
            .arg(&self.dir)
            .args(["-p", &self.port.to_string(), "-U", "postgres", "-d", db]);
        for (k, v) in vars {
            cmd.arg("-v").arg(format!("{k}={v}"));
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start psql");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(script.as_bytes())
            .expect("write psql script");
        let out = child.wait_with_output().expect("psql");
        assert!(
            out.status.success(),
            "psql failed: {}\n{script}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
    }

    /// Settings that reach this cluster under the Azure host name.
    pub fn settings(&self, ssl_mode: SslMode, root_cert: RootCert) -> ConnectSettings {
        ConnectSettings {
            hostaddr: Some("127.0.0.1".parse().expect("ip")),
            port: self.port,
            ssl_mode,
            root_cert,
            ..ConnectSettings::default()
        }
    }

    /// A verify-full connector trusting this cluster's CA.
    pub fn connector(&self) -> PgConnector {
        PgConnector::new(self.settings(SslMode::VerifyFull, RootCert::File(self.ca.clone())))
            .expect("connector")
    }

    /// The Flexible admin login.
    pub fn flexible_login() -> ServerLogin {
        ServerLogin {
            host: HOST.to_owned(),
            user: ADMIN.to_owned(),
        }
    }

    /// The Single Server admin login.
    pub fn single_login() -> ServerLogin {
        ServerLogin {
            host: HOST.to_owned(),
            user: SINGLE_ADMIN.to_owned(),
        }
    }
}

fn append(path: &Path, text: &str) {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .expect("open postgresql.conf");
    f.write_all(text.as_bytes())
        .expect("append postgresql.conf");
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = as_postgres(&bin("pg_ctl"))
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
