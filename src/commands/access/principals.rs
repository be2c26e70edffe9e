//! Who the file's principals are: each entry resolved once through Microsoft Graph (and ARM for identities
//! named by resource id) into an object id, a `pgaadauth` type and the name Azure gives its role. Lookups run
//! concurrently; a missing or ambiguous entry is an error that names the entry's place in the file.

use std::collections::BTreeMap;

use serde_json::Value;

use super::file::{AccessFile, PrincipalRef};
use super::state::{Principal, PrincipalType};
use crate::arm::{ArmClient, ResourceId};
use crate::error::{Error, Result};

/// Resolves every principal of the file; keyed by the entry as written.
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
    let lookups = unique.iter().map(|(key, at)| async move {
        let found = resolve(key, arm).await.map_err(|miss| match miss {
            Miss::Absent(m) => Error::not_found(format!("{at}: {key}: {m}")),
            Miss::Other(m) => Error::runtime(format!("{at}: {key}: {m}")),
        })?;
        Ok::<_, Error>((key.clone(), found))
    });
    let results = futures::future::join_all(lookups).await;
    let mut out = BTreeMap::new();
    for r in results {
        let (k, p) = r?;
        out.insert(k, p);
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

async fn resolve(r: &PrincipalKey, arm: &ArmClient) -> std::result::Result<Principal, Miss> {
    let name = r.original.as_str();
    let graph = |e: crate::arm::ArmError| format!("the Microsoft Graph lookup failed: {e}");
    let principal = |v: &Value, kind: PrincipalType, display_key: &str| {
        let object_id =
            text(v, "id").ok_or_else(|| "Microsoft Graph returned no object id".to_owned())?;
        let display = text(v, display_key)
            .or_else(|| text(v, "displayName"))
            .unwrap_or_else(|| object_id.clone());
        Ok::<_, Miss>(Principal {
            object_id,
            kind,
            display,
            app_id: text(v, "appId"),
        })
    };
    match r.kind {
        "user" => {
            let v =
                arm.graph_user(name).await.map_err(graph)?.ok_or_else(|| {
                    Miss::Absent(format!("no user `{name}` in Microsoft Entra ID"))
                })?;
            principal(&v, PrincipalType::User, "userPrincipalName")
        }
        "group" => {
            let v = if is_guid(name) {
                arm.graph_group(name)
                    .await
                    .map_err(graph)?
                    .ok_or_else(|| Miss::Absent(format!("no group with object id `{name}`")))?
            } else {
                one(
                    arm.graph_groups_named(name).await.map_err(graph)?,
                    "group",
                    name,
                )?
            };
            principal(&v, PrincipalType::Group, "displayName")
        }
        "service-principal" => {
            let v = if is_guid(name) {
                arm.graph_service_principal_by_app_id(name)
                    .await
                    .map_err(graph)?
                    .ok_or_else(|| {
                        Miss::Absent(format!("no service principal with app id `{name}`"))
                    })?
            } else {
                one(
                    arm.graph_service_principals_named(name)
                        .await
                        .map_err(graph)?,
                    "service principal",
                    name,
                )?
            };
            principal(&v, PrincipalType::Service, "displayName")
        }
        "managed-identity" if !name.starts_with('/') => {
            let found: Vec<Value> = arm
                .graph_service_principals_named(name)
                .await
                .map_err(graph)?
                .into_iter()
                .filter(|v| {
                    text(v, "servicePrincipalType")
                        .is_some_and(|t| t.eq_ignore_ascii_case("ManagedIdentity"))
                })
                .collect();
            let v = one(found, "managed identity", name)?;
            principal(&v, PrincipalType::Service, "displayName")
        }
        _ => {
            // A managed identity or an app by resource id: its principal id from ARM, its name from Graph.
            let id =
                ResourceId::parse(name).map_err(|_| format!("`{name}` is not a resource id"))?;
            let oid = arm
                .resource_principal_id(&id)
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
                })?;
            let sp = arm.graph_service_principal(&oid).await.ok().flatten();
            let field = |k: &str| sp.as_ref().and_then(|v| text(v, k));
            Ok(Principal {
                display: field("displayName").unwrap_or_else(|| id.name().to_owned()),
                app_id: field("appId"),
                object_id: oid,
                kind: PrincipalType::Service,
            })
        }
    }
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
