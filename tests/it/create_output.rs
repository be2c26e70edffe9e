//! Exact stdout of `create postgres|postgres-flexible` for each server kind × auth type, with the
//! expected bytes derived from az's rules rather than from azconn's own output.
//!
//! How the expectation is built (docs/az-behaviour.md, "`connection create` output" and "Output formats"):
//! 1. After each create, the test GETs the connector from the emulator itself (the RP's wire body,
//!    over HTTPS with the emulator's CA and a token from its `az` stand-in) — no azconn code involved.
//! 2. [`todict`] turns that wire body into what azure-cli's `todict` makes of the SDK model
//!    `LinkerResource` (2024-07-01-preview): every model attribute, camelCase, `null` when the RP did
//!    not send it, `properties` flattened, unknown keys dropped, `callerClientIP` → `callerClientIp`,
//!    datetimes through `datetime.isoformat()` (`…1234567Z` → `…123456+00:00`).
//! 3. The global transform adds `resourceGroup` to every dict with an ARM `id` (top level and
//!    `targetService`).
//! 4. The document is rendered with az's format rules: `json.dumps(indent=2, sort_keys=True,
//!    ensure_ascii=False)`, knack's tsv (sorted keys, dict → empty cell, list → its length, None →
//!    `None`) and tabulate's `simple` table (scalar columns, `id`/`type` skipped, width = the
//!    larger of header length plus 2 and cell length). These renderers are checked against az's
//!    real bytes for the shared sample connector (tests/golden/shared-samples). The one yaml case
//!    is written out by hand from PyYAML's rules and checked against the sample connector.yaml
//!    (sorted keys, quoted timestamps and `'true'`, two-space nesting).
//!
//! One emulator serves every case (distinct connection names).

use std::process::Command;

use serde_json::{Map, Value, json};

use crate::common::emulator::Emulator;
use crate::common::fixtures::{
    ALICE_OID, SP_APP, SP_OID, SP_SECRET, alice_admin, connector_id, flex_path, server, single_path,
};
use crate::common::{World, ok};
use crate::create::{count, no_graph, principal};

const LINKER_API: &str = "2024-07-01-preview";

/// The connector as the emulator's RP answers `GET` (the wire body az's SDK deserializes).
fn wire_get(emu: &Emulator, name: &str) -> Value {
    let az = Command::new(emu.dir().join("bin").join("az"))
        .args(["account", "get-access-token", "-o", "json"])
        .env_clear()
        .envs(emu.env())
        .output()
        .expect("run the az stand-in");
    let az = crate::common::succeeded(az, "the az stand-in");
    let token: Value = serde_json::from_slice(&az.stdout).expect("token JSON");
    let token = token["accessToken"]
        .as_str()
        .expect("accessToken")
        .to_owned();
    let path = format!("{}?api-version={LINKER_API}", connector_id(name));
    let client = emu.client();
    let answer = client
        .wait(client.call("GET", &path, Some(&token), None))
        .expect("GET connector");
    assert_eq!(answer.status, 200, "GET {path}: {}", answer.body);
    answer.body
}

/// `datetime.isoformat()` of an ISO 8601 UTC time as msrest parses it (fraction cut to 6 digits;
/// no fraction when it is zero; `Z` → `+00:00`).
fn py_isoformat(wire: &str) -> String {
    let body = wire
        .strip_suffix('Z')
        .or_else(|| wire.strip_suffix("+00:00"))
        .unwrap_or_else(|| panic!("not a UTC time: {wire}"));
    let (seconds, fraction) = body.split_once('.').unwrap_or((body, ""));
    let mut micros: String = fraction.chars().take(6).collect();
    while micros.len() < 6 {
        micros.push('0');
    }
    if micros == "000000" {
        format!("{seconds}+00:00")
    } else {
        format!("{seconds}.{micros}+00:00")
    }
}

/// A model object: `(todict name, wire name)` pairs; `null` stays `null` (an unset model).
fn model(wire: &Value, attrs: &[(&str, &str)]) -> Value {
    if wire.is_null() {
        return Value::Null;
    }
    let mut out = Map::new();
    for (name, wire_name) in attrs {
        out.insert((*name).to_owned(), wire[*wire_name].clone());
    }
    Value::Object(out)
}

