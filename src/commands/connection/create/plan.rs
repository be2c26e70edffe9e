//! Resolution: the arguments of `connection create postgres|postgres-flexible` plus the current subscription →
//! one typed [`CreatePlan`], before anything is read from or changed in Azure: a [`PasswordlessPlan`]
//! (`--user-account`, `--service-principal`: a database role for an Entra identity) or a [`SecretPlan`]
//! (`--secret`: only the connector).
//!
//! Pure: no I/O, no clock, no logging. Randomness (the generated connection name) comes from the
//! caller, and the warnings az prints while validating (`Connection name is not specified, …`,
//! `Client type is not specified, …`) are returned in order for the command to log. Texts and rules
//! mirror az's core validators and the passwordless extension's argparse actions
//! (docs/create.md); where az would prompt for a missing value, clap already made it
//! required.

use indexmap::IndexMap;

use super::local::{LocalPrincipal, LocalSource};
use crate::arm::service_linker::AuthInfo;
use crate::arm::{ResourceId, postgres};
use crate::auth::Secret;
use crate::cli::connection::{ClientType, CreatePostgresArgs};
use crate::commands::connection::key_values::{customized_keys, key_values};
use crate::error::{Error, Result};
use crate::server_kind::{NAMESPACE, PostgresApi, ServerKind};

/// The target database, as az's `TARGET_RESOURCES` pattern names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetDatabase {
    /// The database's resource id, exactly as sent in `targetService.id`.
    pub id: String,
    /// The resource group of the server.
    pub resource_group: String,
    /// The server name.
    pub server: String,
    /// The database name.
    pub database: String,
    /// The subscription of the target id.
    pub subscription: String,
}

impl TargetDatabase {
    /// The server's resource id (`…/flexibleServers/{s}` or `…/servers/{s}`).
    pub fn server_id(&self, kind: ServerKind) -> ResourceId {
        postgres::server_id(kind, &self.subscription, &self.resource_group, &self.server)
    }
}

/// az's target id pattern for a server kind (CORE-RC `TARGET_RESOURCES`).
pub fn target_pattern(kind: ServerKind) -> String {
    format!(
        "/subscriptions/{{subscription}}/resourceGroups/{{target_resource_group}}/providers/{NAMESPACE}/{}/{{server}}/databases/{{database}}",
        kind.api().resource_type
    )
}

/// Where `--secret`'s password comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretValue {
    /// `secret=`: the password itself (`rawValue`).
    Raw(Secret),
    /// `secret-uri=`: a Key Vault secret URI (`keyVaultSecretUri`).
    KeyVaultUri(String),
    /// `secret-name=`: a Key Vault secret name (`keyVaultSecretReference`).
    KeyVaultName(String),
}

/// `--secret name=… secret=…|secret-uri=…|secret-name=…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretAuth {
    /// The database user name.
    pub name: String,
    pub value: SecretValue,
}

impl SecretAuth {
    /// The connector's `authInfo`.
    pub fn auth_info(&self) -> AuthInfo {
        let name = self.name.clone();
        match &self.value {
            SecretValue::Raw(secret) => AuthInfo::Secret {
                name,
                secret: secret.clone(),
            },
            SecretValue::KeyVaultUri(uri) => AuthInfo::SecretKeyVaultUri {
                name,
                uri: uri.clone(),
            },
            SecretValue::KeyVaultName(secret_name) => AuthInfo::SecretKeyVaultReference {
                name,
                secret_name: secret_name.clone(),
            },
        }
    }
}

/// What every connection has, whatever its source and auth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    /// The target server's kind.
    pub kind: ServerKind,
    /// `--connection` (given or generated).
    pub name: String,
    /// `--client-type` in az's canonical spelling (`none` by default).
    pub client_type: String,
    pub target: TargetDatabase,
    /// `--customized-keys`, in first-seen order (a later value for a key wins, as in az).
    pub customized_keys: Option<IndexMap<String, String>>,
    /// `--yes`: no confirmation prompts.
    pub yes: bool,
    /// `--no-wait`: do not poll the connector creation.
    pub no_wait: bool,
    /// `--dry-run`: print the plan, change nothing.
    pub dry_run: bool,
    /// az's validator warnings, in the order az prints them.
    pub warnings: Vec<String>,
}

/// `--yes`, `--no-wait` and `--dry-run`, which every create has.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Switches {
    pub yes: bool,
    pub no_wait: bool,
    pub dry_run: bool,
}

