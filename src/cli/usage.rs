//! Usage errors the way az (argparse + azure-cli-core) words them: clap's errors are translated
//! into az's texts (`the following arguments are required: --resource-group/-g`,
//! `unrecognized arguments: --bogus`, `'foo' is not a valid value for '--output'. …`), followed by
//! az's recommendation trailer (examples from the command's help, the reference link).
//! Pure: the caller passes argv and the switches read from the environment.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{BIN, OUTPUT_FORMATS, canonical_path, difflib, examples};

/// A usage error ready to print: the `ERROR:` message and the lines printed after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError {
    /// The message after `ERROR: ` (one line).
    pub message: String,
    /// Lines printed as-is after the message (suggestion, blank line, examples, links).
    pub recommendations: Vec<String>,
}

/// What the caller does with a clap outcome that is not a parsed command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseFailure {
    /// Help or version text for stdout, exit 0 (az prints group help for a bare group too).
    Display(String),
    /// A usage error, exit 2.
    Usage(UsageError),
}

/// The link lines az ends every usage error with.
const REFERENCE_LINES: [&str; 2] = [
    "https://aka.ms/cli_ref",
    "Read more about the command in reference docs",
];

/// The subcommand path named by argv (`["azconn", "connection", "show"]`), as typed, and the
/// matching clap command.
pub fn command_path<'c>(
    root: &'c clap::Command,
    args: &[std::ffi::OsString],
) -> (Vec<String>, &'c clap::Command) {
    // Walks by reference: cloning the tree costs more than the rest of `--help` (docs/benchmarks.md).
    let mut path = vec![BIN.to_owned()];
    let mut cmd = root;
    for arg in args.iter().skip(1) {
        let word = arg.to_string_lossy();
        if word == "--" {
            break;
        }
        if word.starts_with('-') {
            continue;
        }
        if let Some(sub) = cmd.find_subcommand(word.as_ref()) {
            path.push(sub.get_name().to_owned());
            cmd = sub;
        }
    }
    (path, cmd)
}

/// The trailer az prints after a usage error: a blank line, up to three examples, the links.
/// `with_examples` is false for "unrecognized arguments", which az prints without examples.
pub fn trailer(path: &[String], with_examples: bool) -> Vec<String> {
    let mut lines = vec![String::new()];
    if with_examples {
        lines.extend(examples::usage_trailer(examples::for_command(
            &canonical_path(&path.join(" ")),
        )));
    }
    lines.extend(REFERENCE_LINES.iter().map(|s| (*s).to_owned()));
    lines
}

/// az's error for an invalid `--output` value (also used for a bad configured default).
pub fn invalid_output(path: &[String], value: &str, with_trailer: bool) -> UsageError {
    let value = value.to_lowercase();
    let message = format!(
        "{}: '{value}' is not a valid value for '--output'. Allowed values: {}.",
        path.join(" "),
        OUTPUT_FORMATS.join(", ")
    );
    let mut recommendations = Vec::new();
    if let Some(best) = difflib::close_matches(&value, &OUTPUT_FORMATS, 3, 0.7).first() {
        recommendations.push(format!("Did you mean '{best}' ?"));
    }
    if with_trailer {
        recommendations.extend(trailer(path, true));
    }
    UsageError {
        message,
        recommendations,
    }
}

/// A global option value seen on the command line, in argv order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlobalValue {
    Output(String),
    Query(String),
}

/// Every `--output`/`-o` and `--query` value in argv order. az validates each as argparse
/// consumes it, so the first bad one is reported even when a later one is valid, and before a
/// missing required argument.
pub fn scan_globals(args: &[std::ffi::OsString]) -> Vec<GlobalValue> {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "--" {
            break;
        }
        let next = words.get(i + 1).cloned();
        let (kind, value, consumed_next) = if w == "-o" || w == "--output" {
            ("o", next, true)
        } else if w == "--query" {
            ("q", next, true)
        } else if let Some(v) = w.strip_prefix("--output=") {
            ("o", Some(v.to_owned()), false)
        } else if let Some(v) = w.strip_prefix("--query=") {
            ("q", Some(v.to_owned()), false)
        } else if let Some(v) = w.strip_prefix("-o") {
            if w.starts_with("--") {
                i += 1;
                continue;
            }
            (
                "o",
                Some(v.strip_prefix('=').unwrap_or(v).to_owned()),
                false,
            )
        } else {
            i += 1;
            continue;
        };
        if let Some(v) = value {
            out.push(if kind == "o" {
                GlobalValue::Output(v)
            } else {
                GlobalValue::Query(v)
            });
        }
        i += if consumed_next { 2 } else { 1 };
    }
    out
}

