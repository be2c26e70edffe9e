//! The token cache: access tokens per (cloud, tenant, identity, scope), kept until 5 minutes before expiry in
//! `<az config dir>/azconn/token-cache.json`, so a warm run starts no `az` process and makes no Entra call.
//!
//! The folder is created 0700 and the file written 0600, atomically (temp file + rename). Writers take a lock file
//! with a bounded wait and merge their entry into what is on disk, so two azconn processes never lose each other's
//! entries or see a torn file; a stale lock (older than 10 s) is broken, and when the lock cannot be had the
//! write still happens (merge + atomic rename keep the file whole). A corrupt or foreign file is ignored and
//! replaced on the next write, never fatal; cache I/O failures only show in `--debug`.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::{AccessToken, Secret};
use crate::output::log;

/// Tokens are used only while they have more than this left.
pub const EXPIRY_MARGIN_SECS: i64 = 300;
const FORMAT_TAG: &str = "azconn-token-cache/1";
const LOCK_WAIT: Duration = Duration::from_secs(2);
const LOCK_POLL: Duration = Duration::from_millis(10);
const LOCK_STALE: Duration = Duration::from_secs(10);
static TMP_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    format: String,
    tokens: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    access_token: String,
    expires_on: i64,
    token_type: String,
}

/// The on-disk cache (one file; no in-memory state).
#[derive(Debug, Clone)]
pub struct TokenCache {
    dir: PathBuf,
    /// How long a writer waits for another writer's lock before writing without it.
    lock_wait: Duration,
}

impl TokenCache {
    /// A cache stored in `dir` (azconn's folder in the az config dir).
    pub fn new(dir: PathBuf) -> Self {
        TokenCache {
            dir,
            lock_wait: LOCK_WAIT,
        }
    }

    /// The cache file.
    pub fn path(&self) -> PathBuf {
        self.dir.join("token-cache.json")
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join("token-cache.lock")
    }

    /// The key of one token.
    pub fn key(cloud: &str, tenant: &str, identity: &str, scope: &str) -> String {
        format!("{cloud}|{tenant}|{identity}|{scope}")
    }

    /// A cached token that is still good at `now` (Unix seconds) for at least the margin.
    pub fn get(&self, key: &str, now: i64) -> Option<AccessToken> {
        let file = self.read()?;
        let e = file.tokens.get(key)?;
        (e.expires_on - EXPIRY_MARGIN_SECS > now).then(|| AccessToken {
            token: Secret::new(e.access_token.clone()),
            expires_on: e.expires_on,
            token_type: e.token_type.clone(),
        })
    }

    /// Stores a token (merging with the file on disk and dropping expired entries). Failures are logged at debug.
    pub fn put(&self, key: &str, token: &AccessToken, now: i64) {
        if let Err(e) = self.try_put(key, token, now) {
            log::debug(&format!(
                "token cache not written ({}): {e}",
                self.path().display()
            ));
        }
    }

    fn read(&self) -> Option<CacheFile> {
        let path = self.path();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                if e.kind() != std::io::ErrorKind::NotFound {
                    log::debug(&format!("token cache unreadable ({}): {e}", path.display()));
                }
                return None;
            }
        };
        match serde_json::from_slice::<CacheFile>(&bytes) {
            Ok(f) if f.format == FORMAT_TAG => Some(f),
            _ => {
                log::debug(&format!(
                    "ignoring a token cache that is corrupt or not azconn's: {}",
                    path.display()
                ));
                None
            }
        }
    }

    /// Removes the entry for `key` if it still holds `stale` (a token a service refused), so the next run does
    /// not use it again; an entry another process has since replaced is kept. Failures are logged at debug.
    pub fn remove(&self, key: &str, stale: &Secret) {
        if let Err(e) = self.try_remove(key, stale) {
            log::debug(&format!(
                "token cache not written ({}): {e}",
                self.path().display()
            ));
        }
    }

    fn try_remove(&self, key: &str, stale: &Secret) -> std::io::Result<()> {
        if self
            .read()
            .and_then(|f| f.tokens.get(key).cloned())
            .is_none_or(|e| e.access_token != stale.expose())
        {
            return Ok(());
        }
        let lock = Lock::acquire(&self.lock_path(), self.lock_wait);
        let Some(mut file) = self.read() else {
            return Ok(());
        };
        if file
            .tokens
            .get(key)
            .is_some_and(|e| e.access_token == stale.expose())
        {
            file.tokens.remove(key);
            self.write(&file)?;
        }
        drop(lock);
        Ok(())
    }

    fn try_put(&self, key: &str, token: &AccessToken, now: i64) -> std::io::Result<()> {
        ensure_private_dir(&self.dir)?;
        let lock = Lock::acquire(&self.lock_path(), self.lock_wait);
        let mut file = self.read().unwrap_or(CacheFile {
            format: FORMAT_TAG.to_owned(),
            tokens: BTreeMap::new(),
        });
        file.tokens
            .retain(|_, e| e.expires_on - EXPIRY_MARGIN_SECS > now);
        file.tokens.insert(
            key.to_owned(),
            Entry {
                access_token: token.token.expose().to_owned(),
                expires_on: token.expires_on,
                token_type: token.token_type.clone(),
            },
        );
        let result = self.write(&file);
        drop(lock);
        result
    }

    /// Replaces the file atomically (temp file + rename); the caller holds the lock.
    fn write(&self, file: &CacheFile) -> std::io::Result<()> {
        let bytes = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
        let n = TMP_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = self
            .dir
            .join(format!("token-cache.json.{}.{n}.tmp", std::process::id()));
        let result = write_private(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, self.path()));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// Creates `dir` (and parents) with mode 0700, and tightens it if it already exists.
fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        let meta = std::fs::metadata(dir)?;
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Writes a new file readable only by the owner.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// A lock file held while merging; released on drop. `None` inside when it could not be had in time.
struct Lock(Option<PathBuf>);

impl Lock {
    fn acquire(path: &Path, wait: Duration) -> Lock {
        let start = SystemTime::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(_) => return Lock(Some(path.to_path_buf())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > LOCK_STALE);
                    if stale {
                        let _ = std::fs::remove_file(path);
                        continue;
                    }
                }
                Err(e) => {
                    log::debug(&format!(
                        "token cache lock unavailable ({}): {e}",
                        path.display()
                    ));
                    return Lock(None);
                }
            }
            if start.elapsed().unwrap_or_default() > wait {
                log::debug("token cache lock busy; writing without it");
                return Lock(None);
            }
            std::thread::sleep(LOCK_POLL);
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some(p) = &self.0 {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Seconds since the Unix epoch now.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("azconn-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn token(s: &str, exp: i64) -> AccessToken {
        AccessToken::bearer(Secret::new(s), exp)
    }

    #[test]
    fn hit_miss_and_expiry_margin() {
        let dir = temp_dir("hit");
        let cache = TokenCache::new(dir.join("azconn"));
        let k = TokenCache::key("AzureCloud", "t", "alice", "scope");
        assert!(cache.get(&k, 1000).is_none(), "miss on empty");
        cache.put(&k, &token("tok", 2000), 1000);
        assert_eq!(
            cache
                .get(&k, 1000)
                .map(|t| t.token.expose().to_owned())
                .as_deref(),
            Some("tok")
        );
        assert!(cache.get(&k, 2000 - EXPIRY_MARGIN_SECS - 1).is_some());
        assert!(
            cache.get(&k, 2000 - EXPIRY_MARGIN_SECS).is_none(),
            "inside the margin is a miss"
        );
        assert!(
            cache
                .get(&TokenCache::key("AzureCloud", "t", "bob", "scope"), 1000)
                .is_none(),
            "other identity"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn remove_drops_only_the_refused_token() {
        let dir = temp_dir("remove");
        let cache = TokenCache::new(dir.join("azconn"));
        cache.remove("k", &Secret::new("nothing cached yet"));
        cache.put("k", &token("old", 5000), 0);
        cache.put("other", &token("keep", 5000), 0);
        cache.remove("k", &Secret::new("a token someone else refreshed"));
        assert!(cache.get("k", 0).is_some(), "a different token is kept");
        cache.remove("k", &Secret::new("old"));
        assert!(cache.get("k", 0).is_none(), "the refused token is gone");
        assert!(cache.get("other", 0).is_some(), "other entries stay");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = temp_dir("perm");
        let cache = TokenCache::new(dir.join("azconn"));
        cache.put("k", &token("tok", 5000), 0);
        let dmode = std::fs::metadata(dir.join("azconn"))
            .expect("dir")
            .permissions()
            .mode()
            & 0o777;
        let fmode = std::fs::metadata(cache.path())
            .expect("file")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!((dmode, fmode), (0o700, 0o600));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn corrupt_and_foreign_files_are_replaced() {
        for (name, content) in [
            ("corrupt", "{not json"),
            ("foreign", r#"{"AccessToken":{}}"#),
        ] {
            let dir = temp_dir(name);
            let cache = TokenCache::new(dir.clone());
            std::fs::create_dir_all(&dir).expect("dir");
            std::fs::write(cache.path(), content).expect("write");
            assert!(cache.get("k", 0).is_none());
            cache.put("k", &token("tok", 5000), 0);
            assert!(
                cache.get("k", 0).is_some(),
                "{name}: replaced by a good file"
            );
            let _ = std::fs::remove_dir_all(&dir);
        }
    }

    #[test]
    fn writers_merge_and_prune_expired() {
        let dir = temp_dir("merge");
        let a = TokenCache::new(dir.clone());
        let b = TokenCache::new(dir.clone());
        a.put("old", &token("o", 100), 0);
        a.put("a", &token("ta", 5000), 1000);
        b.put("b", &token("tb", 5000), 1000);
        assert!(a.get("a", 1000).is_some() && a.get("b", 1000).is_some());
        let text = std::fs::read_to_string(a.path()).expect("read");
        assert!(!text.contains("\"old\""), "expired entry pruned");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn stale_lock_is_broken_and_busy_lock_does_not_block_forever() {
        let dir = temp_dir("lock");
        let cache = TokenCache::new(dir.clone());
        std::fs::create_dir_all(&dir).expect("dir");
        // A fresh lock held by "another process": the write still lands after the bounded wait.
        std::fs::write(cache.lock_path(), "").expect("lock");
        cache.put("k", &token("t", 5000), 0);
        assert!(cache.get("k", 0).is_some());
        assert!(
            cache.lock_path().exists(),
            "someone else's lock is left alone"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Writers that get the lock in turn lose nothing. The wait is long here so that a loaded machine (eight
    /// writers each fsyncing) never falls back to the lock-less write this test is not about.
    #[test]
    fn concurrent_writers_keep_every_entry() {
        let dir = temp_dir("threads");
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let cache = TokenCache {
                    lock_wait: Duration::from_mins(1),
                    ..TokenCache::new(dir.clone())
                };
                std::thread::spawn(move || {
                    cache.put(&format!("k{i}"), &token(&format!("t{i}"), 5000), 0);
                })
            })
            .collect();
        for h in handles {
            h.join().expect("writer");
        }
        let cache = TokenCache::new(dir.clone());
        for i in 0..8 {
            assert!(cache.get(&format!("k{i}"), 0).is_some(), "entry {i} kept");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
