//! JMESPath built-in functions as Python jmespath 1.1.0 computes them, with its error texts and Python result
//! types (`ceil`/`floor` → int, `avg` → float, `sum` of ints → int, …); their signatures and argument checks are
//! in `signature.rs`.

use std::cmp::Ordering;

use super::QueryError;
use super::eval::{
    Operand, eval, eval_operand, expref_escaped, number_as_f64, number_cmp, python_eq, python_order,
};
use super::json::int_from_decimal;
use super::parser::Ast;
use super::signature::{
    Arg, EXPREF_STR, check_args, jmespath_type, runtime, type_error, unexpected,
};
use crate::output::json::{COMPACT, dumps};
use crate::output::python::{py_str, py_strip, type_name};
use crate::output::value::{Number, Object, Value};

/// Evaluates the arguments, checks them like Python jmespath, and calls the function.
pub(super) fn call(name: &str, arg_nodes: &[Ast], current: &Value) -> Result<Value, QueryError> {
    let mut args = Vec::with_capacity(arg_nodes.len());
    for node in arg_nodes {
        args.push(match eval_operand(node, current)? {
            Operand::Expref(inner) => Arg::Expref(inner),
            Operand::Value(v) => Arg::Val(v),
        });
    }
    check_args(name, &args)?;
    dispatch(name, args)
}

fn dispatch(name: &str, args: Vec<Arg<'_>>) -> Result<Value, QueryError> {
    if name == "not_null" {
        for arg in args {
            match arg {
                Arg::Val(Value::Null) => {}
                Arg::Val(v) => return Ok(v),
                Arg::Expref(_) => return Err(expref_escaped()),
            }
        }
        return Ok(Value::Null);
    }
    if name == "merge" {
        let mut merged = Object::new();
        for arg in args {
            merge_into(&mut merged, arg)?;
        }
        return Ok(Value::Object(merged));
    }
    // Arity and types are checked already: one or two arguments from here on.
    let mut it = args.into_iter();
    match (it.next(), it.next()) {
        (Some(Arg::Val(a)), None) => unary(name, a),
        (Some(Arg::Expref(_)), None) => match name {
            "type" => Ok(Value::Null),
            "to_string" => Ok(Value::String(dumps(&Value::String(EXPREF_STR.into()), COMPACT))),
            "to_number" => Err(unexpected(
                "TypeError",
                "int() argument must be a string, a bytes-like object or a real number, not '_Expression'"
                    .into(),
            )),
            _ => Err(expref_escaped()), // to_array
        },
        (Some(a), Some(b)) => binary(name, a, b),
        _ => Err(runtime(format!("Unknown function: {name}()"))),
    }
}

fn unary(name: &str, arg: Value) -> Result<Value, QueryError> {
    Ok(match (name, arg) {
        ("abs", Value::Number(n)) => Value::Number(match n {
            Number::Int(i) => Number::Int(i.abs()),
            Number::BigInt(s) => Number::BigInt(s.trim_start_matches('-').to_owned()),
            Number::Float(f) => Number::Float(f.abs()),
        }),
        ("ceil", Value::Number(n)) => Value::Number(round_to_int(n, f64::ceil)?),
        ("floor", Value::Number(n)) => Value::Number(round_to_int(n, f64::floor)?),
        ("sum", Value::Array(items)) => Value::Number(python_sum(&items)),
        ("avg", Value::Array(items)) => {
            if items.is_empty() {
                Value::Null
            } else {
                let total = number_as_f64(&python_sum(&items));
                Value::Number(Number::Float(total / items.len() as f64))
            }
        }
        ("keys", Value::Object(o)) => Value::Array(o.map.into_keys().map(Value::String).collect()),
        ("values", Value::Object(o)) => Value::Array(o.map.into_values().collect()),
        ("length", v) => {
            let n = match &v {
                Value::String(s) => s.chars().count(),
                Value::Array(a) => a.len(),
                Value::Object(o) => o.map.len(),
                _ => 0,
            };
            Value::Number(Number::Int(n as i128))
        }
        ("reverse", Value::String(s)) => Value::String(s.chars().rev().collect()),
        ("reverse", Value::Array(mut a)) => {
            a.reverse();
            Value::Array(a)
        }
        ("max", Value::Array(items)) => extreme(items, ">")?,
        ("min", Value::Array(items)) => extreme(items, "<")?,
        ("sort", Value::Array(mut items)) => {
            items.sort_by(value_cmp);
            Value::Array(items)
        }
        ("to_array", Value::Array(a)) => Value::Array(a),
        ("to_array", v) => Value::Array(vec![v]),
        ("to_string", Value::String(s)) => Value::String(s),
        ("to_string", v) => Value::String(dumps(&v, COMPACT)),
        ("to_number", Value::Number(n)) => Value::Number(n),
        ("to_number", Value::String(s)) => python_int(&s)
            .or_else(|| python_float(&s).map(Number::Float))
            .map_or(Value::Null, Value::Number),
        ("to_number", _) => Value::Null,
        ("type", v) => Value::String(jmespath_type(&v).into()),
        (other, _) => return Err(runtime(format!("Unknown function: {other}()"))),
    })
}

