//! Sample JSON values for the component schemas of an OpenAPI spec, built
//! from the spec itself (not from the generated Rust types), so that tests
//! can check that "the type generated for schema X" accepts what the spec
//! allows and writes it back unchanged.
//!
//! The sampler reads the spec as a `serde_json::Value` (see [`load_spec`])
//! and understands the subset of OpenAPI 3.0 that authentik's
//! drf-spectacular output uses:
//!
//! - `$ref` to `#/components/schemas/X` (or any JSON pointer of the document);
//! - `allOf` (one member, with sibling `nullable`/`default`/`readOnly`;
//!   several members are merged; members of annotations only are skipped);
//! - `anyOf`/`oneOf` without a discriminator: the first member that allows
//!   more than `null`;
//! - `oneOf` with a `discriminator`: the member named by a mapping entry is
//!   sampled and the tag property is set to the mapping key (`component`,
//!   `provider_model`, ...), even when the member has no such property;
//! - objects with `properties`, sampled in one of three [`Mode`]s: every
//!   property present and non-null, every property present with the
//!   nullable ones `null`, or only the required properties;
//! - arrays (one item), maps via `additionalProperties` (two keys, or one in
//!   the `null`s and required-only modes; objects that have both
//!   `properties` and `additionalProperties` get one extra key, except in
//!   the required-only mode);
//! - untyped schemas (`{}`, `additionalProperties: {}`): a nested free-form
//!   value, [`free_form`]; in [`Mode::Nulls`] they are `null`, which they
//!   also allow;
//! - enums: successive uses of the same enum take successive values, and
//!   [`Sampler::samples`] adds samples until every value of every enum (and
//!   every mapping entry of every nested union) met in the schema has
//!   appeared; a component enum gets one sample per value;
//! - scalars: strings `"string"`, or by `format`: `uuid`
//!   `"3fa85f64-5717-4562-b3fc-2c963f66afa6"`, `date-time` in a form per
//!   mode ([`DATE_TIMES`]: a `+02:00` offset, `Z` with six fraction digits,
//!   `+00:00` without fraction), `date` `"2024-09-27"`; integers at the
//!   top of their range ([`Mode::Full`]), at the bottom ([`Mode::Nulls`]) or
//!   1 clamped into it ([`Mode::Required`]) — the range being
//!   `minimum`/`maximum`, else that of `int32` or of `int64`; numbers the
//!   integer `3`, `1.5` and `2.0` by mode (clamped); booleans `true`
//!   ([`Mode::Full`]) or `false`. The forms are ones a lossy type would
//!   write back differently (`3.0`, `Z`, other fraction digits).
//!
//! Nesting is bounded: below [`MAX_DEPTH`] arrays and maps are empty,
//! optional properties are left out and required nullable ones are `null`.
//!
//! Everything is deterministic: [`Sampler::samples`] starts every enum and
//! union cursor afresh, so the samples of a schema do not depend on what
//! was sampled before.

use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::path::Path;

/// Nesting depth below which arrays and maps are empty and optional
/// properties are left out.
pub const MAX_DEPTH: usize = 6;

/// Hard limit on nesting, to stop on a cycle of required properties.
const HARD_DEPTH: usize = 32;

/// At most this many extra samples to cycle enum values.
const MAX_EXTRA_SAMPLES: usize = 400;

/// The keys samples give the entries of maps (`additionalProperties`).
pub const MAP_KEYS: [&str; 3] = ["key1", "key2", "extra_property"];

pub const UUID: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
/// The date-time of [`Mode::Full`] samples.
pub const DATE_TIME: &str = DATE_TIMES[0];
/// Date-times of [`Mode::Full`], [`Mode::Nulls`] and [`Mode::Required`]
/// samples.
pub const DATE_TIMES: [&str; 3] = [
    "2024-09-27T14:26:18.315+02:00",
    "2024-09-27T14:26:18.315000Z",
    "2024-09-27T14:26:18+00:00",
];
pub const DATE: &str = "2024-09-27";

/// Read a YAML (or JSON) spec into a `serde_json::Value`.
pub fn load_spec(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The nested free-form value used for untyped schemas.
pub fn free_form() -> Value {
    json!({"k": [1, "two", null, {"deep": [true, 2.5]}]})
}

/// How objects are filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Every property present, with a non-null value.
    Full,
    /// Every property present; the nullable (and untyped) ones `null`.
    Nulls,
    /// Only the required properties, with non-null values.
    Required,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Full, Mode::Nulls, Mode::Required];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Full => "full",
            Mode::Nulls => "nulls",
            Mode::Required => "required",
        }
    }
}

