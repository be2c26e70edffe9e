//! ARM state changes reaching the real PostgreSQL of the emulator: an administrators PUT creates the admin's login
//! role, which accepts any valid oss-rdbms token of the admin (also after a rotation) until it expires (the expiry
//! knob, the token lifetime), and firewall-rule delete/put rewrites pg_hba so the client is refused and then
//! admitted again; a scripted LRO changes PostgreSQL only when it succeeds; a databases PUT creates a database the
//! admin can connect to; Single Server roles log in as `role@server` with their identity's token.

mod common;

use common::*;
use serde_json::json;

/// Alice's oss-rdbms token: her PostgreSQL password once she is an Entra administrator.
async fn alice_password(emu: &Emu) -> String {
    emu.user_token(
        "alice@contoso.com",
        "https://ossrdbms-aad.database.windows.net/.default",
    )
    .await
}

/// The administrators PUT that makes Alice the Entra administrator of `srv`: its status and headers.
async fn put_alice_admin(emu: &Emu) -> (u16, reqwest::header::HeaderMap) {
    let t = emu.alice_arm().await;
    let admin = format!(
        "{}?api-version={FLEX_API}",
        flex(&format!("/administrators/{ALICE_OID}"))
    );
    let body = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, h, _) = emu.put(&admin, &t, body).await;
    (s, h)
}

/// Makes Alice the Entra administrator of `srv` and returns her password.
async fn alice_is_admin(emu: &Emu) -> String {
    let password = alice_password(emu).await;
    assert_eq!(put_alice_admin(emu).await.0, 202);
    password
}

async fn connect(emu: &Emu, password: &str) -> Result<tokio_postgres::Client, String> {
    connect_db(emu, password, "postgres").await
}

/// The error of a [`connect`] that must fail (`why`: the reason it must).
async fn connect_refused(emu: &Emu, password: &str, why: &str) -> String {
    connect(emu, password).await.map(|_| ()).expect_err(why)
}

async fn connect_db(emu: &Emu, password: &str, db: &str) -> Result<tokio_postgres::Client, String> {
    login_db(emu, "srv", "alice@contoso.com", password, db).await
}

#[tokio::test]
async fn admin_and_firewall_changes_reach_postgresql() {
    let emu = Emu::start_with(&["--postgres"]);
    let pg_scope = "https://ossrdbms-aad.database.windows.net/.default";
    let password = alice_password(&emu).await;
    let refused = connect_refused(&emu, &password, "no admin role yet").await;
    assert!(
        refused.contains("password authentication failed"),
        "{refused}"
    );

    assert_eq!(put_alice_admin(&emu).await.0, 202);
    let client = connect(&emu, &password)
        .await
        .expect("admin logs in with its token");
    assert_eq!(current_user(&client).await, "alice@contoso.com");

    // A rotation issues new tokens; the old one stays valid until it expires, as on Azure.
    let (s, _) = emu.admin("POST", "/rotate-tokens", None).await;
    assert_eq!(s, 200);
    let rotated = emu.user_token("alice@contoso.com", pg_scope).await;
    assert_ne!(rotated, password);
    connect(&emu, &password).await.expect("the older token");
    connect(&emu, &rotated).await.expect("the newer token");
    // Expiring every token: only a token fetched afterwards logs in.
    let (s, _) = emu.admin("POST", "/expire-tokens", None).await;
    assert_eq!(s, 200);
    for old in [&password, &rotated] {
        let err = connect_refused(&emu, old, "an expired token").await;
        assert!(err.contains("password authentication failed"), "{err}");
    }
    let password = emu.user_token("alice@contoso.com", pg_scope).await;
    connect(&emu, &password)
        .await
        .expect("the token fetched afterwards");
    // The ARM token expired with the rest.
    let t = emu.alice_arm().await;

    let rule = format!(
        "{}?api-version={FLEX_API}",
        flex("/firewallRules/AllowLocalhost")
    );
    let (s, _, _) = emu.delete(&rule, &t).await;
    assert_eq!(s, 202);
    let err = connect_refused(&emu, &password, "firewall refuses").await;
    assert!(
        err.contains("no pg_hba.conf entry for host \"127.0.0.1\""),
        "{err}"
    );
    let body = firewall_rule("127.0.0.1", "127.0.0.1");
    let (s, _, _) = emu
        .put(
            &format!(
                "{}?api-version={FLEX_API}",
                flex("/firewallRules/svc_abcde")
            ),
            &t,
            body,
        )
        .await;
    assert_eq!(s, 202);
    connect(&emu, &password).await.expect("admitted again");
}

