//! Errors of the client: one type for every operation, typed by status.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use std::fmt;

/// An operation failed. `V` is the API's validation error body (`400`),
/// `G` its generic error body (`403`, `404`, `405`); the generated
/// `client::Error` fixes both.
///
/// Every variant that saw a response keeps its status and raw body.
///
/// ```ignore
/// match client.core().users_create(&body).await {
///     Err(e) if e.is_not_found() => { /* no such object, or a server without this route */ }
///     Err(Error::Validation(e)) => {
///         // DRF's messages per field: {"username": ["This field must be unique."]}
///         for (field, errors) in &e.body.additional_properties {
///             eprintln!("{field}: {errors}");
///         }
///     }
///     other => { other?; }
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<V = serde_json::Value, G = serde_json::Value> {
    /// `400 Bad Request` with the documented validation error body.
    Validation(Box<ApiError<V>>),
    /// `403 Forbidden` with the documented generic error body.
    Forbidden(Box<ApiError<G>>),
    /// `404 Not Found`: no such object or page (`{"detail": "No User matches
    /// the given query."}`). The body is `None` when it is not the generic
    /// error (the HTML page of a server that has no such route).
    NotFound(Box<ApiError<Option<G>>>),
    /// `405 Method Not Allowed` (a server that has the path but not the
    /// method); the body as for [`Error::NotFound`].
    MethodNotAllowed(Box<ApiError<Option<G>>>),
    /// Another error status the operation documents (`404` "User not found" ...).
    Status(Box<StatusError>),
    /// A status the operation does not document.
    UnexpectedStatus(Box<StatusError>),
    /// The response body does not have the documented type.
    Decode(Box<DecodeError>),
    /// The request could not be sent or the response not read
    /// (connection refused, TLS, timeout ...).
    Transport(Box<TransportError>),
    /// The request could not be built (a parameter or body that does not
    /// serialise, an unreadable file ...). Nothing was sent.
    Request(Box<RequestError>),
}

impl<V, G> Error<V, G> {
    /// The operation id (`core_users_list`).
    pub fn operation(&self) -> &'static str {
        match self {
            Error::Validation(e) => e.operation,
            Error::Forbidden(e) => e.operation,
            Error::NotFound(e) | Error::MethodNotAllowed(e) => e.operation,
            Error::Status(e) | Error::UnexpectedStatus(e) => e.operation,
            Error::Decode(e) => e.operation,
            Error::Transport(e) => e.operation,
            Error::Request(e) => e.operation,
        }
    }

    /// The response status, when there was a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Validation(e) => Some(e.status),
            Error::Forbidden(e) => Some(e.status),
            Error::NotFound(e) | Error::MethodNotAllowed(e) => Some(e.status),
            Error::Status(e) | Error::UnexpectedStatus(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(_) | Error::Request(_) => None,
        }
    }

    /// The raw response body, when there was a response.
    pub fn body(&self) -> Option<&Bytes> {
        match self {
            Error::Validation(e) => Some(&e.raw),
            Error::Forbidden(e) => Some(&e.raw),
            Error::NotFound(e) | Error::MethodNotAllowed(e) => Some(&e.raw),
            Error::Status(e) | Error::UnexpectedStatus(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
            Error::Transport(_) | Error::Request(_) => None,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.source.is_timeout())
    }

    /// Whether the server answered `404 Not Found` (documented or not).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// Whether the server answered `405 Method Not Allowed`.
    pub fn is_method_not_allowed(&self) -> bool {
        self.status() == Some(StatusCode::METHOD_NOT_ALLOWED)
    }

    /// Whether the server answered `403 Forbidden`.
    pub fn is_forbidden(&self) -> bool {
        self.status() == Some(StatusCode::FORBIDDEN)
    }

    /// The decoded validation error of a `400`, with its per-field messages.
    pub fn validation_error(&self) -> Option<&V> {
        match self {
            Error::Validation(e) => Some(&e.body),
            _ => None,
        }
    }
}

