//! Plans to the byte for hand-built catalogs.

use super::*;
use crate::commands::access::profile::Profile;
use crate::commands::access::state::{
    Acl, DatabaseGrant, DefaultAcl, Object, Principal, PrincipalType, RoleState,
};

const ADMIN: &str = "admin@contoso.com";
const OID: &str = "11111111-0000-4000-8000-000000000001";

fn acl(grantee: &str, list: &[Privilege]) -> Vec<Acl> {
    list.iter()
        .map(|p| Acl {
            grantee: grantee.to_owned(),
            privilege: *p,
        })
        .collect()
}

fn object(class: ObjectClass, schema: Option<&str>, name: &str, owner: &str) -> Object {
    Object {
        class,
        schema: schema.map(str::to_owned),
        name: name.to_owned(),
        owner: owner.to_owned(),
        acl: Vec::new(),
        grantable: false,
    }
}

/// A table of schema `public`.
fn table(name: &str, owner: &str) -> Object {
    object(ObjectClass::Table, Some("public"), name, owner)
}

/// Database `demo` of a catalog.
fn demo(c: &mut ServerCatalog) -> &mut DatabaseCatalog {
    c.databases
        .get_mut("demo")
        .unwrap_or_else(|| panic!("demo"))
}

/// Database `demo` owned by azure_pg_admin, schema public, table t1 and its sequence, as the emulator makes them.
fn catalog() -> ServerCatalog {
    let mut roles = BTreeMap::new();
    roles.insert(
        ADMIN.to_owned(),
        RoleState {
            entra: Some(("aaaa".into(), Some(PrincipalType::User))),
            admin: true,
            ..Default::default()
        },
    );
    roles.insert("azure_pg_admin".to_owned(), RoleState::default());
    roles.insert(
        "azuresu".to_owned(),
        RoleState {
            superuser: true,
            ..Default::default()
        },
    );
    let member_of: BTreeSet<String> = ["azure_pg_admin", ADMIN, "pg_database_owner"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let demo = DatabaseCatalog {
        objects: vec![
            object(ObjectClass::Database, None, "demo", "azure_pg_admin"),
            object(ObjectClass::Schema, None, "public", "pg_database_owner"),
            object(ObjectClass::Table, Some("public"), "t1", "azure_pg_admin"),
            object(
                ObjectClass::Sequence,
                Some("public"),
                "t1_id_seq",
                "azure_pg_admin",
            ),
        ],
        default_acls: Vec::new(),
        member_of: member_of.clone(),
    };
    let mut databases = BTreeMap::new();
    databases.insert("demo".to_owned(), demo);
    ServerCatalog {
        version_num: 150_000,
        roles,
        member_of,
        databases,
    }
}

fn role(name: &str, profile: &str) -> DesiredRole {
    let mut grants = BTreeMap::new();
    grants.insert(
        "demo".to_owned(),
        DatabaseGrant {
            profile: Profile::built_in(profile).unwrap_or_else(|| panic!("{profile}")),
            schemas: vec!["public".to_owned()],
        },
    );
    DesiredRole {
        name: name.to_owned(),
        principal: Principal {
            object_id: OID.to_owned(),
            kind: PrincipalType::User,
            display: "alice@contoso.com".to_owned(),
            app_id: None,
        },
        grants,
        at: "access.yaml:4:5".to_owned(),
    }
}

fn desired(roles: Vec<DesiredRole>) -> Desired {
    Desired {
        server: "srv".to_owned(),
        kind: crate::server_kind::ServerKind::Flexible,
        databases: vec!["demo".to_owned()],
        roles,
        admins: vec![ADMIN.to_owned()],
        prune: false,
        skip_ungrantable: false,
    }
}

/// The plan as `--show-sql` would list it, one batch after another.
fn sql(plan: &ServerPlan) -> String {
    let mut out = String::new();
    for b in plan.batches() {
        out.push_str(&format!("-- {}\n", b.database));
        for s in &b.statements {
            out.push_str(s);
            out.push('\n');
        }
    }
    out
}

fn ok(d: &Desired, c: &ServerCatalog) -> ServerPlan {
    match diff(d, c) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    }
}

