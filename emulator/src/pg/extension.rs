//! Builds `aad_single.so` (Single Server's `aad_validate_oids_in_tenant` setting, source in `emulator/pg/aad_single/`)
//! with PGXS into the state directory, once per state and source version.
//!
//! The source is compiled into the emulator binary, so a built emulator needs only PostgreSQL's server headers,
//! `make` and a C compiler at run time, and only when a Single Server is emulated.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tokio::process::Command;

use super::PgError;
use super::system::{System, run};

const SOURCE: &str = include_str!("../../pg/aad_single/aad_single.c");
const MAKEFILE: &str = include_str!("../../pg/aad_single/Makefile");

/// Builds the module under `pg_dir/aad_single/` if needed and returns the absolute library path for
/// `shared_preload_libraries` (without the `.so` suffix, as PostgreSQL accepts it).
pub(crate) async fn ensure_built(sys: &System, pg_dir: &Path) -> Result<PathBuf, PgError> {
    let dir = pg_dir.join("aad_single");
    let lib = dir.join("aad_single");
    let so = dir.join("aad_single.so");
    let source_path = dir.join("aad_single.c");
    let up_to_date =
        so.is_file() && std::fs::read_to_string(&source_path).is_ok_and(|s| s == SOURCE);
    if up_to_date {
        return Ok(lib);
    }

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

    std::fs::create_dir_all(&dir).map_err(PgError::io("creating", &dir))?;
    std::fs::write(&source_path, SOURCE).map_err(PgError::io("writing", &source_path))?;
    let makefile = dir.join("Makefile");
    std::fs::write(&makefile, MAKEFILE).map_err(PgError::io("writing", &makefile))?;

    let mut make = Command::new("make");
    make.arg("-s")
        .arg("-C")
        .arg(&dir)
        .arg(format!("PG_CONFIG={}", pg_config.display()))
        // No LLVM bitcode: it needs clang and the JIT is of no use here.
        .arg("with_llvm=no")
        .kill_on_drop(true);
    run(make, "make (aad_single)")
        .await
        .map_err(|e| PgError::PgxsMissing {
            detail: e.to_string(),
        })?;

    // The cluster may run as another OS user (see system.rs): it must be able to read the library.
    for path in [&dir, &so] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
            .map_err(PgError::io("setting permissions", path.as_path()))?;
    }
    sys.make_reachable(&dir)?;
    Ok(lib)
}
