//! `create postgres|postgres-flexible` end to end against azconn-emulator and its real PostgreSQL:
//! each test checks the exit code and exact stdout, the database itself (roles, memberships,
//! ACLs, pgaadauth principals), the emulator's resulting state and its request log.

use serde_json::{Value, json};

use crate::common::fixtures::{
    ALICE, ALICE_OID, BOB_OID, BOB_UPN, SP_APP, SP_OID, SP_SECRET, SUB, alice_admin, flex_path,
    seed, server, single_path,
};
use crate::common::{World, assert_contains, ok};

/// az's error when a change needs confirming and stdin is no terminal.
const NO_TTY: &str = "ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n";

pub(crate) fn connector_put(name: &str) -> String {
    format!(
        "PUT /subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/{name}"
    )
}

pub(crate) fn count(calls: &[String], prefix: &str) -> usize {
    calls.iter().filter(|c| c.starts_with(prefix)).count()
}

/// The resource group GET az's location validator makes.
pub(crate) fn rg_gets(calls: &[String]) -> usize {
    let get = format!("GET /subscriptions/{SUB}/resourcegroups/rg");
    calls.iter().filter(|c| **c == get).count()
}

pub(crate) fn no_graph(calls: &[String]) {
    assert!(
        !calls.iter().any(|c| c.contains("/v1.0/")),
        "unexpected Graph call: {calls:#?}"
    );
}

/// The privileges the role got on the target database (flexible adds CREATE on schema public).
pub(crate) fn check_grants(w: &World, server: &str, role: &str, schema_create: bool) {
    let acl = |sql: &str| w.psql(server, "demo", sql);
    let db_acl = acl("select datacl::text from pg_database where datname = 'demo'");
    assert_contains(&db_acl, &format!("{role}=CTc/"));
    let table_acl = acl("select relacl::text from pg_class where relname = 't1'");
    assert_contains(&table_acl, &format!("{role}=arwdDxt/"));
    let schema_acl = acl("select nspacl::text from pg_namespace where nspname = 'public'");
    assert_eq!(
        schema_acl.contains(&format!("{role}=C/")),
        schema_create,
        "{schema_acl}"
    );
}

