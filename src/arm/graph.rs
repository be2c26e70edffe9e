//! Microsoft Graph calls az's passwordless flow makes: the signed-in user (`/v1.0/me`) and a service principal
//! by app id (`servicePrincipals?$filter=servicePrincipalNames/any(c:c eq '<appId>')`, as `az ad sp show --id`
//! resolves it). Also the signed-in identity: from the ARM token's claims first, Graph `/me` only as a fallback.

use serde_json::Value;

use super::{ApiRequest, ArmClient, ArmError, Method};
use crate::auth::{Identity, PrincipalKind, TokenRequest};

impl ArmClient {
    fn graph_request(&self, url: String) -> ApiRequest {
        ApiRequest::new(Method::GET, url, Some(self.graph_scope().to_owned()))
    }

    /// `GET {graph}/v1.0/me`.
    pub async fn graph_me(&self) -> Result<Value, ArmError> {
        let url = format!("{}/v1.0/me", self.graph_base());
        let resp = self.send_ok(&self.graph_request(url.clone()), None).await?;
        resp.json(&url)?.ok_or_else(|| ArmError::Decode {
            url,
            message: "the body is empty".to_owned(),
        })
    }

    /// The service principal with this app id, if any.
    pub async fn graph_service_principal_by_app_id(
        &self,
        app_id: &str,
    ) -> Result<Option<Value>, ArmError> {
        let base = format!("{}/v1.0/servicePrincipals", self.graph_base());
        let filter = format!(
            "servicePrincipalNames/any(c:c eq '{}')",
            app_id.replace('\'', "''")
        );
        let url = reqwest::Url::parse_with_params(&base, [("$filter", filter.as_str())])
            .map_err(|e| ArmError::Invalid(format!("bad Graph URL: {e}")))?;
        let items = self.list_all(self.graph_request(url.to_string())).await?;
        Ok(items.into_iter().next())
    }

    /// Who is signed in: the ARM token's claims (`oid`, `upn`/`appid`, `tid`, user vs. app), falling back to
    /// Graph `/me` when the token does not carry an object id or a name.
    pub async fn signed_in_identity(&self) -> Result<Identity, ArmError> {
        let token = self
            .tokens()
            .get_token(&TokenRequest::new(self.arm_scope(), self.subscription()))
            .await?;
        let claimed = token.identity();
        if let Some(id) = &claimed
            && id.object_id.is_some()
            && id.name.is_some()
        {
            return Ok(id.clone());
        }
        let me = self.graph_me().await?;
        let text = |k: &str| me.get(k).and_then(Value::as_str).map(str::to_owned);
        Ok(Identity {
            object_id: text("id").or_else(|| text("objectId")),
            name: text("userPrincipalName"),
            app_id: None,
            tenant_id: claimed
                .and_then(|c| c.tenant_id)
                .or_else(|| self.subscription().and_then(|s| s.tenant_id.clone())),
            kind: PrincipalKind::User,
        })
    }
}
