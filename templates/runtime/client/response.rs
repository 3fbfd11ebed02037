//! Responses: statuses sorted into results and typed errors, bodies decoded
//! (leniently unless the client is strict, see `runtime::correct`), and the
//! corrections reported.

use super::super::correct::{self, Correction, FieldType, Session};
use super::error::{ApiError, DecodeError, Error, RequestError, StatusError, TransportError};
use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

/// How a documented error status is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Documented {
    /// Into the API's validation error type (`Error::Validation`).
    Validation,
    /// Into the API's generic error type (`Error::Forbidden`).
    Forbidden,
    /// Into the generic error type, if it is one (`Error::NotFound`).
    NotFound,
    /// Into the generic error type, if it is one (`Error::MethodNotAllowed`).
    MethodNotAllowed,
    /// Kept raw (`Error::Status`), with the schema's description.
    Other(&'static str),
}

/// The corrections made to one response, for [`super::ClientBuilder::on_correction`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Corrections<'a> {
    /// The operation id (`tasks_tasks_list`).
    pub operation: &'static str,
    pub status: StatusCode,
    pub corrections: &'a [Correction],
}

pub(super) type CorrectionHook = Arc<dyn Fn(&Corrections<'_>) + Send + Sync>;

/// How the client decodes bodies.
#[derive(Clone, Default)]
pub(super) struct Policy {
    /// Decode exactly as the schema says, without corrections.
    pub(super) strict: bool,
    pub(super) on_correction: Option<CorrectionHook>,
}

pub(super) type Exchange = Pin<Box<dyn Future<Output = Result<Raw, Failure>> + Send>>;

/// A response as received.
pub(super) struct Raw {
    pub(super) operation: &'static str,
    pub(super) status: StatusCode,
    pub(super) headers: HeaderMap,
    pub(super) body: Bytes,
    pub(super) policy: Policy,
}

impl Raw {
    pub(super) fn decode_error(
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

    fn api_error<B>(self, body: B) -> ApiError<B> {
        ApiError {
            operation: self.operation,
            status: self.status,
            headers: self.headers,
            body,
            raw: self.body,
        }
    }

    /// Tell the hook and `tracing` what was corrected: one event of target
    /// `<crate>::correction`, at `WARN` level when a value was made up or
    /// changed, `DEBUG` when fields the schema does not have were ignored.
    fn report(&self, corrections: &[Correction]) {
        let Some(first) = corrections.first() else {
            return;
        };
        let (operation, status, count) = (self.operation, self.status.as_u16(), corrections.len());
        if corrections.iter().any(|c| c.kind.changes_value()) {
            tracing::warn!(
                target: concat!(env!("CARGO_CRATE_NAME"), "::correction"),
                operation, status, count,
                "{operation}: response corrected in {count} place(s), first {first}",
            );
        } else {
            tracing::debug!(
                target: concat!(env!("CARGO_CRATE_NAME"), "::correction"),
                operation, status, count,
                "{operation}: {count} field(s) not in the schema ignored, first {first}",
            );
        }
        if let Some(hook) = &self.policy.on_correction {
            hook(&Corrections {
                operation: self.operation,
                status: self.status,
                corrections,
            });
        }
    }

    /// A session for decoding this response's body by the client's policy.
    fn session(&self) -> Session {
        Session::new(!self.policy.strict)
    }

    /// After a decode that succeeded: report its corrections.
    fn decoded(&self, session: Session) {
        self.report(session.corrections());
    }

    /// Why a decode failed: the path of the failing value, and the error.
    fn failed(&self, e: serde_json::Error) -> Failed {
        (error_path(&self.body, &e), Box::new(e))
    }

    /// Decode the body as JSON into `T` by the client's policy (error
    /// bodies; 2xx bodies go through [`Decoder::Json`]).
    pub(super) fn json<T: DeserializeOwned + FieldType>(&self) -> Result<T, Failed> {
        let mut session = self.session();
        match correct::decode_with::<T>(&self.body, &mut session) {
            Ok(value) => {
                self.decoded(session);
                Ok(value)
            }
            Err(e) => Err(self.failed(e)),
        }
    }
}

/// Why a body did not decode: the path of the failing value (empty when
/// the body is not JSON) and the error.
pub(super) type Failed = (String, Box<dyn std::error::Error + Send + Sync>);

/// The path of the value a decode error is about (`.` for the top level).
fn error_path(body: &[u8], e: &serde_json::Error) -> String {
    super::super::json_path::path_at(body, e.line(), e.column())
}

/// Anything but a 2xx response, before the error bodies are decoded.
pub(super) enum Failure {
    Status(Raw, Option<Documented>),
    Transport(TransportError),
    Request(RequestError),
}

impl Failure {
    pub(super) fn into_error<V: DeserializeOwned + FieldType, G: DeserializeOwned + FieldType>(
        self,
    ) -> Error<V, G> {
        match self {
            Failure::Status(raw, Some(Documented::Validation)) => match raw.json() {
                Ok(body) => Error::Validation(Box::new(raw.api_error(body))),
                Err((path, e)) => Error::Decode(raw.decode_error(path, e)),
            },
            Failure::Status(raw, Some(Documented::Forbidden)) => match raw.json() {
                Ok(body) => Error::Forbidden(Box::new(raw.api_error(body))),
                Err((path, e)) => Error::Decode(raw.decode_error(path, e)),
            },
            Failure::Status(raw, Some(Documented::NotFound)) => {
                let body = raw.json().ok();
                Error::NotFound(Box::new(raw.api_error(body)))
            }
            Failure::Status(raw, Some(Documented::MethodNotAllowed)) => {
                let body = raw.json().ok();
                Error::MethodNotAllowed(Box::new(raw.api_error(body)))
            }
            Failure::Status(raw, Some(Documented::Other(d))) => {
                Error::Status(Box::new(raw.status_error(Some(d))))
            }
            Failure::Status(raw, None) => Error::UnexpectedStatus(Box::new(raw.status_error(None))),
            Failure::Transport(e) => e.into(),
            Failure::Request(e) => e.into(),
        }
    }
}

/// How a 2xx body becomes the operation's result.
pub(super) enum Decoder<T> {
    /// JSON, by the client's policy: `correct::decode_with::<T>`, the one
    /// function compiled per body type.
    Json(fn(&[u8], &mut Session) -> serde_json::Result<T>),
    /// Text, bytes, or nothing.
    Raw(fn(&Raw) -> Result<T, Failed>),
}

impl<T> Decoder<T> {
    /// Decode a 2xx body; corrections are reported.
    pub(super) fn decode(&self, raw: &Raw) -> Result<T, Failed> {
        match self {
            Decoder::Json(decode) => {
                let mut session = raw.session();
                match decode(&raw.body, &mut session) {
                    Ok(value) => {
                        raw.decoded(session);
                        Ok(value)
                    }
                    Err(e) => Err(raw.failed(e)),
                }
            }
            Decoder::Raw(decode) => decode(raw),
        }
    }
}

/// A 2xx text body (it must be UTF-8).
pub(super) fn decode_text(raw: &Raw) -> Result<String, Failed> {
    match std::str::from_utf8(&raw.body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err((String::new(), Box::new(e))),
    }
}

/// A 2xx body as bytes.
pub(super) fn decode_bytes(raw: &Raw) -> Result<Bytes, Failed> {
    Ok(raw.body.clone())
}

/// A 2xx body ignored.
pub(super) fn decode_empty(_raw: &Raw) -> Result<(), Failed> {
    Ok(())
}

/// The result of one operation: a future that owns everything it needs
/// (it can be spawned), and sends the request when first polled.
#[must_use = "futures do nothing unless you `.await` or poll them"]
pub struct ResponseFuture<T, V, G> {
    exchange: Exchange,
    decode: Decoder<T>,
    _errors: PhantomData<fn() -> (V, G)>,
}

impl<T, V, G> ResponseFuture<T, V, G> {
    pub(super) fn new(exchange: Exchange, decode: Decoder<T>) -> Self {
        ResponseFuture {
            exchange,
            decode,
            _errors: PhantomData,
        }
    }
}

impl<T, V: DeserializeOwned + FieldType, G: DeserializeOwned + FieldType> Future
    for ResponseFuture<T, V, G>
{
    type Output = Result<T, Error<V, G>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match this.exchange.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(raw)) => Poll::Ready(match this.decode.decode(&raw) {
                Ok(value) => Ok(value),
                Err((path, source)) => Err(Error::Decode(raw.decode_error(path, source))),
            }),
            Poll::Ready(Err(failure)) => Poll::Ready(Err(failure.into_error())),
        }
    }
}

impl<T, V, G> fmt::Debug for ResponseFuture<T, V, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}
