//! The OpenAPI front-end: parse a document (YAML or JSON) into `openapiv3`'s
//! model (`model.rs`, serde where it is not sure) and lower it into the IR.
//!
//! Parse errors carry the line and column (syntax) or the JSON pointer of
//! the node that does not fit the OpenAPI model (structure). OpenAPI 3.1
//! documents are rewritten into the 3.0 model first (`dialect.rs`).

mod all_of;
mod block_yaml;
mod dialect;
mod lower;
mod model;
mod operations;
mod unions;
mod yaml;

use crate::ir::TypeId;
use crate::{ir, Error};
use std::collections::HashMap;
use std::path::Path;

/// Read, parse and lower one OpenAPI document. The component schemas are
/// lowered on the thread that reads them, while this one reads the paths
/// (see `read`).
pub fn load(path: &Path, max_bytes: u64) -> Result<ir::Api, Error> {
    let bytes = super::read_limited(path, max_bytes)?;
    let (value, dialect) = parse_value(path, &bytes)?;
    let (doc, warnings, ahead) = read(path, value, dialect, |components| {
        Ahead::components(path, components)
    })?;
    let mut api = match ahead {
        Some(ahead) => ahead.finish(&doc)?,
        None => lower(path, &doc)?,
    };
    api.warnings = warnings;
    Ok(api)
}

/// Parse a document held in memory. `path` is only used in messages.
/// Returns the document in the 3.0 model and the warnings of the rewrite
/// into it (`file#/pointer: message`). The model is read by hand
/// (`model.rs`), and by serde where that reader is not sure or the
/// document is wrong.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(openapiv3::OpenAPI, Vec<String>), Error> {
    let (value, dialect) = parse_value(path, bytes)?;
    let (doc, warnings, _) = read(path, value, dialect, |components| (components, ()))?;
    Ok((doc, warnings))
}

/// The document `value` (of `dialect`) rewritten into the 3.0 model (see
/// `dialect.rs`) and read into it, with the rewrite's warnings. The
/// components (about half of a document) are rewritten and read on a
/// second thread, which then hands them to `beside` (and gets them back
/// with its result); each half of `value` is dropped on the thread that
/// read it.
fn read<R: Send>(
    path: &Path,
    mut value: serde_json::Value,
    dialect: dialect::Dialect,
    beside: impl FnOnce(openapiv3::Components) -> (openapiv3::Components, R) + Send,
) -> Result<(openapiv3::OpenAPI, Vec<String>, Option<R>), Error> {
    let mut warnings = dialect::rewrite_root(&mut value, dialect);
    // The top-level entries in the document's order, for the warnings'.
    let keys: Vec<String> = value
        .as_object()
        .map(|doc| doc.keys().cloned().collect())
        .unwrap_or_default();
    let components = value
        .as_object_mut()
        .and_then(|doc| doc.remove("components"));
    let (doc, rest, components) = std::thread::scope(|scope| {
        let components = components.map(|mut raw| {
            scope.spawn(move || {
                let warnings = dialect::rewrite_entry("components", &mut raw, dialect);
                let components: Option<openapiv3::Components> = match model::components(&raw) {
                    Some(components) => components,
                    None => deserialize(path, "/components", &raw)?,
                };
                drop(raw);
                // (`components: null`: none.)
                let (components, beside) = match components.map(beside) {
                    Some((components, beside)) => (Some(components), Some(beside)),
                    None => (None, None),
                };
                Ok::<_, Error>((components, warnings, beside))
            })
        });
        // Each entry's warnings in `keys` order; `None` where `components`
        // stood (rewritten on its thread).
        let rest: Vec<Option<Vec<String>>> = match value.as_object_mut() {
            Some(doc) => keys
                .iter()
                .map(|key| {
                    let entry = doc.get_mut(key)?;
                    Some(dialect::rewrite_entry(key, entry, dialect))
                })
                .collect(),
            None => Vec::new(),
        };
        let doc = match model::document(&value) {
            Some(doc) => Ok(doc),
            None => deserialize::<openapiv3::OpenAPI>(path, "", &value),
        };
        drop(value);
        (doc, rest, components.map(|thread| thread.join()))
    });
    // An error in the components first, wherever they stand in the text
    // (as a sorted map, serde_json's default, reads them).
    let (components, mut in_components, beside) = match components {
        None => (None, Vec::new(), None),
        Some(Ok(read)) => read?,
        Some(Err(_)) => {
            return Err(Error::internal("reading a document")(format!(
                "{}: the thread reading its components panicked",
                path.display()
            )))
        }
    };
    let mut doc = doc?;
    doc.components = components;
    for entry in rest {
        warnings.extend(entry.unwrap_or_else(|| std::mem::take(&mut in_components)));
    }
    Ok((doc, located(path, warnings), beside))
}

