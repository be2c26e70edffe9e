//! Fixtures shared by the integration tests.

pub mod throwaway_pg;