/// The name of the firewall rule a `WARNING: Add firewall rule <name> …` line names.
fn rule_name(warning: &str) -> String {
    warning["WARNING: Add firewall rule ".len()..]
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The name of the rule the run added for exactly `ip` and kept, from its warning in `stderr` (az's wording).
fn rule_added_for(stderr: &str, ip: &str) -> String {
    let warning = stderr
        .lines()
        .find(|l| l.starts_with("WARNING: Add firewall rule svc_"))
        .unwrap_or_else(|| panic!("no rule added:\n{stderr}"));
    assert!(
        warning.ends_with(&format!(
            " {ip} - {ip}...(Please delete it manually if it has security risk.)"
        )),
        "{warning}"
    );
    rule_name(warning)
}

/// How many `method` requests went to Flexible Server `server`'s firewall rules whose name starts with `rule`.
fn firewall_calls(calls: &[String], method: &str, server: &str, rule: &str) -> usize {
    count(
        calls,
        &format!("{method} {}/firewallRules/{rule}", flex_path(server)),
    )
}

/// Whether role `role` exists on `server`.
fn role_exists(w: &World, server: &str, role: &str) -> bool {
    let count = w.psql(
        server,
        "postgres",
        &format!("select count(*) from pg_roles where rolname = '{role}'"),
    );
    count == "1"
}

pub(crate) fn principal(w: &World, server: &str, role: &str) -> String {
    w.psql(
        server,
        "postgres",
        &format!(
            "select principaltype || ' ' || objectid from pgaadauth_list_principals(false) where rolename = '{role}'"
        ),
    )
}

#[test]
fn flexible_user_account_fresh_rerun_new_and_prompts() {
    let w = World::alice(
        "flex-user",
        vec![
            server("flexible", "srv", json!({})),
            server("flexible", "nodb", json!({"databases": []})),
        ],
    );
    let line = "create postgres-flexible -g rg --connection c1 --tg rg --server srv --database demo --user-account";

    // Entra auth is disabled and stdin is no terminal: without --yes az's error, nothing changed.
    let r = w.az(line);
    r.assert_failed(1, NO_TTY);
    assert_eq!(r.stdout, "");
    assert_eq!(
        w.server_state("srv")["entraAuth"],
        json!(false),
        "{}",
        w.state()
    );
    assert!(w.connector_names().is_empty());

    // Fresh, with --yes: Entra auth enabled, alice made admin, role and grants, connector.
    let r = w.az(&format!("{line} -y --query authInfo.userName -o tsv"));
    ok(&r);
    assert_eq!(r.stdout, "aad_c1\n");
    assert_eq!(
        r.stderr,
        "WARNING: Client type is not specified, use default one: --client-type none\n\
         WARNING: Set current user as DB Server Microsoft Entra Administrators.\n"
    );
    let calls = w.calls();
    no_graph(&calls);
    let srv = flex_path("srv");
    assert_eq!(count(&calls, &format!("PATCH {srv}")), 1, "{calls:#?}");
    assert_eq!(
        count(&calls, &format!("PUT {srv}/administrators/{ALICE_OID}")),
        1,
        "{calls:#?}"
    );
    assert_eq!(count(&calls, &connector_put("c1")), 1, "{calls:#?}");
    assert_eq!(rg_gets(&calls), 1);
    assert_eq!(count(&calls, "PUT"), 2, "{calls:#?}");
    assert_eq!(count(&calls, "DELETE"), 0, "{calls:#?}");
    let state = w.server_state("srv");
    assert_eq!(state["entraAuth"], json!(true), "{state}");
    assert!(state["admins"].to_string().contains(ALICE_OID), "{state}");
    assert_eq!(principal(&w, "srv", "aad_c1"), format!("user {ALICE_OID}"));
    assert_eq!(
        w.psql(
            "srv",
            "postgres",
            "select rolcanlogin from pg_roles where rolname = 'aad_c1'"
        ),
        "t"
    );
    check_grants(&w, "srv", "aad_c1", true);
    assert_eq!(w.connector_names(), vec!["c1"]);

    // Rerun: idempotent; no PATCH, no admin PUT; -l skips the resource group GET; -o json.
    let r = w.az(&format!("{line} -l eastus --client-type python -o json"));
    ok(&r);
    assert_eq!(r.stderr, "");
    let out: Value = serde_json::from_str(&r.stdout).expect("json output");
    assert_eq!(out["authInfo"]["userName"], "aad_c1");
    assert_eq!(out["authInfo"]["authType"], "userAccount");
    assert_eq!(out["authInfo"]["principalId"], ALICE_OID);
    assert_eq!(out["clientType"], "python");
    assert_eq!(out["resourceGroup"], "rg");
    assert_eq!(out["provisioningState"], "Succeeded");
    assert_eq!(out["targetService"]["id"], format!("{srv}/databases/demo"));
    assert!(r.stdout.starts_with("{\n  \""), "{}", r.stdout);
    let calls = w.calls();
    no_graph(&calls);
    assert_eq!(count(&calls, "PATCH"), 0, "{calls:#?}");
    assert_eq!(count(&calls, "PUT"), 1, "{calls:#?}");
    assert_eq!(rg_gets(&calls), 0, "{calls:#?}");
    check_grants(&w, "srv", "aad_c1", true);

    // --new drops the role (with its grants) and creates it again.
    let before = w.psql(
        "srv",
        "postgres",
        "select oid from pg_roles where rolname = 'aad_c1'",
    );
    let r = w.az(&format!(
        "{line} --new --client-type none --query authInfo.userName -o tsv"
    ));
    ok(&r);
    assert_eq!(r.stdout, "aad_c1\n");
    let after = w.psql(
        "srv",
        "postgres",
        "select oid from pg_roles where rolname = 'aad_c1'",
    );
    assert_ne!(before, after, "the role was not recreated");
    check_grants(&w, "srv", "aad_c1", true);

    // --no-wait: the connector PUT is not polled and nothing is printed.
    let r = w.az(&format!(
        "{line} --connection c2 --no-wait --client-type none"
    ));
    ok(&r);
    assert_eq!(r.stdout, "");
    let calls = w.calls();
    assert!(
        !calls
            .iter()
            .any(|c| c.ends_with("/connectors/c2") && c.starts_with("GET")),
        "{calls:#?}"
    );
    assert_eq!(principal(&w, "srv", "aad_c2"), format!("user {ALICE_OID}"));

    // A missing database: az's not-found text, exit 3, no connector.
    let r = w.az("create postgres-flexible -g rg --connection c3 --tg rg --server srv --database nope --user-account -y");
    assert_eq!(r.code, 3, "{r:?}");
    assert_contains(&r.stderr, "ERROR: (ResourceNotFound) ");
    assert_contains(&r.stderr, "Code: ResourceNotFound\nMessage: ");
    // A missing server too.
    let r = w.az("create postgres-flexible -g rg --connection c3 --tg rg --server ghost --database demo --user-account -y");
    assert_eq!(r.code, 3, "{r:?}");
    assert_contains(&r.stderr, "ERROR: (");
    assert!(!w.connector_names().contains(&"c3".to_owned()));

    // --dry-run reads but changes nothing and prints the SQL.
    let r = w.az("create postgres-flexible -g rg --connection c4 --tg rg --server srv --database demo --user-account --dry-run");
    ok(&r);
    assert_contains(
        &r.stdout,
        &format!(
            "select * from pgaadauth_create_principal_with_oid('aad_c4', '{ALICE_OID}', 'user', false, false);"
        ),
    );
    assert_contains(&r.stdout, "GRANT CREATE ON SCHEMA public TO \"aad_c4\";");
    w.assert_only_reads();
    assert!(!role_exists(&w, "srv", "aad_c4"));
}

#[test]
fn single_server_and_service_principals() {
    let single = server("single", "single", json!({}));
    let flex = server("flexible", "flex", alice_admin(&json!({})));
    let w = World::alice("single-sp", vec![single, flex]);
    // Single Server, user account: admin set through administrators/activeDirectory, role in azure_ad_user.
    let r = w.az("create postgres -g rg --connection s1 --tg rg --server single --database demo --user-account --query authInfo.userName -o tsv");
    ok(&r);
    assert_eq!(r.stdout, "aad_s1\n");
    assert_contains(
        &r.stderr,
        &format!(
            "WARNING: Setting current user as database server Microsoft Entra admin: user=alice@contoso.com object id={ALICE_OID}\n"
        ),
    );
    let calls = w.calls();
    no_graph(&calls);
    assert_eq!(
        count(
            &calls,
            &format!(
                "PUT {}/administrators/activeDirectory",
                single_path("single")
            )
        ),
        1,
        "{calls:#?}"
    );
    assert_eq!(
        w.psql(
            "single",
            "demo",
            "select pg_has_role('aad_s1', 'azure_ad_user', 'member')"
        ),
        "t"
    );
    check_grants(&w, "single", "aad_s1", false);

    // Rerun is idempotent: no admin PUT this time.
    let r = w.az("create postgres -g rg --connection s1 --tg rg --server single --database demo --user-account --client-type none");
    ok(&r);
    assert_eq!(count(&w.calls(), "PUT"), 1);

    // Service principal on Single Server: the role's "password" is the client id; the secret only in the body.
    let r = w.az(&format!(
        "create postgres -g rg --connection s2 --tg rg --server single --database demo --client-type none \
         --service-principal client-id={SP_APP} secret={SP_SECRET} -o json"
    ));
    ok(&r);
    let out: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(out["authInfo"]["authType"], "servicePrincipalSecret");
    assert_eq!(out["authInfo"]["clientId"], SP_APP);
    assert_eq!(out["authInfo"]["principalId"], SP_OID);
    assert!(!r.stderr.contains(SP_SECRET), "{}", r.stderr);
    assert_eq!(
        w.psql(
            "single",
            "demo",
            "select pg_has_role('aad_s2', 'azure_ad_user', 'member')"
        ),
        "t"
    );
    // The object id came from Graph (az ad sp show) because none was given.
    w.assert_sent("/v1.0/servicePrincipals");

    // Service principal on Flexible Server with object-id=: no Graph call, 'service' principal.
    let r = w.az(&format!(
        "create postgres-flexible -g rg --connection f1 --tg rg --server flex --database demo --client-type none \
         --service-principal client-id={SP_APP} secret={SP_SECRET} object-id={SP_OID} --query authInfo.userName -o tsv"
    ));
    ok(&r);
    assert_eq!(r.stdout, "aad_f1\n");
    let calls = w.calls();
    no_graph(&calls);
    assert_eq!(count(&calls, "PUT"), 1, "{calls:#?}");
    assert_eq!(principal(&w, "flex", "aad_f1"), format!("service {SP_OID}"));
    check_grants(&w, "flex", "aad_f1", true);

    // --secret: no database or admin work, just the connector.
    let r = w.az("create postgres-flexible -g rg --connection f2 --tg rg --server flex --database demo --client-type none --secret name=u secret=pw -o json");
    ok(&r);
    let out: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(out["authInfo"]["authType"], "secret");
    assert_eq!(
        w.calls()
            .iter()
            .filter(|c| c.contains("DBforPostgreSQL"))
            .count(),
        0
    );
    assert!(!role_exists(&w, "flex", "aad_f2"));
}

#[test]
fn firewall_rules_for_the_exact_ip() {
    let closed = alice_admin(&json!({"firewallRules": []}));
    let mut private = closed.clone();
    private["publicNetworkAccess"] = json!(false);
    let w = World::alice(
        "firewall",
        vec![
            server("flexible", "closed", closed),
            server("flexible", "private", private),
        ],
    );
    // User account: a rule for exactly 127.0.0.1 is added, named in the warning, and kept.
    let r = w.az("create postgres-flexible -g rg --connection u1 --tg rg --server closed --database demo --user-account --client-type none --query authInfo.userName -o tsv");
    ok(&r);
    assert_eq!(r.stdout, "aad_u1\n");
    assert_contains(&r.stderr, "no pg_hba.conf entry for host \"127.0.0.1\"");
    let rule = rule_added_for(&r.stderr, "127.0.0.1");
    let rules = w.server_state("closed")["firewallRules"].to_string();
    assert!(
        rules.contains(&rule) && rules.contains("127.0.0.1"),
        "{rules}"
    );
    assert!(!rules.contains("255.255.255.255"), "{rules}");
    check_grants(&w, "closed", "aad_u1", true);
    let calls = w.calls();
    assert_eq!(
        firewall_calls(&calls, "PUT", "closed", &rule),
        1,
        "{calls:#?}"
    );
    assert_eq!(count(&calls, "DELETE"), 0, "{calls:#?}");

    let r = w.az(&format!(
        "create postgres-flexible -g rg --connection p1 --tg rg --server private --database demo --client-type none \
         --service-principal client-id={SP_APP} secret={SP_SECRET} object-id={SP_OID}"
    ));
    // Public access disabled: az's error, no rule, no connector.
    r.assert_failed(1, "ERROR: The target resource doesn't allow public access. Please enable it manually and try again.\n");
    assert_eq!(count(&w.calls(), "PUT"), 0);

    // Remove the kept rule again so the next run is rejected, then a service principal.
    let path = format!("{}/firewallRules/{rule}", flex_path("closed"));
    let r2 = w.az(&format!(
        "rest --method delete --url {path}?api-version=2026-04-01-preview"
    ));
    ok(&r2);
    let r = w.az(&format!(
        "create postgres-flexible -g rg --connection p2 --tg rg --server closed --database demo --client-type none \
         --service-principal client-id={SP_APP} secret={SP_SECRET} object-id={SP_OID} --query authInfo.userName -o tsv"
    ));
    ok(&r);
    assert_eq!(r.stdout, "aad_p2\n");
    assert_contains(
        &r.stderr,
        "(it will be removed after connection is created)",
    );
    assert_contains(
        &r.stderr,
        "WARNING: Remove database server firewall rule svc_",
    );
    let calls = w.calls();
    assert_eq!(
        firewall_calls(&calls, "DELETE", "closed", "svc_"),
        1,
        "{calls:#?}"
    );
    let rules = w.server_state("closed")["firewallRules"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(rules, 0, "{}", w.state());
    assert_eq!(
        principal(&w, "closed", "aad_p2"),
        format!("service {SP_OID}")
    );
}

#[test]
fn failures_leave_no_connector() {
    let w = World::alice(
        "failures",
        vec![server(
            "flexible",
            "srv",
            alice_admin(&json!({"databases": ["demo", "locked"]})),
        )],
    );
    // A table alice may not grant on (the superuser owns it): exit 1 before any change, naming it, no role, no
    // connector.
    w.psql(
        "srv",
        "locked",
        "CREATE TABLE public.private_t (x int); REVOKE ALL ON public.private_t FROM PUBLIC;",
    );
    let r = w.az("create postgres-flexible -g rg --connection g1 --tg rg --server srv --database locked --user-account --client-type none");
    assert_eq!(r.code, 1, "{r:?}");
    assert_contains(
        &r.stderr,
        "ERROR: The Microsoft Entra administrator cannot grant on these objects in database `locked`: ",
    );
    assert_contains(
        &r.stderr,
        "\n  table \"public\".\"private_t\" (owner azuresu)\n",
    );
    assert!(!role_exists(&w, "srv", "aad_g1"));
    assert!(w.connector_names().is_empty(), "{}", w.state());
    assert_eq!(count(&w.calls(), "PUT"), 0);

    // A rotation leaves the cached tokens valid until they expire, as on Azure: nothing is fetched again.
    let r = w.az("create postgres-flexible -g rg --connection g2 --tg rg --server srv --database demo --user-account --client-type none");
    ok(&r);
    w.emu.admin().rotate_tokens();
    let token_posts = |calls: &[String]| {
        calls
            .iter()
            .filter(|c| c.starts_with("POST /") && c.ends_with("/oauth2/v2.0/token"))
            .count()
    };
    let r = w.az("create postgres-flexible -g rg --connection g5 --tg rg --server srv --database demo --user-account --client-type none");
    ok(&r);
    assert_eq!(token_posts(&w.calls()), 0, "the cached tokens still work");
    // Stale tokens (the emulator expired them; azconn's cache still holds them): ARM refuses the ARM token and
    // PostgreSQL the oss-rdbms token as the password; azconn drops each, fetches a new one (through az) and goes on.
    w.emu.admin().expire_tokens();
    let r = w.az("create postgres-flexible -g rg --connection g3 --tg rg --server srv --database demo --user-account --client-type none");
    ok(&r);
    assert_eq!(
        token_posts(&w.calls()),
        2,
        "a new ARM token and a new oss-rdbms token"
    );
    assert!(role_exists(&w, "srv", "aad_g3"));
    // When PostgreSQL refuses the new oss-rdbms token as well (here: the admin's role lost its Entra mapping,
    // so no token opens it), az's admin error after one new token.
    w.psql(
        "srv",
        "postgres",
        "DELETE FROM pgaadauth.principals WHERE rolname = 'alice@contoso.com'",
    );
    let r = w.az("create postgres-flexible -g rg --connection g4 --tg rg --server srv --database demo --user-account --client-type none");
    r.assert_failed(
        1,
        "ERROR: Please confirm current user as Microsoft Entra admin and try again.\n",
    );
    assert_eq!(token_posts(&w.calls()), 1, "one new token, no more");
    assert_contains(&r.stderr, "WARNING: Fail to connect to postgresql. ");
    assert_contains(&r.stderr, "password authentication failed");
    assert_eq!(w.connector_names(), vec!["g2", "g3", "g5"]);
}

#[test]
fn guest_user_admin_logs_in_with_its_principal_name() {
    let w = World::start(
        "guest",
        &seed(
            vec![server(
                "flexible",
                "srv",
                json!({"entraAuth": true,
                "admins": [{"principalName": BOB_UPN, "objectId": BOB_OID, "principalType": "User"}]}),
            )],
            "bob@fabrikam.com",
        ),
    );
    let r = w.az("create postgres-flexible -g rg --connection b1 --tg rg --server srv --database demo --user-account --client-type none --query authInfo.userName -o tsv");
    ok(&r);
    assert_eq!(r.stdout, "aad_b1\n");
    // The admin matched by object id: no admin PUT; the SQL ran as the #EXT# principal name.
    assert_eq!(count(&w.calls(), "PUT"), 1, "{:#?}", w.calls());
    assert_eq!(principal(&w, "srv", "aad_b1"), format!("user {BOB_OID}"));
    check_grants(&w, "srv", "aad_b1", true);
    let granted_by = w.psql(
        "srv",
        "demo",
        "select datacl::text from pg_database where datname = 'demo'",
    );
    assert!(granted_by.contains("aad_b1=CTc/"), "{granted_by}");
}

/// Alice's Flexible Servers `srv` (Entra admin set), `closed` (no firewall rule) and `noentra` (Entra auth off).
fn alice_servers() -> Value {
    seed(
        vec![
            server("flexible", "srv", alice_admin(&json!({}))),
            server(
                "flexible",
                "closed",
                alice_admin(&json!({"firewallRules": []})),
            ),
            server("flexible", "noentra", json!({})),
        ],
        ALICE,
    )
}

#[test]
fn provider_registration_is_tried_once_then_polled_until_registered() {
    let mut world = alice_servers();
    world["unregisteredProviders"] = json!(["Microsoft.ServiceLinker"]);
    let w = World::start("register", &world);
    // az sleeps 10 s before each provider poll; the test makes that 10 ms.
    let fast = [("AZCONN_PROVIDER_POLL_INTERVAL", "0.01")];
    let provider = format!("/subscriptions/{SUB}/providers/Microsoft.ServiceLinker");
    let registering = "WARNING: Provider Microsoft.ServiceLinker is not registered, trying to register. This usually takes 1-2 minutes.\n";

    // Microsoft.ServiceLinker is not registered and the registration does not take (the provider
    // still reads NotRegistered): az's warning, then az's error; no connector.
    w.emu.admin().fault(
        &json!({"method": "GET", "path": provider, "nth": 1, "times": 1,
        "action": "status", "status": 200,
        "body": {"namespace": "Microsoft.ServiceLinker", "registrationState": "NotRegistered"}}),
    );
    let line = "create postgres-flexible -g rg --connection r1 --tg rg --server srv --database demo \
                --client-type none --secret name=u secret=pw --query name -o tsv";
    let r = w.az_env(line, &fast);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "{registering}ERROR: Registration failed, please manually run command `az provider register -n Microsoft.ServiceLinker` to register the provider.\n"
        )
    );
    let calls = w.calls();
    assert_eq!(count(&calls, &connector_put("r1")), 1, "{calls:#?}");
    assert_eq!(
        count(&calls, &format!("POST {provider}/register")),
        1,
        "{calls:#?}"
    );
    assert!(w.connector_names().is_empty());

    // Now it registers: POST register, the provider polled until Registered, the PUT repeated.
    let r = w.az_env(line, &fast);
    ok(&r);
    assert_eq!(r.stdout, "r1\n");
    assert_eq!(r.stderr, registering);
    let calls = w.calls();
    let sequence: Vec<&String> = calls
        .iter()
        .filter(|c| c.contains("Microsoft.ServiceLinker"))
        .collect();
    assert_eq!(
        sequence,
        [
            &connector_put("r1"),
            &format!("POST {provider}/register"),
            &format!("GET {provider}"),
            &format!("GET {provider}"),
            &connector_put("r1"),
            &format!(
                "GET /subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/r1"
            ),
        ],
        "{calls:#?}"
    );
    assert_eq!(w.connector_names(), vec!["r1"]);
    // Registered from now on: no second registration.
    let r = w.az_env(line, &fast);
    ok(&r);
    assert_eq!(r.stderr, "");
    assert_eq!(count(&w.calls(), "POST"), 0, "{:#?}", w.calls());
}

#[test]
fn allow_all_ips_widens_the_exact_ip_rule_when_it_is_not_enough() {
    let w = World::start("widen", &alice_servers());
    // The server sees this machine from a different address on every connection (a NAT with
    // several egress addresses), so the rule for the one address it reported is not enough.
    let sources = |ips: &[&str]| {
        let (status, body) =
            w.emu
                .admin()
                .call("PUT", "/knobs/pg-source-ips", Some(&json!({ "ips": ips })));
        assert_eq!(status, 204, "{body}");
    };
    sources(&["127.0.0.2", "127.0.0.3"]);
    let line = "create postgres-flexible -g rg --tg rg --server closed --database demo --user-account --client-type none";
    // Without --allow-all-ips (--yes is not enough): the exact-IP rule, then a failure naming it.
    let r = w.az(&format!("{line} --connection w1 -y"));
    assert_eq!(r.code, 1, "{r:?}");
    let rule = rule_added_for(&r.stderr, "127.0.0.2");
    assert_contains(&r.stderr, "no pg_hba.conf entry for host \"127.0.0.3\"");
    assert_contains(
        &r.stderr,
        &format!(
            "The firewall rule {rule} for the IP the server reported did not let this machine in. Pass --allow-all-ips to allow all IPv4 addresses."
        ),
    );
    assert!(!r.stderr.contains("255.255.255.255"), "{}", r.stderr);
    let rules = w.server_state("closed")["firewallRules"].to_string();
    assert!(!rules.contains("255.255.255.255"), "{rules}");
    assert!(!w.connector_names().contains(&"w1".to_owned()));

    // --allow-all-ips asks before widening; with no terminal and no --yes that is az's error.
    sources(&["127.0.0.6", "127.0.0.7"]);
    let r = w.az(&format!("{line} --connection w0 --allow-all-ips"));
    r.assert_failed(1, NO_TTY);
    let rules = w.server_state("closed")["firewallRules"].to_string();
    assert!(!rules.contains("255.255.255.255"), "{rules}");

    // With --allow-all-ips (and --yes, so no question): the same rule widened, then success.
    sources(&["127.0.0.4", "127.0.0.5"]);
    let r = w.az(&format!(
        "{line} --connection w2 -y --allow-all-ips --query authInfo.userName -o tsv"
    ));
    ok(&r);
    assert_eq!(r.stdout, "aad_w2\n");
    let added: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("WARNING: Add firewall rule svc_"))
        .collect();
    assert_eq!(added.len(), 2, "{}", r.stderr);
    assert!(added[0].contains(" 127.0.0.4 - 127.0.0.4..."), "{added:?}");
    let widened = added[0].replace(" 127.0.0.4 - 127.0.0.4...", " 0.0.0.0 - 255.255.255.255...");
    assert_eq!(added[1], widened, "the same rule is rewritten");
    let rule = rule_name(added[0]);
    let calls = w.calls();
    assert_eq!(
        firewall_calls(&calls, "PUT", "closed", &rule),
        2,
        "{calls:#?}"
    );
    let state = w.server_state("closed");
    let widened_rule = state["firewallRules"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["name"] == rule.as_str()).cloned())
        .unwrap_or_else(|| panic!("{state}"));
    assert_eq!(widened_rule["startIpAddress"], "0.0.0.0", "{state}");
    assert_eq!(widened_rule["endIpAddress"], "255.255.255.255", "{state}");
    assert_eq!(
        principal(&w, "closed", "aad_w2"),
        format!("user {ALICE_OID}")
    );
    sources(&[]);
}

