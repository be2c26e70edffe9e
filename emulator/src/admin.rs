//! The admin port (plain HTTP, loopback only, never routed from the HTTPS port): knobs, request log, reset to the
//! seed, token rotation and expiry, shutdown. Documented in emulator/README.md.

use serde_json::{Value, json};

use crate::app::App;
use crate::http::{Req, Resp};
use crate::knobs::{Fault, Knobs, Latency, LroScript, PgFault};
use crate::state::World;
use crate::tokens::Clock;

/// A 200 with `v` as JSON.
fn ok_json(v: &impl serde::Serialize) -> Resp {
    Resp::json(200, &serde_json::to_value(v).unwrap_or(Value::Null))
}

fn bad(msg: impl Into<String>) -> Resp {
    let m: String = msg.into();
    Resp::json(400, &json!({"error": m}))
}

fn parse<T: serde::de::DeserializeOwned>(req: &Req) -> Result<T, Resp> {
    serde_json::from_slice(&req.body).map_err(|e| bad(format!("invalid JSON body: {e}")))
}

pub async fn route(app: &App, req: &Req) -> Resp {
    let segs: Vec<&str> = req.lower.iter().map(String::as_str).collect();
    match (req.method.as_str(), segs.as_slice()) {
        ("GET", ["health"]) => Resp::json(200, &json!({"status": "ok"})),
        ("GET", ["requests"]) => ok_json(&app.log.all()),
        ("DELETE", ["requests"]) => {
            app.log.clear();
            Resp::empty(204)
        }
        ("GET", ["connections"]) => ok_json(&app.log.connections()),
        ("DELETE", ["connections"]) => {
            app.log.clear_connections();
            Resp::empty(204)
        }
        ("GET", ["knobs"]) => {
            let mut knobs = app.knobs().clone();
            for f in &mut knobs.pg_faults {
                f.seen = app.db.pg_fault_seen(&f.handles);
            }
            ok_json(&knobs)
        }
        ("DELETE", ["knobs"]) => {
            let page = app.knobs().page_size;
            *app.knobs() = Knobs {
                page_size: page,
                ..Knobs::default()
            };
            // Without PostgreSQL there is no router and nothing to clear.
            let _ = app.db.set_source_ips(&[]);
            let _ = app.db.set_pg_latency(0);
            clear_pg_faults(app)
        }
        ("POST", ["knobs", "pg-faults"]) => match parse::<PgFault>(req) {
            Ok(mut f) => {
                f.seen = 0;
                // Under the knobs lock, so concurrent additions keep their order.
                let mut knobs = app.knobs();
                match app.db.add_pg_fault(&f) {
                    Ok(handles) => {
                        f.handles = handles;
                        knobs.pg_faults.push(f);
                        Resp::empty(204)
                    }
                    Err(e) => bad(e),
                }
            }
            Err(r) => r,
        },
        ("DELETE", ["knobs", "pg-faults"]) => clear_pg_faults(app),
        ("PUT", ["knobs", "latency"]) => match parse::<Latency>(req) {
            Ok(l) => {
                app.knobs().latency = l;
                Resp::empty(204)
            }
            Err(r) => r,
        },
        ("POST", ["knobs", "faults"]) => match parse::<Fault>(req) {
            Ok(mut f) => {
                f.seen = 0;
                app.knobs().faults.push(f);
                Resp::empty(204)
            }
            Err(r) => r,
        },
        ("DELETE", ["knobs", "faults"]) => {
            app.knobs().faults.clear();
            Resp::empty(204)
        }
        ("POST", ["knobs", "lro"]) => match parse::<LroScript>(req) {
            Ok(s) if ["Succeeded", "Failed", "Canceled"].contains(&s.result.as_str()) => {
                app.knobs().lro.push(s);
                Resp::empty(204)
            }
            Ok(_) => bad("result must be Succeeded, Failed or Canceled"),
            Err(r) => r,
        },
        ("DELETE", ["knobs", "lro"]) => {
            app.knobs().lro.clear();
            Resp::empty(204)
        }
        ("PUT", ["knobs", "pg-source-ips"]) => match parse::<Value>(req) {
            Ok(v) => {
                let ips: Option<Vec<std::net::Ipv4Addr>> = v["ips"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|i| i.as_str()?.parse().ok()).collect());
                match ips {
                    Some(ips) if ips.len() == v["ips"].as_array().map_or(0, Vec::len) => {
                        match app.db.set_source_ips(&ips) {
                            Ok(()) => Resp::empty(204),
                            Err(e) => bad(e.to_string()),
                        }
                    }
                    _ => bad("expected {\"ips\": [\"127.0.0.2\", ...]}"),
                }
            }
            Err(r) => r,
        },
        ("PUT", ["knobs", "pg-latency"]) => match parse::<Value>(req) {
            Ok(v) => match v["ms"].as_u64() {
                Some(ms) => {
                    // Under the knobs lock, so `GET /knobs` and the router agree.
                    let mut knobs = app.knobs();
                    match app.db.set_pg_latency(ms) {
                        Ok(()) => {
                            knobs.pg_latency_ms = ms;
                            Resp::empty(204)
                        }
                        Err(e) => bad(e.to_string()),
                    }
                }
                None => bad("expected {\"ms\": N} (a non-negative integer)"),
            },
            Err(r) => r,
        },
        ("PUT", ["knobs", "page-size"]) => match parse::<Value>(req) {
            Ok(v) => match v["pageSize"].as_u64().filter(|n| *n > 0) {
                Some(n) => {
                    app.knobs().page_size = usize::try_from(n).unwrap_or(usize::MAX);
                    Resp::empty(204)
                }
                None => bad("pageSize must be a positive integer"),
            },
            Err(r) => r,
        },
        ("PUT", ["knobs", "token-lifetime"]) => match parse::<Value>(req) {
            Ok(v) => match v["seconds"]
                .as_i64()
                .filter(|n| (1..=crate::tokens::LONGEST_LIFETIME).contains(n))
            {
                Some(n) => match app.issuer.set_lifetime(n) {
                    Ok(clock) => clock_answer(clock),
                    Err(e) => Resp::json(500, &json!({"error": e.to_string()})),
                },
                None => bad(format!(
                    "seconds must be an integer from 1 to {}",
                    crate::tokens::LONGEST_LIFETIME
                )),
            },
            Err(r) => r,
        },
        ("POST", ["reset"]) => reset(app).await,
        ("POST", ["rotate-tokens"]) => match new_generation(app, false) {
            Ok(clock) => clock_answer(clock),
            Err(r) => r,
        },
        ("POST", ["expire-tokens"]) => match new_generation(app, true) {
            Ok(clock) => clock_answer(clock),
            Err(r) => r,
        },
        ("GET", ["state"]) => state(app),
        ("POST", ["kubernetes", "token"]) => match parse::<Value>(req) {
            Ok(v) => crate::arm::managed_clusters::service_account_token(app, &v),
            Err(r) => r,
        },
        ("GET", ["refresh-token"]) => {
            let Some(user) = req.query("user").and_then(|u| app.seed.user_by_name(u)) else {
                return bad("unknown or missing ?user=");
            };
            match app
                .issuer
                .refresh_token(&user.object_id, &app.seed.tenant.id)
            {
                Ok(t) => Resp::json(200, &json!({"refreshToken": t})),
                Err(e) => Resp::json(500, &json!({"error": e.to_string()})),
            }
        }
        ("POST", ["revoke-refresh-tokens"]) => Resp::json(
            200,
            &json!({"validFromMs": app.issuer.revoke_refresh_tokens()}),
        ),
        ("POST", ["shutdown"]) => {
            app.shutdown.notify_one();
            Resp::empty(202)
        }
        _ => Resp::json(
            404,
            &json!({"error": format!("no admin route {} {}", req.method, req.path)}),
        ),
    }
}

