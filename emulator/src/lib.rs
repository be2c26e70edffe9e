//! azconn-emulator as a library: the modules the binary wires together, exposed for the emulator's own tests.

pub mod pg;
