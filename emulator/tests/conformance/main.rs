//! Spec conformance: every route of the DBforPostgreSQL (flexible and single servers) and ServiceLinker resource
//! providers (and, in `compute.rs`, of Microsoft.App, Microsoft.ContainerService and the federated credentials of
//! Microsoft.ManagedIdentity) the emulator serves is called as az calls it, its status code checked against the operation's
//! responses in the spec and its body against the spec's definitions (encoded in `spec.rs`), including the bodies
//! a long-running operation ends with. Each test walks one provider and reports every violation at once.

#[path = "../common/mod.rs"]
mod common;
mod compute;
mod spec;

use common::*;
use serde_json::{Value, json};
use spec::S;

const FLEX_API: &str = "api-version=2026-04-01-preview";
const SINGLE_API: &str = "api-version=2017-12-01";
const LINKER_API: &str = "api-version=2024-07-01-preview";

/// Calls routes and collects what does not conform.
struct Walk<'a> {
    emu: &'a Emu,
    token: String,
    violations: Vec<String>,
}

impl Walk<'_> {
    async fn new(emu: &Emu) -> Walk<'_> {
        Walk {
            token: emu.alice_arm().await,
            emu,
            violations: Vec::new(),
        }
    }

    /// `method path` answered with one of `statuses`, its body conforming to `schema` (`None`: no body).
    async fn call(
        &mut self,
        method: &str,
        path: &str,
        body: Option<Value>,
        statuses: &[u16],
        schema: Option<S>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let (status, headers, v) = self.emu.call(method, path, Some(&self.token), body).await;
        let what = format!("{method} {}", path.split('?').next().unwrap_or(path));
        if !statuses.contains(&status) {
            self.violations.push(format!(
                "{what}: status {status}, the spec has {statuses:?} ({v})"
            ));
        }
        match schema {
            Some(s) => {
                for e in spec::violations(&v, &s) {
                    self.violations.push(format!("{what} {status}: {e}"));
                }
            }
            None if !v.is_null() => self.violations.push(format!(
                "{what} {status}: a body where the spec has none: {v}"
            )),
            None => {}
        }
        (status, headers, v)
    }

    /// `GET path` answered with 200 and a body conforming to `schema`.
    async fn get(&mut self, path: &str, schema: S) -> (u16, reqwest::header::HeaderMap, Value) {
        self.call("GET", path, None, &[200], Some(schema)).await
    }

    /// `DELETE path` answered with one of `statuses` and no body.
    async fn delete(
        &mut self,
        path: &str,
        statuses: &[u16],
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        self.call("DELETE", path, None, statuses, None).await
    }

    /// An error answer: its status and ARM's `ErrorResponse`.
    async fn error(&mut self, method: &str, path: &str, body: Option<Value>, status: u16) {
        self.call(method, path, body, &[status], Some(spec::error_response()))
            .await;
    }

    /// Polls the `Azure-AsyncOperation` of a 202/201 to its end, checking each status body against `status`.
    async fn finish(&mut self, headers: &reqwest::header::HeaderMap, status: fn() -> S) -> Value {
        let Some(url) = headers
            .get("azure-asyncoperation")
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
        else {
            self.violations
                .push("an accepted operation without Azure-AsyncOperation".into());
            return Value::Null;
        };
        for _ in 0..5 {
            let (_, _, v) = self.get(&url, status()).await;
            if v["status"] != "InProgress" && v["status"] != "Accepted" {
                return v;
            }
        }
        self.violations.push(format!("{url}: did not end"));
        Value::Null
    }

    /// A change answered with one of `statuses` and no body, its operation polled to the end (each status body an
    /// `OperationStatus`).
    async fn change(&mut self, method: &str, path: &str, body: Option<Value>, statuses: &[u16]) {
        let (_, h, _) = self.call(method, path, body, statuses, None).await;
        self.finish(&h, spec::operation_status).await;
    }

    /// A child resource's life: the collection's list, a PUT of `body` (an operation polled to its end), its GET
    /// and its DELETE (likewise); the item at `item`. Returns the item's URL.
    async fn lifecycle(
        &mut self,
        rp: &Children,
        collection: &str,
        item: &str,
        body: Value,
        schema: fn() -> S,
    ) -> String {
        self.get(&(rp.url)(collection), (rp.list)(schema())).await;
        let url = (rp.url)(&format!("{collection}/{item}"));
        self.change("PUT", &url, Some(body), rp.put).await;
        self.get(&url, schema()).await;
        self.change("DELETE", &url, None, rp.delete).await;
        url
    }

    fn assert_clean(self) {
        assert!(
            self.violations.is_empty(),
            "{} violation(s) of the spec:\n{}",
            self.violations.len(),
            self.violations.join("\n")
        );
    }
}

