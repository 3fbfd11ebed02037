//! [`Dynamic`]: any untyped [`Backend`] as an implementation of every
//! generated server trait, and [`Forward`], where a trait's methods send
//! the operations an implementation leaves out.
//!
//! Every method of a generated tag trait that an implementation does not
//! define hands its operation to the trait's `fallback()` ([`forward`]): it
//! serialises the typed arguments into [`Args`], the fallback answers with
//! a [`Reply`], and the reply is read back into the operation's typed
//! response enum, so a reply that does not match the schema is caught
//! (`500`) instead of being sent. No fallback (the default) is `501`.
//! `Dynamic<B>` implements each trait by being its own fallback, so every
//! operation reaches the [`Backend`]; the fake authentik is such a backend.

use super::table::{Api, Operation};
use super::{Auth, FromReply, Reply, Result, ServerError, UploadedFile};
use serde::Serialize;
use serde_json::{Map, Value};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// One operation call, untyped: what a [`Backend`] sees.
#[derive(Debug)]
pub struct Call {
    pub api: &'static Api,
    pub op: &'static Operation,
    pub auth: Auth,
    /// Path, query and header parameters by name (absent optional ones left out).
    pub params: Map<String, Value>,
    /// The JSON body (a form's fields, for `multipart/form-data`; for a
    /// body of another media type, its text with invalid UTF-8 replaced).
    pub body: Option<Value>,
    pub files: Vec<UploadedFile>,
    /// A body of another media type: its bytes as sent.
    pub raw: Option<bytes::Bytes>,
}

/// An untyped implementation of the whole API.
pub trait Backend: Send + Sync + 'static {
    /// Answer one call. The reply must match the operation's documented
    /// response for its status (checked by [`Dynamic`]); undocumented
    /// statuses (`404` ...) are sent as they are.
    fn handle(&self, call: Call) -> impl Future<Output = Result<Reply>> + Send;
}

/// A [`Backend`] as an implementation of every generated server trait.
pub struct Dynamic<B> {
    backend: Arc<B>,
    api: &'static Api,
}

impl<B> Clone for Dynamic<B> {
    fn clone(&self) -> Self {
        Dynamic {
            backend: Arc::clone(&self.backend),
            api: self.api,
        }
    }
}

impl<B: Backend> Dynamic<B> {
    /// Wrap `backend` for the API described by `api`.
    pub fn with_api(backend: B, api: &'static Api) -> Self {
        Dynamic {
            backend: Arc::new(backend),
            api,
        }
    }

    /// The backend.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Call operation `id` with `args` and read the reply as `R`.
    pub fn call<R: FromReply>(
        &self,
        id: &'static str,
        auth: Auth,
        args: Args,
    ) -> impl Future<Output = Result<R>> + Send + 'static {
        let reply = self.reply(id, auth, args);
        async move { R::from_reply(reply.await?) }
    }

    /// Call operation `id` with `args`: the backend's reply, unread.
    fn reply(
        &self,
        id: &'static str,
        auth: Auth,
        args: Args,
    ) -> impl Future<Output = Result<Reply>> + Send + 'static {
        let backend = Arc::clone(&self.backend);
        let api = self.api;
        async move {
            let op = api
                .operation(id)
                .ok_or_else(|| ServerError::Internal(format!("unknown operation {id}")))?;
            if let Some(error) = args.error {
                return Err(ServerError::Internal(error));
            }
            let call = Call {
                api,
                op,
                auth,
                params: args.params,
                body: args.body,
                files: args.files,
                raw: args.raw,
            };
            backend.handle(call).await
        }
    }
}

/// A future of a [`Forward`] reply.
pub type ForwardFuture = Pin<Box<dyn Future<Output = Result<Reply>> + Send + 'static>>;

/// Where a generated trait's methods send the operations an implementation
/// does not define: return one from the trait's `fallback()` (for example
/// a [`Dynamic`] wrapping the fake authentik, to serve a few operations
/// yourself and fake the rest).
pub trait Forward: Send + Sync {
    /// Answer operation `id` called with `args`. The reply is checked
    /// against the operation's documented responses by the caller.
    fn forward(&self, id: &'static str, auth: Auth, args: Args) -> ForwardFuture;
}

impl<B: Backend> Forward for Dynamic<B> {
    fn forward(&self, id: &'static str, auth: Auth, args: Args) -> ForwardFuture {
        Box::pin(self.reply(id, auth, args))
    }
}

/// The body of every generated trait method: operation `id` forwarded to
/// `to` with `args`, its reply read as `R`; `501` without a fallback.
pub fn forward<R: FromReply + 'static>(
    to: Option<&dyn Forward>,
    id: &'static str,
    auth: Auth,
    args: Args,
) -> impl Future<Output = Result<R>> + Send + 'static {
    let reply = to.map(|to| to.forward(id, auth, args));
    async move {
        match reply {
            Some(reply) => R::from_reply(reply.await?),
            None => Err(ServerError::NotImplemented),
        }
    }
}

/// Typed arguments serialised for a [`Call`].
#[derive(Debug, Default)]
pub struct Args {
    params: Map<String, Value>,
    body: Option<Value>,
    files: Vec<UploadedFile>,
    raw: Option<bytes::Bytes>,
    error: Option<String>,
}

impl Args {
    pub fn new() -> Self {
        Args::default()
    }

    fn value<T: Serialize>(&mut self, what: &str, value: &T) -> Option<Value> {
        match serde_json::to_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error.get_or_insert(format!("{what}: {e}"));
                None
            }
        }
    }

    /// One parameter.
    pub fn param<T: Serialize>(mut self, name: &str, value: &T) -> Self {
        if let Some(v) = self.value(name, value) {
            self.params.insert(name.to_string(), v);
        }
        self
    }

    /// Every field of a `*Query` struct as a parameter.
    pub fn params<T: Serialize>(mut self, query: &T) -> Self {
        if let Some(Value::Object(map)) = self.value("parameters", query) {
            self.params
                .extend(map.into_iter().filter(|(_, v)| !v.is_null()));
        }
        self
    }

    /// The JSON body.
    pub fn body<T: Serialize>(mut self, body: &T) -> Self {
        self.body = self.value("body", body).filter(|v| !v.is_null());
        self
    }

    /// A body of another media type: the bytes, and as the JSON body its
    /// text (invalid UTF-8 replaced).
    pub fn raw(mut self, body: &bytes::Bytes) -> Self {
        self.body = Some(Value::String(String::from_utf8_lossy(body).into_owned()));
        self.raw = Some(body.clone());
        self
    }

    /// A `multipart/form-data` body.
    pub fn form<T: Serialize>(mut self, form: &super::Form<T>) -> Self {
        self.body = self.value("form", &form.value);
        self.files = form.files.clone();
        self
    }
}
