//! The one entry point for tokens: picks the credential source (`--auth-source`, else the first available one
//! by the same checks whether the cache is warm or cold), serves that source's tokens from the in-process memo
//! and the on-disk cache, fetches missing ones, and lets independent tokens be fetched concurrently
//! (`get_tokens`), while the same token is fetched only once per process.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::az_cli;
use super::az_session::AzFiles;
use super::cache::{self, TokenCache};
use super::fetch::FetchContext;
use super::source::{Attempt, AuthSource, Concrete};
use super::transport::ReqwestTransport;
use super::{AccessToken, AuthError, Secret};
use crate::http::LazyClient;
use crate::output::log;
use crate::settings::{Settings, Subscription};

/// How long completion waits for az's token cache lock (its budget is short).
const COMPLETION_LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(100);

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
    /// The source this run acts through, or why none is available (each source skipped, with its reason).
    chosen: Result<Concrete, Vec<Attempt>>,
    ctx: FetchContext,
    cache: Option<TokenCache>,
    memo: Mutex<HashMap<String, AccessToken>>,
    /// Tokens a service refused this run: never handed out again (az's cache may still hold them).
    refused: Mutex<Vec<Secret>>,
    key_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl std::fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenProvider")
            .field("source", &self.source)
            .field("chosen", &self.chosen.as_ref().ok())
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
        client: impl Into<LazyClient>,
        cache: bool,
    ) -> Self {
        let client: LazyClient = client.into();
        let ctx = FetchContext {
            env: settings.env.clone(),
            cloud: settings.cloud.clone(),
            transport: Arc::new(ReqwestTransport::new(client.clone())),
            client,
            executor: Arc::new(az_cli::TokioExecutor),
            az_files: AzFiles::new(settings),
            az_on_path: az_cli::on_path(&settings.env, "az"),
            az_signed_in: !settings.profile.subscriptions.is_empty(),
        };
        TokenProvider {
            source,
            chosen: choose(source, &ctx),
            ctx,
            cache: cache.then(|| TokenCache::new(settings.azconn_dir())),
            memo: Mutex::new(HashMap::new()),
            refused: Mutex::new(Vec::new()),
            key_locks: Mutex::new(HashMap::new()),
        }
    }

    /// The selected source.
    pub fn source(&self) -> AuthSource {
        self.source
    }

    /// The label of the source this run acts through (`None`: no source is available).
    pub fn chosen_label(&self) -> Option<&'static str> {
        self.chosen.as_ref().ok().map(|c| c.label())
    }

    /// The labels of the sources that are available here (configured, and for the az login: `az` on `PATH` and
    /// signed in), in the order `auto` considers them.
    pub fn sources_found(&self) -> Vec<&'static str> {
        AuthSource::Auto
            .candidates()
            .iter()
            .filter(|c| self.ctx.available(**c, false).is_ok())
            .map(|c| c.label())
            .collect()
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

    /// A fresh token from the memo or the disk cache. Nothing is served for the az login once az's profile has no
    /// signed-in account (`az logout`, `az account clear`): its tokens are az's session's.
    fn cached(&self, source: Concrete, key: &str) -> Option<AccessToken> {
        if source == Concrete::Cli && !self.ctx.az_signed_in {
            return None;
        }
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

    /// A token from the in-process memo, the on-disk cache or (the az login) an access token in az's token cache
    /// only: never runs a credential source or sends a request (shell completion must not start `az` or wait for
    /// Entra). `None` when nothing fresh is cached.
    pub fn cached_token(&self, req: &TokenRequest) -> Option<AccessToken> {
        let chosen = *self.chosen.as_ref().ok()?;
        let key = self.key_for(chosen, req);
        if let Some(t) = self.cached(chosen, &key) {
            return Some(t);
        }
        if chosen != Concrete::Cli {
            return None;
        }
        let session = self
            .ctx
            .az_files
            .session(
                req.subscription.as_ref(),
                req.tenant.as_deref(),
                COMPLETION_LOCK_WAIT,
            )
            .ok()?;
        let t = session.access_token(&req.scope, cache::now_unix(), &[])?;
        if let Ok(mut memo) = self.memo.lock() {
            memo.insert(key, t.clone());
        }
        Some(t)
    }

    /// The chosen source, or the error that says why there is none.
    fn chosen(&self, scope: &str) -> Result<Concrete, AuthError> {
        match &self.chosen {
            Ok(c) => Ok(*c),
            Err(attempts) => match attempts.as_slice() {
                [only] if self.source != AuthSource::Auto => Err(source_error(only)),
                _ => Err(AuthError::NothingWorked {
                    scope: scope.to_owned(),
                    attempts: attempts.clone(),
                }),
            },
        }
    }

    /// A token for the request from the chosen source: memo → disk cache → the source itself.
    pub async fn get_token(&self, req: &TokenRequest) -> Result<AccessToken, AuthError> {
        let c = self.chosen(&req.scope)?;
        let key = self.key_for(c, req);
        if let Some(t) = self.cached(c, &key) {
            log::debug(&format!(
                "token for {} from cache ({})",
                req.scope,
                c.label()
            ));
            return Ok(t);
        }
        let lock = self.key_lock(&key);
        let _guard = lock.lock().await;
        if let Some(t) = self.cached(c, &key) {
            return Ok(t);
        }
        log::info(&format!(
            "Getting a token for {} from {}",
            req.scope,
            c.label()
        ));
        let explicit = self.source != AuthSource::Auto;
        let refused = self.refused.lock().map(|r| r.clone()).unwrap_or_default();
        match self
            .ctx
            .fetch(
                c,
                explicit,
                &req.scope,
                req.tenant.as_deref(),
                req.subscription.as_ref(),
                &refused,
            )
            .await
        {
            Ok(token) => {
                if let Ok(mut memo) = self.memo.lock() {
                    memo.insert(key.clone(), token.clone());
                }
                if let Some(cache) = &self.cache {
                    cache.put(&key, &token, cache::now_unix());
                }
                Ok(token)
            }
            Err(attempt) => {
                log::debug(&format!("{}: {}", attempt.source, attempt.reason));
                Err(source_error(&attempt))
            }
        }
    }

    /// A new token in place of `stale`, which a service refused (expired or invalid): `stale` is dropped from
    /// the in-process memo and the on-disk cache, then a token is fetched from the source. Each fetch builds a
    /// new azure_identity credential (`FetchContext::fetch`), so no credential-level token cache hands the
    /// refused token back. Tasks refreshing the same stale token share one fetch: whoever comes second finds the
    /// new token in the memo.
    pub async fn refresh_token(
        &self,
        req: &TokenRequest,
        stale: &AccessToken,
    ) -> Result<AccessToken, AuthError> {
        let c = self.chosen(&req.scope)?;
        let key = self.key_for(c, req);
        {
            let lock = self.key_lock(&key);
            let _guard = lock.lock().await;
            self.forget(&key, stale);
        }
        log::debug(&format!(
            "token for {} was refused; fetching a new one",
            req.scope
        ));
        self.get_token(req).await
    }

    /// A token with the claims of a service's claims challenge (`claims`: the JSON claims request), in place of
    /// `stale`, which the service answered with the challenge: as MSAL does for az, az's cached access tokens are
    /// passed over and the account's refresh token is redeemed with the claims (merged with the CAE capability
    /// az declares). The new token replaces `stale` in the memo and the on-disk cache. Tasks answering the same
    /// challenge share one redemption. Only the az login can ask Entra for claims: azure_identity's credentials
    /// and `az account get-access-token` take none. `Err`: the warning that says how to sign in with the claims
    /// (az's own advice), for a run that then ends with the service's 401.
    pub async fn claims_token(
        &self,
        req: &TokenRequest,
        stale: &AccessToken,
        claims: &str,
    ) -> Result<AccessToken, String> {
        let c = self.chosen(&req.scope).map_err(|e| e.to_string())?;
        let key = self.key_for(c, req);
        let lock = self.key_lock(&key);
        let _guard = lock.lock().await;
        if let Ok(memo) = self.memo.lock()
            && let Some(t) = memo.get(&key)
            && t.token != stale.token
        {
            return Ok(t.clone());
        }
        self.forget(&key, stale);
        let token = match c {
            Concrete::Cli => {
                log::info(&format!(
                    "Getting a token for {} with the claims of the service's challenge: {claims}",
                    req.scope
                ));
                self.ctx
                    .claims_token(
                        &req.scope,
                        req.tenant.as_deref(),
                        req.subscription.as_ref(),
                        claims,
                    )
                    .await?
            }
            other => {
                return Err(format!(
                    "The service asked for a token with more claims (a Continuous Access Evaluation challenge), which \
                     the {} credential cannot request; claims: {claims}",
                    other.label()
                ));
            }
        };
        if let Ok(mut memo) = self.memo.lock() {
            memo.insert(key.clone(), token.clone());
        }
        if let Some(cache) = &self.cache {
            cache.put(&key, &token, cache::now_unix());
        }
        Ok(token)
    }

    /// Drops `stale`, which a service refused, from the memo and the on-disk cache under `key`, and never hands
    /// it out again (az's cache may still hold it). The caller holds the key's lock.
    fn forget(&self, key: &str, stale: &AccessToken) {
        if let Ok(mut memo) = self.memo.lock()
            && memo.get(key).is_some_and(|t| t.token == stale.token)
        {
            memo.remove(key);
        }
        if let Some(cache) = &self.cache {
            cache.remove(key, &stale.token);
        }
        if let Ok(mut refused) = self.refused.lock() {
            refused.push(stale.token.clone());
        }
    }

    /// Several independent tokens at once (e.g. ARM and Graph before a create), fetched concurrently.
    pub async fn get_tokens(&self, reqs: &[TokenRequest]) -> Vec<Result<AccessToken, AuthError>> {
        futures::future::join_all(reqs.iter().map(|r| self.get_token(r))).await
    }
}

