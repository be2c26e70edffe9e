//! The database side: libpq's settings (`settings`), TLS connect with an Entra access token as the
//! password (`connect`), connects started ahead of their statements (`opening`), one session's bounded
//! statements, batches and transactions (`session`), SQL quoting
//! (`quote`), the role/grant SQL per server kind and running it (`role`: `plan`, `run`), and the
//! PostgreSQL half of the firewall dance (`firewall`).
//!
//! **Boundary:** `pg` knows nothing of ARM, clap or output formats; its inputs are plain structs
//! (`ServerLogin`, `RolePlan`) and the token as an `auth::Secret` that it never formats.

pub mod connect;
pub mod error;
pub mod firewall;
pub mod opening;
pub mod quote;
pub mod role;
pub mod session;
pub mod settings;

/// The server kind the role SQL is written for (the crate's one kind type).
pub use crate::server_kind::ServerKind;
pub use connect::{PgConnector, ServerLogin};
pub use error::{ConnectFailure, PgError};
pub use opening::Opening;
pub use role::{
    DropOutcome, DropPlan, PrincipalType, Progress, RoleOutcome, RolePlan, abandon, drop_role,
    execute, execute_opened, execute_with,
};
pub use session::{BatchRun, Batched, PgSession};
pub use settings::{ConnectSettings, InvalidSetting, RootCert, SslMode};
