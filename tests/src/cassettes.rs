//! Recorded exchanges with a real authentik server
//! (`$AUTHENTIK_CASSETTES_DIR/real-authentik-*/`, third-party data, see its
//! README): one JSON object per line, `{seq, step, request, response}`.

use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The recordings of authentik 2026.8.0-rc1, if present (see
/// `inputs::env_dir`: under CI a missing folder fails the test).
pub fn real_authentik() -> Option<PathBuf> {
    let dir = super::inputs::env_dir("AUTHENTIK_CASSETTES_DIR")?;
    let dir = dir.join("real-authentik-2026.8.0-rc1");
    if dir.is_dir() {
        Some(dir)
    } else if super::inputs::is_ci() {
        panic!("{} is missing", dir.display())
    } else {
        eprintln!("skipped: {} is missing", dir.display());
        None
    }
}

/// One request and the server's answer.
#[derive(Clone, Debug, Deserialize)]
pub struct Exchange {
    pub seq: u32,
    /// The probe's step (`core/users/create`) or the operation id.
    pub step: String,
    pub request: Request,
    pub response: Response,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Request {
    pub method: String,
    /// Path and query, as sent (`/api/v3/core/users/?page=2`).
    pub path: String,
    pub headers: Headers,
    /// JSON, `{"__text__": ...}` for other bodies, `null` for none.
    pub body: Value,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Headers {
    pub authorization: Option<String>,
    #[serde(rename = "content-type")]
    pub content_type: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Response {
    pub status: u16,
    pub content_type: Option<String>,
    /// As for [`Request::body`]; `{"__text_truncated__": ..}` for long text.
    pub body: Value,
}

impl Request {
    /// The path without the query.
    pub fn path_only(&self) -> &str {
        self.path.split('?').next().unwrap_or_default()
    }

    /// The body as sent: JSON text, or the recorded text.
    pub fn body_bytes(&self) -> Option<Vec<u8>> {
        body_bytes(&self.body)
    }
}

impl Response {
    /// The body as received: JSON text, or the recorded text (cut to its
    /// first 4,000 characters when the recording truncated it).
    pub fn body_bytes(&self) -> Vec<u8> {
        body_bytes(&self.body).unwrap_or_default()
    }

    /// Whether the body was recorded as JSON.
    pub fn is_json(&self) -> bool {
        !self.body.is_null() && text_of(&self.body).is_none()
    }
}

fn text_of(body: &Value) -> Option<&str> {
    body.get("__text__")
        .or_else(|| body.get("__text_truncated__"))
        .and_then(Value::as_str)
}

fn body_bytes(body: &Value) -> Option<Vec<u8>> {
    if body.is_null() {
        return None;
    }
    Some(match text_of(body) {
        Some(text) => text.as_bytes().to_vec(),
        None => serde_json::to_vec(body).unwrap_or_default(),
    })
}

/// Read one `.jsonl` file of `dir`.
pub fn load(dir: &Path, file: &str) -> Vec<Exchange> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}
