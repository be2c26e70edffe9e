//! `<source> connection update postgres|postgres-flexible`: GET the linker, merge the flags into it with core
//! az's rules (`connection_update`), PUT the result and wait (unless `--no-wait`), then print it like `show`
//! (knack view + `configurations`). No identity or database work: az's update is core only, without the
//! passwordless extension (docs/az-behaviour.md, "Compute sources").
//!
//! Merge rules: more than one auth option → `Only one auth info is needed`; none → keep the linker's auth info,
//! except a secret one with a user name (its password is not echoed back) → `Auth info argument should be
//! provided when updating the connection: {name}`; neither `--client-type` nor an auth option → `Either client
//! type or auth info should be specified to update`. The client type, key vault, scope, customized keys and
//! connection-string properties are kept when not given; the target service and virtual-network solution are
//! sent as read; the network and configuration-store settings are only what this command line says.

use indexmap::IndexMap;
use serde_json::{Map, Value as Json};

use super::kind::{ComputeSource, LinkerRef};
use crate::arm::web::{LinkerBody, LinkerSettings};
use crate::cli::source::{SourceOnly, SourceUpdateArgs};
use crate::commands::connection::auth_flags::{self, AuthFlag, ParsedAuth};
use crate::commands::connection::key_values::last_values;
use crate::commands::connection::update::{kept_auth, strip_nulls};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::log;

/// The update as given on the command line, parsed: the auth options (ids from Graph not looked up yet), the
/// client type, `--config-connstr` and the linker settings.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub auth: Vec<ParsedAuth>,
    pub client_type: Option<String>,
    pub config_connstr: bool,
    pub settings: LinkerSettings,
}

/// `KEY=VALUE` words as an ordered map (a later value wins, as az's `AddCustomizedKeys` does).
fn string_map(words: &[String], flag: &str) -> Result<IndexMap<String, String>> {
    last_values(words, &format!("Usage error: {flag} [KEY=VALUE ...]"))
}

/// Parses the command line the way az's argparse actions do, before any request. Pure.
pub fn changes<C: SourceOnly>(args: &SourceUpdateArgs<C>) -> Result<Changes> {
    let a = &args.linker.auth;
    let auth = auth_flags::given([
        (&a.secret, AuthFlag::Secret),
        (&a.user_identity, AuthFlag::UserIdentity),
        (&a.system_identity, AuthFlag::SystemIdentity),
        (&a.service_principal, AuthFlag::ServicePrincipal),
    ])
    .iter()
    .map(auth_flags::parse)
    .collect::<Result<_>>()?;
    let opt_out = args.linker.opt_out.as_deref().unwrap_or_default();
    let has = |o: &str| opt_out.iter().any(|x| x == o);
    Ok(Changes {
        auth,
        client_type: args.client_type.map(|c| c.as_az().to_owned()),
        config_connstr: args.target.slot.config_connstr(),
        settings: LinkerSettings {
            vault_id: args.linker.vault_id.clone().filter(|v| !v.is_empty()),
            scope: args.target.slot.scope().map(str::to_owned),
            appconfig_id: args.linker.appconfig_id.clone(),
            customized_keys: args
                .linker
                .customized_keys
                .as_deref()
                .map(|w| string_map(w, "--customized-keys"))
                .transpose()?,
            connstr_props: args
                .linker
                .connstr_props
                .as_deref()
                .map(|w| string_map(w, "--connstr-props"))
                .transpose()?,
            opt_out_auth: has("auth"),
            opt_out_configinfo: has("configinfo"),
            opt_out_public_network: has("publicnetwork"),
        },
    })
}

/// A string map of the linker as read, when present and not empty.
fn kept_map(existing: Option<&Json>) -> Option<IndexMap<String, String>> {
    let m = existing?.as_object().filter(|m| !m.is_empty())?;
    Some(
        m.iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                )
            })
            .collect(),
    )
}

