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

/// Read, parse and lower one OpenAPI document.
pub fn load(path: &Path, max_bytes: u64) -> Result<ir::Api, Error> {
    let bytes = super::read_limited(path, max_bytes)?;
    let (doc, warnings) = parse(path, &bytes)?;
    let mut api = lower(path, &doc)?;
    api.warnings = warnings;
    Ok(api)
}

/// Parse a document held in memory. `path` is only used in messages.
/// Returns the document in the 3.0 model and the warnings of the rewrite
/// into it (`file#/pointer: message`). The model is read by hand
/// (`model.rs`), and by serde where that reader is not sure or the
/// document is wrong.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(openapiv3::OpenAPI, Vec<String>), Error> {
    let (mut value, warnings) = parse_json(path, bytes)?;
    // The components (about half of a document) are read on a second
    // thread, and each half is dropped on the thread that read it.
    let components = value
        .as_object_mut()
        .and_then(|doc| doc.remove("components"));
    let (doc, components) = std::thread::scope(|scope| {
        let components = components.map(|components| {
            scope.spawn(move || match model::components(&components) {
                Some(components) => Ok(components),
                None => deserialize(path, "/components", &components),
            })
        });
        let doc = match model::document(&value) {
            Some(doc) => Ok(doc),
            None => deserialize::<openapiv3::OpenAPI>(path, "", &value),
        };
        drop(value);
        (doc, components.map(|thread| thread.join()))
    });
    // An error in the components first, wherever they stand in the text
    // (as a sorted map, serde_json's default, reads them).
    let components = match components {
        None => None,
        Some(Ok(components)) => components?,
        Some(Err(_)) => {
            return Err(Error::internal("reading a document")(format!(
                "{}: the thread reading its components panicked",
                path.display()
            )))
        }
    };
    let mut doc = doc?;
    doc.components = components;
    Ok((doc, warnings))
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
    let mut value = if text.trim_start().starts_with('{') {
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
    let warnings = dialect::rewrite(&mut value, dialect)
        .into_iter()
        .map(|w| format!("{}{w}", path.display()))
        .collect();
    Ok((value, warnings))
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
    let mut cx = Lowerer {
        path,
        doc,
        api: ir::Api::default(),
        components: HashMap::new(),
        pointer_refs: HashMap::new(),
        doc_value: None,
        errors: Vec::new(),
    };
    cx.api.info = ir::ApiInfo {
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description: doc.info.description.clone(),
    };
    cx.api.servers = doc.servers.iter().map(|s| s.url.clone()).collect();
    cx.components();
    operations::lower_operations(&mut cx);
    crate::error::collapse(cx.errors)?;
    Ok(cx.api)
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
}
