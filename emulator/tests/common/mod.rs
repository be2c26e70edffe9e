//! Test harness for the emulator's own tests: starts `azconn-emulator start --detach --no-postgres` in a temp state
//! dir with free ports through the shared wire client (`azconn_emulator::client`), gives HTTPS/admin calls and
//! the seeded tenant's tokens, and always stops it (Drop guard).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use azconn_emulator::client;
use serde_json::{Value, json};

pub const SUB: &str = "00000000-0000-0000-0000-000000000001";
pub const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
pub const ALICE_OID: &str = "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10";
pub const SP_APP: &str = "3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d";
pub const SP_SECRET: &str = "emulator-sp-secret";
pub const ARM_SCOPE: &str = "https://management.core.windows.net//.default";
pub const FLEX_API: &str = "2024-08-01";

/// An HTTPS answer: status, headers and JSON body (Null when empty).
pub type Answer = (u16, reqwest::header::HeaderMap, Value);

pub fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_azconn-emulator"))
}

/// A running emulator in a temporary state dir (the shared wire client, `azconn_emulator::client`), with the
/// seeded tenant's tokens at hand.
pub struct Emu {
    // Declared before `dir`: the emulator stops before its state dir is removed.
    client: client::Emulator,
    pub dir: tempfile::TempDir,
    pub arm: u16,
    /// Trusts the emulator's CA.
    pub http: reqwest::Client,
}

impl Emu {
    pub fn start() -> Emu {
        Self::start_with(&[])
    }

    /// Starts with extra flags; `--postgres` (first) keeps the PostgreSQL clusters, which are off by default here.
    pub fn start_with(extra: &[&str]) -> Emu {
        let dir = tempfile::tempdir().expect("tempdir");
        let (postgres, extra) = match extra.split_first() {
            Some((&"--postgres", rest)) => (true, rest),
            _ => (false, extra),
        };
        let flags = (!postgres).then_some("--no-postgres").into_iter();
        let client =
            client::Emulator::start(&exe(), dir.path(), flags.chain(extra.iter().copied()), &[])
                .unwrap_or_else(|e| panic!("{e}"));
        Emu {
            arm: client.arm,
            http: client.http().clone(),
            client,
            dir,
        }
    }

    /// Starts with the demo seed as changed by `edit` (written to a temp file and passed as `--seed`).
    pub fn start_seeded(edit: impl FnOnce(&mut Value), extra: &[&str]) -> Emu {
        let mut seed = demo_seed();
        edit(&mut seed);
        let file = tempfile::NamedTempFile::new().expect("seed file");
        std::fs::write(file.path(), seed.to_string()).expect("write seed");
        let path = file.path().to_str().expect("utf-8 path").to_string();
        let mut args: Vec<&str> = extra.to_vec();
        let at = usize::from(args.first() == Some(&"--postgres"));
        args.splice(at..at, ["--seed", path.as_str()]);
        Self::start_with(&args)
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn url(&self, path: &str) -> String {
        self.client.url(path)
    }

    pub fn admin_url(&self, path: &str) -> String {
        self.client.admin_url(path)
    }

    pub async fn token_raw(&self, form: &[(&str, &str)]) -> (u16, Value) {
        self.client
            .token(TENANT, form)
            .await
            .expect("token request")
    }

    /// The seeded service principal's token for `scope`.
    pub async fn sp_token(&self, scope: &str) -> String {
        self.client
            .sp_token(TENANT, SP_APP, SP_SECRET, scope)
            .await
            .expect("service principal token")
    }

    /// A user's token for `scope` via the refresh token the admin port hands out.
    pub async fn user_token(&self, user: &str, scope: &str) -> String {
        self.client
            .user_token(TENANT, user, scope)
            .await
            .expect("user token")
    }

    pub async fn alice_arm(&self) -> String {
        self.user_token("alice@contoso.com", ARM_SCOPE).await
    }

    /// An ARM call with a bearer token; returns status, headers and JSON body (Null when empty).
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let a = self
            .client
            .call(method, path, token, body.as_ref())
            .await
            .expect("request");
        (a.status, a.headers, a.body)
    }

    /// `GET path` with a bearer token.
    pub async fn get(&self, path: &str, token: &str) -> Answer {
        self.call("GET", path, Some(token), None).await
    }

    /// The status of `GET path` with a bearer token.
    pub async fn status(&self, path: &str, token: &str) -> u16 {
        self.get(path, token).await.0
    }