/// Translates a clap error into az's message and trailer.
pub fn from_clap(
    err: &clap::Error,
    root: &clap::Command,
    args: &[std::ffi::OsString],
    with_trailer: bool,
) -> ParseFailure {
    let (path, cmd) = command_path(root, args);
    let prog = path.join(" ");
    let mut with_examples = true;
    let message = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return ParseFailure::Display(err.render().to_string());
        }
        ErrorKind::MissingSubcommand => {
            let mut c = cmd.clone();
            return ParseFailure::Display(c.render_help().to_string());
        }
        ErrorKind::UnknownArgument => {
            with_examples = false;
            let bad = context_str(err, ContextKind::InvalidArg).unwrap_or_default();
            format!("unrecognized arguments: {}", unrecognized_words(args, &bad))
        }
        ErrorKind::InvalidSubcommand => {
            with_examples = false;
            let bad = context_str(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!("'{bad}' is misspelled or not recognized by the system.")
        }
        ErrorKind::MissingRequiredArgument => {
            let names = context_list(err, ContextKind::InvalidArg);
            if let Some(group) = names.iter().find(|n| n.starts_with('<') && n.contains('|')) {
                let members: Vec<String> = group
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .split('|')
                    .map(|m| m.split_whitespace().next().unwrap_or_default().to_owned())
                    .collect();
                format!("one of the arguments {} is required", members.join(" "))
            } else {
                let shown: Vec<String> = names.iter().map(|n| display_arg(cmd, n)).collect();
                format!("the following arguments are required: {}", shown.join(", "))
            }
        }
        ErrorKind::ArgumentConflict => {
            let a = display_arg(
                cmd,
                &context_str(err, ContextKind::InvalidArg).unwrap_or_default(),
            );
            let b = context_list(err, ContextKind::PriorArg);
            let b = display_arg(cmd, &b.first().cloned().unwrap_or_default());
            // argparse names the option it was consuming (the later one) first.
            let (later, earlier) = if first_position(args, &a) < first_position(args, &b) {
                (b, a)
            } else {
                (a, b)
            };
            format!("argument {later}: not allowed with argument {earlier}")
        }
        ErrorKind::InvalidValue => {
            let arg = context_str(err, ContextKind::InvalidArg).unwrap_or_default();
            let value = context_str(err, ContextKind::InvalidValue).unwrap_or_default();
            let valid = context_list(err, ContextKind::ValidValue);
            let option = arg.split_whitespace().next().unwrap_or_default().to_owned();
            if valid.is_empty() {
                format!("argument {}: expected one argument", display_arg(cmd, &arg))
            } else {
                let mut message = format!(
                    "{prog}: '{value}' is not a valid value for '{option}'. Allowed values: {}.",
                    valid.join(", ")
                );
                let candidates: Vec<&str> = valid.iter().map(String::as_str).collect();
                if let Some(best) = difflib::close_matches(&value, &candidates, 3, 0.7).first() {
                    message.push_str(&format!("\nDid you mean '{best}' ?"));
                }
                message
            }
        }
        ErrorKind::ValueValidation => {
            let arg = context_str(err, ContextKind::InvalidArg).unwrap_or_default();
            let value = context_str(err, ContextKind::InvalidValue).unwrap_or_default();
            let kind = if value.parse::<f64>().is_err() && is_integer_arg(cmd, &arg) {
                "int "
            } else {
                ""
            };
            format!(
                "argument {}: invalid {kind}value: '{value}'",
                display_arg(cmd, &arg)
            )
        }
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            let arg = context_str(err, ContextKind::InvalidArg).unwrap_or_default();
            format!("argument {}: expected one argument", display_arg(cmd, &arg))
        }
        ErrorKind::TooManyValues => {
            with_examples = false;
            let value = context_str(err, ContextKind::InvalidValue).unwrap_or_default();
            format!("unrecognized arguments: {value}")
        }
        _ => unreachable_kind(err),
    };
    // Split "message\nDid you mean …" into the message and its first recommendation line.
    let mut lines = message.lines().map(str::to_owned);
    let first = lines.next().unwrap_or_default();
    let mut recommendations: Vec<String> = lines.collect();
    if with_trailer {
        recommendations.extend(trailer(&path, with_examples));
    }
    ParseFailure::Usage(UsageError {
        message: first,
        recommendations,
    })
}

