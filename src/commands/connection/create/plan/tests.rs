//! `resolve`'s unit tests: command lines → plans, az's texts for every rejected one.

use super::*;
use crate::cli::ConnectionCommand;

const SUB: &str = "00000000-0000-0000-0000-000000000001";

fn args(line: &str) -> (ServerKind, CreatePostgresArgs) {
    let argv: Vec<std::ffi::OsString> = line.split_whitespace().map(Into::into).collect();
    let cli = crate::cli::parse(&argv, &crate::cli::Defaults::default())
        .unwrap_or_else(|e| panic!("{line}: {e}"));
    let Some(ConnectionCommand::Create(t)) = cli.command.connection() else {
        panic!("not create: {line}");
    };
    let (kind, a) = t.split();
    (kind, a.clone())
}

fn plan(line: &str) -> Result<CreatePlan> {
    let (kind, a) = args(line);
    resolve(kind, &a, SUB, || "k3x9q".to_owned())
}

fn passwordless(line: &str) -> PasswordlessPlan<LocalSource, LocalPrincipal> {
    match plan(line) {
        Ok(CreatePlan::Passwordless(p)) => p,
        other => panic!("{line}: {other:?}"),
    }
}

fn secret(line: &str) -> SecretPlan<LocalSource> {
    match plan(line) {
        Ok(CreatePlan::Secret(p)) => p,
        other => panic!("{line}: {other:?}"),
    }
}

fn err(line: &str) -> String {
    plan(line).expect_err(line).to_string()
}

#[test]
fn flexible_user_account_by_names() {
    let p = passwordless(
        "azconn create postgres-flexible -g rg --connection postgres_conn --tg trg --server srv --database demo --user-account",
    );
    let c = &p.connection;
    assert_eq!(c.kind, ServerKind::Flexible);
    assert_eq!(c.name, "postgres_conn");
    assert_eq!(c.role(), "aad_postgres_conn");
    assert_eq!(
        c.target.id,
        format!(
            "/subscriptions/{SUB}/resourceGroups/trg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo"
        )
    );
    assert_eq!(
        c.server_id().to_string(),
        format!(
            "/subscriptions/{SUB}/resourceGroups/trg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv"
        )
    );
    assert_eq!(p.principal, LocalPrincipal::UserAccount { object_id: None });
    assert_eq!(c.client_type, "none");
    assert_eq!(
        p.source,
        LocalSource {
            subscription: SUB.into(),
            resource_group: "rg".into(),
            location: None
        }
    );
    assert_eq!(
        c.warnings,
        vec!["Client type is not specified, use default one: --client-type none"]
    );
    assert!(!p.new && !c.yes && !c.no_wait && !c.dry_run && !p.allow_all_ips);
}

#[test]
fn generated_name_and_flags() {
    let p = passwordless(
        "azconn create postgres -g rg -l westus --tg trg --server s1 --database d1 --user-account object-id=OID \
         --client-type PYTHON --new -y --no-wait --dry-run --allow-all-ips",
    );
    let c = &p.connection;
    assert_eq!(c.name, "postgres_k3x9q");
    assert_eq!(
        c.warnings,
        vec!["Connection name is not specified, use generated one: --connection postgres_k3x9q"]
    );
    assert_eq!(p.source.location.as_deref(), Some("westus"));
    assert_eq!(c.client_type, "python");
    assert!(
        c.target
            .id
            .contains("/providers/Microsoft.DBforPostgreSQL/servers/s1/databases/d1")
    );
    assert_eq!(
        p.principal,
        LocalPrincipal::UserAccount {
            object_id: Some("OID".into())
        }
    );
    assert!(p.new && c.yes && c.no_wait && c.dry_run && p.allow_all_ips);
    let p = secret(
        "azconn create postgres-flexible -g rg --tg t --server s --database d --secret name=u secret=p",
    );
    let c = &p.connection;
    assert_eq!(c.name, "postgresflexible_k3x9q");
    assert_eq!(c.warnings.len(), 2);
    assert!(c.warnings[0].starts_with("Connection name is not specified"));
    assert!(c.warnings[1].starts_with("Client type is not specified"));
}

#[test]
fn connection_names() {
    for ok in ["a", "A.b_9", "postgres_conn"] {
        assert!(validate_connection_name(ok).is_ok(), "{ok}");
    }
    for bad in ["", "a-b", "a b", "é", "a/b"] {
        assert_eq!(
            validate_connection_name(bad).expect_err(bad).to_string(),
            "Resource name can only contain letters (A-Z, a-z), numbers (0-9), periods ('.'), and underscores ('_')"
        );
    }
    assert!(
        err("azconn create postgres-flexible -g rg --connection bad-name --tg t --server s --database d --user-account")
            .starts_with("Resource name can only contain")
    );
}

