//! `connection create postgres|postgres-flexible`: links this machine to an Azure Database for PostgreSQL
//! database. With `--user-account` or `--service-principal` it also gives that Entra identity a role in the
//! database (the passwordless extension's job, reference/az-connection.md §2–§4); with `--secret` it only
//! creates the connector.
//!
//! The flow: resolve the arguments into a [`CreatePlan`] (pure), run the independent lookups concurrently
//! (resource group location, server, database, administrators, signed-in identity, service principal,
//! oss-rdbms token), then change things in az's order — Entra authentication, Entra administrator, the
//! role and grants over TLS (adding a firewall rule for exactly the IP the server reports when it rejects
//! this machine), and last the connector. `--dry-run` stops after the lookups and prints the plan.
//!
//! Deliberately better than az (docs/compat.md): an existing role is success and any other SQL error
//! fails before a connector exists; a firewall rule is never widened to all IPv4 addresses without
//! `--allow-all-ips`; the service principal's rule is removed also when the command fails or is
//! interrupted.

use std::time::Duration;

use serde_json::Value as Json;

use crate::arm::postgres_flexible::{FlexibleAdmin, FlexibleServer};
use crate::arm::postgres_single::{SingleAdmin, SingleServer};
use crate::arm::service_linker::{self, AuthInfo, ConnectorBody};
use crate::arm::{ArmClient, ArmError, ResourceId};
use crate::auth::{AccessToken, Identity, PrincipalKind, TokenRequest};
use crate::cli::connection::{CreatePostgresArgs, ServerKind};
use crate::commands::linker_view::{self, Flavor};
use crate::commands::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::value::Value;
use crate::output::{log, prompt};
use crate::pg::{self, PgConnector, PrincipalType, RolePlan, ServerLogin};
use crate::resolve::{self, AuthPlan, CreatePlan, ResolveContext, SecretValue};
use crate::settings::Subscription;
use crate::settings::cloud::scope_for_resource;

/// az's question before it enables Entra authentication on a flexible server.
const ENABLE_ENTRA_AUTH_MESSAGE: &str = "Do you want to enable Microsoft Entra Authentication for the database server? It may cause the server restart.";
/// az's question before a firewall rule is widened to all IPv4 addresses.
const OPEN_ALL_IP_MESSAGE: &str =
    "Do you want to enable access for all IPs to allow local environment connecting to database?";
/// az's error when the signed-in identity cannot log in to PostgreSQL.
const NOT_ADMIN: &str = "Please confirm current user as Microsoft Entra admin and try again.";
/// az's error when the server has public network access disabled.
const PUBLIC_ACCESS_DISABLED: &str =
    "The target resource doesn't allow public access. Please enable it manually and try again.";
/// The range az opens when it allows every IPv4 address.
const ALL_IPS: (&str, &str) = ("0.0.0.0", "255.255.255.255");
/// The provider the connector lives in; az registers it when the subscription is not registered.
const SERVICE_LINKER: &str = "Microsoft.ServiceLinker";
/// az's warning before it registers the provider (core `register_provider`).
const REGISTERING: &str = "Provider Microsoft.ServiceLinker is not registered, trying to register. This usually takes 1-2 minutes.";
/// az's error when the registration did not finish.
const REGISTRATION_FAILED: &str = "Registration failed, please manually run command `az provider register -n Microsoft.ServiceLinker` to register the provider.";
/// az polls `az provider show` at most this many times after registering.
const REGISTER_POLLS: u32 = 30;
/// az's pause before each of those polls; `AZCONN_PROVIDER_POLL_INTERVAL` (seconds) overrides it.
const REGISTER_POLL_INTERVAL: Duration = Duration::from_secs(10);

/// Runs `connection create`.
pub async fn run(kind: ServerKind, args: &CreatePostgresArgs, ctx: &Context) -> Result<Outcome> {
    let result = tokio::select! {
        r = create(kind, args, ctx) => r,
        code = interrupt_outside_sql() => Err(interrupted(code, &interrupt_report())),
    };
    log::steps_done();
    result
}

/// Set while the role SQL (and its temporary firewall rule, until it is removed again) is in progress: that
/// step handles signals itself, so that it can finish the SQL and remove the rule.
static IN_SQL_STEP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A signal that arrived during the SQL step (its exit code), for the step to act on once its rule is gone.
static PENDING_INTERRUPT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// The role this run set up, once its SQL has finished (for the report of a later interrupt).
static ROLE_DONE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Set when the connector PUT is about to be sent: from then on the connector may exist.
static CONNECTOR_SENT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A temporary firewall rule this run could not remove (named in a warning already).
static RULE_LEFT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// The one line an interrupt outside the SQL step reports: what this run had done and left.
fn interrupt_report() -> String {
    let lock = |m: &'static std::sync::Mutex<Option<String>>| {
        m.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    };
    let Some(role) = lock(&ROLE_DONE) else {
        return "Interrupted; nothing to clean up (no temporary firewall rule existed and no SQL was running)."
            .to_owned();
    };
    let rule = match lock(&RULE_LEFT) {
        Some(name) => {
            format!("the temporary firewall rule {name} could not be removed (delete it manually)")
        }
        None => "no temporary firewall rule is left".to_owned(),
    };
    if CONNECTOR_SENT.load(std::sync::atomic::Ordering::SeqCst) {
        format!(
            "Interrupted; role {role} is created and fully granted; {rule}; the connector request was sent, so \
             the connector may exist (`azconn connection show` tells; running the command again finishes it)."
        )
    } else {
        format!(
            "Interrupted; role {role} is created and fully granted; {rule}; no connector was created (run the \
             command again to finish)."
        )
    }
}

