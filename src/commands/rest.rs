//! `azconn rest`: the subset of `az rest` azconn needs — `--method`, `--url` (absolute, or a path relative to
//! the ARM endpoint, with `{subscriptionId}` filled in), `--body` (text or `@file`), `--headers`,
//! `--uri-parameters`, `--resource`, `--skip-authorization-header`, `--output-file`. The token audience is
//! chosen from the URL's host like az does. The result goes to the output engine without az's global result
//! transforms (az rest adds no `resourceGroup` key).

use std::path::PathBuf;

use indexmap::IndexMap;

use super::azure::Azure;
use super::{Context, Outcome};
use crate::arm::error::reason_phrase;
use crate::arm::{ApiRequest, Method};
use crate::auth::TokenRequest;
use crate::cli::RestArgs;
use crate::error::{Error, Result};
use crate::output::{log, value::Value};
use crate::settings::Cloud;
use crate::settings::cloud::scope_for_resource;

/// Parameters of `azconn rest` (each maps to the az flag of the same name).
#[derive(Debug, Clone, Default)]
pub struct RestParams {
    /// `--method/-m`: head, get, put, post, delete, options, patch (case-insensitive; default get).
    pub method: Option<String>,
    /// `--url/--uri/-u`.
    pub url: String,
    /// `--body/-b`: the body, or `@path` to read it from a file.
    pub body: Option<String>,
    /// `--headers`: each `KEY=VALUE` or a JSON object.
    pub headers: Vec<String>,
    /// `--uri-parameters/--url-parameters`: each `KEY=VALUE` or a JSON object.
    pub uri_parameters: Vec<String>,
    /// `--resource`: the token audience (else derived from the URL).
    pub resource: Option<String>,
    /// `--skip-authorization-header`.
    pub skip_authorization_header: bool,
    /// `--output-file`: write the response body there instead of printing it.
    pub output_file: Option<PathBuf>,
}

/// What `rest` prints.
#[derive(Debug, Clone, PartialEq)]
pub enum RestOutput {
    /// A JSON response, for the output engine (`-o`, `--query`).
    Json(Value),
    /// A non-JSON response: az prints the text as it is (after a warning).
    Text(String),
    /// Nothing (empty body, or written to `--output-file`).
    Nothing,
}

/// `KEY=VALUE` or JSON-object arguments merged into one case-insensitive map (later wins), like az.
fn parse_pairs(args: &[String], flag: &str) -> Result<IndexMap<String, String>> {
    let mut out: IndexMap<String, String> = IndexMap::new();
    let mut put = |k: String, v: String| {
        if let Some(existing) = out.keys().find(|e| e.eq_ignore_ascii_case(&k)).cloned() {
            out.shift_remove(&existing);
        }
        out.insert(k, v);
    };
    for a in args {
        if let Ok(serde_json::Value::Object(m)) = serde_json::from_str::<serde_json::Value>(a) {
            for (k, v) in m {
                let v = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                put(k, v);
            }
            continue;
        }
        let (k, v) = a.split_once('=').ok_or_else(|| {
            Error::usage(format!(
                "{flag}: expected KEY=VALUE or a JSON object, got '{a}'"
            ))
        })?;
        put(k.to_owned(), v.to_owned());
    }
    Ok(out)
}

/// az's choice of token audience for a URL: the ARM audience for ARM URLs, else the first cloud endpoint
/// (in attribute-name order, as Python's `dir()` lists them) that prefixes the URL.
pub fn resource_for_url(cloud: &Cloud, url: &str) -> Option<String> {
    let lower = url.to_lowercase();
    if let Ok(arm) = cloud.resource_manager()
        && lower.starts_with(&arm.to_lowercase())
    {
        return cloud.arm_audience().ok().map(str::to_owned);
    }
    let mut names: Vec<&String> = cloud.endpoints.keys().collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|n| cloud.endpoints.get(n))
        .find(|v| !v.is_empty() && lower.starts_with(&v.to_lowercase()))
        .cloned()
}

/// The subscription id in an ARM URL (`/subscriptions/<guid>`), as az extracts it for the token.
fn subscription_in_url(url: &str) -> Option<String> {
    let lower = url.to_lowercase();
    let i = lower.find("/subscriptions/")?;
    let rest = &url[i + "/subscriptions/".len()..];
    let id: String = rest.chars().take(36).collect();
    crate::settings::profile::is_guid(&id).then_some(id)
}

