//! Microsoft.DBforPostgreSQL/flexibleServers: server get/patch (authConfig, network → LRO), capabilities,
//! administrators list/get/put/delete; databases and firewallRules come from the shared `postgres` routes. Error
//! wording follows the flexible RP ("The requested resource of type … with name … was not found.").

use serde_json::{Value, json};

use super::Ctx;
use super::errors::{bad_request, internal, invalid_body, method_not_allowed};
use super::postgres::{self, Rp, invalid_parameter, not_found};
use crate::http::Resp;
use crate::seed::ServerKind;
use crate::state::{Admin, Effect, ResourceGroup, Server};
use azconn_emulator::pg::Setting;

const TYPE: &str = "Microsoft.DBforPostgreSQL/flexibleServers";

/// What the shared child routes need to know of flexible servers.
const RP: Rp = Rp {
    rtype: TYPE,
    builtin_databases: ["azure_maintenance", "azure_sys", "postgres"],
    collation: "en_US.utf8",
    rule_name_ok,
};

/// The spec's `firewallRuleName` pattern `^[a-zA-Z0-9][-_a-zA-Z0-9]{0,79}(?<!-)$`: a letter or digit, then letters,
/// digits, `-` and `_` (no `.`), 80 at most, not ending in `-`.
fn rule_name_ok(name: &str) -> bool {
    name.len() <= 80 && crate::ids::is_word_name(name) && !name.ends_with('-')
}

