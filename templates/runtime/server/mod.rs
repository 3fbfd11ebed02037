//! The server runtime shared by every generated operation handler.
//!
//! Generated code (`src/server/`) declares one trait per tag with one async
//! method per operation, the query structs and the response enums, and one
//! small glue function per operation that takes typed values out of an
//! [`Input`] and calls the trait. Everything else lives here, once:
//! routing ([`Server`]), credentials ([`Auth`]), parameter parsing
//! (`params`), request validation against the schema table
//! ([`table`], `validate`), body limits, error bodies in authentik's shapes,
//! where trait methods an implementation leaves out go ([`Forward`]), and
//! the adapter that turns an untyped [`Backend`] into an implementation of
//! every generated trait ([`Dynamic`]).
//!
//! Error bodies: `400` is authentik's `ValidationError`
//! (`{"field": ["message"], "non_field_errors": [...]}`), `403` and `404`
//! its `GenericError` (`{"detail": "..."}`), as are `400` for unparsable
//! JSON (`{"detail": "JSON parse error - ..."}`) and `405`
//! (`{"detail": "Method \"DELETE\" not allowed."}`); `413` for bodies over
//! the limit, `415` for media types an operation does not accept.

mod coerce;
mod dynamic;
mod example;
pub(crate) mod form;
mod params;
mod router;
pub mod table;
mod table_format;
pub mod validate;

pub use bytes::Bytes;
pub use dynamic::{forward, Args, Backend, Call, Dynamic, Forward, ForwardFuture};
pub use router::{reply, BoxReply, Route, Server, DEFAULT_BODY_LIMIT};
pub use table::{Api, Ty};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::fmt;

/// What an operation handler returns: its typed response, or an error the
/// server turns into a response.
pub type Result<T, E = ServerError> = std::result::Result<T, E>;

/// The caller's credential, as the server found it for the operation.
///
/// `Debug` never shows the credential.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Auth {
    scheme: Option<&'static str>,
    credential: Option<String>,
}

impl Auth {
    /// A credential sent for `scheme`.
    pub fn new(scheme: &'static str, credential: impl Into<String>) -> Self {
        Auth {
            scheme: Some(scheme),
            credential: Some(credential.into()),
        }
    }

    /// No credential (an operation that allows anonymous access).
    pub fn anonymous() -> Self {
        Auth::default()
    }

    /// The security scheme the credential was sent for (`authentik`).
    pub fn scheme(&self) -> Option<&'static str> {
        self.scheme
    }

    /// The token, without its `Bearer ` prefix.
    pub fn credential(&self) -> Option<&str> {
        self.credential.as_deref()
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("scheme", &self.scheme)
            .field(
                "credential",
                &self.credential.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// A response body that is not JSON (XML metadata, exported files ...).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawBody {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// An untyped response: status and body.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: ReplyBody,
}

/// The body of a [`Reply`].
#[derive(Clone, Debug, PartialEq)]
pub enum ReplyBody {
    Empty,
    Json(Value),
    Raw(RawBody),
}

impl Reply {
    /// `status` with `body` as JSON.
    pub fn json<T: Serialize>(status: u16, body: &T) -> Reply {
        match serde_json::to_value(body) {
            Ok(value) => Reply {
                status,
                body: ReplyBody::Json(value),
            },
            Err(e) => ServerError::Internal(format!("response body: {e}")).into_reply(),
        }
    }

    /// `status` without a body.
    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            body: ReplyBody::Empty,
        }
    }

    /// `status` with a raw body.
    pub fn raw(status: u16, body: RawBody) -> Reply {
        Reply {
            status,
            body: ReplyBody::Raw(body),
        }
    }

    /// `{"detail": message}` (authentik's `GenericError`).
    pub fn detail(status: u16, message: &str) -> Reply {
        Reply {
            status,
            body: ReplyBody::Json(json!({ "detail": message })),
        }
    }

    /// The JSON body as `T` (a response enum's variant). A body that does
    /// not fit is the implementation's mistake: a `500`.
    pub fn decode<T: DeserializeOwned>(self) -> Result<T> {
        let value = match self.body {
            ReplyBody::Json(value) => value,
            ReplyBody::Empty => Value::Null,
            ReplyBody::Raw(raw) => serde_json::from_slice(&raw.bytes).map_err(|e| {
                ServerError::Internal(format!("{} response is not JSON: {e}", self.status))
            })?,
        };
        serde_json::from_value(value).map_err(|e| {
            ServerError::Internal(format!(
                "{} response does not match the schema: {e}",
                self.status
            ))
        })
    }

    /// The body as raw bytes (JSON is written out).
    pub fn decode_raw(self) -> Result<RawBody> {
        Ok(match self.body {
            ReplyBody::Raw(raw) => raw,
            ReplyBody::Empty => RawBody::default(),
            ReplyBody::Json(value) => RawBody {
                content_type: "application/json".into(),
                bytes: serde_json::to_vec(&value)
                    .map_err(|e| ServerError::Internal(e.to_string()))?,
            },
        })
    }
}

/// A typed response enum, written as a [`Reply`].
pub trait IntoReply {
    fn into_reply(self) -> Reply;
}