fn same<'a>(names: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    names.iter().map(|n| (*n, *n)).collect()
}

/// azure-cli `todict` of the SDK's `LinkerResource` for `wire`, plus the global `resourceGroup`
/// transform (docs/az-behaviour.md, "`connection create` output").
fn todict(wire: &Value) -> Value {
    let p = &wire["properties"];
    let mut system_data = model(
        &wire["systemData"],
        &same(&[
            "createdBy",
            "createdByType",
            "createdAt",
            "lastModifiedBy",
            "lastModifiedByType",
            "lastModifiedAt",
        ]),
    );
    for k in ["createdAt", "lastModifiedAt"] {
        if let Some(t) = system_data[k].as_str() {
            system_data[k] = json!(py_isoformat(t));
        }
    }
    let auth = &p["authInfo"];
    let auth_info = match auth["authType"].as_str() {
        Some("userAccount") => model(
            auth,
            &same(&[
                "authType",
                "authMode",
                "principalId",
                "deleteOrUpdateBehavior",
                "roles",
                "userName",
            ]),
        ),
        Some("servicePrincipalSecret") => model(
            auth,
            &same(&[
                "authType",
                "authMode",
                "clientId",
                "principalId",
                "secret",
                "deleteOrUpdateBehavior",
                "roles",
                "userName",
            ]),
        ),
        Some("secret") => {
            let mut m = model(auth, &same(&["authType", "authMode", "name"]));
            let info = &auth["secretInfo"];
            m["secretInfo"] = match info["secretType"].as_str() {
                Some("rawValue" | "keyVaultSecretUri") => {
                    model(info, &same(&["secretType", "value"]))
                }
                Some("keyVaultSecretReference") => {
                    model(info, &same(&["secretType", "name", "version"]))
                }
                _ => Value::Null,
            };
            m
        }
        other => panic!("auth type {other:?} is not part of this test"),
    };
    let pns = &p["publicNetworkSolution"];
    let mut public_network = model(pns, &same(&["deleteOrUpdateBehavior", "action"]));
    if !pns.is_null() {
        public_network["firewallRules"] = model(
            &pns["firewallRules"],
            &[
                ("ipRanges", "ipRanges"),
                ("azureServices", "azureServices"),
                ("callerClientIp", "callerClientIP"),
            ],
        );
    }
    let mut doc = json!({
        "id": wire["id"],
        "name": wire["name"],
        "type": wire["type"],
        "systemData": system_data,
        "targetService": model(&p["targetService"], &same(&["type", "id", "resourceProperties"])),
        "authInfo": auth_info,
        "clientType": p["clientType"],
        "provisioningState": p["provisioningState"],
        "vNetSolution": model(&p["vNetSolution"], &same(&["type", "deleteOrUpdateBehavior"])),
        "secretStore": model(&p["secretStore"], &same(&["keyVaultId", "keyVaultSecretName"])),
        "scope": p["scope"],
        "publicNetworkSolution": public_network,
        "configurationInfo": model(&p["configurationInfo"], &same(&[
            "deleteOrUpdateBehavior",
            "action",
            "customizedKeys",
            "daprProperties",
            "additionalConfigurations",
            "additionalConnectionStringProperties",
            "configurationStore",
        ])),
    });
    add_resource_group(&mut doc);
    doc
}

/// azure-cli's global transform: `resourceGroup` from the `resourceGroups/{rg}` segment of `id`,
/// for every dict that has an ARM id and no `resourceGroup` yet.
fn add_resource_group(v: &mut Value) {
    match v {
        Value::Object(m) => {
            let rg = m.get("id").and_then(Value::as_str).and_then(|id| {
                let segs: Vec<&str> = id.split('/').collect();
                segs.iter()
                    .position(|s| s.eq_ignore_ascii_case("resourceGroups"))
                    .and_then(|i| segs.get(i + 1))
                    .map(|s| (*s).to_owned())
            });
            if let Some(rg) = rg
                && !m.contains_key("resourceGroup")
            {
                m.insert("resourceGroup".into(), json!(rg));
            }
            m.values_mut().for_each(add_resource_group);
        }
        Value::Array(a) => a.iter_mut().for_each(add_resource_group),
        _ => {}
    }
}