#[test]
fn target_ids() {
    let flex = "/subscriptions/s1/resourceGroups/trg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv/databases/demo";
    let t = target_from_id(ServerKind::Flexible, flex).expect("valid");
    assert_eq!(
        (
            t.subscription.as_str(),
            t.resource_group.as_str(),
            t.server.as_str(),
            t.database.as_str()
        ),
        ("s1", "trg", "srv", "demo")
    );
    assert_eq!(t.id, flex);
    // Keywords match case-insensitively and the id keeps the user's spelling, as az's regex match does.
    let lower = flex.to_lowercase();
    assert_eq!(
        target_from_id(ServerKind::Flexible, &lower)
            .expect("valid")
            .id,
        lower
    );
    // Segments past the pattern are cut off.
    let longer = format!("{flex}/schemas/public");
    assert_eq!(
        target_from_id(ServerKind::Flexible, &longer)
            .expect("valid")
            .id,
        flex
    );
    // The other kind's id is not a target of this kind.
    assert_eq!(
        target_from_id(ServerKind::Single, flex)
            .expect_err("flex id for single")
            .to_string(),
        format!(
            "Target resource id is invalid: {flex}. Target id pattern should be: /subscriptions/{{subscription}}/resourceGroups/{{target_resource_group}}/providers/Microsoft.DBforPostgreSQL/servers/{{server}}/databases/{{database}}"
        )
    );
    for short in [
        "/subscriptions/s1/resourceGroups/trg/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv",
        "/subscriptions/s1/resourceGroups/trg",
    ] {
        assert!(
            target_from_id(ServerKind::Flexible, short)
                .expect_err(short)
                .to_string()
                .starts_with("Target resource id is invalid: "),
            "{short}"
        );
    }
    for bad in [
        "nope",
        &format!("{flex}/"),
        "/subscriptions/x/x",
        "/subscriptions/s1/resourceGroups/trg/providers/Ns/t",
    ] {
        assert_eq!(
            target_from_id(ServerKind::Flexible, bad)
                .expect_err(bad)
                .to_string(),
            format!("Resource id is invalid: {bad}")
        );
    }
    // --target-id wins over --tg/--server/--database, like az (the names are then not needed).
    let p = passwordless(&format!(
        "azconn create postgres-flexible -g rg --connection c --target-id {flex} --server other --user-account"
    ));
    assert_eq!(p.connection.target.server, "srv");
    assert_eq!(p.connection.target.subscription, "s1");
}

#[test]
fn auth_options() {
    let base =
        "azconn create postgres-flexible -g rg --connection c --tg t --server s --database d";
    let principal = |extra: &str| passwordless(&format!("{base} {extra}")).principal;
    let secret_auth = |extra: &str| secret(&format!("{base} {extra}")).secret;
    let plan = |extra: &str| plan(&format!("{base} {extra}"));
    assert_eq!(
        principal("--service-principal CLIENT-ID=app secret=s3 object-id=oid"),
        LocalPrincipal::ServicePrincipal {
            client_id: "app".into(),
            secret: Secret::new("s3"),
            object_id: Some("oid".into())
        }
    );
    assert_eq!(
        principal("--service-principal client-id=app secret=s3"),
        LocalPrincipal::ServicePrincipal {
            client_id: "app".into(),
            secret: Secret::new("s3"),
            object_id: None
        }
    );
    assert_eq!(
        secret_auth("--secret name=u secret-uri=https://kv/s"),
        SecretAuth {
            name: "u".into(),
            value: SecretValue::KeyVaultUri("https://kv/s".into())
        }
    );
    assert_eq!(
        secret_auth("--secret name=u secret-name=kvs name=ignored"),
        SecretAuth {
            name: "u".into(),
            value: SecretValue::KeyVaultName("kvs".into())
        }
    );
    let cases = [
        (
            "--secret name=u",
            "Required keys missing for parameter --secret. All possible keys are: name, secret/secret-uri/secret-name",
        ),
        (
            "--secret name=u password=p",
            "Unsupported Key password is provided for parameter secret_auth_info. All possible keys are: name, secret/secret-uri/secret-name",
        ),
        ("--secret name", "Usage error: --secret [KEY=VALUE ...]"),
        (
            "--user-account principal-id=x",
            "Unsupported Key principal-id is provided for parameter --user-account. All possible keys are: principal-id",
        ),
        (
            "--user-account oid",
            "usage error: --user-account [KEY=VALUE ...]",
        ),
        (
            "--service-principal client-id=a",
            "Required keys missing for parameter --service-principal. Required keys are: client-id, secret",
        ),
        (
            "--service-principal client-id=a secret=b tenant=c",
            "Unsupported Key tenant is provided for parameter --service-principal. Possible keys are: client-id, object-id, secret",
        ),
        (
            "--user-account --customized-keys A",
            "Usage error: --customized-keys [KEY=VALUE ...]",
        ),
    ];
    for (extra, expect) in cases {
        assert_eq!(plan(extra).expect_err(extra).to_string(), expect, "{extra}");
    }
    // Auth options are parsed before the connection name is validated, as az's argparse actions are.
    assert!(
        err("azconn create postgres -g rg --connection bad-name --tg t --server s --database d --secret x")
            .starts_with("Usage error: --secret")
    );
}

#[test]
fn secrets_stay_redacted_in_debug() {
    let p = plan(
        "azconn create postgres -g rg --connection c --tg t --server s --database d --service-principal client-id=a secret=TOPSECRET",
    )
    .expect("plan");
    let shown = format!("{p:?}");
    assert!(!shown.contains("TOPSECRET"), "{shown}");
}

#[test]
fn customized_keys_later_values_win() {
    let p = passwordless(
        "azconn create postgres -g rg --connection c --tg t --server s --database d --user-account \
         --customized-keys AZURE_POSTGRESQL_HOST=H1 B=x AZURE_POSTGRESQL_HOST=H2",
    );
    let keys = p.connection.customized_keys.expect("keys");
    assert_eq!(
        keys.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>(),
        vec!["AZURE_POSTGRESQL_HOST=H2", "B=x"]
    );
}
