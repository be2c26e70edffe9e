//! `--query`: JMESPath with the semantics of Python jmespath 1.1.0 as az calls it (placeholder API;
//! the evaluator lands with the query work).

use super::value::Value;

/// A compiled `--query` expression.
#[derive(Debug, Clone)]
pub struct Query {
    expression: String,
}

/// Why a query failed: at compile time (az: exit 2) or while evaluating (az: exit 1).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    /// The expression does not parse; az reports `argument --query: invalid jmespath_type value: ...`.
    #[error("invalid jmespath_type value: {0}")]
    Syntax(String),
    /// Evaluation failed; the message is Python jmespath's text (e.g. `Unknown function: foo()`).
    #[error("{0}")]
    Runtime(String),
}

impl Query {
    /// Compiles an expression.
    pub fn compile(expression: &str) -> Result<Query, QueryError> {
        Ok(Query {
            expression: expression.to_owned(),
        })
    }

    /// The expression as the user wrote it.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// Evaluates the expression against a document.
    pub fn search(&self, _doc: &Value) -> Result<Value, QueryError> {
        Err(QueryError::Runtime(
            "query evaluation is not implemented yet".into(),
        ))
    }
}
