//! The OpenAPI front-end: parse a document (YAML or JSON) with `openapiv3`
//! and lower it into the IR.
//!
//! Parse errors carry the line and column (syntax) or the JSON pointer of
//! the node that does not fit the OpenAPI model (structure).

mod all_of;
mod lower;
mod operations;

pub(crate) use lower::lower;

use crate::{ir, Error};
use std::path::Path;

/// Read, parse and lower one OpenAPI document.
pub fn load(path: &Path, max_bytes: u64) -> Result<ir::Api, Error> {
    let bytes = super::read_limited(path, max_bytes)?;
    let doc = parse(path, &bytes)?;
    lower::lower(path, &doc)
}

/// Parse a document held in memory. `path` is only used in messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<openapiv3::OpenAPI, Error> {
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
    if text.trim_start().starts_with('{') {
        parse_json(path, text)
    } else {
        parse_yaml(path, text)
    }
}

fn parse_json(path: &Path, text: &str) -> Result<openapiv3::OpenAPI, Error> {
    // First check syntax alone, so that syntax errors get a line and column.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    check_is_openapi(path, &value)?;
    serde_path_to_error::deserialize(value).map_err(|e| structure_error(path, e))
}

fn parse_yaml(path: &Path, text: &str) -> Result<openapiv3::OpenAPI, Error> {
    let value = yaml_value(path, text)?;
    check_is_openapi(path, &value)?;
    serde_path_to_error::deserialize(value).map_err(|e| structure_error(path, e))
}

/// `text` read as YAML, as a JSON value; a syntax error names `path`, the
/// line and the column.
pub(crate) fn yaml_value(path: &Path, text: &str) -> Result<serde_json::Value, Error> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        Error::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: e.to_string(),
        }
    })?;
    Ok(yaml_to_json(yaml))
}

/// YAML allows non-string keys (`200:` for a status code); JSON does not.
/// Scalars used as keys become their string form.
fn yaml_to_json(value: serde_yaml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    match value {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                J::from(i)
            } else if let Some(u) = n.as_u64() {
                J::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(J::Null, J::Number)
            }
        }
        Y::String(s) => J::String(s),
        Y::Sequence(items) => J::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => J::Object(
            map.into_iter()
                .map(|(k, v)| (yaml_key(k), yaml_to_json(v)))
                .collect(),
        ),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
    }
}

fn yaml_key(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s,
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Null => "null".into(),
        other => serde_yaml::to_string(&other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Reject documents that are not OpenAPI 3.0 with a message better than
/// "missing field".
fn check_is_openapi(path: &Path, value: &serde_json::Value) -> Result<(), Error> {
    let Some(object) = value.as_object() else {
        return Err(Error::spec(
            path,
            "",
            "not an OpenAPI document: the top level is not a mapping",
        ));
    };
    match object.get("openapi").and_then(|v| v.as_str()) {
        Some(v) if v.starts_with("3.0") => Ok(()),
        Some(v) => Err(Error::spec(
            path,
            "/openapi",
            format!("unsupported OpenAPI version {v:?} (expected 3.0.x)"),
        )),
        None => Err(Error::spec(
            path,
            "/openapi",
            "not an OpenAPI document: no `openapi: 3.0.x` field",
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
