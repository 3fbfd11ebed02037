//! Server side of the operations tagged `reports` (3).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `reports`. Implement those you serve, then
/// `Server::new().reports(service)` or [`router`]; the others go to
/// [`Reports::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Reports: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// `DELETE /reports/exports/{id}/` (`reports_exports_destroy`).
    fn exports_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<ExportsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "reports_exports_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// `GET /reports/exports/` (`reports_exports_list`).
    fn exports_list(
        &self,
        auth: rt::Auth,
        query: ExportsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ExportsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "reports_exports_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `GET /reports/exports/{id}/` (`reports_exports_retrieve`).
    fn exports_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExportsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "reports_exports_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Reports>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "reports_exports_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.exports_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "reports_exports_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.exports_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "reports_exports_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.exports_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `reports` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Reports>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Reports for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Reports::exports_destroy`] returns (`reports_exports_destroy`).
pub type ExportsDestroyResponse = super::Reply204_400_403;

/// What [`Reports::exports_list`] returns (`reports_exports_list`).
pub type ExportsListResponse = super::Reply200_400_403<
    super::models::PaginatedDataExportList,
>;

/// Query and header parameters of [`Reports::exports_list`] (`reports_exports_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportsListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Reports::exports_retrieve`] returns (`reports_exports_retrieve`).
pub type ExportsRetrieveResponse = super::Reply200_400_403<super::models::DataExport>;
