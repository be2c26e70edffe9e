//! az's `KEY=VALUE ...` option words (core az's argparse actions, `action.py`), read once for every option that
//! takes them: `--secret`, `--user-account`, `--service-principal`, `--customized-keys`, and the compute sources'
//! `--system-identity`/`--user-identity`. What each option does with repeated or unknown keys stays with it.

use indexmap::IndexMap;

use crate::error::{Error, Result};

/// `KEY=VALUE` words → (key as given, its values in order), keys in first-seen order. A word without `=` is the
/// option's usage error `usage` (az's text, e.g. `Usage error: --secret [KEY=VALUE ...]`).
pub(crate) fn key_values(values: &[String], usage: &str) -> Result<Vec<(String, Vec<String>)>> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for word in values {
        let (k, v) = word
            .split_once('=')
            .ok_or_else(|| Error::runtime(usage.to_owned()))?;
        match out.iter_mut().find(|(seen, _)| seen == k) {
            Some((_, vs)) => vs.push(v.to_owned()),
            None => out.push((k.to_owned(), vec![v.to_owned()])),
        }
    }
    Ok(out)
}

/// `KEY=VALUE` words where a later value for a key wins; keys keep their first position.
pub(crate) fn last_values(values: &[String], usage: &str) -> Result<IndexMap<String, String>> {
    Ok(key_values(values, usage)?
        .into_iter()
        .map(|(k, vs)| (k, vs.into_iter().last().unwrap_or_default()))
        .collect())
}

/// Core az's `AddCustomizedKeys`.
pub(crate) fn customized_keys(values: &[String]) -> Result<IndexMap<String, String>> {
    last_values(values, "Usage error: --customized-keys [KEY=VALUE ...]")
}
