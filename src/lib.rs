//! azconn: a drop-in replacement for `az connection` with the serviceconnector-passwordless extension.
//!
//! Modules in reading order: `cli` (parse) → `resolve` (args + config → plan) → `commands` (act,
//! through `auth`, `arm` and `pg`) → `output` (render). `error` owns exit codes.

pub mod arm;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod error;
pub mod http;
pub mod output;
pub mod pg;
pub mod server_kind;
pub mod settings;
mod startup;

use std::ffi::OsString;

use cli::usage::{self, GlobalValue, ParseFailure};
use commands::{Context, Globals, Outcome};
use error::{Error, Result};
use output::log;

/// Runs azconn with the process arguments and returns the process exit code.
pub fn run_main() -> std::process::ExitCode {
    // Hook for the dynamic completion engine: `AZCONN_COMPLETE=bash azconn` prints a registration
    // script, and the shell then calls back with the words to complete. Flags and enum values come
    // from the static definitions; resource names from ARM (`commands::completion::dynamic`).
    clap_complete::CompleteEnv::with_factory(|| {
        commands::completion::dynamic::attach(cli::command())
    })
    .var("AZCONN_COMPLETE")
    .complete();
    let args: Vec<OsString> = std::env::args_os().collect();
    std::process::ExitCode::from(run(args))
}

/// Runs azconn with a full argv (program name first) and returns the exit code. The only place
/// that turns errors into exit codes.
pub fn run(args: Vec<OsString>) -> u8 {
    let startup = startup::Startup::read();
    log::set_color(startup.color);
    match run_inner(&args, &startup) {
        Ok(code) => code,
        Err(err) => {
            log::report(&err);
            err.exit_code()
        }
    }
}

fn run_inner(args: &[OsString], startup: &startup::Startup) -> Result<u8> {
    let defaults = cli::Defaults {
        group: startup.group.clone(),
    };
    let root = cli::command_with(&defaults);
    let (path, _) = usage::command_path(&root, args);

    // az validates `-o`/`--query` as it consumes them, before it checks required arguments.
    let mut query = None;
    for value in usage::scan_globals(args) {
        match value {
            GlobalValue::Output(v) => {
                if cli::parse_output_format(&v).is_none() {
                    return Err(
                        usage::invalid_output(&path, &v, startup.error_recommendation).into(),
                    );
                }
            }
            GlobalValue::Query(q) => query = Some(compile_query(&q)?),
        }
    }

    let parsed = match cli::parse(args, &defaults) {
        Ok(p) => p,
        Err(e) => {
            return match usage::from_clap(&e, &root, args, startup.error_recommendation) {
                ParseFailure::Display(text) => write_stdout(&text).map(|()| 0),
                ParseFailure::Usage(u) => Err(u.into()),
            };
        }
    };

    let g = &parsed.global;
    log::set_level(if g.debug {
        log::Level::Debug
    } else if g.verbose {
        log::Level::Info
    } else if g.only_show_errors {
        log::Level::Error
    } else {
        log::Level::Warning
    });
    let output_text = g
        .output
        .clone()
        .or_else(|| startup.output.clone())
        .unwrap_or_else(|| "json".to_owned());
    let output = cli::parse_output_format(&output_text).ok_or_else(|| {
        Error::from(usage::invalid_output(
            &path,
            &output_text,
            startup.error_recommendation,
        ))
    })?;
    if query.is_none()
        && let Some(q) = &g.query
    {
        query = Some(compile_query(q)?);
    }
    let globals = Globals {
        output,
        output_chosen: g.output.is_some() || startup.output.is_some(),
        query,
        subscription: g.subscription.clone(),
        auth_source: g.auth_source.unwrap_or_default(),
        color: startup.color,
        confirm_prompt_disabled: startup.confirm_prompt_disabled,
    };
    let ctx = Context::new(globals);

    let outcome = if let Some(result) = commands::run_local(&parsed.command) {
        result?
    } else {
        debug_assert!(commands::needs_runtime(&parsed.command));
        // One thread: the work is waiting on the network; concurrency comes from joined futures, and
        // worker threads would only add start-up time and memory (docs/benchmarks.md).
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::runtime(format!("cannot start the async runtime: {e}")))?;
        runtime.block_on(commands::run(&parsed.command, &ctx))?
    };
    present(outcome, &ctx.globals)
}

/// Renders a command's outcome and returns the exit code of a run that did not fail.
fn present(outcome: Outcome, g: &Globals) -> Result<u8> {
    match outcome {
        Outcome::Pending(inner) => render(*inner, g).map(|()| 2),
        other => render(other, g).map(|()| 0),
    }
}

/// Compiles `--query` at parse time, as az does (a syntax error is a usage error, exit 2).
fn compile_query(expression: &str) -> Result<output::query::Query> {
    Ok(output::query::Query::compile(expression)?)
}

/// Renders a command's outcome on stdout.
fn render(outcome: Outcome, g: &Globals) -> Result<()> {
    match outcome {
        Outcome::Nothing => Ok(()),
        Outcome::Pending(inner) => render(*inner, g),
        Outcome::Text(text) => write_stdout(&text),
        Outcome::DocumentWithTable { table, .. }
            if g.query.is_none() && g.output == output::OutputFormat::Table =>
        {
            // az applies a command's table transformer only for `-o table` without `--query`, and keeps
            // the transformer's column order.
            let opts = output::RenderOptions {
                color: g.color,
                query_given: true,
            };
            write_stdout(&output::render(&table, g.output, &opts))
        }
        Outcome::DocumentWithTable { value, .. } => render(Outcome::document(value), g),
        Outcome::Document { value, transforms } => {
            let spec = output::OutputSpec {
                format: g.output,
                query: g.query.clone(),
                color: g.color,
                global_transforms: transforms,
            };
            write_stdout(&output::present(value, &spec)?)
        }
    }
}

fn write_stdout(text: &str) -> Result<()> {
    output::stdout::write(text).map_err(|e| Error::runtime(format!("cannot write to stdout: {e}")))
}
