//! `azconn containerapp|aks connection create postgres-flexible` against azconn-emulator, each auth type: what
//! the run prints, the role and object id in PostgreSQL, the linker and what the RP wrote into the source, the
//! errors; and end to end — a process given the container app's env gets its identity's token and logs in, a pod's
//! service-account token is exchanged through the federated credential and logs in.

use serde_json::{Value, json};

use crate::common::fixtures::{SP_APP, SP_OID, SP_SECRET, SUB, TENANT, demo_seed};
use crate::common::snapshot::assert_run;
use crate::common::{World, ok};
use crate::sources::{
    CREATE, MI_CLIENT, MI_PRINCIPAL, assert_linker_only, fresh_seed, login, principal_of, rest,
    runtime,
};

pub(crate) const CAPP: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.App/containerApps/capp1";
pub(crate) const AKS: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1";
pub(crate) const MI_ID: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/azconn-mi";
const APP_API: &str = "2025-07-01";

/// The container's environment as the Container Apps runtime gives it to the process: each env var, a
/// `secretRef` resolved to the secret's value.
fn container_env(w: &World, container: &str) -> Vec<(String, String)> {
    let (_, app) = arm(w, "GET", &format!("{CAPP}?api-version={APP_API}"), None);
    let (_, secrets) = arm(
        w,
        "POST",
        &format!("{CAPP}/listSecrets?api-version={APP_API}"),
        None,
    );
    let secret = |name: &str| {
        secrets["value"]
            .as_array()
            .and_then(|s| s.iter().find(|x| x["name"] == name))
            .and_then(|x| x["value"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    app["properties"]["template"]["containers"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["name"] == container))
        .and_then(|c| c["env"].as_array())
        .map(|env| {
            env.iter()
                .map(|e| {
                    let name = e["name"].as_str().unwrap_or_default().to_owned();
                    let value = match e["secretRef"].as_str() {
                        Some(r) => secret(r),
                        None => e["value"].as_str().unwrap_or_default().to_owned(),
                    };
                    (name, value)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn env_value(env: &[(String, String)], name: &str) -> String {
    env.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The container app's `identity.type` as ARM has it (`None`: no identity).
fn app_identity_type(w: &World) -> String {
    rest(
        w,
        "get",
        &format!("{CAPP}?api-version={APP_API}"),
        "identity.type",
    )
}

/// An ARM request as the signed-in user: status and JSON body.
fn arm(w: &World, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    let client = w.emu.client();
    let token = client
        .wait(client.user_token(
            TENANT,
            "alice@contoso.com",
            "https://management.core.windows.net//.default",
        ))
        .expect("token");
    let answer = client
        .wait(client.call(method, path, Some(&token), body))
        .expect("ARM call");
    (answer.status, answer.body)
}

/// `public.items` owned by the administrator role, for the app to read.
fn items_table(w: &World) {
    w.psql(
        "srv",
        "demo",
        "CREATE TABLE public.items (id int); INSERT INTO public.items VALUES (1), (2); ALTER TABLE public.items OWNER TO azure_pg_admin;",
    );
}

#[test]
fn containerapp_system_identity_end_to_end() {
    let w = World::start("capp-system", &fresh_seed());
    items_table(&w);
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection cconn --client-type python"
    ));
    ok(&run);
    assert_eq!(
        run.stderr,
        "WARNING: Checking if Container App enables System Identity...\n\
         WARNING: Enabling Container App System Identity...\n\
         WARNING: Set current user as DB Server Microsoft Entra Administrators.\n"
    );
    let out: Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(
        (
            &out["scope"],
            &out["authInfo"]["authType"],
            &out["clientType"]
        ),
        (
            &json!("capp1"),
            &json!("systemAssignedIdentity"),
            &json!("python")
        )
    );
    let calls = w.calls();
    let app_put = format!("PUT {CAPP}");
    assert_eq!(
        calls.iter().filter(|c| **c == app_put).count(),
        1,
        "{calls:?}"
    );
    assert!(
        calls.iter().any(|c| c
            .contains("/providers/Microsoft.App/locations/eastus/containerappOperationStatuses/")),
        "the identity PUT is polled: {calls:?}"
    );
    let principal = rest(
        &w,
        "get",
        &format!("{CAPP}?api-version={APP_API}"),
        "identity.principalId",
    );
    assert_eq!(
        principal_of(&w, "aad_cconn"),
        format!("{principal}|service")
    );

    // What the RP wrote: a secret and an env var with its secretRef in the scope container only.
    let env = container_env(&w, "capp1");
    let string =
        "dbname=demo host=srv.postgres.database.azure.com port=5432 sslmode=require user=aad_cconn";
    assert_eq!(
        env,
        [(
            "AZURE_POSTGRESQL_CONNECTIONSTRING".to_owned(),
            string.to_owned()
        )]
    );
    assert_eq!(container_env(&w, "sidecar"), []);

    // A rerun finds the identity: no app PUT, the same principal.
    let again = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection cconn --client-type python -o none"
    ));
    ok(&again);
    assert!(!w.calls().contains(&app_put));
    assert_eq!(
        principal_of(&w, "aad_cconn"),
        format!("{principal}|service")
    );

    // The process: its env's connection string, a token for its identity, a verify-full login as aad_cconn.
    let rows = runtime().block_on(crate::sources::app_logs_in(
        &w,
        &env_value(&env, "AZURE_POSTGRESQL_CONNECTIONSTRING"),
        &principal,
    ));
    assert_eq!(rows, 2);
}

#[test]
fn containerapp_identity_keeps_the_apps_secrets() {
    let w = World::start("capp-secrets", &fresh_seed());
    let (_, app) = arm(&w, "GET", &format!("{CAPP}?api-version={APP_API}"), None);
    let mut put = app.clone();
    put["properties"]["configuration"]["secrets"] = json!([{"name": "api-key", "value": "k1"}]);
    let (s, _) = arm(
        &w,
        "PUT",
        &format!("{CAPP}?api-version={APP_API}"),
        Some(&put),
    );
    assert_eq!(s, 201);
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection cconn -o none"
    ));
    ok(&run);
    let calls = w.calls();
    assert!(
        calls
            .iter()
            .any(|c| *c == format!("POST {CAPP}/listSecrets")),
        "{calls:?}"
    );
    let (_, secrets) = arm(
        &w,
        "POST",
        &format!("{CAPP}/listSecrets?api-version={APP_API}"),
        None,
    );
    assert_eq!(
        secrets["value"][0],
        json!({"name": "api-key", "value": "k1"})
    );
}

#[test]
fn containerapp_user_identity() {
    let w = World::start("capp-user", &demo_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c sidecar --user-identity client-id={MI_CLIENT} subs-id={SUB} --connection uconn"
    ));
    ok(&run);
    assert_eq!(
        run.stderr,
        "WARNING: Client type is not specified, use default one: --client-type none\n\
         WARNING: Set current user as DB Server Microsoft Entra Administrators.\n"
    );
    assert_eq!(
        principal_of(&w, "aad_uconn"),
        format!("{MI_PRINCIPAL}|service")
    );
    let env = container_env(&w, "sidecar");
    assert_eq!(env_value(&env, "AZURE_POSTGRESQL_CLIENTID"), MI_CLIENT);
    assert_eq!(
        app_identity_type(&w),
        "None",
        "no identity is assigned to the app"
    );
}

#[test]
fn containerapp_service_principal() {
    let w = World::start("capp-sp", &demo_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --service-principal client-id={SP_APP} secret={SP_SECRET} --connection spconn -o none"
    ));
    ok(&run);
    assert_eq!(principal_of(&w, "aad_spconn"), format!("{SP_OID}|service"));
    let env = container_env(&w, "capp1");
    assert_eq!(env_value(&env, "AZURE_POSTGRESQL_CLIENTSECRET"), SP_SECRET);
    assert_eq!(env_value(&env, "AZURE_POSTGRESQL_TENANTID"), TENANT);
}

