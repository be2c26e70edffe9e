//! The access file: which servers and databases azconn manages, custom profiles, and who gets what.
//!
//! YAML (or JSON, which is YAML) read with `serde-saphyr`: a maintained, panic-free, pure-Rust parser whose
//! values carry their line and column, so every error — syntax or meaning — names `FILE:LINE:COLUMN`. The
//! parse is pure and complete: nothing is looked up until the whole file is valid.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::profile::{BUILT_IN, ObjectClass, Profile, parse_class};
use crate::arm::ResourceId;

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

/// The server kinds the file can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Flexible,
    Single,
}

/// One server in scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerScope {
    pub kind: Kind,
    pub name: String,
    pub resource_group: String,
    /// Name or id; `None`: az's default subscription.
    pub subscription: Option<String>,
    /// The databases managed on it, in file order.
    pub databases: Vec<String>,
    pub at: At,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFile {
    version: Spanned<u32>,
    servers: Spanned<Vec<RawServer>>,
    #[serde(default)]
    profiles: BTreeMap<String, Spanned<RawProfile>>,
    #[serde(default)]
    grants: Vec<Spanned<RawGrant>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawServer {
    #[serde(default)]
    server: Option<Spanned<String>>,
    #[serde(default)]
    id: Option<Spanned<String>>,
    #[serde(default)]
    resource_group: Option<Spanned<String>>,
    #[serde(default)]
    subscription: Option<Spanned<String>>,
    databases: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProfile {
    #[serde(default)]
    database: Vec<String>,
    #[serde(default)]
    schemas: Vec<String>,
    #[serde(default)]
    tables: Vec<String>,
    #[serde(default)]
    sequences: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPrincipal {
    #[serde(default)]
    user: Option<String>,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    service_principal: Option<String>,
    #[serde(default)]
    managed_identity: Option<String>,
    #[serde(default)]
    app: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGrant {
    principal: Spanned<RawPrincipal>,
    #[serde(default)]
    servers: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    databases: Option<Vec<Spanned<String>>>,
    profile: Spanned<String>,
    #[serde(default)]
    role: Option<Spanned<String>>,
    #[serde(default)]
    schemas: Option<Vec<Spanned<String>>>,
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

fn same_server(a: &ServerScope, b: &ServerScope) -> bool {
    a.kind == b.kind
        && a.name.eq_ignore_ascii_case(&b.name)
        && a.resource_group.eq_ignore_ascii_case(&b.resource_group)
        && a.subscription.as_deref().map(str::to_ascii_lowercase)
            == b.subscription.as_deref().map(str::to_ascii_lowercase)
}

type Fail = (serde_saphyr::Location, String);

fn server_scope(file: &str, s: &RawServer) -> Result<ServerScope, Fail> {
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
                Kind::Flexible,
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
            let rid = ResourceId::parse(&id.value).map_err(|_| {
                (
                    id.referenced,
                    format!("`{}` is not a resource id", id.value),
                )
            })?;
            let rtype = rid.resource_type().unwrap_or_default();
            let kind = if rtype.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL/flexibleServers") {
                Kind::Flexible
            } else if rtype.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL/servers") {
                Kind::Single
            } else {
                return Err((
                    id.referenced,
                    format!(
                        "`{}` is not an Azure Database for PostgreSQL server (…/flexibleServers/NAME or …/servers/NAME)",
                        id.value
                    ),
                ));
            };
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

fn grant(
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
fn check_role_conflicts(grants: &[Grant], servers: &[ServerScope]) -> Result<(), FileError> {
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "\
version: 1
servers:
  - server: srv
    resource-group: rg
    databases: [demo, reporting]
  - id: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg2/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv2
    databases: [demo]
profiles:
  analyst: {tables: [SELECT], sequences: [SELECT], schemas: [USAGE]}
grants:
  - principal: {user: alice@contoso.com}
    databases: [demo]
    profile: read
    role: alice
  - principal: {group: DB Readers}
    profile: analyst
    servers: [srv]
    schemas: [public, sales]
";

    fn fails(text: &str) -> String {
        match parse("access.yaml", text) {
            Ok(f) => panic!("parsed: {f:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn example_parses() {
        let f = parse("access.yaml", EXAMPLE).unwrap();
        assert_eq!(f.servers.len(), 2);
        assert_eq!(f.servers[0].name, "srv");
        assert_eq!(f.servers[0].at.to_string(), "access.yaml:3:13");
        assert_eq!(f.servers[1].name, "srv2");
        assert_eq!(f.servers[1].resource_group, "rg2");
        assert_eq!(
            f.servers[1].subscription.as_deref(),
            Some("00000000-0000-0000-0000-000000000001")
        );
        let g = &f.grants[0];
        assert_eq!(g.principal, PrincipalRef::User("alice@contoso.com".into()));
        assert_eq!(g.servers, vec![0, 1]);
        assert_eq!(g.databases_on(&f.servers[0]), vec!["demo"]);
        assert_eq!(g.schemas, vec!["public"]);
        assert_eq!(g.role.as_deref(), Some("alice"));
        let g = &f.grants[1];
        assert_eq!(g.profile.name, "analyst");
        assert_eq!(g.servers, vec![0]);
        assert_eq!(g.databases_on(&f.servers[0]), vec!["demo", "reporting"]);
        assert_eq!(g.schemas, vec!["public", "sales"]);
        assert_eq!(g.at.line, 15);
    }

    #[test]
    fn json_is_accepted() {
        let f = parse(
            "a.json",
            r#"{"version": 1, "servers": [{"server": "s", "resource-group": "g", "databases": ["d"]}],
                "grants": [{"principal": {"service-principal": "app"}, "profile": "write"}]}"#,
        )
        .unwrap();
        assert_eq!(f.grants[0].profile.name, "write");
    }

    #[test]
    fn meaning_errors_point_at_the_value() {
        let bad = EXAMPLE.replace("profile: read", "profile: reader");
        assert_eq!(
            fails(&bad),
            "access.yaml:13:14: unknown profile `reader`; expected one of read, write, ddl, all, analyst"
        );
        let bad = EXAMPLE.replace(
            "databases: [demo]\n    profile",
            "databases: [nope]\n    profile",
        );
        assert_eq!(
            fails(&bad),
            "access.yaml:12:17: database `nope` is not managed on any of this grant's servers (add it to the server's `databases`)"
        );
        let bad = EXAMPLE.replace("{user: alice@contoso.com}", "{user: a, group: b}");
        assert_eq!(
            fails(&bad),
            "access.yaml:11:16: a principal names exactly one of user, group, service-principal, managed-identity, app"
        );
        let bad = EXAMPLE.replace("servers: [srv]", "servers: [other]");
        assert_eq!(
            fails(&bad),
            "access.yaml:17:15: server `other` is not in `servers`"
        );
        let bad = EXAMPLE.replace("version: 1", "version: 2");
        assert_eq!(
            fails(&bad),
            "access.yaml:1:10: version 2 is not supported; this azconn reads version 1"
        );
        let bad = EXAMPLE.replace("schemas: [USAGE]", "schemas: [SELECT]");
        assert!(fails(&bad).starts_with(
            "access.yaml:9:12: profile `analyst`: `SELECT` is not a privilege on schemas"
        ));
        let bad = EXAMPLE.replace("    resource-group: rg\n", "");
        assert_eq!(
            fails(&bad),
            "access.yaml:3:13: server srv: `resource-group` is required with `server`"
        );
    }

    #[test]
    fn syntax_and_shape_errors_have_a_location() {
        let e = fails("version: 1\nservers: [\n");
        assert!(e.starts_with("access.yaml:"), "{e}");
        let e = fails(&EXAMPLE.replace("role: alice", "rol: alice"));
        assert!(e.starts_with("access.yaml:14:"), "{e}");
        assert!(e.contains("rol"), "{e}");
    }

    #[test]
    fn same_role_twice_on_a_database_is_refused() {
        let text = "\
version: 1
servers: [{server: s, resource-group: g, databases: [d]}]
grants:
  - {principal: {user: a@x}, role: app, profile: read}
  - {principal: {user: b@x}, role: app, profile: write}
";
        assert_eq!(
            fails(text),
            "access.yaml:5:5: role app on database d of server s is already granted at line 4; one grant per role and database"
        );
    }
}
