//! Subscriptions, resource groups and resource provider registration (`Microsoft.Resources`), at the
//! api-versions az 2.91 sends.

use serde_json::Value;

use super::{ArmClient, ArmError, Method};

/// `GET /subscriptions` (and `/tenants`) api-version.
pub const SUBSCRIPTIONS_API_VERSION: &str = "2022-12-01";
/// Resource groups api-version (az 2.85+).
pub const RESOURCES_API_VERSION: &str = "2024-11-01";

/// A resource group.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceGroup {
    pub id: String,
    pub name: String,
    pub location: String,
    /// The body as ARM sent it.
    pub raw: Value,
}

impl ArmClient {
    /// All subscriptions the identity can see (paged).
    pub async fn list_subscriptions(&self) -> Result<Vec<Value>, ArmError> {
        self.list_json("/subscriptions", SUBSCRIPTIONS_API_VERSION)
            .await
    }

    /// `GET /subscriptions/{sub}/resourcegroups/{rg}` (lower-case `resourcegroups`, as the SDK writes it).
    pub async fn get_resource_group(
        &self,
        subscription: &str,
        name: &str,
    ) -> Result<ResourceGroup, ArmError> {
        let path = format!("/subscriptions/{subscription}/resourcegroups/{name}");
        let raw = self.get_json(&path, RESOURCES_API_VERSION).await?;
        let text = |k: &str| {
            raw.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Ok(ResourceGroup {
            id: text("id"),
            name: text("name"),
            location: text("location"),
            raw: raw.clone(),
        })
    }

    /// `POST /subscriptions/{sub}/providers/{namespace}/register` (`az provider register -n NS`); returns the
    /// provider's `registrationState` right after (normally `Registering`).
    pub async fn register_provider(
        &self,
        subscription: &str,
        namespace: &str,
    ) -> Result<String, ArmError> {
        let path = format!("/subscriptions/{subscription}/providers/{namespace}/register");
        let url = self.arm_url(&path, RESOURCES_API_VERSION);
        let resp = self
            .send_ok(&self.arm_request(Method::POST, &url), Some(&path))
            .await?;
        Ok(registration_state(&resp.json(&url)?.unwrap_or(Value::Null)))
    }

    /// `GET /subscriptions/{sub}/providers/{namespace}` (`az provider show -n NS`): its `registrationState`.
    pub async fn provider_registration_state(
        &self,
        subscription: &str,
        namespace: &str,
    ) -> Result<String, ArmError> {
        let path = format!("/subscriptions/{subscription}/providers/{namespace}");
        let raw = self.get_json(&path, RESOURCES_API_VERSION).await?;
        Ok(registration_state(&raw))
    }
}

fn registration_state(provider: &Value) -> String {
    provider
        .get("registrationState")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}
