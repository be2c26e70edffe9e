//! The ids and seeds the integration tests share: the emulated tenant, subscription, users and service principal
//! (the same as emulator/seeds/demo.json), the ARM paths built from them, and seed documents for the emulator.

use serde_json::{Value, json};

pub const SUB: &str = "00000000-0000-0000-0000-000000000001";
pub const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
/// The signed-in az user of the seeds.
pub const ALICE: &str = "alice@contoso.com";
pub const ALICE_OID: &str = "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10";
/// A guest (`#EXT#`) user.
pub const BOB_OID: &str = "0b6a1c52-7d3e-4f59-8e2a-6c1f9d4b3a77";
pub const BOB_UPN: &str = "bob_fabrikam.com#EXT#@contoso.onmicrosoft.com";
/// The seeded service principal.
pub const SP_APP: &str = "3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d";
pub const SP_OID: &str = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
pub const SP_SECRET: &str = "emulator-sp-secret";

/// emulator/seeds/demo.json.
pub fn demo_seed() -> Value {
    serde_json::from_str(include_str!("../../../emulator/seeds/demo.json")).expect("demo seed")
}

/// A PostgreSQL server of kind `flexible` or `single` in `rg`: Entra auth off, no admins, loopback allowed,
/// database `demo`; `extra`'s keys replace the defaults.
pub fn server(kind: &str, name: &str, extra: Value) -> Value {
    let mut s = json!({
        "kind": kind, "name": name, "resourceGroup": "rg", "location": "eastus", "version": "15",
        "entraAuth": false, "admins": [], "publicNetworkAccess": true,
        "firewallRules": [{"name": "AllowLocalhost", "startIpAddress": "127.0.0.1", "endIpAddress": "127.0.0.1"}],
        "databases": ["demo"]
    });
    merge(&mut s, &extra);
    s
}

/// [`server`]'s `extra` for a server with Entra authentication on and Alice as its Entra administrator, and the
/// keys of `more`.
pub fn alice_admin(more: &Value) -> Value {
    let mut extra = json!({"entraAuth": true,
        "admins": [{"principalName": ALICE, "objectId": ALICE_OID, "principalType": "User"}]});
    merge(&mut extra, more);
    extra
}

/// Sets the keys of object `more` in object `base`.
fn merge(base: &mut Value, more: &Value) {
    if let (Some(base), Some(more)) = (base.as_object_mut(), more.as_object()) {
        for (k, v) in more {
            base.insert(k.clone(), v.clone());
        }
    }
}

/// A seed with `servers`, the users Alice and Bob (guest), the service principal, and `signed_in` as az's user.
pub fn seed(servers: Vec<Value>, signed_in: &str) -> Value {
    json!({
        "tenant": {"id": TENANT, "displayName": "Contoso", "defaultDomain": "contoso.onmicrosoft.com"},
        "subscriptions": [{"id": SUB, "name": "Demo subscription"}],
        "resourceGroups": [{"name": "rg", "location": "eastus"}],
        "servers": servers,
        "users": [
            {"upn": ALICE, "objectId": ALICE_OID, "displayName": "Alice Smith"},
            {"upn": BOB_UPN, "objectId": BOB_OID, "displayName": "Bob Jones", "mail": "bob@fabrikam.com"}
        ],
        "servicePrincipals": [{"appId": SP_APP, "objectId": SP_OID, "displayName": "azconn-ci", "secret": SP_SECRET}],
        "managedIdentities": [],
        "signedIn": {"type": "user", "name": signed_in}
    })
}

/// A Flexible Server's id.
pub fn flex_path(server: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/{server}"
    )
}

/// A Single Server's id.
pub fn single_path(server: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/{server}"
    )
}

/// A local connector's id, as ARM spells it (`resourceGroups`).
pub fn connector_id(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/{name}"
    )
}

/// A local connector's path as az sends it (`resourcegroups`, lower case).
pub fn connector_path(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/{name}"
    )
}
