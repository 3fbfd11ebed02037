//! The OpenAPI front-end: parse a document (YAML or JSON) with `openapiv3`
//! and lower it into the IR.
//!
//! Parse errors carry the line and column (syntax) or the JSON pointer of
//! the node that does not fit the OpenAPI model (structure). OpenAPI 3.1
//! documents are rewritten into the 3.0 model first (`dialect.rs`).

mod all_of;
mod dialect;
mod lower;
mod operations;
mod unions;
mod yaml;

pub(crate) use yaml::yaml_value;

use crate::ir::TypeId;
use crate::{ir, Error};
use serde::Deserialize;
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
/// into it (`file#/pointer: message`).
pub fn parse(path: &Path, bytes: &[u8]) -> Result<(openapiv3::OpenAPI, Vec<String>), Error> {
    let (value, warnings) = parse_json(path, bytes)?;
    // Without tracking the path first (it copies every key it passes);
    // again with it, over the same value, for an error's pointer.
    let doc = match openapiv3::OpenAPI::deserialize(&value) {
        Ok(doc) => doc,
        Err(_) => match serde_path_to_error::deserialize(&value) {
            Ok(doc) => doc,
            Err(e) => return Err(structure_error(path, e)),
        },
    };
    Ok((doc, warnings))
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

pub(crate) fn structure_error(
    path: &Path,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    let mut pointer = String::new();
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
