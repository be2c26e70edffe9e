//! Secret scan for integration tests: collects every token and secret a test knows of (tokens the emulator
//! issued, the token cache's entries, the emulator's client secrets and refresh tokens, values the test passed
//! in) and asserts that none of them, and no JWT-shaped string at all, appears in a run's output. A failure names
//! the secret's label and where it was found, never the secret itself.

use std::path::Path;

use serde_json::Value;

/// Values shorter than this are not scanned for (they would match by accident).
const MIN_LEN: usize = 12;

/// The secrets one test run must never print.
#[derive(Default)]
pub struct SecretScan {
    secrets: Vec<(String, String)>,
}

impl SecretScan {
    /// An empty scan (only the JWT-shape check).
    pub fn new() -> SecretScan {
        SecretScan::default()
    }

    /// Adds one secret under a label used in failure messages.
    pub fn add(&mut self, label: &str, value: &str) -> &mut Self {
        let value = value.trim();
        if value.len() >= MIN_LEN && !self.secrets.iter().any(|(_, v)| v == value) {
            self.secrets.push((label.to_owned(), value.to_owned()));
        }
        self
    }

    /// Adds what an emulator state dir holds: the az stand-in's refresh token or client secret
    /// (`azure/emulator-credential.json`), the service principal secret (`env-sp.sh`) and the managed identity
    /// header (`env-mi.sh`). Missing files are skipped.
    pub fn add_emulator_dir(&mut self, dir: &Path) -> &mut Self {
        if let Ok(bytes) = std::fs::read(dir.join("azure").join("emulator-credential.json"))
            && let Ok(v) = serde_json::from_slice::<Value>(&bytes)
        {
            for key in ["refreshToken", "clientSecret"] {
                if let Some(s) = v[key].as_str() {
                    self.add(&format!("emulator-credential.json {key}"), s);
                }
            }
        }
        self.add_msal_cache(&dir.join("azure"));
        for (file, var) in [
            ("env-sp.sh", "AZURE_CLIENT_SECRET"),
            ("env-mi.sh", "IDENTITY_HEADER"),
        ] {
            if let Ok(text) = std::fs::read_to_string(dir.join(file)) {
                for line in text.lines() {
                    if let Some(v) = line
                        .strip_prefix("export ")
                        .and_then(|l| l.strip_prefix(var))
                        .and_then(|l| l.strip_prefix('='))
                    {
                        self.add(&format!("{file} {var}"), v.trim_matches('\''));
                    }
                }
            }
        }
        self
    }

    /// Adds every secret in az's MSAL token cache under `az_config_dir` (`msal_token_cache.json`: access, refresh
    /// and ID tokens).
    pub fn add_msal_cache(&mut self, az_config_dir: &Path) -> &mut Self {
        if let Ok(bytes) = std::fs::read(az_config_dir.join("msal_token_cache.json"))
            && let Ok(Value::Object(sections)) = serde_json::from_slice::<Value>(&bytes)
        {
            for (section, entries) in sections {
                for (key, entry) in entries.as_object().into_iter().flatten() {
                    if let Some(secret) = entry["secret"].as_str() {
                        self.add(&format!("az's {section} {key}"), secret);
                    }
                }
            }
        }
        self
    }

    /// Adds every access token in azconn's token cache under `az_config_dir` (`azconn/token-cache.json`).
    pub fn add_token_cache(&mut self, az_config_dir: &Path) -> &mut Self {
        let path = az_config_dir.join("azconn").join("token-cache.json");
        if let Ok(bytes) = std::fs::read(&path)
            && let Ok(v) = serde_json::from_slice::<Value>(&bytes)
            && let Some(tokens) = v["tokens"].as_object()
        {
            for (key, entry) in tokens {
                if let Some(t) = entry["accessToken"].as_str() {
                    self.add(&format!("cached token {key}"), t);
                }
            }
        }
        self
    }

    /// How many secrets are known (tests assert the scan is not empty, so it checks something).
    pub fn len(&self) -> usize {
        self.secrets.len()
    }

    /// Panics when `text` (named `what`, e.g. "stderr of token --debug") contains a known secret, a JWT-shaped
    /// string, or a bearer credential.
    pub fn assert_clean(&self, what: &str, text: &str) {
        let mut found: Vec<String> = self
            .secrets
            .iter()
            .filter_map(|(label, value)| {
                text.find(value.as_str())
                    .map(|at| format!("{label} at byte {at}"))
            })
            .collect();
        found.extend(
            jwt_like(text)
                .into_iter()
                .map(|(at, len)| format!("a JWT-shaped string ({len} bytes) at byte {at}")),
        );
        if let Some(at) = bearer_credential(text) {
            found.push(format!("a bearer credential at byte {at}"));
        }
        assert!(
            found.is_empty(),
            "{what} leaks secrets: {}",
            found.join("; ")
        );
    }
}

/// Positions and lengths of JWT-shaped strings: `eyJ…` base64url header, payload and signature.
pub fn jwt_like(text: &str) -> Vec<(usize, usize)> {
    let b64 = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = text[i..].find("eyJ") {
        let start = i + rel;
        let mut end = start;
        let mut dots = 0;
        while end < bytes.len() && (b64(bytes[end]) || (bytes[end] == b'.' && dots < 2)) {
            if bytes[end] == b'.' {
                dots += 1;
            }
            end += 1;
        }
        // Header, payload and a non-empty signature, and long enough to be a real token.
        let parts: Vec<&str> = text[start..end].split('.').collect();
        if dots == 2 && parts.iter().all(|p| p.len() >= 4) && end - start >= 40 {
            out.push((start, end - start));
        }
        i = end.max(start + 3);
    }
    out
}

/// The position of an `Authorization: Bearer <credential>` (or `Bearer <credential>`) that is not redacted.
fn bearer_credential(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut i = 0;
    while let Some(rel) = lower[i..].find("bearer ") {
        let at = i + rel;
        let rest = &text[at + "bearer ".len()..];
        let word: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '"' && *c != ',')
            .collect();
        let redacted = word.is_empty()
            || word.starts_with('*')
            || word.starts_with('<')
            || word.starts_with('[')
            || word.eq_ignore_ascii_case("REDACTED");
        if !redacted && word.len() >= MIN_LEN {
            return Some(at);
        }
        i = at + "bearer ".len();
    }
    None
}

#[test]
fn scan_finds_what_it_should_and_only_that() {
    let jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2V4YW1wbGUifQ.c2lnbmF0dXJlLXNpZw";
    assert_eq!(jwt_like(&format!("token: {jwt}\n")), vec![(7, jwt.len())]);
    assert!(jwt_like("eyJ alone, eyJhbGciOiJIUzI1NiJ9 without dots").is_empty());

    let mut scan = SecretScan::new();
    scan.add("client secret", "very-secret-value-123")
        .add("too short", "abc");
    assert_eq!(scan.len(), 1);
    scan.assert_clean(
        "clean text",
        "DEBUG: Request: GET https://x/subscriptions Authorization: Bearer ***",
    );
    for leaky in [
        "the secret is very-secret-value-123 here",
        &format!("accessToken {jwt}"),
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz",
    ] {
        let caught = std::panic::catch_unwind(|| scan.assert_clean("leaky", leaky));
        assert!(caught.is_err(), "not caught: {leaky}");
    }
}