/// `json.dumps(v, ensure_ascii=False, indent=2, sort_keys=True) + "\n"`.
fn az_json(v: &Value) -> String {
    fn string(s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }
    fn value(v: &Value, depth: usize, out: &mut String) {
        let pad = |d: usize| "  ".repeat(d);
        match v {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(&n.to_string()),
            Value::String(s) => string(s, out),
            Value::Array(a) if a.is_empty() => out.push_str("[]"),
            Value::Array(a) => {
                out.push_str("[\n");
                for (i, item) in a.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",\n");
                    }
                    out.push_str(&pad(depth + 1));
                    value(item, depth + 1, out);
                }
                out.push('\n');
                out.push_str(&pad(depth));
                out.push(']');
            }
            Value::Object(m) if m.is_empty() => out.push_str("{}"),
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                out.push_str("{\n");
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(",\n");
                    }
                    out.push_str(&pad(depth + 1));
                    string(k, out);
                    out.push_str(": ");
                    value(&m[*k], depth + 1, out);
                }
                out.push('\n');
                out.push_str(&pad(depth));
                out.push('}');
            }
        }
    }
    let mut out = String::new();
    value(v, 0, &mut out);
    out.push('\n');
    out
}

/// knack's tsv cell: list → its length, dict → empty, None → `None`, str as is.
fn tsv_cell(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.len().to_string(),
        Value::Object(_) => String::new(),
    }
}

/// knack's tsv of one (plain, so key-sorted) dict.
fn az_tsv(doc: &Value) -> String {
    let m = doc.as_object().expect("a dict");
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    let cells: Vec<String> = keys.iter().map(|k| tsv_cell(&m[*k])).collect();
    format!("{}\n", cells.join("\t"))
}

/// knack's table of one dict: sorted scalar columns except `id`/`type`/`etag`, header with its first
/// letter upper-cased, tabulate `simple` (width = max(header + 2, cell), two spaces, rstrip).
fn az_table(doc: &Value) -> String {
    let m = doc.as_object().expect("a dict");
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    let cols: Vec<(String, String)> = keys
        .iter()
        .filter(|k| !["id", "type", "etag"].contains(&k.as_str()))
        .filter(|k| !matches!(m[**k], Value::Null | Value::Array(_) | Value::Object(_)))
        .map(|k| {
            let mut header: Vec<char> = k.chars().collect();
            header[0] = header[0].to_ascii_uppercase();
            (header.into_iter().collect(), tsv_cell(&m[*k]))
        })
        .collect();
    let widths: Vec<usize> = cols
        .iter()
        .map(|(h, c)| (h.chars().count() + 2).max(c.chars().count()))
        .collect();
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    format!(
        "{}\n{}\n{}\n",
        line(cols.iter().map(|(h, _)| h.clone()).collect()),
        line(widths.iter().map(|w| "-".repeat(*w)).collect()),
        line(cols.iter().map(|(_, c)| c.clone()).collect()),
    )
}