fn binary(name: &str, a: Arg<'_>, b: Arg<'_>) -> Result<Value, QueryError> {
    match (name, a, b) {
        ("contains", Arg::Val(Value::Array(items)), search) => Ok(Value::Bool(match search {
            Arg::Val(s) => items.iter().any(|v| python_eq(v, &s)),
            Arg::Expref(_) => false,
        })),
        ("contains", Arg::Val(Value::String(subject)), search) => match search {
            Arg::Val(Value::String(s)) => Ok(Value::Bool(subject.contains(s.as_str()))),
            other => {
                let tp = match other.type_name() {
                    "OrderedDict" => "collections.OrderedDict",
                    t => t,
                };
                Err(unexpected(
                    "TypeError",
                    format!("'in <string>' requires string as left operand, not {tp}"),
                ))
            }
        },
        ("starts_with", Arg::Val(Value::String(s)), Arg::Val(Value::String(p))) => {
            Ok(Value::Bool(s.starts_with(p.as_str())))
        }
        ("ends_with", Arg::Val(Value::String(s)), Arg::Val(Value::String(p))) => {
            Ok(Value::Bool(s.ends_with(p.as_str())))
        }
        ("join", Arg::Val(Value::String(sep)), Arg::Val(Value::Array(items))) => {
            let parts: Vec<&str> = items
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.as_str(),
                    _ => "",
                })
                .collect();
            Ok(Value::String(parts.join(&sep)))
        }
        ("map", Arg::Expref(expr), Arg::Val(Value::Array(items))) => {
            let out = items
                .iter()
                .map(|v| eval(expr, v))
                .collect::<Result<_, _>>()?;
            Ok(Value::Array(out))
        }
        ("sort_by", Arg::Val(Value::Array(items)), Arg::Expref(expr)) => sort_by(items, expr),
        ("max_by", Arg::Val(Value::Array(items)), Arg::Expref(expr)) => {
            extreme_by("max_by", items, expr, ">")
        }
        ("min_by", Arg::Val(Value::Array(items)), Arg::Expref(expr)) => {
            extreme_by("min_by", items, expr, "<")
        }
        (other, _, _) => Err(runtime(format!("Unknown function: {other}()"))),
    }
}

/// `math.ceil`/`math.floor`: ints unchanged, floats to an int (NaN and infinities fail as in Python).
#[allow(clippy::cast_possible_truncation)] // Only |r| < 1e38 is cast, which fits an i128.
fn round_to_int(n: Number, round: fn(f64) -> f64) -> Result<Number, QueryError> {
    let Number::Float(f) = n else {
        return Ok(n);
    };
    if f.is_nan() {
        return Err(unexpected(
            "ValueError",
            "cannot convert float NaN to integer".into(),
        ));
    }
    if f.is_infinite() {
        return Err(unexpected(
            "OverflowError",
            "cannot convert float infinity to integer".into(),
        ));
    }
    let r = round(f);
    if r.abs() < 1e38 {
        Ok(Number::Int(r as i128))
    } else {
        Ok(int_from_decimal(&format!("{r:.0}")))
    }
}

