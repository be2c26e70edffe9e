//! `<source> connection create postgres-flexible`: an app's managed identity (or a service principal) gets a
//! passwordless role in a Flexible Server database, and the app gets a linker. The arguments resolve into a
//! plan of the shared create flow (`commands::connection::create`) with this module's [`AppSource`] and
//! [`AppPrincipal`]; the flow then does what it does for a local connection — the reads at once, every
//! question before any change, the identity assignment, Entra authentication and administrator, the role SQL
//! through a temporary firewall rule, the linker. `postgres` (Single Server, retired) is refused.

use super::app::{self, SourceKind};
use super::app_source::{AppSource, LinkerOptions};
use super::principal::AppPrincipal;
use crate::arm::service_linker::AuthInfo;
use crate::arm::web::LinkerSettings;
use crate::cli::auth::{AuthArgs, SourceAuth};
use crate::cli::source::{SourceCreateArgs, SourceCreateTarget, SourceOnly};
use crate::commands::connection::auth_flags::{self, ParsedAuth};
use crate::commands::connection::create::local::LocalPrincipal;
use crate::commands::connection::create::plan::{
    self, Auth, ClientTypeFrom, Connection, CreatePlan, OptOutPlan, PasswordlessPlan, SecretPlan,
    Switches,
};
use crate::commands::connection::create::{execute, random5};
use crate::commands::connection::key_values::{customized_keys, key_values, last_values};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::server_kind::ServerKind;

/// az's warning for its preview argument.
pub(super) const CONFIG_CONNSTR_PREVIEW: &str = "Argument '--config-connstr' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus";

/// Runs `<source> connection create <target>`.
pub async fn run<C: SourceOnly>(
    kind: SourceKind,
    target: &SourceCreateTarget<C>,
    ctx: &Context,
) -> Result<Outcome> {
    let args = flexible(target, kind.group())?;
    let subscription = ctx.azure.subscription()?;
    let mut plan = resolve(kind, args, &subscription.id, random5)?;
    if let CreatePlan::OptOut(p) = &mut plan {
        complete_opted_out(ctx, &mut p.auth).await?;
    }
    // Boxed: the create flow's future is large and would otherwise sit inline in every caller's.
    Box::pin(execute(&plan, ctx)).await
}

/// What az looks up while it parses the arguments, also when `--opt-out auth` skips the identity step: a
/// service principal's object id (`az ad sp show --id`, with core az's error) when it was not given.
pub(super) async fn complete_opted_out(ctx: &Context, auth: &mut AuthInfo) -> Result<()> {
    if let AuthInfo::ServicePrincipalSecret {
        client_id,
        principal_id,
        ..
    } = auth
        && principal_id.is_empty()
    {
        let parsed = ParsedAuth::ServicePrincipal {
            client_id: client_id.clone(),
            principal_id: None,
            secret: String::new(),
        };
        let json = auth_flags::complete(&ctx.azure, parsed).await?;
        json["principalId"]
            .as_str()
            .unwrap_or_default()
            .clone_into(principal_id);
    }
    Ok(())
}

/// Resolves the arguments in az's order: the auth options' keys, one auth option, the connection name, the
/// app, the target, the client type. Pure.
pub fn resolve<C: SourceOnly>(
    kind: SourceKind,
    args: &SourceCreateArgs<C>,
    subscription: &str,
    random5: impl FnOnce() -> String,
) -> Result<CreatePlan<AppSource, AppPrincipal>> {
    let auth = auth(args)?;
    let mut warnings = Vec::new();
    let config_connstr = args.only.config_connstr();
    if config_connstr {
        warnings.push(CONFIG_CONNSTR_PREVIEW.to_owned());
    }
    let detect_client_type = args.client_type.is_none() && kind == SourceKind::Webapp;
    let (mut connection, mut settings, app) = resolve_common(
        args,
        subscription,
        random5,
        warnings,
        detect_client_type,
        || app::resolve_app(&args.source, args.only.slot(), subscription),
    )?;
    if config_connstr && args.client_type.is_some() && connection.client_type != "dotnet" {
        connection
            .warnings
            .push("client_type is not dotnet, ignore \"--config-connstr\"".to_owned());
    }
    settings.scope = args.only.scope().map(str::to_owned);
    let opt_out_auth = settings.opt_out_auth;
    let reads_site = matches!(auth, AppAuth::System { .. });
    let source = AppSource {
        app: app.clone(),
        detect_client_type,
        // With `--opt-out auth` nothing reads the site for the identity: a missing app is still reported first.
        check_exists: !reads_site || opt_out_auth,
        options: LinkerOptions {
            settings,
            config_connstr,
        },
    };
    if opt_out_auth && let Some(auth) = opted_out(&auth) {
        return Ok(CreatePlan::OptOut(OptOutPlan {
            connection,
            source,
            auth,
        }));
    }
    let principal = match auth {
        AppAuth::Secret(secret) => {
            return Ok(CreatePlan::Secret(SecretPlan {
                connection,
                source,
                secret,
            }));
        }
        AppAuth::System { user_object_id } => AppPrincipal::System {
            app_id: app.id(),
            user_object_id,
        },
        AppAuth::Principal(p) => p,
    };
    Ok(passwordless(args, connection, source, principal))
}

