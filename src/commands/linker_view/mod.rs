//! How az shows a ServiceLinker connector (and its validate / generate-configuration results): the wire JSON
//! is read into the shape of azure-mgmt-servicelinker's models and turned back into a dict the way az does.
//!
//! Two flavours exist, and which one a verb uses is part of az's observable output:
//! - [`Flavor::Sdk`] — azure-cli-core's `todict`: every model attribute in `__init__` order, `null` for unset
//!   ones, unknown wire keys merged in at the end. `list`, `generate-configuration`, `preview-configuration`
//!   and **`create`** (the extension registers create without a transform: docs/create.md) print this.
//! - [`Flavor::Knack`] — knack's `todict`, which `transform_local_linker_properties` (`show`, `update`) and
//!   `transform_validation_result` (`validate`) use: the same, but every model object also carries
//!   `"additionalProperties": {}` as its first key (az-output.md §13).
//!
//! Timestamps (`iso-8601` attributes) are re-serialised like Python's `datetime.isoformat()`. The global
//! `resourceGroup` transform is not applied here (the output engine does it for every command).

mod models;
#[cfg(test)]
mod tests;

use indexmap::IndexMap;

use crate::output::python::isoformat;
use crate::output::value::{Object, Value};
use models::{
    CONFIGURATION_NAME_ITEM, CONFIGURATION_RESULT, LINKER_RESOURCE, VALIDATE_OPERATION_RESULT,
};

/// Which `todict` az runs over the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// azure-cli-core `todict` (no `additionalProperties` key; unknown keys merged at the end).
    Sdk,
    /// knack `todict` (`additionalProperties` first in every model object).
    Knack,
}

/// The type of one model attribute.
#[derive(Clone, Copy)]
enum Kind {
    /// A string, enum, bool or dict of strings: copied as it is.
    Plain,
    /// `iso-8601`: re-serialised like `datetime.isoformat()`.
    Time,
    /// A nested model.
    Model(&'static Model),
    /// A list of nested models.
    List(&'static Model),
}

/// One attribute: the name `todict` gives it, where it sits on the wire (`properties.x` = flattened), its type.
struct Field {
    out: &'static str,
    wire: &'static str,
    kind: Kind,
}

/// A model: its attributes in `__init__` order, or a polymorphic base with its discriminator.
struct Model {
    fields: &'static [Field],
    /// `(wire discriminator key, [(value, sub-model)])`; the base's own fields apply for unknown values.
    subtypes: Option<(&'static str, &'static [(&'static str, &'static Model)])>,
}

const fn f(out: &'static str, wire: &'static str, kind: Kind) -> Field {
    Field { out, wire, kind }
}

const fn plain(out: &'static str) -> Field {
    f(out, out, Kind::Plain)
}

const fn model(fields: &'static [Field]) -> Model {
    Model {
        fields,
        subtypes: None,
    }
}

fn lookup<'a>(wire: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.').try_fold(wire, |v, k| v.get(k))
}

fn object(map: IndexMap<String, Value>) -> Value {
    Value::Object(Object {
        map,
        ordered: false,
    })
}

fn convert(wire: &serde_json::Value, m: &'static Model, flavor: Flavor) -> Value {
    let serde_json::Value::Object(obj) = wire else {
        // Not an object where a model is expected: keep what ARM sent.
        return Value::from_json(wire);
    };
    let mut m = m;
    if let Some((key, subs)) = m.subtypes
        && let Some(tag) = obj.get(key).and_then(serde_json::Value::as_str)
        && let Some((_, sub)) = subs.iter().find(|(name, _)| *name == tag)
    {
        m = sub;
    }
    let mut out = IndexMap::new();
    // Wire keys the model does not know end up in `additional_properties` (only top-level keys count; a
    // flattened `properties.x` makes `properties` known).
    let extras: IndexMap<String, Value> = obj
        .iter()
        .filter(|(k, _)| {
            !m.fields
                .iter()
                .any(|fl| fl.wire.split('.').next() == Some(k.as_str()))
        })
        .map(|(k, v)| (k.clone(), Value::from_json(v)))
        .collect();
    if flavor == Flavor::Knack {
        out.insert("additionalProperties".to_owned(), object(extras.clone()));
    }
    for fl in m.fields {
        let v = match lookup(wire, fl.wire) {
            None | Some(serde_json::Value::Null) => Value::Null,
            Some(v) => match fl.kind {
                Kind::Plain => Value::from_json(v),
                Kind::Time => match v.as_str().and_then(isoformat) {
                    Some(s) => Value::String(s),
                    None => Value::from_json(v),
                },
                Kind::Model(sub) => convert(v, sub, flavor),
                Kind::List(sub) => match v {
                    serde_json::Value::Array(items) => {
                        Value::Array(items.iter().map(|i| convert(i, sub, flavor)).collect())
                    }
                    other => Value::from_json(other),
                },
            },
        };
        out.insert(fl.out.to_owned(), v);
    }
    if flavor == Flavor::Sdk {
        for (k, v) in extras {
            out.insert(k, v);
        }
    }
    object(out)
}

/// A connector (`LinkerResource`) as az prints it.
pub fn connector(wire: &serde_json::Value, flavor: Flavor) -> Value {
    convert(wire, &LINKER_RESOURCE, flavor)
}

/// `generateConfigurations`' body (`ConfigurationResult`) as az prints it.
pub fn configurations(wire: &serde_json::Value) -> Value {
    convert(wire, &CONFIGURATION_RESULT, Flavor::Sdk)
}

/// A `configurationNames` item (`ConfigurationNameItem`) as `preview-configuration` prints it. The spec wraps
/// the item's fields in `properties` (the SDK flattens them); an item with the fields at the top level instead
/// (no `properties`, but a `targetService`) is read as if it were wrapped, so both print the same.
pub fn configuration_name_item(wire: &serde_json::Value) -> Value {
    if wire.get("properties").is_none() && wire.get("targetService").is_some() {
        let wrapped = serde_json::json!({ "properties": wire });
        return convert(&wrapped, &CONFIGURATION_NAME_ITEM, Flavor::Sdk);
    }
    convert(wire, &CONFIGURATION_NAME_ITEM, Flavor::Sdk)
}

/// `transform_local_linker_properties`: the knack view of the connector plus `configurations` (the list from
/// `generate-configuration`, when that call succeeded).
pub fn connector_with_configurations(
    wire: &serde_json::Value,
    generated: Option<&serde_json::Value>,
) -> Value {
    let mut view = connector(wire, Flavor::Knack);
    if let (Value::Object(o), Some(g)) = (&mut view, generated) {
        let list = match configurations(g) {
            Value::Object(mut c) => c.map.shift_remove("configurations").unwrap_or(Value::Null),
            _ => Value::Null,
        };
        o.map.insert("configurations".to_owned(), list);
    }
    view
}

/// `transform_validation_result`: `validationDetail` when it is non-empty, else the whole (knack) result.
pub fn validation(wire: &serde_json::Value) -> Value {
    let view = convert(wire, &VALIDATE_OPERATION_RESULT, Flavor::Knack);
    if let Value::Object(o) = &view
        && let Some(detail @ Value::Array(items)) = o.map.get("validationDetail")
        && !items.is_empty()
    {
        return detail.clone();
    }
    view
}
