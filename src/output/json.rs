//! Python's `json.dumps`, the one home of its rules (escapes, float forms, separators): `-o json`
//! is `json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True, separators=(',', ': '))
//! + '\n'`, and JMESPath's `to_string()` is `json.dumps(x, separators=(',', ':'))`.

use super::number::json_number;
use super::value::Value;

/// The `json.dumps` arguments that differ between our callers.
#[derive(Debug, Clone, Copy)]
pub struct Dumps {
    /// `indent=N` (newline and N spaces per level, `': '` after keys); `None` is compact
    /// (`separators=(',', ':')`).
    pub indent: Option<usize>,
    /// `sort_keys=True`: keys by code point instead of the dict's order.
    pub sort_keys: bool,
    /// `ensure_ascii=True`: everything outside printable ASCII as `\uXXXX` (UTF-16 units).
    pub ensure_ascii: bool,
}

/// az's `-o json`: `ensure_ascii=False, indent=2, sort_keys=True, separators=(',', ': ')`.
pub const AZ_OUTPUT: Dumps = Dumps {
    indent: Some(2),
    sort_keys: true,
    ensure_ascii: false,
};

/// Python jmespath's `to_string()`: `separators=(',', ':')` and Python's other defaults.
pub const COMPACT: Dumps = Dumps {
    indent: None,
    sort_keys: false,
    ensure_ascii: true,
};

/// Renders a value as az's `-o json` (ends with `\n`).
pub fn render(v: &Value) -> String {
    let mut out = dumps(v, AZ_OUTPUT);
    out.push('\n');
    out
}

/// `json.dumps(v, ...)` with the given arguments (`allow_nan=True`: `NaN`, `Infinity`).
pub fn dumps(v: &Value, style: Dumps) -> String {
    let mut out = String::new();
    write_value(v, style, 0, &mut out);
    out
}

/// Before an item at `level`: nothing when compact, else a newline and the indent.
fn newline_indent(style: Dumps, level: usize, out: &mut String) {
    if let Some(width) = style.indent {
        out.push('\n');
        out.push_str(&" ".repeat(width * level));
    }
}

fn write_value(v: &Value, style: Dumps, level: usize, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&json_number(n)),
        Value::String(s) => write_string(s, style.ensure_ascii, out),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline_indent(style, level + 1, out);
                write_value(item, style, level + 1, out);
            }
            newline_indent(style, level, out);
            out.push(']');
        }
        Value::Object(obj) => {
            if obj.map.is_empty() {
                out.push_str("{}");
                return;
            }
            let mut entries: Vec<(&String, &Value)> = obj.map.iter().collect();
            if style.sort_keys {
                // Python sorts str keys by code point, which is UTF-8 byte order.
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            let key_separator = if style.indent.is_some() { ": " } else { ":" };
            out.push('{');
            for (i, (k, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline_indent(style, level + 1, out);
                write_string(k, style.ensure_ascii, out);
                out.push_str(key_separator);
                write_value(item, style, level + 1, out);
            }
            newline_indent(style, level, out);
            out.push('}');
        }
    }
}

/// A JSON string as Python's `json` writes it. With `ensure_ascii` every character outside
/// `' '..='~'` becomes `\uXXXX` (UTF-16 units); without it only control characters do.
fn write_string(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c if ensure_ascii || (c as u32) < 0x20 => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        Value::parse(text).expect("test input is JSON")
    }

    #[test]
    fn az_output_is_indented_sorted_and_keeps_unicode() {
        let v = parse(r#"{"b": [1, 2.0, "é\u0001\u007f"], "a": {}, "c": []}"#);
        assert_eq!(
            render(&v),
            "{\n  \"a\": {},\n  \"b\": [\n    1,\n    2.0,\n    \"é\\u0001\u{7f}\"\n  ],\n  \"c\": []\n}\n"
        );
    }

    #[test]
    fn compact_keeps_order_and_escapes_non_ascii() {
        let v = parse(r#"{"b": [1, 2.5e-7, "é😀\u007f\t"], "a": null, "c": {}}"#);
        assert_eq!(
            dumps(&v, COMPACT),
            r#"{"b":[1,2.5e-07,"\u00e9\ud83d\ude00\u007f\t"],"a":null,"c":{}}"#
        );
    }
}
