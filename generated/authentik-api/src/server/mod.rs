//! Server stubs for the authentik API, schema version 2026.11.0-rc1.
//!
//! One trait per tag with one async method per operation (`core::Core`),
//! served by [`Server`] as an `axum::Router` under the API's server path.
//! Requests are checked against the schema before a method is called:
//! parameters and bodies of the wrong type, missing required fields,
//! values outside their length, range or pattern, and unknown enum values
//! get `400` in authentik's `ValidationError` shape; operations that need
//! a credential get `403` without one; bodies over [`Server::body_limit`]
//! get `413`; unknown routes `404`.
//!
//! ```ignore
//! struct MyCore;
//! impl server::core::Core for MyCore { /* the operations you serve */ }
//! let app = server::Server::new().core(MyCore).into_router();
//! ```
//!
//! [`Dynamic`] turns one untyped [`Backend`] into an implementation of
//! every trait (the fake authentik is one). A trait's `fallback()`
//! sends the operations an implementation leaves out elsewhere, e.g. to
//! a `Dynamic`: serve a few operations yourself, fake the rest.
#[allow(unused_imports)]
use super::{models, runtime};
#[allow(unused_imports)]
use super::runtime::server as rt;
pub use super::runtime::server::{
    Api, Args, Auth, Backend, BoxReply, Call, Dynamic, Form, Forward, FromReply,
    IntoReply, RawBody, Reply, ReplyBody, Result, Route, Server, ServerError, Ty,
    UploadedFile, DEFAULT_BODY_LIMIT,
};
pub use super::runtime::server::{table, validate};

#[cfg(feature = "admin")]
pub mod admin;
#[cfg(feature = "agents")]
pub mod agents;
#[cfg(feature = "authenticators")]
pub mod authenticators;
#[cfg(feature = "core")]
pub mod core;
#[cfg(feature = "crypto")]
pub mod crypto;
#[cfg(feature = "endpoints")]
pub mod endpoints;
#[cfg(feature = "enterprise")]
pub mod enterprise;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "flows")]
pub mod flows;
#[cfg(feature = "lifecycle")]
pub mod lifecycle;
#[cfg(feature = "managed")]
pub mod managed;
#[cfg(feature = "oauth2")]
pub mod oauth2;
#[cfg(feature = "outposts")]
pub mod outposts;
#[cfg(feature = "policies")]
pub mod policies;
#[cfg(feature = "propertymappings")]
pub mod propertymappings;
#[cfg(feature = "providers")]
pub mod providers;
#[cfg(feature = "rac")]
pub mod rac;
#[cfg(feature = "rbac")]
pub mod rbac;
#[cfg(feature = "reports")]
pub mod reports;
#[cfg(feature = "requests")]
pub mod requests;
#[cfg(feature = "root")]
pub mod root;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "sources")]
pub mod sources;
#[cfg(feature = "ssf")]
pub mod ssf;
#[cfg(feature = "stages")]
pub mod stages;
#[cfg(feature = "tasks")]
pub mod tasks;
#[cfg(feature = "tenants")]
pub mod tenants;

/// The schema table (operations and types) requests are checked against.
pub fn api() -> &'static Api {
    static API: ::std::sync::OnceLock<Api> = ::std::sync::OnceLock::new();
    API.get_or_init(|| match Api::from_json(include_str!("api.json")) {
        Ok(api) => api,
        Err(e) => panic!("the generated api.json does not parse: {e}"),
    })
}