/// The exit code of the first SIGINT (130) or SIGTERM (143). Never completes if no handler can be installed.
async fn interrupt_signal() -> u8 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            return tokio::select! {
                _ = int.recv() => 130,
                _ = term.recv() => 143,
            };
        }
    }
    if tokio::signal::ctrl_c().await.is_ok() {
        return 130;
    }
    std::future::pending().await
}

/// A signal that arrives outside the SQL step (which handles its own).
async fn interrupt_outside_sql() -> u8 {
    // Bounded by the signals the user sends; each one outside the SQL step ends the run.
    loop {
        let code = interrupt_signal().await;
        if !IN_SQL_STEP.load(std::sync::atomic::Ordering::SeqCst) {
            return code;
        }
        // The SQL step finishes its work and removes its rule, then ends the run with this code.
        let _ = PENDING_INTERRUPT.compare_exchange(
            0,
            code,
            std::sync::atomic::Ordering::SeqCst,
            std::sync::atomic::Ordering::SeqCst,
        );
    }
}

fn interrupted(exit_code: u8, message: &str) -> Error {
    Error::Interrupted {
        message: message.to_owned(),
        exit_code,
    }
}

/// Names the step an infrastructure failure happened in (no answer, 5xx or 429 after retries, a token refused
/// twice or not to be had, a failed long-running operation, a response over a bound); errors az words itself
/// (other 4xx envelopes) keep az's text alone.
fn at_step(step: &'static str) -> impl Fn(ArmError) -> Error {
    move |e| {
        let step_line = format!("The step that failed: {step}. Run the command again to retry it.");
        let infrastructure = match &e {
            // 401: the token was refused even after a new one was fetched (`ArmClient::send`).
            ArmError::Response { status, .. } => {
                *status >= 500 || *status == 429 || *status < 400 || *status == 401
            }
            ArmError::Transport { .. } | ArmError::Bound(_) | ArmError::Decode { .. } => true,
            // No token: the credential's own text and fix, then the step it was wanted for.
            ArmError::Auth(_) => {
                let mut e = Error::from(e);
                e.add_recommendation(&step_line);
                return e;
            }
            ArmError::Invalid(_) => false,
        };
        if infrastructure {
            Error::Runtime {
                message: e.to_string(),
                recommendation: Some(step_line),
            }
        } else {
            e.into()
        }
    }
}

async fn create(kind: ServerKind, args: &CreatePostgresArgs, ctx: &Context) -> Result<Outcome> {
    let session = &ctx.session;
    let subscription = session.subscription()?;
    let plan = resolve::create_postgres(
        kind,
        args,
        &ResolveContext {
            subscription: &subscription.id,
        },
        random5,
    )?;
    for w in &plan.warnings {
        log::warning(w);
    }
    log::step("Resolving...");
    let arm = session.arm()?;
    let settings = session.settings()?;
    let register_poll =
        register_poll_interval(settings.env.non_empty("AZCONN_PROVIDER_POLL_INTERVAL"));
    if !plan.auth.is_passwordless() {
        return secret_connection(&plan, arm, register_poll).await;
    }
    let cloud = &settings.cloud;
    let scope = scope_for_resource(cloud.ossrdbms_audience()?);
    let suffix = cloud.postgresql_suffix()?.to_owned();
    let found = lookups(&plan, arm, &subscription, &scope).await?;
    let facts = Facts::new(&plan, &found, &suffix, &subscription)?;
    if plan.dry_run {
        return Ok(Outcome::Text(dry_run_text(&plan, &facts, arm)?));
    }
    let token = found
        .pg_token
        .ok_or_else(|| Error::runtime("no oss-rdbms token was requested"))??;

    if facts.enable_entra {
        enable_entra_auth(&plan, &found.server, arm).await?;
    }
    let admin_login = ensure_admin(&plan, &facts, &found.server, arm).await?;
    let login = match plan.kind {
        ServerKind::Flexible => admin_login,
        ServerKind::Single => format!("{admin_login}@{}", plan.target.server),
    };
    let role_plan = role_plan(&plan, &facts)?;
    let connector = PgConnector::from_env()?;
    let server_login = ServerLogin {
        host: facts.host.clone(),
        user: login,
    };
    create_role(
        &plan,
        &found.server,
        arm,
        &SqlRun {
            role_plan: &role_plan,
            connector: &connector,
            login: &server_login,
            token: &token,
            token_request: &TokenRequest::new(scope.as_str(), Some(&subscription)),
        },
    )
    .await?;

    let location = facts.location.clone();
    let auth_info = match &plan.auth {
        AuthPlan::UserAccount { .. } => AuthInfo::UserAccount {
            user_name: Some(plan.role()),
            principal_id: facts.role_object_id.clone(),
        },
        AuthPlan::ServicePrincipal {
            client_id, secret, ..
        } => AuthInfo::ServicePrincipalSecret {
            user_name: Some(plan.role()),
            client_id: client_id.clone(),
            principal_id: facts.role_object_id.clone(),
            secret: secret.clone(),
        },
        AuthPlan::Secret { .. } => {
            return Err(Error::runtime(
                "internal error: --secret reached the passwordless path",
            ));
        }
    };
    put_connector(&plan, arm, &location, auth_info, register_poll).await
}

/// The pause between provider polls: `AZCONN_PROVIDER_POLL_INTERVAL` seconds (fractions allowed, up to
/// an hour), else az's 10 s.
fn register_poll_interval(var: Option<&str>) -> Duration {
    var.and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 3600.0)
        .map_or(REGISTER_POLL_INTERVAL, Duration::from_secs_f64)
}

