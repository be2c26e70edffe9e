//! Naming an existing local connection the way az does: `--id`, or `--connection` + `-g` [+ `-l`], the
//! location filled from the resource group (one GET) when absent. Parsing is pure; [`resolve`] does the GET.
//!
//! Deliberate difference (docs/compat.md): az lower-cases `--id` and then ignores its subscription, using the
//! current one; we match the id case-insensitively as az does but keep the names' casing and use the
//! subscription the id names.

use crate::arm::ArmError;
use crate::arm::service_linker::connector_path;
use crate::cli::connection::ConnectionIdArgs;
use crate::commands::azure::Azure;
use crate::error::{Error, Result};

/// az's text for a missing connection name.
pub const MISSING_NAME: &str =
    "Required argument is missing, please provide the arguments: --id, --connection";

/// How the user named the connection (the common arguments of show/delete/validate/… ).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnectorTarget {
    /// `--id`.
    pub id: Option<String>,
    /// `--connection`.
    pub connection: Option<String>,
    /// `-g/--resource-group` (after az config defaults).
    pub resource_group: Option<String>,
    /// `-l/--location`.
    pub location: Option<String>,
}

impl ConnectorTarget {
    /// The common `--id | --connection -g [-l]` arguments.
    pub fn from_args(args: &ConnectionIdArgs) -> ConnectorTarget {
        ConnectorTarget {
            id: args.id.clone(),
            connection: args.connection.clone(),
            resource_group: args.resource_group.clone(),
            location: args.location.clone(),
        }
    }
}

/// A fully named connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectorRef {
    pub subscription: String,
    pub resource_group: String,
    pub location: String,
    pub name: String,
}

impl ConnectorRef {
    /// The ARM path (lower-case `resourcegroups`, as the SDK writes it).
    pub fn path(&self) -> String {
        connector_path(
            &self.subscription,
            &self.resource_group,
            &self.location,
            &self.name,
        )
    }

    /// The resource id in ARM's casing (what az's transform passes to `generate-configuration --id`).
    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.ServiceLinker/locations/{}/connectors/{}",
            self.subscription, self.resource_group, self.location, self.name
        )
    }
}

/// The parts of a connector id: (subscription, resource group, location, name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedId {
    pub subscription: String,
    pub resource_group: String,
    pub location: String,
    pub name: String,
}

/// msrestazure's `is_valid_resource_id`: `/subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}`
/// with further `{type}/{name}` pairs (keywords case-insensitive here because az lower-cases the id first).
fn is_valid_resource_id(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix('/') else {
        return false;
    };
    let parts: Vec<&str> = rest.split('/').collect();
    if parts.len() < 8 || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    parts[0] == "subscriptions"
        && parts[2] == "resourcegroups"
        && parts[4] == "providers"
        && (parts.len() - 5) % 2 == 1
}

/// Parses `--id` like az's `validate_local_default_params`: the id must be a valid resource id
/// (`Resource id is invalid: {id}`) whose start matches the connector pattern case-insensitively
/// (`Unsupported resource id: {id}`); messages show the id lower-cased, as az does. Segments after the
/// connector name are ignored (az matches a prefix).
pub fn parse_connector_id(id: &str) -> Result<ParsedId> {
    let lower = id.to_lowercase();
    if !is_valid_resource_id(&lower) {
        return Err(Error::runtime(format!("Resource id is invalid: {lower}")));
    }
    let unsupported = || Error::runtime(format!("Unsupported resource id: {lower}"));
    let parts: Vec<&str> = id.trim_start_matches('/').split('/').collect();
    let keyword = |i: usize, k: &str| parts.get(i).is_some_and(|p| p.eq_ignore_ascii_case(k));
    if !(keyword(0, "subscriptions")
        && keyword(2, "resourcegroups")
        && keyword(4, "providers")
        && keyword(5, "microsoft.servicelinker")
        && keyword(6, "locations")
        && keyword(8, "connectors")
        && parts.len() >= 10)
    {
        return Err(unsupported());
    }
    // Names that a URL parser would rewrite (`..`, `a\\b`, `a?b`) would address another resource.
    if [1, 3, 7, 9]
        .iter()
        .any(|&i| crate::arm::check_name("segment", parts[i]).is_err())
    {
        return Err(Error::runtime(format!("Resource id is invalid: {lower}")));
    }
    Ok(ParsedId {
        subscription: parts[1].to_owned(),
        resource_group: parts[3].to_owned(),
        location: parts[7].to_owned(),
        name: parts[9].to_owned(),
    })
}

/// What can be known without network: either a parsed id, or the names given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// From `--id` (wins over `--connection`/`-g`/`-l`, as in az).
    Id(ParsedId),
    /// From `--connection` + `-g` (+ `-l`).
    Names {
        resource_group: String,
        location: Option<String>,
        name: Option<String>,
    },
}

/// Checks the arguments in az's order: `--id` parsing first; without it `-g` must be there (az would prompt,
/// and fail with an empty `ERROR: ` and exit 2 without a terminal; we say which argument, docs/compat.md). A
/// missing `--connection` is reported by [`resolve`] ([`MISSING_NAME`]).
pub fn name_target(t: &ConnectorTarget) -> Result<Named> {
    if let Some(id) = t.id.as_deref().filter(|s| !s.is_empty()) {
        return parse_connector_id(id).map(Named::Id);
    }
    let resource_group = t
        .resource_group
        .clone()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::usage("the following arguments are required: --resource-group/-g"))?;
    let location = t.location.clone().filter(|s| !s.is_empty());
    let name = t.connection.clone().filter(|s| !s.is_empty());
    let checks = [
        ("resource group", Some(&resource_group)),
        ("location", location.as_ref()),
        ("connection", name.as_ref()),
    ];
    for (what, value) in checks {
        if let Some(v) = value {
            crate::arm::check_name(what, v).map_err(|e| Error::runtime(e.to_string()))?;
        }
    }
    Ok(Named::Names {
        resource_group,
        location,
        name,
    })
}

