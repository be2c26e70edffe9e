//! Who the file's principals are: each entry resolved once through Microsoft Graph (and ARM for identities
//! named by resource id) into an object id, a `pgaadauth` type and the name Azure gives its role. The Graph
//! lookups travel in JSON batches (`graph.rs`); a missing or ambiguous entry is an error that names the entry's
//! place in the file.

use std::collections::BTreeMap;

use serde_json::Value;

use super::file::{AccessFile, PrincipalRef};
use super::graph;
use super::state::{Principal, PrincipalType};
use crate::arm::{ArmClient, ResourceId};
use crate::error::{Error, Result};

/// Resolves every principal of the file; keyed by the entry as written. Identities named by resource id are read
/// in ARM first (concurrently); then every Graph lookup goes out in batches.
pub async fn resolve_all(
    file: &AccessFile,
    arm: &ArmClient,
) -> Result<BTreeMap<PrincipalKey, Principal>> {
    let mut unique: BTreeMap<PrincipalKey, String> = BTreeMap::new();
    for g in &file.grants {
        unique
            .entry(PrincipalKey::of(&g.principal))
            .or_insert_with(|| g.at.to_string());
    }
    let named = |key: &PrincipalKey, at: &str, miss: Miss| match miss {
        Miss::Absent(m) => Error::not_found(format!("{at}: {key}: {m}")),
        Miss::Other(m) => Error::runtime(format!("{at}: {key}: {m}")),
    };
    let oids = futures::future::join_all(unique.keys().map(|key| async move {
        if key.by_resource_id() {
            resource_object_id(key, arm).await.map(Some)
        } else {
            Ok(None)
        }
    }))
    .await;
    let mut lookups = Vec::new();
    for ((key, at), oid) in unique.iter().zip(oids) {
        let oid = oid.map_err(|miss| named(key, at, miss))?;
        let url = key.lookup(oid.as_deref());
        lookups.push((key, at, oid, url));
    }
    let urls: Vec<String> = lookups.iter().map(|l| l.3.clone()).collect();
    let answers = graph::get_all(arm, &urls)
        .await
        .map_err(|e| Error::runtime(format!("The Microsoft Graph lookups failed: {e}")))?;
    let mut out = BTreeMap::new();
    for ((key, at, oid, _), answer) in lookups.into_iter().zip(answers) {
        let found = principal(key, oid, answer).map_err(|miss| named(key, at, miss))?;
        out.insert(key.clone(), found);
    }
    Ok(out)
}

/// A principal entry as written, as a map key (kind + value, case-insensitive).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PrincipalKey {
    kind: &'static str,
    value: String,
    original: String,
}

impl std::fmt::Display for PrincipalKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.original)
    }
}

impl PrincipalKey {
    /// The key of an entry.
    pub fn of(r: &PrincipalRef) -> PrincipalKey {
        PrincipalKey {
            kind: r.key(),
            value: r.value().to_lowercase(),
            original: r.value().to_owned(),
        }
    }

    /// A managed identity or an app named by its resource id: its object id is read in ARM.
    fn by_resource_id(&self) -> bool {
        self.kind == "app" || (self.kind == "managed-identity" && self.original.starts_with('/'))
    }

    /// The Graph lookup that finds the entry (`oid`: a resource's principal id from ARM).
    fn lookup(&self, oid: Option<&str>) -> String {
        let name = self.original.as_str();
        match (self.kind, oid) {
            (_, Some(oid)) => graph::object("servicePrincipals", oid),
            ("user", _) => graph::object("users", name),
            ("group", _) if is_guid(name) => graph::object("groups", name),
            ("group", _) => graph::named("groups", name),
            ("service-principal", _) if is_guid(name) => graph::by_app_id(name),
            _ => graph::named("servicePrincipals", name),
        }
    }
}

fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12]
            .iter()
            .zip(&parts)
            .all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Why a principal was not resolved.
#[derive(Debug, PartialEq, Eq)]
enum Miss {
    /// Nothing of that name or id exists (exit 3).
    Absent(String),
    /// Ambiguous, of the wrong kind, or the lookup failed (exit 1).
    Other(String),
}

impl From<String> for Miss {
    fn from(m: String) -> Self {
        Miss::Other(m)
    }
}

