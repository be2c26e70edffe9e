//! The auth options of `connection update` (and `preview-configuration`) and of `<source> connection update`
//! parsed the way core az's argparse actions parse them (`action.py`): `KEY=VALUE` words, keys
//! case-insensitive, the first value of a repeated key wins, and az's texts for unknown or missing keys. The
//! result is the `authInfo` JSON az's SDK sends. (`create` uses the passwordless extension's variants of these
//! actions; see `create`.)

use serde_json::{Map, Value, json};

use super::key_values::{self, key_values};
use crate::cli::auth::{AuthArgs, LocalAuth};
use crate::commands::azure::Azure;
use crate::error::{Error, Result};

/// One auth option as given: which flag, and its raw `KEY=VALUE` words. `Debug` shows the keys only
/// (the values may be secrets).
#[derive(Clone, PartialEq, Eq)]
pub enum AuthFlag {
    /// `--secret name=… secret=…|secret-uri=…|secret-name=…`
    Secret(Vec<String>),
    /// `--user-account [object-id=…]`
    UserAccount(Vec<String>),
    /// `--service-principal client-id=… secret=… [object-id=…]`
    ServicePrincipal(Vec<String>),
    /// `--system-identity` (compute sources; core az takes no key)
    SystemIdentity(Vec<String>),
    /// `--user-identity client-id=… subs-id=…` (compute sources)
    UserIdentity(Vec<String>),
}

impl AuthFlag {
    /// The auth type az derives from the flag (used by the `configurationNames` filter).
    pub fn auth_type(&self) -> &'static str {
        match self {
            AuthFlag::Secret(_) => "secret",
            AuthFlag::UserAccount(_) => "userAccount",
            AuthFlag::ServicePrincipal(_) => "servicePrincipalSecret",
            AuthFlag::SystemIdentity(_) => "systemAssignedIdentity",
            AuthFlag::UserIdentity(_) => "userAssignedIdentity",
        }
    }
}

/// An auth option parsed; ids that az looks up on Graph may still be missing. `Debug` redacts secrets.
#[derive(Clone, PartialEq, Eq)]
pub enum ParsedAuth {
    /// The complete `authInfo` wire JSON (a secret, or a managed identity of a compute source).
    Complete(Value),
    /// `--user-account`: the object id when given.
    UserAccount { principal_id: Option<String> },
    /// `--service-principal`: the object id when given (else az runs `az ad sp show --id <client-id>`).
    ServicePrincipal {
        client_id: String,
        principal_id: Option<String>,
        secret: String,
    },
}

impl std::fmt::Debug for AuthFlag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (flag, words) = match self {
            AuthFlag::Secret(w) => ("Secret", w),
            AuthFlag::UserAccount(w) => ("UserAccount", w),
            AuthFlag::ServicePrincipal(w) => ("ServicePrincipal", w),
            AuthFlag::SystemIdentity(w) => ("SystemIdentity", w),
            AuthFlag::UserIdentity(w) => ("UserIdentity", w),
        };
        let keys: Vec<String> = words
            .iter()
            .map(|w| match w.split_once('=') {
                Some((k, _)) => format!("{k}=<redacted>"),
                None => "<redacted>".to_owned(),
            })
            .collect();
        f.debug_tuple(flag).field(&keys).finish()
    }
}

impl std::fmt::Debug for ParsedAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParsedAuth::Complete(_) => f.write_str("Complete(<redacted>)"),
            ParsedAuth::UserAccount { principal_id } => f
                .debug_struct("UserAccount")
                .field("principal_id", principal_id)
                .finish(),
            ParsedAuth::ServicePrincipal {
                client_id,
                principal_id,
                secret: _,
            } => f
                .debug_struct("ServicePrincipal")
                .field("client_id", client_id)
                .field("principal_id", principal_id)
                .field("secret", &"<redacted>")
                .finish(),
        }
    }
}

/// `KEY=VALUE` words → (key as given, first value), in first-seen order; az's usage error otherwise.
fn pairs(values: &[String], flag: &str, lower_usage: bool) -> Result<Vec<(String, String)>> {
    let usage = if lower_usage {
        "usage error"
    } else {
        "Usage error"
    };
    Ok(
        key_values(values, &format!("{usage}: {flag} [KEY=VALUE ...]"))?
            .into_iter()
            .map(|(k, vs)| (k, vs.into_iter().next().unwrap_or_default()))
            .collect(),
    )
}

