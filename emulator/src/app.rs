//! The emulator's shared state (seed, world, token issuer, knobs, request log, PostgreSQL bridge) and the
//! top-level dispatch of the HTTPS port to Entra, Graph, managed identity and ARM.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;

use serde_json::{Value, json};

use crate::database::Databases;
use crate::http::{Req, RequestLog, Resp};
use crate::knobs::Knobs;
use crate::seed::Seed;
use crate::state::World;
use crate::tokens::TokenIssuer;

pub struct App {
    pub dir: PathBuf,
    /// `https://127.0.0.1:PORT` of the HTTPS port, for Location/Azure-AsyncOperation/nextLink URLs.
    pub base: String,
    pub seed: Seed,
    pub world: Mutex<World>,
    pub issuer: TokenIssuer,
    pub knobs: Mutex<Knobs>,
    pub log: RequestLog,
    pub db: Databases,
    /// The managed identity endpoint's `X-IDENTITY-HEADER` secret.
    pub identity_header: String,
    pub op_seq: AtomicU64,
    /// Notified by the admin port's `POST /shutdown`.
    pub shutdown: tokio::sync::Notify,
}

impl App {
    pub fn world(&self) -> std::sync::MutexGuard<'_, World> {
        self.world
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
    pub fn knobs(&self) -> std::sync::MutexGuard<'_, Knobs> {
        self.knobs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Dispatches a request of the HTTPS port.
pub async fn route(app: &App, req: &Req) -> Resp {
    let first = req.lower.first().map(String::as_str).unwrap_or("");
    match first {
        "v1.0" => crate::graph::route(app, req),
        "msi" => crate::entra::managed_identity(app, req),
        "subscriptions" | "tenants" | "providers" => crate::arm::route(app, req).await,
        _ if req.lower.get(1).is_some_and(|s| {
            ["oauth2", "v2.0", "discovery", "userrealm"].contains(&s.as_str())
        }) =>
        {
            crate::entra::route(app, req)
        }
        _ => Resp::json(
            404,
            &json!({"error": {"code": "NotFound", "message": format!("No route for {} {}", req.method, req.path)}}),
        ),
    }
}

/// A random GUID in the usual 8-4-4-4-12 form.
pub fn guid() -> String {
    let mut b = [0u8; 16];
    if openssl::rand::rand_bytes(&mut b).is_err() {
        // Only uniqueness matters here; fall back to the clock.
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        b = n.to_le_bytes();
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Now as ARM writes timestamps: `2024-05-01T10:00:00.1234567Z`.
pub fn now_iso() -> String {
    let f = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:7]Z"
    );
    time::OffsetDateTime::now_utc()
        .format(&f)
        .unwrap_or_default()
}

/// ARM's error envelope.
pub fn arm_error(status: u16, code: &str, message: impl Into<String>) -> Resp {
    let message: String = message.into();
    Resp::json(
        status,
        &json!({"error": {"code": code, "message": message}}),
    )
    .with("x-ms-failure-cause", "gateway")
}

/// Removes `null` members of objects, recursively (GET answers omit unset properties).
pub fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}
