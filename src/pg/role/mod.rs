//! The SQL that gives an Entra principal its PostgreSQL role, per server kind, and running it.
//!
//! Mirrors az (docs/create.md, "The role"): Flexible Server calls `pgaadauth_create_principal_with_oid` on
//! database `postgres`, then grants four privileges on the target database; Single Server runs
//! `CREATE ROLE … IN ROLE azure_ad_user` and three grants on the target database. Where az ignores
//! every SQL error, this module does better:
//! - a role that already exists counts as success, so a rerun is idempotent;
//! - any other error fails, naming the statement; the grants on one database run in one
//!   transaction; a role this run created whose grants fail is dropped again, while a role
//!   that existed before is never dropped (except by an explicit `--new`);
//! - `--new` revokes the grants azconn makes and drops the role in one transaction on the target
//!   database (az's bare `DROP ROLE` fails once grants exist); a role that owns objects or holds
//!   other grants is not dropped, and the error says why;
//! - the tables and sequences of `public` are read before anything changes: when the administrator cannot grant
//!   on some (another role owns them), the run stops and lists them with the fixes, or with `--skip-ungrantable`
//!   grants object by object on the rest and names what it skipped (`grantable`);
//! - one session per database touched, all opened together, and each step's statements sent as one
//!   batch (one round trip; the grants still one transaction);
//! - a lost connection (connect reset, refused or timed out; session terminated mid-batch) is
//!   retried: the remaining steps run again in new sessions, a bounded number of times.
//!
//! [`RolePlan`] and [`DropPlan`] are pure data (`plan`; the `--dry-run` script comes from them);
//! [`execute`] runs a role plan (`run`), [`drop_role`] a drop plan (`drop`).

mod drop;
mod grantable;
mod plan;
mod run;

pub use drop::{DropOutcome, drop_role};
pub use grantable::{SchemaObject, SchemaObjects};
pub use plan::{
    Action, DropPlan, FLEXIBLE_ADMIN_DATABASE, GRANT_SCHEMA, PrincipalType, RolePlan, Step,
    databases,
};
pub use run::{ATTEMPTS, Progress, RoleOutcome, abandon, execute, execute_opened, execute_with};
