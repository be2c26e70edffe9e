//! The JSON document model every command result and `--query` result is carried in.
//!
//! az's output depends on two facts serde_json's `Value` cannot carry: whether a number is an
//! int or a float (Python prints `2.0` and `2` differently), and whether a dict is "ordered"
//! (created by a JMESPath multiselect hash, §3 of az-output.md) or "plain" (everything else).
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
