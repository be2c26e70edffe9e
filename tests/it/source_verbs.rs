//! The compute-source verbs that change or watch a linker without identity or database work — `update`,
//! `wait`, `list-support-types` — against azconn-emulator, as whole-output snapshots.

use crate::common::Azconn;
use crate::common::fixtures::demo_seed;
use crate::common::snapshot::assert_run;
use crate::common::{World, ok};
use crate::sources::{APP1, put_linker};

/// A world whose web app `app1` has the linker `c1` (python, system identity).
fn with_linker(name: &str) -> World {
    let w = World::start(name, &demo_seed());
    put_linker(&w, APP1, "c1", "python");
    w
}

#[test]
fn update_client_type_keeps_the_identity() {
    let w = with_linker("source-update");
    let run = w.az("webapp connection update postgres-flexible -g rg -n app1 --connection c1 --client-type java");
    assert_run!(run);
    let calls: Vec<String> = w
        .emu
        .arm_calls()
        .into_iter()
        .filter(|c| !c.contains("/operationStatuses/"))
        .collect();
    let linker = format!("{APP1}/providers/Microsoft.ServiceLinker/linkers/c1");
    assert_eq!(
        calls,
        [
            format!("GET {linker}"),
            format!("PUT {linker}"),
            format!("GET {linker}"),
            format!("POST {linker}/listConfigurations"),
        ]
    );
}

#[test]
fn update_of_a_slot_to_a_user_identity_by_id() {
    let w = World::start("source-update-slot", &demo_seed());
    let slot = format!("{APP1}/slots/staging");
    put_linker(&w, &slot, "s1", "java");
    let id = format!("{slot}/providers/Microsoft.ServiceLinker/linkers/s1");
    let run = w.az(&format!(
        "webapp connection update postgres-flexible --id {id} --user-identity client-id=cid subs-id=sub2 \
         --query authInfo -o json"
    ));
    assert_run!(run);
}

#[test]
fn update_without_changes_is_an_error() {
    let w = with_linker("source-update-none");
    let run = w.az("functionapp connection update postgres-flexible -g rg -n app1 --connection c1");
    assert_run!(run);
}

#[test]
fn update_of_a_missing_linker_is_not_found() {
    let w = World::start("source-update-missing", &demo_seed());
    let run =
        w.az("webapp connection update postgres-flexible -g rg -n app1 --connection nope --client-type go");
    assert_run!(run);
}

#[test]
fn wait_until_created_then_deleted() {
    let w = with_linker("source-wait");
    let base = "webapp connection wait -g rg -n app1 --connection c1 --interval 1 --timeout 5";
    let created = w.az(&format!("{base} --created"));
    ok(&created);
    assert_eq!(created.stdout, "");
    ok(&w.az("webapp connection delete -g rg -n app1 --connection c1 -y"));
    let deleted = w.az(&format!("{base} --deleted"));
    ok(&deleted);
    assert_eq!(deleted.stdout, "");
    let gone = w.az(&format!("{base} --updated"));
    assert_run!(gone);
}

#[test]
fn list_support_types_table() {
    let run = Azconn::scratch("source-support-table")
        .line("webapp connection list-support-types -o table")
        .run();
    assert_run!(run);
}

#[test]
fn list_support_types_of_one_target() {
    let run = Azconn::scratch("source-support-one")
        .line("functionapp connection list-support-types -t postgres-flexible -o json")
        .run();
    assert_run!(run);
}

#[test]
fn delete_confirms_before_the_linker_is_named() {
    // az asks before its validators: without a terminal the missing -g/-n is never reached.
    let w = with_linker("source-delete-confirm");
    let run = w.az("webapp connection delete --connection c1");
    assert_run!(run);
    w.assert_only_reads();
}
