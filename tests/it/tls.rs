//! TLS towards ARM, Graph and Entra (issue 8, item 5): always verified. Extra CAs only through
//! `REQUESTS_CA_BUNDLE` / `SSL_CERT_FILE`; a certificate for another host or from an unknown CA fails at once
//! (no retries) with an error naming those variables; az's `AZURE_CLI_DISABLE_CONNECTION_VERIFICATION` does not
//! turn checking off. Runs the built `azconn` against a local TLS server with certificates made by the
//! `openssl` CLI, and the token path against azconn-emulator. (PostgreSQL's verify-full is tested in `pg`.)

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::emulator::Emulator;
use crate::common::{Azconn, Run, scratch};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run openssl (is the openssl CLI installed?)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Certificates: `ca.pem` signs `good` (127.0.0.1) and `wronghost` (wrong.example); `unknown` is self-signed
/// for 127.0.0.1.
fn make_certs(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=azconn test CA",
        ],
    );
    for (name, san) in [("good", "IP:127.0.0.1"), ("wronghost", "DNS:wrong.example")] {
        std::fs::write(
            dir.join(format!("{name}.ext")),
            format!("subjectAltName={san}\nextendedKeyUsage=serverAuth\n"),
        )
        .unwrap();
        openssl(
            dir,
            &[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                &format!("{name}.key"),
                "-out",
                &format!("{name}.csr"),
                "-subj",
                &format!("/CN={name}"),
            ],
        );
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &format!("{name}.csr"),
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                &format!("{name}.ext"),
                "-out",
                &format!("{name}.pem"),
            ],
        );
    }
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "unknown.key",
            "-out",
            "unknown.pem",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
    );
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

fn certs() -> PathBuf {
    let dir = scratch("tls-certs");
    make_certs(&dir);
    dir
}

#[test]
fn arm_requests_verify_the_certificate_and_trust_extra_cas_only_from_the_bundle_variables() {
    let dir = certs();
    let home = scratch("tls-home");
    let ca = dir.join("ca.pem").display().to_string();

    for var in ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"] {
        let (port, _) = serve(&dir, "good", 1);
        let r = get(&home, port, &[(var, &ca)]);
        assert_eq!(
            (r.code, r.stdout.as_str()),
            (0, "{\n  \"ok\": true\n}\n"),
            "{var}: {}",
            r.stderr
        );
    }

    let advice = "set REQUESTS_CA_BUNDLE (or SSL_CERT_FILE) to a PEM file with that CA";
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("good", &[]),
        ("wronghost", &[("REQUESTS_CA_BUNDLE", ca.as_str())]),
        ("unknown", &[("REQUESTS_CA_BUNDLE", ca.as_str())]),
        (
            "unknown",
            &[
                ("AZURE_CLI_DISABLE_CONNECTION_VERIFICATION", "1"),
                ("REQUESTS_CA_BUNDLE", ca.as_str()),
            ],
        ),
    ];
    for (cert, env) in cases {
        let (port, connections) = serve(&dir, cert, 5);
        let r = get(&home, port, env);
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
