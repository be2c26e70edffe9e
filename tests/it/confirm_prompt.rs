//! az's `[core] disable_confirm_prompt` (or `AZURE_CORE_DISABLE_CONFIRM_PROMPT`): the command confirmation of
//! `delete` is taken as answered yes, while create's questions, which az asks with knack's `prompt_y_n` directly,
//! are still asked (docs/az-behaviour.md, "Confirmations"). Every run here has no terminal.

use serde_json::json;

use crate::common::World;
use crate::common::fixtures::{ALICE, demo_seed, seed, server};
use crate::common::snapshot::assert_run;
use crate::sources::{APP1, put_linker};
use crate::verbs::put_connector;

/// The setting in its environment form.
const DISABLED: [(&str, &str); 1] = [("AZURE_CORE_DISABLE_CONFIRM_PROMPT", "true")];

#[test]
fn connection_delete_asks_nothing_when_the_environment_disables_prompts() {
    let w = World::start("confirm-delete", &demo_seed());
    put_connector(&w.emu, "conn1", "none");
    let run = w.az_env("connection delete -g rg --connection conn1", &DISABLED);
    assert_run!(run);
    w.assert_sent("DELETE");
    assert!(w.connector_names().is_empty());
}

#[test]
fn webapp_connection_delete_asks_nothing_when_the_config_file_disables_prompts() {
    let w = World::start("confirm-webapp-delete", &demo_seed());
    put_linker(&w, APP1, "c1", "python");
    let (_, dir) = w
        .emu
        .env()
        .into_iter()
        .find(|(k, _)| k == "AZURE_CONFIG_DIR")
        .expect("the emulator's az config dir");
    let config = std::path::Path::new(&dir).join("config");
    let text = std::fs::read_to_string(&config).expect("az config");
    std::fs::write(
        &config,
        text.replacen("[core]\n", "[core]\ndisable_confirm_prompt = Yes\n", 1),
    )
    .expect("az config");
    let run = w.az("webapp connection delete -g rg -n app1 --connection c1");
    assert_run!(run);
    w.assert_sent(&format!(
        "DELETE {APP1}/providers/Microsoft.ServiceLinker/linkers/c1"
    ));
}

#[test]
fn create_still_asks_before_enabling_entra_auth() {
    let w = World::start(
        "confirm-create-entra",
        &seed(vec![server("flexible", "srv", json!({}))], ALICE),
    );
    let run = w.az_env(
        "connection create postgres-flexible -g rg --connection c1 --tg rg --server srv --database demo --user-account",
        &DISABLED,
    );
    assert_run!(run);
    assert_eq!(w.server_state("srv")["entraAuth"], json!(false));
    assert!(w.connector_names().is_empty());
}
