//! az's MSAL token cache in the state dir's az config dir (`azure/msal_token_cache.json`), as `az login` leaves it
//! for the seeded user: MSAL's unified schema with the user's `Account`, `IdToken`, `RefreshToken` (family `1`,
//! as the Azure CLI's client is a family member), `AppMetadata` and one ARM `AccessToken` (issued for the `CP1`
//! client capability az declares in every token request). Keys and fields follow MSAL Python's `TokenCache` (keys
//! lowercased, times as strings of Unix seconds); the environment is the authority's host name without the port
//! (`127.0.0.1`), the realm the tenant id. A service principal sign-in leaves no user entries: az keeps its secret
//! elsewhere.

use serde_json::{Map, Value, json};

use crate::app::App;
use crate::cae::Granted;
use crate::error::Result;
use crate::files::ARM_AUDIENCE;
use crate::seed::SignedInType;
use crate::state::user_principal;
use crate::tokens::{AZ_CLI_APP_ID, now};

/// MSAL's environment for the emulator's authority `https://127.0.0.1:PORT/…`: the host name only.
pub const ENVIRONMENT: &str = "127.0.0.1";
/// The Azure CLI's family of client ids (FOCI).
const FAMILY_ID: &str = "1";

/// The cache file's content for the seeded sign-in.
pub fn az_token_cache(app: &App) -> Result<Value> {
    let mut sections: Map<String, Value> = [
        "AccessToken",
        "RefreshToken",
        "IdToken",
        "Account",
        "AppMetadata",
    ]
    .into_iter()
    .map(|k| (k.to_owned(), json!({})))
    .collect();
    let seed = &app.seed;
    if seed.signed_in.kind == SignedInType::User
        && let Some(user) = seed.user_by_name(&seed.signed_in.name)
    {
        let tenant = seed.tenant.id.as_str();
        let home = format!("{}.{tenant}", user.object_id);
        let env = ENVIRONMENT;
        let client = AZ_CLI_APP_ID;
        let t = now().to_string();
        let mut put = |section: &str, key: String, entry: Value| {
            if let Some(Value::Object(m)) = sections.get_mut(section) {
                m.insert(key.to_lowercase(), entry);
            }
        };
        put(
            "Account",
            format!("{home}-{env}-{tenant}"),
            json!({
                "home_account_id": home, "environment": env, "realm": tenant,
                "local_account_id": user.object_id, "username": user.upn,
                "authority_type": "MSSTS", "account_source": "authorization_code"
            }),
        );
        let issuer = format!("{}/{tenant}/v2.0", app.base);
        let id_token = app
            .issuer
            .id_token(&user_principal(user), client, tenant, &issuer)?;
        put(
            "IdToken",
            format!("{home}-{env}-idtoken-{client}-{tenant}-"),
            json!({
                "credential_type": "IdToken", "secret": id_token, "home_account_id": home,
                "environment": env, "realm": tenant, "client_id": client
            }),
        );
        let arm_scope = format!("{ARM_AUDIENCE}/.default");
        let rt = app.issuer.refresh_token(&user.object_id, tenant)?;
        put(
            "RefreshToken",
            format!("{home}-{env}-refreshtoken-{client}--{arm_scope}"),
            json!({
                "credential_type": "RefreshToken", "secret": rt, "home_account_id": home,
                "environment": env, "client_id": client, "target": arm_scope,
                "last_modification_time": t, "family_id": FAMILY_ID
            }),
        );
        let (at, exp) = app.issuer.access_token(
            &user_principal(user),
            ARM_AUDIENCE,
            tenant,
            &Granted::cp1(),
        )?;
        put(
            "AccessToken",
            format!("{home}-{env}-accesstoken-{client}-{tenant}-{arm_scope}"),
            json!({
                "credential_type": "AccessToken", "secret": at, "home_account_id": home,
                "environment": env, "client_id": client, "target": arm_scope, "realm": tenant,
                "token_type": "Bearer", "cached_at": t, "expires_on": exp.to_string(),
                "extended_expires_on": exp.to_string()
            }),
        );
        put(
            "AppMetadata",
            format!("appmetadata-{env}-{client}"),
            json!({"client_id": client, "environment": env, "family_id": FAMILY_ID}),
        );
    }
    Ok(Value::Object(sections))
}

/// Writes the cache as msal-extensions does (`json.dumps(…, indent=4)`), readable by the owner only.
pub fn write_az_token_cache(app: &App) -> Result<()> {
    let cache = az_token_cache(app)?;
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    serde::Serialize::serialize(&cache, &mut ser)?;
    crate::files::write_private(&app.dir.join("azure").join("msal_token_cache.json"), &out)
}
