//! Python's `json.loads` as JMESPath literals (`` `...` ``) and quoted identifiers use it: the one
//! JSON reader in `output::value` (object key order kept, duplicate keys: last value, first
//! position, ints of any size stay ints, `NaN`/`Infinity`/`-Infinity` accepted, control characters
//! in strings rejected) with this engine's nesting limit, and Python's int from decimal digits.

use crate::output::value::{self, Number, Value};

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
    value::loads(text, MAX_DEPTH).map_err(|e| {
        if e.too_deep {
            LoadError::TooDeep
        } else {
            LoadError::Invalid
        }
    })
}

/// How deep literals may nest before we refuse them (Python would hit its recursion limit).
const MAX_DEPTH: usize = 200;

/// A Python int from decimal digits (optional leading `-`), big ones kept as text.
pub(super) fn int_from_decimal(lexeme: &str) -> Number {
    if let Ok(i) = lexeme.parse::<i128>() {
        Number::Int(i)
    } else {
        let (neg, digits) = match lexeme.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, lexeme),
        };
        let digits = digits.trim_start_matches('0');
        let sign = if neg { "-" } else { "" };
        Number::BigInt(format!("{sign}{digits}"))
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

    #[test]
    fn nesting_limit_and_no_bom() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(loads(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(loads(&nested(MAX_DEPTH + 1)), Err(LoadError::TooDeep));
        let objects = format!(
            "{}1{}",
            r#"{"a":"#.repeat(MAX_DEPTH + 1),
            "}".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(loads(&objects), Err(LoadError::TooDeep));
        assert_eq!(loads(&format!("[{}", nested(3))), Err(LoadError::Invalid));
        // json.loads refuses a str starting with a BOM; only documents read from files skip it.
        assert_eq!(loads("\u{feff}1"), Err(LoadError::Invalid));
        assert!(Value::parse("\u{feff}1").is_ok());
    }
}
