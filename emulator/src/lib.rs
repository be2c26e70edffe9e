//! azconn-emulator as a library: the PostgreSQL side for the emulator's own tests, and the wire client of a
//! running emulator (`client`) that tests and benchmarks share.

pub mod client;
pub mod pg;
