//! `create --dry-run` against the real run: the ARM changes the dry run prints are, method and URL, the
//! requests a real run then sends (the emulator's request log), and the dry run itself changes nothing.

use serde_json::json;

use crate::common::emulator::method_path;
use crate::common::fixtures::{ALICE_OID, server};
use crate::common::{World, ok};

/// The `METHOD path?api-version=…` of each numbered step of a dry run that names a request.
fn dry_run_requests(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with("  ") && l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| {
            ["PATCH ", "PUT "].iter().find_map(|m| {
                let at = l.find(&format!(": {m}"))?;
                let url = &l[at + 2 + m.len()..];
                // Full URLs print the ARM base; keep the path and query, as the request log has them.
                let path = match url.strip_prefix("https://") {
                    Some(rest) => &rest[rest.find('/').unwrap_or(rest.len())..],
                    None => url,
                };
                Some(format!("{m}{path}"))
            })
        })
        .collect()
}

/// The changes (not reads, not operation polls) a run sent, as `METHOD path?api-version=…`.
fn sent_changes(w: &World) -> Vec<String> {
    w.emu
        .requests()
        .iter()
        .filter(|r| r["method"] != "GET" && r["method"] != "POST")
        .map(|r| {
            let api_version = r["apiVersion"].as_str().unwrap_or("");
            format!("{}?api-version={api_version}", method_path(r))
        })
        .collect()
}

#[test]
fn dry_run_prints_the_requests_the_real_run_sends() {
    let w = World::alice("dry-run-parity", vec![server("flexible", "srv", json!({}))]);
    let line = "create postgres-flexible -g rg --connection parity --tg rg --server srv --database demo --user-account -y";
    let dry = w.az(&format!("{line} --dry-run"));
    ok(&dry);
    let printed = dry_run_requests(&dry.stdout);
    assert!(sent_changes(&w).is_empty(), "the dry run changed something");
    assert_eq!(
        printed.len(),
        3,
        "Entra PATCH, admin PUT, connector PUT:\n{}",
        dry.stdout
    );
    assert!(
        dry.stdout
            .contains(&format!("'aad_parity', '{ALICE_OID}', 'user'"))
    );

    ok(&w.az(line));
    assert_eq!(printed, sent_changes(&w), "dry run:\n{}", dry.stdout);
}