#[test]
fn entra_auth_prompt_on_a_terminal() {
    let w = World::start("prompt", &alice_servers());
    // Entra authentication disabled, on a terminal: the question; "n" stops with az's error and
    // changes nothing, "y" enables it and goes on.
    let line = "connection create postgres-flexible -g rg --connection e1 --tg rg --server noentra --database demo --user-account --client-type none";
    let (code, screen) = w.az_tty(line, "n\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("Do you want to enable Microsoft Entra Authentication for the database server? It may cause the server restart. (y/n): "),
        "{screen}"
    );
    assert!(
        screen.contains(
            "ERROR: Please enable Microsoft Entra authentication manually and try again."
        ),
        "{screen}"
    );
    assert_eq!(count(&w.calls(), "PATCH"), 0);
    assert_eq!(w.server_state("noentra")["entraAuth"], json!(false));
    let (code, screen) = w.az_tty(line, "y\n");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("\"userName\": \"aad_e1\""), "{screen}");
    assert_eq!(count(&w.calls(), "PATCH"), 1, "{:#?}", w.calls());
    let state = w.server_state("noentra");
    assert_eq!(state["entraAuth"], json!(true), "{state}");
    assert!(state["admins"].to_string().contains(ALICE_OID), "{state}");
    assert_eq!(
        principal(&w, "noentra", "aad_e1"),
        format!("user {ALICE_OID}")
    );
}