/// Applies a plan's effect to the catalog by hand: what the SQL would leave behind.
fn granted(c: &mut ServerCatalog, role: &str, profile: &str, creators: &[&str]) {
    let p = Profile::built_in(profile).unwrap_or_else(|| panic!("{profile}"));
    c.roles.insert(
        role.to_owned(),
        RoleState {
            managed: true,
            entra: Some((OID.to_owned(), Some(PrincipalType::User))),
            ..Default::default()
        },
    );
    let db = demo(c);
    for o in &mut db.objects {
        let set = p.class(o.class).resolve(o.class, 150_000);
        o.acl
            .extend(acl(role, &set.into_iter().collect::<Vec<_>>()));
    }
    for creator in creators {
        for class in [ObjectClass::Table, ObjectClass::Sequence] {
            for privilege in p.class(class).resolve(class, 150_000) {
                db.default_acls.push(DefaultAcl {
                    creator: (*creator).to_owned(),
                    schema: "public".to_owned(),
                    class,
                    grantee: role.to_owned(),
                    privilege,
                });
            }
        }
    }
}

#[test]
fn new_read_role_is_created_granted_and_covers_later_tables() {
    let plan = ok(&desired(vec![role("alice", "read")]), &catalog());
    assert_eq!(
        sql(&plan),
        "-- postgres\n\
         select * from pgaadauth_create_principal_with_oid('alice', '11111111-0000-4000-8000-000000000001', 'user', false, false);\n\
         COMMENT ON ROLE \"alice\" IS 'managed by azconn access';\n\
         -- demo\n\
         GRANT CONNECT ON DATABASE \"demo\" TO \"alice\";\n\
         GRANT USAGE ON SCHEMA \"public\" TO \"alice\";\n\
         GRANT SELECT ON TABLE \"public\".\"t1\" TO \"alice\";\n\
         GRANT SELECT ON SEQUENCE \"public\".\"t1_id_seq\" TO \"alice\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"admin@contoso.com\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"alice\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"admin@contoso.com\" IN SCHEMA \"public\" GRANT SELECT ON SEQUENCES TO \"alice\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"azure_pg_admin\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"alice\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"azure_pg_admin\" IN SCHEMA \"public\" GRANT SELECT ON SEQUENCES TO \"alice\";\n"
    );
    let kinds: Vec<&str> = plan.changes.iter().map(|c| c.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "create role",
            "grant",
            "grant",
            "grant",
            "grant",
            "grant default",
            "grant default",
            "grant default",
            "grant default"
        ]
    );
    assert_eq!(plan.changes[0].object, "user alice@contoso.com");
    assert_eq!(
        plan.changes[0].note.as_deref(),
        Some("object id 11111111-0000-4000-8000-000000000001")
    );
    assert_eq!(plan.changes[3].object, "table public.t1");
    assert_eq!(
        plan.changes[5].object,
        "tables created by admin@contoso.com in public"
    );
}

#[test]
fn applied_state_plans_nothing() {
    for profile in ["read", "write", "ddl", "all"] {
        let mut c = catalog();
        granted(&mut c, "alice", profile, &[ADMIN, "azure_pg_admin"]);
        let plan = ok(&desired(vec![role("alice", profile)]), &c);
        assert!(!plan.has_changes(), "{profile}: {:?}", plan.changes);
        assert!(plan.batches().is_empty());
    }
}

#[test]
fn write_and_all_grant_their_exact_sets() {
    let plan = ok(&desired(vec![role("w", "write")]), &catalog());
    let s = sql(&plan);
    assert!(
        s.contains("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE \"public\".\"t1\" TO \"w\";"),
        "{s}"
    );
    assert!(
        s.contains("GRANT USAGE, SELECT, UPDATE ON SEQUENCE \"public\".\"t1_id_seq\" TO \"w\";"),
        "{s}"
    );
    assert!(!s.contains("CREATE ON SCHEMA"), "{s}");
    let plan = ok(&desired(vec![role("a", "all")]), &catalog());
    let s = sql(&plan);
    assert!(
        s.contains("GRANT CONNECT, TEMPORARY, CREATE ON DATABASE \"demo\" TO \"a\";"),
        "{s}"
    );
    assert!(
        s.contains("GRANT USAGE, CREATE ON SCHEMA \"public\" TO \"a\";"),
        "{s}"
    );
    assert!(s.contains(
        "GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE \"public\".\"t1\" TO \"a\";"
    ), "{s}");
}

