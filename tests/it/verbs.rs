//! The verbs after `create` end to end against azconn-emulator: list, show, delete, update,
//! validate, generate-configuration, wait, list-support-types, preview-configuration, `delete --drop-role`
//! against the real PostgreSQL, and dynamic completion (names, cache, stalled network).

use serde_json::{Value, json};

use crate::common::emulator::Emulator;
use crate::common::fixtures::{SUB, connector_id, connector_path};
use crate::common::snapshot::assert_run;
use crate::common::{Azconn, Run};

/// The built azconn in the emulator's environment, the emulator's state dir as HOME.
fn azconn(emu: &Emulator) -> Azconn {
    Azconn::new(emu.dir()).emulator(emu)
}

/// Runs azconn with `args`, stdin closed (no TTY).
fn az(emu: &Emulator, args: &[&str]) -> Run {
    azconn(emu).args(args).run()
}

/// Runs azconn with a command line split like a shell's, stdin closed (no TTY).
fn az_line(emu: &Emulator, line: &str) -> Run {
    azconn(emu).line(line).run()
}

fn az_env(emu: &Emulator, args: &[&str], extra: &[(&str, &str)]) -> Run {
    azconn(emu).envs(extra.iter().copied()).args(args).run()
}

fn ok(run: &Run) -> &str {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    &run.stdout
}

/// Puts a user-account connector straight through ARM (what `create` leaves behind).
pub(crate) fn put_connector(emu: &Emulator, name: &str, client_type: &str) {
    let body = json!({"properties": {
        "targetService": {"type": "AzureResource", "id": format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo")},
        "authInfo": {"userName": format!("aad_{name}"), "authType": "userAccount", "principalId": "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10"},
        "clientType": client_type,
        "publicNetworkSolution": {"firewallRules": {"callerClientIP": "true"}},
        "configurationInfo": {"customizedKeys": {"AZURE_POSTGRESQL_HOST": "PGHOST"}}
    }});
    let url = format!("{}?api-version=2024-07-01-preview", connector_path(name));
    let run = az(
        emu,
        &[
            "rest",
            "--method",
            "put",
            "--url",
            &url,
            "--body",
            &body.to_string(),
        ],
    );
    ok(&run);
}

fn connector_calls(emu: &Emulator) -> Vec<String> {
    emu.arm_calls()
}

/// `-o table` of connector `conn1` alone, as `show` and `list` print it.
const CONN1_TABLE: &str = "ClientType    Name    ProvisioningState    ResourceGroup\n\
                           ------------  ------  -------------------  ---------------\n\
                           none          conn1   Succeeded            rg\n";

#[test]
fn show_list_validate_generate_print_what_az_prints() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");
    emu.admin().clear_requests();

    let show = az_line(&emu, "connection show -g rg --connection conn1");
    assert_run!("show", show);
    // The connector GET and the generateConfigurations POST go out together, in either order.
    let mut calls = connector_calls(&emu);
    calls[1..].sort();
    assert_eq!(
        calls,
        [
            format!("GET /subscriptions/{SUB}/resourcegroups/rg"),
            format!("GET {}", connector_path("conn1")),
            format!("POST {}/generateConfigurations", connector_path("conn1")),
        ]
    );

    // --id: no resource-group GET; matched case-insensitively.
    emu.admin().clear_requests();
    let id = connector_id("conn1").replace("resourceGroups", "RESOURCEGROUPS");
    let by_id = az(&emu, &["connection", "show", "--id", &id]);
    assert_eq!(ok(&by_id), show.stdout);
    assert_eq!(
        connector_calls(&emu).len(),
        2,
        "{:?}",
        connector_calls(&emu)
    );

    let table = az_line(&emu, "connection show -g rg --connection conn1 -o table");
    assert_eq!(ok(&table), CONN1_TABLE);
    let q = az_line(
        &emu,
        "connection show -g rg --connection conn1 --query authInfo.userName -o tsv",
    );
    assert_eq!(ok(&q), "aad_conn1\n");

    let list = az_line(&emu, "connection list -g rg");
    assert_run!("list", list);
    let list_table = az_line(&emu, "connection list -g rg -l eastus -o table");
    assert_eq!(ok(&list_table), CONN1_TABLE, "a list of one is one row");

    let generated = az_line(
        &emu,
        "connection generate-configuration -g rg --connection conn1",
    );
    assert_run!("generate-configuration", generated);

    let validate = az_line(&emu, "connection validate -g rg --connection conn1");
    assert_run!("validate", validate);
    let validate_table = az_line(
        &emu,
        "connection validate -g rg --connection conn1 -o table",
    );
    assert_run!("validate-table", validate_table);
}

