//! The file as the parser reads it: shapes only, every value with its place; `entries` checks their meaning.
//! A missing optional key (`Option`) is `None`.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawFile {
    pub(super) version: Spanned<u32>,
    pub(super) servers: Spanned<Vec<RawServer>>,
    #[serde(default)]
    pub(super) profiles: BTreeMap<String, Spanned<RawProfile>>,
    #[serde(default)]
    pub(super) grants: Vec<Spanned<RawGrant>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawServer {
    pub(super) server: Option<Spanned<String>>,
    pub(super) id: Option<Spanned<String>>,
    pub(super) resource_group: Option<Spanned<String>>,
    pub(super) subscription: Option<Spanned<String>>,
    pub(super) databases: Spanned<Vec<Spanned<String>>>,
}

/// Every class optional: a missing one grants nothing.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawProfile {
    pub(super) database: Vec<String>,
    pub(super) schemas: Vec<String>,
    pub(super) tables: Vec<String>,
    pub(super) sequences: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawPrincipal {
    pub(super) user: Option<String>,
    pub(super) group: Option<String>,
    pub(super) service_principal: Option<String>,
    pub(super) managed_identity: Option<String>,
    pub(super) app: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawGrant {
    pub(super) principal: Spanned<RawPrincipal>,
    pub(super) servers: Option<Vec<Spanned<String>>>,
    pub(super) databases: Option<Vec<Spanned<String>>>,
    pub(super) profile: Spanned<String>,
    pub(super) role: Option<Spanned<String>>,
    pub(super) schemas: Option<Vec<Spanned<String>>>,
}
