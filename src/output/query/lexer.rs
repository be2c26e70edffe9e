//! JMESPath tokens, split the way Python jmespath 1.1.0's lexer splits them (including its
//! deprecated `` `bare string` `` literal form and unbounded integer tokens).

use super::json;
use crate::output::python::is_py_space;
use crate::output::value::{Number, Value};

/// One token with its payload.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token {
    UnquotedIdentifier(String),
    QuotedIdentifier(String),
    /// An integer token (index or slice part), saturated to i64: lists are never that long.
    Number(i64),
    Literal(Value),
    Dot,
    Star,
    Rbracket,
    Comma,
    Colon,
    Current,
    Lparen,
    Rparen,
    Lbrace,
    Rbrace,
    Flatten,
    Filter,
    Lbracket,
    Pipe,
    Or,
    And,
    Expref,
    Lt,
    Lte,
    Gt,
    Gte,
    Eq,
    Ne,
    Not,
    Eof,
}

impl Token {
    /// Python's `Parser.BINDING_POWER`.
    pub(super) fn binding_power(&self) -> u8 {
        match self {
            Token::Pipe => 1,
            Token::Or => 2,
            Token::And => 3,
            Token::Eq | Token::Ne | Token::Gt | Token::Gte | Token::Lt | Token::Lte => 5,
            Token::Flatten => 9,
            Token::Star => 20,
            Token::Filter => 21,
            Token::Dot => 40,
            Token::Not => 45,
            Token::Lbrace => 50,
            Token::Lbracket => 55,
            Token::Lparen => 60,
            _ => 0,
        }
    }
}

/// Splits an expression into tokens ending with `Eof`; `None` on a lexical error.
pub(super) fn tokenize(expr: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = expr.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let simple = match c {
            '.' => Some(Token::Dot),
            '*' => Some(Token::Star),
            ']' => Some(Token::Rbracket),
            ',' => Some(Token::Comma),
            ':' => Some(Token::Colon),
            '@' => Some(Token::Current),
            '(' => Some(Token::Lparen),
            ')' => Some(Token::Rparen),
            '{' => Some(Token::Lbrace),
            '}' => Some(Token::Rbrace),
            _ => None,
        };
        if let Some(t) = simple {
            tokens.push(t);
            i += 1;
            continue;
        }
        match c {
            'a'..='z' | 'A'..='Z' | '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                tokens.push(Token::UnquotedIdentifier(chars[start..i].iter().collect()));
            }
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '[' => {
                i += 1;
                match chars.get(i) {
                    Some(']') => {
                        i += 1;
                        tokens.push(Token::Flatten);
                    }
                    Some('?') => {
                        i += 1;
                        tokens.push(Token::Filter);
                    }
                    _ => tokens.push(Token::Lbracket),
                }
            }
            '\'' => {
                let raw = consume_until(&chars, &mut i, '\'')?;
                tokens.push(Token::Literal(Value::String(raw.replace("\\'", "'"))));
            }
            '|' => tokens.push(match_or_else(&chars, &mut i, '|', Token::Or, Token::Pipe)),
            '&' => tokens.push(match_or_else(
                &chars,
                &mut i,
                '&',
                Token::And,
                Token::Expref,
            )),
            '`' => {
                let raw = consume_until(&chars, &mut i, '`')?.replace("\\`", "`");
                tokens.push(Token::Literal(literal(&raw)?));
            }
            '0'..='9' | '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let lexeme: String = chars[start..i].iter().collect();
                if lexeme == "-" {
                    return None;
                }
                tokens.push(Token::Number(saturate(&lexeme)));
            }
            '"' => {
                let raw = consume_until(&chars, &mut i, '"')?;
                match json::loads(&format!("\"{raw}\"")) {
                    Ok(Value::String(s)) => tokens.push(Token::QuotedIdentifier(s)),
                    _ => return None,
                }
            }
            '<' => tokens.push(match_or_else(&chars, &mut i, '=', Token::Lte, Token::Lt)),
            '>' => tokens.push(match_or_else(&chars, &mut i, '=', Token::Gte, Token::Gt)),
            '!' => tokens.push(match_or_else(&chars, &mut i, '=', Token::Ne, Token::Not)),
            '=' if chars.get(i + 1) == Some(&'=') => {
                i += 2;
                tokens.push(Token::Eq);
            }
            _ => return None,
        }
    }
    tokens.push(Token::Eof);
    Some(tokens)
}

/// A `` `...` `` literal: JSON, or (deprecated, still accepted by Python) a bare string.
fn literal(raw: &str) -> Option<Value> {
    match json::loads(raw) {
        Ok(v) => Some(v),
        Err(json::LoadError::TooDeep) => None,
        Err(json::LoadError::Invalid) => {
            let trimmed = raw.trim_start_matches(is_py_space);
            json::loads(&format!("\"{trimmed}\"")).ok()
        }
    }
}

/// Reads up to an unescaped `delim` (a backslash keeps itself and the next character), leaving
/// `i` after the closing delimiter.
fn consume_until(chars: &[char], i: &mut usize, delim: char) -> Option<String> {
    let mut buf = String::new();
    *i += 1;
    loop {
        let c = *chars.get(*i)?;
        if c == delim {
            *i += 1;
            return Some(buf);
        }
        if c == '\\' {
            buf.push('\\');
            *i += 1;
            buf.push(*chars.get(*i)?);
        } else {
            buf.push(c);
        }
        *i += 1;
    }
}

fn match_or_else(chars: &[char], i: &mut usize, next: char, yes: Token, no: Token) -> Token {
    if chars.get(*i + 1) == Some(&next) {
        *i += 2;
        yes
    } else {
        *i += 1;
        no
    }
}

/// A Python int token clamped to i64 (indexing and slicing behave the same beyond that).
fn saturate(lexeme: &str) -> i64 {
    match json::int_from_decimal(lexeme) {
        Number::Int(v) => i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX }),
        _ if lexeme.starts_with('-') => i64::MIN,
        _ => i64::MAX,
    }
}
