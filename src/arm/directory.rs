//! Microsoft Graph directory lookups `azconn access` resolves principals with: users by UPN or object id, groups
//! and service principals by display name or id (`$filter=displayName eq '…'`, quotes doubled as OData wants).

use serde_json::Value;

use super::{ApiRequest, ArmClient, ArmError, Method};

impl ArmClient {
    fn graph_get(&self, url: String) -> ApiRequest {
        ApiRequest::new(Method::GET, url, Some(self.graph_scope().to_owned()))
    }

    /// `GET /v1.0/{collection}/{id}`; `None` when Graph answers 404.
    async fn graph_object(&self, collection: &str, id: &str) -> Result<Option<Value>, ArmError> {
        let base = format!("{}/v1.0/{collection}/", self.graph_base());
        let url = reqwest::Url::parse(&base)
            .and_then(|b| b.join(&urlencode_segment(id)))
            .map_err(|e| ArmError::Invalid(format!("bad Graph URL: {e}")))?;
        let resp = self.send(&self.graph_get(url.to_string())).await?;
        if resp.status == 404 {
            return Ok(None);
        }
        if resp.status >= 400 {
            return Err(ArmError::from_response(resp.status, &resp.body, None));
        }
        resp.json(url.as_str())
    }

    /// `GET /v1.0/{collection}?$filter={filter}`, all pages.
    async fn graph_filter(&self, collection: &str, filter: &str) -> Result<Vec<Value>, ArmError> {
        let base = format!("{}/v1.0/{collection}", self.graph_base());
        let url = reqwest::Url::parse_with_params(&base, [("$filter", filter)])
            .map_err(|e| ArmError::Invalid(format!("bad Graph URL: {e}")))?;
        self.list_all(self.graph_get(url.to_string())).await
    }

    /// A user by UPN or object id.
    pub async fn graph_user(&self, upn_or_id: &str) -> Result<Option<Value>, ArmError> {
        self.graph_object("users", upn_or_id).await
    }

    /// A group by object id.
    pub async fn graph_group(&self, id: &str) -> Result<Option<Value>, ArmError> {
        self.graph_object("groups", id).await
    }

    /// A service principal (or managed identity) by object id.
    pub async fn graph_service_principal(&self, id: &str) -> Result<Option<Value>, ArmError> {
        self.graph_object("servicePrincipals", id).await
    }

    /// Groups with this display name (there may be several).
    pub async fn graph_groups_named(&self, name: &str) -> Result<Vec<Value>, ArmError> {
        self.graph_filter("groups", &display_name_filter(name))
            .await
    }

    /// Service principals (managed identities included) with this display name.
    pub async fn graph_service_principals_named(&self, name: &str) -> Result<Vec<Value>, ArmError> {
        self.graph_filter("servicePrincipals", &display_name_filter(name))
            .await
    }
}

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

fn display_name_filter(name: &str) -> String {
    format!("displayName eq '{}'", name.replace('\'', "''"))
}

/// Percent-encodes one URL path segment (a UPN holds `@` and guests' `#EXT#`).
fn urlencode_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_segments_are_escaped() {
        assert_eq!(
            display_name_filter("O'Brien's"),
            "displayName eq 'O''Brien''s'"
        );
        assert_eq!(
            urlencode_segment("bob_fabrikam.com#EXT#@contoso.onmicrosoft.com"),
            "bob_fabrikam.com%23EXT%23@contoso.onmicrosoft.com"
        );
        assert_eq!(urlencode_segment("a/b c"), "a%2Fb%20c");
    }
}