/// A typed response enum, read from a [`Reply`] ([`Dynamic`]). A status
/// the operation does not document comes back as [`ServerError::Reply`].
pub trait FromReply: Sized {
    fn from_reply(reply: Reply) -> Result<Self>;
}

/// An error an operation handler returns instead of a documented response.
#[derive(Clone, Debug, PartialEq)]
pub enum ServerError {
    /// `404 {"detail": "Not found."}`.
    NotFound,
    /// `501`: the trait method is not implemented, and its trait has no
    /// fallback ([`forward`]).
    NotImplemented,
    /// `400` with this `ValidationError` body.
    BadRequest(Value),
    /// `500 {"detail": "Internal server error: <message>"}`.
    Internal(String),
    /// Any other response, sent as is.
    Reply(Reply),
}

impl ServerError {
    /// `400 {"non_field_errors": [message]}`.
    pub fn invalid(message: impl Into<String>) -> Self {
        let mut map = Map::new();
        map.insert(
            "non_field_errors".into(),
            Value::Array(vec![Value::String(message.into())]),
        );
        ServerError::BadRequest(Value::Object(map))
    }

    /// The response this error is sent as.
    pub fn into_reply(self) -> Reply {
        match self {
            ServerError::NotFound => Reply::detail(404, "Not found."),
            ServerError::NotImplemented => Reply::detail(501, "Not implemented."),
            ServerError::BadRequest(body) => Reply {
                status: 400,
                body: ReplyBody::Json(body),
            },
            ServerError::Internal(message) => {
                Reply::detail(500, &format!("Internal server error: {message}"))
            }
            ServerError::Reply(reply) => reply,
        }
    }
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerError::NotFound => f.write_str("not found"),
            ServerError::NotImplemented => f.write_str("not implemented"),
            ServerError::BadRequest(body) => write!(f, "bad request: {body}"),
            ServerError::Internal(message) => write!(f, "internal error: {message}"),
            ServerError::Reply(reply) => write!(f, "response with status {}", reply.status),
        }
    }
}

impl std::error::Error for ServerError {}

/// An uploaded file of a `multipart/form-data` body.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UploadedFile {
    /// The form field it was sent as.
    pub field: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl fmt::Debug for UploadedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedFile")
            .field("field", &self.field)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// A `multipart/form-data` body: the fields as `T` (a file field holds the
/// file's name) and the files themselves.
#[derive(Clone, Debug, PartialEq)]
pub struct Form<T> {
    pub value: T,
    pub files: Vec<UploadedFile>,
}

impl<T> Form<T> {
    /// The file sent as `field`.
    pub fn file(&self, field: &str) -> Option<&UploadedFile> {
        self.files.iter().find(|f| f.field == field)
    }
}

/// A validated request, handed to an operation's generated glue function.
#[derive(Debug, Default)]
pub struct Input {
    auth: Auth,
    /// Every parameter by name, typed as the schema says.
    params: Map<String, Value>,
    body: Option<Value>,
    files: Vec<UploadedFile>,
    raw: Option<bytes::Bytes>,
}

impl Input {
    pub(crate) fn new(auth: Auth, params: Map<String, Value>, body: router::ReadBody) -> Self {
        Input {
            auth,
            params,
            body: body.value,
            files: body.files,
            raw: body.raw,
        }
    }

    /// The caller's credential.
    pub fn auth(&mut self) -> Auth {
        std::mem::take(&mut self.auth)
    }

    /// The parameter `name` as `T`.
    pub fn path<T: DeserializeOwned>(&self, name: &str) -> Result<T> {
        let value = self.params.get(name).cloned().unwrap_or(Value::Null);
        serde_json::from_value(value).map_err(|e| field_error(name, e))
    }

    /// Every parameter as one struct (the generated `*Query`).
    pub fn params<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_value(Value::Object(self.params.clone()))
            .map_err(|e| ServerError::invalid(e.to_string()))
    }

    /// The JSON body as `T`.
    pub fn json<T: DeserializeOwned>(&mut self) -> Result<T> {
        let value = self
            .body
            .take()
            .unwrap_or_else(|| Value::Object(Map::new()));
        serde_json::from_value(value).map_err(|e| ServerError::invalid(e.to_string()))
    }

    /// The JSON body as `T`, if one was sent.
    pub fn json_opt<T: DeserializeOwned>(&mut self) -> Result<Option<T>> {
        match self.body.take() {
            None => Ok(None),
            Some(value) => serde_json::from_value(value)
                .map(Some)
                .map_err(|e| ServerError::invalid(e.to_string())),
        }
    }

    /// A body of any other media type: the bytes as sent (empty when none
    /// was).
    pub fn raw(&mut self) -> bytes::Bytes {
        self.body = None;
        self.raw.take().unwrap_or_default()
    }

    /// The `multipart/form-data` body.
    pub fn form<T: DeserializeOwned>(&mut self) -> Result<Form<T>> {
        let value = self.json()?;
        Ok(Form {
            value,
            files: std::mem::take(&mut self.files),
        })
    }
}

fn field_error(name: &str, e: serde_json::Error) -> ServerError {
    let mut map = Map::new();
    map.insert(
        name.to_string(),
        Value::Array(vec![Value::String(e.to_string())]),
    );
    ServerError::BadRequest(Value::Object(map))
}
