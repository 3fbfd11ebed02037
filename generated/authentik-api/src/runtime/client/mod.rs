//! The HTTP client shared by every generated operation method.
//!
//! A generated method only fills in a [`Request`] (path and query
//! parameters, body) from a static [`Operation`] descriptor and picks how the
//! success body is read; everything else lives here, once: URL building,
//! parameter encoding, credentials, timeouts, the user agent, the request
//! hook, status handling, error decoding and pagination. That keeps the
//! per-operation code to a few lines, and the crate quick to compile.
//!
//! Secrets: credentials are kept as sensitive header values; `Debug` of
//! [`Client`] and [`ClientBuilder`] names the schemes that have one but never
//! shows it, and errors carry no request headers and no query string.
//!
//! Responses are decoded leniently (see `runtime::correct`): a body that
//! lacks a required field or has `null` in a non-nullable one decodes, with
//! zero values, and each such correction is reported as a `tracing` event
//! and to [`ClientBuilder::on_correction`]. [`ClientBuilder::strict`] turns
//! that off.

#[cfg(feature = "test-dispatch")]
#[doc(hidden)]
pub mod dispatch;
mod encode;
mod error;
mod multipart;
mod operation;
mod paginate;
mod params;
mod request;
mod response;
mod send;
mod values;

pub use super::correct::{Correction, CorrectionKind};
pub use bytes::Bytes;
pub use error::{
    ApiError, BuildError, DecodeError, Error, RequestError, StatusError, TransportError,
};
pub use multipart::{FilePart, Multipart};
#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use operation::operation;
pub use operation::{Method, Operation};
pub use paginate::PageStream;
#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use params::params;
// Exported from the runtime crate's own build (see `runtime/mod.rs`).
#[cfg(runtime_crate)]
pub use crate::{operation, params};
pub use params::Params;
pub use request::Request;
/// The `reqwest` this client is built on: build a [`reqwest::Client`] with
/// it to share a connection pool or set proxies, TLS roots and the like.
pub use reqwest;
pub use response::{Corrections, Documented, ResponseFuture};

use reqwest::header::{HeaderName, HeaderValue};
use response::Policy;
use serde::de::DeserializeOwned;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// What the client needs to know about the API, written once by the generator.
#[derive(Debug)]
pub struct ApiInfo {
    /// `info.title` of the schema.
    pub title: &'static str,
    /// `info.version` of the schema.
    pub version: &'static str,
    /// The path of the first server, without a trailing slash (`/api/v3`).
    pub server_path: &'static str,
    /// Every security scheme, by name.
    pub schemes: &'static [(&'static str, Scheme)],
    /// The scheme [`ClientBuilder::token`] gives a credential to.
    pub default_scheme: &'static str,
    /// The default user agent's product, `name/version`: the package that
    /// holds the generated code (a generated crate, or the crate that
    /// includes a generated module), from its `CARGO_PKG_*`.
    pub agent: &'static str,
}

/// Where the server says which version it runs: an operation and the
/// top-level string field of its JSON body (authentik: `GET /admin/version/`,
/// `version_current`).
#[derive(Debug)]
pub struct VersionProbe {
    pub operation: &'static Operation,
    pub field: &'static str,
}