#[test]
fn a_ddl_role_is_a_creator_for_the_others() {
    let mut reader = role("reader", "read");
    reader.principal.object_id = "22222222-0000-4000-8000-000000000002".into();
    let plan = ok(&desired(vec![role("app", "ddl"), reader]), &catalog());
    let s = sql(&plan);
    // app is not a role yet, so the administrator borrows it for the transaction.
    assert!(
        s.contains("-- demo\nGRANT \"app\" TO CURRENT_USER;\n"),
        "{s}"
    );
    assert!(s.ends_with("REVOKE \"app\" FROM CURRENT_USER;\n"), "{s}");
    assert!(s.contains(
        "ALTER DEFAULT PRIVILEGES FOR ROLE \"app\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"reader\";"
    ), "{s}");
    assert!(!s.contains("FOR ROLE \"app\" IN SCHEMA \"public\" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \"app\""), "{s}");
}

#[test]
fn drift_is_revoked() {
    let mut c = catalog();
    granted(&mut c, "alice", "read", &[ADMIN, "azure_pg_admin"]);
    let db = demo(&mut c);
    db.objects[2]
        .acl
        .extend(acl("alice", &[Privilege::Insert, Privilege::Delete]));
    let plan = ok(&desired(vec![role("alice", "read")]), &c);
    assert_eq!(
        sql(&plan),
        "-- demo\nREVOKE INSERT, DELETE ON TABLE \"public\".\"t1\" FROM \"alice\";\n"
    );
    assert_eq!(plan.changes[0].kind, ChangeKind::Revoke);
    assert_eq!(plan.changes[0].privileges, ["INSERT", "DELETE"]);
}

#[test]
fn objects_of_another_owner_are_granted_as_that_owner() {
    let mut c = catalog();
    c.roles.insert("migrator".into(), RoleState::default());
    let db = demo(&mut c);
    db.objects.push(table("orders", "migrator"));
    let plan = ok(&desired(vec![role("alice", "read")]), &c);
    let s = sql(&plan);
    assert!(s.starts_with("-- postgres\n"), "{s}");
    assert!(
        s.contains("-- demo\nGRANT \"migrator\" TO CURRENT_USER;\n"),
        "{s}"
    );
    assert!(
        s.contains("GRANT SELECT ON TABLE \"public\".\"orders\" TO \"alice\";"),
        "{s}"
    );
    assert!(s.contains(
        "ALTER DEFAULT PRIVILEGES FOR ROLE \"migrator\" IN SCHEMA \"public\" GRANT SELECT ON TABLES TO \"alice\";"
    ), "{s}");
    assert!(
        s.ends_with("REVOKE \"migrator\" FROM CURRENT_USER;\n"),
        "{s}"
    );
}

#[test]
fn superuser_objects_stop_the_plan() {
    let mut c = catalog();
    let db = demo(&mut c);
    db.objects.push(table("secret", "azuresu"));
    let e = diff(&desired(vec![role("alice", "read")]), &c).err();
    let stuck = Stuck {
        database: "demo".to_owned(),
        objects: vec!["table \"public\".\"secret\" (owner azuresu)".to_owned()],
        owner_fix: vec!["ALTER TABLE \"public\".\"secret\" OWNER TO azure_pg_admin;".to_owned()],
        grant_fix: vec!["GRANT SELECT ON TABLE \"public\".\"secret\" TO \"alice\";".to_owned()],
    };
    assert_eq!(e, Some(DiffError::Ungrantable(vec![stuck.clone()])));
    assert_eq!(
        e.map(|e| e.to_string()),
        Some(stuck.error().to_string()),
        "create's words"
    );
    // With --skip-ungrantable the rest is planned and the table is named in create's warning.
    let mut d = desired(vec![role("alice", "read")]);
    d.skip_ungrantable = true;
    let plan = ok(&d, &c);
    assert!(!sql(&plan).contains("secret"));
    assert!(sql(&plan).contains("GRANT SELECT ON TABLE \"public\".\"t1\" TO \"alice\";"));
    assert_eq!(
        plan.skipped[0].warning(),
        "Skipped what the Microsoft Entra administrator cannot grant on in database `demo` (--skip-ungrantable); \
         role \"alice\" gets no privileges on:\n  table \"public\".\"secret\" (owner azuresu)"
    );
}

