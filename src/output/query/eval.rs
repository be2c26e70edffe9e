//! The tree interpreter: Python jmespath 1.1.0's `TreeInterpreter` semantics over our order-keeping
//! [`Value`], with `Options(dict_cls=OrderedDict)` as az passes it (only multi-select hashes make
//! ordered objects), Python equality and ordering rules, and its error cases.

use std::cmp::Ordering;

use super::QueryError;
use super::functions;
use super::parser::{Ast, Comparator};
use crate::output::python::type_name;
use crate::output::value::{Number, Object, Value};

/// Evaluates `ast` against `value`.
pub(super) fn eval(ast: &Ast, value: &Value) -> Result<Value, QueryError> {
    match ast {
        Ast::Identity | Ast::Current => Ok(value.clone()),
        Ast::Field(name) => Ok(match value {
            Value::Object(o) => o.map.get(name).cloned().unwrap_or(Value::Null),
            _ => Value::Null,
        }),
        Ast::Subexpression(children) | Ast::IndexExpression(children) => {
            let mut result = value.clone();
            for child in children {
                result = eval(child, &result)?;
            }
            Ok(result)
        }
        Ast::Pipe(..) | Ast::Or(..) | Ast::And(..) | Ast::Expref(_) => {
            match eval_operand(ast, value)? {
                Operand::Value(v) => Ok(v),
                Operand::Expref(_) => Err(expref_escaped()),
            }
        }
        Ast::Index(i) => Ok(match value {
            Value::Array(items) => python_index(items.len(), *i)
                .and_then(|k| items.get(k))
                .cloned()
                .unwrap_or(Value::Null),
            _ => Value::Null,
        }),
        Ast::Slice(start, stop, step) => match value {
            Value::Array(items) => Ok(Value::Array(slice(items, *start, *stop, *step)?)),
            _ => Ok(Value::Null),
        },
        Ast::Projection(left, right) => {
            let Value::Array(base) = eval(left, value)? else {
                return Ok(Value::Null);
            };
            project(base.iter(), right)
        }
        Ast::ValueProjection(left, right) => {
            let Value::Object(base) = eval(left, value)? else {
                return Ok(Value::Null);
            };
            project(base.map.values(), right)
        }
        Ast::FilterProjection(left, right, condition) => {
            let Value::Array(base) = eval(left, value)? else {
                return Ok(Value::Null);
            };
            let mut collected = Vec::new();
            for element in &base {
                if is_true(&eval(condition, element)?) {
                    let current = eval(right, element)?;
                    if current != Value::Null {
                        collected.push(current);
                    }
                }
            }
            Ok(Value::Array(collected))
        }
        Ast::Flatten(inner) => {
            let Value::Array(base) = eval(inner, value)? else {
                return Ok(Value::Null);
            };
            let mut merged = Vec::with_capacity(base.len());
            for element in base {
                match element {
                    Value::Array(inner) => merged.extend(inner),
                    other => merged.push(other),
                }
            }
            Ok(Value::Array(merged))
        }
        Ast::Comparator(cmp, left, right) => {
            match (eval_operand(left, value)?, eval_operand(right, value)?) {
                (Operand::Value(l), Operand::Value(r)) => compare(*cmp, &l, &r),
                // An `_Expression` object equals nothing else and is not orderable.
                _ => Ok(match cmp {
                    Comparator::Eq => Value::Bool(false),
                    Comparator::Ne => Value::Bool(true),
                    _ => Value::Null,
                }),
            }
        }
        Ast::Not(inner) => Ok(Value::Bool(match eval_operand(inner, value)? {
            // Python: `!0` is special-cased to false and any other number is truthy.
            Operand::Value(Value::Number(_)) | Operand::Expref(_) => false,
            Operand::Value(other) => is_false(&other),
        })),
        Ast::MultiSelectList(items) => {
            if *value == Value::Null {
                return Ok(Value::Null);
            }
            let collected = items
                .iter()
                .map(|item| eval(item, value))
                .collect::<Result<_, _>>()?;
            Ok(Value::Array(collected))
        }
        Ast::MultiSelectDict(pairs) => {
            if *value == Value::Null {
                return Ok(Value::Null);
            }
            let mut obj = Object {
                map: indexmap::IndexMap::default(),
                ordered: true,
            };
            for (key, node) in pairs {
                let v = eval(node, value)?;
                obj.map.insert(key.clone(), v);
            }
            Ok(Value::Object(obj))
        }
        Ast::Function(name, args) => functions::call(name, args, value),
        Ast::Literal(v) => Ok(v.clone()),
    }
}

