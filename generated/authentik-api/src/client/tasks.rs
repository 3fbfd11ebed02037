//! Operations tagged `tasks` (10).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `tasks`: `client.tasks()`.
#[derive(Clone, Copy, Debug)]
pub struct TasksApi<'a> {
    pub(super) client: &'a super::Client,
}

impl TasksApi<'_> {
    fn schedules_list_request(&self, params: &SchedulesListParams) -> rt::Request {
        rt::operation!(Get "/tasks/schedules/" "tasks_schedules_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /tasks/schedules/` (`tasks_schedules_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`SchedulesListParams`].
    pub fn schedules_list(
        &self,
        params: &SchedulesListParams,
    ) -> ResponseFuture<models::PaginatedScheduleList> {
        self.schedules_list_request(params).send_json()
    }

    /// Every item of [`TasksApi::schedules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn schedules_list_stream(
        &self,
        params: &SchedulesListParams,
    ) -> PageStream<models::Schedule> {
        self.schedules_list_request(params).paginate()
    }

    /// `PATCH /tasks/schedules/{id}/` (`tasks_schedules_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_partial_update(
        &self,
        id: ::uuid::Uuid,
        body: &models::PatchedScheduleRequest,
    ) -> ResponseFuture<models::Schedule> {
        rt::operation!(Patch "/tasks/schedules/{id}/" "tasks_schedules_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `GET /tasks/schedules/{id}/` (`tasks_schedules_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> ResponseFuture<models::Schedule> {
        rt::operation!(Get "/tasks/schedules/{id}/" "tasks_schedules_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Trigger this schedule now
    ///
    /// `POST /tasks/schedules/{id}/send/` (`tasks_schedules_send_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_send_create(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Post "/tasks/schedules/{id}/send/" "tasks_schedules_send_create"
            errors(ERRORS_400_403_404_405_415_500_3)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// `PUT /tasks/schedules/{id}/` (`tasks_schedules_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Schedule.
    pub fn schedules_update(
        &self,
        id: ::uuid::Uuid,
        body: &models::ScheduleRequest,
    ) -> ResponseFuture<models::Schedule> {
        rt::operation!(Put "/tasks/schedules/{id}/" "tasks_schedules_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    fn tasks_list_request(&self, params: &TasksListParams) -> rt::Request {
        rt::operation!(Get "/tasks/tasks/" "tasks_tasks_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /tasks/tasks/` (`tasks_tasks_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`TasksListParams`].
    pub fn tasks_list(
        &self,
        params: &TasksListParams,
    ) -> ResponseFuture<models::PaginatedTaskList> {
        self.tasks_list_request(params).send_json()
    }

    /// Every item of [`TasksApi::tasks_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tasks_list_stream(
        &self,
        params: &TasksListParams,
    ) -> PageStream<models::Task> {
        self.tasks_list_request(params).paginate()
    }

    /// `GET /tasks/tasks/{message_id}/` (`tasks_tasks_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `message_id`: A UUID string identifying this Task.
    pub fn tasks_retrieve(
        &self,
        message_id: ::uuid::Uuid,
    ) -> ResponseFuture<models::Task> {
        rt::operation!(Get "/tasks/tasks/{message_id}/" "tasks_tasks_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("message_id", &message_id);
        request.send_json()
    }

    /// Retry task
    ///
    /// `POST /tasks/tasks/{message_id}/retry/` (`tasks_tasks_retry_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `message_id`: A UUID string identifying this Task.
    pub fn tasks_retry_create(&self, message_id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Post "/tasks/tasks/{message_id}/retry/" "tasks_tasks_retry_create"
            errors(ERRORS_400_403_404_405_415_16)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("message_id", &message_id);
        request.send_empty()
    }

    /// Global status summary for all tasks
    ///
    /// `GET /tasks/tasks/status/` (`tasks_tasks_status_retrieve`).
    /// Since 2026.11.0-rc1.
    pub fn tasks_status_retrieve(&self) -> ResponseFuture<models::GlobalTaskStatus> {
        rt::operation!(Get "/tasks/tasks/status/" "tasks_tasks_status_retrieve");
        self.client.request(&OPERATION).send_json()
    }

    /// Get currently connected worker count.
    ///
    /// `GET /tasks/workers/` (`tasks_workers_list`).
    /// Since 2026.11.0-rc1.
    pub fn workers_list(&self) -> ResponseFuture<Vec<models::Worker>> {
        rt::operation!(Get "/tasks/workers/" "tasks_workers_list");
        self.client.request(&OPERATION).send_json()
    }
}

rt::params! {
    /// Optional parameters of [`TasksApi::schedules_list`] (`tasks_schedules_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SchedulesListParams {
        pub actor_name: Option<String> => query "actor_name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub paused: Option<bool> => query "paused",
        pub rel_obj_content_type_app_label: Option<String> => query "rel_obj_content_type__app_label",
        pub rel_obj_content_type_model: Option<String> => query "rel_obj_content_type__model",
        pub rel_obj_id: Option<String> => query "rel_obj_id",
        pub rel_obj_id_isnull: Option<bool> => query "rel_obj_id__isnull",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`TasksApi::tasks_list`] (`tasks_tasks_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TasksListParams {
        pub actor_name: Option<String> => query "actor_name",
        pub aggregated_status: Option<Vec<models::TaskAggregatedStatusEnum>> => query "aggregated_status",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub queue_name: Option<String> => query "queue_name",
        pub rel_obj_content_type_app_label: Option<String> => query "rel_obj_content_type__app_label",
        pub rel_obj_content_type_model: Option<String> => query "rel_obj_content_type__model",
        pub rel_obj_id: Option<String> => query "rel_obj_id",
        pub rel_obj_id_isnull: Option<bool> => query "rel_obj_id__isnull",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Task status
        pub state: Option<models::TaskStatusEnum> => query "state",
    }
}
