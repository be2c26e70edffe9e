//! Unit tests of the query engine, table-driven through one `check()`: results are compared as
//! Python `repr()` text, which shows key order, dict vs OrderedDict, and int vs float at once.

use super::{Query, QueryError};
use crate::output::python::py_repr;
use crate::output::value::Value;

/// Runs `expr` on the JSON `doc`; `expect` is the Python repr of the result, or `syntax`,
/// `runtime: <message>`, `unexpected: <Exception>: <message>`.
fn check(expr: &str, doc: &str, expect: &str) {
    let doc: serde_json::Value = serde_json::from_str(doc).expect("test document is JSON");
    let got = match Query::compile(expr).and_then(|q| q.search(&Value::from_json(&doc))) {
        Ok(v) => py_repr(&v),
        Err(QueryError::Syntax(_)) => "syntax".to_owned(),
        Err(QueryError::Runtime(m)) => format!("runtime: {m}"),
        Err(QueryError::Unexpected { exception, message }) => {
            format!("unexpected: {exception}: {message}")
        }
    };
    assert_eq!(got, expect, "expression {expr:?} on {doc}");
}

fn check_all(doc: &str, cases: &[(&str, &str)]) {
    for (expr, expect) in cases {
        check(expr, doc, expect);
    }
}

const CONN: &str = r#"{"name": "postgres_conn", "id": "/x", "authInfo": {"authType": "userAccount", "roles": []},
  "n": [3, 1.5, 2], "s": ["b", "a", "c"], "z": {"b": 1, "a": 2}, "e": [], "t": true}"#;

#[test]
fn selection_and_order() {
    check_all(
        CONN,
        &[
            ("name", "'postgres_conn'"),
            ("authInfo.authType", "'userAccount'"),
            (
                "{n: name, a: authInfo.authType}",
                "OrderedDict([('n', 'postgres_conn'), ('a', 'userAccount')])",
            ),
            (
                "{b: t, a: t, b: name}",
                "OrderedDict([('b', 'postgres_conn'), ('a', True)])",
            ),
            ("z", "{'b': 1, 'a': 2}"),
            ("keys(z)", "['b', 'a']"),
            ("values(z)", "[1, 2]"),
            ("z.*", "[1, 2]"),
            ("missing", "None"),
            ("n[-1]", "2"),
            ("n[5]", "None"),
            ("n[::-1]", "[2, 1.5, 3]"),
            ("n[-2:]", "[1.5, 2]"),
            ("s | [0]", "'b'"),
            ("[name, t]", "['postgres_conn', True]"),
            ("@.z.a", "2"),
            (
                "merge(z, `{\"c\": 3, \"b\": 9}`)",
                "{'b': 9, 'a': 2, 'c': 3}",
            ),
            ("`{\"y\": 1, \"x\": 2}`", "{'y': 1, 'x': 2}"),
            ("'raw\\'s'", "\"raw's\""),
            ("`bare words`", "'bare words'"),
        ],
    );
}

#[test]
fn numbers_typed_like_python() {
    check_all(
        CONN,
        &[
            ("abs(`-2`)", "2"),
            ("abs(`-2.5`)", "2.5"),
            ("ceil(`1.2`)", "2"),
            ("floor(`-1.2`)", "-2"),
            ("sum(n)", "6.5"),
            ("sum(`[1, 2]`)", "3"),
            ("sum(e)", "0"),
            ("avg(`[1, 2]`)", "1.5"),
            ("avg(`[2, 2]`)", "2.0"),
            ("avg(e)", "None"),
            ("max(n)", "3"),
            ("min(n)", "1.5"),
            ("max(s)", "'c'"),
            ("sort(n)", "[1.5, 2, 3]"),
            ("to_number('12')", "12"),
            ("to_number('1e2')", "100.0"),
            ("to_number('x')", "None"),
            ("length(name)", "13"),
        ],
    );
}

#[test]
fn comparisons_follow_python() {
    check_all(
        CONN,
        &[
            ("`1` == `1.0`", "True"),
            ("`true` == `1`", "False"),
            ("`[true]` == `[1]`", "True"),
            ("'b' > 'a'", "True"),
            ("'a' <= 'a'", "True"),
            ("`1` < `true`", "None"),
            ("s[?@ > 'a']", "['b', 'c']"),
            ("!`0`", "False"),
            ("!e", "True"),
            ("`0` || 'x'", "0"),
            ("e || 'x'", "'x'"),
            ("contains(`[1]`, `true`)", "True"),
            (
                "'a' < `1`",
                "unexpected: TypeError: '<' not supported between instances of 'str' and 'int'",
            ),
            ("{a: `1`} == {a: `1`}", "True"),
            ("{a: `1`, b: `2`} == {b: `2`, a: `1`}", "False"),
            ("`{\"a\": 1, \"b\": 2}` == {b: `2`, a: `1`}", "True"),
        ],
    );
}

