//! The decoded blob -> one operation plus the page-level extras.
//!
//! The plugin writes the operation object (without `summary`) and adds
//! `method`, `path`, `servers`, `securitySchemes`, `info`, `postman` and,
//! for JSON bodies, `jsonRequestBodyExample`. `method`, `path`,
//! `operationId` and `responses` are required; the extras are split off, the
//! examples dropped, and the rest is the OpenAPI operation.

use crate::Error;
use serde_json::{Map, Value};
use std::path::Path;

/// One page's operation, not yet rewritten (schemas still inline).
#[derive(Debug)]
pub(super) struct PageOperation {
    /// Lower case, as in an OpenAPI path item (`get`, `post`, ...).
    pub method: &'static str,
    pub path: String,
    pub id: String,
    /// The operation object without the extras.
    pub body: Map<String, Value>,
    pub servers: Option<Value>,
    pub security_schemes: Option<Value>,
    pub info: Option<Value>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Page-level keys that are not part of the OpenAPI operation.
const DROPPED: [&str; 2] = ["postman", "jsonRequestBodyExample"];

pub(super) fn split(path: &Path, value: Value) -> Result<PageOperation, Error> {
    let Value::Object(mut body) = value else {
        return Err(Error::spec(
            path,
            "",
            format!(
                "`api:` blob: expected an operation (a JSON object), found {}",
                kind(&value)
            ),
        ));
    };
    let mut errors = Vec::new();
    let method = match body.remove("method") {
        Some(Value::String(m)) => {
            let lower = m.to_ascii_lowercase();
            let found = METHODS.iter().find(|known| **known == lower).copied();
            if found.is_none() {
                errors.push(format!("/method: unknown HTTP method {m:?}"));
            }
            found
        }
        other => {
            errors.push(missing("method", "string", other.as_ref()));
            None
        }
    };
    let op_path = match body.remove("path") {
        Some(Value::String(p)) if p.starts_with('/') => Some(p),
        Some(Value::String(p)) => {
            errors.push(format!("/path: {p:?} does not start with `/`"));
            None
        }
        other => {
            errors.push(missing("path", "string", other.as_ref()));
            None
        }
    };
    let id = match body.get("operationId") {
        Some(Value::String(id)) if !id.is_empty() => Some(id.clone()),
        other => {
            errors.push(missing("operationId", "non-empty string", other));
            None
        }
    };
    match body.get("responses") {
        Some(Value::Object(_)) => {}
        other => errors.push(missing("responses", "object", other)),
    }
    let (Some(method), Some(op_path), Some(id), true) = (method, op_path, id, errors.is_empty())
    else {
        return Err(Error::spec(
            path,
            "",
            format!("`api:` blob is not an operation: {}", errors.join("; ")),
        ));
    };
    let servers = body.remove("servers");
    let security_schemes = body.remove("securitySchemes");
    let info = body.remove("info");
    for key in DROPPED {
        body.remove(key);
    }
    Ok(PageOperation {
        method,
        path: op_path,
        id,
        body,
        servers,
        security_schemes,
        info,
    })
}

fn missing(key: &str, expected: &str, found: Option<&Value>) -> String {
    match found {
        None => format!("/{key}: missing"),
        Some(value) => format!("/{key}: expected a {expected}, found {}", kind(value)),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
