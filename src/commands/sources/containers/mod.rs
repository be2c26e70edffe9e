//! The container sources: Azure Container Apps (`azconn containerapp connection …`) and AKS (`azconn aks
//! connection …`). Each is a [`SourceType`](super::kind::SourceType) of the compute-source seam (naming,
//! `list-support-types`, its `create`), so the shared verbs serve it as they are; its `create` resolves the
//! arguments into a plan of the shared create flow with [`ContainerSource`] (the linker with its `scope`: the
//! container or the namespace) and [`ContainerPrincipal`] (the container app's system identity, AKS's workload
//! identity, a user-assigned identity or a service principal).

mod identity;
pub mod names;
mod principal;
mod source;

use names::Container;
use principal::ContainerPrincipal;
use source::ContainerSource;

use super::create::{AppAuth, flexible, passwordless, resolve_common};
use super::principal::AppPrincipalFound;
use crate::arm::service_linker::AuthInfo;
use crate::cli::source::{SourceCreateArgs, SourceCreateTarget, SourceOnly, SourceUpdateArgs};
use crate::commands::connection::create::plan::{CreatePlan, OptOutPlan, SecretPlan};
use crate::commands::connection::create::{execute, random5};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::{log, prompt};

/// Runs `<source> connection create <target>` for a container source.
pub(super) async fn run<C: SourceOnly>(
    kind: Container,
    target: &SourceCreateTarget<C>,
    ctx: &Context,
) -> Result<Outcome> {
    let args = flexible(target, kind.group())?;
    let subscription = ctx.azure.subscription()?;
    let mut plan = resolve(kind, args, &subscription.id, random5, ask_container)?;
    if let CreatePlan::OptOut(p) = &mut plan {
        // az reads a workload identity (`az identity show`) while it parses the arguments.
        if let (
            AuthInfo::UserAssignedIdentity {
                client_id,
                subscription_id,
                ..
            },
            Some(id),
        ) = (&mut p.auth, args.only.workload_identity())
            && let AppPrincipalFound::User {
                client_id: found,
                subscription,
                ..
            } = principal::workload_identity(ctx.azure.arm()?, id).await?
        {
            (*client_id, *subscription_id) = (found, subscription);
        }
        super::create::complete_opted_out(ctx, &mut p.auth).await?;
    }
    // Boxed: the create flow's future is large and would otherwise sit inline in every caller's.
    Box::pin(execute(&plan, ctx)).await
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
    parsed.extend(
        super::create::service_principal_and_secret(a)?
            .into_iter()
            .map(ContainerAuth::App),
    );
    super::create::only_one(parsed, "--workload-identity --service-principal --secret")
}

/// az's question for a missing `--container` (its `intelligent_experience`): the option's help and names, on a
/// terminal, then `Apply interactive input arguments: --container <answer>`. Without a terminal (or at the end of
/// input) az's prompt fails with an empty message (exit 2); a blank answer is its `… should not be blank`.
fn ask_container() -> Result<String> {
    const HINT: &str = "The container where the connection information will be saved (as environment variables). \
                        (--container/-c)";
    match prompt::text(&format!("{HINT}: ")) {
        Ok(Some(answer)) if !answer.is_empty() => {
            log::warning(&format!(
                "Apply interactive input arguments: --container {answer}"
            ));
            Ok(answer)
        }
        Ok(Some(_)) => Err(Error::runtime(format!("{HINT} should not be blank"))),
        Ok(None) | Err(prompt::NoTty) => Err(Error::usage("")),
    }
}

