//! `-o tsv` (knack `_TsvOutput`): one line per row, cells joined by tabs, no header, no quoting.
//! A plain dict row lists its values in key order; an ordered dict (multiselect hash) keeps its
//! insertion order. Cells: list → its length, dict → empty, everything else Python's `str()`.

use super::python::py_str;
use super::value::Value;

/// Renders a value as az's `-o tsv`.
pub fn render(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Array(rows) => rows.iter().for_each(|row| write_row(row, &mut out)),
        row => write_row(row, &mut out),
    }
    out
}

fn write_row(row: &Value, out: &mut String) {
    match row {
        Value::Object(obj) => {
            let mut values: Vec<(&String, &Value)> = obj.map.iter().collect();
            if !obj.ordered {
                values.sort_by(|a, b| a.0.cmp(b.0));
            }
            for (i, (_, v)) in values.into_iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                write_cell(v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                write_cell(v, out);
            }
        }
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        other => write_cell(other, out),
    }
    out.push('\n');
}

fn write_cell(v: &Value, out: &mut String) {
    match v {
        Value::Array(items) => out.push_str(&items.len().to_string()),
        Value::Object(_) => {}
        other => out.push_str(&py_str(other)),
    }
}
