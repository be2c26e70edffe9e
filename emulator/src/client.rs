//! A client of a running `azconn-emulator`, shared by the emulator's tests, azconn's integration tests and the
//! benchmarks: starts it in a state dir and stops it on drop, and speaks to it over the wire only — its HTTPS
//! endpoints (trusting its CA), Entra's token endpoint and the admin port's knobs and logs — through one
//! reqwest client per emulator. Calls are async; `wait` runs one from synchronous code.

use std::ffi::OsStr;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

/// A failure to start the emulator or to get an answer from it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ClientError(String);

type Result<T> = std::result::Result<T, ClientError>;

fn fail(what: impl std::fmt::Display, e: impl std::fmt::Display) -> ClientError {
    ClientError(format!("{what}: {e}"))
}

/// An answer: status, headers and the JSON body (`Null` when empty).
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

/// A running emulator; stopped (`azconn-emulator stop`) on drop, also when a test fails.
pub struct Emulator {
    binary: PathBuf,
    dir: PathBuf,
    /// HTTPS port: ARM, Entra, Graph, managed identity.
    pub arm: u16,
    /// Plain-HTTP admin port.
    pub admin_port: u16,
    /// PostgreSQL router port (0 without PostgreSQL).
    pub pg: u16,
    /// Trusts the emulator's CA (`ca.pem`); also speaks plain HTTP to the admin port.
    http: reqwest::Client,
    /// Built on the first `wait`, so async callers never own a runtime.
    runtime: OnceLock<tokio::runtime::Runtime>,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        // Without waiting for its tasks: a runtime may not block while it is dropped inside another one.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
        let _ = Command::new(&self.binary)
            .arg("stop")
            .arg("--state-dir")
            .arg(&self.dir)
            .output();
    }
}

impl Emulator {
    /// Runs `binary start --detach --state-dir DIR ARGS…` with `envs` added to the environment, and connects.
    pub fn start<A: AsRef<OsStr>>(
        binary: &Path,
        dir: &Path,
        args: impl IntoIterator<Item = A>,
        envs: &[(&str, &OsStr)],
    ) -> Result<Emulator> {
        let out = Command::new(binary)
            .args(["start", "--detach", "--state-dir"])
            .arg(dir)
            .args(args)
            .envs(envs.iter().copied())
            .output()
            .map_err(|e| fail(format_args!("run {}", binary.display()), e))?;
        if !out.status.success() {
            return Err(ClientError(format!(
                "azconn-emulator start failed:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        let ports = read_json(&dir.join("ports.json"))?;
        let port = |k: &str| {
            ports[k]
                .as_u64()
                .and_then(|p| u16::try_from(p).ok())
                .ok_or_else(|| ClientError(format!("ports.json has no {k} port")))
        };
        let ca = std::fs::read(dir.join("ca.pem")).map_err(|e| fail("ca.pem", e))?;
        let ca = reqwest::Certificate::from_pem(&ca).map_err(|e| fail("ca.pem", e))?;
        let http = reqwest::Client::builder()
            .add_root_certificate(ca)
            .build()
            .map_err(|e| fail("HTTP client", e))?;
        Ok(Emulator {
            binary: binary.to_owned(),
            dir: dir.to_owned(),
            arm: port("arm")?,
            admin_port: port("admin")?,
            pg: port("pg")?,
            http,
            runtime: OnceLock::new(),
        })
    }

    /// The state dir (ca.pem, azure/, env.json, env.sh, requests.jsonl, pg/, …).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The HTTP client (trusts the emulator's CA), for requests `call` does not shape.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// `https://127.0.0.1:PORT{path}`: ARM, Entra and Graph.
    pub fn url(&self, path: &str) -> String {
        format!("https://127.0.0.1:{}{path}", self.arm)
    }

    /// `http://127.0.0.1:PORT{path}` on the admin port.
    pub fn admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.admin_port)
    }

    /// The client environment of env.json (cloud, CA bundle, az config dir), without `PATH`.
    pub fn env(&self) -> Result<Vec<(String, String)>> {
        let v = read_json(&self.dir.join("env.json"))?;
        let vars = v
            .as_object()
            .ok_or_else(|| ClientError("env.json is not an object".into()))?;
        Ok(vars
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect())
    }

    /// Runs `call` to the end from synchronous code, on this client's own runtime. Called from inside an async
    /// runtime (a synchronous helper in an async test), it drives the call from a helper thread, since a
    /// runtime cannot block one of its own threads.
    pub fn wait<F>(&self, call: F) -> F::Output
    where
        F: Future + Send,
        F::Output: Send,
    {
        let runtime = self.runtime.get_or_init(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a current-thread runtime")
        });
        if tokio::runtime::Handle::try_current().is_err() {
            return runtime.block_on(call);
        }
        std::thread::scope(|s| {
            s.spawn(|| runtime.block_on(call))
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
    }

    /// One request: `path` on the HTTPS port (or a whole URL), with a bearer `token` and a JSON `body`.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Result<Answer> {
        let url = if path.starts_with("https://") || path.starts_with("http://") {
            path.to_owned()
        } else {
            self.url(path)
        };
        let method: reqwest::Method = method.parse().map_err(|e| fail(method, e))?;
        let mut request = self.http.request(method.clone(), &url);
        if let Some(t) = token {
            request = request.bearer_auth(t);
        }
        if let Some(b) = body {
            request = request.json(b);
        }
        let what = format!("{method} {url}");
        let answer = request.send().await.map_err(|e| fail(&what, e))?;
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        let bytes = answer.bytes().await.map_err(|e| fail(&what, e))?;
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).map_err(|e| fail(&what, e))?
        };
        Ok(Answer {
            status,
            headers,
            body,
        })
    }

