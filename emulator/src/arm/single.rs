//! Microsoft.DBforPostgreSQL/servers (Single Server, api 2017-12-01): server get, administrators list and
//! `administrators/activeDirectory` get/put/delete (one Entra admin per server), databases list/get,
//! firewallRules list/get/put/delete.

use serde_json::{Value, json};

use super::{
    Ctx, arm_not_found, bad_request, invalid_body, method_not_allowed, pg_accepted, start_op,
};
use crate::app::arm_error;
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, OpProvider, ResourceGroup, Server};

const TYPE: &str = "Microsoft.DBforPostgreSQL/servers";

fn server_body(s: &Server) -> Value {
    json!({
        "sku": {"name": "GP_Gen5_2", "tier": "GeneralPurpose", "family": "Gen5", "capacity": 2},
        "properties": {
            "administratorLogin": "pgadmin",
            "storageProfile": {"storageMB": 5120, "backupRetentionDays": 7, "geoRedundantBackup": "Disabled", "storageAutogrow": "Enabled"},
            "version": if s.version.starts_with("1") && s.version.len() == 2 && s.version.as_str() <= "11" { s.version.clone() } else { "11".to_string() },
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

fn db_body(s: &Server, db: &str) -> Value {
    json!({
        "properties": {"charset": "UTF8", "collation": "English_United States.1252"},
        "id": format!("{}/databases/{db}", s.id()),
        "name": db,
        "type": format!("{TYPE}/databases")
    })
}

fn child_not_found(rtype: &str, name: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!("The requested resource of type '{rtype}' with name '{name}' was not found."),
    )
}

pub async fn route(ctx: &Ctx<'_>, rg: &ResourceGroup, segs: &[String]) -> Resp {
    let app = ctx.app;
    let name = &segs[0];
    let server = app
        .world()
        .server_mut(ServerKind::Single, &rg.sub, &rg.name, name)
        .map(|s| s.clone());
    let Some(server) = server else {
        return arm_not_found(TYPE, name, &rg.name);
    };
    let child: Vec<String> = segs[1..].iter().map(|s| s.to_ascii_lowercase()).collect();
    let child: Vec<&str> = child.iter().map(String::as_str).collect();
    match (ctx.req.method.as_str(), child.as_slice()) {
        ("GET", []) => Resp::json(200, &server_body(&server)),
        ("GET", ["administrators"]) => {
            let v: Vec<Value> = server
                .admins
                .iter()
                .map(|a| admin_body(&server, a))
                .collect();
            Resp::json(200, &json!({"value": v}))
        }
        (_, ["administrators", "activedirectory"]) => admin(ctx, rg, &server).await,
        ("GET", ["databases"]) => {
            let mut dbs = vec![
                "postgres".to_string(),
                "azure_maintenance".to_string(),
                "azure_sys".to_string(),
            ];
            dbs.extend(server.databases.iter().cloned());
            let v: Vec<Value> = dbs.iter().map(|d| db_body(&server, d)).collect();
            Resp::json(200, &json!({"value": v}))
        }
        ("GET", ["databases", db]) => {
            let builtin = ["postgres", "azure_maintenance", "azure_sys"].contains(db);
            match server.databases.iter().find(|d| d.eq_ignore_ascii_case(db)) {
                Some(d) => Resp::json(200, &db_body(&server, d)),
                None if builtin => Resp::json(200, &db_body(&server, db)),
                None => child_not_found(&format!("{TYPE}/databases"), &segs[2]),
            }
        }
        ("GET", ["firewallrules"]) => {
            let v: Vec<Value> = server
                .firewall
                .iter()
                .map(|r| {
                    json!({"properties": {"startIpAddress": r.start_ip, "endIpAddress": r.end_ip},
                        "id": format!("{}/firewallRules/{}", server.id(), r.name), "name": r.name, "type": format!("{TYPE}/firewallRules")})
                })
                .collect();
            Resp::json(200, &json!({"value": v}))
        }
        ("PUT", ["databases", _]) => {
            let name = segs[2].clone();
            let result = db_body(&server, &name);
            super::flexible::put_database(ctx, rg, &server, &name, result).await
        }
        (_, ["firewallrules", _]) => {
            let missing = child_not_found(&format!("{TYPE}/firewallRules"), &segs[2]);
            super::flexible::firewall_rule(ctx, rg, &server, &segs[2], TYPE, missing).await
        }
        (_, [] | ["administrators"] | ["databases"] | ["databases", _] | ["firewallrules"]) => {
            method_not_allowed(ctx.req)
        }
        _ => super::no_route(ctx.req),
    }
}

async fn admin(ctx: &Ctx<'_>, rg: &ResourceGroup, server: &Server) -> Resp {
    let app = ctx.app;
    match ctx.req.method.as_str() {
        "GET" => match server.admins.first() {
            Some(a) => Resp::json(200, &admin_body(server, a)),
            None => child_not_found(&format!("{TYPE}/administrators"), "activeDirectory"),
        },
        "PUT" => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let p = &body["properties"];
            if p["administratorType"].as_str() != Some("ActiveDirectory") {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter administratorType. Specify a valid parameter value.",
                );
            }
            let (Some(login), Some(sid)) = (
                p["login"].as_str().filter(|s| !s.is_empty()),
                p["sid"].as_str().filter(|s| !s.is_empty()),
            ) else {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter login. Specify a valid parameter value.",
                );
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
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                Some(admin_body(server, &admin)),
                Some(Effect::AdminSet {
                    at: server.at(),
                    admin: admin.clone(),
                }),
            )
            .await
            {
                Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
                Err(r) => r,
            }
        }
        "DELETE" => {
            let Some(old) = server.admins.first().cloned() else {
                return Resp::empty(204);
            };
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                None,
                Some(Effect::AdminRemove {
                    at: server.at(),
                    object_id: old.object_id.clone(),
                }),
            )
            .await
            {
                Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
                Err(r) => r,
            }
        }
        _ => method_not_allowed(ctx.req),
    }
}