/// Parses one auth option like core az.
pub fn parse(flag: &AuthFlag) -> Result<ParsedAuth> {
    match flag {
        AuthFlag::Secret(values) => {
            let mut name = None;
            let mut secret_info = None;
            for (k, v) in pairs(values, "--secret", false)? {
                match k.to_lowercase().as_str() {
                    "name" => name = Some(v),
                    "secret" => secret_info = Some(json!({"secretType": "rawValue", "value": v})),
                    "secret-uri" => {
                        secret_info = Some(json!({"secretType": "keyVaultSecretUri", "value": v}));
                    }
                    "secret-name" => {
                        secret_info =
                            Some(json!({"secretType": "keyVaultSecretReference", "name": v}));
                    }
                    _ => {
                        return Err(Error::runtime(format!(
                            "Unsupported Key {k} is provided for parameter secret_auth_info. All possible keys are: name, secret/secret-uri/secret-name"
                        )));
                    }
                }
            }
            match (name, secret_info) {
                (Some(name), Some(info)) => {
                    let mut m = Map::new();
                    m.insert("authType".into(), json!("secret"));
                    m.insert("name".into(), json!(name));
                    m.insert("secretInfo".into(), info);
                    Ok(ParsedAuth::Complete(Value::Object(m)))
                }
                _ => Err(Error::runtime(
                    "Required keys missing for parameter --secret. All possible keys are: name, secret/secret-uri/secret-name",
                )),
            }
        }
        AuthFlag::UserAccount(values) => {
            // `mysql-identity-id` is only meaningful for MySQL; the SDK drops the key for PostgreSQL.
            let [principal_id, _] = keyed(
                values,
                "--user-account",
                true,
                ["object-id", "mysql-identity-id"],
                |k| {
                    format!(
                        "Unsupported Key {k} is provided for parameter --user-account. All possible keys are: principal-id, mysql-identity-id"
                    )
                },
            )?;
            Ok(ParsedAuth::UserAccount { principal_id })
        }
        AuthFlag::ServicePrincipal(values) => {
            let keys = ["client-id", "object-id", "secret"];
            match keyed(values, "--service-principal", false, keys, |k| {
                format!(
                    "Unsupported Key {k} is provided for parameter --service-principal. Possible keys are: client-id, object-id, secret"
                )
            })? {
                [Some(client_id), principal_id, Some(secret)] => Ok(ParsedAuth::ServicePrincipal {
                    client_id,
                    principal_id,
                    secret,
                }),
                _ => Err(Error::runtime(
                    "Required keys missing for parameter --service-principal. Required keys are: client-id, secret",
                )),
            }
        }
        AuthFlag::SystemIdentity(values) => {
            if let Some((k, _)) = pairs(values, "--system-identity", false)?.first() {
                // Core az's text leaves its placeholder unfilled; the key is named here.
                return Err(Error::runtime(format!(
                    "Unsupported Key {k} is provided for parameter --system-identity"
                )));
            }
            Ok(ParsedAuth::Complete(
                json!({"authType": "systemAssignedIdentity"}),
            ))
        }
        AuthFlag::UserIdentity(values) => {
            match keyed(
                values,
                "--user-identity",
                true,
                ["client-id", "subs-id"],
                |k| {
                    format!(
                        "Unsupported Key {k} is provided for parameter --user-identity. All possible keys are: client-id, subs-id"
                    )
                },
            )? {
                [Some(c), Some(s)] => Ok(ParsedAuth::Complete(json!({
                    "authType": "userAssignedIdentity", "clientId": c, "subscriptionId": s
                }))),
                _ => Err(Error::runtime(
                    "Required keys missing for parameter --user-identity: client-id, subs-id",
                )),
            }
        }
    }
}

/// The values of `keys` (matched case-insensitively; of differently cased spellings the later wins) in
/// `values`; `unsupported` words az's error for any other key.
fn keyed<const N: usize>(
    values: &[String],
    flag: &str,
    lower_usage: bool,
    keys: [&str; N],
    unsupported: impl Fn(&str) -> String,
) -> Result<[Option<String>; N]> {
    let mut found = [const { None }; N];
    for (k, v) in pairs(values, flag, lower_usage)? {
        let lower = k.to_lowercase();
        let i = keys
            .iter()
            .position(|key| *key == lower)
            .ok_or_else(|| Error::runtime(unsupported(&k)))?;
        found[i] = Some(v);
    }
    Ok(found)
}

/// Completes a parsed auth option with the ids az looks up on Graph.
pub async fn complete(azure: &Azure, parsed: ParsedAuth) -> Result<Value> {
    match parsed {
        ParsedAuth::Complete(j) => Ok(j),
        ParsedAuth::UserAccount { principal_id } => {
            let oid = match principal_id {
                Some(o) => o,
                None => azure
                    .arm()?
                    .signed_in_identity()
                    .await?
                    .object_id
                    .ok_or_else(|| {
                        Error::runtime(
                            "Unable to get the object id of the signed-in user. Use --user-account object-id=<id>.",
                        )
                    })?,
            };
            Ok(user_account_json(&oid))
        }
        ParsedAuth::ServicePrincipal {
            client_id,
            principal_id,
            secret,
        } => {
            let oid = match principal_id {
                Some(o) => o,
                None => azure
                    .arm()?
                    .graph_service_principal_by_app_id(&client_id)
                    .await?
                    .and_then(|sp| sp.get("id").and_then(Value::as_str).map(str::to_owned))
                    .ok_or_else(|| {
                        Error::runtime(format!(
                            "Could not resolve object-id from the given client-id: {client_id}. Please confirm the client-id and provide the object-id (Enterprise Application) of the service principal, by using --service-principal client-id=XX object-id=XX secret=XX"
                        ))
                    })?,
            };
            Ok(service_principal_json(&client_id, &oid, &secret))
        }
    }
}

