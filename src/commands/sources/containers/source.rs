//! A container app or AKS cluster as the source of a connection: its read (a container app is read to report a
//! missing app and a container it does not have before any change; a cluster is never read, as az), the linker
//! PUT with the `scope` (the container, or the Kubernetes namespace), and the linker as az prints it (knack's shape,
//! `configurations`, and for AKS `kubernetesResourceName`).

use serde_json::Value as Json;

use super::names::{Container, with_kubernetes_names};
use crate::arm::service_linker::AuthInfo;
use crate::arm::web::{LinkerBody, LinkerSettings, linker_path};
use crate::arm::{ArmCall, ArmClient};
use crate::commands::connection::create::plan::Connection;
use crate::commands::connection::create::source::Source;
use crate::error::{Error, Result};
use crate::output::value::Value;

/// A container source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerSource {
    pub kind: Container,
    pub id: String,
    pub subscription: String,
    /// Read the container app (the principal does not read it already) to check it and its container.
    pub read_app: bool,
    pub settings: LinkerSettings,
}

/// A container app's container list, checked against the scope before any change.
pub fn check_container(app: &Json, container: &str) -> Result<()> {
    let names: Vec<&str> = app["properties"]["template"]["containers"]
        .as_array()
        .map(|c| c.iter().filter_map(|c| c["name"].as_str()).collect())
        .unwrap_or_default();
    if names.contains(&container) {
        return Ok(());
    }
    Err(Error::runtime(format!(
        "The container '{container}' is not in the container app {}; its containers: {}.",
        app["name"].as_str().unwrap_or_default(),
        names.join(", ")
    )))
}

impl Source for ContainerSource {
    type Found = ();

    fn subscription(&self) -> &str {
        &self.subscription
    }

    async fn look_up(&self, arm: &ArmClient) -> Result<()> {
        if self.kind == Container::App && self.read_app {
            let app = arm.container_app(&self.id).await?;
            if let Some(c) = &self.settings.scope {
                check_container(&app, c)?;
            }
        }
        Ok(())
    }

    fn connector(
        &self,
        arm: &ArmClient,
        _found: &(),
        connection: &Connection,
        auth_info: AuthInfo,
    ) -> ArmCall {
        let settings = LinkerSettings {
            customized_keys: connection.customized_keys.clone(),
            ..self.settings.clone()
        };
        let body = LinkerBody::create(
            &connection.target.id,
            &auth_info,
            connection.client_type.clone(),
            settings,
        );
        arm.source_linker_put_call(&linker_path(&self.id, &connection.name), &body)
    }

    async fn view(&self, arm: &ArmClient, raw: &Json) -> Value {
        let id = raw.get("id").and_then(Json::as_str).unwrap_or_default();
        let view = crate::commands::sources::with_configurations(
            raw,
            arm.linker_list_configurations(id).await,
        );
        with_kubernetes_names(view, raw)
    }
}
