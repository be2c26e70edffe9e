//! `--query`: JMESPath with the semantics of Python jmespath 1.1.0 as az calls it
//! (`compile(expr).search(doc, Options(dict_cls=OrderedDict))`), and az's error texts for it.
//!
//! The parser is our own port of Python jmespath's grammar (the `jmespath` crate's parser keeps
//! literal objects in a BTreeMap, limits integers to i32 and rejects Python-accepted forms such as
//! `` `bare string` `` literals, `[-0]` and `{a: b c: d}`), so what compiles here is exactly what
//! az accepts. The evaluator works on [`Value`], keeping document key order and the int/float
//! distinction; only multi-select hashes produce ordered objects.
//!
//! Submodules: `lexer` → `parser` (AST) → `eval` (+ `functions`, checked by `signature`); `json` reads literals like
//! Python's `json.loads`. Values are written as Python does by the formatters' own modules:
//! `str`/`repr`/type names by [`crate::output::python`], `json.dumps` by `output::json`, numbers
//! by [`crate::output::number`].
//!
//! Known differences from az, all outside realistic queries: an `&expr` object that ends up in the
//! result fails with the json serialisation error (az's output depends on `-o` and prints memory
//! addresses); the unexpected-error traceback has no Python frames; integers beyond i128 are
//! approximated as floats in arithmetic and comparisons; expressions nested deeper than 150 levels
//! or literals deeper than 200 are syntax errors (Python raises RecursionError); lone surrogates in
//! literals become U+FFFD; `to_number` reads ASCII digits only; `str.isprintable` (for `repr` in
//! error messages) is approximated.

mod eval;
mod functions;
mod json;
mod lexer;
mod parser;
mod signature;

use super::value::Value;

/// The line az prints after every `--query` error.
const QUERY_REFERENCE: &str = "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'";

/// A compiled `--query` expression.
#[derive(Debug, Clone)]
pub struct Query {
    expression: String,
    ast: parser::Ast,
}

/// Why a query failed: at compile time (az: exit 2) or while evaluating (az: exit 1).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    /// The expression does not parse (holds the expression); az reports
    /// `argument --query: invalid jmespath_type value: <repr>`.
    #[error("argument --query: invalid jmespath_type value: {}", super::python::str_repr(.0))]
    Syntax(String),
    /// Evaluation failed with a jmespath error; the message is Python jmespath's text
    /// (e.g. `Unknown function: foo()`).
    #[error("Invalid jmespath query supplied for `--query`: {0}")]
    Runtime(String),
    /// Evaluation hit a Python exception outside jmespath's own errors (e.g. ordering a string
    /// against a number is a `TypeError`); az reports it as an unexpected error with a traceback.
    #[error("{message}")]
    Unexpected {
        /// Python's exception class name (`TypeError`, `ValueError`, …).
        exception: String,
        /// `str(exception)`.
        message: String,
    },
}

impl QueryError {
    /// The whole stderr az prints for this error (each line ends with `\n`).
    pub fn az_message(&self) -> String {
        match self {
            QueryError::Syntax(_) | QueryError::Runtime(_) => {
                format!("ERROR: {self}\n{QUERY_REFERENCE}\n")
            }
            // az's handle_exception logs the message and the Python traceback; azconn has no
            // Python frames to show, so the traceback is reduced to its header and last line.
            QueryError::Unexpected { exception, message } => format!(
                "ERROR: The command failed with an unexpected error. Here is the traceback:\n\
                 ERROR: {message}\n\
                 Traceback (most recent call last):\n\
                 {exception}: {message}\n\
                 To check existing issues, please visit: https://github.com/Azure/azure-cli/issues\n"
            ),
        }
    }

    /// az's exit code: 2 for a syntax error (argparse), 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            QueryError::Syntax(_) => 2,
            QueryError::Runtime(_) | QueryError::Unexpected { .. } => 1,
        }
    }
}

impl Query {
    /// Compiles an expression; every parse failure (also the empty string) is a syntax error.
    pub fn compile(expression: &str) -> Result<Query, QueryError> {
        let ast =
            parser::parse(expression).map_err(|_| QueryError::Syntax(expression.to_owned()))?;
        Ok(Query {
            expression: expression.to_owned(),
            ast,
        })
    }

    /// The expression as the user wrote it.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// Evaluates the expression against a document.
    pub fn search(&self, doc: &Value) -> Result<Value, QueryError> {
        eval::eval(&self.ast, doc)
    }
}

#[cfg(test)]
mod tests;
