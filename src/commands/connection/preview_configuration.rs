//! `connection preview-configuration postgres|postgres-flexible`: the configuration names a local connection
//! would get, from `GET /providers/Microsoft.ServiceLinker/configurationNames` with az's OData `$filter`
//! (`TargetService eq '…/databases'[ and AuthType eq '<t>'][ and ClientType eq '<c>']`), all pages.
//!
//! Deliberate difference (docs/compat.md): az never adds `--user-account` to the filter (its list of auth
//! options omits it); we apply it (`AuthType eq 'userAccount'`). As in az, the auth filter is used only when
//! exactly one auth option is given. The options' keys are not validated here (nothing is created).

use super::auth_flags::AuthFlag;
use crate::cli::connection::PreviewArgs;
use crate::commands::azure::Azure;
use crate::commands::linker_view;
use crate::commands::{Context, Outcome};
use crate::error::Result;
use crate::output::value::Value;
use crate::server_kind::ServerKind;

/// Parameters of `connection preview-configuration postgres|postgres-flexible`.
#[derive(Debug, Clone)]
pub struct PreviewParams {
    pub kind: ServerKind,
    /// `--client-type` in az's canonical spelling.
    pub client_type: Option<String>,
    /// The auth options given.
    pub auth: Vec<AuthFlag>,
}

/// The OData filter az builds (plus the user-account filter it drops).
pub fn filter(params: &PreviewParams) -> String {
    let mut f = format!("TargetService eq '{}'", params.kind.target_service());
    if let [only] = params.auth.as_slice() {
        f.push_str(&format!(" and AuthType eq '{}'", only.auth_type()));
    }
    if let Some(c) = params.client_type.as_deref().filter(|c| !c.is_empty()) {
        f.push_str(&format!(" and ClientType eq '{c}'"));
    }
    f
}

/// Runs `connection preview-configuration`.
pub async fn preview_configuration(azure: &Azure, params: &PreviewParams) -> Result<Option<Value>> {
    let items = azure
        .arm()?
        .linker_configuration_names(&filter(params))
        .await?;
    Ok(Some(Value::Array(
        items
            .iter()
            .map(linker_view::configuration_name_item)
            .collect(),
    )))
}

/// Runs `connection preview-configuration postgres|postgres-flexible`.
pub async fn run(kind: ServerKind, args: &PreviewArgs, ctx: &Context) -> Result<Outcome> {
    let params = PreviewParams {
        kind,
        client_type: args.client_type.map(|c| c.as_az().to_owned()),
        auth: super::auth_flags::from_args(&args.auth),
    };
    Ok(super::document(
        preview_configuration(&ctx.azure, &params).await?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(params: PreviewParams, expect: &str) {
        assert_eq!(filter(&params), expect);
    }

    /// `postgres-flexible` without options.
    fn flexible() -> PreviewParams {
        PreviewParams {
            kind: ServerKind::Flexible,
            client_type: None,
            auth: Vec::new(),
        }
    }

    #[test]
    fn filters() {
        check(
            flexible(),
            "TargetService eq 'Microsoft.DBforPostgreSQL/flexibleServers/databases'",
        );
        check(
            PreviewParams {
                kind: ServerKind::Single,
                client_type: Some("springBoot".into()),
                auth: vec![AuthFlag::Secret(vec![])],
            },
            "TargetService eq 'Microsoft.DBforPostgreSQL/servers/databases' and AuthType eq 'secret' and ClientType eq 'springBoot'",
        );
        check(
            PreviewParams {
                auth: vec![AuthFlag::UserAccount(vec![])],
                ..flexible()
            },
            "TargetService eq 'Microsoft.DBforPostgreSQL/flexibleServers/databases' and AuthType eq 'userAccount'",
        );
        // Two auth options: az uses no auth filter.
        check(
            PreviewParams {
                auth: vec![AuthFlag::UserAccount(vec![]), AuthFlag::Secret(vec![])],
                client_type: Some("python".into()),
                ..flexible()
            },
            "TargetService eq 'Microsoft.DBforPostgreSQL/flexibleServers/databases' and ClientType eq 'python'",
        );
    }
}
