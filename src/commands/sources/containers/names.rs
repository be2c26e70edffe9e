//! Naming a container source and its connections the way az does: a container app
//! (`…/Microsoft.App/containerApps/{app}`) or an AKS cluster (`…/Microsoft.ContainerService/managedClusters/
//! {cluster}`) by `-g` + `-n` or `--source-id`; a connection by `--id` (any source's linker id, as az matches it
//! against every source pattern) or the source plus `--connection`. Also the Kubernetes names az adds to an AKS
//! linker's view. Pure.

use crate::commands::sources::kind::{LinkerRef, linker_name};
use crate::error::{Error, Result};
use crate::output::value::{Object, Value};

/// A container source kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// Azure Container Apps.
    App,
    /// AKS.
    Cluster,
}

impl Container {
    /// az's command group.
    pub const fn group(self) -> &'static str {
        match self {
            Container::App => "containerapp",
            Container::Cluster => "aks",
        }
    }

    /// `{namespace}/{type}` in a resource id.
    fn provider(self) -> (&'static str, &'static str) {
        match self {
            Container::App => ("Microsoft.App", "containerApps"),
            Container::Cluster => ("Microsoft.ContainerService", "managedClusters"),
        }
    }

    /// az's source id pattern.
    pub fn pattern(self) -> &'static str {
        match self {
            Container::App => {
                "/subscriptions/{subscription}/resourceGroups/{source_resource_group}/providers/Microsoft.App/containerApps/{app}"
            }
            Container::Cluster => {
                "/subscriptions/{subscription}/resourceGroups/{source_resource_group}/providers/Microsoft.ContainerService/managedClusters/{cluster}"
            }
        }
    }

    /// The resource id of `name` in `resource_group`.
    pub fn id(self, subscription: &str, resource_group: &str, name: &str) -> String {
        let (ns, ty) = self.provider();
        format!(
            "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/{ns}/{ty}/{name}"
        )
    }

    /// The length of this kind's source id at the start of `parts` (the id split at `/`), if it is one.
    fn matches(self, parts: &[&str]) -> bool {
        let (ns, ty) = self.provider();
        let kw = |i: usize, k: &str| parts.get(i).is_some_and(|p| p.eq_ignore_ascii_case(k));
        parts.len() >= 8
            && kw(0, "subscriptions")
            && kw(2, "resourceGroups")
            && kw(4, "providers")
            && kw(5, ns)
            && kw(6, ty)
            && [1, 3, 7]
                .into_iter()
                .all(|i| crate::arm::check_name("segment", parts[i]).is_ok())
    }
}