/// Resolves the arguments in az's order: the auth options, the connection name, the source, the target, then
/// (for a container app without `--container`) `ask_container`'s answer. The client type is settled with the
/// target, before the question: it cannot fail, and its warning is printed with the others after resolving, so
/// the order az validates them in does not show. Pure but for that question.
fn resolve<C: SourceOnly>(
    kind: Container,
    args: &SourceCreateArgs<C>,
    subscription: &str,
    random5: impl FnOnce() -> String,
    ask_container: impl FnOnce() -> Result<String>,
) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
    let auth = auth(kind, args)?;
    let (connection, mut settings, id) =
        resolve_common(args, subscription, random5, Vec::new(), false, || {
            names::source_id(kind, &args.source, subscription)
        })?;
    let mut scope = args
        .only
        .scope()
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    if kind == Container::App && scope.is_none() {
        // az asks for the container once the source and the target are known.
        scope = Some(ask_container()?);
    }
    settings.scope.clone_from(&scope);
    let opt_out_auth = settings.opt_out_auth;
    let system = matches!(auth, ContainerAuth::App(AppAuth::System { .. }));
    let source = ContainerSource {
        kind,
        id: id.clone(),
        subscription: id.split('/').nth(2).unwrap_or(subscription).to_owned(),
        // With `--opt-out auth` nothing reads the app for the identity: it and its container are still checked.
        read_app: !system || opt_out_auth,
        settings,
    };
    if opt_out_auth {
        let opted = match &auth {
            ContainerAuth::App(a) => super::create::opted_out(a),
            // The identity's client id is read before the run ([`run`]).
            ContainerAuth::Workload(identity_id) => Some(AuthInfo::UserAssignedIdentity {
                user_name: None,
                client_id: String::new(),
                subscription_id: identity_id.split('/').nth(2).unwrap_or_default().to_owned(),
            }),
        };
        if let Some(auth) = opted {
            return Ok(CreatePlan::OptOut(OptOutPlan {
                connection,
                source,
                auth,
            }));
        }
    }
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
        ContainerAuth::App(AppAuth::Principal(p)) => ContainerPrincipal::App(p),
        ContainerAuth::Workload(identity_id) => ContainerPrincipal::Workload { identity_id },
    };
    Ok(passwordless(args, connection, source, principal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::source::{SourceCli, SourceConnectionCommand, SourceGroup, SourceGroupCommand};
    use crate::cli::{Defaults, TopCommand, parse};

    fn cli(line: &str) -> TopCommand {
        let argv: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
        parse(&argv, &Defaults::default())
            .unwrap_or_else(|e| panic!("{line}: {e}"))
            .command
    }

    fn app_plan(extra: &str) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
        app_plan_asking(extra, || Err(Error::usage("")))
    }

    /// A container app's plan, `ask` answering the question for a missing container.
    fn app_plan_asking(
        extra: &str,
        ask: impl FnOnce() -> Result<String>,
    ) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
        let TopCommand::Containerapp(g) = cli(&format!(
            "azconn containerapp connection create postgres-flexible -g rg -n capp1 --tg rg --server srv --database demo {extra}"
        )) else {
            panic!("not containerapp")
        };
        resolve(
            Container::App,
            &flexible_create(g),
            "sub1",
            || "k3x9q".to_owned(),
            ask,
        )
    }

    fn aks_plan(extra: &str) -> Result<CreatePlan<ContainerSource, ContainerPrincipal>> {
        let TopCommand::Aks(g) = cli(&format!(
            "azconn aks connection create postgres-flexible -g rg -n aks1 --tg rg --server srv --database demo {extra}"
        )) else {
            panic!("not aks")
        };
        resolve(
            Container::Cluster,
            &flexible_create(g),
            "sub1",
            || "k3x9q".to_owned(),
            || unreachable!("AKS has no container"),
        )
    }

    /// The arguments of a source group's `connection create postgres-flexible`.
    fn flexible_create<K: SourceCli>(g: SourceGroup<K>) -> SourceCreateArgs<K::Create> {
        let SourceGroupCommand::Connection(SourceConnectionCommand::Create(t)) = g.command else {
            panic!("not create")
        };
        let SourceCreateTarget::PostgresFlexible(a) = *t else {
            panic!("not flexible")
        };
        a
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
    fn opt_out_auth_records_the_linker_only() {
        let Ok(CreatePlan::OptOut(p)) =
            app_plan("-c capp1 --system-identity --opt-out auth publicnetwork")
        else {
            panic!("opt-out plan")
        };
        assert!(
            p.source.read_app,
            "the app and its container are still checked"
        );
        assert!(p.source.settings.opt_out_auth && p.source.settings.opt_out_public_network);
        assert_eq!(p.auth, AuthInfo::SystemAssignedIdentity { user_name: None });
        let Ok(CreatePlan::OptOut(p)) = aks_plan(
            "--workload-identity /subscriptions/s2/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi --opt-out auth",
        ) else {
            panic!("aks opt-out plan")
        };
        assert_eq!(
            p.auth,
            AuthInfo::UserAssignedIdentity {
                user_name: None,
                client_id: String::new(),
                subscription_id: "s2".into()
            }
        );
    }

    #[test]
    fn a_missing_container_is_asked_for() {
        let Ok(CreatePlan::Passwordless(p)) =
            app_plan_asking("--system-identity", || Ok("c2".to_owned()))
        else {
            panic!("plan")
        };
        assert_eq!(p.source.settings.scope.as_deref(), Some("c2"));
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
            let SourceGroupCommand::Connection(SourceConnectionCommand::Update(t)) = g.command
            else {
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