/// The source `selected` names, or in `auto` the first available one; otherwise every source with the reason it
/// was skipped. Decided from cheap checks only, never from the token cache.
fn choose(selected: AuthSource, ctx: &FetchContext) -> Result<Concrete, Vec<Attempt>> {
    let explicit = selected != AuthSource::Auto;
    let mut skipped = Vec::new();
    for &c in selected.candidates() {
        match ctx.available(c, explicit) {
            Ok(()) => return Ok(c),
            Err(reason) => skipped.push(Attempt {
                source: c.label(),
                skipped: true,
                reason,
                fix: c.fix().to_owned(),
            }),
        }
    }
    Err(skipped)
}

fn source_error(attempt: &Attempt) -> AuthError {
    AuthError::Source {
        source_name: attempt.source,
        message: attempt.reason.clone(),
        fix: attempt.fix.clone(),
    }
}

#[cfg(test)]
impl TokenProvider {
    /// Swaps the process runner used by the az login source (tests fake `az`, which then counts as on `PATH`),
    /// and chooses the source again.
    pub(crate) fn with_executor(mut self, executor: Arc<dyn azure_identity::Executor>) -> Self {
        self.ctx.executor = executor;
        self.ctx.az_on_path = true;
        self.chosen = choose(self.source, &self.ctx);
        self
    }
}

#[cfg(test)]
mod tests;
