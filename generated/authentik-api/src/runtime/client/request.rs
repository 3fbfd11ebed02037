//! Requests: a generated method's parameters and body, collected into a
//! [`Request`] (sent by `send`, decoded by `response`).

use super::super::correct::FieldType;
use super::encode::{encode, encode_with, flatten};
use super::error::RequestError;
use super::multipart::Multipart;
use super::operation::Operation;
use super::response::{self, Decoder, ResponseFuture};
use super::values::param_values;
use super::Client;
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

pub(super) enum Body {
    Empty,
    Bytes(Bytes, &'static str),
    Multipart(reqwest::multipart::Form),
}

/// One request being built by a generated method. Errors met while
/// building (a value that does not serialise ...) are kept and returned
/// when the request is sent, so the generated code stays a straight line.
#[must_use]
pub struct Request {
    pub(super) client: Client,
    pub(super) operation: &'static Operation,
    pub(super) path: String,
    /// Names (a `deepObject` parameter's are built: `filter[color]`) and
    /// percent-encoded values.
    pub(super) query: Vec<(Cow<'static, str>, String)>,
    pub(super) headers: Vec<(&'static str, String)>,
    pub(super) accept: &'static str,
    pub(super) body: Body,
    pub(super) error: Option<RequestError>,
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("operation", &self.operation.id)
            .field("path", &self.path)
            .field("accept", &self.accept)
            .finish_non_exhaustive()
    }
}

impl Request {
    pub(super) fn new(client: Client, operation: &'static Operation) -> Self {
        Request {
            client,
            operation,
            path: operation.path.to_string(),
            query: Vec::new(),
            headers: Vec::new(),
            accept: "application/json",
            body: Body::Empty,
            error: None,
        }
    }

    fn fail(&mut self, message: String, source: Option<Box<dyn std::error::Error + Send + Sync>>) {
        if self.error.is_none() {
            self.error = Some(RequestError::new(self.operation.id, message, source));
        }
    }

    fn values<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Vec<String> {
        match param_values(value) {
            Ok(values) => values,
            Err(e) => {
                self.fail(
                    format!("parameter `{name}` does not serialise"),
                    Some(Box::new(e)),
                );
                Vec::new()
            }
        }
    }

