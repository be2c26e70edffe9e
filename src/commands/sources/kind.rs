//! The seam every compute source plugs into: [`ComputeSource`] says how a source kind names its resources and
//! connections and what `list-support-types` lists for it; the verbs that only read or change the linker
//! (`list`, `show`, `delete`, `list-configuration`, `validate`, `update`, `wait`, `list-support-types`) are
//! written once over it. A connection of any source is a linker `{source id}/providers/Microsoft.ServiceLinker/
//! linkers/{name}` ([`LinkerRef`]).
//!
//! A new source (Container Apps, AKS) implements [`ComputeSource`] for its [`SourceCli`] marker, and adds its
//! arm in `sources::run_<group>`; its `create` is its own (a `Source` and a `Principal` for the create flow).

use super::app::{self, SourceKind};
use crate::arm::web::{linker_path, linkers_path};
use crate::cli::source::{
    Functionapp, SourceCli, SourceCreateTarget, SourceIdArgs, SourceOnly, Webapp,
};
use crate::commands::support_types::{self, AuthTable};
use crate::commands::{Context, Outcome};
use crate::error::Result;

/// A kind of compute source, as the shared verbs need it.
pub trait ComputeSource: SourceCli {
    /// az's command group (`webapp`), also the `source` of `list-support-types`.
    const GROUP: &'static str;
    /// The auth types per target az supports for this source (`list-support-types`).
    const AUTH: AuthTable;

    /// The source id a command names: `--source-id`, else `-g`/`-n` and the source's own naming options in
    /// `subscription`; az's texts for ids of another shape.
    fn source_id<N: SourceOnly>(
        args: &SourceIdArgs,
        naming: &N,
        subscription: &str,
    ) -> Result<String>;

    /// A connection `--id`: one of the source's id patterns followed by
    /// `/providers/Microsoft.ServiceLinker/linkers/{name}`, else az's `Connection id is invalid: {}`.
    fn parse_linker_id(id: &str) -> Result<LinkerRef>;

    /// `<source> connection create <target>`: the source's own resolve step into the shared create flow.
    fn create<'a>(
        target: &'a SourceCreateTarget<Self::Create>,
        ctx: &'a Context,
    ) -> impl Future<Output = Result<Outcome>> + 'a;
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

/// The App Service sources — web apps and function apps — share one implementation, told apart by their kind.
pub trait AppService: SourceCli {
    const KIND: SourceKind;
}

impl AppService for Webapp {
    const KIND: SourceKind = SourceKind::Webapp;
}

impl AppService for Functionapp {
    const KIND: SourceKind = SourceKind::Functionapp;
}

impl<T: AppService> ComputeSource for T {
    const GROUP: &'static str = T::KIND.group();
    const AUTH: AuthTable = support_types::APP_SERVICE_AUTH;

    fn source_id<N: SourceOnly>(
        args: &SourceIdArgs,
        naming: &N,
        subscription: &str,
    ) -> Result<String> {
        Ok(app::resolve_app(args, naming.slot(), subscription)?.id())
    }

    fn parse_linker_id(id: &str) -> Result<LinkerRef> {
        app::parse_linker_id(id)
    }

    fn create<'a>(
        target: &'a SourceCreateTarget<Self::Create>,
        ctx: &'a Context,
    ) -> impl Future<Output = Result<Outcome>> + 'a {
        super::create::run(T::KIND, target, ctx)
    }
}
