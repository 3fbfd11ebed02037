//! Server side of the operations tagged `root` (1).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `root`. Every method defaults to `501 Not Implemented`:
/// implement those you serve, then `Server::new().root(service)` or [`router`].
#[allow(unused_variables)]
pub trait Root: Send + Sync + 'static {
    /// Retrieve public configuration options
    ///
    /// `GET /root/config/` (`root_config_retrieve`). Allows anonymous access.
    fn config_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<ConfigRetrieveResponse>> + Send {
        rt::not_implemented()
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
                Box::pin(async move {
                    let reply = service.config_retrieve(input.auth()).await?;
                    Ok(rt::IntoReply::into_reply(reply))
                })
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
    fn config_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<ConfigRetrieveResponse>> + Send {
        self.call("root_config_retrieve", auth, rt::Args::new())
    }
}

/// What [`Root::config_retrieve`] returns (`root_config_retrieve`).
pub type ConfigRetrieveResponse = super::Reply200_400_403<super::models::Config>;
