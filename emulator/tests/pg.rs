//! The emulator's PostgreSQL side against a real PostgreSQL 15: clusters, TLS through the SNI router, Entra
//! logins judged by the token check (any token of the role's identity, group members, Single Server's
//! `user@server` and object-id roles), pgaadauth functions, firewall enforcement, restarts, and the statement and
//! connect faults.
//!
//! Each test has its own state directory and cluster; `Env` stops the cluster when dropped, also on failure. The
//! tokens are judged by `Directory`, a stand-in for the emulator's issuer: the tokens it issued and not revoked.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use azconn_emulator::certs::CertificateAuthority;
use azconn_emulator::pg::{
    ConnectAction, ConnectFault, EntraAdmin, FirewallRule, LoginResponder, PgRouter, PgServer,
    PgServerConfig, PrincipalType, ServerKind, StatementAction, StatementFault, TEMPLATE_CACHE_ENV,
    TokenIdentity, TokenValidator,
};
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::config::SslMode;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Config};

const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ALICE: &str = "alice@contoso.com";
const ALICE_OID: &str = "00000000-0000-0000-0000-00000000a11c";

/// A cluster, the router in front of it, its token check, and the temp state dir (dropped last).
struct Env {
    server: Arc<PgServer>,
    router: PgRouter,
    directory: Arc<Directory>,
    logins: LoginResponder,
    host: String,
    ca_pem: String,
    config: PgServerConfig,
    dir: tempfile::TempDir,
}

/// (CA PEM, server certificate PEM for `host`, server key PEM), issued by a new CA of the emulator's.
fn certificates(host: &str) -> (String, String, String) {
    let ca = CertificateAuthority::generate("azconn-emulator test CA").expect("CA");
    let leaf = ca.issue(host, &[host], &[]).expect("server certificate");
    (ca.cert_pem().expect("CA PEM"), leaf.cert_pem, leaf.key_pem)
}

fn loopback_rule() -> FirewallRule {
    FirewallRule {
        name: "svc_local".to_owned(),
        start_ip: "127.0.0.1".to_owned(),
        end_ip: "127.0.0.1".to_owned(),
    }
}

/// The tokens the tests issued (token → object id) and the groups (group → members).
#[derive(Default)]
struct Directory {
    tokens: Mutex<HashMap<String, String>>,
    groups: Mutex<Vec<(String, String)>>,
}

impl Directory {
    /// A token-sized token (real oss-rdbms access tokens are JWTs of 1–2 KB) for `oid`.
    fn issue(&self, seed: &str, oid: &str) -> String {
        let body = seed.repeat(1 + 1400 / seed.len().max(1));
        let token = format!("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.{body}.c2ln");
        self.tokens
            .lock()
            .unwrap()
            .insert(token.clone(), oid.to_owned());
        token
    }

    /// The token no longer validates (as when it expired).
    fn expire(&self, token: &str) {
        self.tokens.lock().unwrap().remove(token);
    }

    fn add_member(&self, group: &str, member: &str) {
        self.groups
            .lock()
            .unwrap()
            .push((group.to_owned(), member.to_owned()));
    }
}

impl TokenValidator for Directory {
    fn validate(&self, token: &str) -> Result<TokenIdentity, String> {
        let oid = self.tokens.lock().unwrap().get(token).cloned();
        oid.map(|object_id| TokenIdentity {
            object_id,
            app_id: None,
        })
        .ok_or_else(|| "unknown or expired token".to_owned())
    }
    fn is_member(&self, group: &str, member: &str) -> bool {
        self.groups
            .lock()
            .unwrap()
            .iter()
            .any(|(g, m)| g == group && m == member)
    }
}

fn config(
    dir: &std::path::Path,
    kind: ServerKind,
    server: &str,
    rules: Vec<FirewallRule>,
    login_port: u16,
) -> PgServerConfig {
    let host = format!("{server}.postgres.database.azure.com");
    let (ca_pem, cert_pem, key_pem) = certificates(&host);
    PgServerConfig {
        kind,
        server_name: server.to_owned(),
        host_name: host,
        data_dir: dir.join("pg").join(server),
        cert_pem,
        key_pem,
        ca_pem,
        tenant_id: TENANT.to_owned(),
        databases: vec!["demo".to_owned()],
        public_network_access: true,
        firewall_rules: rules,
        login_port,
    }
}

