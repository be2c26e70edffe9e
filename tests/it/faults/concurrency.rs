//! Concurrency: creates for the same connection and for ten connections at once.

use super::{Kind, Matrix};
use crate::common::Run;

/// Concurrency: two runs for the same connection at once, then ten runs for ten connections on
/// the same server at once. Every run ends in success or a clear `ERROR:`; afterwards each role exists once and
/// is fully granted wherever its connector exists, each connector exists once, and no temporary firewall rule
/// is left.
#[test]
fn concurrent_creates_leave_a_consistent_state() {
    let m = Matrix::start();
    let admin = m.emu.admin();
    for names in [
        vec!["same"; 2],
        (0..10)
            .map(|i| ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"][i])
            .collect(),
    ] {
        admin.reset();
        admin.clear_knobs();
        let runs: Vec<Run> = std::thread::scope(|scope| {
            let handles: Vec<_> = names
                .iter()
                .map(|name| scope.spawn(|| m.run(Kind::Flexible, name)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("run thread"))
                .collect()
        });
        for (name, r) in names.iter().zip(&runs) {
            m.scan
                .assert_clean(&format!("stderr of concurrent {name}"), &r.stderr);
            assert!(
                r.code == 0 || (r.code == 1 && r.stderr.contains("ERROR: ")),
                "{name}: exit {} without a clear error:\n{}",
                r.code,
                r.stderr
            );
        }
        let state = admin.state();
        let connectors: Vec<String> = state["connectors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.as_str())
                    .map(|c| c.rsplit('/').next().unwrap_or("").to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let mut unique = names.clone();
        unique.dedup();
        for name in &unique {
            let count = connectors.iter().filter(|c| c == name).count();
            assert!(count <= 1, "connector {name} exists {count} times");
            let role = m.role_state("srv", &format!("aad_{name}"));
            let roles = m.psql(
                "srv",
                &format!("SELECT count(*) FROM pg_roles WHERE rolname = 'aad_{name}'"),
            );
            assert!(roles == "0" || roles == "1", "{name}: {roles} roles");
            assert!(role != "HALF-GRANTED", "{name}: role half-granted");
            let succeeded = names
                .iter()
                .zip(&runs)
                .any(|(n, r)| n == name && r.code == 0);
            if succeeded {
                assert_eq!(count, 1, "{name} succeeded but has no connector");
                assert_eq!(role, "granted", "{name} succeeded but its role is {role}");
            }
        }
        let rules = state["servers"][0]["firewallRules"].to_string();
        assert!(
            !rules.contains("svc_"),
            "temporary firewall rules left: {rules}"
        );
        assert!(runs.iter().any(|r| r.code == 0), "no run succeeded");
    }
}
