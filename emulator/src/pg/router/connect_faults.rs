//! Connect faults: chosen client connections reset or stalled after their ClientHello, and how many connections
//! each fault has seen.

use std::sync::Mutex;

use crate::pg::faults::{ConnectAction, ConnectFault};

/// Connect faults with the number of matching connections each has seen.
#[derive(Debug, Default)]
pub(super) struct ConnectFaults(Mutex<Vec<(ConnectFault, u64)>>);

impl ConnectFaults {
    /// Counts a connection to `host` against every matching fault; the action of the first that hits it.
    pub(super) fn take(&self, host: &str) -> Option<ConnectAction> {
        let mut faults = self.0.lock().ok()?;
        let mut hit = None;
        for (f, seen) in faults.iter_mut() {
            if f.host
                .as_ref()
                .is_some_and(|h| !h.eq_ignore_ascii_case(host))
            {
                continue;
            }
            *seen += 1;
            if hit.is_none() && *seen >= f.nth && *seen < f.nth.saturating_add(f.times) {
                hit = Some(f.action);
            }
        }
        hit
    }

    /// Adds a fault (counted from now on) and returns its index.
    pub(super) fn add(&self, fault: ConnectFault) -> Result<usize, String> {
        if fault.nth == 0 || fault.times == 0 {
            return Err("nth and times must be at least 1".to_owned());
        }
        let mut faults = self
            .0
            .lock()
            .map_err(|_| "the connect fault lock is poisoned".to_owned())?;
        faults.push((fault, 0));
        Ok(faults.len() - 1)
    }

    /// Removes every fault.
    pub(super) fn clear(&self) {
        if let Ok(mut faults) = self.0.lock() {
            faults.clear();
        }
    }

    /// How many client connections matched fault `index` so far.
    pub(super) fn seen(&self, index: usize) -> u64 {
        self.0
            .lock()
            .ok()
            .and_then(|f| f.get(index).map(|(_, seen)| *seen))
            .unwrap_or(0)
    }
}
