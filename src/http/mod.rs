//! The HTTP transport under `arm` (ARM and Graph) and `auth` (Entra and managed identity): the one client per
//! process and its lazy holder (`client`), one TLS handshake per host (`dial`), the retry/poll/paging bounds
//! (`policy`) and bounded body reads (`body`). It knows no Azure API, no token and no output format.

pub mod body;
pub mod client;
pub mod dial;
pub mod error;
pub mod policy;

pub use body::{BodyError, read_body, too_large_text};
pub use client::{LazyClient, build_client, certificate_hint, transport_text};
pub use error::HttpError;
pub use policy::{HttpPolicy, retry_after};
