//! The role SQL through the firewall: run the statements as the Entra administrator with an oss-rdbms token
//! as the password; when the server rejects this machine, add a firewall rule for exactly the IP it reports
//! (or, with `--allow-all-ips` and after asking, for every IPv4 address) and try again; when PostgreSQL
//! refuses the token, fetch a new one once. A rule the run added for a principal that does not keep it is
//! removed on every path, including SIGINT/SIGTERM (held in [`RunState`] until the rule is gone), and a
//! role this run created is fully granted or dropped again.

use super::fail::{at_step, oss_rdbms_token_error};
use super::interrupt::{RunState, interrupt_signal, interrupted};
use super::lookup::Facts;
use super::plan::Connection;
use super::target::Server;
use crate::arm::ArmClient;
use crate::auth::{AccessToken, TokenRequest};
use crate::commands::confirm::confirm;
use crate::error::{Error, Result};
use crate::output::log;
use crate::pg::{self, Opening, PgConnector, RolePlan, ServerLogin};

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
/// How long an interrupted run waits for the SQL in flight before giving up on it.
const SQL_FINISH_BOUND: std::time::Duration = std::time::Duration::from_mins(1);
/// The step a failure of the role SQL names: opening a session, or the statements.
const CONNECT_STEP: &str = "connecting to PostgreSQL";
const SQL_STEP: &str = "creating the role and granting privileges";

/// The SQL to run, how to reach the server, and what the firewall may do.
pub struct SqlRun<'a> {
    pub connection: &'a Connection,
    pub server: &'a Server,
    pub role_plan: &'a RolePlan,
    pub connector: &'a PgConnector,
    pub login: &'a ServerLogin,
    /// The oss-rdbms token (the password) and how to ask for a new one.
    pub token: &'a AccessToken,
    pub token_request: &'a TokenRequest,
    /// `--allow-all-ips`.
    pub allow_all_ips: bool,
    /// Whether a rule added here stays afterwards (az keeps a user account's).
    pub keeps_rule: bool,
}

/// Starts the connects of the role SQL (every database it runs in, all at once) while the other lookups are
/// still running — when the target's reads show the login already: the signed-in identity (or the object id
/// the principal names) is the Entra administrator and Entra authentication is on, so nothing has to change on
/// the server first and the administrator's login is the one to use. `None` otherwise: the SQL step then
/// opens its sessions itself. The caller closes them unused when the run's changes say otherwise.
pub fn open_early(
    connector: &PgConnector,
    facts: &Facts,
    server: &Server,
    connection: &Connection,
    token: &AccessToken,
) -> Option<Opening> {
    let admin = facts.existing_admin.as_deref()?;
    if !server.entra_enabled() {
        return None;
    }
    let login = ServerLogin {
        host: facts.host.clone(),
        user: server.login(admin, &connection.target.server),
    };
    let databases = pg::role::databases(connection.kind, &connection.target.database);
    Some(Opening::start(connector, &login, &databases, &token.token))
}

/// A firewall rule this run created.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    name: String,
    widened: bool,
}

