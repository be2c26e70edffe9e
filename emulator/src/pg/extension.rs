//! Builds the emulator's server modules with PGXS (sources in `emulator/pg/modules/`): `aad_single.so` (Single
//! Server's `aad_validate_oids_in_tenant` setting), `azconn_faults.so` (statement faults, see
//! `PgServer::add_statement_fault`) and `azconn_auth.so` (token-validating logins, see `login.rs`), once per state
//! — or once per machine under [`TEMPLATE_CACHE_ENV`] — and source version.
//!
//! The sources are compiled into the emulator binary, so a built emulator needs only PostgreSQL's server headers,
//! `make` and a C compiler at run time. Every server needs the modules: its logins go through `azconn_auth`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tokio::process::Command;

use super::PgError;
use super::cluster::{TEMPLATE_CACHE_ENV, move_into_place};
use super::system::{System, run};

const SOURCES: [(&str, &str); 4] = [
    (
        "aad_single.c",
        include_str!("../../pg/modules/aad_single.c"),
    ),
    (
        "azconn_faults.c",
        include_str!("../../pg/modules/azconn_faults.c"),
    ),
    (
        "azconn_auth.c",
        include_str!("../../pg/modules/azconn_auth.c"),
    ),
    ("Makefile", include_str!("../../pg/modules/Makefile")),
];
const MARKER: &str = "azconn-emulator-modules";

/// The built modules, as absolute library paths for `shared_preload_libraries` (without the `.so` suffix, as
/// PostgreSQL accepts them).
#[derive(Debug, Clone)]
pub(crate) struct Modules {
    pub aad_single: PathBuf,
    pub faults: PathBuf,
    pub auth: PathBuf,
}

fn content_hash(sys: &System) -> Result<String, PgError> {
    let mut text = sys.bin("pg_config").display().to_string();
    for (name, source) in SOURCES {
        text.push('\n');
        text.push_str(name);
        text.push('\n');
        text.push_str(source);
    }
    let digest = openssl::hash::hash(openssl::hash::MessageDigest::sha256(), text.as_bytes())?;
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Builds the modules if needed (under `pg_dir/modules/`, or in the shared cache directory) and returns them.
pub(crate) async fn ensure_built(sys: &System, pg_dir: &Path) -> Result<Modules, PgError> {
    let hash = content_hash(sys)?;
    let dir = match std::env::var_os(TEMPLATE_CACHE_ENV) {
        Some(cache) => PathBuf::from(cache).join(format!("modules-{}", &hash[..16])),
        None => pg_dir.join("modules"),
    };
    let modules = Modules {
        aad_single: dir.join("aad_single"),
        faults: dir.join("azconn_faults"),
        auth: dir.join("azconn_auth"),
    };
    if std::fs::read_to_string(dir.join(MARKER)).is_ok_and(|m| m == hash) {
        return Ok(modules);
    }
    let parent = dir.parent().unwrap_or(Path::new("/")).to_owned();
    std::fs::create_dir_all(&parent).map_err(PgError::io("creating", &parent))?;
    let mut unique = [0u8; 6];
    openssl::rand::rand_bytes(&mut unique)?;
    let unique: String = unique.iter().map(|b| format!("{b:02x}")).collect();
    let building = parent.join(format!(".modules-building-{}-{unique}", std::process::id()));
    let built = build(sys, &building, &hash).await;
    if let Err(e) = built {
        let _ = std::fs::remove_dir_all(&building);
        return Err(e);
    }
    if dir.exists() {
        // An outdated build (per-state directory) or another process's identical one (shared cache).
        if std::fs::read_to_string(dir.join(MARKER)).is_ok_and(|m| m == hash) {
            let _ = std::fs::remove_dir_all(&building);
            return Ok(modules);
        }
        std::fs::remove_dir_all(&dir)
            .map_err(PgError::io("removing the outdated modules", &dir))?;
    }
    move_into_place(&building, &dir, MARKER, &hash).map_err(|source| PgError::Io {
        what: "renaming the built modules",
        path: dir.clone(),
        source,
    })?;
    sys.make_reachable(&dir)?;
    Ok(modules)
}

async fn build(sys: &System, dir: &Path, hash: &str) -> Result<(), PgError> {
    let pg_config = sys.bin("pg_config");
    let pgxs = run(
        {
            let mut c = Command::new(&pg_config);
            c.arg("--pgxs");
            c
        },
        "pg_config --pgxs",
    )
    .await
    .map_err(|e| PgError::PgxsMissing {
        detail: e.to_string(),
    })?;
    let pgxs = PathBuf::from(pgxs.trim());
    if !pgxs.is_file() {
        return Err(PgError::PgxsMissing {
            detail: format!("{} does not exist", pgxs.display()),
        });
    }

    std::fs::create_dir_all(dir).map_err(PgError::io("creating", dir))?;
    for (name, source) in SOURCES {
        let path = dir.join(name);
        std::fs::write(&path, source).map_err(PgError::io("writing", &path))?;
    }
    let mut make = Command::new("make");
    make.arg("-s")
        .arg("-C")
        .arg(dir)
        .arg(format!("PG_CONFIG={}", pg_config.display()))
        // No LLVM bitcode: it needs clang and the JIT is of no use here.
        .arg("with_llvm=no")
        .kill_on_drop(true);
    run(make, "make (emulator modules)")
        .await
        .map_err(|e| PgError::PgxsMissing {
            detail: e.to_string(),
        })?;

    // The cluster may run as another OS user (see system.rs): it must be able to read the libraries.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
        .map_err(PgError::io("setting permissions", dir))?;
    for so in ["aad_single.so", "azconn_faults.so", "azconn_auth.so"] {
        let path = dir.join(so);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .map_err(PgError::io("setting permissions", &path))?;
    }
    let marker = dir.join(MARKER);
    std::fs::write(&marker, hash).map_err(PgError::io("writing", &marker))
}
