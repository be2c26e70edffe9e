//! [`PgRouter`]: one loopback port for every emulated server, as Azure's `:5432` is one address per host name.
//!
//! A client sends PostgreSQL's SSLRequest; the router answers `S`, reads the TLS ClientHello, takes the server
//! name (SNI) from it, connects to that server's cluster, replays an SSLRequest and the ClientHello, and then
//! copies bytes both ways. TLS therefore runs end to end between the client and the cluster (the router never
//! holds a key), and the cluster sees the client as 127.0.0.1, so its pg_hba.conf acts as the firewall.
//! [`PgRouter::set_source_ips`] makes the router connect from other loopback addresses instead, one after the
//! other per connection in the order the connections were accepted (as a NAT assigns an egress address when a
//! connection opens), like a client behind a NAT with several egress addresses: a firewall rule for the one
//! address the server reported then does not admit the next connection.
//! [`PgRouter::add_connect_fault`] resets or stalls chosen client connections (after their ClientHello).
//! [`PgRouter::set_latency`] puts a network's round-trip time between client and server: every connection
//! accepted from then on delays what the client sends by that much (the router's answers to the SSLRequest
//! included), so each exchange the client waits for costs one round trip while pipelined messages share one.
//! A GSSENCRequest is declined (`N`), as Azure does. A client that skips TLS gets the error PostgreSQL itself gives
//! when only `hostssl` lines exist. A ClientHello without SNI or with an unknown name closes the connection.
//! This file routes; what the client sends before TLS is read in `prelude.rs`, the latency relay is `relay.rs`,
//! the connect faults `connect_faults.rs`.

mod connect_faults;
mod prelude;
mod relay;

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::PgError;
use super::faults::{ConnectAction, ConnectFault};
use connect_faults::ConnectFaults;
use prelude::{Prelude, client_hello_sni, negotiate, read_client_hello, ssl_request, timed_out};
use relay::relay_delayed;

/// Time a client has to finish the SSLRequest and ClientHello.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The loopback addresses the router connects from (empty: 127.0.0.1), taken in turn.
#[derive(Debug, Default)]
struct SourceIps {
    ips: RwLock<Vec<Ipv4Addr>>,
    next: AtomicUsize,
}

impl SourceIps {
    fn pick(&self) -> Option<Ipv4Addr> {
        let ips = self.ips.read().ok()?;
        if ips.is_empty() {
            return None;
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed) % ips.len();
        Some(ips[i])
    }
}

#[derive(Debug, Default)]
struct Shared {
    routes: RwLock<HashMap<String, u16>>,
    sources: SourceIps,
    faults: ConnectFaults,
    /// Round-trip time added to connections accepted from now on, in milliseconds.
    latency_ms: AtomicU64,
}

