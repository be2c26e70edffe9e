//! Access tokens: RS256 JWTs signed with the emulator's key, deterministic per (identity, audience, what the
//! request's claims request was granted) for a token generation (fixed `iat`/`exp` kept in the state dir). A
//! generation lasts the token lifetime (`--token-lifetime`, the lifetime knob; 24 h by default); once half of it has
//! passed, the next token starts a new one, so every token handed out has at least half its lifetime left, and `exp`
//! is real: ARM, Graph and PostgreSQL refuse a token after it. The rotation knob starts a new generation; the expiry
//! knob starts one and makes every access token of the earlier generations expired (as if their lifetime had run
//! out). Also the opaque refresh tokens handed to users.

use std::path::Path;
use std::sync::Mutex;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use openssl::hash::MessageDigest;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::sign::{Signer, Verifier};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::cae::Granted;
use crate::error::Result;

/// The Azure CLI's public client id: the `appid` of user tokens obtained through az.
pub const AZ_CLI_APP_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// The default token lifetime.
pub const LIFETIME_SECS: i64 = 24 * 3600;
/// The longest token lifetime the knobs accept (30 days).
pub const LONGEST_LIFETIME: i64 = 30 * 24 * 3600;

/// Who a token is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    User {
        upn: String,
        oid: String,
        name: String,
        /// For guests (`#EXT#` UPNs): their home address, used as `unique_name`.
        mail: Option<String>,
    },
    App {
        app_id: String,
        oid: String,
        name: String,
    },
}

/// The persisted token clock: one generation of fixed `iat`/`exp`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Clock {
    pub generation: u64,
    pub iat: i64,
    pub exp: i64,
    /// Access tokens issued before this (`iat` below it) count as expired: set by the expiry knob.
    #[serde(default)]
    pub expired_before: i64,
    /// When the expiry knob last ran (Unix seconds): the expiry time reported for those tokens.
    #[serde(default)]
    pub expired_at: i64,
    /// Seconds from `iat` to `exp` of this and the next generations.
    #[serde(default = "default_lifetime")]
    pub lifetime: i64,
}

fn default_lifetime() -> i64 {
    LIFETIME_SECS
}

pub struct TokenIssuer {
    key: PKey<Private>,
    clock: Mutex<Clock>,
    clock_path: std::path::PathBuf,
    /// Refresh tokens issued before this (Unix milliseconds) are revoked, as after a password reset or an
    /// administrator's "revoke sessions".
    refresh_valid_from_ms: std::sync::atomic::AtomicI64,
}

/// Why a refresh token is not redeemed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefreshRefused {
    /// Not a refresh token this emulator issued.
    Unknown,
    /// Issued (Unix milliseconds) before the sessions were revoked (at `valid_from`).
    Revoked { issued_ms: i64, valid_from_ms: i64 },
}

pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Now in Unix milliseconds.
pub fn now_ms() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000)
        .unwrap_or(i64::MAX)
}

/// Why a bearer token was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    Malformed,
    Signature,
    Expired { exp: i64 },
}

impl TokenIssuer {
    /// Loads the signing key and the clock from `dir`, creating them if absent; a clock past half its lifetime,
    /// or of another lifetime than `lifetime` (seconds), starts a new generation.
    pub fn load_or_create(dir: &Path, lifetime: i64) -> Result<Self> {
        let key_path = dir.join("token-signing-key.pem");
        let key = if key_path.exists() {
            PKey::private_key_from_pem(&crate::files::read(&key_path)?)?
        } else {
            let k = PKey::from_rsa(Rsa::generate(2048)?)?;
            crate::files::write_private(&key_path, &k.private_key_to_pem_pkcs8()?)?;
            k
        };
        let clock_path = dir.join("token-clock.json");
        let mut clock: Clock = if clock_path.exists() {
            serde_json::from_slice(&crate::files::read(&clock_path)?)?
        } else {
            fresh_clock(0, lifetime)
        };
        if clock.lifetime != lifetime || clock.worn(now()) {
            clock = Clock {
                expired_before: clock.expired_before,
                expired_at: clock.expired_at,
                ..fresh_clock(clock.generation + 1, lifetime)
            };
        }
        crate::files::write(&clock_path, &serde_json::to_vec(&clock)?)?;
        Ok(Self {
            key,
            clock: Mutex::new(clock),
            clock_path,
            refresh_valid_from_ms: std::sync::atomic::AtomicI64::new(0),
        })
    }

