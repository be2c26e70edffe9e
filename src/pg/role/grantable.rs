//! What the signed-in administrator can grant on in a schema, read from the catalog before anything changes.
//!
//! `GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public` fails as a whole when one table belongs to a role whose
//! privileges the administrator does not have (an app's migration role made it): az then warns and leaves a role
//! that can read nothing. [`SchemaObjects::read`] lists the tables (every kind `GRANT … ON ALL TABLES` covers) and
//! sequences of a schema with whether the administrator can grant everything on each — it can when it has the
//! owner's privileges (the owner, a member of the owner, a superuser) or holds every privilege with its grant
//! option. `create` stops with [`PgError::Ungrantable`] before any change, or narrows its grants to the objects it
//! can grant on (`--skip-ungrantable`); `access` reads the same check ([`SchemaObjects::grantable_check`]) in its
//! catalog query and stops or skips the same way, with the same list, fixes and warning.

use super::super::error::PgError;
use tokio_postgres::SimpleQueryRow;

use super::super::quote::{NameKind, quote_ident, quote_literal};

/// A table (or view, materialized view, foreign or partitioned table) or a sequence of a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaObject {
    pub name: String,
    pub sequence: bool,
    pub owner: String,
    /// The administrator can grant every privilege on it.
    pub grantable: bool,
}

impl SchemaObject {
    /// `table` or `sequence`, as GRANT spells the object class.
    pub fn class(&self) -> &'static str {
        if self.sequence { "sequence" } else { "table" }
    }
}

/// The tables and sequences of one schema, tables first, each by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaObjects {
    pub schema: String,
    pub objects: Vec<SchemaObject>,
}

/// Every privilege `GRANT ALL` gives on a table, and on a sequence.
const TABLE_PRIVILEGES: [&str; 7] = [
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "TRUNCATE",
    "REFERENCES",
    "TRIGGER",
];
const SEQUENCE_PRIVILEGES: [&str; 3] = ["USAGE", "SELECT", "UPDATE"];

impl SchemaObjects {
    /// The SQL condition "the administrator can grant every privilege on the `pg_class` row `relation`": it has
    /// the owner's privileges, or holds each privilege with its grant option.
    pub fn grantable_check(relation: &str) -> String {
        let all = |function: &str, privileges: &[&str]| {
            privileges
                .iter()
                .map(|p| format!("pg_catalog.{function}({relation}.oid, '{p} WITH GRANT OPTION')"))
                .collect::<Vec<_>>()
                .join(" AND ")
        };
        format!(
            "(pg_catalog.pg_has_role(current_user, {relation}.relowner, 'USAGE') OR CASE WHEN {relation}.relkind = 'S' \
             THEN {} ELSE {} END)",
            all("has_sequence_privilege", &SEQUENCE_PRIVILEGES),
            all("has_table_privilege", &TABLE_PRIVILEGES),
        )
    }

    /// How an object the administrator cannot grant on is listed: `table "public"."t" (owner app)`.
    pub fn line(class: &str, qualified: &str, owner: &str) -> String {
        format!("{class} {qualified} (owner {owner})")
    }

    /// The first fix: the administrators' role becomes the owner.
    pub fn owner_fix(class: &str, qualified: &str) -> String {
        format!(
            "ALTER {} {qualified} OWNER TO azure_pg_admin;",
            class.to_uppercase()
        )
    }

    /// The warning of a run that skipped, with `--skip-ungrantable`, what the administrator cannot grant on
    /// (`who_gets`: `role "r" gets`).
    pub fn skipped_warning(database: &str, who_gets: &str, lines: &[String]) -> String {
        format!(
            "Skipped what the Microsoft Entra administrator cannot grant on in database `{database}` \
             (--skip-ungrantable); {who_gets} no privileges on:\n  {}",
            lines.join("\n  ")
        )
    }

    /// The query listing the tables and sequences of `schema` in the session's database, for
    /// [`PgSession::read_batch`](super::super::session::PgSession::read_batch) (a simple query: the schema is a quoted literal, so it costs one round trip
    /// and goes in one message with the run's other reads); [`SchemaObjects::from_rows`] reads its answer.
    pub fn query(schema: &str) -> Result<String, PgError> {
        Ok(format!(
            "SELECT c.relname, c.relkind = 'S', pg_catalog.pg_get_userbyid(c.relowner), {} \
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = {} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') \
             ORDER BY c.relkind = 'S', c.relname",
            SchemaObjects::grantable_check("c"),
            quote_literal(schema, "the schema name")?
        ))
    }

    /// The objects of `schema` from the rows of [`SchemaObjects::query`] (text values; a NULL, which the
    /// catalog never gives here, would read as "cannot grant", so the run stops rather than grant blindly).
    pub fn from_rows(schema: &str, rows: &[SimpleQueryRow]) -> SchemaObjects {
        let objects = rows
            .iter()
            .map(|row| {
                let text = |i: usize| row.get(i).unwrap_or_default();
                SchemaObject {
                    name: text(0).to_owned(),
                    sequence: text(1) == "t",
                    owner: text(2).to_owned(),
                    grantable: text(3) == "t",
                }
            })
            .collect();
        SchemaObjects {
            schema: schema.to_owned(),
            objects,
        }
    }

    /// The objects the administrator cannot grant on.
    pub fn ungrantable(&self) -> impl Iterator<Item = &SchemaObject> {
        self.objects.iter().filter(|o| !o.grantable)
    }

    /// `schema.name`, both quoted.
    pub fn qualified(&self, object: &SchemaObject) -> Result<String, PgError> {
        Ok(format!(
            "{}.{}",
            quote_ident(&self.schema, NameKind::Object)?,
            quote_ident(&object.name, NameKind::Object)?
        ))
    }

    /// The objects of one class the administrator can grant on, qualified and comma-separated; `None` when there
    /// is none.
    pub fn grantable_list(&self, sequences: bool) -> Result<Option<String>, PgError> {
        let names = self
            .objects
            .iter()
            .filter(|o| o.grantable && o.sequence == sequences)
            .map(|o| self.qualified(o))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((!names.is_empty()).then(|| names.join(", ")))
    }

    /// One line per object the administrator cannot grant on: `table "public"."t" (owner app)`.
    pub fn describe_ungrantable(&self) -> Result<Vec<String>, PgError> {
        self.ungrantable()
            .map(|o| Ok(Self::line(o.class(), &self.qualified(o)?, &o.owner)))
            .collect()
    }
}
