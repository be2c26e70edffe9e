//! [`LoginResponder`]: the token check behind every TCP login, as Azure validates Entra tokens in the server.
//!
//! pg_hba.conf says `trust` and the `azconn_auth` module (`emulator/pg/modules/azconn_auth.c`, a
//! `ClientAuthentication_hook`) asks the client for a cleartext password and sends `(server, role, password)` here,
//! each field a big-endian `u32` length and its bytes. The answer is one letter (see the module): the role's
//! Entra mapping is read from the cluster, and the token is judged by a [`TokenValidator`] that the emulator
//! gives (signature, expiry, audience, tenant, group membership), so any valid, unexpired token of the role's
//! identity opens it, also after a rotation, and none does once expired.
//!
//! Why a hook and not PostgreSQL's `ldap` method answered by the emulator: the hook also strips Single Server's
//! `@server` suffix (Azure's gateway does; a user name cannot be rewritten from outside, as TLS runs end to end
//! between client and cluster), refuses with PostgreSQL's own `28P01 password authentication failed`, which is
//! what clients react to, and lets ordinary password roles keep their own password check in PostgreSQL.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::azure::EntraRole;
use super::{PgError, PgServer};

/// Upper bound of one request field (a role name, a token).
const MAX_FIELD: u32 = 64 * 1024;
/// Time a backend has to send its request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Who a valid token is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenIdentity {
    /// The `oid` claim.
    pub object_id: String,
    /// An application's client id (`appid` of an app-only token); `None` for users.
    pub app_id: Option<String>,
}

/// Judges Entra access tokens for the emulated servers.
pub trait TokenValidator: Send + Sync {
    /// Who `token` is for when it is a valid, unexpired token for the servers' audience and tenant, else why it
    /// is not (written to the server log).
    fn validate(&self, token: &str) -> Result<TokenIdentity, String>;
    /// Whether Entra object `member` is a member of group `group` (object ids).
    fn is_member(&self, group: &str, member: &str) -> bool;
}

/// What `azconn_auth` does with a login.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    Accept,
    /// Not an Entra role: PostgreSQL checks the role's own password.
    Password,
    /// The role's stored password must be one of these ids (Single Server's `azure_ad_user` members are created
    /// with a user's object id or an app's client id as password).
    StoredPasswordIsOneOf(Vec<String>),
    Refuse(String),
}

impl Verdict {
    fn answer(&self) -> Vec<u8> {
        match self {
            Verdict::Accept => b"A".to_vec(),
            Verdict::Password => b"P".to_vec(),
            Verdict::StoredPasswordIsOneOf(ids) => format!("S{}", ids.join("\n")).into_bytes(),
            Verdict::Refuse(why) => format!("R{}", why.replace('\0', " ")).into_bytes(),
        }
    }
}

fn judge(role: Option<EntraRole>, token: &str, tokens: &dyn TokenValidator) -> Verdict {
    let Some(role) = role else {
        return Verdict::Password;
    };
    let who = match tokens.validate(token) {
        Ok(who) => who,
        Err(why) => return Verdict::Refuse(why),
    };
    let oid = who.object_id;
    match role {
        EntraRole::SingleAadUser => {
            Verdict::StoredPasswordIsOneOf(std::iter::once(oid).chain(who.app_id).collect())
        }
        EntraRole::Mapped { object_id, .. } if object_id.eq_ignore_ascii_case(&oid) => {
            Verdict::Accept
        }
        EntraRole::Mapped {
            object_id,
            principal_type,
        } if principal_type == "group" && tokens.is_member(&object_id, &oid) => Verdict::Accept,
        EntraRole::Mapped { object_id, .. } => Verdict::Refuse(format!(
            "the token is for object id {oid}; the role is mapped to {object_id}"
        )),
    }
}

type Servers = RwLock<HashMap<String, Weak<PgServer>>>;

/// The token check the clusters' `azconn_auth` asks, on a loopback port.
pub struct LoginResponder {
    port: u16,
    servers: Arc<Servers>,
    accept: JoinHandle<()>,
}

impl std::fmt::Debug for LoginResponder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginResponder")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

impl LoginResponder {
    /// Listens on a free port of 127.0.0.1; tokens are judged by `tokens`.
    pub async fn bind(tokens: Arc<dyn TokenValidator>) -> Result<LoginResponder, PgError> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
        let listener = TcpListener::bind(addr)
            .await
            .map_err(PgError::io("binding the token check", addr.to_string()))?;
        let port = listener
            .local_addr()
            .map_err(PgError::io(
                "reading the token check address",
                addr.to_string(),
            ))?
            .port();
        let servers: Arc<Servers> = Arc::default();
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&servers), tokens));
        Ok(LoginResponder {
            port,
            servers,
            accept,
        })
    }

    /// The port for [`PgServerConfig::login_port`](super::PgServerConfig::login_port).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Answers the logins of `server` (by its ARM name, which its cluster sends) while it lives; the responder
    /// does not keep it running.
    pub fn register(&self, server: &Arc<PgServer>) {
        if let Ok(mut servers) = self.servers.write() {
            servers.insert(
                server.server_name().to_ascii_lowercase(),
                Arc::downgrade(server),
            );
        }
    }
}