/// clap's own first line, without its `error: ` prefix, for kinds az has no wording for.
fn unreachable_kind(err: &clap::Error) -> String {
    let text = err.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_owned()
}

fn context_str(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => v.first().map(ToString::to_string),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn context_list(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

/// argparse's name of an option: its option strings joined by `/` (`--resource-group/-g`,
/// `--target-resource-group/--tg`); a positional's lower-case name.
fn display_arg(cmd: &clap::Command, rendered: &str) -> String {
    let first = rendered.split_whitespace().next().unwrap_or_default();
    if let Some(long) = first.strip_prefix("--") {
        let long = long.split('=').next().unwrap_or(long);
        if let Some(arg) = find_long(cmd, long) {
            return option_strings(arg).join("/");
        }
        return first.to_owned();
    }
    if let Some(short) = first.strip_prefix('-')
        && let Some(c) = short.chars().next()
        && let Some(arg) = cmd.get_arguments().find(|a| a.get_short() == Some(c))
    {
        return option_strings(arg).join("/");
    }
    first
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches("...")
        .to_lowercase()
}

fn find_long<'c>(cmd: &'c clap::Command, long: &str) -> Option<&'c clap::Arg> {
    cmd.get_arguments().find(|a| {
        a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|al| al.contains(&long))
    })
}

fn option_strings(arg: &clap::Arg) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(l) = arg.get_long() {
        names.push(format!("--{l}"));
    }
    if let Some(aliases) = arg.get_visible_aliases() {
        names.extend(aliases.into_iter().map(|a| format!("--{a}")));
    }
    if let Some(s) = arg.get_short() {
        names.push(format!("-{s}"));
    }
    names
}

fn is_integer_arg(cmd: &clap::Command, rendered: &str) -> bool {
    let first = rendered.split_whitespace().next().unwrap_or_default();
    first
        .strip_prefix("--")
        .and_then(|l| find_long(cmd, l))
        .is_some_and(|a| {
            a.get_value_names()
                .is_some_and(|v| v.iter().any(|n| n == "SECONDS"))
        })
}

/// Where an option (`--long/-s` display form) first appears in argv.
fn first_position(args: &[std::ffi::OsString], display: &str) -> usize {
    let names: Vec<&str> = display.split('/').collect();
    args.iter()
        .position(|a| {
            let w = a.to_string_lossy();
            names
                .iter()
                .any(|n| w == *n || w.starts_with(&format!("{n}=")))
        })
        .unwrap_or(usize::MAX)
}

