//! Operations tagged `events` (33).
use super::runtime::client as rt;

/// The operations tagged `events`: `client.events()`.
#[derive(Clone, Copy, Debug)]
pub struct EventsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl EventsApi<'_> {
    /// Get all actions
    ///
    /// `GET /events/events/actions/` (`events_events_actions_list`).
    pub fn events_actions_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_actions_list",
            method: rt::Method::Get,
            path: "/events/events/actions/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `POST /events/events/` (`events_events_create`).
    pub fn events_create(
        &self,
        body: &super::models::EventRequest,
    ) -> super::ResponseFuture<super::models::Event> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_create",
            method: rt::Method::Post,
            path: "/events/events/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Event Read-Only Viewset
    ///
    /// `DELETE /events/events/{event_uuid}/` (`events_events_destroy`).
    ///
    /// - `event_uuid`: A UUID string identifying this Event.
    pub fn events_destroy(&self, event_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_destroy",
            method: rt::Method::Delete,
            path: "/events/events/{event_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ///
    /// Optional parameters: [`EventsExportCreateParams`].
    pub fn events_export_create(
        &self,
        params: &EventsExportCreateParams,
    ) -> super::ResponseFuture<super::models::DataExport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_export_create",
            method: rt::Method::Post,
            path: "/events/events/export/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("actions", &params.actions);
        request.query("brand_name", &params.brand_name);
        request.query("client_ip", &params.client_ip);
        request.query("context_authorized_app", &params.context_authorized_app);
        request.query("context_device", &params.context_device);
        request.query("context_model_app", &params.context_model_app);
        request.query("context_model_name", &params.context_model_name);
        request.query("context_model_pk", &params.context_model_pk);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("username", &params.username);
        request.send_json()
    }

    fn events_list_request(&self, params: &EventsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_list",
            method: rt::Method::Get,
            path: "/events/events/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("actions", &params.actions);
        request.query("brand_name", &params.brand_name);
        request.query("client_ip", &params.client_ip);
        request.query("context_authorized_app", &params.context_authorized_app);
        request.query("context_device", &params.context_device);
        request.query("context_model_app", &params.context_model_app);
        request.query("context_model_name", &params.context_model_name);
        request.query("context_model_pk", &params.context_model_pk);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("username", &params.username);
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
    ) -> super::ResponseFuture<super::models::PaginatedEventList> {
        self.events_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::events_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn events_list_stream(
        &self,
        params: &EventsListParams,
    ) -> super::PageStream<super::models::Event> {
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
        body: &super::models::PatchedEventRequest,
    ) -> super::ResponseFuture<super::models::Event> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_partial_update",
            method: rt::Method::Patch,
            path: "/events/events/{event_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.json(body);
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
    ) -> super::ResponseFuture<super::models::Event> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_retrieve",
            method: rt::Method::Get,
            path: "/events/events/{event_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("event_uuid", &event_uuid);
        request.send_json()
    }

    /// Get event stats for specified filters and count steps
    ///
    /// `GET /events/events/stats/` (`events_events_stats_retrieve`).
    ///
    /// - `count_steps`: Timedelta, format of 'weeks=3;days=2;hours=3,seconds=2'
    ///
    /// Optional parameters: [`EventsStatsRetrieveParams`].
    pub fn events_stats_retrieve(
        &self,
        count_steps: &[String],
        params: &EventsStatsRetrieveParams,
    ) -> super::ResponseFuture<super::models::EventStats> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_stats_retrieve",
            method: rt::Method::Get,
            path: "/events/events/stats/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("count_steps", count_steps);
        request.query("action", &params.action);
        request.query("actions", &params.actions);
        request.query("brand_name", &params.brand_name);
        request.query("client_ip", &params.client_ip);
        request.query("context_authorized_app", &params.context_authorized_app);
        request.query("context_device", &params.context_device);
        request.query("context_model_app", &params.context_model_app);
        request.query("context_model_name", &params.context_model_name);
        request.query("context_model_pk", &params.context_model_pk);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("username", &params.username);
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
    ) -> super::ResponseFuture<Vec<super::models::EventTopPerUser>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_top_per_user_list",
            method: rt::Method::Get,
            path: "/events/events/top_per_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("actions", &params.actions);
        request.query("brand_name", &params.brand_name);
        request.query("client_ip", &params.client_ip);
        request.query("context_authorized_app", &params.context_authorized_app);
        request.query("context_device", &params.context_device);
        request.query("context_model_app", &params.context_model_app);
        request.query("context_model_name", &params.context_model_name);
        request.query("context_model_pk", &params.context_model_pk);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("top_n", &params.top_n);
        request.query("username", &params.username);
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
        body: &super::models::EventRequest,
    ) -> super::ResponseFuture<super::models::Event> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_update",
            method: rt::Method::Put,
            path: "/events/events/{event_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::EventVolume>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_events_volume_list",
            method: rt::Method::Get,
            path: "/events/events/volume/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("actions", &params.actions);
        request.query("brand_name", &params.brand_name);
        request.query("client_ip", &params.client_ip);
        request.query("context_authorized_app", &params.context_authorized_app);
        request.query("context_device", &params.context_device);
        request.query("context_model_app", &params.context_model_app);
        request.query("context_model_name", &params.context_model_name);
        request.query("context_model_pk", &params.context_model_pk);
        request.query("history_days", &params.history_days);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("username", &params.username);
        request.send_json()
    }

    /// Notification Viewset
    ///
    /// `DELETE /events/notifications/{uuid}/` (`events_notifications_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Notification.
    pub fn notifications_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_destroy",
            method: rt::Method::Delete,
            path: "/events/notifications/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn notifications_list_request(
        &self,
        params: &NotificationsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_list",
            method: rt::Method::Get,
            path: "/events/notifications/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("body", &params.body);
        request.query("created", &params.created);
        request.query("event", &params.event);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("seen", &params.seen);
        request.query("severity", &params.severity);
        request.query("user", &params.user);
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
    ) -> super::ResponseFuture<super::models::PaginatedNotificationList> {
        self.notifications_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::notifications_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn notifications_list_stream(
        &self,
        params: &NotificationsListParams,
    ) -> super::PageStream<super::models::Notification> {
        self.notifications_list_request(params).paginate()
    }

    /// Mark all the user's notifications as seen
    ///
    /// `POST /events/notifications/mark_all_seen/` (`events_notifications_mark_all_seen_create`).
    pub fn notifications_mark_all_seen_create(&self) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_mark_all_seen_create",
            method: rt::Method::Post,
            path: "/events/notifications/mark_all_seen/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PatchedNotificationRequest,
    ) -> super::ResponseFuture<super::models::Notification> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_partial_update",
            method: rt::Method::Patch,
            path: "/events/notifications/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::Notification> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_retrieve",
            method: rt::Method::Get,
            path: "/events/notifications/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::NotificationRequest,
    ) -> super::ResponseFuture<super::models::Notification> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_update",
            method: rt::Method::Put,
            path: "/events/notifications/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_notifications_used_by_list",
            method: rt::Method::Get,
            path: "/events/notifications/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `POST /events/rules/` (`events_rules_create`).
    pub fn rules_create(
        &self,
        body: &super::models::NotificationRuleRequest,
    ) -> super::ResponseFuture<super::models::NotificationRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_create",
            method: rt::Method::Post,
            path: "/events/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationRule Viewset
    ///
    /// `DELETE /events/rules/{pbm_uuid}/` (`events_rules_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Notification Rule.
    pub fn rules_destroy(&self, pbm_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_destroy",
            method: rt::Method::Delete,
            path: "/events/rules/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_list",
            method: rt::Method::Get,
            path: "/events/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("destination_group__name", &params.destination_group_name);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("severity", &params.severity);
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
    ) -> super::ResponseFuture<super::models::PaginatedNotificationRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> super::PageStream<super::models::NotificationRule> {
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
        body: &super::models::PatchedNotificationRuleRequest,
    ) -> super::ResponseFuture<super::models::NotificationRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_partial_update",
            method: rt::Method::Patch,
            path: "/events/rules/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::NotificationRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_retrieve",
            method: rt::Method::Get,
            path: "/events/rules/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::NotificationRuleRequest,
    ) -> super::ResponseFuture<super::models::NotificationRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_update",
            method: rt::Method::Put,
            path: "/events/rules/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_rules_used_by_list",
            method: rt::Method::Get,
            path: "/events/rules/{pbm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// NotificationTransport Viewset
    ///
    /// `POST /events/transports/` (`events_transports_create`).
    pub fn transports_create(
        &self,
        body: &super::models::NotificationTransportRequest,
    ) -> super::ResponseFuture<super::models::NotificationTransport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_create",
            method: rt::Method::Post,
            path: "/events/transports/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationTransport Viewset
    ///
    /// `DELETE /events/transports/{uuid}/` (`events_transports_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Notification Transport.
    pub fn transports_destroy(&self, uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_destroy",
            method: rt::Method::Delete,
            path: "/events/transports/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn transports_list_request(&self, params: &TransportsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_list",
            method: rt::Method::Get,
            path: "/events/transports/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("mode", &params.mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("send_once", &params.send_once);
        request.query("webhook_url", &params.webhook_url);
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
    ) -> super::ResponseFuture<super::models::PaginatedNotificationTransportList> {
        self.transports_list_request(params).send_json()
    }

    /// Every item of [`EventsApi::transports_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn transports_list_stream(
        &self,
        params: &TransportsListParams,
    ) -> super::PageStream<super::models::NotificationTransport> {
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
        body: &super::models::PatchedNotificationTransportRequest,
    ) -> super::ResponseFuture<super::models::NotificationTransport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_partial_update",
            method: rt::Method::Patch,
            path: "/events/transports/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::NotificationTransport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_retrieve",
            method: rt::Method::Get,
            path: "/events/transports/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::NotificationTransportTest> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_test_create",
            method: rt::Method::Post,
            path: "/events/transports/{uuid}/test/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_500,
        };
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
        body: &super::models::NotificationTransportRequest,
    ) -> super::ResponseFuture<super::models::NotificationTransport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_update",
            method: rt::Method::Put,
            path: "/events/transports/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "events_transports_used_by_list",
            method: rt::Method::Get,
            path: "/events/transports/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

