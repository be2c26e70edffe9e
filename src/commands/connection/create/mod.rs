//! `connection create postgres|postgres-flexible`: links this machine to an Azure Database for PostgreSQL
//! database. With `--user-account` or `--service-principal` it also gives that Entra identity a role in the
//! database (the passwordless extension's job, docs/create.md); with `--secret` it only creates the
//! connector.
//!
//! The flow, top to bottom: resolve the arguments into a plan (`plan.rs`, pure); look up everything
//! concurrently (`lookup.rs`: the principal, the source, the signed-in identity, the target server, the
//! oss-rdbms token; when they show the signed-in identity as the Entra administrator, the PostgreSQL sessions
//! are opened meanwhile); build the changes as values (`changes.rs`) — which `--dry-run` prints (`dry_run.rs`)
//! and the real run sends; prepare the server (Entra authentication, Entra administrator); run the role SQL
//! through the firewall (`sql.rs`); record the connector (`provider.rs`); render. The flow is written against
//! two seams (`source.rs`): a [`source::Source`] (where the connector lives) with its [`source::Principal`]
//! (whose identity gets the role) — this machine is `local.rs` — and the target server kind (`target.rs`).
//! Signals are handled with an `interrupt::RunState` this module owns for one run.
//!
//! Deliberately better than az (docs/compat.md): an existing role is success and any other SQL error
//! fails before a connector exists; a firewall rule is never widened to all IPv4 addresses without
//! `--allow-all-ips`; the service principal's rule is removed also when the command fails or is
//! interrupted.

mod changes;
mod dry_run;
pub(crate) mod fail;
mod interrupt;
pub mod local;
mod lookup;
pub mod plan;
mod provider;
pub mod source;
mod sql;
mod target;

use std::time::Duration;

use changes::Changes;
use fail::at_step;
use interrupt::{RunState, interrupted};
use lookup::{Facts, PgAccess};
use plan::{CreatePlan, PasswordlessPlan};
use source::{Principal, Source};
use sql::SqlRun;
use target::TargetFound;

use crate::arm::ArmClient;
use crate::auth::{AccessToken, Identity};
use crate::cli::connection::CreatePostgresArgs;
use crate::commands::confirm::confirm;
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::output::log;
use crate::pg::{Opening, PgConnector, ServerLogin};
use crate::server_kind::ServerKind;
use crate::settings::cloud::scope_for_resource;

/// az's question before it enables Entra authentication on a flexible server.
const ENABLE_ENTRA_AUTH_MESSAGE: &str = "Do you want to enable Microsoft Entra Authentication for the database server? It may cause the server restart.";

/// Runs `connection create`.
pub async fn run(kind: ServerKind, args: &CreatePostgresArgs, ctx: &Context) -> Result<Outcome> {
    let subscription = ctx.azure.subscription()?;
    let plan = plan::resolve(kind, args, &subscription.id, random5)?;
    // Boxed: the create flow's future is large and would otherwise sit inline in every caller's.
    Box::pin(execute(&plan, ctx)).await
}

/// Runs a resolved plan — this machine's, or a compute source's (`commands::sources`) — with the signal
/// handling of one run.
pub(crate) async fn execute<S: Source, P: Principal>(
    plan: &CreatePlan<S, P>,
    ctx: &Context,
) -> Result<Outcome> {
    let state = RunState::default();
    let result = tokio::select! {
        r = create(plan, ctx, &state) => r,
        code = state.interrupt_outside_sql() => Err(interrupted(code, &state.report())),
    };
    log::steps_done();
    result
}

async fn create<S: Source, P: Principal>(
    plan: &CreatePlan<S, P>,
    ctx: &Context,
    state: &RunState,
) -> Result<Outcome> {
    let azure = &ctx.azure;
    let subscription = azure.subscription()?;
    for w in &plan.connection().warnings {
        log::warning(w);
    }
    log::step("Resolving...");
    let arm = azure.arm()?;
    let settings = azure.settings()?;
    let register_poll =
        provider::poll_interval(settings.env.non_empty("AZCONN_PROVIDER_POLL_INTERVAL"));
    match plan {
        CreatePlan::Secret(p) => {
            let auth = p.secret.auth_info();
            connector_only(&p.connection, &p.source, auth, arm, register_poll, state).await
        }
        CreatePlan::OptOut(p) => {
            let auth = p.auth.clone();
            connector_only(&p.connection, &p.source, auth, arm, register_poll, state).await
        }
        CreatePlan::Passwordless(plan) => {
            let pg = PgAccess {
                scope: scope_for_resource(settings.cloud.ossrdbms_audience()?),
                suffix: settings.cloud.postgresql_suffix()?.to_owned(),
                subscription,
            };
            passwordless(plan, arm, &pg, register_poll, state).await
        }
    }
}

