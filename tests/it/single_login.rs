//! Single Server roles made by `connection create postgres` log in as Azure's do.
//!
//! With the connection string `generate-configuration` hands out (`user=aad_<connection>@<server>`), the identity's
//! own oss-rdbms token as the password, and libpq's `sslmode=verify-full` through the emulator's SNI router; the role
//! then reads its table.

use std::process::Command;

use serde_json::json;

use crate::common::Azconn;
use crate::common::fixtures::{ALICE, SP_APP, SP_SECRET, seed, server};
use crate::common::{World, ok};

/// The query that picks the libpq connection string out of `generate-configuration`'s answer.
const CONNECTION_STRING: &str =
    "--query \"configurations[?name=='AZURE_POSTGRESQL_CONNECTIONSTRING'].value | [0]\" -o tsv";

/// An emulator with Single Server `single` (database `demo`, two rows in `public.t1`) and Alice signed in to az.
fn single_server(name: &str) -> World {
    let w = World::start(
        name,
        &seed(vec![server("single", "single", json!({}))], ALICE),
    );
    w.psql(
        "single",
        "demo",
        "INSERT INTO public.t1 (name) VALUES ('a'), ('b')",
    );
    w
}

/// The connection string of connection `name`, as `generate-configuration` hands it out.
fn connection_string(w: &World, name: &str) -> String {
    let run = w.az(&format!(
        "connection generate-configuration -g rg --connection {name} {CONNECTION_STRING}"
    ));
    ok(&run);
    run.stdout.trim_end().to_owned()
}

/// What an app does with `connection_string` and `token`: libpq (psql) with `sslmode=verify-full` against the
/// emulator's CA; the router's loopback address and port stand in for DNS and 5432. Returns `current_user|rows of
/// public.t1`.
fn log_in_and_read(w: &World, connection_string: &str, token: &str) -> String {
    let ca = w.emu.dir().join("ca.pem");
    // libpq keeps the last value of a repeated keyword: only sslmode and the address are overridden.
    let conninfo = format!(
        "{connection_string} sslmode=verify-full sslrootcert={} hostaddr=127.0.0.1 port={}",
        ca.display(),
        w.emu.pg()
    );
    let out = Command::new("psql")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PGPASSWORD", token)
        .env("PGCONNECT_TIMEOUT", "10")
        .args([
            "-X",
            "-q",
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            &conninfo,
            "-c",
        ])
        .arg("SELECT current_user || '|' || count(*) FROM public.t1")
        .output()
        .expect("run psql (is PostgreSQL installed?)");
    let out = crate::common::succeeded(out, "the role logs in and reads its table");
    String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
}

/// The oss-rdbms token of the identity `azconn` runs as.
fn oss_rdbms_token(azconn: Azconn) -> String {
    let run = azconn
        .line("token --resource-type oss-rdbms --query accessToken -o tsv")
        .run();
    ok(&run);
    run.stdout.trim_end().to_owned()
}

#[test]
fn single_server_user_account_logs_in_with_the_generated_connection_string() {
    let w = single_server("single-login-user");
    ok(&w.az(
        "connection create postgres -g rg --connection s1 --tg rg --server single --database demo \
         --user-account --client-type none -o none",
    ));
    let string = connection_string(&w, "s1");
    assert_eq!(
        string,
        "dbname=demo host=single.postgres.database.azure.com port=5432 sslmode=require user=aad_s1@single"
    );
    // The signed-in user's token (az's login), as `az account get-access-token --resource-type oss-rdbms`.
    let token = oss_rdbms_token(Azconn::scratch("single-login-user-token").emulator(&w.emu));
    assert_eq!(log_in_and_read(&w, &string, &token), "aad_s1|2");
}

#[test]
fn single_server_service_principal_logs_in_with_the_generated_connection_string() {
    let w = single_server("single-login-sp");
    ok(&w.az(&format!(
        "connection create postgres -g rg --connection s2 --tg rg --server single --database demo \
         --service-principal client-id={SP_APP} secret={SP_SECRET} --client-type go -o none"
    )));
    let string = connection_string(&w, "s2");
    assert_eq!(
        string,
        "host=single.postgres.database.azure.com dbname=demo sslmode=require user=aad_s2@single"
    );
    // The service principal's own token (client credentials from the environment), not the admin's.
    let token = oss_rdbms_token(
        Azconn::scratch("single-login-sp-token")
            .emulator(&w.emu)
            .envs(w.emu.sp_env())
            .env("AZCONN_AUTH_SOURCE", "env"),
    );
    assert_eq!(log_in_and_read(&w, &string, &token), "aad_s2|2");
}
