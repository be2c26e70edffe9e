//! The container sources: Azure Container Apps (`azconn containerapp connection …`) and AKS (`azconn aks
//! connection …`). Each implements the compute-source seam ([`ComputeSource`]: naming, `list-support-types`, its
//! `create`), so the shared verbs serve it as they are; its `create` resolves the arguments into a plan of the
//! shared create flow with [`ContainerSource`] (the linker with its `scope`: the container or the namespace) and
//! [`ContainerPrincipal`] (the container app's system identity, AKS's workload identity, a user-assigned identity
//! or a service principal).

mod identity;
pub mod names;
mod principal;
mod source;

use names::Container;
use principal::ContainerPrincipal;
use source::ContainerSource;

use super::create::AppAuth;
use super::kind::{ComputeSource, LinkerRef};
use super::principal::AppPrincipal;
use crate::arm::web::LinkerSettings;
use crate::cli::source::{
    Aks, AksOnly, Containerapp, ContainerappOnly, SourceCreateArgs, SourceCreateTarget,
    SourceIdArgs, SourceOnly, SourceUpdateArgs,
};
use crate::commands::connection::create::plan::{
    self, Auth, Connection, CreatePlan, PasswordlessPlan, SecretPlan,
};
use crate::commands::connection::create::{execute, random5};
use crate::commands::connection::key_values::last_values;
use crate::commands::support_types::{self, AuthTable};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::server_kind::ServerKind;

impl ComputeSource for Containerapp {
    const GROUP: &'static str = "containerapp";
    const AUTH: AuthTable = support_types::CONTAINER_APP_AUTH;

    fn source_id<N: SourceOnly>(
        args: &SourceIdArgs,
        _naming: &N,
        subscription: &str,
    ) -> Result<String> {
        names::source_id(Container::App, args, subscription)
    }

    fn parse_linker_id(id: &str) -> Result<LinkerRef> {
        names::parse_linker_id(id)
    }

    fn create<'a>(
        target: &'a SourceCreateTarget<ContainerappOnly>,
        ctx: &'a Context,
    ) -> impl Future<Output = Result<Outcome>> + 'a {
        run(Container::App, target, ctx)
    }
}

impl ComputeSource for Aks {
    const GROUP: &'static str = "aks";
    const AUTH: AuthTable = support_types::AKS_AUTH;

    fn source_id<N: SourceOnly>(
        args: &SourceIdArgs,
        _naming: &N,
        subscription: &str,
    ) -> Result<String> {
        names::source_id(Container::Cluster, args, subscription)
    }

    fn parse_linker_id(id: &str) -> Result<LinkerRef> {
        names::parse_linker_id(id)
    }

    fn create<'a>(
        target: &'a SourceCreateTarget<AksOnly>,
        ctx: &'a Context,
    ) -> impl Future<Output = Result<Outcome>> + 'a {
        run(Container::Cluster, target, ctx)
    }
}

/// Runs `<source> connection create <target>` for a container source.
async fn run<C: SourceOnly>(
    kind: Container,
    target: &SourceCreateTarget<C>,
    ctx: &Context,
) -> Result<Outcome> {
    let args = match target {
        SourceCreateTarget::Postgres(_) => {
            let group = group(kind);
            return Err(Error::runtime(format!(
                "Azure Database for PostgreSQL Single Server is retired: azconn does not create `{group} connection \
                 create postgres` connections. Use `azconn {group} connection create postgres-flexible` with a \
                 Flexible Server."
            )));
        }
        SourceCreateTarget::PostgresFlexible(a) => a,
    };
    let subscription = ctx.azure.subscription()?;
    let plan = resolve(kind, args, &subscription.id, random5)?;
    // Boxed: the create flow's future is large and would otherwise sit inline in every caller's.
    Box::pin(execute(&plan, ctx)).await
}

fn group(kind: Container) -> &'static str {
    match kind {
        Container::App => "containerapp",
        Container::Cluster => "aks",
    }
}

/// The auth option of a container source, parsed.
enum ContainerAuth {
    App(AppAuth),
    /// AKS `--workload-identity <user-assigned identity id>`.
    Workload(String),
}

/// `aks connection update`: az's core update has `--secret` only for AKS; the other auth options (shared clap
/// types, hidden from AKS's help) are argparse's `unrecognized arguments`.
pub fn reject_aks_update_auth<C: SourceOnly>(args: &SourceUpdateArgs<C>) -> Result<()> {
    let a = &args.linker.auth;
    let workload = args
        .target
        .slot
        .workload_identity()
        .map(|id| vec![id.to_owned()]);
    let unknown: Vec<String> = [
        ("--system-identity", &a.system_identity),
        ("--user-identity", &a.user_identity),
        ("--service-principal", &a.service_principal),
        ("--workload-identity", &workload),
    ]
    .into_iter()
    .filter_map(|(flag, v)| {
        v.as_ref().map(|v| {
            std::iter::once(flag.to_owned())
                .chain(v.iter().cloned())
                .collect::<Vec<_>>()
                .join(" ")
        })
    })
    .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::usage(format!(
        "unrecognized arguments: {}",
        unknown.join(" ")
    )))
}