/// Warnings (`#/pointer: message`) prefixed with the document's path.
fn located(path: &Path, warnings: Vec<String>) -> Vec<String> {
    warnings
        .into_iter()
        .map(|w| format!("{}{w}", path.display()))
        .collect()
}

/// `value` (at `pointer` in the document) in the OpenAPI model: without
/// tracking the path first (tracking copies every key it passes), and
/// again with it, over the same value, for an error's pointer.
fn deserialize<T: serde::de::DeserializeOwned>(
    path: &Path,
    pointer: &str,
    value: &serde_json::Value,
) -> Result<T, Error> {
    match T::deserialize(value) {
        Ok(doc) => Ok(doc),
        Err(_) => {
            serde_path_to_error::deserialize(value).map_err(|e| structure_error(path, pointer, e))
        }
    }
}

/// `text` read as YAML, as a JSON value; a syntax error names `path`, the
/// line and the column. Block-style documents as schema generators write
/// them are read by `block_yaml` (several times faster), the others, and
/// every error, by serde_yaml (`yaml.rs`).
pub(crate) fn yaml_value(path: &Path, text: &str) -> Result<serde_json::Value, Error> {
    match block_yaml::read(text) {
        Some(value) => Ok(value),
        None => yaml::slow_value(path, text),
    }
}

/// Read a document as JSON in the OpenAPI 3.0 model (a 3.1 document
/// rewritten, see `dialect.rs`): what [`load`] lowers, for tools that walk
/// the document themselves (the tests' sampler). Returns the rewrite's
/// warnings too.
pub fn read_json(path: &Path, max_bytes: u64) -> Result<(serde_json::Value, Vec<String>), Error> {
    let bytes = super::read_limited(path, max_bytes)?;
    parse_json(path, &bytes)
}

fn parse_json(path: &Path, bytes: &[u8]) -> Result<(serde_json::Value, Vec<String>), Error> {
    let (mut value, dialect) = parse_value(path, bytes)?;
    let warnings = dialect::rewrite(&mut value, dialect);
    Ok((value, located(path, warnings)))
}

/// The text `bytes` read as JSON or YAML, and its OpenAPI dialect; a
/// syntax error names `path`, the line and the column.
fn parse_value(path: &Path, bytes: &[u8]) -> Result<(serde_json::Value, dialect::Dialect), Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.len()
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        Error::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: "not valid UTF-8".into(),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Syntax first, alone, so that syntax errors get a line and column.
    let value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| Error::Syntax {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?
    } else {
        yaml_value(path, text)?
    };
    let dialect = dialect_of(path, &value)?;
    Ok((value, dialect))
}

/// The document's OpenAPI version; documents that are not OpenAPI 3.0 or
/// 3.1 are rejected with a message better than "missing field".
fn dialect_of(path: &Path, value: &serde_json::Value) -> Result<dialect::Dialect, Error> {
    let Some(object) = value.as_object() else {
        return Err(Error::spec(
            path,
            "",
            "not an OpenAPI document: the top level is not a mapping",
        ));
    };
    match object.get("openapi").and_then(|v| v.as_str()) {
        Some(v) if v.starts_with("3.0.") => Ok(dialect::Dialect::V3_0),
        Some(v) if v.starts_with("3.1.") => Ok(dialect::Dialect::V3_1),
        Some(v) => Err(Error::spec(
            path,
            "/openapi",
            format!("unsupported OpenAPI version {v:?} (expected 3.0.x or 3.1.x)"),
        )),
        None => Err(Error::spec(
            path,
            "/openapi",
            "not an OpenAPI document: no `openapi: 3.0.x` (or 3.1.x) field",
        )),
    }
}

/// The operation of `item` for the lowercase HTTP method `method` (`get`
/// ...), or `None` if `method` is not one.
pub(crate) fn operation_slot<'a>(
    item: &'a mut openapiv3::PathItem,
    method: &str,
) -> Option<&'a mut Option<openapiv3::Operation>> {
    Some(match method {
        "get" => &mut item.get,
        "put" => &mut item.put,
        "post" => &mut item.post,
        "delete" => &mut item.delete,
        "options" => &mut item.options,
        "head" => &mut item.head,
        "patch" => &mut item.patch,
        "trace" => &mut item.trace,
        _ => return None,
    })
}

