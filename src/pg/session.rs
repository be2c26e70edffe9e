//! One PostgreSQL session on one database: statements bounded by the statement timeout (a stalled
//! one is cancelled and the session abandoned), a lost session marked so it is not used again,
//! batches of statements sent in one round trip, and transactions run again when they lose a race
//! with a concurrent catalog update.

use std::cell::{Cell, RefCell};
use std::error::Error as StdError;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use futures::StreamExt;
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, SimpleQueryMessage, SimpleQueryRow};

use super::error::{PgError, describe_chain, network_failure};
use super::quote::quote_literal;
use crate::output::log;

/// One statement of a batch ([`PgSession::execute_batch`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batched {
    pub sql: String,
    /// Logged at `--verbose` as `Running query: <sql>`, az's line for the statements it runs; azconn's own
    /// checks are not.
    pub logged: bool,
}

impl Batched {
    /// A statement logged as it runs.
    pub fn logged(sql: impl Into<String>) -> Self {
        Batched {
            sql: sql.into(),
            logged: true,
        }
    }

    /// A statement that is not logged.
    pub fn quiet(sql: impl Into<String>) -> Self {
        Batched {
            sql: sql.into(),
            logged: false,
        }
    }
}

/// What a batch did: the number of rows each statement that completed returned, in order; then the error of
/// the statement that stopped the batch (the next one), if one did.
#[derive(Debug)]
pub struct BatchRun {
    pub rows: Vec<usize>,
    pub error: Option<PgError>,
}

/// One PostgreSQL session on one database.
pub struct PgSession {
    client: Client,
    database: String,
    tls: MakeTlsConnector,
    statement_timeout: Duration,
    cancel_timeout: Duration,
    /// Set when a statement timed out: the session may still be busy, so it is not used again.
    abandoned: AtomicBool,
    /// Set when a statement found the session ended by the server or the network.
    lost: AtomicBool,
}

impl fmt::Debug for PgSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgSession")
            .field("database", &self.database)
            .finish_non_exhaustive()
    }
}

impl PgSession {
    /// Wraps a connected client; `cancel_timeout` bounds the cancel request sent when a statement
    /// outlives `statement_timeout`.
    pub(super) fn new(
        client: Client,
        database: &str,
        tls: MakeTlsConnector,
        statement_timeout: Duration,
        cancel_timeout: Duration,
    ) -> Self {
        PgSession {
            client,
            database: database.to_owned(),
            tls,
            statement_timeout,
            cancel_timeout,
            abandoned: AtomicBool::new(false),
            lost: AtomicBool::new(false),
        }
    }

    /// The database this session is connected to.
    pub fn database(&self) -> &str {
        &self.database
    }

    /// Whether the session is gone: closed by the server, lost, or abandoned after a timeout.
    pub fn is_closed(&self) -> bool {
        self.client.is_closed()
            || self.lost.load(Ordering::Relaxed)
            || self.abandoned.load(Ordering::Relaxed)
    }

    /// Runs `fut` (the statement `sql`) within the statement timeout; on timeout, cancels the
    /// statement on the server (best effort) and abandons the session.
    async fn bounded<T>(
        &self,
        sql: &str,
        fut: impl Future<Output = Result<T, tokio_postgres::Error>>,
    ) -> Result<T, PgError> {
        self.bounded_by(|| sql, fut).await
    }