/// The `authInfo` wire JSON once every id is known (keys in the SDK's serialisation order).
pub fn user_account_json(principal_id: &str) -> Value {
    json!({"authType": "userAccount", "principalId": principal_id})
}

/// The service principal `authInfo` wire JSON.
pub fn service_principal_json(client_id: &str, principal_id: &str, secret: &str) -> Value {
    json!({"authType": "servicePrincipalSecret", "clientId": client_id, "principalId": principal_id, "secret": secret})
}

/// `--customized-keys KEY=VALUE …` as the wire's JSON object (az: later values win, keys keep their first
/// position; a word without `=` is a usage error).
pub fn customized_keys(values: &[String]) -> Result<Map<String, Value>> {
    Ok(key_values::customized_keys(values)?
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect())
}

/// An auth option's words as clap holds them, and the flag they make.
pub type FlagWords<'a> = (&'a Option<Vec<String>>, fn(Vec<String>) -> AuthFlag);

/// The auth options given, in the order listed (az's order for the command).
pub fn given<const N: usize>(options: [FlagWords<'_>; N]) -> Vec<AuthFlag> {
    options
        .into_iter()
        .filter_map(|(words, flag)| words.clone().map(flag))
        .collect()
}

/// The auth options of a local connection, in az's order (secret, user account, service principal).
pub fn from_args(auth: &AuthArgs<LocalAuth>) -> Vec<AuthFlag> {
    given([
        (&auth.secret, AuthFlag::Secret),
        (&auth.user_account, AuthFlag::UserAccount),
        (&auth.service_principal, AuthFlag::ServicePrincipal),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| (*w).to_owned()).collect()
    }

    fn check(flag: AuthFlag, expect: std::result::Result<ParsedAuth, &str>) {
        let got = parse(&flag).map_err(|e| e.to_string());
        assert_eq!(got, expect.map_err(str::to_owned), "{flag:?}");
    }

    #[test]
    fn secrets() {
        check(
            AuthFlag::Secret(words(&["NAME=u", "secret=p"])),
            Ok(ParsedAuth::Complete(
                json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "rawValue", "value": "p"}}),
            )),
        );
        check(
            AuthFlag::Secret(words(&["name=u", "secret-name=kv"])),
            Ok(ParsedAuth::Complete(
                json!({"authType": "secret", "name": "u", "secretInfo": {"secretType": "keyVaultSecretReference", "name": "kv"}}),
            )),
        );
        check(
            AuthFlag::Secret(words(&["name=u"])),
            Err(
                "Required keys missing for parameter --secret. All possible keys are: name, secret/secret-uri/secret-name",
            ),
        );
        check(
            AuthFlag::Secret(words(&["user=u"])),
            Err(
                "Unsupported Key user is provided for parameter secret_auth_info. All possible keys are: name, secret/secret-uri/secret-name",
            ),
        );
        check(
            AuthFlag::Secret(words(&["oops"])),
            Err("Usage error: --secret [KEY=VALUE ...]"),
        );
    }

    #[test]
    fn identities() {
        check(
            AuthFlag::UserAccount(vec![]),
            Ok(ParsedAuth::UserAccount { principal_id: None }),
        );
        check(
            // az: a repeated key keeps its first value; differently-cased keys are separate and the later wins.
            AuthFlag::UserAccount(words(&["Object-Id=o1", "object-id=o2", "object-id=o3"])),
            Ok(ParsedAuth::UserAccount {
                principal_id: Some("o2".into()),
            }),
        );
        check(
            AuthFlag::UserAccount(words(&["x=1"])),
            Err(
                "Unsupported Key x is provided for parameter --user-account. All possible keys are: principal-id, mysql-identity-id",
            ),
        );
        check(
            AuthFlag::ServicePrincipal(words(&["client-id=c", "secret=s"])),
            Ok(ParsedAuth::ServicePrincipal {
                client_id: "c".into(),
                principal_id: None,
                secret: "s".into(),
            }),
        );
        check(
            AuthFlag::ServicePrincipal(words(&["client-id=c"])),
            Err(
                "Required keys missing for parameter --service-principal. Required keys are: client-id, secret",
            ),
        );
    }

    #[test]
    fn keys() {
        let m = customized_keys(&words(&["A=x", "B=y", "A=z"])).expect("keys");
        assert_eq!(Value::Object(m).to_string(), r#"{"A":"z","B":"y"}"#);
        assert!(customized_keys(&words(&["A"])).is_err());
    }
}
