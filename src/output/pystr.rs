//! Python's `str()` and `repr()` of a value, which tsv and table cells show: `True`/`False`,
//! `None`, float repr, and nested containers as Python literals (`{'x': 1}`, `['a', None]`,
//! `OrderedDict([('a', 1)])` for multiselect-hash results, as Python 3.11 prints them).

use super::number::number_str;
use super::value::Value;

/// `str(value)`: strings as they are, everything else as Python prints it.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// `repr(value)`.
pub fn py_repr(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out);
    out
}

fn write_repr(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Number(n) => out.push_str(&number_str(n)),
        Value::String(s) => out.push_str(&str_repr(s)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out);
            }
            out.push(']');
        }
        Value::Object(obj) if obj.ordered => {
            if obj.map.is_empty() {
                out.push_str("OrderedDict()");
                return;
            }
            out.push_str("OrderedDict([");
            for (i, (k, item)) in obj.map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                out.push_str(&str_repr(k));
                out.push_str(", ");
                write_repr(item, out);
                out.push(')');
            }
            out.push_str("])");
        }
        Value::Object(obj) => {
            out.push('{');
            for (i, (k, item)) in obj.map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&str_repr(k));
                out.push_str(": ");
                write_repr(item, out);
            }
            out.push('}');
        }
    }
}

/// Python's `repr(str)`: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            c if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one non-ASCII character: false for controls, separators
/// other than space, format characters, private use and non-characters. Unassigned code points
/// (which Python also treats as unprintable) are not tracked here.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !matches!(u,
        0x80..=0xa0
        | 0xad
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x890..=0x891
        | 0x8e2
        | 0x1680
        | 0x180e
        | 0x2000..=0x200f
        | 0x2028..=0x202f
        | 0x205f..=0x2064
        | 0x2066..=0x206f
        | 0x3000
        | 0xd800..=0xf8ff
        | 0xfdd0..=0xfdef
        | 0xfeff
        | 0xfff9..=0xfffb
        | 0xfffe..=0xffff
        | 0x110bd
        | 0x110cd
        | 0x13430..=0x1343f
        | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a
        | 0xe0001
        | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff
    ) && (u & 0xfffe) != 0xfffe
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let v = Value::parse(input).expect("test input is JSON");
        assert_eq!(py_repr(&v), expect, "repr of {input}");
    }

    #[test]
    fn repr_matches_python() {
        for (input, expect) in [
            (
                r#"{"x": 1, "a": [true, null, 2.0]}"#,
                "{'x': 1, 'a': [True, None, 2.0]}",
            ),
            (r#""it's""#, r#""it's""#),
            (r#""both ' and \"""#, r#"'both \' and "'"#),
            (r#""tab\there\u0001\u007f""#, r"'tab\there\x01\x7f'"),
            (
                r#""caf\u00e9 \u00a0 \u2028 \ud83d\ude00""#,
                r"'café \xa0 \u2028 😀'",
            ),
            ("[]", "[]"),
            ("{}", "{}"),
        ] {
            check(input, expect);
        }
    }
}