/// Makes the resource group's read slow (1.5 s) and then fail, so a run stops in its lookups after the target's
/// reads came back; counts the connections the PostgreSQL router gets for `srv` from then on (a connect fault
/// that never fires).
fn slow_failing_lookup_and_counted_connections(w: &World) {
    let admin = w.emu.admin();
    let rg = "/subscriptions/*/resourcegroups/*";
    let (status, body) = admin.call(
        "PUT",
        "/knobs/latency",
        Some(&json!({"defaultMs": 0, "routes": [{"method": "GET", "path": rg, "ms": 1500}]})),
    );
    assert_eq!(status, 204, "{body}");
    admin.fault(
        &json!({"method": "GET", "path": rg, "action": "status", "status": 403, "times": 10}),
    );
    admin.pg_fault(&json!({"server": "srv", "action": "reset", "nth": 1000}));
}

/// How many connections the router got for `srv` since [`slow_failing_lookup_and_counted_connections`].
fn connections_seen(w: &World) -> u64 {
    w.emu.admin().knobs()["pgFaults"][0]["seen"]
        .as_u64()
        .unwrap_or_default()
}

/// When the server's reads show the signed-in identity as its Entra administrator, the sessions on `postgres`
/// and the target database are opened while the other lookups still run; a run that then fails closes them
/// unused: no statement ran.
#[test]
fn sessions_open_during_the_lookups_for_the_confirmed_administrator() {
    let w = World::start("early-admin", &alice_servers());
    slow_failing_lookup_and_counted_connections(&w);
    let r = w.az("create postgres-flexible -g rg --connection e1 --tg rg --server srv --database demo --user-account --client-type none");
    // A refused resource-group read is az's location validator failing: a usage error.
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(connections_seen(&w), 2);
    assert!(!role_exists(&w, "srv", "aad_e1"));
}

