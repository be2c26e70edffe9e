//! One emulated Azure PostgreSQL server for the `pg` tests: azconn-emulator's `PgServer` (a real
//! PostgreSQL 15 set up like Flexible or Single Server) behind its SNI router, with the Entra admin
//! `alice@contoso.com` who logs in with the "oss-rdbms token" [`TOKEN`] (the only token its token check knows), TLS
//! from a private CA made with the emulator's CA code, and superuser `psql` for checking what the SQL did.

use std::path::{Path, PathBuf};

use azconn::pg::{ConnectSettings, PgConnector, RootCert, ServerLogin, SslMode};
use azconn_emulator::certs::CertificateAuthority;
use std::sync::Arc;

use azconn_emulator::pg::{
    EntraAdmin, FirewallRule, LoginResponder, PgRouter, PgServer, PgServerConfig, PrincipalType,
    ServerKind, TokenIdentity, TokenValidator,
};

/// The emulated server's ARM name.
pub const SERVER: &str = "srv";
/// The FQDN the server certificate names.
pub const HOST: &str = "srv.postgres.database.azure.com";
/// The Entra admin (the Flexible login; Single Server logins add `@srv`).
pub const ADMIN: &str = "alice@contoso.com";
/// The admin's object id.
pub const ADMIN_OID: &str = "00000000-0000-0000-0000-00000000a11c";
/// The admin's password: the "oss-rdbms token".
pub const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJvc3NyZGJtcyJ9.c2lnbmF0dXJl";

/// The token check of these servers: [`TOKEN`] is the admin's, nothing else is a token.
struct AdminToken;

impl TokenValidator for AdminToken {
    fn validate(&self, token: &str) -> Result<TokenIdentity, String> {
        (token == TOKEN)
            .then(|| TokenIdentity {
                object_id: ADMIN_OID.to_owned(),
                app_id: None,
            })
            .ok_or_else(|| "not the admin's token".to_owned())
    }
    fn is_member(&self, _group: &str, _member: &str) -> bool {
        false
    }
}

/// A running emulated server; dropping it stops the cluster, then deletes the state directory.
pub struct PgEnv {
    pub server: Arc<PgServer>,
    pub router: PgRouter,
    _logins: LoginResponder,
    pub kind: ServerKind,
    /// The CA that signed the server certificate.
    pub ca: PathBuf,
    /// A CA that signed nothing the server has.
    pub other_ca: PathBuf,
    // Last: removed after `server` has stopped its cluster.
    _dir: tempfile::TempDir,
}

/// The server's certificate for [`HOST`] and its key (PEM), signed by a new CA whose certificate is written to
/// `dir/ca.pem`; `dir/other-ca.pem` is a CA that signed nothing the server has. Made with the emulator's CA code.
fn make_certs(dir: &Path) -> (String, String) {
    let ca = CertificateAuthority::generate("azconn test CA").expect("CA");
    let other = CertificateAuthority::generate("azconn unrelated CA").expect("CA");
    for (file, authority) in [("ca.pem", &ca), ("other-ca.pem", &other)] {
        std::fs::write(dir.join(file), authority.cert_pem().expect("CA PEM")).expect("write CA");
    }
    let leaf = ca.issue(HOST, &[HOST], &[]).expect("server certificate");
    (leaf.cert_pem, leaf.key_pem)
}

fn loopback_rule() -> FirewallRule {
    FirewallRule {
        name: "svc_local".to_owned(),
        start_ip: "127.0.0.1".to_owned(),
        end_ip: "127.0.0.1".to_owned(),
    }
}

impl PgEnv {
    /// Starts a server of `kind` with database `demo` (owned by `azure_pg_admin`, table `t1`),
    /// 127.0.0.1 allowed by the firewall, and `alice@contoso.com` as Entra admin.
    pub async fn start(kind: ServerKind) -> PgEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cert_pem, key_pem) = make_certs(dir.path());
        let logins = LoginResponder::bind(Arc::new(AdminToken))
            .await
            .expect("bind the token check");
        let config = PgServerConfig {
            kind,
            server_name: SERVER.to_owned(),
            host_name: HOST.to_owned(),
            data_dir: dir.path().join("pg").join(SERVER),
            cert_pem,
            key_pem,
            ca_pem: std::fs::read_to_string(dir.path().join("ca.pem")).expect("read ca.pem"),
            tenant_id: "72f988bf-86f1-41af-91ab-2d7cd011db47".to_owned(),
            databases: vec!["demo".to_owned()],
            public_network_access: true,
            firewall_rules: vec![loopback_rule()],
            login_port: logins.port(),
        };
        let server = Arc::new(
            PgServer::start(config)
                .await
                .expect("start the emulated server"),
        );
        logins.register(&server);
        let admin = EntraAdmin {
            login: ADMIN.to_owned(),
            object_id: ADMIN_OID.to_owned(),
            principal_type: PrincipalType::User,
        };
        server
            .set_entra_admin(&admin)
            .await
            .expect("set the Entra admin");
        let router = PgRouter::bind(([127, 0, 0, 1], 0).into())
            .await
            .expect("bind the router");
        router.register(HOST, server.local_port());
        PgEnv {
            server,
            router,
            _logins: logins,
            kind,
            ca: dir.path().join("ca.pem"),
            other_ca: dir.path().join("other-ca.pem"),
            _dir: dir,
        }
    }

    /// Blocks 127.0.0.1 in the firewall (the server answers `no pg_hba.conf entry for host`) or
    /// allows it again.
    pub async fn set_blocked(&self, blocked: bool) {
        let rules = if blocked {
            vec![]
        } else {
            vec![loopback_rule()]
        };
        self.server
            .set_firewall(true, &rules)
            .await
            .expect("set the firewall");
    }

    /// Runs a psql script as the superuser over the unix socket; returns the unaligned
    /// tuples-only output.
    pub fn psql(&self, db: &str, script: &str) -> String {
        self.psql_vars(db, script, &[])
    }

    /// Like [`PgEnv::psql`] with psql variables (`:'name'` quotes them as literals, `:"name"` as
    /// identifiers: psql's own quoting, independent of azconn's).
    pub fn psql_vars(&self, db: &str, script: &str, vars: &[(&str, &str)]) -> String {
        let port = self.server.local_port().to_string();
        super::superuser_psql(self.server.data_dir(), &port, db, script, vars)
    }

    /// Settings that reach the server under its Azure host name through the router.
    pub fn settings(&self, ssl_mode: SslMode, root_cert: RootCert) -> ConnectSettings {
        ConnectSettings {
            hostaddr: Some([127, 0, 0, 1].into()),
            port: self.router.port(),
            ssl_mode,
            root_cert,
            ..ConnectSettings::default()
        }
    }

    /// A verify-full connector trusting the private CA.
    pub fn connector(&self) -> PgConnector {
        PgConnector::new(self.settings(SslMode::VerifyFull, RootCert::File(self.ca.clone())))
            .expect("connector")
    }

    /// The admin's login on this server kind (Single Server: `login@server`).
    pub fn login(&self) -> ServerLogin {
        let user = match self.kind {
            ServerKind::Flexible => ADMIN.to_owned(),
            ServerKind::Single => format!("{ADMIN}@{SERVER}"),
        };
        ServerLogin {
            host: HOST.to_owned(),
            user,
        }
    }
}