#[test]
fn json_table_tsv_yaml_are_az_bytes_for_each_kind_and_auth_type() {
    let admin = alice_admin(&json!({}));
    let w = World::alice(
        "output",
        vec![
            server("flexible", "flex", admin.clone()),
            server("single", "single", admin),
        ],
    );
    let target = |kind: &str| {
        let server = if kind == "postgres" { "single" } else { "flex" };
        format!("create {kind} -g rg --tg rg --server {server} --database demo")
    };
    // Runs one create; its stdout must be az's rendering of the connector the RP now holds.
    let check = |line: &str, name: &str, render: &dyn Fn(&Value) -> String| -> Value {
        let r = w.az(line);
        ok(&r);
        let wire = wire_get(&w.emu, name);
        let doc = todict(&wire);
        assert_eq!(r.stdout, render(&doc), "{line}\nwire: {wire:#}");
        wire
    };

    // Flexible, user account, with --customized-keys and a client type in the wrong case.
    let wire = check(
        &format!(
            "{} --connection fu --user-account --client-type SPRINGBOOT \
             --customized-keys AZURE_POSTGRESQL_HOST=PGHOST AZURE_POSTGRESQL_USERNAME=PGUSER -o json",
            target("postgres-flexible")
        ),
        "fu",
        &az_json,
    );
    // The canonical case went to the RP, and the customized keys in configurationInfo.
    assert_eq!(wire["properties"]["clientType"], "springBoot");
    assert_eq!(
        wire["properties"]["configurationInfo"]["customizedKeys"],
        json!({"AZURE_POSTGRESQL_HOST": "PGHOST", "AZURE_POSTGRESQL_USERNAME": "PGUSER"})
    );
    assert_eq!(wire["properties"]["authInfo"]["userName"], "aad_fu");
    assert_eq!(principal(&w, "flex", "aad_fu"), format!("user {ALICE_OID}"));

    // Flexible, service principal without object-id=: the object id comes from Graph, and the role
    // is a pgaadauth 'service' principal for it.
    let wire = check(
        &format!(
            "{} --connection fs --client-type none --service-principal client-id={SP_APP} secret={SP_SECRET} -o json",
            target("postgres-flexible")
        ),
        "fs",
        &az_json,
    );
    assert_eq!(wire["properties"]["authInfo"]["principalId"], SP_OID);
    w.assert_sent("/v1.0/servicePrincipals");
    assert_eq!(principal(&w, "flex", "aad_fs"), format!("service {SP_OID}"));

    // Flexible, secret: the RP masks the value, todict shows it as null.
    check(
        &format!(
            "{} --connection fx --client-type none --secret name=pguser secret=s3cret -o json",
            target("postgres-flexible")
        ),
        "fx",
        &az_json,
    );

    // Single Server, user account: -o json, -o table, -o tsv.
    for (name, fmt, render) in [
        ("su", "json", &az_json as &dyn Fn(&Value) -> String),
        ("st", "table", &az_table),
        ("sv", "tsv", &az_tsv),
    ] {
        check(
            &format!(
                "{} --connection {name} --user-account --client-type python -o {fmt}",
                target("postgres")
            ),
            name,
            render,
        );
    }
    assert_eq!(
        w.psql(
            "single",
            "demo",
            "select pg_has_role('aad_st', 'azure_ad_user', 'member')"
        ),
        "t"
    );

    // Single Server, service principal with object-id=: no Graph call.
    check(
        &format!(
            "{} --connection ss --client-type none --service-principal client-id={SP_APP} secret={SP_SECRET} object-id={SP_OID} -o json",
            target("postgres")
        ),
        "ss",
        &az_json,
    );
    no_graph(&w.calls());

    // Single Server, secret from a Key Vault URI: secretInfo carries the URI.
    let uri = "https://vault.vault.azure.net/secrets/pg";
    let wire = check(
        &format!(
            "{} --connection sk --client-type none --secret name=pguser secret-uri={uri} -o json",
            target("postgres")
        ),
        "sk",
        &az_json,
    );
    assert_eq!(
        wire["properties"]["authInfo"]["secretInfo"],
        json!({"secretType": "keyVaultSecretUri", "value": uri})
    );
    assert_eq!(count(&w.calls(), "PUT"), 1);

    // --target-id instead of --tg/--server/--database (trailing segments past the pattern are cut).
    let db_id = format!("{}/databases/demo", flex_path("flex"));
    let wire = check(
        &format!(
            "create postgres-flexible -g rg --connection ft --target-id {db_id}/extra/seg --user-account --client-type none -o json"
        ),
        "ft",
        &az_json,
    );
    assert_eq!(wire["properties"]["targetService"]["id"], json!(db_id));

    // --query authInfo.userName -o tsv for both kinds.
    for (kind, name) in [("postgres-flexible", "fq"), ("postgres", "sq")] {
        let r = w.az(&format!(
            "{} --connection {name} --user-account --client-type none --query authInfo.userName -o tsv",
            target(kind)
        ));
        ok(&r);
        assert_eq!(r.stdout, format!("aad_{name}\n"));
    }

    // stderr of a fresh create: az's validator warnings, nothing else; az's `Connecting to database...` and
    // `Running query: …` warnings are INFO lines at --verbose (docs/az-behaviour.md, "`connection create` output").
    let r = w.az(&format!("{} --user-account", target("postgres-flexible")));
    ok(&r);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    let generated = lines[0]
        .strip_prefix("WARNING: Connection name is not specified, use generated one: --connection ")
        .unwrap_or_else(|| panic!("{}", r.stderr));
    let suffix = generated
        .strip_prefix("postgresflexible_")
        .unwrap_or_else(|| panic!("{generated}"));
    assert!(
        suffix.len() == 5
            && suffix
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
        "{generated}"
    );
    assert_eq!(
        lines[1],
        "WARNING: Client type is not specified, use default one: --client-type none"
    );
    assert_eq!(r.stdout, az_json(&todict(&wire_get(&w.emu, generated))));
    // --only-show-errors: no warning at all (Single Server names it postgres_xxxxx).
    let r = w.az(&format!(
        "{} --user-account --only-show-errors --query name -o tsv",
        target("postgres")
    ));
    ok(&r);
    assert_eq!(r.stderr, "");
    assert!(
        r.stdout.starts_with("postgres_") && r.stdout.len() == "postgres_xxxxx\n".len(),
        "{}",
        r.stdout
    );
    // … but errors still print.
    let r = w.az("create postgres -g rg --tg rg --server single --database nope --user-account --only-show-errors");
    assert_eq!(r.code, 3, "{r:?}");
    assert!(r.stderr.starts_with("ERROR: "), "{}", r.stderr);
    assert!(!r.stderr.contains("WARNING"), "{}", r.stderr);
    // --verbose: the connect and query lines as INFO.
    let r = w.az(&format!(
        "{} --connection fv --user-account --client-type none --verbose",
        target("postgres-flexible")
    ));
    ok(&r);
    for line in [
        "INFO: Connecting to database...".to_owned(),
        format!(
            "INFO: Running query: select * from pgaadauth_create_principal_with_oid('aad_fv', '{ALICE_OID}', 'user', false, false);"
        ),
        "INFO: Running query: GRANT ALL PRIVILEGES ON DATABASE \"demo\" TO \"aad_fv\";".to_owned(),
        "INFO: Running query: GRANT CREATE ON SCHEMA public TO \"aad_fv\";".to_owned(),
    ] {
        assert!(r.stderr.lines().any(|l| l == line), "{line}\n{}", r.stderr);
    }
    assert!(!r.stderr.contains("WARNING"), "{}", r.stderr);
    // A rerun finds the role in its reads and keeps it: no create is sent (az's fails with "already exists"),
    // the grants run again.
    let r = w.az(&format!(
        "{} --connection fv --user-account --client-type none --verbose",
        target("postgres-flexible")
    ));
    ok(&r);
    assert!(
        !r.stderr.contains("pgaadauth_create_principal_with_oid"),
        "{}",
        r.stderr
    );
    for line in [
        "INFO: Role \"aad_fv\" already exists; keeping it.",
        "INFO: Running query: GRANT CREATE ON SCHEMA public TO \"aad_fv\";",
    ] {
        assert!(r.stderr.lines().any(|l| l == line), "{line}\n{}", r.stderr);
    }

    // -o yaml, written out from PyYAML's rules (compare the sample connector.yaml): user account
    // on Flexible Server, service principal on Single Server, secret on Flexible Server.
    let user = format!(
        "  authMode: null
  authType: userAccount
  deleteOrUpdateBehavior: null
  principalId: {ALICE_OID}
  roles: null
  userName: aad_fy
"
    );
    let sp = format!(
        "  authMode: null
  authType: servicePrincipalSecret
  clientId: {SP_APP}
  deleteOrUpdateBehavior: null
  principalId: {SP_OID}
  roles: null
  secret: null
  userName: aad_sy
"
    );
    let secret = "  authMode: null
  authType: secret
  name: pguser
  secretInfo:
    secretType: rawValue
    value: null
";
    let single_db = format!("{}/databases/demo", single_path("single"));
    for (kind, name, auth, auth_yaml, target_id) in [
        (
            "postgres-flexible",
            "fy",
            "--user-account".to_owned(),
            user,
            &db_id,
        ),
        (
            "postgres",
            "sy",
            format!("--service-principal client-id={SP_APP} secret={SP_SECRET} object-id={SP_OID}"),
            sp,
            &single_db,
        ),
        (
            "postgres-flexible",
            "xy",
            "--secret name=pguser secret=s3cret".to_owned(),
            secret.to_owned(),
            &db_id,
        ),
    ] {
        let r = w.az(&format!(
            "{} --connection {name} {auth} --client-type none -o yaml",
            target(kind)
        ));
        ok(&r);
        let wire = wire_get(&w.emu, name);
        let time = |k: &str| py_isoformat(wire["systemData"][k].as_str().expect("a time"));
        let (created, modified) = (time("createdAt"), time("lastModifiedAt"));
        let id = connector_id(name);
        let expected = format!(
            "authInfo:
{auth_yaml}clientType: none
configurationInfo:
  action: null
  additionalConfigurations: null
  additionalConnectionStringProperties: null
  configurationStore: null
  customizedKeys: null
  daprProperties: null
  deleteOrUpdateBehavior: null
id: {id}
name: {name}
provisioningState: Succeeded
publicNetworkSolution:
  action: enable
  deleteOrUpdateBehavior: Default
  firewallRules:
    azureServices: null
    callerClientIp: 'true'
    ipRanges: null
resourceGroup: rg
scope: null
secretStore: null
systemData:
  createdAt: '{created}'
  createdBy: alice@contoso.com
  createdByType: User
  lastModifiedAt: '{modified}'
  lastModifiedBy: alice@contoso.com
  lastModifiedByType: User
targetService:
  id: {target_id}
  resourceGroup: rg
  resourceProperties: null
  type: AzureResource
type: microsoft.servicelinker/locations/connectors
vNetSolution: null
"
        );
        assert_eq!(r.stdout, expected, "wire: {wire:#}");
        // The literal above assumes this wire shape (no customized keys, the secret masked).
        let doc = todict(&wire);
        assert_eq!(doc["configurationInfo"]["customizedKeys"], Value::Null);
        // Every null attribute of the model shows in yaml as it does in json.
        assert_eq!(
            r.stdout.matches(": null\n").count(),
            az_json(&doc).matches(": null").count()
        );
    }
}