/// The auth options as az parses them. AKS has no `--system-identity`/`--user-identity` (argparse's
/// `unrecognized arguments`, exit 2) but `--workload-identity`; then az's "Only one auth info is needed".
fn auth<C: SourceOnly>(kind: Container, args: &SourceCreateArgs<C>) -> Result<ContainerAuth> {
    if kind == Container::App {
        return super::create::auth(args).map(ContainerAuth::App);
    }
    let a = &args.linker.auth;
    let unknown: Vec<String> = [
        ("--system-identity", &a.system_identity),
        ("--user-identity", &a.user_identity),
    ]
    .into_iter()
    .filter_map(|(flag, v)| {
        v.as_ref().map(|v| {
            std::iter::once(flag.to_owned())
                .chain(v.iter().cloned())
                .collect::<Vec<_>>()
                .join(" ")
        })
    })
    .collect();
    if !unknown.is_empty() {
        return Err(Error::usage(format!(
            "unrecognized arguments: {}",
            unknown.join(" ")
        )));
    }
    let mut parsed = Vec::new();
    if let Some(id) = args.only.workload_identity() {
        parsed.push(ContainerAuth::Workload(id.to_owned()));
    }
    if let Some(v) = &a.service_principal {
        parsed.push(ContainerAuth::App(match plan::service_principal_auth(v)? {
            Auth::Passwordless(p) => AppAuth::ServicePrincipal(p),
            Auth::Secret(s) => AppAuth::Secret(s),
        }));
    }
    if let Some(v) = &a.secret {
        parsed.push(ContainerAuth::App(match plan::secret_auth(v)? {
            Auth::Secret(s) => AppAuth::Secret(s),
            Auth::Passwordless(p) => AppAuth::ServicePrincipal(p),
        }));
    }
    if parsed.len() > 1 {
        return Err(Error::runtime("Only one auth info is needed"));
    }
    parsed.pop().ok_or_else(|| {
        Error::usage(
            "one of the arguments --workload-identity --service-principal --secret is required",
        )
    })
}