impl Switches {
    /// `--yes`, `--no-wait`, `--dry-run` as given.
    pub(crate) fn new(yes: bool, no_wait: bool, dry_run: bool) -> Switches {
        Switches {
            yes,
            no_wait,
            dry_run,
        }
    }
}

/// Where a connection's client type comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ClientTypeFrom {
    /// `--client-type`.
    Given(ClientType),
    /// None given: `none`, with az's warning.
    Default,
    /// None given, and the source detects it later (a web app's runtime stack): `none` until then, no warning.
    Source,
}

impl ClientTypeFrom {
    /// `--client-type`, else the default, or the source's when it detects one.
    pub(crate) fn of(given: Option<ClientType>, source_detects: bool) -> ClientTypeFrom {
        match given {
            Some(c) => ClientTypeFrom::Given(c),
            None if source_detects => ClientTypeFrom::Source,
            None => ClientTypeFrom::Default,
        }
    }
}

impl Connection {
    /// A connection of `kind` named `name` to `target`; its client type from `client_type`, az's warning for the
    /// default after `warnings` (every create validates its client type after the target).
    pub(crate) fn new(
        kind: ServerKind,
        name: String,
        target: TargetDatabase,
        client_type: ClientTypeFrom,
        customized_keys: Option<IndexMap<String, String>>,
        switches: Switches,
        mut warnings: Vec<String>,
    ) -> Connection {
        let client_type = match client_type {
            ClientTypeFrom::Given(c) => c.as_az(),
            ClientTypeFrom::Default => {
                warnings.push(
                    "Client type is not specified, use default one: --client-type none".into(),
                );
                "none"
            }
            ClientTypeFrom::Source => "none",
        };
        Connection {
            kind,
            name,
            client_type: client_type.to_owned(),
            target,
            customized_keys,
            yes: switches.yes,
            no_wait: switches.no_wait,
            dry_run: switches.dry_run,
            warnings,
        }
    }

    /// The ARM calls of the target server's kind.
    pub fn api(&self) -> PostgresApi {
        self.kind.api()
    }

    /// The target server's ARM id.
    pub fn server_id(&self) -> ResourceId {
        self.target.server_id(self.kind)
    }

    /// The PostgreSQL role: `aad_` + the connection name (docs/create.md).
    pub fn role(&self) -> String {
        format!("aad_{}", self.name)
    }
}

/// A passwordless connection: a database role for principal `P`, and a connector at source `S`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordlessPlan<S, P> {
    pub connection: Connection,
    pub source: S,
    pub principal: P,
    /// `--new`: drop and recreate the role.
    pub new: bool,
    /// `--allow-all-ips`: a firewall rule may be widened to all IPv4 addresses.
    pub allow_all_ips: bool,
    /// `--skip-ungrantable`: grant on what the administrator can, skip (and name) the rest.
    pub skip_ungrantable: bool,
}

/// A `--secret` connection: only the connector at source `S`; no database, administrator or firewall work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretPlan<S> {
    pub connection: Connection,
    pub source: S,
    pub secret: SecretAuth,
}

/// An Entra identity whose auth setup the user opted out of (`--opt-out auth` at a compute source): only the
/// connector at source `S`, its `authInfo` as given; no identity, database, administrator or firewall work, as az
/// skips its passwordless step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptOutPlan<S> {
    pub connection: Connection,
    pub source: S,
    pub auth: AuthInfo,
}

/// Everything `create` will do, resolved from the command line: at this machine (the defaults) or at a
/// compute source (`commands::sources`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreatePlan<S = LocalSource, P = LocalPrincipal> {
    Passwordless(PasswordlessPlan<S, P>),
    Secret(SecretPlan<S>),
    OptOut(OptOutPlan<S>),
}

impl<S, P> CreatePlan<S, P> {
    /// What both kinds of plan have.
    pub fn connection(&self) -> &Connection {
        match self {
            CreatePlan::Passwordless(p) => &p.connection,
            CreatePlan::Secret(p) => &p.connection,
            CreatePlan::OptOut(p) => &p.connection,
        }
    }
}

/// The auth option, parsed.
pub(crate) enum Auth {
    Passwordless(LocalPrincipal),
    Secret(SecretAuth),
}

