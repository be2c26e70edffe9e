//! The signatures of the JMESPath built-in functions and their argument checks, with Python jmespath 1.1.0's
//! arity and type rules and error texts; also the error constructors the functions share.

use super::QueryError;
use super::parser::Ast;
use crate::output::python::{py_str, str_repr, type_name};
use crate::output::value::Value;

/// A resolved function argument: a value, or an `&expr` reference.
pub(super) enum Arg<'a> {
    Val(Value),
    Expref(&'a Ast),
}

/// Python's `str()` of an `_Expression` object (its address is not reproducible).
pub(super) const EXPREF_STR: &str = "<jmespath.visitor._Expression object at 0x7f0000000000>";

impl Arg<'_> {
    pub(super) fn type_name(&self) -> &'static str {
        match self {
            Arg::Val(v) => type_name(v),
            Arg::Expref(_) => "_Expression",
        }
    }

    pub(super) fn jmespath_type(&self) -> &'static str {
        match self {
            Arg::Val(v) => jmespath_type(v),
            Arg::Expref(_) => "expref",
        }
    }

    pub(super) fn py_str(&self) -> String {
        match self {
            Arg::Val(v) => py_str(v),
            Arg::Expref(_) => EXPREF_STR.into(),
        }
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

/// A function's signature: allowed jmespath types per parameter (empty = any); a variadic
/// function repeats its last parameter.
struct Signature {
    params: &'static [&'static [&'static str]],
    variadic: bool,
}

const fn sig(params: &'static [&'static [&'static str]]) -> Signature {
    Signature {
        params,
        variadic: false,
    }
}

fn signature(name: &str) -> Option<Signature> {
    Some(match name {
        "abs" | "ceil" | "floor" => sig(&[&["number"]]),
        "avg" | "sum" => sig(&[&["array-number"]]),
        "contains" => sig(&[&["array", "string"], &[]]),
        "ends_with" | "starts_with" => sig(&[&["string"], &["string"]]),
        "join" => sig(&[&["string"], &["array-string"]]),
        "keys" | "values" => sig(&[&["object"]]),
        "length" => sig(&[&["string", "array", "object"]]),
        "map" => sig(&[&["expref"], &["array"]]),
        "max" | "min" => sig(&[&["array-number", "array-string"]]),
        "max_by" | "min_by" | "sort_by" => sig(&[&["array"], &["expref"]]),
        "merge" => Signature {
            params: &[&["object"]],
            variadic: true,
        },
        "not_null" => Signature {
            params: &[&[]],
            variadic: true,
        },
        "reverse" => sig(&[&["array", "string"]]),
        "sort" => sig(&[&["array-string", "array-number"]]),
        "to_array" | "to_number" | "to_string" | "type" => sig(&[&[]]),
        _ => return None,
    })
}

/// Python type names a jmespath type name accepts (`REVERSE_TYPES_MAP`).
fn python_types(jmespath: &str) -> &'static [&'static str] {
    match jmespath {
        "boolean" => &["bool"],
        "array" => &["list"],
        "object" => &["dict", "OrderedDict"],
        "null" => &["NoneType"],
        "string" => &["str"],
        "number" => &["float", "int"],
        "expref" => &["_Expression"],
        _ => &[],
    }
}

pub(super) fn runtime(message: String) -> QueryError {
    QueryError::Runtime(message)
}

pub(super) fn unexpected(exception: &str, message: String) -> QueryError {
    QueryError::Unexpected {
        exception: exception.into(),
        message,
    }
}

/// `In function f(), invalid type for value: v, expected one of: [...], received: "t"`.
pub(super) fn type_error(
    function: &str,
    value: &str,
    received: &str,
    expected: &[&str],
) -> QueryError {
    let expected: Vec<String> = expected.iter().map(|t| str_repr(t)).collect();
    runtime(format!(
        "In function {function}(), invalid type for value: {value}, expected one of: [{}], received: \"{received}\"",
        expected.join(", ")
    ))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "argument" } else { "arguments" }
}

/// Checks the arguments of function `name` like Python jmespath: the function exists, the arity, each
/// argument's type (and an array's element types).
pub(super) fn check_args(name: &str, args: &[Arg<'_>]) -> Result<(), QueryError> {
    let sig = signature(name).ok_or_else(|| runtime(format!("Unknown function: {name}()")))?;
    let n = sig.params.len();
    if sig.variadic && args.len() < n {
        return Err(runtime(format!(
            "Expected at least {n} {} for function {name}(), received {}",
            plural(n),
            args.len()
        )));
    }
    if !sig.variadic && args.len() != n {
        return Err(runtime(format!(
            "Expected {n} {} for function {name}(), received {}",
            plural(n),
            args.len()
        )));
    }
    for (arg, types) in args.iter().zip(sig.params) {
        if !types.is_empty() {
            type_check(name, arg, types)?;
        }
    }
    Ok(())
}

fn type_check(function: &str, arg: &Arg<'_>, types: &[&str]) -> Result<(), QueryError> {
    let mut allowed: Vec<&str> = Vec::new();
    let mut subtypes: Vec<&[&str]> = Vec::new();
    for t in types {
        match t.split_once('-') {
            Some((outer, inner)) => {
                subtypes.push(python_types(inner));
                allowed.extend(python_types(outer));
            }
            None => allowed.extend(python_types(t)),
        }
    }
    if !allowed.contains(&arg.type_name()) {
        return Err(type_error(
            function,
            &arg.py_str(),
            arg.jmespath_type(),
            types,
        ));
    }
    let Arg::Val(Value::Array(items)) = arg else {
        return Ok(());
    };
    // Element errors print Python's own type name (`str`, `int`, …), as jmespath does.
    let element_error = |v: &Value| type_error(function, &py_str(v), type_name(v), types);
    match subtypes.as_slice() {
        [] => Ok(()),
        [only] => match items.iter().find(|v| !only.contains(&type_name(v))) {
            Some(bad) => Err(element_error(bad)),
            None => Ok(()),
        },
        many => {
            let Some(first) = items.first() else {
                return Ok(());
            };
            let Some(allowed) = many.iter().find(|s| s.contains(&type_name(first))) else {
                return Err(element_error(first));
            };
            match items.iter().find(|v| !allowed.contains(&type_name(v))) {
                Some(bad) => Err(element_error(bad)),
                None => Ok(()),
            }
        }
    }
}
