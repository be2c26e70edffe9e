//! The JSON document model every command result and `--query` result is carried in.
//!
//! az's output depends on two facts serde_json's `Value` cannot carry: whether a number is an
//! int or a float (Python prints `2.0` and `2` differently), and whether a dict is "ordered"
//! (created by a JMESPath multiselect hash; docs/az-behaviour.md, "Output formats") or "plain" (everything else).
//! `tsv` and `table` treat the two kinds differently, so the flag travels with each object.

use indexmap::IndexMap;

/// A JSON value as az's Python formatters see it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// A JSON number, keeping Python's int/float distinction.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    /// An integer that fits in i128.
    Int(i128),
    /// An integer too large for i128, kept as its decimal digits (Python ints are unbounded).
    BigInt(String),
    /// A float (IEEE double), printed with Python's `repr` rules.
    Float(f64),
}

/// A JSON object in insertion order, with its ordered/plain kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object {
    /// Keys in insertion (document) order.
    pub map: IndexMap<String, Value>,
    /// `true` only for dicts made by a JMESPath multiselect hash (`{a: x}`).
    pub ordered: bool,
}

impl Object {
    /// An empty plain object.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Value {
    /// Converts from serde_json (plain objects, document order kept by `preserve_order`).
    pub fn from_json(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Number(Number::Int(i128::from(i)))
                } else if let Some(u) = n.as_u64() {
                    Value::Number(Number::Int(i128::from(u)))
                } else {
                    Value::Number(Number::Float(n.as_f64().unwrap_or(f64::NAN)))
                }
            }
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(a) => Value::Array(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::Object(Object {
                map: o
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
                ordered: false,
            }),
        }
    }
}

/// Why [`Value::parse`] rejected a document (Python's `json.loads` would raise `JSONDecodeError`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (char {position})")]
pub struct ParseError {
    /// What was wrong, in the words of Python's json module where it has words for it.
    pub message: String,
    /// Character offset where the problem was found.
    pub position: usize,
    /// The text nested deeper than the caller's limit (Python would raise `RecursionError`).
    pub too_deep: bool,
}

impl Value {
    /// Parses JSON text the way Python's `json.loads` does (what az does with a response body):
    /// document order kept, a duplicate key keeps its first position and its last value, ints of
    /// any size kept exact, floats as f64 (`1e400` → inf), `NaN`/`Infinity`/`-Infinity` accepted.
    /// A leading BOM is skipped (az reads input files as `utf-8-sig`).
    ///
    /// One deliberate difference: a lone UTF-16 surrogate escape (`"\ud800"`) cannot live in a
    /// Rust string and becomes U+FFFD.
    pub fn parse(text: &str) -> Result<Value, ParseError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        loads(text, usize::MAX)
    }
}

/// Python's `json.loads(text)` itself (no BOM skipping), the one JSON reader behind
/// [`Value::parse`] and JMESPath literals: arrays and objects nested more than `max_depth` deep
/// fail with [`ParseError::too_deep`] set.
pub(crate) fn loads(text: &str, max_depth: usize) -> Result<Value, ParseError> {
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
        depth: 0,
        max_depth,
    };
    p.skip_ws();
    let v = p.value()?;
    p.skip_ws();
    if p.pos != p.chars.len() {
        return Err(p.error("Extra data"));
    }
    Ok(v)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    /// Arrays and objects open at `pos`.
    depth: usize,
    max_depth: usize,
}

impl Parser {
    fn error(&self, message: &str) -> ParseError {
        ParseError {
            message: message.to_owned(),
            position: self.pos,
            too_deep: false,
        }
    }