/// Resolves `create` arguments into a plan; `subscription` is the current one (`--subscription` or the
/// profile's default). `random5` yields 5 random characters from `[a-z0-9]` for a generated connection
/// name; it is called only when `--connection` is absent.
pub fn resolve(
    kind: ServerKind,
    args: &CreatePostgresArgs,
    subscription: &str,
    random5: impl FnOnce() -> String,
) -> Result<CreatePlan> {
    // az parses the auth options (argparse actions) before any validator runs.
    let auth = auth(args)?;
    let keys = args
        .customized_keys
        .as_deref()
        .map(customized_keys)
        .transpose()?;
    let mut warnings = Vec::new();
    let name = connection_name(kind, args.connection.as_deref(), random5, &mut warnings)?;
    let target = target(
        kind,
        args.target_id.as_deref(),
        [&args.target_resource_group, &args.server, &args.database],
        subscription,
    )?;
    let switches = Switches::new(args.yes, args.no_wait, args.dry_run);
    let client = ClientTypeFrom::of(args.client_type, false);
    let connection = Connection::new(kind, name, target, client, keys, switches, warnings);
    let source = LocalSource {
        subscription: subscription.to_owned(),
        resource_group: args.group.resource_group.clone(),
        location: args.location.clone().filter(|l| !l.is_empty()),
    };
    Ok(match auth {
        Auth::Passwordless(principal) => CreatePlan::Passwordless(PasswordlessPlan {
            connection,
            source,
            principal,
            new: args.new.unwrap_or(false),
            allow_all_ips: args.allow_all_ips,
            skip_ungrantable: args.skip_ungrantable,
        }),
        Auth::Secret(secret) => CreatePlan::Secret(SecretPlan {
            connection,
            source,
            secret,
        }),
    })
}

/// az's `validate_connection_name`: `^[A-Za-z0-9._]+$`.
pub fn validate_connection_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::runtime(
            "Resource name can only contain letters (A-Z, a-z), numbers (0-9), periods ('.'), and underscores ('_')",
        ))
    }
}

/// `--connection`, or a generated name (`<target>_<5 random>`) with az's warning.
pub(crate) fn connection_name(
    kind: ServerKind,
    given: Option<&str>,
    random5: impl FnOnce() -> String,
    warnings: &mut Vec<String>,
) -> Result<String> {
    if let Some(name) = given {
        validate_connection_name(name)?;
        Ok(name.to_owned())
    } else {
        let name = format!("{}_{}", kind.target_name().replace('-', ""), random5());
        warnings.push(format!(
            "Connection name is not specified, use generated one: --connection {name}"
        ));
        Ok(name)
    }
}

/// The target database: `--target-id`, else `[--tg, --server, --database]` in the current subscription.
pub(crate) fn target(
    kind: ServerKind,
    target_id: Option<&str>,
    names: [&Option<String>; 3],
    subscription: &str,
) -> Result<TargetDatabase> {
    match target_id {
        Some(id) => target_from_id(kind, id),
        None => target_from_names(kind, names, subscription),
    }
}

/// `--tg` + `--server` + `--database` in the current subscription.
fn target_from_names(
    kind: ServerKind,
    [resource_group, server, database]: [&Option<String>; 3],
    subscription: &str,
) -> Result<TargetDatabase> {
    let missing = || {
        Error::usage(
            "the following arguments are required: --target-resource-group/--tg, --server, --database (or --target-id)",
        )
    };
    let resource_group = resource_group.clone().ok_or_else(missing)?;
    let server = server.clone().ok_or_else(missing)?;
    let database = database.clone().ok_or_else(missing)?;
    let id = format!(
        "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/{NAMESPACE}/{}/{server}/databases/{database}",
        kind.api().resource_type
    );
    Ok(TargetDatabase {
        id,
        resource_group,
        server,
        database,
        subscription: subscription.to_owned(),
    })
}

/// az's `validate_target_resource_id`: a valid ARM id (`Resource id is invalid: {}`) whose start
/// matches the kind's pattern case-insensitively (`Target resource id is invalid: …`); segments
/// past the pattern are cut off.
pub fn target_from_id(kind: ServerKind, raw: &str) -> Result<TargetDatabase> {
    let invalid = || Error::runtime(format!("Resource id is invalid: {raw}"));
    // msrestazure's `is_valid_resource_id`: the id must round-trip through its parser.
    let parsed = ResourceId::parse(raw).map_err(|_| invalid())?;
    if !parsed.to_string().eq_ignore_ascii_case(raw) {
        return Err(invalid());
    }
    let pattern = target_pattern(kind);
    let unsupported = || {
        Error::runtime(format!(
            "Target resource id is invalid: {raw}. Target id pattern should be: {pattern}"
        ))
    };
    let want: Vec<&str> = pattern.split('/').collect();
    let have: Vec<&str> = raw.split('/').collect();
    if have.len() < want.len() {
        return Err(unsupported());
    }
    let mut values = Vec::new();
    for (w, h) in want.iter().zip(&have) {
        if w.starts_with('{') {
            values.push((*h).to_owned());
        } else if !w.eq_ignore_ascii_case(h) {
            return Err(unsupported());
        }
    }
    // values: subscription, target resource group, server, database.
    let [subscription, resource_group, server, database] =
        <[String; 4]>::try_from(values).map_err(|_| unsupported())?;
    Ok(TargetDatabase {
        id: have[..want.len()].join("/"),
        resource_group,
        server,
        database,
        subscription,
    })
}