#[test]
fn prune_revokes_and_drops_managed_roles_only() {
    let mut c = catalog();
    granted(&mut c, "old", "read", &[ADMIN]);
    c.roles.insert(
        "handmade".into(),
        RoleState {
            entra: Some(("x".into(), None)),
            ..Default::default()
        },
    );
    let mut d = desired(Vec::new());
    let plan = ok(&d, &c);
    assert!(!plan.has_changes(), "without --prune nothing happens");
    d.prune = true;
    let plan = ok(&d, &c);
    assert_eq!(
        sql(&plan),
        "-- demo\n\
         REVOKE CONNECT ON DATABASE \"demo\" FROM \"old\";\n\
         REVOKE USAGE ON SCHEMA \"public\" FROM \"old\";\n\
         REVOKE SELECT ON TABLE \"public\".\"t1\" FROM \"old\";\n\
         REVOKE SELECT ON SEQUENCE \"public\".\"t1_id_seq\" FROM \"old\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"admin@contoso.com\" IN SCHEMA \"public\" REVOKE SELECT ON TABLES FROM \"old\";\n\
         ALTER DEFAULT PRIVILEGES FOR ROLE \"admin@contoso.com\" IN SCHEMA \"public\" REVOKE SELECT ON SEQUENCES FROM \"old\";\n\
         -- postgres\n\
         GRANT \"old\" TO CURRENT_USER;\n\
         DROP OWNED BY \"old\";\n\
         DROP ROLE \"old\";\n"
    );
    assert!(!sql(&plan).contains("handmade"));
}

#[test]
fn prune_keeps_a_role_that_owns_objects() {
    let mut c = catalog();
    granted(&mut c, "old", "read", &[]);
    if let Some(r) = c.roles.get_mut("old") {
        r.owned_objects = 2;
    }
    let mut d = desired(Vec::new());
    d.prune = true;
    let plan = ok(&d, &c);
    let keep = plan.changes.last().unwrap_or_else(|| panic!("no changes"));
    assert_eq!(keep.kind, ChangeKind::KeepRole);
    assert_eq!(
        keep.note.as_deref(),
        Some(
            "it owns 2 object(s); move them first (REASSIGN OWNED BY \"old\" TO <role>) or drop them (DROP OWNED BY), then prune again"
        )
    );
    assert!(plan.drops.is_none());
}

#[test]
fn existing_roles_must_be_the_same_principal() {
    let mut c = catalog();
    c.roles.insert(
        "alice".into(),
        RoleState {
            entra: Some((
                "99999999-0000-4000-8000-000000000009".into(),
                Some(PrincipalType::User),
            )),
            ..Default::default()
        },
    );
    let e = diff(&desired(vec![role("alice", "read")]), &c)
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "access.yaml:4:5: role \"alice\" belongs to another Microsoft Entra principal (object id \
             99999999-0000-4000-8000-000000000009); choose another `role` name"
        )
    );
    c.roles.insert("alice".into(), RoleState::default());
    let e = diff(&desired(vec![role("alice", "read")]), &c)
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "access.yaml:4:5: role \"alice\" exists and is not a Microsoft Entra role; choose another `role` name"
        )
    );
    // The same principal's role, made by hand or by `connection create`, is adopted.
    c.roles.insert(
        "alice".into(),
        RoleState {
            entra: Some((OID.to_uppercase(), Some(PrincipalType::User))),
            ..Default::default()
        },
    );
    let plan = ok(&desired(vec![role("alice", "read")]), &c);
    assert_eq!(plan.changes[0].kind, ChangeKind::AdoptRole);
    assert_eq!(
        plan.roles.as_ref().map(|b| b.statements.clone()),
        Some(vec![
            "COMMENT ON ROLE \"alice\" IS 'managed by azconn access';".to_owned()
        ])
    );
}

#[test]
fn missing_schema_is_an_error() {
    let mut r = role("alice", "read");
    if let Some(g) = r.grants.get_mut("demo") {
        g.schemas = vec!["sales".into()];
    }
    let e = diff(&desired(vec![r]), &catalog())
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "access.yaml:4:5: schema \"sales\" does not exist in database \"demo\"; create it first or leave it out of `schemas`"
        )
    );
}

