//! The signed-in identity read from an access token's JWT claims (payload base64url-decoded, signature not
//! checked): object id, UPN or app id, tenant, and whether it is a user or a service principal. The common path
//! needs no Graph call; Graph `/me` is the caller's fallback when a claim is missing.

use base64::Engine as _;
use serde::Deserialize;

/// The claims azconn reads.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Claims {
    pub oid: Option<String>,
    pub tid: Option<String>,
    pub upn: Option<String>,
    pub unique_name: Option<String>,
    pub preferred_username: Option<String>,
    pub appid: Option<String>,
    pub azp: Option<String>,
    pub idtyp: Option<String>,
    pub scp: Option<String>,
    pub aud: Option<serde_json::Value>,
    pub exp: Option<i64>,
}

/// A user or a service principal (managed identities are service principals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalKind {
    User,
    ServicePrincipal,
}

impl PrincipalKind {
    /// az's spelling in `azureProfile.json` (`user` / `servicePrincipal`).
    pub fn as_az_str(self) -> &'static str {
        match self {
            PrincipalKind::User => "user",
            PrincipalKind::ServicePrincipal => "servicePrincipal",
        }
    }
}

/// Who a token was issued to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Entra object id (`oid`).
    pub object_id: Option<String>,
    /// UPN for a user (`upn`, `unique_name`, `preferred_username`), app id for a service principal.
    pub name: Option<String>,
    /// The application (client) id for service principals (`appid` / `azp`).
    pub app_id: Option<String>,
    /// Tenant (`tid`).
    pub tenant_id: Option<String>,
    pub kind: PrincipalKind,
}

impl Identity {
    /// Reads the identity from claims. App-only tokens (`idtyp=app`, or no user name and no `scp`) are service principals.
    pub fn from_claims(c: &Claims) -> Identity {
        let user_name = c
            .upn
            .clone()
            .or_else(|| c.unique_name.clone())
            .or_else(|| c.preferred_username.clone());
        let app_id = c.appid.clone().or_else(|| c.azp.clone());
        let is_app = match c.idtyp.as_deref() {
            Some("app") => true,
            Some("user") => false,
            _ => user_name.is_none() && c.scp.is_none(),
        };
        let kind = if is_app {
            PrincipalKind::ServicePrincipal
        } else {
            PrincipalKind::User
        };
        let name = match kind {
            PrincipalKind::User => user_name,
            PrincipalKind::ServicePrincipal => app_id.clone(),
        };
        Identity {
            object_id: c.oid.clone(),
            name,
            app_id,
            tenant_id: c.tid.clone(),
            kind,
        }
    }
}

/// Decodes a JWT's payload; `None` when the token is not a JWT (opaque tokens exist, e.g. in tests).
pub fn decode(token: &str) -> Option<Claims> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!(
            "{}.{}.sig",
            enc(r#"{"alg":"RS256","typ":"JWT"}"#),
            enc(payload)
        )
    }

    fn check(payload: &str, kind: PrincipalKind, name: Option<&str>, oid: Option<&str>) {
        let id = Identity::from_claims(&decode(&jwt(payload)).expect("decodes"));
        assert_eq!(
            (id.kind, id.name.as_deref(), id.object_id.as_deref()),
            (kind, name, oid),
            "{payload}"
        );
    }

    #[test]
    fn users_and_service_principals() {
        check(
            r#"{"oid":"o1","tid":"t","upn":"alice@contoso.com","scp":"user_impersonation","appid":"04b07795"}"#,
            PrincipalKind::User,
            Some("alice@contoso.com"),
            Some("o1"),
        );
        check(
            r#"{"oid":"o2","tid":"t","unique_name":"live.com#bob@x.com","scp":"a"}"#,
            PrincipalKind::User,
            Some("live.com#bob@x.com"),
            Some("o2"),
        );
        check(
            r#"{"oid":"o3","tid":"t","appid":"app-1","idtyp":"app"}"#,
            PrincipalKind::ServicePrincipal,
            Some("app-1"),
            Some("o3"),
        );
        check(
            r#"{"oid":"o4","tid":"t","azp":"app-2"}"#,
            PrincipalKind::ServicePrincipal,
            Some("app-2"),
            Some("o4"),
        );
    }

    #[test]
    fn opaque_tokens_have_no_claims() {
        assert!(decode("not-a-jwt").is_none());
        assert!(decode("a.!!!.c").is_none());
    }
}