#[tokio::test]
async fn deferred_admin_and_new_database_reach_postgresql() {
    let emu = Emu::start_with(&["--postgres"]);
    let t = emu.alice_arm().await;
    let password = alice_password(&emu).await;
    emu.lro("PUT", "/**/administrators/*", 1, "Succeeded").await;
    let (s, h) = put_alice_admin(&emu).await;
    assert_eq!(s, 202);
    let op = h["azure-asyncoperation"].to_str().expect("op").to_string();
    let (_, _, v) = emu.get(&op, &t).await;
    assert_eq!(v["status"], "InProgress");
    let err = connect_refused(&emu, &password, "no admin role while the operation runs").await;
    assert!(err.contains("password authentication failed"), "{err}");
    let (_, _, v) = emu.get(&op, &t).await;
    assert_eq!(v["status"], "Succeeded");
    connect(&emu, &password)
        .await
        .expect("the admin role exists once the operation succeeded");

    let db = format!("{}?api-version={FLEX_API}", flex("/databases/shop"));
    let (s, _, _) = emu.put(&db, &t, database("en_US.utf8")).await;
    assert_eq!(s, 202);
    let client = connect_db(&emu, &password, "shop")
        .await
        .expect("the new database accepts the admin");
    assert_eq!(
        text(&client, "SELECT current_database()::text").await,
        "shop"
    );
}

