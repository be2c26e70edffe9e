//! A JSON reader with Python `json.loads` semantics, for JMESPath literals (`` `...` ``) and quoted
//! identifiers: object key order kept (duplicate keys: last value, first position), ints of any
//! size stay ints, `NaN`/`Infinity`/`-Infinity` accepted, control characters in strings rejected.

use crate::output::value::{Number, Object, Value};

/// Why a text was refused.
#[derive(Debug, PartialEq)]
pub(super) enum LoadError {
    /// Not JSON: Python raises `ValueError` (a JMESPath literal then falls back to a string).
    Invalid,
    /// Nested deeper than we follow (Python would raise `RecursionError`).
    TooDeep,
}

/// Parses a whole JSON text (surrounding JSON whitespace allowed) like Python's `json.loads`.
pub(super) fn loads(text: &str) -> Result<Value, LoadError> {
    let mut r = Reader {
        s: text.as_bytes(),
        text,
        pos: 0,
        depth: 0,
    };
    r.ws();
    let v = r.value();
    r.ws();
    match v {
        Some(v) if r.pos == r.s.len() => Ok(v),
        _ if r.depth > MAX_DEPTH => Err(LoadError::TooDeep),
        _ => Err(LoadError::Invalid),
    }
}

/// How deep literals may nest before we refuse them (Python would hit its recursion limit).
const MAX_DEPTH: usize = 200;

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.pos..].starts_with(lit.as_bytes()) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Value> {
        match self.peek()? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.string().map(Value::String),
            b'n' if self.eat("null") => Some(Value::Null),
            b't' if self.eat("true") => Some(Value::Bool(true)),
            b'f' if self.eat("false") => Some(Value::Bool(false)),
            b'N' if self.eat("NaN") => Some(Value::Number(Number::Float(f64::NAN))),
            b'I' if self.eat("Infinity") => Some(Value::Number(Number::Float(f64::INFINITY))),
            b'-' if self.eat("-Infinity") => Some(Value::Number(Number::Float(f64::NEG_INFINITY))),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn nest(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn object(&mut self) -> Option<Value> {
        self.nest()?;
        self.pos += 1;
        let mut obj = Object::new();
        self.ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            self.depth -= 1;
            return Some(Value::Object(obj));
        }
        loop {
            self.ws();
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.ws();
            if self.peek()? != b':' {
                return None;
            }
            self.pos += 1;
            self.ws();
            let v = self.value()?;
            obj.map.insert(key, v);
            self.ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Some(Value::Object(obj));
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self) -> Option<Value> {
        self.nest()?;
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek()? == b']' {
            self.pos += 1;
            self.depth -= 1;
            return Some(Value::Array(items));
        }
        loop {
            self.ws();
            items.push(self.value()?);
            self.ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Some(Value::Array(items));
                }
                _ => return None,
            }
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') && matches!(self.s.get(self.pos + 1), Some(b'0'..=b'9')) {
            is_float = true;
            self.pos += 1;
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                is_float = true;
                self.digits();
            } else {
                // Python's scanner stops before a bare `e`; the leftover makes loads() fail.
                self.pos = save;
            }
        }
        let lexeme = &self.text[start..self.pos];
        Some(Value::Number(if is_float {
            Number::Float(lexeme.parse().ok()?)
        } else {
            int_from_decimal(lexeme)
        }))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn string(&mut self) -> Option<String> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let esc = self.peek()?;
                    self.pos += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return None,
                    }
                }
                _ => return None, // control character: strict mode rejects it
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.text.get(self.pos..self.pos + 4)?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(h, 16).ok()
    }

    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.s[self.pos..].starts_with(b"\\u") {
            let save = self.pos;
            self.pos += 2;
            if let Some(second) = self.hex4()
                && (0xDC00..0xE000).contains(&second)
            {
                let cp = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return char::from_u32(cp);
            }
            self.pos = save;
        }
        // Python keeps lone surrogates in its str; Rust strings cannot, so they become U+FFFD.
        Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }
}

/// A Python int from decimal digits (optional leading `-`), big ones kept as text.
pub(super) fn int_from_decimal(lexeme: &str) -> Number {
    match lexeme.parse::<i128>() {
        Ok(i) => Number::Int(i),
        Err(_) => {
            let (neg, digits) = match lexeme.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, lexeme),
            };
            let digits = digits.trim_start_matches('0');
            let sign = if neg { "-" } else { "" };
            Number::BigInt(format!("{sign}{digits}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Option<&str>) {
        let got = loads(text).ok().map(|v| crate::output::python::py_repr(&v));
        assert_eq!(got.as_deref(), expect, "loads({text:?})");
    }

    #[test]
    fn loads_follows_python() {
        for (text, expect) in [
            (r#"{"b": 1, "a": 2.0, "b": 3}"#, Some("{'b': 3, 'a': 2.0}")),
            ("  [1, -0, 1e2, 1E-2]\n", Some("[1, 0, 100.0, 0.01]")),
            (
                "123456789012345678901234567890123456789012",
                Some("123456789012345678901234567890123456789012"),
            ),
            ("NaN", Some("nan")),
            ("-Infinity", Some("-inf")),
            (r#""\u00e9\ud83d\ude00""#, Some("'é😀'")),
            ("\"a\tb\"", None),
            ("01", None),
            ("1.", None),
            ("[1,]", None),
            ("foo", None),
            ("", None),
            ("1 2", None),
        ] {
            check(text, expect);
        }
    }
}
