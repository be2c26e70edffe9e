//! What a client sends before TLS and in its first TLS record: PostgreSQL's SSLRequest, GSSENCRequest or a plain
//! StartupMessage (answered as Azure answers them), and the TLS ClientHello whose server name (SNI) picks the
//! cluster.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SSL_REQUEST: u32 = 80_877_103;
const GSSENC_REQUEST: u32 = 80_877_104;
const CANCEL_REQUEST: u32 = 80_877_102;
const PROTOCOL_3: u32 = 196_608;
/// Upper bound for a StartupMessage or a ClientHello we buffer.
const MAX_PRELUDE: usize = 64 * 1024;

/// What the client asked for before any TLS.
pub(super) enum Prelude {
    /// SSLRequest answered with `S`; the ClientHello follows.
    Tls,
    /// A plain StartupMessage, refused with an ErrorResponse.
    Plain,
}

pub(super) fn timed_out() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "client handshake timed out")
}

pub(super) fn ssl_request() -> [u8; 8] {
    let mut msg = [0u8; 8];
    msg[..4].copy_from_slice(&8u32.to_be_bytes());
    msg[4..].copy_from_slice(&SSL_REQUEST.to_be_bytes());
    msg
}

/// Reads the client's requests before TLS and answers them, each answer `delay` after its request (the request's
/// way to the server on a network with that round-trip time).
pub(super) async fn negotiate(
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
pub(super) async fn read_client_hello(client: &mut TcpStream) -> std::io::Result<Vec<u8>> {
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
pub(super) fn client_hello_sni(raw: &[u8]) -> Option<String> {
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
    r.block8()?; // session id
    r.block16()?; // cipher suites
    r.block8()?; // compression methods
    let mut exts = Reader(r.block16()?);
    while !exts.0.is_empty() {
        let kind = exts.u16()?;
        let data = exts.block16()?;
        if kind != 0 {
            continue;
        }
        let mut names = Reader(Reader(data).block16()?);
        while !names.0.is_empty() {
            let name_type = names.u8()?;
            let name = names.block16()?;
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
    /// A block after its one-byte length.
    fn block8(&mut self) -> Option<&'a [u8]> {
        let n = usize::from(self.u8()?);
        self.take(n)
    }
    /// A block after its two-byte length.
    fn block16(&mut self) -> Option<&'a [u8]> {
        let n = self.u16()?;
        self.take(n)
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
