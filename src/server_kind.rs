//! The kinds of Azure Database for PostgreSQL a connection targets, and everything a kind is called:
//! az's target name (`postgres`, `postgres-flexible`), the ARM resource type and api-version its calls use
//! ([`PostgresApi`]), and the Service Connector target type of its databases. Plain data under every layer
//! that names a kind (`cli`, `arm`, `pg`, `commands`), so they all share this one type.

/// The provider namespace of both server kinds.
pub const NAMESPACE: &str = "Microsoft.DBforPostgreSQL";

/// Which kind of Azure Database for PostgreSQL a command targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    /// Single Server (`Microsoft.DBforPostgreSQL/servers`), az's `postgres` target.
    Single,
    /// Flexible Server (`Microsoft.DBforPostgreSQL/flexibleServers`), az's `postgres-flexible` target.
    Flexible,
}

/// One server kind as its ARM calls see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostgresApi {
    /// The server's resource type below [`NAMESPACE`]: `flexibleServers` or `servers`.
    pub resource_type: &'static str,
    /// The api-version az 2.91 sends for this kind.
    pub api_version: &'static str,
}

impl ServerKind {
    /// az's target name: `postgres` or `postgres-flexible`.
    pub fn target_name(self) -> &'static str {
        match self {
            ServerKind::Single => "postgres",
            ServerKind::Flexible => "postgres-flexible",
        }
    }

    /// The resource type and api-version of this kind's ARM calls.
    pub const fn api(self) -> PostgresApi {
        match self {
            ServerKind::Single => PostgresApi {
                resource_type: "servers",
                api_version: "2017-12-01",
            },
            // The api-version az 2.91's postgres module sent.
            ServerKind::Flexible => PostgresApi {
                resource_type: "flexibleServers",
                api_version: "2026-04-01-preview",
            },
        }
    }

    /// The kind whose servers have ARM resource type `resource_type` (case-insensitive, as ARM ids are).
    pub fn from_resource_type(resource_type: &str) -> Option<ServerKind> {
        [ServerKind::Flexible, ServerKind::Single]
            .into_iter()
            .find(|k| k.api().resource_type.eq_ignore_ascii_case(resource_type))
    }

    /// The Service Connector `TargetService` of this kind's databases
    /// (`Microsoft.DBforPostgreSQL/flexibleServers/databases`).
    pub fn target_service(self) -> String {
        format!("{NAMESPACE}/{}/databases", self.api().resource_type)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_each_kind() {
        assert_eq!(ServerKind::Single.target_name(), "postgres");
        assert_eq!(ServerKind::Flexible.target_name(), "postgres-flexible");
        assert_eq!(
            ServerKind::Flexible.target_service(),
            "Microsoft.DBforPostgreSQL/flexibleServers/databases"
        );
        assert_eq!(
            ServerKind::Single.target_service(),
            "Microsoft.DBforPostgreSQL/servers/databases"
        );
        assert_eq!(
            ServerKind::from_resource_type("FLEXIBLESERVERS"),
            Some(ServerKind::Flexible)
        );
        assert_eq!(
            ServerKind::from_resource_type("servers"),
            Some(ServerKind::Single)
        );
        assert_eq!(ServerKind::from_resource_type("sites"), None);
    }
}
