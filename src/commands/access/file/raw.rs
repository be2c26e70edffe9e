//! The file as the parser reads it: shapes only, every value with its place; `entries` checks their meaning.

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
    #[serde(default)]
    pub(super) server: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) id: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) resource_group: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) subscription: Option<Spanned<String>>,
    pub(super) databases: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawProfile {
    #[serde(default)]
    pub(super) database: Vec<String>,
    #[serde(default)]
    pub(super) schemas: Vec<String>,
    #[serde(default)]
    pub(super) tables: Vec<String>,
    #[serde(default)]
    pub(super) sequences: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawPrincipal {
    #[serde(default)]
    pub(super) user: Option<String>,
    #[serde(default)]
    pub(super) group: Option<String>,
    #[serde(default)]
    pub(super) service_principal: Option<String>,
    #[serde(default)]
    pub(super) managed_identity: Option<String>,
    #[serde(default)]
    pub(super) app: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawGrant {
    pub(super) principal: Spanned<RawPrincipal>,
    #[serde(default)]
    pub(super) servers: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(super) databases: Option<Vec<Spanned<String>>>,
    pub(super) profile: Spanned<String>,
    #[serde(default)]
    pub(super) role: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) schemas: Option<Vec<Spanned<String>>>,
}