impl Server {
    /// A server for this API with no operations yet: register tags, then
    /// [`Server::into_router`].
    pub fn new() -> Self {
        Server::with_api(api())
    }
    /// Serve the operations tagged `admin` (14) with `service`.
    #[cfg(feature = "admin")]
    pub fn admin<S: admin::Admin>(self, service: S) -> Self {
        self.routes(admin::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `agents` (6) with `service`.
    #[cfg(feature = "agents")]
    pub fn agents<S: agents::Agents>(self, service: S) -> Self {
        self.routes(agents::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `authenticators` (83) with `service`.
    #[cfg(feature = "authenticators")]
    pub fn authenticators<S: authenticators::Authenticators>(self, service: S) -> Self {
        self.routes(authenticators::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `core` (78) with `service`.
    #[cfg(feature = "core")]
    pub fn core<S: core::Core>(self, service: S) -> Self {
        self.routes(core::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `crypto` (10) with `service`.
    #[cfg(feature = "crypto")]
    pub fn crypto<S: crypto::Crypto>(self, service: S) -> Self {
        self.routes(crypto::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `endpoints` (70) with `service`.
    #[cfg(feature = "endpoints")]
    pub fn endpoints<S: endpoints::Endpoints>(self, service: S) -> Self {
        self.routes(endpoints::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `enterprise` (10) with `service`.
    #[cfg(feature = "enterprise")]
    pub fn enterprise<S: enterprise::Enterprise>(self, service: S) -> Self {
        self.routes(enterprise::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `events` (33) with `service`.
    #[cfg(feature = "events")]
    pub fn events<S: events::Events>(self, service: S) -> Self {
        self.routes(events::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `flows` (22) with `service`.
    #[cfg(feature = "flows")]
    pub fn flows<S: flows::Flows>(self, service: S) -> Self {
        self.routes(flows::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `lifecycle` (14) with `service`.
    #[cfg(feature = "lifecycle")]
    pub fn lifecycle<S: lifecycle::Lifecycle>(self, service: S) -> Self {
        self.routes(lifecycle::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `managed` (10) with `service`.
    #[cfg(feature = "managed")]
    pub fn managed<S: managed::Managed>(self, service: S) -> Self {
        self.routes(managed::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `oauth2` (12) with `service`.
    #[cfg(feature = "oauth2")]
    pub fn oauth2<S: oauth2::Oauth2>(self, service: S) -> Self {
        self.routes(oauth2::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `outposts` (34) with `service`.
    #[cfg(feature = "outposts")]
    pub fn outposts<S: outposts::Outposts>(self, service: S) -> Self {
        self.routes(outposts::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `policies` (76) with `service`.
    #[cfg(feature = "policies")]
    pub fn policies<S: policies::Policies>(self, service: S) -> Self {
        self.routes(policies::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `propertymappings` (111) with `service`.
    #[cfg(feature = "propertymappings")]
    pub fn propertymappings<S: propertymappings::Propertymappings>(
        self,
        service: S,
    ) -> Self {
        self.routes(propertymappings::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `providers` (131) with `service`.
    #[cfg(feature = "providers")]
    pub fn providers<S: providers::Providers>(self, service: S) -> Self {
        self.routes(providers::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `rac` (13) with `service`.
    #[cfg(feature = "rac")]
    pub fn rac<S: rac::Rac>(self, service: S) -> Self {
        self.routes(rac::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `rbac` (22) with `service`.
    #[cfg(feature = "rbac")]
    pub fn rbac<S: rbac::Rbac>(self, service: S) -> Self {
        self.routes(rbac::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `reports` (3) with `service`.
    #[cfg(feature = "reports")]
    pub fn reports<S: reports::Reports>(self, service: S) -> Self {
        self.routes(reports::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `requests` (28) with `service`.
    #[cfg(feature = "requests")]
    pub fn requests<S: requests::Requests>(self, service: S) -> Self {
        self.routes(requests::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `root` (1) with `service`.
    #[cfg(feature = "root")]
    pub fn root<S: root::Root>(self, service: S) -> Self {
        self.routes(root::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `schema` (1) with `service`.
    #[cfg(feature = "schema")]
    pub fn schema<S: schema::Schema>(self, service: S) -> Self {
        self.routes(schema::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `sources` (173) with `service`.
    #[cfg(feature = "sources")]
    pub fn sources<S: sources::Sources>(self, service: S) -> Self {
        self.routes(sources::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `ssf` (3) with `service`.
    #[cfg(feature = "ssf")]
    pub fn ssf<S: ssf::Ssf>(self, service: S) -> Self {
        self.routes(ssf::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `stages` (210) with `service`.
    #[cfg(feature = "stages")]
    pub fn stages<S: stages::Stages>(self, service: S) -> Self {
        self.routes(stages::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `tasks` (10) with `service`.
    #[cfg(feature = "tasks")]
    pub fn tasks<S: tasks::Tasks>(self, service: S) -> Self {
        self.routes(tasks::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve the operations tagged `tenants` (14) with `service`.
    #[cfg(feature = "tenants")]
    pub fn tenants<S: tenants::Tenants>(self, service: S) -> Self {
        self.routes(tenants::routes(&::std::sync::Arc::new(service)))
    }
    /// Serve every operation with one implementation of every tag's trait
    /// (e.g. [`Dynamic`]).
    #[cfg(feature = "all-tags")]
    pub fn all<
        S: admin::Admin + agents::Agents + authenticators::Authenticators + core::Core
            + crypto::Crypto + endpoints::Endpoints + enterprise::Enterprise
            + events::Events + flows::Flows + lifecycle::Lifecycle + managed::Managed
            + oauth2::Oauth2 + outposts::Outposts + policies::Policies
            + propertymappings::Propertymappings + providers::Providers + rac::Rac
            + rbac::Rbac + reports::Reports + requests::Requests + root::Root
            + schema::Schema + sources::Sources + ssf::Ssf + stages::Stages
            + tasks::Tasks + tenants::Tenants,
    >(self, service: S) -> Self {
        let service = ::std::sync::Arc::new(service);
        self.routes(admin::routes(&service))
            .routes(agents::routes(&service))
            .routes(authenticators::routes(&service))
            .routes(core::routes(&service))
            .routes(crypto::routes(&service))
            .routes(endpoints::routes(&service))
            .routes(enterprise::routes(&service))
            .routes(events::routes(&service))
            .routes(flows::routes(&service))
            .routes(lifecycle::routes(&service))
            .routes(managed::routes(&service))
            .routes(oauth2::routes(&service))
            .routes(outposts::routes(&service))
            .routes(policies::routes(&service))
            .routes(propertymappings::routes(&service))
            .routes(providers::routes(&service))
            .routes(rac::routes(&service))
            .routes(rbac::routes(&service))
            .routes(reports::routes(&service))
            .routes(requests::routes(&service))
            .routes(root::routes(&service))
            .routes(schema::routes(&service))
            .routes(sources::routes(&service))
            .routes(ssf::routes(&service))
            .routes(stages::routes(&service))
            .routes(tasks::routes(&service))
            .routes(tenants::routes(&service))
    }
}

impl Default for Server {
    fn default() -> Self {
        Server::new()
    }
}

impl<B: Backend> Dynamic<B> {
    /// `backend` as an implementation of every tag's trait.
    pub fn new(backend: B) -> Self {
        Dynamic::with_api(backend, api())
    }
}

/// The responses of operations documenting `200` (`T`), `400` (`ValidationError`), `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200`, `400` (`ValidationError`), `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403V2 {
    /// `200`.
    Ok,
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
}
impl IntoReply for Reply200_400_403V2 {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok => Reply::empty(200),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl FromReply for Reply200_400_403V2 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => Ok(Self::Ok),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `201` (`T`), `400` (`ValidationError`), `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply201_400_403<T> {
    /// `201`.
    Created(T),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
}
impl<T: ::serde::Serialize> IntoReply for Reply201_400_403<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Created(body) => Reply::json(201, &body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply201_400_403<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            201 => reply.decode().map(Self::Created),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400` (`ValidationError`), `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
}
impl IntoReply for Reply204_400_403 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl FromReply for Reply204_400_403 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400` (`ValidationError`), `403` (`GenericError`), `404`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403_404 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
    /// `404`.
    NotFound,
}
impl IntoReply for Reply204_400_403_404 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::NotFound => Reply::empty(404),
        }
    }
}
impl FromReply for Reply204_400_403_404 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            404 => Ok(Self::NotFound),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400`, `403` (`GenericError`), `404`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403_404V2 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden(models::GenericError),
    /// `404`.
    NotFound,
}
impl IntoReply for Reply204_400_403_404V2 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::NotFound => Reply::empty(404),
        }
    }
}
impl FromReply for Reply204_400_403_404V2 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            404 => Ok(Self::NotFound),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (`T`), `400` (`ValidationError`), `403` (`GenericError`), `404`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403_404<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
    /// `404`.
    NotFound,
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403_404<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::NotFound => Reply::empty(404),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403_404<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            404 => Ok(Self::NotFound),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (`T`), `400`, `403`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403V3<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden,
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403V3<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden => Reply::empty(403),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403V3<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => Ok(Self::BadRequest),
            403 => Ok(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400`, `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403V2 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden(models::GenericError),
}
impl IntoReply for Reply204_400_403V2 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl FromReply for Reply204_400_403V2 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (`T`), `400`, `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403V4<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden(models::GenericError),
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403V4<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403V4<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => Ok(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (`T`), `400` (`ValidationError`), `403` (`GenericError`), `500`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403_500<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
    /// `500`.
    InternalServerError,
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403_500<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::InternalServerError => Reply::empty(500),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403_500<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            500 => Ok(Self::InternalServerError),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (raw), `400` (`ValidationError`), `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403Raw {
    /// `200`.
    Ok(RawBody),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
}
impl IntoReply for Reply200_400_403Raw {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::raw(200, body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl FromReply for Reply200_400_403Raw {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode_raw().map(Self::Ok),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `201` (`T`), `400`, `403` (`GenericError`).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply201_400_403V2<T> {
    /// `201`.
    Created(T),
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden(models::GenericError),
}
impl<T: ::serde::Serialize> IntoReply for Reply201_400_403V2<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Created(body) => Reply::json(201, &body),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden(body) => Reply::json(403, &body),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply201_400_403V2<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            201 => reply.decode().map(Self::Created),
            400 => Ok(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400`, `403`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403V3 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden,
}
impl IntoReply for Reply204_400_403V3 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden => Reply::empty(403),
        }
    }
}
impl FromReply for Reply204_400_403V3 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest),
            403 => Ok(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `201` (`T`), `400` (`ValidationError`), `403`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply201_400_403V3<T> {
    /// `201`.
    Created(T),
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden,
}
impl<T: ::serde::Serialize> IntoReply for Reply201_400_403V3<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Created(body) => Reply::json(201, &body),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden => Reply::empty(403),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply201_400_403V3<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            201 => reply.decode().map(Self::Created),
            400 => reply.decode().map(Self::BadRequest),
            403 => Ok(Self::Forbidden),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `204`, `400` (`ValidationError`), `403` (`GenericError`), `404`, `500`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply204_400_403_404_500 {
    /// `204`.
    NoContent,
    /// `400`.
    BadRequest(models::ValidationError),
    /// `403`.
    Forbidden(models::GenericError),
    /// `404`.
    NotFound,
    /// `500`.
    InternalServerError,
}
impl IntoReply for Reply204_400_403_404_500 {
    fn into_reply(self) -> Reply {
        match self {
            Self::NoContent => Reply::empty(204),
            Self::BadRequest(body) => Reply::json(400, &body),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::NotFound => Reply::empty(404),
            Self::InternalServerError => Reply::empty(500),
        }
    }
}
impl FromReply for Reply204_400_403_404_500 {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            204 => Ok(Self::NoContent),
            400 => reply.decode().map(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            404 => Ok(Self::NotFound),
            500 => Ok(Self::InternalServerError),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}

/// The responses of operations documenting `200` (`T`), `400`, `403` (`GenericError`), `404`.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply200_400_403_404V2<T> {
    /// `200`.
    Ok(T),
    /// `400`.
    BadRequest,
    /// `403`.
    Forbidden(models::GenericError),
    /// `404`.
    NotFound,
}
impl<T: ::serde::Serialize> IntoReply for Reply200_400_403_404V2<T> {
    fn into_reply(self) -> Reply {
        match self {
            Self::Ok(body) => Reply::json(200, &body),
            Self::BadRequest => Reply::empty(400),
            Self::Forbidden(body) => Reply::json(403, &body),
            Self::NotFound => Reply::empty(404),
        }
    }
}
impl<T: ::serde::de::DeserializeOwned> FromReply for Reply200_400_403_404V2<T> {
    fn from_reply(reply: Reply) -> rt::Result<Self> {
        match reply.status {
            200 => reply.decode().map(Self::Ok),
            400 => Ok(Self::BadRequest),
            403 => reply.decode().map(Self::Forbidden),
            404 => Ok(Self::NotFound),
            _ => Err(ServerError::Reply(reply)),
        }
    }
}
