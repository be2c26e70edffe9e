//! Privileges and profiles: what a role may do on a database, its schemas, their tables and their sequences.
//!
//! The built-in profiles are least privilege and cover objects created later (the diff adds default
//! privileges for them); `all` is az's grant set (`GRANT ALL PRIVILEGES` on the database, the tables and the
//! sequences, `CREATE` on the schema), plus `USAGE` on the schema, which az leaves to PUBLIC's grant on `public`
//! and which any other schema needs.

use std::collections::BTreeSet;
use std::fmt;

/// One PostgreSQL privilege, as `aclexplode` and `GRANT` spell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Privilege {
    Connect,
    Temporary,
    Usage,
    Create,
    Select,
    Insert,
    Update,
    Delete,
    Truncate,
    References,
    Trigger,
    Maintain,
}

impl Privilege {
    /// The SQL keyword.
    pub fn as_sql(self) -> &'static str {
        match self {
            Privilege::Connect => "CONNECT",
            Privilege::Temporary => "TEMPORARY",
            Privilege::Usage => "USAGE",
            Privilege::Create => "CREATE",
            Privilege::Select => "SELECT",
            Privilege::Insert => "INSERT",
            Privilege::Update => "UPDATE",
            Privilege::Delete => "DELETE",
            Privilege::Truncate => "TRUNCATE",
            Privilege::References => "REFERENCES",
            Privilege::Trigger => "TRIGGER",
            Privilege::Maintain => "MAINTAIN",
        }
    }

    /// Parses a keyword case-insensitively (`TEMP` is PostgreSQL's short form of `TEMPORARY`).
    pub fn parse(word: &str) -> Option<Privilege> {
        Some(match word.to_ascii_uppercase().as_str() {
            "CONNECT" => Privilege::Connect,
            "TEMPORARY" | "TEMP" => Privilege::Temporary,
            "USAGE" => Privilege::Usage,
            "CREATE" => Privilege::Create,
            "SELECT" => Privilege::Select,
            "INSERT" => Privilege::Insert,
            "UPDATE" => Privilege::Update,
            "DELETE" => Privilege::Delete,
            "TRUNCATE" => Privilege::Truncate,
            "REFERENCES" => Privilege::References,
            "TRIGGER" => Privilege::Trigger,
            "MAINTAIN" => Privilege::Maintain,
            _ => return None,
        })
    }
}

impl fmt::Display for Privilege {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_sql())
    }
}

/// The kinds of object a profile gives privileges on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ObjectClass {
    Database,
    Schema,
    Table,
    Sequence,
}

impl ObjectClass {
    /// The privileges PostgreSQL knows for this class; `ALL PRIVILEGES` means these (`MAINTAIN` only from
    /// PostgreSQL 17 on).
    pub fn all(self, server_version_num: i32) -> Privs {
        use Privilege::{
            Connect, Create, Delete, Insert, Maintain, References, Select, Temporary, Trigger,
            Truncate, Update, Usage,
        };
        let list: &[Privilege] = match self {
            ObjectClass::Database => &[Connect, Temporary, Create],
            ObjectClass::Schema => &[Usage, Create],
            ObjectClass::Table if server_version_num >= 170_000 => &[
                Select, Insert, Update, Delete, Truncate, References, Trigger, Maintain,
            ],
            ObjectClass::Table => &[
                Select, Insert, Update, Delete, Truncate, References, Trigger,
            ],
            ObjectClass::Sequence => &[Usage, Select, Update],
        };
        list.iter().copied().collect()
    }

    /// The key of this class in a profile (`database`, `schemas`, `tables`, `sequences`).
    pub fn key(self) -> &'static str {
        match self {
            ObjectClass::Database => "database",
            ObjectClass::Schema => "schemas",
            ObjectClass::Table => "tables",
            ObjectClass::Sequence => "sequences",
        }
    }
}

/// A set of privileges, in a fixed order.
pub type Privs = BTreeSet<Privilege>;