#[derive(Debug)]
pub struct PgRouter {
    port: u16,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl PgRouter {
    /// Listens on `addr` (normally `127.0.0.1:0` or `127.0.0.1:5432`) and serves until dropped.
    pub async fn bind(addr: SocketAddr) -> Result<PgRouter, PgError> {
        let listener = TcpListener::bind(addr).await.map_err(PgError::io(
            "binding the PostgreSQL router",
            addr.to_string(),
        ))?;
        let port = listener
            .local_addr()
            .map_err(PgError::io("reading the router address", addr.to_string()))?
            .port();
        let shared: Arc<Shared> = Arc::default();
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&shared)));
        Ok(PgRouter {
            port,
            shared,
            accept,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Routes connections whose SNI is `host_name` (case-insensitive) to the cluster on `local_port`.
    pub fn register(&self, host_name: &str, local_port: u16) {
        if let Ok(mut routes) = self.shared.routes.write() {
            routes.insert(host_name.to_ascii_lowercase(), local_port);
        }
    }

    /// Connects to the clusters from these loopback addresses (127.0.0.0/8), one per connection in turn;
    /// empty: from 127.0.0.1. Anything outside 127.0.0.0/8 is refused.
    pub fn set_source_ips(&self, ips: &[Ipv4Addr]) -> Result<(), String> {
        if let Some(bad) = ips.iter().find(|ip| !ip.is_loopback()) {
            return Err(format!("{bad} is not a loopback address (127.0.0.0/8)"));
        }
        if let Ok(mut cur) = self.shared.sources.ips.write() {
            *cur = ips.to_vec();
        }
        self.shared.sources.next.store(0, Ordering::Relaxed);
        Ok(())
    }

    /// Adds a connect fault (counted from now on) and returns its index for [`PgRouter::connect_fault_seen`]. A
    /// fault hits a client connection after its ClientHello, so the server name is known.
    pub fn add_connect_fault(&self, fault: ConnectFault) -> Result<usize, String> {
        self.shared.faults.add(fault)
    }

    /// Removes every connect fault.
    pub fn clear_connect_faults(&self) {
        self.shared.faults.clear();
    }

    /// Adds `ms` of round-trip time to every connection accepted from now on (0: none): each read from the
    /// client reaches the server `ms` later, in order, and the router's own answers before TLS wait as long.
    pub fn set_latency(&self, ms: u64) {
        self.shared.latency_ms.store(ms, Ordering::Relaxed);
    }

    /// How many client connections matched connect fault `index` so far.
    pub fn connect_fault_seen(&self, index: usize) -> u64 {
        self.shared.faults.seen(index)
    }

    pub fn unregister(&self, host_name: &str) {
        if let Ok(mut routes) = self.shared.routes.write() {
            routes.remove(&host_name.to_ascii_lowercase());
        }
    }
}

impl Drop for PgRouter {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        let Ok((stream, peer)) = listener.accept().await else {
            // Transient accept errors (e.g. too many open files) must not end the router.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        // A relay: small writes go out at once (Nagle plus the peer's delayed ACK would add ~40 ms stalls).
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        // Taken here, in the order connections arrive, not when each has sent its ClientHello.
        let source = shared.sources.pick();
        tokio::spawn(async move {
            // A failed or refused connection only concerns that client.
            let _ = serve(stream, peer, source, &shared).await;
        });
    }
}

/// Connects to a cluster on 127.0.0.1, from `source` when given.
async fn connect_upstream(port: u16, source: Option<Ipv4Addr>) -> std::io::Result<TcpStream> {
    let target = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let stream = match source {
        None => TcpStream::connect(target).await,
        Some(ip) => {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.bind(SocketAddr::from((ip, 0)))?;
            socket.connect(target).await
        }
    }?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

async fn serve(
    mut client: TcpStream,
    peer: SocketAddr,
    source: Option<Ipv4Addr>,
    shared: &Shared,
) -> std::io::Result<()> {
    // Fixed for the connection's life, as a network path's round-trip time is.
    let delay = Duration::from_millis(shared.latency_ms.load(Ordering::Relaxed));
    let target = tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
        match negotiate(&mut client, peer.ip(), delay).await? {
            Prelude::Plain => Ok(None),
            Prelude::Tls => {
                let hello = read_client_hello(&mut client).await?;
                let Some(name) = client_hello_sni(&hello) else {
                    return Ok(None);
                };
                let name = name.to_ascii_lowercase();
                let port = shared
                    .routes
                    .read()
                    .ok()
                    .and_then(|r| r.get(&name).copied());
                Ok::<_, std::io::Error>(port.map(|port| (name, port, hello)))
            }
        }
    })
    .await
    .map_err(|_| timed_out())??;
    let Some((name, port, hello)) = target else {
        return Ok(());
    };
    match shared.faults.take(&name) {
        Some(ConnectAction::Reset) => {
            // SO_LINGER 0: the close sends a TCP reset, as a dropped connection does.
            client.set_zero_linger()?;
            return Ok(());
        }
        Some(ConnectAction::Stall { ms }) => tokio::time::sleep(Duration::from_millis(ms)).await,
        None => {}
    }
    let upstream = tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
        // The ClientHello's way to the server.
        tokio::time::sleep(delay).await;
        let mut upstream = connect_upstream(port, source).await?;
        upstream.write_all(&ssl_request()).await?;
        let mut answer = [0u8; 1];
        upstream.read_exact(&mut answer).await?;
        if answer[0] != b'S' {
            return Ok(None);
        }
        upstream.write_all(&hello).await?;
        Ok::<_, std::io::Error>(Some(upstream))
    })
    .await
    .map_err(|_| timed_out())??;
    match upstream {
        Some(mut upstream) if delay.is_zero() => {
            tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
        }
        Some(upstream) => relay_delayed(client, upstream, delay).await?,
        None => {}
    }
    Ok(())
}