/// How a server kind's child resources answer: their URLs, the statuses of a PUT and a DELETE, their lists.
struct Children {
    url: fn(&str) -> String,
    put: &'static [u16],
    delete: &'static [u16],
    list: fn(S) -> S,
}

const FLEX_CHILDREN: Children = Children {
    url: flex_url,
    put: &[202],
    delete: &[202, 204],
    list: spec::list_of,
};

/// Single Server's lists have no `nextLink`.
const SINGLE_CHILDREN: Children = Children {
    url: single,
    put: &[200, 201, 202],
    delete: &[200, 202, 204],
    list: |item| spec::obj(vec![("value", spec::array(item))]).s(),
};

fn flex_url(path: &str) -> String {
    format!("{}?{FLEX_API}", flex(path))
}

fn single(path: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/single1{path}?{SINGLE_API}"
    )
}

fn with_single_server(seed: &mut Value) {
    seed["servers"].as_array_mut().expect("servers").push(json!({
        "kind": "single", "name": "single1", "resourceGroup": "rg", "version": "11",
        "firewallRules": [{"name": "AllowLocalhost", "startIpAddress": "127.0.0.1", "endIpAddress": "127.0.0.1"}],
        "databases": ["demo"]
    }));
}

#[tokio::test]
async fn flexible_server_routes_conform_to_the_spec() {
    use spec::flexible::*;
    let emu = Emu::start_with(&["--postgres"]);
    let mut w = Walk::new(&emu).await;
    let sub_list = format!(
        "/subscriptions/{SUB}/providers/Microsoft.DBforPostgreSQL/flexibleServers?{FLEX_API}"
    );
    w.get(&sub_list, spec::list_of(server())).await;
    let rg_list = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers?{FLEX_API}"
    );
    let (_, _, v) = w.get(&rg_list, spec::list_of(server())).await;
    assert!(
        v["value"][0]["properties"]["storage"]["storageSizeGB"].is_i64(),
        "list items are whole servers: {v}"
    );
    w.get(&flex_url(""), server()).await;
    let patch = json!({"properties": {"authConfig": {"activeDirectoryAuth": "Enabled", "passwordAuth": "Enabled"}}});
    let (s, h, _) = w
        .call("PATCH", &flex_url(""), Some(patch), &[200, 202], None)
        .await;
    if s == 202 {
        w.finish(&h, spec::operation_status).await;
    }
    w.get(&flex_url("/capabilities"), capabilities()).await;

    // Microsoft Entra administrators.
    w.get(&flex_url("/administrators"), spec::list_of(administrator()))
        .await;
    let admin = json!({"properties": {"principalName": "alice@contoso.com", "principalType": "User", "tenantId": TENANT}});
    let path = flex_url(&format!("/administrators/{ALICE_OID}"));
    w.change("PUT", &path, Some(admin), &[202]).await;
    w.get(&path, administrator()).await;
    w.change("DELETE", &path, None, &[202, 204]).await;
    w.delete(&path, &[202, 204]).await;
    w.error("GET", &path, None, 404).await;

    // Databases.
    w.get(&flex_url("/databases/demo"), database()).await;
    let db = json!({"properties": {"charset": "UTF8", "collation": "en_US.utf8"}});
    let made = w
        .lifecycle(&FLEX_CHILDREN, "/databases", "made", db, database)
        .await;
    w.error("GET", &made, None, 404).await;
    w.delete(&made, &[202, 204]).await;

    // Firewall rules; a name outside the spec's pattern (here with a `.`) is refused.
    let rule = json!({"properties": {"startIpAddress": "10.0.0.1", "endIpAddress": "10.0.0.9"}});
    let made = w
        .lifecycle(
            &FLEX_CHILDREN,
            "/firewallRules",
            "svc_ab12c",
            rule.clone(),
            firewall_rule,
        )
        .await;
    w.delete(&made, &[202, 204]).await;
    w.error("PUT", &flex_url("/firewallRules/rule.1"), Some(rule), 400)
        .await;

    // Server parameters, from the server's PostgreSQL.
    let (_, _, v) = w
        .get(&flex_url("/configurations"), spec::list_of(configuration()))
        .await;
    assert!(
        v["value"].as_array().is_some_and(|a| a.len() > 100),
        "the server's parameters: {v}"
    );
    w.get(
        &flex_url("/configurations/max_connections"),
        configuration(),
    )
    .await;
    w.error("GET", &flex_url("/configurations/nope"), None, 404)
        .await;

    // Errors are ARM's envelope.
    let missing = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/nope?{FLEX_API}"
    );
    w.error("GET", &missing, None, 404).await;
    w.assert_clean();
}

