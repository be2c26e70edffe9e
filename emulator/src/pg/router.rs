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

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::PgError;
use super::faults::{ConnectAction, ConnectFault};

const SSL_REQUEST: u32 = 80_877_103;
const GSSENC_REQUEST: u32 = 80_877_104;
const CANCEL_REQUEST: u32 = 80_877_102;
const PROTOCOL_3: u32 = 196_608;
/// Time a client has to finish the SSLRequest and ClientHello.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Upper bound for a StartupMessage or a ClientHello we buffer.
const MAX_PRELUDE: usize = 64 * 1024;
/// Reads from the client the delay line holds before it stops reading (back pressure).
const DELAY_LINE_DEPTH: usize = 64;

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

/// Connect faults with the number of matching connections each has seen.
#[derive(Debug, Default)]
struct ConnectFaults(Mutex<Vec<(ConnectFault, u64)>>);

impl ConnectFaults {
    /// Counts a connection to `host` against every matching fault; the action of the first that hits it.
    fn take(&self, host: &str) -> Option<ConnectAction> {
        let mut faults = self.0.lock().ok()?;
        let mut hit = None;
        for (f, seen) in faults.iter_mut() {
            if f.host
                .as_ref()
                .is_some_and(|h| !h.eq_ignore_ascii_case(host))
            {
                continue;
            }
            *seen += 1;
            if hit.is_none() && *seen >= f.nth && *seen < f.nth.saturating_add(f.times) {
                hit = Some(f.action);
            }
        }
        hit
    }
}

/// What the accept loop and every connection share with the router handle.
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
        if fault.nth == 0 || fault.times == 0 {
            return Err("nth and times must be at least 1".to_owned());
        }
        let mut faults = self
            .shared
            .faults
            .0
            .lock()
            .map_err(|_| "the connect fault lock is poisoned".to_owned())?;
        faults.push((fault, 0));
        Ok(faults.len() - 1)
    }

    /// Removes every connect fault.
    pub fn clear_connect_faults(&self) {
        if let Ok(mut faults) = self.shared.faults.0.lock() {
            faults.clear();
        }
    }

    /// Adds `ms` of round-trip time to every connection accepted from now on (0: none): each read from the
    /// client reaches the server `ms` later, in order, and the router's own answers before TLS wait as long.
    pub fn set_latency(&self, ms: u64) {
        self.shared.latency_ms.store(ms, Ordering::Relaxed);
    }

    /// How many client connections matched connect fault `index` so far.
    pub fn connect_fault_seen(&self, index: usize) -> u64 {
        self.shared
            .faults
            .0
            .lock()
            .ok()
            .and_then(|f| f.get(index).map(|(_, seen)| *seen))
            .unwrap_or(0)
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

/// What the client asked for before any TLS.
enum Prelude {
    /// SSLRequest answered with `S`; the ClientHello follows.
    Tls,
    /// A plain StartupMessage, refused with an ErrorResponse.
    Plain,
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

/// Copies bytes both ways, each read from the client reaching the server `delay` after it was read (in order; a
/// burst of pipelined messages shares one delay), the server's answers at once: one round trip of `delay` per
/// exchange the client waits for. Ends when both directions have ended, or at the first error.
async fn relay_delayed(
    client: TcpStream,
    upstream: TcpStream,
    delay: Duration,
) -> std::io::Result<()> {
    let (mut client_read, mut client_write) = client.into_split();
    let (mut upstream_read, mut upstream_write) = upstream.into_split();
    let (line_in, mut line_out) = mpsc::channel::<(Instant, Vec<u8>)>(DELAY_LINE_DEPTH);
    let read_client = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = client_read.read(&mut buf).await?;
            if n == 0 {
                return Ok::<_, std::io::Error>(());
            }
            if line_in
                .send((Instant::now() + delay, buf[..n].to_vec()))
                .await
                .is_err()
            {
                return Ok(());
            }
        }
    };
    let write_upstream = async move {
        while let Some((due, bytes)) = line_out.recv().await {
            tokio::time::sleep_until(due).await;
            upstream_write.write_all(&bytes).await?;
        }
        upstream_write.shutdown().await
    };
    let answers = async move {
        tokio::io::copy(&mut upstream_read, &mut client_write).await?;
        client_write.shutdown().await
    };
    tokio::try_join!(read_client, write_upstream, answers).map(|_| ())
}

fn timed_out() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "client handshake timed out")
}

fn ssl_request() -> [u8; 8] {
    let mut msg = [0u8; 8];
    msg[..4].copy_from_slice(&8u32.to_be_bytes());
    msg[4..].copy_from_slice(&SSL_REQUEST.to_be_bytes());
    msg
}

