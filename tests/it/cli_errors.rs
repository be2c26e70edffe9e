//! The built binary's usage errors, exit codes and not-implemented verbs, byte for byte.

use crate::common;

const TRAILER: &str = "\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs\n";

#[test]
fn missing_required_argument_is_az_usage_error() {
    let run = common::run(&["connection", "list"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "ERROR: the following arguments are required: --resource-group/-g\n\n\
         Examples from command's help:\n\
         azconn connection list -g resource_group\n\
         List connections by resource group\n\n\
         azconn connection list -g resource_group --location eastus\n\
         List connections by source resource group and location\n\
         \nhttps://aka.ms/cli_ref\nRead more about the command in reference docs\n"
    );
}

#[test]
fn unrecognized_arguments_have_no_examples() {
    let run = common::run(&["connection", "show", "--id", "x", "--bogus", "value"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!("ERROR: unrecognized arguments: --bogus value\n{TRAILER}")
    );
}

#[test]
fn invalid_output_names_the_command_and_suggests() {
    let run = common::run(&["connection", "show", "-o", "jsn"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "ERROR: azconn connection show: 'jsn' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.\n\
             Did you mean 'json' ?\n\nExamples from command's help:\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with(TRAILER), "{}", run.stderr);
    // The first bad value wins even when a later one is valid, as argparse checks each.
    let run = common::run(&["show", "-o", "foo", "-o", "json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("ERROR: azconn show: 'foo' is not a valid value for '--output'."),
        "{}",
        run.stderr
    );
}

#[test]
fn recommendation_trailer_can_be_switched_off() {
    let run = common::Azconn::scratch("trailer-off")
        .envs([("AZURE_CORE_ERROR_RECOMMENDATION", "off")])
        .args(["list"])
        .run();
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ERROR: the following arguments are required: --resource-group/-g\n"
    );
}

#[test]
fn configured_output_default_is_validated() {
    let run = common::Azconn::scratch("bad-default-output")
        .envs([
            ("AZURE_CORE_OUTPUT", "jsonn"),
            ("AZURE_CORE_ERROR_RECOMMENDATION", "off"),
        ])
        .args(["list", "-g", "rg"])
        .run();
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ERROR: azconn list: 'jsonn' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.\nDid you mean 'json' ?\n"
    );
}

#[test]
fn query_syntax_error_is_exit_2() {
    let run = common::run(&["connection", "show", "--id", "x", "--query", "[?"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ERROR: argument --query: invalid jmespath_type value: '[?'\n\
         To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n"
    );
}

#[test]
fn conflicting_auth_options() {
    let run = common::Azconn::scratch("auth-conflict")
        .envs([("AZURE_CORE_ERROR_RECOMMENDATION", "off")])
        .args([
            "create",
            "postgres",
            "-g",
            "rg",
            "--target-id",
            "x",
            "--secret",
            "name=a",
            "secret=b",
            "--user-account",
        ])
        .run();
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ERROR: argument --user-account: not allowed with argument --secret\n"
    );
}

#[test]
fn bad_enum_value_lists_allowed_values() {
    let run = common::Azconn::scratch("bad-enum")
        .envs([("AZURE_CORE_ERROR_RECOMMENDATION", "off")])
        .args([
            "connection",
            "create",
            "postgres-flexible",
            "-g",
            "rg",
            "--target-id",
            "x",
            "--client-type",
            "pythn",
        ])
        .run();
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ERROR: azconn connection create postgres-flexible: 'pythn' is not a valid value for '--client-type'. \
         Allowed values: dotnet, dotnet-internal, java, python, nodejs, go, php, ruby, django, springBoot, none.\n\
         Did you mean 'python' ?\n"
    );
}

#[test]
fn unknown_command() {
    let run = common::run(&["connection", "bogus"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!("ERROR: 'bogus' is misspelled or not recognized by the system.\n{TRAILER}")
    );
}

/// Every verb not built yet says so and exits 1 — never a fake success. Verbs that are built
/// print something else; this test then skips them (it checks the message only when the verb
/// reports itself as not implemented, and never accepts exit 0 with empty output).
#[test]
fn unbuilt_verbs_say_so() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["connection", "show", "-g", "rg", "--connection", "c"],
            "connection show",
        ),
        (&["connection", "list", "-g", "rg"], "connection list"),
        (
            &[
                "connection",
                "delete",
                "-g",
                "rg",
                "--connection",
                "c",
                "--yes",
            ],
            "connection delete",
        ),
        (
            &["connection", "validate", "--id", "x"],
            "connection validate",
        ),
        (
            &["connection", "generate-configuration", "--id", "x"],
            "connection generate-configuration",
        ),
        (
            &["connection", "wait", "--id", "x", "--created"],
            "connection wait",
        ),
        (
            &["connection", "list-support-types"],
            "connection list-support-types",
        ),
        (
            &[
                "connection",
                "update",
                "postgres",
                "--id",
                "x",
                "--client-type",
                "java",
            ],
            "connection update postgres",
        ),
        (
            &["connection", "preview-configuration", "postgres-flexible"],
            "connection preview-configuration postgres-flexible",
        ),
        (
            &[
                "connection",
                "create",
                "postgres-flexible",
                "-g",
                "rg",
                "--tg",
                "t",
                "--server",
                "s",
                "--database",
                "d",
                "--user-account",
                "--dry-run",
            ],
            "connection create postgres-flexible",
        ),
    ];
    let mut checked = 0;
    for (args, name) in cases {
        let run = common::run(args);
        let expected = format!("ERROR: {name} is not implemented yet\n");
        if run.stderr == expected {
            assert_eq!(run.code, 1, "{args:?}");
            assert_eq!(run.stdout, "", "{args:?}");
            checked += 1;
        } else {
            // Built by now: it must not be a silent success.
            assert!(
                run.code != 0 || !run.stdout.is_empty() || !run.stderr.is_empty(),
                "{args:?}: silent success"
            );
        }
    }
    // The same verb spelled without the `connection` group behaves the same.
    let a = common::run(&["show", "-g", "rg", "--connection", "c"]);
    let b = common::run(&["connection", "show", "-g", "rg", "--connection", "c"]);
    assert_eq!(
        (a.code, &a.stdout, &a.stderr),
        (b.code, &b.stdout, &b.stderr)
    );
    let _ = checked;
}

#[test]
fn closed_stdout_pipe_is_quiet() {
    use std::io::Read as _;
    let mut child = common::Azconn::scratch("epipe")
        .line("completion zsh")
        .spawn();
    // Close the read end at once, like `| head -c0`.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "");
}
