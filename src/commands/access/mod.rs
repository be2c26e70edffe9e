//! `azconn access`: declarative, least-privilege Microsoft Entra access to Azure Database for PostgreSQL.
//! `plan` shows what would change, `apply` makes it so, `list` shows who can get in, `export` writes the file
//! of what exists.

pub mod diff;
pub mod file;
pub mod profile;
pub mod state;
