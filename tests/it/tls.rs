//! TLS towards ARM, Graph and Entra: always verified. Extra CAs only through
//! `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE`; a certificate for another host or from an unknown CA fails at once
//! (no retries) with an error naming those variables; az's `AZURE_CLI_DISABLE_CONNECTION_VERIFICATION` does not
//! turn checking off. Runs the built `azconn` against a local TLS server with certificates from the emulator's CA
//! code, and the token path against azconn-emulator. (PostgreSQL's verify-full is tested in `pg`.)

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use azconn_emulator::certs::CertificateAuthority;

use crate::common::emulator::Emulator;
use crate::common::{Azconn, Run, scratch};

/// Certificates from the emulator's CA code, made once per test binary: `ca.pem` signs `good` (127.0.0.1) and
/// `wronghost` (wrong.example); `unknown` (127.0.0.1) is signed by a CA no client is told about.
fn certs() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = scratch("tls-certs");
        let ca = CertificateAuthority::generate("azconn test CA").expect("CA");
        let unrelated = CertificateAuthority::generate("azconn unrelated CA").expect("CA");
        std::fs::write(dir.join("ca.pem"), ca.cert_pem().expect("CA PEM")).expect("write ca.pem");
        let leaves: [(&str, &CertificateAuthority, &[&str], &[&str]); 3] = [
            ("good", &ca, &[], &["127.0.0.1"]),
            ("wronghost", &ca, &["wrong.example"], &[]),
            ("unknown", &unrelated, &[], &["127.0.0.1"]),
        ];
        for (name, issuer, dns, ips) in leaves {
            let leaf = issuer.issue(name, dns, ips).expect("issue certificate");
            std::fs::write(dir.join(format!("{name}.pem")), leaf.cert_pem).expect("write cert");
            std::fs::write(dir.join(format!("{name}.key")), leaf.key_pem).expect("write key");
        }
        dir
    })
}

/// A TLS server on 127.0.0.1 answering `{"ok":true}` to up to `max` connections; counts the connections.
fn serve(dir: &Path, name: &str, max: usize) -> (u16, Arc<AtomicUsize>) {
    let cert = std::fs::read(dir.join(format!("{name}.pem"))).unwrap();
    let key = std::fs::read(dir.join(format!("{name}.key"))).unwrap();
    let identity = native_tls::Identity::from_pkcs8(&cert, &key).unwrap();
    let acceptor = native_tls::TlsAcceptor::new(identity).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for _ in 0..max {
            let Ok((sock, _)) = listener.accept() else {
                return;
            };
            seen.fetch_add(1, Ordering::SeqCst);
            let Ok(mut tls) = acceptor.accept(sock) else {
                continue;
            };
            let mut buf = [0u8; 4096];
            let _ = tls.read(&mut buf);
            let body = r#"{"ok":true}"#;
            let _ = write!(
                tls,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.shutdown();
        }
    });
    (port, count)
}

fn get(home: &Path, port: u16, env: &[(&str, &str)]) -> Run {
    let url = format!("https://127.0.0.1:{port}/subscriptions?api-version=2022-12-01");
    Azconn::new(home)
        .envs(env.iter().copied())
        .args(["rest", "--method", "get", "--url", &url])
        .arg("--skip-authorization-header")
        .run()
}

/// A bundle variable naming the CA makes its certificates trusted.
fn trusted_through(var: &str) {
    let (port, _) = serve(certs(), "good", 1);
    let r = get(&scratch(&format!("tls-{var}")), port, &[(var, &ca())]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "{\n  \"ok\": true\n}\n"),
        "{var}: {}",
        r.stderr
    );
}

/// The server's certificate `cert` is refused with the bundle advice under `env`, and not retried.
fn refused(cert: &str, env: &[(&str, &str)]) {
    let advice = "set REQUESTS_CA_BUNDLE (or SSL_CERT_FILE) to a PEM file with that CA";
    let (port, connections) = serve(certs(), cert, 5);
    let r = get(
        &scratch(&format!("tls-refused-{cert}-{}", env.len())),
        port,
        env,
    );
    assert_eq!(r.code, 1, "{cert} {env:?}: {}", r.stderr);
    assert!(r.stdout.is_empty(), "{cert}: {}", r.stdout);
    assert!(
        r.stderr.starts_with("ERROR: GET https://127.0.0.1:"),
        "{cert}: {}",
        r.stderr
    );
    assert!(r.stderr.contains("certificate"), "{cert}: {}", r.stderr);
    assert!(r.stderr.contains(advice), "{cert}: {}", r.stderr);
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "{cert}: a certificate failure is not retried"
    );
}

fn ca() -> String {
    certs().join("ca.pem").display().to_string()
}

#[test]
fn requests_ca_bundle_adds_a_trusted_ca() {
    trusted_through("REQUESTS_CA_BUNDLE");
}

#[test]
fn ssl_cert_file_adds_a_trusted_ca() {
    trusted_through("SSL_CERT_FILE");
}

#[test]
fn a_private_ca_is_refused_without_a_bundle() {
    refused("good", &[]);
}

#[test]
fn a_certificate_for_another_host_is_refused() {
    refused("wronghost", &[("REQUESTS_CA_BUNDLE", &ca())]);
}

#[test]
fn an_unknown_ca_is_refused() {
    refused("unknown", &[("REQUESTS_CA_BUNDLE", &ca())]);
}

#[test]
fn az_disable_connection_verification_does_not_turn_checking_off() {
    refused(
        "unknown",
        &[
            ("AZURE_CLI_DISABLE_CONNECTION_VERIFICATION", "1"),
            ("REQUESTS_CA_BUNDLE", &ca()),
        ],
    );
}

/// The token request to Entra (the emulator's authority) is verified the same way: without the emulator's
/// CA in the bundle variables the service principal sign-in fails with the advice, and no token is printed.
#[test]
fn entra_token_requests_are_verified() {
    let emu = Emulator::start_http_only(None);
    let azconn = Azconn::scratch("tls-entra")
        .emulator(&emu)
        .env_remove("REQUESTS_CA_BUNDLE")
        .env_remove("SSL_CERT_FILE")
        .envs(emu.sp_env())
        .env("AZCONN_NO_TOKEN_CACHE", "1")
        .line("token --auth-source env");
    let r = azconn.run();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("set REQUESTS_CA_BUNDLE (or SSL_CERT_FILE) to a PEM file with that CA"),
        "{}",
        r.stderr
    );

    // With the CA, the same run succeeds: the failure above was the certificate, nothing else.
    let r = azconn
        .env("REQUESTS_CA_BUNDLE", emu.dir().join("ca.pem"))
        .run();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("accessToken"), "{}", r.stdout);
}