impl Drop for LoginResponder {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    servers: Arc<Servers>,
    tokens: Arc<dyn TokenValidator>,
) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let servers = Arc::clone(&servers);
        let tokens = Arc::clone(&tokens);
        tokio::spawn(async move {
            // A backend that gets no answer refuses the login itself.
            let _ = serve(stream, &servers, tokens.as_ref()).await;
        });
    }
}

async fn serve(
    mut stream: TcpStream,
    servers: &Servers,
    tokens: &dyn TokenValidator,
) -> std::io::Result<()> {
    let request = tokio::time::timeout(REQUEST_TIMEOUT, async {
        let server = read_field(&mut stream).await?;
        let role = read_field(&mut stream).await?;
        let password = read_field(&mut stream).await?;
        Ok::<_, std::io::Error>((server, role, password))
    })
    .await
    .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))??;
    let (server, role, password) = request;
    let found = servers
        .read()
        .ok()
        .and_then(|s| s.get(&server.to_ascii_lowercase()).and_then(Weak::upgrade));
    let verdict = match found {
        None => Verdict::Refuse(format!("no emulated server named `{server}`")),
        Some(pg) => match pg.entra_role(&role).await {
            Ok(entra) => judge(entra, &password, tokens),
            Err(e) => Verdict::Refuse(format!("reading the role's Entra mapping: {e}")),
        },
    };
    stream.write_all(&verdict.answer()).await?;
    stream.shutdown().await
}

async fn read_field(stream: &mut TcpStream) -> std::io::Result<String> {
    let len = stream.read_u32().await?;
    if len > MAX_FIELD {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "field too long",
        ));
    }
    let mut buf = vec![0; len as usize];
    stream.read_exact(&mut buf).await?;
    String::from_utf8(buf).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens are `oid:<id>` (a user), `app:<oid>:<client id>` (an app) or anything else (refused); group `g`
    /// has member `m`.
    struct Fake;

    impl TokenValidator for Fake {
        fn validate(&self, token: &str) -> Result<TokenIdentity, String> {
            if let Some(oid) = token.strip_prefix("oid:") {
                return Ok(TokenIdentity {
                    object_id: oid.to_owned(),
                    app_id: None,
                });
            }
            match token.strip_prefix("app:").and_then(|t| t.split_once(':')) {
                Some((oid, app)) => Ok(TokenIdentity {
                    object_id: oid.to_owned(),
                    app_id: Some(app.to_owned()),
                }),
                None => Err("expired".to_owned()),
            }
        }
        fn is_member(&self, group: &str, member: &str) -> bool {
            group == "g" && member == "m"
        }
    }

    // `judge` takes the role lookup's answer, which is an `Option`.
    #[allow(clippy::unnecessary_wraps)]
    fn mapped(oid: &str, kind: &str) -> Option<EntraRole> {
        Some(EntraRole::Mapped {
            object_id: oid.to_owned(),
            principal_type: kind.to_owned(),
        })
    }

    #[test]
    fn a_mapped_role_opens_for_its_identity_or_its_groups_members() {
        assert_eq!(judge(mapped("A", "user"), "oid:a", &Fake), Verdict::Accept);
        assert_eq!(judge(mapped("g", "group"), "oid:m", &Fake), Verdict::Accept);
        assert_eq!(judge(mapped("g", "group"), "oid:g", &Fake), Verdict::Accept);
        assert_eq!(
            judge(mapped("a", "user"), "oid:b", &Fake),
            Verdict::Refuse("the token is for object id b; the role is mapped to a".to_owned())
        );
        assert_eq!(
            judge(mapped("m", "user"), "oid:x", &Fake),
            Verdict::Refuse("the token is for object id x; the role is mapped to m".to_owned())
        );
        assert_eq!(
            judge(mapped("a", "user"), "secret", &Fake),
            Verdict::Refuse("expired".to_owned())
        );
    }

    #[test]
    fn single_members_check_the_object_id_and_other_roles_their_password() {
        assert_eq!(
            judge(Some(EntraRole::SingleAadUser), "oid:a", &Fake),
            Verdict::StoredPasswordIsOneOf(vec!["a".to_owned()])
        );
        assert_eq!(
            judge(Some(EntraRole::SingleAadUser), "app:o:c", &Fake),
            Verdict::StoredPasswordIsOneOf(vec!["o".to_owned(), "c".to_owned()])
        );
        assert_eq!(
            Verdict::StoredPasswordIsOneOf(vec!["o".to_owned(), "c".to_owned()]).answer(),
            b"So\nc"
        );
        assert_eq!(
            judge(Some(EntraRole::SingleAadUser), "a", &Fake),
            Verdict::Refuse("expired".to_owned())
        );
        assert_eq!(judge(None, "anything", &Fake), Verdict::Password);
    }
}
