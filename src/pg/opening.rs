//! Sessions opened ahead of their statements: the connects to every database a run needs start at once (each
//! costs several round trips before its first statement: SSLRequest, TLS, startup, SCRAM), and the run takes
//! each session when it gets to that database. Dropped, an [`Opening`] closes what it still holds and abandons
//! connects still in flight, so no session outlives the run that opened it.

use tokio::task::JoinHandle;

use super::connect::{PgConnector, ServerLogin};
use super::error::{ConnectFailure, PgError};
use super::session::PgSession;
use crate::auth::Secret;

/// Connects started together, one per database, all as one login.
#[derive(Debug)]
pub struct Opening {
    login: ServerLogin,
    pending: Vec<(String, JoinHandle<Result<PgSession, PgError>>)>,
}

impl Opening {
    /// Starts connecting to each of `databases` (once each) as `login` with `token` as the password, all at
    /// once, and returns at once.
    pub fn start(
        connector: &PgConnector,
        login: &ServerLogin,
        databases: &[&str],
        token: &Secret,
    ) -> Opening {
        let mut pending: Vec<(String, JoinHandle<Result<PgSession, PgError>>)> = Vec::new();
        for &database in databases {
            if pending.iter().any(|(d, _)| d == database) {
                continue;
            }
            let (connector, task_login, db, token) = (
                connector.clone(),
                login.clone(),
                database.to_owned(),
                token.clone(),
            );
            let task =
                tokio::spawn(async move { connector.connect(&task_login, &db, &token).await });
            pending.push((database.to_owned(), task));
        }
        Opening {
            login: login.clone(),
            pending,
        }
    }

    /// The login every session is opened as.
    pub fn login(&self) -> &ServerLogin {
        &self.login
    }

    /// The session on `database` once its connect has ended (or the connect's error); `None` when no connect
    /// to it was started or it was taken already.
    pub async fn take(&mut self, database: &str) -> Option<Result<PgSession, PgError>> {
        let i = self.pending.iter().position(|(d, _)| d == database)?;
        let (_, task) = self.pending.remove(i);
        Some(match task.await {
            Ok(result) => result,
            Err(e) => Err(PgError::Connect {
                failure: ConnectFailure::Other,
                detail: format!("the connect to database `{database}` did not finish: {e}"),
            }),
        })
    }
}

impl Drop for Opening {
    fn drop(&mut self) {
        // A finished connect's session is closed when its task's output is dropped with the handle.
        for (_, task) in &self.pending {
            task.abort();
        }
    }
}