    /// One admin-port call: status and JSON body (`Null` when empty).
    pub async fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer> {
        self.call(method, &self.admin_url(path), None, body).await
    }

    /// An admin-port call that must succeed (2xx); its JSON body.
    pub async fn admin_ok(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        let a = self.admin(method, path, body).await?;
        if (200..300).contains(&a.status) {
            Ok(a.body)
        } else {
            Err(ClientError(format!(
                "admin {method} {path}: {} {}",
                a.status, a.body
            )))
        }
    }

    /// The request log (`GET /requests`), oldest first.
    pub async fn requests(&self) -> Result<Vec<Value>> {
        list(self.admin_ok("GET", "/requests", None).await?, "/requests")
    }

    /// The TLS connection log (`GET /connections`).
    pub async fn connections(&self) -> Result<Vec<Value>> {
        list(
            self.admin_ok("GET", "/connections", None).await?,
            "/connections",
        )
    }

    /// Entra's token endpoint of `tenant` with a form: status and JSON answer.
    pub async fn token(&self, tenant: &str, form: &[(&str, &str)]) -> Result<(u16, Value)> {
        let url = self.url(&format!("/{tenant}/oauth2/v2.0/token"));
        // Built before the request: the serializer is not `Sync`, so the future stays `Send` (for `wait`).
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let answer = self
            .http
            .post(&url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|e| fail(&url, e))?;
        let status = answer.status().as_u16();
        Ok((status, answer.json().await.unwrap_or(Value::Null)))
    }

    /// A signed-in user's access token for `scope`, through the refresh token the admin port hands out (what
    /// az does after `az login`).
    pub async fn user_token(&self, tenant: &str, user: &str, scope: &str) -> Result<String> {
        let rt = self
            .admin_ok("GET", &format!("/refresh-token?user={user}"), None)
            .await?;
        let refresh = rt["refreshToken"]
            .as_str()
            .ok_or_else(|| ClientError(format!("no refresh token for {user}: {rt}")))?;
        let (status, v) = self
            .token(
                tenant,
                &[
                    ("grant_type", "refresh_token"),
                    ("client_id", AZ_CLI_CLIENT_ID),
                    ("refresh_token", refresh),
                    ("scope", &format!("{scope} offline_access openid profile")),
                ],
            )
            .await?;
        access_token(status, &v)
    }

    /// A service principal's access token for `scope` (client credentials).
    pub async fn sp_token(
        &self,
        tenant: &str,
        app_id: &str,
        secret: &str,
        scope: &str,
    ) -> Result<String> {
        let (status, v) = self
            .token(
                tenant,
                &[
                    ("grant_type", "client_credentials"),
                    ("client_id", app_id),
                    ("client_secret", secret),
                    ("scope", scope),
                ],
            )
            .await?;
        access_token(status, &v)
    }
}

/// Azure CLI's public client id (what az signs in as).
pub const AZ_CLI_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

fn access_token(status: u16, v: &Value) -> Result<String> {
    match v["access_token"].as_str() {
        Some(t) if status == 200 => Ok(t.to_owned()),
        _ => Err(ClientError(format!("token request: {status} {v}"))),
    }
}

fn list(v: Value, what: &str) -> Result<Vec<Value>> {
    match v {
        Value::Array(items) => Ok(items),
        other => Err(ClientError(format!("GET {what}: not a list: {other}"))),
    }
}

fn read_json(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|e| fail(path.display(), e))?;
    serde_json::from_slice(&bytes).map_err(|e| fail(path.display(), e))
}
