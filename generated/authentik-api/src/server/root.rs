//! Server side of the operations tagged `root` (1).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `root`. Implement those you serve, then
/// `Server::new().root(service)` or [`router`]; the others go to
/// [`Root::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Root: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Retrieve public configuration options
    ///
    /// `GET /root/config/` (`root_config_retrieve`). Allows anonymous access.
    fn config_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<ConfigRetrieveResponse>> + Send {
        rt::forward(self.fallback(), "root_config_retrieve", auth, rt::Args::new())
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Root>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "root_config_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move { service.config_retrieve(input.auth()).await })
            },
        ),
    ])
}

/// An `axum::Router` serving the `root` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Root>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Root for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Root::config_retrieve`] returns (`root_config_retrieve`).
pub type ConfigRetrieveResponse = super::Reply200_400_403<super::models::Config>;
