//! `<source> connection create postgres-flexible` against azconn-emulator, as whole-output snapshots: every auth
//! type on a web app, a slot and a function app (fresh, then rerun; the role each gets), every `-o` of create
//! and show, the not-found errors and their exit codes, and `--opt-out auth`.

use crate::common::fixtures::{SP_APP, SP_OID, SP_SECRET, SUB};
use crate::common::snapshot::assert_run;
use crate::common::{World, ok};
use crate::sources::{
    APP1, CREATE, MI_CLIENT, MI_PRINCIPAL, assert_linker_only, fresh_seed, principal_of, rest,
};

/// A source of the matrix: the command's source words and the resource id.
struct Source {
    words: &'static str,
    id: String,
}

fn webapp() -> Source {
    Source {
        words: "webapp {CREATE} -g rg -n app1",
        id: APP1.to_owned(),
    }
}

fn slot() -> Source {
    Source {
        words: "webapp {CREATE} -g rg -n app1 --slot staging",
        id: format!("{APP1}/slots/staging"),
    }
}

fn functionapp() -> Source {
    Source {
        words: "functionapp {CREATE} -g rg -n func1",
        id: APP1.replace("/app1", "/func1"),
    }
}

/// Whose role the database should have after the run.
enum Role {
    /// The source's system-assigned identity.
    System,
    /// This object id.
    Of(&'static str),
    /// None (`--secret`).
    None,
}

/// One cell of the matrix on a fresh server (Entra authentication off, no administrator): the whole output of
/// the first run and of a rerun, and the role the database has after each.
fn create_twice(name: &str, source: &Source, auth: &str, role: &Role) {
    let w = World::start(name, &fresh_seed());
    let line = format!(
        "{} {auth} --connection conn1",
        source.words.replace("{CREATE}", CREATE)
    );
    for pass in ["fresh", "rerun"] {
        let run = w.az(&line);
        assert_run!(format!("{name}-{pass}"), run);
        let expected = match role {
            Role::System => format!(
                "{}|service",
                rest(&w, "get", &source.id, "identity.principalId")
            ),
            Role::Of(oid) => format!("{oid}|service"),
            Role::None => String::new(),
        };
        assert_eq!(principal_of(&w, "aad_conn1"), expected, "{name} {pass}");
    }
}

fn user_identity() -> String {
    format!("--user-identity client-id={MI_CLIENT} subs-id={SUB}")
}

fn service_principal() -> String {
    format!("--service-principal client-id={SP_APP} secret={SP_SECRET}")
}

const SECRET: &str = "--secret name=dbuser secret=pw1";

#[test]
fn system_identity_on_a_web_app() {
    create_twice(
        "create-system-webapp",
        &webapp(),
        "--system-identity",
        &Role::System,
    );
}

#[test]
fn system_identity_on_a_slot() {
    create_twice(
        "create-system-slot",
        &slot(),
        "--system-identity",
        &Role::System,
    );
}

#[test]
fn system_identity_on_a_function_app() {
    create_twice(
        "create-system-functionapp",
        &functionapp(),
        "--system-identity",
        &Role::System,
    );
}

#[test]
fn user_identity_on_a_web_app() {
    create_twice(
        "create-user-webapp",
        &webapp(),
        &user_identity(),
        &Role::Of(MI_PRINCIPAL),
    );
}

#[test]
fn user_identity_on_a_slot() {
    create_twice(
        "create-user-slot",
        &slot(),
        &user_identity(),
        &Role::Of(MI_PRINCIPAL),
    );
}

#[test]
fn user_identity_on_a_function_app() {
    create_twice(
        "create-user-functionapp",
        &functionapp(),
        &user_identity(),
        &Role::Of(MI_PRINCIPAL),
    );
}

#[test]
fn service_principal_on_a_web_app() {
    create_twice(
        "create-sp-webapp",
        &webapp(),
        &service_principal(),
        &Role::Of(SP_OID),
    );
}

#[test]
fn service_principal_on_a_slot() {
    create_twice(
        "create-sp-slot",
        &slot(),
        &service_principal(),
        &Role::Of(SP_OID),
    );
}

#[test]
fn service_principal_on_a_function_app() {
    create_twice(
        "create-sp-functionapp",
        &functionapp(),
        &service_principal(),
        &Role::Of(SP_OID),
    );
}

#[test]
fn secret_on_a_web_app() {
    create_twice("create-secret-webapp", &webapp(), SECRET, &Role::None);
}

#[test]
fn secret_on_a_slot() {
    create_twice("create-secret-slot", &slot(), SECRET, &Role::None);
}

#[test]
fn secret_on_a_function_app() {
    create_twice(
        "create-secret-functionapp",
        &functionapp(),
        SECRET,
        &Role::None,
    );
}

const FORMATS: [&str; 7] = ["json", "jsonc", "tsv", "table", "yaml", "yamlc", "none"];

#[test]
fn create_prints_every_output_format() {
    let w = World::start("create-formats", &fresh_seed());
    let line = format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection c1 --client-type python"
    );
    ok(&w.az(&line));
    for format in FORMATS {
        let run = w.az(&format!("{line} -o {format}"));
        assert_run!(format!("create-o-{format}"), run);
    }
}