/// 5 distinct characters from `[a-z0-9]`, like az's `random.sample` for connection names.
fn random5() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut pool = ALPHABET.to_vec();
    let mut bytes = [0u8; 5];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: the clock's nanoseconds still make a collision unlikely for one user.
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
            .to_le_bytes();
        bytes = [n[0], n[1], n[2], n[3], n[0] ^ n[3]];
    }
    bytes
        .iter()
        .map(|b| char::from(pool.remove(usize::from(*b) % pool.len())))
        .collect()
}

/// `--secret`: no database, admin or firewall work (the extension returns early); just the connector.
async fn secret_connection(
    plan: &CreatePlan,
    arm: &ArmClient,
    register_poll: Duration,
) -> Result<Outcome> {
    let AuthPlan::Secret { name, value } = &plan.auth else {
        return Err(Error::runtime(
            "internal error: a passwordless plan reached the --secret path",
        ));
    };
    let auth_info = match value {
        SecretValue::Raw(secret) => AuthInfo::Secret {
            name: name.clone(),
            secret: secret.clone(),
        },
        SecretValue::KeyVaultUri(uri) => AuthInfo::SecretKeyVaultUri {
            name: name.clone(),
            uri: uri.clone(),
        },
        SecretValue::KeyVaultName(secret_name) => AuthInfo::SecretKeyVaultReference {
            name: name.clone(),
            secret_name: secret_name.clone(),
        },
    };
    let location = match &plan.location {
        Some(l) => l.clone(),
        None => {
            arm.get_resource_group(&plan.subscription, &plan.resource_group)
                .await
                .map_err(at_step("reading the resource group"))?
                .location
        }
    };
    if plan.dry_run {
        let body = connector_body(plan, auth_info);
        let path = connector_path(plan, &location);
        let mut text = dry_run_header();
        text.push_str(&format!(
            "  1. Create the connector: PUT {path}?api-version={}\n{}\n",
            service_linker::API_VERSION,
            indent(&redacted_body(&body), 5)
        ));
        text.push_str("No database, administrator or firewall changes are made for --secret.\n");
        return Ok(Outcome::Text(text));
    }
    put_connector(plan, arm, &location, auth_info, register_poll).await
}

fn connector_path(plan: &CreatePlan, location: &str) -> String {
    service_linker::connector_path(
        &plan.subscription,
        &plan.resource_group,
        location,
        &plan.connection,
    )
}

fn connector_body(plan: &CreatePlan, auth_info: AuthInfo) -> ConnectorBody {
    ConnectorBody {
        target_id: plan.target.id.clone(),
        auth_info,
        client_type: plan.client_type.clone(),
        customized_keys: plan.customized_keys.clone(),
        caller_client_ip: true,
    }
}

/// PUTs the connector, waits for it (unless `--no-wait`) and returns what az prints. A subscription
/// without the Microsoft.ServiceLinker registration gets it first, as az's `auto_register` does.
async fn put_connector(
    plan: &CreatePlan,
    arm: &ArmClient,
    location: &str,
    auth_info: AuthInfo,
    register_poll: Duration,
) -> Result<Outcome> {
    log::step("Creating connector...");
    CONNECTOR_SENT.store(true, std::sync::atomic::Ordering::SeqCst);
    let path = connector_path(plan, location);
    let body = connector_body(plan, auth_info);
    let result = match arm.linker_put(&path, &body, plan.no_wait).await {
        Err(e) if e.code() == Some("SubscriptionNotRegistered") => {
            register_service_linker(arm, &plan.subscription, register_poll).await?;
            log::step("Creating connector...");
            arm.linker_put(&path, &body, plan.no_wait)
                .await
                .map_err(at_step("creating the connector"))?
        }
        other => other.map_err(at_step("creating the connector"))?,
    };
    log::steps_done();
    if plan.no_wait {
        return Ok(Outcome::Nothing);
    }
    Ok(match result {
        Some(raw) => Outcome::document(connector_view(&raw)),
        None => Outcome::Nothing,
    })
}

/// az's `register_provider`: warn, `az provider register`, then poll `az provider show` (bounded) until
/// `Registered`; any state but `Registering` or running out of polls is az's failure message.
async fn register_service_linker(
    arm: &ArmClient,
    subscription: &str,
    interval: Duration,
) -> Result<()> {
    log::steps_done();
    log::warning(REGISTERING);
    log::step("Registering the Microsoft.ServiceLinker provider...");
    let nested = |command: &str, e: ArmError| {
        Error::runtime(format!(
            "Command execution failed, command is: {command}, error message is: \n {e}"
        ))
    };
    arm.register_provider(subscription, SERVICE_LINKER)
        .await
        .map_err(|e| nested("az provider register -n Microsoft.ServiceLinker ", e))?;
    // Each poll sleeps first, as az does.
    for _ in 0..REGISTER_POLLS {
        tokio::time::sleep(interval).await;
        let state = arm
            .provider_registration_state(subscription, SERVICE_LINKER)
            .await
            .map_err(|e| nested("az provider show -n Microsoft.ServiceLinker ", e))?;
        match state.as_str() {
            "Registered" => return Ok(()),
            "Registering" => {}
            _ => break,
        }
    }
    Err(Error::runtime(REGISTRATION_FAILED))
}

/// The connector as az's `create` prints it: the SDK model's `todict` without a transform (the
/// extension registers create without one; reference §5).
fn connector_view(raw: &Json) -> Value {
    linker_view::connector(raw, Flavor::Sdk)
}

/// A flexible or single server as read from ARM.
#[derive(Debug, Clone)]
enum Server {
    Flexible(FlexibleServer),
    Single(SingleServer),
}

