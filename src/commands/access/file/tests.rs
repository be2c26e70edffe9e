//! The file's parse: the documented example, JSON, and where each kind of mistake is reported.

use super::*;

const EXAMPLE: &str = "\
version: 1
servers:
  - server: srv
    resource-group: rg
    databases: [demo, reporting]
  - id: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg2/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv2
    databases: [demo]
profiles:
  analyst: {tables: [SELECT], sequences: [SELECT], schemas: [USAGE]}
grants:
  - principal: {user: alice@contoso.com}
    databases: [demo]
    profile: read
    role: alice
  - principal: {group: DB Readers}
    profile: analyst
    servers: [srv]
    schemas: [public, sales]
";

fn fails(text: &str) -> String {
    match parse("access.yaml", text) {
        Ok(f) => panic!("parsed: {f:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn example_parses() {
    let f = parse("access.yaml", EXAMPLE).unwrap();
    assert_eq!(f.servers.len(), 2);
    assert_eq!(f.servers[0].name, "srv");
    assert_eq!(f.servers[0].at.to_string(), "access.yaml:3:13");
    assert_eq!(f.servers[1].name, "srv2");
    assert_eq!(f.servers[1].resource_group, "rg2");
    assert_eq!(
        f.servers[1].subscription.as_deref(),
        Some("00000000-0000-0000-0000-000000000001")
    );
    let g = &f.grants[0];
    assert_eq!(g.principal, PrincipalRef::User("alice@contoso.com".into()));
    assert_eq!(g.servers, vec![0, 1]);
    assert_eq!(g.databases_on(&f.servers[0]), vec!["demo"]);
    assert_eq!(g.schemas, vec!["public"]);
    assert_eq!(g.role.as_deref(), Some("alice"));
    let g = &f.grants[1];
    assert_eq!(g.profile.name, "analyst");
    assert_eq!(g.servers, vec![0]);
    assert_eq!(g.databases_on(&f.servers[0]), vec!["demo", "reporting"]);
    assert_eq!(g.schemas, vec!["public", "sales"]);
    assert_eq!(g.at.line, 15);
}

#[test]
fn json_is_accepted() {
    let f = parse(
        "a.json",
        r#"{"version": 1, "servers": [{"server": "s", "resource-group": "g", "databases": ["d"]}],
                "grants": [{"principal": {"service-principal": "app"}, "profile": "write"}]}"#,
    )
    .unwrap();
    assert_eq!(f.grants[0].profile.name, "write");
}

#[test]
fn meaning_errors_point_at_the_value() {
    // (the example's text, replaced by, the error's beginning)
    let cases = [
        (
            "profile: read",
            "profile: reader",
            "access.yaml:13:14: unknown profile `reader`; expected one of read, write, ddl, all, analyst",
        ),
        (
            "databases: [demo]\n    profile",
            "databases: [nope]\n    profile",
            "access.yaml:12:17: database `nope` is not managed on any of this grant's servers (add it to the server's `databases`)",
        ),
        (
            "{user: alice@contoso.com}",
            "{user: a, group: b}",
            "access.yaml:11:16: a principal names exactly one of user, group, service-principal, managed-identity, app",
        ),
        (
            "servers: [srv]",
            "servers: [other]",
            "access.yaml:17:15: server `other` is not in `servers`",
        ),
        (
            "version: 1",
            "version: 2",
            "access.yaml:1:10: version 2 is not supported; this azconn reads version 1",
        ),
        (
            "schemas: [USAGE]",
            "schemas: [SELECT]",
            "access.yaml:9:12: profile `analyst`: `SELECT` is not a privilege on schemas",
        ),
        (
            "    resource-group: rg\n",
            "",
            "access.yaml:3:13: server srv: `resource-group` is required with `server`",
        ),
    ];
    for (from, to, error) in cases {
        let e = fails(&EXAMPLE.replace(from, to));
        assert!(e.starts_with(error), "{from:?} → {to:?}: {e}");
    }
}

#[test]
fn syntax_and_shape_errors_have_a_location() {
    let e = fails("version: 1\nservers: [\n");
    assert!(e.starts_with("access.yaml:"), "{e}");
    let e = fails(&EXAMPLE.replace("role: alice", "rol: alice"));
    assert!(e.starts_with("access.yaml:14:"), "{e}");
    assert!(e.contains("rol"), "{e}");
}

#[test]
fn same_role_twice_on_a_database_is_refused() {
    let text = "\
version: 1
servers: [{server: s, resource-group: g, databases: [d]}]
grants:
  - {principal: {user: a@x}, role: app, profile: read}
  - {principal: {user: b@x}, role: app, profile: write}
";
    assert_eq!(
        fails(text),
        "access.yaml:5:5: role app on database d of server s is already granted at line 4; one grant per role and database"
    );
}
