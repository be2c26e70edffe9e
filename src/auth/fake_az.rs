//! A fake `az` for the tests of the token provider and of the clients that use it, and az's profile of a
//! signed-in user (tokens of the az login are served from the memo only while az is signed in).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::settings::Profile;

/// A fake `az` that counts its runs and answers each as its `Answer` says.
#[derive(Debug)]
pub(crate) struct FakeAz {
    answer: Answer,
    pub runs: AtomicUsize,
}

#[derive(Debug)]
enum Answer {
    /// The same exit code, stdout and stderr every run.
    Fixed {
        code: i32,
        stdout: String,
        stderr: String,
    },
    /// A new token every run: `tok-1`, `tok-2`, …
    NewToken,
}

impl FakeAz {
    /// Answers every run with `code`, `stdout` and `stderr`.
    pub fn fixed(code: i32, stdout: impl Into<String>, stderr: impl Into<String>) -> Self {
        let (stdout, stderr) = (stdout.into(), stderr.into());
        Self::new(Answer::Fixed {
            code,
            stdout,
            stderr,
        })
    }

    /// Prints a new token, valid for an hour, every run.
    pub fn new_token_each_run() -> Self {
        Self::new(Answer::NewToken)
    }

    fn new(answer: Answer) -> Self {
        FakeAz {
            answer,
            runs: AtomicUsize::new(0),
        }
    }
}

#[async_trait::async_trait]
impl azure_identity::Executor for FakeAz {
    async fn run(
        &self,
        _program: &std::ffi::OsStr,
        _args: &[&std::ffi::OsStr],
    ) -> std::io::Result<std::process::Output> {
        use std::os::unix::process::ExitStatusExt as _;
        let n = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
        let (code, stdout, stderr) = match &self.answer {
            Answer::Fixed {
                code,
                stdout,
                stderr,
            } => (*code, stdout.clone(), stderr.as_str()),
            Answer::NewToken => {
                let expires_on = super::cache::now_unix() + 3600;
                let token = format!(
                    r#"{{"accessToken":"tok-{n}","expiresOn":"x","expires_on":{expires_on},"tenant":"t","tokenType":"Bearer"}}"#
                );
                (0, token, "")
            }
        };
        Ok(std::process::Output {
            status: std::process::ExitStatus::from_raw(code << 8),
            stdout: stdout.into_bytes(),
            stderr: stderr.as_bytes().to_vec(),
        })
    }
}

/// az's profile with one signed-in user account.
pub(crate) fn signed_in() -> Profile {
    let text = r#"{"subscriptions":[{"id":"00000000-0000-0000-0000-000000000001","name":"Dev","tenantId":"t","isDefault":true,"environmentName":"AzureCloud","user":{"name":"alice@contoso.com","type":"user"}}]}"#;
    Profile::parse(text.as_bytes(), "AzureCloud").expect("profile")
}
