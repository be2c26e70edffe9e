//! The emulator test-support module against the real binary: start, client environment, the az stand-in on
//! PATH, knobs and the request log, stop on drop.

use std::process::Command;

use serde_json::Value;

use crate::common::emulator::Emulator;

#[test]
fn emulator_support_gives_env_knobs_and_request_log() {
    let emu = Emulator::start_http_only(None);
    let env = emu.env();
    let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(get("PGHOSTADDR").as_deref(), Some("127.0.0.1"));
    assert!(get("AZURE_CONFIG_DIR").is_some_and(|d| d.ends_with("/azure")));

    // `az` on the emulator's PATH is the stand-in, answering from the emulator's token endpoint.
    let out = Command::new("az")
        .args("account get-access-token -o json --resource-type oss-rdbms".split(' '))
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .expect("run az stand-in");
    let out = crate::common::succeeded(out, "the az stand-in");
    let token: Value = serde_json::from_slice(&out.stdout).expect("az JSON");
    assert_eq!(token["tokenType"], "Bearer");

    let log = emu.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["method"], "POST");
    assert!(
        log[0]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("/oauth2/v2.0/token"))
    );
    assert!(emu.arm_calls().is_empty());

    emu.admin().page_size(2);
    emu.admin().lro("PUT", "/**", 1, "Failed");
    let state = emu.admin().state();
    assert_eq!(state["servers"][0]["name"], "srv");
    emu.admin().clear_requests();
    assert!(emu.requests().is_empty());
    let pid = std::fs::read_to_string(emu.dir().join("emulator.pid")).expect("pid file");
    drop(emu);
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())).unwrap_or_default();
    assert!(
        stat.is_empty() || stat.contains(") Z"),
        "drop stops the emulator: {stat}"
    );
}
