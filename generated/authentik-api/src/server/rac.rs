//! Server side of the operations tagged `rac` (13).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `rac`. Implement those you serve, then
/// `Server::new().rac(service)` or [`router`]; the others go to
/// [`Rac::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Rac: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// ConnectionToken Viewset
    ///
    /// `DELETE /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_destroy`).
    fn connection_tokens_destroy(
        &self,
        auth: rt::Auth,
        connection_token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_destroy",
            auth,
            rt::Args::new().param("connection_token_uuid", &connection_token_uuid),
        )
    }
    /// ConnectionToken Viewset
    ///
    /// `GET /rac/connection_tokens/` (`rac_connection_tokens_list`).
    fn connection_tokens_list(
        &self,
        auth: rt::Auth,
        query: ConnectionTokensListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ConnectionToken Viewset
    ///
    /// `PATCH /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_partial_update`).
    fn connection_tokens_partial_update(
        &self,
        auth: rt::Auth,
        connection_token_uuid: ::uuid::Uuid,
        body: super::models::PatchedConnectionTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_partial_update",
            auth,
            rt::Args::new()
                .param("connection_token_uuid", &connection_token_uuid)
                .body(&body),
        )
    }
    /// ConnectionToken Viewset
    ///
    /// `GET /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_retrieve`).
    fn connection_tokens_retrieve(
        &self,
        auth: rt::Auth,
        connection_token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_retrieve",
            auth,
            rt::Args::new().param("connection_token_uuid", &connection_token_uuid),
        )
    }
    /// ConnectionToken Viewset
    ///
    /// `PUT /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_update`).
    fn connection_tokens_update(
        &self,
        auth: rt::Auth,
        connection_token_uuid: ::uuid::Uuid,
        body: super::models::ConnectionTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_update",
            auth,
            rt::Args::new()
                .param("connection_token_uuid", &connection_token_uuid)
                .body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /rac/connection_tokens/{connection_token_uuid}/used_by/` (`rac_connection_tokens_used_by_list`).
    fn connection_tokens_used_by_list(
        &self,
        auth: rt::Auth,
        connection_token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectionTokensUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_connection_tokens_used_by_list",
            auth,
            rt::Args::new().param("connection_token_uuid", &connection_token_uuid),
        )
    }
    /// Endpoint Viewset
    ///
    /// `POST /rac/endpoints/` (`rac_endpoints_create`).
    fn endpoints_create(
        &self,
        auth: rt::Auth,
        body: super::models::EndpointRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Endpoint Viewset
    ///
    /// `DELETE /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_destroy`).
    fn endpoints_destroy(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_destroy",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// List accessible endpoints
    ///
    /// `GET /rac/endpoints/` (`rac_endpoints_list`).
    fn endpoints_list(
        &self,
        auth: rt::Auth,
        query: EndpointsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EndpointsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Endpoint Viewset
    ///
    /// `PATCH /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_partial_update`).
    fn endpoints_partial_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::PatchedEndpointRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_partial_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// Endpoint Viewset
    ///
    /// `GET /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_retrieve`).
    fn endpoints_retrieve(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_retrieve",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// Endpoint Viewset
    ///
    /// `PUT /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_update`).
    fn endpoints_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::EndpointRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /rac/endpoints/{pbm_uuid}/used_by/` (`rac_endpoints_used_by_list`).
    fn endpoints_used_by_list(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rac_endpoints_used_by_list",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Rac>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "rac_connection_tokens_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connection_tokens_destroy(
                            input.auth(),
                            input.path("connection_token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_connection_tokens_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.connection_tokens_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rac_connection_tokens_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connection_tokens_partial_update(
                            input.auth(),
                            input.path("connection_token_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_connection_tokens_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connection_tokens_retrieve(
                            input.auth(),
                            input.path("connection_token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_connection_tokens_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connection_tokens_update(
                            input.auth(),
                            input.path("connection_token_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_connection_tokens_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connection_tokens_used_by_list(
                            input.auth(),
                            input.path("connection_token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoints_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_destroy(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoints_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_partial_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_retrieve(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rac_endpoints_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_used_by_list(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `rac` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Rac>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Rac for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Rac::connection_tokens_destroy`] returns (`rac_connection_tokens_destroy`).
pub type ConnectionTokensDestroyResponse = super::Reply204_400_403;

/// What [`Rac::connection_tokens_list`] returns (`rac_connection_tokens_list`).
pub type ConnectionTokensListResponse = super::Reply200_400_403<
    super::models::PaginatedConnectionTokenList,
>;

/// Query and header parameters of [`Rac::connection_tokens_list`] (`rac_connection_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionTokensListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<::uuid::Uuid>,
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
    #[serde(rename = "session__user")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_user: Option<i64>,
}

/// What [`Rac::connection_tokens_partial_update`] returns (`rac_connection_tokens_partial_update`).
pub type ConnectionTokensPartialUpdateResponse = super::Reply200_400_403<
    super::models::ConnectionToken,
>;

/// What [`Rac::connection_tokens_retrieve`] returns (`rac_connection_tokens_retrieve`).
pub type ConnectionTokensRetrieveResponse = super::Reply200_400_403<
    super::models::ConnectionToken,
>;

/// What [`Rac::connection_tokens_update`] returns (`rac_connection_tokens_update`).
pub type ConnectionTokensUpdateResponse = super::Reply200_400_403<
    super::models::ConnectionToken,
>;

/// What [`Rac::connection_tokens_used_by_list`] returns (`rac_connection_tokens_used_by_list`).
pub type ConnectionTokensUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Rac::endpoints_create`] returns (`rac_endpoints_create`).
pub type EndpointsCreateResponse = super::Reply201_400_403<super::models::Endpoint>;

/// What [`Rac::endpoints_destroy`] returns (`rac_endpoints_destroy`).
pub type EndpointsDestroyResponse = super::Reply204_400_403;

/// What [`Rac::endpoints_list`] returns (`rac_endpoints_list`).
pub type EndpointsListResponse = super::Reply200_400_403V4<
    super::models::PaginatedEndpointList,
>;

/// Query and header parameters of [`Rac::endpoints_list`] (`rac_endpoints_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superuser_full_list: Option<bool>,
}

/// What [`Rac::endpoints_partial_update`] returns (`rac_endpoints_partial_update`).
pub type EndpointsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Endpoint,
>;

/// What [`Rac::endpoints_retrieve`] returns (`rac_endpoints_retrieve`).
pub type EndpointsRetrieveResponse = super::Reply200_400_403<super::models::Endpoint>;

/// What [`Rac::endpoints_update`] returns (`rac_endpoints_update`).
pub type EndpointsUpdateResponse = super::Reply200_400_403<super::models::Endpoint>;

/// What [`Rac::endpoints_used_by_list`] returns (`rac_endpoints_used_by_list`).
pub type EndpointsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