    /// Fill the path parameter `{name}` (style `simple`; arrays comma-separated).
    pub fn path<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let values = self.values(name, value);
        if values.is_empty() {
            self.fail(format!("path parameter `{name}` is empty"), None);
            return;
        }
        let mut encoded = String::new();
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                encoded.push(',');
            }
            encode(v, &mut encoded);
        }
        self.path = self.path.replace(&format!("{{{name}}}"), &encoded);
    }

    /// Add a query parameter, style `form` with `explode: true`: an array
    /// repeats the key (`a=1&a=2`); `None` (or `null`) adds nothing.
    pub fn query<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        for v in self.values(name, value) {
            let mut encoded = String::new();
            encode(&v, &mut encoded);
            self.query.push((Cow::Borrowed(name), encoded));
        }
    }

    /// Add a query parameter of style `deepObject`: an object's properties
    /// as `name[key]=value` (nested objects `name[a][b]`, arrays
    /// `name[key][0]`); `None` adds nothing.
    pub fn query_deep<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        match serde_json::to_value(value) {
            Ok(value) => {
                for (key, text) in flatten(name.to_string(), value) {
                    let mut encoded = String::new();
                    encode(&text, &mut encoded);
                    self.query.push((Cow::Owned(key), encoded));
                }
            }
            Err(e) => self.fail(
                format!("parameter `{name}` does not serialise"),
                Some(Box::new(e)),
            ),
        }
    }

    /// Add a query parameter whose array items are joined by `separator`
    /// (`explode: false`: `,` for style `form`, ` ` for `spaceDelimited`,
    /// `|` for `pipeDelimited`); `None` or an empty array adds nothing.
    pub fn query_joined<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        separator: &'static str,
    ) {
        let values = self.values(name, value);
        if values.is_empty() {
            return;
        }
        let mut sep = String::new();
        encode_with(separator, &mut sep, b",");
        let mut encoded = String::new();
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                encoded.push_str(&sep);
            }
            encode(v, &mut encoded);
        }
        self.query.push((Cow::Borrowed(name), encoded));
    }

    /// Add the optional parameters that are set.
    pub fn params(&mut self, params: &impl super::Params) {
        params.apply(self);
    }

    /// Replace every value of query parameter `name`.
    pub fn set_query<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.query.retain(|(n, _)| n != name);
        self.query(name, value);
    }

    /// Add a header parameter (style `simple`: array items comma-separated).
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        let values = self.values(name, value);
        if !values.is_empty() {
            self.headers.push((name, values.join(",")));
        }
    }

    /// The media type asked for with `Accept` (`application/json` unless set).
    pub fn accept(&mut self, media_type: &'static str) {
        self.accept = media_type;
    }

    /// A JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) {
        // Generic, so compiled once per body type: kept to the one call
        // that needs `T`.
        let _guard = self.target_version();
        let encoded = serde_json::to_vec(body);
        self.set_json(encoded);
    }

    /// Serialise for the client's server version while the guard lives.
    fn target_version(&self) -> Option<super::super::compat::TargetGuard> {
        self.client
            .server_version()
            .as_deref()
            .map(super::super::compat::TargetGuard::set)
    }

    fn set_json(&mut self, encoded: serde_json::Result<Vec<u8>>) {
        match encoded {
            Ok(bytes) => self.body = Body::Bytes(bytes.into(), "application/json"),
            Err(e) => self.fail("the body does not serialise".into(), Some(Box::new(e))),
        }
    }

    /// A body sent as is, with its content type.
    pub fn raw_body(&mut self, body: impl Into<Bytes>, content_type: &'static str) {
        self.body = Body::Bytes(body.into(), content_type);
    }

    /// An `application/x-www-form-urlencoded` body: the top-level
    /// properties of `body` as `key=value` pairs (arrays repeat the key,
    /// nested objects `key[sub]=value`, `null`s left out).
    pub fn form_body<T: Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_value(body) {
            Ok(serde_json::Value::Object(map)) => {
                let mut text = String::new();
                for (name, value) in map {
                    let pairs = match value {
                        serde_json::Value::Array(items) => items
                            .into_iter()
                            .flat_map(|item| flatten(name.clone(), item))
                            .collect(),
                        value => flatten(name, value),
                    };
                    for (key, value) in pairs {
                        if !text.is_empty() {
                            text.push('&');
                        }
                        encode(&key, &mut text);
                        text.push('=');
                        encode(&value, &mut text);
                    }
                }
                self.body = Body::Bytes(text.into(), "application/x-www-form-urlencoded");
            }
            Ok(_) => self.fail("a form body must be an object".into(), None),
            Err(e) => self.fail("the body does not serialise".into(), Some(Box::new(e))),
        }
    }

    /// A `multipart/form-data` body.
    pub fn multipart(&mut self, form: Multipart) {
        let (form, error) = form.into_parts();
        if let Some((message, source)) = error {
            self.fail(message, source);
        }
        self.body = Body::Multipart(form);
    }

    /// Send; a 2xx body is decoded from JSON into `T`.
    pub fn send_json<T: DeserializeOwned + FieldType, V, G>(self) -> ResponseFuture<T, V, G> {
        let decode = super::super::correct::decode_with::<T>;
        ResponseFuture::new(self.exchange(), Decoder::Json(decode))
    }

    /// Send; a 2xx body is returned as text (it must be UTF-8).
    pub fn send_text<V, G>(self) -> ResponseFuture<String, V, G> {
        ResponseFuture::new(self.exchange(), Decoder::Raw(response::decode_text))
    }

    /// Send; a 2xx body is returned as bytes.
    pub fn send_bytes<V, G>(self) -> ResponseFuture<Bytes, V, G> {
        ResponseFuture::new(self.exchange(), Decoder::Raw(response::decode_bytes))
    }

    /// Send; a 2xx body is ignored.
    pub fn send_empty<V, G>(self) -> ResponseFuture<(), V, G> {
        ResponseFuture::new(self.exchange(), Decoder::Raw(response::decode_empty))
    }

    /// A copy for the next page; `None` when the body cannot be copied.
    pub(super) fn clone_without_body(&self) -> Option<Request> {
        let body = match &self.body {
            Body::Empty => Body::Empty,
            Body::Bytes(b, t) => Body::Bytes(b.clone(), t),
            Body::Multipart(_) => return None,
        };
        Some(Request {
            client: self.client.clone(),
            operation: self.operation,
            path: self.path.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            accept: self.accept,
            body,
            error: None,
        })
    }
}