    /// Opens an array or object: an error beyond the depth limit.
    fn nest(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(ParseError {
                too_deep: true,
                ..self.error("maximum recursion depth exceeded while decoding a JSON document")
            });
        }
        Ok(())
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn eat_word(&mut self, word: &str) -> bool {
        let n = word.chars().count();
        if self.pos + n <= self.chars.len()
            && self.chars[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(word.chars())
        {
            self.pos += n;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        match self.peek() {
            Some('"') => Ok(Value::String(self.string()?)),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('n') if self.eat_word("null") => Ok(Value::Null),
            Some('t') if self.eat_word("true") => Ok(Value::Bool(true)),
            Some('f') if self.eat_word("false") => Ok(Value::Bool(false)),
            Some('N') if self.eat_word("NaN") => Ok(Value::Number(Number::Float(f64::NAN))),
            Some('I') if self.eat_word("Infinity") => {
                Ok(Value::Number(Number::Float(f64::INFINITY)))
            }
            Some('-') if self.eat_word("-Infinity") => {
                Ok(Value::Number(Number::Float(f64::NEG_INFINITY)))
            }
            Some('-' | '0'..='9') => self.number(),
            _ => Err(self.error("Expecting value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some('0'..='9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Python's NUMBER_RE: `(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?`.
    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        match self.peek() {
            Some('0') => self.pos += 1,
            Some('1'..='9') => {
                self.digits();
            }
            _ => return Err(self.error("Expecting value")),
        }
        let int_end = self.pos;
        let mut is_float = false;
        if self.peek() == Some('.') && matches!(self.chars.get(self.pos + 1), Some('0'..='9')) {
            self.pos += 1;
            self.digits();
            is_float = true;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                self.pos = save;
            } else {
                is_float = true;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            // Rust's parser rounds correctly and overflows to ±inf like Python's float().
            let f: f64 = text.parse().map_err(|_| self.error("Expecting value"))?;
            return Ok(Value::Number(Number::Float(f)));
        }
        debug_assert_eq!(int_end, self.pos);
        Ok(Value::Number(match text.parse::<i128>() {
            Ok(i) => Number::Int(i),
            Err(_) => Number::BigInt(text),
        }))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.error("Invalid \\uXXXX escape"))?;
            v = v * 16 + d;
            self.pos += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("Unterminated string starting at"));
            };
            self.pos += 1;
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let Some(e) = self.peek() else {
                        return Err(self.error("Unterminated string starting at"));
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&hi)
                                && self.peek() == Some('\\')
                                && self.chars.get(self.pos + 1) == Some(&'u')
                            {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)
                                } else {
                                    self.pos = save;
                                    hi
                                }
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.error("Invalid \\escape"));
                        }
                    }
                }
                c if (c as u32) < 0x20 => {
                    self.pos -= 1;
                    return Err(self.error("Invalid control character at"));
                }
                c => out.push(c),
            }
        }
    }

    /// Enters an array or object at its opening bracket; true when it is empty (`close` follows at once).
    fn open(&mut self, close: char) -> Result<bool, ParseError> {
        self.nest()?;
        self.pos += 1;
        self.skip_ws();
        Ok(self.close(close))
    }

    /// After a member: `,` (another follows: false) or `close` (the array or object ends: true).
    fn member_end(&mut self, close: char) -> Result<bool, ParseError> {
        self.skip_ws();
        if self.peek() == Some(',') {
            self.pos += 1;
            return Ok(false);
        }
        if self.close(close) {
            return Ok(true);
        }
        Err(self.error("Expecting ',' delimiter"))
    }

    /// Leaves the array or object when `close` is next.
    fn close(&mut self, close: char) -> bool {
        let closes = self.peek() == Some(close);
        if closes {
            self.pos += 1;
            self.depth -= 1;
        }
        closes
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        let mut done = self.open(']')?;
        while !done {
            self.skip_ws();
            items.push(self.value()?);
            done = self.member_end(']')?;
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        let mut obj = Object::new();
        let mut done = self.open('}')?;
        while !done {
            self.skip_ws();
            if self.peek() != Some('"') {
                return Err(self.error("Expecting property name enclosed in double quotes"));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return Err(self.error("Expecting ':' delimiter"));
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value()?;
            // IndexMap keeps the first position and takes the new value, like a Python dict.
            obj.map.insert(key, v);
            done = self.member_end('}')?;
        }
        Ok(Value::Object(obj))
    }
}
