//! `azconn webapp|functionapp connection …` against azconn-emulator: the verbs on a linker of a web app, a
//! slot and a function app (whole stdout, exit codes), and `create postgres-flexible` end to end.

use serde_json::{Value, json};

use crate::common::Azconn;
use crate::common::fixtures::{SUB, demo_seed};
use crate::common::{World, ok};

pub(crate) const APP1: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/sites/app1";

/// PUTs a linker through `azconn rest` (as a user of the RP would), waiting for it.
pub(crate) fn put_linker(w: &World, source: &str, name: &str, client_type: &str) {
    let body = json!({"properties": {
        "targetService": {"type": "AzureResource", "id": format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo")},
        "authInfo": {"userName": format!("aad_{name}"), "authType": "systemAssignedIdentity"},
        "clientType": client_type, "secretStore": {}, "publicNetworkSolution": {},
        "configurationInfo": {"configurationStore": {}}
    }});
    let url = format!(
        "{source}/providers/Microsoft.ServiceLinker/linkers/{name}?api-version=2024-07-01-preview"
    );
    let run = Azconn::scratch(&format!("sources-rest-{name}"))
        .emulator(&w.emu)
        .args(["rest", "--method", "put", "--url", &url, "--body"])
        .arg(body.to_string())
        .args(["-o", "none"])
        .run();
    ok(&run);
}

#[test]
fn verbs_on_a_web_app_linker() {
    let w = World::start("sources-verbs", &demo_seed());
    put_linker(&w, APP1, "c1", "python");

    let list = w.az("webapp connection list -g rg -n app1 --query [].{n:name,a:authInfo.authType,c:clientType} -o json");
    ok(&list);
    assert_eq!(
        list.stdout,
        "[\n  {\n    \"a\": \"systemAssignedIdentity\",\n    \"c\": \"python\",\n    \"n\": \"c1\"\n  }\n]\n"
    );
    let full = w.az("webapp connection list -g rg -n app1");
    let items: Value = serde_json::from_str(&full.stdout).expect("list json");
    assert_eq!(items[0]["additionalProperties"], json!({}));
    assert!(items[0].get("configurations").is_none());

    let value =
        "dbname=demo host=srv.postgres.database.azure.com port=5432 sslmode=require user=aad_c1";
    let show = w.az("webapp connection show -g rg -n app1 --connection c1");
    ok(&show);
    let shown: Value = serde_json::from_str(&show.stdout).expect("show json");
    assert_eq!(shown["configurations"][0]["value"], value);
    assert_eq!(shown["authInfo"]["userName"], "aad_c1");
    assert_eq!(shown["resourceGroup"], "rg");
    assert_eq!(shown["authInfo"]["additionalProperties"], json!({}));

    let id = format!("{APP1}/providers/Microsoft.ServiceLinker/linkers/c1");
    let configs = w.az(&format!(
        "webapp connection list-configuration --id {id} -o json"
    ));
    ok(&configs);
    assert_eq!(
        configs.stdout,
        format!(
            "{{\n  \"configurations\": [\n    {{\n      \"configType\": \"Default\",\n      \"description\": null,\n      \"keyVaultReferenceIdentity\": null,\n      \"name\": \"AZURE_POSTGRESQL_CONNECTIONSTRING\",\n      \"value\": \"{value}\"\n    }}\n  ]\n}}\n"
        )
    );

    let validate =
        w.az("webapp connection validate -g rg -n app1 --connection c1 --query [0].result -o tsv");
    ok(&validate);
    assert_eq!(validate.stdout, "success\n");

    let delete = w.az("webapp connection delete -g rg -n app1 --connection c1");
    assert_eq!(
        delete.code, 1,
        "no --yes without a terminal: {}",
        delete.stderr
    );
    ok(&w.az("webapp connection delete -g rg -n app1 --connection c1 -y"));
    let gone = w.az("webapp connection show -g rg -n app1 --connection c1");
    assert_eq!(gone.code, 3, "{}", gone.stderr);
    assert!(
        gone.stderr.contains("(ResourceNotFound)"),
        "{}",
        gone.stderr
    );
}

#[test]
fn slot_and_function_app_linkers_and_missing_apps() {
    let w = World::start("sources-slot", &demo_seed());
    put_linker(&w, &format!("{APP1}/slots/staging"), "s1", "java");
    let slot = w.az("webapp connection list -g rg -n app1 --slot staging --query [].name -o tsv");
    ok(&slot);
    assert_eq!(slot.stdout, "s1\n");
    let prod = w.az("webapp connection list -g rg -n app1 -o tsv");
    ok(&prod);
    assert_eq!(prod.stdout, "");

    let func = APP1.replace("/app1", "/func1");
    put_linker(&w, &func, "f1", "none");
    let show = w.az("functionapp connection show -g rg -n func1 --connection f1 --query configurations[0].value -o tsv");
    ok(&show);
    assert_eq!(
        show.stdout,
        "Server=srv.postgres.database.azure.com;Database=demo;Port=5432;Ssl Mode=Require;User Id=aad_f1;\n"
    );
    let slotted = w.az("functionapp connection list -g rg -n func1 --slot staging");
    assert_eq!(slotted.code, 2, "{}", slotted.stderr);

    let missing = w.az("webapp connection list -g rg -n nope");
    assert_eq!(missing.code, 3, "{}", missing.stderr);
    assert!(
        missing.stderr.contains(
            "The Resource 'Microsoft.Web/sites/nope' under resource group 'rg' was not found"
        ),
        "{}",
        missing.stderr
    );
    let bad_id = w.az("webapp connection show --id /subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a/connectors/c");
    assert_eq!(bad_id.code, 1);
    assert!(
        bad_id.stderr.contains("Connection id is invalid: "),
        "{}",
        bad_id.stderr
    );
}

const WEB_API: &str = "2025-05-01";
pub(crate) const CREATE: &str =
    "connection create postgres-flexible --tg rg --server srv --database demo -y";
pub(crate) const MI_CLIENT: &str = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
pub(crate) const MI_PRINCIPAL: &str = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";

/// The demo seed with the server as a fresh Flexible Server: Entra authentication off, no administrator.
pub(crate) fn fresh_seed() -> Value {
    let mut seed = demo_seed();
    seed["servers"][0]["entraAuth"] = json!(false);
    seed
}

/// `azconn rest` against the emulator; stdout of `-o tsv` with `query`.
pub(crate) fn rest(w: &World, method: &str, path: &str, query: &str) -> String {
    let url = if path.contains("?api-version=") {
        path.to_owned()
    } else {
        format!("{path}?api-version={WEB_API}")
    };
    let run = Azconn::scratch("sources-rest-read")
        .emulator(&w.emu)
        .args([
            "rest", "--method", method, "--url", &url, "--query", query, "-o", "tsv",
        ])
        .run();
    ok(&run);
    run.stdout.trim_end().to_owned()
}

/// Asserts the last create recorded the linker `linker` only: besides token requests, `reads` and then the
/// linker's PUT, its GET and `listConfigurations` (`--opt-out auth`, `--secret`).
pub(crate) fn assert_linker_only(w: &World, reads: &[&str], linker: &str) {
    let calls: Vec<String> = w
        .calls()
        .into_iter()
        .filter(|c| !c.contains("/oauth2/"))
        .collect();
    let mut want: Vec<String> = reads.iter().map(|r| format!("GET {r}")).collect();
    want.extend([
        format!("PUT {linker}"),
        format!("GET {linker}"),
        format!("POST {linker}/listConfigurations"),
    ]);
    assert_eq!(calls, want);
}

/// The role's pgaadauth principal: `object id|type`.
pub(crate) fn principal_of(w: &World, role: &str) -> String {
    w.psql(
        "srv",
        "postgres",
        &format!("SELECT object_id || '|' || principal_type FROM pgaadauth.principals WHERE rolname = '{role}'"),
    )
    .trim()
    .to_owned()
}

/// What an app does with its connection string: a token for its identity from the managed-identity endpoint,
/// a TLS login (`sslmode=verify-full`) as the role, a read of `public.items` and a table of its own in `public`.
pub(crate) async fn app_logs_in(w: &World, connection_string: &str, principal_id: &str) -> i64 {
    let header = std::fs::read_to_string(w.emu.dir().join("identity-header")).expect("header");
    let ca = std::fs::read(w.emu.dir().join("ca.pem")).expect("ca");
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&ca).expect("ca pem"))
        .build()
        .expect("client");
    let token: Value = http
        .get(format!(
            "{}/msi/token?api-version=2019-08-01&resource=https://ossrdbms-aad.database.windows.net&principal_id={principal_id}",
            w.emu.base_url()
        ))
        .header("X-IDENTITY-HEADER", header.trim())
        .send()
        .await
        .expect("msi")
        .json()
        .await
        .expect("msi json");
    login(
        w,
        connection_string,
        token["access_token"].as_str().expect("token"),
    )
    .await
}

