//! The plain forms of a page's `api:` value (see `front_matter::Form`):
//! the operation as JSON on the `api:` line, or as a YAML mapping, read
//! into the same JSON value the compressed form inflates to, and held to
//! the same caps (the value's text, or for a YAML mapping the front
//! matter's, counts as its inflated size).

use super::front_matter::{self, syntax, Blob, Form, FrontMatter};
use super::inflate::Cap;
use crate::Error;
use std::path::Path;

/// The value's text size, checked against `cap`.
pub(super) fn size(path: &Path, blob: &Blob, cap: Cap) -> Result<u64, Error> {
    let bytes = match &blob.form {
        Form::Base64 => 0,
        Form::Json => blob.text.len(),
        Form::Yaml(front_matter) => front_matter.text.len(),
    } as u64;
    if bytes > cap.bytes() {
        let message = match cap {
            Cap::Page(limit) => format!(
                "`api:` value is more than {limit} bytes, the limit for one page \
                 (MdxLimits::max_inflated_page_bytes)"
            ),
            Cap::Total(left) => format!(
                "`api:` value is more than the {left} bytes left of the limit for all pages \
                 together (MdxLimits::max_inflated_total_bytes); the pages after this one are \
                 not read"
            ),
        };
        return Err(blob.error(path, message));
    }
    Ok(bytes)
}

/// The operation as JSON, from `blob` found in the page `text`; errors
/// name the page's line and column.
pub(super) fn json(path: &Path, blob: &Blob, text: &str) -> Result<serde_json::Value, Error> {
    match &blob.form {
        Form::Base64 => Err(blob.error(path, "`api:` value: a base64 blob, not a mapping")),
        Form::Json => match serde_json::from_str(&blob.text) {
            Ok(value) => Ok(value),
            // A flow mapping over several lines is YAML; when the front
            // matter is no YAML either, the line was meant as JSON.
            Err(e) => yaml(path, blob, &front_matter::front_matter(text)).map_err(|_| {
                // One line: serde_json's column counts bytes from 1.
                let offset = e.column().saturating_sub(1);
                blob.error_at(path, offset, format!("`api:` value: not JSON ({e})"))
            }),
        },
        Form::Yaml(front_matter) => yaml(path, blob, front_matter),
    }
}

/// The `api:` mapping of the front matter read as YAML.
fn yaml(path: &Path, blob: &Blob, front_matter: &FrontMatter) -> Result<serde_json::Value, Error> {
    let first_line = front_matter.first_line;
    let value =
        crate::source::openapi::yaml_value(path, &front_matter.text).map_err(|e| match e {
            Error::Syntax {
                line,
                column,
                message,
                ..
            } => syntax(
                path,
                line + first_line - 1,
                column,
                format!(
                "front matter is not YAML (lines counted from the first after `---`): {message}"
            ),
            ),
            other => other,
        })?;
    match value.get("api") {
        Some(api @ serde_json::Value::Object(_)) => Ok(api.clone()),
        _ => Err(blob.error(path, "`api:` value: not a mapping")),
    }
}
