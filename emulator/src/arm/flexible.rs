//! Microsoft.DBforPostgreSQL/flexibleServers: server get/patch (authConfig, network → LRO), capabilities,
//! administrators list/get/put/delete, databases list/get, firewallRules list/get/put/delete. Error wording follows
//! the flexible RP ("The requested resource of type … with name … was not found.").

use serde_json::{Value, json};

use super::{
    Ctx, bad_request, invalid_body, method_not_allowed, pg_accepted, start_op, valid_ipv4,
};
use crate::app::arm_error;
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, FirewallRule, OpProvider, ResourceGroup, Server};

const TYPE: &str = "Microsoft.DBforPostgreSQL/flexibleServers";

fn not_found(rtype: &str, name: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!("The requested resource of type '{rtype}' with name '{name}' was not found."),
    )
}

pub fn server_body(s: &Server, tenant: &str) -> Value {
    let onoff = |b: bool| if b { "Enabled" } else { "Disabled" };
    json!({
        "sku": {"name": "Standard_B1ms", "tier": "Burstable"},
        "systemData": {"createdAt": "2024-01-01T00:00:00.0000000Z"},
        "properties": {
            "replica": {"role": "Primary", "capacity": 5},
            "storage": {"iops": 120, "tier": "P4", "storageSizeGB": 32, "autoGrow": "Disabled"},
            "authConfig": {
                "activeDirectoryAuth": onoff(s.entra_auth),
                "passwordAuth": onoff(s.password_auth),
                "tenantId": if s.entra_auth { json!(tenant) } else { json!("") }
            },
            "dataEncryption": {"type": "SystemManaged"},
            "fullyQualifiedDomainName": s.host_name(),
            "version": s.version,
            "minorVersion": "8",
            "administratorLogin": "pgadmin",
            "state": s.state,
            "availabilityZone": "1",
            "backup": {"backupRetentionDays": 7, "geoRedundantBackup": "Disabled", "earliestRestoreDate": "2024-01-01T00:00:00.0000000+00:00"},
            "network": {"publicNetworkAccess": onoff(s.public_access)},
            "highAvailability": {"mode": "Disabled", "state": "NotEnabled"},
            "maintenanceWindow": {"customWindow": "Disabled", "dayOfWeek": 0, "startHour": 0, "startMinute": 0},
            "replicationRole": "Primary",
            "replicaCapacity": 5
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
        "properties": {"principalType": a.principal_type, "principalName": a.principal_name, "objectId": a.object_id, "tenantId": a.tenant_id},
        "id": format!("{}/administrators/{}", s.id(), a.object_id),
        "name": a.object_id,
        "type": format!("{TYPE}/administrators")
    })
}

fn db_body(s: &Server, db: &str) -> Value {
    json!({
        "properties": {"charset": "UTF8", "collation": "en_US.utf8"},
        "id": format!("{}/databases/{db}", s.id()),
        "name": db,
        "type": format!("{TYPE}/databases")
    })
}

fn rule_body(s: &Server, r: &FirewallRule) -> Value {
    json!({
        "properties": {"startIpAddress": r.start_ip, "endIpAddress": r.end_ip},
        "id": format!("{}/firewallRules/{}", s.id(), r.name),
        "name": r.name,
        "type": format!("{TYPE}/firewallRules")
    })
}

fn on_off(v: &Value, field: &str) -> Result<Option<bool>, Resp> {
    match v.as_str() {
        None if v.is_null() => Ok(None),
        Some(s) if s.eq_ignore_ascii_case("Enabled") => Ok(Some(true)),
        Some(s) if s.eq_ignore_ascii_case("Disabled") => Ok(Some(false)),
        _ => Err(bad_request(
            "InvalidParameterValue",
            format!("Invalid value given for parameter {field}. Specify a valid parameter value."),
        )),
    }
}

pub async fn route(ctx: &Ctx<'_>, rg: &ResourceGroup, segs: &[String]) -> Resp {
    let app = ctx.app;
    let tenant = app.seed.tenant.id.clone();
    let name = &segs[0];
    let server = app
        .world()
        .server_mut(ServerKind::Flexible, &rg.sub, &rg.name, name)
        .map(|s| s.clone());
    let Some(server) = server else {
        return not_found(TYPE, name);
    };
    let child: Vec<String> = segs[1..].iter().map(|s| s.to_ascii_lowercase()).collect();
    let child: Vec<&str> = child.iter().map(String::as_str).collect();
    let method = ctx.req.method.as_str();
    match (method, child.as_slice()) {
        ("GET", []) => Resp::json(200, &server_body(&server, &tenant)),
        ("PATCH", []) => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let props = &body["properties"];
            let ad = match on_off(
                &props["authConfig"]["activeDirectoryAuth"],
                "activeDirectoryAuth",
            ) {
                Ok(v) => v,
                Err(r) => return r,
            };
            let pw = match on_off(&props["authConfig"]["passwordAuth"], "passwordAuth") {
                Ok(v) => v,
                Err(r) => return r,
            };
            let public = match on_off(
                &props["network"]["publicNetworkAccess"],
                "publicNetworkAccess",
            ) {
                Ok(v) => v,
                Err(r) => return r,
            };
            if ad == Some(false) && pw == Some(false) {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter authConfig. At least one authentication method must be enabled.",
                );
            }
            let mut next = server.clone();
            next.entra_auth = ad.unwrap_or(next.entra_auth);
            next.password_auth = pw.unwrap_or(next.password_auth);
            next.public_access = public.unwrap_or(next.public_access);
            let effect = Effect::ServerUpdate {
                at: server.at(),
                entra_auth: next.entra_auth,
                password_auth: next.password_auth,
                public_access: next.public_access,
            };
            // In flight the server reports `state: Updating`.
            if let Some(s) = app.world().server_at(&server.at()) {
                s.state = "Updating";
            }
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                Some(server_body(&next, &tenant)),
                Some(effect),
            )
            .await
            {
                Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
                Err(r) => r,
            }
        }
        ("GET", ["capabilities"]) => Resp::json(200, &capabilities(&server)),
        ("GET", ["administrators"]) => {
            let v: Vec<Value> = server
                .admins
                .iter()
                .map(|a| admin_body(&server, a))
                .collect();
            Resp::json(200, &json!({"value": v}))
        }
        (_, ["administrators", _]) => {
            let oid = &segs[2];
            admins(ctx, rg, &server, oid).await
        }
        ("GET", ["databases"]) => {
            let mut dbs = vec![
                "azure_maintenance".to_string(),
                "azure_sys".to_string(),
                "postgres".to_string(),
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
                None => not_found(&format!("{TYPE}/databases"), &segs[2]),
            }
        }
        ("PUT", ["databases", _]) => {
            let name = segs[2].clone();
            let result = db_body(&server, &name);
            put_database(ctx, rg, &server, &name, result).await
        }
        ("GET", ["firewallrules"]) => {
            let v: Vec<Value> = server
                .firewall
                .iter()
                .map(|r| rule_body(&server, r))
                .collect();
            Resp::json(200, &json!({"value": v}))
        }
        (_, ["firewallrules", _]) => firewall(ctx, rg, &server, &segs[2]).await,
        (
            _,
            []
            | ["capabilities"]
            | ["administrators"]
            | ["databases"]
            | ["databases", _]
            | ["firewallrules"],
        ) => method_not_allowed(ctx.req),
        _ => super::no_route(ctx.req),
    }
}