/// The PUT body from the linker as read (wire JSON) and the changes; `auth` is the new `authInfo` when an
/// auth option was given (already checked to be at most one). Also returns az's warnings. Pure.
pub fn merge(
    existing: &Json,
    auth: Option<Json>,
    changes: &Changes,
) -> Result<(LinkerBody, Vec<String>)> {
    let props = existing.get("properties").unwrap_or(&Json::Null);
    let present = |key: &str| props.get(key).filter(|v| !v.is_null());
    let given = auth.is_some();
    let auth = match auth {
        Some(a) => Some(a),
        None => kept_auth(existing)?,
    };
    if changes.client_type.is_none() && !given {
        return Err(Error::runtime(
            "Either client type or auth info should be specified to update",
        ));
    }
    let old_vault = present("secretStore")
        .and_then(|s| s.get("keyVaultId"))
        .and_then(Json::as_str)
        .filter(|v| !v.is_empty())
        .map(str::to_owned);
    let vault_id = changes.settings.vault_id.clone().or(old_vault);
    if vault_id.is_none() {
        let secret_type = auth
            .as_ref()
            .filter(|a| a.get("authType").and_then(Json::as_str) == Some("secret"))
            .and_then(|a| a.get("secretInfo"))
            .and_then(|i| i.get("secretType"))
            .and_then(Json::as_str);
        if secret_type == Some("keyVaultSecretReference") {
            return Err(Error::runtime(
                "--vault-id must be provided to use secret-name",
            ));
        }
    }
    let mut warnings = Vec::new();
    let mut client_type = changes.client_type.clone().or_else(|| {
        present("clientType")
            .and_then(Json::as_str)
            .map(str::to_owned)
    });
    if changes.config_connstr {
        if client_type.as_deref() == Some("dotnet") {
            client_type = Some("dotnet-connectionString".to_owned());
        } else {
            warnings.push("client_type is not dotnet, ignore \"--config-connstr\"".to_owned());
        }
    }
    let config = present("configurationInfo");
    let non_empty = |m: &Option<IndexMap<String, String>>| m.clone().filter(|m| !m.is_empty());
    let customized_keys = non_empty(&changes.settings.customized_keys)
        .or_else(|| kept_map(config.and_then(|c| c.get("customizedKeys"))));
    let connstr_props = non_empty(&changes.settings.connstr_props)
        .or_else(|| kept_map(config.and_then(|c| c.get("additionalConnectionStringProperties"))));
    let scope = changes
        .settings
        .scope
        .clone()
        .filter(|s| !s.is_empty())
        .or_else(|| present("scope").and_then(Json::as_str).map(str::to_owned));
    let body = LinkerBody {
        target_service: present("targetService").map_or(Json::Object(Map::new()), strip_nulls),
        auth_info: auth,
        client_type,
        v_net_solution: present("vNetSolution").map(strip_nulls),
        settings: LinkerSettings {
            vault_id,
            scope,
            customized_keys,
            connstr_props,
            ..changes.settings.clone()
        },
    };
    Ok((body, warnings))
}