#[test]
fn isoformat_follows_python() {
    assert_eq!(
        py_isoformat("2024-05-01T10:20:30.1234567Z"),
        "2024-05-01T10:20:30.123456+00:00"
    );
    assert_eq!(
        py_isoformat("2024-05-01T10:20:30.0000000Z"),
        "2024-05-01T10:20:30+00:00"
    );
    assert_eq!(
        py_isoformat("2024-05-01T10:20:30Z"),
        "2024-05-01T10:20:30+00:00"
    );
    assert_eq!(
        py_isoformat("2024-05-01T10:20:30.5Z"),
        "2024-05-01T10:20:30.500000+00:00"
    );
}

#[test]
fn renderers_reproduce_the_shared_samples() {
    // The oracle's samples (copied into tests/golden/shared-samples) are az's real bytes for one
    // connector document; the renderers above must reproduce them, which is what makes their use as
    // expectations legitimate.
    let dir = crate::common::repo().join("tests/golden/shared-samples");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("shared sample");
    let mut doc: Value =
        serde_json::from_str(&read("inputs/connector.json")).expect("sample input");
    add_resource_group(&mut doc);
    assert_eq!(az_json(&doc), read("connector.json"));
    assert_eq!(az_tsv(&doc), read("connector.tsv"));
    assert_eq!(az_table(&doc), read("connector.table"));
}