impl Server {
    fn entra_enabled(&self) -> bool {
        match self {
            Server::Flexible(s) => s.entra_auth_enabled(),
            // Single Server has no switch; az's handler does nothing here.
            Server::Single(_) => true,
        }
    }

    fn public_access_disabled(&self) -> bool {
        let access = match self {
            Server::Flexible(s) => s.public_network_access.as_deref(),
            Server::Single(s) => s.public_network_access.as_deref(),
        };
        access.is_some_and(|a| a.eq_ignore_ascii_case("Disabled"))
    }

    fn fqdn(&self) -> Option<&str> {
        match self {
            Server::Flexible(s) => s.fully_qualified_domain_name.as_deref(),
            Server::Single(s) => s.fully_qualified_domain_name.as_deref(),
        }
        .filter(|f| !f.is_empty())
    }
}

/// An Entra administrator of either server kind: its object id and the name it logs in with.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Admin {
    object_id: Option<String>,
    login: Option<String>,
}

impl From<&FlexibleAdmin> for Admin {
    fn from(a: &FlexibleAdmin) -> Self {
        Admin {
            object_id: a.object_id.clone(),
            login: a.principal_name.clone(),
        }
    }
}

impl From<&SingleAdmin> for Admin {
    fn from(a: &SingleAdmin) -> Self {
        Admin {
            object_id: a.sid.clone(),
            login: a.login.clone(),
        }
    }
}

/// What the concurrent lookups found (errors already reported in az's order).
struct Found {
    location: String,
    identity: Identity,
    /// The service principal's object id (`--service-principal`).
    sp_object_id: Option<String>,
    server: Server,
    admins: Vec<Admin>,
    /// The oss-rdbms token (not fetched for `--dry-run`).
    pg_token: Option<std::result::Result<AccessToken, Error>>,
}

/// Runs the independent reads at once, then reports the first failure in the order az meets them:
/// the service principal lookup (an argparse action), the resource group, the signed-in identity,
/// the database, the server, the administrators.
async fn lookups(
    plan: &CreatePlan,
    arm: &ArmClient,
    subscription: &Subscription,
    pg_scope: &str,
) -> Result<Found> {
    let server_id = plan.server_id();
    let location = async {
        match &plan.location {
            Some(l) => Ok(l.clone()),
            None => arm
                .get_resource_group(&plan.subscription, &plan.resource_group)
                .await
                .map(|g| g.location),
        }
    };
    let sp = async {
        match &plan.auth {
            AuthPlan::ServicePrincipal {
                client_id,
                object_id: None,
                ..
            } => Some(service_principal_object_id(arm, client_id).await),
            AuthPlan::ServicePrincipal {
                object_id: Some(o), ..
            } => Some(Ok(o.clone())),
            _ => None,
        }
    };
    let database = async {
        match plan.kind {
            // az checks `postgres` with a server GET (a db GET of it fails); the server lookup covers it.
            ServerKind::Flexible if plan.target.database == pg::role::FLEXIBLE_ADMIN_DATABASE => {
                Ok(())
            }
            ServerKind::Flexible | ServerKind::Single => arm
                .postgres_database(plan.api(), &server_id, &plan.target.database)
                .await
                .map(|_| ()),
        }
    };
    let server = async {
        match plan.kind {
            ServerKind::Flexible => arm.flexible_server(&server_id).await.map(Server::Flexible),
            ServerKind::Single => arm.single_server(&server_id).await.map(Server::Single),
        }
    };
    let admins = async {
        match plan.kind {
            ServerKind::Flexible => arm
                .flexible_admins(&server_id)
                .await
                .map(|v| v.iter().map(Admin::from).collect::<Vec<_>>()),
            ServerKind::Single => arm
                .single_admins(&server_id)
                .await
                .map(|v| v.iter().map(Admin::from).collect::<Vec<_>>()),
        }
    };
    let token = async {
        if plan.dry_run {
            return None;
        }
        let req = TokenRequest::new(pg_scope, Some(subscription));
        Some(
            arm.tokens()
                .get_token(&req)
                .await
                .map_err(|e| oss_rdbms_token_error(&e.to_string())),
        )
    };
    let (location, identity, sp, database, server, admins, pg_token) = tokio::join!(
        location,
        arm.signed_in_identity(),
        sp,
        database,
        server,
        admins,
        token
    );
    let sp_object_id = sp.transpose()?;
    let location = location.map_err(at_step("reading the resource group"))?;
    let identity = identity.map_err(|e| graph_error(&e))?;
    database.map_err(at_step("reading the database"))?;
    let server = server.map_err(at_step("reading the server"))?;
    let admins = admins.map_err(at_step("reading the Microsoft Entra administrators"))?;
    Ok(Found {
        location,
        identity,
        sp_object_id,
        server,
        admins,
        pg_token,
    })
}

/// az's wrapper around a failed nested `az account get-access-token --resource-type oss-rdbms`.
fn oss_rdbms_token_error(message: &str) -> Error {
    Error::runtime(format!(
        "Command execution failed, command is: az account get-access-token --resource-type oss-rdbms -o json, error message is: \n {message}"
    ))
}

/// A failed identity lookup; Graph failures get az's `signed-in-user show` wrapper.
fn graph_error(e: &ArmError) -> Error {
    match e {
        ArmError::Auth(_) => Error::runtime(e.to_string()),
        other => Error::runtime(format!(
            "Command execution failed, command is: az ad signed-in-user show -o json, error message is: \n {other}"
        )),
    }
}

