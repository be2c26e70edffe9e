//! One entry of the file at a time, checked for meaning: a server in scope, a principal, a grant; and the
//! checks across grants.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::raw::{RawGrant, RawPrincipal, RawServer};
use super::{At, FileError, Grant, PrincipalRef, ServerScope};
use crate::commands::access::profile::{BUILT_IN, Profile};
use crate::server_kind::ServerKind;

pub(super) fn same_server(a: &ServerScope, b: &ServerScope) -> bool {
    a.kind == b.kind
        && a.name.eq_ignore_ascii_case(&b.name)
        && a.resource_group.eq_ignore_ascii_case(&b.resource_group)
        && a.subscription.as_deref().map(str::to_ascii_lowercase)
            == b.subscription.as_deref().map(str::to_ascii_lowercase)
}

type Fail = (serde_saphyr::Location, String);

pub(super) fn server_scope(file: &str, s: &RawServer) -> Result<ServerScope, Fail> {
    let here = s.databases.referenced;
    let (kind, name, resource_group, subscription, loc) = match (&s.server, &s.id) {
        (Some(n), None) => {
            let rg = s.resource_group.as_ref().ok_or_else(|| {
                (
                    n.referenced,
                    format!(
                        "server {}: `resource-group` is required with `server`",
                        n.value
                    ),
                )
            })?;
            (
                ServerKind::Flexible,
                n.value.clone(),
                rg.value.clone(),
                s.subscription.as_ref().map(|v| v.value.clone()),
                n.referenced,
            )
        }
        (None, Some(id)) => {
            if let Some(extra) = s.resource_group.as_ref().or(s.subscription.as_ref()) {
                return Err((
                    extra.referenced,
                    "`resource-group` and `subscription` come from `id`; leave them out".to_owned(),
                ));
            }
            let (kind, rid) = super::server_of_id(&id.value).map_err(|m| (id.referenced, m))?;
            (
                kind,
                rid.name().to_owned(),
                rid.resource_group.clone().unwrap_or_default(),
                Some(rid.subscription.clone()),
                id.referenced,
            )
        }
        (Some(n), Some(_)) => {
            return Err((
                n.referenced,
                "give either `server` (with `resource-group`) or `id`, not both".to_owned(),
            ));
        }
        (None, None) => {
            return Err((
                here,
                "a server needs `server` (with `resource-group`) or `id`".to_owned(),
            ));
        }
    };
    if s.databases.value.is_empty() {
        return Err((
            here,
            format!("server {name}: `databases` lists no database"),
        ));
    }
    let mut databases: Vec<String> = Vec::new();
    for d in &s.databases.value {
        check_name(&d.value, "database").map_err(|m| (d.referenced, m))?;
        if databases.contains(&d.value) {
            return Err((
                d.referenced,
                format!("database {} is listed twice", d.value),
            ));
        }
        databases.push(d.value.clone());
    }
    Ok(ServerScope {
        kind,
        name,
        resource_group,
        subscription,
        databases,
        at: At {
            file: file.to_owned(),
            line: loc.line(),
            column: loc.column(),
        },
    })
}

/// PostgreSQL names: not empty, at most 63 bytes, no NUL.
fn check_name(name: &str, what: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("the {what} name is empty"));
    }
    if name.contains('\0') {
        return Err(format!("the {what} name contains a NUL character"));
    }
    if name.len() > 63 {
        return Err(format!(
            "the {what} name `{name}` is {} bytes long; PostgreSQL truncates names to 63 bytes",
            name.len()
        ));
    }
    Ok(())
}

fn principal(p: &Spanned<RawPrincipal>) -> Result<PrincipalRef, Fail> {
    let v = &p.value;
    let mut found = Vec::new();
    let mut add = |o: &Option<String>, f: fn(String) -> PrincipalRef| {
        if let Some(s) = o {
            found.push(f(s.clone()));
        }
    };
    add(&v.user, PrincipalRef::User);
    add(&v.group, PrincipalRef::Group);
    add(&v.service_principal, PrincipalRef::ServicePrincipal);
    add(&v.managed_identity, PrincipalRef::ManagedIdentity);
    add(&v.app, PrincipalRef::App);
    match found.len() {
        1 => {
            let r = found.remove(0);
            if r.value().trim().is_empty() {
                return Err((p.referenced, format!("the principal's `{}` is empty", r.key())));
            }
            Ok(r)
        }
        0 => Err((
            p.referenced,
            "a principal needs one of user, group, service-principal, managed-identity, app".to_owned(),
        )),
        _ => Err((
            p.referenced,
            "a principal names exactly one of user, group, service-principal, managed-identity, app".to_owned(),
        )),
    }
}

