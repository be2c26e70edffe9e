//! The emulator's shared state: seed, world, token issuer, knobs, request log and the PostgreSQL bridge.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;

use crate::database::Databases;
use crate::knobs::Knobs;
use crate::requestlog::RequestLog;
use crate::seed::Seed;
use crate::state::World;
use crate::tokens::TokenIssuer;

pub struct App {
    pub dir: PathBuf,
    /// `https://127.0.0.1:PORT` of the HTTPS port, for Location/Azure-AsyncOperation/nextLink URLs.
    pub base: String,
    /// `https://127.0.0.1:PORT` of Microsoft Graph's port (the cloud's `microsoft_graph_resource_id`).
    pub graph_base: String,
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