/// A value that does not fit the model, at `prefix` followed by the path
/// serde took inside it.
pub(crate) fn structure_error(
    path: &Path,
    prefix: &str,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    let mut pointer = prefix.to_string();
    for segment in e.path().iter() {
        use serde_path_to_error::Segment;
        pointer.push('/');
        match segment {
            Segment::Seq { index } => pointer.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                pointer.push_str(&crate::pointer_segment(key))
            }
            Segment::Unknown => pointer.push('?'),
        }
    }
    Error::spec(path, &pointer, e.into_inner().to_string())
}

/// Lower a parsed document. All errors are collected, then returned together.
pub(crate) fn lower(path: &Path, doc: &openapiv3::OpenAPI) -> Result<ir::Api, Error> {
    let mut cx = Lowerer::new(path, doc);
    cx.components();
    cx.finish()
}

/// The lowering context: the document, the IR being built, the ids of
/// the component schemas and what went wrong. Its methods live in
/// `lower.rs` (schemas), `all_of.rs`, `unions.rs` and `operations.rs`.
struct Lowerer<'a> {
    pub path: &'a Path,
    pub doc: &'a openapiv3::OpenAPI,
    pub api: ir::Api,
    components: HashMap<String, TypeId>,
    /// Types of `$ref`s to schemas elsewhere than `#/components/schemas/X`.
    pointer_refs: HashMap<String, TypeId>,
    /// The document as JSON, made when such a `$ref` is first followed.
    doc_value: Option<serde_json::Value>,
    pub errors: Vec<Error>,
    /// `doc` holds the components alone (see [`Ahead`]): what a `$ref`
    /// outside them points to is not there.
    components_alone: bool,
    /// Such a `$ref` was followed: lower the whole document instead.
    left_components: bool,
}

impl<'a> Lowerer<'a> {
    fn new(path: &'a Path, doc: &'a openapiv3::OpenAPI) -> Self {
        Lowerer {
            path,
            doc,
            api: ir::Api::default(),
            components: HashMap::new(),
            pointer_refs: HashMap::new(),
            doc_value: None,
            errors: Vec::new(),
            components_alone: false,
            left_components: false,
        }
    }

    /// The document's info, servers and operations (its components are
    /// lowered): the IR, or every error.
    fn finish(mut self) -> Result<ir::Api, Error> {
        let doc = self.doc;
        self.api.info = ir::ApiInfo {
            title: doc.info.title.clone(),
            version: doc.info.version.clone(),
            description: doc.info.description.clone(),
        };
        self.api.servers = doc.servers.iter().map(|s| s.url.clone()).collect();
        operations::lower_operations(&mut self);
        crate::error::collapse(self.errors)?;
        Ok(self.api)
    }
}

/// A document's component schemas lowered ahead of the rest, from the
/// components alone, on the thread that read them (see [`load`]).
struct Ahead<'a> {
    path: &'a Path,
    api: ir::Api,
    components: HashMap<String, TypeId>,
    pointer_refs: HashMap<String, TypeId>,
    errors: Vec<Error>,
    /// A `$ref` led outside the components: lower the whole document.
    left_components: bool,
}

impl<'a> Ahead<'a> {
    /// Lower `components` (given back, for the document).
    fn components(
        path: &'a Path,
        components: openapiv3::Components,
    ) -> (openapiv3::Components, Self) {
        let alone = openapiv3::OpenAPI {
            components: Some(components),
            ..Default::default()
        };
        let mut cx = Lowerer::new(path, &alone);
        cx.components_alone = true;
        cx.components();
        let ahead = Ahead {
            path,
            api: cx.api,
            components: cx.components,
            pointer_refs: cx.pointer_refs,
            errors: cx.errors,
            left_components: cx.left_components,
        };
        (alone.components.unwrap_or_default(), ahead)
    }