/// `POST /knobs/pg-faults` end to end: statement faults terminate or fail a client's statement, connect faults reset
/// a connection, `GET /knobs` counts what matched, bad bodies are refused, `DELETE /knobs` and `POST /reset` clear.
#[tokio::test]
async fn pg_fault_knobs_reach_postgresql_and_the_router() {
    let emu = Emu::start_with(&["--postgres"]);
    let password = alice_is_admin(&emu).await;

    for (body, error) in [
        (
            json!({"action": "terminate"}),
            "action `terminate` needs `match`",
        ),
        (
            json!({"action": "error", "match": "x"}),
            "action `error` needs `sqlstate`",
        ),
        (json!({"action": "stall"}), "action `stall` needs `ms`"),
        (
            json!({"action": "reset", "match": "x"}),
            "`match` applies to statement faults",
        ),
        (
            json!({"action": "explode", "match": "x"}),
            "is not one of terminate, error, reset, stall",
        ),
        (
            json!({"action": "terminate", "match": "x", "server": "nope"}),
            "no PostgreSQL server named `nope`",
        ),
        (
            json!({"action": "error", "match": "x", "sqlstate": "abc"}),
            "is not 5 characters of 0-9A-Z",
        ),
    ] {
        let (s, v) = emu.admin("POST", "/knobs/pg-faults", Some(body)).await;
        assert_eq!(s, 400, "{v}");
        assert!(v["error"].as_str().unwrap_or("").contains(error), "{v}");
    }

    let fault = |body| emu.admin("POST", "/knobs/pg-faults", Some(body));
    assert_eq!(
        fault(json!({"server": "srv", "match": "select 'kill me'", "action": "terminate"}))
            .await
            .0,
        204
    );
    assert_eq!(
        fault(
            json!({"match": "select 'refuse me'", "action": "error", "sqlstate": "42501",
                     "message": "permission denied for table t1", "nth": 2})
        )
        .await
        .0,
        204
    );
    let client = connect(&emu, &password).await.expect("admin logs in");
    let err = client.batch_execute("select 'refuse me'").await;
    assert!(err.is_ok(), "the first match is not hit: {err:?}");
    let err = client
        .batch_execute("select 'refuse me'")
        .await
        .expect_err("the second is");
    let db = err.as_db_error().expect("a server error");
    assert_eq!(
        (db.code().code(), db.message()),
        ("42501", "permission denied for table t1")
    );
    let err = client
        .batch_execute("SELECT 'kill me'")
        .await
        .expect_err("terminated");
    assert_eq!(
        err.as_db_error().map(|d| d.code().code()),
        Some("57P01"),
        "{err:?}"
    );
    let next = client
        .batch_execute("SELECT 1")
        .await
        .expect_err("the session is gone");
    assert!(next.is_closed(), "{next:?}");
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    let seen: Vec<u64> = knobs["pgFaults"]
        .as_array()
        .expect("pgFaults")
        .iter()
        .map(|f| f["seen"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(seen, vec![1, 2], "{knobs}");
    assert_eq!(knobs["pgFaults"][0]["match"], "select 'kill me'");

    // DELETE /knobs clears them: the statement runs.
    let (s, _) = emu.admin("DELETE", "/knobs", None).await;
    assert_eq!(s, 204);
    let client = connect(&emu, &password).await.expect("admin logs in");
    client
        .batch_execute("SELECT 'kill me'")
        .await
        .expect("no fault any more");

    // A connect fault: the next connection is reset, the one after is served. POST /reset clears it.
    assert_eq!(
        fault(json!({"action": "reset", "server": "srv"})).await.0,
        204
    );
    connect_refused(&emu, &password, "reset").await;
    connect(&emu, &password).await.expect("served");
    assert_eq!(fault(json!({"action": "reset", "times": 5})).await.0, 204);
    let (s, _) = emu.admin("POST", "/reset", None).await;
    assert_eq!(s, 204);
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["pgFaults"], json!([]), "{knobs}");
}

/// Connects to `server` (its Azure host name) through the router as `user`, verifying the certificate chain
/// against the emulator's CA and the host name (libpq's `sslmode=verify-full`).
async fn login(
    emu: &Emu,
    server: &str,
    user: &str,
    password: &str,
) -> Result<tokio_postgres::Client, String> {
    login_db(emu, server, user, password, "demo").await
}

/// The error of a [`login`] that must fail (`why`: the reason it must).
async fn login_refused(emu: &Emu, server: &str, user: &str, password: &str, why: &str) -> String {
    login(emu, server, user, password)
        .await
        .map(|_| ())
        .expect_err(why)
}

/// [`login`] to database `db`.
async fn login_db(
    emu: &Emu,
    server: &str,
    user: &str,
    password: &str,
    db: &str,
) -> Result<tokio_postgres::Client, String> {
    let ca = std::fs::read(emu.path().join("ca.pem")).expect("ca");
    let tls = native_tls::TlsConnector::builder()
        .add_root_certificate(native_tls::Certificate::from_pem(&ca).expect("ca pem"))
        .disable_built_in_roots(true)
        .build()
        .expect("tls");
    let ports: serde_json::Value =
        serde_json::from_slice(&std::fs::read(emu.path().join("ports.json")).expect("ports"))
            .expect("json");
    let mut cfg = tokio_postgres::Config::new();
    cfg.host(format!("{server}.postgres.database.azure.com"))
        .hostaddr(std::net::IpAddr::from([127, 0, 0, 1]))
        .port(u16::try_from(ports["pg"].as_u64().expect("pg port")).expect("port"))
        .user(user)
        .password(password)
        .dbname(db)
        .ssl_mode(tokio_postgres::config::SslMode::Require);
    let (client, conn) = cfg
        .connect(postgres_native_tls::MakeTlsConnector::new(tls))
        .await
        .map_err(|e| {
            e.as_db_error()
                .map_or_else(|| e.to_string(), |d| d.message().to_string())
        })?;
    tokio::spawn(conn);
    Ok(client)
}

async fn current_user(client: &tokio_postgres::Client) -> String {
    text(client, "SELECT current_user::text").await
}

/// The one text value a query answers.
async fn text(client: &tokio_postgres::Client, query: &str) -> String {
    client.query_one(query, &[]).await.expect("query").get(0)
}

const PG_SCOPE: &str = "https://ossrdbms-aad.database.windows.net/.default";
const GROUP_OID: &str = "7a1d3c5e-0b2f-4d6a-8c9e-1f3a5b7c9d0e";
const CAROL: &str = "carol@contoso.com";

/// A group as Entra admin: its members log in under the group's name with their own tokens; a token's `exp` is
/// the lifetime knob's, and PostgreSQL refuses the token once it has passed.
#[tokio::test]
async fn group_members_log_in_and_tokens_expire_after_their_lifetime() {
    let emu = Emu::start_seeded(
        |seed| {
            seed["users"].as_array_mut().expect("users").push(
                json!({"upn": CAROL, "objectId": "2d4f6a8c-1e3b-4c5d-9f7a-0b2c4d6e8f1a", "displayName": "Carol Diaz"}),
            );
            seed["groups"] =
                json!([{"objectId": GROUP_OID, "displayName": "db-admins", "members": [CAROL]}]);
            seed["servers"][0]["admins"] = json!([{"principalName": "db-admins", "objectId": GROUP_OID, "principalType": "Group"}]);
        },
        &["--postgres"],
    );
    let carol = emu.user_token(CAROL, PG_SCOPE).await;
    let client = login(&emu, "srv", "db-admins", &carol)
        .await
        .expect("a member logs in as the group");
    assert_eq!(current_user(&client).await, "db-admins");
    let alice = emu.user_token("alice@contoso.com", PG_SCOPE).await;
    let err = login_refused(&emu, "srv", "db-admins", &alice, "not a member").await;
    assert!(err.contains("password authentication failed"), "{err}");

    let (s, clock) = emu
        .admin("PUT", "/knobs/token-lifetime", Some(json!({"seconds": 2})))
        .await;
    assert_eq!(s, 200, "{clock}");
    let short = emu.user_token(CAROL, PG_SCOPE).await;
    let c = claims(&short);
    let exp = c["exp"].as_i64().expect("exp");
    assert_eq!(exp - c["iat"].as_i64().expect("iat"), 2, "{c}");
    login(&emu, "srv", "db-admins", &short)
        .await
        .expect("before its exp");
    // Bounded wait: until the token's exp has passed (at most 3 s).
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs()
    };
    let wait = u64::try_from(exp + 1)
        .expect("exp")
        .saturating_sub(now())
        .min(3);
    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    let err = login_refused(&emu, "srv", "db-admins", &short, "after its exp").await;
    assert!(err.contains("password authentication failed"), "{err}");
    let fresh = emu.user_token(CAROL, PG_SCOPE).await;
    assert!(
        claims(&fresh)["exp"].as_i64() > Some(exp),
        "a new generation"
    );
    login(&emu, "srv", "db-admins", &fresh)
        .await
        .expect("a fresh token");
}