/// A compute source's passwordless plan: `--new` and `--skip-ungrantable` as given; a temporary firewall rule is
/// never widened to every address (compute sources have no `--allow-all-ips`).
pub(super) fn passwordless<C: SourceOnly, S, P>(
    args: &SourceCreateArgs<C>,
    connection: Connection,
    source: S,
    principal: P,
) -> CreatePlan<S, P> {
    CreatePlan::Passwordless(PasswordlessPlan {
        connection,
        source,
        principal,
        new: args.new.unwrap_or(false),
        allow_all_ips: false,
        skip_ungrantable: args.skip_ungrantable,
    })
}

/// The arguments of `create postgres-flexible`; `create postgres` (Single Server, retired) is refused with an
/// error that names `postgres-flexible`.
pub(super) fn flexible<'a, C: SourceOnly>(
    target: &'a SourceCreateTarget<C>,
    group: &str,
) -> Result<&'a SourceCreateArgs<C>> {
    match target {
        SourceCreateTarget::Postgres(_) => Err(Error::runtime(format!(
            "Azure Database for PostgreSQL Single Server is retired: azconn does not create `{group} connection \
             create postgres` connections. Use `azconn {group} connection create postgres-flexible` with a \
             Flexible Server."
        ))),
        SourceCreateTarget::PostgresFlexible(a) => Ok(a),
    }
}

/// What every compute source's create resolves alike, in az's order: the linker options (`--customized-keys`,
/// `--connstr-props`, `--vault-id`, `--appconfig-id`, `--opt-out`), the connection name, the source (`source`:
/// its own naming), the target, the client type (`none` until detected when `detects_client_type`). The linker's
/// scope is the source's to set.
pub(super) fn resolve_common<C: SourceOnly, S>(
    args: &SourceCreateArgs<C>,
    subscription: &str,
    random5: impl FnOnce() -> String,
    mut warnings: Vec<String>,
    detects_client_type: bool,
    source: impl FnOnce() -> Result<S>,
) -> Result<(Connection, LinkerSettings, S)> {
    let linker = &args.linker;
    let keys = linker
        .customized_keys
        .as_deref()
        .map(customized_keys)
        .transpose()?;
    let connstr_props = linker
        .connstr_props
        .as_deref()
        .map(|v| last_values(v, "Usage error: --connstr-props [KEY=VALUE ...]"))
        .transpose()?;
    let opt_out = |what: &str| linker.opt_out.iter().flatten().any(|o| o == what);
    let settings = LinkerSettings {
        vault_id: linker.vault_id.clone(),
        scope: None,
        appconfig_id: linker.appconfig_id.clone(),
        customized_keys: None,
        connstr_props,
        opt_out_auth: opt_out("auth"),
        opt_out_configinfo: opt_out("configinfo"),
        opt_out_public_network: opt_out("publicnetwork"),
    };
    let kind = ServerKind::Flexible;
    let name = plan::connection_name(kind, args.connection.as_deref(), random5, &mut warnings)?;
    let source = source()?;
    let target = plan::target(
        kind,
        args.target_id.as_deref(),
        [&args.target_resource_group, &args.server, &args.database],
        subscription,
    )?;
    let switches = Switches::new(args.yes, args.no_wait, args.dry_run);
    let client = ClientTypeFrom::of(args.client_type, detects_client_type);
    let connection = Connection::new(kind, name, target, client, keys, switches, warnings);
    Ok((connection, settings, source))
}

