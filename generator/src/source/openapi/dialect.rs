//! Dialects: an OpenAPI 3.1 document, and the few 3.1-isms found in 3.0
//! documents, rewritten in place into the 3.0 model `openapiv3` reads,
//! before it reads them. What cannot be expressed is dropped with a
//! warning (never silently).
//!
//! The walk visits exactly the schema positions: `components.schemas.*`,
//! every `schema` key outside examples and extensions, and inside a schema
//! `properties.*`, `items`, `additionalProperties`, `not` and the members of
//! `allOf`/`anyOf`/`oneOf`. The pointer of the node being visited is a
//! chain of segments on the stack (`At`), made into text only for a
//! warning.
//!
//! Rewrites (3.1 documents):
//! - `type: [T, "null"]` becomes `type: T` + `nullable: true`; several
//!   non-null types become an untyped schema (any JSON value), with a warning;
//! - `const: v` becomes `enum: [v]`; a schema's `examples: [a, ...]` becomes
//!   `example: a`;
//! - numeric `exclusiveMinimum`/`exclusiveMaximum` become `minimum`/`maximum`
//!   plus the 3.0 boolean;
//! - `webhooks` and `components.pathItems` are dropped, with a warning; a
//!   missing `paths` is an empty one.
//!
//! Every document: a `$ref` with sibling keywords becomes an `allOf` of
//! it, so the siblings count; an integer schema's bound that is not an `i64` (OpenAI's
//! `minimum: -9223372036854776000`, JavaScript's rendering of `i64::MIN`) is
//! clamped to the `i64` range, with a warning.

use serde_json::{Map, Value};

/// The OpenAPI versions this front-end reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dialect {
    V3_0,
    V3_1,
}

/// Rewrite `doc` (of `dialect`) into the 3.0 model. Returns the warnings.
pub(super) fn rewrite(doc: &mut Value, dialect: Dialect) -> Vec<String> {
    let mut warnings = rewrite_root(doc, dialect);
    if let Some(root) = doc.as_object_mut() {
        for (key, value) in root.iter_mut() {
            warnings.extend(rewrite_entry(key, value, dialect));
        }
    }
    warnings
}

/// The first step of the rewrite: what concerns the document as a whole
/// (3.1's version, `webhooks` and `pathItems`). Then each top-level entry
/// is rewritten on its own ([`rewrite_entry`], on any thread).
pub(super) fn rewrite_root(doc: &mut Value, dialect: Dialect) -> Vec<String> {
    let mut warnings = Vec::new();
    let Some(root) = doc.as_object_mut() else {
        return warnings;
    };
    if dialect == Dialect::V3_1 {
        root.insert("openapi".into(), Value::String("3.0.3".into()));
        if let Some(Value::Object(hooks)) = root.remove("webhooks") {
            if !hooks.is_empty() {
                let names: Vec<&str> = hooks.keys().map(String::as_str).collect();
                warnings.push(format!(
                    "#/webhooks: {} webhook(s) not generated ({}): this generator reads \
                     the operations under `paths` only",
                    hooks.len(),
                    names.join(", ")
                ));
            }
        }
        root.entry("paths")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(Value::Object(components)) = root.get_mut("components") {
            if components.remove("pathItems").is_some() {
                warnings.push(
                    "#/components/pathItems: not read (an OpenAPI 3.1 construct this \
                     generator leaves out)"
                        .into(),
                );
            }
        }
    }
    warnings
}

/// Rewrite the top-level entry `key` of a document (after
/// [`rewrite_root`]). Returns its warnings.
pub(super) fn rewrite_entry(key: &str, value: &mut Value, dialect: Dialect) -> Vec<String> {
    let mut walk = Walk {
        dialect,
        warnings: Vec::new(),
    };
    let at = At::Key(&At::Root, key);
    if key == "components" {
        walk.components(value, &at);
    } else {
        walk.document(value, &at);
    }
    walk.warnings
}

struct Walk {
    dialect: Dialect,
    warnings: Vec<String>,
}

/// Where the walk is: the JSON pointer of a node as a chain of segments
/// on the stack, made into text only for a warning.
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// `/a/b~1c/0`.
    fn pointer(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => format!("{}/{}", parent.pointer(), crate::pointer_segment(key)),
            At::Index(parent, index) => format!("{}/{index}", parent.pointer()),
        }
    }
}