/// Python `sum(list)`: starts from int 0, stays int until a float joins.
fn python_sum(items: &[Value]) -> Number {
    let mut acc = Number::Int(0);
    for v in items {
        let Value::Number(n) = v else { continue };
        acc = match (&acc, n) {
            (Number::Int(a), Number::Int(b)) => a
                .checked_add(*b)
                .map_or(Number::Float(*a as f64 + *b as f64), Number::Int),
            (Number::Float(_), _) | (_, Number::Float(_)) => {
                Number::Float(number_as_f64(&acc) + number_as_f64(n))
            }
            _ => Number::Float(number_as_f64(&acc) + number_as_f64(n)),
        };
    }
    acc
}

/// Total order for `sort` over a homogeneous list of numbers or strings.
fn value_cmp(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => number_cmp(x, y).unwrap_or(Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// Python `max(list)` / `min(list)`: the first extreme element; `None` for an empty list.
fn extreme(items: Vec<Value>, op: &str) -> Result<Value, QueryError> {
    let mut best: Option<Value> = None;
    for item in items {
        best = Some(match best {
            None => item,
            Some(b) => {
                if beats(&item, &b, op)? {
                    item
                } else {
                    b
                }
            }
        });
    }
    Ok(best.unwrap_or(Value::Null))
}

/// `candidate > best` (op `>`) or `candidate < best` (op `<`) with Python's rules.
fn beats(candidate: &Value, best: &Value, op: &str) -> Result<bool, QueryError> {
    let ord = python_order(candidate, best, op)?;
    Ok(match op {
        ">" => ord == Some(Ordering::Greater),
        _ => ord == Some(Ordering::Less),
    })
}

/// The key of `element` under `expr` for `*_by` functions, checked against `allowed` types.
fn key_of(
    function: &str,
    expr: &Ast,
    element: &Value,
    allowed: &[&str],
) -> Result<Value, QueryError> {
    let key = eval(expr, element)?;
    let t = jmespath_type(&key);
    if !allowed.contains(&t) {
        return Err(type_error(function, &py_str(&key), t, allowed));
    }
    Ok(key)
}

fn sort_by(items: Vec<Value>, expr: &Ast) -> Result<Value, QueryError> {
    let Some(first) = items.first() else {
        return Ok(Value::Array(items));
    };
    let required = jmespath_type(&eval(expr, first)?);
    if required != "number" && required != "string" {
        return Err(type_error(
            "sort_by",
            &py_str(first),
            required,
            &["string", "number"],
        ));
    }
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let key = key_of("sort_by", expr, &item, &[required])?;
        keyed.push((key, item));
    }
    keyed.sort_by(|(a, _), (b, _)| value_cmp(a, b));
    Ok(Value::Array(keyed.into_iter().map(|(_, v)| v).collect()))
}

fn extreme_by(
    function: &str,
    items: Vec<Value>,
    expr: &Ast,
    op: &str,
) -> Result<Value, QueryError> {
    let allowed = ["number", "string"];
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let key = key_of(function, expr, &item, &allowed)?;
        best = Some(match best {
            None => (key, item),
            Some((bk, bv)) => {
                if beats(&key, &bk, op)? {
                    (key, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    Ok(best.map_or(Value::Null, |(_, v)| v))
}

/// `dict.update(arg)` for `merge`: objects merge in; a list is read as Python reads an iterable
/// of key/value pairs; anything else fails with Python's error.
fn merge_into(merged: &mut Object, arg: Arg<'_>) -> Result<(), QueryError> {
    let elements: Vec<Value> = match arg {
        Arg::Val(Value::Object(o)) => {
            for (k, v) in o.map {
                merged.map.insert(k, v);
            }
            return Ok(());
        }
        Arg::Val(Value::Array(a)) => a,
        Arg::Val(Value::String(s)) => s.chars().map(|c| Value::String(c.into())).collect(),
        other => {
            return Err(unexpected(
                "TypeError",
                format!("'{}' object is not iterable", other.type_name()),
            ));
        }
    };
    for (i, element) in elements.into_iter().enumerate() {
        let pair: Vec<Value> = match element {
            Value::Array(a) => a,
            Value::String(s) => s.chars().map(|c| Value::String(c.into())).collect(),
            Value::Object(o) => o.map.into_keys().map(Value::String).collect(),
            _ => {
                return Err(unexpected(
                    "TypeError",
                    format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                ));
            }
        };
        let [key, value]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
            unexpected(
                "ValueError",
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    p.len()
                ),
            )
        })?;
        let key = match key {
            Value::String(s) => s,
            Value::Array(_) | Value::Object(_) => {
                return Err(unexpected(
                    "TypeError",
                    format!("unhashable type: '{}'", type_name(&key)),
                ));
            }
            // Python keeps a non-string key; JSON output shows it as its JSON text.
            other => dumps(&other, COMPACT),
        };
        merged.map.insert(key, value);
    }
    Ok(())
}

/// Digits with single underscores between them (Python numeric literal digit groups).
fn digit_part(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.chars().all(|c| c.is_ascii_digit() || c == '_')
}

/// Python `int(str)` in base 10 (ASCII digits).
fn python_int(s: &str) -> Option<Number> {
    let t = py_strip(s);
    let (sign, digits) = match t.as_bytes().first() {
        Some(b'-') => ("-", &t[1..]),
        Some(b'+') => ("", &t[1..]),
        _ => ("", t),
    };
    digit_part(digits).then(|| int_from_decimal(&format!("{sign}{}", digits.replace('_', ""))))
}

/// Python `float(str)`.
fn python_float(s: &str) -> Option<f64> {
    let t = py_strip(s);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = if lower == "inf" || lower == "infinity" {
        f64::INFINITY
    } else if lower == "nan" {
        f64::NAN
    } else {
        let (mantissa, exponent) = match lower.split_once('e') {
            Some((m, e)) => (m, Some(e)),
            None => (lower.as_str(), None),
        };
        let mantissa_ok = match mantissa.split_once('.') {
            Some((i, f)) => {
                (i.is_empty() || digit_part(i))
                    && (f.is_empty() || digit_part(f))
                    && !(i.is_empty() && f.is_empty())
            }
            None => digit_part(mantissa),
        };
        let exponent_ok =
            exponent.is_none_or(|e| digit_part(e.strip_prefix(['+', '-']).unwrap_or(e)));
        if !mantissa_ok || !exponent_ok {
            return None;
        }
        lower.replace('_', "").parse().ok()?
    };
    Some(if neg { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::number::{float_repr, number_str};

    fn check(s: &str, expect: Option<&str>) {
        let got = python_int(s)
            .map(|n| number_str(&n))
            .or_else(|| python_float(s).map(float_repr));
        assert_eq!(got.as_deref(), expect, "to_number({s:?})");
    }

    #[test]
    fn to_number_parses_like_python() {
        for (s, e) in [
            ("42", Some("42")),
            (" -7\n", Some("-7")),
            ("1_000", Some("1000")),
            ("007", Some("7")),
            ("1.5", Some("1.5")),
            ("1.", Some("1.0")),
            (".5", Some("0.5")),
            ("1e3", Some("1000.0")),
            ("-1E-2", Some("-0.01")),
            ("Infinity", Some("inf")),
            ("-inf", Some("-inf")),
            ("nan", Some("nan")),
            ("1_0.2_5", Some("10.25")),
            ("1__0", None),
            ("_1", None),
            (".", None),
            ("1e", None),
            ("abc", None),
            ("", None),
            ("0x10", None),
        ] {
            check(s, e);
        }
    }
}