fn clear_pg_faults(app: &App) -> Resp {
    app.knobs().pg_faults.clear();
    match app.db.clear_pg_faults() {
        Ok(()) => Resp::empty(204),
        Err(e) => Resp::json(500, &json!({"error": e})),
    }
}

/// Rebuilds the world from the seed and brings PostgreSQL back in line (admins, firewall); PostgreSQL faults
/// are removed, and az's token cache is the seeded sign-in's again (tokens of the current generation: an
/// earlier expiry knob must not leave az signed in with revoked tokens).
async fn reset(app: &App) -> Resp {
    if let Err(e) = app.db.clear_pg_faults() {
        return Resp::json(500, &json!({"error": e}));
    }
    app.knobs().pg_faults.clear();
    let (old, new) = {
        let mut w = app.world();
        let old = w.clone();
        *w = World::from_seed(&app.seed);
        (old, w.clone())
    };
    for (before, after) in old.servers.iter().zip(new.servers.iter()) {
        for a in before.admins.iter().filter(|a| {
            !after
                .admins
                .iter()
                .any(|b| b.principal_name == a.principal_name)
        }) {
            if let Err(e) = app.db.remove_admin(after, &a.principal_name).await {
                return Resp::json(500, &json!({"error": e}));
            }
        }
        for a in &after.admins {
            if let Err(r) = crate::arm::sync::apply_admin(app, after, a).await {
                return r;
            }
        }
        if let Err(r) = crate::arm::sync::apply_firewall(app, after).await {
            return r;
        }
    }
    if let Err(e) = crate::msal::write_az_token_cache(app) {
        return Resp::json(500, &json!({"error": e.to_string()}));
    }
    Resp::empty(204)
}

