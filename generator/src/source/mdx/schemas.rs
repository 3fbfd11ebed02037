//! Schema reassembly: schemas inlined in the pages -> component schemas
//! with `$ref`s at the use sites.
//!
//! **Which titles name a component.** The plugin sets `title` to the
//! component name on every component it inlines, but drf-spectacular also
//! writes field-level titles ("ID", "Managed by authentik", "Uuid",
//! "Service Provider Binding"). A titled schema becomes a component when
//! both hold:
//! - the title is an identifier: an ASCII letter, then ASCII letters,
//!   digits or `_` (`SubModeEnum`, `OAuth2ProviderRequest`, `modelRequest`;
//!   not "Managed by authentik");
//! - the schema is one that needs a type of its own: `type: object`, or it
//!   has `properties`, `enum`, `oneOf` or `anyOf`. Field-level titles sit on
//!   strings, integers, booleans, arrays and `allOf` wrappers, so the
//!   identifier-like ones ("ID", "Uuid", "Active") stay plain fields. (In
//!   all four pinned authentik versions no field-level title passes both
//!   tests.)
//!
//! Schemas are rewritten bottom-up: children first, so a component's body
//! holds `$ref`s to its children and two bodies are the same shape exactly
//! when they are equal JSON. Enums arrive as
//! `allOf: [{enum, type, title}]` + `description`: the member becomes a
//! `$ref`, which is exactly what drf-spectacular wrote (`allOf: [$ref]` +
//! `description`); a bare `{enum, type, title}` becomes a plain `$ref`.
//!
//! **Several shapes under one title** are never merged: the first shape
//! seen (pages in path order, then properties and mapping tags in sorted
//! order, then `oneOf` members in order) keeps the title, the others get
//! `{title}2`, `{title}3`, ... (skipping names that are titles themselves),
//! and a warning lists them with the page each was first seen in.
//!
//! **Stubs.** In some pages the plugin drops the `properties` of the
//! members of a discriminated `oneOf` (`flows_executor_get`,
//! `flows_executor_solve`, `core_transactional_applications_update`). A
//! titled `oneOf` member without `properties` is a stub: it stands for the
//! shape with the same title that equals it once its `properties` are
//! removed. The `discriminator.mapping` of the same `oneOf` carries the full
//! members and is read first, so stubs resolve on the spot; otherwise they
//! resolve against every page at the end, and a stub no page completes is
//! kept as it is (a shape of its own, under the rule above). Shapes that
//! became equal through late stub resolution are then merged.
//!
//! **Repairs.** The plugin ran in JavaScript, which rounds integers beyond
//! 2^53: drf-spectacular's `±9223372036854775807` bounds arrive as
//! `±9223372036854776000`. Bounds of `type: integer` schemas that equal
//! ±2^63 as a double are restored to `i64::MAX` / `i64::MIN`.
//!
//! A `$ref` in a page is refused: the plugin inlines every schema, and a
//! `$ref` would name a component the pages do not define.

use crate::error::pointer_segment;
use crate::Error;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub(super) type ShapeId = usize;

/// Internal `$ref` target of a shape until names are final.
const PLACEHOLDER: &str = "\u{1}mdx-shape:";

/// Where a schema was first seen: the page and the JSON pointer in its blob.
#[derive(Clone, Debug)]
pub(super) struct Site {
    pub page: usize,
    pub pointer: String,
}

/// The page being rewritten.
pub(super) struct PageCx<'a> {
    pub index: usize,
    pub path: &'a Path,
    pub errors: &'a mut Vec<Error>,
}

#[derive(Debug)]
struct Shape {
    /// Without `title`, children replaced by placeholder `$ref`s.
    body: Value,
    first: Site,
    /// Set when this shape turned out to be another one.
    same_as: Option<ShapeId>,
}

/// All shapes seen so far, by title.
#[derive(Debug, Default)]
pub(super) struct Registry {
    shapes: Vec<Shape>,
    /// Full shapes by title, in order of first appearance.
    variants: BTreeMap<String, Vec<ShapeId>>,
    /// Unresolved stubs by title.
    stubs: BTreeMap<String, Vec<ShapeId>>,
}

/// The final components and the names of all shapes.
#[derive(Debug)]
pub(super) struct Named {
    /// Component name -> (body with final `$ref`s, where first seen).
    pub components: BTreeMap<String, (Value, Site)>,
    /// Shape id -> component name.
    names: Vec<Option<String>>,
}

