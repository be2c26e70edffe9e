//! Dynamic shell completion of resource names (clap_complete's `CompleteEnv` engine, pinned because it is
//! unstable): `-g/--resource-group`, `--tg/--target-resource-group`, `--server`, `--connection`,
//! `-l/--location`, `--subscription`, and for `webapp|functionapp|containerapp|aks connection …` `-n/--name` (the
//! group's apps, container apps or clusters), `-s/--slot` (the app's slots) and `--connection` (the source's
//! linkers) complete with real names from ARM.
//!
//! Rules a completion request lives by — no answer is better than a slow or broken prompt:
//! - Only a cached token is used ([`crate::auth::TokenProvider::cached_token`]); `az` is never started and
//!   Entra is never asked. No token → no candidates.
//! - Names are cached on disk for [`CACHE_TTL_SECS`] in `AZURE_CONFIG_DIR/azconn/completion-cache.json`,
//!   keyed by cloud, subscription and what the list depends on.
//! - The network gets at most [`BUDGET`] in total; then the request gives up with nothing.
//! - Nothing is ever written to stderr, whatever fails.
//!
//! Flag names and enum values are completed by clap from the static definitions; this code runs only when the
//! value of one of the flags above is being completed. The context (`-g`, `--tg`, `-l`, `--subscription`, the
//! target kind) is read from the words the shell passes.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::auth::{AuthSource, TokenProvider, TokenRequest};
use crate::server_kind::{NAMESPACE, PostgresApi, ServerKind};
use crate::settings::cloud::scope_for_resource;
use crate::settings::{Env, Settings};

/// The most a completion request waits on the network.
pub const BUDGET: Duration = Duration::from_millis(1500);
/// How long completed names stay fresh on disk.
pub const CACHE_TTL_SECS: i64 = 300;
/// List pages followed at most.
const MAX_PAGES: usize = 10;

/// What a flag completes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `-g/--resource-group`, `--tg/--target-resource-group`: resource groups of the subscription.
    ResourceGroup,
    /// `--server`: PostgreSQL servers (flexible or single, from the command) of `--tg` (else `-g`).
    Server,
    /// `--connection`: connectors of `-g` in `-l` (else the group's location).
    Connection,
    /// `-l/--location`: the subscription's locations.
    Location,
    /// `--subscription`: subscriptions (id, with the name as help).
    Subscription,
    /// `-n/--name` of a compute source: the web apps and function apps of `-g`.
    App,
    /// `-s/--slot`: the deployment slots of `-n` in `-g`.
    Slot,
}

impl Kind {
    /// The kind for a clap argument id, if it is completed dynamically.
    pub fn for_arg(id: &str) -> Option<Kind> {
        match id {
            "resource_group" | "target_resource_group" => Some(Kind::ResourceGroup),
            "server" => Some(Kind::Server),
            "connection" => Some(Kind::Connection),
            "location" => Some(Kind::Location),
            "subscription" => Some(Kind::Subscription),
            "name" => Some(Kind::App),
            "slot" => Some(Kind::Slot),
            _ => None,
        }
    }
}

/// Adds the dynamic completers to every matching argument of `cmd` and its subcommands.
pub fn attach(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| match Kind::for_arg(arg.get_id().as_str()) {
        Some(kind) => arg.add(ArgValueCandidates::new(move || candidates(kind))),
        None => arg,
    })
    .mut_subcommands(attach)
}

/// What the words on the command line say about the list to fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordContext {
    pub resource_group: Option<String>,
    pub target_resource_group: Option<String>,
    pub location: Option<String>,
    pub subscription: Option<String>,
    /// `postgres` (Single Server) appears as a word, and `postgres-flexible` does not.
    pub single_server: bool,
    /// The command is `create` (a new `--connection` name is not completed).
    pub create: bool,
    /// `-n/--name` (the app of a compute source).
    pub name: Option<String>,
    /// `-s/--slot`.
    pub slot: Option<String>,
    /// The command is a compute source's (`webapp`, `functionapp`, `containerapp`, `aks`).
    pub app_source: bool,
    /// The compute source's resource type and api-version (`Microsoft.Web/sites` when none is named).
    pub source_type: Option<(&'static str, &'static str)>,
}

