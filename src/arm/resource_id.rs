//! ARM resource ids: parsing (segment keywords case-insensitive, as ARM treats them) and formatting in ARM's
//! canonical casing (`/subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}[/{type}/{name}]…`).

use std::fmt;

/// A parsed resource id at subscription, resource-group or resource level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceId {
    pub subscription: String,
    pub resource_group: Option<String>,
    /// The provider namespace (`Microsoft.DBforPostgreSQL`), for resource-level ids.
    pub namespace: Option<String>,
    /// (type, name) pairs from the top-level resource down to the child.
    pub types: Vec<(String, String)>,
}

/// Why a string is not a resource id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Resource id is invalid: {0}")]
pub struct InvalidResourceId(pub String);

/// Why a name cannot stand as one segment of an ARM URL path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The {what} `{}` cannot be used in an Azure resource id: {why}.", .name.escape_debug())]
pub struct InvalidName {
    /// What the name is (`resource group`, `connection`, …).
    pub what: String,
    pub name: String,
    pub why: &'static str,
}

/// Checks that `name` addresses exactly one path segment: not empty, not `.`/`..` (a URL parser would
/// resolve them into the parent resource), and without `/`, `\` (a path separator in https URLs), `?`,
/// `#` or control characters (which would move the rest of the name out of the path).
pub fn check_name(what: &str, name: &str) -> Result<(), InvalidName> {
    let why = if name.is_empty() {
        Some("it is empty")
    } else if name == "." || name == ".." {
        Some("`.` and `..` address another resource")
    } else if name.contains(['/', '\\']) {
        Some("it contains a path separator")
    } else if name.contains('%') {
        Some("it contains `%`")
    } else if name.contains(['?', '#']) {
        Some("it contains `?` or `#`")
    } else if name.starts_with(char::is_whitespace) || name.ends_with(char::is_whitespace) {
        // A URL parser trims the end of the URL: `connectors/ ` would address the collection.
        Some("it starts or ends with white space")
    } else if name.chars().any(char::is_control) {
        Some("it contains a control character")
    } else {
        None
    };
    match why {
        Some(why) => Err(InvalidName {
            what: what.to_owned(),
            name: name.to_owned(),
            why,
        }),
        None => Ok(()),
    }
}

