//! Entra's discovery documents that MSAL reads before it asks for a token: openid configuration, the user realm
//! of a sign-in name, and instance discovery.

use serde_json::json;

use crate::app::App;
use crate::http::Resp;

/// `GET /{tenant|organizations|common}/v2.0/.well-known/openid-configuration`: endpoints under the requested
/// authority segment; for `organizations`/`common` the issuer keeps Entra's `{tenantid}` placeholder.
pub(super) fn openid_configuration(app: &App, segment: &str) -> Resp {
    let b = &app.base;
    let t = segment;
    let multi = ["organizations", "common"].contains(&segment.to_ascii_lowercase().as_str());
    let issuer_tenant = if multi {
        "{tenantid}".to_string()
    } else {
        app.seed.tenant.id.clone()
    };
    Resp::json(
        200,
        &json!({
            "token_endpoint": format!("{b}/{t}/oauth2/v2.0/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": format!("{b}/{t}/discovery/v2.0/keys"),
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": format!("{b}/{issuer_tenant}/v2.0"),
            "request_uri_parameter_supported": false,
            "userinfo_endpoint": format!("{b}/oidc/userinfo"),
            "authorization_endpoint": format!("{b}/{t}/oauth2/v2.0/authorize"),
            "device_authorization_endpoint": format!("{b}/{t}/oauth2/v2.0/devicecode"),
            "http_logout_supported": true,
            "frontchannel_logout_supported": true,
            "end_session_endpoint": format!("{b}/{t}/oauth2/v2.0/logout"),
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
            "kerberos_endpoint": format!("{b}/{t}/kerberos"),
            "tenant_region_scope": "NA",
            "cloud_instance_name": "127.0.0.1",
            "cloud_graph_host_name": "127.0.0.1",
            "msgraph_host": "127.0.0.1",
            "rbac_url": "https://pas.windows.net"
        }),
    )
}

/// `GET /common/userrealm/{upn}?api-version=1.0`, which MSAL asks before a username/password sign-in: users of
/// the tenant's domains are `Managed` (so MSAL posts the password grant); other domains are `Unknown`.
pub(super) fn user_realm(app: &App, upn: &str) -> Resp {
    let domain = upn.rsplit_once('@').map_or("", |(_, d)| d).to_string();
    let known = app.seed.user_by_name(upn).is_some()
        || domain.eq_ignore_ascii_case(&app.seed.tenant.default_domain)
        || app.seed.users.iter().any(|u| {
            u.upn
                .rsplit_once('@')
                .is_some_and(|(_, d)| d.eq_ignore_ascii_case(&domain))
        });
    let mut v = json!({
        "ver": "1.0",
        "account_type": if known { "Managed" } else { "Unknown" },
        "cloud_instance_name": "microsoftonline.com",
        "cloud_audience_urn": "urn:federation:MicrosoftOnline"
    });
    if known {
        v["domain_name"] = json!(domain);
    }
    Resp::json(200, &v)
}

/// `GET /common/discovery/instance?api-version=1.1&authorization_endpoint=…` (MSAL's instance discovery, used
/// unless `AZURE_CORE_INSTANCE_DISCOVERY=false`): this host is its own only alias.
pub(super) fn instance_discovery(app: &App) -> Resp {
    let host = app
        .base
        .trim_start_matches("https://")
        .split(':')
        .next()
        .unwrap_or("127.0.0.1")
        .to_string();
    Resp::json(
        200,
        &json!({
            "tenant_discovery_endpoint": format!("{}/{}/v2.0/.well-known/openid-configuration", app.base, app.seed.tenant.id),
            "api-version": "1.1",
            "metadata": [{"preferred_network": host, "preferred_cache": host, "aliases": [host]}]
        }),
    )
}