/// Optional parameters of [`EventsApi::events_export_create`] (`events_events_export_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsExportCreateParams {
    /// Query parameter `action`.
    pub action: Option<String>,
    /// Query parameter `actions`.
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    ///
    /// Query parameter `brand_name`.
    pub brand_name: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Context Authorized application
    ///
    /// Query parameter `context_authorized_app`.
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    ///
    /// Query parameter `context_device`.
    pub context_device: Option<String>,
    /// Context Model App
    ///
    /// Query parameter `context_model_app`.
    pub context_model_app: Option<String>,
    /// Context Model Name
    ///
    /// Query parameter `context_model_name`.
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    ///
    /// Query parameter `context_model_pk`.
    pub context_model_pk: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Username
    ///
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`EventsApi::events_list`] (`events_events_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsListParams {
    /// Query parameter `action`.
    pub action: Option<String>,
    /// Query parameter `actions`.
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    ///
    /// Query parameter `brand_name`.
    pub brand_name: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Context Authorized application
    ///
    /// Query parameter `context_authorized_app`.
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    ///
    /// Query parameter `context_device`.
    pub context_device: Option<String>,
    /// Context Model App
    ///
    /// Query parameter `context_model_app`.
    pub context_model_app: Option<String>,
    /// Context Model Name
    ///
    /// Query parameter `context_model_name`.
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    ///
    /// Query parameter `context_model_pk`.
    pub context_model_pk: Option<String>,
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Username
    ///
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`EventsApi::events_stats_retrieve`] (`events_events_stats_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsStatsRetrieveParams {
    /// Query parameter `action`.
    pub action: Option<String>,
    /// Query parameter `actions`.
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    ///
    /// Query parameter `brand_name`.
    pub brand_name: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Context Authorized application
    ///
    /// Query parameter `context_authorized_app`.
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    ///
    /// Query parameter `context_device`.
    pub context_device: Option<String>,
    /// Context Model App
    ///
    /// Query parameter `context_model_app`.
    pub context_model_app: Option<String>,
    /// Context Model Name
    ///
    /// Query parameter `context_model_name`.
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    ///
    /// Query parameter `context_model_pk`.
    pub context_model_pk: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Username
    ///
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`EventsApi::events_top_per_user_list`] (`events_events_top_per_user_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsTopPerUserListParams {
    /// Query parameter `action`.
    pub action: Option<String>,
    /// Query parameter `actions`.
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    ///
    /// Query parameter `brand_name`.
    pub brand_name: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Context Authorized application
    ///
    /// Query parameter `context_authorized_app`.
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    ///
    /// Query parameter `context_device`.
    pub context_device: Option<String>,
    /// Context Model App
    ///
    /// Query parameter `context_model_app`.
    pub context_model_app: Option<String>,
    /// Context Model Name
    ///
    /// Query parameter `context_model_name`.
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    ///
    /// Query parameter `context_model_pk`.
    pub context_model_pk: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `top_n`.
    pub top_n: Option<i64>,
    /// Username
    ///
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`EventsApi::events_volume_list`] (`events_events_volume_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsVolumeListParams {
    /// Query parameter `action`.
    pub action: Option<String>,
    /// Query parameter `actions`.
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    ///
    /// Query parameter `brand_name`.
    pub brand_name: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Context Authorized application
    ///
    /// Query parameter `context_authorized_app`.
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    ///
    /// Query parameter `context_device`.
    pub context_device: Option<String>,
    /// Context Model App
    ///
    /// Query parameter `context_model_app`.
    pub context_model_app: Option<String>,
    /// Context Model Name
    ///
    /// Query parameter `context_model_name`.
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    ///
    /// Query parameter `context_model_pk`.
    pub context_model_pk: Option<String>,
    /// Query parameter `history_days`.
    pub history_days: Option<i64>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Username
    ///
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`EventsApi::notifications_list`] (`events_notifications_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotificationsListParams {
    /// Query parameter `body`.
    pub body: Option<String>,
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `event`.
    pub event: Option<::uuid::Uuid>,
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `seen`.
    pub seen: Option<bool>,
    /// Query parameter `severity`.
    pub severity: Option<super::models::SeverityEnum>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`EventsApi::rules_list`] (`events_rules_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RulesListParams {
    /// Query parameter `destination_group__name`.
    pub destination_group_name: Option<String>,
    /// Query parameter `name`.
    pub name: Option<String>,
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Controls which severity level the created notifications will have.
    ///
    /// Query parameter `severity`.
    pub severity: Option<super::models::SeverityEnum>,
}

/// Optional parameters of [`EventsApi::transports_list`] (`events_transports_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TransportsListParams {
    /// Query parameter `mode`.
    pub mode: Option<super::models::TransportModeEnum>,
    /// Query parameter `name`.
    pub name: Option<String>,
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `send_once`.
    pub send_once: Option<bool>,
    /// Query parameter `webhook_url`.
    pub webhook_url: Option<String>,
}