/// argparse reports the unknown option and the values after it that nothing consumed.
fn unrecognized_words(args: &[std::ffi::OsString], bad: &str) -> String {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let Some(start) = words
        .iter()
        .position(|w| w == bad || w.starts_with(&format!("{bad}=")))
    else {
        return bad.to_owned();
    };
    let mut out = vec![words[start].clone()];
    out.extend(
        words[start + 1..]
            .iter()
            .take_while(|w| !w.starts_with('-'))
            .cloned(),
    );
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Defaults, command, parse};

    fn argv(line: &str) -> Vec<std::ffi::OsString> {
        line.split_whitespace().map(Into::into).collect()
    }

    fn usage(line: &str, with_trailer: bool) -> UsageError {
        let args = argv(line);
        let err = match parse(&args, &Defaults::default()) {
            Ok(cli) => panic!("{line} parsed: {cli:?}"),
            Err(e) => e,
        };
        match from_clap(&err, &command(), &args, with_trailer) {
            ParseFailure::Usage(u) => u,
            ParseFailure::Display(d) => panic!("{line}: display {d}"),
        }
    }

    fn check(line: &str, message: &str) {
        assert_eq!(usage(line, false).message, message, "{line}");
    }

    #[test]
    fn az_wording() {
        check(
            "azconn list",
            "the following arguments are required: --resource-group/-g",
        );
        check(
            "azconn connection list -g rg --bogus x y --debug",
            "unrecognized arguments: --bogus x y",
        );
        check(
            "azconn create postgres-flexible -g rg --server s",
            "the following arguments are required: --target-resource-group/--tg, --database",
        );
        check(
            "azconn create postgres -g rg --target-id x --secret a=b --user-account",
            "argument --user-account: not allowed with argument --secret",
        );
        check(
            "azconn connection create postgres -g rg --target-id x --client-type cobol",
            "azconn connection create postgres: 'cobol' is not a valid value for '--client-type'. Allowed values: \
             dotnet, dotnet-internal, java, python, nodejs, go, php, ruby, django, springBoot, none.",
        );
        check(
            "azconn show -g",
            "argument --resource-group/-g: expected one argument",
        );
        check(
            "azconn wait --id x --interval soon --created",
            "argument --interval: invalid int value: 'soon'",
        );
        check(
            "azconn wait --id x",
            "one of the arguments --created --updated --deleted --exists --custom is required",
        );
        check(
            "azconn connection bogus",
            "'bogus' is misspelled or not recognized by the system.",
        );
    }

    #[test]
    fn trailer_has_examples_except_for_unrecognized_arguments() {
        let u = usage("azconn connection list", true);
        assert_eq!(
            u.recommendations,
            vec![
                "",
                "Examples from command's help:",
                "azconn connection list -g resource_group",
                "List connections by resource group",
                "",
                "azconn connection list -g resource_group --location eastus",
                "List connections by source resource group and location",
                "",
                "https://aka.ms/cli_ref",
                "Read more about the command in reference docs",
            ]
        );
        let u = usage("azconn list -g rg --bogus", true);
        assert_eq!(
            u.recommendations,
            vec![
                "",
                "https://aka.ms/cli_ref",
                "Read more about the command in reference docs"
            ]
        );
    }

    #[test]
    fn did_you_mean_for_enums() {
        let u = usage("azconn token --resource-type oss-rdbm", false);
        assert_eq!(u.recommendations, vec!["Did you mean 'oss-rdbms' ?"]);
    }

    #[test]
    fn invalid_output_like_az() {
        let path = vec![
            "azconn".to_owned(),
            "connection".to_owned(),
            "show".to_owned(),
        ];
        let u = invalid_output(&path, "JSN", false);
        assert_eq!(
            u.message,
            "azconn connection show: 'jsn' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none."
        );
        assert_eq!(u.recommendations, vec!["Did you mean 'json' ?"]);
        assert!(
            invalid_output(&path, "foo", false)
                .recommendations
                .is_empty()
        );
    }

    #[test]
    fn scans_output_and_query_in_order() {
        let got = scan_globals(&argv(
            "azconn show -o foo --query=a -ojson --output=tsv --query b -- -o x",
        ));
        assert_eq!(
            got,
            vec![
                GlobalValue::Output("foo".into()),
                GlobalValue::Query("a".into()),
                GlobalValue::Output("json".into()),
                GlobalValue::Output("tsv".into()),
                GlobalValue::Query("b".into()),
            ]
        );
    }

    #[test]
    fn help_is_displayed_not_an_error() {
        let args = argv("azconn connection create");
        let err = match parse(&args, &Defaults::default()) {
            Ok(cli) => panic!("parsed {cli:?}"),
            Err(e) => e,
        };
        assert!(matches!(
            from_clap(&err, &command(), &args, true),
            ParseFailure::Display(_)
        ));
    }
}
