//! Generated files stay in step with the clap definitions: completion scripts (completions/) and
//! man pages (docs/man/). `AZCONN_BLESS=1 cargo test --test it` regenerates them.

use clap_complete::Shell;

use crate::common;

const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "azconn.bash"),
    (Shell::Zsh, "_azconn"),
    (Shell::Fish, "azconn.fish"),
    (Shell::PowerShell, "_azconn.ps1"),
    (Shell::Elvish, "azconn.elv"),
];

fn completion_files() -> Vec<(String, String)> {
    SHELLS
        .iter()
        .map(|(shell, file)| {
            let text = azconn::commands::completion::script(*shell).expect("completion script");
            ((*file).to_owned(), text)
        })
        .collect()
}

#[test]
fn completion_scripts_are_current() {
    common::check_dir("completions", &completion_files());
}

#[test]
fn completion_command_prints_the_committed_script() {
    for (shell, file) in SHELLS {
        let name = clap::ValueEnum::to_possible_value(&shell).expect("shell name");
        let run = common::run(&["completion", name.get_name()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let expected = completion_files()
            .into_iter()
            .find(|(f, _)| f == file)
            .expect("file")
            .1;
        assert_eq!(
            run.stdout,
            expected,
            "azconn completion {}",
            name.get_name()
        );
    }
}

/// Man pages for the root and each command under `connection`, `token`, `rest`, `completion`
/// (the `azconn <verb>` spellings are the same commands and get no pages of their own).
fn man_pages() -> Vec<(String, String)> {
    let mut root = azconn::cli::command().disable_help_subcommand(true);
    root.build();
    let mut out = Vec::new();
    render(&root, true, &mut out);
    out
}

fn render(cmd: &clap::Command, is_root: bool, out: &mut Vec<(String, String)>) {
    let man = clap_mangen::Man::new(cmd.clone()).date("");
    let mut buf = Vec::new();
    man.render(&mut buf).expect("render man page");
    out.push((
        man.get_filename(),
        String::from_utf8(buf).expect("utf-8 man page"),
    ));
    for sub in cmd.get_subcommands() {
        if is_root
            && !matches!(
                sub.get_name(),
                "connection" | "token" | "rest" | "completion"
            )
        {
            continue;
        }
        render(sub, false, out);
    }
}

#[test]
fn man_pages_are_current() {
    let pages = man_pages();
    assert!(
        pages
            .iter()
            .any(|(n, _)| n == "azconn-connection-create-postgres-flexible.1"),
        "{:?}",
        pages.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    common::check_dir("docs/man", &pages);
}