/// One sample of a component schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub mode: Mode,
    /// What else tells this sample apart: the union mapping key, the enum
    /// value, or the number of an extra enum-cycling sample.
    pub label: String,
    pub value: Value,
}

impl Sample {
    /// `mode` or `mode/label`.
    pub fn describe(&self) -> String {
        if self.label.is_empty() {
            self.mode.name().to_owned()
        } else {
            format!("{}/{}", self.mode.name(), self.label)
        }
    }
}

/// Builds samples from the `components.schemas` of a spec.
pub struct Sampler<'a> {
    spec: &'a Value,
    schemas: &'a Map<String, Value>,
    /// How often each enum or union (keyed by the address of its schema in
    /// the spec) has been used since the last reset, and how many values it
    /// has.
    cursors: HashMap<usize, (usize, usize)>,
}

impl<'a> Sampler<'a> {
    /// A sampler of `spec`, a whole OpenAPI document.
    pub fn new(spec: &'a Value) -> Self {
        let schemas = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .expect("spec has components.schemas");
        Self {
            spec,
            schemas,
            cursors: HashMap::new(),
        }
    }

    /// The component schema names, in spec order.
    pub fn schema_names(&self) -> Vec<&'a str> {
        self.schemas.keys().map(String::as_str).collect()
    }

    /// The component schema `name`.
    pub fn schema(&self, name: &str) -> Option<&'a Value> {
        self.schemas.get(name)
    }

    /// Every sample of component schema `name` (empty when there is no such
    /// schema), without duplicates.
    pub fn samples(&mut self, name: &str) -> Vec<Sample> {
        let Some(schema) = self.schemas.get(name) else {
            return Vec::new();
        };
        self.cursors.clear();
        let mut out: Vec<Sample> = Vec::new();
        let push = |out: &mut Vec<Sample>, mode: Mode, label: String, value: Value| {
            if !out.iter().any(|s| s.value == value) {
                out.push(Sample { mode, label, value });
            }
        };

        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            for v in values {
                push(&mut out, Mode::Full, format!("{v}"), v.clone());
            }
            if is_nullable(schema) {
                push(&mut out, Mode::Nulls, "null".into(), Value::Null);
            }
            return out;
        }

        let union = discriminator(schema);
        if let Some((tag, mapping)) = &union {
            for (key, target) in mapping {
                let member = self.resolve_ref(target);
                for mode in Mode::ALL {
                    let mut value = self.value(member, mode, 1);
                    set_tag(&mut value, tag, key);
                    push(&mut out, mode, key.clone(), value);
                }
            }
        } else {
            for mode in Mode::ALL {
                let value = self.value(schema, mode, 0);
                push(&mut out, mode, String::new(), value);
            }
        }

        // Cycle the enums and nested unions met so far until each has shown
        // every value. Every full sample of an object uses each of them at
        // least once; a union's samples go through its members in turn.
        let mut extra = 0;
        while extra < MAX_EXTRA_SAMPLES && self.cursors.values().any(|(used, len)| used < len) {
            extra += 1;
            let value = match &union {
                Some((tag, mapping)) => {
                    let (key, target) = &mapping[extra % mapping.len()];
                    let member = self.resolve_ref(target);
                    let mut value = self.value(member, Mode::Full, 1);
                    set_tag(&mut value, tag, key);
                    value
                }
                None => self.value(schema, Mode::Full, 0),
            };
            push(&mut out, Mode::Full, format!("#{extra}"), value);
        }
        out
    }

    /// A sample of `schema` (any schema object of the spec) in `mode`, at
    /// nesting `depth`.
    pub fn value(&mut self, schema: &'a Value, mode: Mode, depth: usize) -> Value {
        assert!(
            depth <= HARD_DEPTH,
            "schema nesting deeper than {HARD_DEPTH}: a cycle?"
        );
        let schema = self.deref(schema);

        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            // Members that only annotate (`{nullable: true}`) say nothing
            // about the value.
            let members: Vec<&'a Value> = match members
                .iter()
                .filter(|m| !is_annotation(m))
                .collect::<Vec<_>>()
            {
                substantive if substantive.is_empty() => members.iter().collect(),
                substantive => substantive,
            };
            return match members.as_slice() {
                [one] => self.value(one, mode, depth),
                _ => {
                    let mut merged = Map::new();
                    for m in members {
                        if let Value::Object(map) = self.value(m, mode, depth) {
                            merged.extend(map);
                        }
                    }
                    Value::Object(merged)
                }
            };
        }

        if let Some((tag, mapping)) = discriminator(schema) {
            let i = self.next(schema, mapping.len());
            let (key, target) = &mapping[i];
            let member = self.resolve_ref(target);
            let mut value = self.value(member, mode, depth + 1);
            set_tag(&mut value, &tag, key);
            return value;
        }
        if let Some(members) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            // The first member that allows more than `null`.
            let first = members
                .iter()
                .find(|m| !is_null_only(self.deref(m)))
                .or(members.first());
            if let Some(first) = first {
                return self.value(first, mode, depth);
            }
        }

        // An empty enum (Nautobot's) allows nothing: sampled by its type.
        if let Some(values) = schema
            .get("enum")
            .and_then(Value::as_array)
            .filter(|v| !v.is_empty())
        {
            let i = self.next(schema, values.len());
            return values[i].clone();
        }

        match schema_type(schema) {
            Some("object") => self.object(schema, mode, depth),
            Some("array") => {
                if depth >= MAX_DEPTH {
                    return json!([]);
                }
                let items = schema.get("items").unwrap_or(&Value::Null);
                let item = self.property(items, mode, depth + 1);
                json!([item])
            }
            Some("string") => string(schema, mode),
            Some("integer") => integer(schema, mode),
            Some("number") => number(schema, mode),
            Some("boolean") => Value::Bool(mode == Mode::Full),
            _ => free_form(),
        }
    }

    /// A value for a property, array item or map value: `null` when the
    /// mode asks for it and the schema allows it.
    fn property(&mut self, schema: &'a Value, mode: Mode, depth: usize) -> Value {
        if mode == Mode::Nulls && self.accepts_null(schema) {
            Value::Null
        } else {
            self.value(schema, mode, depth)
        }
    }

    fn object(&mut self, schema: &'a Value, mode: Mode, depth: usize) -> Value {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let deep = depth >= MAX_DEPTH;
        let mut out = Map::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, prop) in properties.into_iter().flatten() {
            let is_required = required.contains(&name.as_str());
            if !is_required && (mode == Mode::Required || deep) {
                continue;
            }
            let value = if deep && self.accepts_null(prop) {
                Value::Null
            } else {
                self.property(prop, mode, depth + 1)
            };
            out.insert(name.clone(), value);
        }

        let additional = match schema.get("additionalProperties") {
            Some(Value::Bool(true)) => Some(&EMPTY_SCHEMA),
            Some(v @ Value::Object(_)) => Some(v),
            _ => None,
        };
        if let (Some(additional), false) = (additional, deep) {
            let keys: &[&str] = match (properties.is_some(), mode) {
                (true, Mode::Required) => &[],
                (true, _) => &MAP_KEYS[2..],
                (false, Mode::Full) => &MAP_KEYS[..2],
                (false, _) => &MAP_KEYS[..1],
            };
            for key in keys {
                let value = self.property(additional, mode, depth + 1);
                out.insert((*key).to_owned(), value);
            }
        }
        Value::Object(out)
    }

    /// Whether `null` is a valid value: `nullable: true` on the schema (or on
    /// the component it refers to), or an untyped schema.
    fn accepts_null(&self, schema: &'a Value) -> bool {
        if is_nullable(schema) {
            return true;
        }
        let target = self.deref(schema);
        if is_nullable(target) {
            return true;
        }
        if let Some(members) = target.get("allOf").and_then(Value::as_array) {
            // `allOf: [{$ref: T}, {nullable: true}]` (OpenAI): nullable.
            if members.len() > 1 && members.iter().any(is_null_only) {
                return true;
            }
            if let [one] = members.as_slice() {
                return self.accepts_null(one);
            }
        }
        let alternatives = target.get("anyOf").or_else(|| target.get("oneOf"));
        if let Some(members) = alternatives.and_then(Value::as_array) {
            if members.iter().any(|m| is_null_only(self.deref(m))) {
                return true;
            }
        }
        schema_type(target).is_none()
            && target.get("enum").is_none()
            && target.get("oneOf").is_none()
            && target.get("anyOf").is_none()
            && target.get("allOf").is_none()
    }

    /// Follow `$ref`s.
    fn deref(&self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..HARD_DEPTH {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => schema = self.resolve_ref(r),
                None => return schema,
            }
        }
        panic!("$ref chain longer than {HARD_DEPTH}")
    }

    fn resolve_ref(&self, reference: &str) -> &'a Value {
        if let Some(found) = reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| self.schemas.get(name))
        {
            return found;
        }
        // Any other JSON pointer into the document, through the `$ref`s
        // on its way (PagerDuty's `.../allOf/0/properties/...`).
        reference
            .strip_prefix('#')
            .and_then(|pointer| self.pointer(pointer))
            .unwrap_or_else(|| panic!("dangling $ref {reference}"))
    }

    /// The value at a JSON pointer, following a `$ref` where the pointer
    /// goes on inside its target.
    fn pointer(&self, pointer: &str) -> Option<&'a Value> {
        let mut at: &'a Value = self.spec;
        for segment in pointer.split('/').skip(1) {
            let key = segment.replace("~1", "/").replace("~0", "~");
            let step = |value: &'a Value| match value {
                Value::Object(map) => map.get(&key),
                Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            at = match step(at) {
                Some(next) => next,
                None => step(self.deref(at))?,
            };
        }
        Some(at)
    }

    /// The next position of the enum or union `schema` with `len` values.
    fn next(&mut self, schema: &Value, len: usize) -> usize {
        let key = schema as *const Value as usize;
        let cursor = self.cursors.entry(key).or_insert((0, len));
        let i = cursor.0 % len;
        cursor.0 += 1;
        i
    }
}