    /// The rest of `doc`, whose components these are, lowered: the IR
    /// [`lower()`] makes of `doc`, or every error.
    fn finish(self, doc: &openapiv3::OpenAPI) -> Result<ir::Api, Error> {
        if self.left_components {
            return lower(self.path, doc);
        }
        Lowerer {
            api: self.api,
            components: self.components,
            pointer_refs: self.pointer_refs,
            errors: self.errors,
            ..Lowerer::new(self.path, doc)
        }
        .finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::Error;
    use std::path::Path;

    fn pointer(doc: &str) -> String {
        match super::parse(Path::new("t.yaml"), doc.as_bytes()) {
            Err(Error::Spec { pointer, .. }) => pointer,
            other => panic!("{other:?}"),
        }
    }

    /// A structure error names its node, in the components (read on their
    /// own thread) as elsewhere; the components' error comes first,
    /// wherever they stand in the text.
    #[test]
    fn structure_errors_name_their_node() {
        let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
        let bad_components = "components: {schemas: {A: {type: object, required: 5}}}\n";
        let bad_paths = "paths: {/a: {get: {responses: 5}}}\n";
        let p = pointer(&format!("{head}paths: {{}}\n{bad_components}"));
        assert!(p.starts_with("/components/schemas/A"), "{p}");
        let p = pointer(&format!("{head}{bad_paths}components: {{}}\n"));
        // (openapiv3 reads `paths` through a buffer: serde's path stops there.)
        assert_eq!(p, "/paths");
        let p = pointer(&format!("{head}{bad_paths}{bad_components}"));
        assert!(p.starts_with("/components/schemas/A"), "{p}");
        let (doc, _) = super::parse(
            Path::new("t.yaml"),
            format!("{head}paths: {{}}\ncomponents: {{schemas: {{A: {{type: string}}}}}}\n")
                .as_bytes(),
        )
        .unwrap();
        assert!(doc.components.unwrap().schemas.contains_key("A"));
        let (doc, _) = super::parse(
            Path::new("t.yaml"),
            format!("{head}paths: {{}}\ncomponents: null\n").as_bytes(),
        )
        .unwrap();
        assert!(doc.components.is_none());
    }

    /// [`super::load`] lowers the components ahead, on the thread that
    /// reads them; the IR is the one lowering the whole document makes,
    /// also when a component's `$ref` points outside the components (then
    /// the whole document is lowered again), and so are the errors.
    #[test]
    fn lowering_ahead_is_lowering_the_whole() {
        let outside = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n\
            paths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        '200':\n          \
            description: ok\n          content:\n            application/json:\n              \
            schema: {type: object, properties: {n: {type: integer}}}\n\
            components:\n  schemas:\n    B: {type: object, properties: {a: \
            {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}}}\n";
        let inside = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n\
            paths: {/b: {get: {operationId: b, responses: {'200': {description: ok, content: \
            {application/json: {schema: {$ref: '#/components/schemas/B'}}}}}}}}\n\
            components:\n  schemas:\n    B: {type: object, properties: {c: \
            {$ref: '#/components/schemas/C/properties/d'}}}\n    \
            C: {type: object, properties: {d: {type: object, properties: {e: {type: string}}}}}\n";
        let broken = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
            components: {schemas: {B: {$ref: '#/components/schemas/Nowhere'}}}\n";
        let dir = std::env::temp_dir().join(format!("lowering-ahead-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in [("outside", outside), ("inside", inside), ("broken", broken)] {
            let path = dir.join(format!("{name}.yaml"));
            std::fs::write(&path, text).unwrap();
            let whole = super::parse(&path, text.as_bytes())
                .and_then(|(doc, _)| super::lower(&path, &doc))
                .map_err(|e| e.to_string());
            let ahead = super::load(&path, 1 << 20).map_err(|e| e.to_string());
            assert_eq!(ahead, whole, "{name}");
            assert_eq!(ahead.is_ok(), name != "broken", "{name}: {ahead:?}");
        }
        std::fs::remove_dir_all(&dir).ok();
    }

    /// The rewrite's warnings come in the document's order though the
    /// components are rewritten on their own thread: as the rewrite of the
    /// whole document gives them. (That order is the map's: keys sorted, or
    /// as written with serde_json's `preserve_order`, which a workspace
    /// build turns on; either way `components` is between two entries
    /// with warnings.)
    #[test]
    fn warnings_keep_the_document_order() {
        // (`webhooks` last: removing it moves no other key.)
        let doc = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n\
            aaa: {schema: {type: [integer, string]}}\n\
            components: {schemas: {A: {type: [integer, string]}}}\n\
            paths: {/a: {get: {operationId: a, parameters: [{name: p, in: query, \
            schema: {type: integer, maximum: 1e300}}], responses: {'200': {description: ok}}}}}\n\
            webhooks: {H: {}}\n";
        let path = Path::new("t.yaml");
        let (_, apart) = super::parse(path, doc.as_bytes()).unwrap();
        let (_, whole) = super::parse_json(path, doc.as_bytes()).unwrap();
        assert_eq!(apart, whole);
        let pointers: Vec<&str> = apart
            .iter()
            .map(|w| {
                w.trim_start_matches("t.yaml#")
                    .split(':')
                    .next()
                    .unwrap_or("")
            })
            .collect();
        assert_eq!(
            pointers,
            [
                "/webhooks",
                "/aaa/schema",
                "/components/schemas/A",
                "/paths/~1a/get/parameters/0/schema/maximum"
            ]
        );
    }
}