/// Where a security scheme puts its credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// A header carrying `prefix` then the credential (`Authorization: Bearer <token>`).
    Header {
        name: &'static str,
        prefix: &'static str,
    },
    /// A query parameter carrying the credential.
    Query { name: &'static str },
    /// A cookie carrying the credential.
    Cookie { name: &'static str },
}

/// Default for [`ClientBuilder::timeout`].
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

type Hook = Arc<dyn Fn(&mut reqwest::Request) + Send + Sync>;

/// A configured credential, ready to be attached to requests.
#[derive(Clone)]
enum Credential {
    Header(HeaderName, HeaderValue),
    Query(&'static str, String),
}

struct Inner {
    api: &'static ApiInfo,
    http: reqwest::Client,
    /// Base URL joined with the server path, no trailing slash.
    base: String,
    credentials: Vec<(&'static str, Credential)>,
    timeout: Option<Duration>,
    user_agent: HeaderValue,
    hook: Option<Hook>,
    policy: Policy,
    /// The authentik version of the server, when known: request bodies are
    /// written in the form that version expects (see `runtime::compat`).
    server_version: RwLock<Option<Arc<str>>>,
}

/// An API client: cheap to clone (the connection pool and configuration
/// are shared), safe to use from many tasks at once.
///
/// Operations are grouped by tag, one accessor per tag
/// (`client.core().users_list(&params)`); each returns a future that owns
/// everything it needs, so it can be spawned.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// `Some` after [`Client::with_timeout`]: overrides the default.
    timeout: Option<Option<Duration>>,
}

impl Client {
    /// A handle whose requests use `timeout` instead of the default (see
    /// [`ClientBuilder::timeout`]); `None` disables the timeout. The
    /// connection pool and the rest of the configuration are shared.
    pub fn with_timeout(&self, timeout: impl Into<Option<Duration>>) -> Client {
        Client {
            inner: Arc::clone(&self.inner),
            timeout: Some(timeout.into()),
        }
    }

    /// The base URL requests go to (the server path included), e.g.
    /// `https://authentik.example.com/api/v3`.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// The timeout requests made through this handle use.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout.unwrap_or(self.inner.timeout)
    }

    /// The underlying `reqwest` client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The server version request bodies are written for: set with
    /// [`ClientBuilder::server_version`] or [`Client::set_server_version`],
    /// or found by the generated `Client::detect_server_version`.
    pub fn server_version(&self) -> Option<Arc<str>> {
        match self.inner.server_version.read() {
            Ok(version) => version.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Write request bodies for a server of `version` from now on (in this
    /// client and every clone of it).
    pub fn set_server_version(&self, version: &str) {
        let version = Some(Arc::from(version));
        match self.inner.server_version.write() {
            Ok(mut slot) => *slot = version,
            Err(poisoned) => *poisoned.into_inner() = version,
        }
    }

    /// Ask the server for its version (`probe`), then write request
    /// bodies for it ([`Client::set_server_version`]). Used by the
    /// generated `Client::detect_server_version`.
    #[doc(hidden)]
    pub async fn probe_version<V, G>(
        &self,
        probe: &'static VersionProbe,
    ) -> Result<String, Error<V, G>>
    where
        V: DeserializeOwned + super::correct::FieldType,
        G: DeserializeOwned + super::correct::FieldType,
    {
        let body: serde_json::Value = self.request(probe.operation).send_json().await?;
        let Some(version) = body.get(probe.field).and_then(serde_json::Value::as_str) else {
            return Err(Error::Decode(Box::new(DecodeError {
                operation: probe.operation.id,
                status: reqwest::StatusCode::OK,
                headers: Default::default(),
                body: serde_json::to_vec(&body).unwrap_or_default().into(),
                path: probe.field.to_string(),
                source: format!("no string `{}` in the version response", probe.field).into(),
            })));
        };
        self.set_server_version(version);
        Ok(version.to_string())
    }

    /// Start a request for an operation (used by the generated methods).
    #[doc(hidden)]
    pub fn request(&self, operation: &'static Operation) -> Request {
        Request::new(self.clone(), operation)
    }

    /// The credentials to send for an operation's security alternatives:
    /// the first alternative whose schemes all have a credential; none
    /// when an anonymous alternative (`{}`) comes first. An operation that
    /// declares no security at all gets the default scheme's credential, if any.
    fn credentials_for(&self, security: &[&[&str]]) -> Vec<&Credential> {
        let find = |scheme: &str| {
            self.inner
                .credentials
                .iter()
                .find(|(name, _)| *name == scheme)
                .map(|(_, c)| c)
        };
        if security.is_empty() {
            return find(self.inner.api.default_scheme).into_iter().collect();
        }
        for alternative in security {
            let found: Vec<&Credential> = alternative.iter().filter_map(|s| find(s)).collect();
            if found.len() == alternative.len() {
                return found;
            }
        }
        Vec::new()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let schemes: Vec<&str> = self.inner.credentials.iter().map(|(s, _)| *s).collect();
        f.debug_struct("Client")
            .field(
                "api",
                &format_args!("{} {}", self.inner.api.title, self.inner.api.version),
            )
            .field("base_url", &self.inner.base)
            .field("credentials_for", &schemes)
            .field("timeout", &self.timeout())
            .field("user_agent", &self.inner.user_agent)
            .field("hook", &self.inner.hook.is_some())
            .field("strict", &self.inner.policy.strict)
            .field("server_version", &self.server_version())
            .finish_non_exhaustive()
    }
}

/// A secret string whose `Debug` does not show it.
#[derive(Clone)]
struct Secret(String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Configuration of a [`Client`]; start with the generated `Client::builder(base_url)`.
///
/// `C` is what [`ClientBuilder::build`] gives: this [`Client`], or a type
/// that wraps it (a generated module's own `Client`, which can have a
/// method per tag because it belongs to the including crate).
#[must_use]
pub struct ClientBuilder<C = Client> {
    api: &'static ApiInfo,
    base_url: String,
    credentials: Vec<(String, Secret)>,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    hook: Option<Hook>,
    policy: Policy,
    server_version: Option<String>,
    build: PhantomData<fn() -> C>,
}

impl ClientBuilder {
    /// A builder for the API described by `api`, served at `base_url`
    /// (`https://authentik.example.com`; the server path, `/api/v3`, is
    /// appended unless the URL already ends with it).
    #[doc(hidden)]
    pub fn new(api: &'static ApiInfo, base_url: impl Into<String>) -> Self {
        ClientBuilder {
            api,
            base_url: base_url.into(),
            credentials: Vec::new(),
            http: None,
            timeout: Some(DEFAULT_TIMEOUT),
            user_agent: None,
            hook: None,
            policy: Policy::default(),
            server_version: None,
            build: PhantomData,
        }
    }

    /// The same configuration, building a `W` from the [`Client`] (a
    /// generated module's own `Client`).
    #[doc(hidden)]
    pub fn wrapped<W: From<Client>>(self) -> ClientBuilder<W> {
        ClientBuilder {
            api: self.api,
            base_url: self.base_url,
            credentials: self.credentials,
            http: self.http,
            timeout: self.timeout,
            user_agent: self.user_agent,
            hook: self.hook,
            policy: self.policy,
            server_version: self.server_version,
            build: PhantomData,
        }
    }
}

impl<C: From<Client>> ClientBuilder<C> {
    /// The API token, sent as the default scheme's credential
    /// (`Authorization: Bearer <token>` for authentik). Operations that
    /// allow anonymous access are sent without it when it is not set.
    pub fn token(self, token: impl Into<String>) -> Self {
        let scheme = self.api.default_scheme;
        self.credential(scheme, token)
    }

    /// A credential for another security scheme, by the schema's name
    /// (e.g. `authentik_device_auth`). Operations send the credentials of
    /// the first of their security alternatives that the client has.
    pub fn credential(mut self, scheme: &str, secret: impl Into<String>) -> Self {
        self.credentials.retain(|(s, _)| s != scheme);
        self.credentials
            .push((scheme.to_string(), Secret(secret.into())));
        self
    }

    /// Default timeout of each request, from connecting until the body is
    /// read ([`DEFAULT_TIMEOUT`] unless set); `None` disables it.
    /// [`Client::with_timeout`] overrides it for some requests.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// The authentik version of the server (e.g. `"2024.8.3"`), when it is
    /// older than the schema this client was generated from: request bodies
    /// are then written in the form that version expects (for example
    /// `redirect_uris` as a newline-separated string before 2024.12).
    /// Unset: the newest form.
    pub fn server_version(mut self, version: impl Into<String>) -> Self {
        self.server_version = Some(version.into());
        self
    }

    /// The `User-Agent` header (default: `<crate>/<version> (<API title> <schema version>)`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Send requests through this `reqwest` client (connection pool,
    /// proxies, TLS configuration, redirects ...). The builder's timeout and
    /// user agent still apply per request.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Call `hook` on every request just before it is sent, with the URL,
    /// headers (credentials included, marked sensitive) and body in place:
    /// add headers, sign, log, count ...
    pub fn on_request(
        mut self,
        hook: impl Fn(&mut reqwest::Request) + Send + Sync + 'static,
    ) -> Self {
        self.hook = Some(Arc::new(hook));
        self
    }

    /// Decode responses exactly as the schema says: a required field that
    /// is absent, or `null` where the schema does not allow it, fails the
    /// call with [`Error::Decode`] instead of being corrected (the default,
    /// `false`, corrects and reports; see [`ClientBuilder::on_correction`]).
    pub fn strict(mut self, strict: bool) -> Self {
        self.policy.strict = strict;
        self
    }

    /// Call `hook` for every response that needed corrections to decode
    /// (an absent required field filled with its zero value, a `null`
    /// where the schema allows none, a date-time in another form), with
    /// the JSON path of each. Every such response is also reported as a
    /// `tracing` event at `WARN` level, target `<crate>::correction`.
    ///
    /// ```ignore
    /// let seen = Arc::new(AtomicUsize::new(0));
    /// let count = Arc::clone(&seen);
    /// let client = Client::builder(url)
    ///     .on_correction(move |c| { count.fetch_add(c.corrections.len(), Ordering::Relaxed); })
    ///     .build()?;
    /// ```
    pub fn on_correction(
        mut self,
        hook: impl Fn(&Corrections<'_>) + Send + Sync + 'static,
    ) -> Self {
        self.policy.on_correction = Some(Arc::new(hook));
        self
    }

    /// Check the configuration and build the client.
    pub fn build(self) -> Result<C, BuildError> {
        let base = join_base(&self.base_url, self.api.server_path)?;
        let mut credentials = Vec::with_capacity(self.credentials.len());
        for (name, secret) in self.credentials {
            let Some((scheme_name, scheme)) = self.api.schemes.iter().find(|(s, _)| *s == name)
            else {
                return Err(BuildError::UnknownScheme(name));
            };
            let invalid = || BuildError::InvalidCredential(scheme_name);
            let credential = match scheme {
                Scheme::Header { name, prefix } => {
                    let mut value = HeaderValue::from_str(&format!("{prefix}{}", secret.0))
                        .map_err(|_| invalid())?;
                    value.set_sensitive(true);
                    let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
                    Credential::Header(name, value)
                }
                Scheme::Cookie { name } => {
                    let mut value = HeaderValue::from_str(&format!("{name}={}", secret.0))
                        .map_err(|_| invalid())?;
                    value.set_sensitive(true);
                    Credential::Header(reqwest::header::COOKIE, value)
                }
                Scheme::Query { name } => Credential::Query(name, secret.0),
            };
            credentials.push((*scheme_name, credential));
        }
        let user_agent = self.user_agent.unwrap_or_else(|| {
            format!(
                "{} ({} {})",
                self.api.agent, self.api.title, self.api.version
            )
        });
        let user_agent =
            HeaderValue::from_str(&user_agent).map_err(|_| BuildError::InvalidUserAgent)?;
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .build()
                .map_err(BuildError::Http)?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                api: self.api,
                http,
                base,
                credentials,
                timeout: self.timeout,
                user_agent,
                hook: self.hook,
                policy: self.policy,
                server_version: RwLock::new(self.server_version.map(Arc::from)),
            }),
            timeout: None,
        }
        .into())
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let schemes: Vec<&str> = self.credentials.iter().map(|(s, _)| s.as_str()).collect();
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials_for", &schemes)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("hook", &self.hook.is_some())
            .field("strict", &self.policy.strict)
            .finish_non_exhaustive()
    }
}

/// `base_url` (http or https, no query or fragment) joined with the server
/// path, without a trailing slash.
fn join_base(base_url: &str, server_path: &str) -> Result<String, BuildError> {
    let invalid = |why: &str| BuildError::InvalidBaseUrl(format!("{base_url:?}: {why}"));
    let url = reqwest::Url::parse(base_url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("not an http or https URL"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("has a query or fragment"));
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(invalid("has no host"));
    }
    let base = url.as_str().trim_end_matches('/');
    let server = server_path.trim_end_matches('/');
    if server.is_empty() || url.path().trim_end_matches('/').ends_with(server) {
        Ok(base.to_string())
    } else {
        Ok(format!("{base}{server}"))
    }
}