#[test]
fn functions_and_errors() {
    check_all(
        CONN,
        &[
            (
                "to_string(`{\"k\": \"é\", \"f\": 1.0}`)",
                "'{\"k\":\"\\\\u00e9\",\"f\":1.0}'",
            ),
            ("join(', ', s)", "'b, a, c'"),
            ("reverse(name)", "'nnoc_sergtsop'"),
            ("starts_with(name, 'post')", "True"),
            ("not_null(missing, e, name)", "[]"),
            ("type(z)", "'object'"),
            ("to_array(t)", "[True]"),
            ("map(&to_string(@), n)", "['3', '1.5', '2']"),
            (
                "sort_by(`[{\"k\": 2}, {\"k\": 1}]`, &k)",
                "[{'k': 1}, {'k': 2}]",
            ),
            ("max_by(`[{\"k\": 2}, {\"k\": 3}]`, &k).k", "3"),
            ("foo()", "runtime: Unknown function: foo()"),
            (
                "length(name, name)",
                "runtime: Expected 1 argument for function length(), received 2",
            ),
            (
                "not_null()",
                "runtime: Expected at least 1 argument for function not_null(), received 0",
            ),
            (
                "abs(name)",
                "runtime: In function abs(), invalid type for value: postgres_conn, expected one of: ['number'], received: \"string\"",
            ),
            (
                "sum(s)",
                "runtime: In function sum(), invalid type for value: b, expected one of: ['array-number'], received: \"str\"",
            ),
            (
                "length(t)",
                "runtime: In function length(), invalid type for value: True, expected one of: ['string', 'array', 'object'], received: \"boolean\"",
            ),
            (
                "keys([{a: t}])",
                "runtime: In function keys(), invalid type for value: [OrderedDict([('a', True)])], expected one of: ['object'], received: \"array\"",
            ),
            (
                "n[::0]",
                "unexpected: ValueError: slice step cannot be zero",
            ),
        ],
    );
}

#[test]
fn syntax_matches_python_parser() {
    check_all(
        CONN,
        &[
            ("", "syntax"),
            ("[?", "syntax"),
            ("[?name=='x'", "syntax"),
            ("it's", "syntax"),
            ("a.[0]", "syntax"),
            ("\"f\"(@)", "syntax"),
            ("foo[a]", "syntax"),
            ("[1:2:3:4]", "syntax"),
            ("a = b", "syntax"),
            (
                "{a: t b: name}",
                "OrderedDict([('a', True), ('b', 'postgres_conn')])",
            ),
            (
                "length(name name)",
                "runtime: Expected 1 argument for function length(), received 2",
            ),
            ("n[-0]", "3"),
            ("n[:1 2]", "[3, 1.5]"),
            ("to_array(t,)", "[True]"),
        ],
    );
}

#[test]
fn az_messages_and_exit_codes() {
    let syntax = Query::compile("[?name=='x'").expect_err("syntax error");
    assert_eq!(
        syntax.az_message(),
        "ERROR: argument --query: invalid jmespath_type value: \"[?name=='x'\"\n\
         To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n"
    );
    assert_eq!(syntax.exit_code(), 2);
    let runtime = Query::compile("foo()")
        .and_then(|q| q.search(&Value::Null))
        .expect_err("runtime error");
    assert_eq!(
        runtime.az_message(),
        "ERROR: Invalid jmespath query supplied for `--query`: Unknown function: foo()\n\
         To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n"
    );
    assert_eq!(runtime.exit_code(), 1);
    let unexpected = Query::compile("'a' < `1`")
        .and_then(|q| q.search(&Value::Null))
        .expect_err("TypeError");
    assert!(unexpected.az_message().starts_with(
        "ERROR: The command failed with an unexpected error. Here is the traceback:\n\
         ERROR: '<' not supported between instances of 'str' and 'int'\n"
    ));
    assert_eq!(unexpected.exit_code(), 1);
}

#[test]
fn deep_nesting_is_refused_without_overflowing() {
    let deep = format!("{}a{}", "(".repeat(5000), ")".repeat(5000));
    check(&deep, "{}", "syntax");
    let deep_literal = format!("`{}{}`", "[".repeat(5000), "]".repeat(5000));
    check(&deep_literal, "{}", "syntax");
    let fine = format!("{}a{}", "(".repeat(50), ")".repeat(50));
    check(&fine, r#"{"a": 1}"#, "1");
}

#[test]
fn nesting_up_to_the_limits_evaluates() {
    let expr = format!("{}a{}", "(".repeat(140), ")".repeat(140));
    check(&expr, r#"{"a": 1}"#, "1");
    let literal = format!("length(`{}1{}`)", "[".repeat(190), "]".repeat(190));
    check(&literal, "{}", "1");
}