    /// [`PgSession::bounded`] for a batch: `sql` names the statement running when it fails or times out.
    async fn bounded_by<'s, T>(
        &self,
        sql: impl Fn() -> &'s str,
        fut: impl Future<Output = Result<T, tokio_postgres::Error>>,
    ) -> Result<T, PgError> {
        if self.abandoned.load(Ordering::Relaxed) {
            return Err(self.failure(sql(), "the session is no longer usable".to_owned()));
        }
        if self.client.is_closed() || self.lost.load(Ordering::Relaxed) {
            return Err(self.lost(sql(), "the connection to the server was lost".to_owned()));
        }
        if let Ok(result) = tokio::time::timeout(self.statement_timeout, fut).await {
            result.map_err(|e| {
                let error = self.sql_error(sql(), &e);
                if error.is_transient() {
                    // The server ended the session (or the socket broke): the client may not have seen
                    // the close yet, but the session must not be used again.
                    self.lost.store(true, Ordering::Relaxed);
                }
                error
            })
        } else {
            self.abandoned.store(true, Ordering::Relaxed);
            let cancel = self.client.cancel_token();
            let cancelled =
                tokio::time::timeout(self.cancel_timeout, cancel.cancel_query(self.tls.clone()))
                    .await
                    .is_ok_and(|r| r.is_ok());
            let secs = self.statement_timeout.as_secs();
            Err(self.failure(
                sql(),
                if cancelled {
                    format!("no answer within {secs} seconds; the statement was cancelled")
                } else {
                    format!("no answer within {secs} seconds; the session was abandoned")
                },
            ))
        }
    }

    fn failure(&self, sql: &str, message: String) -> PgError {
        PgError::Sql {
            database: self.database.clone(),
            statement: sql.to_owned(),
            sqlstate: None,
            message,
            detail: None,
        }
    }

    /// Runs one statement (simple query protocol), logged at `--verbose` like az's
    /// `Running query: <sql>`.
    pub async fn execute(&self, sql: &str) -> Result<(), PgError> {
        log::info(&format!("Running query: {sql}"));
        self.bounded(sql, self.client.batch_execute(sql)).await
    }

    /// Runs `statements` as one simple-query message: one round trip however many there are. PostgreSQL runs
    /// them in order and stops at the first failure; the statements outside an explicit `BEGIN … COMMIT` form
    /// one implicit transaction, which that failure rolls back. The error names the statement that failed, as
    /// [`PgSession::execute`]'s does, and the batch as a whole is bounded by the statement timeout. Each
    /// statement is logged (when it is `logged`) as the one before it completes, so the log shows what ran.
    ///
    /// The statements are sent as they are: identifiers and values in them are quoted where they are built
    /// (`pg::quote`), and a statement ends at its last `;`.
    pub async fn execute_batch(&self, statements: &[Batched]) -> BatchRun {
        let text = one_message(statements.iter().map(|s| s.sql.as_str()));
        let log_statement = |i: usize| {
            if let Some(s) = statements.get(i)
                && s.logged
            {
                log::info(&format!("Running query: {}", s.sql));
            }
        };
        let done = Cell::new(0usize);
        let rows = RefCell::new(Vec::with_capacity(statements.len()));
        let running = || statements.get(done.get()).map_or("", |s| s.sql.as_str());
        log_statement(0);
        let work = async {
            let mut stream = std::pin::pin!(self.client.simple_query_raw(&text).await?);
            let mut count = 0;
            while let Some(message) = stream.next().await {
                match message? {
                    SimpleQueryMessage::Row(_) => count += 1,
                    SimpleQueryMessage::CommandComplete(_) => {
                        rows.borrow_mut().push(count);
                        count = 0;
                        done.set(done.get() + 1);
                        log_statement(done.get());
                    }
                    _ => {}
                }
            }
            Ok(())
        };
        let result = self.bounded_by(running, work).await;
        BatchRun {
            rows: rows.into_inner(),
            error: result.err(),
        }
    }

    /// Runs `statements` in one transaction: all of them or none, sent with `BEGIN` and `COMMIT` as one
    /// batch (one round trip).
    ///
    /// Concurrent runs that grant on the same database update the same catalog row, and PostgreSQL
    /// aborts all but one of them (`tuple concurrently updated`, or a serialization failure or
    /// deadlock). The failed transaction was rolled back as a whole, so it is run again, a bounded
    /// number of times.
    pub async fn execute_in_transaction(&mut self, statements: &[String]) -> Result<(), PgError> {
        let mut attempt: u64 = 0;
        loop {
            match self.transaction_once(statements).await {
                Err(e) if attempt < CONFLICT_RETRIES && !self.is_closed() && is_conflict(&e) => {
                    attempt += 1;
                    log::debug(&format!(
                        "Concurrent catalog update on database {}; running the transaction again ({attempt}/{CONFLICT_RETRIES})",
                        self.database
                    ));
                    tokio::time::sleep(Duration::from_millis(20 * attempt)).await;
                }
                other => return other,
            }
        }
    }

    async fn transaction_once(&mut self, statements: &[String]) -> Result<(), PgError> {
        let batch: Vec<Batched> = std::iter::once("BEGIN")
            .chain(statements.iter().map(String::as_str))
            .chain(std::iter::once("COMMIT"))
            .map(Batched::logged)
            .collect();
        let run = self.execute_batch(&batch).await;
        let Some(error) = run.error else {
            return Ok(());
        };
        if !run.rows.is_empty() && !self.is_closed() {
            // BEGIN ran: the failed statement (or COMMIT) left the transaction aborted; ROLLBACK ends it.
            let _ = self.execute("ROLLBACK").await;
        }
        Err(error)
    }

    /// Whether a role of exactly this name exists (one round trip).
    pub async fn role_exists(&self, role: &str) -> Result<bool, PgError> {
        let sql = role_exists_query(role)?;
        let rows = self.read_batch(&[sql.as_str()]).await?;
        Ok(rows.first().is_some_and(|r| !r.is_empty()))
    }

    /// Runs read-only `queries` as one simple-query message — one round trip however many there are, where a
    /// query with parameters costs two (prepare, then run) — and returns each query's rows, values as text.
    /// Not logged: these are azconn's own reads. Values in the queries are quoted literals (`pg::quote`).
    pub async fn read_batch(&self, queries: &[&str]) -> Result<Vec<Vec<SimpleQueryRow>>, PgError> {
        let text = one_message(queries.iter().copied());
        let results = RefCell::new(Vec::with_capacity(queries.len()));
        let running = || {
            queries
                .get(results.borrow().len())
                .copied()
                .unwrap_or_default()
        };
        let work = async {
            let mut stream = std::pin::pin!(self.client.simple_query_raw(&text).await?);
            let mut current = Vec::new();
            while let Some(message) = stream.next().await {
                match message? {
                    SimpleQueryMessage::Row(row) => current.push(row),
                    SimpleQueryMessage::CommandComplete(_) => {
                        results.borrow_mut().push(std::mem::take(&mut current));
                    }
                    _ => {}
                }
            }
            Ok(())
        };
        self.bounded_by(running, work).await?;
        Ok(results.into_inner())
    }

    /// Runs a query with parameters, each given with its type, and returns the rows: one round trip (Parse, Bind
    /// and Execute sent together with an unnamed statement), where an untyped query is prepared first (two).
    /// Queries started together on one session are pipelined.
    pub async fn query(
        &self,
        sql: &str,
        params: &[(&(dyn ToSql + Sync), Type)],
    ) -> Result<Vec<tokio_postgres::Row>, PgError> {
        self.bounded(sql, self.client.query_typed(sql, params))
            .await
    }

    fn lost(&self, sql: &str, message: String) -> PgError {
        PgError::Lost {
            database: self.database.clone(),
            statement: sql.to_owned(),
            message,
        }
    }

    fn sql_error(&self, sql: &str, e: &tokio_postgres::Error) -> PgError {
        // Any I/O error on an open session's socket means the session is gone.
        let io = e
            .source()
            .is_some_and(|s| s.downcast_ref::<std::io::Error>().is_some());
        if e.as_db_error().is_none() && (e.is_closed() || io || network_failure(e)) {
            return self.lost(sql, describe_chain(e));
        }
        let (sqlstate, message, detail) = match e.as_db_error() {
            Some(db) => (
                Some(db.code().code().to_owned()),
                db.message().to_owned(),
                db.detail().map(str::to_owned),
            ),
            None => (None, describe_chain(e), None),
        };
        PgError::Sql {
            database: self.database.clone(),
            statement: sql.to_owned(),
            sqlstate,
            message,
            detail,
        }
    }
}