/// The linker's `authInfo` for an identity whose auth setup `--opt-out auth` skips: as core az sends it
/// without the passwordless extension's step (no `userName`; `authMode` is added with the settings). A service
/// principal's object id, when not given, is looked up before the run ([`complete_opted_out`]). `None` for a secret, which
/// has no such step.
pub(super) fn opted_out(auth: &AppAuth) -> Option<AuthInfo> {
    Some(match auth {
        AppAuth::System { .. } => AuthInfo::SystemAssignedIdentity { user_name: None },
        AppAuth::Principal(AppPrincipal::User {
            client_id,
            subscription,
            ..
        }) => AuthInfo::UserAssignedIdentity {
            user_name: None,
            client_id: client_id.clone(),
            subscription_id: subscription.clone(),
        },
        AppAuth::Principal(AppPrincipal::ServicePrincipal(LocalPrincipal::ServicePrincipal {
            client_id,
            secret,
            object_id,
        })) => AuthInfo::ServicePrincipalSecret {
            user_name: None,
            client_id: client_id.clone(),
            principal_id: object_id.clone().unwrap_or_default(),
            secret: secret.clone(),
        },
        AppAuth::Principal(_) | AppAuth::Secret(_) => return None,
    })
}

/// The auth option of a compute source, parsed: the source's system identity (whose app id the resolve step
/// knows), another identity, or a secret.
pub(super) enum AppAuth {
    System { user_object_id: Option<String> },
    Principal(AppPrincipal),
    Secret(plan::SecretAuth),
}

/// The auth options as az's argparse actions parse them, then its "Only one auth info is needed".
pub(super) fn auth<C: SourceOnly>(args: &SourceCreateArgs<C>) -> Result<AppAuth> {
    let a = &args.linker.auth;
    let mut parsed = Vec::new();
    if let Some(v) = &a.system_identity {
        parsed.push(system_identity(v)?);
    }
    if let Some(v) = &a.user_identity {
        parsed.push(user_identity(v)?);
    }
    parsed.extend(service_principal_and_secret(a)?);
    only_one(
        parsed,
        "--system-identity --user-identity --service-principal --secret",
    )
}

/// `--service-principal` and `--secret`, in az's order (each may turn out the other kind: a secret given to
/// `--service-principal` without a client id, and so on, as the local create parses them).
pub(super) fn service_principal_and_secret(a: &AuthArgs<SourceAuth>) -> Result<Vec<AppAuth>> {
    let app = |auth| match auth {
        Auth::Passwordless(p) => AppAuth::Principal(AppPrincipal::ServicePrincipal(p)),
        Auth::Secret(s) => AppAuth::Secret(s),
    };
    let mut parsed = Vec::new();
    if let Some(v) = &a.service_principal {
        parsed.push(app(plan::service_principal_auth(v)?));
    }
    if let Some(v) = &a.secret {
        parsed.push(app(plan::secret_auth(v)?));
    }
    Ok(parsed)
}

/// az's "Only one auth info is needed" when several were given; argparse's usage error naming `flags` when none.
pub(super) fn only_one<T>(mut parsed: Vec<T>, flags: &str) -> Result<T> {
    if parsed.len() > 1 {
        return Err(Error::runtime("Only one auth info is needed"));
    }
    parsed
        .pop()
        .ok_or_else(|| Error::usage(format!("one of the arguments {flags} is required")))
}

/// The extension's `--system-identity [user-object-id=…]` (a later value wins).
fn system_identity(values: &[String]) -> Result<AppAuth> {
    let pairs = key_values(values, "Usage error: --system-identity [KEY=VALUE ...]")?;
    if let Some((k, _)) = pairs
        .iter()
        .find(|(k, _)| !k.eq_ignore_ascii_case("user-object-id"))
    {
        return Err(Error::runtime(format!(
            "Unsupported Key {k} is provided for parameter --system-identity. All possible keys are: user-object-id"
        )));
    }
    let user_object_id = pairs
        .into_iter()
        .map(|(_, vs)| vs.into_iter().next())
        .next_back()
        .flatten();
    Ok(AppAuth::System {
        user_object_id: user_object_id.filter(|o| !o.is_empty()),
    })
}