/// Starts a new token generation. `expire_earlier`: every access token issued so far also becomes expired for
/// ARM, Graph and PostgreSQL (the expiry knob); otherwise they stay valid until their `exp` (rotation).
pub fn new_generation(app: &App, expire_earlier: bool) -> Result<Clock, Resp> {
    let issued = if expire_earlier {
        app.issuer.expire_all()
    } else {
        app.issuer.rotate()
    };
    issued.map_err(|e| Resp::json(500, &json!({"error": e.to_string()})))
}

fn clock_answer(clock: Clock) -> Resp {
    Resp::json(
        200,
        &json!({"generation": clock.generation, "iat": clock.iat, "exp": clock.exp, "lifetime": clock.lifetime}),
    )
}

fn state(app: &App) -> Resp {
    let kubernetes = crate::arm::managed_clusters::state(app);
    let w = app.world();
    let servers: Vec<Value> = w
        .servers
        .iter()
        .map(|s| {
            json!({
                "kind": s.kind, "name": s.name, "resourceGroup": s.rg, "location": s.location,
                "entraAuth": s.entra_auth, "passwordAuth": s.password_auth, "publicNetworkAccess": s.public_access,
                "admins": s.admins.iter().map(|a| json!({"principalName": a.principal_name, "objectId": a.object_id, "principalType": a.principal_type})).collect::<Vec<_>>(),
                "firewallRules": s.firewall.iter().map(|r| json!({"name": r.name, "startIpAddress": r.start_ip, "endIpAddress": r.end_ip})).collect::<Vec<_>>(),
                "databases": s.databases
            })
        })
        .collect();
    let connectors: Vec<String> = w
        .connectors
        .values()
        .map(crate::state::Connector::id)
        .collect();
    let linkers: Vec<String> = w.linkers.values().map(crate::arm::Linker::id).collect();
    let federated: Vec<Value> = w
        .federated
        .values()
        .map(crate::arm::federated::FederatedCredential::body)
        .collect();
    Resp::json(
        200,
        &json!({"servers": servers, "connectors": connectors, "linkers": linkers, "kubernetes": kubernetes,
            "federatedIdentityCredentials": federated, "tokenClock": app.issuer.clock()}),
    )
}