/// Reads the client's requests before TLS and answers them, each answer `delay` after its request (the request's
/// way to the server on a network with that round-trip time).
async fn negotiate(
    client: &mut TcpStream,
    peer: IpAddr,
    delay: Duration,
) -> std::io::Result<Prelude> {
    // At most a GSSENCRequest, then an SSLRequest or a StartupMessage.
    for _ in 0..2 {
        let mut head = [0u8; 8];
        client.read_exact(&mut head).await?;
        tokio::time::sleep(delay).await;
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let code = u32::from_be_bytes([head[4], head[5], head[6], head[7]]);
        match code {
            SSL_REQUEST if len == 8 => {
                client.write_all(b"S").await?;
                return Ok(Prelude::Tls);
            }
            GSSENC_REQUEST if len == 8 => client.write_all(b"N").await?,
            PROTOCOL_3 if (8..=MAX_PRELUDE).contains(&len) => {
                let mut body = vec![0u8; len - 8];
                client.read_exact(&mut body).await?;
                let params = startup_parameters(&body);
                let user = params.get("user").cloned().unwrap_or_default();
                let database = params
                    .get("database")
                    .cloned()
                    .unwrap_or_else(|| user.clone());
                let message = format!(
                    "no pg_hba.conf entry for host \"{peer}\", user \"{user}\", database \"{database}\", no encryption"
                );
                client.write_all(&error_response("28000", &message)).await?;
                return Ok(Prelude::Plain);
            }
            // Cancel requests carry no server name, so they cannot be routed.
            CANCEL_REQUEST => break,
            // Anything else is not PostgreSQL (or a direct TLS ClientHello, which PostgreSQL 15 does not take).
            _ => break,
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        "not a PostgreSQL SSLRequest",
    ))
}

/// `key\0value\0…\0` pairs of a StartupMessage body (after the protocol version).
fn startup_parameters(body: &[u8]) -> HashMap<String, String> {
    let mut parts = body
        .split(|b| *b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned());
    let mut params = HashMap::new();
    while let (Some(k), Some(v)) = (parts.next(), parts.next()) {
        if k.is_empty() {
            break;
        }
        params.insert(k, v);
    }
    params
}

/// A FATAL ErrorResponse as the backend sends it.
fn error_response(sqlstate: &str, message: &str) -> Vec<u8> {
    let mut fields = Vec::new();
    for (tag, value) in [
        (b'S', "FATAL"),
        (b'V', "FATAL"),
        (b'C', sqlstate),
        (b'M', message),
    ] {
        fields.push(tag);
        fields.extend_from_slice(value.as_bytes());
        fields.push(0);
    }
    fields.push(0);
    let mut msg = vec![b'E'];
    let len = u32::try_from(fields.len() + 4).unwrap_or(u32::MAX);
    msg.extend_from_slice(&len.to_be_bytes());
    msg.extend_from_slice(&fields);
    msg
}

/// Reads TLS handshake records until one whole handshake message (the ClientHello) is buffered; returns the raw
/// bytes read, to be replayed to the cluster.
async fn read_client_hello(client: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let invalid =
        |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
    let mut raw = Vec::new();
    let mut handshake = Vec::new();
    loop {
        let mut header = [0u8; 5];
        client.read_exact(&mut header).await?;
        if header[0] != 0x16 {
            return Err(invalid("not a TLS handshake record"));
        }
        let len = usize::from(u16::from_be_bytes([header[3], header[4]]));
        if raw.len() + 5 + len > MAX_PRELUDE {
            return Err(invalid("ClientHello too large"));
        }
        let mut payload = vec![0u8; len];
        client.read_exact(&mut payload).await?;
        raw.extend_from_slice(&header);
        raw.extend_from_slice(&payload);
        handshake.extend_from_slice(&payload);
        if handshake.len() >= 4 {
            let msg_len = (usize::from(handshake[1]) << 16)
                | (usize::from(handshake[2]) << 8)
                | usize::from(handshake[3]);
            if handshake.len() >= 4 + msg_len {
                return Ok(raw);
            }
        }
    }
}