impl<V, G> fmt::Display for Error<V, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => write!(
                f,
                "{}: invalid request ({}): {}",
                e.operation,
                e.status,
                excerpt(&e.raw)
            ),
            Error::Forbidden(e) => write!(
                f,
                "{}: forbidden ({}): {}",
                e.operation,
                e.status,
                excerpt(&e.raw)
            ),
            Error::NotFound(e) => write!(
                f,
                "{}: not found ({}): {}",
                e.operation,
                e.status,
                excerpt(&e.raw)
            ),
            Error::MethodNotAllowed(e) => write!(
                f,
                "{}: method not allowed ({}): {}",
                e.operation,
                e.status,
                excerpt(&e.raw)
            ),
            Error::Status(e) | Error::UnexpectedStatus(e) => fmt::Display::fmt(e, f),
            Error::Decode(e) => fmt::Display::fmt(e, f),
            Error::Transport(e) => fmt::Display::fmt(e, f),
            Error::Request(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl<V: fmt::Debug, G: fmt::Debug> std::error::Error for Error<V, G> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(e) => Some(&*e.source),
            Error::Transport(e) => Some(&e.source),
            Error::Request(e) => e.source.as_deref().map(|s| s as _),
            _ => None,
        }
    }
}

impl<V, G> From<TransportError> for Error<V, G> {
    fn from(e: TransportError) -> Self {
        Error::Transport(Box::new(e))
    }
}

impl<V, G> From<RequestError> for Error<V, G> {
    fn from(e: RequestError) -> Self {
        Error::Request(Box::new(e))
    }
}

/// A documented error status with its decoded body.
#[derive(Debug)]
#[non_exhaustive]
pub struct ApiError<B> {
    pub operation: &'static str,
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: B,
    /// The body as received.
    pub raw: Bytes,
}

/// An error status whose body is kept raw.
#[derive(Debug)]
#[non_exhaustive]
pub struct StatusError {
    pub operation: &'static str,
    pub status: StatusCode,
    /// What the schema says about this status; `None` when it is not documented.
    pub description: Option<&'static str>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl StatusError {
    /// The body decoded as JSON.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.description.filter(|d| !d.is_empty()) {
            Some(d) => write!(f, "{}: {} ({d})", self.operation, self.status)?,
            None if self.description.is_some() => write!(f, "{}: {}", self.operation, self.status)?,
            None => write!(f, "{}: undocumented status {}", self.operation, self.status)?,
        }
        if !self.body.is_empty() {
            write!(f, ": {}", excerpt(&self.body))?;
        }
        Ok(())
    }
}

/// A response body that does not have the documented type.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    pub operation: &'static str,
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as received.
    pub body: Bytes,
    /// Where in the body decoding failed, as a serde path (`results[3].pk`;
    /// `.` for the top level; empty when the body is not JSON).
    pub path: String,
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not decode the {} response",
            self.operation, self.status
        )?;
        if !self.path.is_empty() {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}", self.source)
    }
}

/// The request could not be sent or the response not read.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    pub operation: &'static str,
    /// The request URL without its query.
    pub url: String,
    /// The `reqwest` error (without the URL, which may carry query parameters).
    pub source: reqwest::Error,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.operation, self.source, self.url)?;
        let mut source = std::error::Error::source(&self.source);
        while let Some(s) = source {
            write!(f, ": {s}")?;
            source = s.source();
        }
        Ok(())
    }
}

/// The request could not be built; nothing was sent.
#[derive(Debug)]
#[non_exhaustive]
pub struct RequestError {
    pub operation: &'static str,
    pub message: String,
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl RequestError {
    pub(crate) fn new(
        operation: &'static str,
        message: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        RequestError {
            operation,
            message: message.into(),
            source,
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.operation, self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

/// The client could not be built. Never shows a credential.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute http(s) URL without query.
    InvalidBaseUrl(String),
    /// A credential was given for a scheme the API does not have.
    UnknownScheme(String),
    /// A credential cannot be sent in a header (control characters ...).
    InvalidCredential(&'static str),
    /// The user agent cannot be sent in a header.
    InvalidUserAgent,
    /// The default `reqwest` client could not be built (TLS setup).
    Http(reqwest::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::InvalidBaseUrl(why) => write!(f, "invalid base URL {why}"),
            BuildError::UnknownScheme(s) => write!(f, "no security scheme named {s:?}"),
            BuildError::InvalidCredential(s) => {
                write!(
                    f,
                    "the credential for scheme {s:?} is not a valid header value"
                )
            }
            BuildError::InvalidUserAgent => {
                f.write_str("the user agent is not a valid header value")
            }
            BuildError::Http(e) => write!(f, "could not build the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            _ => None,
        }
    }
}

/// The start of a body for messages: at most 300 characters, one line.
fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 300;
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(MAX).is_some() {
        out.push_str("...");
    }
    if out.trim().is_empty() {
        out = "(empty body)".to_string();
    }
    out
}
