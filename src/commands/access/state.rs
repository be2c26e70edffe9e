//! The two sides the diff compares: what the file asks for on one server ([`Desired`]) and what that server's
//! catalogs hold ([`ServerCatalog`]). Plain data, filled by `resolve` (desired) and `catalog` (current).

use std::collections::{BTreeMap, BTreeSet};

use super::profile::{ObjectClass, Privilege, Profile};
use crate::server_kind::ServerKind;

/// The type `pgaadauth_create_principal_with_oid` records for a principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PrincipalType {
    User,
    Group,
    /// Service principals, managed identities and apps' system identities.
    Service,
}

impl PrincipalType {
    /// As `pgaadauth` spells it.
    pub fn as_sql(self) -> &'static str {
        match self {
            PrincipalType::User => "user",
            PrincipalType::Group => "group",
            PrincipalType::Service => "service",
        }
    }

    /// Parses `pgaadauth`'s spelling.
    pub fn parse(s: &str) -> Option<PrincipalType> {
        match s.to_ascii_lowercase().as_str() {
            "user" => Some(PrincipalType::User),
            "group" => Some(PrincipalType::Group),
            "service" => Some(PrincipalType::Service),
            _ => None,
        }
    }
}

/// An Entra principal, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub object_id: String,
    pub kind: PrincipalType,
    /// UPN or display name (shown in plans; the default role name).
    pub display: String,
    /// A service principal's app (client) id: what Single Server takes as the role's password.
    pub app_id: Option<String>,
}

/// What one role is given on one database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseGrant {
    pub profile: Profile,
    pub schemas: Vec<String>,
}

/// A role the file asks for on this server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesiredRole {
    pub name: String,
    pub principal: Principal,
    /// Per database.
    pub grants: BTreeMap<String, DatabaseGrant>,
    /// Where the file asks for it (`FILE:LINE:COLUMN`), for messages.
    pub at: String,
}

/// What the file asks for on one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desired {
    /// The server's name, for messages.
    pub server: String,
    /// Flexible creates roles with `pgaadauth`, Single Server as members of `azure_ad_user`.
    pub kind: ServerKind,
    /// The managed databases, in file order.
    pub databases: Vec<String>,
    pub roles: Vec<DesiredRole>,
    /// The roles the server's Entra administrators log in as (they create objects).
    pub admins: Vec<String>,
    /// `--prune`: drop managed roles the file no longer lists.
    pub prune: bool,
    /// `--skip-ungrantable`: leave out what the administrator cannot grant on instead of stopping.
    pub skip_ungrantable: bool,
}

impl Desired {
    /// The schemas managed on `database`: every schema a grant there names (`public` when none does).
    pub fn schemas(&self, database: &str) -> BTreeSet<String> {
        let mut out: BTreeSet<String> = self
            .roles
            .iter()
            .filter_map(|r| r.grants.get(database))
            .flat_map(|g| g.schemas.iter().cloned())
            .collect();
        if out.is_empty() {
            out.insert("public".to_owned());
        }
        out
    }
}

/// A role as the server knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleState {
    pub superuser: bool,
    /// Carries azconn's marker (its comment): azconn created or adopted it and may prune it.
    pub managed: bool,
    /// The Entra principal `pgaadauth` maps it to. On Single Server, where a member of `azure_ad_user` keeps its
    /// object id only as its password's hash, the object id is empty and the type unknown.
    pub entra: Option<(String, Option<PrincipalType>)>,
    /// An Entra administrator's role.
    pub admin: bool,
    /// Objects it owns, in any database.
    pub owned_objects: i64,
    /// Databases outside the file where it holds privileges.
    pub privileges_elsewhere: Vec<String>,
}

/// One privilege granted on an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acl {
    pub grantee: String,
    pub privilege: Privilege,
}

/// A database, schema, table or sequence with its owner and grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub class: ObjectClass,
    /// The schema of a table or sequence.
    pub schema: Option<String>,
    pub name: String,
    pub owner: String,
    pub acl: Vec<Acl>,
    /// The administrator can grant every privilege on it without borrowing its owner (the owner's privileges, or
    /// every grant option: the check `create` makes); read for tables and sequences.
    pub grantable: bool,
}

impl Object {
    /// How plans and SQL name it: `database demo`, `schema public`, `table public.t1`.
    pub fn label(&self) -> String {
        match (&self.class, &self.schema) {
            (ObjectClass::Database, _) => format!("database {}", self.name),
            (ObjectClass::Schema, _) => format!("schema {}", self.name),
            (ObjectClass::Table, Some(s)) => format!("table {s}.{}", self.name),
            (ObjectClass::Sequence, Some(s)) => format!("sequence {s}.{}", self.name),
            (_, None) => self.name.clone(),
        }
    }

    /// The privileges `grantee` holds on it.
    pub fn privileges_of(&self, grantee: &str) -> BTreeSet<Privilege> {
        self.acl
            .iter()
            .filter(|a| a.grantee == grantee)
            .map(|a| a.privilege)
            .collect()
    }
}

/// A default privilege: objects of `class` that `creator` makes in `schema` get `privilege` for `grantee`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultAcl {
    pub creator: String,
    pub schema: String,
    pub class: ObjectClass,
    pub grantee: String,
    pub privilege: Privilege,
}

/// One database's catalogs, as far as the managed schemas reach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DatabaseCatalog {
    /// The database itself, then the managed schemas that exist, then their tables and sequences.
    pub objects: Vec<Object>,
    pub default_acls: Vec<DefaultAcl>,
    /// Roles whose privileges the signed-in administrator has in this database (`pg_has_role … MEMBER`).
    pub member_of: BTreeSet<String>,
}

/// One server's catalogs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerCatalog {
    /// `server_version_num`.
    pub version_num: i32,
    pub roles: BTreeMap<String, RoleState>,
    /// Roles whose privileges the administrator has on `postgres`, where roles are dropped.
    pub member_of: BTreeSet<String>,
    pub databases: BTreeMap<String, DatabaseCatalog>,
}