impl ResourceId {
    /// Parses an id; keywords (`subscriptions`, `resourceGroups`, `providers`) match case-insensitively.
    /// Every segment must pass [`check_name`].
    pub fn parse(s: &str) -> Result<ResourceId, InvalidResourceId> {
        let bad = || InvalidResourceId(s.to_owned());
        let trimmed = s.trim();
        let rest = trimmed.strip_prefix('/').ok_or_else(bad)?;
        let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
        if parts.iter().any(|p| check_name("segment", p).is_err()) {
            return Err(bad());
        }
        let mut it = parts.into_iter();
        if !it
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case("subscriptions"))
        {
            return Err(bad());
        }
        let subscription = it.next().ok_or_else(bad)?.to_owned();
        let mut id = ResourceId {
            subscription,
            resource_group: None,
            namespace: None,
            types: Vec::new(),
        };
        let Some(k) = it.next() else { return Ok(id) };
        if !k.eq_ignore_ascii_case("resourceGroups") {
            return Err(bad());
        }
        id.resource_group = Some(it.next().ok_or_else(bad)?.to_owned());
        let Some(k) = it.next() else { return Ok(id) };
        if !k.eq_ignore_ascii_case("providers") {
            return Err(bad());
        }
        id.namespace = Some(it.next().ok_or_else(bad)?.to_owned());
        let rest: Vec<&str> = it.collect();
        if rest.is_empty() || !rest.len().is_multiple_of(2) {
            return Err(bad());
        }
        id.types = rest
            .chunks(2)
            .map(|c| (c[0].to_owned(), c[1].to_owned()))
            .collect();
        Ok(id)
    }

    /// A resource id from its parts.
    pub fn resource(
        subscription: &str,
        resource_group: &str,
        namespace: &str,
        types: &[(&str, &str)],
    ) -> ResourceId {
        ResourceId {
            subscription: subscription.to_owned(),
            resource_group: Some(resource_group.to_owned()),
            namespace: Some(namespace.to_owned()),
            types: types
                .iter()
                .map(|(t, n)| ((*t).to_owned(), (*n).to_owned()))
                .collect(),
        }
    }

    /// A resource-group id.
    pub fn resource_group_id(subscription: &str, resource_group: &str) -> ResourceId {
        ResourceId {
            subscription: subscription.to_owned(),
            resource_group: Some(resource_group.to_owned()),
            namespace: None,
            types: Vec::new(),
        }
    }

    /// The last segment's name (the resource group's for a group id, the subscription for a subscription id).
    pub fn name(&self) -> &str {
        self.types
            .last()
            .map(|(_, n)| n.as_str())
            .or(self.resource_group.as_deref())
            .unwrap_or(&self.subscription)
    }

    /// `Namespace/type/childType…`, e.g. `Microsoft.DBforPostgreSQL/flexibleServers/databases`.
    pub fn resource_type(&self) -> Option<String> {
        let ns = self.namespace.as_ref()?;
        let mut s = ns.clone();
        for (t, _) in &self.types {
            s.push('/');
            s.push_str(t);
        }
        Some(s)
    }

    /// The parent resource (drops the last type/name pair); `None` at top level.
    pub fn parent(&self) -> Option<ResourceId> {
        if self.types.len() < 2 {
            return None;
        }
        let mut p = self.clone();
        p.types.pop();
        Some(p)
    }

    /// A child resource of this one.
    pub fn child(&self, kind: &str, name: &str) -> ResourceId {
        let mut c = self.clone();
        c.types.push((kind.to_owned(), name.to_owned()));
        c
    }

    /// Case-insensitive equality, as ARM compares ids.
    pub fn eq_ignore_case(&self, other: &ResourceId) -> bool {
        self.to_string().eq_ignore_ascii_case(&other.to_string())
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/subscriptions/{}", self.subscription)?;
        if let Some(g) = &self.resource_group {
            write!(f, "/resourceGroups/{g}")?;
        }
        if let Some(ns) = &self.namespace {
            write!(f, "/providers/{ns}")?;
            for (t, n) in &self.types {
                write!(f, "/{t}/{n}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for ResourceId {
    type Err = InvalidResourceId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ResourceId::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        let got = ResourceId::parse(input).ok().map(|r| r.to_string());
        assert_eq!(got.as_deref(), expect, "{input}");
    }

    #[test]
    fn parse_and_format() {
        check(
            "/SUBSCRIPTIONS/s1/resourcegroups/rg/PROVIDERS/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo",
            Some(
                "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo",
            ),
        );
        check("/subscriptions/s1", Some("/subscriptions/s1"));
        check(
            "/subscriptions/s1/resourceGroups/rg/",
            Some("/subscriptions/s1/resourceGroups/rg"),
        );
        check("subscriptions/s1", None);
        check(
            "/subscriptions/s1/resourceGroups/rg/providers/Ns/type",
            None,
        );
        check("/subscriptions//resourceGroups/rg", None);
        check("/tenants/t", None);
        check("/subscriptions/s1/resourceGroups/..", None);
        check("/subscriptions/s1/resourceGroups/rg?x=1", None);
        check("/subscriptions/s1/resourceGroups/r\\g", None);
        check("/subscriptions/s1/resourceGroups/r\u{7}g", None);
    }

    #[test]
    fn names() {
        let check = |name: &str, expect: Result<(), &str>| {
            assert_eq!(
                check_name("connection", name).map_err(|e| e.to_string()),
                expect.map_err(str::to_owned),
                "{name:?}"
            );
        };
        check("conn_1.x", Ok(()));
        check("..a", Ok(()));
        check(
            "%2e%2e",
            Err("The connection `%2e%2e` cannot be used in an Azure resource id: it contains `%`."),
        );
        check("表 ü", Ok(()));
        check(
            "..",
            Err(
                "The connection `..` cannot be used in an Azure resource id: `.` and `..` address another resource.",
            ),
        );
        check(
            "a/b",
            Err(
                "The connection `a/b` cannot be used in an Azure resource id: it contains a path separator.",
            ),
        );
        check(
            "a?api-version=1",
            Err(
                "The connection `a?api-version=1` cannot be used in an Azure resource id: it contains `?` or `#`.",
            ),
        );
        check(
            "a\nb",
            Err(
                "The connection `a\\nb` cannot be used in an Azure resource id: it contains a control character.",
            ),
        );
        check(
            "",
            Err("The connection `` cannot be used in an Azure resource id: it is empty."),
        );
    }

    #[test]
    fn parts() {
        let id = ResourceId::parse("/subscriptions/s/resourceGroups/g/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/db")
            .expect("valid");
        assert_eq!(id.name(), "db");
        assert_eq!(
            id.resource_type().as_deref(),
            Some("Microsoft.DBforPostgreSQL/flexibleServers/databases")
        );
        let parent = id.parent().expect("parent");
        assert_eq!(parent.name(), "srv");
        assert!(parent.child("databases", "DB").eq_ignore_case(&id));
        assert_eq!(
            ResourceId::parse("bad").expect_err("bad").to_string(),
            "Resource id is invalid: bad"
        );
    }
}
