//! Server side of the operations tagged `schema` (1).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `schema`. Implement those you serve, then
/// `Server::new().schema(service)` or [`router`]; the others go to
/// [`Schema::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Schema: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// OpenApi3 schema for this API. Format can be selected via content negotiation.
    ///
    /// - YAML: application/vnd.oai.openapi
    /// - JSON: application/vnd.oai.openapi+json
    ///
    /// `GET /schema/` (`schema_retrieve`). Allows anonymous access.
    fn retrieve(
        &self,
        auth: rt::Auth,
        query: RetrieveQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "schema_retrieve",
            auth,
            rt::Args::new().params(&query),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Schema>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "schema_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.retrieve(input.auth(), input.params()?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `schema` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Schema>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Schema for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Schema::retrieve`] returns (`schema_retrieve`).
pub type RetrieveResponse = super::Reply200_400_403<
    ::std::collections::BTreeMap<String, ::serde_json::Value>,
>;

/// Query and header parameters of [`Schema::retrieve`] (`schema_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<super::models::FormatEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<super::models::LangEnum>,
}
