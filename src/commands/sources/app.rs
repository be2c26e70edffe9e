//! Naming a compute source and its connections the way az does: the app by `-g` + `-n` [+ `--slot`] or
//! `--source-id` (a site or `…/slots/{slot}`), a connection by `--id` or the app plus `--connection`. Pure.

use super::kind::{LinkerRef, linker_name};
use crate::cli::source::SourceIdArgs;
use crate::error::{Error, Result};

/// The compute sources of this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// `az webapp connection` (App Service web apps and their slots).
    Webapp,
    /// `az functionapp connection` (Azure Functions).
    Functionapp,
}

impl SourceKind {
    /// az's command group.
    pub const fn group(self) -> &'static str {
        match self {
            SourceKind::Webapp => "webapp",
            SourceKind::Functionapp => "functionapp",
        }
    }
}

/// az's source id pattern for App Service (web apps and function apps share it).
pub const SITE_PATTERN: &str = "/subscriptions/{subscription}/resourceGroups/{source_resource_group}/providers/Microsoft.Web/sites/{site}";

/// A web app, function app or slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceApp {
    pub subscription: String,
    pub resource_group: String,
    pub name: String,
    pub slot: Option<String>,
}

impl SourceApp {
    /// The production site's id.
    pub fn site_id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Web/sites/{}",
            self.subscription, self.resource_group, self.name
        )
    }

    /// The id the connection lives on: the site, or its slot.
    pub fn id(&self) -> String {
        match &self.slot {
            Some(s) => format!("{}/slots/{s}", self.site_id()),
            None => self.site_id(),
        }
    }
}

/// Splits an id into its `/`-separated parts; `None` when it is not a plausible resource id.
fn parts(id: &str) -> Option<Vec<&str>> {
    let rest = id.strip_prefix('/')?;
    let parts: Vec<&str> = rest.split('/').collect();
    (parts.len() >= 8 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// Reads `…/sites/{site}[/slots/{slot}]` at the start of `parts`; returns the app and how many parts it used.
fn site_of(parts: &[&str]) -> Option<(SourceApp, usize)> {
    let kw = |i: usize, k: &str| parts.get(i).is_some_and(|p| p.eq_ignore_ascii_case(k));
    if !(kw(0, "subscriptions")
        && kw(2, "resourceGroups")
        && kw(4, "providers")
        && kw(5, "Microsoft.Web")
        && kw(6, "sites")
        && parts.len() >= 8)
    {
        return None;
    }
    let name_ok = |i: usize| crate::arm::check_name("segment", parts[i]).is_ok();
    if ![1, 3, 7].into_iter().all(name_ok) {
        return None;
    }
    let (slot, used) = if kw(8, "slots") && parts.len() >= 10 && name_ok(9) {
        (Some(parts[9].to_owned()), 10)
    } else {
        (None, 8)
    };
    Some((
        SourceApp {
            subscription: parts[1].to_owned(),
            resource_group: parts[3].to_owned(),
            name: parts[7].to_owned(),
            slot,
        },
        used,
    ))
}

/// `--source-id`: az's `Resource id is invalid: {}` / `Unsupported source resource id: {}. Source id pattern
/// should be: {}`.
pub fn parse_source_id(id: &str) -> Result<SourceApp> {
    let p = parts(id).ok_or_else(|| Error::runtime(format!("Resource id is invalid: {id}")))?;
    match site_of(&p) {
        Some((app, used)) if used == p.len() => Ok(app),
        _ => Err(Error::runtime(format!(
            "Unsupported source resource id: {id}. Source id pattern should be: {SITE_PATTERN}"
        ))),
    }
}

/// A connection `--id`: a source id followed by `/providers/Microsoft.ServiceLinker/linkers/{name}`, else az's
/// `Connection id is invalid: {}`.
pub fn parse_linker_id(id: &str) -> Result<LinkerRef> {
    let invalid = || Error::runtime(format!("Connection id is invalid: {id}"));
    let p = parts(id).ok_or_else(invalid)?;
    let (app, used) = site_of(&p).ok_or_else(invalid)?;
    let name = linker_name(&p[used..]).ok_or_else(invalid)?;
    Ok(LinkerRef {
        source: app.id(),
        name: name.to_owned(),
    })
}

/// The app of a command: `--source-id` wins; else `-g` and `-n` (and `--slot`) in the current subscription.
pub fn resolve_app(
    args: &SourceIdArgs,
    slot: Option<&str>,
    subscription: &str,
) -> Result<SourceApp> {
    if let Some(id) = args.source_id.as_deref().filter(|s| !s.is_empty()) {
        return parse_source_id(id);
    }
    let group = args.resource_group.clone().filter(|s| !s.is_empty());
    let name = args.name.clone().filter(|s| !s.is_empty());
    let (Some(resource_group), Some(name)) = (group, name) else {
        return Err(Error::usage(
            "the following arguments are required: --resource-group/-g, --name/-n (or --source-id)",
        ));
    };
    let checks = [
        ("resource group", Some(&resource_group)),
        ("name", Some(&name)),
    ];
    for (what, value) in checks
        .into_iter()
        .chain([("slot", slot.map(str::to_owned).as_ref())])
    {
        if let Some(v) = value {
            crate::arm::check_name(what, v).map_err(|e| Error::runtime(e.to_string()))?;
        }
    }
    Ok(SourceApp {
        subscription: subscription.to_owned(),
        resource_group,
        name,
        slot: slot.filter(|s| !s.is_empty()).map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Web/sites/app1";

    #[test]
    fn source_ids() {
        let app = parse_source_id(SITE).expect("site");
        assert_eq!((app.name.as_str(), app.slot), ("app1", None));
        let slot = parse_source_id(&format!("{SITE}/slots/staging")).expect("slot");
        assert_eq!(slot.slot.as_deref(), Some("staging"));
        assert_eq!(slot.id(), format!("{SITE}/slots/staging"));
        let e = parse_source_id(
            "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.App/containerApps/c",
        )
        .expect_err("not a site");
        assert!(
            e.to_string()
                .starts_with("Unsupported source resource id: "),
            "{e}"
        );
        assert_eq!(
            parse_source_id("app1").expect_err("bad").to_string(),
            "Resource id is invalid: app1"
        );
    }

    #[test]
    fn linker_ids() {
        let l = parse_linker_id(&format!(
            "{SITE}/slots/staging/providers/Microsoft.ServiceLinker/linkers/c1"
        ))
        .expect("linker");
        assert_eq!(
            (l.name.as_str(), l.source.as_str()),
            ("c1", format!("{SITE}/slots/staging").as_str())
        );
        assert_eq!(
            l.path(),
            format!("{SITE}/slots/staging/providers/Microsoft.ServiceLinker/linkers/c1")
        );
        let bad = format!("{SITE}/providers/Microsoft.ServiceLinker/connectors/c1");
        assert_eq!(
            parse_linker_id(&bad).expect_err("bad").to_string(),
            format!("Connection id is invalid: {bad}")
        );
    }

    #[test]
    fn names_need_group_and_name() {
        let args = SourceIdArgs {
            resource_group: Some("rg".into()),
            name: None,
            source_id: None,
        };
        assert_eq!(
            resolve_app(&args, None, "s")
                .expect_err("no name")
                .exit_code(),
            2
        );
        let args = SourceIdArgs {
            name: Some("app1".into()),
            ..args
        };
        let app = resolve_app(&args, Some("staging"), "s").expect("app");
        assert_eq!(
            app.id(),
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app1/slots/staging"
        );
    }
}
