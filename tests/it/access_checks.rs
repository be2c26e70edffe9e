//! What `access plan` checks before anything changes, and what it costs: Graph lookups travel in JSON batches
//! (45 principals, 3 Graph requests), and a table the Microsoft Entra administrator cannot grant on stops the run
//! with `create`'s list and fixes — or, with `--skip-ungrantable`, is left out and named in `create`'s warning.

use serde_json::{Value, json};

use crate::access::{World, access, fails, ok, seeded};
use crate::common::fixtures::{ALICE, ALICE_OID, seed, server};

/// Server `srv` (Flexible) with Alice, the signed-in user, already its Entra administrator.
fn administered(name: &str, edit: impl FnOnce(&mut Value)) -> World {
    let admins = json!([{"principalName": ALICE, "objectId": ALICE_OID, "principalType": "User"}]);
    let mut s = seed(
        vec![server(
            "flexible",
            "srv",
            json!({"entraAuth": true, "admins": admins}),
        )],
        ALICE,
    );
    edit(&mut s);
    seeded(name, &s)
}

/// 45 users in one file: their lookups go out 20 to a batch, so the plan sends 3 Graph requests, not 45.
#[test]
fn principals_are_looked_up_in_batches() {
    const USERS: usize = 45;
    let upn = |i: usize| format!("user{i:02}@contoso.com");
    let w = administered("batches", |s| {
        let users = s["users"].as_array_mut().expect("users");
        for i in 0..USERS {
            users.push(json!({"upn": upn(i), "displayName": format!("User {i}"),
                "objectId": format!("a0000000-0000-4000-8000-0000000000{i:02}")}));
        }
    });
    let mut file =
        "version: 1\nservers: [{server: srv, resource-group: rg, databases: [demo]}]\ngrants:\n"
            .to_owned();
    for i in 0..USERS {
        file.push_str(&format!(
            "  - {{principal: {{user: {}}}, profile: read}}\n",
            upn(i)
        ));
    }
    w.emu.admin().clear_requests();
    let r = access(&w, "plan", &file, "-o tsv --query [].change");
    ok(&r);
    assert_eq!(
        r.stdout.lines().filter(|l| *l == "create role").count(),
        USERS
    );
    assert_eq!(
        w.emu.graph_calls(),
        vec!["POST /v1.0/$batch"; USERS.div_ceil(20)]
    );
    // A missing user among them is still named by its entry.
    let r = access(&w, "plan", &file.replace("user07@", "nobody@"), "");
    fails(
        &r,
        3,
        "access.yaml:11:5: user: nobody@contoso.com: no user `nobody@contoso.com` in Microsoft Entra ID",
    );
}

const FILE: &str = "\
version: 1
servers: [{server: srv, resource-group: rg, databases: [demo]}]
grants:
  - {principal: {user: bob_fabrikam.com#EXT#@contoso.onmicrosoft.com}, profile: read, role: bob}
";

/// The words `create` uses for the same table (tests/it/ungrantable.rs).
const STOP: &str =
    "The Microsoft Entra administrator cannot grant on these objects in database `demo`: it \
is not their owner nor a member of it, and holds no grant option:
  table \"public\".\"secret\" (owner azuresu)
Nothing was changed. Make the administrators' role the owner and run the command again:
  ALTER TABLE \"public\".\"secret\" OWNER TO azure_pg_admin;
or run it with --skip-ungrantable to grant on everything else, then have the owner grant these:
  GRANT SELECT ON TABLE \"public\".\"secret\" TO \"bob\";
";

/// A table owned by a superuser: the administrator can neither grant on it nor act as its owner. Plan and apply
/// stop before any change with `create`'s list and fixes; `--skip-ungrantable` grants on the rest and warns.
#[test]
fn a_table_the_administrator_cannot_grant_on() {
    let w = administered("ungrantable", |_| {});
    w.psql("srv", "demo", "CREATE TABLE public.secret (id int)");
    for verb in ["plan", "apply"] {
        fails(&access(&w, verb, FILE, ""), 1, STOP);
    }
    assert_eq!(
        w.psql(
            "srv",
            "postgres",
            "SELECT count(*) FROM pg_roles WHERE rolname = 'bob'"
        ),
        "0",
        "nothing was changed"
    );
    let r = access(&w, "apply", FILE, "--skip-ungrantable");
    ok(&r);
    assert!(
        r.stderr.contains(
            "WARNING: server srv: Skipped what the Microsoft Entra administrator cannot grant on in database `demo` \
             (--skip-ungrantable); role \"bob\" gets no privileges on:\n  table \"public\".\"secret\" (owner azuresu)\n"
        ),
        "{}",
        r.stderr
    );
    assert!(!w.denied("srv", "demo", "bob", "PERFORM * FROM public.t1"));
    assert!(w.denied("srv", "demo", "bob", "PERFORM * FROM public.secret"));
    let r = access(
        &w,
        "plan",
        FILE,
        "--skip-ungrantable --detailed-exitcode -o json",
    );
    ok(&r);
    assert_eq!(r.stdout, "[]\n");
}