#[tokio::test]
async fn flexible_server_without_entra_auth_has_no_tenant() {
    let emu = Emu::start_seeded(entra_off, &[]);
    let mut w = Walk::new(&emu).await;
    let (_, _, v) = w.get(&flex_url(""), spec::flexible::server()).await;
    assert_eq!(
        v["properties"]["authConfig"],
        json!({"activeDirectoryAuth": "Disabled", "passwordAuth": "Enabled"})
    );
    w.assert_clean();
}

#[tokio::test]
async fn single_server_routes_conform_to_the_spec() {
    use spec::single::*;
    let emu = Emu::start_seeded(with_single_server, &[]);
    let mut w = Walk::new(&emu).await;
    let list = SINGLE_CHILDREN.list;
    let sub_list =
        format!("/subscriptions/{SUB}/providers/Microsoft.DBforPostgreSQL/servers?{SINGLE_API}");
    w.get(&sub_list, list(server())).await;
    let rg_list = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers?{SINGLE_API}"
    );
    w.get(&rg_list, list(server())).await;
    w.get(&single(""), server()).await;

    // The one Entra administrator: the spec's 200 and 202 both carry the resource.
    w.get(&single("/administrators"), list(administrator()))
        .await;
    let admin = json!({"properties": {"administratorType": "ActiveDirectory", "login": "alice@contoso.com", "sid": ALICE_OID, "tenantId": TENANT}});
    let (_, h, _) = w
        .call(
            "PUT",
            &single("/administrators/activeDirectory"),
            Some(admin),
            &[200, 202],
            Some(administrator()),
        )
        .await;
    w.finish(&h, spec::operation_status).await;
    w.get(&single("/administrators/activeDirectory"), administrator())
        .await;
    w.change(
        "DELETE",
        &single("/administrators/activeDirectory"),
        None,
        &[200, 202, 204],
    )
    .await;

    // Databases.
    let db = json!({"properties": {"charset": "UTF8", "collation": "English_United States.1252"}});
    w.lifecycle(&SINGLE_CHILDREN, "/databases", "made", db, database)
        .await;

    // Firewall rules: Single Server's pattern allows a `.`.
    let rule = json!({"properties": {"startIpAddress": "10.0.0.1", "endIpAddress": "10.0.0.9"}});
    w.lifecycle(
        &SINGLE_CHILDREN,
        "/firewallRules",
        "rule.1",
        rule,
        firewall_rule,
    )
    .await;
    w.assert_clean();
}