/// When the administrators say someone else logs in (Bob is the admin, Alice is signed in), no session is opened
/// before the run has made Alice the administrator: none as a login that turned out wrong.
#[test]
fn no_session_opens_for_a_login_the_administrators_do_not_confirm() {
    let bob = json!([{"principalName": BOB_UPN, "objectId": BOB_OID, "principalType": "User"}]);
    let w = World::alice(
        "early-not-admin",
        vec![server(
            "flexible",
            "srv",
            json!({"entraAuth": true, "admins": bob}),
        )],
    );
    slow_failing_lookup_and_counted_connections(&w);
    let r = w.az("create postgres-flexible -g rg --connection e2 --tg rg --server srv --database demo --user-account --client-type none");
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(connections_seen(&w), 0);
    // Without the failing read the same run makes Alice the administrator, then opens its sessions as her.
    w.emu.admin().clear_knobs();
    w.emu
        .admin()
        .pg_fault(&json!({"server": "srv", "action": "reset", "nth": 1000}));
    let r = w.az("create postgres-flexible -g rg --connection e2 --tg rg --server srv --database demo --user-account --client-type none --yes -o none");
    ok(&r);
    assert_eq!(connections_seen(&w), 2);
    assert_eq!(principal(&w, "srv", "aad_e2"), format!("user {ALICE_OID}"));
}