#[test]
fn containerapp_secret() {
    let w = World::start("capp-secret", &demo_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --secret name=dbuser secret=pw1 --connection sconn --client-type nodejs -o none"
    ));
    ok(&run);
    assert!(!run.stderr.contains("Running query"), "{}", run.stderr);
    assert_eq!(principal_of(&w, "aad_sconn"), "");
    let env = container_env(&w, "capp1");
    assert_eq!(env_value(&env, "AZURE_POSTGRESQL_PASSWORD"), "pw1");
    assert_eq!(env_value(&env, "AZURE_POSTGRESQL_USER"), "dbuser");
}

#[test]
fn containerapp_create_output_formats() {
    let w = World::start("capp-output", &demo_seed());
    let base = format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection cappconn"
    );
    for format in ["json", "jsonc", "yaml", "yamlc", "table", "tsv", "none"] {
        let run = w.az(&format!("{base} -o {format}"));
        assert_run!(format!("containerapp_create_output_{format}"), run);
    }
    let query = w.az(&format!("{base} --query authInfo -o json"));
    assert_run!("containerapp_create_output_query", query);
}

#[test]
fn containerapp_without_container_is_a_usage_error() {
    let w = World::start("capp-no-container", &fresh_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 --system-identity"
    ));
    assert_run!(run);
    assert!(
        w.calls().iter().all(|c| c.contains("/oauth2/")),
        "{:?}",
        w.calls()
    );
}

