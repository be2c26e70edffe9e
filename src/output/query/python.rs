//! Python's text forms of values, as Python jmespath 1.1.0 produces them: `repr()`/`str()` (used in
//! error messages), float `repr`, and `json.dumps(x, separators=(',', ':'))` with `ensure_ascii`
//! (the `to_string()` function). Only what the query engine needs; output formatting lives elsewhere.

use crate::output::value::{Number, Object, Value};

/// Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
pub(super) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-X".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1; // position of the decimal point in `digits`
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat(point.unsigned_abs() as usize), digits)
        } else {
            let point = point as usize;
            if digits.len() <= point {
                format!("{}{}.0", digits, "0".repeat(point - digits.len()))
            } else {
                format!("{}.{}", &digits[..point], &digits[point..])
            }
        };
        format!("{sign}{body}")
    } else {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.unsigned_abs())
    }
}

/// Python's text of a number (`str` and `repr` agree for int and float).
pub(super) fn number_repr(n: &Number) -> String {
    match n {
        Number::Int(i) => i.to_string(),
        Number::BigInt(s) => s.clone(),
        Number::Float(f) => float_repr(*f),
    }
}

/// Python `str(value)`: strings bare, everything else as `repr`.
pub(super) fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python `repr(value)` for the JSON-like values jmespath handles (Python 3.11 forms).
pub(super) fn py_repr(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out);
    out
}

fn write_repr(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Number(n) => out.push_str(&number_repr(n)),
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
        Value::Object(obj) => write_object_repr(obj, out),
    }
}

fn write_object_repr(obj: &Object, out: &mut String) {
    if obj.ordered {
        // Python 3.11: OrderedDict([('a', 1), ('b', 2)]); empty: OrderedDict()
        out.push_str("OrderedDict(");
        if !obj.map.is_empty() {
            out.push('[');
            for (i, (k, v)) in obj.map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                out.push_str(&str_repr(k));
                out.push_str(", ");
                write_repr(v, out);
                out.push(')');
            }
            out.push(']');
        }
        out.push(')');
    } else {
        out.push('{');
        for (i, (k, v)) in obj.map.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&str_repr(k));
            out.push_str(": ");
            write_repr(v, out);
        }
        out.push('}');
    }
}

/// Python `repr(str)`: single quotes unless the text has `'` and no `"`; backslash escapes for
/// the quote, `\\`, `\t`, `\n`, `\r` and non-printable characters.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let cp = u32::from(c);
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable()` for one character: control characters,
/// separators other than the ASCII space, the common format characters, surrogates and
/// private-use characters are not printable. (Unassigned code points are treated as printable.)
fn is_printable(c: char) -> bool {
    let cp = u32::from(c);
    if c == ' ' {
        return true;
    }
    if c.is_control() {
        return false;
    }
    !matches!(cp,
        0xA0 | 0xAD | 0x1680 | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
        | 0x2066..=0x206F | 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB | 0x061C | 0x180E
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xE0001 | 0xE0020..=0xE007F)
}

/// `json.dumps(v, separators=(',', ':'))` with Python's defaults (`ensure_ascii=True`,
/// `allow_nan=True`): compact, keys in the dict's order, non-ASCII as `\uXXXX`.
pub(super) fn json_dumps_compact(v: &Value) -> String {
    let mut out = String::new();
    write_json(v, &mut out);
    out
}

fn write_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(Number::Float(f)) if f.is_nan() => out.push_str("NaN"),
        Value::Number(Number::Float(f)) if f.is_infinite() => {
            out.push_str(if *f > 0.0 { "Infinity" } else { "-Infinity" });
        }
        Value::Number(n) => out.push_str(&number_repr(n)),
        Value::String(s) => write_json_str(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(obj) => {
            out.push('{');
            for (i, (k, v)) in obj.map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_str(k, out);
                out.push(':');
                write_json(v, out);
            }
            out.push('}');
        }
    }
}

fn write_json_str(s: &str, out: &mut String) {
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
            c => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}

/// Python's type name of a value (`type(x).__name__`), as jmespath's type errors print it.
pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(Number::Float(_)) => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(o) if o.ordered => "OrderedDict",
        Value::Object(_) => "dict",
    }
}

/// jmespath's name for a value's type (`number`, `string`, …).
pub(super) fn jmespath_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(f: f64, expect: &str) {
        assert_eq!(float_repr(f), expect, "repr({f:?})");
    }

    #[test]
    fn float_repr_matches_python() {
        for (f, e) in [
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345.6, "123456789012345.6"),
            (1234567890123456.0, "1234567890123456.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
        ] {
            check(f, e);
        }
    }

    #[test]
    fn str_repr_picks_quotes_like_python() {
        for (s, e) in [
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("both'\"", "'both\\'\"'"),
            ("a\\b", "'a\\\\b'"),
            ("tab\tnl\n", "'tab\\tnl\\n'"),
            ("\u{1}", "'\\x01'"),
            ("ü✓", "'ü✓'"),
            ("\u{a0}", "'\\xa0'"),
        ] {
            assert_eq!(str_repr(s), e);
        }
    }
}