async fn admins(ctx: &Ctx<'_>, rg: &ResourceGroup, server: &Server, oid: &str) -> Resp {
    let app = ctx.app;
    let existing = server
        .admins
        .iter()
        .find(|a| a.object_id.eq_ignore_ascii_case(oid))
        .cloned();
    match ctx.req.method.as_str() {
        "GET" => match existing {
            Some(a) => Resp::json(200, &admin_body(server, &a)),
            None => not_found(&format!("{TYPE}/administrators"), oid),
        },
        "PUT" => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let p = &body["properties"];
            let Some(principal_name) = p["principalName"].as_str().filter(|s| !s.is_empty()) else {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter principalName. Specify a valid parameter value.",
                );
            };
            let principal_type = p["principalType"].as_str().unwrap_or("User");
            if !["User", "Group", "ServicePrincipal", "Unknown"]
                .iter()
                .any(|t| t.eq_ignore_ascii_case(principal_type))
            {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter principalType. Specify a valid parameter value.",
                );
            }
            let tenant = p["tenantId"]
                .as_str()
                .unwrap_or(&app.seed.tenant.id)
                .to_string();
            let admin = Admin {
                principal_name: principal_name.to_string(),
                object_id: oid.to_string(),
                principal_type: principal_type.to_string(),
                tenant_id: tenant,
            };
            if let Some(r) = not_accessible(server) {
                return r;
            }
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
            if existing.is_none() {
                return Resp::empty(204);
            }
            if let Some(r) = not_accessible(server) {
                return r;
            }
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                None,
                Some(Effect::AdminRemove {
                    at: server.at(),
                    object_id: oid.to_string(),
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

/// Firewall rule get/put/delete, shared with Single Server (`kind` picks the resource type).
pub async fn firewall_rule(
    ctx: &Ctx<'_>,
    rg: &ResourceGroup,
    server: &Server,
    rule: &str,
    rtype: &str,
    missing: Resp,
) -> Resp {
    let existing = server
        .firewall
        .iter()
        .find(|r| r.name.eq_ignore_ascii_case(rule))
        .cloned();
    let body_of = |r: &FirewallRule| {
        let mut v = rule_body(server, r);
        v["type"] = json!(format!("{rtype}/firewallRules"));
        v
    };
    match ctx.req.method.as_str() {
        "GET" => match existing {
            Some(r) => Resp::json(200, &body_of(&r)),
            None => missing,
        },
        "PUT" => {
            let body = match invalid_body(ctx.req) {
                Ok(b) => b,
                Err(r) => return r,
            };
            let valid_name = !rule.is_empty()
                && rule
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
            if !valid_name {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter firewallRuleName. Specify a valid parameter value.",
                );
            }
            let p = &body["properties"];
            let (Some(start), Some(end)) =
                (p["startIpAddress"].as_str(), p["endIpAddress"].as_str())
            else {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter startIpAddress. Specify a valid parameter value.",
                );
            };
            if !valid_ipv4(start) || !valid_ipv4(end) {
                let bad = if valid_ipv4(start) {
                    "endIpAddress"
                } else {
                    "startIpAddress"
                };
                return bad_request(
                    "InvalidParameterValue",
                    format!(
                        "Invalid value given for parameter {bad}. Specify a valid parameter value."
                    ),
                );
            }
            let (Ok(s_ip), Ok(e_ip)) = (
                start.parse::<std::net::Ipv4Addr>(),
                end.parse::<std::net::Ipv4Addr>(),
            ) else {
                return bad_request(
                    "InvalidParameterValue",
                    "Invalid value given for parameter startIpAddress. Specify a valid parameter value.",
                );
            };
            if s_ip > e_ip {
                return bad_request(
                    "FirewallRuleStartIpAddressGreaterThanEndIpAddress",
                    "The start IP address of the firewall rule cannot exceed the end IP address.",
                );
            }
            let r = FirewallRule {
                name: rule.to_string(),
                start_ip: start.to_string(),
                end_ip: end.to_string(),
            };
            let result = body_of(&r);
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                Some(result),
                Some(Effect::FirewallSet {
                    at: server.at(),
                    rule: r,
                }),
            )
            .await
            {
                Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
                Err(resp) => resp,
            }
        }
        "DELETE" => {
            if existing.is_none() {
                return Resp::empty(204);
            }
            match start_op(
                ctx,
                OpProvider::Postgres,
                &rg.sub,
                &server.location,
                server.id(),
                None,
                Some(Effect::FirewallRemove {
                    at: server.at(),
                    name: rule.to_string(),
                }),
            )
            .await
            {
                Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
                Err(resp) => resp,
            }
        }
        _ => method_not_allowed(ctx.req),
    }
}

