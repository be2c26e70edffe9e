//! `azconn … --help` of every command and subcommand, as whole-output snapshots (tests/it/snapshots/help/).

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::common::{self, snapshot::assert_run};

/// The words of every command reachable from the root (the root itself is empty), skipping clap's `help`.
fn all_commands() -> Vec<Vec<String>> {
    let mut root = azconn::cli::command();
    root.build();
    let mut out = Vec::new();
    collect(&root, &[], &mut out);
    out
}

fn collect(cmd: &clap::Command, words: &[String], out: &mut Vec<Vec<String>>) {
    out.push(words.to_vec());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut words = words.to_vec();
        words.push(sub.get_name().to_owned());
        collect(sub, &words, out);
    }
}

/// One snapshot per command. Table-driven on purpose: the list follows the CLI as commands are added, and every
/// stale snapshot is reported at once (a pending `.snap.new` is written for each), not just the first.
#[test]
fn every_command_prints_its_help() {
    let commands = all_commands();
    assert!(
        commands.len() > 30,
        "expected every command, got {}",
        commands.len()
    );
    let mut stale = Vec::new();
    for words in &commands {
        let name = std::iter::once("azconn")
            .chain(words.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("-");
        let run = common::Azconn::scratch("help")
            .args(words)
            .arg("--help")
            .run();
        let checked = catch_unwind(AssertUnwindSafe(|| {
            insta::with_settings!({
                snapshot_path => "snapshots/help",
                prepend_module_to_snapshot => false,
            }, {
                assert_run!(name.as_str(), run);
            });
        }));
        if checked.is_err() {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "help snapshots differ (review with `cargo insta review`): {stale:?}"
    );
}

#[test]
fn create_help_tells_what_az_help_tells() {
    let run = common::Azconn::scratch("help-create")
        .line("connection create postgres-flexible --help")
        .run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for needle in [
        "--resource-group",
        "-g",
        "--tg",
        "--target-id",
        "--user-account",
        "--service-principal",
        "--secret",
        "--client-type",
        "--customized-keys",
        "--new",
        "--yes",
        "--no-wait",
        "Name of postgres flexible server. Required if '--target-id' is not specified.",
        "object-id : Optional. Object id of current login user.",
        "Examples:",
        "Global Arguments:",
    ] {
        assert!(
            run.stdout.contains(needle),
            "create postgres-flexible help lacks {needle:?}"
        );
    }
}

#[test]
fn bare_group_prints_its_help_like_az() {
    let run = common::run(&["connection", "create"]);
    assert_run!(run);
}
