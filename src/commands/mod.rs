//! Commands: each takes a plain parameter struct and the [`context::Session`], and returns a
//! [`crate::output::value::Value`] for the output engine. Nothing here prints.

pub mod context;
pub mod rest;
pub mod token;
