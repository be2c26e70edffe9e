//! `azconn access plan|apply|list|export` against azconn-emulator and its real PostgreSQL: plans to the byte,
//! the catalogs after apply (roles, pgaadauth principals, ACLs, default ACLs) and what each profile's role can
//! really do (as that role, `SET ROLE`), idempotence, drift, prune, a failing database left as it was, and two
//! servers × two databases in one run.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::common::emulator::Emulator;
use crate::common::{Azconn, Run, scratch};
use crate::create::{ALICE_OID, BOB_OID, SP_OID, seed, server};

/// An emulator and a home for azconn runs against it.
struct World {
    emu: Emulator,
    home: PathBuf,
}

impl World {
    /// Runs `azconn <line>` (split like a shell splits it) in the emulator's environment.
    fn az(&self, line: &str) -> Run {
        Azconn::new(&self.home).emulator(&self.emu).line(line).run()
    }

    fn psql(&self, server: &str, db: &str, sql: &str) -> String {
        self.emu.psql(server, db, sql)
    }

    /// Whether `role` is refused `statement` on `db`: PostgreSQL's own check, as that role; the statement is
    /// rolled back either way.
    fn denied(&self, server: &str, db: &str, role: &str, statement: &str) -> bool {
        let sql = format!(
            "SET ROLE \"{role}\"; DO $$ BEGIN {statement}; RAISE EXCEPTION 'allowed'; \
             EXCEPTION WHEN insufficient_privilege THEN PERFORM set_config('access.test', 'denied', false); \
             WHEN raise_exception THEN PERFORM set_config('access.test', 'allowed', false); END $$; \
             SELECT current_setting('access.test')"
        );
        match self.psql(server, db, &sql).as_str() {
            "denied" => true,
            "allowed" => false,
            other => panic!("{statement} as {role}: {other}"),
        }
    }
}

fn world(name: &str, servers: Vec<Value>) -> World {
    World {
        emu: Emulator::start(Some(&seed(servers, "alice@contoso.com"))),
        home: scratch(&format!("access-{name}")),
    }
}

fn srv(name: &str, databases: &[&str]) -> Value {
    server(
        "flexible",
        name,
        json!({"entraAuth": true, "databases": databases}),
    )
}

/// Writes the access file into the world's home and runs `azconn access <verb> -f FILE <rest>`.
fn access(w: &World, verb: &str, file: &str, rest: &str) -> Run {
    let path = w.home.join("access.yaml");
    std::fs::write(&path, file).expect("write access file");
    w.az(&format!("access {verb} -f {} {rest}", path.display()))
}

fn ok(r: &Run) {
    assert_eq!(r.code, 0, "stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
}

const FILE: &str = "\
version: 1
servers:
  - server: srv
    resource-group: rg
    databases: [demo]
grants:
  - principal: {user: alice@contoso.com}
    profile: ddl
    role: alice
  - principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}
    profile: read
    role: bob
  - principal: {service-principal: azconn-ci}
    profile: write
";

#[test]
fn plan_apply_and_the_second_plan_is_empty() {
    let w = world("basic", vec![srv("srv", &["demo"])]);
    // alice signs in and becomes the server's Entra administrator on apply; plan says so first.
    let r = access(&w, "plan", FILE, "");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("is not a Microsoft Entra administrator of server srv; `azconn access apply` makes it one"),
        "{}",
        r.stderr
    );
    let r = access(&w, "apply", FILE, "-o json");
    ok(&r);
    let rows: Value = serde_json::from_str(&r.stdout).expect("json");
    let changes: Vec<String> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r["change"].as_str().unwrap_or(""),
                r["role"].as_str().unwrap_or(""),
                r["object"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert!(
        changes.contains(
            &"create role bob user bob_fabrikam.com#EXT#@contoso.onmicrosoft.com".to_owned()
        ),
        "{changes:?}"
    );
    assert!(
        changes.contains(&"create role azconn-ci service azconn-ci".to_owned()),
        "{changes:?}"
    );

    // The catalogs: roles with their Entra object ids, the marker, ACLs.
    let principals = w.psql(
        "srv",
        "postgres",
        "SELECT rolname || ' ' || object_id || ' ' || principal_type FROM pgaadauth.principals WHERE NOT is_admin ORDER BY 1",
    );
    assert_eq!(
        principals,
        format!("alice {ALICE_OID} user\nazconn-ci {SP_OID} service\nbob {BOB_OID} user")
    );
    let marked = w.psql(
        "srv",
        "postgres",
        "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = 'managed by azconn access'",
    );
    assert_eq!(marked, "alice,azconn-ci,bob");

    // A table created after apply by the administrator is readable by read and writable by write; read cannot
    // INSERT.
    w.psql(
        "srv",
        "demo",
        "SET ROLE \"alice@contoso.com\"; CREATE TABLE public.later (id int); INSERT INTO public.later VALUES (1);",
    );
    assert_eq!(
        w.psql(
            "srv",
            "demo",
            "SET ROLE bob; SELECT count(*) FROM public.later"
        ),
        "1"
    );
    assert_eq!(
        w.psql(
            "srv",
            "demo",
            "SET ROLE bob; SELECT count(*) FROM public.t1"
        ),
        "0"
    );
    assert_eq!(
        w.psql("srv", "demo", "SET ROLE \"azconn-ci\"; INSERT INTO public.later VALUES (2); INSERT INTO public.t1 (name) VALUES ('x'); SELECT count(*) FROM public.later"),
        "2"
    );
    assert!(w.denied("srv", "demo", "bob", "INSERT INTO public.later VALUES (3)"));
    assert!(w.denied("srv", "demo", "bob", "CREATE TABLE public.nope (id int)"));
    assert!(!w.denied(
        "srv",
        "demo",
        "alice@contoso.com",
        "CREATE TABLE public.yes (id int)"
    ));

    // The second plan is empty, with --detailed-exitcode 0.
    let r = access(&w, "plan", FILE, "--detailed-exitcode -o json");
    ok(&r);
    assert_eq!(r.stdout, "[]\n");
}
