//! A web app, function app or slot as a connection's source: its reads (the site, or — for a web app without
//! `--client-type` — the production site's `config/web`, whose runtime stack names the client type), the linker
//! PUT on the app's id, and the linker as az prints it (`transform_linker_properties`: knack's shape plus
//! `listConfigurations`).

use serde_json::Value as Json;

use super::app::SourceApp;
use super::detect;
use crate::arm::service_linker::AuthInfo;
use crate::arm::web::{LinkerBody, LinkerSettings, linker_path};
use crate::arm::{ArmCall, ArmClient, ArmError};
use crate::commands::connection::create::plan::Connection;
use crate::commands::connection::create::source::Source;
use crate::error::Result;
use crate::output::log;
use crate::output::value::Value;

/// The linker options besides target, auth and client type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkerOptions {
    /// What the linker body carries (`customized_keys` comes from the connection).
    pub settings: LinkerSettings,
    /// `--config-connstr` (web apps): a `dotnet` client stores the configuration in connection strings.
    pub config_connstr: bool,
}

/// An app as the source of a connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppSource {
    pub app: SourceApp,
    /// No `--client-type` on a web app: detect it from the runtime stack.
    pub detect_client_type: bool,
    /// Read the app to report a missing one before any change (when the principal does not read it anyway).
    pub check_exists: bool,
    pub options: LinkerOptions,
}

/// What the source's reads found: the detected client type, if it was detected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFound {
    pub client_type: Option<&'static str>,
}

impl AppSource {
    /// The client type the linker is created with.
    fn client_type(&self, found: &AppFound, connection: &Connection) -> String {
        let client = found
            .client_type
            .map_or_else(|| connection.client_type.clone(), str::to_owned);
        if self.options.config_connstr && client == "dotnet" {
            "dotnet-connectionString".to_owned()
        } else {
            client
        }
    }
}

impl Source for AppSource {
    type Found = AppFound;

    fn subscription(&self) -> &str {
        &self.app.subscription
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<AppFound> {
        let exists = async {
            if self.check_exists {
                arm.web_site(&self.app.id()).await.map(|_| ())
            } else {
                Ok(())
            }
        };
        // Detection reads the production site, also for a slot (as az's `webapp show --id <slot id>` does).
        let detect = async {
            if self.detect_client_type {
                Some(arm.web_site_config(&self.app.site_id()).await)
            } else {
                None
            }
        };
        let (exists, config) = tokio::join!(exists, detect);
        let client_type = match config {
            None => None,
            // A missing app ends the run (exit 3), as az's nested `webapp show` does.
            Some(Err(e @ ArmError::Response { status: 404, .. })) => return Err(e.into()),
            Some(Err(e)) => {
                log::debug(&format!("client type detection failed: {e}"));
                log::warning("Client type is not specified, use default one: --client-type none");
                Some("none")
            }
            Some(Ok(config)) => {
                let detected = detect::client_type(&config);
                log::warning(&format!(
                    "Client type is not specified, use detected one: --client-type {detected}"
                ));
                Some(detected)
            }
        };
        exists?;
        Ok(AppFound { client_type })
    }

    fn connector(
        &self,
        arm: &ArmClient,
        found: &AppFound,
        connection: &Connection,
        auth_info: AuthInfo,
    ) -> ArmCall {
        let settings = LinkerSettings {
            customized_keys: connection.customized_keys.clone(),
            ..self.options.settings.clone()
        };
        let client_type = self.client_type(found, connection);
        let body = LinkerBody::create(&connection.target.id, &auth_info, client_type, settings);
        arm.source_linker_put_call(&linker_path(&self.app.id(), &connection.name), &body)
    }

    async fn view(&self, arm: &ArmClient, raw: &Json) -> Value {
        let id = raw.get("id").and_then(Json::as_str).unwrap_or_default();
        super::with_configurations(raw, arm.linker_list_configurations(id).await)
    }
}
