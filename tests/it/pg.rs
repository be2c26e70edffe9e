//! The `pg` module against azconn-emulator's PostgreSQL (real PostgreSQL 15, TLS, SNI router): connect classification (verify-full,
//! wrong host, unknown CA, password, pg_hba), the role plans per server kind (fresh, rerun,
//! `--new`, failing grant, pre-existing role, sessions lost mid-batch, refused connects), `drop_role`, and hostile
//! names.

use azconn::error::Error;
use azconn::pg::{
    ConnectFailure, DropPlan, PgConnector, PgError, PrincipalType, RolePlan, RootCert, ServerKind,
    ServerLogin, SslMode, drop_role, execute,
};
use proptest::prelude::*;

use azconn::auth::Secret;

use azconn_emulator::pg::ServerKind as EmulatedKind;

use crate::common::pg_server::{ADMIN, HOST, PgEnv, TOKEN};

fn token() -> Secret {
    Secret::new(TOKEN)
}

const OID: &str = "5f2e8a41-0000-4000-8000-000000000001";

fn tls_error(result: Result<azconn::pg::PgSession, PgError>) -> PgError {
    match result {
        Err(e @ PgError::Tls { .. }) => e,
        other => panic!("expected a TLS error, got {other:?}"),
    }
}

#[tokio::test]
async fn connect_verifies_tls_and_classifies_failures() {
    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let login = cluster.login();

    // verify-full with the private CA: connects, and the session works.
    let session = cluster
        .connector()
        .connect(&login, "postgres", &token())
        .await
        .unwrap();
    let rows = session
        .query(
            "SELECT current_user::text, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(rows[0].get::<_, String>(0), ADMIN);
    assert!(rows[0].get::<_, bool>(1), "the session must use TLS");

    // A certificate for another host name fails under verify-full, with advice naming the options.
    // (The router sends that name to the same server, whose certificate names only HOST.)
    let other_host = ServerLogin {
        host: "other.postgres.database.azure.com".into(),
        user: ADMIN.into(),
    };
    cluster
        .router
        .register(&other_host.host, cluster.server.local_port());
    let e = tls_error(
        cluster
            .connector()
            .connect(&other_host, "postgres", &token())
            .await,
    );
    let text = e.to_string();
    assert!(text.starts_with("Fail to connect to postgresql. connection to server at \"other.postgres.database.azure.com\" (127.0.0.1), port"), "{text}");
    let advice = e.tls_advice().unwrap();
    assert!(
        advice.contains("PGSSLROOTCERT") && advice.contains("PGSSLMODE=verify-ca"),
        "{advice}"
    );
    let Error::Runtime {
        message,
        recommendation,
    } = Error::from(e)
    else {
        panic!("runtime error expected")
    };
    assert_eq!(message, text);
    assert_eq!(recommendation, Some(advice));

    // verify-ca accepts the other host name (chain still verified).
    let verify_ca =
        PgConnector::new(cluster.settings(SslMode::VerifyCa, RootCert::File(cluster.ca.clone())))
            .unwrap();
    verify_ca
        .connect(&other_host, "postgres", &token())
        .await
        .unwrap();

    // An unknown CA fails under verify-full and verify-ca; the advice names the file given.
    for mode in [SslMode::VerifyFull, SslMode::VerifyCa] {
        let unknown =
            PgConnector::new(cluster.settings(mode, RootCert::File(cluster.other_ca.clone())))
                .unwrap();
        let e = tls_error(unknown.connect(&login, "postgres", &token()).await);
        let advice = e.tls_advice().unwrap();
        assert!(
            advice.contains(&format!("PGSSLROOTCERT={}", cluster.other_ca.display())),
            "{advice}"
        );
        assert!(advice.contains("PGSSLMODE=require"), "{advice}");
    }

    // Without the private CA (system roots only) the certificate is not trusted either.
    let system = PgConnector::new(cluster.settings(SslMode::VerifyFull, RootCert::System)).unwrap();
    tls_error(system.connect(&login, "postgres", &token()).await);

    // require without a root file encrypts without verifying (libpq's meaning).
    let require = PgConnector::new(cluster.settings(SslMode::Require, RootCert::System)).unwrap();
    require
        .connect(&other_host, "postgres", &token())
        .await
        .unwrap();

    // A refused token is a password failure with az's texts.
    let e = cluster
        .connector()
        .connect(&login, "postgres", &Secret::new("not-the-token"))
        .await
        .unwrap_err();
    assert!(e.is_password_failure(), "{e:?}");
    assert!(
        e.to_string().ends_with(&format!(
            "failed: FATAL:  password authentication failed for user \"{ADMIN}\""
        )),
        "{e}"
    );
    assert!(!format!("{e} {e:?}").contains("not-the-token"));
    let top = Error::from(e);
    assert_eq!(
        top.to_string(),
        "Please confirm current user as Microsoft Entra admin and try again."
    );
    assert_eq!(top.exit_code(), 1);

    // pg_hba rejection (Azure's firewall) carries the client IP; once allowed, the retry works.
    cluster.set_blocked(true).await;
    let e = cluster
        .connector()
        .connect(&login, "postgres", &token())
        .await
        .unwrap_err();
    assert!(e.is_firewall_rejection(), "{e:?}");
    assert_eq!(e.firewall_ip(), Some("127.0.0.1".parse().unwrap()));
    assert!(
        e.to_string()
            .contains("no pg_hba.conf entry for host \"127.0.0.1\""),
        "{e}"
    );
    cluster.set_blocked(false).await;
    cluster
        .connector()
        .connect(&login, "postgres", &token())
        .await
        .unwrap();

    // A stalled statement is cancelled after the statement timeout and its session not used again.
    let impatient = PgConnector::new(azconn::pg::ConnectSettings {
        statement_timeout: std::time::Duration::from_secs(1),
        ..cluster.settings(SslMode::VerifyFull, RootCert::File(cluster.ca.clone()))
    })
    .unwrap();
    let session = impatient
        .connect(&login, "postgres", &token())
        .await
        .unwrap();
    let e = session.execute("SELECT pg_sleep(60)").await.unwrap_err();
    assert_eq!(
        e.to_string(),
        "Failed to run `SELECT pg_sleep(60)` on database `postgres`: no answer within 1 seconds; the \
         statement was cancelled"
    );
    assert!(session.is_closed());
    let e = session.execute("SELECT 1").await.unwrap_err();
    assert!(
        e.to_string().ends_with("the session is no longer usable"),
        "{e}"
    );

    // Nothing listening: refused, classified.
    let dead = PgConnector::new(azconn::pg::ConnectSettings {
        port: {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        },
        ..cluster.settings(SslMode::VerifyFull, RootCert::File(cluster.ca.clone()))
    })
    .unwrap();
    match dead.connect(&login, "postgres", &token()).await {
        Err(PgError::Connect {
            failure: ConnectFailure::Refused,
            detail,
        }) => {
            assert!(
                detail.starts_with(&format!(
                    "connection to server at \"{HOST}\" (127.0.0.1), port"
                )),
                "{detail}"
            );
        }
        other => panic!("expected a refused connection, got {other:?}"),
    }
}

/// The role's grants as the superuser sees them: database ACL entry, table privileges,
/// sequence privilege, CREATE on schema public.
fn grants(cluster: &PgEnv, db: &str, role: &str) -> String {
    cluster.psql_vars(
        db,
        "SELECT coalesce((SELECT string_agg(a::text, ',') FROM pg_database d, unnest(d.datacl) a \
                          WHERE d.datname = current_database() AND a::text LIKE :'name' || '=%'), '-') \
           || ' | ' || coalesce((SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) \
                      FROM information_schema.table_privileges WHERE grantee = :'name' AND table_name = 't1'), '-') \
           || ' | ' || has_sequence_privilege(:'name', 't1_id_seq', 'USAGE,SELECT,UPDATE')::text \
           || ' | ' || has_schema_privilege(:'name', 'public', 'CREATE')::text",
        &[("name", role)],
    )
}

fn role_count(cluster: &PgEnv, role: &str) -> String {
    cluster.psql_vars(
        "postgres",
        "SELECT count(*) FROM pg_roles WHERE rolname = :'name'",
        &[("name", role)],
    )
}

#[tokio::test]
async fn flexible_plan_grants_reruns_and_recreates() {
    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    let plan = RolePlan::flexible("aad_conn1", "demo", OID, PrincipalType::User, false).unwrap();

    let outcome = execute(&plan, &connector, &login, &token()).await.unwrap();
    assert!(outcome.created && !outcome.replaced, "{outcome:?}");
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'aad_conn1'"
        ),
        "t|f|f"
    );
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT object_id || ',' || principal_type || ',' || created_by FROM pgaadauth.principals \
             WHERE rolname = 'aad_conn1'"
        ),
        format!("{OID},user,{ADMIN}")
    );
    let granted = "aad_conn1=CTc/azure_pg_admin | DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE | true | true";
    assert_eq!(grants(&cluster, "demo", "aad_conn1"), granted);

    // Rerun: the role exists, which counts as success; the grants are applied again.
    let outcome = execute(&plan, &connector, &login, &token()).await.unwrap();
    assert!(!outcome.created && !outcome.replaced, "{outcome:?}");
    assert_eq!(role_count(&cluster, "aad_conn1"), "1");
    assert_eq!(grants(&cluster, "demo", "aad_conn1"), granted);

    // --new: revoked, dropped and created again (az's bare DROP ROLE fails here).
    let recreate = RolePlan::flexible("aad_conn1", "demo", OID, PrincipalType::User, true).unwrap();
    let run_recreate = async || execute(&recreate, &connector, &login, &token()).await;
    let before = cluster.psql(
        "postgres",
        "SELECT oid FROM pg_roles WHERE rolname = 'aad_conn1'",
    );
    let outcome = run_recreate().await.unwrap();
    assert!(outcome.created && outcome.replaced, "{outcome:?}");
    assert_ne!(
        cluster.psql(
            "postgres",
            "SELECT oid FROM pg_roles WHERE rolname = 'aad_conn1'"
        ),
        before
    );
    assert_eq!(grants(&cluster, "demo", "aad_conn1"), granted);

    // --new refuses to lose data: a table the administrator cannot grant on (here owned by the role itself)
    // stops the run before any change — the role is not dropped and its grants stay.
    cluster.psql(
        "demo",
        "CREATE TABLE app_data (x int); ALTER TABLE app_data OWNER TO aad_conn1;",
    );
    let e = run_recreate().await.unwrap_err();
    assert_eq!(
        e.to_string(),
        "The Microsoft Entra administrator cannot grant on these objects in database `demo`: it is not their \
         owner nor a member of it, and holds no grant option:\n  table \"public\".\"app_data\" (owner aad_conn1)\n\
         Nothing was changed. Make the administrators' role the owner and run the command again:\n  \
         ALTER TABLE \"public\".\"app_data\" OWNER TO azure_pg_admin;\nor run it with --skip-ungrantable to grant \
         on everything else, then have the owner grant these:\n  \
         GRANT ALL PRIVILEGES ON TABLE \"public\".\"app_data\" TO \"aad_conn1\";"
    );
    assert_eq!(grants(&cluster, "demo", "aad_conn1"), granted);
    cluster.psql("demo", "DROP TABLE app_data");
    // A grant made by someone else elsewhere blocks DROP ROLE itself; PostgreSQL's detail is kept.
    cluster.psql(
        "postgres",
        "GRANT CONNECT ON DATABASE postgres TO aad_conn1",
    );
    let e = run_recreate().await.unwrap_err();
    assert_eq!(e.sqlstate(), Some("2BP01"), "{e}");
    assert!(
        e.to_string().starts_with(
            "Failed to run `DROP ROLE \"aad_conn1\";` on database `demo`: role \"aad_conn1\" cannot be dropped \
             because some objects depend on it (SQLSTATE 2BP01)\nprivileges for database postgres\nRole `aad_conn1` was kept"
        ),
        "{e}"
    );
    assert_eq!(grants(&cluster, "demo", "aad_conn1"), granted);
    cluster.psql(
        "postgres",
        "REVOKE CONNECT ON DATABASE postgres FROM aad_conn1",
    );

    // delete --drop-role: revokes and drops; a second run finds nothing to drop.
    let drop_plan = DropPlan::new(ServerKind::Flexible, "aad_conn1", "demo").unwrap();
    assert!(
        drop_role(&drop_plan, &connector, &login, &token())
            .await
            .unwrap()
            .dropped
    );
    assert_eq!(role_count(&cluster, "aad_conn1"), "0");
    let acl = cluster.psql(
        "demo",
        "SELECT datacl::text FROM pg_database WHERE datname = 'demo'",
    );
    assert!(!acl.contains("aad_conn1"), "{acl}");
    assert!(
        !drop_role(&drop_plan, &connector, &login, &token())
            .await
            .unwrap()
            .dropped
    );

    // ... and never drops an administrator.
    let admin_plan = DropPlan::new(ServerKind::Flexible, ADMIN, "demo").unwrap();
    match drop_role(&admin_plan, &connector, &login, &token()).await {
        Err(e @ PgError::NotDroppable { .. }) => {
            assert!(e.to_string().contains("administrative attributes"), "{e}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(role_count(&cluster, ADMIN), "1");
}

#[tokio::test]
async fn single_plan_grants_and_reruns() {
    let cluster = PgEnv::start(EmulatedKind::Single).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    let plan = RolePlan::single("aad_postgres_conn", "demo", OID, false).unwrap();

    // The emulated Single Server knows aad_validate_oids_in_tenant; login is `alice@contoso.com@srv`.
    let outcome = execute(&plan, &connector, &login, &token()).await.unwrap();
    assert!(outcome.created, "{outcome:?}");
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT r.rolcanlogin::text || ',' || pg_has_role('aad_postgres_conn', 'azure_ad_user', 'MEMBER')::text \
             FROM pg_roles r WHERE r.rolname = 'aad_postgres_conn'"
        ),
        "true,true"
    );
    // Three grants: no CREATE on schema public (PostgreSQL 15 does not give it to PUBLIC).
    let granted = "aad_postgres_conn=CTc/azure_pg_admin | DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE | true | false";
    assert_eq!(grants(&cluster, "demo", "aad_postgres_conn"), granted);

    let outcome = execute(&plan, &connector, &login, &token()).await.unwrap();
    assert!(!outcome.created, "{outcome:?}");
    assert_eq!(grants(&cluster, "demo", "aad_postgres_conn"), granted);

    // --new on Single: revoked, dropped, created again.
    let recreate = RolePlan::single("aad_postgres_conn", "demo", OID, true).unwrap();
    let outcome = execute(&recreate, &connector, &login, &token())
        .await
        .unwrap();
    assert!(outcome.created && outcome.replaced, "{outcome:?}");
    assert_eq!(grants(&cluster, "demo", "aad_postgres_conn"), granted);

    // drop_role on Single refuses a role outside azure_ad_user.
    cluster.psql("postgres", "CREATE ROLE aad_plain LOGIN");
    let plan = DropPlan::new(ServerKind::Single, "aad_plain", "demo").unwrap();
    match drop_role(&plan, &connector, &login, &token()).await {
        Err(e @ PgError::NotDroppable { .. }) => {
            assert!(e.to_string().contains("azure_ad_user"), "{e}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(role_count(&cluster, "aad_plain"), "1");
}

#[tokio::test]
async fn failing_grant_drops_only_a_role_this_run_created() {
    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());

    // Database `nopublic` has no schema public: the second GRANT fails.
    cluster.psql(
        "postgres",
        "CREATE DATABASE nopublic OWNER azure_pg_admin;\n\\c nopublic\nDROP SCHEMA public;",
    );
    let plan =
        RolePlan::flexible("aad_fail", "nopublic", OID, PrincipalType::Service, false).unwrap();
    let e = execute(&plan, &connector, &login, &token())
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Failed to run `GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO \"aad_fail\";` on database \
         `nopublic`: schema \"public\" does not exist (SQLSTATE 3F000)"
    );
    assert_eq!(Error::from(e).exit_code(), 1);
    // The created role is gone again, and the first GRANT was rolled back with the transaction.
    assert_eq!(role_count(&cluster, "aad_fail"), "0");
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT coalesce(datacl::text, '-') FROM pg_database WHERE datname = 'nopublic'"
        ),
        "-"
    );

    // A role that existed before is kept whatever happens. (The Single plan on this Flexible
    // server also covers a server without aad_validate_oids_in_tenant: the SET is skipped.)
    cluster.psql("postgres", "CREATE ROLE aad_pre LOGIN");
    for kind in [ServerKind::Flexible, ServerKind::Single] {
        let plan = match kind {
            ServerKind::Flexible => {
                RolePlan::flexible("aad_pre", "nopublic", OID, PrincipalType::User, false).unwrap()
            }
            ServerKind::Single => RolePlan::single("aad_pre", "nopublic", OID, false).unwrap(),
        };
        let e = execute(&plan, &connector, &login, &token())
            .await
            .unwrap_err();
        assert_eq!(e.sqlstate(), Some("3F000"), "{e}");
        assert_eq!(role_count(&cluster, "aad_pre"), "1");
    }
}