/// `az ad sp show --id <client-id>` as the extension's `--service-principal` action runs it.
async fn service_principal_object_id(arm: &ArmClient, client_id: &str) -> Result<String> {
    let not_resolved = || {
        Error::runtime(format!(
            "Could not resolve object-id from the given client-id: {client_id}. Please confirm the client-id and provide \
             the object-id (Enterprise Application) of the service principal, by using --service-principal client-id=XX \
             object-id=XX secret=XX"
        ))
    };
    match arm.graph_service_principal_by_app_id(client_id).await {
        Ok(Some(sp)) => sp
            .get("id")
            .and_then(Json::as_str)
            .map(str::to_owned)
            .ok_or_else(not_resolved),
        Ok(None) => Err(not_resolved()),
        Err(e) => Err(Error::runtime(format!(
            "Command execution failed, command is: az ad sp show --id \"{client_id}\" -o json, error message is: \n {e}"
        ))),
    }
}

/// Decisions derived from the lookups: who is admin, what gets created, where to connect.
struct Facts {
    location: String,
    /// The object id the Entra administrator must have (`object-id=` or the signed-in identity's).
    admin_object_id: String,
    /// az's `login_username`: the signed-in UPN (users) or app id (service principals).
    login_username: String,
    login_kind: PrincipalKind,
    tenant_id: String,
    /// The matching administrator's login, when one exists.
    existing_admin: Option<String>,
    /// Whether Entra authentication must be enabled first (flexible only).
    enable_entra: bool,
    /// The object id of the principal the role is for (user or service principal).
    role_object_id: String,
    /// Single Server's role "password": the user's object id or the service principal's client id.
    single_password: String,
    host: String,
}

impl Facts {
    fn new(
        plan: &CreatePlan,
        found: &Found,
        suffix: &str,
        subscription: &Subscription,
    ) -> Result<Facts> {
        let identity = &found.identity;
        let login_username = identity.name.clone().ok_or_else(|| {
            Error::runtime(
                "The signed-in identity has no user name or app id in its token. Please run 'az login' to setup account.",
            )
        })?;
        let signed_in_oid = identity.object_id.clone();
        let user_object_id = match &plan.auth {
            AuthPlan::UserAccount {
                object_id: Some(o), ..
            } => Some(o.clone()),
            _ => signed_in_oid,
        };
        let Some(admin_object_id) = user_object_id else {
            return Err(match plan.kind {
                ServerKind::Flexible => Error::runtime(format!(
                    "No Microsoft Entra admin found with name {login_username}. Please set current user as Microsoft Entra admin and try again."
                )),
                ServerKind::Single => Error::runtime(
                    "No Microsoft Entra admin found. Please set current user as Microsoft Entra admin and try again.",
                ),
            });
        };
        let existing_admin = found
            .admins
            .iter()
            .find(|a| {
                a.object_id
                    .as_deref()
                    .is_some_and(|o| o.eq_ignore_ascii_case(&admin_object_id))
            })
            .map(|a| a.login.clone().unwrap_or_else(|| login_username.clone()));
        let tenant_id = identity
            .tenant_id
            .clone()
            .or_else(|| subscription.tenant_id.clone())
            .unwrap_or_default();
        let (role_object_id, single_password) = match &plan.auth {
            AuthPlan::ServicePrincipal { client_id, .. } => {
                let oid = found.sp_object_id.clone().ok_or_else(|| {
                    Error::runtime("internal error: the service principal's object id is unknown")
                })?;
                (oid, client_id.clone())
            }
            _ => (admin_object_id.clone(), admin_object_id.clone()),
        };
        let host = match found.server.fqdn() {
            Some(f) => f.to_owned(),
            None => format!("{}{suffix}", plan.target.server),
        };
        Ok(Facts {
            location: found.location.clone(),
            admin_object_id,
            login_username,
            login_kind: identity.kind,
            tenant_id,
            existing_admin,
            enable_entra: !found.server.entra_enabled(),
            role_object_id,
            single_password,
            host,
        })
    }
}

/// The SQL for the plan's server kind.
fn role_plan(plan: &CreatePlan, facts: &Facts) -> Result<RolePlan> {
    let role = plan.role();
    Ok(match plan.kind {
        ServerKind::Flexible => {
            let principal = match plan.auth {
                AuthPlan::ServicePrincipal { .. } => PrincipalType::Service,
                _ => PrincipalType::User,
            };
            RolePlan::flexible(
                &role,
                &plan.target.database,
                &facts.role_object_id,
                principal,
                plan.new,
            )?
        }
        ServerKind::Single => RolePlan::single(
            &role,
            &plan.target.database,
            &facts.single_password,
            plan.new,
        )?,
    })
}

/// Enables Entra authentication on a flexible server, asking first unless `--yes`.
async fn enable_entra_auth(plan: &CreatePlan, server: &Server, arm: &ArmClient) -> Result<()> {
    let Server::Flexible(flex) = server else {
        return Ok(());
    };
    if !plan.yes {
        log::steps_done();
        match prompt::confirm(ENABLE_ENTRA_AUTH_MESSAGE) {
            Ok(true) => {}
            Ok(false) => {
                return Err(Error::runtime(
                    "Please enable Microsoft Entra authentication manually and try again.",
                ));
            }
            Err(prompt::NoTty) => return Err(Error::runtime(prompt::NO_TTY)),
        }
    }
    log::step("Enabling Microsoft Entra authentication...");
    arm.flexible_enable_entra_auth(flex)
        .await
        .map_err(at_step("enabling Microsoft Entra authentication"))?;
    Ok(())
}