/// Exactly one match, or why not.
fn one(mut found: Vec<Value>, what: &str, name: &str) -> std::result::Result<Value, Miss> {
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(Miss::Absent(format!(
            "no {what} named `{name}` in Microsoft Entra ID"
        ))),
        n => Err(Miss::Other(format!(
            "{n} {what}s are named `{name}`; use the object id (or app id) instead"
        ))),
    }
}

/// The principal id of the resource a key names, from ARM.
async fn resource_object_id(
    r: &PrincipalKey,
    arm: &ArmClient,
) -> std::result::Result<String, Miss> {
    let name = r.original.as_str();
    let id = ResourceId::parse(name).map_err(|_| format!("`{name}` is not a resource id"))?;
    arm.resource_principal_id(&id)
        .await
        .map_err(|e| {
            if e.is_not_found() {
                Miss::Absent(e.to_string())
            } else {
                Miss::Other(e.to_string())
            }
        })?
        .ok_or_else(|| {
            Miss::Other(format!(
                "`{name}` has no system-assigned identity; turn it on first"
            ))
        })
}

/// The principal a key names, from its Graph answer (and, for a resource, the principal id ARM gave).
fn principal(
    r: &PrincipalKey,
    oid: Option<String>,
    answer: graph::Answer,
) -> std::result::Result<Principal, Miss> {
    let name = r.original.as_str();
    if let Some(oid) = oid {
        // Named by its service principal in Graph when there is one; the resource's name otherwise.
        let sp = answer.ok().flatten();
        let field = |k: &str| sp.as_ref().and_then(|v| text(v, k));
        let fallback = name.rsplit('/').next().unwrap_or(name).to_owned();
        return Ok(Principal {
            display: field("displayName").unwrap_or(fallback),
            app_id: field("appId"),
            object_id: oid,
            kind: PrincipalType::Service,
        });
    }
    let found = answer.map_err(|e| format!("the Microsoft Graph lookup failed: {e}"))?;
    let list = |v: Option<Value>| match v {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    let (v, kind, display_key) = match r.kind {
        "user" => (
            found.ok_or_else(|| Miss::Absent(format!("no user `{name}` in Microsoft Entra ID")))?,
            PrincipalType::User,
            "userPrincipalName",
        ),
        "group" if is_guid(name) => (
            found.ok_or_else(|| Miss::Absent(format!("no group with object id `{name}`")))?,
            PrincipalType::Group,
            "displayName",
        ),
        "group" => (
            one(list(found), "group", name)?,
            PrincipalType::Group,
            "displayName",
        ),
        "service-principal" if is_guid(name) => (
            list(found).into_iter().next().ok_or_else(|| {
                Miss::Absent(format!("no service principal with app id `{name}`"))
            })?,
            PrincipalType::Service,
            "displayName",
        ),
        "service-principal" => (
            one(list(found), "service principal", name)?,
            PrincipalType::Service,
            "displayName",
        ),
        _ => {
            let identities = list(found)
                .into_iter()
                .filter(|v| {
                    text(v, "servicePrincipalType")
                        .is_some_and(|t| t.eq_ignore_ascii_case("ManagedIdentity"))
                })
                .collect();
            (
                one(identities, "managed identity", name)?,
                PrincipalType::Service,
                "displayName",
            )
        }
    };
    let object_id =
        text(&v, "id").ok_or_else(|| "Microsoft Graph returned no object id".to_owned())?;
    let display = text(&v, display_key)
        .or_else(|| text(&v, "displayName"))
        .unwrap_or_else(|| object_id.clone());
    Ok(Principal {
        object_id,
        kind,
        display,
        app_id: text(&v, "appId"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids() {
        assert!(is_guid("5f2e8a41-0000-4000-8000-000000000001"));
        assert!(!is_guid("my-app"));
        assert!(!is_guid("5f2e8a41-0000-4000-8000-00000000000"));
    }

    #[test]
    fn ambiguity_is_named() {
        let two = vec![Value::Null, Value::Null];
        assert_eq!(
            one(two, "group", "DB Readers"),
            Err(Miss::Other(
                "2 groups are named `DB Readers`; use the object id (or app id) instead".to_owned()
            ))
        );
        assert_eq!(
            one(Vec::new(), "group", "x"),
            Err(Miss::Absent(
                "no group named `x` in Microsoft Entra ID".to_owned()
            ))
        );
    }
}
