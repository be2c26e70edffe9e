//! `azconn-emulator az-shim DIR …`: a stand-in for `az` that answers `az account get-access-token` and
//! `az account show` (with az's JSON shapes) from the emulator in DIR, so the az-login credential path works
//! offline. `DIR/bin/az` execs it. Tokens come from the emulator's real token endpoint (refresh_token grant for
//! the signed-in user, client_credentials for a signed-in service principal), each with az's `CP1` client capability
//! in `claims` unless `AZURE_IDENTITY_DISABLE_CP1` is set.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use crate::files::{ARM_AUDIENCE, OSSRDBMS_AUDIENCE, Ports};

/// Runs the shim; returns the process exit code. Prints like az: JSON on stdout, `ERROR: …` on stderr.
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub fn run(dir: &Path, args: &[String]) -> i32 {
    match dispatch(dir, args).and_then(|v| shape(args, v)) {
        Ok(Shaped::Json(v)) => {
            let text = serde_json::to_string_pretty(&sorted(v)).unwrap_or_default();
            println!("{text}");
            0
        }
        Ok(Shaped::Tsv(line)) => {
            println!("{line}");
            0
        }
        Err((code, msg)) => {
            eprintln!("ERROR: {msg}");
            code
        }
    }
}

type ShimResult = Result<Value, (i32, String)>;

enum Shaped {
    Json(Value),
    Tsv(String),
}

/// Applies `--query` (a top-level key only, e.g. `accessToken`) and `-o json|tsv`.
fn shape(args: &[String], v: Value) -> Result<Shaped, (i32, String)> {
    let v = match flag(args, &["--query"])? {
        None => v,
        Some(key) if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => v[key].clone(),
        Some(q) => {
            return Err((
                2,
                format!(
                    "the az stand-in of azconn-emulator supports only `--query <key>`, not `{q}`"
                ),
            ));
        }
    };
    match flag(args, &["-o", "--output"])?.unwrap_or("json") {
        "json" => Ok(Shaped::Json(v)),
        "tsv" => Ok(Shaped::Tsv(match v {
            Value::String(s) => s,
            Value::Null => String::new(),
            other => other.to_string(),
        })),
        o => Err((
            2,
            format!(
                "the az stand-in of azconn-emulator prints only `-o json` or `-o tsv`, not `{o}`"
            ),
        )),
    }
}

/// az prints JSON with keys sorted at every level.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut pairs: Vec<(String, Value)> = m.into_iter().collect();
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(pairs.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        other => other,
    }
}

fn flag<'a>(args: &'a [String], names: &[&str]) -> Result<Option<&'a str>, (i32, String)> {
    let mut found = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if let Some((k, v)) = a.split_once('=')
            && names.contains(&k)
        {
            found = Some(v);
        } else if names.contains(&a) {
            let Some(v) = args.get(i + 1) else {
                return Err((2, format!("argument {a}: expected one argument")));
            };
            found = Some(v.as_str());
            i += 1;
        }
        i += 1;
    }
    Ok(found)
}

/// az's profile in the az config dir az would use: `AZURE_CONFIG_DIR` when set (so `az logout` in a client's own
/// config dir is seen), else the state dir's.
fn profile(dir: &Path) -> ShimResult {
    let config_dir = std::env::var_os("AZURE_CONFIG_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(|| dir.join("azure"), std::path::PathBuf::from);
    let path = config_dir.join("azureProfile.json");
    let bytes = std::fs::read(&path)
        .map_err(|_| (1, "Please run 'az login' to setup account.".to_string()))?;
    let text = String::from_utf8_lossy(&bytes);
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| (1, format!("{}: {e}", path.display())))
}