    pub fn clock(&self) -> Clock {
        *self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The clock new tokens are issued on: the current generation, or a new one once half of its lifetime passed.
    fn issuing_clock(&self) -> Clock {
        let c = self.clock();
        if !c.worn(now()) {
            return c;
        }
        // A clock that cannot be persisted still issues: the state dir only keeps tokens stable across restarts.
        self.next_generation(false, c.lifetime, Some(c.generation))
            .unwrap_or(c)
    }

    /// Starts a new generation: new `iat`/`exp`, hence new tokens. Tokens of earlier generations stay valid until
    /// their `exp`.
    pub fn rotate(&self) -> Result<Clock> {
        let lifetime = self.clock().lifetime;
        self.next_generation(false, lifetime, None)
    }

    /// Starts a new generation and makes every access token issued so far expired: ARM, Graph and PostgreSQL
    /// refuse them as expired from now on; only tokens of the new generation (and later) are accepted.
    pub fn expire_all(&self) -> Result<Clock> {
        let lifetime = self.clock().lifetime;
        self.next_generation(true, lifetime, None)
    }

    /// Starts a new generation whose tokens live `lifetime` seconds (so do the later ones). Tokens issued before
    /// keep their `exp`.
    pub fn set_lifetime(&self, lifetime: i64) -> Result<Clock> {
        self.next_generation(false, lifetime, None)
    }

    /// `only_after`: start the new generation only if generation `only_after` is still the current one (two
    /// requests finding the clock worn start one generation, not two).
    fn next_generation(
        &self,
        expire_earlier: bool,
        lifetime: i64,
        only_after: Option<u64>,
    ) -> Result<Clock> {
        let mut c = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if only_after.is_some_and(|g| g != c.generation) {
            return Ok(*c);
        }
        let mut next = fresh_clock(c.generation + 1, lifetime);
        // Two rotations within one second must still differ (and every earlier token has a smaller `iat`).
        if next.iat <= c.iat {
            next.iat = c.iat + 1;
            next.exp = next.iat + lifetime;
        }
        if expire_earlier {
            next.expired_before = next.iat;
            next.expired_at = now();
        } else {
            next.expired_before = c.expired_before;
            next.expired_at = c.expired_at;
        }
        *c = next;
        crate::files::write(&self.clock_path, &serde_json::to_vec(&next)?)?;
        Ok(next)
    }

    fn sign(&self, header: &Value, payload: &Value) -> Result<String> {
        let signing_input = format!(
            "{}.{}",
            B64.encode(serde_json::to_vec(header)?),
            B64.encode(serde_json::to_vec(payload)?)
        );
        let mut signer = Signer::new(MessageDigest::sha256(), &self.key)?;
        signer.update(signing_input.as_bytes())?;
        let sig = signer.sign_to_vec()?;
        Ok(format!("{signing_input}.{}", B64.encode(sig)))
    }

    /// The access token for `principal` and `audience` in `tenant` for the current generation, with what its
    /// request's claims request was `granted`, and its `exp`.
    pub fn access_token(
        &self,
        principal: &Principal,
        audience: &str,
        tenant: &str,
        granted: &Granted,
    ) -> Result<(String, i64)> {
        let c = self.issuing_clock();
        let header = json!({"typ": "JWT", "alg": "RS256", "x5t": "azconn-emulator", "kid": "azconn-emulator"});
        let mut p = serde_json::Map::new();
        p.insert("aud".into(), json!(audience));
        p.insert(
            "iss".into(),
            json!(format!("https://sts.windows.net/{tenant}/")),
        );
        p.insert("iat".into(), json!(c.iat));
        p.insert("nbf".into(), json!(c.iat));
        p.insert("exp".into(), json!(c.exp));
        match principal {
            Principal::User {
                upn,
                oid,
                name,
                mail,
            } => {
                p.insert("acr".into(), json!("1"));
                p.insert("amr".into(), json!(["pwd"]));
                p.insert("appid".into(), json!(AZ_CLI_APP_ID));
                p.insert("appidacr".into(), json!("0"));
                p.insert("idtyp".into(), json!("user"));
                p.insert("name".into(), json!(name));
                p.insert("oid".into(), json!(oid));
                p.insert("scp".into(), json!("user_impersonation"));
                p.insert("sub".into(), json!(oid));
                p.insert("tid".into(), json!(tenant));
                if upn.contains("#EXT#") {
                    // Guests carry their home identity, not the #EXT# UPN.
                    let home = mail.clone().unwrap_or_else(|| upn.clone());
                    p.insert("idp".into(), json!("live.com"));
                    p.insert("unique_name".into(), json!(format!("live.com#{home}")));
                } else {
                    p.insert("unique_name".into(), json!(upn));
                    p.insert("upn".into(), json!(upn));
                }
            }
            Principal::App { app_id, oid, .. } => {
                p.insert("appid".into(), json!(app_id));
                p.insert("appidacr".into(), json!("1"));
                p.insert(
                    "idp".into(),
                    json!(format!("https://sts.windows.net/{tenant}/")),
                );
                p.insert("idtyp".into(), json!("app"));
                p.insert("oid".into(), json!(oid));
                p.insert("sub".into(), json!(oid));
                p.insert("tid".into(), json!(tenant));
            }
        }
        granted.stamp(&mut p, c.iat);
        p.insert("ver".into(), json!("1.0"));
        Ok((self.sign(&header, &Value::Object(p))?, c.exp))
    }

    /// A JWT with these claims, signed with the emulator's key (a cluster issuer's service-account tokens).
    pub fn sign_claims(&self, claims: &Value) -> Result<String> {
        self.sign(&json!({"alg": "RS256", "kid": "azconn-emulator"}), claims)
    }

    /// An OpenID Connect v2.0 id_token for a user signing in to `client_id` (what MSAL builds its account from).
    pub fn id_token(
        &self,
        user: &Principal,
        client_id: &str,
        tenant: &str,
        issuer: &str,
    ) -> Result<String> {
        let Principal::User { upn, oid, name, .. } = user else {
            return Err(crate::error::EmuError::msg("id_token for a non-user"));
        };
        let c = self.issuing_clock();
        let header = json!({"typ": "JWT", "alg": "RS256", "kid": "azconn-emulator"});
        let payload = json!({
            "aud": client_id, "iss": issuer, "iat": c.iat, "nbf": c.iat, "exp": c.exp,
            "name": name, "oid": oid, "preferred_username": upn, "sub": oid, "tid": tenant, "ver": "2.0"
        });
        self.sign(&header, &payload)
    }

    /// An opaque refresh token for a user (a signed blob only this emulator reads back), stamped with its issue
    /// time so that revoking the user's sessions refuses it.
    pub fn refresh_token(&self, oid: &str, tenant: &str) -> Result<String> {
        let header = json!({"typ": "RT", "alg": "RS256"});
        self.sign(
            &header,
            &json!({"typ": "refresh", "oid": oid, "tid": tenant, "issued_ms": now_ms()}),
        )
    }

    /// The `oid` a refresh token was issued for, unless it is unknown or revoked.
    pub fn refresh_token_oid(&self, token: &str) -> std::result::Result<String, RefreshRefused> {
        let claims = self.decode(token).map_err(|_| RefreshRefused::Unknown)?;
        if claims["typ"] != "refresh" {
            return Err(RefreshRefused::Unknown);
        }
        let oid = claims["oid"].as_str().ok_or(RefreshRefused::Unknown)?;
        let issued_ms = claims["issued_ms"].as_i64().unwrap_or(0);
        let valid_from_ms = self
            .refresh_valid_from_ms
            .load(std::sync::atomic::Ordering::SeqCst);
        if issued_ms < valid_from_ms {
            return Err(RefreshRefused::Revoked {
                issued_ms,
                valid_from_ms,
            });
        }
        Ok(oid.to_owned())
    }

    /// Revokes every refresh token issued so far (Entra's "revoke sessions"): later redemptions of them are
    /// refused with `AADSTS50173`. Returns the moment (Unix milliseconds) tokens are valid from.
    pub fn revoke_refresh_tokens(&self) -> i64 {
        let at = now_ms() + 1;
        self.refresh_valid_from_ms
            .store(at, std::sync::atomic::Ordering::SeqCst);
        at
    }

    /// Checks the signature and returns the claims of a token this emulator signed.
    pub fn decode(&self, token: &str) -> Result<Value, Invalid> {
        let mut parts = token.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Invalid::Malformed);
        };
        let sig = B64.decode(s).map_err(|_| Invalid::Malformed)?;
        let ok = Verifier::new(MessageDigest::sha256(), &self.key)
            .and_then(|mut v| {
                v.update(h.as_bytes())?;
                v.update(b".")?;
                v.update(p.as_bytes())?;
                v.verify(&sig)
            })
            .unwrap_or(false);
        if !ok {
            return Err(Invalid::Signature);
        }
        let payload = B64.decode(p).map_err(|_| Invalid::Malformed)?;
        serde_json::from_slice(&payload).map_err(|_| Invalid::Malformed)
    }

    /// Like [`decode`](Self::decode) for access tokens, also refusing expired ones: past their `exp`, or issued
    /// before the expiry knob last ran (reported as expired at that moment).
    pub fn verify_access(&self, token: &str) -> Result<Value, Invalid> {
        let claims = self.decode(token)?;
        let exp = claims["exp"].as_i64().ok_or(Invalid::Malformed)?;
        if exp <= now() {
            return Err(Invalid::Expired { exp });
        }
        let iat = claims["iat"].as_i64().ok_or(Invalid::Malformed)?;
        let c = self.clock();
        if iat < c.expired_before {
            return Err(Invalid::Expired {
                exp: exp.min(c.expired_at),
            });
        }
        Ok(claims)
    }

    /// The JWKS document for the signing key (openid discovery).
    pub fn jwks(&self) -> Result<Value> {
        let rsa = self.key.rsa()?;
        Ok(json!({"keys": [{
            "kty": "RSA", "use": "sig", "kid": "azconn-emulator", "x5t": "azconn-emulator",
            "n": B64.encode(rsa.n().to_vec()), "e": B64.encode(rsa.e().to_vec())
        }]}))
    }
}

