//! Server side of the operations tagged `enterprise` (10).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `enterprise`. Implement those you serve, then
/// `Server::new().enterprise(service)` or [`router`]; the others go to
/// [`Enterprise::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Enterprise: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// License Viewset
    ///
    /// `POST /enterprise/license/` (`enterprise_license_create`).
    fn license_create(
        &self,
        auth: rt::Auth,
        body: super::models::LicenseRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LicenseCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// License Viewset
    ///
    /// `DELETE /enterprise/license/{license_uuid}/` (`enterprise_license_destroy`).
    fn license_destroy(
        &self,
        auth: rt::Auth,
        license_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<LicenseDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_destroy",
            auth,
            rt::Args::new().param("license_uuid", &license_uuid),
        )
    }
    /// Forecast how many users will be required in a year
    ///
    /// `GET /enterprise/license/forecast/` (`enterprise_license_forecast_retrieve`).
    fn license_forecast_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicenseForecastRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_forecast_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Get install_id
    ///
    /// `GET /enterprise/license/install_id/` (`enterprise_license_install_id_retrieve`).
    fn license_install_id_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicenseInstallIdRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_install_id_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// License Viewset
    ///
    /// `GET /enterprise/license/` (`enterprise_license_list`).
    fn license_list(
        &self,
        auth: rt::Auth,
        query: LicenseListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<LicenseListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// License Viewset
    ///
    /// `PATCH /enterprise/license/{license_uuid}/` (`enterprise_license_partial_update`).
    fn license_partial_update(
        &self,
        auth: rt::Auth,
        license_uuid: ::uuid::Uuid,
        body: super::models::PatchedLicenseRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicensePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_partial_update",
            auth,
            rt::Args::new().param("license_uuid", &license_uuid).body(&body),
        )
    }
    /// License Viewset
    ///
    /// `GET /enterprise/license/{license_uuid}/` (`enterprise_license_retrieve`).
    fn license_retrieve(
        &self,
        auth: rt::Auth,
        license_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicenseRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_retrieve",
            auth,
            rt::Args::new().param("license_uuid", &license_uuid),
        )
    }
    /// Get the total license status
    ///
    /// `GET /enterprise/license/summary/` (`enterprise_license_summary_retrieve`).
    fn license_summary_retrieve(
        &self,
        auth: rt::Auth,
        query: LicenseSummaryRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicenseSummaryRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_summary_retrieve",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// License Viewset
    ///
    /// `PUT /enterprise/license/{license_uuid}/` (`enterprise_license_update`).
    fn license_update(
        &self,
        auth: rt::Auth,
        license_uuid: ::uuid::Uuid,
        body: super::models::LicenseRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LicenseUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_update",
            auth,
            rt::Args::new().param("license_uuid", &license_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /enterprise/license/{license_uuid}/used_by/` (`enterprise_license_used_by_list`).
    fn license_used_by_list(
        &self,
        auth: rt::Auth,
        license_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LicenseUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "enterprise_license_used_by_list",
            auth,
            rt::Args::new().param("license_uuid", &license_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Enterprise>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "enterprise_license_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.license_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .license_destroy(input.auth(), input.path("license_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_forecast_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.license_forecast_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_install_id_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.license_install_id_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.license_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .license_partial_update(
                            input.auth(),
                            input.path("license_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .license_retrieve(input.auth(), input.path("license_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_summary_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.license_summary_retrieve(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .license_update(
                            input.auth(),
                            input.path("license_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "enterprise_license_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .license_used_by_list(input.auth(), input.path("license_uuid")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `enterprise` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Enterprise>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Enterprise for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Enterprise::license_create`] returns (`enterprise_license_create`).
pub type LicenseCreateResponse = super::Reply201_400_403<super::models::License>;

/// What [`Enterprise::license_destroy`] returns (`enterprise_license_destroy`).
pub type LicenseDestroyResponse = super::Reply204_400_403;

/// What [`Enterprise::license_forecast_retrieve`] returns (`enterprise_license_forecast_retrieve`).
pub type LicenseForecastRetrieveResponse = super::Reply200_400_403<
    super::models::LicenseForecast,
>;

/// What [`Enterprise::license_install_id_retrieve`] returns (`enterprise_license_install_id_retrieve`).
pub type LicenseInstallIdRetrieveResponse = super::Reply200_400_403<
    super::models::InstallID,
>;

/// What [`Enterprise::license_list`] returns (`enterprise_license_list`).
pub type LicenseListResponse = super::Reply200_400_403<
    super::models::PaginatedLicenseList,
>;

/// Query and header parameters of [`Enterprise::license_list`] (`enterprise_license_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LicenseListQuery {
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
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Enterprise::license_partial_update`] returns (`enterprise_license_partial_update`).
pub type LicensePartialUpdateResponse = super::Reply200_400_403<super::models::License>;

/// What [`Enterprise::license_retrieve`] returns (`enterprise_license_retrieve`).
pub type LicenseRetrieveResponse = super::Reply200_400_403<super::models::License>;

/// What [`Enterprise::license_summary_retrieve`] returns (`enterprise_license_summary_retrieve`).
pub type LicenseSummaryRetrieveResponse = super::Reply200_400_403<
    super::models::LicenseSummary,
>;

/// Query and header parameters of [`Enterprise::license_summary_retrieve`] (`enterprise_license_summary_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LicenseSummaryRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached: Option<bool>,
}

/// What [`Enterprise::license_update`] returns (`enterprise_license_update`).
pub type LicenseUpdateResponse = super::Reply200_400_403<super::models::License>;

/// What [`Enterprise::license_used_by_list`] returns (`enterprise_license_used_by_list`).
pub type LicenseUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;