/// The privileges as SQL: `SELECT, INSERT`.
pub fn privs_sql(privs: &Privs) -> String {
    privs
        .iter()
        .map(|p| p.as_sql())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What one privilege on a class means in a profile: a concrete set, or "everything the server knows"
/// (resolved per server, since `MAINTAIN` exists only from PostgreSQL 17 on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassPrivs {
    Some(Privs),
    All,
}

impl ClassPrivs {
    /// The concrete set on a server of this version.
    pub fn resolve(&self, class: ObjectClass, server_version_num: i32) -> Privs {
        match self {
            ClassPrivs::Some(p) => p.clone(),
            ClassPrivs::All => class.all(server_version_num),
        }
    }

    fn has(&self, p: Privilege) -> bool {
        match self {
            ClassPrivs::Some(set) => set.contains(&p),
            ClassPrivs::All => true,
        }
    }
}

/// A named set of privileges per object class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub database: ClassPrivs,
    pub schemas: ClassPrivs,
    pub tables: ClassPrivs,
    pub sequences: ClassPrivs,
}

/// The names of the built-in profiles, least to most.
pub const BUILT_IN: [&str; 4] = ["read", "write", "ddl", "all"];

impl Profile {
    /// A built-in profile by name.
    pub fn built_in(name: &str) -> Option<Profile> {
        use Privilege::{Connect, Create, Delete, Insert, Select, Update, Usage};
        let set = |l: &[Privilege]| ClassPrivs::Some(l.iter().copied().collect());
        let read = Profile {
            name: name.to_owned(),
            database: set(&[Connect]),
            schemas: set(&[Usage]),
            tables: set(&[Select]),
            sequences: set(&[Select]),
        };
        let write = Profile {
            tables: set(&[Select, Insert, Update, Delete]),
            sequences: set(&[Usage, Select, Update]),
            ..read.clone()
        };
        Some(match name {
            "read" => read,
            "write" => write,
            "ddl" => Profile {
                schemas: set(&[Usage, Create]),
                ..write
            },
            "all" => Profile {
                name: name.to_owned(),
                database: ClassPrivs::All,
                schemas: set(&[Usage, Create]),
                tables: ClassPrivs::All,
                sequences: ClassPrivs::All,
            },
            _ => return None,
        })
    }

    /// The privileges on one class.
    pub fn class(&self, class: ObjectClass) -> &ClassPrivs {
        match class {
            ObjectClass::Database => &self.database,
            ObjectClass::Schema => &self.schemas,
            ObjectClass::Table => &self.tables,
            ObjectClass::Sequence => &self.sequences,
        }
    }

    /// Whether a role with this profile can create objects (and so needs default privileges set for it).
    pub fn creates_objects(&self) -> bool {
        self.schemas.has(Privilege::Create)
    }

    /// The profile a set of privileges matches: a built-in one when equal, else `custom` (`none` when empty).
    pub fn classify(actual: &[(ObjectClass, Privs)], server_version_num: i32) -> &'static str {
        let get = |c: ObjectClass| {
            actual
                .iter()
                .find(|(k, _)| *k == c)
                .map(|(_, p)| p.clone())
                .unwrap_or_default()
        };
        let classes = [
            ObjectClass::Database,
            ObjectClass::Schema,
            ObjectClass::Table,
            ObjectClass::Sequence,
        ];
        if classes.iter().all(|c| get(*c).is_empty()) {
            return "none";
        }
        for name in BUILT_IN.iter().rev() {
            let Some(p) = Profile::built_in(name) else {
                continue;
            };
            if classes
                .iter()
                .all(|c| p.class(*c).resolve(*c, server_version_num) == get(*c))
            {
                return name;
            }
        }
        "custom"
    }
}

