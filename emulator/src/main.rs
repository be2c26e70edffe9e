//! azconn-emulator: Entra ID, ARM and Graph on loopback HTTPS, driving a real PostgreSQL. `start` (foreground or
//! `--detach`), `stop`, and `az-shim` (the `az` stand-in). See emulator/README.md.

// The emulator binary talks to its operator on stdout/stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod admin;
mod app;
mod arm;
mod azshim;
mod cae;
mod certs;
mod database;
mod entra;
mod error;
mod files;
mod front;
mod graph;
mod graph_directory;
mod http;
mod ids;
mod knobs;
mod msal;
mod requestlog;
mod router;
mod seed;
mod state;
mod tokens;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use serde_json::json;

use crate::error::{EmuError, Result};
use crate::files::Ports;

#[derive(Parser)]
#[command(
    name = "azconn-emulator",
    version,
    about = "Local emulator of Entra ID, ARM and Microsoft Graph for azconn"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the emulator with its state in DIR.
    Start(StartArgs),
    /// Stop the emulator whose state is in DIR.
    Stop {
        #[arg(long)]
        state_dir: PathBuf,
    },
    /// Answer `az account get-access-token` / `az account show` from the emulator in DIR (used by DIR/bin/az).
    AzShim {
        dir: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(clap::Args, Clone)]
struct StartArgs {
    /// Directory for the CA, keys, az config, env.sh, logs and PostgreSQL data.
    #[arg(long)]
    state_dir: PathBuf,
    /// Seed file (JSON) declaring the world; default: the state dir's previous seed, else the demo seed.
    #[arg(long)]
    seed: Option<PathBuf>,
    /// Return once the emulator is ready, leaving it running in the background.
    #[arg(long)]
    detach: bool,
    /// Port of the HTTPS endpoint (ARM, Entra, Graph, managed identity); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    arm_port: u16,
    /// Port of Microsoft Graph's HTTPS endpoint; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    graph_port: u16,
    /// Port of the plain-HTTP admin endpoint (knobs, request log); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    admin_port: u16,
    /// Port of the PostgreSQL router (Azure's :5432); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    pg_port: u16,
    /// Latency added to every HTTPS request, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Round-trip time the PostgreSQL router adds to every connection (each client→server exchange), in
    /// milliseconds.
    #[arg(long, default_value_t = 0)]
    pg_latency_ms: u64,
    /// Page size of ServiceLinker connector lists.
    #[arg(long, default_value_t = 100)]
    page_size: usize,
    /// Lifetime of the access tokens, in seconds (their `exp`, enforced by ARM, Graph and PostgreSQL).
    #[arg(long, default_value_t = tokens::LIFETIME_SECS, value_parser = clap::value_parser!(i64).range(1..=tokens::LONGEST_LIFETIME))]
    token_lifetime: i64,
    /// Emulate ARM/Entra/Graph only, without PostgreSQL clusters.
    #[arg(long)]
    no_postgres: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::AzShim { dir, args } => {
            return ExitCode::from(u8::try_from(azshim::run(&dir, &args)).unwrap_or(1));
        }
        Command::Stop { state_dir } => {
            stop(&state_dir);
            Ok(())
        }
        Command::Start(args) if args.detach => detach(&args),
        Command::Start(args) => tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(EmuError::from)
            .and_then(|rt| rt.block_on(start(args))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("azconn-emulator: {e}");
            ExitCode::FAILURE
        }
    }
}

fn pid_path(dir: &Path) -> PathBuf {
    dir.join("emulator.pid")
}

fn alive(pid: u32) -> bool {
    // A zombie still has /proc/PID; its state letter is Z.
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z'))
    })
}

/// Whether `pid` is a live azconn-emulator (not a dead process, nor another program that reused the pid).
fn is_emulator(pid: u32) -> bool {
    alive(pid)
        && std::fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|c| {
            c.split(|b| *b == 0)
                .next()
                .is_some_and(|exe| String::from_utf8_lossy(exe).contains("azconn-emulator"))
        })
}

