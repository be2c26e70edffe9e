//! The errors az raises before a local `connection` verb runs, with az's text and exit code.
//!
//! One table per place az raises them (docs/az-behaviour.md, "Errors before a local verb runs"):
//! - the auth and `--customized-keys` options' argparse actions: a `ValidationError` out of the parser, exit 1;
//! - create's `validate_local_params` (connection name, `--target-id`) and the `--id` of the other verbs: an
//!   `InvalidArgumentValueError` raised in a validator, exit 1;
//! - the location validator's resource-group GET: the SDK's error goes through the parser's `validation_error`,
//!   exit 2 — after delete's confirmation (knack's, exit 1 without a terminal) and before the verb finds
//!   `--connection` missing (exit 1).

use serde_json::{Value, json};

use crate::common::Azconn;
use crate::common::emulator::Emulator;

/// One command line and what az answers: the exit code and the whole stderr (stdout stays empty).
struct Case {
    line: String,
    /// An emulator fault for this case only (`POST /knobs/faults`).
    fault: Option<Value>,
    code: i32,
    stderr: String,
}

fn case(line: impl Into<String>, code: i32, error: &str) -> Case {
    Case {
        line: line.into(),
        fault: None,
        code,
        stderr: format!("ERROR: {error}\n"),
    }
}

/// Runs every case against one emulator (HTTP only) and reports every mismatch at once.
fn check(group: &str, cases: Vec<Case>) {
    let emu = Emulator::start_http_only(None);
    let azconn = Azconn::scratch(&format!("validator-errors-{group}")).emulator(&emu);
    let mut problems = Vec::new();
    for c in cases {
        if let Some(fault) = &c.fault {
            emu.admin().fault(fault);
        }
        let run = azconn.clone().line(&c.line).run();
        emu.admin().clear_knobs();
        let got = (run.code, run.stdout.as_str(), run.stderr.as_str());
        if got != (c.code, "", c.stderr.as_str()) {
            problems.push(format!(
                "{}\n  want exit {}, stderr {:?}\n  got  exit {}, stdout {:?}, stderr {:?}",
                c.line, c.code, c.stderr, run.code, run.stdout, run.stderr
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A flexible-server create up to its auth option.
const CREATE: &str = "connection create postgres-flexible -g rg --connection c1 --tg rg --server srv --database demo";
/// A flexible-server create up to its resource group, and its target.
const CREATE_IN: &str = "connection create postgres-flexible -g";
const TARGET: &str = "--tg rg --server srv --database demo";

#[test]
fn argparse_actions_of_the_key_value_options_exit_1() {
    check(
        "actions",
        vec![
            case(
                format!("{CREATE} --secret name=u"),
                1,
                "Required keys missing for parameter --secret. All possible keys are: name, secret/secret-uri/secret-name",
            ),
            case(
                format!("{CREATE} --secret user=u secret=p"),
                1,
                "Unsupported Key user is provided for parameter secret_auth_info. All possible keys are: name, secret/secret-uri/secret-name",
            ),
            case(
                format!("{CREATE} --secret oops"),
                1,
                "Usage error: --secret [KEY=VALUE ...]",
            ),
            case(
                format!("{CREATE} --user-account principal-id=x"),
                1,
                "Unsupported Key principal-id is provided for parameter --user-account. All possible keys are: principal-id",
            ),
            case(
                format!("{CREATE} --user-account oops"),
                1,
                "usage error: --user-account [KEY=VALUE ...]",
            ),
            case(
                format!("{CREATE} --service-principal client-id=a"),
                1,
                "Required keys missing for parameter --service-principal. Required keys are: client-id, secret",
            ),
            case(
                format!("{CREATE} --service-principal client-id=a secret=s tenant=t"),
                1,
                "Unsupported Key tenant is provided for parameter --service-principal. Possible keys are: client-id, object-id, secret",
            ),
            case(
                format!("{CREATE} --user-account --customized-keys oops"),
                1,
                "Usage error: --customized-keys [KEY=VALUE ...]",
            ),
        ],
    );
}

#[test]
fn create_validators_reject_names_and_target_ids_with_exit_1() {
    let pattern = "/subscriptions/{subscription}/resourceGroups/{target_resource_group}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{server}/databases/{database}";
    let web = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/sites/app";
    check(
        "create",
        vec![
            case(
                "connection create postgres-flexible -g rg --connection bad-name --tg rg --server srv --database demo --user-account",
                1,
                "Resource name can only contain letters (A-Z, a-z), numbers (0-9), periods ('.'), and underscores ('_')",
            ),
            case(
                "connection create postgres-flexible -g rg --connection c1 --target-id not-an-id --user-account",
                1,
                "Resource id is invalid: not-an-id",
            ),
            case(
                "connection create postgres-flexible -g rg --connection c1 --target-id /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/sites/app --user-account",
                1,
                &format!(
                    "Target resource id is invalid: {web}. Target id pattern should be: {pattern}"
                ),
            ),
        ],
    );
}

#[test]
fn connection_ids_of_the_other_verbs_are_checked_with_exit_1() {
    check(
        "ids",
        vec![
            case(
                "connection show --id not-an-id",
                1,
                "Resource id is invalid: not-an-id",
            ),
            case(
                "connection delete -y --id /subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/sites/App",
                1,
                "Unsupported resource id: /subscriptions/s/resourcegroups/rg/providers/microsoft.web/sites/app",
            ),
            case(
                "connection show -g rg",
                1,
                "Required argument is missing, please provide the arguments: --id, --connection",
            ),
        ],
    );
}

#[test]
fn the_location_validators_resource_group_lookup_fails_with_exit_2() {
    let missing = "(ResourceGroupNotFound) Resource group 'nope' could not be found.\nCode: ResourceGroupNotFound\nMessage: Resource group 'nope' could not be found.";
    let denied = "(AuthorizationFailed) No read access to resource group 'rg'.\nCode: AuthorizationFailed\nMessage: No read access to resource group 'rg'.";
    let forbidden = |c: Case| Case {
        fault: Some(json!({
            "method": "GET", "path": "/subscriptions/*/resourcegroups/rg", "times": 100, "action": "status",
            "status": 403, "body": {"error": {"code": "AuthorizationFailed", "message": "No read access to resource group 'rg'."}}
        })),
        ..c
    };
    // create's earlier validator has warned by then.
    let after_warning = |mut c: Case| {
        c.stderr = format!(
            "WARNING: Client type is not specified, use default one: --client-type none\n{}",
            c.stderr
        );
        c
    };
    check(
        "location",
        vec![
            after_warning(case(format!("{CREATE_IN} nope --connection c1 {TARGET} --user-account"), 2, missing)),
            case("connection list -g nope", 2, missing),
            case("connection wait -g nope --connection c1 --exists", 2, missing),
            // The validator runs before the verb finds the name missing, and after delete's confirmation.
            case("connection show -g nope", 2, missing),
            case("connection delete -y -g nope --connection c1", 2, missing),
            Case {
                stderr: "WARNING: Unable to prompt for confirmation as no tty available. Use --yes.\nERROR: Operation cancelled.\n".to_owned(),
                ..case("connection delete -g nope --connection c1", 1, "")
            },
            forbidden(case("connection show -g rg --connection c1", 2, denied)),
            forbidden(after_warning(case(format!("{CREATE_IN} rg --connection c1 {TARGET} --user-account"), 2, denied))),
        ],
    );
}
