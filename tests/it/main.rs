//! The single integration-test binary: one module per area, shared fixtures in `common/`.
#![allow(clippy::unwrap_used)]

mod common;
mod jmespath;
mod pg;