async fn firewall(ctx: &Ctx<'_>, rg: &ResourceGroup, server: &Server, rule: &str) -> Resp {
    let missing = not_found(&format!("{TYPE}/firewallRules"), rule);
    firewall_rule(ctx, rg, server, rule, TYPE, missing).await
}

/// The flexible RP refuses Entra admin changes while the server is not `Ready` (e.g. during a PATCH).
pub fn not_accessible(server: &Server) -> Option<Resp> {
    (server.state != "Ready").then(|| {
        bad_request(
            "AadAuthOperationCannotBePerformedWhenServerIsNotAccessible",
            format!(
                "The server '{}' is not in an accessible state to perform Azure AD Principal operation. Please make sure the server is accessible before executing Azure AD Principal operations.",
                server.name
            ),
        )
    })
}

/// `PUT …/databases/{name}` (Flexible and Single): validates the name and body, then creates the database through
/// an LRO (202 + Azure-AsyncOperation/Location). An existing database is left as it is.
pub async fn put_database(
    ctx: &Ctx<'_>,
    rg: &ResourceGroup,
    server: &Server,
    name: &str,
    result: Value,
) -> Resp {
    let body = match invalid_body(ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let valid = !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        return bad_request(
            "InvalidParameterValue",
            "Invalid value given for parameter databaseName. Specify a valid parameter value.",
        );
    }
    for field in ["charset", "collation"] {
        let v = &body["properties"][field];
        if !v.is_null() && !v.is_string() {
            return bad_request(
                "InvalidParameterValue",
                format!(
                    "Invalid value given for parameter {field}. Specify a valid parameter value."
                ),
            );
        }
    }
    match start_op(
        ctx,
        OpProvider::Postgres,
        &rg.sub,
        &server.location,
        server.id(),
        Some(result),
        Some(Effect::DatabaseAdd {
            at: server.at(),
            name: name.to_string(),
        }),
    )
    .await
    {
        Ok(op) => pg_accepted(ctx, &rg.sub, &server.location, &op),
        Err(r) => r,
    }
}