/// The extension's `--user-identity client-id=… subs-id=… [user-object-id=…]`.
fn user_identity(values: &[String]) -> Result<AppAuth> {
    let (mut client_id, mut subscription, mut user_object_id) = (None, None, None);
    for (k, vs) in key_values(values, "Usage error: --user-identity [KEY=VALUE ...]")? {
        let first = vs.into_iter().next().filter(|v| !v.is_empty());
        match k.to_lowercase().as_str() {
            "client-id" => client_id = first,
            "subs-id" => subscription = first,
            "user-object-id" => user_object_id = first,
            _ => {
                return Err(Error::runtime(format!(
                    "Unsupported Key {k} is provided for parameter --user-identity. All possible keys are: client-id, subs-id, user-object-id"
                )));
            }
        }
    }
    match (client_id, subscription) {
        (Some(client_id), Some(subscription)) => Ok(AppAuth::Principal(AppPrincipal::User {
            client_id,
            subscription,
            user_object_id,
        })),
        _ => Err(Error::runtime(
            "Required keys missing for parameter --user-identity: client-id, subs-id",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::source::{SourceConnectionCommand, WebappCommand};
    use crate::cli::{Defaults, TopCommand, parse};

    fn plan(line: &str) -> Result<CreatePlan<AppSource, AppPrincipal>> {
        let argv: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        let cli = parse(&argv, &Defaults::default()).unwrap_or_else(|e| panic!("{line}: {e}"));
        let TopCommand::Webapp(g) = cli.command else {
            panic!("not webapp")
        };
        let WebappCommand::Connection(SourceConnectionCommand::Create(t)) = g.command else {
            panic!("not create")
        };
        let SourceCreateTarget::PostgresFlexible(a) = *t else {
            panic!("not flexible")
        };
        resolve(SourceKind::Webapp, &a, "sub1", || "k3x9q".to_owned())
    }

    const BASE: &str = "azconn webapp connection create postgres-flexible -g rg -n app1 --tg rg --server srv --database demo";

    #[test]
    fn system_identity_on_a_slot_detects_the_client() {
        let Ok(CreatePlan::Passwordless(p)) =
            plan(&format!("{BASE} --slot staging --system-identity"))
        else {
            panic!("not passwordless")
        };
        assert_eq!(p.connection.name, "postgresflexible_k3x9q");
        assert_eq!(
            p.connection.warnings,
            [
                "Connection name is not specified, use generated one: --connection postgresflexible_k3x9q"
            ]
        );
        assert!(p.source.detect_client_type && !p.source.check_exists);
        assert_eq!(
            p.principal,
            AppPrincipal::System {
                app_id: "/subscriptions/sub1/resourceGroups/rg/providers/Microsoft.Web/sites/app1/slots/staging".into(),
                user_object_id: None
            }
        );
    }

    #[test]
    fn auth_option_texts() {
        let err = |extra: &str| {
            plan(&format!("{BASE} {extra}"))
                .err()
                .map(|e| (e.to_string(), e.exit_code()))
                .unwrap_or_default()
        };
        assert_eq!(
            err("--user-identity client-id=x"),
            (
                "Required keys missing for parameter --user-identity: client-id, subs-id".into(),
                1
            )
        );
        assert_eq!(
            err("--system-identity --secret name=u secret=p"),
            ("Only one auth info is needed".into(), 1)
        );
        assert_eq!(err("--system-identity bogus=1").1, 1);
        assert_eq!(err("").1, 2);
        assert_eq!(
            err("--connection bad/name --system-identity").0,
            "Resource name can only contain letters (A-Z, a-z), numbers (0-9), periods ('.'), and underscores ('_')"
        );
        let Ok(CreatePlan::Passwordless(p)) = plan(&format!(
            "{BASE} --connection c1 --user-identity client-id=cid subs-id=s2 --client-type dotnet --config-connstr"
        )) else {
            panic!("user identity")
        };
        assert!(!p.source.detect_client_type && p.source.check_exists);
        assert_eq!(p.connection.warnings, [CONFIG_CONNSTR_PREVIEW]);
        assert!(
            matches!(p.principal, AppPrincipal::User { ref subscription, .. } if subscription == "s2")
        );
    }

    #[test]
    fn opt_out_auth_records_the_linker_only() {
        let Ok(CreatePlan::OptOut(p)) = plan(&format!(
            "{BASE} --connection c1 --client-type python --system-identity --opt-out auth configinfo"
        )) else {
            panic!("opt-out plan")
        };
        assert!(p.source.check_exists);
        let body = crate::arm::web::LinkerBody::create(
            &p.connection.target.id,
            &p.auth,
            p.connection.client_type.clone(),
            p.source.options.settings.clone(),
        );
        assert_eq!(
            body.to_json()["properties"]["authInfo"].to_string(),
            r#"{"authType":"systemAssignedIdentity","authMode":"optOutAllAuth"}"#
        );
        assert_eq!(
            body.to_json()["properties"]["configurationInfo"]["action"],
            "optOut"
        );
        let Ok(CreatePlan::Secret(s)) = plan(&format!(
            "{BASE} --connection c1 --secret name=u secret=p --opt-out auth"
        )) else {
            panic!("secret plan")
        };
        assert!(s.source.options.settings.opt_out_auth);
    }
}
