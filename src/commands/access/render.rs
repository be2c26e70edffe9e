//! Plans as documents (through the output engine, so `-o json|yaml|tsv` and `--query` work; `-o table` shows
//! the columns people read) and as the SQL script `--show-sql` prints.

use serde_json::{Value as Json, json};

use super::Surveyed;
use super::diff::Change;
use crate::commands::{Globals, Outcome};
use crate::output;
use crate::output::value::Value;

/// One change as a document row.
pub fn change_row(server: &str, c: &Change) -> Json {
    json!({
        "server": server,
        "database": c.database,
        "role": c.role,
        "change": c.kind.as_str(),
        "object": c.object,
        "privileges": c.privileges.join(", "),
        "note": c.note,
    })
}

/// The table az-style: capitalised columns in a fixed order.
fn table_row(row: &Json) -> Json {
    // Empty text rather than null: az's table drops a column that starts with null to the end.
    let text = |k: &str| match row.get(k) {
        Some(Json::Null) | None => json!(""),
        Some(v) => v.clone(),
    };
    json!({
        "Server": text("server"),
        "Database": text("database"),
        "Role": text("role"),
        "Change": text("change"),
        "Object": text("object"),
        "Privileges": text("privileges"),
        "Note": text("note"),
    })
}

/// Rows as a document with its table view.
pub fn rows(rows: Vec<Json>) -> Outcome {
    let table: Vec<Json> = rows.iter().map(table_row).collect();
    Outcome::DocumentWithTable {
        value: Value::from_json(&Json::Array(rows)),
        table: Value::from_json(&Json::Array(table)),
    }
}

/// People at a terminal who did not choose a format read the table; scripts (a pipe, `-o`, the az config's
/// `[core] output`, `--query`) get the document.
pub fn for_reader(outcome: Outcome, g: &Globals) -> Outcome {
    use std::io::IsTerminal as _;
    match outcome {
        Outcome::DocumentWithTable { table, .. }
            if !g.output_chosen && g.query.is_none() && std::io::stdout().is_terminal() =>
        {
            let opts = output::RenderOptions {
                color: g.color,
                query_given: true,
            };
            Outcome::Text(output::render(&table, output::OutputFormat::Table, &opts))
        }
        other => other,
    }
}

/// Every server's changes.
pub fn plan(servers: &[Surveyed]) -> Outcome {
    rows(
        servers
            .iter()
            .flat_map(|s| {
                s.plan
                    .changes
                    .iter()
                    .map(|c| change_row(&s.reach.scope.name, c))
            })
            .collect(),
    )
}

/// The SQL `apply` would run: per server and database, each batch in its transaction.
pub fn sql(servers: &[Surveyed]) -> String {
    let mut out = String::new();
    for s in servers {
        for b in s.plan.batches() {
            out.push_str(&format!(
                "-- server: {}, database: {}\nBEGIN;\n",
                s.reach.scope.name, b.database
            ));
            for st in &b.statements {
                out.push_str(st);
                out.push('\n');
            }
            out.push_str("COMMIT;\n");
        }
        for c in &s.plan.changes {
            if let (super::diff::ChangeKind::KeepRole, Some(note)) = (c.kind, &c.note) {
                out.push_str(&format!(
                    "-- server: {}: role {} is kept: {note}\n",
                    s.reach.scope.name, c.role
                ));
            }
        }
    }
    out
}