/// On a terminal az asks for the missing container (its question: the option's help and names) and says which
/// answer it applied; a blank answer is its `… should not be blank`, before any change.
#[test]
fn containerapp_asks_for_the_container_on_a_terminal() {
    let w = World::start("capp-ask-container", &fresh_seed());
    let line = format!(
        "containerapp {CREATE} -g rg -n capp1 --system-identity --connection askc --client-type python -o none"
    );
    let question = "The container where the connection information will be saved (as environment variables). \
                    (--container/-c): ";
    let (code, screen) = w.az_tty(&line, "capp1\n");
    assert_eq!(code, 0, "{screen}");
    // The terminal echoes the typed answer too, before or after the question.
    assert!(screen.contains(question), "{screen}");
    assert!(
        screen.contains("WARNING: Apply interactive input arguments: --container capp1\r\n"),
        "{screen}"
    );
    let env = container_env(&w, "capp1");
    assert_eq!(
        env.len(),
        1,
        "the configuration went to the container: {env:?}"
    );

    let (code, screen) = w.az_tty(&line.replace("askc", "blank"), "\n");
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains(&format!(
            "ERROR: {} should not be blank\r\n",
            question.trim_end_matches(": ")
        )),
        "{screen}"
    );
    w.assert_only_reads();
}

/// `--opt-out auth` on a container app: az skips its identity and database step; the app and its container are
/// still checked, then only the linker is recorded, its `authInfo` without a user name.
#[test]
fn containerapp_opt_out_auth_records_only_the_linker() {
    let w = World::start("capp-opt-out", &fresh_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection oo --client-type python \
         --opt-out auth --query authInfo"
    ));
    assert_run!(run);
    let linker = format!("{CAPP}/providers/Microsoft.ServiceLinker/linkers/oo");
    assert_linker_only(&w, &[CAPP], &linker);
    assert_eq!(app_identity_type(&w), "None", "no identity assigned");
    assert_eq!(principal_of(&w, "aad_oo"), "", "no role");
    let missing = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c nope --system-identity --connection oo2 --opt-out auth"
    ));
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    w.assert_only_reads();
}

/// `--opt-out auth` on AKS: the workload identity is still read for its client id (az reads it while parsing),
/// then only the linker is recorded; no role is made.
#[test]
fn aks_opt_out_auth_records_only_the_linker() {
    let w = World::start("aks-opt-out", &fresh_seed());
    let run = w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --workload-identity {MI_ID} --connection oo --opt-out auth configinfo \
         --query authInfo"
    ));
    assert_run!(run);
    let linker = format!("{AKS}/providers/Microsoft.ServiceLinker/linkers/oo");
    assert_linker_only(&w, &[MI_ID], &linker);
    assert_eq!(principal_of(&w, "aad_oo"), "", "no role");
}

#[test]
fn containerapp_unknown_container_changes_nothing() {
    let w = World::start("capp-bad-container", &fresh_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c nope --system-identity --connection c1"
    ));
    assert_run!(run);
    w.assert_only_reads();
}

#[test]
fn containerapp_missing_app_is_not_found() {
    let w = World::start("capp-missing", &fresh_seed());
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n nope -c nope --system-identity --connection c1"
    ));
    assert_run!(run);
}

