//! Operations tagged `propertymappings` (111).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
    pub fn all_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/all/{pm_uuid}/" "propertymappings_all_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        rt::operation!(Get "/propertymappings/all/" "propertymappings_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedPropertyMappingList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> PageStream<models::PropertyMapping> {
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
    ) -> ResponseFuture<models::PropertyMapping> {
        rt::operation!(
            Get "/propertymappings/all/{pm_uuid}/" "propertymappings_all_retrieve"
        );
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
        body: &models::PropertyMappingTestRequest,
        params: &AllTestCreateParams,
    ) -> ResponseFuture<models::PropertyMappingTestResult> {
        rt::operation!(
            Post "/propertymappings/all/{pm_uuid}/test/"
            "propertymappings_all_test_create" errors(ERRORS_400_403_404_405_415_6)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.params(params);
        request.json(body);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /propertymappings/all/types/` (`propertymappings_all_types_list`).
    pub fn all_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(
            Get "/propertymappings/all/types/" "propertymappings_all_types_list"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/all/{pm_uuid}/used_by/"
            "propertymappings_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `POST /propertymappings/notification/` (`propertymappings_notification_create`).
    pub fn notification_create(
        &self,
        body: &models::NotificationWebhookMappingRequest,
    ) -> ResponseFuture<models::NotificationWebhookMapping> {
        rt::operation!(
            Post "/propertymappings/notification/" "propertymappings_notification_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// NotificationWebhookMapping Viewset
    ///
    /// `DELETE /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Webhook Mapping.
    pub fn notification_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/notification/{pm_uuid}/"
            "propertymappings_notification_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn notification_list_request(&self, params: &NotificationListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/notification/" "propertymappings_notification_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedNotificationWebhookMappingList> {
        self.notification_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::notification_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn notification_list_stream(
        &self,
        params: &NotificationListParams,
    ) -> PageStream<models::NotificationWebhookMapping> {
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
        body: &models::PatchedNotificationWebhookMappingRequest,
    ) -> ResponseFuture<models::NotificationWebhookMapping> {
        rt::operation!(
            Patch "/propertymappings/notification/{pm_uuid}/"
            "propertymappings_notification_partial_update"
        );
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
    ) -> ResponseFuture<models::NotificationWebhookMapping> {
        rt::operation!(
            Get "/propertymappings/notification/{pm_uuid}/"
            "propertymappings_notification_retrieve"
        );
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
        body: &models::NotificationWebhookMappingRequest,
    ) -> ResponseFuture<models::NotificationWebhookMapping> {
        rt::operation!(
            Put "/propertymappings/notification/{pm_uuid}/"
            "propertymappings_notification_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/notification/{pm_uuid}/used_by/"
            "propertymappings_notification_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/google_workspace/` (`propertymappings_provider_google_workspace_create`).
    pub fn provider_google_workspace_create(
        &self,
        body: &models::GoogleWorkspaceProviderMappingRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProviderMapping> {
        rt::operation!(
            Post "/propertymappings/provider/google_workspace/"
            "propertymappings_provider_google_workspace_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/google_workspace/{pm_uuid}/"
            "propertymappings_provider_google_workspace_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_google_workspace_list_request(
        &self,
        params: &ProviderGoogleWorkspaceListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/google_workspace/"
            "propertymappings_provider_google_workspace_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedGoogleWorkspaceProviderMappingList> {
        self.provider_google_workspace_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_google_workspace_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_google_workspace_list_stream(
        &self,
        params: &ProviderGoogleWorkspaceListParams,
    ) -> PageStream<models::GoogleWorkspaceProviderMapping> {
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
        body: &models::PatchedGoogleWorkspaceProviderMappingRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProviderMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/google_workspace/{pm_uuid}/"
            "propertymappings_provider_google_workspace_partial_update"
        );
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
    ) -> ResponseFuture<models::GoogleWorkspaceProviderMapping> {
        rt::operation!(
            Get "/propertymappings/provider/google_workspace/{pm_uuid}/"
            "propertymappings_provider_google_workspace_retrieve"
        );
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
        body: &models::GoogleWorkspaceProviderMappingRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProviderMapping> {
        rt::operation!(
            Put "/propertymappings/provider/google_workspace/{pm_uuid}/"
            "propertymappings_provider_google_workspace_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/google_workspace/{pm_uuid}/used_by/"
            "propertymappings_provider_google_workspace_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/microsoft_entra/` (`propertymappings_provider_microsoft_entra_create`).
    pub fn provider_microsoft_entra_create(
        &self,
        body: &models::MicrosoftEntraProviderMappingRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProviderMapping> {
        rt::operation!(
            Post "/propertymappings/provider/microsoft_entra/"
            "propertymappings_provider_microsoft_entra_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/microsoft_entra/{pm_uuid}/"
            "propertymappings_provider_microsoft_entra_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_microsoft_entra_list_request(
        &self,
        params: &ProviderMicrosoftEntraListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/microsoft_entra/"
            "propertymappings_provider_microsoft_entra_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedMicrosoftEntraProviderMappingList> {
        self.provider_microsoft_entra_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_microsoft_entra_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_microsoft_entra_list_stream(
        &self,
        params: &ProviderMicrosoftEntraListParams,
    ) -> PageStream<models::MicrosoftEntraProviderMapping> {
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
        body: &models::PatchedMicrosoftEntraProviderMappingRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProviderMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/microsoft_entra/{pm_uuid}/"
            "propertymappings_provider_microsoft_entra_partial_update"
        );
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
    ) -> ResponseFuture<models::MicrosoftEntraProviderMapping> {
        rt::operation!(
            Get "/propertymappings/provider/microsoft_entra/{pm_uuid}/"
            "propertymappings_provider_microsoft_entra_retrieve"
        );
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
        body: &models::MicrosoftEntraProviderMappingRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProviderMapping> {
        rt::operation!(
            Put "/propertymappings/provider/microsoft_entra/{pm_uuid}/"
            "propertymappings_provider_microsoft_entra_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/microsoft_entra/{pm_uuid}/used_by/"
            "propertymappings_provider_microsoft_entra_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/rac/` (`propertymappings_provider_rac_create`).
    pub fn provider_rac_create(
        &self,
        body: &models::RACPropertyMappingRequest,
    ) -> ResponseFuture<models::RACPropertyMapping> {
        rt::operation!(
            Post "/propertymappings/provider/rac/" "propertymappings_provider_rac_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RACPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this RAC Provider Property Mapping.
    pub fn provider_rac_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/rac/{pm_uuid}/"
            "propertymappings_provider_rac_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_rac_list_request(&self, params: &ProviderRacListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/rac/" "propertymappings_provider_rac_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRACPropertyMappingList> {
        self.provider_rac_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_rac_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_rac_list_stream(
        &self,
        params: &ProviderRacListParams,
    ) -> PageStream<models::RACPropertyMapping> {
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
        body: &models::PatchedRACPropertyMappingRequest,
    ) -> ResponseFuture<models::RACPropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/rac/{pm_uuid}/"
            "propertymappings_provider_rac_partial_update"
        );
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
    ) -> ResponseFuture<models::RACPropertyMapping> {
        rt::operation!(
            Get "/propertymappings/provider/rac/{pm_uuid}/"
            "propertymappings_provider_rac_retrieve"
        );
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
        body: &models::RACPropertyMappingRequest,
    ) -> ResponseFuture<models::RACPropertyMapping> {
        rt::operation!(
            Put "/propertymappings/provider/rac/{pm_uuid}/"
            "propertymappings_provider_rac_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/rac/{pm_uuid}/used_by/"
            "propertymappings_provider_rac_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/radius/` (`propertymappings_provider_radius_create`).
    pub fn provider_radius_create(
        &self,
        body: &models::RadiusProviderPropertyMappingRequest,
    ) -> ResponseFuture<models::RadiusProviderPropertyMapping> {
        rt::operation!(
            Post "/propertymappings/provider/radius/"
            "propertymappings_provider_radius_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Radius Provider Property Mapping.
    pub fn provider_radius_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/radius/{pm_uuid}/"
            "propertymappings_provider_radius_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_radius_list_request(
        &self,
        params: &ProviderRadiusListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/radius/"
            "propertymappings_provider_radius_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRadiusProviderPropertyMappingList> {
        self.provider_radius_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_radius_list_stream(
        &self,
        params: &ProviderRadiusListParams,
    ) -> PageStream<models::RadiusProviderPropertyMapping> {
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
        body: &models::PatchedRadiusProviderPropertyMappingRequest,
    ) -> ResponseFuture<models::RadiusProviderPropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/radius/{pm_uuid}/"
            "propertymappings_provider_radius_partial_update"
        );
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
    ) -> ResponseFuture<models::RadiusProviderPropertyMapping> {
        rt::operation!(
            Get "/propertymappings/provider/radius/{pm_uuid}/"
            "propertymappings_provider_radius_retrieve"
        );
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
        body: &models::RadiusProviderPropertyMappingRequest,
    ) -> ResponseFuture<models::RadiusProviderPropertyMapping> {
        rt::operation!(
            Put "/propertymappings/provider/radius/{pm_uuid}/"
            "propertymappings_provider_radius_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/radius/{pm_uuid}/used_by/"
            "propertymappings_provider_radius_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/saml/` (`propertymappings_provider_saml_create`).
    pub fn provider_saml_create(
        &self,
        body: &models::SAMLPropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLPropertyMapping> {
        rt::operation!(
            Post "/propertymappings/provider/saml/"
            "propertymappings_provider_saml_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Provider Property Mapping.
    pub fn provider_saml_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/saml/{pm_uuid}/"
            "propertymappings_provider_saml_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_saml_list_request(
        &self,
        params: &ProviderSamlListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/saml/" "propertymappings_provider_saml_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSAMLPropertyMappingList> {
        self.provider_saml_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_saml_list_stream(
        &self,
        params: &ProviderSamlListParams,
    ) -> PageStream<models::SAMLPropertyMapping> {
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
        body: &models::PatchedSAMLPropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLPropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/saml/{pm_uuid}/"
            "propertymappings_provider_saml_partial_update"
        );
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
    ) -> ResponseFuture<models::SAMLPropertyMapping> {
        rt::operation!(
            Get "/propertymappings/provider/saml/{pm_uuid}/"
            "propertymappings_provider_saml_retrieve"
        );
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
        body: &models::SAMLPropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLPropertyMapping> {
        rt::operation!(
            Put "/propertymappings/provider/saml/{pm_uuid}/"
            "propertymappings_provider_saml_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/saml/{pm_uuid}/used_by/"
            "propertymappings_provider_saml_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `POST /propertymappings/provider/scim/` (`propertymappings_provider_scim_create`).
    pub fn provider_scim_create(
        &self,
        body: &models::SCIMMappingRequest,
    ) -> ResponseFuture<models::SCIMMapping> {
        rt::operation!(
            Post "/propertymappings/provider/scim/"
            "propertymappings_provider_scim_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Provider Mapping.
    pub fn provider_scim_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/scim/{pm_uuid}/"
            "propertymappings_provider_scim_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_scim_list_request(
        &self,
        params: &ProviderScimListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/scim/" "propertymappings_provider_scim_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSCIMMappingList> {
        self.provider_scim_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_scim_list_stream(
        &self,
        params: &ProviderScimListParams,
    ) -> PageStream<models::SCIMMapping> {
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
        body: &models::PatchedSCIMMappingRequest,
    ) -> ResponseFuture<models::SCIMMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/scim/{pm_uuid}/"
            "propertymappings_provider_scim_partial_update"
        );
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
    ) -> ResponseFuture<models::SCIMMapping> {
        rt::operation!(
            Get "/propertymappings/provider/scim/{pm_uuid}/"
            "propertymappings_provider_scim_retrieve"
        );
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
        body: &models::SCIMMappingRequest,
    ) -> ResponseFuture<models::SCIMMapping> {
        rt::operation!(
            Put "/propertymappings/provider/scim/{pm_uuid}/"
            "propertymappings_provider_scim_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/scim/{pm_uuid}/used_by/"
            "propertymappings_provider_scim_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `POST /propertymappings/provider/scope/` (`propertymappings_provider_scope_create`).
    pub fn provider_scope_create(
        &self,
        body: &models::ScopeMappingRequest,
    ) -> ResponseFuture<models::ScopeMapping> {
        rt::operation!(
            Post "/propertymappings/provider/scope/"
            "propertymappings_provider_scope_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ScopeMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Scope Mapping.
    pub fn provider_scope_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/provider/scope/{pm_uuid}/"
            "propertymappings_provider_scope_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn provider_scope_list_request(
        &self,
        params: &ProviderScopeListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/provider/scope/"
            "propertymappings_provider_scope_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedScopeMappingList> {
        self.provider_scope_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::provider_scope_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn provider_scope_list_stream(
        &self,
        params: &ProviderScopeListParams,
    ) -> PageStream<models::ScopeMapping> {
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
        body: &models::PatchedScopeMappingRequest,
    ) -> ResponseFuture<models::ScopeMapping> {
        rt::operation!(
            Patch "/propertymappings/provider/scope/{pm_uuid}/"
            "propertymappings_provider_scope_partial_update"
        );
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
    ) -> ResponseFuture<models::ScopeMapping> {
        rt::operation!(
            Get "/propertymappings/provider/scope/{pm_uuid}/"
            "propertymappings_provider_scope_retrieve"
        );
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
        body: &models::ScopeMappingRequest,
    ) -> ResponseFuture<models::ScopeMapping> {
        rt::operation!(
            Put "/propertymappings/provider/scope/{pm_uuid}/"
            "propertymappings_provider_scope_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/provider/scope/{pm_uuid}/used_by/"
            "propertymappings_provider_scope_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_create`).
    /// Since 2024.12.1.
    pub fn source_kerberos_create(
        &self,
        body: &models::KerberosSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::KerberosSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/kerberos/"
            "propertymappings_source_kerberos_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/kerberos/{pm_uuid}/"
            "propertymappings_source_kerberos_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_kerberos_list_request(
        &self,
        params: &SourceKerberosListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/kerberos/"
            "propertymappings_source_kerberos_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`SourceKerberosListParams`].
    pub fn source_kerberos_list(
        &self,
        params: &SourceKerberosListParams,
    ) -> ResponseFuture<models::PaginatedKerberosSourcePropertyMappingList> {
        self.source_kerberos_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_kerberos_list_stream(
        &self,
        params: &SourceKerberosListParams,
    ) -> PageStream<models::KerberosSourcePropertyMapping> {
        self.source_kerberos_list_request(params).paginate()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &models::PatchedKerberosSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::KerberosSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/kerberos/{pm_uuid}/"
            "propertymappings_source_kerberos_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::KerberosSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/kerberos/{pm_uuid}/"
            "propertymappings_source_kerberos_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_update`).
    /// Since 2024.12.1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &models::KerberosSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::KerberosSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/kerberos/{pm_uuid}/"
            "propertymappings_source_kerberos_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/used_by/` (`propertymappings_source_kerberos_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Kerberos Source Property Mapping.
    pub fn source_kerberos_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/kerberos/{pm_uuid}/used_by/"
            "propertymappings_source_kerberos_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/ldap/` (`propertymappings_source_ldap_create`).
    pub fn source_ldap_create(
        &self,
        body: &models::LDAPSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::LDAPSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/ldap/" "propertymappings_source_ldap_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// LDAP PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this LDAP Source Property Mapping.
    pub fn source_ldap_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/ldap/{pm_uuid}/"
            "propertymappings_source_ldap_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_ldap_list_request(&self, params: &SourceLdapListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/ldap/" "propertymappings_source_ldap_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedLDAPSourcePropertyMappingList> {
        self.source_ldap_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_ldap_list_stream(
        &self,
        params: &SourceLdapListParams,
    ) -> PageStream<models::LDAPSourcePropertyMapping> {
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
        body: &models::PatchedLDAPSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::LDAPSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/ldap/{pm_uuid}/"
            "propertymappings_source_ldap_partial_update"
        );
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
    ) -> ResponseFuture<models::LDAPSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/ldap/{pm_uuid}/"
            "propertymappings_source_ldap_retrieve"
        );
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
        body: &models::LDAPSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::LDAPSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/ldap/{pm_uuid}/"
            "propertymappings_source_ldap_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/ldap/{pm_uuid}/used_by/"
            "propertymappings_source_ldap_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/oauth/` (`propertymappings_source_oauth_create`).
    pub fn source_oauth_create(
        &self,
        body: &models::OAuthSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::OAuthSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/oauth/" "propertymappings_source_oauth_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this OAuth Source Property Mapping.
    pub fn source_oauth_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/oauth/{pm_uuid}/"
            "propertymappings_source_oauth_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_oauth_list_request(&self, params: &SourceOauthListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/oauth/" "propertymappings_source_oauth_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedOAuthSourcePropertyMappingList> {
        self.source_oauth_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_oauth_list_stream(
        &self,
        params: &SourceOauthListParams,
    ) -> PageStream<models::OAuthSourcePropertyMapping> {
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
        body: &models::PatchedOAuthSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::OAuthSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/oauth/{pm_uuid}/"
            "propertymappings_source_oauth_partial_update"
        );
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
    ) -> ResponseFuture<models::OAuthSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/oauth/{pm_uuid}/"
            "propertymappings_source_oauth_retrieve"
        );
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
        body: &models::OAuthSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::OAuthSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/oauth/{pm_uuid}/"
            "propertymappings_source_oauth_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/oauth/{pm_uuid}/used_by/"
            "propertymappings_source_oauth_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/plex/` (`propertymappings_source_plex_create`).
    pub fn source_plex_create(
        &self,
        body: &models::PlexSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::PlexSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/plex/" "propertymappings_source_plex_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PlexSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this Plex Source Property Mapping.
    pub fn source_plex_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/plex/{pm_uuid}/"
            "propertymappings_source_plex_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_plex_list_request(&self, params: &SourcePlexListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/plex/" "propertymappings_source_plex_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedPlexSourcePropertyMappingList> {
        self.source_plex_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_plex_list_stream(
        &self,
        params: &SourcePlexListParams,
    ) -> PageStream<models::PlexSourcePropertyMapping> {
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
        body: &models::PatchedPlexSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::PlexSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/plex/{pm_uuid}/"
            "propertymappings_source_plex_partial_update"
        );
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
    ) -> ResponseFuture<models::PlexSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/plex/{pm_uuid}/"
            "propertymappings_source_plex_retrieve"
        );
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
        body: &models::PlexSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::PlexSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/plex/{pm_uuid}/"
            "propertymappings_source_plex_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/plex/{pm_uuid}/used_by/"
            "propertymappings_source_plex_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/saml/` (`propertymappings_source_saml_create`).
    pub fn source_saml_create(
        &self,
        body: &models::SAMLSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/saml/" "propertymappings_source_saml_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SAML Source Property Mapping.
    pub fn source_saml_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/saml/{pm_uuid}/"
            "propertymappings_source_saml_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_saml_list_request(&self, params: &SourceSamlListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/saml/" "propertymappings_source_saml_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSAMLSourcePropertyMappingList> {
        self.source_saml_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_saml_list_stream(
        &self,
        params: &SourceSamlListParams,
    ) -> PageStream<models::SAMLSourcePropertyMapping> {
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
        body: &models::PatchedSAMLSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/saml/{pm_uuid}/"
            "propertymappings_source_saml_partial_update"
        );
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
    ) -> ResponseFuture<models::SAMLSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/saml/{pm_uuid}/"
            "propertymappings_source_saml_retrieve"
        );
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
        body: &models::SAMLSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SAMLSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/saml/{pm_uuid}/"
            "propertymappings_source_saml_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/saml/{pm_uuid}/used_by/"
            "propertymappings_source_saml_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/scim/` (`propertymappings_source_scim_create`).
    pub fn source_scim_create(
        &self,
        body: &models::SCIMSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SCIMSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/scim/" "propertymappings_source_scim_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_destroy`).
    ///
    /// - `pm_uuid`: A UUID string identifying this SCIM Source Property Mapping.
    pub fn source_scim_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/scim/{pm_uuid}/"
            "propertymappings_source_scim_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_scim_list_request(&self, params: &SourceScimListParams) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/scim/" "propertymappings_source_scim_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSCIMSourcePropertyMappingList> {
        self.source_scim_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_scim_list_stream(
        &self,
        params: &SourceScimListParams,
    ) -> PageStream<models::SCIMSourcePropertyMapping> {
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
        body: &models::PatchedSCIMSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SCIMSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/scim/{pm_uuid}/"
            "propertymappings_source_scim_partial_update"
        );
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
    ) -> ResponseFuture<models::SCIMSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/scim/{pm_uuid}/"
            "propertymappings_source_scim_retrieve"
        );
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
        body: &models::SCIMSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::SCIMSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/scim/{pm_uuid}/"
            "propertymappings_source_scim_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/scim/{pm_uuid}/used_by/"
            "propertymappings_source_scim_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/telegram/` (`propertymappings_source_telegram_create`).
    /// Since 2026.11.0-rc1.
    pub fn source_telegram_create(
        &self,
        body: &models::TelegramSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::TelegramSourcePropertyMapping> {
        rt::operation!(
            Post "/propertymappings/source/telegram/"
            "propertymappings_source_telegram_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_destroy(&self, pm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/propertymappings/source/telegram/{pm_uuid}/"
            "propertymappings_source_telegram_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_empty()
    }

    fn source_telegram_list_request(
        &self,
        params: &SourceTelegramListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/propertymappings/source/telegram/"
            "propertymappings_source_telegram_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/` (`propertymappings_source_telegram_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`SourceTelegramListParams`].
    pub fn source_telegram_list(
        &self,
        params: &SourceTelegramListParams,
    ) -> ResponseFuture<models::PaginatedTelegramSourcePropertyMappingList> {
        self.source_telegram_list_request(params).send_json()
    }

    /// Every item of [`PropertymappingsApi::source_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_telegram_list_stream(
        &self,
        params: &SourceTelegramListParams,
    ) -> PageStream<models::TelegramSourcePropertyMapping> {
        self.source_telegram_list_request(params).paginate()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_partial_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &models::PatchedTelegramSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::TelegramSourcePropertyMapping> {
        rt::operation!(
            Patch "/propertymappings/source/telegram/{pm_uuid}/"
            "propertymappings_source_telegram_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_retrieve(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::TelegramSourcePropertyMapping> {
        rt::operation!(
            Get "/propertymappings/source/telegram/{pm_uuid}/"
            "propertymappings_source_telegram_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }

    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_update(
        &self,
        pm_uuid: ::uuid::Uuid,
        body: &models::TelegramSourcePropertyMappingRequest,
    ) -> ResponseFuture<models::TelegramSourcePropertyMapping> {
        rt::operation!(
            Put "/propertymappings/source/telegram/{pm_uuid}/"
            "propertymappings_source_telegram_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/used_by/` (`propertymappings_source_telegram_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pm_uuid`: A UUID string identifying this Telegram Source Property Mapping.
    pub fn source_telegram_used_by_list(
        &self,
        pm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/propertymappings/source/telegram/{pm_uuid}/used_by/"
            "propertymappings_source_telegram_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pm_uuid", &pm_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::all_list`] (`propertymappings_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::all_test_create`] (`propertymappings_all_test_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllTestCreateParams {
        pub format_result: Option<bool> => query "format_result",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::notification_list`] (`propertymappings_notification_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct NotificationListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_google_workspace_list`] (`propertymappings_provider_google_workspace_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderGoogleWorkspaceListParams {
        pub expression: Option<String> => query "expression",
        pub managed: Option<Vec<String>> => query "managed",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pm_uuid: Option<::uuid::Uuid> => query "pm_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_microsoft_entra_list`] (`propertymappings_provider_microsoft_entra_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderMicrosoftEntraListParams {
        pub expression: Option<String> => query "expression",
        pub managed: Option<Vec<String>> => query "managed",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pm_uuid: Option<::uuid::Uuid> => query "pm_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_rac_list`] (`propertymappings_provider_rac_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderRacListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_radius_list`] (`propertymappings_provider_radius_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderRadiusListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_saml_list`] (`propertymappings_provider_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderSamlListParams {
        pub friendly_name: Option<String> => query "friendly_name",
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub saml_name: Option<String> => query "saml_name",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_scim_list`] (`propertymappings_provider_scim_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderScimListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::provider_scope_list`] (`propertymappings_provider_scope_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProviderScopeListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub scope_name: Option<String> => query "scope_name",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_kerberos_list`] (`propertymappings_source_kerberos_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceKerberosListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_ldap_list`] (`propertymappings_source_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceLdapListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_oauth_list`] (`propertymappings_source_oauth_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceOauthListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_plex_list`] (`propertymappings_source_plex_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourcePlexListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_saml_list`] (`propertymappings_source_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceSamlListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_scim_list`] (`propertymappings_source_scim_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceScimListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PropertymappingsApi::source_telegram_list`] (`propertymappings_source_telegram_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceTelegramListParams {
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
