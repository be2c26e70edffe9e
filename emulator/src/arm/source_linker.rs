//! Microsoft.ServiceLinker linkers on a source scope (`{source id}/providers/Microsoft.ServiceLinker/linkers/
//! {name}`: a web app, function app, slot, container app or managed cluster): PUT (201 + Azure-AsyncOperation),
//! GET, list, DELETE (202), `listConfigurations` and `validateLinker` (202 → the operation status with the
//! result). When a PUT succeeds the RP writes the configuration into the source (`linker_writes.rs`), and a DELETE
//! removes it again. What is written — names and values per client and auth type — is modelled on Microsoft's
//! Service Connector docs for PostgreSQL, not observed (emulator/README.md, "Compute sources").

use serde_json::{Value, json};

use super::errors::{arm_error, invalid_body, method_not_allowed, no_route};
use super::linker::{
    accepted, check_name, created, masked_auth, no_message, start_operation, stored_properties,
    strip_nulls, system_data, validate_put, validation,
};
use super::{Ctx, ProviderPath, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::ids::now_iso;
use crate::state::Effect;

const TYPE: &str = "microsoft.servicelinker/linkers";

/// A linker as the world holds it.
#[derive(Debug, Clone)]
pub struct Linker {
    /// The source's id as the caller spelled it.
    pub source_id: String,
    pub name: String,
    /// `properties` as echoed (secrets removed).
    pub properties: Value,
    pub system_data: Value,
    /// The raw secret of a secret or service-principal auth (never echoed; written into the app).
    pub secret: Option<String>,
}

impl Linker {
    pub fn id(&self) -> String {
        format!(
            "{}/providers/Microsoft.ServiceLinker/linkers/{}",
            self.source_id, self.name
        )
    }

    fn body(&self) -> Value {
        json!({"id": self.id(), "name": self.name, "type": TYPE, "systemData": self.system_data,
            "properties": self.properties})
    }
}

/// What a linker operation changes when it ends.
#[derive(Debug, Clone)]
pub enum LinkerEffect {
    /// The linker (stored as `Accepted`) and the one it replaced.
    Put {
        key: String,
        previous: Option<Linker>,
    },
    /// The linker (stored as `Deleting`) as it was.
    Delete { key: String, previous: Linker },
}

fn not_found(id: &str) -> Resp {
    arm_error(
        404,
        "ResourceNotFound",
        format!("The Resource '{id}' was not found."),
    )
}

/// Routes `{source id}/providers/Microsoft.ServiceLinker/linkers/{rest…}` (`p.segs` = `linkers/{rest…}`) for a
/// source the emulator has.
pub async fn route(ctx: &Ctx<'_>, p: &ProviderPath<'_>) -> Resp {
    let Scope::Resource { group, id } = &p.scope else {
        return no_route(ctx.req);
    };
    match super::linker_writes::source(ctx, group, id) {
        Ok((source_id, location)) => linkers(ctx, &source_id, &location, &p.segs[1..]).await,
        Err(r) => r,
    }
}

async fn linkers(ctx: &Ctx<'_>, source_id: &str, location: &str, rest: &[String]) -> Resp {
    let sub = source_id.split('/').nth(2).unwrap_or("").to_owned();
    let method = ctx.req.method.as_str();
    if rest.is_empty() {
        return if method == "GET" {
            list(ctx, source_id)
        } else {
            method_not_allowed(ctx.req)
        };
    }
    let name = &rest[0];
    let id = format!("{source_id}/providers/Microsoft.ServiceLinker/linkers/{name}");
    let key = id.to_ascii_lowercase();
    let action = rest.get(1).map(|s| s.to_ascii_lowercase());
    let existing = ctx.app.world().linkers.get(&key).cloned();
    let location = location.to_owned();
    match (method, action.as_deref(), rest.len()) {
        ("GET", None, 1) => match existing {
            Some(l) => {
                let mut v = l.body();
                strip_nulls(&mut v);
                Resp::json(200, &v)
            }
            None => not_found(&id),
        },
        ("PUT", None, 1) => put(ctx, source_id, name, key, existing, &sub, &location).await,
        ("DELETE", None, 1) => {
            let Some(previous) = existing else {
                return Resp::empty(204);
            };
            if let Some(l) = ctx.app.world().linkers.get_mut(&key) {
                l.properties["provisioningState"] = json!("Deleting");
            }
            let effect = Effect::Linker(LinkerEffect::Delete { key, previous });
            let started =
                start_operation(ctx, &sub, &location, id, no_message(), Some(effect)).await;
            accepted(ctx, &sub, &location, started, Resp::empty(202))
        }
        ("POST", Some("listconfigurations"), 2) => match existing {
            Some(l) => Resp::json(
                200,
                &json!({"configurations": configurations(&l, &ctx.app.seed.tenant.id)
                    .into_iter()
                    .map(|(n, v)| json!({"name": n, "value": v, "configType": "Default"}))
                    .collect::<Vec<_>>()}),
            ),
            None => not_found(&id),
        },
        ("POST", Some("validatelinker"), 2) => {
            let Some(l) = existing else {
                return not_found(&id);
            };
            let result = validation(ctx, &l.name, &l.properties, &now_iso());
            let started = start_operation(ctx, &sub, &location, l.id(), result, None).await;
            accepted(ctx, &sub, &location, started, Resp::json(202, &Value::Null))
        }
        (_, None, 1) | (_, Some("listconfigurations" | "validatelinker"), 2) => {
            method_not_allowed(ctx.req)
        }
        _ => no_route(ctx.req),
    }
}

async fn put(
    ctx: &Ctx<'_>,
    source_id: &str,
    name: &str,
    key: String,
    existing: Option<Linker>,
    sub: &str,
    location: &str,
) -> Resp {
    let body = match invalid_body(ctx.req) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if let Err(r) = validate_put(&body) {
        return r;
    }
    if let Err(r) = super::linker_writes::check_scope(ctx.app, source_id, &body["properties"]) {
        return r;
    }
    if let Err(r) = check_name(name) {
        return r;
    }
    let p = &body["properties"];
    let system_data = system_data(ctx, existing.as_ref().map(|l| &l.system_data));
    let auth = p["authInfo"].as_object();
    let secret = auth.and_then(|a| {
        a.get("secret")
            .and_then(Value::as_str)
            .or_else(|| {
                (a.get("secretInfo")?.get("secretType")?.as_str()? == "rawValue")
                    .then(|| a["secretInfo"]["value"].as_str())?
            })
            .map(str::to_owned)
    });
    let mut auth = auth.map_or(Value::Null, masked_auth);
    // A PUT without `userName` (az's `update --system-identity`) keeps the one the linker had.
    if auth.get("userName").is_none()
        && let Some(old) = existing
            .as_ref()
            .and_then(|l| l.properties["authInfo"].get("userName"))
        && let Value::Object(m) = &mut auth
    {
        m.insert("userName".into(), old.clone());
    }
    let properties = stored_properties(p, p["publicNetworkSolution"].clone(), auth);
    let linker = Linker {
        source_id: source_id.to_owned(),
        name: name.to_owned(),
        properties,
        system_data,
        secret,
    };
    let answer = linker.body();
    let id = linker.id();
    let previous = ctx.app.world().linkers.insert(key.clone(), linker);
    let effect = Effect::Linker(LinkerEffect::Put { key, previous });
    let started = start_operation(ctx, sub, location, id, no_message(), Some(effect)).await;
    created(ctx, sub, location, started, &answer)
}

fn list(ctx: &Ctx<'_>, source_id: &str) -> Resp {
    let prefix =
        format!("{source_id}/providers/microsoft.servicelinker/linkers/").to_ascii_lowercase();
    let value: Vec<Value> = ctx
        .app
        .world()
        .linkers
        .iter()
        .filter(|(k, _)| k.starts_with(&prefix) && !k[prefix.len()..].contains('/'))
        .map(|(_, l)| {
            let mut v = l.body();
            strip_nulls(&mut v);
            v
        })
        .collect();
    Resp::json(200, &json!({ "value": value }))
}

/// Applies a finished linker operation: the linker's state and what it wrote into its source.
pub fn finish(app: &App, effect: LinkerEffect, ok: bool) {
    let tenant = app.seed.tenant.id.clone();
    let mut w = app.world();
    match effect {
        LinkerEffect::Put { key, previous } => {
            if !ok {
                match previous {
                    Some(p) => w.linkers.insert(key, p),
                    None => w.linkers.remove(&key),
                };
                return;
            }
            let Some(l) = w.linkers.get_mut(&key) else {
                return;
            };
            l.properties["provisioningState"] = json!("Succeeded");
            let l = l.clone();
            if let Some(p) = &previous {
                super::linker_writes::unwrite(app, &mut w, p, &tenant);
            }
            super::linker_writes::write(app, &mut w, &l, &tenant);
        }
        LinkerEffect::Delete { key, previous } => {
            if ok {
                w.linkers.remove(&key);
                super::linker_writes::unwrite(app, &mut w, &previous, &tenant);
            } else {
                w.linkers.insert(key, previous);
            }
        }
    }
}

/// The configuration names and values the RP writes (modelled; see the module comment).
pub fn configurations(l: &Linker, tenant: &str) -> Vec<(String, String)> {
    let p = &l.properties;
    let target = p["targetService"]["id"].as_str().unwrap_or("");
    let segs: Vec<&str> = target.split('/').collect();
    let (Some(server), Some(db)) = (segs.get(8), segs.get(10)) else {
        return Vec::new();
    };
    let host = format!("{server}{}", crate::files::PG_SUFFIX);
    let auth = &p["authInfo"];
    let auth_type = auth["authType"].as_str().unwrap_or("");
    let user = auth["userName"]
        .as_str()
        .or_else(|| auth["name"].as_str())
        .unwrap_or("");
    let client_id = auth["clientId"].as_str().unwrap_or("");
    let client = p["clientType"].as_str().unwrap_or("none");
    let password = (auth_type == "secret").then(|| l.secret.clone().unwrap_or_default());
    let pair = |n: &str, v: String| (n.to_owned(), v);
    let conn = |v: String| vec![pair("AZURE_POSTGRESQL_CONNECTIONSTRING", v)];
    // A connection string's password part (`{before}{password}{after}`), empty without a password.
    let pw = |before: &str, after: &str| {
        password
            .as_ref()
            .map_or(String::new(), |pw| format!("{before}{pw}{after}"))
    };
    // Separate variables, then the password's when there is one.
    let vars = |names: [(&str, String); 3], more: &[(&str, &str)]| -> Vec<(String, String)> {
        names
            .into_iter()
            .map(|(n, v)| pair(n, v))
            .chain(more.iter().map(|(n, v)| pair(n, (*v).to_owned())))
            .chain(
                password
                    .clone()
                    .map(|pw| pair("AZURE_POSTGRESQL_PASSWORD", pw)),
            )
            .collect()
    };
    let (db, user) = ((*db).to_owned(), user.to_owned());
    let mut base: Vec<(String, String)> = match client {
        "python" => conn(format!(
            "dbname={db} host={host} port=5432 sslmode=require user={user}{}",
            pw(" password=", "")
        )),
        "java" => conn(format!(
            "jdbc:postgresql://{host}:5432/{db}?sslmode=require&user={user}{}",
            pw("&password=", "")
        )),
        "go" => conn(format!(
            "host={host} dbname={db} sslmode=require user={user}{}",
            pw(" password=", "")
        )),
        "php" => conn(format!(
            "host={host} port=5432 dbname={db} sslmode=require user={user}{}",
            pw(" password=", "")
        )),
        "django" => vars(
            [
                ("AZURE_POSTGRESQL_NAME", db),
                ("AZURE_POSTGRESQL_HOST", host),
                ("AZURE_POSTGRESQL_USER", user),
            ],
            &[],
        ),
        "nodejs" => vars(
            [
                ("AZURE_POSTGRESQL_HOST", host),
                ("AZURE_POSTGRESQL_USER", user),
                ("AZURE_POSTGRESQL_DATABASE", db),
            ],
            &[
                ("AZURE_POSTGRESQL_PORT", "5432"),
                ("AZURE_POSTGRESQL_SSL", "true"),
            ],
        ),
        "ruby" => vars(
            [
                ("AZURE_POSTGRESQL_HOST", host),
                ("AZURE_POSTGRESQL_USERNAME", user),
                ("AZURE_POSTGRESQL_DATABASE", db),
            ],
            &[
                ("AZURE_POSTGRESQL_PORT", "5432"),
                ("AZURE_POSTGRESQL_SSLMODE", "require"),
            ],
        ),
        "springBoot" => vec![
            pair(
                "spring.datasource.url",
                format!("jdbc:postgresql://{host}:5432/{db}?sslmode=require"),
            ),
            pair("spring.datasource.username", user),
            match &password {
                Some(pw) => pair("spring.datasource.password", pw.clone()),
                None => pair(
                    "spring.datasource.azure.passwordless-enabled",
                    "true".into(),
                ),
            },
        ],
        _ => conn(format!(
            "Server={host};Database={db};Port=5432;Ssl Mode=Require;User Id={user};{}",
            pw("Password=", ";")
        )),
    };
    let spring = client == "springBoot";
    let secret = l.secret.clone().unwrap_or_default();
    let identity: Vec<(String, String)> = match auth_type {
        "userAssignedIdentity" if spring => vec![
            pair(
                "spring.cloud.azure.credential.client-id",
                client_id.to_owned(),
            ),
            pair(
                "spring.cloud.azure.credential.managed-identity-enabled",
                "true".into(),
            ),
        ],
        "userAssignedIdentity" => vec![pair("AZURE_POSTGRESQL_CLIENTID", client_id.to_owned())],
        "servicePrincipalSecret" if spring => vec![
            pair(
                "spring.cloud.azure.credential.client-id",
                client_id.to_owned(),
            ),
            pair("spring.cloud.azure.credential.client-secret", secret),
            pair("spring.cloud.azure.credential.tenant-id", tenant.to_owned()),
        ],
        "servicePrincipalSecret" => vec![
            pair("AZURE_POSTGRESQL_CLIENTID", client_id.to_owned()),
            pair("AZURE_POSTGRESQL_CLIENTSECRET", secret),
            pair("AZURE_POSTGRESQL_TENANTID", tenant.to_owned()),
        ],
        _ => Vec::new(),
    };
    let mut all = identity;
    all.append(&mut base);
    let custom = &p["configurationInfo"]["customizedKeys"];
    all.into_iter()
        .map(|(n, v)| (custom[&n].as_str().map_or(n, str::to_owned), v))
        .collect()
}
