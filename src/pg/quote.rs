//! SQL quoting for the statements azconn builds: identifiers (`"…"`, `"` doubled) and literals
//! (`'…'`, `'` doubled, `E'…'` only when a backslash makes it necessary).
//!
//! Quoting never truncates or rewrites a name. PostgreSQL silently truncates identifiers to
//! `NAMEDATALEN - 1` = 63 bytes, so a longer role name could address *another* role that shares
//! its first 63 bytes; such names are rejected here, as are NUL bytes (the protocol cannot carry
//! them) and empty identifiers (PostgreSQL rejects `""`). This module does no I/O.

use std::fmt;

/// PostgreSQL's identifier limit in bytes (`NAMEDATALEN - 1` in a default build).
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// What a quoted name stands for; used only to word errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A role (`aad_<connection>`).
    Role,
    /// A database (`--database`).
    Database,
    /// A schema, table or sequence read from the catalog.
    Object,
}

impl fmt::Display for NameKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameKind::Role => "role",
            NameKind::Database => "database",
            NameKind::Object => "object",
        })
    }
}

/// Why a name or value cannot be put into SQL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuoteError {
    /// Longer than PostgreSQL's identifier limit.
    #[error(
        "The {kind} name `{name}` is {bytes} bytes long; PostgreSQL truncates names to {MAX_IDENTIFIER_BYTES} bytes, \
         which could address a different {kind}. Use a shorter name{hint}."
    )]
    TooLong {
        kind: NameKind,
        name: String,
        bytes: usize,
        hint: &'static str,
    },
    /// Contains a NUL byte, which PostgreSQL cannot store.
    #[error("The {kind} name `{}` contains a NUL character, which PostgreSQL does not allow.", .name.escape_default())]
    NulInIdentifier { kind: NameKind, name: String },
    /// Empty, which PostgreSQL rejects as an identifier.
    #[error("The {kind} name is empty.")]
    Empty { kind: NameKind },
    /// A literal value with a NUL byte (the value itself is not repeated: it may be sensitive).
    #[error("The value for {what} contains a NUL character, which PostgreSQL does not allow.")]
    NulInLiteral { what: &'static str },
}

/// Quotes `name` as a PostgreSQL identifier: `"` + name with `"` doubled + `"`.
///
/// Rejects empty names, NUL bytes and names over [`MAX_IDENTIFIER_BYTES`] bytes.
pub fn quote_ident(name: &str, kind: NameKind) -> Result<String, QuoteError> {
    check_ident(name, kind)?;
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    Ok(out)
}

/// Checks that `name` can be used as an identifier without PostgreSQL changing it.
pub fn check_ident(name: &str, kind: NameKind) -> Result<(), QuoteError> {
    if name.is_empty() {
        return Err(QuoteError::Empty { kind });
    }
    if name.contains('\0') {
        return Err(QuoteError::NulInIdentifier {
            kind,
            name: name.to_owned(),
        });
    }
    if name.len() > MAX_IDENTIFIER_BYTES {
        let hint = match kind {
            NameKind::Role => " (the role is `aad_` + `--connection`; shorten `--connection`)",
            NameKind::Database | NameKind::Object => "",
        };
        return Err(QuoteError::TooLong {
            kind,
            name: name.to_owned(),
            bytes: name.len(),
            hint,
        });
    }
    Ok(())
}