/// Runs the SQL, adding a firewall rule when the server rejects this machine; a rule that is not kept is
/// removed afterwards whatever happened, including a signal. The first try takes its sessions from `opening`
/// (connects started during the lookups) when they were opened as `sql.login`.
pub async fn create_role(
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    state: &RunState,
    opening: Option<Opening>,
) -> Result<()> {
    let mut rule: Option<Rule> = None;
    state.enter_sql_step();
    let mut interrupted_with = None;
    let outcome = {
        let work = run_sql_through_firewall(arm, sql, &mut rule, opening);
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
    let mut cleaned = None;
    if let (Some(rule), false) = (&rule, sql.keeps_rule) {
        log::step("Removing firewall rule...");
        log::warning(&format!(
            "Remove database server firewall rule {} to recover...",
            rule.name
        ));
        let removed = arm
            .postgres_delete_firewall_rule(
                sql.connection.api(),
                &sql.connection.server_id(),
                &rule.name,
            )
            .await;
        match removed {
            Ok(()) => cleaned = Some(format!("removed the temporary firewall rule {}", rule.name)),
            Err(e) => {
                log::warning(&format!(
                    "Can't remove firewall rule {}. Please manually delete it to avoid security issue. {e}",
                    rule.name
                ));
                state.rule_left(&rule.name);
            }
        }
    }
    // Only now, with the rule gone, may a signal end the run where it is; one that came during the removal
    // ends it here.
    let interrupted_with = interrupted_with.or(state.leave_sql_step());
    if outcome.is_ok() {
        state.role_done(&sql.connection.role());
    }
    if let Some(code) = interrupted_with {
        let sql_state = match &outcome {
            Ok(()) => "the role SQL had finished",
            Err(_) => "the role SQL did not complete (nothing half-granted)",
        };
        let what = cleaned.unwrap_or_else(|| match (&rule, sql.keeps_rule) {
            (Some(r), true) => format!(
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

async fn run_sql_through_firewall(
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    rule: &mut Option<Rule>,
    opening: Option<Opening>,
) -> Result<()> {
    // Survives the attempts, so a role this run created is known as such after a firewall or token retry.
    let mut progress = pg::Progress::default();
    let mut token = sql.token.clone();
    let Err(error) = sql_attempts(arm, sql, rule, &mut progress, &mut token, opening).await else {
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

/// What the firewall does after the server rejected this machine, given the rule so far.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FirewallStep {
    /// Put a rule for this range: a new one (`existing` `None`) or the existing one rewritten; `widened`:
    /// all IPv4 addresses, after asking.
    Open {
        existing: Option<String>,
        start: String,
        end: String,
        widened: bool,
    },
    /// Nothing more to try: fail with this advice.
    GiveUp(String),
    /// The server does not allow public access at all.
    PublicAccessDisabled,
    /// The server named no IP and `--allow-all-ips` was not given.
    NoIp,
}

/// The firewall's next step: pure, so the state machine is tested without a server.
fn firewall_step(
    rule: Option<&Rule>,
    reported_ip: Option<std::net::IpAddr>,
    allow_all_ips: bool,
    public_access_disabled: bool,
) -> FirewallStep {
    match rule {
        None if public_access_disabled => FirewallStep::PublicAccessDisabled,
        None => match reported_ip {
            Some(ip) => FirewallStep::Open {
                existing: None,
                start: ip.to_string(),
                end: ip.to_string(),
                widened: false,
            },
            None if allow_all_ips => FirewallStep::Open {
                existing: None,
                start: ALL_IPS.0.to_owned(),
                end: ALL_IPS.1.to_owned(),
                widened: true,
            },
            None => FirewallStep::NoIp,
        },
        Some(existing) if !existing.widened && allow_all_ips => FirewallStep::Open {
            existing: Some(existing.name.clone()),
            start: ALL_IPS.0.to_owned(),
            end: ALL_IPS.1.to_owned(),
            widened: true,
        },
        Some(existing) if existing.widened => FirewallStep::GiveUp(format!(
            "The firewall rule {} allows all IPv4 addresses and the server still rejects this machine.",
            existing.name
        )),
        Some(existing) => FirewallStep::GiveUp(format!(
            "The firewall rule {} for the IP the server reported did not let this machine in. Pass \
             --allow-all-ips to allow all IPv4 addresses.",
            existing.name
        )),
    }
}

/// The SQL attempts of [`run_sql_through_firewall`]: adds a firewall rule when the server rejects this machine
/// and fetches a new token when PostgreSQL refuses the old one.
async fn sql_attempts(
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    rule: &mut Option<Rule>,
    progress: &mut pg::Progress,
    token: &mut AccessToken,
    mut opening: Option<Opening>,
) -> Result<()> {
    let mut refreshed = false;
    // At most: the first try, one with a new token, one after adding the rule, one after widening it.
    for _ in 0..4 {
        log::step("Creating role and granting privileges...");
        let Err(error) = pg::execute_opened(
            sql.role_plan,
            sql.connector,
            sql.login,
            &token.token,
            progress,
            opening.take(),
        )
        .await
        else {
            return Ok(());
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
        let step = firewall_step(
            rule.as_ref(),
            error.firewall_ip(),
            sql.allow_all_ips,
            sql.server.public_access_disabled(),
        );
        match step {
            FirewallStep::PublicAccessDisabled => {
                return Err(Error::runtime(PUBLIC_ACCESS_DISABLED));
            }
            FirewallStep::NoIp => {
                return Err(Error::Runtime {
                    message: "Unable to get local ip address. Please add firewall rule to allow local connection first."
                        .to_owned(),
                    recommendation: Some(
                        "Pass --allow-all-ips to let azconn open the server to all IPv4 addresses instead."
                            .to_owned(),
                    ),
                });
            }
            FirewallStep::GiveUp(advice) => {
                return Err(Error::Runtime {
                    message: error.to_string(),
                    recommendation: Some(advice),
                });
            }
            FirewallStep::Open {
                existing,
                start,
                end,
                widened,
            } => {
                if widened {
                    confirm(
                        sql.connection.yes,
                        OPEN_ALL_IP_MESSAGE,
                        "Please confirm local environment can connect to database and try again.",
                    )?;
                }
                let name = match existing {
                    Some(name) => name,
                    None => pg::firewall::rule_name()
                        .map_err(|e| Error::runtime(format!("cannot name a firewall rule: {e}")))?,
                };
                // Recorded before the PUT, so an interrupted PUT is still cleaned up.
                let put = rule.insert(Rule { name, widened });
                add_rule(arm, sql, &put.name, &start, &end).await?;
            }
        }
    }
    Err(Error::runtime(
        "Fail to connect to postgresql after adding a firewall rule.",
    ))
}

/// A failed role SQL run as az-style `ERROR:` (the statement and database, or the connection) with
/// the failed step and what happened to the role on the next lines.
fn sql_failure(error: pg::PgError, role: &str, progress: &pg::Progress) -> Error {
    // Found before any change; its text says what to do, and running it again as it is would stop again.
    if matches!(error, pg::PgError::Ungrantable { .. }) {
        return Error::Runtime {
            message: error.to_string(),
            recommendation: None,
        };
    }
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

/// Creates (or rewrites) firewall rule `name` with az's warning.
async fn add_rule(
    arm: &ArmClient,
    sql: &SqlRun<'_>,
    name: &str,
    start: &str,
    end: &str,
) -> Result<()> {
    let note = if sql.keeps_rule {
        "(Please delete it manually if it has security risk.)"
    } else {
        "(it will be removed after connection is created)"
    };
    log::warning(&format!(
        "Add firewall rule {name} {start} - {end}...{note}"
    ));
    log::step("Adding firewall rule...");
    let connection = sql.connection;
    arm.postgres_put_firewall_rule(connection.api(), &connection.server_id(), name, start, end)
        .await
        .map_err(at_step("adding the firewall rule"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(widened: bool) -> Rule {
        Rule {
            name: "svc_ab12c".into(),
            widened,
        }
    }

    #[test]
    fn first_rejection_adds_a_rule_for_the_reported_ip() {
        let ip = "203.0.113.7".parse().ok();
        assert_eq!(
            firewall_step(None, ip, false, false),
            FirewallStep::Open {
                existing: None,
                start: "203.0.113.7".into(),
                end: "203.0.113.7".into(),
                widened: false
            }
        );
        assert_eq!(
            firewall_step(None, ip, true, true),
            FirewallStep::PublicAccessDisabled
        );
    }

    #[test]
    fn without_an_ip_only_allow_all_ips_opens_the_server() {
        assert_eq!(firewall_step(None, None, false, false), FirewallStep::NoIp);
        assert_eq!(
            firewall_step(None, None, true, false),
            FirewallStep::Open {
                existing: None,
                start: "0.0.0.0".into(),
                end: "255.255.255.255".into(),
                widened: true
            }
        );
    }

    #[test]
    fn a_rule_that_did_not_help_is_widened_once_then_given_up() {
        let ip = "203.0.113.7".parse().ok();
        assert_eq!(
            firewall_step(Some(&rule(false)), ip, true, false),
            FirewallStep::Open {
                existing: Some("svc_ab12c".into()),
                start: "0.0.0.0".into(),
                end: "255.255.255.255".into(),
                widened: true
            }
        );
        let FirewallStep::GiveUp(advice) = firewall_step(Some(&rule(false)), ip, false, false)
        else {
            panic!("not given up");
        };
        assert!(advice.contains("Pass --allow-all-ips"), "{advice}");
        let FirewallStep::GiveUp(advice) = firewall_step(Some(&rule(true)), ip, true, false) else {
            panic!("not given up");
        };
        assert!(advice.contains("allows all IPv4 addresses"), "{advice}");
    }
}