#[test]
fn list_follows_next_link_pages() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");
    put_connector(&emu, "conn2", "python");
    emu.admin().page_size(1);
    emu.admin().clear_requests();
    let list = az_line(
        &emu,
        "connection list -g rg -l eastus --query '[].name' -o tsv",
    );
    assert_eq!(ok(&list), "conn1\nconn2\n");
    let pages = connector_calls(&emu)
        .iter()
        .filter(|c| c.ends_with("/connectors"))
        .count();
    assert_eq!(pages, 2, "{:?}", connector_calls(&emu));
}

#[test]
fn not_found_and_bad_ids_use_az_texts() {
    let emu = Emulator::start_http_only(None);
    let missing = az_line(&emu, "connection show -g rg --connection nope");
    assert_eq!(missing.code, 3, "{}", missing.stderr);
    assert!(missing.stderr.starts_with("ERROR: ("), "{}", missing.stderr);
    assert!(missing.stdout.is_empty());

    let bad = az_line(
        &emu,
        "connection show --id /subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/sites/app",
    );
    assert_eq!(
        (bad.code, bad.stderr.as_str()),
        (
            1,
            "ERROR: Unsupported resource id: /subscriptions/s/resourcegroups/rg/providers/microsoft.web/sites/app\n"
        )
    );
    let no_name = az_line(&emu, "connection show -g rg");
    assert_eq!(
        (no_name.code, no_name.stderr.as_str()),
        (
            1,
            "ERROR: Required argument is missing, please provide the arguments: --id, --connection\n"
        )
    );
}

#[test]
fn delete_confirms_like_az() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");
    put_connector(&emu, "conn2", "none");

    // No terminal and no --yes: knack's warning and cancellation, nothing deleted.
    let refused = az_line(&emu, "connection delete -g rg --connection conn1");
    assert_eq!(
        (refused.code, refused.stderr.as_str()),
        (
            1,
            "WARNING: Unable to prompt for confirmation as no tty available. Use --yes.\nERROR: Operation cancelled.\n"
        )
    );
    assert!(
        !connector_calls(&emu)
            .iter()
            .any(|c| c.starts_with("DELETE"))
    );

    // A terminal (script(1) gives azconn a pty): "n" cancels, "y" deletes.
    let answered = |answer: &str| {
        azconn(&emu)
            .line("connection delete -g rg --connection conn1")
            .tty(answer)
    };
    let (code, screen) = answered("n\n");
    assert!(
        screen.contains("Are you sure you want to perform this operation? (y/n): "),
        "{screen}"
    );
    assert!(screen.contains("ERROR: Operation cancelled."), "{screen}");
    assert_eq!(code, 1);
    let (code, screen) = answered("y\n");
    assert_eq!(code, 0, "{screen}");
    let gone = az_line(&emu, "connection show -g rg --connection conn1");
    assert_eq!(gone.code, 3);

    // --yes --no-wait: DELETE sent, operation not polled, nothing printed.
    emu.admin()
        .lro("DELETE", "/**/connectors/*", 3, "Succeeded");
    emu.admin().clear_requests();
    let quick = az_line(
        &emu,
        "connection delete -g rg --connection conn2 --yes --no-wait",
    );
    assert_eq!(ok(&quick), "");
    assert!(quick.stderr.is_empty(), "{}", quick.stderr);
    let calls = connector_calls(&emu);
    assert_eq!(
        calls.last().map(String::as_str),
        Some(format!("DELETE {}", connector_path("conn2")).as_str())
    );
    assert!(
        !calls.iter().any(|c| c.contains("operationStatuses")),
        "{calls:?}"
    );
}

#[test]
fn wait_conditions_and_timeout() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");
    let base = [
        "connection",
        "wait",
        "-g",
        "rg",
        "-l",
        "eastus",
        "--interval",
        "1",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| (*s).to_owned()).collect()
    };
    let run = |args: Vec<String>| az(&emu, &args.iter().map(String::as_str).collect::<Vec<_>>());

    let exists = run(with(&["--connection", "conn1", "--exists"]));
    assert_eq!(ok(&exists), "");
    let created = run(with(&["--connection", "conn1", "--created"]));
    assert_eq!(ok(&created), "");
    let custom = run(with(&[
        "--connection",
        "conn1",
        "--custom",
        "clientType=='none'",
    ]));
    assert_eq!(ok(&custom), "");
    let deleted = run(with(&["--connection", "gone", "--deleted"]));
    assert_eq!(ok(&deleted), "");
    // --updated on a missing connector: the 404 is the answer (exit 3).
    let updated = run(with(&["--connection", "gone", "--updated"]));
    assert_eq!(updated.code, 3, "{}", updated.stderr);

    // Timeout: az prints `{}` and exits 0; azconn adds a warning. Two polls at most.
    emu.admin().clear_requests();
    let timeout = run(with(&[
        "--connection",
        "conn1",
        "--deleted",
        "--timeout",
        "2",
    ]));
    assert_eq!(timeout.code, 0);
    assert_eq!(timeout.stdout, "{}\n");
    assert_eq!(
        timeout.stderr,
        "WARNING: Wait operation timed-out after 2 seconds\n"
    );
    let polls = connector_calls(&emu)
        .iter()
        .filter(|c| c.ends_with("/connectors/conn1"))
        .count();
    assert_eq!(polls, 2);
}