/// Resolves the arguments in az's order: the auth options, the connection name, the source (and, for a container
/// app, the required `--container`), the target, the client type. Pure.
fn resolve<C: SourceOnly>(
    kind: Container,
    args: &SourceCreateArgs<C>,
    subscription: &str,
    random5: impl FnOnce() -> String,
) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
    let auth = auth(kind, args)?;
    let customized_keys = args
        .linker
        .customized_keys
        .as_deref()
        .map(crate::commands::connection::key_values::customized_keys)
        .transpose()?;
    let connstr_props = args
        .linker
        .connstr_props
        .as_deref()
        .map(|v| last_values(v, "Usage error: --connstr-props [KEY=VALUE ...]"))
        .transpose()?;
    let opt_out = args.linker.opt_out.as_deref().unwrap_or_default();
    if opt_out.iter().any(|o| o == "auth") {
        return Err(Error::runtime(
            "--opt-out auth is not supported by azconn: it would create the linker without the identity and \
             database work this command exists for.",
        ));
    }
    let mut warnings = Vec::new();
    let kind_pg = ServerKind::Flexible;
    let name = plan::connection_name(kind_pg, args.connection.as_deref(), random5, &mut warnings)?;
    let id = names::source_id(kind, &args.source, subscription)?;
    let scope = args
        .only
        .scope()
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    if kind == Container::App && scope.is_none() {
        // az prompts for the container; without a terminal its prompt fails with an empty message.
        return Err(Error::usage(""));
    }
    let target = plan::target(
        kind_pg,
        args.target_id.as_deref(),
        [&args.target_resource_group, &args.server, &args.database],
        subscription,
    )?;
    let client_type = if let Some(c) = args.client_type {
        c.as_az().to_owned()
    } else {
        warnings.push("Client type is not specified, use default one: --client-type none".into());
        "none".to_owned()
    };
    let connection = Connection {
        kind: kind_pg,
        name,
        client_type,
        target,
        customized_keys,
        yes: args.yes,
        no_wait: args.no_wait,
        dry_run: args.dry_run,
        warnings,
    };
    let system = matches!(auth, ContainerAuth::App(AppAuth::System { .. }));
    let source = ContainerSource {
        kind,
        id: id.clone(),
        subscription: id.split('/').nth(2).unwrap_or(subscription).to_owned(),
        read_app: !system,
        settings: LinkerSettings {
            vault_id: args.linker.vault_id.clone(),
            scope: scope.clone(),
            appconfig_id: args.linker.appconfig_id.clone(),
            customized_keys: None,
            connstr_props,
            opt_out_auth: false,
            opt_out_configinfo: opt_out.iter().any(|o| o == "configinfo"),
            opt_out_public_network: opt_out.iter().any(|o| o == "publicnetwork"),
        },
    };
    let principal = match auth {
        ContainerAuth::App(AppAuth::Secret(secret)) => {
            return Ok(CreatePlan::Secret(SecretPlan {
                connection,
                source,
                secret,
            }));
        }
        ContainerAuth::App(AppAuth::System { user_object_id }) => ContainerPrincipal::System {
            subscription: source.subscription.clone(),
            app_id: id,
            container: scope,
            user_object_id,
        },
        ContainerAuth::App(AppAuth::User {
            client_id,
            subscription,
            user_object_id,
        }) => ContainerPrincipal::App(AppPrincipal::User {
            client_id,
            subscription,
            user_object_id,
        }),
        ContainerAuth::App(AppAuth::ServicePrincipal(p)) => {
            ContainerPrincipal::App(AppPrincipal::ServicePrincipal(p))
        }
        ContainerAuth::Workload(identity_id) => ContainerPrincipal::Workload { identity_id },
    };
    Ok(CreatePlan::Passwordless(PasswordlessPlan {
        connection,
        source,
        principal,
        new: args.new.unwrap_or(false),
        allow_all_ips: false,
        skip_ungrantable: args.skip_ungrantable,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::source::{AksCommand, ContainerappCommand, SourceConnectionCommand};
    use crate::cli::{Defaults, TopCommand, parse};

    fn cli(line: &str) -> TopCommand {
        let argv: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        parse(&argv, &Defaults::default())
            .unwrap_or_else(|e| panic!("{line}: {e}"))
            .command
    }

    fn app_plan(extra: &str) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
        let line = format!(
            "azconn containerapp connection create postgres-flexible -g rg -n capp1 --tg rg --server srv --database demo {extra}"
        );
        let TopCommand::Containerapp(g) = cli(&line) else {
            panic!("not containerapp")
        };
        let ContainerappCommand::Connection(SourceConnectionCommand::Create(t)) = g.command else {
            panic!("not create")
        };
        let SourceCreateTarget::PostgresFlexible(a) = *t else {
            panic!("not flexible")
        };
        resolve(Container::App, &a, "sub1", || "k3x9q".to_owned())
    }

    fn aks_plan(extra: &str) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
        let line = format!(
            "azconn aks connection create postgres-flexible -g rg -n aks1 --tg rg --server srv --database demo {extra}"
        );
        let TopCommand::Aks(g) = cli(&line) else {
            panic!("not aks")
        };
        let AksCommand::Connection(SourceConnectionCommand::Create(t)) = g.command else {
            panic!("not create")
        };
        let SourceCreateTarget::PostgresFlexible(a) = *t else {
            panic!("not flexible")
        };
        resolve(Container::Cluster, &a, "sub1", || "k3x9q".to_owned())
    }

    #[test]
    fn container_app_system_identity_scopes_the_container() {
        let Ok(CreatePlan::Passwordless(p)) = app_plan("-c capp1 --system-identity") else {
            panic!("plan")
        };
        assert_eq!(p.source.settings.scope.as_deref(), Some("capp1"));
        assert!(!p.source.read_app, "the principal reads the app");
        assert!(
            matches!(p.principal, ContainerPrincipal::System { ref container, .. } if container.as_deref() == Some("capp1"))
        );
        let e = app_plan("--system-identity").expect_err("no container");
        assert_eq!((e.to_string(), e.exit_code()), (String::new(), 2));
    }

    #[test]
    fn aks_takes_a_workload_identity_in_a_namespace() {
        let Ok(CreatePlan::Passwordless(p)) = aks_plan(
            "--workload-identity /subscriptions/s2/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi",
        ) else {
            panic!("plan")
        };
        assert_eq!(p.source.settings.scope.as_deref(), Some("default"));
        assert!(matches!(p.principal, ContainerPrincipal::Workload { .. }));
        let Ok(CreatePlan::Secret(s)) = aks_plan("--kube-namespace ns1 --secret name=u secret=p")
        else {
            panic!("secret")
        };
        assert_eq!(s.source.settings.scope.as_deref(), Some("ns1"));
        let e = aks_plan("--system-identity").expect_err("no system identity");
        assert_eq!(
            (e.to_string(), e.exit_code()),
            ("unrecognized arguments: --system-identity".into(), 2)
        );
        let e = aks_plan("--workload-identity x --secret name=u secret=p").expect_err("two");
        assert_eq!(e.to_string(), "Only one auth info is needed");
    }

    #[test]
    fn aks_update_has_secret_only() {
        let update = |extra: &str| {
            let line = format!(
                "azconn aks connection update postgres-flexible -g rg -n aks1 --connection c {extra}"
            );
            let TopCommand::Aks(g) = cli(&line) else {
                panic!("not aks")
            };
            let AksCommand::Connection(SourceConnectionCommand::Update(t)) = g.command else {
                panic!("not update")
            };
            reject_aks_update_auth(t.args())
        };
        assert!(update("--secret name=u secret=p").is_ok());
        let e = update("--service-principal client-id=x secret=y").expect_err("no sp");
        assert_eq!(
            (e.to_string(), e.exit_code()),
            (
                "unrecognized arguments: --service-principal client-id=x secret=y".into(),
                2
            )
        );
    }
}