/// A value, or Python's `_Expression` object made by `&expr`.
pub(super) enum Operand<'a> {
    Value(Value),
    Expref(&'a Ast),
}

/// Evaluates where Python may carry an `&expr` object on: function arguments, `!`, comparisons,
/// `&&`/`||` and pipes. Anywhere else an `&expr` stops evaluation (see [`expref_escaped`]).
pub(super) fn eval_operand<'a>(ast: &'a Ast, value: &Value) -> Result<Operand<'a>, QueryError> {
    match ast {
        Ast::Expref(inner) => Ok(Operand::Expref(inner)),
        Ast::Or(left, right) => {
            let matched = eval_operand(left, value)?;
            match &matched {
                Operand::Value(v) if is_false(v) => eval_operand(right, value),
                _ => Ok(matched),
            }
        }
        Ast::And(left, right) => {
            let matched = eval_operand(left, value)?;
            match &matched {
                Operand::Value(v) if is_false(v) => Ok(matched),
                _ => eval_operand(right, value),
            }
        }
        Ast::Pipe(left, right) => match eval_operand(left, value)? {
            Operand::Value(v) => eval_operand(right, &v),
            Operand::Expref(_) => Err(expref_escaped()),
        },
        other => eval(other, value).map(Operand::Value),
    }
}

/// An `&expr` used where Python would carry its `_Expression` object on into the result; the
/// output step would then fail to serialise it. We stop here with that error.
pub(super) fn expref_escaped() -> QueryError {
    QueryError::Unexpected {
        exception: "TypeError".into(),
        message: "Object of type _Expression is not JSON serializable".into(),
    }
}

fn project<'a>(base: impl Iterator<Item = &'a Value>, right: &Ast) -> Result<Value, QueryError> {
    let mut collected = Vec::new();
    for element in base {
        let current = eval(right, element)?;
        if current != Value::Null {
            collected.push(current);
        }
    }
    Ok(Value::Array(collected))
}

/// A Python list index (negative counts from the end) resolved to a position, if in range.
fn python_index(len: usize, i: i64) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let k = if i < 0 { i.checked_add(len)? } else { i };
    (0..len)
        .contains(&k)
        .then(|| usize::try_from(k).ok())
        .flatten()
}

/// Python's `list[start:stop:step]`.
fn slice(
    items: &[Value],
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Vec<Value>, QueryError> {
    let step = i128::from(step.unwrap_or(1));
    if step == 0 {
        return Err(QueryError::Unexpected {
            exception: "ValueError".into(),
            message: "slice step cannot be zero".into(),
        });
    }
    let len = items.len() as i128;
    let adjust = |bound: Option<i64>, default_neg: i128, default_pos: i128| -> i128 {
        match bound {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(b) => {
                let b = i128::from(b);
                if b < 0 {
                    let b = b + len;
                    if b < 0 {
                        if step < 0 { -1 } else { 0 }
                    } else {
                        b
                    }
                } else if b >= len {
                    if step < 0 { len - 1 } else { len }
                } else {
                    b
                }
            }
        }
    };
    let start = adjust(start, len - 1, 0);
    let stop = adjust(stop, -1, len);
    let mut out = Vec::new();
    let mut i = start;
    // Bounded: each step moves i towards stop, and both lie in [-1, len].
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        if let Some(v) = usize::try_from(i).ok().and_then(|k| items.get(k)) {
            out.push(v.clone());
        }
        i += step;
    }
    Ok(out)
}

/// JMESPath falsiness as Python jmespath tests it: `''`, `[]`, `{}`, null, false.
pub(super) fn is_false(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.map.is_empty(),
        _ => false,
    }
}

fn is_true(v: &Value) -> bool {
    !is_false(v)
}

/// Python `n == i` for a small int `i`.
#[allow(clippy::float_cmp)] // Python's `==` between int and float is exact comparison.
fn num_eq_i(n: &Number, i: i128) -> bool {
    match n {
        Number::Int(v) => *v == i,
        Number::BigInt(_) => false,
        Number::Float(f) => *f == i as f64,
    }
}