#[tokio::test]
async fn hostile_names_create_exactly_the_role_they_name() {
    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    let db = "we\"ird\\db 表 'x'; --";
    cluster.server.add_database(db).await.unwrap();

    let max = format!("aad_{}", "m".repeat(59));
    let roles = [
        "aad_x\"; DROP ROLE \"alice@contoso.com\"; --".to_owned(),
        "aad_o'brien\\".to_owned(),
        "aad_表_ü".to_owned(),
        max.clone(),
    ];
    for role in &roles {
        let plan = RolePlan::flexible(
            role,
            db,
            "x'); DROP ROLE \"alice@contoso.com\"; --",
            PrincipalType::User,
            false,
        )
        .unwrap();
        execute(&plan, &connector, &login, &token()).await.unwrap();
        assert_eq!(role_count(&cluster, role), "1", "{role}");
        assert_eq!(
            cluster.psql_vars(
                db,
                "SELECT has_database_privilege(:'name', current_database(), 'CREATE')",
                &[("name", role)]
            ),
            "t"
        );
        let single = RolePlan::single(role, db, "it's \\ not an oid", false).unwrap();
        assert!(
            !execute(&single, &connector, &login, &token())
                .await
                .unwrap()
                .created
        );
    }
    assert_eq!(role_count(&cluster, ADMIN), "1");
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'aad_%'"
        ),
        roles.len().to_string()
    );
    assert_eq!(
        cluster.psql(
            "postgres",
            "SELECT length(rolname) FROM pg_roles WHERE rolname LIKE 'aad_mmm%'"
        ),
        "63"
    );

    // One byte more would be truncated into the 63-byte role above: rejected before any SQL.
    let e = RolePlan::flexible(&format!("{max}n"), "demo", OID, PrincipalType::User, false)
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("is 64 bytes long; PostgreSQL truncates names to 63 bytes"),
        "{e}"
    );
    assert_eq!(Error::from(e).exit_code(), 1);
}

fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Quoting checked by the server itself: every accepted literal reads back as the same text
/// under both settings of standard_conforming_strings, and every accepted identifier creates a
/// role of exactly that name.
#[test]
fn quoting_round_trips_through_postgresql() {
    use azconn::pg::quote::{NameKind, quote_ident, quote_literal};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cluster = rt.block_on(PgEnv::start(EmulatedKind::Flexible));
    let session = rt
        .block_on(
            cluster
                .connector()
                .connect(&cluster.login(), "postgres", &token()),
        )
        .unwrap();
    let config = ProptestConfig {
        cases: proptest_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let hostile = "[\"'\\\\;$ \n\t\u{e9}\u{8868}a-z0-9-]{1,24}";
    let mut runner = proptest::test_runner::TestRunner::new(config);
    runner
        .run(
            &(prop_oneof![hostile, any::<String>()], any::<bool>()),
            |(text, conforming)| {
                rt.block_on(async {
                    let setting = if conforming { "on" } else { "off" };
                    session
                        .execute(&format!("SET standard_conforming_strings = {setting}"))
                        .await
                        .unwrap();
                    match quote_literal(&text, "the value") {
                        Ok(lit) => {
                            let rows = session
                                .query(&format!("SELECT {lit}::text"), &[])
                                .await
                                .unwrap();
                            prop_assert_eq!(rows[0].get::<_, String>(0), text.clone());
                        }
                        Err(_) => prop_assert!(text.contains('\0')),
                    }
                    match quote_ident(&text, NameKind::Role) {
                        Ok(ident) => {
                            session
                                .execute(&format!("CREATE ROLE {ident} NOLOGIN"))
                                .await
                                .unwrap();
                            let rows = session
                                .query(
                                    "SELECT rolname::text FROM pg_roles WHERE rolname = $1",
                                    &[(&text, tokio_postgres::types::Type::TEXT)],
                                )
                                .await
                                .unwrap();
                            prop_assert_eq!(rows.len(), 1);
                            session
                                .execute(&format!("DROP ROLE {ident}"))
                                .await
                                .unwrap();
                        }
                        Err(_) => {
                            prop_assert!(text.is_empty() || text.len() > 63 || text.contains('\0'));
                        }
                    }
                    Ok(())
                })
            },
        )
        .unwrap();
}

/// A session lost mid-batch (the emulator's statement fault terminates it as `pg_terminate_backend` does) is
/// retried in new sessions and the run still knows it created the role; a connect refused on every attempt gives
/// up after `ATTEMPTS` with a transient connect error, having changed nothing.
#[tokio::test]
async fn lost_sessions_are_retried_and_refused_connects_give_up() {
    use azconn::pg::{Progress, execute_with};
    use azconn_emulator::pg::{StatementAction, StatementFault};

    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    let fault = |matches: &str| StatementFault {
        matches: matches.to_owned(),
        action: StatementAction::Terminate,
        nth: 1,
        times: 1,
    };
    let create = cluster
        .server
        .add_statement_fault(fault("pgaadauth_create_principal_with_oid"))
        .unwrap();
    let grant = cluster
        .server
        .add_statement_fault(fault("GRANT ALL PRIVILEGES ON ALL SEQUENCES"))
        .unwrap();
    let plan = RolePlan::flexible("aad_lost", "demo", OID, PrincipalType::Service, false).unwrap();
    let mut progress = Progress::default();
    let outcome = execute_with(&plan, &connector, &login, &token(), &mut progress)
        .await
        .unwrap();
    assert!(outcome.created, "{progress:?}");
    assert_eq!(progress.attempts, 3, "one attempt per killed session");
    assert_eq!(cluster.server.statement_fault_seen(create), 2);
    assert_eq!(cluster.server.statement_fault_seen(grant), 2);
    assert_eq!(
        grants(&cluster, "demo", "aad_lost"),
        "aad_lost=CTc/azure_pg_admin | DELETE,INSERT,REFERENCES,SELECT,TRIGGER,TRUNCATE,UPDATE | true | true"
    );
    assert_eq!(role_count(&cluster, "aad_lost"), "1");
    cluster.server.clear_statement_faults().unwrap();

    // Nothing listens on the port: refused three times, nothing changed.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let refused = PgConnector::new(azconn::pg::ConnectSettings {
        port,
        ..cluster.settings(SslMode::VerifyFull, RootCert::File(cluster.ca.clone()))
    })
    .unwrap();
    let plan =
        RolePlan::flexible("aad_refused", "demo", OID, PrincipalType::Service, false).unwrap();
    let mut progress = Progress::default();
    let e = execute_with(&plan, &refused, &login, &token(), &mut progress)
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            PgError::Connect {
                failure: ConnectFailure::Refused,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.is_transient() && e.is_connect_failure());
    assert_eq!(progress.attempts, azconn::pg::role::ATTEMPTS);
    assert_eq!(role_count(&cluster, "aad_refused"), "0");
}

