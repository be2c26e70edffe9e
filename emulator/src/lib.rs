//! azconn-emulator as a library: the PostgreSQL side and the CA for tests (the emulator's own and azconn's), and the
//! wire client of a running emulator (`client`) that tests and benchmarks share.

pub mod certs;
pub mod client;
pub mod error;
pub mod pg;