/// `--secret` or `--opt-out auth`: no database, administrator or firewall work (the extension returns early);
/// just the connector.
async fn connector_only<S: Source>(
    connection: &plan::Connection,
    source: &S,
    auth: crate::arm::service_linker::AuthInfo,
    arm: &ArmClient,
    register_poll: Duration,
    state: &RunState,
) -> Result<Outcome> {
    let found = source.look_up(arm).await?;
    let call = source.connector(arm, &found, connection, auth);
    if connection.dry_run {
        return Ok(Outcome::Text(dry_run::secret(&call, arm.arm_base())));
    }
    provider::record_connector(arm, source, &call, connection.no_wait, register_poll, state).await
}

/// A role for an Entra identity, then the connector.
async fn passwordless<S: Source, P: Principal>(
    plan: &PasswordlessPlan<S, P>,
    arm: &ArmClient,
    pg: &PgAccess,
    register_poll: Duration,
    state: &RunState,
) -> Result<Outcome> {
    let connection = &plan.connection;
    if connection.dry_run {
        let (found, (), _) =
            lookup::look_up(plan, arm, async {}, |_, _, ()| None::<Opening>).await?;
        let facts = Facts::of(plan, &found, pg)?;
        let changes = Changes::of(plan, arm, &found, &facts)?;
        let server = &found.target.server;
        return Ok(Outcome::Text(dry_run::passwordless(
            &changes,
            &dry_run::Shown {
                facts: &facts,
                yes: connection.yes,
                arm_base: arm.arm_base(),
                database: &connection.target.database,
                script_runs_as_is: server.script_runs_as_is(),
                principal_change: plan.principal.planned_change(&found.principal),
            },
        )));
    }

    let token_request = pg.token_request();
    let token = async {
        arm.tokens()
            .get_token(&token_request)
            .await
            .map_err(|e| fail::oss_rdbms_token_error(&e.to_string()))
    };
    // The sessions are opened during the lookups when those show the login already (see `sql::open_early`).
    let connector = PgConnector::from_env();
    let early = |identity: &Identity, target: &TargetFound, token: &Result<AccessToken>| {
        let facts = Facts::new(
            identity,
            plan.principal.admin_object_id(),
            target,
            &connection.target.server,
            pg,
        )
        .ok()?;
        sql::open_early(
            connector.as_ref().ok()?,
            &facts,
            &target.server,
            connection,
            token.as_ref().ok()?,
        )
    };
    let (mut found, token, opening) = lookup::look_up(plan, arm, token, early).await?;
    let facts = Facts::of(plan, &found, pg)?;
    let token = token?;

    // Every question is asked before anything changes.
    if !found.target.server.entra_enabled() {
        confirm_entra(connection.yes)?;
    }
    plan.principal.prepare(arm, &mut found.principal).await?;
    let changes = Changes::of(plan, arm, &found, &facts)?;

    // Prepare the server.
    if let Some(call) = &changes.enable_entra {
        log::step("Enabling Microsoft Entra authentication...");
        arm.apply(call)
            .await
            .map_err(at_step("enabling Microsoft Entra authentication"))?;
    }
    if let Some(admin) = &changes.set_admin {
        log::step("Setting Microsoft Entra administrator...");
        log::warning(&admin.warning);
        arm.apply(&admin.call)
            .await
            .map_err(at_step("setting the Microsoft Entra administrator"))?;
    }

    // Run the SQL through the firewall.
    let connector = connector?;
    let login = ServerLogin {
        host: facts.host.clone(),
        user: changes.login.clone(),
    };
    // Sessions opened during the lookups serve only the login this run settled on, on a server it did not
    // have to change; otherwise they are closed unused.
    let opening = opening.filter(|o| {
        let usable =
            changes.enable_entra.is_none() && changes.set_admin.is_none() && *o.login() == login;
        if !usable {
            log::debug(
                "Closing the PostgreSQL sessions opened during the lookups: the login differs.",
            );
        }
        usable
    });
    let sql = SqlRun {
        connection,
        server: &found.target.server,
        role_plan: &changes.role_plan,
        connector: &connector,
        login: &login,
        token: &token,
        token_request: &token_request,
        allow_all_ips: plan.allow_all_ips,
        keeps_rule: changes.keeps_firewall_rule,
    };
    sql::create_role(arm, &sql, state, opening).await?;

    // Record the connector and render it.
    let no_wait = connection.no_wait;
    provider::record_connector(
        arm,
        &plan.source,
        &changes.connector,
        no_wait,
        register_poll,
        state,
    )
    .await
}

/// Asks before Entra authentication is switched on (it may restart the server), unless `--yes`.
pub(crate) fn confirm_entra(yes: bool) -> Result<()> {
    confirm(
        yes,
        ENABLE_ENTRA_AUTH_MESSAGE,
        "Please enable Microsoft Entra authentication manually and try again.",
    )
}

/// 5 distinct characters from `[a-z0-9]`, like az's `random.sample` for connection names.
pub(crate) fn random5() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut pool = ALPHABET.to_vec();
    let mut bytes = [0u8; 5];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: the clock's nanoseconds still make a collision unlikely for one user.
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
            .to_le_bytes();
        bytes = [n[0], n[1], n[2], n[3], n[0] ^ n[3]];
    }
    bytes
        .iter()
        .map(|b| char::from(pool.remove(usize::from(*b) % pool.len())))
        .collect()
}