/// Makes the admin object id a Microsoft Entra administrator if it is not one; returns its login.
async fn ensure_admin(
    plan: &CreatePlan,
    facts: &Facts,
    server: &Server,
    arm: &ArmClient,
) -> Result<String> {
    if let Some(login) = &facts.existing_admin {
        return Ok(login.clone());
    }
    log::step("Setting Microsoft Entra administrator...");
    let server_id = plan.server_id();
    match server {
        Server::Flexible(_) => {
            log::warning("Set current user as DB Server Microsoft Entra Administrators.");
            arm.flexible_put_admin(
                &server_id,
                &facts.admin_object_id,
                &facts.login_username,
                principal_type(facts.login_kind),
                &facts.tenant_id,
            )
            .await
            .map_err(at_step("setting the Microsoft Entra administrator"))?;
        }
        Server::Single(_) => {
            log::warning(&format!(
                "Setting current user as database server Microsoft Entra admin: user={} object id={}",
                facts.login_username, facts.admin_object_id
            ));
            arm.single_put_admin(
                &server_id,
                &facts.login_username,
                &facts.admin_object_id,
                &facts.tenant_id,
            )
            .await
            .map_err(at_step("setting the Microsoft Entra administrator"))?;
        }
    }
    // The administrator's login is the name just sent (az reads it back with one more GET).
    Ok(facts.login_username.clone())
}

/// `principalType` of a flexible server administrator.
fn principal_type(kind: PrincipalKind) -> &'static str {
    match kind {
        PrincipalKind::User => "User",
        PrincipalKind::ServicePrincipal => "ServicePrincipal",
    }
}

/// The SQL to run and how to reach the server.
struct SqlRun<'a> {
    role_plan: &'a RolePlan,
    connector: &'a PgConnector,
    login: &'a ServerLogin,
    /// The oss-rdbms token (the password) and how to ask for a new one.
    token: &'a AccessToken,
    token_request: &'a TokenRequest,
}

/// A firewall rule this run created.
struct Rule {
    name: String,
    widened: bool,
}

/// Runs the SQL, adding a firewall rule when the server rejects this machine. For a service
/// principal the rule is removed afterwards whatever happened, including Ctrl-C.
async fn create_role(
    plan: &CreatePlan,
    server: &Server,
    arm: &ArmClient,
    sql: &SqlRun<'_>,
) -> Result<()> {
    let mut rule: Option<Rule> = None;
    IN_SQL_STEP.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut interrupted_with = None;
    let outcome = {
        let work = run_sql_through_firewall(plan, server, arm, sql, &mut rule);
        tokio::pin!(work);
        tokio::select! {
            r = &mut work => r,
            code = interrupt_signal() => {
                // Let the SQL in flight finish (its statements are bounded by the statement timeout), so a
                // role this run creates is either fully granted or removed again, never half-granted.
                interrupted_with = Some(code);
                match tokio::time::timeout(SQL_FINISH_BOUND, &mut work).await {
                    Ok(r) => r,
                    Err(_) => Err(Error::runtime("the SQL did not finish")),
                }
            }
        }
    };
    let removable = matches!(plan.auth, AuthPlan::ServicePrincipal { .. });
    let mut cleaned = None;
    if let (Some(rule), true) = (&rule, removable) {
        log::step("Removing firewall rule...");
        log::warning(&format!(
            "Remove database server firewall rule {} to recover...",
            rule.name
        ));
        match delete_rule(plan, arm, &rule.name).await {
            Ok(()) => cleaned = Some(format!("removed the temporary firewall rule {}", rule.name)),
            Err(e) => {
                log::warning(&format!(
                    "Can't remove firewall rule {}. Please manually delete it to avoid security issue. {e}",
                    rule.name
                ));
                *RULE_LEFT
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(rule.name.clone());
            }
        }
    }
    // Only now, with the rule gone, may a signal end the run where it is; one that came during the removal
    // ends it here.
    IN_SQL_STEP.store(false, std::sync::atomic::Ordering::SeqCst);
    let pending = PENDING_INTERRUPT.swap(0, std::sync::atomic::Ordering::SeqCst);
    let interrupted_with = interrupted_with.or((pending != 0).then_some(pending));
    if outcome.is_ok() {
        *ROLE_DONE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(plan.role());
    }
    if let Some(code) = interrupted_with {
        let sql_state = match &outcome {
            Ok(()) => "the role SQL had finished",
            Err(_) => "the role SQL did not complete (nothing half-granted)",
        };
        let what = cleaned.unwrap_or_else(|| match (&rule, removable) {
            (Some(r), false) => format!(
                "kept firewall rule {} (user account runs keep it, as az does)",
                r.name
            ),
            _ => "no firewall rule to remove".to_owned(),
        });
        return Err(interrupted(
            code,
            &format!("Interrupted; {what}; {sql_state}; no connector was created."),
        ));
    }
    outcome
}

/// How long an interrupted run waits for the SQL in flight before giving up on it.
const SQL_FINISH_BOUND: std::time::Duration = std::time::Duration::from_secs(60);

async fn run_sql_through_firewall(
    plan: &CreatePlan,
    server: &Server,
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    rule: &mut Option<Rule>,
) -> Result<()> {
    // Survives the attempts, so a role this run created is known as such after a firewall or token retry.
    let mut progress = pg::Progress::default();
    let mut token = sql.token.clone();
    let Err(error) = sql_attempts(plan, server, arm, sql, rule, &mut progress, &mut token).await
    else {
        return Ok(());
    };
    // Gave up after this run created the role (a later session refused by the firewall or the password, the
    // rule could not be added…): drop it again, so that no half-granted role is left.
    let role = sql.role_plan.role();
    let note = match pg::abandon(
        sql.role_plan,
        sql.connector,
        sql.login,
        &token.token,
        &mut progress,
    )
    .await
    {
        Ok(false) => return Err(error),
        Ok(true) => format!("Role \"{role}\", created by this run, was dropped again."),
        Err(e) => format!(
            "Role \"{role}\" was created by this run but is not fully granted, and dropping it failed ({e}); \
             drop it (DROP ROLE) or run the command again."
        ),
    };
    let mut error = error;
    if error.add_recommendation(&note) {
        return Err(error);
    }
    Err(Error::Runtime {
        message: error.to_string(),
        recommendation: Some(note),
    })
}