    /// `PUT path` with a bearer token and a JSON body.
    pub async fn put(&self, path: &str, token: &str, body: Value) -> Answer {
        self.call("PUT", path, Some(token), Some(body)).await
    }

    /// `POST path` (no body, as ARM actions take it) with a bearer token.
    pub async fn post(&self, path: &str, token: &str) -> Answer {
        self.call("POST", path, Some(token), None).await
    }

    /// `PATCH path` with a bearer token and a JSON body.
    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Answer {
        self.call("PATCH", path, Some(token), Some(body)).await
    }

    /// `DELETE path` with a bearer token.
    pub async fn delete(&self, path: &str, token: &str) -> Answer {
        self.call("DELETE", path, Some(token), None).await
    }

    pub async fn admin(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let a = self
            .client
            .admin(method, path, body.as_ref())
            .await
            .expect("admin request");
        (a.status, a.body)
    }

    /// Graph's servicePrincipal with object id `id`, as alice reads it.
    pub async fn service_principal(&self, id: &str) -> Answer {
        let graph = self
            .user_token("alice@contoso.com", "https://graph.microsoft.com/.default")
            .await;
        self.get(&format!("/v1.0/servicePrincipals/{id}"), &graph)
            .await
    }

    /// Scripts the long-running operations of `method path` (a pattern): `polls` answers "in progress", then
    /// `result`.
    pub async fn lro(&self, method: &str, path: &str, polls: u32, result: &str) {
        let script = json!({"method": method, "path": path, "polls": polls, "result": result});
        let (s, v) = self.admin("POST", "/knobs/lro", Some(script)).await;
        assert_eq!(s, 204, "{v}");
    }

    /// `GET /msi/token?{query}` with the managed-identity endpoint's `X-IDENTITY-HEADER`.
    pub async fn msi(&self, query: &str) -> reqwest::Response {
        let header = std::fs::read_to_string(self.path().join("identity-header")).expect("header");
        self.http
            .get(self.url(&format!("/msi/token?{query}")))
            .header("X-IDENTITY-HEADER", header.trim())
            .send()
            .await
            .expect("msi")
    }

    /// A started emulator and alice's ARM token.
    pub async fn signed_in() -> (Emu, String) {
        let emu = Emu::start();
        let t = emu.alice_arm().await;
        (emu, t)
    }

    pub async fn requests(&self) -> Vec<Value> {
        self.client.requests().await.expect("request log")
    }
}

/// emulator/seeds/demo.json.
pub fn demo_seed() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/demo.json"))
        .expect("demo seed");
    serde_json::from_str(&text).expect("demo seed json")
}

/// The demo seed with the server's Entra authentication off (the state `az connection create` enables).
pub fn entra_off(seed: &mut Value) {
    seed["servers"][0]["entraAuth"] = json!(false);
}

/// Asserts Entra's error answer: its `error` and the start of its `error_description` (`AADSTS…: `).
pub fn assert_entra_error(v: &Value, error: &str, description: &str) {
    assert_eq!(v["error"], error, "{v}");
    let text = v["error_description"].as_str().expect("error_description");
    assert!(text.starts_with(description), "{v}");
}

/// A response header's text.
pub fn header<'h>(h: &'h reqwest::header::HeaderMap, name: &str) -> &'h str {
    h[name].to_str().expect(name)
}

pub fn claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).expect("jwt payload");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("b64");
    serde_json::from_slice(&bytes).expect("claims json")
}

pub fn flex(path: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv{path}"
    )
}

pub fn connector(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/{name}"
    )
}

/// A database PUT's body.
pub fn database(collation: &str) -> Value {
    json!({"properties": {"charset": "UTF8", "collation": collation}})
}

/// A firewall rule PUT's body.
pub fn firewall_rule(start: &str, end: &str) -> Value {
    json!({"properties": {"startIpAddress": start, "endIpAddress": end}})
}

pub fn linker_body(user: &str) -> Value {
    json!({"properties": {
        "targetService": {"type": "AzureResource", "id": flex("/databases/demo")},
        "authInfo": {"userName": user, "authType": "userAccount", "principalId": ALICE_OID},
        "clientType": "none",
        "publicNetworkSolution": {"firewallRules": {"callerClientIP": "true"}},
        "configurationInfo": {}
    }})
}
