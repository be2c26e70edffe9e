//! A table the administrator cannot grant on: another role (an app's migration role) owns tables and a sequence
//! in `public`. `create` reads the catalog before anything changes and stops with the list and the fixes, changing
//! nothing; with `--skip-ungrantable` it grants on everything else, object by object, and names what it skipped.

use serde_json::{Value, json};

use crate::common::fixtures::{ALICE, ALICE_OID, seed, server};
use crate::common::{World, ok};
use crate::create::count;

/// Server `srv` (Flexible) and `single`, Alice their Entra admin, each with `public.app_data` (and its sequence)
/// owned by the role `app_migrator`, which Alice is no member of.
fn world(name: &str) -> World {
    let admin = json!([{"principalName": ALICE, "objectId": ALICE_OID, "principalType": "User"}]);
    let seed: Value = seed(
        vec![
            server(
                "flexible",
                "srv",
                json!({"entraAuth": true, "admins": admin}),
            ),
            server("single", "single", json!({"admins": admin})),
        ],
        ALICE,
    );
    let w = World::start(name, &seed);
    for s in ["srv", "single"] {
        w.psql(
            s,
            "demo",
            "CREATE ROLE app_migrator NOLOGIN; \
             CREATE TABLE public.app_data (id serial PRIMARY KEY, v text); \
             ALTER TABLE public.app_data OWNER TO app_migrator;",
        );
    }
    w
}

fn privileges(w: &World, server: &str, role: &str) -> String {
    w.psql(
        server,
        "demo",
        &format!(
            "SELECT string_agg(c.relname || '=' || has_table_privilege('{role}', c.oid, 'SELECT'), ',' ORDER BY c.relname) \
             FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'S')"
        ),
    )
}

fn roles(w: &World, server: &str, role: &str) -> String {
    w.psql(
        server,
        "postgres",
        &format!("SELECT count(*) FROM pg_roles WHERE rolname = '{role}'"),
    )
}

const STOP: &str = "ERROR: The Microsoft Entra administrator cannot grant on these objects in database `demo`: it \
is not their owner nor a member of it, and holds no grant option:
  table \"public\".\"app_data\" (owner app_migrator)
  sequence \"public\".\"app_data_id_seq\" (owner app_migrator)
Nothing was changed. Make the administrators' role the owner and run the command again:
  ALTER TABLE \"public\".\"app_data\" OWNER TO azure_pg_admin;
  ALTER SEQUENCE \"public\".\"app_data_id_seq\" OWNER TO azure_pg_admin;
or run it with --skip-ungrantable to grant on everything else, then have the owner grant these:
  GRANT ALL PRIVILEGES ON TABLE \"public\".\"app_data\" TO \"aad_c8\";
  GRANT ALL PRIVILEGES ON SEQUENCE \"public\".\"app_data_id_seq\" TO \"aad_c8\";
";

#[test]
fn a_table_owned_by_another_role_stops_create_before_any_change() {
    let w = world("ungrantable-stop");
    for (verb, server) in [("postgres-flexible", "srv"), ("postgres", "single")] {
        let run = w.az(&format!(
            "connection create {verb} -g rg --connection c8 --tg rg --server {server} --database demo \
             --user-account --client-type none -o json"
        ));
        assert_eq!(run.code, 1, "{verb}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{verb}");
        assert!(run.stderr.ends_with(STOP), "{verb}: {}", run.stderr);
        let calls = w.calls();
        assert_eq!(count(&calls, "PUT"), 0, "{verb}: {calls:#?}");
        assert_eq!(count(&calls, "PATCH"), 0, "{verb}: {calls:#?}");
        assert_eq!(roles(&w, server, "aad_c8"), "0", "{verb}");
    }
    assert!(w.connector_names().is_empty(), "{:?}", w.connector_names());
}

#[test]
fn skip_ungrantable_grants_the_rest_and_names_what_it_skipped() {
    let w = world("ungrantable-skip");
    for (verb, server) in [("postgres-flexible", "srv"), ("postgres", "single")] {
        for extra in ["", " --new"] {
            let run = w.az(&format!(
                "connection create {verb} -g rg --connection c8 --tg rg --server {server} --database demo \
                 --user-account --client-type none --skip-ungrantable{extra} -o none"
            ));
            ok(&run);
            assert!(
                run.stderr.contains(
                    "WARNING: Skipped what the Microsoft Entra administrator cannot grant on in database `demo` \
                     (--skip-ungrantable); role \"aad_c8\" gets no privileges on:\n  \
                     table \"public\".\"app_data\" (owner app_migrator)\n  \
                     sequence \"public\".\"app_data_id_seq\" (owner app_migrator)\n"
                ),
                "{verb}{extra}: {}",
                run.stderr
            );
            assert_eq!(
                privileges(&w, server, "aad_c8"),
                "app_data=false,app_data_id_seq=false,t1=true,t1_id_seq=true",
                "{verb}{extra}"
            );
        }
    }
}
