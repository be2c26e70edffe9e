//! The one entry point for tokens: picks the credential source (`--auth-source`), serves tokens from the
//! in-process memo and the on-disk cache, fetches missing ones, and lets independent tokens be fetched
//! concurrently (`get_tokens`), while the same token is fetched only once per process.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::cache::{self, TokenCache};
use super::source::{self, Attempt, AuthSource, Concrete, FetchContext};
use super::transport::ReqwestTransport;
use super::{AccessToken, AuthError};
use crate::output::log;
use crate::settings::{Settings, Subscription};

/// What token is wanted.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    /// The scope, e.g. `https://ossrdbms-aad.database.windows.net/.default`.
    pub scope: String,
    /// An explicit tenant (`--tenant`); otherwise the subscription's or the source's default.
    pub tenant: Option<String>,
    /// The subscription the token is for (az login: lets az pick that subscription's account and tenant).
    pub subscription: Option<Subscription>,
}

impl TokenRequest {
    /// A request for a scope in the context of a subscription.
    pub fn new(scope: impl Into<String>, subscription: Option<&Subscription>) -> Self {
        TokenRequest {
            scope: scope.into(),
            tenant: None,
            subscription: subscription.cloned(),
        }
    }
}

/// Gets tokens; cheap to share by reference across concurrent tasks.
pub struct TokenProvider {
    source: AuthSource,
    ctx: FetchContext,
    cache: Option<TokenCache>,
    memo: Mutex<HashMap<String, AccessToken>>,
    key_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl std::fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenProvider")
            .field("source", &self.source)
            .field("ctx", &self.ctx)
            .finish_non_exhaustive()
    }
}

impl TokenProvider {
    /// A provider for the settings' cloud, using the process-wide HTTP client for identity requests.
    /// `cache` false turns the on-disk cache off (the in-process memo stays).
    pub fn new(
        settings: &Settings,
        source: AuthSource,
        client: reqwest::Client,
        cache: bool,
    ) -> Self {
        let ctx = FetchContext {
            env: settings.env.clone(),
            cloud: settings.cloud.clone(),
            transport: Arc::new(ReqwestTransport::new(client)),
            executor: Arc::new(source::TokioExecutor),
        };
        TokenProvider {
            source,
            ctx,
            cache: cache.then(|| TokenCache::new(settings.azconn_dir())),
            memo: Mutex::new(HashMap::new()),
            key_locks: Mutex::new(HashMap::new()),
        }
    }

    /// The selected source.
    pub fn source(&self) -> AuthSource {
        self.source
    }

    fn key_for(&self, source: Concrete, req: &TokenRequest) -> String {
        let sub = req.subscription.as_ref();
        let cli_user = sub.and_then(|s| s.user.as_ref()).map(|u| u.name.as_str());
        let tenant = req
            .tenant
            .clone()
            .or_else(|| match source {
                Concrete::Cli => sub.and_then(|s| s.tenant_id.clone()),
                _ => self.ctx.env.non_empty("AZURE_TENANT_ID").map(str::to_owned),
            })
            .unwrap_or_default();
        let identity = format!(
            "{}:{}",
            source.key(),
            self.ctx.identity_key(source, cli_user)
        );
        TokenCache::key(&self.ctx.cloud.name, &tenant, &identity, &req.scope)
    }

    fn cached(&self, key: &str) -> Option<AccessToken> {
        let now = cache::now_unix();
        if let Ok(memo) = self.memo.lock()
            && let Some(t) = memo.get(key)
            && t.expires_on - cache::EXPIRY_MARGIN_SECS > now
        {
            return Some(t.clone());
        }
        let t = self.cache.as_ref()?.get(key, now)?;
        if let Ok(mut memo) = self.memo.lock() {
            memo.insert(key.to_owned(), t.clone());
        }
        Some(t)
    }

    fn key_lock(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        match self.key_locks.lock() {
            Ok(mut m) => m.entry(key.to_owned()).or_default().clone(),
            Err(_) => Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// A token for the request: memo → disk cache → the first source that gives one.
    pub async fn get_token(&self, req: &TokenRequest) -> Result<AccessToken, AuthError> {
        let explicit = self.source != AuthSource::Auto;
        let candidates: Vec<Concrete> = self.source.candidates().to_vec();
        // First pass: any configured source with a cached token wins, so a warm run spawns no `az`.
        for &c in &candidates {
            if self.ctx.configured(c, explicit).is_ok()
                && let Some(t) = self.cached(&self.key_for(c, req))
            {
                log::debug(&format!(
                    "token for {} from cache ({})",
                    req.scope,
                    c.label()
                ));
                return Ok(t);
            }
        }
        let mut attempts: Vec<Attempt> = Vec::new();
        for &c in &candidates {
            let key = self.key_for(c, req);
            let lock = self.key_lock(&key);
            let _guard = lock.lock().await;
            if let Some(t) = self.cached(&key) {
                return Ok(t);
            }
            log::info(&format!(
                "Getting a token for {} from {}",
                req.scope,
                c.label()
            ));
            let subscription = req.subscription.as_ref().map(|s| s.id.as_str());
            match self
                .ctx
                .fetch(c, explicit, &req.scope, req.tenant.as_deref(), subscription)
                .await
            {
                Ok(token) => {
                    if let Ok(mut memo) = self.memo.lock() {
                        memo.insert(key.clone(), token.clone());
                    }
                    if let Some(cache) = &self.cache {
                        cache.put(&key, &token, cache::now_unix());
                    }
                    return Ok(token);
                }
                Err(attempt) => {
                    log::debug(&format!("{}: {}", attempt.source, attempt.reason));
                    attempts.push(attempt);
                }
            }
        }
        if explicit && let [only] = attempts.as_slice() {
            return Err(AuthError::Source {
                source_name: only.source,
                message: only.reason.clone(),
                fix: only.fix.clone(),
            });
        }
        Err(AuthError::NothingWorked {
            scope: req.scope.clone(),
            attempts,
        })
    }

    /// Several independent tokens at once (e.g. ARM and Graph before a create), fetched concurrently.
    pub async fn get_tokens(&self, reqs: &[TokenRequest]) -> Vec<Result<AccessToken, AuthError>> {
        futures::future::join_all(reqs.iter().map(|r| self.get_token(r))).await
    }
}
