//! Python's formatting rules (Python 3.11), the one home of them: `str()`, `repr()` and
//! `type(x).__name__` of a value (tsv and table cells show `str()`, `--query` error messages quote
//! `repr()`; `True`/`False`, `None`, nested containers as Python literals such as `{'x': 1}`,
//! `['a', None]`, `OrderedDict([('a', 1)])` for multiselect-hash results), `str.isspace()` and
//! `str.strip()`, `str.splitlines()`, and `datetime.isoformat()`. Float `repr` is `number.rs`'s.

use super::number::number_str;
use super::value::{Number, Value};

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

/// Python's `repr(str)`: single quotes unless the text has `'` and no `"`; backslash escapes for
/// the quote, `\\`, `\t`, `\n`, `\r` and non-printable characters (`\xhh`, `\uhhhh`, `\Uhhhhhhhh`).
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
                out.push_str(&format!("\\x{:02x}", c as u32));
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
/// other than space, format characters (Cf), private use and non-characters. Other unassigned
/// code points (which Python also treats as unprintable) are not tracked here.
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

/// Python's type name of a value (`type(x).__name__`), as jmespath's type errors print it.
pub fn type_name(v: &Value) -> &'static str {
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

/// Python's `str.isspace()` for one character (includes `\x1c`–`\x1f`, unlike Rust's `is_whitespace`).
pub fn is_py_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\u{1c}'..='\u{20}' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// Python's `str.strip()` without arguments.
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Python's line boundaries for `str.splitlines`.
pub fn is_line_boundary(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Python's `s.splitlines(keepends=True)`.
pub fn split_lines_keep(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_boundary(c) {
            let mut end = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = iter.peek()
            {
                end = j + 1;
                iter.next();
            }
            lines.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// Python's `s.splitlines()` (without the line ends).
pub fn split_lines(s: &str) -> Vec<&str> {
    split_lines_keep(s)
        .into_iter()
        .map(|l| {
            let l = l
                .strip_suffix('\n')
                .map_or(l, |b| b.strip_suffix('\r').unwrap_or(b));
            match l.chars().last() {
                Some(c) if is_line_boundary(c) => &l[..l.len() - c.len_utf8()],
                _ => l,
            }
        })
        .collect()
}

/// Python's `datetime.isoformat()` of what msrest parses from an ISO-8601 text: fractions cut to
/// microseconds (dropped when zero), `Z` → `+00:00`, no offset for a naive time. `None` if unparseable.
pub fn isoformat(text: &str) -> Option<String> {
    let t = text.trim().to_ascii_uppercase();
    let (date, rest) = t.split_once('T')?;
    let (y, mo, d) = {
        let mut it = date.split('-');
        let y: u32 = it.next()?.parse().ok()?;
        let mo: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        (y, mo, d)
    };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    // Split the time from its offset.
    let (time, offset) = if let Some(stripped) = rest.strip_suffix('Z') {
        (stripped, Some("+00:00".to_owned()))
    } else if let Some(pos) = rest.rfind(['+', '-']) {
        let off = &rest[pos..];
        let digits: String = off[1..].chars().filter(char::is_ascii_digit).collect();
        if digits.len() != 4 {
            return None;
        }
        let (hh, mm) = digits.split_at(2);
        let off = if hh == "00" && mm == "00" {
            "+00:00".to_owned()
        } else {
            format!("{}{hh}:{mm}", &off[..1])
        };
        (&rest[..pos], Some(off))
    } else {
        (rest, None)
    };
    let (hms, frac) = match time.split_once(['.', ',']) {
        Some((a, b)) => (a, Some(b)),
        None => (time, None),
    };
    let mut parts = hms.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let mi: u32 = parts.next()?.parse().ok()?;
    let s: u32 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    if h > 23 || mi > 59 || s > 59 || parts.next().is_some() {
        return None;
    }
    let mut out = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
    if let Some(frac) = frac {
        if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut micro: String = frac.chars().take(6).collect();
        while micro.len() < 6 {
            micro.push('0');
        }
        if micro != "000000" {
            out.push('.');
            out.push_str(&micro);
        }
    }
    if let Some(o) = offset {
        out.push_str(&o);
    }
    Some(out)
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

    #[test]
    fn format_and_noncharacters_are_escaped_like_python() {
        // Python 3.11 (Unicode 14): Cf characters and non-characters are not printable.
        for (s, e) in [
            ("\u{600}", "'\\u0600'"),
            ("\u{6dd}", "'\\u06dd'"),
            ("\u{200b}", "'\\u200b'"),
            ("\u{fdd0}", "'\\ufdd0'"),
            ("\u{fffe}", "'\\ufffe'"),
            ("\u{1fffe}", "'\\U0001fffe'"),
            ("\u{110bd}", "'\\U000110bd'"),
            ("\u{e000}", "'\\ue000'"),
        ] {
            assert_eq!(str_repr(s), e);
        }
    }

    #[test]
    fn ordered_objects_and_type_names() {
        let mut ordered = Value::parse(r#"{"a": 1, "b": "x"}"#).expect("test input is JSON");
        if let Value::Object(o) = &mut ordered {
            o.ordered = true;
        }
        assert_eq!(py_repr(&ordered), "OrderedDict([('a', 1), ('b', 'x')])");
        assert_eq!(type_name(&ordered), "OrderedDict");
        let mut empty = Value::parse("{}").expect("test input is JSON");
        if let Value::Object(o) = &mut empty {
            o.ordered = true;
        }
        assert_eq!(py_repr(&empty), "OrderedDict()");
        assert_eq!(py_str(&Value::String("it's".into())), "it's");
        assert_eq!(type_name(&Value::Number(Number::Float(1.0))), "float");
        assert_eq!(type_name(&Value::Null), "NoneType");
    }

    #[test]
    fn splitlines_like_python() {
        assert_eq!(
            split_lines_keep("a\r\nb\rc\u{2028}d\n"),
            vec!["a\r\n", "b\r", "c\u{2028}", "d\n"]
        );
        assert_eq!(split_lines("a\r\n\nb\u{b}"), vec!["a", "", "b"]);
        assert!(split_lines("").is_empty());
    }

    fn check_iso(input: &str, expect: Option<&str>) {
        assert_eq!(isoformat(input).as_deref(), expect, "{input}");
    }

    #[test]
    fn isoformat_like_python() {
        check_iso(
            "2024-05-01T10:20:30.1234567Z",
            Some("2024-05-01T10:20:30.123456+00:00"),
        );
        check_iso("2024-05-01T10:20:30Z", Some("2024-05-01T10:20:30+00:00"));
        check_iso(
            "2024-05-01T10:20:30.5Z",
            Some("2024-05-01T10:20:30.500000+00:00"),
        );
        check_iso(
            "2024-05-01T10:20:30.000Z",
            Some("2024-05-01T10:20:30+00:00"),
        );
        check_iso(
            "2024-05-01T10:20:30+02:00",
            Some("2024-05-01T10:20:30+02:00"),
        );
        check_iso(
            "2024-05-01T10:20:30-0530",
            Some("2024-05-01T10:20:30-05:30"),
        );
        check_iso("2024-05-01t10:20:30z", Some("2024-05-01T10:20:30+00:00"));
        check_iso("2024-05-01T10:20:30", Some("2024-05-01T10:20:30"));
        check_iso("yesterday", None);
        check_iso("2024-13-01T10:20:30Z", None);
    }
}
