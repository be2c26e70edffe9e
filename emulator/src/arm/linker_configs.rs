//! What ServiceLinker generates for a PostgreSQL target: `generateConfigurations` entries per client and auth type,
//! and the `configurationNames` catalogue.

use serde_json::{Value, json};

use super::Ctx;
use super::errors::method_not_allowed;
use super::linker::CLIENT_TYPES;
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::Connector;

/// The client types `list-support-types` reports for PostgreSQL: the enum's first ten, `none` through
/// `springBoot`.
const LISTED_CLIENT_TYPES: &[&str] = CLIENT_TYPES.split_at(10).0;
/// (server kind, resource group, server, database) of a PostgreSQL target id.
pub(super) fn pg_target(id: &str) -> Option<(ServerKind, String, String, String, String)> {
    let s: Vec<&str> = id.split('/').filter(|x| !x.is_empty()).collect();
    match s.as_slice() {
        [
            "subscriptions",
            sub,
            rg,
            rgname,
            "providers",
            ns,
            kind,
            server,
            dbs,
            db,
        ] if rg.eq_ignore_ascii_case("resourceGroups")
            && ns.eq_ignore_ascii_case("Microsoft.DBforPostgreSQL")
            && dbs.eq_ignore_ascii_case("databases") =>
        {
            let k = if kind.eq_ignore_ascii_case("flexibleServers") {
                ServerKind::Flexible
            } else if kind.eq_ignore_ascii_case("servers") {
                ServerKind::Single
            } else {
                return None;
            };
            let _ = rg;
            Some((
                k,
                sub.to_string(),
                rgname.to_string(),
                server.to_string(),
                db.to_string(),
            ))
        }
        _ => None,
    }
}

/// Configuration names (and value templates) the RP generates for a PostgreSQL target, per client type.
fn names_for(client: &str) -> Vec<(&'static str, &'static str)> {
    match client {
        "dotnet" | "dotnet-internal" => vec![(
            "AZURE_POSTGRESQL_CONNECTIONSTRING",
            "Server={host};Database={db};Port=5432;Ssl Mode=Require;User Id={user};",
        )],
        "java" => vec![(
            "AZURE_POSTGRESQL_CONNECTIONSTRING",
            "jdbc:postgresql://{host}:5432/{db}?sslmode=require&user={user}",
        )],
        "springBoot" => vec![
            (
                "spring.datasource.url",
                "jdbc:postgresql://{host}:5432/{db}?sslmode=require",
            ),
            ("spring.datasource.username", "{user}"),
        ],
        "nodejs" => vec![
            ("AZURE_POSTGRESQL_HOST", "{host}"),
            ("AZURE_POSTGRESQL_USER", "{user}"),
            ("AZURE_POSTGRESQL_DATABASE", "{db}"),
            ("AZURE_POSTGRESQL_PORT", "5432"),
            ("AZURE_POSTGRESQL_SSL", "true"),
        ],
        "django" => vec![
            ("AZURE_POSTGRESQL_HOST", "{host}"),
            ("AZURE_POSTGRESQL_USER", "{user}"),
            ("AZURE_POSTGRESQL_NAME", "{db}"),
        ],
        "go" => vec![(
            "AZURE_POSTGRESQL_CONNECTIONSTRING",
            "host={host} dbname={db} sslmode=require user={user}",
        )],
        "php" | "ruby" => vec![(
            "AZURE_POSTGRESQL_CONNECTIONSTRING",
            "host={host} port=5432 dbname={db} sslmode=require user={user}",
        )],
        _ => vec![(
            "AZURE_POSTGRESQL_CONNECTIONSTRING",
            "dbname={db} host={host} port=5432 sslmode=require user={user}",
        )],
    }
}

/// The identity entries the RP adds for an auth type (values with `{client}` / `{tenant}`); secrets (passwords,
/// client secrets) are never returned, as in the recorded answers.
fn identity_names(client: &str, auth: &str) -> Vec<(&'static str, &'static str)> {
    let spring = client == "springBoot";
    match auth {
        "userAssignedIdentity" if spring => vec![
            ("spring.datasource.azure.passwordless-enabled", "true"),
            ("spring.cloud.azure.credential.client-id", "{client}"),
            (
                "spring.cloud.azure.credential.client-managed-identity-enabled",
                "true",
            ),
        ],
        "userAssignedIdentity" => vec![("AZURE_POSTGRESQL_CLIENTID", "{client}")],
        "servicePrincipalSecret" | "servicePrincipalCertificate" if spring => vec![
            ("spring.datasource.azure.passwordless-enabled", "true"),
            ("spring.cloud.azure.credential.client-id", "{client}"),
            ("spring.cloud.azure.credential.tenant-id", "{tenant}"),
        ],
        "servicePrincipalSecret" | "servicePrincipalCertificate" => vec![
            ("AZURE_POSTGRESQL_CLIENTID", "{client}"),
            ("AZURE_POSTGRESQL_TENANTID", "{tenant}"),
        ],
        "secret" => Vec::new(),
        _ if spring => vec![("spring.datasource.azure.passwordless-enabled", "true")],
        _ => Vec::new(),
    }
}

