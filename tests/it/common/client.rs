//! A client machine of one emulator, for the tests that look at what azconn does with az and az's files: a scratch
//! home, an az config dir (the emulator's, or the home's own copy of some of its files), and an `az` on `PATH`
//! that logs each run before it hands over to the emulator's az stand-in, so a test can count `az` processes.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use super::emulator::Emulator;
use super::{Azconn, Run};

/// One client of an emulator: its home, its az config dir and its counting `az`.
pub struct Client<'a> {
    pub emu: &'a Emulator,
    pub home: PathBuf,
    config_dir: PathBuf,
}

impl<'a> Client<'a> {
    /// A client in the fresh scratch home `name` that uses the emulator's az config dir.
    pub fn new(emu: &'a Emulator, name: &str) -> Client<'a> {
        let home = super::scratch(name);
        let bin = home.join("bin");
        std::fs::create_dir_all(&bin).expect("create the client's bin dir");
        let wrapper = bin.join("az");
        let script = format!(
            "#!/bin/sh\n# Logs the run for the test, then runs the emulator's az stand-in.\necho \"$*\" >> '{}'\nexec '{}' \"$@\"\n",
            home.join("az-runs").display(),
            emu.dir().join("bin").join("az").display()
        );
        std::fs::write(&wrapper, script).expect("write the az wrapper");
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))
            .expect("make the az wrapper executable");
        Client {
            emu,
            config_dir: emu.dir().join("azure"),
            home,
        }
    }

    /// A client with an az config dir of its own (`HOME/.azure`): a copy of the emulator's `files` (`config`,
    /// `clouds.config`, `azureProfile.json`, `msal_token_cache.json`, …), so its token caches are its own.
    pub fn with_own_config(emu: &'a Emulator, name: &str, files: &[&str]) -> Client<'a> {
        let mut client = Client::new(emu, name);
        client.config_dir = client.home.join(".azure");
        std::fs::create_dir_all(&client.config_dir).expect("create the az config dir");
        for file in files {
            std::fs::copy(
                emu.dir().join("azure").join(file),
                client.config_dir.join(file),
            )
            .unwrap_or_else(|e| panic!("copy the emulator's {file}: {e}"));
        }
        client
    }

    /// The az config dir azconn uses (its token cache is in `azconn/`).
    pub fn config_dir(&self) -> &Path {
        &self.config_dir
    }

    /// azconn in this client's home and az config dir, with the counting `az` first on `PATH`.
    pub fn azconn(&self) -> Azconn {
        let path = std::env::join_paths(std::iter::once(self.home.join("bin")).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("a PATH");
        self.without_az().env("PATH", path)
    }

    /// azconn in this client's home and az config dir with the caller's `PATH` alone: no `az` to run.
    pub fn without_az(&self) -> Azconn {
        Azconn::new(&self.home)
            .emulator(self.emu)
            .env("AZURE_CONFIG_DIR", &self.config_dir)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
    }

    /// Runs `azconn <line>` (split like a shell splits it) with the counting `az`.
    pub fn run(&self, line: &str) -> Run {
        self.azconn().line(line).run()
    }

    /// The arguments of every `az` run so far, one line each.
    pub fn az_runs(&self) -> Vec<String> {
        std::fs::read_to_string(self.home.join("az-runs"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }
}