/// The SQL attempts of [`run_sql_through_firewall`]: adds a firewall rule when the server rejects this machine
/// and fetches a new token when PostgreSQL refuses the old one.
async fn sql_attempts(
    plan: &CreatePlan,
    server: &Server,
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    rule: &mut Option<Rule>,
    progress: &mut pg::Progress,
    token: &mut AccessToken,
) -> Result<()> {
    let mut refreshed = false;
    // At most: the first try, one with a new token, one after adding the rule, one after widening it.
    for _ in 0..4 {
        log::step("Creating role and granting privileges...");
        let error = match pg::execute_with(
            sql.role_plan,
            sql.connector,
            sql.login,
            &token.token,
            progress,
        )
        .await
        {
            Ok(_) => return Ok(()),
            Err(e) => e,
        };
        if error.is_password_failure() {
            // The token may have expired (or been revoked) since it was fetched: one new token, one more try.
            if !refreshed {
                refreshed = true;
                log::info(
                    "PostgreSQL refused the access token as the password; fetching a new oss-rdbms token and \
                     connecting again.",
                );
                *token = arm
                    .tokens()
                    .refresh_token(sql.token_request, token)
                    .await
                    .map_err(|e| oss_rdbms_token_error(&e.to_string()))?;
                continue;
            }
            log::warning(&error.to_string());
            return Err(Error::runtime(NOT_ADMIN));
        }
        if !error.is_firewall_rejection() {
            return Err(sql_failure(error, sql.role_plan.role(), progress));
        }
        log::warning(&error.to_string());
        match rule {
            None => {
                if server.public_access_disabled() {
                    return Err(Error::runtime(PUBLIC_ACCESS_DISABLED));
                }
                let (start, end, widened) = match error.firewall_ip() {
                    Some(ip) => (ip.to_string(), ip.to_string(), false),
                    None if plan.allow_all_ips => {
                        confirm_all_ips(plan)?;
                        (ALL_IPS.0.to_owned(), ALL_IPS.1.to_owned(), true)
                    }
                    None => {
                        return Err(Error::Runtime {
                            message: "Unable to get local ip address. Please add firewall rule to allow local connection first."
                                .to_owned(),
                            recommendation: Some(
                                "Pass --allow-all-ips to let azconn open the server to all IPv4 addresses instead."
                                    .to_owned(),
                            ),
                        });
                    }
                };
                let name = pg::firewall::rule_name()
                    .map_err(|e| Error::runtime(format!("cannot name a firewall rule: {e}")))?;
                // Recorded before the PUT, so an interrupted PUT is still cleaned up.
                let new_rule = rule.insert(Rule {
                    name: name.clone(),
                    widened,
                });
                add_rule(plan, arm, &new_rule.name, &start, &end).await?;
            }
            Some(existing) if !existing.widened && plan.allow_all_ips => {
                confirm_all_ips(plan)?;
                existing.widened = true;
                let name = existing.name.clone();
                add_rule(plan, arm, &name, ALL_IPS.0, ALL_IPS.1).await?;
            }
            Some(existing) => {
                let advice = if existing.widened {
                    format!(
                        "The firewall rule {} allows all IPv4 addresses and the server still rejects this machine.",
                        existing.name
                    )
                } else {
                    format!(
                        "The firewall rule {} for the IP the server reported did not let this machine in. Pass \
                         --allow-all-ips to allow all IPv4 addresses.",
                        existing.name
                    )
                };
                return Err(Error::Runtime {
                    message: error.to_string(),
                    recommendation: Some(advice),
                });
            }
        }
    }
    Err(Error::runtime(
        "Fail to connect to postgresql after adding a firewall rule.",
    ))
}

/// The step a failure of the role SQL names: opening a session, or the statements.
const CONNECT_STEP: &str = "connecting to PostgreSQL";
const SQL_STEP: &str = "creating the role and granting privileges";

/// A failed role SQL run as az-style `ERROR:` (the statement and database, or the connection) with
/// the failed step and what happened to the role on the next lines.
fn sql_failure(error: pg::PgError, role: &str, progress: &pg::Progress) -> Error {
    let step = if error.is_connect_failure() {
        CONNECT_STEP
    } else {
        SQL_STEP
    };
    let mut lines = Vec::new();
    if let Some(advice) = error.tls_advice() {
        lines.push(advice);
    }
    let attempts = if error.is_transient() {
        format!(
            " The connection failed on each of {} attempts.",
            progress.attempts
        )
    } else {
        String::new()
    };
    let role_state = match (&error, progress.created) {
        (pg::PgError::CleanupFailed { .. }, _) => String::new(),
        (_, true) => format!(" Role \"{role}\", created by this run, was dropped again."),
        (_, false) => String::new(),
    };
    lines.push(format!(
        "The step that failed: {step}.{attempts}{role_state} Run the command again to retry it."
    ));
    Error::Runtime {
        message: error.to_string(),
        recommendation: Some(lines.join("\n")),
    }
}

/// Asks before opening the server to every IPv4 address, unless `--yes`.
fn confirm_all_ips(plan: &CreatePlan) -> Result<()> {
    if plan.yes {
        return Ok(());
    }
    log::steps_done();
    match prompt::confirm(OPEN_ALL_IP_MESSAGE) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::runtime(
            "Please confirm local environment can connect to database and try again.",
        )),
        Err(prompt::NoTty) => Err(Error::runtime(prompt::NO_TTY)),
    }
}

