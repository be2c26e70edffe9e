//! The host side of running PostgreSQL: where the server binaries are, and which OS user runs them.
//!
//! PostgreSQL refuses to run as root. When the emulator itself runs as root (CI containers), every server binary is
//! started through `runuser -u postgres`, the cluster files are owned by that user, and the directories above a data
//! directory get the search bit for others so that user can reach it.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use tokio::process::Command;

use super::PgError;

/// Environment variable that overrides where the PostgreSQL server binaries live.
pub const BINDIR_ENV: &str = "AZCONN_EMULATOR_PG_BINDIR";

const DEBIAN_BINDIR: &str = "/usr/lib/postgresql/15/bin";
const SERVICE_USER: &str = "postgres";

/// The OS account the cluster processes run as, when it differs from ours.
#[derive(Debug, Clone, Copy)]
struct ServiceUser {
    uid: u32,
    gid: u32,
}

/// Located PostgreSQL binaries plus the identity they run under.
#[derive(Debug, Clone)]
pub(crate) struct System {
    bindir: PathBuf,
    service_user: Option<ServiceUser>,
}

impl System {
    /// Finds the binaries (env override, then `pg_config --bindir`, then Debian's path) and decides the OS user.
    pub(crate) async fn detect() -> Result<System, PgError> {
        let bindir = find_bindir().await?;
        let euid = std::fs::metadata("/proc/self")
            .map_err(PgError::io("reading the process owner", "/proc/self"))?
            .uid();
        let service_user = if euid == 0 {
            Some(lookup_service_user()?)
        } else {
            None
        };
        Ok(System {
            bindir,
            service_user,
        })
    }

    pub(crate) fn bin(&self, name: &str) -> PathBuf {
        self.bindir.join(name)
    }

    /// A command for a PostgreSQL binary, run as the service user when we are root.
    pub(crate) fn command(&self, bin: &str) -> Command {
        let path = self.bin(bin);
        let mut cmd = if self.service_user.is_some() {
            let mut c = Command::new("runuser");
            c.arg("-u").arg(SERVICE_USER).arg("--").arg(path);
            c
        } else {
            Command::new(path)
        };
        cmd.stdin(Stdio::null()).kill_on_drop(true);
        cmd
    }

    /// The same, for the blocking stop in `Drop`.
    pub(crate) fn blocking_command(&self, bin: &str) -> std::process::Command {
        let path = self.bin(bin);
        let mut cmd = if self.service_user.is_some() {
            let mut c = std::process::Command::new("runuser");
            c.arg("-u").arg(SERVICE_USER).arg("--").arg(path);
            c
        } else {
            std::process::Command::new(path)
        };
        cmd.stdin(Stdio::null());
        cmd
    }

    /// Hands a path we created over to the service user (no-op when we are not root).
    pub(crate) fn give(&self, path: &Path) -> Result<(), PgError> {
        if let Some(user) = self.service_user {
            std::os::unix::fs::chown(path, Some(user.uid), Some(user.gid))
                .map_err(PgError::io("changing the owner", path))?;
        }
        Ok(())
    }

    /// Makes `dir` and its ancestors searchable by the service user (no-op when we are not root).
    pub(crate) fn make_reachable(&self, dir: &Path) -> Result<(), PgError> {
        if self.service_user.is_none() {
            return Ok(());
        }
        for ancestor in dir.ancestors() {
            if ancestor.as_os_str().is_empty() {
                continue;
            }
            let meta = std::fs::metadata(ancestor).map_err(PgError::io("reading", ancestor))?;
            let mode = meta.permissions().mode();
            if mode & 0o001 == 0 {
                std::fs::set_permissions(ancestor, std::fs::Permissions::from_mode(mode | 0o001))
                    .map_err(PgError::io("adding the search permission", ancestor))?;
            }
        }
        Ok(())
    }
}

async fn find_bindir() -> Result<PathBuf, PgError> {
    let mut tried = Vec::new();
    if let Some(dir) = std::env::var_os(BINDIR_ENV) {
        let dir = PathBuf::from(dir);
        if dir.join("initdb").is_file() {
            return Ok(dir);
        }
        tried.push(format!("{BINDIR_ENV}={}", dir.display()));
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output().await
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").is_file() {
            return Ok(dir);
        }
        tried.push(format!("pg_config --bindir = {}", dir.display()));
    }
    let dir = PathBuf::from(DEBIAN_BINDIR);
    if dir.join("initdb").is_file() {
        return Ok(dir);
    }
    tried.push(DEBIAN_BINDIR.to_owned());
    Err(PgError::BinariesMissing {
        detail: format!("no initdb in {}", tried.join(", ")),
    })
}

fn lookup_service_user() -> Result<ServiceUser, PgError> {
    let passwd =
        std::fs::read_to_string("/etc/passwd").map_err(PgError::io("reading", "/etc/passwd"))?;
    passwd
        .lines()
        .find_map(|line| {
            let fields: Vec<&str> = line.split(':').collect();
            if fields.len() < 4 || fields[0] != SERVICE_USER {
                return None;
            }
            Some(ServiceUser {
                uid: fields[2].parse().ok()?,
                gid: fields[3].parse().ok()?,
            })
        })
        .ok_or_else(|| PgError::NoServiceUser {
            detail: "no `postgres` entry in /etc/passwd".to_owned(),
        })
}

/// Runs a command to completion; a non-zero exit becomes [`PgError::Command`] with its output.
pub(crate) async fn run(mut cmd: Command, what: &str) -> Result<String, PgError> {
    let out = cmd.output().await.map_err(|e| PgError::Command {
        command: what.to_owned(),
        status: "could not start".to_owned(),
        output: e.to_string(),
    })?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        Ok(text)
    } else {
        Err(PgError::Command {
            command: what.to_owned(),
            status: out.status.to_string(),
            output: text.trim().to_owned(),
        })
    }
}
