//! `--dry-run`: the plan as text — the ARM changes in order, each with the request the real run sends
//! (secrets redacted), and the SQL exactly as it would run. Pure: it renders [`Changes`] and nothing else.

use serde_json::Value as Json;

use super::changes::Changes;
use super::lookup::Facts;
use crate::arm::ArmCall;

/// What the passwordless dry run shows besides the changes.
pub struct Shown<'a> {
    pub facts: &'a Facts,
    /// `--yes`.
    pub yes: bool,
    /// The ARM base URL (stripped from the connector's URL, which is shown as a path).
    pub arm_base: &'a str,
    /// The target database.
    pub database: &'a str,
    /// Whether the script runs as it is by hand (one database: Single Server).
    pub script_runs_as_is: bool,
    /// What the principal changes first (a compute source's identity assignment).
    pub principal_change: Option<String>,
}

fn header() -> String {
    "Dry run: nothing was changed. `create` would:\n".to_owned()
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `METHOD URL` of a call.
fn line(call: &ArmCall) -> String {
    format!("{} {}", call.request.method, call.request.url)
}

/// A call's compact JSON body.
fn compact_body(call: &ArmCall) -> String {
    call.body_json().map(|b| b.to_string()).unwrap_or_default()
}

/// The connector step: its path (no ARM base) and its body with every secret replaced by `<redacted>`.
fn connector_step(call: &ArmCall, arm_base: &str) -> String {
    let url = call
        .request
        .url
        .strip_prefix(arm_base)
        .unwrap_or(&call.request.url);
    let body = call.body_json().map(redacted).unwrap_or_default();
    format!(
        "Create the connector: {} {url}\n{}",
        call.request.method,
        indent(&body, 5)
    )
}

/// A connector body, pretty-printed, with every secret replaced by `<redacted>`.
fn redacted(mut json: Json) -> String {
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

/// The dry run of a passwordless connection.
pub fn passwordless(changes: &Changes, shown: &Shown<'_>) -> String {
    let facts = shown.facts;
    let mut steps: Vec<String> = shown.principal_change.iter().cloned().collect();
    if let Some(call) = &changes.enable_entra {
        let ask = if shown.yes {
            ""
        } else {
            " (after asking; --yes skips the question)"
        };
        steps.push(format!(
            "Enable Microsoft Entra authentication{ask}: {}\n     {}",
            line(call),
            compact_body(call)
        ));
    }
    if let Some(admin) = &changes.set_admin {
        steps.push(format!(
            "Set {} ({}) as Microsoft Entra administrator: {}\n     {}",
            facts.login_username,
            facts.admin_object_id,
            line(&admin.call),
            compact_body(&admin.call)
        ));
    }
    let firewall_note = if changes.keeps_firewall_rule {
        "kept afterwards"
    } else {
        "removed afterwards"
    };
    steps.push(format!(
        "Run the SQL below on {} as {} (password: an oss-rdbms access token). If the server rejects this \
         machine, add a firewall rule svc_xxxxx for exactly the IP it reports ({firewall_note}).",
        facts.host, changes.login
    ));
    steps.push(connector_step(&changes.connector, shown.arm_base));
    let mut text = header();
    for (i, s) in steps.iter().enumerate() {
        text.push_str(&format!("  {}. {s}\n", i + 1));
    }
    text.push_str(&format!(
        "\nSQL script (create_ad_user.sql; each `-- database:` line names the database the statements after it run on):\n{}",
        changes.role_plan.script()
    ));
    if shown.script_runs_as_is {
        text.push_str(&format!(
            "\nTo run it yourself:\n  psql \"host={} user={} dbname={} port=5432 password=$(azconn token --resource-type oss-rdbms --query accessToken --output tsv) sslmode=require\" < create_ad_user.sql\n",
            facts.host, changes.login, shown.database
        ));
    }
    text
}

/// The dry run of a `--secret` connection: only the connector.
pub fn secret(connector: &ArmCall, arm_base: &str) -> String {
    let mut text = header();
    text.push_str(&format!("  1. {}\n", connector_step(connector, arm_base)));
    text.push_str("No database, administrator or firewall changes are made for --secret.\n");
    text
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::arm::lro::FinalState;
    use crate::arm::{ApiRequest, Method};
    use crate::auth::PrincipalKind;
    use crate::pg::{PrincipalType, RolePlan};

    const BASE: &str = "https://management.example";
    const SERVER: &str = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv";
    const CONNECTOR: &str = "/subscriptions/s/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/c";

    fn call(method: Method, path: &str, body: &Json) -> ArmCall {
        ArmCall {
            request: ApiRequest::new(method, format!("{BASE}{path}?api-version=v1"), None)
                .json(body),
            resource: path.to_owned(),
            final_state: FinalState::None,
        }
    }

    fn facts(existing_admin: Option<&str>) -> Facts {
        Facts {
            admin_object_id: "oid".into(),
            login_username: "alice@contoso.com".into(),
            login_kind: PrincipalKind::User,
            tenant_id: "tid".into(),
            existing_admin: existing_admin.map(str::to_owned),
            host: "srv.postgres.example".into(),
        }
    }

    fn changes(enable: bool, admin: bool, keeps_rule: bool) -> Changes {
        Changes {
            enable_entra: enable.then(|| {
                call(
                    Method::PATCH,
                    SERVER,
                    &json!({"properties": {"authConfig": {"activeDirectoryAuth": "Enabled", "passwordAuth": "Enabled", "tenantId": null}}}),
                )
            }),
            set_admin: admin.then(|| super::super::changes::AdminChange {
                call: call(
                    Method::PUT,
                    &format!("{SERVER}/administrators/oid"),
                    &json!({"properties": {"principalName": "alice@contoso.com"}}),
                ),
                warning: String::new(),
            }),
            login: "alice@contoso.com".into(),
            role_plan: RolePlan::flexible("aad_c", "demo", "oid", PrincipalType::User, false)
                .expect("role plan"),
            keeps_firewall_rule: keeps_rule,
            connector: call(
                Method::PUT,
                CONNECTOR,
                &json!({"properties": {"authInfo": {"authType": "servicePrincipalSecret", "secret": "TOPSECRET"}}}),
            ),
        }
    }

    /// What the dry run shows besides the changes: database `demo`, no change to the principal.
    fn shown(facts: &Facts, yes: bool, script_runs_as_is: bool) -> Shown<'_> {
        Shown {
            facts,
            yes,
            arm_base: BASE,
            database: "demo",
            script_runs_as_is,
            principal_change: None,
        }
    }

    #[test]
    fn every_change_is_shown_with_the_request_the_run_sends() {
        let facts = facts(None);
        let text = passwordless(&changes(true, true, false), &shown(&facts, false, false));
        let expected_head = format!(
            "Dry run: nothing was changed. `create` would:\n\
             \x20 1. Enable Microsoft Entra authentication (after asking; --yes skips the question): PATCH {BASE}{SERVER}?api-version=v1\n\
             \x20    {{\"properties\":{{\"authConfig\":{{\"activeDirectoryAuth\":\"Enabled\",\"passwordAuth\":\"Enabled\",\"tenantId\":null}}}}}}\n\
             \x20 2. Set alice@contoso.com (oid) as Microsoft Entra administrator: PUT {BASE}{SERVER}/administrators/oid?api-version=v1\n\
             \x20    {{\"properties\":{{\"principalName\":\"alice@contoso.com\"}}}}\n\
             \x20 3. Run the SQL below on srv.postgres.example as alice@contoso.com (password: an oss-rdbms access token). \
             If the server rejects this machine, add a firewall rule svc_xxxxx for exactly the IP it reports (removed afterwards).\n\
             \x20 4. Create the connector: PUT {CONNECTOR}?api-version=v1\n"
        );
        assert!(text.starts_with(&expected_head), "{text}");
        assert!(text.contains("\"secret\": \"<redacted>\""), "{text}");
        assert!(!text.contains("TOPSECRET"), "{text}");
        assert!(text.contains(
            "select * from pgaadauth_create_principal_with_oid('aad_c', 'oid', 'user', false, false);"
        ));
        assert!(!text.contains("To run it yourself"), "{text}");
    }

    #[test]
    fn only_what_is_missing_is_changed() {
        let facts = facts(Some("alice@contoso.com"));
        let text = passwordless(&changes(false, false, true), &shown(&facts, true, true));
        assert!(
            text.starts_with(
                "Dry run: nothing was changed. `create` would:\n  1. Run the SQL below on srv.postgres.example"
            ),
            "{text}"
        );
        assert!(text.contains("(kept afterwards).\n  2. Create the connector: PUT "));
        assert!(text.ends_with(
            "\nTo run it yourself:\n  psql \"host=srv.postgres.example user=alice@contoso.com dbname=demo port=5432 \
             password=$(azconn token --resource-type oss-rdbms --query accessToken --output tsv) sslmode=require\" \
             < create_ad_user.sql\n"
        ));
    }

    #[test]
    fn a_secret_connection_shows_only_its_connector() {
        let connector = call(
            Method::PUT,
            CONNECTOR,
            &json!({"properties": {"authInfo": {"authType": "secret", "name": "u",
                "secretInfo": {"secretType": "rawValue", "value": "TOPSECRET"}}}}),
        );
        let text = secret(&connector, BASE);
        assert_eq!(
            text,
            format!(
                "Dry run: nothing was changed. `create` would:\n  1. Create the connector: PUT {CONNECTOR}?api-version=v1\n\
                 \x20    {{\n       \"properties\": {{\n         \"authInfo\": {{\n           \"authType\": \"secret\",\n\
                 \x20          \"name\": \"u\",\n           \"secretInfo\": {{\n             \"secretType\": \"rawValue\",\n\
                 \x20            \"value\": \"<redacted>\"\n           }}\n         }}\n       }}\n     }}\n\
                 No database, administrator or firewall changes are made for --secret.\n"
            )
        );
    }
}
