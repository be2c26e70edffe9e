//! Interrupts (issue 8, item 2): SIGTERM/SIGINT during a service principal's create.

use std::process::Command;

use serde_json::json;

use super::{Kind, Matrix, Principal};

/// Interrupts (issue 8, item 2): SIGTERM and SIGINT while the service principal's temporary firewall rule
/// exists (the firewall PUT's operation poll stalls) — the rule is removed, the role is absent or fully
/// granted, no connector, exit 143/130 and one `ERROR: Interrupted; …` line saying what was cleaned up.
#[test]
fn interrupts_clean_up_the_temporary_firewall_rule() {
    let m = Matrix::start();
    for (n, (signal, code)) in [("TERM", 143), ("INT", 130)].into_iter().enumerate() {
        let connection = format!("int{n}");
        let admin = m.emu.admin();
        admin.reset();
        admin.clear_knobs();
        // Polls: the PATCH's, the administrator PUT's, then the firewall rule PUT's (the third) stalls.
        admin.fault(
            &json!({"method": "GET", "path": "/**/azureAsyncOperation/*", "nth": 3, "times": 1,
            "action": "stall", "ms": 8000}),
        );
        admin.clear_requests();
        let args: Vec<String> =
            Matrix::args(Kind::Flexible, Principal::ServicePrincipal, &connection)
                .into_iter()
                .filter(|a| a != "--debug")
                .collect();
        let mut cmd = crate::common::azconn(&m.home);
        cmd.args(&args);
        for (k, v) in &m.env {
            cmd.env(k, v);
        }
        let child = cmd
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn azconn");
        // Wait (bounded) until the firewall rule PUT has been answered.
        let mut seen = false;
        for _ in 0..300 {
            if m.emu.requests().iter().any(|r| {
                r["method"] == "PUT" && r["path"].as_str().unwrap_or("").contains("/firewallRules/")
            }) {
                seen = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert!(seen, "the firewall rule PUT never came");
        std::thread::sleep(std::time::Duration::from_millis(300));
        let status = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        let out = child.wait_with_output().expect("wait azconn");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        m.scan.assert_clean("stderr of an interrupted run", &stderr);
        assert_eq!(out.status.code(), Some(code), "{stderr}");
        let last = stderr.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("ERROR: Interrupted; removed the temporary firewall rule svc_"),
            "{stderr}"
        );
        let state = admin.state();
        let rules = state["servers"][0]["firewallRules"].to_string();
        assert!(!rules.contains("svc_"), "{rules}");
        assert!(
            !state["connectors"].to_string().contains(&connection),
            "{state}"
        );
        let role = m.role_state("srv", &format!("aad_{connection}"));
        assert!(role == "absent" || role == "granted", "{role}");
    }
}
