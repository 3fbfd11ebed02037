//! Operations tagged `propertymappings` (111).
use super::runtime::client as rt;

/// The operations tagged `propertymappings`: `client.propertymappings()`.
#[derive(Clone, Copy, Debug)]
pub struct PropertymappingsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl PropertymappingsApi<'_> {
    /// PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/all/{pm_uuid}/` (`propertymappings_all_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Property Mapping.
    pub fn all_destroy(&self, pm_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/all/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_list",
            method: rt::Method::Get,
            path: "/propertymappings/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// PropertyMapping Viewset
    ///
    /// `GET /propertymappings/all/` (`propertymappings_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> super::ResponseFuture<super::models::PaginatedPropertyMappingList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> super::PageStream<super::models::PropertyMapping> {
        self.all_list_request(params).paginate()
    }

    /// PropertyMapping Viewset
    ///
    /// `GET /propertymappings/all/{pm_uuid}/` (`propertymappings_all_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Property Mapping.
    pub fn all_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::PropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/all/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// Test Property Mapping
    ///
    /// `POST /propertymappings/all/{pm_uuid}/test/` (`propertymappings_all_test_create`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Property Mapping.
    ///
    /// Optional parameters: [`AllTestCreateParams`].
    pub fn all_test_create(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PropertyMappingTestRequest,
        params: &AllTestCreateParams,
    ) -> super::ResponseFuture<super::models::PropertyMappingTestResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_test_create",
            method: rt::Method::Post,
            path: "/propertymappings/all/{pm_uuid}/test/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_6,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.query("format_result", &params.format_result);
        request.json(body);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /propertymappings/all/types/` (`propertymappings_all_types_list`).
    pub fn all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_types_list",
            method: rt::Method::Get,
            path: "/propertymappings/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/all/{pm_uuid}/used_by/` (`propertymappings_all_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Property Mapping.
    pub fn all_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_all_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/all/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `POST /propertymappings/notification/` (`propertymappings_notification_create`).
    pub fn notification_create(
        &self,
        body: &super::models::NotificationWebhookMappingRequest,
    ) -> super::ResponseFuture<super::models::NotificationWebhookMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_create",
            method: rt::Method::Post,
            path: "/propertymappings/notification/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `DELETE /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/notification/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn notification_list_request(&self, params: &NotificationListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_list",
            method: rt::Method::Get,
            path: "/propertymappings/notification/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `GET /propertymappings/notification/` (`propertymappings_notification_list`).
    ///
    /// Optional parameters: [`NotificationListParams`].
    pub fn notification_list(
        &self,
        params: &NotificationListParams,
    ) -> super::ResponseFuture<super::models::PaginatedNotificationWebhookMappingList> {
        self.notification_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::notification_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn notification_list_stream(
        &self,
        params: &NotificationListParams,
    ) -> super::PageStream<super::models::NotificationWebhookMapping> {
        self.notification_list_request(params).paginate()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `PATCH /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedNotificationWebhookMappingRequest,
    ) -> super::ResponseFuture<super::models::NotificationWebhookMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/notification/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `GET /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::NotificationWebhookMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/notification/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `PUT /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::NotificationWebhookMappingRequest,
    ) -> super::ResponseFuture<super::models::NotificationWebhookMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_update",
            method: rt::Method::Put,
            path: "/propertymappings/notification/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/notification/{pm_uuid}/used_by/` (`propertymappings_notification_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_notification_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/notification/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/google_workspace/` (`propertymappings_provider_google_workspace_create`).
    pub fn provider_google_workspace_create(
        &self,
        body: &super::models::GoogleWorkspaceProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/google_workspace/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Google Workspace Provider Mapping.
    pub fn provider_google_workspace_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/google_workspace/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_google_workspace_list_request(
        &self,
        params: &ProviderGoogleWorkspaceListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/google_workspace/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("expression", &params.expression);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pm_uuid", &params.pm_uuid);
        request.query("search", &params.search);
        request
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/google_workspace/` (`propertymappings_provider_google_workspace_list`).
    ///
    /// Optional parameters: [`ProviderGoogleWorkspaceListParams`].
    pub fn provider_google_workspace_list(
        &self,
        params: &ProviderGoogleWorkspaceListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedGoogleWorkspaceProviderMappingList,
    > {
        self.provider_google_workspace_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_google_workspace_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_google_workspace_list_stream(
        &self,
        params: &ProviderGoogleWorkspaceListParams,
    ) -> super::PageStream<super::models::GoogleWorkspaceProviderMapping> {
        self.provider_google_workspace_list_request(params).paginate()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Google Workspace Provider Mapping.
    pub fn provider_google_workspace_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedGoogleWorkspaceProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/google_workspace/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Google Workspace Provider Mapping.
    pub fn provider_google_workspace_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/google_workspace/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `PUT /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Google Workspace Provider Mapping.
    pub fn provider_google_workspace_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::GoogleWorkspaceProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/google_workspace/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/google_workspace/{pm_uuid}/used_by/` (`propertymappings_provider_google_workspace_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Google Workspace Provider Mapping.
    pub fn provider_google_workspace_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_google_workspace_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/google_workspace/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/microsoft_entra/` (`propertymappings_provider_microsoft_entra_create`).
    pub fn provider_microsoft_entra_create(
        &self,
        body: &super::models::MicrosoftEntraProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/microsoft_entra/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Microsoft Entra Provider Mapping.
    pub fn provider_microsoft_entra_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/microsoft_entra/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_microsoft_entra_list_request(
        &self,
        params: &ProviderMicrosoftEntraListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/microsoft_entra/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("expression", &params.expression);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pm_uuid", &params.pm_uuid);
        request.query("search", &params.search);
        request
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/microsoft_entra/` (`propertymappings_provider_microsoft_entra_list`).
    ///
    /// Optional parameters: [`ProviderMicrosoftEntraListParams`].
    pub fn provider_microsoft_entra_list(
        &self,
        params: &ProviderMicrosoftEntraListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedMicrosoftEntraProviderMappingList,
    > {
        self.provider_microsoft_entra_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_microsoft_entra_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_microsoft_entra_list_stream(
        &self,
        params: &ProviderMicrosoftEntraListParams,
    ) -> super::PageStream<super::models::MicrosoftEntraProviderMapping> {
        self.provider_microsoft_entra_list_request(params).paginate()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Microsoft Entra Provider Mapping.
    pub fn provider_microsoft_entra_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedMicrosoftEntraProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/microsoft_entra/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Microsoft Entra Provider Mapping.
    pub fn provider_microsoft_entra_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/microsoft_entra/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `PUT /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Microsoft Entra Provider Mapping.
    pub fn provider_microsoft_entra_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::MicrosoftEntraProviderMappingRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/microsoft_entra/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/microsoft_entra/{pm_uuid}/used_by/` (`propertymappings_provider_microsoft_entra_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Microsoft Entra Provider Mapping.
    pub fn provider_microsoft_entra_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_microsoft_entra_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/microsoft_entra/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/rac/` (`propertymappings_provider_rac_create`).
    pub fn provider_rac_create(
        &self,
        body: &super::models::RACPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RACPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/rac/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/rac/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_rac_list_request(&self, params: &ProviderRacListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/rac/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// RACPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/rac/` (`propertymappings_provider_rac_list`).
    ///
    /// Optional parameters: [`ProviderRacListParams`].
    pub fn provider_rac_list(
        &self,
        params: &ProviderRacListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRACPropertyMappingList> {
        self.provider_rac_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_rac_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_rac_list_stream(
        &self,
        params: &ProviderRacListParams,
    ) -> super::PageStream<super::models::RACPropertyMapping> {
        self.provider_rac_list_request(params).paginate()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedRACPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RACPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/rac/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RACPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/rac/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::RACPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RACPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/rac/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/rac/{pm_uuid}/used_by/` (`propertymappings_provider_rac_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_rac_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/rac/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/radius/` (`propertymappings_provider_radius_create`).
    pub fn provider_radius_create(
        &self,
        body: &super::models::RadiusProviderPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RadiusProviderPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/radius/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/radius/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_radius_list_request(
        &self,
        params: &ProviderRadiusListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/radius/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/radius/` (`propertymappings_provider_radius_list`).
    ///
    /// Optional parameters: [`ProviderRadiusListParams`].
    pub fn provider_radius_list(
        &self,
        params: &ProviderRadiusListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedRadiusProviderPropertyMappingList,
    > {
        self.provider_radius_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_radius_list_stream(
        &self,
        params: &ProviderRadiusListParams,
    ) -> super::PageStream<super::models::RadiusProviderPropertyMapping> {
        self.provider_radius_list_request(params).paginate()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedRadiusProviderPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RadiusProviderPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/radius/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RadiusProviderPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/radius/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::RadiusProviderPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::RadiusProviderPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/radius/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/radius/{pm_uuid}/used_by/` (`propertymappings_provider_radius_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_radius_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/radius/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/saml/` (`propertymappings_provider_saml_create`).
    pub fn provider_saml_create(
        &self,
        body: &super::models::SAMLPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_saml_list_request(
        &self,
        params: &ProviderSamlListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("friendly_name", &params.friendly_name);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("saml_name", &params.saml_name);
        request.query("search", &params.search);
        request
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/saml/` (`propertymappings_provider_saml_list`).
    ///
    /// Optional parameters: [`ProviderSamlListParams`].
    pub fn provider_saml_list(
        &self,
        params: &ProviderSamlListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSAMLPropertyMappingList> {
        self.provider_saml_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_saml_list_stream(
        &self,
        params: &ProviderSamlListParams,
    ) -> super::PageStream<super::models::SAMLPropertyMapping> {
        self.provider_saml_list_request(params).paginate()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedSAMLPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SAMLPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::SAMLPropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLPropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/saml/{pm_uuid}/used_by/` (`propertymappings_provider_saml_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_saml_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/saml/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `POST /propertymappings/provider/scim/` (`propertymappings_provider_scim_create`).
    pub fn provider_scim_create(
        &self,
        body: &super::models::SCIMMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_scim_list_request(
        &self,
        params: &ProviderScimListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// SCIMMapping Viewset
    ///
    /// `GET /propertymappings/provider/scim/` (`propertymappings_provider_scim_list`).
    ///
    /// Optional parameters: [`ProviderScimListParams`].
    pub fn provider_scim_list(
        &self,
        params: &ProviderScimListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSCIMMappingList> {
        self.provider_scim_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_scim_list_stream(
        &self,
        params: &ProviderScimListParams,
    ) -> super::PageStream<super::models::SCIMMapping> {
        self.provider_scim_list_request(params).paginate()
    }

    /// SCIMMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedSCIMMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `GET /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SCIMMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `PUT /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::SCIMMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/scim/{pm_uuid}/used_by/` (`propertymappings_provider_scim_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scim_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scim/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `POST /propertymappings/provider/scope/` (`propertymappings_provider_scope_create`).
    pub fn provider_scope_create(
        &self,
        body: &super::models::ScopeMappingRequest,
    ) -> super::ResponseFuture<super::models::ScopeMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_create",
            method: rt::Method::Post,
            path: "/propertymappings/provider/scope/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/provider/scope/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_scope_list_request(
        &self,
        params: &ProviderScopeListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scope/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("scope_name", &params.scope_name);
        request.query("search", &params.search);
        request
    }

    /// ScopeMapping Viewset
    ///
    /// `GET /propertymappings/provider/scope/` (`propertymappings_provider_scope_list`).
    ///
    /// Optional parameters: [`ProviderScopeListParams`].
    pub fn provider_scope_list(
        &self,
        params: &ProviderScopeListParams,
    ) -> super::ResponseFuture<super::models::PaginatedScopeMappingList> {
        self.provider_scope_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_scope_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_scope_list_stream(
        &self,
        params: &ProviderScopeListParams,
    ) -> super::PageStream<super::models::ScopeMapping> {
        self.provider_scope_list_request(params).paginate()
    }

    /// ScopeMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedScopeMappingRequest,
    ) -> super::ResponseFuture<super::models::ScopeMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/provider/scope/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `GET /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ScopeMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scope/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `PUT /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::ScopeMappingRequest,
    ) -> super::ResponseFuture<super::models::ScopeMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_update",
            method: rt::Method::Put,
            path: "/propertymappings/provider/scope/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/scope/{pm_uuid}/used_by/` (`propertymappings_provider_scope_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_provider_scope_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/provider/scope/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_create`).
    pub fn source_kerberos_create(
        &self,
        body: &super::models::KerberosSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::KerberosSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/kerberos/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_kerberos_list_request(
        &self,
        params: &SourceKerberosListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_list`).
    ///
    /// Optional parameters: [`SourceKerberosListParams`].
    pub fn source_kerberos_list(
        &self,
        params: &SourceKerberosListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedKerberosSourcePropertyMappingList,
    > {
        self.source_kerberos_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_kerberos_list_stream(
        &self,
        params: &SourceKerberosListParams,
    ) -> super::PageStream<super::models::KerberosSourcePropertyMapping> {
        self.source_kerberos_list_request(params).paginate()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedKerberosSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::KerberosSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/kerberos/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::KerberosSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/kerberos/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::KerberosSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::KerberosSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/kerberos/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/used_by/` (`propertymappings_source_kerberos_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_kerberos_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/kerberos/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/ldap/` (`propertymappings_source_ldap_create`).
    pub fn source_ldap_create(
        &self,
        body: &super::models::LDAPSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::LDAPSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/ldap/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_ldap_list_request(&self, params: &SourceLdapListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/ldap/` (`propertymappings_source_ldap_list`).
    ///
    /// Optional parameters: [`SourceLdapListParams`].
    pub fn source_ldap_list(
        &self,
        params: &SourceLdapListParams,
    ) -> super::ResponseFuture<super::models::PaginatedLDAPSourcePropertyMappingList> {
        self.source_ldap_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_ldap_list_stream(
        &self,
        params: &SourceLdapListParams,
    ) -> super::PageStream<super::models::LDAPSourcePropertyMapping> {
        self.source_ldap_list_request(params).paginate()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedLDAPSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::LDAPSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/ldap/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::LDAPSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/ldap/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::LDAPSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::LDAPSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/ldap/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/ldap/{pm_uuid}/used_by/` (`propertymappings_source_ldap_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_ldap_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/ldap/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/oauth/` (`propertymappings_source_oauth_create`).
    pub fn source_oauth_create(
        &self,
        body: &super::models::OAuthSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::OAuthSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/oauth/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_oauth_list_request(&self, params: &SourceOauthListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/oauth/` (`propertymappings_source_oauth_list`).
    ///
    /// Optional parameters: [`SourceOauthListParams`].
    pub fn source_oauth_list(
        &self,
        params: &SourceOauthListParams,
    ) -> super::ResponseFuture<super::models::PaginatedOAuthSourcePropertyMappingList> {
        self.source_oauth_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_oauth_list_stream(
        &self,
        params: &SourceOauthListParams,
    ) -> super::PageStream<super::models::OAuthSourcePropertyMapping> {
        self.source_oauth_list_request(params).paginate()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedOAuthSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::OAuthSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/oauth/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::OAuthSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/oauth/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::OAuthSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::OAuthSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/oauth/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/oauth/{pm_uuid}/used_by/` (`propertymappings_source_oauth_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_oauth_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/oauth/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/plex/` (`propertymappings_source_plex_create`).
    pub fn source_plex_create(
        &self,
        body: &super::models::PlexSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::PlexSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/plex/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_plex_list_request(&self, params: &SourcePlexListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/plex/` (`propertymappings_source_plex_list`).
    ///
    /// Optional parameters: [`SourcePlexListParams`].
    pub fn source_plex_list(
        &self,
        params: &SourcePlexListParams,
    ) -> super::ResponseFuture<super::models::PaginatedPlexSourcePropertyMappingList> {
        self.source_plex_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_plex_list_stream(
        &self,
        params: &SourcePlexListParams,
    ) -> super::PageStream<super::models::PlexSourcePropertyMapping> {
        self.source_plex_list_request(params).paginate()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedPlexSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::PlexSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/plex/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::PlexSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/plex/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PlexSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::PlexSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/plex/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/plex/{pm_uuid}/used_by/` (`propertymappings_source_plex_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_plex_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/plex/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/saml/` (`propertymappings_source_saml_create`).
    pub fn source_saml_create(
        &self,
        body: &super::models::SAMLSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_saml_list_request(&self, params: &SourceSamlListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/saml/` (`propertymappings_source_saml_list`).
    ///
    /// Optional parameters: [`SourceSamlListParams`].
    pub fn source_saml_list(
        &self,
        params: &SourceSamlListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSAMLSourcePropertyMappingList> {
        self.source_saml_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_saml_list_stream(
        &self,
        params: &SourceSamlListParams,
    ) -> super::PageStream<super::models::SAMLSourcePropertyMapping> {
        self.source_saml_list_request(params).paginate()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedSAMLSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SAMLSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::SAMLSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SAMLSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/saml/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/saml/{pm_uuid}/used_by/` (`propertymappings_source_saml_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_saml_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/saml/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/scim/` (`propertymappings_source_scim_create`).
    pub fn source_scim_create(
        &self,
        body: &super::models::SCIMSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_scim_list_request(&self, params: &SourceScimListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/scim/` (`propertymappings_source_scim_list`).
    ///
    /// Optional parameters: [`SourceScimListParams`].
    pub fn source_scim_list(
        &self,
        params: &SourceScimListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSCIMSourcePropertyMappingList> {
        self.source_scim_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_scim_list_stream(
        &self,
        params: &SourceScimListParams,
    ) -> super::PageStream<super::models::SCIMSourcePropertyMapping> {
        self.source_scim_list_request(params).paginate()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedSCIMSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SCIMSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::SCIMSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/scim/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/scim/{pm_uuid}/used_by/` (`propertymappings_source_scim_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_scim_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/scim/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/telegram/` (`propertymappings_source_telegram_create`).
    pub fn source_telegram_create(
        &self,
        body: &super::models::TelegramSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::TelegramSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_create",
            method: rt::Method::Post,
            path: "/propertymappings/source/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_destroy(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_destroy",
            method: rt::Method::Delete,
            path: "/propertymappings/source/telegram/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_telegram_list_request(
        &self,
        params: &SourceTelegramListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/` (`propertymappings_source_telegram_list`).
    ///
    /// Optional parameters: [`SourceTelegramListParams`].
    pub fn source_telegram_list(
        &self,
        params: &SourceTelegramListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedTelegramSourcePropertyMappingList,
    > {
        self.source_telegram_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_telegram_list_stream(
        &self,
        params: &SourceTelegramListParams,
    ) -> super::PageStream<super::models::TelegramSourcePropertyMapping> {
        self.source_telegram_list_request(params).paginate()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_partial_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedTelegramSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::TelegramSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_partial_update",
            method: rt::Method::Patch,
            path: "/propertymappings/source/telegram/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_retrieve`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::TelegramSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_retrieve",
            method: rt::Method::Get,
            path: "/propertymappings/source/telegram/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_update`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &super::models::TelegramSourcePropertyMappingRequest,
    ) -> super::ResponseFuture<super::models::TelegramSourcePropertyMapping> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_update",
            method: rt::Method::Put,
            path: "/propertymappings/source/telegram/{pm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/used_by/` (`propertymappings_source_telegram_used_by_list`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "propertymappings_source_telegram_used_by_list",
            method: rt::Method::Get,
            path: "/propertymappings/source/telegram/{pm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`PropertymappingsApi::all_list`] (`propertymappings_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::all_test_create`] (`propertymappings_all_test_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllTestCreateParams {
    /// Query parameter `format_result`.
    pub format_result: Option<bool>,
}

/// Optional parameters of [`PropertymappingsApi::notification_list`] (`propertymappings_notification_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotificationListParams {
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
}

/// Optional parameters of [`PropertymappingsApi::provider_google_workspace_list`] (`propertymappings_provider_google_workspace_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderGoogleWorkspaceListParams {
    /// Query parameter `expression`.
    pub expression: Option<String>,
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
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
    /// Query parameter `pm_uuid`.
    pub pm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PropertymappingsApi::provider_microsoft_entra_list`] (`propertymappings_provider_microsoft_entra_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderMicrosoftEntraListParams {
    /// Query parameter `expression`.
    pub expression: Option<String>,
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
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
    /// Query parameter `pm_uuid`.
    pub pm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PropertymappingsApi::provider_rac_list`] (`propertymappings_provider_rac_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderRacListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
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
}

/// Optional parameters of [`PropertymappingsApi::provider_radius_list`] (`propertymappings_provider_radius_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderRadiusListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::provider_saml_list`] (`propertymappings_provider_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderSamlListParams {
    /// Query parameter `friendly_name`.
    pub friendly_name: Option<String>,
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
    /// Query parameter `saml_name`.
    pub saml_name: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PropertymappingsApi::provider_scim_list`] (`propertymappings_provider_scim_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderScimListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::provider_scope_list`] (`propertymappings_provider_scope_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderScopeListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
    /// Query parameter `scope_name`.
    pub scope_name: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PropertymappingsApi::source_kerberos_list`] (`propertymappings_source_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceKerberosListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_ldap_list`] (`propertymappings_source_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceLdapListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_oauth_list`] (`propertymappings_source_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceOauthListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_plex_list`] (`propertymappings_source_plex_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourcePlexListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_saml_list`] (`propertymappings_source_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceSamlListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_scim_list`] (`propertymappings_source_scim_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceScimListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}

/// Optional parameters of [`PropertymappingsApi::source_telegram_list`] (`propertymappings_source_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceTelegramListParams {
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
}