fn auth(args: &CreatePostgresArgs) -> Result<Auth> {
    let a = &args.auth;
    if let Some(values) = &a.secret {
        return secret_auth(values);
    }
    if let Some(values) = &a.service_principal {
        return service_principal_auth(values);
    }
    if let Some(values) = &a.user_account {
        return user_account_auth(values);
    }
    Err(Error::usage(
        "one of the arguments --secret --user-account --service-principal is required",
    ))
}

/// Core az's `AddSecretAuthInfo`.
pub(crate) fn secret_auth(values: &[String]) -> Result<Auth> {
    let mut name = None;
    let mut value = None;
    for (k, vs) in key_values(values, "Usage error: --secret [KEY=VALUE ...]")? {
        let first = vs.into_iter().next().unwrap_or_default();
        match k.to_lowercase().as_str() {
            "name" => name = Some(first),
            "secret" => value = Some(SecretValue::Raw(Secret::new(first))),
            "secret-uri" => value = Some(SecretValue::KeyVaultUri(first)),
            "secret-name" => value = Some(SecretValue::KeyVaultName(first)),
            _ => {
                return Err(Error::runtime(format!(
                    "Unsupported Key {k} is provided for parameter secret_auth_info. All possible keys are: name, secret/secret-uri/secret-name"
                )));
            }
        }
    }
    match (name, value) {
        (Some(name), Some(value)) => Ok(Auth::Secret(SecretAuth { name, value })),
        _ => Err(Error::runtime(
            "Required keys missing for parameter --secret. All possible keys are: name, secret/secret-uri/secret-name",
        )),
    }
}

/// The passwordless extension's `AddUserAccountAuthInfo` (PostgreSQL: only `object-id`).
fn user_account_auth(values: &[String]) -> Result<Auth> {
    let mut object_id = None;
    for (k, vs) in key_values(values, "usage error: --user-account [KEY=VALUE ...]")? {
        if k.eq_ignore_ascii_case("object-id") {
            object_id = vs.into_iter().next();
        } else {
            return Err(Error::runtime(format!(
                "Unsupported Key {k} is provided for parameter --user-account. All possible keys are: principal-id"
            )));
        }
    }
    Ok(Auth::Passwordless(LocalPrincipal::UserAccount {
        object_id: object_id.filter(|o| !o.is_empty()),
    }))
}

/// The passwordless extension's `AddServicePrincipalAuthInfo`. The object id, when absent, is looked
/// up later (az: `az ad sp show --id <client-id>` while parsing).
pub(crate) fn service_principal_auth(values: &[String]) -> Result<Auth> {
    let (mut client_id, mut secret, mut object_id) = (None, None, None);
    for (k, vs) in key_values(values, "Usage error: --service-principal [KEY=VALUE ...]")? {
        let first = vs.into_iter().next().unwrap_or_default();
        match k.to_lowercase().as_str() {
            "client-id" => client_id = Some(first),
            "object-id" => object_id = Some(first),
            "secret" => secret = Some(first),
            _ => {
                return Err(Error::runtime(format!(
                    "Unsupported Key {k} is provided for parameter --service-principal. Possible keys are: client-id, object-id, secret"
                )));
            }
        }
    }
    match (client_id, secret) {
        (Some(client_id), Some(secret)) => {
            Ok(Auth::Passwordless(LocalPrincipal::ServicePrincipal {
                client_id,
                secret: Secret::new(secret),
                object_id: object_id.filter(|o| !o.is_empty()),
            }))
        }
        _ => Err(Error::runtime(
            "Required keys missing for parameter --service-principal. Required keys are: client-id, secret",
        )),
    }
}

#[cfg(test)]
mod tests;