/// An untyped schema, for `additionalProperties: true`.
static EMPTY_SCHEMA: Value = Value::Null;

/// A schema of annotations only (`nullable`, `description`, ...).
fn is_annotation(schema: &Value) -> bool {
    const ANNOTATIONS: [&str; 8] = [
        "nullable",
        "description",
        "title",
        "readOnly",
        "writeOnly",
        "default",
        "example",
        "deprecated",
    ];
    schema
        .as_object()
        .is_some_and(|m| m.keys().all(|k| ANNOTATIONS.contains(&k.as_str())))
}

/// A schema that allows only `null` (`{enum: [null]}`, `{type: "null"}`,
/// `{nullable: true}`).
fn is_null_only(schema: &Value) -> bool {
    let only_null_enum = schema
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|v| !v.is_empty() && v.iter().all(Value::is_null));
    only_null_enum
        || schema.get("type").and_then(Value::as_str) == Some("null")
        || (is_annotation(schema) && schema.get("nullable") == Some(&Value::Bool(true)))
}

fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
}

/// `type`, or `object` when there are `properties`/`additionalProperties`.
fn schema_type(schema: &Value) -> Option<&str> {
    match schema.get("type").and_then(Value::as_str) {
        Some(t) => Some(t),
        None if schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some() =>
        {
            Some("object")
        }
        None => None,
    }
}

