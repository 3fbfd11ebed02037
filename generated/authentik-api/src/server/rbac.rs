//! Server side of the operations tagged `rbac` (22).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `rbac`. Implement those you serve, then
/// `Server::new().rbac(service)` or [`router`]; the others go to
/// [`Rbac::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Rbac: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// InitialPermissions viewset
    ///
    /// `POST /rbac/initial_permissions/` (`rbac_initial_permissions_create`).
    fn initial_permissions_create(
        &self,
        auth: rt::Auth,
        body: super::models::InitialPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// InitialPermissions viewset
    ///
    /// `DELETE /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_destroy`).
    fn initial_permissions_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/` (`rbac_initial_permissions_list`).
    fn initial_permissions_list(
        &self,
        auth: rt::Auth,
        query: InitialPermissionsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// InitialPermissions viewset
    ///
    /// `PATCH /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_partial_update`).
    fn initial_permissions_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedInitialPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_retrieve`).
    fn initial_permissions_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// InitialPermissions viewset
    ///
    /// `PUT /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_update`).
    fn initial_permissions_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::InitialPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /rbac/initial_permissions/{id}/used_by/` (`rbac_initial_permissions_used_by_list`).
    fn initial_permissions_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InitialPermissionsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_initial_permissions_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Assign permission(s) to role. When `object_pk` is set, the permissions
    /// are only assigned to the specific object, otherwise they are assigned globally.
    ///
    /// `POST /rbac/permissions/assigned_by_roles/{uuid}/assign/` (`rbac_permissions_assigned_by_roles_assign`).
    fn permissions_assigned_by_roles_assign(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PermissionAssignRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsAssignedByRolesAssignResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_assigned_by_roles_assign",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get assigned object permissions for a single object
    ///
    /// `GET /rbac/permissions/assigned_by_roles/` (`rbac_permissions_assigned_by_roles_list`).
    fn permissions_assigned_by_roles_list(
        &self,
        auth: rt::Auth,
        query: PermissionsAssignedByRolesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsAssignedByRolesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_assigned_by_roles_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Unassign permission(s) to role. When `object_pk` is set, the permissions
    /// are only assigned to the specific object, otherwise they are assigned globally.
    ///
    /// `PATCH /rbac/permissions/assigned_by_roles/{uuid}/unassign/` (`rbac_permissions_assigned_by_roles_unassign_partial_update`).
    fn permissions_assigned_by_roles_unassign_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedPermissionAssignRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsAssignedByRolesUnassignPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_assigned_by_roles_unassign_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Read-only list of all permissions, filterable by model and app
    ///
    /// `GET /rbac/permissions/` (`rbac_permissions_list`).
    fn permissions_list(
        &self,
        auth: rt::Auth,
        query: PermissionsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Read-only list of all permissions, filterable by model and app
    ///
    /// `GET /rbac/permissions/{id}/` (`rbac_permissions_retrieve`).
    fn permissions_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a role's assigned object permissions
    ///
    /// `GET /rbac/permissions/roles/` (`rbac_permissions_roles_list`).
    fn permissions_roles_list(
        &self,
        auth: rt::Auth,
        query: PermissionsRolesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PermissionsRolesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_permissions_roles_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Add user to role
    ///
    /// `POST /rbac/roles/{uuid}/add_user/` (`rbac_roles_add_user_create`).
    fn roles_add_user_create(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::UserAccountSerializerForRoleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RolesAddUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_add_user_create",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Role viewset
    ///
    /// `POST /rbac/roles/` (`rbac_roles_create`).
    fn roles_create(
        &self,
        auth: rt::Auth,
        body: super::models::RoleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RolesCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Role viewset
    ///
    /// `DELETE /rbac/roles/{uuid}/` (`rbac_roles_destroy`).
    fn roles_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RolesDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Role viewset
    ///
    /// `GET /rbac/roles/` (`rbac_roles_list`).
    fn roles_list(
        &self,
        auth: rt::Auth,
        query: RolesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RolesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Role viewset
    ///
    /// `PATCH /rbac/roles/{uuid}/` (`rbac_roles_partial_update`).
    fn roles_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedRoleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RolesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Remove user from role
    ///
    /// `POST /rbac/roles/{uuid}/remove_user/` (`rbac_roles_remove_user_create`).
    fn roles_remove_user_create(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::UserAccountSerializerForRoleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RolesRemoveUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_remove_user_create",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Role viewset
    ///
    /// `GET /rbac/roles/{uuid}/` (`rbac_roles_retrieve`).
    fn roles_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RolesRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Role viewset
    ///
    /// `PUT /rbac/roles/{uuid}/` (`rbac_roles_update`).
    fn roles_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::RoleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RolesUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /rbac/roles/{uuid}/used_by/` (`rbac_roles_used_by_list`).
    fn roles_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RolesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "rbac_roles_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Rbac>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "rbac_initial_permissions_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.initial_permissions_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .initial_permissions_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.initial_permissions_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .initial_permissions_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .initial_permissions_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .initial_permissions_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_initial_permissions_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .initial_permissions_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_assigned_by_roles_assign",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .permissions_assigned_by_roles_assign(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_assigned_by_roles_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .permissions_assigned_by_roles_list(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_assigned_by_roles_unassign_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .permissions_assigned_by_roles_unassign_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.permissions_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.permissions_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_permissions_roles_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.permissions_roles_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_add_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .roles_add_user_create(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.roles_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.roles_destroy(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.roles_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .roles_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_remove_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .roles_remove_user_create(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.roles_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .roles_update(input.auth(), input.path("uuid")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "rbac_roles_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.roles_used_by_list(input.auth(), input.path("uuid")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `rbac` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Rbac>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Rbac for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Rbac::initial_permissions_create`] returns (`rbac_initial_permissions_create`).
pub type InitialPermissionsCreateResponse = super::Reply201_400_403<
    super::models::InitialPermissions,
>;

/// What [`Rbac::initial_permissions_destroy`] returns (`rbac_initial_permissions_destroy`).
pub type InitialPermissionsDestroyResponse = super::Reply204_400_403;

/// What [`Rbac::initial_permissions_list`] returns (`rbac_initial_permissions_list`).
pub type InitialPermissionsListResponse = super::Reply200_400_403<
    super::models::PaginatedInitialPermissionsList,
>;

/// Query and header parameters of [`Rbac::initial_permissions_list`] (`rbac_initial_permissions_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitialPermissionsListQuery {
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

/// What [`Rbac::initial_permissions_partial_update`] returns (`rbac_initial_permissions_partial_update`).
pub type InitialPermissionsPartialUpdateResponse = super::Reply200_400_403<
    super::models::InitialPermissions,
>;

/// What [`Rbac::initial_permissions_retrieve`] returns (`rbac_initial_permissions_retrieve`).
pub type InitialPermissionsRetrieveResponse = super::Reply200_400_403<
    super::models::InitialPermissions,
>;

/// What [`Rbac::initial_permissions_update`] returns (`rbac_initial_permissions_update`).
pub type InitialPermissionsUpdateResponse = super::Reply200_400_403<
    super::models::InitialPermissions,
>;

/// What [`Rbac::initial_permissions_used_by_list`] returns (`rbac_initial_permissions_used_by_list`).
pub type InitialPermissionsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Rbac::permissions_assigned_by_roles_assign`] returns (`rbac_permissions_assigned_by_roles_assign`).
pub type PermissionsAssignedByRolesAssignResponse = super::Reply200_400_403<
    Vec<super::models::PermissionAssignResult>,
>;

/// What [`Rbac::permissions_assigned_by_roles_list`] returns (`rbac_permissions_assigned_by_roles_list`).
pub type PermissionsAssignedByRolesListResponse = super::Reply200_400_403<
    super::models::PaginatedRoleAssignedObjectPermissionList,
>;

/// Query and header parameters of [`Rbac::permissions_assigned_by_roles_list`] (`rbac_permissions_assigned_by_roles_list`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionsAssignedByRolesListQuery {
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_pk: Option<String>,
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

/// What [`Rbac::permissions_assigned_by_roles_unassign_partial_update`] returns (`rbac_permissions_assigned_by_roles_unassign_partial_update`).
pub type PermissionsAssignedByRolesUnassignPartialUpdateResponse = super::Reply204_400_403;

/// What [`Rbac::permissions_list`] returns (`rbac_permissions_list`).
pub type PermissionsListResponse = super::Reply200_400_403<
    super::models::PaginatedPermissionList,
>;

/// Query and header parameters of [`Rbac::permissions_list`] (`rbac_permissions_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codename: Option<String>,
    #[serde(rename = "content_type__app_label")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type_app_label: Option<String>,
    #[serde(rename = "content_type__model")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type_model: Option<String>,
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
    pub role: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Rbac::permissions_retrieve`] returns (`rbac_permissions_retrieve`).
pub type PermissionsRetrieveResponse = super::Reply200_400_403<
    super::models::Permission,
>;

/// What [`Rbac::permissions_roles_list`] returns (`rbac_permissions_roles_list`).
pub type PermissionsRolesListResponse = super::Reply200_400_403<
    super::models::PaginatedExtraRoleObjectPermissionList,
>;

/// Query and header parameters of [`Rbac::permissions_roles_list`] (`rbac_permissions_roles_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionsRolesListQuery {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

/// What [`Rbac::roles_add_user_create`] returns (`rbac_roles_add_user_create`).
pub type RolesAddUserCreateResponse = super::Reply204_400_403_404;

/// What [`Rbac::roles_create`] returns (`rbac_roles_create`).
pub type RolesCreateResponse = super::Reply201_400_403<super::models::Role>;

/// What [`Rbac::roles_destroy`] returns (`rbac_roles_destroy`).
pub type RolesDestroyResponse = super::Reply204_400_403;

/// What [`Rbac::roles_list`] returns (`rbac_roles_list`).
pub type RolesListResponse = super::Reply200_400_403<super::models::PaginatedRoleList>;

/// Query and header parameters of [`Rbac::roles_list`] (`rbac_roles_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RolesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<::uuid::Uuid>,
    /// Include inherited roles (requires users or groups filter)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<i64>,
}

/// What [`Rbac::roles_partial_update`] returns (`rbac_roles_partial_update`).
pub type RolesPartialUpdateResponse = super::Reply200_400_403<super::models::Role>;

/// What [`Rbac::roles_remove_user_create`] returns (`rbac_roles_remove_user_create`).
pub type RolesRemoveUserCreateResponse = super::Reply204_400_403_404;

/// What [`Rbac::roles_retrieve`] returns (`rbac_roles_retrieve`).
pub type RolesRetrieveResponse = super::Reply200_400_403<super::models::Role>;

/// What [`Rbac::roles_update`] returns (`rbac_roles_update`).
pub type RolesUpdateResponse = super::Reply200_400_403<super::models::Role>;

/// What [`Rbac::roles_used_by_list`] returns (`rbac_roles_used_by_list`).
pub type RolesUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;
