//! The seam every compute source plugs into: [`ComputeSource`] says how a source kind names its resources and
//! connections and what `list-support-types` lists for it; the verbs that only read or change the linker
//! (`list`, `show`, `delete`, `list-configuration`, `validate`, `update`, `wait`, `list-support-types`) are
//! written once over it. A connection of any source is a linker `{source id}/providers/Microsoft.ServiceLinker/
//! linkers/{name}` ([`LinkerRef`]).
//!
//! A new source adds its [`SourceType`] (which names its ids, its `list-support-types` table and its `create`: a
//! `Source` and a `Principal` for the create flow) and implements [`ComputeSource`] for its [`SourceCli`] marker.

use super::app::{self, SourceKind};
use super::containers::names::{self, Container};
use crate::arm::web::{linker_path, linkers_path};
use crate::cli::source::{
    Aks, Containerapp, Functionapp, SourceCli, SourceCreateTarget, SourceIdArgs, SourceOnly, Webapp,
};
use crate::commands::support_types::{self, AuthTable};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// Which compute source a command is for: an App Service source (web app, function app) or a container source
/// (container app, AKS cluster).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceType {
    App(SourceKind),
    Container(Container),
}

impl SourceType {
    /// az's command group (`webapp`), also the `source` of `list-support-types`.
    pub const fn group(self) -> &'static str {
        match self {
            SourceType::App(kind) => kind.group(),
            SourceType::Container(kind) => kind.group(),
        }
    }

    /// The auth types per target az supports for this source (`list-support-types`).
    pub const fn auth(self) -> AuthTable {
        match self {
            SourceType::App(_) => support_types::APP_SERVICE_AUTH,
            SourceType::Container(Container::App) => support_types::CONTAINER_APP_AUTH,
            SourceType::Container(Container::Cluster) => support_types::AKS_AUTH,
        }
    }
}

/// A kind of compute source, as the shared verbs need it: everything follows from its [`SourceType`].
pub trait ComputeSource: SourceCli {
    const TYPE: SourceType;
    /// az's command group (`webapp`), also the `source` of `list-support-types`.
    const GROUP: &'static str = Self::TYPE.group();
    /// The auth types per target az supports for this source (`list-support-types`).
    const AUTH: AuthTable = Self::TYPE.auth();

    /// The source id a command names: `--source-id`, else `-g`/`-n` and the source's own naming options in
    /// `subscription`; az's texts for ids of another shape.
    fn source_id<N: SourceOnly>(
        args: &SourceIdArgs,
        naming: &N,
        subscription: &str,
    ) -> Result<String> {
        match Self::TYPE {
            SourceType::App(_) => Ok(app::resolve_app(args, naming.slot(), subscription)?.id()),
            SourceType::Container(kind) => names::source_id(kind, args, subscription),
        }
    }

    /// A connection `--id`: one of the source's id patterns followed by
    /// `/providers/Microsoft.ServiceLinker/linkers/{name}`, else az's `Connection id is invalid: {}`.
    fn parse_linker_id(id: &str) -> Result<LinkerRef> {
        match Self::TYPE {
            SourceType::App(_) => app::parse_linker_id(id),
            SourceType::Container(_) => names::parse_linker_id(id),
        }
    }

    /// `<source> connection create <target>`: the source's own resolve step into the shared create flow.
    fn create<'a>(
        target: &'a SourceCreateTarget<Self::Create>,
        ctx: &'a Context,
    ) -> impl Future<Output = Result<Outcome>> + 'a {
        async move {
            match Self::TYPE {
                SourceType::App(kind) => super::create::run(kind, target, ctx).await,
                SourceType::Container(kind) => super::containers::run(kind, target, ctx).await,
            }
        }
    }
}

impl ComputeSource for Webapp {
    const TYPE: SourceType = SourceType::App(SourceKind::Webapp);
}

impl ComputeSource for Functionapp {
    const TYPE: SourceType = SourceType::App(SourceKind::Functionapp);
}

impl ComputeSource for Containerapp {
    const TYPE: SourceType = SourceType::Container(Container::App);
}

impl ComputeSource for Aks {
    const TYPE: SourceType = SourceType::Container(Container::Cluster);
}

/// A connection on a source: the linker `name` on the resource `source`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkerRef {
    /// The source's resource id (a site, slot, container app or cluster).
    pub source: String,
    pub name: String,
}

impl LinkerRef {
    /// The linker's path (and id).
    pub fn path(&self) -> String {
        linker_path(&self.source, &self.name)
    }

    /// The linkers collection it is in.
    pub fn collection(&self) -> String {
        linkers_path(&self.source)
    }
}

/// The linker name at the end of a connection id, after its source id's parts:
/// `providers/Microsoft.ServiceLinker/linkers/{name}`, the name a valid one.
pub fn linker_name<'a>(rest: &[&'a str]) -> Option<&'a str> {
    let ok = rest.len() == 4
        && rest[0].eq_ignore_ascii_case("providers")
        && rest[1].eq_ignore_ascii_case("Microsoft.ServiceLinker")
        && rest[2].eq_ignore_ascii_case("linkers")
        && crate::arm::check_name("connection", rest[3]).is_ok();
    ok.then(|| rest[3])
}