fn compare(cmp: Comparator, l: &Value, r: &Value) -> Result<Value, QueryError> {
    let ordering_op = match cmp {
        Comparator::Eq => return Ok(Value::Bool(jmespath_equals(l, r))),
        Comparator::Ne => return Ok(Value::Bool(!jmespath_equals(l, r))),
        Comparator::Lt => "<",
        Comparator::Lte => "<=",
        Comparator::Gt => ">",
        Comparator::Gte => ">=",
    };
    let comparable = |v: &Value| matches!(v, Value::Number(_) | Value::String(_));
    if !comparable(l) || !comparable(r) {
        return Ok(Value::Null);
    }
    let ord = python_order(l, r, ordering_op)?;
    Ok(Value::Bool(match (cmp, ord) {
        (_, None) => false, // NaN
        (Comparator::Lt, Some(o)) => o == Ordering::Less,
        (Comparator::Lte, Some(o)) => o != Ordering::Greater,
        (Comparator::Gt, Some(o)) => o == Ordering::Greater,
        (Comparator::Gte, Some(o)) => o != Ordering::Less,
        _ => false,
    }))
}

/// Python ordering of two numbers or two strings; a string against a number is Python's
/// `TypeError: '<' not supported between instances of 'str' and 'int'`.
pub(super) fn python_order(l: &Value, r: &Value, op: &str) -> Result<Option<Ordering>, QueryError> {
    match (l, r) {
        (Value::Number(a), Value::Number(b)) => Ok(number_cmp(a, b)),
        (Value::String(a), Value::String(b)) => Ok(Some(a.cmp(b))),
        _ => Err(QueryError::Unexpected {
            exception: "TypeError".into(),
            message: format!(
                "'{op}' not supported between instances of '{}' and '{}'",
                type_name(l),
                type_name(r)
            ),
        }),
    }
}

/// Numeric comparison with Python's int/float rules (`None` when a NaN is involved).
pub(super) fn number_cmp(a: &Number, b: &Number) -> Option<Ordering> {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => Some(x.cmp(y)),
        _ => number_as_f64(a).partial_cmp(&number_as_f64(b)),
    }
}

/// A number as a float (big ints approximately).
pub(super) fn number_as_f64(n: &Number) -> f64 {
    match n {
        Number::Int(i) => *i as f64,
        Number::BigInt(s) => s.parse().unwrap_or(f64::NAN),
        Number::Float(f) => *f,
    }
}

/// Python jmespath's `_equals`: Python `==`, except that 0/1 never equal a boolean at the top level.
fn jmespath_equals(x: &Value, y: &Value) -> bool {
    let in_01 = |v: &Value| matches!(v, Value::Number(n) if num_eq_i(n, 0) || num_eq_i(n, 1));
    let is_bool = |v: &Value| matches!(v, Value::Bool(_));
    let special = if in_01(x) {
        is_bool(y)
    } else if in_01(y) {
        is_bool(x)
    } else {
        false
    };
    !special && python_eq(x, y)
}

/// Python `==` between JSON-like values: bools are the ints 0/1, ints equal floats of the same
/// value, two OrderedDicts compare in order, any other pair of dicts ignores order.
pub(super) fn python_eq(a: &Value, b: &Value) -> bool {
    let as_num = |v: &Value| match v {
        Value::Bool(b) => Some(Number::Int(i128::from(*b))),
        Value::Number(n) => Some(n.clone()),
        _ => None,
    };
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| python_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            if x.map.len() != y.map.len() {
                return false;
            }
            if x.ordered && y.ordered {
                x.map
                    .iter()
                    .zip(&y.map)
                    .all(|((k1, v1), (k2, v2))| k1 == k2 && python_eq(v1, v2))
            } else {
                x.map
                    .iter()
                    .all(|(k, v)| y.map.get(k).is_some_and(|w| python_eq(v, w)))
            }
        }
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => match (&x, &y) {
                (Number::BigInt(p), Number::BigInt(q)) => p == q,
                _ => number_cmp(&x, &y) == Some(Ordering::Equal),
            },
            _ => false,
        },
    }
}