/// `pg::abandon` (create's last step when it gives up after the role was created, e.g. a later session refused
/// by the firewall): drops the role only when this run created it and `execute_with` has not already undone it.
#[tokio::test]
async fn abandon_drops_only_a_role_this_run_created() {
    use azconn::pg::{Progress, abandon, execute_with};
    use azconn_emulator::pg::{StatementAction, StatementFault};

    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    let plan =
        RolePlan::flexible("aad_abandoned", "demo", OID, PrincipalType::Service, false).unwrap();

    // A role that existed before (this run did not create it) is kept.
    cluster.psql("demo", "CREATE ROLE aad_abandoned LOGIN");
    let mut progress = Progress::default();
    assert!(
        !abandon(&plan, &connector, &login, &token(), &mut progress)
            .await
            .unwrap()
    );
    assert_eq!(role_count(&cluster, "aad_abandoned"), "1");
    // The same role, created by this run (as after a CREATE whose grants never ran): dropped, once.
    progress.created = true;
    assert!(
        abandon(&plan, &connector, &login, &token(), &mut progress)
            .await
            .unwrap()
    );
    assert_eq!(role_count(&cluster, "aad_abandoned"), "0");
    assert!(!progress.created);

    // execute_with already undid its role after a GRANT failed on every attempt: nothing left to abandon.
    let fault = cluster
        .server
        .add_statement_fault(StatementFault {
            matches: "GRANT ALL PRIVILEGES ON ALL TABLES".to_owned(),
            action: StatementAction::Terminate,
            nth: 1,
            times: 1000,
        })
        .unwrap();
    let mut progress = Progress::default();
    execute_with(&plan, &connector, &login, &token(), &mut progress)
        .await
        .unwrap_err();
    assert!(cluster.server.statement_fault_seen(fault) >= 1);
    assert_eq!(role_count(&cluster, "aad_abandoned"), "0");
    assert!(
        !abandon(&plan, &connector, &login, &token(), &mut progress)
            .await
            .unwrap()
    );
    cluster.server.clear_statement_faults().unwrap();
}