/// The connector's properties as the emulator stored them from the last PUT (raw ARM JSON through `azconn rest`).
fn stored_properties(emu: &Emulator, name: &str) -> Value {
    let url = format!("{}?api-version=2024-07-01-preview", connector_path(name));
    let run = az(emu, &["rest", "--url", &url]);
    let stored: Value = serde_json::from_str(ok(&run)).expect("connector JSON");
    stored["properties"].clone()
}

/// Runs `azconn connection update <args>`.
fn update(emu: &Emulator, args: &str) -> Run {
    az_line(emu, &format!("connection update {args}"))
}

#[test]
fn update_merges_like_az() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");

    let none = update(&emu, "postgres-flexible -g rg --connection conn1");
    assert_eq!(
        (none.code, none.stderr.as_str()),
        (
            1,
            "ERROR: Either client type or auth info should be specified to update\n"
        )
    );
    let two = update(
        &emu,
        "postgres-flexible -g rg --connection conn1 --secret name=u secret=p --user-account",
    );
    assert_eq!(
        (two.code, two.stderr.as_str()),
        (1, "ERROR: Only one auth info is needed\n")
    );

    let updated = update(
        &emu,
        "postgres-flexible -g rg --connection conn1 --client-type python --query '[clientType, authInfo.userName, configurationInfo.customizedKeys.AZURE_POSTGRESQL_HOST]' -o tsv",
    );
    assert_eq!(ok(&updated), "python\naad_conn1\nPGHOST\n");
    let props = stored_properties(&emu, "conn1");
    assert_eq!(props["clientType"], "python", "{props}");
    assert_eq!(props["authInfo"]["userName"], "aad_conn1", "{props}");
    assert_eq!(
        props["configurationInfo"]["customizedKeys"],
        json!({"AZURE_POSTGRESQL_HOST": "PGHOST"})
    );

    // A new auth option replaces the old one; new customized keys replace the old ones.
    let replaced = update(
        &emu,
        "postgres -g rg --connection conn1 --user-account object-id=11111111-1111-1111-1111-111111111111 --customized-keys AZURE_POSTGRESQL_USER=PGUSER --no-wait",
    );
    assert_eq!(ok(&replaced), "");
    let props = stored_properties(&emu, "conn1");
    assert_eq!(props["authInfo"]["authType"], "userAccount", "{props}");
    assert_eq!(
        props["authInfo"]["principalId"], "11111111-1111-1111-1111-111111111111",
        "{props}"
    );
    assert_eq!(props["clientType"], "python", "{props}");
    assert_eq!(
        props["configurationInfo"]["customizedKeys"],
        json!({"AZURE_POSTGRESQL_USER": "PGUSER"})
    );
}

#[test]
fn list_support_types_and_preview_configuration() {
    let emu = Emulator::start_http_only(None);
    let json_out = az_line(&emu, "connection list-support-types -t postgres-flexible");
    assert_eq!(
        ok(&json_out),
        "[\n  {\n    \"auth_types\": [\n      \"secret\",\n      \"user-account\"\n    ],\n    \"client_types\": [\n      \"dotnet\",\n      \"dotnet-internal\",\n      \"java\",\n      \"python\",\n      \"nodejs\",\n      \"go\",\n      \"php\",\n      \"ruby\",\n      \"django\",\n      \"springBoot\",\n      \"none\"\n    ],\n    \"source\": \"connection\",\n    \"target\": \"postgres-flexible\"\n  }\n]\n"
    );
    let table = az_line(&emu, "connection list-support-types -o table");
    let lines: Vec<&str> = ok(&table).lines().collect();
    assert_eq!(lines.len(), 2 + 24);
    assert!(lines[0].starts_with("Source      Target"), "{}", lines[0]);
    assert!(lines[0].contains("AuthType") && lines[0].ends_with("ClientType"));
    let queried = az_line(&emu, "connection list-support-types --query 'length(@)'");
    assert_eq!(ok(&queried), "24\n");
    assert!(
        emu.arm_calls().is_empty(),
        "no network for list-support-types"
    );

    let preview = az_line(
        &emu,
        "connection preview-configuration postgres-flexible --client-type python --user-account",
    );
    let items: Value = serde_json::from_str(ok(&preview)).expect("preview JSON");
    assert!(items.as_array().is_some_and(|a| !a.is_empty()), "{items}");
    for item in items.as_array().into_iter().flatten() {
        assert_eq!(item["clientType"], "python", "{item}");
        assert_eq!(item["authType"], "userAccount", "{item}");
    }
}