#[test]
fn a_created_role_whose_grants_failed_somewhere_is_taken_back() {
    let mut c = catalog();
    let demo = c.databases["demo"].clone();
    c.databases.insert("reporting".to_owned(), demo);
    let mut d = desired(vec![role("alice", "read")]);
    d.databases.push("reporting".to_owned());
    let grant = d.roles[0].grants["demo"].clone();
    d.roles[0].grants.insert("reporting".to_owned(), grant);
    let mut bob = role("bob", "read");
    bob.principal.object_id = "22222222-0000-4000-8000-000000000002".to_owned();
    d.roles.push(bob);
    let plan = ok(&d, &c);

    let failed: BTreeSet<String> = ["reporting".to_owned()].into();
    let undo = plan.undo(&failed).expect("undo");
    // bob's grants are all on demo, which committed: bob stays.
    assert_eq!(undo.len(), 1);
    assert_eq!(undo[0].role, "alice");
    assert_eq!(undo[0].failed, ["reporting"]);
    let batches: Vec<(&str, Vec<&str>)> = undo[0]
        .batches
        .iter()
        .map(|b| {
            let statements = b.statements.iter().map(String::as_str).collect();
            (b.database.as_str(), statements)
        })
        .collect();
    assert_eq!(
        batches,
        [
            (
                "demo",
                vec![
                    "GRANT \"alice\" TO CURRENT_USER;",
                    "DROP OWNED BY \"alice\";",
                    "REVOKE \"alice\" FROM CURRENT_USER;"
                ]
            ),
            (
                "postgres",
                vec![
                    "GRANT \"alice\" TO CURRENT_USER;",
                    "DROP OWNED BY \"alice\";",
                    "DROP ROLE \"alice\";"
                ]
            ),
        ]
    );
    assert!(plan.undo(&BTreeSet::new()).expect("undo").is_empty());
    // An adopted role existed before the run: never taken back.
    let mut adopted = c.clone();
    granted(&mut adopted, "alice", "read", &[ADMIN, "azure_pg_admin"]);
    let plan = ok(&d, &adopted);
    assert!(
        plan.undo(&failed)
            .expect("undo")
            .iter()
            .all(|u| u.role != "alice")
    );
}

#[test]
fn single_server_roles_are_azure_ad_user_logins() {
    let mut d = desired(vec![role("alice", "read")]);
    d.kind = crate::server_kind::ServerKind::Single;
    let mut app = role("ci", "write");
    app.principal = Principal {
        object_id: "33333333-0000-4000-8000-000000000003".to_owned(),
        kind: PrincipalType::Service,
        display: "azconn-ci".to_owned(),
        app_id: Some("44444444-0000-4000-8000-000000000004".to_owned()),
    };
    d.roles.push(app.clone());
    let plan = ok(&d, &catalog());
    let roles = plan.roles.as_ref().map(|b| b.statements.clone());
    assert_eq!(
        roles,
        Some(vec![
            "SET LOCAL aad_validate_oids_in_tenant = off;".to_owned(),
            "CREATE ROLE \"alice\" WITH LOGIN PASSWORD '11111111-0000-4000-8000-000000000001' IN ROLE azure_ad_user;".to_owned(),
            "COMMENT ON ROLE \"alice\" IS 'managed by azconn access';".to_owned(),
            "CREATE ROLE \"ci\" WITH LOGIN PASSWORD '44444444-0000-4000-8000-000000000004' IN ROLE azure_ad_user;".to_owned(),
            "COMMENT ON ROLE \"ci\" IS 'managed by azconn access';".to_owned(),
        ])
    );
    // Without an app id a service principal's role cannot be made there.
    d.roles[1].principal.app_id = None;
    let e = diff(&d, &catalog()).expect_err("no app id");
    assert!(
        e.to_string()
            .contains("Microsoft Graph gave no app id for azconn-ci"),
        "{e}"
    );
    // An existing member of azure_ad_user has no object id to compare: it is taken as the file's.
    let mut c = catalog();
    c.roles.insert(
        "alice".to_owned(),
        RoleState {
            entra: Some((String::new(), None)),
            ..Default::default()
        },
    );
    d.roles[1].principal.app_id = app.principal.app_id;
    let plan = ok(&d, &c);
    assert_eq!(plan.changes[0].kind, ChangeKind::AdoptRole);
}