#[tokio::test]
async fn service_linker_routes_conform_to_the_spec() {
    use spec::linker::*;
    let emu = Emu::start();
    let mut w = Walk::new(&emu).await;
    let url = |rest: &str| format!("{}{rest}?{LINKER_API}", connector("c1"));
    // The PUT echo: unset firewall settings are left out (they are not nullable).
    let (_, h, v) = w
        .call(
            "PUT",
            &url(""),
            Some(linker_body("aad_c1")),
            &[200, 201],
            Some(linker()),
        )
        .await;
    assert_eq!(
        v["properties"]["publicNetworkSolution"]["firewallRules"],
        json!({"callerClientIP": "true"})
    );
    // ServiceLinker's status carries the operation's result under `properties`.
    let status = || {
        spec::obj(vec![("properties", S::Any)])
            .with(match spec::operation_status() {
                S::Obj(o) => o,
                _ => unreachable!("an object"),
            })
            .s()
    };
    w.finish(&h, status).await;
    w.get(&url(""), linker()).await;
    let list = format!(
        "/subscriptions/{SUB}/resourcegroups/rg/providers/Microsoft.ServiceLinker/locations/eastus/connectors?{LINKER_API}"
    );
    w.get(&list, linker_list()).await;

    // validate ends with the spec's ValidateOperationResult.
    let (_, h, _) = w
        .call("POST", &url("/validate"), None, &[200, 202], None)
        .await;
    let v = w.finish(&h, validate_operation_result).await;
    assert_eq!(v["status"], "Succeeded", "{v}");
    assert_eq!(
        v["properties"]["validationDetail"][0],
        json!({"name": "TargetExistence", "description": "The target existence is validated", "result": "success"})
    );

    w.call(
        "POST",
        &url("/generateConfigurations"),
        None,
        &[200],
        Some(configuration_result()),
    )
    .await;
    let names = format!(
        "/providers/Microsoft.ServiceLinker/configurationNames?{LINKER_API}&$filter=TargetService eq 'Microsoft.DBforPostgreSQL/flexibleServers/databases' and ClientType eq 'python' and AuthType eq 'userAccount'"
    );
    let (_, _, v) = w.get(&names, configuration_names()).await;
    assert_eq!(
        v["value"][0]["properties"]["clientType"], "python",
        "items carry their names under properties: {v}"
    );

    let (_, h, _) = w.delete(&url(""), &[200, 202, 204]).await;
    w.finish(&h, status).await;
    w.delete(&url(""), &[200, 202, 204]).await;
    w.error("GET", &url(""), None, 404).await;
    w.assert_clean();
}

#[tokio::test]
async fn arm_errors_are_error_responses() {
    let emu = Emu::start_seeded(
        |s| s["unregisteredProviders"] = json!(["Microsoft.ServiceLinker"]),
        &[],
    );
    let mut w = Walk::new(&emu).await;
    let (s, _, v) = emu.call("GET", &flex_url(""), None, None).await;
    assert_eq!(s, 401);
    assert!(
        spec::violations(&v, &spec::error_response()).is_empty(),
        "{v}"
    );
    w.error("GET", &flex(""), None, 400).await;
    let missing_group = format!(
        "/subscriptions/{SUB}/resourceGroups/nope/providers/Microsoft.DBforPostgreSQL/flexibleServers/srv?{FLEX_API}"
    );
    w.error("GET", &missing_group, None, 404).await;
    w.error(
        "GET",
        &format!("{}?{LINKER_API}", connector("c1")),
        None,
        409,
    )
    .await;
    w.assert_clean();
}

#[test]
fn the_checker_finds_what_breaks_a_definition() {
    let rule = spec::flexible::firewall_rule();
    let good = json!({"id": "x", "name": "r", "type": "t",
        "properties": {"startIpAddress": "10.0.0.1", "endIpAddress": "10.0.0.2"}});
    assert_eq!(spec::violations(&good, &rule), Vec::<String>::new());
    let bad = json!({"name": 1, "extra": true,
        "properties": {"startIpAddress": "10.0.0.256", "endIpAddress": null}});
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(
        sorted(spec::violations(&bad, &rule)),
        [
            "$.extra: not a property of the definition",
            "$.name: expected a string, got number",
            "$.properties.endIpAddress: null, but not x-nullable",
            "$.properties.endIpAddress: required, missing",
            "$.properties.startIpAddress: \"10.0.0.256\" does not match ^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$",
        ]
    );
    let linker = json!({"properties": {"publicNetworkSolution": {"firewallRules": {"ipRanges": null}},
        "authInfo": {"authType": "userAccount", "userName": null}, "clientType": "cobol"}});
    assert_eq!(
        sorted(spec::violations(&linker, &spec::linker::linker())),
        [
            "$.properties.clientType: \"cobol\" is not one of [\"none\", \"dotnet\", \"java\", \"python\", \"go\", \"php\", \"ruby\", \"django\", \"nodejs\", \"springBoot\", \"kafka-springBoot\", \"jms-springBoot\", \"dapr\"]",
            "$.properties.publicNetworkSolution.firewallRules.ipRanges: null, but not x-nullable",
        ]
    );
}