fn stop(dir: &Path) {
    let Ok(text) = std::fs::read_to_string(pid_path(dir)) else {
        println!("azconn-emulator is not running for {}", dir.display());
        return;
    };
    let Ok(pid) = text.trim().parse::<u32>() else {
        let _ = std::fs::remove_file(pid_path(dir));
        let _ = std::fs::remove_file(Ports::path(dir));
        println!(
            "azconn-emulator is not running for {} (removed an unreadable pid file)",
            dir.display()
        );
        return;
    };
    if !is_emulator(pid) {
        let _ = std::fs::remove_file(pid_path(dir));
        let _ = std::fs::remove_file(Ports::path(dir));
        println!("azconn-emulator is not running for {}", dir.display());
        return;
    }
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(30);
    while alive(pid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    if alive(pid) {
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    let _ = std::fs::remove_file(pid_path(dir));
    let _ = std::fs::remove_file(Ports::path(dir));
    println!("azconn-emulator stopped");
}

/// Re-runs `start` in the background and waits until it has written `ports.json`.
/// Refuses to start a second emulator on a state dir whose emulator is still running.
fn not_running(dir: &Path) -> Result<()> {
    if let Ok(text) = std::fs::read_to_string(pid_path(dir))
        && let Ok(pid) = text.trim().parse::<u32>()
        && pid != std::process::id()
        && is_emulator(pid)
    {
        return Err(EmuError::msg(format!(
            "an emulator (pid {pid}) is already running for {}; run `azconn-emulator stop --state-dir {}` first",
            dir.display(),
            dir.display()
        )));
    }
    Ok(())
}

/// The state dir (created, canonical) for a new emulator: none may be running there, and its previous ports file
/// (the "ready" sign) is gone.
fn claim_state_dir(state_dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(state_dir).map_err(|e| EmuError::io(state_dir, e))?;
    let dir = std::fs::canonicalize(state_dir).map_err(|e| EmuError::io(state_dir, e))?;
    not_running(&dir)?;
    let _ = std::fs::remove_file(Ports::path(&dir));
    Ok(dir)
}

fn detach(args: &StartArgs) -> Result<()> {
    use std::os::unix::process::CommandExt;
    let dir = claim_state_dir(&args.state_dir)?;
    let log_path = dir.join("emulator.log");
    let log = std::fs::File::create(&log_path).map_err(|e| EmuError::io(&log_path, e))?;
    let log2 = log.try_clone().map_err(|e| EmuError::io(&log_path, e))?;
    let exe = std::env::current_exe().map_err(|e| EmuError::io("current_exe", e))?;
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("start").arg("--state-dir").arg(&dir);
    if let Some(s) = &args.seed {
        // Checked here too, so a bad seed fails before anything starts.
        seed::Seed::load(Some(s))?;
        let s = std::fs::canonicalize(s)
            .map_err(|e| EmuError::msg(format!("cannot read seed file {}: {e}", s.display())))?;
        cmd.arg("--seed").arg(s);
    }
    // This start's options, passed on to the background process.
    for (flag, value) in [
        ("--arm-port", args.arm_port.to_string()),
        ("--admin-port", args.admin_port.to_string()),
        ("--graph-port", args.graph_port.to_string()),
        ("--pg-port", args.pg_port.to_string()),
        ("--latency-ms", args.latency_ms.to_string()),
        ("--pg-latency-ms", args.pg_latency_ms.to_string()),
        ("--page-size", args.page_size.to_string()),
        ("--token-lifetime", args.token_lifetime.to_string()),
    ] {
        cmd.arg(flag).arg(value);
    }
    if args.no_postgres {
        cmd.arg("--no-postgres");
    }
    // Own process group: a Ctrl-C in the starting shell must not reach the emulator.
    cmd.stdin(std::process::Stdio::null())
        .stdout(log)
        .stderr(log2)
        .process_group(0);
    let mut child = cmd
        .spawn()
        .map_err(|e| EmuError::io("spawn azconn-emulator", e))?;
    let deadline = Instant::now() + Duration::from_mins(3);
    loop {
        if let Ok(p) = Ports::load(&dir)
            && p.pid == child.id()
        {
            println!(
                "ready arm=https://127.0.0.1:{} graph=https://127.0.0.1:{} admin=http://127.0.0.1:{} pg={} env={}",
                p.arm,
                p.graph,
                p.admin,
                p.pg,
                dir.join("env.sh").display()
            );
            return Ok(());
        }
        if let Ok(Some(status)) = child.try_wait() {
            let log = std::fs::read_to_string(&log_path).unwrap_or_default();
            return Err(EmuError::msg(format!(
                "the emulator exited during start ({status}); {}:\n{}",
                log_path.display(),
                log.trim_end()
            )));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(EmuError::msg(format!(
                "the emulator did not become ready within 180 s (stopped it); see {}",
                log_path.display()
            )));
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

async fn start(args: StartArgs) -> Result<()> {
    let dir = claim_state_dir(&args.state_dir)?;
    let seed_copy = dir.join("seed.json");
    let seed = match &args.seed {
        Some(p) => {
            let s = seed::Seed::load(Some(p))?;
            files::write(&seed_copy, &serde_json::to_vec_pretty(&s)?)?;
            s
        }
        None if seed_copy.exists() => seed::Seed::load(Some(&seed_copy)).map_err(|e| {
            EmuError::msg(format!(
                "{e}\n(no --seed given, so the state dir's previous seed was used; pass --seed FILE or remove {})",
                seed_copy.display()
            ))
        })?,
        None => seed::Seed::load(None)?,
    };
    let ca = certs::CertificateAuthority::load_or_create(&dir)?;
    let issuer = tokens::TokenIssuer::load_or_create(&dir, args.token_lifetime)?;
    let leaf = ca.issue("127.0.0.1", &["localhost"], &["127.0.0.1", "::1"])?;
    let identity =
        native_tls::Identity::from_pkcs8(leaf.cert_pem.as_bytes(), leaf.key_pem.as_bytes())?;
    // HTTP/2 (offered by ALPN, as ARM does) and HTTP/1.1 on the same port.
    let acceptor = tokio_native_tls::TlsAcceptor::from(
        native_tls::TlsAcceptor::builder(identity)
            .accept_alpn(&["h2", "http/1.1"])
            .build()?,
    );

    let bind = |what: &'static str, port: u16| async move {
        tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| EmuError::msg(format!("cannot listen on 127.0.0.1:{port} ({what}): {e}")))
    };
    let https = bind("--arm-port", args.arm_port).await?;
    let admin = bind("--admin-port", args.admin_port).await?;
    let graph = bind("--graph-port", args.graph_port).await?;
    let arm_port = https.local_addr()?.port();
    let admin_port = admin.local_addr()?.port();
    let graph_port = graph.local_addr()?.port();

    let header_path = dir.join("identity-header");
    let identity_header = match std::fs::read_to_string(&header_path) {
        Ok(s) if !s.trim().is_empty() => s.trim().to_string(),
        _ => {
            let h = ids::guid().replace('-', "");
            files::write_private(&header_path, h.as_bytes())?;
            h
        }
    };
    let world = state::World::from_seed(&seed);
    let logins = Arc::new(database::Logins::default());
    let db = if args.no_postgres {
        database::Databases::disabled()
    } else {
        database::Databases::start(
            &dir,
            &ca,
            &seed.tenant.id,
            &world,
            args.pg_port,
            Arc::clone(&logins),
        )
        .await?
    };
    if args.pg_latency_ms > 0 {
        db.set_pg_latency(args.pg_latency_ms)?;
    }
    let knobs = knobs::Knobs {
        latency: knobs::Latency {
            default_ms: args.latency_ms,
            routes: Vec::new(),
        },
        page_size: args.page_size.max(1),
        pg_latency_ms: args.pg_latency_ms,
        ..knobs::Knobs::default()
    };
    let app = Arc::new(app::App {
        dir: dir.clone(),
        base: format!("https://127.0.0.1:{arm_port}"),
        graph_base: format!("https://127.0.0.1:{graph_port}"),
        seed: seed.clone(),
        world: std::sync::Mutex::new(world),
        issuer,
        knobs: std::sync::Mutex::new(knobs),
        log: requestlog::RequestLog::new(dir.join("requests.jsonl")),
        db,
        identity_header: identity_header.clone(),
        op_seq: AtomicU64::new(0),
        shutdown: tokio::sync::Notify::new(),
    });
    logins.attach(&app);
    // Seeded identities and admins get their roles before anyone can connect.
    arm::sync::register_identities(&app).await.map_err(|r| {
        EmuError::msg(format!(
            "registering identities: {}",
            String::from_utf8_lossy(&r.body)
        ))
    })?;
    let servers = app.world().servers.clone();
    for s in &servers {
        for a in &s.admins {
            arm::sync::apply_admin(&app, s, a).await.map_err(|r| {
                EmuError::msg(format!(
                    "seeding admin {}: {}",
                    a.principal_name,
                    String::from_utf8_lossy(&r.body)
                ))
            })?;
        }
    }
    // One connection counter for both TLS ports: their requests share the request log.
    let connection_ids = Arc::new(AtomicU64::new(0));
    tokio::spawn(http::serve_tls(
        Arc::new(front::Https(app.clone())),
        https,
        acceptor.clone(),
        connection_ids.clone(),
    ));
    tokio::spawn(http::serve_tls(
        Arc::new(front::GraphPort(app.clone())),
        graph,
        acceptor,
        connection_ids,
    ));
    tokio::spawn(http::serve_plain(
        Arc::new(front::Admin(app.clone())),
        admin,
    ));

    let ports = Ports {
        pid: std::process::id(),
        arm: arm_port,
        graph: graph_port,
        admin: admin_port,
        pg: app.db.port(),
    };
    files::write_client_files(&dir, &seed, &ports, &identity_header)?;
    write_credential(&app)?;
    msal::write_az_token_cache(&app)?;
    files::write(&pid_path(&dir), std::process::id().to_string().as_bytes())?;
    let _ = std::fs::write(dir.join("requests.jsonl"), b"");
    // ports.json last: its appearance means "ready".
    ports.store(&dir)?;
    println!(
        "ready arm=https://127.0.0.1:{arm_port} graph=https://127.0.0.1:{graph_port} admin=http://127.0.0.1:{admin_port} pg={} env={}",
        ports.pg,
        dir.join("env.sh").display()
    );

    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
        () = app.shutdown.notified() => {}
    }
    app.db.stop().await;
    let _ = std::fs::remove_file(Ports::path(&dir));
    let _ = std::fs::remove_file(pid_path(&dir));
    Ok(())
}

/// What the az stand-in signs in with: the user's refresh token, or the service principal's secret.
fn write_credential(app: &app::App) -> Result<()> {
    let seed = &app.seed;
    let v = match seed.signed_in.kind {
        seed::SignedInType::User => {
            let user = seed
                .user_by_name(&seed.signed_in.name)
                .ok_or_else(|| EmuError::msg("signed-in user missing from seed"))?;
            json!({"type": "user", "refreshToken": app.issuer.refresh_token(&user.object_id, &seed.tenant.id)?})
        }
        seed::SignedInType::ServicePrincipal => {
            let sp = seed
                .service_principals
                .iter()
                .find(|p| p.app_id.eq_ignore_ascii_case(&seed.signed_in.name))
                .ok_or_else(|| EmuError::msg("signed-in service principal missing from seed"))?;
            json!({"type": "servicePrincipal", "clientId": sp.app_id, "clientSecret": sp.secret})
        }
    };
    files::write_private(
        &app.dir.join("azure").join("emulator-credential.json"),
        &serde_json::to_vec(&v)?,
    )
}