async fn env(kind: ServerKind, rules: Vec<FirewallRule>) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let directory = Arc::new(Directory::default());
    let logins = LoginResponder::bind(directory.clone()).await.unwrap();
    let config = config(dir.path(), kind, "srv", rules, logins.port());
    let server = Arc::new(PgServer::start(config.clone()).await.unwrap());
    logins.register(&server);
    let router = PgRouter::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    router.register(&config.host_name, server.local_port());
    Env {
        server,
        router,
        directory,
        logins,
        host: config.host_name.clone(),
        ca_pem: config.ca_pem.clone(),
        config,
        dir,
    }
}

fn admin() -> EntraAdmin {
    EntraAdmin {
        login: ALICE.to_owned(),
        object_id: ALICE_OID.to_owned(),
        principal_type: PrincipalType::User,
    }
}

impl Env {
    /// A token for `oid` that the server's token check accepts.
    fn token(&self, seed: &str, oid: &str) -> String {
        self.directory.issue(seed, oid)
    }

    /// Connects through the router with TLS verification of the certificate chain and of the Azure host name.
    async fn connect(
        &self,
        user: &str,
        password: &str,
        db: &str,
    ) -> Result<Client, tokio_postgres::Error> {
        self.connect_to(&self.host, SslMode::Require, user, password, db)
            .await
    }

    async fn connect_to(
        &self,
        host: &str,
        ssl: SslMode,
        user: &str,
        password: &str,
        db: &str,
    ) -> Result<Client, tokio_postgres::Error> {
        connect_via(
            self.router.port(),
            &self.ca_pem,
            host,
            ssl,
            user,
            password,
            db,
        )
        .await
    }
}

/// Connects to `host` at the router, verifying the chain against `ca_pem` and the host name.
async fn connect_via(
    port: u16,
    ca_pem: &str,
    host: &str,
    ssl: SslMode,
    user: &str,
    password: &str,
    db: &str,
) -> Result<Client, tokio_postgres::Error> {
    let mut builder = native_tls::TlsConnector::builder();
    builder
        .add_root_certificate(native_tls::Certificate::from_pem(ca_pem.as_bytes()).unwrap())
        .disable_built_in_roots(true);
    let tls = MakeTlsConnector::new(builder.build().unwrap());
    let mut config = Config::new();
    config
        .host(host)
        .hostaddr(IpAddr::V4(Ipv4Addr::LOCALHOST))
        .port(port)
        .user(user)
        .password(password)
        .dbname(db)
        .ssl_mode(ssl)
        .connect_timeout(Duration::from_secs(10));
    let (client, connection) = config.connect(tls).await?;
    tokio::spawn(connection);
    Ok(client)
}

fn db_error(err: &tokio_postgres::Error) -> (String, String) {
    let db = err
        .as_db_error()
        .unwrap_or_else(|| panic!("not a server error: {err:?}"));
    (db.code().code().to_owned(), db.message().to_owned())
}

#[tokio::test]
async fn admin_logs_in_with_its_token_over_verified_tls_and_a_wrong_token_fails() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();

    let client = env.connect(ALICE, &alice, "postgres").await.unwrap();
    let row = client
        .query_one(
            "SELECT current_user::text, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), ALICE);
    assert!(
        row.get::<_, bool>(1),
        "the session must be encrypted end to end"
    );
    let attrs = client
        .query_one(
            "SELECT rolcreaterole, rolcreatedb, rolsuper, pg_has_role(current_user, 'azure_pg_admin', 'MEMBER') \
             FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(
        (attrs.get(0), attrs.get(1), attrs.get(2), attrs.get(3)),
        (true, true, false, true)
    );

    let refused = (
        "28P01".to_owned(),
        format!("password authentication failed for user \"{ALICE}\""),
    );
    let mallory = env.token("mallory", "00000000-0000-0000-0000-0000000ba11e");
    let err = env.connect(ALICE, &mallory, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), refused, "another identity's token");
    let err = env.connect(ALICE, ALICE_OID, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), refused, "not a token");

    // Any valid token of the identity opens the role (a rotation does not lock out a cached token), and an
    // expired one does not.
    let rotated = env.token("alice-rotated", ALICE_OID);
    env.connect(ALICE, &rotated, "postgres").await.unwrap();
    env.connect(ALICE, &alice, "postgres").await.unwrap();
    env.directory.expire(&alice);
    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), refused, "expired token");

    // The token never appears in the statement log; the log records the connections.
    let log = std::fs::read_to_string(env.server.log_path()).unwrap();
    assert!(
        !log.contains(&alice),
        "the token leaked into the server log"
    );
    assert!(
        log.contains("connection authorized: user=alice@contoso.com database=postgres"),
        "{log}"
    );
}