fn fresh_clock(generation: u64, lifetime: i64) -> Clock {
    let iat = now();
    Clock {
        generation,
        iat,
        exp: iat + lifetime,
        expired_before: 0,
        expired_at: 0,
        lifetime,
    }
}

impl Clock {
    /// Whether half of this generation's lifetime has passed at `at`.
    fn worn(&self, at: i64) -> bool {
        (self.exp - at) * 2 < self.lifetime
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issuer(name: &str) -> TokenIssuer {
        let dir =
            std::env::temp_dir().join(format!("azconn-emu-tokens-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TokenIssuer::load_or_create(&dir, LIFETIME_SECS).expect("issuer")
    }

    fn alice() -> Principal {
        Principal::User {
            upn: "alice@contoso.com".into(),
            oid: "oid-a".into(),
            name: "Alice".into(),
            mail: None,
        }
    }

    #[test]
    fn a_lifetime_puts_exp_in_the_token_and_a_worn_generation_is_replaced() {
        let t = issuer("lifetime");
        let clock = t.set_lifetime(60).expect("lifetime");
        assert_eq!(clock.exp - clock.iat, 60);
        let (token, exp) = t
            .access_token(&alice(), "aud", "tid", &Granted::default())
            .expect("token");
        let claims = t.verify_access(&token).expect("valid");
        assert_eq!(
            (claims["exp"].as_i64(), claims["iat"].as_i64()),
            (Some(exp), Some(clock.iat))
        );
        assert_eq!(exp, clock.iat + 60);
        assert!(!clock.worn(clock.iat + 30));
        assert!(clock.worn(clock.iat + 31));
        // The lifetime stays for later generations.
        assert_eq!(t.rotate().expect("rotate").lifetime, 60);
    }

    #[test]
    fn expiry_refuses_earlier_generations_only() {
        let t = issuer("expire");
        let (old, _) = t
            .access_token(&alice(), "aud", "tid", &Granted::default())
            .expect("token");
        assert!(t.verify_access(&old).is_ok());
        let before = t.clock();
        let after = t.expire_all().expect("expire");
        assert!(after.generation > before.generation && after.iat > before.iat);
        match t.verify_access(&old) {
            Err(Invalid::Expired { exp }) => assert_eq!(exp, after.expired_at),
            other => panic!("old token: {other:?}"),
        }
        let (fresh, _) = t
            .access_token(&alice(), "aud", "tid", &Granted::default())
            .expect("token");
        assert_ne!(fresh, old);
        assert!(t.verify_access(&fresh).is_ok(), "new generation works");
        // A plain rotation keeps the earlier expiry and does not expire the tokens issued since.
        t.rotate().expect("rotate");
        assert!(t.verify_access(&fresh).is_ok());
        assert!(matches!(
            t.verify_access(&old),
            Err(Invalid::Expired { .. })
        ));
        // Expiring twice in a row: each time the tokens of the moment before stop working.
        let (third, _) = t
            .access_token(&alice(), "aud", "tid", &Granted::default())
            .expect("token");
        t.expire_all().expect("expire");
        assert!(matches!(
            t.verify_access(&third),
            Err(Invalid::Expired { .. })
        ));
        assert!(matches!(
            t.verify_access(&fresh),
            Err(Invalid::Expired { .. })
        ));
    }
}
