//! The top-level error type and the one place that maps errors to az's exit codes.