/// Quotes `value` as a string literal that means the same whatever `standard_conforming_strings`
/// is set to: `'…'` with `'` doubled, or `E'…'` with `\` doubled as well when the value has a
/// backslash (the same rule as libpq's `PQescapeLiteral`). `what` names the value in errors; the
/// value itself is never echoed.
pub fn quote_literal(value: &str, what: &'static str) -> Result<String, QuoteError> {
    if value.contains('\0') {
        return Err(QuoteError::NulInLiteral { what });
    }
    let escape = value.contains('\\');
    let mut out = String::with_capacity(value.len() + 3);
    if escape {
        out.push('E');
    }
    out.push('\'');
    for c in value.chars() {
        if c == '\'' || (escape && c == '\\') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Test oracle: undoes `quote_ident`, or `None` when `quoted` is not one well-formed identifier.
    fn unquote_ident(quoted: &str) -> Option<String> {
        let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '"' {
                // A lone quote would end the identifier early: that is an injection shape.
                if chars.next() != Some('"') {
                    return None;
                }
            }
            out.push(c);
        }
        Some(out)
    }

    /// Test oracle: undoes `quote_literal` (both the plain and the E'' form).
    fn unquote_literal(quoted: &str) -> Option<String> {
        let (escape, rest) = match quoted.strip_prefix('E') {
            Some(rest) => (true, rest),
            None => (false, quoted),
        };
        let inner = rest.strip_prefix('\'')?.strip_suffix('\'')?;
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\'' || (escape && c == '\\') {
                if chars.next() != Some(c) {
                    return None;
                }
            } else if !escape && c == '\\' {
                // A plain literal must never carry a backslash: with standard_conforming_strings
                // off it would start an escape.
                return None;
            }
            out.push(c);
        }
        Some(out)
    }

    fn check_ident_case(name: &str, expect: Result<&str, &str>) {
        let got = quote_ident(name, NameKind::Role);
        match (got, expect) {
            (Ok(q), Ok(e)) => assert_eq!(q, e, "quote_ident({name:?})"),
            (Err(err), Err(e)) => {
                assert!(err.to_string().contains(e), "quote_ident({name:?}): {err}");
            }
            (got, expect) => panic!("quote_ident({name:?}) = {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn identifiers() {
        let long = "a".repeat(64);
        let max = "b".repeat(63);
        let max_quoted = format!("\"{max}\"");
        // 21 three-byte characters = 63 bytes: fits; one more does not.
        let cjk_max = "表".repeat(21);
        let cjk_max_quoted = format!("\"{cjk_max}\"");
        let cjk_long = "表".repeat(22);
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("aad_conn1", Ok("\"aad_conn1\"")),
            ("Mixed.Case_1", Ok("\"Mixed.Case_1\"")),
            ("a\"b", Ok("\"a\"\"b\"")),
            ("\"", Ok("\"\"\"\"")),
            ("back\\slash", Ok("\"back\\slash\"")),
            ("it's", Ok("\"it's\"")),
            (
                "x\"; DROP ROLE admin; --",
                Ok("\"x\"\"; DROP ROLE admin; --\""),
            ),
            ("ünï", Ok("\"ünï\"")),
            (&max, Ok(&max_quoted)),
            (&cjk_max, Ok(&cjk_max_quoted)),
            (
                &long,
                Err("is 64 bytes long; PostgreSQL truncates names to 63 bytes"),
            ),
            (&cjk_long, Err("is 66 bytes long")),
            ("", Err("The role name is empty.")),
            ("a\0b", Err("contains a NUL character")),
        ];
        for (name, expect) in cases {
            check_ident_case(name, *expect);
        }
    }

    #[test]
    fn too_long_role_names_the_connection_option() {
        let err = quote_ident(&format!("aad_{}", "c".repeat(60)), NameKind::Role).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "The role name `aad_{}` is 64 bytes long; PostgreSQL truncates names to 63 bytes, which could \
                 address a different role. Use a shorter name (the role is `aad_` + `--connection`; shorten \
                 `--connection`).",
                "c".repeat(60)
            )
        );
    }

    fn check_literal(value: &str, expect: Result<&str, &str>) {
        let got = quote_literal(value, "the object id");
        match (got, expect) {
            (Ok(q), Ok(e)) => assert_eq!(q, e, "quote_literal({value:?})"),
            (Err(err), Err(e)) => {
                assert_eq!(err.to_string(), e, "quote_literal({value:?})");
            }
            (got, expect) => panic!("quote_literal({value:?}) = {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn literals() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            (
                "5f2e8a41-0000-4000-8000-000000000001",
                Ok("'5f2e8a41-0000-4000-8000-000000000001'"),
            ),
            ("", Ok("''")),
            ("it's", Ok("'it''s'")),
            ("'", Ok("''''")),
            ("a\\b", Ok("E'a\\\\b'")),
            ("\\'", Ok("E'\\\\'''")),
            (
                "x'); DROP ROLE admin; --",
                Ok("'x''); DROP ROLE admin; --'"),
            ),
            ("ünï \"q\"", Ok("'ünï \"q\"'")),
            (
                "a\0b",
                Err(
                    "The value for the object id contains a NUL character, which PostgreSQL does not allow.",
                ),
            ),
        ];
        for (value, expect) in cases {
            check_literal(value, *expect);
        }
    }

    #[test]
    fn literal_error_does_not_echo_the_value() {
        let err = quote_literal("secret\0value", "the password").unwrap_err();
        assert!(!err.to_string().contains("secret"));
        assert!(!format!("{err:?}").contains("secret"));
    }

    fn config() -> ProptestConfig {
        // Bounded smoke mode: 256 cases unless PROPTEST_CASES says otherwise.
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256);
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn ident_round_trips_or_is_rejected(name in any::<String>()) {
            match quote_ident(&name, NameKind::Role) {
                Ok(q) => {
                    prop_assert!(!name.is_empty() && name.len() <= MAX_IDENTIFIER_BYTES && !name.contains('\0'));
                    prop_assert_eq!(unquote_ident(&q), Some(name));
                }
                Err(_) => prop_assert!(name.is_empty() || name.len() > MAX_IDENTIFIER_BYTES || name.contains('\0')),
            }
        }

        #[test]
        fn hostile_ident_round_trips(name in "[\"'\\\\; a-z\u{e9}\u{8868}-]{1,21}") {
            let q = quote_ident(&name, NameKind::Database).expect("at most 63 bytes");
            prop_assert_eq!(unquote_ident(&q), Some(name));
        }

        #[test]
        fn literal_round_trips_or_is_rejected(value in any::<String>()) {
            match quote_literal(&value, "the value") {
                Ok(q) => prop_assert_eq!(unquote_literal(&q), Some(value)),
                Err(_) => prop_assert!(value.contains('\0')),
            }
        }

        #[test]
        fn hostile_literal_round_trips(value in "[\"'\\\\; a-z\u{e9}]{0,40}") {
            let q = quote_literal(&value, "the value").expect("no NUL");
            prop_assert_eq!(unquote_literal(&q), Some(value));
        }
    }
}
