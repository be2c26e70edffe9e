//! `azconn access plan|apply|list|export` against azconn-emulator and its real PostgreSQL: plans to the byte,
//! the catalogs after apply (roles, pgaadauth principals, ACLs, default ACLs) and what each profile's role can
//! really do (as that role, `SET ROLE`), idempotence, drift, prune, a failing database left as it was, and two
//! servers × two databases in one run.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::common::emulator::Emulator;
use crate::common::fixtures::{
    ALICE_OID, BOB_OID, SP_OID, SUB, TENANT, flex_path, seed, server, single_path,
};
use crate::common::{Azconn, Run, scratch};

/// An emulator and a home for azconn runs against it.
pub(crate) struct World {
    pub(crate) emu: Emulator,
    home: PathBuf,
}

impl World {
    /// Runs `azconn <line>` (split like a shell splits it) in the emulator's environment.
    pub(crate) fn az(&self, line: &str) -> Run {
        Azconn::new(&self.home).emulator(&self.emu).line(line).run()
    }

    pub(crate) fn psql(&self, server: &str, db: &str, sql: &str) -> String {
        self.emu.psql(server, db, sql)
    }

    /// Whether `role` is refused `statement` on `db`: PostgreSQL's own check, as that role; the statement is
    /// rolled back either way.
    pub(crate) fn denied(&self, server: &str, db: &str, role: &str, statement: &str) -> bool {
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

pub(crate) fn world(name: &str, servers: Vec<Value>) -> World {
    seeded(name, &seed(servers, "alice@contoso.com"))
}

/// A world from a seed of the test's own.
pub(crate) fn seeded(name: &str, seed: &Value) -> World {
    World {
        emu: Emulator::start(Some(seed)),
        home: scratch(&format!("access-{name}")),
    }
}

pub(crate) fn srv(name: &str, databases: &[&str]) -> Value {
    server(
        "flexible",
        name,
        json!({"entraAuth": true, "databases": databases}),
    )
}

/// Writes the access file into the world's home and runs `azconn access <verb> -f FILE <rest>`.
pub(crate) fn access(w: &World, verb: &str, file: &str, rest: &str) -> Run {
    let path = w.home.join("access.yaml");
    std::fs::write(&path, file).expect("write access file");
    w.az(&format!("access {verb} -f {} {rest}", path.display()))
}

/// The run exited with `code` and its stderr says `text`.
pub(crate) fn fails(r: &Run, code: i32, text: &str) {
    assert_eq!(r.code, code, "stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(text), "{}", r.stderr);
}

pub(crate) fn ok(r: &Run) {
    assert_eq!(r.code, 0, "stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
}

/// The file's plan is empty: `--detailed-exitcode` exits 0 with no change listed.
pub(crate) fn plans_nothing(w: &World, file: &str) {
    let r = access(w, "plan", file, "--detailed-exitcode -o json");
    ok(&r);
    assert_eq!(r.stdout, "[]\n");
}

pub(crate) const FILE: &str = "\
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
    fails(
        &r,
        1,
        "is not a Microsoft Entra administrator of server srv; `azconn access apply` makes it one",
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
    plans_nothing(&w, FILE);
}

/// The table `plan -o table` prints for a fresh server, as a reader sees it.
#[test]
fn plan_output_is_exact() {
    let w = world(
        "plan-output",
        vec![server(
            "flexible",
            "srv",
            json!({"entraAuth": true, "databases": ["demo"],
                   "admins": [{"principalName": "alice@contoso.com", "objectId": ALICE_OID}]}),
        )],
    );
    let file = "\
version: 1
servers: [{server: srv, resource-group: rg, databases: [demo]}]
grants:
  - {principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}, profile: read, role: bob}
";
    let r = access(&w, "plan", file, "-o table --detailed-exitcode");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
Server    Database    Role    Change         Object                                              Privileges    Note
--------  ----------  ------  -------------  --------------------------------------------------  ------------  ----------------------------------------------
srv                   bob     create role    user bob_fabrikam.com#EXT#@contoso.onmicrosoft.com                object id 0b6a1c52-7d3e-4f59-8e2a-6c1f9d4b3a77
srv       demo        bob     grant          database demo                                       CONNECT
srv       demo        bob     grant          schema public                                       USAGE
srv       demo        bob     grant          table public.t1                                     SELECT
srv       demo        bob     grant          sequence public.t1_id_seq                           SELECT
srv       demo        bob     grant default  tables created by alice@contoso.com in public       SELECT
srv       demo        bob     grant default  sequences created by alice@contoso.com in public    SELECT
srv       demo        bob     grant default  tables created by azure_pg_admin in public          SELECT
srv       demo        bob     grant default  sequences created by azure_pg_admin in public       SELECT
"
    );
    let r = access(&w, "plan", file, "--show-sql");
    ok(&r);
    assert_eq!(
        r.stdout,
        "\
-- server: srv, database: postgres
BEGIN;
select * from pgaadauth_create_principal_with_oid('bob', '0b6a1c52-7d3e-4f59-8e2a-6c1f9d4b3a77', 'user', false, false);
COMMENT ON ROLE \"bob\" IS 'managed by azconn access';
COMMIT;
-- server: srv, database: demo
BEGIN;
GRANT CONNECT ON DATABASE \"demo\" TO \"bob\";
GRANT USAGE ON SCHEMA \"public\" TO \"bob\";
GRANT SELECT ON TABLE \"public\".\"t1\" TO \"bob\";
GRANT SELECT ON SEQUENCE \"public\".\"t1_id_seq\" TO \"bob\";
ALTER DEFAULT PRIVILEGES FOR ROLE \"alice@contoso.com\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"bob\";
ALTER DEFAULT PRIVILEGES FOR ROLE \"alice@contoso.com\" IN SCHEMA \"public\" GRANT SELECT ON SEQUENCES TO \"bob\";
ALTER DEFAULT PRIVILEGES FOR ROLE \"azure_pg_admin\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"bob\";
ALTER DEFAULT PRIVILEGES FOR ROLE \"azure_pg_admin\" IN SCHEMA \"public\" GRANT SELECT ON SEQUENCES TO \"bob\";
COMMIT;
"
    );
    // Nothing changed.
    assert_eq!(
        w.psql(
            "srv",
            "postgres",
            "SELECT count(*) FROM pg_roles WHERE rolname = 'bob'"
        ),
        "0"
    );
}

/// A grant added by hand shows up as a revoke and apply removes it; the managed role no longer listed is
/// pruned only with --prune.
#[test]
fn drift_is_revoked_and_prune_drops() {
    let w = world("drift", vec![srv("srv", &["demo"])]);
    ok(&access(&w, "apply", FILE, ""));
    w.psql("srv", "demo", "GRANT INSERT, DELETE ON public.t1 TO bob");
    let r = access(
        &w,
        "plan",
        FILE,
        "-o tsv --query [].[role,change,object,privileges]",
    );
    ok(&r);
    assert_eq!(r.stdout, "bob\trevoke\ttable public.t1\tINSERT, DELETE\n");
    ok(&access(&w, "apply", FILE, ""));
    assert!(w.denied(
        "srv",
        "demo",
        "bob",
        "INSERT INTO public.t1 (name) VALUES ('x')"
    ));

    // azconn-ci leaves the file: without --prune nothing happens, with it the role is revoked and dropped.
    let smaller = FILE.replace(
        "  - principal: {service-principal: azconn-ci}\n    profile: write\n",
        "",
    );
    let r = access(&w, "plan", &smaller, "-o json");
    ok(&r);
    assert_eq!(r.stdout, "[]\n");
    let r = access(
        &w,
        "plan",
        &smaller,
        "--prune -o tsv --query [].[role,change,object]",
    );
    ok(&r);
    assert!(
        r.stdout.ends_with("azconn-ci\tdrop role\trole\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("azconn-ci\trevoke\ttable public.t1\n"),
        "{}",
        r.stdout
    );
    ok(&access(&w, "apply", &smaller, "--prune"));
    assert_eq!(
        w.psql(
            "srv",
            "postgres",
            "SELECT count(*) FROM pg_roles WHERE rolname = 'azconn-ci'"
        ),
        "0"
    );
    // A pruned role that owns a table is kept, and the plan says why.
    w.psql(
        "srv",
        "demo",
        "CREATE TABLE public.bobs (id int); ALTER TABLE public.bobs OWNER TO bob",
    );
    let r = access(
        &w,
        "plan",
        "version: 1\nservers: [{server: srv, resource-group: rg, databases: [demo]}]\n",
        "--prune -o tsv --query \"[?change=='keep role'].note\"",
    );
    ok(&r);
    assert_eq!(
        r.stdout,
        "it owns 1 object(s); move them first (REASSIGN OWNED BY \"bob\" TO <role>) or drop them (DROP OWNED BY), then prune again\n"
    );
}

/// Two servers with two databases each in one run; a statement that fails in one database leaves that
/// database as it was and the others applied, and the roles the run created whose grants failed are dropped.
#[test]
fn two_servers_two_databases_and_a_failing_database() {
    let w = world(
        "many",
        vec![
            srv("srv1", &["demo", "reporting"]),
            srv("srv2", &["demo", "reporting"]),
        ],
    );
    let file = "\
version: 1
servers:
  - {server: srv1, resource-group: rg, databases: [demo, reporting]}
  - {server: srv2, resource-group: rg, databases: [demo, reporting]}
grants:
  - {principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}, profile: read, role: bob}
  - {principal: {service-principal: 3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d}, profile: write, databases: [reporting]}
";
    w.psql("srv2", "reporting", "CREATE TABLE public.only_here (id int); ALTER TABLE public.only_here OWNER TO azure_pg_admin");
    w.emu.admin().pg_fault(&json!({"server": "srv2", "match": "ON TABLE \"public\".\"only_here\" TO \"bob\"",
        "action": "error", "sqlstate": "42501", "message": "permission denied (injected)", "times": 1000}));
    let r = access(&w, "apply", file, "-o json");
    fails(
        &r,
        1,
        "server srv2: Failed to run `GRANT SELECT ON TABLE \"public\".\"only_here\" TO \"bob\";` on database `reporting`: permission denied (injected)",
    );
    let grants = |srv: &str, db: &str| {
        w.psql(srv, db, "SELECT string_agg(DISTINCT grantee::regrole::text, ',' ORDER BY grantee::regrole::text) FROM pg_class c, aclexplode(c.relacl) a WHERE c.relname = 't1' AND a.grantee <> c.relowner")
    };
    assert_eq!(grants("srv1", "demo"), "bob");
    assert_eq!(grants("srv1", "reporting"), "\"azconn-ci\",bob");
    // The failing database is as it was: no grant at all. bob and azconn-ci were created on srv2 by this run
    // and their grants on reporting failed: they are dropped again, bob's grants on demo with him.
    assert_eq!(grants("srv2", "reporting"), "");
    assert_eq!(grants("srv2", "demo"), "");
    let roles = |srv: &str| {
        w.psql(srv, "postgres", "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname IN ('bob', 'azconn-ci')")
    };
    assert_eq!(roles("srv1"), "azconn-ci,bob");
    assert_eq!(roles("srv2"), "");
    assert!(
        r.stderr.contains("server srv2: role bob was created by this run and dropped again: its grants on database(s) reporting failed"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "", "a failed apply prints no document");
    w.emu.admin().clear_knobs();
    ok(&access(&w, "apply", file, ""));
    assert_eq!(grants("srv2", "reporting"), "\"azconn-ci\",bob");
    plans_nothing(&w, file);
}

/// A group by display name becomes a role of type `group`; an unknown or ambiguous name is an error naming
/// the entry.
#[test]
fn groups_resolve_by_name() {
    let mut s = seed(vec![srv("srv", &["demo"])], "alice@contoso.com");
    s["groups"] = json!([
        {"objectId": "7a7a7a7a-0000-4000-8000-00000000000a", "displayName": "DB Readers", "members": ["bob_fabrikam.com#EXT#@contoso.onmicrosoft.com"]},
        {"objectId": "7b7b7b7b-0000-4000-8000-00000000000b", "displayName": "Twins"},
        {"objectId": "7c7c7c7c-0000-4000-8000-00000000000c", "displayName": "Twins"}
    ]);
    let w = seeded("groups", &s);
    let file = "\
version: 1
servers: [{server: srv, resource-group: rg, databases: [demo]}]
grants:
  - {principal: {group: DB Readers}, profile: read}
";
    ok(&access(&w, "apply", file, ""));
    assert_eq!(
        w.psql("srv", "postgres", "SELECT object_id || ' ' || principal_type FROM pgaadauth.principals WHERE rolname = 'DB Readers'"),
        "7a7a7a7a-0000-4000-8000-00000000000a group"
    );
    assert!(!w.denied("srv", "demo", "DB Readers", "PERFORM * FROM public.t1"));
    let r = access(&w, "plan", &file.replace("DB Readers", "Twins"), "");
    fails(
        &r,
        1,
        "access.yaml:4:5: group: Twins: 2 groups are named `Twins`; use the object id (or app id) instead",
    );
    let r = access(&w, "plan", &file.replace("DB Readers", "Nobody"), "");
    // A missing principal is "not found".
    fails(
        &r,
        3,
        "group: Nobody: no group named `Nobody` in Microsoft Entra ID",
    );
}

/// Each principal kind with each built-in profile: the role, its pgaadauth type and object id, and what it can
/// do on a table created after apply.
#[test]
fn principal_kinds_by_profile() {
    let mut s = seed(vec![srv("srv", &["demo"])], "alice@contoso.com");
    s["groups"] =
        json!([{"objectId": "7a7a7a7a-0000-4000-8000-00000000000a", "displayName": "Writers"}]);
    s["managedIdentities"] = json!([{"clientId": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        "principalId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "displayName": "azconn-mi"}]);
    let w = seeded("kinds", &s);
    let file = "\
version: 1
servers: [{server: srv, resource-group: rg, databases: [demo]}]
grants:
  - {principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}, profile: read, role: reader}
  - {principal: {group: Writers}, profile: write}
  - {principal: {service-principal: azconn-ci}, profile: ddl}
  - {principal: {managed-identity: azconn-mi}, profile: all}
";
    ok(&access(&w, "apply", file, ""));
    assert_eq!(
        w.psql("srv", "postgres", "SELECT string_agg(rolname || ' ' || principal_type || ' ' || object_id, E'\\n' ORDER BY rolname) FROM pgaadauth.principals WHERE NOT is_admin"),
        format!(
            "Writers group 7a7a7a7a-0000-4000-8000-00000000000a\nazconn-ci service {SP_OID}\n\
             azconn-mi service 1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9\nreader user {BOB_OID}"
        )
    );
    // A table the ddl principal creates after apply is covered for the others too.
    w.psql(
        "srv",
        "demo",
        "SET ROLE \"azconn-ci\"; CREATE TABLE public.made_later (id int)",
    );
    w.psql(
        "srv",
        "demo",
        "SET ROLE \"alice@contoso.com\"; CREATE TABLE public.admin_later (id int)",
    );
    for table in ["public.made_later", "public.admin_later", "public.t1"] {
        let select = format!("PERFORM * FROM {table}");
        let insert = format!("INSERT INTO {table} (id) VALUES (1)");
        let truncate = format!("TRUNCATE {table}");
        assert!(!w.denied("srv", "demo", "reader", &select), "{table}");
        assert!(w.denied("srv", "demo", "reader", &insert), "{table}");
        assert!(!w.denied("srv", "demo", "Writers", &insert), "{table}");
        assert!(w.denied("srv", "demo", "Writers", &truncate), "{table}");
        assert!(!w.denied("srv", "demo", "azconn-mi", &truncate), "{table}");
    }
    assert!(w.denied("srv", "demo", "Writers", "CREATE TABLE public.w (id int)"));
    assert!(!w.denied("srv", "demo", "azconn-mi", "CREATE TABLE public.m (id int)"));
    plans_nothing(&w, file);
}

/// Two servers with Microsoft Entra authentication off, read concurrently: `apply` asks about each on the
/// terminal, one question after the other and before any change; refusing the second leaves both as they were.
#[test]
fn every_question_comes_first_one_at_a_time() {
    let off = |name: &str| server("flexible", name, json!({"databases": ["demo"]}));
    let w = world("questions", vec![off("srv1"), off("srv2")]);
    let file = "\
version: 1
servers:
  - {server: srv1, resource-group: rg, databases: [demo]}
  - {server: srv2, resource-group: rg, databases: [demo]}
grants:
  - {principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}, profile: read, role: bob}
";
    let path = w.home.join("access.yaml");
    std::fs::write(&path, file).expect("write access file");
    let line = format!("access apply -f {} -o json", path.display());
    let run = |input: &str| Azconn::new(&w.home).emulator(&w.emu).line(&line).tty(input);
    let question = "Do you want to enable Microsoft Entra Authentication for the database server? It may cause the server restart. (y/n): ";
    let changes = |w: &World| {
        w.emu
            .arm_calls()
            .into_iter()
            .filter(|c| !c.starts_with("GET "))
            .collect::<Vec<_>>()
    };

    let (code, screen) = run("y\nn\n");
    assert_eq!(code, 1, "{screen}");
    let screen = screen.replace("\r\n", "\n");
    let at = |text: &str, from: usize| {
        screen[from..].find(text).map_or_else(
            || panic!("{text:?} after byte {from} in:\n{screen}"),
            |i| i + from,
        )
    };
    let first = at("Microsoft Entra authentication is off on server srv1", 0);
    let asked = at(question, first);
    let second = at(
        "Microsoft Entra authentication is off on server srv2",
        asked,
    );
    // Nothing but the typed answer between the first question and the second server's line.
    assert_eq!(
        screen[asked + question.len()..second]
            .trim_start_matches("y\n")
            .trim_start_matches("WARNING: "),
        "",
        "{screen}"
    );
    at(question, second);
    assert!(
        screen.contains("Please enable Microsoft Entra authentication manually and try again."),
        "{screen}"
    );
    assert_eq!(
        changes(&w),
        Vec::<String>::new(),
        "nothing changes before the last answer"
    );

    let (code, screen) = run("y\ny\n");
    assert_eq!(code, 0, "{screen}");
    let state = w.emu.admin().state();
    for s in state["servers"].as_array().expect("servers") {
        assert_eq!(s["entraAuth"], json!(true), "{s}");
    }
    assert_eq!(
        w.psql(
            "srv2",
            "postgres",
            "SELECT count(*) FROM pg_roles WHERE rolname = 'bob'"
        ),
        "1"
    );
}

/// Resource ids in the file: a server by `id:`, a user-assigned managed identity by its resource id, and a web
/// app and a container app by theirs (their system-assigned identities), each looked up in ARM and Graph.
#[test]
fn resource_ids_name_servers_identities_and_apps() {
    let mut s = seed(vec![srv("srv", &["demo"])], "alice@contoso.com");
    s["managedIdentities"] = json!([{"clientId": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        "principalId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "displayName": "azconn-mi", "resourceGroup": "rg"}]);
    s["sites"] = json!([{"name": "web1", "resourceGroup": "rg", "systemIdentity": true}]);
    s["containerApps"] = json!([{"name": "ca1", "resourceGroup": "rg", "systemIdentity": true}]);
    let w = seeded("resource-ids", &s);
    let rg = format!("/subscriptions/{SUB}/resourceGroups/rg/providers");
    let file = format!(
        "\
version: 1
servers: [{{id: {server}, databases: [demo]}}]
grants:
  - {{principal: {{managed-identity: {rg}/Microsoft.ManagedIdentity/userAssignedIdentities/azconn-mi}}, profile: read}}
  - {{principal: {{app: {rg}/Microsoft.Web/sites/web1}}, profile: write}}
  - {{principal: {{app: {rg}/Microsoft.App/containerApps/ca1}}, profile: read, role: ca1_reader}}
",
        server = flex_path("srv")
    );
    ok(&access(&w, "apply", &file, ""));
    let principal_id = |path: &str| {
        let r = w.az(&format!(
            "rest --method get --url {path}?api-version=2024-03-01"
        ));
        ok(&r);
        let body: Value = serde_json::from_str(&r.stdout).expect("json");
        body["identity"]["principalId"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned()
    };
    let web1 = principal_id(&format!("{rg}/Microsoft.Web/sites/web1"));
    let ca1 = principal_id(&format!("{rg}/Microsoft.App/containerApps/ca1"));
    assert_eq!(
        w.psql("srv", "postgres", "SELECT string_agg(rolname || ' ' || principal_type || ' ' || object_id, E'\\n' ORDER BY rolname) FROM pgaadauth.principals WHERE NOT is_admin"),
        format!(
            "azconn-mi service 1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9\nca1_reader service {ca1}\nweb1 service {web1}"
        )
    );
    assert!(!w.denied(
        "srv",
        "demo",
        "web1",
        "INSERT INTO public.t1 (id) VALUES (1)"
    ));
    assert!(w.denied(
        "srv",
        "demo",
        "azconn-mi",
        "INSERT INTO public.t1 (id) VALUES (1)"
    ));
    plans_nothing(&w, &file);

    // A resource that does not exist is "not found" (exit 3), naming the entry.
    let bad = file.replace("Microsoft.Web/sites/web1", "Microsoft.Web/sites/nope");
    let r = access(&w, "plan", &bad, "");
    fails(&r, 3, "access.yaml:5:5: app: ");
}

/// A Single Server named by `id:`: the signed-in user becomes its administrator (the Single administrator PUT),
/// logs in as `login@server`, and the roles are `azure_ad_user` members whose password is the object id (a user)
/// or the app id (a service principal); the second plan is empty.
#[test]
fn single_server_by_id() {
    let w = world(
        "single",
        vec![server("single", "ssrv", json!({"databases": ["demo"]}))],
    );
    let file = format!(
        "\
version: 1
servers: [{{id: {}, databases: [demo]}}]
grants:
  - {{principal: {{user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}}, profile: read, role: bob}}
  - {{principal: {{service-principal: azconn-ci}}, profile: write}}
",
        single_path("ssrv")
    );
    let r = access(&w, "plan", &file, "");
    fails(
        &r,
        1,
        "is not a Microsoft Entra administrator of server ssrv",
    );
    let r = access(&w, "apply", &file, "-o json");
    ok(&r);
    assert!(
        w.emu
            .arm_calls()
            .iter()
            .any(|c| c.starts_with("PUT ")
                && c.contains("/servers/ssrv/administrators/activeDirectory")),
        "{:#?}",
        w.emu.arm_calls()
    );
    assert_eq!(
        w.psql("ssrv", "postgres", "SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'azure_ad_user' JOIN pg_roles r ON r.oid = m.member WHERE r.rolname NOT LIKE 'alice%'"),
        "azconn-ci,bob"
    );
    assert_eq!(
        w.psql("ssrv", "postgres", "SELECT string_agg(rolname || '=' || shobj_description(oid, 'pg_authid'), ',' ORDER BY rolname) FROM pg_roles WHERE rolname IN ('bob', 'azconn-ci')"),
        "azconn-ci=managed by azconn access,bob=managed by azconn access"
    );
    assert!(!w.denied("ssrv", "demo", "bob", "PERFORM * FROM public.t1"));
    assert!(w.denied(
        "ssrv",
        "demo",
        "bob",
        "INSERT INTO public.t1 (id) VALUES (1)"
    ));
    assert!(!w.denied(
        "ssrv",
        "demo",
        "azconn-ci",
        "INSERT INTO public.t1 (id) VALUES (1)"
    ));
    plans_nothing(&w, &file);
}

/// A group granted `read`: a member signs in with their own token and logs in as the group's role (the emulator's
/// PostgreSQL checks the token and the membership, as Azure does); they can read and cannot write.
#[test]
fn a_group_member_logs_in_as_the_group() {
    // A member whose UPN goes into a URL as it is (a guest's `#EXT#` would not).
    const CAROL: &str = "carol@contoso.com";
    let mut s = seed(vec![srv("srv", &["demo"])], "alice@contoso.com");
    s["users"]
        .as_array_mut()
        .expect("users")
        .push(json!({"upn": CAROL, "objectId": "c0c0c0c0-0000-4000-8000-00000000000c", "displayName": "Carol"}));
    s["groups"] = json!([{"objectId": "7a7a7a7a-0000-4000-8000-00000000000a", "displayName": "DB Readers",
        "members": [CAROL]}]);
    let w = seeded("group-login", &s);
    let file = "\
version: 1
servers: [{server: srv, resource-group: rg, databases: [demo]}]
grants:
  - {principal: {group: DB Readers}, profile: read, role: readers}
";
    ok(&access(&w, "apply", file, ""));
    let token_of = |user: &str| {
        let client = w.emu.client();
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(client.user_token(
                TENANT,
                user,
                "https://ossrdbms-aad.database.windows.net/.default",
            ))
            .expect("an oss-rdbms token")
    };
    let token = token_of(CAROL);
    let as_member = |sql: &str| {
        let out = std::process::Command::new("psql")
            .args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .arg(format!(
                "host=srv.postgres.database.azure.com hostaddr=127.0.0.1 port={} dbname=demo user=readers sslmode=require",
                w.emu.pg()
            ))
            .env("PGPASSWORD", &token)
            .output()
            .expect("run psql");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).trim().to_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (read, out, err) = as_member("SELECT current_user, count(*) FROM public.t1");
    assert!(read, "{err}");
    assert!(out.starts_with("readers|"), "{out}");
    let (wrote, _, err) = as_member("INSERT INTO public.t1 (id) VALUES (1)");
    assert!(!wrote);
    assert!(err.contains("permission denied"), "{err}");
    // Someone outside the group cannot log in as it with their own token.
    let alice = token_of("alice@contoso.com");
    let out = std::process::Command::new("psql")
        .args(["-X", "-At", "-c", "SELECT 1"])
        .arg(format!(
            "host=srv.postgres.database.azure.com hostaddr=127.0.0.1 port={} dbname=demo user=readers sslmode=require",
            w.emu.pg()
        ))
        .env("PGPASSWORD", &alice)
        .output()
        .expect("run psql");
    assert!(!out.status.success(), "a non-member logged in as the group");
}