/// A transaction goes to the server as one batch (one round trip) and stays one transaction: a statement failing
/// in the middle leaves nothing of the statements before it, the error names that statement, and the session is
/// usable afterwards. A batch without BEGIN is one (implicit) transaction too.
#[tokio::test]
async fn a_batch_failing_in_the_middle_leaves_nothing() {
    use azconn::pg::Batched;

    let cluster = PgEnv::start(EmulatedKind::Flexible).await;
    let (connector, login) = (cluster.connector(), cluster.login());
    cluster.psql("demo", "CREATE ROLE aad_batch LOGIN");
    let nothing = "- | - | false | false";
    let mut session = connector.connect(&login, "demo", &token()).await.unwrap();
    let statements = [
        "GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_batch\";".to_owned(),
        "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA nosuchschema TO \"aad_batch\";".to_owned(),
        "GRANT CREATE ON SCHEMA public TO \"aad_batch\";".to_owned(),
    ];
    let e = session
        .execute_in_transaction(&statements)
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Failed to run `GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA nosuchschema TO \"aad_batch\";` on \
         database `demo`: schema \"nosuchschema\" does not exist (SQLSTATE 3F000)"
    );
    assert_eq!(grants(&cluster, "demo", "aad_batch"), nothing);

    // Out of the aborted transaction: the next batch runs, and says how many rows each statement returned.
    let run = session
        .execute_batch(&[
            Batched::quiet("SELECT 1"),
            Batched::quiet("SELECT 2 UNION SELECT 3"),
        ])
        .await;
    assert!(run.error.is_none(), "{:?}", run.error);
    assert_eq!(run.rows, [1, 2]);

    // Without BEGIN: the first statement completed, the second failed, and the first is undone with it.
    let run = session
        .execute_batch(&[
            Batched::logged(statements[0].as_str()),
            Batched::logged(statements[1].as_str()),
            Batched::logged(statements[2].as_str()),
        ])
        .await;
    assert_eq!(run.rows, [0]);
    assert_eq!(
        run.error
            .and_then(|e| e.sqlstate().map(str::to_owned))
            .as_deref(),
        Some("3F000")
    );
    assert_eq!(grants(&cluster, "demo", "aad_batch"), nothing);

    // All of it, in one transaction.
    session
        .execute_in_transaction(&[statements[0].clone(), statements[2].clone()])
        .await
        .unwrap();
    assert_eq!(
        grants(&cluster, "demo", "aad_batch"),
        "aad_batch=CTc/azure_pg_admin | - | false | true"
    );
}