/// Keys under which a document holds data, not OpenAPI objects.
fn is_data(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

impl Walk {
    fn warn(&mut self, at: &At<'_>, message: impl std::fmt::Display) {
        self.warnings.push(format!("#{}: {message}", at.pointer()));
    }

    fn components(&mut self, components: &mut Value, at: &At<'_>) {
        let Some(components) = components.as_object_mut() else {
            return;
        };
        for (key, value) in components.iter_mut() {
            if is_data(key) {
                continue;
            }
            let at = At::Key(at, key);
            match (key.as_str(), value) {
                ("schemas", Value::Object(schemas)) => {
                    for (name, schema) in schemas.iter_mut() {
                        self.schema(schema, &At::Key(&at, name));
                    }
                }
                (_, value) => self.document(value, &at),
            }
        }
    }

    /// A node that is not a schema: look for `schema` keys below it.
    fn document(&mut self, value: &mut Value, at: &At<'_>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if is_data(key) {
                        continue;
                    }
                    let at = At::Key(at, key);
                    if key == "schema" {
                        self.schema(value, &at)
                    } else {
                        self.document(value, &at)
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    self.document(item, &At::Index(at, i));
                }
            }
            _ => {}
        }
    }

    fn schema(&mut self, value: &mut Value, at: &At<'_>) {
        let Value::Object(schema) = value else {
            return;
        };
        ref_siblings(schema);
        if self.dialect == Dialect::V3_1 {
            self.types(schema, at);
            self.keywords(schema);
        }
        self.integer_bounds(schema, at);
        for (key, value) in schema.iter_mut() {
            match (key.as_str(), value) {
                ("properties", Value::Object(properties)) => {
                    let at = At::Key(at, key);
                    for (name, property) in properties.iter_mut() {
                        self.schema(property, &At::Key(&at, name));
                    }
                }
                ("items" | "additionalProperties" | "not", value) => {
                    self.schema(value, &At::Key(at, key))
                }
                ("allOf" | "anyOf" | "oneOf", Value::Array(members)) => {
                    let at = At::Key(at, key);
                    for (i, member) in members.iter_mut().enumerate() {
                        self.schema(member, &At::Index(&at, i));
                    }
                }
                _ => {}
            }
        }
    }

    /// 3.1's `type` arrays.
    fn types(&mut self, schema: &mut Map<String, Value>, at: &At<'_>) {
        let Some(Value::Array(types)) = schema.get("type") else {
            return;
        };
        let nullable = types.iter().any(|t| t == "null");
        let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        match rest.as_slice() {
            [] => {
                schema.insert("type".into(), Value::String("null".into()));
            }
            [one] => {
                schema.insert("type".into(), one.clone());
            }
            several => {
                let names: Vec<String> = several.iter().map(|t| t.to_string()).collect();
                schema.remove("type");
                self.warn(
                    at,
                    format!(
                        "`type: [{}]`: a schema of several types is read as any JSON value",
                        names.join(", ")
                    ),
                );
            }
        }
        if nullable && !rest.is_empty() {
            schema.insert("nullable".into(), Value::Bool(true));
        }
    }

    /// 3.1's `const`, schema `examples` and numeric exclusive bounds.
    fn keywords(&mut self, schema: &mut Map<String, Value>) {
        if let Some(value) = schema.remove("const") {
            schema
                .entry("enum")
                .or_insert_with(|| Value::Array(vec![value]));
        }
        if let Some(Value::Array(examples)) = schema.remove("examples") {
            if let Some(first) = examples.into_iter().next() {
                schema.entry("example").or_insert(first);
            }
        }
        for (exclusive, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if let Some(Value::Number(n)) = schema.get(exclusive).cloned() {
                schema.insert(bound.into(), Value::Number(n));
                schema.insert(exclusive.into(), Value::Bool(true));
            }
        }
    }

    /// An integer schema's `minimum`/`maximum` clamped into `i64`.
    fn integer_bounds(&mut self, schema: &mut Map<String, Value>, at: &At<'_>) {
        if schema.get("type").and_then(Value::as_str) != Some("integer") {
            return;
        }
        for key in ["minimum", "maximum"] {
            let Some(Value::Number(n)) = schema.get(key) else {
                continue;
            };
            if n.is_i64() {
                continue;
            }
            let Some(f) = n.as_f64() else { continue };
            // Saturating: beyond the range gives i64::MIN / i64::MAX.
            let clamped = if key == "minimum" {
                f.ceil() as i64
            } else {
                f.floor() as i64
            };
            let was = n.to_string();
            schema.insert(key.into(), Value::from(clamped));
            if clamped.to_string() != was {
                self.warn(
                    &At::Key(at, key),
                    format!("integer bound {was} read as {clamped} (the nearest i64)"),
                );
            }
        }
    }
}

