//! Which identity azconn acts as, checked on the wire: for every combination of the token cache's contents
//! (empty, the az user's token, the service principal's, both), `az` runnable or not, and a service principal in
//! the environment or not, the ARM request carries the token of the identity a cold run would use (the request
//! log's `caller`), or — when a cold run finds no credential — no request is made at all.

use std::path::Path;

use crate::common::Run;
use crate::common::client::Client;
use crate::common::emulator::Emulator;
use crate::common::fixtures::{ALICE_OID, SP_OID};

const URL: &str = "/subscriptions?api-version=2022-12-01";

/// Runs `azconn rest --url URL` as `client` (whose az config dir is its own, so every case has its own token
/// cache) with `az` on PATH or not, the service principal's variables or not.
fn rest(client: &Client<'_>, az: bool, sp: bool, extra_args: &[&str]) -> Run {
    let mut azconn = if az {
        client.azconn()
    } else {
        client.without_az()
    };
    if sp {
        azconn = azconn.envs(client.emu.sp_env());
    }
    azconn.args(["rest", "--url", URL]).args(extra_args).run()
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
                let client = Client::with_own_config(
                    &emu,
                    &format!("identity-{name}"),
                    &["config", "clouds.config", "azureProfile.json"],
                );
                // Earlier runs through each source leave their tokens in this case's cache.
                if user_cached {
                    let r = rest(&client, true, false, &["--auth-source", "cli"]);
                    assert_eq!(r.code, 0, "{name}: filling the user's token: {}", r.stderr);
                }
                if sp_cached {
                    let r = rest(&client, false, true, &["--auth-source", "env"]);
                    assert_eq!(r.code, 0, "{name}: filling the SP's token: {}", r.stderr);
                }
                let seq = emu.last_seq();
                let run = rest(&client, az, sp, &[]);
                let callers = emu.callers_since(seq);
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