/// A TLS login (`sslmode=verify-full`) with a libpq-style connection string and an Entra token as password, a
/// read of `public.items` and a table of its own in `public`; returns the rows read.
pub(crate) async fn login(w: &World, connection_string: &str, token: &str) -> i64 {
    let ca = std::fs::read(w.emu.dir().join("ca.pem")).expect("ca");
    // The app's settings name the server; the emulator's router port stands in for 5432 (DNS does for an app).
    let mut cfg = tokio_postgres::Config::new();
    for pair in connection_string.split_whitespace() {
        match pair.split_once('=') {
            Some(("dbname", v)) => cfg.dbname(v),
            Some(("host", v)) => cfg.host(v),
            Some(("user", v)) => cfg.user(v),
            Some(("sslmode", "require")) => cfg.ssl_mode(tokio_postgres::config::SslMode::Require),
            _ => &mut cfg,
        };
    }
    cfg.password(token)
        .hostaddr(std::net::IpAddr::from([127, 0, 0, 1]))
        .port(w.emu.pg());
    let tls = native_tls::TlsConnector::builder()
        .add_root_certificate(native_tls::Certificate::from_pem(&ca).expect("ca"))
        .build()
        .expect("tls");
    // native-tls checks the certificate chain and the host name: libpq's verify-full.
    let (client, conn) = cfg
        .connect(postgres_native_tls::MakeTlsConnector::new(tls))
        .await
        .expect("the app logs in as its role");
    tokio::spawn(conn);
    let n: i64 = client
        .query_one("SELECT count(*) FROM public.items", &[])
        .await
        .expect("read a table")
        .get(0);
    client
        .batch_execute("CREATE TABLE public.made_by_app (id int)")
        .await
        .expect("create a table in public");
    n
}