#[tokio::test]
async fn pgaadauth_functions_behave_like_flexible_server() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let client = env.connect(ALICE, &alice, "postgres").await.unwrap();

    let bob_oid = "00000000-0000-0000-0000-0000000000b0";
    let created: String = client
        .query_one("select * from pgaadauth_create_principal_with_oid('aad_conn1', $1, 'user', false, false)", &[&bob_oid])
        .await
        .unwrap()
        .get(0);
    assert_eq!(created, "Created role for \"aad_conn1\"");

    let dup = client
        .query_one("select * from pgaadauth_create_principal_with_oid('aad_conn1', $1, 'user', false, false)", &[&bob_oid])
        .await
        .unwrap_err();
    assert_eq!(
        db_error(&dup),
        (
            SqlState::DUPLICATE_OBJECT.code().to_owned(),
            "role \"aad_conn1\" already exists".to_owned()
        )
    );

    let bad = client
        .query_one(
            "select pgaadauth_create_principal_with_oid('x', $1, 'robot', false, false)",
            &[&bob_oid],
        )
        .await
        .unwrap_err();
    assert_eq!(
        db_error(&bad),
        (
            "22023".to_owned(),
            "objectType \"robot\" is not valid: expected user, group or service".to_owned()
        )
    );

    let unknown = client
        .query_one(
            "select pgaadauth_create_principal('nobody@contoso.com', false, false)",
            &[],
        )
        .await;
    assert_eq!(db_error(&unknown.unwrap_err()).0, "42704");

    let rows = client
        .query("select rolename::text, principaltype, objectid, tenantid, ismfa, isadmin from pgaadauth_list_principals(false)", &[])
        .await
        .unwrap();
    let listed: Vec<(String, String, String, String, i32, i32)> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "aad_conn1".to_owned(),
                "user".to_owned(),
                bob_oid.to_owned(),
                TENANT.to_owned(),
                0,
                0
            ),
            (
                ALICE.to_owned(),
                "user".to_owned(),
                ALICE_OID.to_owned(),
                TENANT.to_owned(),
                0,
                1
            ),
        ]
    );
    let admins: Vec<String> = client
        .query(
            "select rolename::text from pgaadauth_list_principals(true)",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(admins, [ALICE]);

    // The grants az runs on the target database work for the admin (the database belongs to azure_pg_admin).
    let demo = env.connect(ALICE, &alice, "demo").await.unwrap();
    demo.batch_execute(
        "GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_conn1\";
         GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_conn1\";
         GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_conn1\";
         GRANT CREATE ON SCHEMA public TO \"aad_conn1\";",
    )
    .await
    .unwrap();
    let acl: String = demo
        .query_one(
            "select relacl::text from pg_class where relname = 't1'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(acl.contains("aad_conn1=arwdDxt/azure_pg_admin"), "{acl}");

    // The role accepts any valid token of the object id it was created for.
    let bob = env.token("bob", bob_oid);
    let as_bob = env.connect("aad_conn1", &bob, "demo").await.unwrap();
    let n: i64 = as_bob
        .query_one("select count(*) from public.t1", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 0);
    // A non-admin may not call the functions.
    let denied = as_bob.query_one("select 1", &[]).await.map(drop);
    assert!(denied.is_ok());
    let postgres_bob = env.connect("aad_conn1", &bob, "postgres").await.unwrap();
    let denied = postgres_bob
        .query_one("select pgaadauth_list_principals(false)", &[])
        .await
        .unwrap_err();
    assert_eq!(db_error(&denied).0, SqlState::INSUFFICIENT_PRIVILEGE.code());

    // By name: the registered identity is found.
    let carol_oid = "00000000-0000-0000-0000-0000000000c0";
    let carol = env.token("carol", carol_oid);
    env.server
        .register_identity(carol_oid, "carol-app", PrincipalType::ServicePrincipal)
        .await
        .unwrap();
    let created: String = client
        .query_one(
            "select pgaadauth_create_principal('carol-app', false, false)",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(created, "Created role for \"carol-app\"");
    env.connect("carol-app", &carol, "postgres").await.unwrap();

    // A group's role: its members log in under the group's name with their own tokens, others do not.
    let group_oid = "00000000-0000-0000-0000-00000000900d";
    client
        .query_one(
            "select pgaadauth_create_principal_with_oid('devs', $1, 'group', false, false)",
            &[&group_oid],
        )
        .await
        .unwrap();
    env.directory.add_member(group_oid, bob_oid);
    let member: String = env
        .connect("devs", &bob, "postgres")
        .await
        .unwrap()
        .query_one("select current_user::text", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(member, "devs");
    let err = env.connect("devs", &carol, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err).0, "28P01", "not a member");
}

#[tokio::test]
async fn firewall_rules_are_enforced_by_pg_hba_and_applied_on_reload() {
    let env = env(ServerKind::Flexible, vec![]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let rejected = (
        "28000".to_owned(),
        format!(
            "no pg_hba.conf entry for host \"127.0.0.1\", user \"{ALICE}\", database \"postgres\", SSL encryption"
        ),
    );

    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), rejected);

    env.server
        .set_firewall(true, &[loopback_rule()])
        .await
        .unwrap();
    env.connect(ALICE, &alice, "postgres").await.unwrap();

    env.server
        .set_firewall(false, &[loopback_rule()])
        .await
        .unwrap();
    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), rejected);

    let wide = FirewallRule {
        name: "all".to_owned(),
        start_ip: "0.0.0.0".to_owned(),
        end_ip: "255.255.255.255".to_owned(),
    };
    env.server.set_firewall(true, &[wide]).await.unwrap();
    env.connect(ALICE, &alice, "postgres").await.unwrap();

    let other = FirewallRule {
        name: "other".to_owned(),
        start_ip: "10.0.0.1".to_owned(),
        end_ip: "10.0.0.9".to_owned(),
    };
    env.server.set_firewall(true, &[other]).await.unwrap();
    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err), rejected);
}