impl Registry {
    /// Rewrite every schema of an operation object in place.
    pub fn rewrite_operation(&mut self, body: &mut Map<String, Value>, page: &mut PageCx<'_>) {
        if let Some(Value::Array(parameters)) = body.get_mut("parameters") {
            for (index, parameter) in parameters.iter_mut().enumerate() {
                let Value::Object(parameter) = parameter else {
                    continue;
                };
                let pointer = format!("/parameters/{index}");
                if let Some(schema) = parameter.get_mut("schema") {
                    self.walk(schema, &format!("{pointer}/schema"), false, page);
                }
                self.content(parameter, &pointer, page);
            }
        }
        if let Some(Value::Object(request)) = body.get_mut("requestBody") {
            self.content(request, "/requestBody", page);
        }
        if let Some(Value::Object(responses)) = body.get_mut("responses") {
            for status in sorted_keys(responses) {
                let Some(Value::Object(response)) = responses.get_mut(&status) else {
                    continue;
                };
                let pointer = format!("/responses/{}", pointer_segment(&status));
                self.content(response, &pointer, page);
                if let Some(Value::Object(headers)) = response.get_mut("headers") {
                    for name in sorted_keys(headers) {
                        if let Some(Value::Object(header)) = headers.get_mut(&name) {
                            if let Some(schema) = header.get_mut("schema") {
                                let at =
                                    format!("{pointer}/headers/{}/schema", pointer_segment(&name));
                                self.walk(schema, &at, false, page);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The schemas of a `content` map (request body, response, parameter).
    fn content(&mut self, holder: &mut Map<String, Value>, pointer: &str, page: &mut PageCx<'_>) {
        let Some(Value::Object(content)) = holder.get_mut("content") else {
            return;
        };
        for media_type in sorted_keys(content) {
            if let Some(Value::Object(media)) = content.get_mut(&media_type) {
                if let Some(schema) = media.get_mut("schema") {
                    let at = format!("{pointer}/content/{}/schema", pointer_segment(&media_type));
                    self.walk(schema, &at, false, page);
                }
            }
        }
    }

    /// Rewrite one schema bottom-up. `member`: a `oneOf` member (may be a stub).
    fn walk(&mut self, node: &mut Value, pointer: &str, member: bool, page: &mut PageCx<'_>) {
        let Value::Object(map) = node else {
            return;
        };
        if map.contains_key("$ref") {
            page.errors.push(Error::spec(
                page.path,
                &format!("{pointer}/$ref"),
                "`$ref` in an `api:` blob: the plugin inlines every schema, so this \
                 reference names nothing the pages define",
            ));
            return;
        }
        repair_integer_bounds(map);
        if let Some(Value::Object(properties)) = map.get_mut("properties") {
            for name in sorted_keys(properties) {
                if let Some(child) = properties.get_mut(&name) {
                    let at = format!("{pointer}/properties/{}", pointer_segment(&name));
                    self.walk(child, &at, false, page);
                }
            }
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(child) = map.get_mut(key) {
                self.walk(child, &format!("{pointer}/{key}"), false, page);
            }
        }
        for key in ["allOf", "anyOf"] {
            if let Some(Value::Array(members)) = map.get_mut(key) {
                for (index, child) in members.iter_mut().enumerate() {
                    self.walk(child, &format!("{pointer}/{key}/{index}"), false, page);
                }
            }
        }
        // The mapping carries the full `oneOf` members: read it first.
        if let Some(Value::Object(discriminator)) = map.get_mut("discriminator") {
            if let Some(Value::Object(mapping)) = discriminator.get_mut("mapping") {
                for tag in sorted_keys(mapping) {
                    let Some(target) = mapping.get_mut(&tag) else {
                        continue;
                    };
                    if !target.is_object() {
                        continue;
                    }
                    let at = format!("{pointer}/discriminator/mapping/{}", pointer_segment(&tag));
                    self.walk(target, &at, false, page);
                    match target.get("$ref").and_then(Value::as_str) {
                        Some(reference) => *target = Value::String(reference.to_string()),
                        None => page.errors.push(Error::spec(
                            page.path,
                            &at,
                            format!(
                                "the discriminator mapping of tag {tag:?} is a schema without \
                                 a component title, so it cannot be named"
                            ),
                        )),
                    }
                }
            }
        }
        if let Some(Value::Array(members)) = map.get_mut("oneOf") {
            for (index, child) in members.iter_mut().enumerate() {
                self.walk(child, &format!("{pointer}/oneOf/{index}"), true, page);
            }
        }
        let Some(title) = component_title(map).map(str::to_string) else {
            return;
        };
        map.remove("title");
        let body = std::mem::take(node);
        let site = Site {
            page: page.index,
            pointer: pointer.to_string(),
        };
        let id = if member && is_stub(&body) {
            self.stub(title, body, site)
        } else {
            self.register(title, body, site)
        };
        *node = reference(id);
    }

    /// The id of a full shape, new or equal to one seen before.
    fn register(&mut self, title: String, body: Value, first: Site) -> ShapeId {
        intern(
            &mut self.shapes,
            self.variants.entry(title).or_default(),
            body,
            first,
        )
    }

    /// The id of a stub: the full shape it stands for when one is known,
    /// else a pending stub resolved by [`Registry::finish`].
    fn stub(&mut self, title: String, body: Value, first: Site) -> ShapeId {
        if let Some(id) = self.completion(&title, &body) {
            return id;
        }
        intern(
            &mut self.shapes,
            self.stubs.entry(title).or_default(),
            body,
            first,
        )
    }

    /// The first full shape with this title that equals `stub` once its
    /// `properties` are removed.
    fn completion(&self, title: &str, stub: &Value) -> Option<ShapeId> {
        let Value::Object(stub) = stub else {
            return None;
        };
        self.variants.get(title)?.iter().copied().find(|&id| {
            let Value::Object(full) = &self.shapes[id].body else {
                return false;
            };
            full.contains_key("properties")
                && full.len() == stub.len() + 1
                && stub.iter().all(|(key, value)| full.get(key) == Some(value))
        })
    }

    /// Follow `same_as` to the shape that stands for `id`.
    fn representative(&self, mut id: ShapeId) -> ShapeId {
        // Each link points to a live shape; the bound only guards the loop.
        for _ in 0..self.shapes.len() {
            match self.shapes.get(id).and_then(|s| s.same_as) {
                Some(next) => id = next,
                None => break,
            }
        }
        id
    }

    /// Resolve the pending stubs, merge shapes that became equal, and name
    /// every shape. `pages` names the pages for the warnings.
    pub fn finish(mut self, pages: &[PathBuf], warnings: &mut Vec<String>) -> Named {
        let stubs = std::mem::take(&mut self.stubs);
        for (title, ids) in &stubs {
            for &id in ids {
                let completion = self.completion(title, &self.shapes[id].body);
                match completion {
                    Some(full) => self.shapes[id].same_as = Some(full),
                    None => self.variants.entry(title.clone()).or_default().push(id),
                }
            }
        }
        self.merge_equal();

        let mut taken: BTreeSet<String> = self.variants.keys().cloned().collect();
        taken.extend(stubs.keys().cloned());
        let mut names: Vec<Option<String>> = vec![None; self.shapes.len()];
        for (title, ids) in &self.variants {
            let mut kept = Vec::with_capacity(ids.len());
            for (index, &id) in ids.iter().enumerate() {
                let name = if index == 0 {
                    title.clone()
                } else {
                    let mut n = index + 1;
                    while taken.contains(&format!("{title}{n}")) {
                        n += 1;
                    }
                    let name = format!("{title}{n}");
                    taken.insert(name.clone());
                    name
                };
                let site = &self.shapes[id].first;
                let page = pages
                    .get(site.page)
                    .map_or_else(String::new, |p| p.display().to_string());
                kept.push(format!("`{name}` (first in {page}#{})", site.pointer));
                names[id] = Some(name);
            }
            if kept.len() > 1 {
                warnings.push(format!(
                    "schema title `{title}` has {} different shapes, kept apart: {}",
                    kept.len(),
                    kept.join(", ")
                ));
            }
        }
        for id in 0..self.shapes.len() {
            if names[id].is_none() {
                names[id] = names[self.representative(id)].clone();
            }
        }

        let mut named = Named {
            components: BTreeMap::new(),
            names,
        };
        for ids in self.variants.values() {
            for &id in ids {
                let shape = &mut self.shapes[id];
                let mut body = std::mem::take(&mut shape.body);
                named.resolve(&mut body);
                if let Some(name) = named.names[id].clone() {
                    named.components.insert(name, (body, shape.first.clone()));
                }
            }
        }
        named
    }

    /// Merge full shapes of one title that are equal once every reference
    /// points at its representative (possible after late stub resolution).
    fn merge_equal(&mut self) {
        loop {
            let mut merged = false;
            let titles: Vec<String> = self
                .variants
                .iter()
                .filter(|(_, ids)| ids.len() > 1)
                .map(|(title, _)| title.clone())
                .collect();
            for title in titles {
                let ids = self.variants[&title].clone();
                let canonical: Vec<Value> = ids
                    .iter()
                    .map(|&id| {
                        let mut body = self.shapes[id].body.clone();
                        rewrite_references(&mut body, &mut |target| {
                            Some(placeholder(self.representative(target)))
                        });
                        body
                    })
                    .collect();
                let mut live = vec![true; ids.len()];
                for later in 1..ids.len() {
                    if let Some(earlier) =
                        (0..later).find(|&e| live[e] && canonical[e] == canonical[later])
                    {
                        live[later] = false;
                        self.shapes[ids[later]].same_as = Some(ids[earlier]);
                        merged = true;
                    }
                }
                let kept: Vec<ShapeId> = ids
                    .iter()
                    .zip(&live)
                    .filter(|(_, live)| **live)
                    .map(|(id, _)| *id)
                    .collect();
                self.variants.insert(title, kept);
            }
            if !merged {
                break;
            }
        }
    }
}

impl Named {
    /// Replace placeholder references (in `$ref`s and discriminator
    /// mappings) by `#/components/schemas/<name>`.
    pub fn resolve(&self, value: &mut Value) {
        rewrite_references(value, &mut |id| {
            self.names
                .get(id)
                .and_then(Option::as_ref)
                .map(|name| format!("#/components/schemas/{name}"))
        });
    }
}

/// Rewrite every placeholder reference in `value` with `target(shape id)`
/// (left alone where it gives `None`).
fn rewrite_references(value: &mut Value, target: &mut dyn FnMut(ShapeId) -> Option<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(s) if key == "$ref" => rewrite_one(s, target),
                    Value::Object(mapping) if key == "mapping" => {
                        for entry in mapping.values_mut() {
                            match entry {
                                Value::String(s) => rewrite_one(s, target),
                                other => rewrite_references(other, target),
                            }
                        }
                    }
                    other => rewrite_references(other, target),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_references(item, target);
            }
        }
        _ => {}
    }
}

fn rewrite_one(s: &mut String, target: &mut dyn FnMut(ShapeId) -> Option<String>) {
    let Some(id) = s
        .strip_prefix(PLACEHOLDER)
        .and_then(|n| n.parse::<ShapeId>().ok())
    else {
        return;
    };
    if let Some(new) = target(id) {
        *s = new;
    }
}

fn placeholder(id: ShapeId) -> String {
    format!("{PLACEHOLDER}{id}")
}

fn reference(id: ShapeId) -> Value {
    let mut map = Map::new();
    map.insert("$ref".to_string(), Value::String(placeholder(id)));
    Value::Object(map)
}

/// The component name a schema carries, by the rule in the module docs.
pub(super) fn component_title(map: &Map<String, Value>) -> Option<&str> {
    let title = map.get("title")?.as_str()?;
    let mut chars = title.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    let needs_type = map.get("type").and_then(Value::as_str) == Some("object")
        || ["properties", "enum", "oneOf", "anyOf"]
            .iter()
            .any(|key| map.contains_key(*key));
    (identifier && needs_type).then_some(title)
}

/// A `oneOf` member that may have lost its `properties`: an object schema
/// without `properties` and without anything else that makes a type.
fn is_stub(body: &Value) -> bool {
    let Value::Object(map) = body else {
        return false;
    };
    matches!(
        map.get("type").and_then(Value::as_str),
        None | Some("object")
    ) && !["properties", "enum", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|key| map.contains_key(*key))
}

/// Restore `±(2^63 - 1)` integer bounds that JavaScript rounded to `±2^63`.
fn repair_integer_bounds(map: &mut Map<String, Value>) {
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    for key in ["minimum", "maximum"] {
        let Some(bound) = map.get_mut(key) else {
            continue;
        };
        if bound.is_i64() {
            continue;
        }
        match bound.as_f64() {
            Some(x) if x == TWO_63 => *bound = Value::from(i64::MAX),
            Some(x) if x == -TWO_63 => *bound = Value::from(i64::MIN),
            _ => {}
        }
    }
}

fn sorted_keys(map: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<String> = map.keys().cloned().collect();
    keys.sort();
    keys
}

/// The id in `list` of a shape equal to `body`, or a new shape appended to
/// `shapes` and recorded in `list`.
fn intern(shapes: &mut Vec<Shape>, list: &mut Vec<ShapeId>, body: Value, first: Site) -> ShapeId {
    if let Some(&id) = list.iter().find(|&&id| shapes[id].body == body) {
        return id;
    }
    let id = shapes.len();
    list.push(id);
    shapes.push(Shape {
        body,
        first,
        same_as: None,
    });
    id
}