#[test]
fn containerapp_unregistered_provider_is_az_s_error() {
    let mut seed = fresh_seed();
    seed["unregisteredProviders"] = json!(["Microsoft.App"]);
    let w = World::start("capp-unregistered", &seed);
    let run = w.az(&format!(
        "containerapp {CREATE} -g rg -n capp1 -c capp1 --system-identity --connection c1"
    ));
    assert_run!(run);
}

/// The emulator's view of a cluster's namespace.
fn namespace(w: &World, ns: &str) -> Value {
    w.state()["kubernetes"][0]["namespaces"][ns].clone()
}

#[test]
fn aks_workload_identity_end_to_end() {
    let w = World::start("aks-workload", &fresh_seed());
    items_table(&w);
    let run = w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --kube-namespace ns1 --workload-identity {MI_ID} --connection aksconn --client-type python"
    ));
    ok(&run);
    assert_eq!(
        run.stderr,
        "WARNING: Set current user as DB Server Microsoft Entra Administrators.\n"
    );
    let out: Value = serde_json::from_str(&run.stdout).expect("json");
    let sa = format!("sc-account-{MI_CLIENT}");
    assert_eq!(
        out["kubernetesResourceName"],
        json!({"secret": "sc-aksconn-secret", "serviceAccount": sa})
    );
    assert_eq!(
        (&out["scope"], &out["authInfo"]["clientId"]),
        (&json!("ns1"), &json!(MI_CLIENT))
    );
    let calls = w.calls();
    assert!(
        !calls
            .iter()
            .any(|c| c.contains("/managedClusters/aks1") && !c.contains("/linkers/")),
        "no request to the cluster itself: {calls:?}"
    );
    assert_eq!(
        principal_of(&w, "aad_aksconn"),
        format!("{MI_PRINCIPAL}|service")
    );

    // What the RP made: the secret and service account in ns1, the federated credential on the identity.
    let ns = namespace(&w, "ns1");
    let secret = &ns["secrets"]["sc-aksconn-secret"];
    assert_eq!(secret["AZURE_POSTGRESQL_CLIENTID"], MI_CLIENT);
    assert_eq!(
        ns["serviceAccounts"][&sa]["annotations"]["azure.workload.identity/client-id"],
        MI_CLIENT
    );
    let fics = rest(
        &w,
        "get",
        &format!("{MI_ID}/federatedIdentityCredentials?api-version=2025-05-31-preview"),
        "value[0].properties.subject",
    );
    assert_eq!(fics, format!("system:serviceaccount:ns1:{sa}"));

    // A rerun keeps everything: the same role and one federated credential.
    ok(&w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --kube-namespace ns1 --workload-identity {MI_ID} --connection aksconn --client-type python -o none"
    )));
    assert_eq!(
        principal_of(&w, "aad_aksconn"),
        format!("{MI_PRINCIPAL}|service")
    );
    assert_eq!(
        rest(
            &w,
            "get",
            &format!("{MI_ID}/federatedIdentityCredentials?api-version=2025-05-31-preview"),
            "length(value)"
        ),
        "1"
    );

    // The pod: its projected service-account token, exchanged through the federated credential, logs in.
    let client = w.emu.client();
    let projected = client
        .wait(client.admin_ok(
            "POST",
            "/kubernetes/token",
            Some(&json!({"cluster": AKS, "namespace": "ns1", "serviceAccount": sa})),
        ))
        .expect("service-account token");
    let (status, token) = client
        .wait(client.token(
            TENANT,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", MI_CLIENT),
                (
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ),
                (
                    "client_assertion",
                    projected["token"].as_str().expect("token"),
                ),
                (
                    "scope",
                    "https://ossrdbms-aad.database.windows.net/.default",
                ),
            ],
        ))
        .expect("exchange");
    assert_eq!(status, 200, "{token}");
    let string = secret["AZURE_POSTGRESQL_CONNECTIONSTRING"]
        .as_str()
        .expect("string");
    let rows = runtime().block_on(login(
        &w,
        string,
        token["access_token"].as_str().expect("access token"),
    ));
    assert_eq!(rows, 2);
}