/// The tag property and the `(mapping key, $ref)` pairs of a discriminated
/// `oneOf`, in spec order. Without a mapping, the member names are the keys.
fn discriminator(schema: &Value) -> Option<(String, Vec<(String, String)>)> {
    let members = schema.get("oneOf")?.as_array()?;
    let discriminator = schema.get("discriminator")?;
    let tag = discriminator.get("propertyName")?.as_str()?.to_owned();
    let mapping: Vec<(String, String)> =
        match discriminator.get("mapping").and_then(Value::as_object) {
            Some(mapping) => mapping
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect(),
            None => members
                .iter()
                .filter_map(|m| m.get("$ref")?.as_str())
                .map(|r| (r.rsplit('/').next().unwrap().to_owned(), r.to_owned()))
                .collect(),
        };
    (!mapping.is_empty()).then_some((tag, mapping))
}

fn set_tag(value: &mut Value, tag: &str, key: &str) {
    if let Value::Object(map) = value {
        map.insert(tag.to_owned(), Value::String(key.to_owned()));
    }
}

fn string(schema: &Value, mode: Mode) -> Value {
    let s = match schema.get("format").and_then(Value::as_str) {
        Some("uuid") => UUID,
        Some("date-time") => match mode {
            Mode::Full => DATE_TIMES[0],
            Mode::Nulls => DATE_TIMES[1],
            Mode::Required => DATE_TIMES[2],
        },
        Some("date") => DATE,
        _ => "string",
    };
    Value::String(s.to_owned())
}

