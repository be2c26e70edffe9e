//! Rendering: turns a command's result into az's bytes (`-o json|jsonc|yaml|yamlc|table|tsv|none`, `--query`).
//! Nothing outside this module writes to stdout.

pub mod log;
pub mod prompt;
pub mod query;
pub mod stdout;
pub mod value;

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

/// What besides the value decides the bytes.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Colour for jsonc/yamlc (az: stdout and stderr are terminals and colour is not turned off).
    pub color: bool,
    /// `--query` was given (table then keeps dict insertion order instead of sorting keys).
    pub query_given: bool,
}

/// Renders a (queried, transformed) result exactly as az prints it. `Value::Null` renders as "".
pub fn render(_value: &Value, _format: OutputFormat, _opts: &RenderOptions) -> String {
    String::new()
}
