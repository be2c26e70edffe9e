//! The auth options (az's "AuthType" group) as one clap type for every command group: which options a group has,
//! and the order its help lists them in, are a property of the group ([`AuthSet`]).

use std::marker::PhantomData;

use clap::{ArgMatches, Args, Command, FromArgMatches};

/// Which auth options a command group has, by argument id, in the order its help lists them.
pub trait AuthSet: Clone + Default + std::fmt::Debug + Send + Sync + 'static {
    /// The argument ids of the options (`secret`, `user_account`, …), in help order.
    const OPTIONS: &'static [&'static str];
}

/// The local connection commands (`connection create|update|preview-configuration`).
#[derive(Debug, Clone, Default)]
pub struct LocalAuth;

impl AuthSet for LocalAuth {
    const OPTIONS: &'static [&'static str] = &["secret", "user_account", "service_principal"];
}

/// The compute sources' `create` and `update` (`webapp`, `functionapp`, `containerapp`, `aks`).
#[derive(Debug, Clone, Default)]
pub struct SourceAuth;

impl AuthSet for SourceAuth {
    const OPTIONS: &'static [&'static str] = &[
        "system_identity",
        "user_identity",
        "service_principal",
        "secret",
    ];
}

/// The auth options of a command group `G`. Each is `None` when absent (or not an option of `G`) and
/// `Some(values)` when given, `values` being the raw `KEY=VALUE` words (possibly none: a bare `--user-account`).
/// The verbs parse the keys so that az's messages (`Required keys missing for parameter --secret…`) come out of
/// one place.
#[derive(Debug, Clone, Default)]
pub struct AuthArgs<G: AuthSet> {
    pub secret: Option<Vec<String>>,
    pub user_account: Option<Vec<String>>,
    pub system_identity: Option<Vec<String>>,
    pub user_identity: Option<Vec<String>>,
    pub service_principal: Option<Vec<String>>,
    group: PhantomData<G>,
}

impl<G: AuthSet> AuthArgs<G> {
    /// How many auth options were given (az uses the auth info only when exactly one is).
    pub fn count(&self) -> usize {
        [
            &self.secret,
            &self.user_account,
            &self.system_identity,
            &self.user_identity,
            &self.service_principal,
        ]
        .into_iter()
        .filter(|o| o.is_some())
        .count()
    }
}

impl<G: AuthSet> Args for AuthArgs<G> {
    fn augment_args(cmd: Command) -> Command {
        // The definitions are taken from a command of their own that numbers nothing, so each keeps the place
        // `cmd` gives it when added here.
        let all = AuthOptions::augment_args(Command::new("auth").next_display_order(None));
        let chosen = G::OPTIONS
            .iter()
            .filter_map(|id| all.get_arguments().find(|a| a.get_id() == id))
            .cloned();
        cmd.args(chosen)
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<G: AuthSet> FromArgMatches for AuthArgs<G> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        // An id `G` does not define is absent; `try_` reads so that asking for it is not a misuse.
        let values = |id: &str| {
            matches.try_contains_id(id).unwrap_or(false).then(|| {
                matches
                    .try_get_many::<String>(id)
                    .ok()
                    .flatten()
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default()
            })
        };
        Ok(AuthArgs {
            secret: values("secret"),
            user_account: values("user_account"),
            system_identity: values("system_identity"),
            user_identity: values("user_identity"),
            service_principal: values("service_principal"),
            group: PhantomData,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

/// Every auth option of these commands, with its help in az's words: only its argument definitions are used.
#[derive(Args)]
#[group(skip)]
struct AuthOptions {
    /// The secret auth info.
    ///
    /// Usage: --secret name=XX secret=XX
    ///        --secret name=XX secret-uri=XX
    ///        --secret name=XX secret-name=XX
    ///
    /// name    : Required. Username or account name for secret auth.
    /// secret  : Required. Password or account key for secret auth.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    secret: Option<Vec<String>>,

    /// The local user account auth info.
    ///
    /// Usage: --user-account object-id=XX
    ///
    /// object-id : Optional. Object id of current login user. It will be set automatically if not provided.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    user_account: Option<Vec<String>>,

    /// The system assigned identity auth info.
    ///
    /// Usage: --system-identity
    ///
    /// user-object-id : Optional. Object id of current login user. It will be set automatically if not provided.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    system_identity: Option<Vec<String>>,

    /// The user assigned identity auth info.
    ///
    /// Usage: --user-identity client-id=XX subs-id=XX
    ///
    /// client-id      : Required. Client id of the user assigned identity.
    /// subs-id        : Required. Subscription id of the user assigned identity.
    /// user-object-id : Optional. Object id of current login user. It will be set automatically if not provided.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    user_identity: Option<Vec<String>>,

    /// The service principal auth info.
    ///
    /// Usage: --service-principal client-id=XX secret=XX
    ///
    /// client-id : Required. Client id of the service principal.
    /// object-id : Optional. Object id of the service principal (Enterprise Application).
    /// secret    : Required. Secret of the service principal.
    #[arg(long, num_args = 0.., value_name = "KEY=VALUE", help_heading = "AuthType Arguments", verbatim_doc_comment)]
    service_principal: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command<G: AuthSet>() -> Command {
        AuthArgs::<G>::augment_args(Command::new("t"))
    }

    #[test]
    fn each_group_has_its_options_in_its_order() {
        for (cmd, ids) in [
            (command::<LocalAuth>(), LocalAuth::OPTIONS),
            (command::<SourceAuth>(), SourceAuth::OPTIONS),
        ] {
            let got: Vec<&str> = cmd.get_arguments().map(|a| a.get_id().as_str()).collect();
            assert_eq!(got, ids);
        }
    }

    #[test]
    fn reads_the_options_of_its_group_only() {
        let m = command::<LocalAuth>()
            .try_get_matches_from(["t", "--user-account", "--secret", "name=u", "secret=p"])
            .expect("local options");
        let a = AuthArgs::<LocalAuth>::from_arg_matches(&m).expect("read");
        assert_eq!(a.user_account, Some(vec![]));
        assert_eq!(
            a.secret.as_deref(),
            Some(&["name=u".to_owned(), "secret=p".to_owned()][..])
        );
        assert_eq!(
            (&a.system_identity, &a.service_principal, a.count()),
            (&None, &None, 2)
        );
        let refused = command::<LocalAuth>().try_get_matches_from(["t", "--system-identity"]);
        assert_eq!(
            refused.map(|_| ()).map_err(|e| e.kind()),
            Err(clap::error::ErrorKind::UnknownArgument)
        );
    }
}