pub(super) fn grant(
    file: &str,
    g: &Spanned<RawGrant>,
    servers: &[ServerScope],
    profiles: &BTreeMap<&str, Profile>,
) -> Result<Grant, Fail> {
    let v = &g.value;
    let principal = principal(&v.principal)?;
    let profile = match Profile::built_in(&v.profile.value) {
        Some(p) => p,
        None => profiles
            .get(v.profile.value.as_str())
            .cloned()
            .ok_or_else(|| {
                let mut names: Vec<&str> = BUILT_IN.to_vec();
                names.extend(profiles.keys().copied());
                (
                    v.profile.referenced,
                    format!(
                        "unknown profile `{}`; expected one of {}",
                        v.profile.value,
                        names.join(", ")
                    ),
                )
            })?,
    };
    let server_idx: Vec<usize> = match &v.servers {
        None => (0..servers.len()).collect(),
        Some(list) => {
            let mut idx = Vec::new();
            for s in list {
                let matches: Vec<usize> = servers
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.name.eq_ignore_ascii_case(&s.value))
                    .map(|(i, _)| i)
                    .collect();
                if matches.is_empty() {
                    return Err((
                        s.referenced,
                        format!("server `{}` is not in `servers`", s.value),
                    ));
                }
                idx.extend(matches);
            }
            idx
        }
    };
    let databases = match &v.databases {
        None => None,
        Some(list) => {
            let mut out = Vec::new();
            for d in list {
                let known = server_idx
                    .iter()
                    .any(|i| servers[*i].databases.contains(&d.value));
                if !known {
                    return Err((
                        d.referenced,
                        format!(
                            "database `{}` is not managed on any of this grant's servers (add it to the server's `databases`)",
                            d.value
                        ),
                    ));
                }
                out.push(d.value.clone());
            }
            Some(out)
        }
    };
    let role = match &v.role {
        Some(r) => {
            check_name(&r.value, "role").map_err(|m| (r.referenced, m))?;
            Some(r.value.clone())
        }
        None => None,
    };
    let schemas = match &v.schemas {
        None => vec!["public".to_owned()],
        Some(list) if list.is_empty() => {
            return Err((g.referenced, "`schemas` lists no schema".to_owned()));
        }
        Some(list) => {
            let mut out = Vec::new();
            for s in list {
                check_name(&s.value, "schema").map_err(|m| (s.referenced, m))?;
                out.push(s.value.clone());
            }
            out
        }
    };
    Ok(Grant {
        principal,
        servers: server_idx,
        databases,
        profile,
        role,
        schemas,
        at: At {
            file: file.to_owned(),
            line: g.referenced.line(),
            column: g.referenced.column(),
        },
    })
}

/// Two grants that give the same explicit role different things on one database contradict each other.
pub(super) fn check_role_conflicts(
    grants: &[Grant],
    servers: &[ServerScope],
) -> Result<(), FileError> {
    let mut seen: BTreeMap<(usize, String, String), &Grant> = BTreeMap::new();
    for g in grants {
        let Some(role) = &g.role else { continue };
        for s in &g.servers {
            for db in g.databases_on(&servers[*s]) {
                let key = (*s, role.clone(), db.to_owned());
                if let Some(first) = seen.get(&key) {
                    return Err(FileError {
                        at: g.at.clone(),
                        message: format!(
                            "role {role} on database {db} of server {} is already granted at line {}; one grant per role and database",
                            servers[*s].name, first.at.line
                        ),
                    });
                }
                seen.insert(key, g);
            }
        }
    }
    Ok(())
}
