//! Operations tagged `tasks` (10).
use super::runtime::client as rt;

/// The operations tagged `tasks`: `client.tasks()`.
#[derive(Clone, Copy, Debug)]
pub struct TasksApi<'a> {
    pub(super) client: &'a super::Client,
}

impl TasksApi<'_> {
    fn schedules_list_request(&self, params: &SchedulesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_schedules_list",
            method: rt::Method::Get,
            path: "/tasks/schedules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("actor_name", &params.actor_name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("paused", &params.paused);
        request
            .query(
                "rel_obj_content_type__app_label",
                &params.rel_obj_content_type_app_label,
            );
        request.query("rel_obj_content_type__model", &params.rel_obj_content_type_model);
        request.query("rel_obj_id", &params.rel_obj_id);
        request.query("rel_obj_id__isnull", &params.rel_obj_id_isnull);
        request.query("search", &params.search);
        request
    }

    /// `GET /tasks/schedules/` (`tasks_schedules_list`).
    ///
    /// Optional parameters: [`SchedulesListParams`].
    pub fn schedules_list(
        &self,
        params: &SchedulesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedScheduleList> {
        self.schedules_list_request(params).send_json()
    }

    /// Every item of [`TasksApi::schedules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn schedules_list_stream(
        &self,
        params: &SchedulesListParams,
    ) -> super::PageStream<super::models::Schedule> {
        self.schedules_list_request(params).paginate()
    }

    /// `PATCH /tasks/schedules/{id}/` (`tasks_schedules_partial_update`).
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_partial_update(
        &self,
        id: ::uuid::Uuid,
        body: &super::models::PatchedScheduleRequest,
    ) -> super::ResponseFuture<super::models::Schedule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_schedules_partial_update",
            method: rt::Method::Patch,
            path: "/tasks/schedules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `GET /tasks/schedules/{id}/` (`tasks_schedules_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Schedule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_schedules_retrieve",
            method: rt::Method::Get,
            path: "/tasks/schedules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Trigger this schedule now
    ///
    /// `POST /tasks/schedules/{id}/send/` (`tasks_schedules_send_create`).
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_send_create(&self, id: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_schedules_send_create",
            method: rt::Method::Post,
            path: "/tasks/schedules/{id}/send/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_500,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// `PUT /tasks/schedules/{id}/` (`tasks_schedules_update`).
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_update(
        &self,
        id: ::uuid::Uuid,
        body: &super::models::ScheduleRequest,
    ) -> super::ResponseFuture<super::models::Schedule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_schedules_update",
            method: rt::Method::Put,
            path: "/tasks/schedules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    fn tasks_list_request(&self, params: &TasksListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_tasks_list",
            method: rt::Method::Get,
            path: "/tasks/tasks/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("actor_name", &params.actor_name);
        request.query("aggregated_status", &params.aggregated_status);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("queue_name", &params.queue_name);
        request
            .query(
                "rel_obj_content_type__app_label",
                &params.rel_obj_content_type_app_label,
            );
        request.query("rel_obj_content_type__model", &params.rel_obj_content_type_model);
        request.query("rel_obj_id", &params.rel_obj_id);
        request.query("rel_obj_id__isnull", &params.rel_obj_id_isnull);
        request.query("search", &params.search);
        request.query("state", &params.state);
        request
    }

    /// `GET /tasks/tasks/` (`tasks_tasks_list`).
    ///
    /// Optional parameters: [`TasksListParams`].
    pub fn tasks_list(
        &self,
        params: &TasksListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTaskList> {
        self.tasks_list_request(params).send_json()
    }

    /// Every item of [`TasksApi::tasks_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tasks_list_stream(
        &self,
        params: &TasksListParams,
    ) -> super::PageStream<super::models::Task> {
        self.tasks_list_request(params).paginate()
    }

    /// `GET /tasks/tasks/{message_id}/` (`tasks_tasks_retrieve`).
    ///
    /// - `message_id`: A UUID string identifying this Task.
    pub fn tasks_retrieve(
        &self,
        message_id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Task> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_tasks_retrieve",
            method: rt::Method::Get,
            path: "/tasks/tasks/{message_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("message_id", &message_id);
        request.send_json()
    }

    /// Retry task
    ///
    /// `POST /tasks/tasks/{message_id}/retry/` (`tasks_tasks_retry_create`).
    ///
    /// - `message_id`: A UUID string identifying this Task.
    pub fn tasks_retry_create(
        &self,
        message_id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_tasks_retry_create",
            method: rt::Method::Post,
            path: "/tasks/tasks/{message_id}/retry/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_6,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("message_id", &message_id);
        request.send_empty()
    }

    /// Global status summary for all tasks
    ///
    /// `GET /tasks/tasks/status/` (`tasks_tasks_status_retrieve`).
    pub fn tasks_status_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::GlobalTaskStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_tasks_status_retrieve",
            method: rt::Method::Get,
            path: "/tasks/tasks/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get currently connected worker count.
    ///
    /// `GET /tasks/workers/` (`tasks_workers_list`).
    pub fn workers_list(&self) -> super::ResponseFuture<Vec<super::models::Worker>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tasks_workers_list",
            method: rt::Method::Get,
            path: "/tasks/workers/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }
}

/// Optional parameters of [`TasksApi::schedules_list`] (`tasks_schedules_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SchedulesListParams {
    /// Query parameter `actor_name`.
    pub actor_name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// Query parameter `paused`.
    pub paused: Option<bool>,
    /// Query parameter `rel_obj_content_type__app_label`.
    pub rel_obj_content_type_app_label: Option<String>,
    /// Query parameter `rel_obj_content_type__model`.
    pub rel_obj_content_type_model: Option<String>,
    /// Query parameter `rel_obj_id`.
    pub rel_obj_id: Option<String>,
    /// Query parameter `rel_obj_id__isnull`.
    pub rel_obj_id_isnull: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`TasksApi::tasks_list`] (`tasks_tasks_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TasksListParams {
    /// Query parameter `actor_name`.
    pub actor_name: Option<String>,
    /// Query parameter `aggregated_status`.
    pub aggregated_status: Option<Vec<super::models::TaskAggregatedStatusEnum>>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// Query parameter `queue_name`.
    pub queue_name: Option<String>,
    /// Query parameter `rel_obj_content_type__app_label`.
    pub rel_obj_content_type_app_label: Option<String>,
    /// Query parameter `rel_obj_content_type__model`.
    pub rel_obj_content_type_model: Option<String>,
    /// Query parameter `rel_obj_id`.
    pub rel_obj_id: Option<String>,
    /// Query parameter `rel_obj_id__isnull`.
    pub rel_obj_id_isnull: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Task status
    ///
    /// Query parameter `state`.
    pub state: Option<super::models::TaskStatusEnum>,
}
