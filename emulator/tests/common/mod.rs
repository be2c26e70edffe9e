//! Test harness for the emulator's own tests: starts `azconn-emulator start --detach --no-postgres` in a temp state
//! dir with free ports, gives HTTPS/admin clients and tokens, and always stops it (Drop guard).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

pub const SUB: &str = "00000000-0000-0000-0000-000000000001";
pub const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
pub const ALICE_OID: &str = "5f2e8a41-3c4d-4e8b-9a61-0c7d2b9e4f10";
pub const SP_APP: &str = "3c9a4e1b-8f2d-4a6c-b5e7-1d0f2a3b4c5d";
pub const SP_SECRET: &str = "emulator-sp-secret";
pub const ARM_SCOPE: &str = "https://management.core.windows.net//.default";
pub const FLEX_API: &str = "2024-08-01";

pub fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_azconn-emulator"))
}

pub struct Emu {
    pub dir: tempfile::TempDir,
    pub arm: u16,
    pub admin: u16,
    pub http: reqwest::Client,
    pub plain: reqwest::Client,
}

impl Drop for Emu {
    fn drop(&mut self) {
        let _ = Command::new(exe())
            .arg("stop")
            .arg("--state-dir")
            .arg(self.dir.path())
            .output();
    }
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
        let mut cmd = Command::new(exe());
        cmd.args(["start", "--detach", "--state-dir"])
            .arg(dir.path());
        if !postgres {
            cmd.arg("--no-postgres");
        }
        let out = cmd.args(extra).output().expect("run azconn-emulator");
        assert!(
            out.status.success(),
            "start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ports: Value = serde_json::from_slice(
            &std::fs::read(dir.path().join("ports.json")).expect("ports.json"),
        )
        .expect("ports json");
        let ca = std::fs::read(dir.path().join("ca.pem")).expect("ca.pem");
        let http = reqwest::Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&ca).expect("ca"))
            .build()
            .expect("client");
        Emu {
            arm: u16::try_from(ports["arm"].as_u64().expect("arm port")).expect("port"),
            admin: u16::try_from(ports["admin"].as_u64().expect("admin port")).expect("port"),
            dir,
            http,
            plain: reqwest::Client::new(),
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
        format!("https://127.0.0.1:{}{path}", self.arm)
    }

    pub fn admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.admin)
    }

    pub async fn token_raw(&self, form: &[(&str, &str)]) -> (u16, Value) {
        let r = self
            .http
            .post(self.url(&format!("/{TENANT}/oauth2/v2.0/token")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(form)
                    .finish(),
            )
            .send()
            .await
            .expect("token request");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// The seeded service principal's token for `scope`.
    pub async fn sp_token(&self, scope: &str) -> String {
        let (s, v) = self
            .token_raw(&[
                ("grant_type", "client_credentials"),
                ("client_id", SP_APP),
                ("client_secret", SP_SECRET),
                ("scope", scope),
            ])
            .await;
        assert_eq!(s, 200, "{v}");
        v["access_token"]
            .as_str()
            .expect("access_token")
            .to_string()
    }

    /// A user's token for `scope` via the refresh token the admin port hands out.
    pub async fn user_token(&self, user: &str, scope: &str) -> String {
        let rt: Value = self
            .plain
            .get(self.admin_url(&format!("/refresh-token?user={user}")))
            .send()
            .await
            .expect("refresh-token")
            .json()
            .await
            .expect("json");
        let (s, v) = self
            .token_raw(&[
                ("grant_type", "refresh_token"),
                ("client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
                ("refresh_token", rt["refreshToken"].as_str().expect("rt")),
                ("scope", &format!("{scope} offline_access openid profile")),
            ])
            .await;
        assert_eq!(s, 200, "{v}");
        v["access_token"]
            .as_str()
            .expect("access_token")
            .to_string()
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
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let url = if path.starts_with("https://") {
            path.to_string()
        } else {
            self.url(path)
        };
        let mut rb = self.http.request(method.parse().expect("method"), url);
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("request");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.expect("body");
        let v = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).expect("json body")
        };
        (status, headers, v)
    }

    pub async fn admin(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut rb = self
            .plain
            .request(method.parse().expect("method"), self.admin_url(path));
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("admin request");
        let s = r.status().as_u16();
        let bytes = r.bytes().await.expect("body");
        (
            s,
            if bytes.is_empty() {
                Value::Null
            } else {
                serde_json::from_slice(&bytes).expect("json")
            },
        )
    }

    pub async fn requests(&self) -> Vec<Value> {
        self.admin("GET", "/requests", None)
            .await
            .1
            .as_array()
            .cloned()
            .unwrap_or_default()
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

pub fn linker_body(user: &str) -> Value {
    json!({"properties": {
        "targetService": {"type": "AzureResource", "id": flex("/databases/demo")},
        "authInfo": {"userName": user, "authType": "userAccount", "principalId": ALICE_OID},
        "clientType": "none",
        "publicNetworkSolution": {"firewallRules": {"callerClientIP": "true"}},
        "configurationInfo": {}
    }})
}
