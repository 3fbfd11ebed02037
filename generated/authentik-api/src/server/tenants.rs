//! Server side of the operations tagged `tenants` (14).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `tenants`. Implement those you serve, then
/// `Server::new().tenants(service)` or [`router`]; the others go to
/// [`Tenants::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Tenants: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Domain ViewSet
    ///
    /// `POST /tenants/domains/` (`tenants_domains_create`).
    fn domains_create(
        &self,
        auth: rt::Auth,
        body: super::models::DomainRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DomainsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Domain ViewSet
    ///
    /// `DELETE /tenants/domains/{id}/` (`tenants_domains_destroy`).
    fn domains_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<DomainsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Domain ViewSet
    ///
    /// `GET /tenants/domains/` (`tenants_domains_list`).
    fn domains_list(
        &self,
        auth: rt::Auth,
        query: DomainsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DomainsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Domain ViewSet
    ///
    /// `PATCH /tenants/domains/{id}/` (`tenants_domains_partial_update`).
    fn domains_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedDomainRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DomainsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Domain ViewSet
    ///
    /// `GET /tenants/domains/{id}/` (`tenants_domains_retrieve`).
    fn domains_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DomainsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Domain ViewSet
    ///
    /// `PUT /tenants/domains/{id}/` (`tenants_domains_update`).
    fn domains_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::DomainRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DomainsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_domains_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Tenant Viewset
    ///
    /// `POST /tenants/tenants/` (`tenants_tenants_create`).
    fn tenants_create(
        &self,
        auth: rt::Auth,
        body: super::models::TenantRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TenantsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Create admin group and add user to it.
    ///
    /// `POST /tenants/tenants/{tenant_uuid}/create_admin_group/` (`tenants_tenants_create_admin_group_create`).
    fn tenants_create_admin_group_create(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
        body: super::models::TenantAdminGroupRequestRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TenantsCreateAdminGroupCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_create_admin_group_create",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid).body(&body),
        )
    }
    /// Create recovery key for user.
    ///
    /// `POST /tenants/tenants/{tenant_uuid}/create_recovery_key/` (`tenants_tenants_create_recovery_key_create`).
    fn tenants_create_recovery_key_create(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
        body: super::models::TenantRecoveryKeyRequestRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TenantsCreateRecoveryKeyCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_create_recovery_key_create",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid).body(&body),
        )
    }
    /// Tenant Viewset
    ///
    /// `DELETE /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_destroy`).
    fn tenants_destroy(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<TenantsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_destroy",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid),
        )
    }
    /// Tenant Viewset
    ///
    /// `GET /tenants/tenants/` (`tenants_tenants_list`).
    fn tenants_list(
        &self,
        auth: rt::Auth,
        query: TenantsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TenantsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Tenant Viewset
    ///
    /// `PATCH /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_partial_update`).
    fn tenants_partial_update(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
        body: super::models::PatchedTenantRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TenantsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_partial_update",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid).body(&body),
        )
    }
    /// Tenant Viewset
    ///
    /// `GET /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_retrieve`).
    fn tenants_retrieve(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TenantsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_retrieve",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid),
        )
    }
    /// Tenant Viewset
    ///
    /// `PUT /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_update`).
    fn tenants_update(
        &self,
        auth: rt::Auth,
        tenant_uuid: ::uuid::Uuid,
        body: super::models::TenantRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TenantsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tenants_tenants_update",
            auth,
            rt::Args::new().param("tenant_uuid", &tenant_uuid).body(&body),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Tenants>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "tenants_domains_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.domains_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_domains_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.domains_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_domains_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.domains_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_domains_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .domains_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_domains_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.domains_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_domains_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .domains_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tenants_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_create_admin_group_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_create_admin_group_create(
                            input.auth(),
                            input.path("tenant_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_create_recovery_key_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_create_recovery_key_create(
                            input.auth(),
                            input.path("tenant_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_destroy(input.auth(), input.path("tenant_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tenants_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_partial_update(
                            input.auth(),
                            input.path("tenant_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_retrieve(input.auth(), input.path("tenant_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "tenants_tenants_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tenants_update(
                            input.auth(),
                            input.path("tenant_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `tenants` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Tenants>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Tenants for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Tenants::domains_create`] returns (`tenants_domains_create`).
pub type DomainsCreateResponse = super::Reply201_400_403<super::models::Domain>;

/// What [`Tenants::domains_destroy`] returns (`tenants_domains_destroy`).
pub type DomainsDestroyResponse = super::Reply204_400_403;

/// What [`Tenants::domains_list`] returns (`tenants_domains_list`).
pub type DomainsListResponse = super::Reply200_400_403<
    super::models::PaginatedDomainList,
>;

/// Query and header parameters of [`Tenants::domains_list`] (`tenants_domains_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DomainsListQuery {
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

/// What [`Tenants::domains_partial_update`] returns (`tenants_domains_partial_update`).
pub type DomainsPartialUpdateResponse = super::Reply200_400_403<super::models::Domain>;

/// What [`Tenants::domains_retrieve`] returns (`tenants_domains_retrieve`).
pub type DomainsRetrieveResponse = super::Reply200_400_403<super::models::Domain>;

/// What [`Tenants::domains_update`] returns (`tenants_domains_update`).
pub type DomainsUpdateResponse = super::Reply200_400_403<super::models::Domain>;

/// What [`Tenants::tenants_create`] returns (`tenants_tenants_create`).
pub type TenantsCreateResponse = super::Reply201_400_403<super::models::Tenant>;

/// What [`Tenants::tenants_create_admin_group_create`] returns (`tenants_tenants_create_admin_group_create`).
pub type TenantsCreateAdminGroupCreateResponse = super::Reply204_400_403_404V2;

/// What [`Tenants::tenants_create_recovery_key_create`] returns (`tenants_tenants_create_recovery_key_create`).
pub type TenantsCreateRecoveryKeyCreateResponse = super::Reply200_400_403_404V2<
    super::models::TenantRecoveryKeyResponse,
>;

/// What [`Tenants::tenants_destroy`] returns (`tenants_tenants_destroy`).
pub type TenantsDestroyResponse = super::Reply204_400_403;

/// What [`Tenants::tenants_list`] returns (`tenants_tenants_list`).
pub type TenantsListResponse = super::Reply200_400_403<
    super::models::PaginatedTenantList,
>;

/// Query and header parameters of [`Tenants::tenants_list`] (`tenants_tenants_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TenantsListQuery {
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

/// What [`Tenants::tenants_partial_update`] returns (`tenants_tenants_partial_update`).
pub type TenantsPartialUpdateResponse = super::Reply200_400_403<super::models::Tenant>;

/// What [`Tenants::tenants_retrieve`] returns (`tenants_tenants_retrieve`).
pub type TenantsRetrieveResponse = super::Reply200_400_403<super::models::Tenant>;

/// What [`Tenants::tenants_update`] returns (`tenants_tenants_update`).
pub type TenantsUpdateResponse = super::Reply200_400_403<super::models::Tenant>;
