//! Microsoft.DBforPostgreSQL/servers (Single Server, api 2017-12-01): server get, administrators list and
//! `administrators/activeDirectory` get/put/delete (one Entra admin per server); databases and firewallRules come
//! from the shared `postgres` routes.

use serde_json::{Value, json};

use super::Ctx;
use super::errors::{arm_not_found, invalid_body, method_not_allowed};
use super::postgres::{self, Rp, invalid_parameter, not_found};
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, ResourceGroup, Server};

const TYPE: &str = "Microsoft.DBforPostgreSQL/servers";

/// What the shared child routes need to know of single servers.
const RP: Rp = Rp {
    rtype: TYPE,
    builtin_databases: ["postgres", "azure_maintenance", "azure_sys"],
    collation: "English_United States.1252",
    rule_name_ok,
};

/// The spec's `firewallRuleName` pattern `^[-\w\._]+$`.
fn rule_name_ok(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
}

pub fn server_body(s: &Server) -> Value {
    json!({
        "sku": {"name": "GP_Gen5_2", "tier": "GeneralPurpose", "family": "Gen5", "capacity": 2},
        "properties": {
            "administratorLogin": "pgadmin",
            "storageProfile": {"storageMB": 5120, "backupRetentionDays": 7, "geoRedundantBackup": "Disabled", "storageAutogrow": "Enabled"},
            "version": if s.version.starts_with('1') && s.version.len() == 2 && s.version.as_str() <= "11" { s.version.clone() } else { "11".to_string() },
            "sslEnforcement": "Enabled",
            "minimalTlsVersion": "TLS1_2",
            "userVisibleState": s.state,
            "fullyQualifiedDomainName": s.host_name(),
            "earliestRestoreDate": "2024-01-01T00:00:00+00:00",
            "replicationRole": "None",
            "masterServerId": "",
            "replicaCapacity": 5,
            "infrastructureEncryption": "Disabled",
            "privateEndpointConnections": [],
            "publicNetworkAccess": if s.public_access { "Enabled" } else { "Disabled" }
        },
        "location": s.location,
        "tags": {},
        "id": s.id(),
        "name": s.name,
        "type": TYPE
    })
}

fn admin_body(s: &Server, a: &Admin) -> Value {
    json!({
        "properties": {"administratorType": "ActiveDirectory", "login": a.principal_name, "sid": a.object_id, "tenantId": a.tenant_id},
        "id": format!("{}/administrators/activeDirectory", s.id()),
        "name": "activeDirectory",
        "type": format!("{TYPE}/administrators")
    })
}

pub async fn route(ctx: &Ctx<'_>, rg: &ResourceGroup, segs: &[String]) -> Resp {
    let name = &segs[0];
    let Some(server) = postgres::server(ctx, rg, ServerKind::Single, name) else {
        return arm_not_found(TYPE, name, &rg.name);
    };
    let child = postgres::child_path(segs);
    let child: Vec<&str> = child.iter().map(String::as_str).collect();
    match (ctx.req.method.as_str(), child.as_slice()) {
        ("GET", []) => Resp::json(200, &server_body(&server)),
        ("GET", ["administrators"]) => {
            postgres::list(server.admins.iter().map(|a| admin_body(&server, a)))
        }
        (_, ["administrators", "activedirectory"]) => admin(ctx, rg, &server).await,
        (_, [] | ["administrators"]) => method_not_allowed(ctx.req),
        _ => postgres::children(ctx, rg, &server, &RP, &child, segs).await,
    }
}

async fn admin(ctx: &Ctx<'_>, rg: &ResourceGroup, server: &Server) -> Resp {
    let app = ctx.app;
    match ctx.req.method.as_str() {
        "GET" => match server.admins.first() {
            Some(a) => Resp::json(200, &admin_body(server, a)),
            None => not_found(&format!("{TYPE}/administrators"), "activeDirectory"),
        },
        "PUT" => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let p = &body["properties"];
            if p["administratorType"].as_str() != Some("ActiveDirectory") {
                return invalid_parameter("administratorType");
            }
            let (Some(login), Some(sid)) = (
                p["login"].as_str().filter(|s| !s.is_empty()),
                p["sid"].as_str().filter(|s| !s.is_empty()),
            ) else {
                return invalid_parameter("login");
            };
            let principal_type = if app
                .seed
                .service_principals
                .iter()
                .any(|s| s.object_id.eq_ignore_ascii_case(sid))
            {
                "ServicePrincipal"
            } else {
                "User"
            };
            let admin = Admin {
                principal_name: login.to_string(),
                object_id: sid.to_string(),
                principal_type: principal_type.to_string(),
                tenant_id: p["tenantId"]
                    .as_str()
                    .unwrap_or(&app.seed.tenant.id)
                    .to_string(),
            };
            let result = admin_body(server, &admin);
            let effect = Effect::AdminSet {
                at: server.at(),
                admin,
            };
            // The spec's 202 carries the administrator resource.
            postgres::start_echoing(ctx, rg, server, result, effect).await
        }
        "DELETE" => {
            let Some(old) = server.admins.first() else {
                return Resp::empty(204);
            };
            let effect = Effect::AdminRemove {
                at: server.at(),
                object_id: old.object_id.clone(),
            };
            postgres::start(ctx, rg, server, None, effect).await
        }
        _ => method_not_allowed(ctx.req),
    }
}