impl WordContext {
    /// The resource type (`{namespace}/{type}`) and api-version of the command's compute source.
    fn source_type(&self) -> (&'static str, &'static str) {
        self.source_type
            .unwrap_or(("Microsoft.Web/sites", crate::arm::web::WEB_API_VERSION))
    }
}

/// Reads the context from the shell's words (the last word, being completed, is ignored).
pub fn word_context(words: &[String]) -> WordContext {
    let words = match words.split_last() {
        Some((_, rest)) => rest,
        None => words,
    };
    let mut ctx = WordContext::default();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        let (flag, inline) = match w.split_once('=') {
            Some((f, v)) if f.starts_with('-') => (f, Some(v.to_owned())),
            _ => (w, None),
        };
        let slot = match flag {
            "-g" | "--resource-group" => Some(&mut ctx.resource_group),
            "--tg" | "--target-resource-group" => Some(&mut ctx.target_resource_group),
            "-l" | "--location" => Some(&mut ctx.location),
            "--subscription" => Some(&mut ctx.subscription),
            "-n" | "--name" => Some(&mut ctx.name),
            "-s" | "--slot" => Some(&mut ctx.slot),
            _ => None,
        };
        match slot {
            Some(slot) => {
                let value = inline.or_else(|| {
                    i += 1;
                    words.get(i).cloned()
                });
                if let Some(v) = value.filter(|v| !v.is_empty()) {
                    *slot = Some(v);
                }
            }
            None => match w {
                "postgres" => ctx.single_server = true,
                "create" => ctx.create = true,
                "webapp" | "functionapp" | "containerapp" | "aks" => {
                    ctx.app_source = true;
                    ctx.source_type = Some(match w {
                        "containerapp" => (
                            "Microsoft.App/containerApps",
                            crate::arm::containers::APP_API_VERSION,
                        ),
                        "aks" => (
                            "Microsoft.ContainerService/managedClusters",
                            crate::arm::containers::AKS_API_VERSION,
                        ),
                        _ => ("Microsoft.Web/sites", crate::arm::web::WEB_API_VERSION),
                    });
                }
                _ => {}
            },
        }
        i += 1;
    }
    ctx
}

/// One cached list.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct CacheEntry {
    at: i64,
    items: Vec<(String, Option<String>)>,
}

/// The on-disk completion cache.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct CacheFile {
    entries: BTreeMap<String, CacheEntry>,
}

fn cache_path(settings: &Settings) -> PathBuf {
    settings.azconn_dir().join("completion-cache.json")
}

