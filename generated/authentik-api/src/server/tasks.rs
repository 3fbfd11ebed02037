//! Server side of the operations tagged `tasks` (10).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `tasks`. Implement those you serve, then
/// `Server::new().tasks(service)` or [`router`]; the others go to
/// [`Tasks::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Tasks: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// `GET /tasks/schedules/` (`tasks_schedules_list`).
    fn schedules_list(
        &self,
        auth: rt::Auth,
        query: SchedulesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SchedulesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tasks_schedules_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `PATCH /tasks/schedules/{id}/` (`tasks_schedules_partial_update`).
    fn schedules_partial_update(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
        body: super::models::PatchedScheduleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SchedulesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_schedules_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// `GET /tasks/schedules/{id}/` (`tasks_schedules_retrieve`).
    fn schedules_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SchedulesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_schedules_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Trigger this schedule now
    ///
    /// `POST /tasks/schedules/{id}/send/` (`tasks_schedules_send_create`).
    fn schedules_send_create(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SchedulesSendCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_schedules_send_create",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// `PUT /tasks/schedules/{id}/` (`tasks_schedules_update`).
    fn schedules_update(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
        body: super::models::ScheduleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SchedulesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_schedules_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// `GET /tasks/tasks/` (`tasks_tasks_list`).
    fn tasks_list(
        &self,
        auth: rt::Auth,
        query: TasksListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TasksListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tasks_tasks_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `GET /tasks/tasks/{message_id}/` (`tasks_tasks_retrieve`).
    fn tasks_retrieve(
        &self,
        auth: rt::Auth,
        message_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<TasksRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "tasks_tasks_retrieve",
            auth,
            rt::Args::new().param("message_id", &message_id),
        )
    }
    /// Retry task
    ///
    /// `POST /tasks/tasks/{message_id}/retry/` (`tasks_tasks_retry_create`).
    fn tasks_retry_create(
        &self,
        auth: rt::Auth,
        message_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TasksRetryCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_tasks_retry_create",
            auth,
            rt::Args::new().param("message_id", &message_id),
        )
    }
    /// Global status summary for all tasks
    ///
    /// `GET /tasks/tasks/status/` (`tasks_tasks_status_retrieve`).
    fn tasks_status_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TasksStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "tasks_tasks_status_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Get currently connected worker count.
    ///
    /// `GET /tasks/workers/` (`tasks_workers_list`).
    fn workers_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<WorkersListResponse>> + Send {
        rt::forward(self.fallback(), "tasks_workers_list", auth, rt::Args::new())
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Tasks>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "tasks_schedules_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.schedules_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "tasks_schedules_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .schedules_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "tasks_schedules_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.schedules_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "tasks_schedules_send_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.schedules_send_create(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "tasks_schedules_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .schedules_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "tasks_tasks_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tasks_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "tasks_tasks_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tasks_retrieve(input.auth(), input.path("message_id")?).await
                })
            },
        ),
        rt::Route::new(
            "tasks_tasks_retry_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tasks_retry_create(input.auth(), input.path("message_id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "tasks_tasks_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tasks_status_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "tasks_workers_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.workers_list(input.auth()).await })
            },
        ),
    ])
}

/// An `axum::Router` serving the `tasks` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Tasks>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Tasks for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Tasks::schedules_list`] returns (`tasks_schedules_list`).
pub type SchedulesListResponse = super::Reply200_400_403<
    super::models::PaginatedScheduleList,
>;

/// Query and header parameters of [`Tasks::schedules_list`] (`tasks_schedules_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SchedulesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
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
    pub paused: Option<bool>,
    #[serde(rename = "rel_obj_content_type__app_label")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_content_type_app_label: Option<String>,
    #[serde(rename = "rel_obj_content_type__model")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_content_type_model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_id: Option<String>,
    #[serde(rename = "rel_obj_id__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_id_isnull: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Tasks::schedules_partial_update`] returns (`tasks_schedules_partial_update`).
pub type SchedulesPartialUpdateResponse = super::Reply200_400_403<
    super::models::Schedule,
>;

/// What [`Tasks::schedules_retrieve`] returns (`tasks_schedules_retrieve`).
pub type SchedulesRetrieveResponse = super::Reply200_400_403<super::models::Schedule>;

/// What [`Tasks::schedules_send_create`] returns (`tasks_schedules_send_create`).
pub type SchedulesSendCreateResponse = super::Reply204_400_403_404_500;

/// What [`Tasks::schedules_update`] returns (`tasks_schedules_update`).
pub type SchedulesUpdateResponse = super::Reply200_400_403<super::models::Schedule>;

/// What [`Tasks::tasks_list`] returns (`tasks_tasks_list`).
pub type TasksListResponse = super::Reply200_400_403<super::models::PaginatedTaskList>;

/// Query and header parameters of [`Tasks::tasks_list`] (`tasks_tasks_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TasksListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregated_status: Option<Vec<super::models::TaskAggregatedStatusEnum>>,
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
    pub queue_name: Option<String>,
    #[serde(rename = "rel_obj_content_type__app_label")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_content_type_app_label: Option<String>,
    #[serde(rename = "rel_obj_content_type__model")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_content_type_model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_id: Option<String>,
    #[serde(rename = "rel_obj_id__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel_obj_id_isnull: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Task status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::models::TaskStatusEnum>,
}

/// What [`Tasks::tasks_retrieve`] returns (`tasks_tasks_retrieve`).
pub type TasksRetrieveResponse = super::Reply200_400_403<super::models::Task>;

/// What [`Tasks::tasks_retry_create`] returns (`tasks_tasks_retry_create`).
pub type TasksRetryCreateResponse = super::Reply204_400_403_404V2;

/// What [`Tasks::tasks_status_retrieve`] returns (`tasks_tasks_status_retrieve`).
pub type TasksStatusRetrieveResponse = super::Reply200_400_403<
    super::models::GlobalTaskStatus,
>;

/// What [`Tasks::workers_list`] returns (`tasks_workers_list`).
pub type WorkersListResponse = super::Reply200_400_403<Vec<super::models::Worker>>;
