//! A Microsoft.Web site or deployment slot as the world holds it, as `GET` answers it, and the seeded ones.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::arm::identity::SystemIdentity;
use crate::ids::resource_id;
use crate::seed::Seed;

/// A site or one of its slots, as the world holds it.
#[derive(Debug, Clone)]
pub struct Site {
    pub sub: String,
    pub rg: String,
    pub name: String,
    pub slot: Option<String>,
    /// `app` or `functionapp`.
    pub kind: String,
    pub location: String,
    /// `config/web` properties (runtime stack).
    pub site_config: Map<String, Value>,
    pub identity: Option<SystemIdentity>,
    /// User-assigned identity resource ids, as sent.
    pub user_assigned: Vec<String>,
    /// App settings in insertion order.
    pub app_settings: Vec<(String, String)>,
    /// Connection strings: (name, value, type).
    pub connection_strings: Vec<(String, String, String)>,
}

impl Site {
    /// The resource id (`…/sites/{name}` or `…/sites/{name}/slots/{slot}`).
    pub fn id(&self) -> String {
        let site = resource_id(&self.sub, &self.rg, "Microsoft.Web/sites", &self.name);
        match &self.slot {
            Some(s) => format!("{site}/slots/{s}"),
            None => site,
        }
    }

    /// The world key: the lower-cased id.
    pub fn key(&self) -> String {
        self.id().to_ascii_lowercase()
    }

    /// The display name of its service principal (`app1`, `app1/slots/staging`), as Entra names it.
    pub fn principal_name(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}/slots/{s}", self.name),
            None => self.name.clone(),
        }
    }

    fn linux(&self) -> bool {
        self.site_config
            .get("linuxFxVersion")
            .and_then(Value::as_str)
            .is_some_and(|v| !v.is_empty())
    }

    fn host(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}-{s}.azurewebsites.net", self.name),
            None => format!("{}.azurewebsites.net", self.name),
        }
    }

    pub(super) fn arm_name(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}/{s}", self.name),
            None => self.name.clone(),
        }
    }

    pub(super) fn arm_type(&self) -> &'static str {
        if self.slot.is_some() {
            "Microsoft.Web/sites/slots"
        } else {
            "Microsoft.Web/sites"
        }
    }

    /// The site as `GET` answers it.
    pub fn body(&self, tenant: &str) -> Value {
        let linux = self.linux();
        let kind = match (self.kind.as_str(), linux) {
            ("functionapp", true) => "functionapp,linux",
            ("functionapp", false) => "functionapp",
            (_, true) => "app,linux",
            _ => "app",
        };
        let host = self.host();
        let mut site_config = json!({"numberOfWorkers": 1, "linuxFxVersion": "", "windowsFxVersion": null,
            "alwaysOn": false, "http20Enabled": true, "minTlsVersion": "1.2", "ftpsState": "FtpsOnly"});
        if let Some(v) = self.site_config.get("linuxFxVersion") {
            site_config["linuxFxVersion"] = v.clone();
        }
        let mut v = json!({
            "id": self.id(),
            "name": self.arm_name(),
            "type": self.arm_type(),
            "kind": kind,
            "location": self.location,
            "tags": {},
            "properties": {
                "name": self.arm_name(),
                "state": "Running",
                "hostNames": [host],
                "enabledHostNames": [host, host.replace(".azurewebsites.net", ".scm.azurewebsites.net")],
                "defaultHostName": host,
                "enabled": true,
                "reserved": linux,
                "httpsOnly": false,
                "usageState": "Normal",
                "availabilityState": "Normal",
                "resourceGroup": self.rg,
                "serverFarmId": format!("/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Web/serverfarms/{}-plan", self.sub, self.rg, self.name),
                "siteConfig": site_config,
                "clientAffinityEnabled": true,
                "publicNetworkAccess": "Enabled"
            }
        });
        let uai: Map<String, Value> = self
            .user_assigned
            .iter()
            .map(|id| (id.clone(), user_assigned_entry(id)))
            .collect();
        let identity = match (&self.identity, uai.is_empty()) {
            (None, true) => None,
            (None, false) => Some(json!({"type": "UserAssigned", "userAssignedIdentities": uai})),
            (Some(i), true) => Some(
                json!({"type": "SystemAssigned", "tenantId": tenant, "principalId": i.principal_id}),
            ),
            (Some(i), false) => Some(
                json!({"type": "SystemAssigned, UserAssigned", "tenantId": tenant,
                "principalId": i.principal_id, "userAssignedIdentities": uai}),
            ),
        };
        if let (Some(i), Value::Object(m)) = (identity, &mut v) {
            m.insert("identity".into(), i);
        }
        v
    }
}

/// `userAssignedIdentities[id]` of a site: the identity's principal and client ids when the seed knows it.
fn user_assigned_entry(id: &str) -> Value {
    json!({"principalId": null, "clientId": null, "resourceId": id})
}

/// The seeded sites and slots, keyed by lower-cased id.
pub fn sites_from_seed(seed: &Seed) -> BTreeMap<String, Site> {
    let mut out = BTreeMap::new();
    for s in &seed.sites {
        let (sub, location) = seed.placement(s);
        let base = Site {
            sub,
            rg: s.resource_group.clone(),
            name: s.name.clone(),
            slot: None,
            kind: s.kind.clone(),
            location,
            site_config: s.site_config.clone(),
            identity: None,
            user_assigned: Vec::new(),
            app_settings: Vec::new(),
            connection_strings: Vec::new(),
        };
        let mut prod = base.clone();
        if s.system_identity {
            prod.identity = Some(SystemIdentity::for_key(&prod.key()));
        }
        out.insert(prod.key(), prod);
        for slot in &s.slots {
            let mut sl = base.clone();
            sl.slot = Some(slot.clone());
            out.insert(sl.key(), sl);
        }
    }
    out
}