/// Creates (or rewrites) firewall rule `name` with az's warning.
async fn add_rule(
    plan: &CreatePlan,
    arm: &ArmClient,
    name: &str,
    start: &str,
    end: &str,
) -> Result<()> {
    let note = match plan.auth {
        AuthPlan::UserAccount { .. } => "(Please delete it manually if it has security risk.)",
        _ => "(it will be removed after connection is created)",
    };
    log::warning(&format!(
        "Add firewall rule {name} {start} - {end}...{note}"
    ));
    log::step("Adding firewall rule...");
    let server_id = plan.server_id();
    arm.postgres_put_firewall_rule(plan.api(), &server_id, name, start, end)
        .await
        .map_err(at_step("adding the firewall rule"))
}

async fn delete_rule(plan: &CreatePlan, arm: &ArmClient, name: &str) -> Result<(), ArmError> {
    let server_id = plan.server_id();
    arm.postgres_delete_firewall_rule(plan.api(), &server_id, name)
        .await
}

fn dry_run_header() -> String {
    "Dry run: nothing was changed. `create` would:\n".to_owned()
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The connector body with every secret replaced by `<redacted>`.
fn redacted_body(body: &ConnectorBody) -> String {
    let mut json = body.to_json();
    if let Some(auth) = json
        .get_mut("properties")
        .and_then(|p| p.get_mut("authInfo"))
    {
        if let Some(s) = auth.get_mut("secret") {
            *s = Json::String("<redacted>".into());
        }
        if let Some(info) = auth.get_mut("secretInfo")
            && info.get("secretType").and_then(Json::as_str) == Some("rawValue")
            && let Some(v) = info.get_mut("value")
        {
            *v = Json::String("<redacted>".into());
        }
    }
    serde_json::to_string_pretty(&json).unwrap_or_else(|_| json.to_string())
}

/// The `--dry-run` text: the ARM changes in order and the SQL exactly as it would run.
fn dry_run_text(plan: &CreatePlan, facts: &Facts, arm: &ArmClient) -> Result<String> {
    let server_id = plan.server_id();
    let url = |id: &ResourceId| arm.arm_url(&id.to_string(), plan.api().api_version);
    let mut steps: Vec<String> = Vec::new();
    if facts.enable_entra {
        let ask = if plan.yes {
            ""
        } else {
            " (after asking; --yes skips the question)"
        };
        steps.push(format!(
            "Enable Microsoft Entra authentication{ask}: PATCH {}\n     {{\"properties\":{{\"authConfig\":{{\"activeDirectoryAuth\":\"Enabled\"}}}}}}",
            url(&server_id)
        ));
    }
    let admin_login = match &facts.existing_admin {
        Some(login) => login.clone(),
        None => {
            let (id, body) = match plan.kind {
                ServerKind::Flexible => (
                    server_id.child("administrators", &facts.admin_object_id),
                    serde_json::json!({"properties": {"principalName": facts.login_username, "tenantId": facts.tenant_id, "principalType": principal_type(facts.login_kind)}}),
                ),
                ServerKind::Single => (
                    server_id.child("administrators", "activeDirectory"),
                    serde_json::json!({"properties": {"administratorType": "ActiveDirectory", "login": facts.login_username, "sid": facts.admin_object_id, "tenantId": facts.tenant_id}}),
                ),
            };
            steps.push(format!(
                "Set {} ({}) as Microsoft Entra administrator: PUT {}\n     {body}",
                facts.login_username,
                facts.admin_object_id,
                url(&id)
            ));
            facts.login_username.clone()
        }
    };
    let login = match plan.kind {
        ServerKind::Flexible => admin_login,
        ServerKind::Single => format!("{admin_login}@{}", plan.target.server),
    };
    let firewall_note = match plan.auth {
        AuthPlan::UserAccount { .. } => "kept afterwards",
        _ => "removed afterwards",
    };
    steps.push(format!(
        "Run the SQL below on {} as {login} (password: an oss-rdbms access token). If the server rejects this \
         machine, add a firewall rule svc_xxxxx for exactly the IP it reports ({firewall_note}).",
        facts.host
    ));
    let auth_info = match &plan.auth {
        AuthPlan::ServicePrincipal {
            client_id, secret, ..
        } => AuthInfo::ServicePrincipalSecret {
            user_name: Some(plan.role()),
            client_id: client_id.clone(),
            principal_id: facts.role_object_id.clone(),
            secret: secret.clone(),
        },
        _ => AuthInfo::UserAccount {
            user_name: Some(plan.role()),
            principal_id: facts.role_object_id.clone(),
        },
    };
    let body = connector_body(plan, auth_info);
    steps.push(format!(
        "Create the connector: PUT {}?api-version={}\n{}",
        connector_path(plan, &facts.location),
        service_linker::API_VERSION,
        indent(&redacted_body(&body), 5)
    ));
    let mut text = dry_run_header();
    for (i, s) in steps.iter().enumerate() {
        text.push_str(&format!("  {}. {s}\n", i + 1));
    }
    let role_plan = role_plan(plan, facts)?;
    text.push_str(&format!(
        "\nSQL script (create_ad_user.sql; each `-- database:` line names the database the statements after it run on):\n{}",
        role_plan.script()
    ));
    if plan.kind == ServerKind::Single {
        // One database: the script runs as it is, the way the manual tutorial runs it.
        text.push_str(&format!(
            "\nTo run it yourself:\n  psql \"host={} user={login} dbname={} port=5432 password=$(azconn token --resource-type oss-rdbms --query accessToken --output tsv) sslmode=require\" < create_ad_user.sql\n",
            facts.host, plan.target.database
        ));
    }
    Ok(text)
}