pub(super) fn configurations(c: &Connector, tenant: &str) -> Vec<Value> {
    let p = &c.properties;
    let target = p["targetService"]["id"].as_str().unwrap_or("");
    let Some((kind, _, _, server, db)) = pg_target(target) else {
        return Vec::new();
    };
    let host = format!("{server}{}", crate::files::PG_SUFFIX);
    let auth = &p["authInfo"];
    let auth_type = auth["authType"].as_str().unwrap_or("");
    let mut user = auth["userName"]
        .as_str()
        .or_else(|| auth["name"].as_str())
        .unwrap_or("")
        .to_string();
    if kind == ServerKind::Single && !user.is_empty() {
        user = format!("{user}@{server}");
    }
    let client_id = auth["clientId"].as_str().unwrap_or("");
    let client = p["clientType"].as_str().unwrap_or("none");
    let base = names_for(client);
    let ids = identity_names(client, auth_type);
    // The docs list the identity entries after the connection entries for Node.js and Django, before otherwise.
    let all: Vec<(&str, &str)> = if matches!(client, "nodejs" | "django") {
        base.into_iter().chain(ids).collect()
    } else {
        ids.into_iter().chain(base).collect()
    };
    let custom = &p["configurationInfo"]["customizedKeys"];
    all.into_iter()
        .map(|(name, tpl)| {
            let name = custom[name].as_str().unwrap_or(name);
            let value = tpl
                .replace("{host}", &host)
                .replace("{db}", &db)
                .replace("{user}", &user)
                .replace("{client}", client_id)
                .replace("{tenant}", tenant);
            json!({"name": name, "value": value})
        })
        .collect()
}

/// `GET /providers/Microsoft.ServiceLinker/configurationNames?$filter=TargetService eq '…' [and AuthType eq '…'] [and ClientType eq '…']`.
pub fn configuration_names(ctx: &Ctx<'_>) -> Resp {
    if ctx.req.method != "GET" {
        return method_not_allowed(ctx.req);
    }
    let filter = ctx.req.query("$filter").unwrap_or("");
    let mut target = None;
    let mut auth = None;
    let mut client = None;
    for clause in filter.split(" and ") {
        let Some((k, v)) = clause.split_once(" eq ") else {
            continue;
        };
        let v = v.trim().trim_matches('\'').to_string();
        match k.trim().to_ascii_lowercase().as_str() {
            "targetservice" => target = Some(v),
            "authtype" => auth = Some(v),
            "clienttype" => client = Some(v),
            _ => {}
        }
    }
    let targets = [
        "Microsoft.DBforPostgreSQL/flexibleServers/databases",
        "Microsoft.DBforPostgreSQL/servers/databases",
    ];
    let mut value = Vec::new();
    for t in targets {
        if target
            .as_deref()
            .is_some_and(|x| !x.eq_ignore_ascii_case(t))
        {
            continue;
        }
        for &ct in LISTED_CLIENT_TYPES {
            if client
                .as_deref()
                .is_some_and(|x| !x.eq_ignore_ascii_case(ct))
            {
                continue;
            }
            for at in [
                "secret",
                "userAccount",
                "servicePrincipalSecret",
                "systemAssignedIdentity",
                "userAssignedIdentity",
            ] {
                if auth.as_deref().is_some_and(|x| !x.eq_ignore_ascii_case(at)) {
                    continue;
                }
                let names: Vec<Value> = identity_names(ct, at)
                    .into_iter()
                    .chain(names_for(ct))
                    .map(|(n, _)| json!({"value": n, "description": "The configuration the service connector generates for this client type."}))
                    .collect();
                // A `ConfigurationNameItem`: the names under `properties`.
                value.push(json!({"properties": {"targetService": t, "clientType": ct, "authType": at, "names": names}}));
            }
        }
    }
    Resp::json(200, &json!({"value": value}))
}