/// `GET …/flexibleServers/{s}/capabilities` in the shape of the spec example `CapabilitiesByServerList.json`
/// (trimmed to the Burstable SKUs and the 32 GiB disk): az 2.91 reads `supportedFeatures` (`OfferRestricted` must be
/// `Disabled`), the editions' `supportedServerSkus` and `supportedStorageEditions`, and `supportedServerVersions`.
fn capabilities(server: &Server) -> Value {
    let sku = |name: &str, vcores: u32, iops: u32, mem: u32| {
        json!({"supportedFeatures": [], "name": name, "vCores": vcores, "supportedIops": iops,
            "supportedMemoryPerVcoreMb": mem, "supportedZones": ["1", "2", "3"], "supportedHaMode": ["SameZone", "ZoneRedundant"]})
    };
    let features = [
        ("FastProvisioning", "Enabled"),
        ("ZoneRedundantHa", "Enabled"),
        ("GeoBackup", "Enabled"),
        ("ZoneRedundantHaAndGeoBackup", "Enabled"),
        ("StorageAutoGrowth", "Enabled"),
        ("OnlineResize", "Enabled"),
        ("OfferRestricted", "Disabled"),
        ("IndexTuning", "Enabled"),
    ]
    .iter()
    .map(|(n, st)| json!({"name": n, "status": st}))
    .collect::<Vec<_>>();
    json!({"value": [{
        "name": "FlexibleServerCapabilities",
        "supportedServerEditions": [{
            "supportedServerSkus": [sku("Standard_B1ms", 1, 640, 2048), sku("Standard_B2s", 2, 1280, 2048)],
            "name": "Burstable",
            "defaultSkuName": "Standard_B1ms",
            "supportedStorageEditions": [{
                "name": "ManagedDisk",
                "defaultStorageSizeMb": 32768,
                "supportedStorageMb": [{
                    "supportedIops": 120, "storageSizeMb": 32768, "defaultIopsTier": "P4",
                    "supportedIopsTiers": [{"name": "P4", "iops": 120}, {"name": "P6", "iops": 240}, {"name": "P10", "iops": 500}]
                }]
            }],
            "status": "Available"
        }],
        "supportedServerVersions": [{"name": server.version, "supportedVersionsToUpgrade": [], "supportedFeatures": [], "status": "Available"}],
        "supportedFeatures": features,
        "fastProvisioningSupported": "Enabled",
        "geoBackupSupported": "Enabled",
        "zoneRedundantHaSupported": "Enabled",
        "zoneRedundantHaAndGeoBackupSupported": "Enabled",
        "storageAutoGrowthSupported": "Enabled",
        "onlineResizeSupported": "Enabled",
        "restricted": "Disabled",
        "status": "Available"
    }]})
}
