//! ARM state changes reaching the real PostgreSQL of the emulator: an administrators PUT creates the admin's login
//! role with its oss-rdbms token as password, token rotation changes that password, and firewall-rule delete/put
//! rewrites pg_hba so the client is refused and then admitted again; a scripted LRO changes PostgreSQL only when
//! it succeeds; a databases PUT creates a database the admin can connect to.

mod common;

use common::*;
use serde_json::json;

async fn connect(emu: &Emu, password: &str) -> Result<tokio_postgres::Client, String> {
    connect_db(emu, password, "postgres").await
}

async fn connect_db(emu: &Emu, password: &str, db: &str) -> Result<tokio_postgres::Client, String> {
    let ca = std::fs::read(emu.path().join("ca.pem")).expect("ca");
    let tls = native_tls::TlsConnector::builder()
        .add_root_certificate(native_tls::Certificate::from_pem(&ca).expect("ca pem"))
        .build()
        .expect("tls");
    let ports: serde_json::Value =
        serde_json::from_slice(&std::fs::read(emu.path().join("ports.json")).expect("ports"))
            .expect("json");
    let mut cfg = tokio_postgres::Config::new();
    cfg.host("srv.postgres.database.azure.com")
        .hostaddr(std::net::IpAddr::from([127, 0, 0, 1]))
        .port(u16::try_from(ports["pg"].as_u64().expect("pg port")).expect("port"))
        .user("alice@contoso.com")
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

#[tokio::test]
async fn admin_and_firewall_changes_reach_postgresql() {
    let emu = Emu::start_with(&["--postgres"]);
    let t = emu.alice_arm().await;
    let pg_scope = "https://ossrdbms-aad.database.windows.net/.default";
    let password = emu.user_token("alice@contoso.com", pg_scope).await;
    let refused = connect(&emu, &password)
        .await
        .map(|_| ())
        .expect_err("no admin role yet");
    assert!(
        refused.contains("password authentication failed"),
        "{refused}"
    );

    let admin = format!(
        "{}?api-version={FLEX_API}",
        flex(&format!("/administrators/{ALICE_OID}"))
    );
    let body = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, _, _) = emu.call("PUT", &admin, Some(&t), Some(body)).await;
    assert_eq!(s, 202);
    let client = connect(&emu, &password)
        .await
        .expect("admin logs in with its token");
    let row = client
        .query_one("SELECT current_user::text", &[])
        .await
        .expect("query");
    assert_eq!(row.get::<_, String>(0), "alice@contoso.com");

    // Rotating, and likewise expiring every token: only a token fetched afterwards is the password.
    let mut password = password;
    for route in ["/rotate-tokens", "/expire-tokens"] {
        let (s, _) = emu.admin("POST", route, None).await;
        assert_eq!(s, 200, "{route}");
        let err = connect(&emu, &password)
            .await
            .map(|_| ())
            .expect_err("the old token is no longer a password");
        assert!(
            err.contains("password authentication failed"),
            "{route}: {err}"
        );
        password = emu.user_token("alice@contoso.com", pg_scope).await;
        connect(&emu, &password)
            .await
            .expect("the token fetched afterwards is the password");
    }
    // The ARM token expired with the rest.
    let t = emu.alice_arm().await;

    let rule = format!(
        "{}?api-version={FLEX_API}",
        flex("/firewallRules/AllowLocalhost")
    );
    let (s, _, _) = emu.call("DELETE", &rule, Some(&t), None).await;
    assert_eq!(s, 202);
    let err = connect(&emu, &password)
        .await
        .map(|_| ())
        .expect_err("firewall refuses");
    assert!(
        err.contains("no pg_hba.conf entry for host \"127.0.0.1\""),
        "{err}"
    );
    let body = json!({"properties": {"startIpAddress": "127.0.0.1", "endIpAddress": "127.0.0.1"}});
    let (s, _, _) = emu
        .call(
            "PUT",
            &format!(
                "{}?api-version={FLEX_API}",
                flex("/firewallRules/svc_abcde")
            ),
            Some(&t),
            Some(body),
        )
        .await;
    assert_eq!(s, 202);
    connect(&emu, &password).await.expect("admitted again");
}

#[tokio::test]
async fn deferred_admin_and_new_database_reach_postgresql() {
    let emu = Emu::start_with(&["--postgres"]);
    let t = emu.alice_arm().await;
    let password = emu
        .user_token(
            "alice@contoso.com",
            "https://ossrdbms-aad.database.windows.net/.default",
        )
        .await;
    let (s, _) = emu
        .admin(
            "POST",
            "/knobs/lro",
            Some(json!({"method": "PUT", "path": "/**/administrators/*", "polls": 1})),
        )
        .await;
    assert_eq!(s, 204);
    let admin = format!(
        "{}?api-version={FLEX_API}",
        flex(&format!("/administrators/{ALICE_OID}"))
    );
    let body = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, h, _) = emu.call("PUT", &admin, Some(&t), Some(body)).await;
    assert_eq!(s, 202);
    let op = h["azure-asyncoperation"].to_str().expect("op").to_string();
    let (_, _, v) = emu.call("GET", &op, Some(&t), None).await;
    assert_eq!(v["status"], "InProgress");
    let err = connect(&emu, &password)
        .await
        .map(|_| ())
        .expect_err("no admin role while the operation runs");
    assert!(err.contains("password authentication failed"), "{err}");
    let (_, _, v) = emu.call("GET", &op, Some(&t), None).await;
    assert_eq!(v["status"], "Succeeded");
    connect(&emu, &password)
        .await
        .expect("the admin role exists once the operation succeeded");

    let db = format!("{}?api-version={FLEX_API}", flex("/databases/shop"));
    let (s, _, _) = emu
        .call(
            "PUT",
            &db,
            Some(&t),
            Some(json!({"properties": {"charset": "UTF8", "collation": "en_US.utf8"}})),
        )
        .await;
    assert_eq!(s, 202);
    let client = connect_db(&emu, &password, "shop")
        .await
        .expect("the new database accepts the admin");
    let row = client
        .query_one("SELECT current_database()::text", &[])
        .await
        .expect("query");
    assert_eq!(row.get::<_, String>(0), "shop");
}

/// `POST /knobs/pg-faults` end to end: statement faults terminate or fail a client's statement, connect faults reset
/// a connection, `GET /knobs` counts what matched, bad bodies are refused, `DELETE /knobs` and `POST /reset` clear.
#[tokio::test]
async fn pg_fault_knobs_reach_postgresql_and_the_router() {
    let emu = Emu::start_with(&["--postgres"]);
    let t = emu.alice_arm().await;
    let password = emu
        .user_token(
            "alice@contoso.com",
            "https://ossrdbms-aad.database.windows.net/.default",
        )
        .await;
    let admin = format!(
        "{}?api-version={FLEX_API}",
        flex(&format!("/administrators/{ALICE_OID}"))
    );
    let body = json!({"properties": {"principalName": "alice@contoso.com", "tenantId": TENANT, "principalType": "User"}});
    let (s, _, _) = emu.call("PUT", &admin, Some(&t), Some(body)).await;
    assert_eq!(s, 202);

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
    connect(&emu, &password)
        .await
        .map(|_| ())
        .expect_err("reset");
    connect(&emu, &password).await.expect("served");
    assert_eq!(fault(json!({"action": "reset", "times": 5})).await.0, 204);
    let (s, _) = emu.admin("POST", "/reset", None).await;
    assert_eq!(s, 204);
    let (_, knobs) = emu.admin("GET", "/knobs", None).await;
    assert_eq!(knobs["pgFaults"], json!([]), "{knobs}");
}
