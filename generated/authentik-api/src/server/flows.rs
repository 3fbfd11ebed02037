//! Server side of the operations tagged `flows` (22).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `flows`. Implement those you serve, then
/// `Server::new().flows(service)` or [`router`]; the others go to
/// [`Flows::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Flows: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// FlowStageBinding Viewset
    ///
    /// `POST /flows/bindings/` (`flows_bindings_create`).
    fn bindings_create(
        &self,
        auth: rt::Auth,
        body: super::models::FlowStageBindingRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// FlowStageBinding Viewset
    ///
    /// `DELETE /flows/bindings/{fsb_uuid}/` (`flows_bindings_destroy`).
    fn bindings_destroy(
        &self,
        auth: rt::Auth,
        fsb_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_destroy",
            auth,
            rt::Args::new().param("fsb_uuid", &fsb_uuid),
        )
    }
    /// FlowStageBinding Viewset
    ///
    /// `GET /flows/bindings/` (`flows_bindings_list`).
    fn bindings_list(
        &self,
        auth: rt::Auth,
        query: BindingsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// FlowStageBinding Viewset
    ///
    /// `PATCH /flows/bindings/{fsb_uuid}/` (`flows_bindings_partial_update`).
    fn bindings_partial_update(
        &self,
        auth: rt::Auth,
        fsb_uuid: ::uuid::Uuid,
        body: super::models::PatchedFlowStageBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_partial_update",
            auth,
            rt::Args::new().param("fsb_uuid", &fsb_uuid).body(&body),
        )
    }
    /// FlowStageBinding Viewset
    ///
    /// `GET /flows/bindings/{fsb_uuid}/` (`flows_bindings_retrieve`).
    fn bindings_retrieve(
        &self,
        auth: rt::Auth,
        fsb_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_retrieve",
            auth,
            rt::Args::new().param("fsb_uuid", &fsb_uuid),
        )
    }
    /// FlowStageBinding Viewset
    ///
    /// `PUT /flows/bindings/{fsb_uuid}/` (`flows_bindings_update`).
    fn bindings_update(
        &self,
        auth: rt::Auth,
        fsb_uuid: ::uuid::Uuid,
        body: super::models::FlowStageBindingRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_update",
            auth,
            rt::Args::new().param("fsb_uuid", &fsb_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /flows/bindings/{fsb_uuid}/used_by/` (`flows_bindings_used_by_list`).
    fn bindings_used_by_list(
        &self,
        auth: rt::Auth,
        fsb_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_bindings_used_by_list",
            auth,
            rt::Args::new().param("fsb_uuid", &fsb_uuid),
        )
    }
    /// Get the next pending challenge from the currently active flow.
    ///
    /// `GET /flows/executor/{flow_slug}/` (`flows_executor_get`). Allows anonymous access.
    fn executor_get(
        &self,
        auth: rt::Auth,
        flow_slug: String,
        query: ExecutorGetQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ExecutorGetResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_executor_get",
            auth,
            rt::Args::new().param("flow_slug", &flow_slug).params(&query),
        )
    }
    /// Solve the previously retrieved challenge and advanced to the next stage.
    ///
    /// `POST /flows/executor/{flow_slug}/` (`flows_executor_solve`). Allows anonymous access.
    fn executor_solve(
        &self,
        auth: rt::Auth,
        flow_slug: String,
        query: ExecutorSolveQuery,
        body: Option<super::models::FlowChallengeResponseRequest>,
    ) -> impl ::std::future::Future<Output = rt::Result<ExecutorSolveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_executor_solve",
            auth,
            rt::Args::new().param("flow_slug", &flow_slug).params(&query).body(&body),
        )
    }
    /// Get current flow state and record it
    ///
    /// `GET /flows/inspector/{flow_slug}/` (`flows_inspector_get`).
    fn inspector_get(
        &self,
        auth: rt::Auth,
        flow_slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<InspectorGetResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_inspector_get",
            auth,
            rt::Args::new().param("flow_slug", &flow_slug),
        )
    }
    /// Clear flow cache
    ///
    /// `POST /flows/instances/cache_clear/` (`flows_instances_cache_clear_create`).
    fn instances_cache_clear_create(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesCacheClearCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_cache_clear_create",
            auth,
            rt::Args::new(),
        )
    }
    /// Info about cached flows
    ///
    /// `GET /flows/instances/cache_info/` (`flows_instances_cache_info_retrieve`).
    fn instances_cache_info_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesCacheInfoRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_cache_info_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Flow Viewset
    ///
    /// `POST /flows/instances/` (`flows_instances_create`).
    fn instances_create(
        &self,
        auth: rt::Auth,
        body: super::models::FlowRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Flow Viewset
    ///
    /// `DELETE /flows/instances/{slug}/` (`flows_instances_destroy`).
    fn instances_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Return diagram for flow with slug `slug`, in the format used by flowchart.js
    ///
    /// `GET /flows/instances/{slug}/diagram/` (`flows_instances_diagram_retrieve`).
    fn instances_diagram_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesDiagramRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_diagram_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Execute flow for current user
    ///
    /// `GET /flows/instances/{slug}/execute/` (`flows_instances_execute_retrieve`).
    fn instances_execute_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesExecuteRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_execute_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Export flow to .yaml file
    ///
    /// `GET /flows/instances/{slug}/export/` (`flows_instances_export_retrieve`).
    fn instances_export_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesExportRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_export_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Flow Viewset
    ///
    /// `GET /flows/instances/` (`flows_instances_list`).
    fn instances_list(
        &self,
        auth: rt::Auth,
        query: InstancesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<InstancesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Flow Viewset
    ///
    /// `PATCH /flows/instances/{slug}/` (`flows_instances_partial_update`).
    fn instances_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedFlowRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Flow Viewset
    ///
    /// `GET /flows/instances/{slug}/` (`flows_instances_retrieve`).
    fn instances_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Flow Viewset
    ///
    /// `PUT /flows/instances/{slug}/` (`flows_instances_update`).
    fn instances_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::FlowRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /flows/instances/{slug}/used_by/` (`flows_instances_used_by_list`).
    fn instances_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "flows_instances_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Flows>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "flows_bindings_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.bindings_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.bindings_destroy(input.auth(), input.path("fsb_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.bindings_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_partial_update(
                            input.auth(),
                            input.path("fsb_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_retrieve(input.auth(), input.path("fsb_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_update(
                            input.auth(),
                            input.path("fsb_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_bindings_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_used_by_list(input.auth(), input.path("fsb_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_executor_get",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .executor_get(
                            input.auth(),
                            input.path("flow_slug")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_executor_solve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .executor_solve(
                            input.auth(),
                            input.path("flow_slug")?,
                            input.params()?,
                            input.json_opt()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_inspector_get",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.inspector_get(input.auth(), input.path("flow_slug")?).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_cache_clear_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_cache_clear_create(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_cache_info_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_cache_info_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_diagram_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_diagram_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_execute_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_execute_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_export_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_export_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "flows_instances_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_used_by_list(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `flows` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Flows>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Flows for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Flows::bindings_create`] returns (`flows_bindings_create`).
pub type BindingsCreateResponse = super::Reply201_400_403<
    super::models::FlowStageBinding,
>;

/// What [`Flows::bindings_destroy`] returns (`flows_bindings_destroy`).
pub type BindingsDestroyResponse = super::Reply204_400_403;

/// What [`Flows::bindings_list`] returns (`flows_bindings_list`).
pub type BindingsListResponse = super::Reply200_400_403<
    super::models::PaginatedFlowStageBindingList,
>;

/// Query and header parameters of [`Flows::bindings_list`] (`flows_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BindingsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluate_on_plan: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fsb_uuid: Option<::uuid::Uuid>,
    /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_response_action: Option<super::models::InvalidResponseActionEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
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
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_evaluate_policies: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
}

/// What [`Flows::bindings_partial_update`] returns (`flows_bindings_partial_update`).
pub type BindingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::FlowStageBinding,
>;

/// What [`Flows::bindings_retrieve`] returns (`flows_bindings_retrieve`).
pub type BindingsRetrieveResponse = super::Reply200_400_403<
    super::models::FlowStageBinding,
>;

/// What [`Flows::bindings_update`] returns (`flows_bindings_update`).
pub type BindingsUpdateResponse = super::Reply200_400_403<
    super::models::FlowStageBinding,
>;

/// What [`Flows::bindings_used_by_list`] returns (`flows_bindings_used_by_list`).
pub type BindingsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Flows::executor_get`] returns (`flows_executor_get`).
pub type ExecutorGetResponse = super::Reply200_400_403<super::models::ChallengeTypes>;

/// Query and header parameters of [`Flows::executor_get`] (`flows_executor_get`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecutorGetQuery {
    /// Querystring as received
    pub query: String,
}

/// What [`Flows::executor_solve`] returns (`flows_executor_solve`).
pub type ExecutorSolveResponse = super::Reply200_400_403<super::models::ChallengeTypes>;

/// Query and header parameters of [`Flows::executor_solve`] (`flows_executor_solve`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecutorSolveQuery {
    /// Querystring as received
    pub query: String,
}

/// What [`Flows::inspector_get`] returns (`flows_inspector_get`).
pub type InspectorGetResponse = super::Reply200_400_403V4<super::models::FlowInspection>;

/// What [`Flows::instances_cache_clear_create`] returns (`flows_instances_cache_clear_create`).
pub type InstancesCacheClearCreateResponse = super::Reply204_400_403V2;

/// What [`Flows::instances_cache_info_retrieve`] returns (`flows_instances_cache_info_retrieve`).
pub type InstancesCacheInfoRetrieveResponse = super::Reply200_400_403<
    super::models::Cache,
>;

/// What [`Flows::instances_create`] returns (`flows_instances_create`).
pub type InstancesCreateResponse = super::Reply201_400_403<super::models::Flow>;

/// What [`Flows::instances_destroy`] returns (`flows_instances_destroy`).
pub type InstancesDestroyResponse = super::Reply204_400_403;

/// What [`Flows::instances_diagram_retrieve`] returns (`flows_instances_diagram_retrieve`).
pub type InstancesDiagramRetrieveResponse = super::Reply200_400_403<
    super::models::FlowDiagram,
>;

/// What [`Flows::instances_execute_retrieve`] returns (`flows_instances_execute_retrieve`).
pub type InstancesExecuteRetrieveResponse = super::Reply200_400_403V4<
    super::models::Link,
>;

/// What [`Flows::instances_export_retrieve`] returns (`flows_instances_export_retrieve`).
pub type InstancesExportRetrieveResponse = super::Reply200_400_403Raw;

/// What [`Flows::instances_list`] returns (`flows_instances_list`).
pub type InstancesListResponse = super::Reply200_400_403<
    super::models::PaginatedFlowList,
>;

/// Query and header parameters of [`Flows::instances_list`] (`flows_instances_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstancesListQuery {
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<super::models::DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designation: Option<super::models::FlowDesignationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_uuid: Option<::uuid::Uuid>,
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
    pub slug: Option<String>,
}

/// What [`Flows::instances_partial_update`] returns (`flows_instances_partial_update`).
pub type InstancesPartialUpdateResponse = super::Reply200_400_403<super::models::Flow>;

/// What [`Flows::instances_retrieve`] returns (`flows_instances_retrieve`).
pub type InstancesRetrieveResponse = super::Reply200_400_403<super::models::Flow>;

/// What [`Flows::instances_update`] returns (`flows_instances_update`).
pub type InstancesUpdateResponse = super::Reply200_400_403<super::models::Flow>;

/// What [`Flows::instances_used_by_list`] returns (`flows_instances_used_by_list`).
pub type InstancesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