/// Parses a profile's list for one class: privilege keywords valid for the class, or `ALL`.
pub fn parse_class(class: ObjectClass, words: &[String]) -> Result<ClassPrivs, String> {
    let mut set = Privs::new();
    for w in words {
        if w.eq_ignore_ascii_case("ALL") || w.eq_ignore_ascii_case("ALL PRIVILEGES") {
            return if words.len() == 1 {
                Ok(ClassPrivs::All)
            } else {
                Err(format!("`{w}` cannot be combined with other privileges"))
            };
        }
        let p = Privilege::parse(w)
            .filter(|p| class.all(170_000).contains(p))
            .ok_or_else(|| {
                let allowed = privs_sql(&class.all(170_000));
                format!(
                    "`{w}` is not a privilege on {}; expected ALL or some of {allowed}",
                    class.key()
                )
            })?;
        set.insert(p);
    }
    Ok(ClassPrivs::Some(set))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn show(p: &Profile, v: i32) -> String {
        [
            ObjectClass::Database,
            ObjectClass::Schema,
            ObjectClass::Table,
            ObjectClass::Sequence,
        ]
        .iter()
        .map(|c| format!("{}: {}", c.key(), privs_sql(&p.class(*c).resolve(*c, v))))
        .collect::<Vec<_>>()
        .join("; ")
    }

    #[test]
    fn built_ins_are_exact() {
        let v = 150_000;
        let get = |n| show(&Profile::built_in(n).unwrap(), v);
        assert_eq!(
            get("read"),
            "database: CONNECT; schemas: USAGE; tables: SELECT; sequences: SELECT"
        );
        assert_eq!(
            get("write"),
            "database: CONNECT; schemas: USAGE; tables: SELECT, INSERT, UPDATE, DELETE; sequences: USAGE, SELECT, UPDATE"
        );
        assert_eq!(
            get("ddl"),
            "database: CONNECT; schemas: USAGE, CREATE; tables: SELECT, INSERT, UPDATE, DELETE; sequences: USAGE, SELECT, UPDATE"
        );
        assert_eq!(
            get("all"),
            "database: CONNECT, TEMPORARY, CREATE; schemas: USAGE, CREATE; tables: SELECT, INSERT, UPDATE, DELETE, \
             TRUNCATE, REFERENCES, TRIGGER; sequences: USAGE, SELECT, UPDATE"
        );
        assert!(show(&Profile::built_in("all").unwrap(), 170_000).contains("TRIGGER, MAINTAIN;"));
        assert!(Profile::built_in("admin").is_none());
    }

    #[test]
    fn creators() {
        let c = |n| Profile::built_in(n).unwrap().creates_objects();
        assert!(!c("read") && !c("write") && c("ddl") && c("all"));
    }

    #[test]
    fn parse_lists() {
        let words = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            parse_class(ObjectClass::Table, &words(&["select", "Insert"])),
            Ok(ClassPrivs::Some(
                [Privilege::Select, Privilege::Insert].into_iter().collect()
            ))
        );
        assert_eq!(
            parse_class(ObjectClass::Sequence, &words(&["all"])),
            Ok(ClassPrivs::All)
        );
        assert_eq!(
            parse_class(ObjectClass::Schema, &words(&["SELECT"])),
            Err(
                "`SELECT` is not a privilege on schemas; expected ALL or some of USAGE, CREATE"
                    .to_owned()
            )
        );
        assert!(parse_class(ObjectClass::Table, &words(&["ALL", "SELECT"])).is_err());
        assert_eq!(
            parse_class(ObjectClass::Database, &words(&["temp"])),
            Ok(ClassPrivs::Some(
                [Privilege::Temporary].into_iter().collect()
            ))
        );
    }

    #[test]
    fn classify_matches_built_ins() {
        let v = 150_000;
        let of = |n: &str| {
            let p = Profile::built_in(n).unwrap();
            [
                ObjectClass::Database,
                ObjectClass::Schema,
                ObjectClass::Table,
                ObjectClass::Sequence,
            ]
            .iter()
            .map(|c| (*c, p.class(*c).resolve(*c, v)))
            .collect::<Vec<_>>()
        };
        for n in BUILT_IN {
            assert_eq!(Profile::classify(&of(n), v), n);
        }
        let mut custom = of("read");
        custom[2].1.insert(Privilege::Truncate);
        assert_eq!(Profile::classify(&custom, v), "custom");
        assert_eq!(Profile::classify(&[], v), "none");
    }
}
