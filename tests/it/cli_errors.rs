//! The built binary's usage errors and exit codes as whole-output snapshots, and no verb a fake success.

use crate::common::{self, Run, snapshot::assert_run};

#[test]
fn missing_required_argument_is_az_usage_error() {
    let run = common::run(&["connection", "list"]);
    assert_run!(run);
}

#[test]
fn unrecognized_arguments_have_no_examples() {
    let run = common::run(&["connection", "show", "--id", "x", "--bogus", "value"]);
    assert_run!(run);
}

#[test]
fn invalid_output_names_the_command_and_suggests() {
    let run = common::run(&["connection", "show", "-o", "jsn"]);
    assert_run!(run);
}

/// The first bad value wins even when a later one is valid, as argparse checks each.
#[test]
fn first_invalid_output_wins() {
    let run = common::run(&["show", "-o", "foo", "-o", "json"]);
    assert_run!(run);
}

/// `azconn <line>` in the fresh home `name` with az's error recommendation trailer switched off.
fn without_trailer(name: &str, line: &str) -> Run {
    common::Azconn::scratch(name)
        .env("AZURE_CORE_ERROR_RECOMMENDATION", "off")
        .line(line)
        .run()
}

#[test]
fn recommendation_trailer_can_be_switched_off() {
    let run = without_trailer("trailer-off", "list");
    assert_run!(run);
}

#[test]
fn configured_output_default_is_validated() {
    let run = common::Azconn::scratch("bad-default-output")
        .env("AZURE_CORE_OUTPUT", "jsonn")
        .env("AZURE_CORE_ERROR_RECOMMENDATION", "off")
        .line("list -g rg")
        .run();
    assert_run!(run);
}

#[test]
fn query_syntax_error_is_exit_2() {
    let run = common::run(&["connection", "show", "--id", "x", "--query", "[?"]);
    assert_run!(run);
}

#[test]
fn conflicting_auth_options() {
    let run = without_trailer(
        "auth-conflict",
        "create postgres -g rg --target-id x --secret name=a secret=b --user-account",
    );
    assert_run!(run);
}

#[test]
fn bad_enum_value_lists_allowed_values() {
    let run = without_trailer(
        "bad-enum",
        "connection create postgres-flexible -g rg --target-id x --client-type pythn",
    );
    assert_run!(run);
}

#[test]
fn unknown_command() {
    let run = common::run(&["connection", "bogus"]);
    assert_run!(run);
}

/// Every verb not built yet says so and exits 1 — never a fake success. A verb that is built prints something
/// else; the check then only makes sure it is not a silent success (exit 0 with no output).
fn never_a_fake_success(line: &str, name: &str) {
    let run = common::Azconn::scratch(&format!("unbuilt-{}", name.replace(' ', "-")))
        .line(line)
        .run();
    if run.stderr == format!("ERROR: {name} is not implemented yet\n") {
        assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{line}");
    } else {
        assert!(
            run.code != 0 || !run.stdout.is_empty() || !run.stderr.is_empty(),
            "{line}: silent success"
        );
    }
}

/// One test per verb: `test: "command line" => "the verb as the error names it"`.
macro_rules! never_a_fake_success {
    ($($test:ident: $line:literal => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                never_a_fake_success($line, $name);
            }
        )*
    };
}

never_a_fake_success! {
    show_is_never_a_fake_success: "connection show -g rg --connection c" => "connection show",
    list_is_never_a_fake_success: "connection list -g rg" => "connection list",
    delete_is_never_a_fake_success: "connection delete -g rg --connection c --yes" => "connection delete",
    validate_is_never_a_fake_success: "connection validate --id x" => "connection validate",
    generate_configuration_is_never_a_fake_success:
        "connection generate-configuration --id x" => "connection generate-configuration",
    wait_is_never_a_fake_success: "connection wait --id x --created" => "connection wait",
    list_support_types_is_never_a_fake_success:
        "connection list-support-types" => "connection list-support-types",
    update_is_never_a_fake_success:
        "connection update postgres --id x --client-type java" => "connection update postgres",
    preview_configuration_is_never_a_fake_success:
        "connection preview-configuration postgres-flexible" => "connection preview-configuration postgres-flexible",
    create_dry_run_is_never_a_fake_success:
        "connection create postgres-flexible -g rg --tg t --server s --database d --user-account --dry-run"
        => "connection create postgres-flexible",
}

/// The same verb spelled without the `connection` group behaves the same.
#[test]
fn verbs_work_without_the_connection_group() {
    let a = common::run(&["show", "-g", "rg", "--connection", "c"]);
    let b = common::run(&["connection", "show", "-g", "rg", "--connection", "c"]);
    assert_eq!(
        (a.code, &a.stdout, &a.stderr),
        (b.code, &b.stdout, &b.stderr)
    );
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