fn role_exists(emu: &Emulator, role: &str) -> bool {
    emu.psql(
        "srv",
        "postgres",
        &format!("select count(*) from pg_roles where rolname = '{role}'"),
    ) == "1"
}

#[test]
fn delete_drop_role_drops_the_role_in_postgresql() {
    let emu = Emulator::start(None);
    let create = az_line(
        &emu,
        "connection create postgres-flexible -g rg --connection conn1 --tg rg --server srv --database demo --user-account --client-type python -y",
    );
    ok(&create);
    assert!(role_exists(&emu, "aad_conn1"));

    let dry = az_line(
        &emu,
        "connection delete -g rg --connection conn1 --drop-role --dry-run",
    );
    let plan = ok(&dry);
    assert!(
        plan.contains(&format!(
            "Would delete connection {}",
            connector_id("conn1")
        )),
        "{plan}"
    );
    assert!(plan.contains("DROP ROLE \"aad_conn1\""), "{plan}");
    assert!(role_exists(&emu, "aad_conn1"), "dry run changed nothing");

    let deleted = az_line(
        &emu,
        "connection delete -g rg --connection conn1 --drop-role --yes",
    );
    assert_eq!(ok(&deleted), "");
    assert!(!role_exists(&emu, "aad_conn1"));
    let gone = az_line(&emu, "connection show -g rg --connection conn1");
    assert_eq!(gone.code, 3);
}

/// `AZCONN_COMPLETE=fish azconn -- <words>`: one candidate per line (`value\thelp`).
fn complete(emu: &Emulator, words: &str) -> Run {
    let mut args = vec!["--"];
    args.extend(words.split(' '));
    az_env(emu, &args, &[("AZCONN_COMPLETE", "fish")])
}

#[test]
fn completion_lists_emulator_names_uses_the_cache_and_gives_up_quietly() {
    let emu = Emulator::start_http_only(None);
    put_connector(&emu, "conn1", "none");
    // Any command caches the ARM token (completion itself never fetches one).
    ok(&az_line(&emu, "connection list -g rg -l eastus"));

    let check = |words: &str, expect: &str| {
        let run = complete(&emu, words);
        assert_eq!(run.code, 0);
        assert_eq!(run.stderr, "", "{words}");
        assert_eq!(run.stdout, expect, "{words}");
    };
    check("azconn connection show -g ", "rg\n");
    check("azconn connection create postgres-flexible --tg ", "rg\n");
    check(
        "azconn connection create postgres-flexible --tg rg --server ",
        "srv\n",
    );
    check("azconn connection show -g rg --connection ", "conn1\n");
    check("azconn connection list -l ", "eastus\teastus\n");
    check(
        "azconn connection list --subscription ",
        &format!("{SUB}\tDemo subscription\n"),
    );

    // Cached: a stalled ARM does not matter for five minutes, and no request is made.
    emu.admin().fault(
        &json!({"method": "GET", "path": "/**", "action": "stall", "ms": 5000, "times": 100}),
    );
    emu.admin().clear_requests();
    check("azconn connection show -g ", "rg\n");
    assert!(emu.arm_calls().is_empty(), "{:?}", emu.arm_calls());

    // Not cached and ARM stalls: nothing, quietly, within the budget.
    check("azconn connection create postgres --tg rg --server ", "");

    // No cached token (a config dir without azconn's caches): no candidates, no request, no `az`.
    let fresh = tempfile::tempdir().expect("tempdir");
    for f in ["config", "clouds.config", "azureProfile.json"] {
        std::fs::copy(emu.dir().join("azure").join(f), fresh.path().join(f))
            .expect("copy az config");
    }
    emu.admin().clear_requests();
    let run = az_env(
        &emu,
        &["--", "azconn", "connection", "show", "-g", ""],
        &[
            ("AZURE_CONFIG_DIR", fresh.path().to_str().expect("utf-8")),
            ("AZCONN_COMPLETE", "fish"),
        ],
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, "");
    assert!(emu.requests().is_empty(), "{:?}", emu.requests());
}
