//! Plans as documents (through the output engine, so `-o json|yaml|tsv` and `--query` work; `-o table` shows
//! the columns people read) and as the SQL script `--show-sql` prints.

use super::Surveyed;
use super::diff::Change;
use crate::commands::{Globals, Outcome};
use crate::output;
use crate::output::value::{Object, Value};

/// The columns of a change row: the document's key, the table's heading.
const COLUMNS: [(&str, &str); 7] = [
    ("server", "Server"),
    ("database", "Database"),
    ("role", "Role"),
    ("change", "Change"),
    ("object", "Object"),
    ("privileges", "Privileges"),
    ("note", "Note"),
];

/// One change as a row: the document's (`None` → null) or the table's (capitalised columns, `None` → empty
/// text: az's table drops a column that starts with null to the end).
fn change_row(server: &str, c: &Change, table: bool) -> Value {
    let text = |v: Option<&str>| match (v, table) {
        (Some(v), _) => Value::String(v.to_owned()),
        (None, true) => Value::String(String::new()),
        (None, false) => Value::Null,
    };
    let cells = [
        text(Some(server)),
        text(c.database.as_deref()),
        text(Some(&c.role)),
        text(Some(c.kind.as_str())),
        text(Some(&c.object)),
        text(Some(&c.privileges.join(", "))),
        text(c.note.as_deref()),
    ];
    let mut row = Object::new();
    row.map.reserve_exact(COLUMNS.len());
    for ((key, heading), cell) in COLUMNS.into_iter().zip(cells) {
        row.map
            .insert(if table { heading } else { key }.to_owned(), cell);
    }
    Value::Object(row)
}

/// Changes (`count` of them) as what is printed: the table when it is what the reader sees, else the document.
/// Only the one printed is built: a plan of many thousand changes is held once, not as a document and a table.
pub fn changes<'c>(
    changes: impl Iterator<Item = (&'c str, &'c Change)>,
    count: usize,
    g: &Globals,
) -> Outcome {
    let table = shows_table(g);
    let mut rows = Vec::with_capacity(count);
    rows.extend(changes.map(|(server, c)| change_row(server, c, table)));
    let rows = Value::Array(rows);
    if table {
        Outcome::Text(table_text(&rows, g))
    } else {
        Outcome::document(rows)
    }
}

/// Whether the table is printed: `-o table` without `--query` (az's table transformer), or people at a
/// terminal who did not choose a format; scripts (a pipe, `-o`, the az config's `[core] output`, `--query`)
/// get the document.
fn shows_table(g: &Globals) -> bool {
    use std::io::IsTerminal as _;
    g.query.is_none()
        && (g.output == output::OutputFormat::Table
            || (!g.output_chosen && std::io::stdout().is_terminal()))
}

fn table_text(table: &Value, g: &Globals) -> String {
    let opts = output::RenderOptions {
        color: g.color,
        query_given: true,
    };
    output::render(table, output::OutputFormat::Table, &opts)
}

/// A document and its table view as printed: [`changes`]' rule for when the table is shown.
pub fn for_reader(outcome: Outcome, g: &Globals) -> Outcome {
    match outcome {
        Outcome::DocumentWithTable { table, .. } if shows_table(g) => {
            Outcome::Text(table_text(&table, g))
        }
        other => other,
    }
}

/// Every server's changes.
pub fn plan(servers: &[Surveyed], g: &Globals) -> Outcome {
    changes(
        servers.iter().flat_map(|s| {
            let name = s.reach.scope.name.as_str();
            s.plan.changes.iter().map(move |c| (name, c))
        }),
        servers.iter().map(|s| s.plan.changes.len()).sum(),
        g,
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
