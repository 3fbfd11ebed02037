//! Server side of the operations tagged `managed` (10).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `managed`. Implement those you serve, then
/// `Server::new().managed(service)` or [`router`]; the others go to
/// [`Managed::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Managed: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Apply a blueprint
    ///
    /// `POST /managed/blueprints/{instance_uuid}/apply/` (`managed_blueprints_apply_create`).
    fn blueprints_apply_create(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsApplyCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_apply_create",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid),
        )
    }
    /// Get blueprints
    ///
    /// `GET /managed/blueprints/available/` (`managed_blueprints_available_list`).
    fn blueprints_available_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsAvailableListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_available_list",
            auth,
            rt::Args::new(),
        )
    }
    /// Blueprint instances
    ///
    /// `POST /managed/blueprints/` (`managed_blueprints_create`).
    fn blueprints_create(
        &self,
        auth: rt::Auth,
        body: super::models::BlueprintInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Blueprint instances
    ///
    /// `DELETE /managed/blueprints/{instance_uuid}/` (`managed_blueprints_destroy`).
    fn blueprints_destroy(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_destroy",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid),
        )
    }
    /// Import blueprint from .yaml file and apply it once, without creating an instance
    ///
    /// `POST /managed/blueprints/import/` (`managed_blueprints_import_create`).
    fn blueprints_import_create(
        &self,
        auth: rt::Auth,
        body: rt::Form<super::models::BlueprintUploadRequest>,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsImportCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_import_create",
            auth,
            rt::Args::new().form(&body),
        )
    }
    /// Blueprint instances
    ///
    /// `GET /managed/blueprints/` (`managed_blueprints_list`).
    fn blueprints_list(
        &self,
        auth: rt::Auth,
        query: BlueprintsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<BlueprintsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Blueprint instances
    ///
    /// `PATCH /managed/blueprints/{instance_uuid}/` (`managed_blueprints_partial_update`).
    fn blueprints_partial_update(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
        body: super::models::PatchedBlueprintInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_partial_update",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid).body(&body),
        )
    }
    /// Blueprint instances
    ///
    /// `GET /managed/blueprints/{instance_uuid}/` (`managed_blueprints_retrieve`).
    fn blueprints_retrieve(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_retrieve",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid),
        )
    }
    /// Blueprint instances
    ///
    /// `PUT /managed/blueprints/{instance_uuid}/` (`managed_blueprints_update`).
    fn blueprints_update(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
        body: super::models::BlueprintInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_update",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /managed/blueprints/{instance_uuid}/used_by/` (`managed_blueprints_used_by_list`).
    fn blueprints_used_by_list(
        &self,
        auth: rt::Auth,
        instance_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BlueprintsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "managed_blueprints_used_by_list",
            auth,
            rt::Args::new().param("instance_uuid", &instance_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Managed>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "managed_blueprints_apply_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_apply_create(
                            input.auth(),
                            input.path("instance_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_available_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.blueprints_available_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.blueprints_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_destroy(input.auth(), input.path("instance_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_import_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.blueprints_import_create(input.auth(), input.form()?).await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.blueprints_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_partial_update(
                            input.auth(),
                            input.path("instance_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_retrieve(input.auth(), input.path("instance_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_update(
                            input.auth(),
                            input.path("instance_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "managed_blueprints_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .blueprints_used_by_list(
                            input.auth(),
                            input.path("instance_uuid")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `managed` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Managed>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Managed for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Managed::blueprints_apply_create`] returns (`managed_blueprints_apply_create`).
pub type BlueprintsApplyCreateResponse = super::Reply200_400_403<
    super::models::BlueprintInstance,
>;

/// What [`Managed::blueprints_available_list`] returns (`managed_blueprints_available_list`).
pub type BlueprintsAvailableListResponse = super::Reply200_400_403<
    Vec<super::models::BlueprintFile>,
>;

/// What [`Managed::blueprints_create`] returns (`managed_blueprints_create`).
pub type BlueprintsCreateResponse = super::Reply201_400_403<
    super::models::BlueprintInstance,
>;

/// What [`Managed::blueprints_destroy`] returns (`managed_blueprints_destroy`).
pub type BlueprintsDestroyResponse = super::Reply204_400_403;

/// What [`Managed::blueprints_import_create`] returns (`managed_blueprints_import_create`).
pub type BlueprintsImportCreateResponse = super::Reply200_400_403<
    super::models::BlueprintImportResult,
>;

/// What [`Managed::blueprints_list`] returns (`managed_blueprints_list`).
pub type BlueprintsListResponse = super::Reply200_400_403<
    super::models::PaginatedBlueprintInstanceList,
>;

/// Query and header parameters of [`Managed::blueprints_list`] (`managed_blueprints_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintsListQuery {
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
    pub path: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Managed::blueprints_partial_update`] returns (`managed_blueprints_partial_update`).
pub type BlueprintsPartialUpdateResponse = super::Reply200_400_403<
    super::models::BlueprintInstance,
>;

/// What [`Managed::blueprints_retrieve`] returns (`managed_blueprints_retrieve`).
pub type BlueprintsRetrieveResponse = super::Reply200_400_403<
    super::models::BlueprintInstance,
>;

/// What [`Managed::blueprints_update`] returns (`managed_blueprints_update`).
pub type BlueprintsUpdateResponse = super::Reply200_400_403<
    super::models::BlueprintInstance,
>;

/// What [`Managed::blueprints_used_by_list`] returns (`managed_blueprints_used_by_list`).
pub type BlueprintsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
