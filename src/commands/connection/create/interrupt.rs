//! SIGINT/SIGTERM during `create`: the run's state as the signal handling sees it ([`RunState`], owned by
//! the caller and shared by reference with the signal watcher), and the one line an interrupt reports.
//!
//! Outside the SQL step a signal ends the run at once, saying what was done. During the SQL step (from
//! adding a firewall rule until it is removed again) the signal is held: the SQL in flight finishes, the
//! rule is removed, and only then does the run end with the signal's exit code.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use crate::error::Error;

/// What one `create` run has done so far, as the signal handling needs to know it.
#[derive(Debug, Default)]
pub struct RunState {
    /// Set while the role SQL (and its temporary firewall rule, until it is removed again) is in progress:
    /// that step handles signals itself, so that it can finish the SQL and remove the rule.
    in_sql_step: AtomicBool,
    /// A signal that arrived during the SQL step (its exit code; 0: none), for the step to act on once its
    /// rule is gone.
    pending: AtomicU8,
    /// The role this run set up, once its SQL has finished.
    role_done: Mutex<Option<String>>,
    /// Set when the connector PUT is about to be sent: from then on the connector may exist.
    connector_sent: AtomicBool,
    /// A temporary firewall rule this run could not remove (named in a warning already).
    rule_left: Mutex<Option<String>>,
}

fn read(m: &Mutex<Option<String>>) -> Option<String> {
    m.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

fn write(m: &Mutex<Option<String>>, value: String) {
    *m.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(value);
}

impl RunState {
    /// The SQL step begins: signals are held from now on.
    pub fn enter_sql_step(&self) {
        self.in_sql_step.store(true, Ordering::SeqCst);
    }

    /// The SQL step is over (its rule is gone): signals end the run again. Returns a signal held meanwhile.
    pub fn leave_sql_step(&self) -> Option<u8> {
        self.in_sql_step.store(false, Ordering::SeqCst);
        let code = self.pending.swap(0, Ordering::SeqCst);
        (code != 0).then_some(code)
    }

    /// A signal arrived: `Some(code)` when it ends the run now, `None` when the SQL step holds it (the
    /// first held signal's code is kept).
    pub fn on_signal(&self, code: u8) -> Option<u8> {
        if !self.in_sql_step.load(Ordering::SeqCst) {
            return Some(code);
        }
        let _ = self
            .pending
            .compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst);
        None
    }

    /// The role's SQL has finished: the role exists, fully granted.
    pub fn role_done(&self, role: &str) {
        write(&self.role_done, role.to_owned());
    }

    /// The connector PUT is about to be sent.
    pub fn connector_sent(&self) {
        self.connector_sent.store(true, Ordering::SeqCst);
    }

    /// A temporary firewall rule could not be removed.
    pub fn rule_left(&self, name: &str) {
        write(&self.rule_left, name.to_owned());
    }

    /// Waits for a signal that ends the run outside the SQL step (which handles its own); its exit code.
    pub async fn interrupt_outside_sql(&self) -> u8 {
        // Bounded by the signals the user sends; each one outside the SQL step ends the run.
        loop {
            if let Some(code) = self.on_signal(interrupt_signal().await) {
                return code;
            }
        }
    }

    /// The one line an interrupt outside the SQL step reports: what this run had done and left.
    pub fn report(&self) -> String {
        let Some(role) = read(&self.role_done) else {
            return "Interrupted; nothing to clean up (no temporary firewall rule existed and no SQL was running)."
                .to_owned();
        };
        let rule = match read(&self.rule_left) {
            Some(name) => {
                format!(
                    "the temporary firewall rule {name} could not be removed (delete it manually)"
                )
            }
            None => "no temporary firewall rule is left".to_owned(),
        };
        if self.connector_sent.load(Ordering::SeqCst) {
            format!(
                "Interrupted; role {role} is created and fully granted; {rule}; the connector request was sent, so \
                 the connector may exist (`azconn connection show` tells; running the command again finishes it)."
            )
        } else {
            format!(
                "Interrupted; role {role} is created and fully granted; {rule}; no connector was created (run the \
                 command again to finish)."
            )
        }
    }
}

/// The exit code of the first SIGINT (130) or SIGTERM (143). Never completes if no handler can be installed.
pub async fn interrupt_signal() -> u8 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            return tokio::select! {
                _ = int.recv() => 130,
                _ = term.recv() => 143,
            };
        }
    }
    if tokio::signal::ctrl_c().await.is_ok() {
        return 130;
    }
    std::future::pending().await
}

/// The error that ends an interrupted run.
pub fn interrupted(exit_code: u8, message: &str) -> Error {
    Error::Interrupted {
        message: message.to_owned(),
        exit_code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_end_the_run_outside_the_sql_step_and_wait_inside_it() {
        let state = RunState::default();
        assert_eq!(state.on_signal(130), Some(130));
        state.enter_sql_step();
        assert_eq!(state.on_signal(143), None);
        // The first held signal decides the exit code.
        assert_eq!(state.on_signal(130), None);
        assert_eq!(state.leave_sql_step(), Some(143));
        // Taken once.
        assert_eq!(state.leave_sql_step(), None);
        assert_eq!(state.on_signal(130), Some(130));
    }

    #[test]
    fn the_report_says_what_the_run_did() {
        let state = RunState::default();
        assert!(
            state
                .report()
                .starts_with("Interrupted; nothing to clean up")
        );
        state.role_done("aad_c");
        assert_eq!(
            state.report(),
            "Interrupted; role aad_c is created and fully granted; no temporary firewall rule is left; no connector \
             was created (run the command again to finish)."
        );
        state.rule_left("svc_ab12c");
        state.connector_sent();
        assert_eq!(
            state.report(),
            "Interrupted; role aad_c is created and fully granted; the temporary firewall rule svc_ab12c could not \
             be removed (delete it manually); the connector request was sent, so the connector may exist \
             (`azconn connection show` tells; running the command again finishes it)."
        );
    }

    #[test]
    fn two_runs_have_their_own_state() {
        let first = RunState::default();
        first.enter_sql_step();
        first.role_done("aad_a");
        let second = RunState::default();
        assert_eq!(second.on_signal(130), Some(130));
        assert!(
            second
                .report()
                .starts_with("Interrupted; nothing to clean up")
        );
    }
}
