//! Server side of the operations tagged `ssf` (3).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `ssf`. Implement those you serve, then
/// `Server::new().ssf(service)` or [`router`]; the others go to
/// [`Ssf::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Ssf: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// SSFStream Viewset
    ///
    /// `DELETE /ssf/streams/{uuid}/` (`ssf_streams_destroy`).
    fn streams_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<StreamsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "ssf_streams_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/` (`ssf_streams_list`).
    fn streams_list(
        &self,
        auth: rt::Auth,
        query: StreamsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<StreamsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "ssf_streams_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/{uuid}/` (`ssf_streams_retrieve`).
    fn streams_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<StreamsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "ssf_streams_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Ssf>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "ssf_streams_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.streams_destroy(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "ssf_streams_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.streams_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "ssf_streams_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.streams_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `ssf` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Ssf>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Ssf for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Ssf::streams_destroy`] returns (`ssf_streams_destroy`).
pub type StreamsDestroyResponse = super::Reply204_400_403;

/// What [`Ssf::streams_list`] returns (`ssf_streams_list`).
pub type StreamsListResponse = super::Reply200_400_403<
    super::models::PaginatedSSFStreamList,
>;

/// Query and header parameters of [`Ssf::streams_list`] (`ssf_streams_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StreamsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_method: Option<super::models::DeliveryMethodEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_url: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Ssf::streams_retrieve`] returns (`ssf_streams_retrieve`).
pub type StreamsRetrieveResponse = super::Reply200_400_403<super::models::SSFStream>;