fn parts(id: &str) -> Option<Vec<&str>> {
    let rest = id.strip_prefix('/')?;
    let parts: Vec<&str> = rest.split('/').collect();
    (parts.len() >= 8 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// `--source-id`: az's `Resource id is invalid: {}` / `Unsupported source resource id: {}. Source id pattern
/// should be: {}`.
pub fn parse_source_id(kind: Container, id: &str) -> Result<String> {
    let p = parts(id).ok_or_else(|| Error::runtime(format!("Resource id is invalid: {id}")))?;
    if p.len() == 8 && kind.matches(&p) {
        return Ok(id.to_owned());
    }
    Err(Error::runtime(format!(
        "Unsupported source resource id: {id}. Source id pattern should be: {}",
        kind.pattern()
    )))
}

/// The source of a command: `--source-id` wins; else `-g` and `-n` in `subscription`.
pub fn source_id(
    kind: Container,
    args: &crate::cli::source::SourceIdArgs,
    subscription: &str,
) -> Result<String> {
    if let Some(id) = args.source_id.as_deref().filter(|s| !s.is_empty()) {
        return parse_source_id(kind, id);
    }
    let group = args.resource_group.as_deref().filter(|s| !s.is_empty());
    let name = args.name.as_deref().filter(|s| !s.is_empty());
    let (Some(group), Some(name)) = (group, name) else {
        return Err(Error::usage(
            "the following arguments are required: --resource-group/-g, --name/-n (or --source-id)",
        ));
    };
    for (what, v) in [("resource group", group), ("name", name)] {
        crate::arm::check_name(what, v).map_err(|e| Error::runtime(e.to_string()))?;
    }
    Ok(kind.id(subscription, group, name))
}

/// A connection `--id`: any compute source's id (az matches every source pattern) followed by
/// `/providers/Microsoft.ServiceLinker/linkers/{name}`, else az's `Connection id is invalid: {}`.
pub fn parse_linker_id(id: &str) -> Result<LinkerRef> {
    let invalid = || Error::runtime(format!("Connection id is invalid: {id}"));
    let p = parts(id).ok_or_else(invalid)?;
    if !(Container::App.matches(&p) || Container::Cluster.matches(&p)) {
        return crate::commands::sources::app::parse_linker_id(id)
            .map(|l| LinkerRef {
                source: l.source,
                name: l.name,
            })
            .map_err(|_| invalid());
    }
    let name = linker_name(&p[8..]).ok_or_else(invalid)?;
    Ok(LinkerRef {
        source: format!("/{}", p[..8].join("/")),
        name: name.to_owned(),
    })
}

/// The Kubernetes secret an AKS connection's configuration is saved in: `sc-<name without non-alphanumerics>-secret`.
pub fn kubernetes_secret(connection: &str) -> String {
    let n: String = connection
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!("sc-{n}-secret")
}

/// az's view of an AKS linker (`transform_linker_properties`): `kubernetesResourceName` with the secret, and the
/// service account of a user-assigned (workload) identity. Other sources' views are unchanged.
pub fn with_kubernetes_names(mut view: Value, wire: &serde_json::Value) -> Value {
    let id = wire["id"].as_str().unwrap_or_default();
    let on_cluster = parts(id).is_some_and(|p| Container::Cluster.matches(&p));
    let Value::Object(o) = &mut view else {
        return view;
    };
    if !on_cluster {
        return view;
    }
    let name = wire["name"].as_str().unwrap_or_default();
    let mut names = indexmap::IndexMap::new();
    names.insert("secret".to_owned(), Value::String(kubernetes_secret(name)));
    let auth = &wire["properties"]["authInfo"];
    if auth["authType"] == "userAssignedIdentity"
        && let Some(client) = auth["clientId"].as_str()
    {
        names.insert(
            "serviceAccount".to_owned(),
            Value::String(format!("sc-account-{client}")),
        );
    }
    o.map.insert(
        "kubernetesResourceName".to_owned(),
        Value::Object(Object {
            map: names,
            ordered: false,
        }),
    );
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPP: &str =
        "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.App/containerApps/capp1";
    const AKS: &str = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1";

    #[test]
    fn source_ids_of_each_kind() {
        assert_eq!(parse_source_id(Container::App, CAPP).expect("app"), CAPP);
        assert_eq!(parse_source_id(Container::Cluster, AKS).expect("aks"), AKS);
        let e = parse_source_id(Container::App, AKS).expect_err("not an app");
        assert_eq!(
            e.to_string(),
            format!(
                "Unsupported source resource id: {AKS}. Source id pattern should be: {}",
                Container::App.pattern()
            )
        );
        assert_eq!(
            parse_source_id(Container::Cluster, "aks1")
                .expect_err("bad")
                .to_string(),
            "Resource id is invalid: aks1"
        );
    }

    #[test]
    fn linker_ids_of_any_source() {
        let l = parse_linker_id(&format!(
            "{AKS}/providers/Microsoft.ServiceLinker/linkers/k1"
        ))
        .expect("aks");
        assert_eq!((l.source.as_str(), l.name.as_str()), (AKS, "k1"));
        let site = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Web/sites/app1";
        let l = parse_linker_id(&format!(
            "{site}/providers/Microsoft.ServiceLinker/linkers/w1"
        ))
        .expect("site");
        assert_eq!(l.source, site);
        let bad = format!("{CAPP}/providers/Microsoft.ServiceLinker/connectors/c1");
        assert_eq!(
            parse_linker_id(&bad).expect_err("bad").to_string(),
            format!("Connection id is invalid: {bad}")
        );
    }

    #[test]
    fn kubernetes_names_only_on_clusters() {
        let wire = serde_json::json!({"id": format!("{AKS}/providers/Microsoft.ServiceLinker/linkers/my_conn.1"),
            "name": "my_conn.1", "properties": {"authInfo": {"authType": "userAssignedIdentity", "clientId": "c1"}}});
        let view = with_kubernetes_names(Value::Object(Object::default()), &wire);
        let Value::Object(o) = view else {
            panic!("object")
        };
        let Some(Value::Object(k)) = o.map.get("kubernetesResourceName") else {
            panic!("names")
        };
        assert_eq!(
            k.map.get("secret"),
            Some(&Value::String("sc-myconn1-secret".into()))
        );
        assert_eq!(
            k.map.get("serviceAccount"),
            Some(&Value::String("sc-account-c1".into()))
        );
        let on_app = serde_json::json!({"id": format!("{CAPP}/providers/Microsoft.ServiceLinker/linkers/c")});
        assert_eq!(
            with_kubernetes_names(Value::Object(Object::default()), &on_app),
            Value::Object(Object::default())
        );
    }
}
