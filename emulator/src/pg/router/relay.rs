//! The latency relay: bytes copied both ways with a network's round-trip time added on the client's side.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// Reads from the client the delay line holds before it stops reading (back pressure).
const DELAY_LINE_DEPTH: usize = 64;

/// Copies bytes both ways, each read from the client reaching the server `delay` after it was read (in order; a
/// burst of pipelined messages shares one delay), the server's answers at once: one round trip of `delay` per
/// exchange the client waits for. Ends when both directions have ended, or at the first error.
pub(super) async fn relay_delayed(
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
