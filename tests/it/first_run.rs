//! A first run without the Azure CLI: only a service principal in the environment, no az profile, no `az` on
//! PATH and no `AZURE_SUBSCRIPTION_ID`. With one subscription visible to the service principal, the command
//! runs in it (as `az login` would make it the default); with several, the error lists them and says how to
//! pick; with no credential at all, az's own advice.

use serde_json::{Value, json};

use crate::common::client::Client;
use crate::common::emulator::Emulator;
use crate::common::fixtures::{SUB as SUB1, demo_seed};
use crate::common::{Run, assert_contains};

const SUB2: &str = "00000000-0000-0000-0000-000000000002";

/// The demo seed with `extra` subscriptions added.
fn seed_with(extra: &[(&str, &str)]) -> Value {
    let mut seed = demo_seed();
    for (id, name) in extra {
        seed["subscriptions"]
            .as_array_mut()
            .expect("subscriptions")
            .push(json!({"id": id, "name": name}));
    }
    seed
}

/// `azconn <line>` with the emulator's cloud but none of az: a fresh config dir holding only the cloud settings
/// (no azureProfile.json), `PATH` without the emulator's `az`, and the service principal's variables when `sp`.
fn first_run(emu: &Emulator, name: &str, sp: bool, line: &str) -> Run {
    let client = Client::with_own_config(
        emu,
        &format!("first-run-{name}"),
        &["config", "clouds.config"],
    );
    let azconn = client.without_az();
    let azconn = if sp {
        azconn.envs(emu.sp_env())
    } else {
        azconn
    };
    azconn.line(line).run()
}

#[test]
fn the_only_subscription_the_service_principal_sees_is_used() {
    let emu = Emulator::start_http_only(None);
    let run = first_run(&emu, "one", true, "connection list -g rg --verbose -o tsv");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_contains(
        &run.stderr,
        &format!(
            "INFO: Using subscription 'Demo subscription' ({SUB1}), the only one the service principal from the environment can see."
        ),
    );
    let calls = emu.arm_calls();
    assert_eq!(calls[0], "GET /subscriptions", "{calls:?}");
    assert!(
        calls[1..]
            .iter()
            .any(|c| c.starts_with(&format!("GET /subscriptions/{SUB1}/resourcegroups/rg/"))),
        "{calls:?}"
    );
}

#[test]
fn several_subscriptions_are_listed_with_how_to_pick() {
    let emu = Emulator::start_http_only(Some(&seed_with(&[(SUB2, "Second subscription")])));
    let run = first_run(&emu, "several", true, "connection list -g rg");
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "ERROR: No subscription is selected: pass --subscription or set AZURE_SUBSCRIPTION_ID (az has no signed-in account to take a default from). Credential sources found: service principal from the environment.\n\
             The service principal from the environment can see 2 subscriptions; pick one with --subscription ID or AZURE_SUBSCRIPTION_ID=ID:\n  {SUB1}  Demo subscription\n  {SUB2}  Second subscription\n"
        )
    );
    assert_eq!(
        emu.arm_calls(),
        ["GET /subscriptions"],
        "nothing else is asked"
    );
    // Picking one works (the seed's resource group is in the first).
    let picked = first_run(
        &emu,
        "several-picked",
        true,
        &format!("connection list -g rg --subscription {SUB1}"),
    );
    assert_eq!(picked.code, 0, "{}", picked.stderr);
}

#[test]
fn without_any_credential_az_advice_stays() {
    let emu = Emulator::start_http_only(None);
    let run = first_run(&emu, "none", false, "connection list -g rg");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "ERROR: Please run 'az login' to setup account.\n"
    );
    assert!(emu.arm_calls().is_empty());
}
