//! Files the emulator keeps in its state dir and the client-side files it writes there for az/azconn/libpq:
//! `ca.pem`, the az config dir (`azure/config`, `azure/clouds.config`, `azure/azureProfile.json`), `env.sh`,
//! `env-sp.sh`, `env-mi.sh`, `env.json`, `bin/az` and `ports.json`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{EmuError, Result};
use crate::seed::{Seed, SignedInType};

/// The name of the custom cloud registered in the az config dir.
pub const CLOUD_NAME: &str = "AzconnEmulator";
/// Audience of ARM tokens, as az's `active_directory_resource_id` in the public cloud.
pub const ARM_AUDIENCE: &str = "https://management.core.windows.net/";
/// Audience of PostgreSQL tokens (`ossrdbms_resource_id`).
pub const OSSRDBMS_AUDIENCE: &str = "https://ossrdbms-aad.database.windows.net";
/// Host name suffix of PostgreSQL servers (`postgresql_server_endpoint`).
pub const PG_SUFFIX: &str = ".postgres.database.azure.com";

pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| EmuError::io(path, e))
}

pub fn write(path: &Path, data: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| EmuError::io(parent, e))?;
    }
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, data).map_err(|e| EmuError::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| EmuError::io(path, e))
}

/// Like [`write`] but readable by the owner only (keys, secrets).
pub fn write_private(path: &Path, data: &[u8]) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    write(path, data)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| EmuError::io(path, e))
}

fn write_exec(path: &Path, data: &[u8]) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    write(path, data)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| EmuError::io(path, e))
}

/// The ports a running emulator listens on; `ports.json` appears once it is ready.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ports {
    pub pid: u32,
    pub arm: u16,
    /// Microsoft Graph's own HTTPS port.
    #[serde(default)]
    pub graph: u16,
    pub admin: u16,
    pub pg: u16,
}

impl Ports {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join("ports.json")
    }
    pub fn load(dir: &Path) -> Result<Ports> {
        Ok(serde_json::from_slice(&read(&Self::path(dir))?)?)
    }
    pub fn store(&self, dir: &Path) -> Result<()> {
        write(&Self::path(dir), &serde_json::to_vec_pretty(self)?)
    }
}

