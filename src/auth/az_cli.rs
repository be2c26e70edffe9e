//! Running the Azure CLI for a token: whether `az` is on `PATH`, the process runner azure_identity's
//! AzureCliCredential uses, and how az's failures are worded and judged (worth a second run or not).

use std::ffi::OsStr;

use azure_identity::Executor;

use crate::settings::Env;

/// Whether an executable `name` is in one of `PATH`'s directories.
pub(crate) fn on_path(env: &Env, name: &str) -> bool {
    let Some(path) = env.non_empty("PATH") else {
        return false;
    };
    std::env::split_paths(path).any(|dir| {
        let file = dir.join(name);
        std::fs::metadata(&file).is_ok_and(|m| m.is_file() && is_executable(&m))
    })
}

#[cfg(unix)]
fn is_executable(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    m.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(_: &std::fs::Metadata) -> bool {
    true
}

/// Whether an az failure may pass when az is run again: not when Entra judged the sign-in (an `AADSTS` code,
/// `invalid_grant`, consent, re-login) or az is missing or misconfigured; yes when the token endpoint or the
/// network failed (a 5xx or 429, a timeout, a connection error, `temporarily_unavailable`, or az's message says
/// no more than that the request failed).
pub(crate) fn az_may_succeed_again(message: &str) -> bool {
    const TRANSIENT: [&str; 12] = [
        "temporarily_unavailable",
        "timed out",
        "timeout",
        "connection",
        "service unavailable",
        "internal server error",
        "bad gateway",
        "too many requests",
        " 500",
        " 502",
        " 503",
        " 429",
    ];
    const VERDICT: [&str; 9] = [
        "aadsts",
        "invalid_grant",
        "interaction_required",
        "consent",
        "az login",
        "not found",
        "not recognized",
        "no such file",
        "subscription",
    ];
    let m = message.to_ascii_lowercase();
    TRANSIENT.iter().any(|t| m.contains(t)) || !VERDICT.iter().any(|v| m.contains(v))
}

/// azure_identity's message without its credential-name prefix and troubleshooting link, and az's `ERROR: `.
pub(crate) fn clean_message(message: &str) -> String {
    let mut m = message.trim();
    if let Some(i) = m.find(" authentication failed.") {
        m = m[i + " authentication failed.".len()..].trim_start();
    }
    if let Some(i) = m.find("To troubleshoot, visit") {
        m = m[..i].trim_end();
    }
    let m = m.strip_prefix("ERROR: ").unwrap_or(m);
    m.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `az` for AzureCliCredential on tokio's process support (one runtime; azure_identity's own executor
/// would use a thread per call).
#[derive(Debug, Default)]
pub struct TokioExecutor;

#[async_trait::async_trait]
impl Executor for TokioExecutor {
    async fn run(&self, program: &OsStr, args: &[&OsStr]) -> std::io::Result<std::process::Output> {
        crate::output::log::debug(&format!(
            "running {} for a token",
            program.to_string_lossy()
        ));
        tokio::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn az_failures_worth_a_second_run() {
        for transient in [
            "token request failed",
            "AADSTS50000: temporarily_unavailable: There was an error issuing a token.",
            "HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Read timed out.",
            "(503) Service Unavailable",
        ] {
            assert!(az_may_succeed_again(transient), "{transient}");
        }
        for verdict in [
            "AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.",
            "Please run 'az login' to setup account.",
            "invalid_grant",
            "Azure CLI not found on path",
            "Subscription 'x' not found. Check the spelling and casing and try again.",
        ] {
            assert!(!az_may_succeed_again(verdict), "{verdict}");
        }
    }

    #[test]
    fn cleans_azure_identity_messages() {
        assert_eq!(
            clean_message(
                "AzureCliCredential authentication failed. ERROR: Please run 'az login' to setup account.\n\nTo troubleshoot, visit https://aka.ms/x#azure-cli"
            ),
            "Please run 'az login' to setup account."
        );
    }
}