#[test]
fn show_prints_every_output_format() {
    let w = World::start("show-formats", &fresh_seed());
    ok(&w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection c1 --client-type python -o none"
    )));
    for format in FORMATS {
        let run = w.az(&format!(
            "webapp connection show -g rg -n app1 --connection c1 -o {format}"
        ));
        assert_run!(format!("show-o-{format}"), run);
    }
}

/// A run on a fresh server that ends in an error before any change: its whole output, and only reads sent.
fn fails_unchanged(name: &str, line: &str) {
    let w = World::start(name, &fresh_seed());
    let run = w.az(line);
    assert_run!(name, run);
    w.assert_only_reads();
}

#[test]
fn missing_app_is_exit_3() {
    fails_unchanged(
        "create-missing-app",
        &format!("webapp {CREATE} -g rg -n nope --system-identity --connection c1"),
    );
}

#[test]
fn missing_app_with_a_client_type_is_exit_3() {
    fails_unchanged(
        "create-missing-app-typed",
        &format!(
            "functionapp {CREATE} -g rg -n nope --user-identity client-id={MI_CLIENT} subs-id={SUB} --client-type java \
             --connection c1"
        ),
    );
}

#[test]
fn missing_server_is_exit_3() {
    let create = CREATE.replace("--server srv", "--server nosrv");
    fails_unchanged(
        "create-missing-server",
        &format!("webapp {create} -g rg -n app1 --system-identity --connection c1"),
    );
}

#[test]
fn missing_database_is_exit_3() {
    let create = CREATE.replace("--database demo", "--database nodb");
    fails_unchanged(
        "create-missing-db",
        &format!(
            "webapp {create} -g rg -n app1 --slot staging --service-principal client-id={SP_APP} secret={SP_SECRET} \
             --connection c1"
        ),
    );
}

/// Single Server is retired: the error names `postgres-flexible`.
#[test]
fn single_server_is_refused() {
    fails_unchanged(
        "create-single",
        &format!(
            "webapp connection create postgres -g rg -n app1 --target-id {APP1} --system-identity"
        ),
    );
}

#[test]
fn function_app_has_no_slot() {
    fails_unchanged(
        "create-functionapp-slot",
        &format!("functionapp {CREATE} -g rg -n func1 --slot staging --system-identity"),
    );
}

/// `--opt-out auth`: az skips its identity and database step; only the linker is recorded, with
/// `authMode: optOutAllAuth` and no user name.
#[test]
fn opt_out_auth_records_only_the_linker() {
    let w = World::start("create-opt-out-auth", &fresh_seed());
    let run = w.az(&format!(
        "webapp {CREATE} -g rg -n app1 --system-identity --connection oo --client-type python --opt-out auth \
         --query authInfo"
    ));
    assert_run!(run);
    let linker = format!("{APP1}/providers/Microsoft.ServiceLinker/linkers/oo");
    assert_linker_only(&w, &[APP1], &linker);
    assert_eq!(
        rest(&w, "get", APP1, "identity"),
        "",
        "no identity assigned"
    );
    assert_eq!(principal_of(&w, "aad_oo"), "", "no role");
}