#[test]
fn aks_create_output_formats() {
    let w = World::start("aks-output", &demo_seed());
    let base =
        format!("aks {CREATE} -g rg -n aks1 --workload-identity {MI_ID} --connection aksconn");
    for format in ["json", "yaml", "table", "tsv"] {
        let run = w.az(&format!("{base} -o {format}"));
        assert_run!(format!("aks_create_output_{format}"), run);
    }
}

#[test]
fn aks_service_principal_and_secret() {
    let w = World::start("aks-sp", &demo_seed());
    ok(&w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --service-principal client-id={SP_APP} secret={SP_SECRET} --connection spconn -o none"
    )));
    assert_eq!(principal_of(&w, "aad_spconn"), format!("{SP_OID}|service"));
    let ns = namespace(&w, "default");
    assert_eq!(
        ns["secrets"]["sc-spconn-secret"]["AZURE_POSTGRESQL_CLIENTID"],
        SP_APP
    );
    assert_eq!(
        ns["serviceAccounts"],
        json!({}),
        "no service account without a workload identity"
    );

    ok(&w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --secret name=dbuser secret=pw1 --connection sconn -o none"
    )));
    assert_eq!(principal_of(&w, "aad_sconn"), "");
    assert_eq!(
        namespace(&w, "default")["secrets"]["sc-sconn-secret"]["AZURE_POSTGRESQL_CONNECTIONSTRING"],
        "Server=srv.postgres.database.azure.com;Database=demo;Port=5432;Ssl Mode=Require;User Id=dbuser;Password=pw1;"
    );
}

#[test]
fn aks_rejects_system_identity() {
    let w = World::start("aks-system", &demo_seed());
    let run = w.az(&format!("aks {CREATE} -g rg -n aks1 --system-identity"));
    assert_run!(run);
}

#[test]
fn aks_unknown_workload_identity() {
    let w = World::start("aks-unknown-mi", &fresh_seed());
    let id = MI_ID.replace("azconn-mi", "nope");
    let run = w.az(&format!(
        "aks {CREATE} -g rg -n aks1 --workload-identity {id} --connection c1"
    ));
    assert_run!(run);
    assert!(
        w.calls()
            .iter()
            .all(|c| c.starts_with("GET") || c.contains("/oauth2/"))
    );
}

/// Every verb on a container source's connection, whole output: `list`, `show`, `list-configuration`,
/// `validate`, `update`, `wait`, `delete`, `list-support-types`.
fn verbs(
    group: &str,
    source: &str,
    create_extra: &str,
    update_extra: &str,
) -> Vec<(String, crate::common::Run)> {
    let w = World::start(&format!("{group}-verbs"), &demo_seed());
    ok(&w.az(&format!(
        "{group} {CREATE} {source} {create_extra} --connection v1 -o none"
    )));
    let lines = [
        format!("{group} connection list {source} -o json"),
        format!("{group} connection show {source} --connection v1 -o yaml"),
        format!("{group} connection list-configuration {source} --connection v1 -o table"),
        format!("{group} connection validate {source} --connection v1 -o tsv"),
        format!(
            "{group} connection update postgres-flexible {source} --connection v1 --client-type java {update_extra} --query [clientType,scope,configurations[].name] -o json"
        ),
        format!("{group} connection wait {source} --connection v1 --created"),
        format!("{group} connection delete {source} --connection v1"),
        format!("{group} connection delete {source} --connection v1 -y"),
        format!("{group} connection wait {source} --connection v1 --deleted"),
        format!("{group} connection show {source} --connection v1"),
        format!("{group} connection list-support-types -t postgres-flexible -o table"),
    ];
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| (format!("{group}_verbs_{i:02}"), w.az(line)))
        .collect()
}

#[test]
fn containerapp_verbs() {
    for (name, run) in verbs(
        "containerapp",
        "-g rg -n capp1",
        "-c capp1 --secret name=dbuser secret=pw1",
        "-c sidecar --secret name=dbuser secret=pw2",
    ) {
        assert_run!(name, run);
    }
}

#[test]
fn aks_verbs() {
    for (name, run) in verbs(
        "aks",
        "-g rg -n aks1",
        &format!("--workload-identity {MI_ID}"),
        "",
    ) {
        assert_run!(name, run);
    }
}
