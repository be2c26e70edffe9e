//! A site's configuration resources: `config/web` (its runtime stack), and its app settings and connection
//! strings (`config/{name}/list` POST, `config/{name}` PUT).

use serde_json::{Map, Value, json};

use super::Site;
use crate::arm::Ctx;
use crate::arm::errors::{bad_request, internal, invalid_body};
use crate::http::Resp;

/// `config/web` as the Web RP answers it: its defaults with the site's stack over them.
pub(super) fn web(site: &Site) -> Value {
    let mut props = json!({
        "numberOfWorkers": 1, "defaultDocuments": [], "netFrameworkVersion": "v4.0", "phpVersion": "",
        "pythonVersion": "", "nodeVersion": "", "powerShellVersion": "", "linuxFxVersion": "",
        "windowsFxVersion": null, "requestTracingEnabled": false, "httpLoggingEnabled": false,
        "detailedErrorLoggingEnabled": false, "use32BitWorkerProcess": true, "webSocketsEnabled": false,
        "alwaysOn": false, "javaVersion": null, "javaContainer": null, "javaContainerVersion": null,
        "http20Enabled": true, "minTlsVersion": "1.2", "ftpsState": "FtpsOnly"
    });
    if let Value::Object(m) = &mut props {
        for (k, v) in &site.site_config {
            m.insert(k.clone(), v.clone());
        }
    }
    json!({
        "id": format!("{}/config/web", site.id()),
        "name": site.arm_name(),
        "type": format!("{}/config", site.arm_type()),
        "location": site.location,
        "properties": props
    })
}

/// `config/appsettings` as `…/list` answers it.
pub(super) fn app_settings(site: &Site) -> Value {
    let props: Map<String, Value> = site
        .app_settings
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    config_body(site, "appsettings", props)
}

/// `config/connectionstrings` as `…/list` answers it.
pub(super) fn connection_strings(site: &Site) -> Value {
    let props: Map<String, Value> = site
        .connection_strings
        .iter()
        .map(|(k, v, t)| (k.clone(), json!({"value": v, "type": t})))
        .collect();
    config_body(site, "connectionstrings", props)
}

fn config_body(site: &Site, name: &str, props: Map<String, Value>) -> Value {
    json!({"id": format!("{}/config/{name}", site.id()), "name": name,
        "type": format!("{}/config", site.arm_type()), "location": site.location, "properties": props})
}

/// `PUT config/appsettings` or `config/connectionstrings` (`name`): the body's `properties` (required) replace
/// them.
pub(super) fn put(ctx: &Ctx<'_>, key: &str, name: &str) -> Resp {
    let body = match invalid_body(ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let settings = name == "appsettings";
    let Some(props) = body["properties"].as_object() else {
        let what = if settings {
            "app settings"
        } else {
            "connection strings"
        };
        return bad_request(
            "BadRequest",
            format!("The 'properties' of the {what} are required."),
        );
    };
    let mut w = ctx.app.world();
    let Some(s) = w.sites.get_mut(key) else {
        return internal("site vanished");
    };
    if settings {
        s.app_settings = props.iter().map(setting).collect();
        Resp::json(200, &app_settings(s))
    } else {
        s.connection_strings = props.iter().map(connection_string).collect();
        Resp::json(200, &connection_strings(s))
    }
}

/// An app setting as sent: a string, or any other JSON value as its text.
fn setting((k, v): (&String, &Value)) -> (String, String) {
    (
        k.clone(),
        v.as_str().map_or_else(|| v.to_string(), str::to_owned),
    )
}

/// A connection string as sent: `{"value", "type"}` (type `Custom` when absent).
fn connection_string((k, v): (&String, &Value)) -> (String, String, String) {
    (
        k.clone(),
        v["value"].as_str().unwrap_or("").to_owned(),
        v["type"].as_str().unwrap_or("Custom").to_owned(),
    )
}