/// Single Server: the admin and the roles Service Connector creates (`azure_ad_user` members whose password is
/// the user's object id or the app's client id) log in as `role@server` with the identity's token, as the
/// connection strings of generateConfigurations say; never with the id itself or another identity's token.
#[tokio::test]
async fn single_server_roles_log_in_as_role_at_server_with_their_token() {
    let emu = Emu::start_seeded(
        |seed| {
            seed["servers"] = json!([{
                "kind": "single", "name": "single", "resourceGroup": "rg",
                "admins": [{"principalName": "alice@contoso.com", "objectId": ALICE_OID, "principalType": "User"}],
                "firewallRules": [{"name": "AllowLocalhost", "startIpAddress": "127.0.0.1", "endIpAddress": "127.0.0.1"}],
                "databases": ["demo"]
            }]);
        },
        &["--postgres"],
    );
    let alice = emu.user_token("alice@contoso.com", PG_SCOPE).await;
    let admin = login(&emu, "single", "alice@contoso.com@single", &alice)
        .await
        .expect("the admin as login@server");
    assert_eq!(current_user(&admin).await, "alice@contoso.com");
    admin
        .batch_execute(&format!(
            "SET aad_validate_oids_in_tenant = off;
             CREATE ROLE aad_user WITH LOGIN PASSWORD '{ALICE_OID}' IN ROLE azure_ad_user;
             CREATE ROLE aad_app WITH LOGIN PASSWORD '{SP_APP}' IN ROLE azure_ad_user;"
        ))
        .await
        .expect("create the roles");
    let sp = emu.sp_token(PG_SCOPE).await;
    for (role, token) in [("aad_user", &alice), ("aad_app", &sp)] {
        let client = login(&emu, "single", &format!("{role}@single"), token)
            .await
            .unwrap_or_else(|e| panic!("{role}: {e}"));
        assert_eq!(current_user(&client).await, role);
    }
    for (role, password) in [
        ("aad_user", ALICE_OID),
        ("aad_app", SP_APP),
        ("aad_app", alice.as_str()),
        ("aad_user", sp.as_str()),
    ] {
        let err = login_refused(&emu, "single", &format!("{role}@single"), password, role).await;
        assert_eq!(
            err,
            format!("password authentication failed for user \"{role}\""),
            "{role}"
        );
    }
}

/// The router's round-trip time: `--pg-latency-ms` at start, `PUT /knobs/pg-latency` later (shown in `GET /knobs`,
/// cleared by `DELETE /knobs`), a bad body refused; a connection pays it on each of its exchanges.
#[tokio::test]
async fn pg_latency_knob_is_set_at_start_and_through_the_admin_port() {
    let emu = Emu::start_with(&["--postgres", "--pg-latency-ms", "80"]);
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["pgLatencyMs"], 80, "{knobs}");
    let password = alice_is_admin(&emu).await;
    let started = std::time::Instant::now();
    let client = connect(&emu, &password).await.expect("admin logs in");
    // SSLRequest, TLS handshake, startup, and the password (the token, over TLS).
    let took = started.elapsed();
    assert!(took >= std::time::Duration::from_millis(4 * 80), "{took:?}");
    client.batch_execute("SELECT 1").await.expect("served");

    let (s, v) = emu
        .admin("PUT", "/knobs/pg-latency", Some(json!({"ms": -1})))
        .await;
    assert_eq!(s, 400, "{v}");
    let (s, _) = emu
        .admin("PUT", "/knobs/pg-latency", Some(json!({"ms": 30})))
        .await;
    assert_eq!(s, 204);
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["pgLatencyMs"], 30, "{knobs}");
    let (s, _) = emu.admin("DELETE", "/knobs", None).await;
    assert_eq!(s, 204);
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["pgLatencyMs"], 0, "{knobs}");
}