fn q(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

/// Writes everything a client needs to reach the emulator. `identity_header` is the managed identity secret.
pub fn write_client_files(
    dir: &Path,
    seed: &Seed,
    ports: &Ports,
    identity_header: &str,
) -> Result<()> {
    let base = format!("https://127.0.0.1:{}", ports.arm);
    let graph = format!("https://127.0.0.1:{}", ports.graph);
    let azure = dir.join("azure");
    let bin = dir.join("bin");

    write(
        &azure.join("config"),
        format!(
            "[cloud]\nname = {CLOUD_NAME}\n\n[core]\noutput = json\ncollect_telemetry = no\ninstance_discovery = false\nno_color = true\n"
        )
        .as_bytes(),
    )?;
    // az's format (azure.cli.core.cloud): one section per custom cloud, endpoint_* / suffix_* keys, profile.
    write(
        &azure.join("clouds.config"),
        format!(
            "[{CLOUD_NAME}]\n\
             endpoint_management = {ARM_AUDIENCE}\n\
             endpoint_resource_manager = {base}/\n\
             endpoint_active_directory = {base}\n\
             endpoint_active_directory_resource_id = {ARM_AUDIENCE}\n\
             endpoint_active_directory_graph_resource_id = {graph}/\n\
             endpoint_microsoft_graph_resource_id = {graph}/\n\
             endpoint_ossrdbms_resource_id = {OSSRDBMS_AUDIENCE}\n\
             suffix_postgresql_server_endpoint = {PG_SUFFIX}\n\
             profile = latest\n"
        )
        .as_bytes(),
    )?;
    let user_type = match seed.signed_in.kind {
        SignedInType::User => "user",
        SignedInType::ServicePrincipal => "servicePrincipal",
    };
    let subs: Vec<_> = seed
        .subscriptions
        .iter()
        .enumerate()
        .map(|(i, s)| {
            json!({
                "id": s.id,
                "name": s.name,
                "state": "Enabled",
                "user": {"name": seed.signed_in.name, "type": user_type},
                "isDefault": i == 0,
                "tenantId": seed.tenant.id,
                "environmentName": CLOUD_NAME,
                "homeTenantId": seed.tenant.id,
                "tenantDefaultDomain": seed.tenant.default_domain,
                "tenantDisplayName": seed.tenant.display_name,
                "managedByTenants": []
            })
        })
        .collect();
    let profile =
        json!({"installationId": "0e1f2a3b-4c5d-11ee-9a8b-0242ac120002", "subscriptions": subs});
    // az writes azureProfile.json with a UTF-8 BOM (codecs "utf-8-sig").
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(serde_json::to_string(&profile)?.as_bytes());
    write(&azure.join("azureProfile.json"), &bytes)?;

    let exe = std::env::current_exe().map_err(|e| EmuError::io("current_exe", e))?;
    write_exec(
        &bin.join("az"),
        format!(
            "#!/bin/sh\n# az stand-in written by azconn-emulator: answers `az account ...` from the emulator.\nexec {} az-shim {} \"$@\"\n",
            q(&exe),
            q(dir)
        )
        .as_bytes(),
    )?;

    let env = client_env(dir, ports);
    let mut sh =
        String::from("# Environment for clients of azconn-emulator: source it (`. env.sh`).\n");
    for (k, v) in &env {
        sh.push_str(&format!("export {k}={}\n", q(Path::new(v))));
    }
    sh.push_str(&format!("export PATH={}:\"$PATH\"\n", q(&bin)));
    sh.push_str("# Service principal login instead of az: `. env-sp.sh`; managed identity: `. env-mi.sh`.\n");
    write(&dir.join("env.sh"), sh.as_bytes())?;
    write(
        &dir.join("env.json"),
        &serde_json::to_vec_pretty(&env_json(&env))?,
    )?;

    // The first seeded service principal's and managed identity's sign-in, each when the seed has one.
    let sp = seed.service_principals.first().map(|sp| {
        ("env-sp.sh", format!(
            "# Service principal credentials for the emulator's seeded SP {}.\nexport AZURE_CLIENT_ID='{}'\nexport AZURE_CLIENT_SECRET='{}'\nexport AZURE_TENANT_ID='{}'\n",
            sp.display_name, sp.app_id, sp.secret, seed.tenant.id
        ))
    });
    let mi = seed.managed_identities.first().map(|mi| {
        ("env-mi.sh", format!(
            "# App Service managed identity protocol for the emulator's seeded identity {}.\nexport IDENTITY_ENDPOINT='{base}/msi/token'\nexport IDENTITY_HEADER='{identity_header}'\nexport AZURE_CLIENT_ID='{}'\n",
            mi.display_name, mi.client_id
        ))
    });
    for (name, text) in [sp, mi].into_iter().flatten() {
        write_private(&dir.join(name), text.as_bytes())?;
    }
    Ok(())
}

/// The variables of env.sh except PATH (which gets `DIR/bin` prepended), in a stable order.
pub fn client_env(dir: &Path, ports: &Ports) -> Vec<(String, String)> {
    let ca = dir.join("ca.pem").display().to_string();
    vec![
        (
            "AZURE_CONFIG_DIR".into(),
            dir.join("azure").display().to_string(),
        ),
        ("REQUESTS_CA_BUNDLE".into(), ca.clone()),
        ("SSL_CERT_FILE".into(), ca.clone()),
        ("AZURE_CORE_COLLECT_TELEMETRY".into(), "false".into()),
        ("AZURE_CORE_NO_COLOR".into(), "true".into()),
        ("AZURE_CORE_INSTANCE_DISCOVERY".into(), "false".into()),
        ("PGHOSTADDR".into(), "127.0.0.1".into()),
        ("PGPORT".into(), ports.pg.to_string()),
        ("PGSSLROOTCERT".into(), ca),
        (
            "AZCONN_EMULATOR_ADMIN".into(),
            format!("http://127.0.0.1:{}", ports.admin),
        ),
    ]
}

fn env_json(env: &[(String, String)]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for (k, v) in env {
        m.insert(k.clone(), json!(v));
    }
    serde_json::Value::Object(m)
}
