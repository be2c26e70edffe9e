//! `azconn access list` and `export` on both server kinds: every Entra role with its type, object id and profile
//! per database, and an exported file that plans nothing. A Single Server keeps no object id, so its roles are
//! named through Microsoft Graph by their role names.

use serde_json::json;

use crate::access::{FILE, World, access, fails, ok, plans_nothing, srv, world};
use crate::common::fixtures::{BOB_OID, BOB_UPN, SP_OID, server, single_path};

/// The stdout of `azconn <line>`, which must succeed.
fn out(w: &World, line: &str) -> String {
    let r = w.az(line);
    ok(&r);
    r.stdout
}

/// `list` shows every Entra role with its profile per database; `export` writes a file that plans nothing.
#[test]
fn flexible_list_and_export_describe_what_exists() {
    let w = world("list", vec![srv("srv", &["demo"])]);
    ok(&access(&w, "apply", FILE, ""));
    let listed = out(
        &w,
        "access list -g rg --server srv --database demo -o tsv --query [].[role,principalType,admin,managed,databases.demo]",
    );
    assert_eq!(
        listed,
        "alice\tuser\tFalse\tTrue\tddl\nalice@contoso.com\tuser\tTrue\tFalse\tnone\nazconn-ci\tservice\tFalse\tTrue\twrite\nbob\tuser\tFalse\tTrue\tread\n"
    );
    let exported = out(
        &w,
        "access export -g rg --server srv --database demo -o yaml",
    );
    plans_nothing(&w, &exported);
}

/// A Single Server by `--id`: its Entra roles (the members of `azure_ad_user`; the administrator's is not one)
/// are found in Graph by their names — a UPN is a user, a display name a group or service principal — and
/// `export` writes `id:` and plans nothing.
#[test]
fn single_server_list_and_export() {
    let id = single_path("ssrv");
    let w = world(
        "single-list",
        vec![server("single", "ssrv", json!({"databases": ["demo"]}))],
    );
    let file = format!(
        "\
version: 1
servers: [{{id: {id}, databases: [demo]}}]
grants:
  - {{principal: {{user: {BOB_UPN}}}, profile: read}}
  - {{principal: {{service-principal: azconn-ci}}, profile: write}}
"
    );
    ok(&access(&w, "apply", &file, ""));
    let listed = out(
        &w,
        &format!(
            "access list --id {id} --database demo -o tsv --query [].[role,principalType,objectId,admin,managed,databases.demo]"
        ),
    );
    assert_eq!(
        listed,
        format!(
            "azconn-ci\tservice\t{SP_OID}\tFalse\tTrue\twrite\n\
             {BOB_UPN}\tuser\t{BOB_OID}\tFalse\tTrue\tread\n"
        )
    );
    let exported = out(
        &w,
        &format!("access export --id {id} --database demo -o yaml"),
    );
    assert!(exported.contains(&format!("  id: {id}\n")), "{exported}");
    plans_nothing(&w, &exported);
    // -g/--server name a Flexible Server; the Single Server needs its id.
    fails(&w.az("access list -g rg --server ssrv"), 3, "ssrv");
}
