//! `--help` snapshots for every command and subcommand (tests/snapshots/help/), and a check that
//! the binary prints the same text.

use crate::common;

/// (file name, help text) for every command reachable from the root, skipping clap's `help`.
fn all_help() -> Vec<(String, String)> {
    let mut root = azconn::cli::command();
    root.build();
    let mut out = Vec::new();
    collect(&root, "azconn", &mut out);
    out
}

fn collect(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
    let mut c = cmd.clone();
    out.push((
        format!("{}.txt", path.replace(' ', "-")),
        c.render_long_help().to_string(),
    ));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

#[test]
fn help_snapshots_are_current() {
    let files = all_help();
    assert!(
        files.len() > 30,
        "expected every command, got {}",
        files.len()
    );
    common::check_dir("tests/snapshots/help", &files);
}

#[test]
fn binary_prints_the_snapshot_help() {
    let files = all_help();
    for (args, file) in [
        (
            &["connection", "create", "postgres", "--help"][..],
            "azconn-connection-create-postgres.txt",
        ),
        (&["show", "--help"][..], "azconn-show.txt"),
        (&["--help"][..], "azconn.txt"),
    ] {
        let run = common::run(args);
        let (_, expected) = files
            .iter()
            .find(|(n, _)| n == file)
            .expect("snapshot exists");
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(&run.stdout, expected, "{args:?}");
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn create_help_tells_what_az_help_tells() {
    let files = all_help();
    let (_, text) = files
        .iter()
        .find(|(n, _)| n == "azconn-connection-create-postgres-flexible.txt")
        .expect("snapshot");
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
            text.contains(needle),
            "create postgres-flexible help lacks {needle:?}"
        );
    }
}

#[test]
fn bare_group_prints_its_help_like_az() {
    let run = common::run(&["connection", "create"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("postgres-flexible"), "{}", run.stdout);
    assert_eq!(run.stderr, "");
}
