//! What every request of the HTTPS port goes through before and after its route: the latency and fault knobs,
//! the request log and the `x-ms-request-id` header; and the admin port's handler.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::app::App;
use crate::http::{Conn, Handler, Req, Resp};
use crate::knobs::{ExpireWhen, FaultAction};
use crate::requestlog::{ConnectionEntry, LogEntry};

/// The HTTPS port (Entra, ARM, Graph, managed identity).
pub struct Https(pub Arc<App>);

/// Microsoft Graph's own HTTPS port (the cloud's `microsoft_graph_resource_id`), so a URL tells ARM and Graph apart
/// as it does in Azure.
pub struct GraphPort(pub Arc<App>);

/// The plain-HTTP admin port (knobs, request log).
pub struct Admin(pub Arc<App>);

fn unix_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

fn log_connection(app: &App, conn: &Conn) {
    app.log.push_connection(ConnectionEntry {
        connection: conn.id,
        client: conn.peer.to_string(),
        start_ms: unix_ms(),
        protocol: conn.protocol.clone(),
    });
}

impl Handler for Https {
    fn connected(&self, conn: &Conn) {
        log_connection(&self.0, conn);
    }

    async fn handle(&self, conn: &Conn, req: Req) -> Option<Resp> {
        pipeline(&self.0, conn, req, Surface::Main).await
    }
}

impl Handler for GraphPort {
    fn connected(&self, conn: &Conn) {
        log_connection(&self.0, conn);
    }

    async fn handle(&self, conn: &Conn, req: Req) -> Option<Resp> {
        pipeline(&self.0, conn, req, Surface::Graph).await
    }
}

/// Which routes a port serves.
#[derive(Clone, Copy)]
enum Surface {
    Main,
    Graph,
}

async fn route(app: &App, req: &Req, surface: Surface) -> Resp {
    match surface {
        Surface::Main => crate::router::route(app, req).await,
        Surface::Graph => crate::router::route_graph(app, req),
    }
}

/// Latency and fault knobs, the route, the request log.
async fn pipeline(app: &App, conn: &Conn, req: Req, surface: Surface) -> Option<Resp> {
    let started = Instant::now();
    let start_ms = unix_ms();
    let (latency, fault) = {
        let mut k = app.knobs();
        (
            k.latency_ms(&req.method, &req.path),
            k.take_fault(&req.method, &req.path),
        )
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    // The bearer token's claims when the emulator signed it (expired or not): its session, for the log and CAE.
    let presented = req.bearer().and_then(|t| app.issuer.decode(t).ok());
    let mut entry = LogEntry {
        seq: 0,
        method: req.method.clone(),
        path: req.path.clone(),
        api_version: req.query("api-version").map(str::to_string),
        status: 0,
        start_ms,
        elapsed_ms: 0,
        connection: conn.id,
        client: conn.peer.to_string(),
        user_agent: req.header("user-agent").map(str::to_string),
        fault: None,
        caller: presented
            .as_ref()
            .and_then(|claims| claims["oid"].as_str().map(str::to_string)),
    };
    let resp = match fault {
        Some(FaultAction::Reset) => {
            entry.fault = Some("reset".into());
            entry.elapsed_ms = started.elapsed().as_millis();
            app.log.push(entry);
            return None;
        }
        Some(FaultAction::Status {
            status,
            retry_after,
            body,
        }) => {
            entry.fault = Some("status".into());
            let mut r = match body {
                Some(b) => Resp::json(status, &b),
                None => Resp::empty(status),
            };
            if let Some(s) = retry_after {
                r = r.with("Retry-After", s.to_string());
            }
            r
        }
        Some(FaultAction::Stall { ms }) => {
            // Logged as the stall begins (status 0), so a test can act while the client waits; the answer,
            // if the client is still there, is logged again as `stalled`.
            let mut begun = entry.clone();
            begun.fault = Some("stall".into());
            app.log.push(begun);
            entry.fault = Some("stalled".into());
            tokio::time::sleep(Duration::from_millis(ms)).await;
            route(app, &req, surface).await
        }
        Some(FaultAction::ExpireTokens { when }) => {
            entry.fault = Some("expireTokens".into());
            expire_around(app, &req, when, surface).await
        }
        Some(FaultAction::ClaimsChallenge { claims }) => {
            entry.fault = Some("claimsChallenge".into());
            let claims = claims.unwrap_or_else(|| crate::cae::revocation(presented.as_ref()));
            if let Some(oid) = &entry.caller {
                crate::cae::record(app, oid, &claims);
            }
            crate::arm::auth::claims_challenge(&claims)
        }
        None => route(app, &req, surface).await,
    };
    entry.status = resp.status;
    entry.elapsed_ms = started.elapsed().as_millis();
    app.log.push(entry);
    Some(resp.with("x-ms-request-id", format!("{}-{start_ms}", conn.id)))
}

/// Answers `req` with every token issued so far expired before (`Before`) or after (`After`) it; the expiry is
/// complete before the answer leaves, so the client's next request already sees it.
async fn expire_around(app: &App, req: &Req, when: ExpireWhen, surface: Surface) -> Resp {
    if when == ExpireWhen::Before
        && let Err(failed) = crate::admin::new_generation(app, true)
    {
        return failed;
    }
    let answer = route(app, req, surface).await;
    if when == ExpireWhen::After
        && let Err(failed) = crate::admin::new_generation(app, true)
    {
        return failed;
    }
    answer
}

impl Handler for Admin {
    async fn handle(&self, _conn: &Conn, req: Req) -> Option<Resp> {
        Some(crate::admin::route(&self.0, &req).await)
    }
}
