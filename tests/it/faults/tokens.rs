//! The token family of the fault matrix: tokens that expire between the steps of `create postgres-flexible` and
//! `create postgres`, for a service principal and for a user account (signed in through az, the emulator's
//! stand-in), and token endpoint failures seen through az.
//!
//! Expiry uses the emulator's `expireTokens` fault: the matching request is answered, then every token issued so
//! far expires (ARM answers 401 `ExpiredAuthenticationToken`, Graph 401 `InvalidAuthenticationToken`, PostgreSQL
//! refuses the old token as the admin's password). azconn drops the refused token, fetches a new one and goes on:
//! transient. Expiring before every request (a freshly fetched token is refused too) is permanent. A token
//! endpoint failure makes az fail: azconn runs az once more unless Entra judged the sign-in (an `AADSTS` code),
//! so a single failure passes, while a lasting one ends the run with az's message and the step it was needed
//! for, nothing changed. A user's firewall rule is kept and named, as az does (the harness checks it).

use serde_json::{Value, json};

use super::{Case, Expect, Kind, Matrix, Principal, RoleAfter, route_fault};

const TOKEN_PATH: &str = "/*/oauth2/v2.0/token";
/// The `error_description` of the injected `invalid_grant` answer (what az prints when its refresh token is
/// no longer accepted).
const AADSTS: &str = "AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.";
/// The az stand-in's message for a token endpoint error without a description.
const AZ_FAILED: &str = "token request failed";

/// A step after which the tokens expire: its name in the table and the route of its request.
struct Step {
    name: &'static str,
    method: &'static str,
    path: String,
}

fn expiry_steps(kind: Kind) -> Vec<Step> {
    let srv = format!(
        "/subscriptions/*/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/{}/*",
        kind.provider()
    );
    let step = |name, method, path: String| Step { name, method, path };
    let mut v = vec![
        step("token request", "POST", TOKEN_PATH.to_owned()),
        step("GET server", "GET", srv.clone()),
        step("GET administrators", "GET", format!("{srv}/administrators")),
        step("GET database", "GET", format!("{srv}/databases/*")),
    ];
    if kind == Kind::Flexible {
        v.push(step("PATCH server (Entra auth)", "PATCH", srv.clone()));
    }
    v.extend([
        step(
            "PUT administrator",
            "PUT",
            format!("{srv}/administrators/*"),
        ),
        step(
            "PUT firewall rule (then the PostgreSQL connect)",
            "PUT",
            format!("{srv}/firewallRules/*"),
        ),
        step(
            "PUT connector (then its poll)",
            "PUT",
            "/**/connectors/*".to_owned(),
        ),
    ]);
    v
}

/// Whether a run shows an expiry fault that fired and was dealt with: the fault is logged, and either ARM or
/// Graph refused a token (401) or PostgreSQL refused the token as the password and azconn fetched another.
fn expiry_seen(requests: &[Value], stderr: &str) -> bool {
    requests.iter().any(|q| q["fault"] == "expireTokens")
        && (requests.iter().any(|q| q["status"] == 401)
            || stderr.contains("PostgreSQL refused the access token as the password"))
}

// A method path is not general enough over the borrow's lifetime where a closure is.

#[allow(clippy::redundant_closure_for_method_calls)]
fn family(kind: Kind) {
    let mut m = Matrix::start();
    for principal in [Principal::ServicePrincipal, Principal::User] {
        // Transient: the tokens expire right after one step; the next request (or the PostgreSQL connect) gets
        // a new token and the run succeeds.
        for s in expiry_steps(kind) {
            let case = Case::new(
                kind,
                format!("expiry after {}", s.name),
                "all tokens expire",
                Expect::Succeeds,
            )
            .run_as(principal);
            m.case(
                &case,
                |c| {
                    c.admin.fault(&route_fault(
                        s.method,
                        &s.path,
                        &json!({"action": "expireTokens"}),
                    ));
                },
                |o| expiry_seen(o.requests, &o.run.stderr),
            );
        }
        // Permanent: every request expires all tokens before it is answered, so even a new token is refused.
        // The first lookup az reports fails; for a service principal that is the Graph lookup, worded by az's
        // `ad sp show` wrapper.
        let step = match principal {
            Principal::ServicePrincipal => None,
            Principal::User => Some("reading the resource group"),
        };
        let case = Case::new(
            kind,
            "every request",
            "token expired before each answer (a new one too)",
            Expect::fails(step, RoleAfter::Absent),
        )
        .run_as(principal);
        m.case(
            &case,
            |c| {
                c.admin.fault(&json!({
                    "path": "/**", "action": "expireTokens", "when": "before", "times": 1000
                }));
            },
            |o| {
                let refused = o.requests.iter().filter(|q| q["status"] == 401).count();
                let wording = match principal {
                    Principal::ServicePrincipal => "command is: az ad sp show",
                    Principal::User => "(ExpiredAuthenticationToken)",
                };
                // At least the first answer and the one with the new token were refused.
                refused >= 2 && o.run.stderr.contains(wording)
            },
        );
    }

    // A user account's tokens come from az: when the token endpoint fails, az fails with its message; azconn
    // runs az once more (not after an Entra verdict), and a lasting failure ends the run before anything changed.
    // az's cache still holds a fresh ARM token, so the lookups pass and the first token az must fetch is
    // PostgreSQL's: the error is az's `get-access-token --resource-type oss-rdbms` failure, which names the step.
    let through_az: [(&str, Value, &'static str); 2] = [
        (
            "500 always",
            json!({"action": "status", "status": 500, "times": 1000}),
            AZ_FAILED,
        ),
        (
            "invalid_grant (AADSTS70043) always",
            json!({"action": "status", "status": 400, "times": 1000,
                   "body": {"error": "invalid_grant", "error_description": AADSTS}}),
            AADSTS,
        ),
    ];
    for (label, action, az_message) in through_az {
        let case = Case::new(
            kind,
            "token request through az",
            label,
            Expect::fails(None, RoleAfter::Absent),
        )
        .run_as(Principal::User);
        m.case(
            &case,
            |c| c.admin.fault(&route_fault("POST", TOKEN_PATH, &action)),
            |o| {
                let named = o
                    .run
                    .stderr
                    .contains("command is: az account get-access-token --resource-type oss-rdbms");
                o.any_fault_logged() && o.run.stderr.contains(az_message) && named
            },
        );
    }
    // A single failure of az's token request (whichever token it hits, ARM or oss-rdbms): az runs again.
    for (label, action) in [
        ("503 once", json!({"action": "status", "status": 503})),
        ("500 once", json!({"action": "status", "status": 500})),
    ] {
        let case = Case::new(kind, "token request through az", label, Expect::Succeeds)
            .run_as(Principal::User);
        m.case(
            &case,
            |c| c.admin.fault(&route_fault("POST", TOKEN_PATH, &action)),
            |o| o.any_fault_logged(),
        );
    }
    let title = format!(
        "Token faults, create {} (service principal and user account)",
        kind.verb()
    );
    m.finish(&format!("tokens-{}", kind.label()), &title, true);
}

per_server_kind!(
    create_postgres_flexible_survives_expired_tokens_and_fails_cleanly_without_one,
    create_postgres_survives_expired_tokens_and_fails_cleanly_without_one
);
