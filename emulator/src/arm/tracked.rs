//! A tracked resource in a group that the world keeps by lower-cased id (a container app, a managed cluster): its
//! `GET`, the lists of a group or subscription, ARM's resource-list view, and the lookup by an id a caller spelled.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::errors::{arm_not_found, no_route};
use super::{Ctx, Scope};
use crate::app::App;
use crate::http::Resp;
use crate::ids::resource_id;
use crate::state::{ResourceGroup, World};

/// What the shared routes need to know of a kind of tracked resource.
pub trait Tracked: Clone {
    /// ARM's resource type as the resource list and not-found errors spell it.
    const TYPE: &'static str;
    /// The world's resources of this kind, by lower-cased id.
    const ALL: fn(&World) -> &BTreeMap<String, Self>;

    /// The resource as `GET` answers it.
    fn body(&self, app: &App) -> Value;

    /// Its subscription, group, name and location.
    fn place(&self) -> [&str; 4];

    /// Its id, as the RP spells it.
    fn id(&self) -> String {
        let [sub, rg, name, _] = self.place();
        resource_id(sub, rg, Self::TYPE, name)
    }

    /// The world key: the lower-cased id.
    fn key(&self) -> String {
        self.id().to_ascii_lowercase()
    }
}

/// The resource `name` of `g`, or ARM's 404.
pub fn one<T: Tracked>(ctx: &Ctx<'_>, g: &ResourceGroup, name: &str) -> Result<T, Resp> {
    let key = format!(
        "/subscriptions/{}/resourcegroups/{}/providers/{}/{name}",
        g.sub,
        g.name,
        T::TYPE
    )
    .to_ascii_lowercase();
    (T::ALL)(&ctx.app.world())
        .get(&key)
        .cloned()
        .ok_or_else(|| arm_not_found(T::TYPE, name, &g.name))
}

/// `GET` of the list of a subscription or a group.
pub fn list<T: Tracked>(ctx: &Ctx<'_>, scope: &Scope) -> Resp {
    let (sub, rg) = match scope {
        Scope::Subscription(sub) => (sub.as_str(), None),
        Scope::Group(g) => (g.sub.as_str(), Some(g.name.as_str())),
        _ => return no_route(ctx.req),
    };
    let found: Vec<T> = (T::ALL)(&ctx.app.world())
        .values()
        .filter(|r| {
            let [s, g, ..] = r.place();
            s.eq_ignore_ascii_case(sub) && rg.is_none_or(|rg| g.eq_ignore_ascii_case(rg))
        })
        .cloned()
        .collect();
    let value: Vec<Value> = found.iter().map(|r| r.body(ctx.app)).collect();
    Resp::json(200, &json!({ "value": value }))
}

/// The resources as ARM's resource list shows them.
pub fn generic_resources<T: Tracked>(app: &App) -> Vec<Value> {
    (T::ALL)(&app.world())
        .values()
        .map(|r| {
            let [_, _, name, location] = r.place();
            json!({"id": r.id(), "name": name, "type": T::TYPE, "location": location, "tags": {}})
        })
        .collect()
}

/// The id (as the RP spells it) and location of a resource in the world, by an id a caller spelled.
pub fn known<T: Tracked>(app: &App, id: &str) -> Option<(String, String)> {
    (T::ALL)(&app.world())
        .get(&id.to_ascii_lowercase())
        .map(|r| (r.id(), r.place()[3].to_owned()))
}