#[tokio::test]
async fn single_server_accepts_user_at_server_and_aad_validate_oids_in_tenant() {
    let env = env(ServerKind::Single, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();

    let login = format!("{ALICE}@srv");
    let client = env.connect(&login, &alice, "demo").await.unwrap();
    client
        .batch_execute("SET aad_validate_oids_in_tenant = off;")
        .await
        .unwrap();
    let value: String = client
        .query_one("SHOW aad_validate_oids_in_tenant", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(value, "off");

    let user_oid = "00000000-0000-0000-0000-0000000000d0";
    client
        .batch_execute(&format!(
            "CREATE ROLE \"aad_conn2\" WITH LOGIN PASSWORD '{user_oid}' IN ROLE azure_ad_user;"
        ))
        .await
        .unwrap();
    client
        .batch_execute(
            "GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_conn2\";
             GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_conn2\";
             GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO \"aad_conn2\";",
        )
        .await
        .unwrap();
    let member: bool = client
        .query_one(
            "select pg_has_role('aad_conn2', 'azure_ad_user', 'MEMBER')",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(member);

    // The same role again fails as PostgreSQL does, which az only reports as a warning.
    let dup = client
        .batch_execute(&format!(
            "CREATE ROLE \"aad_conn2\" WITH LOGIN PASSWORD '{user_oid}' IN ROLE azure_ad_user;"
        ))
        .await
        .unwrap_err();
    assert_eq!(
        db_error(&dup),
        (
            "42710".to_owned(),
            "role \"aad_conn2\" already exists".to_owned()
        )
    );

    // The role logs in as Azure's do: `role@server` with a token of the object id it was created with; not with
    // the object id itself, nor with another identity's token.
    let user = env.token("dave", user_oid);
    let as_user = env.connect("aad_conn2@srv", &user, "demo").await.unwrap();
    let who: String = as_user
        .query_one("select current_user::text", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(who, "aad_conn2");
    env.connect("aad_conn2", &user, "demo").await.unwrap();
    for (password, why) in [
        (user_oid.to_owned(), "the object id"),
        (alice.clone(), "alice's token"),
    ] {
        let err = env
            .connect("aad_conn2@srv", &password, "demo")
            .await
            .unwrap_err();
        assert_eq!(
            db_error(&err),
            (
                "28P01".to_owned(),
                "password authentication failed for user \"aad_conn2\"".to_owned()
            ),
            "{why}"
        );
    }

    // Single Server has no pgaadauth functions.
    let postgres = env.connect(&login, &alice, "postgres").await.unwrap();
    let missing = postgres
        .query_one("select pgaadauth_list_principals(false)", &[])
        .await
        .unwrap_err();
    assert_eq!(db_error(&missing).0, SqlState::UNDEFINED_FUNCTION.code());
    // The plain login works too (what the Flexible-style DSN would use).
    env.connect(ALICE, &alice, "demo").await.unwrap();
}

#[tokio::test]
async fn a_restart_on_the_existing_data_dir_keeps_roles_and_databases() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    env.server.add_database("second").await.unwrap();
    env.server.add_database("second").await.unwrap();
    env.server.stop().await.unwrap();
    assert!(
        env.server.set_firewall(true, &[]).await.is_err(),
        "a stopped server refuses changes"
    );

    let restarted = Arc::new(PgServer::start(env.config.clone()).await.unwrap());
    env.logins.register(&restarted);
    env.router.register(&env.host, restarted.local_port());
    let client = env.connect(ALICE, &alice, "second").await.unwrap();
    let tables: i64 = client
        .query_one("select count(*) from pg_tables where tablename = 't1'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 1);
    restarted.remove_entra_admin(ALICE).await.unwrap();
    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert_eq!(db_error(&err).0, "28P01");
    restarted.stop().await.unwrap();
}

#[tokio::test]
async fn the_router_refuses_unknown_names_and_plain_connections_and_serves_libpq() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();

    // Unknown SNI: the router closes the connection, so there is no server error.
    let err = env
        .connect_to(
            "nope.postgres.database.azure.com",
            SslMode::Require,
            ALICE,
            &alice,
            "postgres",
        )
        .await
        .unwrap_err();
    assert!(err.as_db_error().is_none(), "{err:?}");

    // No TLS at all: PostgreSQL's own hostssl-only refusal.
    let err = env
        .connect_to(&env.host, SslMode::Disable, ALICE, &alice, "demo")
        .await
        .unwrap_err();
    assert_eq!(
        db_error(&err),
        (
            "28000".to_owned(),
            format!(
                "no pg_hba.conf entry for host \"127.0.0.1\", user \"{ALICE}\", database \"demo\", no encryption"
            )
        )
    );

    // libpq (psql) with verify-full, reaching the Azure host name through PGHOSTADDR like azconn's users do.
    let ca = env.dir.path().join("ca.pem");
    std::fs::write(&ca, &env.ca_pem).unwrap();
    let out = tokio::process::Command::new("psql")
        .args([
            "-X",
            "-A",
            "-t",
            "-c",
            "select current_user || ' ' || ssl from pg_stat_ssl where pid = pg_backend_pid()",
        ])
        .env("PGHOST", &env.host)
        .env("PGHOSTADDR", "127.0.0.1")
        .env("PGPORT", env.router.port().to_string())
        .env("PGSSLMODE", "verify-full")
        .env("PGSSLROOTCERT", &ca)
        .env("PGUSER", ALICE)
        .env("PGPASSWORD", &alice)
        .env("PGDATABASE", "demo")
        .env("PGCONNECT_TIMEOUT", "10")
        .output()
        .await
        .expect("psql (postgresql-client) must be installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{ALICE} true")
    );

    env.router.unregister(&env.host);
    assert!(env.connect(ALICE, &alice, "postgres").await.is_err());
}

#[tokio::test]
async fn one_router_serves_two_servers_of_one_state_by_host_name() {
    let dir = tempfile::tempdir().unwrap();
    let directory = Arc::new(Directory::default());
    let logins = LoginResponder::bind(directory.clone()).await.unwrap();
    let flexible_config = config(
        dir.path(),
        ServerKind::Flexible,
        "flex1",
        vec![loopback_rule()],
        logins.port(),
    );
    let single_config = config(
        dir.path(),
        ServerKind::Single,
        "single1",
        vec![loopback_rule()],
        logins.port(),
    );
    // Started together: the state's template is built once and copied for both.
    let (flexible, single) = tokio::join!(
        PgServer::start(flexible_config.clone()),
        PgServer::start(single_config.clone())
    );
    let (flexible, single) = (Arc::new(flexible.unwrap()), Arc::new(single.unwrap()));
    logins.register(&flexible);
    logins.register(&single);
    let router = PgRouter::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    // Host names match case-insensitively, as DNS names do.
    router.register(
        &flexible_config.host_name.to_uppercase(),
        flexible.local_port(),
    );
    router.register(&single_config.host_name, single.local_port());
    let alice = directory.issue("alice", ALICE_OID);
    flexible.set_entra_admin(&admin()).await.unwrap();
    single.set_entra_admin(&admin()).await.unwrap();

    let cases = [
        (&flexible_config, ALICE.to_owned(), 3i64),
        (&single_config, format!("{ALICE}@single1"), 0),
    ];
    for (cfg, user, functions) in cases {
        let client = connect_via(
            router.port(),
            &cfg.ca_pem,
            &cfg.host_name,
            SslMode::Require,
            &user,
            &alice,
            "postgres",
        )
        .await
        .unwrap();
        let n: i64 = client
            .query_one(
                "select count(*) from pg_proc where proname like 'pgaadauth%'",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(n, functions, "{}", cfg.host_name);
    }
    // Without a shared template cache, the template lives in the state, once.
    if std::env::var_os(TEMPLATE_CACHE_ENV).is_none() {
        let templates: Vec<_> = std::fs::read_dir(dir.path().join("pg"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".template"))
            .collect();
        assert_eq!(templates, [".template"]);
    }
    flexible.stop().await.unwrap();
    single.stop().await.unwrap();
}

/// The emulator's own superuser over the cluster's unix socket (never hit by statement faults).
async fn superuser(env: &Env, db: &str) -> Client {
    let password = std::fs::read_to_string(env.server.data_dir().join("azuresu.password")).unwrap();
    let mut config = Config::new();
    config
        .host_path(env.server.data_dir())
        .port(env.server.local_port())
        .user("azuresu")
        .password(password.trim())
        .dbname(db);
    let (client, connection) = config.connect(tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

fn terminate(matches: &str, nth: u64, times: u64) -> StatementFault {
    StatementFault {
        matches: matches.to_owned(),
        action: StatementAction::Terminate,
        nth,
        times,
    }
}

/// The database ACL of `demo`, as the superuser sees it.
async fn demo_acl(su: &Client) -> String {
    su.query_one(
        "SELECT coalesce(datacl::text, '-') FROM pg_database WHERE datname = 'demo'",
        &[],
    )
    .await
    .unwrap()
    .get(0)
}

#[tokio::test]
async fn statement_faults_terminate_exactly_the_nth_matching_statement_across_sessions() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let su = superuser(&env, "demo").await;
    su.batch_execute("CREATE ROLE aad_f1 LOGIN").await.unwrap();
    let grant = "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO aad_f1";
    let index = env
        .server
        .add_statement_fault(terminate("grant all privileges on all tables", 2, 1))
        .unwrap();

    // First matching statement: not hit.
    let c1 = env.connect(ALICE, &alice, "demo").await.unwrap();
    c1.batch_execute(&format!("BEGIN; {grant}; COMMIT"))
        .await
        .unwrap();
    su.batch_execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM aad_f1")
        .await
        .unwrap();
    // The superuser's statements are never counted.
    su.batch_execute(grant).await.unwrap();
    assert_eq!(env.server.statement_fault_seen(index), 1);

    // Second, in a new session and inside a transaction: the backend is terminated like pg_terminate_backend
    // does, the socket closes and the transaction (with its earlier GRANT) rolls back.
    let before = demo_acl(&su).await;
    let c2 = env.connect(ALICE, &alice, "demo").await.unwrap();
    c2.batch_execute("BEGIN").await.unwrap();
    c2.batch_execute("GRANT ALL PRIVILEGES ON DATABASE demo TO aad_f1")
        .await
        .unwrap();
    let err = c2.batch_execute(grant).await.unwrap_err();
    assert_eq!(
        db_error(&err),
        (
            "57P01".to_owned(),
            "terminating connection due to administrator command".to_owned()
        )
    );
    assert_eq!(
        err.as_db_error().map(|d| d.severity().to_owned()),
        Some("FATAL".to_owned())
    );
    let next = c2.batch_execute("SELECT 1").await.unwrap_err();
    assert!(next.is_closed(), "{next:?}");
    assert!(c2.is_closed());
    assert_eq!(demo_acl(&su).await, before, "the transaction rolled back");

    // Third (a reconnect): times = 1, so it runs. A statement that runs the GRANT from inside a function is not
    // top-level and is not counted.
    let c3 = env.connect(ALICE, &alice, "demo").await.unwrap();
    c3.batch_execute(grant).await.unwrap();
    su.batch_execute(
        "CREATE FUNCTION public.nested_grant() RETURNS void LANGUAGE plpgsql AS \
         $$BEGIN EXECUTE 'GRANT ALL PRIVILEGES ' || 'ON ALL TABLES IN SCHEMA public TO aad_f1'; END$$",
    )
    .await
    .unwrap();
    c3.batch_execute("SELECT public.nested_grant()")
        .await
        .unwrap();
    assert_eq!(env.server.statement_fault_seen(index), 3);

    // Cleared: nothing is hit or counted any more.
    env.server.clear_statement_faults().unwrap();
    env.server
        .add_statement_fault(terminate("never matches this", 1, 1))
        .unwrap();
    c3.batch_execute(grant).await.unwrap();
    env.server.clear_statement_faults().unwrap();
    assert!(!c3.is_closed());
}

/// A `stall` statement fault holds the matching statement in the server (visible in pg_stat_activity as an
/// extension wait) and then lets it run normally; a bad duration is refused.
#[tokio::test]
async fn statement_faults_stall_a_statement_then_run_it() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let su = superuser(&env, "demo").await;
    su.batch_execute("CREATE ROLE aad_stalled LOGIN")
        .await
        .unwrap();
    let index = env
        .server
        .add_statement_fault(StatementFault {
            matches: "grant all privileges on all tables".to_owned(),
            action: StatementAction::Stall { ms: 1500 },
            nth: 1,
            times: 1,
        })
        .unwrap();
    let client = env.connect(ALICE, &alice, "demo").await.unwrap();
    let grant = tokio::spawn(async move {
        client
            .batch_execute("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO aad_stalled")
            .await
    });
    // Bounded: the statement shows up waiting in the module's wait while it is held.
    let mut waiting = false;
    for _ in 0..100 {
        let rows = su
            .query(
                "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Extension' \
                 AND query LIKE 'GRANT ALL PRIVILEGES%'",
                &[],
            )
            .await
            .unwrap();
        if !rows.is_empty() {
            waiting = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(waiting, "the stalled statement was never seen waiting");
    grant
        .await
        .unwrap()
        .expect("the stalled statement runs afterwards");
    assert_eq!(env.server.statement_fault_seen(index), 1);
    let granted: bool = su
        .query_one(
            "SELECT has_table_privilege('aad_stalled', 't1', 'SELECT')",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(granted);
    env.server.clear_statement_faults().unwrap();
    let err = env
        .server
        .add_statement_fault(StatementFault {
            matches: "x".to_owned(),
            action: StatementAction::Stall { ms: 0 },
            nth: 1,
            times: 1,
        })
        .unwrap_err();
    assert!(err.to_string().contains("stall ms 0"), "{err}");
}

#[tokio::test]
async fn statement_faults_fail_statements_with_an_sqlstate_on_single_server_too() {
    let env = env(ServerKind::Single, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let login = format!("{ALICE}@srv");
    let first = env
        .server
        .add_statement_fault(StatementFault {
            matches: "CREATE ROLE".to_owned(),
            action: StatementAction::Error {
                sqlstate: "42501".to_owned(),
                message: "permission denied to create role".to_owned(),
            },
            nth: 1,
            times: 2,
        })
        .unwrap();
    // A second fault on the same statements counts them too; the first that hits wins.
    let second = env
        .server
        .add_statement_fault(terminate("create role", 1, 1))
        .unwrap();
    let client = env.connect(&login, &alice, "demo").await.unwrap();
    // The Single Server setting still works next to the fault module.
    client
        .batch_execute("SET aad_validate_oids_in_tenant = off")
        .await
        .unwrap();
    for _ in 0..2 {
        let err = client
            .batch_execute("CREATE ROLE aad_s1 LOGIN IN ROLE azure_ad_user")
            .await
            .unwrap_err();
        assert_eq!(
            db_error(&err),
            (
                "42501".to_owned(),
                "permission denied to create role".to_owned()
            )
        );
    }
    client
        .batch_execute("CREATE ROLE aad_s1 LOGIN IN ROLE azure_ad_user")
        .await
        .unwrap();
    assert_eq!(env.server.statement_fault_seen(first), 3);
    assert_eq!(env.server.statement_fault_seen(second), 3);
    // The extended protocol is covered as well (the statement starts at Bind/Execute).
    env.server
        .add_statement_fault(StatementFault {
            matches: "marker_fault".to_owned(),
            action: StatementAction::Error {
                sqlstate: "XX000".to_owned(),
                message: "boom".to_owned(),
            },
            nth: 1,
            times: 1,
        })
        .unwrap();
    let err = client
        .query("SELECT $1::text AS marker_fault", &[&"x"])
        .await
        .unwrap_err();
    assert_eq!(db_error(&err), ("XX000".to_owned(), "boom".to_owned()));
    assert!(!client.is_closed());
    // Bad faults are refused with the reason.
    for (fault, reason) in [
        (terminate("", 1, 1), "match may not be empty"),
        (terminate("a\tb", 1, 1), "match may not contain tabs"),
        (terminate("x", 0, 1), "nth and times must be at least 1"),
        (
            StatementFault {
                matches: "x".to_owned(),
                action: StatementAction::Error {
                    sqlstate: "4250".to_owned(),
                    message: String::new(),
                },
                nth: 1,
                times: 1,
            },
            "sqlstate `4250` is not 5 characters",
        ),
    ] {
        let err = env.server.add_statement_fault(fault).unwrap_err();
        assert!(err.to_string().contains(reason), "{err}");
    }
}

#[tokio::test]
async fn connect_faults_reset_or_stall_the_chosen_connections() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    // A fault for another server's name never hits this one.
    let other = env
        .router
        .add_connect_fault(ConnectFault {
            host: Some("other.postgres.database.azure.com".to_owned()),
            action: ConnectAction::Reset,
            nth: 1,
            times: 100,
        })
        .unwrap();
    let reset = env
        .router
        .add_connect_fault(ConnectFault {
            host: None,
            action: ConnectAction::Reset,
            nth: 2,
            times: 1,
        })
        .unwrap();
    env.connect(ALICE, &alice, "postgres").await.unwrap();
    let err = env.connect(ALICE, &alice, "postgres").await.unwrap_err();
    assert!(err.as_db_error().is_none(), "{err:?}");
    env.connect(ALICE, &alice, "postgres").await.unwrap();
    assert_eq!(env.router.connect_fault_seen(reset), 3);
    assert_eq!(env.router.connect_fault_seen(other), 0);

    // A stall longer than the client's connect timeout; the next connection is served at once.
    env.router.clear_connect_faults();
    env.router
        .add_connect_fault(ConnectFault {
            host: Some(env.host.to_uppercase()),
            action: ConnectAction::Stall { ms: 5000 },
            nth: 1,
            times: 1,
        })
        .unwrap();
    let mut builder = native_tls::TlsConnector::builder();
    builder.add_root_certificate(native_tls::Certificate::from_pem(env.ca_pem.as_bytes()).unwrap());
    let mut config = Config::new();
    config
        .host(&env.host)
        .hostaddr(IpAddr::V4(Ipv4Addr::LOCALHOST))
        .port(env.router.port())
        .user(ALICE)
        .password(&alice)
        .dbname("postgres")
        .ssl_mode(SslMode::Require);
    // tokio-postgres's own connect timeout covers only the TCP connect; a client bounds the whole handshake.
    let stalled = tokio::time::timeout(
        Duration::from_secs(1),
        config.connect(MakeTlsConnector::new(builder.build().unwrap())),
    )
    .await;
    assert!(stalled.is_err(), "the connection was not stalled");
    env.connect(ALICE, &alice, "postgres").await.unwrap();
    assert_eq!(env.router.connect_fault_seen(0), 2);
    assert!(
        env.router
            .add_connect_fault(ConnectFault {
                host: None,
                action: ConnectAction::Reset,
                nth: 1,
                times: 0,
            })
            .is_err()
    );
}

#[tokio::test]
async fn the_router_latency_delays_each_exchange_and_keeps_the_bytes_in_order() {
    let env = env(ServerKind::Flexible, vec![loopback_rule()]).await;
    let alice = env.token("alice", ALICE_OID);
    env.server.set_entra_admin(&admin()).await.unwrap();
    let latency = Duration::from_millis(120);
    env.router
        .set_latency(u64::try_from(latency.as_millis()).unwrap());

    // SSLRequest, TLS handshake, startup, and the password: four exchanges before the first statement.
    let started = std::time::Instant::now();
    let client = env.connect(ALICE, &alice, "demo").await.unwrap();
    let connected = started.elapsed();
    assert!(connected >= latency * 4, "connected in {connected:?}");

    // A statement larger than the delay line's reads, answered intact and in order.
    let started = std::time::Instant::now();
    let text = "x".repeat(200_000);
    let row = client
        .query_one(&format!("select length('{text}'), md5('{text}')"), &[])
        .await
        .unwrap();
    assert!(
        started.elapsed() >= latency,
        "answered in {:?}",
        started.elapsed()
    );
    assert_eq!(row.get::<_, i32>(0), 200_000);
    let md5: String = row.get(1);
    let expected: String = client
        .query_one(&format!("select md5(repeat('x', {}))", text.len()), &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(md5, expected);

    // Connections accepted after the knob is cleared are not delayed; the one above keeps its latency.
    env.router.set_latency(0);
    let fresh = env.connect(ALICE, &alice, "demo").await.unwrap();
    let started = std::time::Instant::now();
    client.simple_query("select 1").await.unwrap();
    assert!(
        started.elapsed() >= latency,
        "answered in {:?}",
        started.elapsed()
    );
    fresh.simple_query("select 1").await.unwrap();
    env.server.stop().await.unwrap();
}