/// A `$ref` with keywords beside it (`{$ref: T, nullable: true}`, OpenAI's
/// nullable references; 3.1 allows siblings): `{allOf: [{$ref: T}], ...}`,
/// drf-spectacular's own form, so that `nullable`, `readOnly`,
/// `description` and `default` are not lost (`openapiv3` reads a `$ref`
/// alone).
fn ref_siblings(schema: &mut Map<String, Value>) {
    if schema.len() < 2 || !schema.contains_key("$ref") {
        return;
    }
    // What the target already says (OpenAI's `{type: object, title, $ref}`
    // union members) is noise, not a constraint.
    schema.remove("type");
    schema.remove("title");
    if schema.len() < 2 {
        return;
    }
    let Some(reference) = schema.remove("$ref") else {
        return;
    };
    let mut wrapper = serde_json::json!({ "$ref": reference });
    // A `$ref` beside `allOf` joins it.
    match schema.get_mut("allOf") {
        Some(Value::Array(members)) => members.insert(0, wrapper.take()),
        _ => {
            schema.insert("allOf".into(), Value::Array(vec![wrapper]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn type_arrays_become_nullable_types() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"A": {
                "type": "object",
                "properties": {
                    "a": {"type": ["string", "null"]},
                    "b": {"type": ["integer", "string"]},
                    "c": {"const": "x", "examples": ["y"]},
                    "d": {"type": "integer", "exclusiveMinimum": 1}
                }
            }}},
            "webhooks": {"Hook": {}}
        });
        let warnings = rewrite(&mut doc, Dialect::V3_1);
        let props = &doc["components"]["schemas"]["A"]["properties"];
        assert_eq!(props["a"], json!({"type": "string", "nullable": true}));
        assert_eq!(props["b"], json!({}));
        assert_eq!(props["c"], json!({"enum": ["x"], "example": "y"}));
        assert_eq!(
            props["d"],
            json!({"type": "integer", "minimum": 1, "exclusiveMinimum": true})
        );
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(doc["paths"], json!({}));
        assert!(doc.get("webhooks").is_none());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("#/webhooks: 1 webhook(s)"));
        assert!(warnings[1].starts_with("#/components/schemas/A/properties/b: `type: ["));
    }

    #[test]
    fn integer_bounds_beyond_i64_are_clamped_in_any_dialect() {
        let mut doc = json!({"paths": {"/a": {"get": {"parameters": [{"schema": {
            "type": "integer", "minimum": -9223372036854776000.0_f64, "maximum": 1e300
        }}]}}}});
        let warnings = rewrite(&mut doc, Dialect::V3_0);
        let schema = &doc["paths"]["/a"]["get"]["parameters"][0]["schema"];
        assert_eq!(schema["minimum"], json!(i64::MIN));
        assert_eq!(schema["maximum"], json!(i64::MAX));
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[1].starts_with("#/paths/~1a/get/parameters/0/schema/maximum: integer bound"),
            "{warnings:?}"
        );
    }

    #[test]
    fn ref_siblings_become_an_all_of() {
        let mut doc = json!({"paths": {}, "components": {"schemas": {"A": {"properties": {
            "a": {"$ref": "#/components/schemas/B", "nullable": true},
            "b": {"$ref": "#/components/schemas/B"},
            "c": {"$ref": "#/components/schemas/B", "type": "object", "title": "B"}
        }}}}});
        rewrite(&mut doc, Dialect::V3_0);
        let props = &doc["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            props["a"],
            json!({"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": true})
        );
        assert_eq!(props["b"], json!({"$ref": "#/components/schemas/B"}));
        assert_eq!(props["c"], json!({"$ref": "#/components/schemas/B"}));
    }

    #[test]
    fn examples_are_data() {
        let mut doc = json!({"paths": {}, "components": {"examples": {"E": {"value": {
            "schema": {"type": ["string", "null"]}
        }}}}});
        let before = doc.clone();
        rewrite(&mut doc, Dialect::V3_1);
        assert_eq!(doc["components"], before["components"]);
    }
}
