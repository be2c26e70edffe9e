//! Rendering: turns a command's result into az's bytes (`-o json|jsonc|yaml|yamlc|table|tsv|none`, `--query`).
//! Nothing outside this module writes to stdout.

pub mod value;