pub(crate) fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

#[test]
fn webapp_system_identity_end_to_end() {
    let w = World::start("sources-create-system", &fresh_seed());
    w.psql(
        "srv",
        "demo",
        "CREATE TABLE public.items (id int); INSERT INTO public.items VALUES (1), (2); ALTER TABLE public.items OWNER TO azure_pg_admin;",
    );
    let run = w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection conn1"
    ));
    ok(&run);
    assert_eq!(
        run.stderr,
        "WARNING: Client type is not specified, use detected one: --client-type python\n\
         WARNING: Checking if WebApp enables System Identity...\n\
         WARNING: Enabling WebApp System Identity...\n\
         WARNING: Set current user as DB Server Microsoft Entra Administrators.\n",
        "stderr"
    );
    let out: Value = serde_json::from_str(&run.stdout).expect("json");
    let string =
        "dbname=demo host=srv.postgres.database.azure.com port=5432 sslmode=require user=aad_conn1";
    assert_eq!(out["configurations"][0]["value"], string);
    assert_eq!(out["authInfo"]["authType"], "systemAssignedIdentity");
    assert_eq!(out["clientType"], "python");
    assert_eq!(out["provisioningState"], "Succeeded");

    let principal = rest(&w, "get", APP1, "identity.principalId");
    assert_eq!(
        principal_of(&w, "aad_conn1"),
        format!("{principal}|service")
    );
    let setting = rest(
        &w,
        "post",
        &format!("{APP1}/config/appsettings/list"),
        "properties.AZURE_POSTGRESQL_CONNECTIONSTRING",
    );
    assert_eq!(setting, string);

    // A rerun finds everything in place: no identity or server change, the role stays.
    let again = w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection conn1 --client-type python"
    ));
    ok(&again);
    assert!(
        !again.stderr.contains("Enabling WebApp System Identity"),
        "{}",
        again.stderr
    );
    let calls = w.calls();
    assert!(
        !calls.iter().any(|c| c == &format!("PUT {APP1}")),
        "{calls:?}"
    );
    assert!(!calls.iter().any(|c| c.starts_with("PATCH")), "{calls:?}");
    assert_eq!(rest(&w, "get", APP1, "identity.principalId"), principal);

    // The app: its connection string, a token for its identity, a login, a read and a table of its own.
    assert_eq!(runtime().block_on(app_logs_in(&w, &setting, &principal)), 2);
}

#[test]
fn slot_gets_its_own_identity() {
    let w = World::start("sources-create-slot", &demo_seed());
    let run = w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --slot staging --system-identity --connection sconn --client-type java -o none"
    ));
    ok(&run);
    let slot = format!("{APP1}/slots/staging");
    let principal = rest(&w, "get", &slot, "identity.principalId");
    assert_eq!(
        rest(&w, "get", APP1, "identity"),
        "",
        "the production site is untouched"
    );
    assert_eq!(
        principal_of(&w, "aad_sconn"),
        format!("{principal}|service")
    );
    let setting = rest(
        &w,
        "post",
        &format!("{slot}/config/appsettings/list"),
        "properties.AZURE_POSTGRESQL_CONNECTIONSTRING",
    );
    assert_eq!(
        setting,
        "jdbc:postgresql://srv.postgres.database.azure.com:5432/demo?sslmode=require&user=aad_sconn"
    );
    let shown = w.az("webapp connection show -g rg -n app1 --slot staging --connection sconn --query clientType -o tsv");
    ok(&shown);
    assert_eq!(shown.stdout, "java\n");
}