/// Runs `<source> connection update postgres|postgres-flexible`.
pub async fn run<K: ComputeSource, C: SourceOnly>(
    args: &SourceUpdateArgs<C>,
    ctx: &Context,
) -> Result<Outcome> {
    if args.target.slot.config_connstr() {
        log::warning(super::create::CONFIG_CONNSTR_PREVIEW);
    }
    let mut changes = changes(args)?;
    let linker: LinkerRef = super::linker::<K, C>(&args.target, ctx)?;
    let arm = ctx.azure.arm()?;
    let path = linker.path();
    let existing = arm.linker_get(&path).await?;
    if changes.auth.len() > 1 {
        return Err(Error::runtime("Only one auth info is needed"));
    }
    // Every rule is checked before a Graph lookup, with a placeholder for the new auth info.
    let placeholder = changes.auth.first().map(|p| match p {
        ParsedAuth::Complete(j) => j.clone(),
        _ => Json::Object(Map::new()),
    });
    merge(&existing, placeholder, &changes)?;
    let auth = match changes.auth.pop() {
        Some(p) => Some(auth_flags::complete(&ctx.azure, p).await?),
        None => None,
    };
    let (body, warnings) = merge(&existing, auth, &changes)?;
    for w in &warnings {
        log::warning(w);
    }
    let result = arm
        .linker_put_raw(&path, &body.to_json(), args.no_wait)
        .await?;
    let Some(wire) = result.filter(|_| !args.no_wait) else {
        return Ok(Outcome::Nothing);
    };
    let configurations = arm.linker_list_configurations(&path).await;
    Ok(Outcome::document(super::with_configurations(
        &wire,
        configurations,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A linker on `app1` as the RP answers a GET.
    fn linker(auth: Json) -> Json {
        let properties = json!({
            "targetService": {"type": "AzureResource", "id": "/t", "resourceProperties": null},
            "authInfo": auth,
            "clientType": "python",
            "vNetSolution": null,
            "secretStore": {"keyVaultId": null, "keyVaultSecretName": null},
            "scope": null,
            "publicNetworkSolution": {"firewallRules": {"callerClientIP": null}, "action": null},
            "configurationInfo": {"customizedKeys": {"A": "B"}, "configurationStore": null}
        });
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app1/providers/Microsoft.ServiceLinker/linkers/c1";
        json!({"id": id, "name": "c1", "properties": properties})
    }

    fn system() -> Json {
        json!({"userName": "aad_c1", "authType": "systemAssignedIdentity", "authMode": null, "roles": null})
    }

    fn client(c: &str) -> Changes {
        Changes {
            client_type: Some(c.into()),
            ..Changes::default()
        }
    }

    /// az (docs/az-behaviour.md, "Compute sources"): the target and auth info as read, the new client type, the keys kept.
    #[test]
    fn client_type_only_keeps_auth_and_keys() {
        let (body, warnings) = merge(&linker(system()), None, &client("java")).expect("merge");
        assert!(warnings.is_empty());
        assert_eq!(
            body.to_json().to_string(),
            r#"{"properties":{"targetService":{"type":"AzureResource","id":"/t"},"authInfo":{"userName":"aad_c1","authType":"systemAssignedIdentity"},"clientType":"java","secretStore":{},"publicNetworkSolution":{},"configurationInfo":{"customizedKeys":{"A":"B"},"configurationStore":{}}}}"#
        );
    }

    /// [X06]: `--system-identity` sends `{"authType":"systemAssignedIdentity"}`, without the user name.
    #[test]
    fn new_auth_replaces_and_opt_out_marks_it() {
        let changes = Changes {
            settings: LinkerSettings {
                opt_out_auth: true,
                opt_out_public_network: true,
                ..LinkerSettings::default()
            },
            ..Changes::default()
        };
        let (body, _) = merge(
            &linker(system()),
            Some(json!({"authType": "systemAssignedIdentity"})),
            &changes,
        )
        .expect("merge");
        let j = body.to_json();
        assert_eq!(
            j["properties"]["authInfo"].to_string(),
            r#"{"authType":"systemAssignedIdentity","authMode":"optOutAllAuth"}"#
        );
        assert_eq!(j["properties"]["clientType"], json!("python"));
        assert_eq!(
            j["properties"]["publicNetworkSolution"],
            json!({"action": "optOut"})
        );
    }

    #[test]
    fn az_errors() {
        let e = merge(&linker(system()), None, &Changes::default()).expect_err("nothing");
        assert_eq!(
            e.to_string(),
            "Either client type or auth info should be specified to update"
        );
        let secret = json!({"authType": "secret", "name": "u", "secretInfo": null});
        let e = merge(&linker(secret), None, &client("java")).expect_err("named secret");
        assert_eq!(
            e.to_string(),
            "Auth info argument should be provided when updating the connection: c1"
        );
        let kv = json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "keyVaultSecretReference", "name": "s"}});
        let e = merge(&linker(system()), Some(kv), &Changes::default()).expect_err("no vault");
        assert_eq!(
            e.to_string(),
            "--vault-id must be provided to use secret-name"
        );
    }

    #[test]
    fn config_connstr_needs_dotnet() {
        let mut changes = client("dotnet");
        changes.config_connstr = true;
        let (body, w) = merge(&linker(system()), None, &changes).expect("merge");
        assert_eq!(body.client_type.as_deref(), Some("dotnet-connectionString"));
        assert!(w.is_empty());
        changes.client_type = Some("java".into());
        let (_, w) = merge(&linker(system()), None, &changes).expect("merge");
        assert_eq!(
            w,
            ["client_type is not dotnet, ignore \"--config-connstr\""]
        );
    }
}