/// Resolves the target: the subscription (the id's, else the run's), and the location (the id's, `-l`,
/// else the resource group's location — one GET).
pub async fn resolve(azure: &Azure, t: &ConnectorTarget) -> Result<ConnectorRef> {
    match name_target(t)? {
        Named::Id(p) => Ok(ConnectorRef {
            subscription: p.subscription,
            resource_group: p.resource_group,
            location: p.location,
            name: p.name,
        }),
        Named::Names {
            resource_group,
            location,
            name,
        } => {
            let subscription = azure.subscription()?.id;
            // az's validators (the location from the group) run before the verb finds the name missing.
            let location = match location {
                Some(l) => l,
                None => resource_group_location(azure, &subscription, &resource_group).await?,
            };
            let name = name.ok_or_else(|| Error::runtime(MISSING_NAME))?;
            Ok(ConnectorRef {
                subscription,
                resource_group,
                location,
                name,
            })
        }
    }
}

/// az's `get_default_location_from_resource_group`: the resource group's location. az looks it up in an
/// argument validator, so what the service refuses there is a usage error ([`in_validation`]).
pub async fn resource_group_location(
    azure: &Azure,
    subscription: &str,
    resource_group: &str,
) -> Result<String> {
    let rg = azure
        .arm()?
        .get_resource_group(subscription, resource_group)
        .await
        .map_err(|e| in_validation(e, Error::from))?;
    Ok(rg.location)
}

/// A failed request of one of az's argument validators. az's parser reports the service's answer there as a usage
/// error (`validation_error`: exit 2, the same text), so a 4xx that is the caller's to fix (a missing group, no
/// access) is one here too. A refused token (401), throttling, server and transport failures keep `otherwise`'s
/// runtime error, as every other step's infrastructure failures do (docs/compat.md).
pub fn in_validation(e: ArmError, otherwise: impl FnOnce(ArmError) -> Error) -> Error {
    match e.status() {
        Some(status) if (400..500).contains(&status) && ![401, 408, 429].contains(&status) => {
            Error::usage(e.to_string())
        }
        _ => otherwise(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(id: &str, expect: std::result::Result<(&str, &str, &str, &str), &str>) {
        let got = parse_connector_id(id)
            .map(|p| (p.subscription, p.resource_group, p.location, p.name))
            .map_err(|e| e.to_string());
        let expect = expect
            .map(|(s, g, l, n)| (s.to_owned(), g.to_owned(), l.to_owned(), n.to_owned()))
            .map_err(str::to_owned);
        assert_eq!(got, expect, "{id}");
    }

    #[test]
    fn connector_ids() {
        check(
            "/subscriptions/S1/resourceGroups/My-RG/providers/Microsoft.ServiceLinker/locations/eastus/connectors/Conn_1",
            Ok(("S1", "My-RG", "eastus", "Conn_1")),
        );
        check(
            "/SUBSCRIPTIONS/s/RESOURCEGROUPS/rg/PROVIDERS/microsoft.servicelinker/LOCATIONS/westus/CONNECTORS/c",
            Ok(("s", "rg", "westus", "c")),
        );
        // az matches a prefix: trailing segments are ignored.
        check(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/l/connectors/c/extra/x",
            Ok(("s", "rg", "l", "c")),
        );
        check("not-an-id", Err("Resource id is invalid: not-an-id"));
        check(
            "/subscriptions/S/resourceGroups/RG",
            Err("Resource id is invalid: /subscriptions/s/resourcegroups/rg"),
        );
        check(
            "/subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/sites/app",
            Err(
                "Unsupported resource id: /subscriptions/s/resourcegroups/rg/providers/microsoft.web/sites/app",
            ),
        );
        check(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/l/linkers/c",
            Err(
                "Unsupported resource id: /subscriptions/s/resourcegroups/rg/providers/microsoft.servicelinker/locations/l/linkers/c",
            ),
        );
    }

    #[test]
    fn validator_failures_the_caller_can_fix_are_usage_errors() {
        let code = |status| {
            in_validation(ArmError::from_response(status, b"{}", None), Error::from).exit_code()
        };
        assert_eq!([400, 403, 404].map(code), [2, 2, 2]);
        assert_eq!([401, 408, 429, 500, 503].map(code), [1, 1, 1, 1, 1]);
        let transport = ArmError::Transport {
            url: "https://127.0.0.1/".into(),
            message: "connection refused".into(),
        };
        assert_eq!(in_validation(transport, Error::from).exit_code(), 1);
    }

    #[test]
    fn names_need_a_group() {
        let t = ConnectorTarget {
            connection: Some("c".into()),
            ..Default::default()
        };
        let e = name_target(&t).expect_err("no group");
        assert_eq!(e.exit_code(), 2);
        let t = ConnectorTarget {
            resource_group: Some("rg".into()),
            ..Default::default()
        };
        assert_eq!(
            name_target(&t).expect("named"),
            Named::Names {
                resource_group: "rg".into(),
                location: None,
                name: None
            }
        );
        // --id wins over the names.
        let t = ConnectorTarget {
            id: Some("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/l/connectors/c".into()),
            connection: Some("other".into()),
            ..Default::default()
        };
        assert!(matches!(name_target(&t), Ok(Named::Id(p)) if p.name == "c"));
    }
}