pub fn server_body(s: &Server, tenant: &str) -> Value {
    let onoff = |b: bool| if b { "Enabled" } else { "Disabled" };
    json!({
        "sku": {"name": "Standard_B1ms", "tier": "Burstable"},
        "systemData": {"createdAt": "2024-01-01T00:00:00.0000000Z"},
        "properties": {
            "replica": {"role": "Primary", "capacity": 5},
            "storage": {"iops": 120, "tier": "P4", "storageSizeGB": 32, "autoGrow": "Disabled"},
            "authConfig": auth_config(s, tenant),
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

/// `authConfig`: the tenant only while Entra authentication is on (the spec's examples omit it otherwise).
fn auth_config(s: &Server, tenant: &str) -> Value {
    let onoff = |b: bool| if b { "Enabled" } else { "Disabled" };
    let mut v =
        json!({"activeDirectoryAuth": onoff(s.entra_auth), "passwordAuth": onoff(s.password_auth)});
    if s.entra_auth {
        v["tenantId"] = json!(tenant);
    }
    v
}

fn admin_body(s: &Server, a: &Admin) -> Value {
    json!({
        "properties": {"principalType": a.principal_type, "principalName": a.principal_name, "objectId": a.object_id, "tenantId": a.tenant_id},
        "id": format!("{}/administrators/{}", s.id(), a.object_id),
        "name": a.object_id,
        "type": format!("{TYPE}/administrators")
    })
}

fn on_off(v: &Value, field: &str) -> Result<Option<bool>, Resp> {
    match v.as_str() {
        None if v.is_null() => Ok(None),
        Some(s) if s.eq_ignore_ascii_case("Enabled") => Ok(Some(true)),
        Some(s) if s.eq_ignore_ascii_case("Disabled") => Ok(Some(false)),
        _ => Err(invalid_parameter(field)),
    }
}

pub async fn route(ctx: &Ctx<'_>, rg: &ResourceGroup, segs: &[String]) -> Resp {
    let name = &segs[0];
    let Some(server) = postgres::server(ctx, rg, ServerKind::Flexible, name) else {
        return not_found(TYPE, name);
    };
    let child = postgres::child_path(segs);
    let child: Vec<&str> = child.iter().map(String::as_str).collect();
    match (ctx.req.method.as_str(), child.as_slice()) {
        ("GET", []) => Resp::json(200, &server_body(&server, &ctx.app.seed.tenant.id)),
        ("PATCH", []) => patch(ctx, rg, &server).await,
        ("GET", ["capabilities"]) => Resp::json(200, &capabilities(&server)),
        ("GET", ["administrators"]) => {
            postgres::list(server.admins.iter().map(|a| admin_body(&server, a)))
        }
        (_, ["administrators", _]) => admins(ctx, rg, &server, &segs[2]).await,
        ("GET", ["configurations"]) => configurations(ctx, &server, None).await,
        ("GET", ["configurations", _]) => configurations(ctx, &server, Some(&segs[2])).await,
        (_, [] | ["capabilities" | "administrators"] | ["configurations", ..]) => {
            method_not_allowed(ctx.req)
        }
        _ => postgres::children(ctx, rg, &server, &RP, &child, segs).await,
    }
}

/// `PATCH …/flexibleServers/{s}`: authConfig and public network access, through an LRO.
async fn patch(ctx: &Ctx<'_>, rg: &ResourceGroup, server: &Server) -> Resp {
    let app = ctx.app;
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
    let result = server_body(&next, &app.seed.tenant.id);
    postgres::start(ctx, rg, server, Some(result), effect).await
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
                return invalid_parameter("principalName");
            };
            let principal_type = p["principalType"].as_str().unwrap_or("User");
            if !["User", "Group", "ServicePrincipal", "Unknown"]
                .iter()
                .any(|t| t.eq_ignore_ascii_case(principal_type))
            {
                return invalid_parameter("principalType");
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
            let result = admin_body(server, &admin);
            let effect = Effect::AdminSet {
                at: server.at(),
                admin,
            };
            postgres::start(ctx, rg, server, Some(result), effect).await
        }
        "DELETE" => {
            if existing.is_none() {
                return Resp::empty(204);
            }
            if let Some(r) = not_accessible(server) {
                return r;
            }
            let effect = Effect::AdminRemove {
                at: server.at(),
                object_id: oid.to_string(),
            };
            postgres::start(ctx, rg, server, None, effect).await
        }
        _ => method_not_allowed(ctx.req),
    }
}

/// `GET …/configurations[/{name}]`: the server parameters as its PostgreSQL reports them (`pg_settings`), in the
/// spec's `Configuration` shape.
async fn configurations(ctx: &Ctx<'_>, server: &Server, name: Option<&str>) -> Resp {
    let settings = match ctx.app.db.settings(server).await {
        Ok(s) => s,
        Err(e) => return internal(e),
    };
    let body = |s: &Setting| configuration_body(server, s);
    match name {
        None => postgres::list(settings.iter().map(body)),
        Some(n) => match settings.iter().find(|s| s.name.eq_ignore_ascii_case(n)) {
            Some(s) => Resp::json(200, &body(s)),
            None => not_found(&format!("{TYPE}/configurations"), n),
        },
    }
}

fn configuration_body(server: &Server, s: &Setting) -> Value {
    let data_type = match s.var_type.as_str() {
        "bool" => "Boolean",
        "integer" => "Integer",
        "real" => "Numeric",
        "enum" => "Enumeration",
        _ => "String",
    };
    let allowed = match s.var_type.as_str() {
        "bool" => Some("on,off".to_owned()),
        "enum" => s.enum_values.clone(),
        "integer" | "real" => s
            .min
            .as_ref()
            .zip(s.max.as_ref())
            .map(|(a, b)| format!("{a}-{b}")),
        _ => None,
    };
    let source = if s.source.as_deref() == Some("default") {
        "system-default"
    } else {
        "user-override"
    };
    let mut p = json!({
        "value": s.value,
        "description": s.description,
        "defaultValue": s.default_value,
        "dataType": data_type,
        "allowedValues": allowed,
        "source": source,
        "isDynamicConfig": s.context != "postmaster" && s.context != "internal",
        "isReadOnly": s.context == "internal",
        "isConfigPendingRestart": s.pending_restart,
        "unit": s.unit,
        "documentationLink": "https://www.postgresql.org/docs/current/runtime-config.html"
    });
    if let Value::Object(m) = &mut p {
        m.retain(|_, v| !v.is_null());
    }
    json!({
        "properties": p,
        "id": format!("{}/configurations/{}", server.id(), s.name),
        "name": s.name,
        "type": format!("{TYPE}/configurations")
    })
}

/// The flexible RP refuses Entra admin changes while the server is not `Ready` (e.g. during a PATCH).
fn not_accessible(server: &Server) -> Option<Resp> {
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
