//! The access file: which servers and databases azconn manages, custom profiles, and who gets what.
//!
//! YAML (or JSON, which is YAML) read with `serde-saphyr`: a maintained, panic-free, pure-Rust parser whose
//! values carry their line and column, so every error — syntax or meaning — names `FILE:LINE:COLUMN`. The
//! parse is pure and complete: nothing is looked up until the whole file is valid.

use std::collections::BTreeMap;
use std::fmt;

use super::profile::{BUILT_IN, ObjectClass, Profile, parse_class};
use crate::arm::ResourceId;
use crate::server_kind::ServerKind;
use entries::{check_role_conflicts, grant, same_server, server_scope};
use raw::RawFile;

mod entries;
mod raw;

/// The file format version this build reads.
pub const VERSION: u32 = 1;

/// Where something is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At {
    pub file: String,
    pub line: u64,
    pub column: u64,
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A file that cannot be used: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {message}")]
pub struct FileError {
    pub at: At,
    pub message: String,
}

/// One server in scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerScope {
    pub kind: ServerKind,
    pub name: String,
    pub resource_group: String,
    /// Name or id; `None`: az's default subscription.
    pub subscription: Option<String>,
    /// The databases managed on it, in file order.
    pub databases: Vec<String>,
    pub at: At,
}

/// The kind and id of a server given by its resource id: `…/flexibleServers/NAME` or a Single Server's
/// `…/servers/NAME`; why not, otherwise.
pub fn server_of_id(id: &str) -> Result<(ServerKind, ResourceId), String> {
    let rid = ResourceId::parse(id).map_err(|_| format!("`{id}` is not a resource id"))?;
    let rtype = rid.resource_type().unwrap_or_default();
    let kind = if rtype.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL/flexibleServers") {
        ServerKind::Flexible
    } else if rtype.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL/servers") {
        ServerKind::Single
    } else {
        return Err(format!(
            "`{id}` is not an Azure Database for PostgreSQL server (…/flexibleServers/NAME or …/servers/NAME)"
        ));
    };
    Ok((kind, rid))
}

/// Who a grant is for, as the file names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalRef {
    /// A user by UPN or object id.
    User(String),
    /// A group by display name or object id.
    Group(String),
    /// A service principal by appId or display name.
    ServicePrincipal(String),
    /// A managed identity by name or resource id.
    ManagedIdentity(String),
    /// An App Service / Container App (its system-assigned identity) by resource id.
    App(String),
}

impl PrincipalRef {
    /// The file's key for this kind.
    pub fn key(&self) -> &'static str {
        match self {
            PrincipalRef::User(_) => "user",
            PrincipalRef::Group(_) => "group",
            PrincipalRef::ServicePrincipal(_) => "service-principal",
            PrincipalRef::ManagedIdentity(_) => "managed-identity",
            PrincipalRef::App(_) => "app",
        }
    }

    /// The name or id as written.
    pub fn value(&self) -> &str {
        match self {
            PrincipalRef::User(v)
            | PrincipalRef::Group(v)
            | PrincipalRef::ServicePrincipal(v)
            | PrincipalRef::ManagedIdentity(v)
            | PrincipalRef::App(v) => v,
        }
    }
}

impl fmt::Display for PrincipalRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key(), self.value())
    }
}

/// One entry of `grants`, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub principal: PrincipalRef,
    /// Indexes into [`AccessFile::servers`].
    pub servers: Vec<usize>,
    /// `None`: every database of each of its servers.
    pub databases: Option<Vec<String>>,
    pub profile: Profile,
    /// `None`: the name Azure gives the principal.
    pub role: Option<String>,
    pub schemas: Vec<String>,
    pub at: At,
}

impl Grant {
    /// The databases of `server` this grant applies to.
    pub fn databases_on<'a>(&'a self, server: &'a ServerScope) -> Vec<&'a str> {
        server
            .databases
            .iter()
            .filter(|d| self.databases.as_ref().is_none_or(|l| l.contains(d)))
            .map(String::as_str)
            .collect()
    }
}

/// The whole file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessFile {
    pub servers: Vec<ServerScope>,
    pub grants: Vec<Grant>,
}

/// Reads the text of file `name` (the name is only used in messages).
pub fn parse(name: &str, text: &str) -> Result<AccessFile, FileError> {
    let at = |s: &serde_saphyr::Location| At {
        file: name.to_owned(),
        line: s.line(),
        column: s.column(),
    };
    let err = |loc: &serde_saphyr::Location, message: String| FileError {
        at: at(loc),
        message,
    };
    let raw: RawFile = serde_saphyr::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        FileError {
            at: At {
                file: name.to_owned(),
                line,
                column,
            },
            message: plain_message(&e),
        }
    })?;
    if raw.version.value != VERSION {
        return Err(err(
            &raw.version.referenced,
            format!(
                "version {} is not supported; this azconn reads version {VERSION}",
                raw.version.value
            ),
        ));
    }

    let mut servers = Vec::new();
    if raw.servers.value.is_empty() {
        return Err(err(
            &raw.servers.referenced,
            "`servers` lists no server".to_owned(),
        ));
    }
    for s in &raw.servers.value {
        let server = server_scope(name, s).map_err(|(loc, m)| err(&loc, m))?;
        if let Some(dup) = servers
            .iter()
            .find(|o: &&ServerScope| same_server(o, &server))
        {
            return Err(FileError {
                at: server.at.clone(),
                message: format!(
                    "server {} is listed twice (first at line {})",
                    server.name, dup.at.line
                ),
            });
        }
        servers.push(server);
    }

    let mut profiles: BTreeMap<&str, Profile> = BTreeMap::new();
    for (pname, p) in &raw.profiles {
        if BUILT_IN.contains(&pname.as_str()) {
            return Err(err(
                &p.referenced,
                format!("profile `{pname}` is built in and cannot be redefined"),
            ));
        }
        let class = |c: ObjectClass, words: &[String]| {
            parse_class(c, words).map_err(|m| err(&p.referenced, format!("profile `{pname}`: {m}")))
        };
        let v = &p.value;
        profiles.insert(
            pname,
            Profile {
                name: pname.clone(),
                database: class(ObjectClass::Database, &v.database)?,
                schemas: class(ObjectClass::Schema, &v.schemas)?,
                tables: class(ObjectClass::Table, &v.tables)?,
                sequences: class(ObjectClass::Sequence, &v.sequences)?,
            },
        );
    }

    let mut grants = Vec::new();
    for g in &raw.grants {
        grants.push(grant(name, g, &servers, &profiles).map_err(|(loc, m)| err(&loc, m))?);
    }
    check_role_conflicts(&grants, &servers)?;
    Ok(AccessFile { servers, grants })
}

/// The parser's message without its source snippet and without a location suffix (the caller adds
/// `FILE:LINE:COLUMN` in front).
fn plain_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    let first = text.lines().next().unwrap_or("").trim();
    let cut = first
        .rfind(" at line ")
        .map_or(first, |i| &first[..i])
        .trim_end_matches(':')
        .to_owned();
    if cut.is_empty() {
        "the file is not valid YAML".to_owned()
    } else {
        cut
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
