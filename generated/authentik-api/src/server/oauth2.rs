//! Server side of the operations tagged `oauth2` (12).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `oauth2`. Implement those you serve, then
/// `Server::new().oauth2(service)` or [`router`]; the others go to
/// [`Oauth2::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Oauth2: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// AccessToken Viewset
    ///
    /// `DELETE /oauth2/access_tokens/{id}/` (`oauth2_access_tokens_destroy`).
    fn access_tokens_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccessTokensDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_access_tokens_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// AccessToken Viewset
    ///
    /// `GET /oauth2/access_tokens/` (`oauth2_access_tokens_list`).
    fn access_tokens_list(
        &self,
        auth: rt::Auth,
        query: AccessTokensListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccessTokensListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_access_tokens_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AccessToken Viewset
    ///
    /// `GET /oauth2/access_tokens/{id}/` (`oauth2_access_tokens_retrieve`).
    fn access_tokens_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccessTokensRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_access_tokens_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/access_tokens/{id}/used_by/` (`oauth2_access_tokens_used_by_list`).
    fn access_tokens_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccessTokensUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_access_tokens_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// AuthorizationCode Viewset
    ///
    /// `DELETE /oauth2/authorization_codes/{id}/` (`oauth2_authorization_codes_destroy`).
    fn authorization_codes_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthorizationCodesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_authorization_codes_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// AuthorizationCode Viewset
    ///
    /// `GET /oauth2/authorization_codes/` (`oauth2_authorization_codes_list`).
    fn authorization_codes_list(
        &self,
        auth: rt::Auth,
        query: AuthorizationCodesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthorizationCodesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_authorization_codes_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthorizationCode Viewset
    ///
    /// `GET /oauth2/authorization_codes/{id}/` (`oauth2_authorization_codes_retrieve`).
    fn authorization_codes_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthorizationCodesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_authorization_codes_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/authorization_codes/{id}/used_by/` (`oauth2_authorization_codes_used_by_list`).
    fn authorization_codes_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthorizationCodesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_authorization_codes_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RefreshToken Viewset
    ///
    /// `DELETE /oauth2/refresh_tokens/{id}/` (`oauth2_refresh_tokens_destroy`).
    fn refresh_tokens_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RefreshTokensDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_refresh_tokens_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RefreshToken Viewset
    ///
    /// `GET /oauth2/refresh_tokens/` (`oauth2_refresh_tokens_list`).
    fn refresh_tokens_list(
        &self,
        auth: rt::Auth,
        query: RefreshTokensListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RefreshTokensListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_refresh_tokens_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RefreshToken Viewset
    ///
    /// `GET /oauth2/refresh_tokens/{id}/` (`oauth2_refresh_tokens_retrieve`).
    fn refresh_tokens_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RefreshTokensRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_refresh_tokens_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/refresh_tokens/{id}/used_by/` (`oauth2_refresh_tokens_used_by_list`).
    fn refresh_tokens_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RefreshTokensUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "oauth2_refresh_tokens_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Oauth2>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "oauth2_access_tokens_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.access_tokens_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_access_tokens_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.access_tokens_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_access_tokens_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.access_tokens_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_access_tokens_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .access_tokens_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "oauth2_authorization_codes_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authorization_codes_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "oauth2_authorization_codes_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authorization_codes_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_authorization_codes_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authorization_codes_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "oauth2_authorization_codes_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authorization_codes_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "oauth2_refresh_tokens_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.refresh_tokens_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_refresh_tokens_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.refresh_tokens_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "oauth2_refresh_tokens_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .refresh_tokens_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "oauth2_refresh_tokens_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .refresh_tokens_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `oauth2` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Oauth2>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Oauth2 for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Oauth2::access_tokens_destroy`] returns (`oauth2_access_tokens_destroy`).
pub type AccessTokensDestroyResponse = super::Reply204_400_403;

/// What [`Oauth2::access_tokens_list`] returns (`oauth2_access_tokens_list`).
pub type AccessTokensListResponse = super::Reply200_400_403<
    super::models::PaginatedTokenModelList,
>;

/// Query and header parameters of [`Oauth2::access_tokens_list`] (`oauth2_access_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessTokensListQuery {
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
    pub user: Option<i64>,
}

/// What [`Oauth2::access_tokens_retrieve`] returns (`oauth2_access_tokens_retrieve`).
pub type AccessTokensRetrieveResponse = super::Reply200_400_403<
    super::models::TokenModel,
>;

/// What [`Oauth2::access_tokens_used_by_list`] returns (`oauth2_access_tokens_used_by_list`).
pub type AccessTokensUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Oauth2::authorization_codes_destroy`] returns (`oauth2_authorization_codes_destroy`).
pub type AuthorizationCodesDestroyResponse = super::Reply204_400_403;

/// What [`Oauth2::authorization_codes_list`] returns (`oauth2_authorization_codes_list`).
pub type AuthorizationCodesListResponse = super::Reply200_400_403<
    super::models::PaginatedExpiringBaseGrantModelList,
>;

/// Query and header parameters of [`Oauth2::authorization_codes_list`] (`oauth2_authorization_codes_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthorizationCodesListQuery {
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
    pub user: Option<i64>,
}

/// What [`Oauth2::authorization_codes_retrieve`] returns (`oauth2_authorization_codes_retrieve`).
pub type AuthorizationCodesRetrieveResponse = super::Reply200_400_403<
    super::models::ExpiringBaseGrantModel,
>;

/// What [`Oauth2::authorization_codes_used_by_list`] returns (`oauth2_authorization_codes_used_by_list`).
pub type AuthorizationCodesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Oauth2::refresh_tokens_destroy`] returns (`oauth2_refresh_tokens_destroy`).
pub type RefreshTokensDestroyResponse = super::Reply204_400_403;

/// What [`Oauth2::refresh_tokens_list`] returns (`oauth2_refresh_tokens_list`).
pub type RefreshTokensListResponse = super::Reply200_400_403<
    super::models::PaginatedTokenModelList,
>;

/// Query and header parameters of [`Oauth2::refresh_tokens_list`] (`oauth2_refresh_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RefreshTokensListQuery {
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
    pub user: Option<i64>,
}

/// What [`Oauth2::refresh_tokens_retrieve`] returns (`oauth2_refresh_tokens_retrieve`).
pub type RefreshTokensRetrieveResponse = super::Reply200_400_403<
    super::models::TokenModel,
>;

/// What [`Oauth2::refresh_tokens_used_by_list`] returns (`oauth2_refresh_tokens_used_by_list`).
pub type RefreshTokensUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
