//! Requests: an operation's parameters and body in, sent, and the response
//! handed to `response` for decoding.

use super::super::correct::FieldType;
use super::error::{RequestError, TransportError};
use super::multipart::Multipart;
use super::response::{self, Decoder, Documented, Exchange, Failure, Raw, ResponseFuture};
use super::values::param_values;
use super::{Client, Credential};
use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Put => reqwest::Method::PUT,
            Method::Post => reqwest::Method::POST,
            Method::Delete => reqwest::Method::DELETE,
            Method::Options => reqwest::Method::OPTIONS,
            Method::Head => reqwest::Method::HEAD,
            Method::Patch => reqwest::Method::PATCH,
            Method::Trace => reqwest::Method::TRACE,
        }
    }
}

/// What the schema says about one operation.
#[derive(Debug)]
pub struct Operation {
    /// The operation id (`core_users_list`).
    pub id: &'static str,
    pub method: Method,
    /// The path template below the server path (`/core/users/{id}/`).
    pub path: &'static str,
    /// Security alternatives: each a list of scheme names that must all be
    /// sent; an empty list allows anonymous access.
    pub security: &'static [&'static [&'static str]],
    /// The documented error statuses.
    pub errors: &'static [(u16, Documented)],
}

/// `operation!(Get "/core/users/" "core_users_list")`: declares
/// `static OPERATION`, the [`Operation`] of the method being written.
/// Security and documented errors are the client module's
/// `DEFAULT_SECURITY` and `DEFAULT_ERRORS` unless given:
/// `operation!(Get "/x/" "x_list" security(SECURITY_ANONYMOUS) errors(ERRORS_400_403_404))`.
///
/// Paths in the expansion start with `super::runtime::client` and
/// `super::`: invoke it from a module of the generated `client`.
// A schema without operations leaves the macro unused.
#[allow(unused_macros)]
macro_rules! operation {
    (@pick $default:path) => { $default };
    (@pick $default:path, $given:path) => { $given };
    ($method:ident $path:literal $id:literal $(security($security:ident))? $(errors($errors:ident))?) => {
        static OPERATION: super::runtime::client::Operation = super::runtime::client::Operation {
            id: $id,
            method: super::runtime::client::Method::$method,
            path: $path,
            security: super::runtime::client::operation!(@pick super::DEFAULT_SECURITY $(, super::$security)?),
            errors: super::runtime::client::operation!(@pick super::DEFAULT_ERRORS $(, super::$errors)?),
        };
    };
}

#[allow(unused_imports)]
pub(crate) use operation;

enum Body {
    Empty,
    Bytes(Bytes, &'static str),
    Multipart(reqwest::multipart::Form),
}

/// One request being built by a generated method. Errors met while
/// building (a value that does not serialise ...) are kept and returned
/// when the request is sent, so the generated code stays a straight line.
#[must_use]
pub struct Request {
    client: Client,
    operation: &'static Operation,
    path: String,
    /// Percent-encoded values.
    /// Names (a `deepObject` parameter's are built: `filter[color]`) and
    /// percent-encoded values.
    query: Vec<(Cow<'static, str>, String)>,
    headers: Vec<(&'static str, String)>,
    accept: &'static str,
    body: Body,
    error: Option<RequestError>,
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

    fn url(&self) -> String {
        let mut url = format!("{}{}", self.client.inner.base, self.path);
        let mut first = true;
        let credentials = self.client.credentials_for(self.operation.security);
        let query_credentials = credentials.iter().filter_map(|c| match c {
            Credential::Query(name, value) => Some((*name, value.as_str())),
            Credential::Header(..) => None,
        });
        let plain = self.query.iter().map(|(n, v)| (n.as_ref(), v.as_str()));
        for (name, value) in plain {
            url.push(if first { '?' } else { '&' });
            first = false;
            encode(name, &mut url);
            url.push('=');
            url.push_str(value);
        }
        for (name, value) in query_credentials {
            url.push(if first { '?' } else { '&' });
            first = false;
            encode(name, &mut url);
            url.push('=');
            encode(value, &mut url);
        }
        url
    }

    pub(super) fn exchange(self) -> Exchange {
        Box::pin(self.run())
    }

    async fn run(self) -> Result<Raw, Failure> {
        let operation = self.operation;
        if let Some(error) = self.error {
            return Err(Failure::Request(error));
        }
        let url = self.url();
        let client = &self.client;
        let inner = &client.inner;
        let url_for_errors = url.split('?').next().unwrap_or_default().to_string();
        let transport = |e: reqwest::Error| {
            Failure::Transport(TransportError {
                operation: operation.id,
                url: url_for_errors.clone(),
                source: e.without_url(),
            })
        };
        let mut builder = inner
            .http
            .request(operation.method.to_reqwest(), url.as_str())
            .header(ACCEPT, HeaderValue::from_static(self.accept))
            .header(USER_AGENT, inner.user_agent.clone());
        for credential in client.credentials_for(operation.security) {
            if let Credential::Header(name, value) = credential {
                builder = builder.header(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.headers {
            let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) else {
                return Err(Failure::Request(RequestError::new(
                    operation.id,
                    format!("header parameter `{name}` is not a valid header"),
                    None,
                )));
            };
            builder = builder.header(name, value);
        }
        builder = match self.body {
            Body::Empty => builder,
            Body::Bytes(bytes, content_type) => builder
                .header(CONTENT_TYPE, HeaderValue::from_static(content_type))
                .body(bytes),
            Body::Multipart(form) => builder.multipart(form),
        };
        if let Some(timeout) = client.timeout() {
            builder = builder.timeout(timeout);
        }
        let mut request = builder.build().map_err(transport)?;
        if let Some(hook) = &inner.hook {
            hook(&mut request);
        }
        let response = inner.http.execute(request).await.map_err(transport)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport)?;
        let raw = Raw {
            operation: operation.id,
            status,
            headers,
            body,
            policy: inner.policy.clone(),
        };
        if status.is_success() {
            Ok(raw)
        } else {
            let documented = operation
                .errors
                .iter()
                .find(|(code, _)| *code == status.as_u16())
                .map(|(_, d)| *d);
            Err(Failure::Status(raw, documented))
        }
    }
}

/// `value` as `key=text` pairs below `key`: a scalar is one pair, an
/// object's properties `key[name]`, an array's items `key[0]`, `key[1]`;
/// `null` is none. Nesting stops at 16 levels (JSON text below).
fn flatten(key: String, value: serde_json::Value) -> Vec<(String, String)> {
    fn walk(key: String, value: serde_json::Value, depth: usize, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match value {
            Value::Null => {}
            Value::String(s) => out.push((key, s)),
            Value::Bool(b) => out.push((key, b.to_string())),
            Value::Number(n) => out.push((key, n.to_string())),
            other if depth >= 16 => out.push((key, other.to_string())),
            Value::Object(map) => {
                for (name, value) in map {
                    walk(format!("{key}[{name}]"), value, depth + 1, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    walk(format!("{key}[{i}]"), item, depth + 1, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(key, value, 0, &mut out);
    out
}

/// Percent-encode everything but RFC 3986 unreserved characters.
fn encode(s: &str, out: &mut String) {
    encode_with(s, out, b"");
}

fn encode_with(s: &str, out: &mut String, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}