fn integer(schema: &Value, mode: Mode) -> Value {
    let (default_lo, default_hi) = match schema.get("format").and_then(Value::as_str) {
        Some("int32") => (i64::from(i32::MIN), i64::from(i32::MAX)),
        _ => (i64::MIN, i64::MAX),
    };
    let bound = |key: &str| {
        schema
            .get(key)
            .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
    };
    let lo = bound("minimum").unwrap_or(default_lo);
    let hi = bound("maximum").unwrap_or(default_hi).max(lo);
    let n = match mode {
        Mode::Full => hi,
        Mode::Nulls => lo,
        Mode::Required => 1.clamp(lo, hi),
    };
    json!(n)
}

fn number(schema: &Value, mode: Mode) -> Value {
    let lo = schema
        .get("minimum")
        .and_then(Value::as_f64)
        .unwrap_or(f64::MIN);
    let hi = schema
        .get("maximum")
        .and_then(Value::as_f64)
        .unwrap_or(f64::MAX)
        .max(lo);
    match mode {
        // An integer on the wire (as authentik's pagination counters).
        Mode::Full if (lo..=hi).contains(&3.0) => json!(3),
        Mode::Required => json!(2.0f64.clamp(lo, hi)),
        _ => json!(1.5f64.clamp(lo, hi)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(schemas: Value) -> Value {
        json!({"components": {"schemas": schemas}})
    }

    #[test]
    fn objects_in_three_modes() {
        let spec = spec(json!({
            "E": {"type": "string", "enum": ["a", "b", "c"]},
            "O": {
                "type": "object",
                "required": ["id", "when"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "when": {"type": "string", "format": "date-time", "nullable": true},
                    "n": {"type": "integer", "minimum": 0, "maximum": 10},
                    "e": {"allOf": [{"$ref": "#/components/schemas/E"}], "nullable": true},
                    "free": {},
                }
            }
        }));
        let mut sampler = Sampler::new(&spec);
        let samples = sampler.samples("O");
        let values: Vec<&Value> = samples.iter().map(|s| &s.value).collect();
        assert_eq!(
            values[..3],
            [
                &json!({"id": UUID, "when": DATE_TIMES[0], "n": 10, "e": "a", "free": free_form()}),
                &json!({"id": UUID, "when": null, "n": 0, "e": null, "free": null}),
                &json!({"id": UUID, "when": DATE_TIMES[2]}),
            ]
        );
        // Extra samples cycle the enum through its other values.
        let es: Vec<&Value> = samples.iter().filter_map(|s| s.value.get("e")).collect();
        for v in ["a", "b", "c"] {
            assert!(es.contains(&&json!(v)), "{v} missing from {es:?}");
        }
        assert_eq!(sampler.samples("E").len(), 3);
        assert_eq!(sampler.samples("O"), samples, "deterministic");
    }

    #[test]
    fn unions_maps_and_depth() {
        let spec = spec(json!({
            "A": {"type": "object", "properties": {"component": {"type": "string"}, "a": {"type": "boolean"}}},
            "B": {"type": "object", "required": ["b"], "properties": {"b": {"type": "number"}}},
            "U": {
                "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
                "discriminator": {"propertyName": "component", "mapping": {
                    "ak-a": "#/components/schemas/A", "ak-b": "#/components/schemas/B"}}
            },
            "M": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "integer", "format": "int32"}}},
            "Deep": {"type": "object", "required": ["d"], "properties": {"d": {"type": "array", "items": {"$ref": "#/components/schemas/Deep"}}}}
        }));
        let mut sampler = Sampler::new(&spec);
        let u: Vec<Value> = sampler.samples("U").into_iter().map(|s| s.value).collect();
        assert!(u.contains(&json!({"component": "ak-a", "a": true})));
        assert!(u.contains(&json!({"component": "ak-b", "b": 1.5})));
        assert_eq!(
            sampler.samples("M")[0].value,
            json!({"key1": [i32::MAX], "key2": [i32::MAX]})
        );
        let mut deep = &sampler.samples("Deep")[0].value;
        let mut levels = 0;
        while let Some(next) = deep["d"].get(0) {
            deep = next;
            levels += 1;
        }
        assert_eq!((levels, &deep["d"]), (MAX_DEPTH / 2, &json!([])));
    }
}
