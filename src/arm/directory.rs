//! The Entra object id behind an identity-bearing resource (a user-assigned identity, an App Service or Container
//! App's system identity), which `azconn access` resolves principals named by resource id with.

use serde_json::Value;

use super::{ArmClient, ArmError};

/// The api-versions an identity-bearing resource is read at (those az 2.91 sends).
const IDENTITY_API_VERSIONS: [(&str, &str); 4] = [
    (
        "Microsoft.ManagedIdentity/userAssignedIdentities",
        "2023-01-31",
    ),
    ("Microsoft.Web/sites", "2023-12-01"),
    ("Microsoft.Web/sites/slots", "2023-12-01"),
    ("Microsoft.App/containerApps", "2024-03-01"),
];

impl ArmClient {
    /// The Entra object id behind a resource: a user-assigned identity's `properties.principalId`, or an App
    /// Service / Container App's system-assigned `identity.principalId` (`None`: the app has none). An
    /// unsupported resource type is an `Invalid` error naming the types that are.
    pub async fn resource_principal_id(
        &self,
        id: &super::ResourceId,
    ) -> Result<Option<String>, ArmError> {
        let rtype = id.resource_type().unwrap_or_default();
        let Some((_, version)) = IDENTITY_API_VERSIONS
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(&rtype))
        else {
            let known: Vec<&str> = IDENTITY_API_VERSIONS.iter().map(|(t, _)| *t).collect();
            return Err(ArmError::Invalid(format!(
                "`{id}` is a {rtype}; expected one of {}",
                known.join(", ")
            )));
        };
        let path = id.to_string();
        let raw = self.get_json(&path, version).await?;
        let principal = raw
            .pointer("/properties/principalId")
            .or_else(|| raw.pointer("/identity/principalId"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        Ok(principal)
    }
}