fn account(dir: &Path, subscription: Option<&str>) -> ShimResult {
    let p = profile(dir)?;
    let subs = p["subscriptions"].as_array().cloned().unwrap_or_default();
    let found = match subscription {
        Some(s) => subs.into_iter().find(|x| {
            x["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(s))
                || x["name"].as_str() == Some(s)
        }),
        None => subs.into_iter().find(|x| x["isDefault"] == true),
    };
    found.ok_or_else(|| match subscription {
        Some(s) => (
            1,
            format!("Subscription '{s}' not found. Check the spelling and casing and try again."),
        ),
        None => (1, "Please run 'az login' to setup account.".to_string()),
    })
}

fn dispatch(dir: &Path, args: &[String]) -> ShimResult {
    let words: Vec<&str> = args.iter().take(2).map(String::as_str).collect();
    let rest = &args[words.len().min(args.len())..];
    match words.as_slice() {
        ["account", "show"] => account(dir, flag(rest, &["--subscription", "-s", "--name", "-n"])?),
        ["account", "get-access-token"] => get_access_token(dir, rest),
        _ => Err((
            2,
            format!(
                "'{}' is not answered by azconn-emulator's az stand-in (only `az account get-access-token` and `az account show`).",
                args.join(" ")
            ),
        )),
    }
}

/// The `claims` parameter of az's token requests: MSAL Python's `client_capabilities=["CP1"]` as it serializes them.
const CP1_CLAIMS: &str = r#"{"access_token": {"xms_cc": {"values": ["CP1"]}}}"#;

fn get_access_token(dir: &Path, rest: &[String]) -> ShimResult {
    let scope = match (
        flag(rest, &["--resource"])?,
        flag(rest, &["--scope", "--scopes"])?,
        flag(rest, &["--resource-type"])?,
    ) {
        (Some(r), None, None) => format!("{r}/.default"),
        (None, Some(s), None) => s.to_string(),
        (None, None, Some(t)) => {
            let ports = Ports::load(dir).map_err(|e| {
                (
                    1,
                    format!("azconn-emulator is not running for {}: {e}", dir.display()),
                )
            })?;
            let r = match t {
                "oss-rdbms" => OSSRDBMS_AUDIENCE.to_string(),
                "arm" => ARM_AUDIENCE.to_string(),
                "ms-graph" | "aad-graph" => format!("https://127.0.0.1:{}/", ports.graph),
                other => {
                    return Err((
                        2,
                        format!(
                            "argument --resource-type: invalid choice: '{other}' (choose from 'oss-rdbms', 'arm', 'aad-graph', 'ms-graph', 'batch', 'media', 'data-lake')"
                        ),
                    ));
                }
            };
            format!("{r}/.default")
        }
        (None, None, None) => format!("{ARM_AUDIENCE}/.default"),
        _ => {
            return Err((
                1,
                "Please provide only one of --resource, --scope, --resource-type".to_string(),
            ));
        }
    };
    let tenant_arg = flag(rest, &["--tenant", "-t"])?;
    let sub_arg = flag(rest, &["--subscription"])?;
    let acct = account(dir, sub_arg)?;
    let tenant = tenant_arg.map_or_else(
        || acct["tenantId"].as_str().unwrap_or("").to_string(),
        str::to_string,
    );
    let ports = Ports::load(dir).map_err(|e| {
        (
            1,
            format!("azconn-emulator is not running for {}: {e}", dir.display()),
        )
    })?;
    let cred: Value = std::fs::read(dir.join("azure").join("emulator-credential.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| (1, "Please run 'az login' to setup account.".to_string()))?;
    let mut form = form_urlencoded::Serializer::new(String::new());
    if let Some(rt) = cred["refreshToken"].as_str() {
        form.append_pair("client_id", crate::tokens::AZ_CLI_APP_ID)
            .append_pair("grant_type", "refresh_token")
            .append_pair("refresh_token", rt)
            .append_pair("scope", &format!("{scope} offline_access openid profile"));
    } else {
        form.append_pair("client_id", cred["clientId"].as_str().unwrap_or(""))
            .append_pair("client_secret", cred["clientSecret"].as_str().unwrap_or(""))
            .append_pair("grant_type", "client_credentials")
            .append_pair("scope", &scope);
    }
    // az declares the CAE client capability in every token request unless told not to.
    if std::env::var_os("AZURE_IDENTITY_DISABLE_CP1").is_none() {
        form.append_pair("claims", CP1_CLAIMS);
    }
    let body = form.finish();
    let (status, answer) = post(
        dir,
        ports.arm,
        &format!("/{tenant}/oauth2/v2.0/token"),
        &body,
    )
    .map_err(|e| {
        (
            1,
            format!(
                "azconn-emulator is not reachable at 127.0.0.1:{}: {e}",
                ports.arm
            ),
        )
    })?;
    let v: Value = serde_json::from_slice(&answer).unwrap_or(Value::Null);
    if status != 200 {
        let d = v["error_description"]
            .as_str()
            .unwrap_or("token request failed");
        return Err((1, d.to_string()));
    }
    let expires_in = v["expires_in"].as_i64().unwrap_or(0);
    let exp = crate::tokens::now() + expires_in;
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let f = time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second].[subsecond digits:6]"
    );
    let expires_on = time::OffsetDateTime::from_unix_timestamp(exp)
        .map(|t| t.to_offset(offset))
        .ok()
        .and_then(|t| t.format(&f).ok())
        .unwrap_or_default();
    let mut out = json!({
        "accessToken": v["access_token"],
        "expiresOn": expires_on,
        "expires_on": exp,
        "tenant": tenant,
        "tokenType": "Bearer"
    });
    // az omits the subscription when --tenant is given.
    if tenant_arg.is_none() {
        out["subscription"] = acct["id"].clone();
    }
    Ok(out)
}

/// One HTTPS POST to the emulator, trusting only its CA.
fn post(dir: &Path, port: u16, path: &str, body: &str) -> Result<(u16, Vec<u8>), String> {
    let ca = std::fs::read(dir.join("ca.pem")).map_err(|e| e.to_string())?;
    let ca = native_tls::Certificate::from_pem(&ca).map_err(|e| e.to_string())?;
    let connector = native_tls::TlsConnector::builder()
        .add_root_certificate(ca)
        .disable_built_in_roots(true)
        .build()
        .map_err(|e| e.to_string())?;
    let tcp = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    tcp.set_read_timeout(Some(Duration::from_mins(1)))
        .map_err(|e| e.to_string())?;
    let mut tls = connector
        .connect("127.0.0.1", tcp)
        .map_err(|e| e.to_string())?;
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: azconn-emulator-az-shim\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tls.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    tls.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("malformed HTTP answer")?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("malformed status line")?;
    Ok((status, raw[split + 4..].to_vec()))
}