/// The `server_name` of a ClientHello given as TLS records (as read by [`read_client_hello`]).
fn client_hello_sni(raw: &[u8]) -> Option<String> {
    // Reassemble the handshake bytes from the records.
    let mut handshake = Vec::new();
    let mut rest = raw;
    while rest.len() >= 5 {
        let len = usize::from(u16::from_be_bytes([rest[3], rest[4]]));
        handshake.extend_from_slice(rest.get(5..5 + len)?);
        rest = &rest[5 + len..];
    }
    let mut r = Reader(&handshake);
    if r.u8()? != 1 {
        return None; // not a ClientHello
    }
    let body_len = r.u24()?;
    let mut r = Reader(r.take(body_len)?);
    r.take(2 + 32)?; // legacy_version, random
    let n = usize::from(r.u8()?);
    r.take(n)?; // session id
    let n = r.u16()?;
    r.take(n)?; // cipher suites
    let n = usize::from(r.u8()?);
    r.take(n)?; // compression methods
    let n = r.u16()?;
    let mut exts = Reader(r.take(n)?);
    while !exts.0.is_empty() {
        let kind = exts.u16()?;
        let n = exts.u16()?;
        let data = exts.take(n)?;
        if kind != 0 {
            continue;
        }
        let mut list = Reader(data);
        let n = list.u16()?;
        let mut names = Reader(list.take(n)?);
        while !names.0.is_empty() {
            let name_type = names.u8()?;
            let n = names.u16()?;
            let name = names.take(n)?;
            if name_type == 0 {
                return String::from_utf8(name.to_vec()).ok();
            }
        }
    }
    None
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, tail) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = tail;
        Some(head)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<usize> {
        let b = self.take(2)?;
        Some(usize::from(u16::from_be_bytes([b[0], b[1]])))
    }
    fn u24(&mut self) -> Option<usize> {
        let b = self.take(3)?;
        Some((usize::from(b[0]) << 16) | (usize::from(b[1]) << 8) | usize::from(b[2]))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A minimal ClientHello with the given extensions, split into records of at most `record` bytes.
    fn client_hello(extensions: &[(u16, Vec<u8>)], record: usize) -> Vec<u8> {
        let mut body = vec![3, 3];
        body.extend_from_slice(&[7u8; 32]);
        body.push(0); // session id
        body.extend_from_slice(&[0, 2, 0x13, 0x01]); // one cipher suite
        body.extend_from_slice(&[1, 0]); // null compression
        let mut exts = Vec::new();
        for (kind, data) in extensions {
            exts.extend_from_slice(&kind.to_be_bytes());
            exts.extend_from_slice(&u16::try_from(data.len()).unwrap().to_be_bytes());
            exts.extend_from_slice(data);
        }
        body.extend_from_slice(&u16::try_from(exts.len()).unwrap().to_be_bytes());
        body.extend_from_slice(&exts);
        let mut hs = vec![1];
        hs.extend_from_slice(&u32::try_from(body.len()).unwrap().to_be_bytes()[1..]);
        hs.extend_from_slice(&body);
        hs.chunks(record)
            .flat_map(|chunk| {
                let mut rec = vec![0x16, 3, 1];
                rec.extend_from_slice(&u16::try_from(chunk.len()).unwrap().to_be_bytes());
                rec.extend_from_slice(chunk);
                rec
            })
            .collect()
    }

    fn sni(name: &str) -> (u16, Vec<u8>) {
        let mut entry = vec![0];
        entry.extend_from_slice(&u16::try_from(name.len()).unwrap().to_be_bytes());
        entry.extend_from_slice(name.as_bytes());
        let mut data = u16::try_from(entry.len()).unwrap().to_be_bytes().to_vec();
        data.extend_from_slice(&entry);
        (0, data)
    }

    #[test]
    fn sni_is_found_after_other_extensions_and_across_records() {
        let host = "srv.postgres.database.azure.com";
        let exts = [
            (10, vec![0, 2, 0, 29]),
            sni(host),
            (16, vec![0, 3, 2, b'h', b'2']),
        ];
        assert_eq!(
            client_hello_sni(&client_hello(&exts, 16_384)).as_deref(),
            Some(host)
        );
        assert_eq!(
            client_hello_sni(&client_hello(&exts, 20)).as_deref(),
            Some(host)
        );
    }

    #[test]
    fn no_sni_or_garbage_gives_none() {
        assert_eq!(
            client_hello_sni(&client_hello(&[(10, vec![0, 2, 0, 29])], 16_384)),
            None
        );
        assert_eq!(client_hello_sni(&[0x16, 3, 1, 0, 3, 1, 0, 9]), None);
        assert_eq!(client_hello_sni(&[]), None);
    }

    #[test]
    fn startup_parameters_and_error_response_follow_the_protocol() {
        let params = startup_parameters(b"user\0alice@contoso.com\0database\0demo\0\0");
        assert_eq!(
            params.get("user").map(String::as_str),
            Some("alice@contoso.com")
        );
        assert_eq!(params.get("database").map(String::as_str), Some("demo"));
        let msg = error_response("28000", "boom");
        assert_eq!(msg[0], b'E');
        assert_eq!(
            u32::from_be_bytes([msg[1], msg[2], msg[3], msg[4]]) as usize,
            msg.len() - 1
        );
        assert_eq!(&msg[5..], b"SFATAL\0VFATAL\0C28000\0Mboom\0\0");
    }
}
