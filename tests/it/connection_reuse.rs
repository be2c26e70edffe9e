//! Connection reuse: requests a command sends together share one TLS handshake per host (HTTP/2 over
//! ALPN, and arm/dial.rs keeps the others from dialling while the first handshake runs), and a warm run starts
//! no `az`. Checked with the emulator's TLS connection log (`GET /connections`) and request log.

use serde_json::Value;

use crate::common::Azconn;
use crate::common::emulator::Emulator;
use crate::common::fixtures::SUB;

/// The built azconn in the emulator's environment, the emulator's state dir as HOME.
fn client(emu: &Emulator) -> Azconn {
    Azconn::new(emu.dir()).emulator(emu)
}

/// Runs azconn with a command line split like a shell's; its stdout, after asserting it succeeded.
fn azconn(emu: &Emulator, line: &str) -> String {
    let run = client(emu).line(line).run();
    assert_eq!(run.code, 0, "azconn {line}: {}", run.stderr);
    run.stdout
}

fn connections(emu: &Emulator) -> Vec<Value> {
    let (status, v) = emu.admin().call("GET", "/connections", None);
    assert_eq!(status, 200);
    v.as_array().expect("a list").clone()
}

fn clear(emu: &Emulator) {
    emu.admin().clear_requests();
    let (status, _) = emu.admin().call("DELETE", "/connections", None);
    assert_eq!(status, 204);
}

#[test]
fn concurrent_requests_share_one_http2_handshake() {
    let emu = Emulator::start_http_only(None);
    let connector = format!(
        "/subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors/c1"
    );
    azconn(
        &emu,
        "connection create postgres-flexible -g rg -l eastus --connection c1 --tg rg --server srv --database demo --secret name=u secret=p --client-type none -o none",
    );

    // Warm token cache: show sends its GET and its generateConfigurations POST together.
    clear(&emu);
    azconn(&emu, "connection show -g rg -l eastus --connection c1");
    let requests = emu.requests();
    let mut calls: Vec<String> = requests
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["method"].as_str().unwrap(),
                r["path"].as_str().unwrap()
            )
        })
        .collect();
    calls.sort();
    assert_eq!(
        calls,
        [
            format!("GET {connector}"),
            format!("POST {connector}/generateConfigurations")
        ],
        "no token request, no az"
    );
    let conns = connections(&emu);
    assert_eq!(conns.len(), 1, "one handshake: {conns:?}");
    assert_eq!(conns[0]["protocol"], "h2", "{conns:?}");
    assert!(
        requests
            .iter()
            .all(|r| r["connection"] == conns[0]["connection"]),
        "both requests on that connection: {requests:?}"
    );

    // A connection lives as long as its process: two processes, two handshakes.
    clear(&emu);
    azconn(&emu, "connection list -g rg -l eastus");
    azconn(&emu, "connection show -g rg -l eastus --connection c1");
    assert_eq!(connections(&emu).len(), 2, "{:?}", connections(&emu));
}

#[test]
fn warm_token_builds_no_http_client() {
    let emu = Emulator::start_http_only(None);
    azconn(&emu, "token -o none");
    clear(&emu);
    // The HTTP client (TLS set-up, CA bundle) is built on first use only: a cached token needs none, so an
    // unreadable bundle does not matter here (az's requests reads it only when it sends a request, too).
    let run = client(&emu)
        .env("REQUESTS_CA_BUNDLE", emu.dir().join("no-such-bundle.pem"))
        .line("token --query tokenType -o tsv")
        .run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "Bearer\n");
    assert!(emu.requests().is_empty(), "{:?}", emu.requests());
    assert!(connections(&emu).is_empty(), "{:?}", connections(&emu));
}