/// Runs `azconn rest`.
pub async fn rest(azure: &Azure, params: &RestParams) -> Result<RestOutput> {
    let settings = azure.settings()?;
    let cloud = &settings.cloud;
    let method_name = params
        .method
        .as_deref()
        .unwrap_or("get")
        .to_ascii_uppercase();
    let method = match method_name.as_str() {
        "HEAD" | "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "PATCH" => {
            Method::from_bytes(method_name.as_bytes()).map_err(|e| Error::usage(e.to_string()))?
        }
        other => {
            return Err(Error::usage(format!(
                "argument --method/-m: invalid choice: '{}' (choose from 'head', 'get', 'put', 'post', 'delete', 'options', 'patch')",
                other.to_lowercase()
            )));
        }
    };
    let mut headers = parse_pairs(&params.headers, "--headers")?;
    let uri_parameters = parse_pairs(&params.uri_parameters, "--uri-parameters")?;

    let mut url = params.url.clone();
    if !url.contains("://") {
        url = format!("{}{url}", cloud.resource_manager()?);
    }
    if url.contains("{subscriptionId}") {
        url = url.replace("{subscriptionId}", &azure.subscription()?.id);
    }
    if !uri_parameters.is_empty() {
        let mut parsed = reqwest::Url::parse(&url)
            .map_err(|e| Error::usage(format!("Invalid --url '{url}': {e}")))?;
        parsed.query_pairs_mut().extend_pairs(uri_parameters.iter());
        url = parsed.to_string();
    }

    let body =
        match &params.body {
            Some(b) => match b.strip_prefix('@') {
                Some(path) => Some(std::fs::read(path).map_err(|e| {
                    Error::runtime(format!("Failed to read --body file {path}: {e}"))
                })?),
                None => Some(b.clone().into_bytes()),
            },
            None => None,
        };
    if let Some(b) = &body
        && serde_json::from_slice::<serde_json::Value>(b).is_ok()
        && !headers
            .keys()
            .any(|k| k.eq_ignore_ascii_case("Content-Type"))
    {
        headers.insert("Content-Type".to_owned(), "application/json".to_owned());
    }

    let skip_auth = params.skip_authorization_header
        || headers
            .keys()
            .any(|k| k.eq_ignore_ascii_case("Authorization"));
    if !skip_auth && url.to_lowercase().starts_with("https://") {
        match params
            .resource
            .clone()
            .or_else(|| resource_for_url(cloud, &url))
        {
            Some(resource) => {
                let arm = cloud
                    .resource_manager()
                    .map(str::to_lowercase)
                    .unwrap_or_default();
                let sub_in_url = url
                    .to_lowercase()
                    .starts_with(&arm)
                    .then(|| subscription_in_url(&url))
                    .flatten();
                let subscription = match sub_in_url {
                    Some(id) => settings.subscription(Some(&id)).ok().or(Some(
                        crate::settings::Subscription {
                            id,
                            name: None,
                            tenant_id: None,
                            user: None,
                        },
                    )),
                    None => azure.subscription().ok(),
                };
                log::debug(&format!("Retrieving token for resource {resource}"));
                let token = azure
                    .tokens()?
                    .get_token(&TokenRequest {
                        scope: scope_for_resource(&resource),
                        tenant: None,
                        subscription,
                    })
                    .await?;
                headers.insert("Authorization".to_owned(), token.authorization());
            }
            None => log::warning(
                "Can't derive appropriate Azure AD resource from --url to acquire an access token. If access token is required, use --resource to specify the resource",
            ),
        }
    }

    let request = ApiRequest {
        method,
        url,
        body,
        headers: headers.into_iter().collect(),
        scope: None,
    };
    let response = azure.arm()?.send(&request).await?;
    if response.status >= 400 {
        let mut reason = reason_phrase(response.status).to_owned();
        let text = String::from_utf8_lossy(&response.body);
        if !text.is_empty() {
            reason.push_str(&format!("({text})"));
        }
        return Err(if response.status == 404 {
            Error::not_found(reason)
        } else {
            Error::runtime(reason)
        });
    }
    if let Some(path) = &params.output_file {
        std::fs::write(path, &response.body)
            .map_err(|e| Error::runtime(format!("Failed to write {}: {e}", path.display())))?;
        return Ok(RestOutput::Nothing);
    }
    if response.body.is_empty() {
        return Ok(RestOutput::Nothing);
    }
    let text = String::from_utf8_lossy(&response.body);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        Ok(RestOutput::Json(Value::from_json(&v)))
    } else {
        log::warning(
            "Not a json response, outputting to stdout. For binary data suggest use \"--output-file\" to write to a file",
        );
        Ok(RestOutput::Text(text.to_owned()))
    }
}

/// Runs `azconn rest` (`az rest`): its document without az's global transforms.
pub async fn run(args: &RestArgs, ctx: &Context) -> Result<Outcome> {
    let params = RestParams {
        method: Some(args.method.as_str().to_ascii_lowercase()),
        url: args.url.clone(),
        body: args.body.clone(),
        headers: args.headers.clone(),
        uri_parameters: args.uri_parameters.clone(),
        resource: args.resource.clone(),
        skip_authorization_header: args.skip_authorization_header,
        output_file: args.output_file.clone(),
    };
    Ok(match rest(&ctx.azure, &params).await? {
        RestOutput::Json(value) => Outcome::Document {
            value,
            transforms: false,
        },
        RestOutput::Text(text) => Outcome::Text(text),
        RestOutput::Nothing => Outcome::Nothing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn audience_by_host_like_az() {
        let clouds = crate::settings::cloud::clouds_from_text("", Path::new("c"));
        let public = &clouds[0];
        let check = |url: &str, want: Option<&str>| {
            assert_eq!(resource_for_url(public, url).as_deref(), want, "{url}");
        };
        check(
            "https://management.azure.com/subscriptions?api-version=1",
            Some("https://management.core.windows.net/"),
        );
        check(
            "https://graph.microsoft.com/v1.0/me",
            Some("https://graph.microsoft.com/"),
        );
        check("https://example.com/x", None);
    }

    #[test]
    fn pairs_json_and_key_value_case_insensitive() {
        let got = parse_pairs(
            &["a=1".into(), r#"{"A":"2","b":3}"#.into(), "c=x=y".into()],
            "--headers",
        )
        .expect("parses");
        let got: Vec<(String, String)> = got.into_iter().collect();
        assert_eq!(
            got,
            vec![
                ("A".into(), "2".into()),
                ("b".into(), "3".into()),
                ("c".into(), "x=y".into())
            ]
        );
        assert!(parse_pairs(&["novalue".into()], "--headers").is_err());
    }

    #[test]
    fn subscription_from_arm_url() {
        assert_eq!(
            subscription_in_url(
                "https://m/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/x"
            )
            .as_deref(),
            Some("00000000-0000-0000-0000-000000000001")
        );
        assert_eq!(
            subscription_in_url("https://m/subscriptions?api-version=1"),
            None
        );
    }
}
