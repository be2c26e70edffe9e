//! Rendering: turns a command's result into az's bytes (`-o json|jsonc|yaml|yamlc|table|tsv|none`,
//! `--query`). Nothing outside this module writes to stdout.
//!
//! The pipeline ([`present`]) is az's: global transforms → `--query` → a null result prints
//! nothing → the formatter. Each formatter lives in its own file and reproduces the Python code
//! az runs (knack 0.14, tabulate 0.10, PyYAML 6, Pygments 2.21) byte for byte.

pub mod color;
mod json;
mod jsonc;
pub mod log;
pub mod number;
pub mod prompt;
pub mod python;
pub mod query;
pub mod stdout;
mod table;
pub mod transform;
mod tsv;
pub mod value;
mod yaml;
mod yamlc;

pub use transform::apply_global_transforms;

use query::{Query, QueryError};
use value::Value;

/// az's `--output` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Json,
    Jsonc,
    Yaml,
    Yamlc,
    Table,
    Tsv,
    None,
}

impl OutputFormat {
    /// Every format, in az's order (the order of its "Allowed values" message).
    pub const ALL: [OutputFormat; 7] = [
        OutputFormat::Json,
        OutputFormat::Jsonc,
        OutputFormat::Yaml,
        OutputFormat::Yamlc,
        OutputFormat::Table,
        OutputFormat::Tsv,
        OutputFormat::None,
    ];

    /// The name az uses (`json`, `jsonc`, …).
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Json => "json",
            OutputFormat::Jsonc => "jsonc",
            OutputFormat::Yaml => "yaml",
            OutputFormat::Yamlc => "yamlc",
            OutputFormat::Table => "table",
            OutputFormat::Tsv => "tsv",
            OutputFormat::None => "none",
        }
    }

    /// Parses a format name case-insensitively, as az does (`-o TSV` works).
    pub fn from_name(name: &str) -> Option<OutputFormat> {
        let lower = name.to_lowercase();
        OutputFormat::ALL.into_iter().find(|f| f.name() == lower)
    }
}

/// What besides the value decides the bytes.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Colour for jsonc/yamlc (az: stdout and stderr are terminals and colour is not turned off).
    pub color: bool,
    /// `--query` was given (table then keeps dict insertion order instead of sorting keys).
    pub query_given: bool,
}

/// Renders a (queried, transformed) result exactly as az prints it. `Value::Null` renders as "".
pub fn render(value: &Value, format: OutputFormat, opts: &RenderOptions) -> String {
    if *value == Value::Null {
        return String::new();
    }
    match format {
        OutputFormat::Json => json::render(value),
        OutputFormat::Jsonc if opts.color => jsonc::colorize(&json::render(value)),
        OutputFormat::Jsonc => json::render(value),
        OutputFormat::Yaml => yaml::render(value),
        OutputFormat::Yamlc if opts.color => yamlc::colorize(&yaml::render(value)),
        OutputFormat::Yamlc => yaml::render(value),
        OutputFormat::Table => table::render(value, !opts.query_given),
        OutputFormat::Tsv => tsv::render(value),
        OutputFormat::None => String::new(),
    }
}

/// How a successful command's result is to be printed.
#[derive(Debug, Clone)]
pub struct OutputSpec {
    /// `--output` (or its default).
    pub format: OutputFormat,
    /// `--query`, already compiled.
    pub query: Option<Query>,
    /// Whether jsonc/yamlc are coloured (decided at start: both streams terminals, no `no_color`).
    pub color: bool,
    /// az's global transforms (`resourceGroup`, `x509ThumbprintHex`); off only for `rest`.
    pub global_transforms: bool,
}

/// az's output pipeline for a successful command: global transforms, then `--query`, then a
/// null result prints nothing, then the formatter. Every command prints through this.
pub fn present(result: Value, spec: &OutputSpec) -> Result<String, QueryError> {
    let mut value = result;
    if spec.global_transforms {
        apply_global_transforms(&mut value);
    }
    if let Some(query) = &spec.query {
        value = query.search(&value)?;
    }
    let opts = RenderOptions {
        color: spec.color,
        query_given: spec.query.is_some(),
    };
    Ok(render(&value, spec.format, &opts))
}