fn read_cache(path: &Path) -> CacheFile {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

fn write_cache(path: &Path, key: &str, items: &[(String, Option<String>)], now: i64) {
    let mut file = read_cache(path);
    file.entries
        .retain(|_, e| now - e.at < CACHE_TTL_SECS && e.at <= now);
    file.entries.insert(
        key.to_owned(),
        CacheEntry {
            at: now,
            items: items.to_vec(),
        },
    );
    let Ok(bytes) = serde_json::to_vec(&file) else {
        return;
    };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let tmp = path.with_extension(format!("json.{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

fn now() -> i64 {
    crate::auth::cache::now_unix()
}

/// The candidates for `kind`, from the words of this process's command line. Never fails, never prints.
pub fn candidates(kind: Kind) -> Vec<CompletionCandidate> {
    let args: Vec<String> = std::env::args_os()
        .map(|a: OsString| a.to_string_lossy().into_owned())
        .collect();
    // CompleteEnv runs `azconn -- <words…>`.
    let words: Vec<String> = match args.iter().position(|a| a == "--") {
        Some(p) => args[p + 1..].to_vec(),
        None => args,
    };
    names(kind, &word_context(&words), &Env::from_process())
        .into_iter()
        .map(|(value, help)| CompletionCandidate::new(value).help(help.map(Into::into)))
        .collect()
}

/// What to fetch: the cache key and the ARM path (relative, without api-version).
fn plan(kind: Kind, ctx: &WordContext, subscription: &str) -> Option<(String, Vec<String>)> {
    let rg_path = |rg: &str| format!("/subscriptions/{subscription}/resourcegroups/{rg}");
    Some(match kind {
        Kind::ResourceGroup => (
            format!("groups|{subscription}"),
            vec![format!(
                "/subscriptions/{subscription}/resourcegroups?api-version=2024-11-01"
            )],
        ),
        Kind::Location => (
            format!("locations|{subscription}"),
            vec![format!(
                "/subscriptions/{subscription}/locations?api-version=2022-12-01"
            )],
        ),
        Kind::Subscription => (
            "subscriptions".to_owned(),
            vec!["/subscriptions?api-version=2022-12-01".to_owned()],
        ),
        Kind::Server => {
            let kind = if ctx.single_server {
                ServerKind::Single
            } else {
                ServerKind::Flexible
            };
            let PostgresApi {
                resource_type: provider,
                api_version: api,
            } = kind.api();
            let scope = match ctx
                .target_resource_group
                .as_deref()
                .or(ctx.resource_group.as_deref())
            {
                Some(rg) => rg_path(rg),
                None => format!("/subscriptions/{subscription}"),
            };
            (
                format!("servers|{provider}|{scope}"),
                vec![format!(
                    "{scope}/providers/{NAMESPACE}/{provider}?api-version={api}"
                )],
            )
        }
        Kind::App | Kind::Slot => {
            let rg = ctx.resource_group.as_deref()?;
            let (resource_type, api) = ctx.source_type();
            let sites = format!("{}/providers/{resource_type}", rg_path(rg));
            let scope = match kind {
                Kind::Slot => format!("{sites}/{}/slots", ctx.name.as_deref()?),
                _ => sites,
            };
            (
                format!("apps|{scope}"),
                vec![format!("{scope}?api-version={api}")],
            )
        }
        Kind::Connection if ctx.app_source => {
            if ctx.create {
                return None;
            }
            let rg = ctx.resource_group.as_deref()?;
            let app = format!(
                "{}/providers/{}/{}{}",
                rg_path(rg),
                ctx.source_type().0,
                ctx.name.as_deref()?,
                ctx.slot
                    .as_deref()
                    .map_or(String::new(), |s| format!("/slots/{s}"))
            );
            let linkers = crate::arm::web::linkers_path(&app);
            (
                format!("linkers|{linkers}"),
                vec![format!(
                    "{linkers}?api-version={}",
                    crate::arm::service_linker::API_VERSION
                )],
            )
        }
        Kind::Connection => {
            if ctx.create {
                return None;
            }
            let rg = ctx.resource_group.as_deref()?;
            let location = ctx.location.clone().unwrap_or_default();
            (
                format!("connections|{}|{location}", rg_path(rg)),
                vec![rg_path(rg), location],
            )
        }
    })
}

/// Names (with optional help) for `kind`; empty on any failure or when over budget.
pub fn names(kind: Kind, ctx: &WordContext, env: &Env) -> Vec<(String, Option<String>)> {
    let Ok(settings) = Settings::load(env.clone()) else {
        return Vec::new();
    };
    let subscription = settings.subscription(ctx.subscription.as_deref()).ok();
    let sub_id = subscription
        .as_ref()
        .map_or(String::new(), |s| s.id.clone());
    if sub_id.is_empty() && kind != Kind::Subscription {
        return Vec::new();
    }
    let Some((key, paths)) = plan(kind, ctx, &sub_id) else {
        return Vec::new();
    };
    let key = format!("{}|{key}", settings.cloud.name);
    let path = cache_path(&settings);
    let now = now();
    if let Some(entry) = read_cache(&path).entries.get(&key)
        && now - entry.at < CACHE_TTL_SECS
        && entry.at <= now
    {
        return entry.items.clone();
    }
    let Ok(arm_base) = settings.cloud.resource_manager() else {
        return Vec::new();
    };
    let Ok(audience) = settings.cloud.arm_audience() else {
        return Vec::new();
    };
    // No parsed global options here: `AZCONN_AUTH_SOURCE` is read as clap would.
    let source = match env.non_empty("AZCONN_AUTH_SOURCE") {
        Some(v) => match <AuthSource as clap::ValueEnum>::from_str(v.trim(), true) {
            Ok(s) => s,
            Err(_) => return Vec::new(),
        },
        None => AuthSource::Auto,
    };
    let Ok(http) = crate::http::build_client(env) else {
        return Vec::new();
    };
    let provider = TokenProvider::new(&settings, source, http.clone(), true);
    let request = TokenRequest::new(scope_for_resource(audience), subscription.as_ref());
    let Some(token) = provider.cached_token(&request) else {
        return Vec::new();
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let base = arm_base.trim_end_matches('/').to_owned();
    let auth = token.authorization();
    let fetched = runtime.block_on(async {
        tokio::time::timeout(BUDGET, fetch(&http, &base, &auth, kind, &paths))
            .await
            .ok()
            .flatten()
    });
    match fetched {
        Some(items) => {
            write_cache(&path, &key, &items, now);
            items
        }
        None => Vec::new(),
    }
}

/// One GET with the bearer header; `None` on any failure or non-2xx status.
async fn get_json(http: &reqwest::Client, url: &str, auth: &str) -> Option<Value> {
    let resp = http
        .get(url)
        .header("Authorization", auth)
        .header("Accept", "application/json")
        .send()
        .await
        .ok()?;
    if !resp.status().is_success() {
        return None;
    }
    resp.json().await.ok()
}

async fn get_all(http: &reqwest::Client, url: String, auth: &str) -> Option<Vec<Value>> {
    let mut items = Vec::new();
    let mut next = Some(url);
    for _ in 0..MAX_PAGES {
        let Some(url) = next.take() else {
            return Some(items);
        };
        let body = get_json(http, &url, auth).await?;
        if let Some(Value::Array(v)) = body.get("value") {
            items.extend(v.iter().cloned());
        }
        next = body
            .get("nextLink")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
    }
    next.is_none().then_some(items)
}

async fn fetch(
    http: &reqwest::Client,
    base: &str,
    auth: &str,
    kind: Kind,
    paths: &[String],
) -> Option<Vec<(String, Option<String>)>> {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let items = match kind {
        // A compute source's linkers: one list URL (a local connection's needs the location first).
        Kind::Connection if paths.len() == 1 => {
            get_all(http, format!("{base}{}", paths[0]), auth).await?
        }
        Kind::Connection => {
            let (rg, location) = (paths.first()?, paths.get(1)?);
            let location = if location.is_empty() {
                let url = format!("{base}{rg}?api-version=2024-11-01");
                text(&get_json(http, &url, auth).await?, "location")?
            } else {
                location.clone()
            };
            let url = format!(
                "{base}{rg}/providers/Microsoft.ServiceLinker/locations/{location}/connectors?api-version={}",
                crate::arm::service_linker::API_VERSION
            );
            get_all(http, url, auth).await?
        }
        _ => get_all(http, format!("{base}{}", paths.first()?), auth).await?,
    };
    let mut out: Vec<(String, Option<String>)> = items
        .iter()
        .filter_map(|v| match kind {
            Kind::Subscription => text(v, "subscriptionId").map(|id| (id, text(v, "displayName"))),
            Kind::Location => text(v, "name").map(|n| (n, text(v, "displayName"))),
            // A slot's name is `{app}/{slot}`.
            Kind::Slot => {
                text(v, "name").map(|n| (n.rsplit('/').next().unwrap_or(&n).to_owned(), None))
            }
            _ => text(v, "name").map(|n| (n, None)),
        })
        .collect();
    out.sort();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn context_from_words() {
        let ctx = word_context(&words(
            "azconn connection create postgres --tg dbrg -g apprg --location=westus --server ",
        ));
        assert_eq!(ctx.target_resource_group.as_deref(), Some("dbrg"));
        assert_eq!(ctx.resource_group.as_deref(), Some("apprg"));
        assert_eq!(ctx.location.as_deref(), Some("westus"));
        assert!(ctx.single_server);
        assert!(ctx.create);
        // The word being completed is not context.
        let ctx = word_context(&words("azconn show -g"));
        assert_eq!(ctx.resource_group, None);
        let ctx = word_context(&words("azconn connection show --connection c -g r"));
        assert_eq!(ctx.resource_group, None);
        assert!(!ctx.create);
    }

    #[test]
    fn plans() {
        let ctx = WordContext {
            resource_group: Some("rg".into()),
            ..Default::default()
        };
        let (key, paths) = plan(Kind::Server, &ctx, "s").expect("plan");
        assert_eq!(
            key,
            "servers|flexibleServers|/subscriptions/s/resourcegroups/rg"
        );
        assert_eq!(
            paths,
            [
                "/subscriptions/s/resourcegroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers?api-version=2026-04-01-preview"
            ]
        );
        assert!(plan(Kind::Connection, &WordContext::default(), "s").is_none());
        let create = WordContext {
            create: true,
            ..ctx.clone()
        };
        assert!(plan(Kind::Connection, &create, "s").is_none());
        assert!(plan(Kind::Connection, &ctx, "s").is_some());
    }

    #[test]
    fn compute_source_plans() {
        let ctx = word_context(&words(
            "azconn webapp connection show -g rg -n app1 --slot staging --connection ",
        ));
        assert!(ctx.app_source);
        let (_, paths) = plan(Kind::Connection, &ctx, "s").expect("linkers");
        assert_eq!(
            paths,
            [
                "/subscriptions/s/resourcegroups/rg/providers/Microsoft.Web/sites/app1/slots/staging/providers/Microsoft.ServiceLinker/linkers?api-version=2024-07-01-preview"
            ]
        );
        let (_, paths) = plan(Kind::Slot, &ctx, "s").expect("slots");
        assert_eq!(
            paths,
            [
                "/subscriptions/s/resourcegroups/rg/providers/Microsoft.Web/sites/app1/slots?api-version=2025-05-01"
            ]
        );
        assert!(plan(Kind::App, &WordContext::default(), "s").is_none());
    }

    #[test]
    fn container_source_plans() {
        let ctx = word_context(&words("azconn containerapp connection list -g rg -n "));
        let (_, paths) = plan(Kind::App, &ctx, "s").expect("container apps");
        assert_eq!(
            paths,
            [
                "/subscriptions/s/resourcegroups/rg/providers/Microsoft.App/containerApps?api-version=2025-07-01"
            ]
        );
        let ctx = word_context(&words(
            "azconn aks connection show -g rg -n aks1 --connection ",
        ));
        let (_, paths) = plan(Kind::Connection, &ctx, "s").expect("linkers");
        assert_eq!(
            paths,
            [
                "/subscriptions/s/resourcegroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1/providers/Microsoft.ServiceLinker/linkers?api-version=2024-07-01-preview"
            ]
        );
    }

    #[test]
    fn kinds_for_args() {
        assert_eq!(
            Kind::for_arg("target_resource_group"),
            Some(Kind::ResourceGroup)
        );
        assert_eq!(Kind::for_arg("database"), None);
    }
}
