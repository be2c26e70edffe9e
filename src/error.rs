//! The top-level error type and the one place that maps errors to az's exit codes
//! (0 ok, 1 runtime error, 2 usage error, 3 not found).
//!
//! Boundary modules (`arm`, `auth`, `pg`, …) keep their own typed errors and convert into this
//! type with `From` impls that live next to them, so this file does not depend on them.

use crate::output::query::QueryError;

/// Shorthand used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as az reports it: its message (printed as `ERROR: <message>`) and its kind.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A usage error (az exit 2): bad or missing arguments.
    #[error("{message}")]
    Usage { message: String },
    /// Something named does not exist (az exit 3): HTTP 404 / `ResourceNotFound`.
    #[error("{message}")]
    NotFound { message: String },
    /// Any other failure while running (az exit 1), with optional follow-up lines.
    #[error("{message}")]
    Runtime {
        message: String,
        recommendation: Option<String>,
    },
    /// `--query` failed to compile (exit 2) or to evaluate (exit 1).
    #[error("{0}")]
    Query(#[from] QueryError),
    /// Stopped by a signal after cleaning up (exit 130 for SIGINT, 143 for SIGTERM).
    #[error("{message}")]
    Interrupted { message: String, exit_code: u8 },
    /// A command whose behaviour has not been built yet.
    #[error("{0} is not implemented yet")]
    NotImplemented(String),
    /// A command-line usage error with az's follow-up lines ("Did you mean …", examples from the
    /// command's help, the reference link); exit 2.
    #[error("{message}")]
    CommandLine {
        message: String,
        recommendations: Vec<String>,
    },
}

impl Error {
    /// A runtime error (exit 1) with just a message.
    pub fn runtime(message: impl Into<String>) -> Self {
        Error::Runtime {
            message: message.into(),
            recommendation: None,
        }
    }

    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
        }
    }

    /// A not-found error (exit 3).
    pub fn not_found(message: impl Into<String>) -> Self {
        Error::NotFound {
            message: message.into(),
        }
    }

    /// az's exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage { .. } | Error::CommandLine { .. } => 2,
            Error::NotFound { .. } => 3,
            Error::Runtime { .. } | Error::NotImplemented(_) => 1,
            Error::Query(e) => e.exit_code(),
            Error::Interrupted { exit_code, .. } => *exit_code,
        }
    }

    /// Adds `line` after a runtime error's follow-up lines; `false` (nothing added) for the other kinds,
    /// which carry no follow-up lines.
    pub fn add_recommendation(&mut self, line: &str) -> bool {
        match self {
            Error::Runtime { recommendation, .. } => {
                *recommendation = Some(match recommendation.take() {
                    Some(r) => format!("{r}\n{line}"),
                    None => line.to_owned(),
                });
                true
            }
            _ => false,
        }
    }

    /// Lines az prints after the `ERROR:` line (uncoloured), if any.
    pub fn recommendations(&self) -> Vec<String> {
        match self {
            Error::Runtime {
                recommendation: Some(r),
                ..
            } => r.lines().map(str::to_owned).collect(),
            Error::CommandLine {
                recommendations, ..
            } => recommendations.clone(),
            // az's stderr for a query error: the ERROR line, then its follow-up lines.
            Error::Query(q) => q.az_message().lines().skip(1).map(str::to_owned).collect(),
            _ => Vec::new(),
        }
    }
}

impl From<crate::cli::usage::UsageError> for Error {
    fn from(u: crate::cli::usage::UsageError) -> Self {
        Error::CommandLine {
            message: u.message,
            recommendations: u.recommendations,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_az() {
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(
            Error::CommandLine {
                message: "x".into(),
                recommendations: vec![]
            }
            .exit_code(),
            2
        );
        assert_eq!(Error::not_found("x").exit_code(), 3);
        assert_eq!(Error::runtime("x").exit_code(), 1);
        assert_eq!(
            Error::NotImplemented("connection show".into()).exit_code(),
            1
        );
        assert_eq!(
            Error::NotImplemented("connection show".into()).to_string(),
            "connection show is not implemented yet"
        );
    }

    #[test]
    fn recommendation_lines_are_added_to_runtime_errors_only() {
        let mut e = Error::runtime("m");
        assert!(e.add_recommendation("a"));
        assert!(e.add_recommendation("b"));
        assert_eq!(e.recommendations(), vec!["a", "b"]);
        let mut u = Error::not_found("m");
        assert!(!u.add_recommendation("a"));
        assert!(u.recommendations().is_empty());
    }

    #[test]
    fn runtime_recommendation_lines() {
        let e = Error::Runtime {
            message: "m".into(),
            recommendation: Some("a\nb".into()),
        };
        assert_eq!(e.recommendations(), vec!["a", "b"]);
    }
}
