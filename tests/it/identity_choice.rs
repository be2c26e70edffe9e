//! Which identity azconn acts as, checked on the wire: for every combination of the token cache's contents
//! (empty, the az user's token, the service principal's, both), `az` runnable or not, and a service principal in
//! the environment or not, the ARM request carries the token of the identity a cold run would use (the request
//! log's `caller`), or — when a cold run finds no credential — no request is made at all.

use std::path::{Path, PathBuf};

use crate::common::emulator::Emulator;
use crate::common::fixtures::{ALICE_OID, SP_OID};
use crate::common::{self, Azconn, Run};

const URL: &str = "/subscriptions?api-version=2022-12-01";

/// One client setup: its own az config dir (a copy of the emulator's: config, cloud and a signed-in profile),
/// so every case has its own token cache.
struct Case<'a> {
    emu: &'a Emulator,
    home: PathBuf,
}

impl<'a> Case<'a> {
    fn new(emu: &'a Emulator, name: &str) -> Case<'a> {
        let home = common::scratch(&format!("identity-{name}"));
        let azure = home.join(".azure");
        std::fs::create_dir_all(&azure).unwrap();
        for file in ["config", "clouds.config", "azureProfile.json"] {
            std::fs::copy(emu.dir().join("azure").join(file), azure.join(file)).unwrap();
        }
        Case { emu, home }
    }

    /// Runs `azconn rest --url URL` with `az` on PATH or not, the service principal's variables or not.
    fn rest(&self, az: bool, sp: bool, extra_args: &[&str]) -> Run {
        // The case's own az config dir, not the emulator's; without az, the caller's PATH alone.
        let mut azconn = Azconn::new(&self.home)
            .emulator(self.emu)
            .env("AZURE_CONFIG_DIR", self.home.join(".azure"));
        if !az {
            azconn = azconn.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        }
        if sp {
            azconn = azconn.envs(self.emu.sp_env());
        }
        azconn.args(["rest", "--url", URL]).args(extra_args).run()
    }
}

/// The object ids the ARM `GET /subscriptions` requests after `seq` were made as.
fn callers_since(emu: &Emulator, seq: u64) -> Vec<String> {
    emu.requests()
        .iter()
        .filter(|r| r["seq"].as_u64().is_some_and(|s| s > seq))
        .filter(|r| r["path"] == "/subscriptions")
        .map(|r| r["caller"].as_str().unwrap_or("(none)").to_owned())
        .collect()
}

fn last_seq(emu: &Emulator) -> u64 {
    emu.requests()
        .iter()
        .filter_map(|r| r["seq"].as_u64())
        .max()
        .unwrap_or(0)
}

fn no_az_on(path: &str) -> bool {
    std::env::split_paths(path).all(|d| !Path::new(&d).join("az").exists())
}

#[test]
fn the_token_cache_never_chooses_the_identity() {
    assert!(
        no_az_on(&std::env::var("PATH").unwrap_or_default()),
        "this test needs a PATH without a real `az`"
    );
    let emu = Emulator::start_http_only(None);
    for az in [true, false] {
        for sp in [true, false] {
            // What a cold run does: the az login when az runs and is signed in, else the service principal.
            let expected = match (az, sp) {
                (true, _) => Some(ALICE_OID),
                (false, true) => Some(SP_OID),
                (false, false) => None,
            };
            for (user_cached, sp_cached) in
                [(false, false), (true, false), (false, true), (true, true)]
            {
                let name = format!("az{az}-sp{sp}-user{user_cached}-spc{sp_cached}");
                let case = Case::new(&emu, &name);
                // Earlier runs through each source leave their tokens in this case's cache.
                if user_cached {
                    let r = case.rest(true, false, &["--auth-source", "cli"]);
                    assert_eq!(r.code, 0, "{name}: filling the user's token: {}", r.stderr);
                }
                if sp_cached {
                    let r = case.rest(false, true, &["--auth-source", "env"]);
                    assert_eq!(r.code, 0, "{name}: filling the SP's token: {}", r.stderr);
                }
                let seq = last_seq(&emu);
                let run = case.rest(az, sp, &[]);
                let callers = callers_since(&emu, seq);
                if let Some(oid) = expected {
                    assert_eq!(run.code, 0, "{name}: {}", run.stderr);
                    assert_eq!(callers, [oid], "{name}: acted as the wrong identity");
                } else {
                    assert_eq!(run.code, 1, "{name}: {}{}", run.stdout, run.stderr);
                    assert!(
                        run.stderr
                            .contains("No credential could get an access token"),
                        "{name}: {}",
                        run.stderr
                    );
                    assert!(callers.is_empty(), "{name}: sent {callers:?}");
                }
            }
        }
    }
}