#[test]
fn functionapp_user_identity() {
    let w = World::start("sources-create-user", &demo_seed());
    let run = w.az(&format!(
        "functionapp {CREATE} -g rg -n func1 --user-identity client-id={MI_CLIENT} subs-id={SUB} --connection fconn"
    ));
    ok(&run);
    assert!(
        run.stderr.starts_with(
            "WARNING: Client type is not specified, use default one: --client-type none\n"
        ),
        "{}",
        run.stderr
    );
    let out: Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(out["authInfo"]["clientId"], MI_CLIENT);
    assert_eq!(out["authInfo"]["subscriptionId"], SUB);
    assert_eq!(
        out["configurations"][0]["name"],
        "AZURE_POSTGRESQL_CLIENTID"
    );
    assert_eq!(
        principal_of(&w, "aad_fconn"),
        format!("{MI_PRINCIPAL}|service")
    );
    let func = APP1.replace("/app1", "/func1");
    assert_eq!(
        rest(&w, "get", &func, "identity"),
        "",
        "no identity is assigned to the app"
    );

    let unknown = w.az(&format!(
        "functionapp {CREATE} -g rg -n func1 --user-identity client-id=00000000-0000-0000-0000-00000000dead subs-id={SUB} --connection other"
    ));
    assert_eq!(unknown.code, 3, "{}", unknown.stderr);
    assert!(
        unknown.stderr.ends_with(
            "ERROR: No identity found for client id 00000000-0000-0000-0000-00000000dead\n"
        ),
        "{}",
        unknown.stderr
    );
}

#[test]
fn service_principal_and_secret_on_a_web_app() {
    use crate::common::fixtures::{SP_APP, SP_OID, SP_SECRET};
    let w = World::start("sources-create-sp", &demo_seed());
    let run = w.az(&format!(
        "webapp {CREATE} -g rg -n winapp --service-principal client-id={SP_APP} secret={SP_SECRET} --connection spconn"
    ));
    ok(&run);
    assert!(
        run.stderr
            .contains("use detected one: --client-type dotnet"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stdout.contains(SP_SECRET) || run.stdout.contains("AZURE_POSTGRESQL_CLIENTSECRET")
    );
    assert_eq!(principal_of(&w, "aad_spconn"), format!("{SP_OID}|service"));
    let win = APP1.replace("/app1", "/winapp");
    assert_eq!(rest(&w, "get", &win, "identity"), "");

    let secret = w.az(&format!(
        "webapp {CREATE} -g rg -n winapp --secret name=dbuser secret=pw1 --connection sconn --client-type dotnet --config-connstr"
    ));
    ok(&secret);
    assert!(
        !secret.stderr.contains("Running query"),
        "no SQL for --secret: {}",
        secret.stderr
    );
    assert_eq!(principal_of(&w, "aad_sconn"), "");
    let strings = rest(
        &w,
        "post",
        &format!("{win}/config/connectionstrings/list"),
        "properties.AZURE_POSTGRESQL_CONNECTIONSTRING.[type,value]",
    );
    assert_eq!(
        strings,
        "PostgreSQL\nServer=srv.postgres.database.azure.com;Database=demo;Port=5432;Ssl Mode=Require;User Id=dbuser;Password=pw1;"
    );
}

#[test]
fn dry_run_shows_the_identity_assignment_and_changes_nothing() {
    let w = World::start("sources-create-dry", &fresh_seed());
    let run = w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection c1 --dry-run"
    ));
    ok(&run);
    assert!(
        run.stdout
            .contains("Turn on the system-assigned identity of the app: PUT /subscriptions/"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("pgaadauth_create_principal_with_oid('aad_c1', '<principal id of the identity to be assigned>', 'service', false, false);"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("/providers/Microsoft.ServiceLinker/linkers/c1"),
        "{}",
        run.stdout
    );
    w.assert_only_reads();
}

#[test]
fn closed_firewall_gets_a_temporary_rule_that_is_removed() {
    let mut seed = demo_seed();
    seed["servers"][0]["firewallRules"] = json!([]);
    let w = World::start("sources-create-firewall", &seed);
    let run = w.az(&format!("webapp {CREATE} -g rg -n app1 --system-identity --connection fw1 --client-type none -o none"));
    ok(&run);
    assert!(
        run.stderr
            .contains("(it will be removed after connection is created)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("Remove database server firewall rule svc_"),
        "{}",
        run.stderr
    );
    assert_eq!(w.server_state("srv")["firewallRules"], json!([]));
    assert_ne!(principal_of(&w, "aad_fw1"), "");
}