/// Statements as the text of one simple-query message: each ends with its `;`, one per line.
fn one_message<'s>(statements: impl Iterator<Item = &'s str>) -> String {
    let mut text = String::new();
    for sql in statements {
        let sql = sql.trim_end();
        text.push_str(sql);
        if !sql.ends_with(';') {
            text.push(';');
        }
        text.push('\n');
    }
    text
}

/// The query whose one row says a role of exactly the name `role` exists; `pg_roles` is shared by every
/// database of a server, so any session can ask.
pub fn role_exists_query(role: &str) -> Result<String, PgError> {
    Ok(format!(
        "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = {}",
        quote_literal(role, "the role name")?
    ))
}

/// How often a transaction that lost a concurrent catalog update is run again.
const CONFLICT_RETRIES: u64 = 8;

/// Whether a failed statement lost a race with a concurrent transaction (and may be retried).
fn is_conflict(e: &PgError) -> bool {
    match e {
        PgError::Sql {
            sqlstate, message, ..
        } => {
            matches!(sqlstate.as_deref(), Some("40001" | "40P01"))
                || (sqlstate.as_deref() == Some("XX000")
                    && message.contains("tuple concurrently updated"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lost_races_are_retried() {
        let grant = "GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_c1\";";
        let sql = |state: &str, message: &str| PgError::sql_for_test("demo", grant, state, message);
        assert!(is_conflict(&sql("XX000", "tuple concurrently updated")));
        assert!(is_conflict(&sql("40001", "could not serialize access")));
        assert!(is_conflict(&sql("40P01", "deadlock detected")));
        assert!(!is_conflict(&sql("XX000", "cache lookup failed")));
        assert!(!is_conflict(&sql(
            "42501",
            "permission denied for database demo"
        )));
        assert!(!is_conflict(&sql("42704", "role \"x\" does not exist")));
    }
}
