//! Operations tagged `events` (37).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `events`: `client.events()`.
#[derive(Clone, Copy, Debug)]
pub struct EventsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl EventsApi<'_> {
    /// Get all actions
    ///
    /// `GET /events/events/actions/` (`events_events_actions_list`).
    pub fn events_actions_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/events/events/actions/" "events_events_actions_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `POST /events/events/` (`events_events_create`).
    pub fn events_create(
        &self,
        body: &models::EventRequest,
    ) -> ResponseFuture<models::Event> {
        rt::operation!(Post "/events/events/" "events_events_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `DELETE /events/events/{event_uuid}/` (`events_events_destroy`).
    ///
    /// - `event_uuid`: A UUID string identifying this Event.
    pub fn events_destroy(&self, event_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/events/events/{event_uuid}/" "events_events_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.send_empty()
    }

    /// Create a data export for this data type. Note that the export is generated asynchronously:
    /// this method returns a `DataExport` object that will initially have `completed=false` as well
    /// as the permanent URL to that object in the `Location` header.
    /// You can poll that URL until `completed=true`, at which point the `file_url` property will
    /// contain a URL to download
    ///
    /// `POST /events/events/export/` (`events_events_export_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`EventsExportCreateParams`].
    pub fn events_export_create(
        &self,
        params: &EventsExportCreateParams,
    ) -> ResponseFuture<models::DataExport> {
        rt::operation!(Post "/events/events/export/" "events_events_export_create");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    fn events_list_request(&self, params: &EventsListParams) -> rt::Request {
        rt::operation!(Get "/events/events/" "events_events_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Event Read-Only Viewset
    ///
    /// `GET /events/events/` (`events_events_list`).
    ///
    /// Optional parameters: [`EventsListParams`].
    pub fn events_list(
        &self,
        params: &EventsListParams,
    ) -> ResponseFuture<models::PaginatedEventList> {
        self.events_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::events_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn events_list_stream(
        &self,
        params: &EventsListParams,
    ) -> PageStream<models::Event> {
        self.events_list_request(params).paginate()
    }

    /// Event Read-Only Viewset
    ///
    /// `PATCH /events/events/{event_uuid}/` (`events_events_partial_update`).
    ///
    /// - `event_uuid`: A UUID string identifying this Event.
    pub fn events_partial_update(
        &self,
        event_uuid: ::uuid::Uuid,
        body: &models::PatchedEventRequest,
    ) -> ResponseFuture<models::Event> {
        rt::operation!(
            Patch "/events/events/{event_uuid}/" "events_events_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get the count of events per month
    ///
    /// `GET /events/events/per_month/` (`events_events_per_month_list`).
    /// Until 2024.12.1 (removed in 2025.6.2).
    ///
    /// Optional parameters: [`EventsPerMonthListParams`].
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    pub fn events_per_month_list(
        &self,
        params: &EventsPerMonthListParams,
    ) -> ResponseFuture<Vec<models::Coordinate>> {
        rt::operation!(Get "/events/events/per_month/" "events_events_per_month_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `GET /events/events/{event_uuid}/` (`events_events_retrieve`).
    ///
    /// - `event_uuid`: A UUID string identifying this Event.
    pub fn events_retrieve(
        &self,
        event_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Event> {
        rt::operation!(Get "/events/events/{event_uuid}/" "events_events_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.send_json()
    }

    /// Get event stats for specified filters and count steps
    ///
    /// `GET /events/events/stats/` (`events_events_stats_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `count_steps`: Timedelta, format of 'weeks=3;days=2;hours=3,seconds=2'
    ///
    /// Optional parameters: [`EventsStatsRetrieveParams`].
    pub fn events_stats_retrieve(
        &self,
        count_steps: &[String],
        params: &EventsStatsRetrieveParams,
    ) -> ResponseFuture<models::EventStats> {
        rt::operation!(Get "/events/events/stats/" "events_events_stats_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.query("count_steps", count_steps);
        request.params(params);
        request.send_json()
    }

    /// Get the top_n events grouped by user count
    ///
    /// `GET /events/events/top_per_user/` (`events_events_top_per_user_list`).
    ///
    /// Optional parameters: [`EventsTopPerUserListParams`].
    pub fn events_top_per_user_list(
        &self,
        params: &EventsTopPerUserListParams,
    ) -> ResponseFuture<Vec<models::EventTopPerUser>> {
        rt::operation!(
            Get "/events/events/top_per_user/" "events_events_top_per_user_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `PUT /events/events/{event_uuid}/` (`events_events_update`).
    ///
    /// - `event_uuid`: A UUID string identifying this Event.
    pub fn events_update(
        &self,
        event_uuid: ::uuid::Uuid,
        body: &models::EventRequest,
    ) -> ResponseFuture<models::Event> {
        rt::operation!(Put "/events/events/{event_uuid}/" "events_events_update");
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get event volume for specified filters and timeframe
    ///
    /// `GET /events/events/volume/` (`events_events_volume_list`).
    ///
    /// Optional parameters: [`EventsVolumeListParams`].
    pub fn events_volume_list(
        &self,
        params: &EventsVolumeListParams,
    ) -> ResponseFuture<Vec<models::EventVolume>> {
        rt::operation!(Get "/events/events/volume/" "events_events_volume_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Notification Viewset
    ///
    /// `DELETE /events/notifications/{uuid}/` (`events_notifications_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/events/notifications/{uuid}/" "events_notifications_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn notifications_list_request(
        &self,
        params: &NotificationsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/events/notifications/" "events_notifications_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Notification Viewset
    ///
    /// `GET /events/notifications/` (`events_notifications_list`).
    ///
    /// Optional parameters: [`NotificationsListParams`].
    pub fn notifications_list(
        &self,
        params: &NotificationsListParams,
    ) -> ResponseFuture<models::PaginatedNotificationList> {
        self.notifications_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::notifications_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn notifications_list_stream(
        &self,
        params: &NotificationsListParams,
    ) -> PageStream<models::Notification> {
        self.notifications_list_request(params).paginate()
    }

    /// Mark all the user's notifications as seen
    ///
    /// `POST /events/notifications/mark_all_seen/` (`events_notifications_mark_all_seen_create`).
    pub fn notifications_mark_all_seen_create(&self) -> ResponseFuture<()> {
        rt::operation!(
            Post "/events/notifications/mark_all_seen/"
            "events_notifications_mark_all_seen_create"
        );
        self.client.request(&OPERATION).send_empty()
    }

    /// Notification Viewset
    ///
    /// `PATCH /events/notifications/{uuid}/` (`events_notifications_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedNotificationRequest,
    ) -> ResponseFuture<models::Notification> {
        rt::operation!(
            Patch "/events/notifications/{uuid}/" "events_notifications_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Notification Viewset
    ///
    /// `GET /events/notifications/{uuid}/` (`events_notifications_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Notification> {
        rt::operation!(
            Get "/events/notifications/{uuid}/" "events_notifications_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Notification Viewset
    ///
    /// `PUT /events/notifications/{uuid}/` (`events_notifications_update`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::NotificationRequest,
    ) -> ResponseFuture<models::Notification> {
        rt::operation!(
            Put "/events/notifications/{uuid}/" "events_notifications_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /events/notifications/{uuid}/used_by/` (`events_notifications_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/events/notifications/{uuid}/used_by/"
            "events_notifications_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `POST /events/rules/` (`events_rules_create`).
    pub fn rules_create(
        &self,
        body: &models::NotificationRuleRequest,
    ) -> ResponseFuture<models::NotificationRule> {
        rt::operation!(Post "/events/rules/" "events_rules_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `DELETE /events/rules/{pbm_uuid}/` (`events_rules_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_destroy(&self, pbm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/events/rules/{pbm_uuid}/" "events_rules_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        rt::operation!(Get "/events/rules/" "events_rules_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// NotificationRule Viewset
    ///
    /// `GET /events/rules/` (`events_rules_list`).
    ///
    /// Optional parameters: [`RulesListParams`].
    pub fn rules_list(
        &self,
        params: &RulesListParams,
    ) -> ResponseFuture<models::PaginatedNotificationRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> PageStream<models::NotificationRule> {
        self.rules_list_request(params).paginate()
    }

    /// NotificationRule Viewset
    ///
    /// `PATCH /events/rules/{pbm_uuid}/` (`events_rules_partial_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::PatchedNotificationRuleRequest,
    ) -> ResponseFuture<models::NotificationRule> {
        rt::operation!(Patch "/events/rules/{pbm_uuid}/" "events_rules_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `GET /events/rules/{pbm_uuid}/` (`events_rules_retrieve`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::NotificationRule> {
        rt::operation!(Get "/events/rules/{pbm_uuid}/" "events_rules_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `PUT /events/rules/{pbm_uuid}/` (`events_rules_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::NotificationRuleRequest,
    ) -> ResponseFuture<models::NotificationRule> {
        rt::operation!(Put "/events/rules/{pbm_uuid}/" "events_rules_update");
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /events/rules/{pbm_uuid}/used_by/` (`events_rules_used_by_list`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/events/rules/{pbm_uuid}/used_by/" "events_rules_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    fn system_tasks_list_request(&self, params: &SystemTasksListParams) -> rt::Request {
        rt::operation!(Get "/events/system_tasks/" "events_system_tasks_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Read-only view set that returns all background tasks
    ///
    /// `GET /events/system_tasks/` (`events_system_tasks_list`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// Optional parameters: [`SystemTasksListParams`].
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn system_tasks_list(
        &self,
        params: &SystemTasksListParams,
    ) -> ResponseFuture<models::PaginatedSystemTaskList> {
        self.system_tasks_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::system_tasks_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn system_tasks_list_stream(
        &self,
        params: &SystemTasksListParams,
    ) -> PageStream<models::SystemTask> {
        self.system_tasks_list_request(params).paginate()
    }

    /// Read-only view set that returns all background tasks
    ///
    /// `GET /events/system_tasks/{uuid}/` (`events_system_tasks_retrieve`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `uuid`: A UUID string identifying this System Task.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn system_tasks_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::SystemTask> {
        rt::operation!(
            Get "/events/system_tasks/{uuid}/" "events_system_tasks_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Run task
    ///
    /// `POST /events/system_tasks/{uuid}/run/` (`events_system_tasks_run_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `uuid`: A UUID string identifying this System Task.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn system_tasks_run_create(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Post "/events/system_tasks/{uuid}/run/" "events_system_tasks_run_create"
            errors(ERRORS_400_403_404_405_415_500)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// NotificationTransport Viewset
    ///
    /// `POST /events/transports/` (`events_transports_create`).
    pub fn transports_create(
        &self,
        body: &models::NotificationTransportRequest,
    ) -> ResponseFuture<models::NotificationTransport> {
        rt::operation!(Post "/events/transports/" "events_transports_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationTransport Viewset
    ///
    /// `DELETE /events/transports/{uuid}/` (`events_transports_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/events/transports/{uuid}/" "events_transports_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn transports_list_request(&self, params: &TransportsListParams) -> rt::Request {
        rt::operation!(Get "/events/transports/" "events_transports_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// NotificationTransport Viewset
    ///
    /// `GET /events/transports/` (`events_transports_list`).
    ///
    /// Optional parameters: [`TransportsListParams`].
    pub fn transports_list(
        &self,
        params: &TransportsListParams,
    ) -> ResponseFuture<models::PaginatedNotificationTransportList> {
        self.transports_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::transports_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn transports_list_stream(
        &self,
        params: &TransportsListParams,
    ) -> PageStream<models::NotificationTransport> {
        self.transports_list_request(params).paginate()
    }

    /// NotificationTransport Viewset
    ///
    /// `PATCH /events/transports/{uuid}/` (`events_transports_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedNotificationTransportRequest,
    ) -> ResponseFuture<models::NotificationTransport> {
        rt::operation!(
            Patch "/events/transports/{uuid}/" "events_transports_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// NotificationTransport Viewset
    ///
    /// `GET /events/transports/{uuid}/` (`events_transports_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::NotificationTransport> {
        rt::operation!(Get "/events/transports/{uuid}/" "events_transports_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Send example notification using selected transport. Requires
    /// Modify permissions.
    ///
    /// `POST /events/transports/{uuid}/test/` (`events_transports_test_create`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_test_create(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::NotificationTransportTest> {
        rt::operation!(
            Post "/events/transports/{uuid}/test/" "events_transports_test_create"
            errors(ERRORS_400_403_404_405_415_500_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// NotificationTransport Viewset
    ///
    /// `PUT /events/transports/{uuid}/` (`events_transports_update`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::NotificationTransportRequest,
    ) -> ResponseFuture<models::NotificationTransport> {
        rt::operation!(Put "/events/transports/{uuid}/" "events_transports_update");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /events/transports/{uuid}/used_by/` (`events_transports_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/events/transports/{uuid}/used_by/" "events_transports_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_export_create`] (`events_events_export_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsExportCreateParams {
        pub action: Option<String> => query "action",
        pub actions: Option<Vec<models::EventActions>> => query "actions",
        /// Brand name
        pub brand_name: Option<String> => query "brand_name",
        pub client_ip: Option<String> => query "client_ip",
        /// Context Authorized application
        pub context_authorized_app: Option<String> => query "context_authorized_app",
        /// Context Device Primary Key
        pub context_device: Option<String> => query "context_device",
        /// Context Model App
        pub context_model_app: Option<String> => query "context_model_app",
        /// Context Model Name
        pub context_model_name: Option<String> => query "context_model_name",
        /// Context Model Primary Key
        pub context_model_pk: Option<String> => query "context_model_pk",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Username
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_list`] (`events_events_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsListParams {
        pub action: Option<String> => query "action",
        pub actions: Option<Vec<models::EventActions>> => query "actions",
        /// Brand name
        pub brand_name: Option<String> => query "brand_name",
        pub client_ip: Option<String> => query "client_ip",
        /// Context Authorized application
        pub context_authorized_app: Option<String> => query "context_authorized_app",
        /// Context Device Primary Key
        pub context_device: Option<String> => query "context_device",
        /// Context Model App
        pub context_model_app: Option<String> => query "context_model_app",
        /// Context Model Name
        pub context_model_name: Option<String> => query "context_model_name",
        /// Context Model Primary Key
        pub context_model_pk: Option<String> => query "context_model_pk",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Username
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_per_month_list`] (`events_events_per_month_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsPerMonthListParams {
        pub action: Option<String> => query "action",
        pub query: Option<String> => query "query",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_stats_retrieve`] (`events_events_stats_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsStatsRetrieveParams {
        pub action: Option<String> => query "action",
        pub actions: Option<Vec<models::EventActions>> => query "actions",
        /// Brand name
        pub brand_name: Option<String> => query "brand_name",
        pub client_ip: Option<String> => query "client_ip",
        /// Context Authorized application
        pub context_authorized_app: Option<String> => query "context_authorized_app",
        /// Context Device Primary Key
        pub context_device: Option<String> => query "context_device",
        /// Context Model App
        pub context_model_app: Option<String> => query "context_model_app",
        /// Context Model Name
        pub context_model_name: Option<String> => query "context_model_name",
        /// Context Model Primary Key
        pub context_model_pk: Option<String> => query "context_model_pk",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Username
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_top_per_user_list`] (`events_events_top_per_user_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsTopPerUserListParams {
        pub action: Option<String> => query "action",
        pub actions: Option<Vec<models::EventActions>> => query "actions",
        /// Brand name
        pub brand_name: Option<String> => query "brand_name",
        pub client_ip: Option<String> => query "client_ip",
        /// Context Authorized application
        pub context_authorized_app: Option<String> => query "context_authorized_app",
        /// Context Device Primary Key
        pub context_device: Option<String> => query "context_device",
        /// Context Model App
        pub context_model_app: Option<String> => query "context_model_app",
        /// Context Model Name
        pub context_model_name: Option<String> => query "context_model_name",
        /// Context Model Primary Key
        pub context_model_pk: Option<String> => query "context_model_pk",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        pub top_n: Option<i64> => query "top_n",
        /// Username
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::events_volume_list`] (`events_events_volume_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventsVolumeListParams {
        pub action: Option<String> => query "action",
        pub actions: Option<Vec<models::EventActions>> => query "actions",
        /// Brand name
        pub brand_name: Option<String> => query "brand_name",
        pub client_ip: Option<String> => query "client_ip",
        /// Context Authorized application
        pub context_authorized_app: Option<String> => query "context_authorized_app",
        /// Context Device Primary Key
        pub context_device: Option<String> => query "context_device",
        /// Context Model App
        pub context_model_app: Option<String> => query "context_model_app",
        /// Context Model Name
        pub context_model_name: Option<String> => query "context_model_name",
        /// Context Model Primary Key
        pub context_model_pk: Option<String> => query "context_model_pk",
        pub history_days: Option<i64> => query "history_days",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Username
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::notifications_list`] (`events_notifications_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct NotificationsListParams {
        pub body: Option<String> => query "body",
        pub created: Option<super::runtime::DateTime> => query "created",
        pub event: Option<::uuid::Uuid> => query "event",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub seen: Option<bool> => query "seen",
        pub severity: Option<models::SeverityEnum> => query "severity",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::rules_list`] (`events_rules_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RulesListParams {
        pub destination_group_name: Option<String> => query "destination_group__name",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        /// Controls which severity level the created notifications will have.
        pub severity: Option<models::SeverityEnum> => query "severity",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::system_tasks_list`] (`events_system_tasks_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SystemTasksListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub status: Option<models::EventsSystemTasksListStatus> => query "status",
        pub uid: Option<String> => query "uid",
    }
}

rt::params! {
    /// Optional parameters of [`EventsApi::transports_list`] (`events_transports_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TransportsListParams {
        pub mode: Option<models::TransportModeEnum> => query "mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub send_once: Option<bool> => query "send_once",
        pub webhook_url: Option<String> => query "webhook_url",
    }
}
