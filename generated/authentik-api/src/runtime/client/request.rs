//! Requests: parameters and bodies in, typed results (or typed errors) out.

use super::error::{ApiError, DecodeError, Error, RequestError, StatusError, TransportError};
use super::multipart::Multipart;
use super::{Client, Credential};
use bytes::Bytes;
use futures_core::Stream;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

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

/// How a documented error status is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Documented {
    /// Into the API's validation error type (`Error::Validation`).
    Validation,
    /// Into the API's generic error type (`Error::Forbidden`).
    Forbidden,
    /// Kept raw (`Error::Status`), with the schema's description.
    Other(&'static str),
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
    query: Vec<(&'static str, String)>,
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
            self.query.push((name, encoded));
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
        self.query.push((name, encoded));
    }

    /// Add the optional parameters that are set.
    pub fn params(&mut self, params: &impl super::Params) {
        params.apply(self);
    }

    /// Replace every value of query parameter `name`.
    pub fn set_query<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.query.retain(|(n, _)| *n != name);
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
        let _guard = self
            .client
            .server_version()
            .map(super::super::compat::TargetGuard::set);
        let encoded = serde_json::to_vec(body);
        self.set_json(encoded);
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

    /// A `multipart/form-data` body.
    pub fn multipart(&mut self, form: Multipart) {
        let (form, error) = form.into_parts();
        if let Some((message, source)) = error {
            self.fail(message, source);
        }
        self.body = Body::Multipart(form);
    }

    /// Send; a 2xx body is decoded from JSON into `T`.
    pub fn send_json<T: DeserializeOwned, V, G>(self) -> ResponseFuture<T, V, G> {
        ResponseFuture::new(self, decode_json::<T>)
    }

    /// Send; a 2xx body is returned as text (it must be UTF-8).
    pub fn send_text<V, G>(self) -> ResponseFuture<String, V, G> {
        ResponseFuture::new(self, decode_text)
    }

    /// Send; a 2xx body is returned as bytes.
    pub fn send_bytes<V, G>(self) -> ResponseFuture<Bytes, V, G> {
        ResponseFuture::new(self, |raw| Ok(raw.body))
    }

    /// Send; a 2xx body is ignored.
    pub fn send_empty<V, G>(self) -> ResponseFuture<(), V, G> {
        ResponseFuture::new(self, |_| Ok(()))
    }

    /// Walk every page of a paginated list (`page` query parameter;
    /// `{pagination: {next, current, ...}, results: [...]}` bodies), yielding
    /// the items. The other parameters (filters, ordering, `page_size`) are
    /// sent with every page; a `page` already set is the first page fetched.
    pub fn paginate<T: DeserializeOwned, V, G>(self) -> PageStream<T, V, G> {
        PageStream {
            template: self.clone_without_body(),
            first: Some(self),
            in_flight: None,
            items: Vec::new().into_iter(),
            done: false,
            _errors: PhantomData,
        }
    }

    /// A copy for the next page; `None` when the body cannot be copied.
    fn clone_without_body(&self) -> Option<Request> {
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
        let plain = self.query.iter().map(|(n, v)| (*n, v.as_str()));
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

    fn exchange(self) -> Exchange {
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

type Exchange = Pin<Box<dyn Future<Output = Result<Raw, Failure>> + Send>>;

/// A response as received.
struct Raw {
    operation: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Raw {
    fn decode_error(
        self,
        path: String,
        source: Box<dyn std::error::Error + Send + Sync>,
    ) -> Box<DecodeError> {
        Box::new(DecodeError {
            operation: self.operation,
            status: self.status,
            headers: self.headers,
            body: self.body,
            path,
            source,
        })
    }

    fn status_error(self, description: Option<&'static str>) -> StatusError {
        StatusError {
            operation: self.operation,
            status: self.status,
            description,
            headers: self.headers,
            body: self.body,
        }
    }

    fn api_error<B: DeserializeOwned, V, G>(self) -> Result<ApiError<B>, Error<V, G>> {
        match parse_json(&self.body) {
            Ok(body) => Ok(ApiError {
                operation: self.operation,
                status: self.status,
                headers: self.headers,
                body,
                raw: self.body,
            }),
            Err((path, e)) => Err(Error::Decode(self.decode_error(path, Box::new(e)))),
        }
    }
}

/// Anything but a 2xx response, before the error bodies are decoded.
enum Failure {
    Status(Raw, Option<Documented>),
    Transport(TransportError),
    Request(RequestError),
}

impl Failure {
    fn into_error<V: DeserializeOwned, G: DeserializeOwned>(self) -> Error<V, G> {
        match self {
            Failure::Status(raw, Some(Documented::Validation)) => match raw.api_error() {
                Ok(e) => Error::Validation(Box::new(e)),
                Err(e) => e,
            },
            Failure::Status(raw, Some(Documented::Forbidden)) => match raw.api_error() {
                Ok(e) => Error::Forbidden(Box::new(e)),
                Err(e) => e,
            },
            Failure::Status(raw, Some(Documented::Other(d))) => {
                Error::Status(Box::new(raw.status_error(Some(d))))
            }
            Failure::Status(raw, None) => Error::UnexpectedStatus(Box::new(raw.status_error(None))),
            Failure::Transport(e) => e.into(),
            Failure::Request(e) => e.into(),
        }
    }
}

/// JSON; a decode error names the path of the failing field.
///
/// Compiled once per response type, so kept to the one call that needs `T`:
/// no closures, and the path is found from the error's position afterwards
/// (`json_path`) rather than tracked while decoding.
fn decode_json<T: DeserializeOwned>(raw: Raw) -> Result<T, Box<DecodeError>> {
    match serde_json::from_slice(&raw.body) {
        Ok(value) => Ok(value),
        Err(e) => Err(json_error(raw, e)),
    }
}

fn json_error(raw: Raw, e: serde_json::Error) -> Box<DecodeError> {
    let path = error_path(&raw.body, &e);
    raw.decode_error(path, Box::new(e))
}

/// The path of the value a decode error is about (`.` for the top level).
fn error_path(body: &[u8], e: &serde_json::Error) -> String {
    super::super::json_path::path_at(body, e.line(), e.column())
}

/// [`decode_json`] for error bodies, which keeps the raw body.
fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, (String, serde_json::Error)> {
    match serde_json::from_slice(body) {
        Ok(value) => Ok(value),
        Err(e) => Err((error_path(body, &e), e)),
    }
}

fn decode_text(raw: Raw) -> Result<String, Box<DecodeError>> {
    match std::str::from_utf8(&raw.body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(raw.decode_error(String::new(), Box::new(e))),
    }
}

/// The result of one operation: a future that owns everything it needs
/// (it can be spawned), and sends the request when first polled.
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct ResponseFuture<T, V, G> {
    exchange: Exchange,
    decode: fn(Raw) -> Result<T, Box<DecodeError>>,
    _errors: PhantomData<fn() -> (V, G)>,
}

impl<T, V, G> ResponseFuture<T, V, G> {
    fn new(request: Request, decode: fn(Raw) -> Result<T, Box<DecodeError>>) -> Self {
        ResponseFuture {
            exchange: request.exchange(),
            decode,
            _errors: PhantomData,
        }
    }
}

impl<T, V: DeserializeOwned, G: DeserializeOwned> Future for ResponseFuture<T, V, G> {
    type Output = Result<T, Error<V, G>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match this.exchange.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(raw)) => Poll::Ready((this.decode)(raw).map_err(Error::Decode)),
            Poll::Ready(Err(failure)) => Poll::Ready(Err(failure.into_error())),
        }
    }
}

impl<T, V, G> fmt::Debug for ResponseFuture<T, V, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct Page<T> {
    pagination: PageInfo,
    results: Vec<T>,
}

#[derive(Deserialize)]
struct PageInfo {
    #[serde(default)]
    next: Option<f64>,
    #[serde(default)]
    current: Option<f64>,
}

impl PageInfo {
    /// The next page number: authentik writes `0` when there is none.
    fn next_page(&self) -> Option<u64> {
        let next = self.next?;
        let after_current = self.current.is_none_or(|current| next > current);
        (next >= 1.0 && next.fract() == 0.0 && next <= u32::MAX as f64 && after_current)
            .then_some(next as u64)
    }
}

/// The items of every page of a paginated list, fetched one page at a
/// time as the stream is polled. The first error ends the stream.
#[must_use = "streams do nothing unless polled"]
pub struct PageStream<T, V, G> {
    template: Option<Request>,
    first: Option<Request>,
    in_flight: Option<Exchange>,
    items: std::vec::IntoIter<T>,
    done: bool,
    _errors: PhantomData<fn() -> (V, G)>,
}

// Nothing is pinned in place: the in-flight request is boxed.
impl<T, V, G> Unpin for PageStream<T, V, G> {}

impl<T: DeserializeOwned, V: DeserializeOwned, G: DeserializeOwned> Stream for PageStream<T, V, G> {
    type Item = Result<T, Error<V, G>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            if let Some(exchange) = &mut this.in_flight {
                let result = match exchange.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(result) => result,
                };
                this.in_flight = None;
                let page = match result {
                    Ok(raw) => decode_json::<Page<T>>(raw).map_err(Error::Decode),
                    Err(failure) => Err(failure.into_error()),
                };
                match page {
                    Ok(page) => {
                        match (page.pagination.next_page(), &mut this.template) {
                            (Some(next), Some(template)) if !page.results.is_empty() => {
                                template.set_query("page", &next);
                            }
                            _ => this.done = true,
                        }
                        this.items = page.results.into_iter();
                    }
                    Err(e) => {
                        this.done = true;
                        return Poll::Ready(Some(Err(e)));
                    }
                }
                continue;
            }
            let request = match this.first.take() {
                Some(first) => first,
                None => match this.template.as_ref().and_then(Request::clone_without_body) {
                    Some(next) => next,
                    None => {
                        this.done = true;
                        continue;
                    }
                },
            };
            this.in_flight = Some(request.exchange());
        }
    }
}

impl<T, V, G> fmt::Debug for PageStream<T, V, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageStream")
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// The string forms of a parameter value: none for `null`, one per item
/// for an array, one otherwise (objects as JSON text).
pub(super) fn param_values<T: Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<String>, serde_json::Error> {
    fn scalar(value: serde_json::Value) -> Option<String> {
        match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Bool(b) => Some(b.to_string()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            other => Some(other.to_string()),
        }
    }
    Ok(match serde_json::to_value(value)? {
        serde_json::Value::Array(items) => items.into_iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    })
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
