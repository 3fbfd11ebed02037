//! Operations tagged `stages` (210).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `stages`: `client.stages()`.
#[derive(Clone, Copy, Debug)]
pub struct StagesApi<'a> {
    pub(super) client: &'a super::Client,
}

impl StagesApi<'_> {
    /// AccountLockdownStage Viewset
    ///
    /// `POST /stages/account_lockdown/` (`stages_account_lockdown_create`).
    /// Since 2026.11.0-rc1.
    pub fn account_lockdown_create(
        &self,
        body: &models::AccountLockdownStageRequest,
    ) -> ResponseFuture<models::AccountLockdownStage> {
        rt::operation!(
            Post "/stages/account_lockdown/" "stages_account_lockdown_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `DELETE /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/account_lockdown/{stage_uuid}/"
            "stages_account_lockdown_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn account_lockdown_list_request(
        &self,
        params: &AccountLockdownListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/account_lockdown/" "stages_account_lockdown_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/` (`stages_account_lockdown_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`AccountLockdownListParams`].
    pub fn account_lockdown_list(
        &self,
        params: &AccountLockdownListParams,
    ) -> ResponseFuture<models::PaginatedAccountLockdownStageList> {
        self.account_lockdown_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::account_lockdown_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn account_lockdown_list_stream(
        &self,
        params: &AccountLockdownListParams,
    ) -> PageStream<models::AccountLockdownStage> {
        self.account_lockdown_list_request(params).paginate()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `PATCH /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAccountLockdownStageRequest,
    ) -> ResponseFuture<models::AccountLockdownStage> {
        rt::operation!(
            Patch "/stages/account_lockdown/{stage_uuid}/"
            "stages_account_lockdown_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AccountLockdownStage> {
        rt::operation!(
            Get "/stages/account_lockdown/{stage_uuid}/"
            "stages_account_lockdown_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `PUT /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AccountLockdownStageRequest,
    ) -> ResponseFuture<models::AccountLockdownStage> {
        rt::operation!(
            Put "/stages/account_lockdown/{stage_uuid}/" "stages_account_lockdown_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/used_by/` (`stages_account_lockdown_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/account_lockdown/{stage_uuid}/used_by/"
            "stages_account_lockdown_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Stage Viewset
    ///
    /// `DELETE /stages/all/{stage_uuid}/` (`stages_all_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this stage.
    pub fn all_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/all/{stage_uuid}/" "stages_all_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        rt::operation!(Get "/stages/all/" "stages_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Stage Viewset
    ///
    /// `GET /stages/all/` (`stages_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> ResponseFuture<models::PaginatedStageList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(&self, params: &AllListParams) -> PageStream<models::Stage> {
        self.all_list_request(params).paginate()
    }

    /// Stage Viewset
    ///
    /// `GET /stages/all/{stage_uuid}/` (`stages_all_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this stage.
    pub fn all_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Stage> {
        rt::operation!(Get "/stages/all/{stage_uuid}/" "stages_all_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /stages/all/types/` (`stages_all_types_list`).
    pub fn all_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/stages/all/types/" "stages_all_types_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/all/{stage_uuid}/used_by/` (`stages_all_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this stage.
    pub fn all_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/all/{stage_uuid}/used_by/" "stages_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all stages the user can configure
    ///
    /// `GET /stages/all/user_settings/` (`stages_all_user_settings_list`).
    pub fn all_user_settings_list(&self) -> ResponseFuture<Vec<models::UserSetting>> {
        rt::operation!(Get "/stages/all/user_settings/" "stages_all_user_settings_list");
        self.client.request(&OPERATION).send_json()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `POST /stages/authenticator/duo/` (`stages_authenticator_duo_create`).
    pub fn authenticator_duo_create(
        &self,
        body: &models::AuthenticatorDuoStageRequest,
    ) -> ResponseFuture<models::AuthenticatorDuoStage> {
        rt::operation!(
            Post "/stages/authenticator/duo/" "stages_authenticator_duo_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `DELETE /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/duo/{stage_uuid}/"
            "stages_authenticator_duo_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    /// Check enrollment status of user details in current session
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/enrollment_status/` (`stages_authenticator_duo_enrollment_status_create`).
    /// Allows anonymous access.
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_enrollment_status_create(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DuoDeviceEnrollmentStatus> {
        rt::operation!(
            Post "/stages/authenticator/duo/{stage_uuid}/enrollment_status/"
            "stages_authenticator_duo_enrollment_status_create"
            security(SECURITY_ANONYMOUS)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Import duo devices into authentik
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/import_device_manual/` (`stages_authenticator_duo_import_device_manual_create`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_import_device_manual_create(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorDuoStageManualDeviceImportRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/stages/authenticator/duo/{stage_uuid}/import_device_manual/"
            "stages_authenticator_duo_import_device_manual_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_empty()
    }

    /// Import duo devices into authentik
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/import_devices_automatic/` (`stages_authenticator_duo_import_devices_automatic_create`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_import_devices_automatic_create(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorDuoStageDeviceImportResponse> {
        rt::operation!(
            Post "/stages/authenticator/duo/{stage_uuid}/import_devices_automatic/"
            "stages_authenticator_duo_import_devices_automatic_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    fn authenticator_duo_list_request(
        &self,
        params: &AuthenticatorDuoListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/authenticator/duo/" "stages_authenticator_duo_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `GET /stages/authenticator/duo/` (`stages_authenticator_duo_list`).
    ///
    /// Optional parameters: [`AuthenticatorDuoListParams`].
    pub fn authenticator_duo_list(
        &self,
        params: &AuthenticatorDuoListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorDuoStageList> {
        self.authenticator_duo_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_duo_list_stream(
        &self,
        params: &AuthenticatorDuoListParams,
    ) -> PageStream<models::AuthenticatorDuoStage> {
        self.authenticator_duo_list_request(params).paginate()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `PATCH /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorDuoStageRequest,
    ) -> ResponseFuture<models::AuthenticatorDuoStage> {
        rt::operation!(
            Patch "/stages/authenticator/duo/{stage_uuid}/"
            "stages_authenticator_duo_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `GET /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorDuoStage> {
        rt::operation!(
            Get "/stages/authenticator/duo/{stage_uuid}/"
            "stages_authenticator_duo_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `PUT /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorDuoStageRequest,
    ) -> ResponseFuture<models::AuthenticatorDuoStage> {
        rt::operation!(
            Put "/stages/authenticator/duo/{stage_uuid}/"
            "stages_authenticator_duo_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/duo/{stage_uuid}/used_by/` (`stages_authenticator_duo_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Duo Authenticator Setup Stage.
    pub fn authenticator_duo_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/duo/{stage_uuid}/used_by/"
            "stages_authenticator_duo_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `POST /stages/authenticator/email/` (`stages_authenticator_email_create`).
    /// Since 2025.6.2.
    pub fn authenticator_email_create(
        &self,
        body: &models::AuthenticatorEmailStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEmailStage> {
        rt::operation!(
            Post "/stages/authenticator/email/" "stages_authenticator_email_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `DELETE /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/email/{stage_uuid}/"
            "stages_authenticator_email_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_email_list_request(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/email/" "stages_authenticator_email_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/` (`stages_authenticator_email_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`AuthenticatorEmailListParams`].
    pub fn authenticator_email_list(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorEmailStageList> {
        self.authenticator_email_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_email_list_stream(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> PageStream<models::AuthenticatorEmailStage> {
        self.authenticator_email_list_request(params).paginate()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `PATCH /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorEmailStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEmailStage> {
        rt::operation!(
            Patch "/stages/authenticator/email/{stage_uuid}/"
            "stages_authenticator_email_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorEmailStage> {
        rt::operation!(
            Get "/stages/authenticator/email/{stage_uuid}/"
            "stages_authenticator_email_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `PUT /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_update`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorEmailStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEmailStage> {
        rt::operation!(
            Put "/stages/authenticator/email/{stage_uuid}/"
            "stages_authenticator_email_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/used_by/` (`stages_authenticator_email_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/email/{stage_uuid}/used_by/"
            "stages_authenticator_email_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `POST /stages/authenticator/endpoint_gdtc/` (`stages_authenticator_endpoint_gdtc_create`).
    pub fn authenticator_endpoint_gdtc_create(
        &self,
        body: &models::AuthenticatorEndpointGDTCStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEndpointGDTCStage> {
        rt::operation!(
            Post "/stages/authenticator/endpoint_gdtc/"
            "stages_authenticator_endpoint_gdtc_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `DELETE /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Authenticator Google Device Trust Connector Stage.
    pub fn authenticator_endpoint_gdtc_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/endpoint_gdtc/{stage_uuid}/"
            "stages_authenticator_endpoint_gdtc_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_endpoint_gdtc_list_request(
        &self,
        params: &AuthenticatorEndpointGdtcListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/endpoint_gdtc/"
            "stages_authenticator_endpoint_gdtc_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/` (`stages_authenticator_endpoint_gdtc_list`).
    ///
    /// Optional parameters: [`AuthenticatorEndpointGdtcListParams`].
    pub fn authenticator_endpoint_gdtc_list(
        &self,
        params: &AuthenticatorEndpointGdtcListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorEndpointGDTCStageList> {
        self.authenticator_endpoint_gdtc_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_endpoint_gdtc_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_endpoint_gdtc_list_stream(
        &self,
        params: &AuthenticatorEndpointGdtcListParams,
    ) -> PageStream<models::AuthenticatorEndpointGDTCStage> {
        self.authenticator_endpoint_gdtc_list_request(params).paginate()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `PATCH /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Authenticator Google Device Trust Connector Stage.
    pub fn authenticator_endpoint_gdtc_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorEndpointGDTCStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEndpointGDTCStage> {
        rt::operation!(
            Patch "/stages/authenticator/endpoint_gdtc/{stage_uuid}/"
            "stages_authenticator_endpoint_gdtc_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Authenticator Google Device Trust Connector Stage.
    pub fn authenticator_endpoint_gdtc_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorEndpointGDTCStage> {
        rt::operation!(
            Get "/stages/authenticator/endpoint_gdtc/{stage_uuid}/"
            "stages_authenticator_endpoint_gdtc_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `PUT /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Authenticator Google Device Trust Connector Stage.
    pub fn authenticator_endpoint_gdtc_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorEndpointGDTCStageRequest,
    ) -> ResponseFuture<models::AuthenticatorEndpointGDTCStage> {
        rt::operation!(
            Put "/stages/authenticator/endpoint_gdtc/{stage_uuid}/"
            "stages_authenticator_endpoint_gdtc_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/{stage_uuid}/used_by/` (`stages_authenticator_endpoint_gdtc_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Authenticator Google Device Trust Connector Stage.
    pub fn authenticator_endpoint_gdtc_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/endpoint_gdtc/{stage_uuid}/used_by/"
            "stages_authenticator_endpoint_gdtc_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `POST /stages/authenticator/sms/` (`stages_authenticator_sms_create`).
    pub fn authenticator_sms_create(
        &self,
        body: &models::AuthenticatorSMSStageRequest,
    ) -> ResponseFuture<models::AuthenticatorSMSStage> {
        rt::operation!(
            Post "/stages/authenticator/sms/" "stages_authenticator_sms_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `DELETE /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this SMS Authenticator Setup Stage.
    pub fn authenticator_sms_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/sms/{stage_uuid}/"
            "stages_authenticator_sms_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_sms_list_request(
        &self,
        params: &AuthenticatorSmsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/authenticator/sms/" "stages_authenticator_sms_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `GET /stages/authenticator/sms/` (`stages_authenticator_sms_list`).
    ///
    /// Optional parameters: [`AuthenticatorSmsListParams`].
    pub fn authenticator_sms_list(
        &self,
        params: &AuthenticatorSmsListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorSMSStageList> {
        self.authenticator_sms_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_sms_list_stream(
        &self,
        params: &AuthenticatorSmsListParams,
    ) -> PageStream<models::AuthenticatorSMSStage> {
        self.authenticator_sms_list_request(params).paginate()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `PATCH /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this SMS Authenticator Setup Stage.
    pub fn authenticator_sms_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorSMSStageRequest,
    ) -> ResponseFuture<models::AuthenticatorSMSStage> {
        rt::operation!(
            Patch "/stages/authenticator/sms/{stage_uuid}/"
            "stages_authenticator_sms_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `GET /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this SMS Authenticator Setup Stage.
    pub fn authenticator_sms_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorSMSStage> {
        rt::operation!(
            Get "/stages/authenticator/sms/{stage_uuid}/"
            "stages_authenticator_sms_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `PUT /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this SMS Authenticator Setup Stage.
    pub fn authenticator_sms_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorSMSStageRequest,
    ) -> ResponseFuture<models::AuthenticatorSMSStage> {
        rt::operation!(
            Put "/stages/authenticator/sms/{stage_uuid}/"
            "stages_authenticator_sms_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/sms/{stage_uuid}/used_by/` (`stages_authenticator_sms_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this SMS Authenticator Setup Stage.
    pub fn authenticator_sms_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/sms/{stage_uuid}/used_by/"
            "stages_authenticator_sms_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `POST /stages/authenticator/static/` (`stages_authenticator_static_create`).
    pub fn authenticator_static_create(
        &self,
        body: &models::AuthenticatorStaticStageRequest,
    ) -> ResponseFuture<models::AuthenticatorStaticStage> {
        rt::operation!(
            Post "/stages/authenticator/static/" "stages_authenticator_static_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `DELETE /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Static Authenticator Setup Stage.
    pub fn authenticator_static_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/static/{stage_uuid}/"
            "stages_authenticator_static_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_static_list_request(
        &self,
        params: &AuthenticatorStaticListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/static/" "stages_authenticator_static_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `GET /stages/authenticator/static/` (`stages_authenticator_static_list`).
    ///
    /// Optional parameters: [`AuthenticatorStaticListParams`].
    pub fn authenticator_static_list(
        &self,
        params: &AuthenticatorStaticListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorStaticStageList> {
        self.authenticator_static_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_static_list_stream(
        &self,
        params: &AuthenticatorStaticListParams,
    ) -> PageStream<models::AuthenticatorStaticStage> {
        self.authenticator_static_list_request(params).paginate()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `PATCH /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Static Authenticator Setup Stage.
    pub fn authenticator_static_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorStaticStageRequest,
    ) -> ResponseFuture<models::AuthenticatorStaticStage> {
        rt::operation!(
            Patch "/stages/authenticator/static/{stage_uuid}/"
            "stages_authenticator_static_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `GET /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Static Authenticator Setup Stage.
    pub fn authenticator_static_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorStaticStage> {
        rt::operation!(
            Get "/stages/authenticator/static/{stage_uuid}/"
            "stages_authenticator_static_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `PUT /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Static Authenticator Setup Stage.
    pub fn authenticator_static_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorStaticStageRequest,
    ) -> ResponseFuture<models::AuthenticatorStaticStage> {
        rt::operation!(
            Put "/stages/authenticator/static/{stage_uuid}/"
            "stages_authenticator_static_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/static/{stage_uuid}/used_by/` (`stages_authenticator_static_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Static Authenticator Setup Stage.
    pub fn authenticator_static_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/static/{stage_uuid}/used_by/"
            "stages_authenticator_static_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `POST /stages/authenticator/totp/` (`stages_authenticator_totp_create`).
    pub fn authenticator_totp_create(
        &self,
        body: &models::AuthenticatorTOTPStageRequest,
    ) -> ResponseFuture<models::AuthenticatorTOTPStage> {
        rt::operation!(
            Post "/stages/authenticator/totp/" "stages_authenticator_totp_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `DELETE /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this TOTP Authenticator Setup Stage.
    pub fn authenticator_totp_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/totp/{stage_uuid}/"
            "stages_authenticator_totp_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_totp_list_request(
        &self,
        params: &AuthenticatorTotpListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/totp/" "stages_authenticator_totp_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `GET /stages/authenticator/totp/` (`stages_authenticator_totp_list`).
    ///
    /// Optional parameters: [`AuthenticatorTotpListParams`].
    pub fn authenticator_totp_list(
        &self,
        params: &AuthenticatorTotpListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorTOTPStageList> {
        self.authenticator_totp_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_totp_list_stream(
        &self,
        params: &AuthenticatorTotpListParams,
    ) -> PageStream<models::AuthenticatorTOTPStage> {
        self.authenticator_totp_list_request(params).paginate()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `PATCH /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this TOTP Authenticator Setup Stage.
    pub fn authenticator_totp_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorTOTPStageRequest,
    ) -> ResponseFuture<models::AuthenticatorTOTPStage> {
        rt::operation!(
            Patch "/stages/authenticator/totp/{stage_uuid}/"
            "stages_authenticator_totp_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `GET /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this TOTP Authenticator Setup Stage.
    pub fn authenticator_totp_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorTOTPStage> {
        rt::operation!(
            Get "/stages/authenticator/totp/{stage_uuid}/"
            "stages_authenticator_totp_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `PUT /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this TOTP Authenticator Setup Stage.
    pub fn authenticator_totp_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorTOTPStageRequest,
    ) -> ResponseFuture<models::AuthenticatorTOTPStage> {
        rt::operation!(
            Put "/stages/authenticator/totp/{stage_uuid}/"
            "stages_authenticator_totp_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/totp/{stage_uuid}/used_by/` (`stages_authenticator_totp_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this TOTP Authenticator Setup Stage.
    pub fn authenticator_totp_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/totp/{stage_uuid}/used_by/"
            "stages_authenticator_totp_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `POST /stages/authenticator/validate/` (`stages_authenticator_validate_create`).
    pub fn authenticator_validate_create(
        &self,
        body: &models::AuthenticatorValidateStageRequest,
    ) -> ResponseFuture<models::AuthenticatorValidateStage> {
        rt::operation!(
            Post "/stages/authenticator/validate/" "stages_authenticator_validate_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `DELETE /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Authenticator Validation Stage.
    pub fn authenticator_validate_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/validate/{stage_uuid}/"
            "stages_authenticator_validate_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_validate_list_request(
        &self,
        params: &AuthenticatorValidateListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/validate/" "stages_authenticator_validate_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `GET /stages/authenticator/validate/` (`stages_authenticator_validate_list`).
    ///
    /// Optional parameters: [`AuthenticatorValidateListParams`].
    pub fn authenticator_validate_list(
        &self,
        params: &AuthenticatorValidateListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorValidateStageList> {
        self.authenticator_validate_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_validate_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_validate_list_stream(
        &self,
        params: &AuthenticatorValidateListParams,
    ) -> PageStream<models::AuthenticatorValidateStage> {
        self.authenticator_validate_list_request(params).paginate()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `PATCH /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Authenticator Validation Stage.
    pub fn authenticator_validate_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorValidateStageRequest,
    ) -> ResponseFuture<models::AuthenticatorValidateStage> {
        rt::operation!(
            Patch "/stages/authenticator/validate/{stage_uuid}/"
            "stages_authenticator_validate_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `GET /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Authenticator Validation Stage.
    pub fn authenticator_validate_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorValidateStage> {
        rt::operation!(
            Get "/stages/authenticator/validate/{stage_uuid}/"
            "stages_authenticator_validate_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `PUT /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Authenticator Validation Stage.
    pub fn authenticator_validate_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorValidateStageRequest,
    ) -> ResponseFuture<models::AuthenticatorValidateStage> {
        rt::operation!(
            Put "/stages/authenticator/validate/{stage_uuid}/"
            "stages_authenticator_validate_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/validate/{stage_uuid}/used_by/` (`stages_authenticator_validate_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Authenticator Validation Stage.
    pub fn authenticator_validate_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/validate/{stage_uuid}/used_by/"
            "stages_authenticator_validate_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `POST /stages/authenticator/webauthn/` (`stages_authenticator_webauthn_create`).
    pub fn authenticator_webauthn_create(
        &self,
        body: &models::AuthenticatorWebAuthnStageRequest,
    ) -> ResponseFuture<models::AuthenticatorWebAuthnStage> {
        rt::operation!(
            Post "/stages/authenticator/webauthn/" "stages_authenticator_webauthn_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `DELETE /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this WebAuthn Authenticator Setup Stage.
    pub fn authenticator_webauthn_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/authenticator/webauthn/{stage_uuid}/"
            "stages_authenticator_webauthn_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_webauthn_device_types_list_request(
        &self,
        params: &AuthenticatorWebauthnDeviceTypesListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/webauthn_device_types/"
            "stages_authenticator_webauthn_device_types_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// WebAuthnDeviceType Viewset
    ///
    /// `GET /stages/authenticator/webauthn_device_types/` (`stages_authenticator_webauthn_device_types_list`).
    ///
    /// Optional parameters: [`AuthenticatorWebauthnDeviceTypesListParams`].
    pub fn authenticator_webauthn_device_types_list(
        &self,
        params: &AuthenticatorWebauthnDeviceTypesListParams,
    ) -> ResponseFuture<models::PaginatedWebAuthnDeviceTypeList> {
        self.authenticator_webauthn_device_types_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_webauthn_device_types_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_webauthn_device_types_list_stream(
        &self,
        params: &AuthenticatorWebauthnDeviceTypesListParams,
    ) -> PageStream<models::WebAuthnDeviceType> {
        self.authenticator_webauthn_device_types_list_request(params).paginate()
    }

    /// WebAuthnDeviceType Viewset
    ///
    /// `GET /stages/authenticator/webauthn_device_types/{aaguid}/` (`stages_authenticator_webauthn_device_types_retrieve`).
    ///
    /// - `aaguid`: A UUID string identifying this WebAuthn Device type.
    pub fn authenticator_webauthn_device_types_retrieve(
        &self,
        aaguid: ::uuid::Uuid,
    ) -> ResponseFuture<models::WebAuthnDeviceType> {
        rt::operation!(
            Get "/stages/authenticator/webauthn_device_types/{aaguid}/"
            "stages_authenticator_webauthn_device_types_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("aaguid", &aaguid);
        request.send_json()
    }

    fn authenticator_webauthn_list_request(
        &self,
        params: &AuthenticatorWebauthnListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/authenticator/webauthn/" "stages_authenticator_webauthn_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `GET /stages/authenticator/webauthn/` (`stages_authenticator_webauthn_list`).
    ///
    /// Optional parameters: [`AuthenticatorWebauthnListParams`].
    pub fn authenticator_webauthn_list(
        &self,
        params: &AuthenticatorWebauthnListParams,
    ) -> ResponseFuture<models::PaginatedAuthenticatorWebAuthnStageList> {
        self.authenticator_webauthn_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_webauthn_list_stream(
        &self,
        params: &AuthenticatorWebauthnListParams,
    ) -> PageStream<models::AuthenticatorWebAuthnStage> {
        self.authenticator_webauthn_list_request(params).paginate()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `PATCH /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this WebAuthn Authenticator Setup Stage.
    pub fn authenticator_webauthn_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedAuthenticatorWebAuthnStageRequest,
    ) -> ResponseFuture<models::AuthenticatorWebAuthnStage> {
        rt::operation!(
            Patch "/stages/authenticator/webauthn/{stage_uuid}/"
            "stages_authenticator_webauthn_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `GET /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this WebAuthn Authenticator Setup Stage.
    pub fn authenticator_webauthn_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AuthenticatorWebAuthnStage> {
        rt::operation!(
            Get "/stages/authenticator/webauthn/{stage_uuid}/"
            "stages_authenticator_webauthn_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `PUT /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this WebAuthn Authenticator Setup Stage.
    pub fn authenticator_webauthn_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::AuthenticatorWebAuthnStageRequest,
    ) -> ResponseFuture<models::AuthenticatorWebAuthnStage> {
        rt::operation!(
            Put "/stages/authenticator/webauthn/{stage_uuid}/"
            "stages_authenticator_webauthn_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/webauthn/{stage_uuid}/used_by/` (`stages_authenticator_webauthn_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this WebAuthn Authenticator Setup Stage.
    pub fn authenticator_webauthn_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/authenticator/webauthn/{stage_uuid}/used_by/"
            "stages_authenticator_webauthn_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `POST /stages/captcha/` (`stages_captcha_create`).
    pub fn captcha_create(
        &self,
        body: &models::CaptchaStageRequest,
    ) -> ResponseFuture<models::CaptchaStage> {
        rt::operation!(Post "/stages/captcha/" "stages_captcha_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `DELETE /stages/captcha/{stage_uuid}/` (`stages_captcha_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/captcha/{stage_uuid}/" "stages_captcha_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn captcha_list_request(&self, params: &CaptchaListParams) -> rt::Request {
        rt::operation!(Get "/stages/captcha/" "stages_captcha_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// CaptchaStage Viewset
    ///
    /// `GET /stages/captcha/` (`stages_captcha_list`).
    ///
    /// Optional parameters: [`CaptchaListParams`].
    pub fn captcha_list(
        &self,
        params: &CaptchaListParams,
    ) -> ResponseFuture<models::PaginatedCaptchaStageList> {
        self.captcha_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::captcha_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn captcha_list_stream(
        &self,
        params: &CaptchaListParams,
    ) -> PageStream<models::CaptchaStage> {
        self.captcha_list_request(params).paginate()
    }

    /// CaptchaStage Viewset
    ///
    /// `PATCH /stages/captcha/{stage_uuid}/` (`stages_captcha_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedCaptchaStageRequest,
    ) -> ResponseFuture<models::CaptchaStage> {
        rt::operation!(
            Patch "/stages/captcha/{stage_uuid}/" "stages_captcha_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `GET /stages/captcha/{stage_uuid}/` (`stages_captcha_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::CaptchaStage> {
        rt::operation!(Get "/stages/captcha/{stage_uuid}/" "stages_captcha_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `PUT /stages/captcha/{stage_uuid}/` (`stages_captcha_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::CaptchaStageRequest,
    ) -> ResponseFuture<models::CaptchaStage> {
        rt::operation!(Put "/stages/captcha/{stage_uuid}/" "stages_captcha_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/captcha/{stage_uuid}/used_by/` (`stages_captcha_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/captcha/{stage_uuid}/used_by/" "stages_captcha_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `POST /stages/consent/` (`stages_consent_create`).
    pub fn consent_create(
        &self,
        body: &models::ConsentStageRequest,
    ) -> ResponseFuture<models::ConsentStage> {
        rt::operation!(Post "/stages/consent/" "stages_consent_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `DELETE /stages/consent/{stage_uuid}/` (`stages_consent_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/consent/{stage_uuid}/" "stages_consent_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn consent_list_request(&self, params: &ConsentListParams) -> rt::Request {
        rt::operation!(Get "/stages/consent/" "stages_consent_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// ConsentStage Viewset
    ///
    /// `GET /stages/consent/` (`stages_consent_list`).
    ///
    /// Optional parameters: [`ConsentListParams`].
    pub fn consent_list(
        &self,
        params: &ConsentListParams,
    ) -> ResponseFuture<models::PaginatedConsentStageList> {
        self.consent_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::consent_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn consent_list_stream(
        &self,
        params: &ConsentListParams,
    ) -> PageStream<models::ConsentStage> {
        self.consent_list_request(params).paginate()
    }

    /// ConsentStage Viewset
    ///
    /// `PATCH /stages/consent/{stage_uuid}/` (`stages_consent_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedConsentStageRequest,
    ) -> ResponseFuture<models::ConsentStage> {
        rt::operation!(
            Patch "/stages/consent/{stage_uuid}/" "stages_consent_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `GET /stages/consent/{stage_uuid}/` (`stages_consent_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::ConsentStage> {
        rt::operation!(Get "/stages/consent/{stage_uuid}/" "stages_consent_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `PUT /stages/consent/{stage_uuid}/` (`stages_consent_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::ConsentStageRequest,
    ) -> ResponseFuture<models::ConsentStage> {
        rt::operation!(Put "/stages/consent/{stage_uuid}/" "stages_consent_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/consent/{stage_uuid}/used_by/` (`stages_consent_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/consent/{stage_uuid}/used_by/" "stages_consent_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `POST /stages/deny/` (`stages_deny_create`).
    pub fn deny_create(
        &self,
        body: &models::DenyStageRequest,
    ) -> ResponseFuture<models::DenyStage> {
        rt::operation!(Post "/stages/deny/" "stages_deny_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `DELETE /stages/deny/{stage_uuid}/` (`stages_deny_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/deny/{stage_uuid}/" "stages_deny_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn deny_list_request(&self, params: &DenyListParams) -> rt::Request {
        rt::operation!(Get "/stages/deny/" "stages_deny_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// DenyStage Viewset
    ///
    /// `GET /stages/deny/` (`stages_deny_list`).
    ///
    /// Optional parameters: [`DenyListParams`].
    pub fn deny_list(
        &self,
        params: &DenyListParams,
    ) -> ResponseFuture<models::PaginatedDenyStageList> {
        self.deny_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::deny_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn deny_list_stream(
        &self,
        params: &DenyListParams,
    ) -> PageStream<models::DenyStage> {
        self.deny_list_request(params).paginate()
    }

    /// DenyStage Viewset
    ///
    /// `PATCH /stages/deny/{stage_uuid}/` (`stages_deny_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedDenyStageRequest,
    ) -> ResponseFuture<models::DenyStage> {
        rt::operation!(Patch "/stages/deny/{stage_uuid}/" "stages_deny_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `GET /stages/deny/{stage_uuid}/` (`stages_deny_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DenyStage> {
        rt::operation!(Get "/stages/deny/{stage_uuid}/" "stages_deny_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `PUT /stages/deny/{stage_uuid}/` (`stages_deny_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::DenyStageRequest,
    ) -> ResponseFuture<models::DenyStage> {
        rt::operation!(Put "/stages/deny/{stage_uuid}/" "stages_deny_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/deny/{stage_uuid}/used_by/` (`stages_deny_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/deny/{stage_uuid}/used_by/" "stages_deny_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `POST /stages/dummy/` (`stages_dummy_create`).
    pub fn dummy_create(
        &self,
        body: &models::DummyStageRequest,
    ) -> ResponseFuture<models::DummyStage> {
        rt::operation!(Post "/stages/dummy/" "stages_dummy_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `DELETE /stages/dummy/{stage_uuid}/` (`stages_dummy_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/dummy/{stage_uuid}/" "stages_dummy_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn dummy_list_request(&self, params: &DummyListParams) -> rt::Request {
        rt::operation!(Get "/stages/dummy/" "stages_dummy_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// DummyStage Viewset
    ///
    /// `GET /stages/dummy/` (`stages_dummy_list`).
    ///
    /// Optional parameters: [`DummyListParams`].
    pub fn dummy_list(
        &self,
        params: &DummyListParams,
    ) -> ResponseFuture<models::PaginatedDummyStageList> {
        self.dummy_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::dummy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn dummy_list_stream(
        &self,
        params: &DummyListParams,
    ) -> PageStream<models::DummyStage> {
        self.dummy_list_request(params).paginate()
    }

    /// DummyStage Viewset
    ///
    /// `PATCH /stages/dummy/{stage_uuid}/` (`stages_dummy_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedDummyStageRequest,
    ) -> ResponseFuture<models::DummyStage> {
        rt::operation!(
            Patch "/stages/dummy/{stage_uuid}/" "stages_dummy_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `GET /stages/dummy/{stage_uuid}/` (`stages_dummy_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DummyStage> {
        rt::operation!(Get "/stages/dummy/{stage_uuid}/" "stages_dummy_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `PUT /stages/dummy/{stage_uuid}/` (`stages_dummy_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::DummyStageRequest,
    ) -> ResponseFuture<models::DummyStage> {
        rt::operation!(Put "/stages/dummy/{stage_uuid}/" "stages_dummy_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/dummy/{stage_uuid}/used_by/` (`stages_dummy_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/dummy/{stage_uuid}/used_by/" "stages_dummy_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EmailStage Viewset
    ///
    /// `POST /stages/email/` (`stages_email_create`).
    pub fn email_create(
        &self,
        body: &models::EmailStageRequest,
    ) -> ResponseFuture<models::EmailStage> {
        rt::operation!(Post "/stages/email/" "stages_email_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// EmailStage Viewset
    ///
    /// `DELETE /stages/email/{stage_uuid}/` (`stages_email_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/email/{stage_uuid}/" "stages_email_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn email_list_request(&self, params: &EmailListParams) -> rt::Request {
        rt::operation!(Get "/stages/email/" "stages_email_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// EmailStage Viewset
    ///
    /// `GET /stages/email/` (`stages_email_list`).
    ///
    /// Optional parameters: [`EmailListParams`].
    pub fn email_list(
        &self,
        params: &EmailListParams,
    ) -> ResponseFuture<models::PaginatedEmailStageList> {
        self.email_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn email_list_stream(
        &self,
        params: &EmailListParams,
    ) -> PageStream<models::EmailStage> {
        self.email_list_request(params).paginate()
    }

    /// EmailStage Viewset
    ///
    /// `PATCH /stages/email/{stage_uuid}/` (`stages_email_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedEmailStageRequest,
    ) -> ResponseFuture<models::EmailStage> {
        rt::operation!(
            Patch "/stages/email/{stage_uuid}/" "stages_email_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// EmailStage Viewset
    ///
    /// `GET /stages/email/{stage_uuid}/` (`stages_email_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::EmailStage> {
        rt::operation!(Get "/stages/email/{stage_uuid}/" "stages_email_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all available templates, including custom templates
    ///
    /// `GET /stages/email/templates/` (`stages_email_templates_list`).
    pub fn email_templates_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/stages/email/templates/" "stages_email_templates_list");
        self.client.request(&OPERATION).send_json()
    }

    /// EmailStage Viewset
    ///
    /// `PUT /stages/email/{stage_uuid}/` (`stages_email_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::EmailStageRequest,
    ) -> ResponseFuture<models::EmailStage> {
        rt::operation!(Put "/stages/email/{stage_uuid}/" "stages_email_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/email/{stage_uuid}/used_by/` (`stages_email_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/email/{stage_uuid}/used_by/" "stages_email_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `POST /stages/endpoints/` (`stages_endpoints_create`).
    /// Since 2026.11.0-rc1.
    pub fn endpoints_create(
        &self,
        body: &models::EndpointStageRequest,
    ) -> ResponseFuture<models::EndpointStage> {
        rt::operation!(Post "/stages/endpoints/" "stages_endpoints_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `DELETE /stages/endpoints/{stage_uuid}/` (`stages_endpoints_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/endpoints/{stage_uuid}/" "stages_endpoints_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn endpoints_list_request(&self, params: &EndpointsListParams) -> rt::Request {
        rt::operation!(Get "/stages/endpoints/" "stages_endpoints_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/` (`stages_endpoints_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`EndpointsListParams`].
    pub fn endpoints_list(
        &self,
        params: &EndpointsListParams,
    ) -> ResponseFuture<models::PaginatedEndpointStageList> {
        self.endpoints_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::endpoints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoints_list_stream(
        &self,
        params: &EndpointsListParams,
    ) -> PageStream<models::EndpointStage> {
        self.endpoints_list_request(params).paginate()
    }

    /// EndpointStage Viewset
    ///
    /// `PATCH /stages/endpoints/{stage_uuid}/` (`stages_endpoints_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedEndpointStageRequest,
    ) -> ResponseFuture<models::EndpointStage> {
        rt::operation!(
            Patch "/stages/endpoints/{stage_uuid}/" "stages_endpoints_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/{stage_uuid}/` (`stages_endpoints_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::EndpointStage> {
        rt::operation!(
            Get "/stages/endpoints/{stage_uuid}/" "stages_endpoints_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `PUT /stages/endpoints/{stage_uuid}/` (`stages_endpoints_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::EndpointStageRequest,
    ) -> ResponseFuture<models::EndpointStage> {
        rt::operation!(Put "/stages/endpoints/{stage_uuid}/" "stages_endpoints_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/endpoints/{stage_uuid}/used_by/` (`stages_endpoints_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/endpoints/{stage_uuid}/used_by/" "stages_endpoints_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// IdentificationStage Viewset
    ///
    /// `POST /stages/identification/` (`stages_identification_create`).
    pub fn identification_create(
        &self,
        body: &models::IdentificationStageRequest,
    ) -> ResponseFuture<models::IdentificationStage> {
        rt::operation!(Post "/stages/identification/" "stages_identification_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// IdentificationStage Viewset
    ///
    /// `DELETE /stages/identification/{stage_uuid}/` (`stages_identification_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Identification Stage.
    pub fn identification_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/identification/{stage_uuid}/" "stages_identification_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn identification_list_request(
        &self,
        params: &IdentificationListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/identification/" "stages_identification_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// IdentificationStage Viewset
    ///
    /// `GET /stages/identification/` (`stages_identification_list`).
    ///
    /// Optional parameters: [`IdentificationListParams`].
    pub fn identification_list(
        &self,
        params: &IdentificationListParams,
    ) -> ResponseFuture<models::PaginatedIdentificationStageList> {
        self.identification_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::identification_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn identification_list_stream(
        &self,
        params: &IdentificationListParams,
    ) -> PageStream<models::IdentificationStage> {
        self.identification_list_request(params).paginate()
    }

    /// IdentificationStage Viewset
    ///
    /// `PATCH /stages/identification/{stage_uuid}/` (`stages_identification_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Identification Stage.
    pub fn identification_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedIdentificationStageRequest,
    ) -> ResponseFuture<models::IdentificationStage> {
        rt::operation!(
            Patch "/stages/identification/{stage_uuid}/"
            "stages_identification_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// IdentificationStage Viewset
    ///
    /// `GET /stages/identification/{stage_uuid}/` (`stages_identification_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Identification Stage.
    pub fn identification_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::IdentificationStage> {
        rt::operation!(
            Get "/stages/identification/{stage_uuid}/" "stages_identification_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// IdentificationStage Viewset
    ///
    /// `PUT /stages/identification/{stage_uuid}/` (`stages_identification_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Identification Stage.
    pub fn identification_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::IdentificationStageRequest,
    ) -> ResponseFuture<models::IdentificationStage> {
        rt::operation!(
            Put "/stages/identification/{stage_uuid}/" "stages_identification_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/identification/{stage_uuid}/used_by/` (`stages_identification_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Identification Stage.
    pub fn identification_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/identification/{stage_uuid}/used_by/"
            "stages_identification_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Invitation Viewset
    ///
    /// `POST /stages/invitation/invitations/` (`stages_invitation_invitations_create`).
    pub fn invitation_invitations_create(
        &self,
        body: &models::InvitationRequest,
    ) -> ResponseFuture<models::Invitation> {
        rt::operation!(
            Post "/stages/invitation/invitations/" "stages_invitation_invitations_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Invitation Viewset
    ///
    /// `DELETE /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_destroy`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_destroy(
        &self,
        invite_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/invitation/invitations/{invite_uuid}/"
            "stages_invitation_invitations_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_empty()
    }

    fn invitation_invitations_list_request(
        &self,
        params: &InvitationInvitationsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/stages/invitation/invitations/" "stages_invitation_invitations_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Invitation Viewset
    ///
    /// `GET /stages/invitation/invitations/` (`stages_invitation_invitations_list`).
    ///
    /// Optional parameters: [`InvitationInvitationsListParams`].
    pub fn invitation_invitations_list(
        &self,
        params: &InvitationInvitationsListParams,
    ) -> ResponseFuture<models::PaginatedInvitationList> {
        self.invitation_invitations_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::invitation_invitations_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn invitation_invitations_list_stream(
        &self,
        params: &InvitationInvitationsListParams,
    ) -> PageStream<models::Invitation> {
        self.invitation_invitations_list_request(params).paginate()
    }

    /// Invitation Viewset
    ///
    /// `PATCH /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_partial_update`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_partial_update(
        &self,
        invite_uuid: ::uuid::Uuid,
        body: &models::PatchedInvitationRequest,
    ) -> ResponseFuture<models::Invitation> {
        rt::operation!(
            Patch "/stages/invitation/invitations/{invite_uuid}/"
            "stages_invitation_invitations_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.json(body);
        request.send_json()
    }

    /// Invitation Viewset
    ///
    /// `GET /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_retrieve`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_retrieve(
        &self,
        invite_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Invitation> {
        rt::operation!(
            Get "/stages/invitation/invitations/{invite_uuid}/"
            "stages_invitation_invitations_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_json()
    }

    /// Send invitation link via email to one or more addresses
    ///
    /// `POST /stages/invitation/invitations/{invite_uuid}/send_email/` (`stages_invitation_invitations_send_email_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_send_email_create(
        &self,
        invite_uuid: ::uuid::Uuid,
        body: &models::InvitationSendEmailRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/stages/invitation/invitations/{invite_uuid}/send_email/"
            "stages_invitation_invitations_send_email_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.json(body);
        request.send_empty()
    }

    /// Invitation Viewset
    ///
    /// `PUT /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_update`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_update(
        &self,
        invite_uuid: ::uuid::Uuid,
        body: &models::InvitationRequest,
    ) -> ResponseFuture<models::Invitation> {
        rt::operation!(
            Put "/stages/invitation/invitations/{invite_uuid}/"
            "stages_invitation_invitations_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/invitation/invitations/{invite_uuid}/used_by/` (`stages_invitation_invitations_used_by_list`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_used_by_list(
        &self,
        invite_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/invitation/invitations/{invite_uuid}/used_by/"
            "stages_invitation_invitations_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_json()
    }

    /// InvitationStage Viewset
    ///
    /// `POST /stages/invitation/stages/` (`stages_invitation_stages_create`).
    pub fn invitation_stages_create(
        &self,
        body: &models::InvitationStageRequest,
    ) -> ResponseFuture<models::InvitationStage> {
        rt::operation!(
            Post "/stages/invitation/stages/" "stages_invitation_stages_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// InvitationStage Viewset
    ///
    /// `DELETE /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Invitation Stage.
    pub fn invitation_stages_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/invitation/stages/{stage_uuid}/"
            "stages_invitation_stages_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn invitation_stages_list_request(
        &self,
        params: &InvitationStagesListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/invitation/stages/" "stages_invitation_stages_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// InvitationStage Viewset
    ///
    /// `GET /stages/invitation/stages/` (`stages_invitation_stages_list`).
    ///
    /// Optional parameters: [`InvitationStagesListParams`].
    pub fn invitation_stages_list(
        &self,
        params: &InvitationStagesListParams,
    ) -> ResponseFuture<models::PaginatedInvitationStageList> {
        self.invitation_stages_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::invitation_stages_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn invitation_stages_list_stream(
        &self,
        params: &InvitationStagesListParams,
    ) -> PageStream<models::InvitationStage> {
        self.invitation_stages_list_request(params).paginate()
    }

    /// InvitationStage Viewset
    ///
    /// `PATCH /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Invitation Stage.
    pub fn invitation_stages_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedInvitationStageRequest,
    ) -> ResponseFuture<models::InvitationStage> {
        rt::operation!(
            Patch "/stages/invitation/stages/{stage_uuid}/"
            "stages_invitation_stages_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// InvitationStage Viewset
    ///
    /// `GET /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Invitation Stage.
    pub fn invitation_stages_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::InvitationStage> {
        rt::operation!(
            Get "/stages/invitation/stages/{stage_uuid}/"
            "stages_invitation_stages_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// InvitationStage Viewset
    ///
    /// `PUT /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Invitation Stage.
    pub fn invitation_stages_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::InvitationStageRequest,
    ) -> ResponseFuture<models::InvitationStage> {
        rt::operation!(
            Put "/stages/invitation/stages/{stage_uuid}/"
            "stages_invitation_stages_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/invitation/stages/{stage_uuid}/used_by/` (`stages_invitation_stages_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Invitation Stage.
    pub fn invitation_stages_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/invitation/stages/{stage_uuid}/used_by/"
            "stages_invitation_stages_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `POST /stages/mtls/` (`stages_mtls_create`).
    /// Since 2025.6.2.
    pub fn mtls_create(
        &self,
        body: &models::MutualTLSStageRequest,
    ) -> ResponseFuture<models::MutualTLSStage> {
        rt::operation!(Post "/stages/mtls/" "stages_mtls_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `DELETE /stages/mtls/{stage_uuid}/` (`stages_mtls_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/mtls/{stage_uuid}/" "stages_mtls_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn mtls_list_request(&self, params: &MtlsListParams) -> rt::Request {
        rt::operation!(Get "/stages/mtls/" "stages_mtls_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/` (`stages_mtls_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`MtlsListParams`].
    pub fn mtls_list(
        &self,
        params: &MtlsListParams,
    ) -> ResponseFuture<models::PaginatedMutualTLSStageList> {
        self.mtls_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::mtls_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn mtls_list_stream(
        &self,
        params: &MtlsListParams,
    ) -> PageStream<models::MutualTLSStage> {
        self.mtls_list_request(params).paginate()
    }

    /// MutualTLSStage Viewset
    ///
    /// `PATCH /stages/mtls/{stage_uuid}/` (`stages_mtls_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedMutualTLSStageRequest,
    ) -> ResponseFuture<models::MutualTLSStage> {
        rt::operation!(Patch "/stages/mtls/{stage_uuid}/" "stages_mtls_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/{stage_uuid}/` (`stages_mtls_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::MutualTLSStage> {
        rt::operation!(Get "/stages/mtls/{stage_uuid}/" "stages_mtls_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `PUT /stages/mtls/{stage_uuid}/` (`stages_mtls_update`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::MutualTLSStageRequest,
    ) -> ResponseFuture<models::MutualTLSStage> {
        rt::operation!(Put "/stages/mtls/{stage_uuid}/" "stages_mtls_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/mtls/{stage_uuid}/used_by/` (`stages_mtls_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/mtls/{stage_uuid}/used_by/" "stages_mtls_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `POST /stages/password/` (`stages_password_create`).
    pub fn password_create(
        &self,
        body: &models::PasswordStageRequest,
    ) -> ResponseFuture<models::PasswordStage> {
        rt::operation!(Post "/stages/password/" "stages_password_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `DELETE /stages/password/{stage_uuid}/` (`stages_password_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/password/{stage_uuid}/" "stages_password_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn password_list_request(&self, params: &PasswordListParams) -> rt::Request {
        rt::operation!(Get "/stages/password/" "stages_password_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// PasswordStage Viewset
    ///
    /// `GET /stages/password/` (`stages_password_list`).
    ///
    /// Optional parameters: [`PasswordListParams`].
    pub fn password_list(
        &self,
        params: &PasswordListParams,
    ) -> ResponseFuture<models::PaginatedPasswordStageList> {
        self.password_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_list_stream(
        &self,
        params: &PasswordListParams,
    ) -> PageStream<models::PasswordStage> {
        self.password_list_request(params).paginate()
    }

    /// PasswordStage Viewset
    ///
    /// `PATCH /stages/password/{stage_uuid}/` (`stages_password_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedPasswordStageRequest,
    ) -> ResponseFuture<models::PasswordStage> {
        rt::operation!(
            Patch "/stages/password/{stage_uuid}/" "stages_password_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `GET /stages/password/{stage_uuid}/` (`stages_password_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::PasswordStage> {
        rt::operation!(Get "/stages/password/{stage_uuid}/" "stages_password_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `PUT /stages/password/{stage_uuid}/` (`stages_password_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PasswordStageRequest,
    ) -> ResponseFuture<models::PasswordStage> {
        rt::operation!(Put "/stages/password/{stage_uuid}/" "stages_password_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/password/{stage_uuid}/used_by/` (`stages_password_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/password/{stage_uuid}/used_by/" "stages_password_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Prompt Viewset
    ///
    /// `POST /stages/prompt/prompts/` (`stages_prompt_prompts_create`).
    pub fn prompt_prompts_create(
        &self,
        body: &models::PromptRequest,
    ) -> ResponseFuture<models::Prompt> {
        rt::operation!(Post "/stages/prompt/prompts/" "stages_prompt_prompts_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Prompt Viewset
    ///
    /// `DELETE /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_destroy`).
    ///
    /// - `prompt_uuid`: A UUID string identifying this Prompt.
    pub fn prompt_prompts_destroy(
        &self,
        prompt_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/prompt/prompts/{prompt_uuid}/"
            "stages_prompt_prompts_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.send_empty()
    }

    fn prompt_prompts_list_request(
        &self,
        params: &PromptPromptsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/prompt/prompts/" "stages_prompt_prompts_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Prompt Viewset
    ///
    /// `GET /stages/prompt/prompts/` (`stages_prompt_prompts_list`).
    ///
    /// Optional parameters: [`PromptPromptsListParams`].
    pub fn prompt_prompts_list(
        &self,
        params: &PromptPromptsListParams,
    ) -> ResponseFuture<models::PaginatedPromptList> {
        self.prompt_prompts_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::prompt_prompts_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn prompt_prompts_list_stream(
        &self,
        params: &PromptPromptsListParams,
    ) -> PageStream<models::Prompt> {
        self.prompt_prompts_list_request(params).paginate()
    }

    /// Prompt Viewset
    ///
    /// `PATCH /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_partial_update`).
    ///
    /// - `prompt_uuid`: A UUID string identifying this Prompt.
    pub fn prompt_prompts_partial_update(
        &self,
        prompt_uuid: ::uuid::Uuid,
        body: &models::PatchedPromptRequest,
    ) -> ResponseFuture<models::Prompt> {
        rt::operation!(
            Patch "/stages/prompt/prompts/{prompt_uuid}/"
            "stages_prompt_prompts_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.json(body);
        request.send_json()
    }

    /// Preview a prompt as a challenge, just like a flow would receive
    ///
    /// `POST /stages/prompt/prompts/preview/` (`stages_prompt_prompts_preview_create`).
    pub fn prompt_prompts_preview_create(
        &self,
        body: &models::PromptRequest,
    ) -> ResponseFuture<models::PromptChallenge> {
        rt::operation!(
            Post "/stages/prompt/prompts/preview/" "stages_prompt_prompts_preview_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Prompt Viewset
    ///
    /// `GET /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_retrieve`).
    ///
    /// - `prompt_uuid`: A UUID string identifying this Prompt.
    pub fn prompt_prompts_retrieve(
        &self,
        prompt_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Prompt> {
        rt::operation!(
            Get "/stages/prompt/prompts/{prompt_uuid}/" "stages_prompt_prompts_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.send_json()
    }

    /// Prompt Viewset
    ///
    /// `PUT /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_update`).
    ///
    /// - `prompt_uuid`: A UUID string identifying this Prompt.
    pub fn prompt_prompts_update(
        &self,
        prompt_uuid: ::uuid::Uuid,
        body: &models::PromptRequest,
    ) -> ResponseFuture<models::Prompt> {
        rt::operation!(
            Put "/stages/prompt/prompts/{prompt_uuid}/" "stages_prompt_prompts_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/prompt/prompts/{prompt_uuid}/used_by/` (`stages_prompt_prompts_used_by_list`).
    ///
    /// - `prompt_uuid`: A UUID string identifying this Prompt.
    pub fn prompt_prompts_used_by_list(
        &self,
        prompt_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/prompt/prompts/{prompt_uuid}/used_by/"
            "stages_prompt_prompts_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `POST /stages/prompt/stages/` (`stages_prompt_stages_create`).
    pub fn prompt_stages_create(
        &self,
        body: &models::PromptStageRequest,
    ) -> ResponseFuture<models::PromptStage> {
        rt::operation!(Post "/stages/prompt/stages/" "stages_prompt_stages_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `DELETE /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/prompt/stages/{stage_uuid}/" "stages_prompt_stages_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn prompt_stages_list_request(
        &self,
        params: &PromptStagesListParams,
    ) -> rt::Request {
        rt::operation!(Get "/stages/prompt/stages/" "stages_prompt_stages_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// PromptStage Viewset
    ///
    /// `GET /stages/prompt/stages/` (`stages_prompt_stages_list`).
    ///
    /// Optional parameters: [`PromptStagesListParams`].
    pub fn prompt_stages_list(
        &self,
        params: &PromptStagesListParams,
    ) -> ResponseFuture<models::PaginatedPromptStageList> {
        self.prompt_stages_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::prompt_stages_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn prompt_stages_list_stream(
        &self,
        params: &PromptStagesListParams,
    ) -> PageStream<models::PromptStage> {
        self.prompt_stages_list_request(params).paginate()
    }

    /// PromptStage Viewset
    ///
    /// `PATCH /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedPromptStageRequest,
    ) -> ResponseFuture<models::PromptStage> {
        rt::operation!(
            Patch "/stages/prompt/stages/{stage_uuid}/"
            "stages_prompt_stages_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `GET /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::PromptStage> {
        rt::operation!(
            Get "/stages/prompt/stages/{stage_uuid}/" "stages_prompt_stages_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `PUT /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PromptStageRequest,
    ) -> ResponseFuture<models::PromptStage> {
        rt::operation!(
            Put "/stages/prompt/stages/{stage_uuid}/" "stages_prompt_stages_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/prompt/stages/{stage_uuid}/used_by/` (`stages_prompt_stages_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/prompt/stages/{stage_uuid}/used_by/"
            "stages_prompt_stages_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `POST /stages/redirect/` (`stages_redirect_create`).
    /// Since 2024.12.1.
    pub fn redirect_create(
        &self,
        body: &models::RedirectStageRequest,
    ) -> ResponseFuture<models::RedirectStage> {
        rt::operation!(Post "/stages/redirect/" "stages_redirect_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `DELETE /stages/redirect/{stage_uuid}/` (`stages_redirect_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/redirect/{stage_uuid}/" "stages_redirect_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn redirect_list_request(&self, params: &RedirectListParams) -> rt::Request {
        rt::operation!(Get "/stages/redirect/" "stages_redirect_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/` (`stages_redirect_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`RedirectListParams`].
    pub fn redirect_list(
        &self,
        params: &RedirectListParams,
    ) -> ResponseFuture<models::PaginatedRedirectStageList> {
        self.redirect_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::redirect_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn redirect_list_stream(
        &self,
        params: &RedirectListParams,
    ) -> PageStream<models::RedirectStage> {
        self.redirect_list_request(params).paginate()
    }

    /// RedirectStage Viewset
    ///
    /// `PATCH /stages/redirect/{stage_uuid}/` (`stages_redirect_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedRedirectStageRequest,
    ) -> ResponseFuture<models::RedirectStage> {
        rt::operation!(
            Patch "/stages/redirect/{stage_uuid}/" "stages_redirect_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/{stage_uuid}/` (`stages_redirect_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::RedirectStage> {
        rt::operation!(Get "/stages/redirect/{stage_uuid}/" "stages_redirect_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `PUT /stages/redirect/{stage_uuid}/` (`stages_redirect_update`).
    /// Since 2024.12.1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::RedirectStageRequest,
    ) -> ResponseFuture<models::RedirectStage> {
        rt::operation!(Put "/stages/redirect/{stage_uuid}/" "stages_redirect_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/redirect/{stage_uuid}/used_by/` (`stages_redirect_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/redirect/{stage_uuid}/used_by/" "stages_redirect_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `POST /stages/source/` (`stages_source_create`).
    pub fn source_create(
        &self,
        body: &models::SourceStageRequest,
    ) -> ResponseFuture<models::SourceStage> {
        rt::operation!(Post "/stages/source/" "stages_source_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `DELETE /stages/source/{stage_uuid}/` (`stages_source_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/stages/source/{stage_uuid}/" "stages_source_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn source_list_request(&self, params: &SourceListParams) -> rt::Request {
        rt::operation!(Get "/stages/source/" "stages_source_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SourceStage Viewset
    ///
    /// `GET /stages/source/` (`stages_source_list`).
    ///
    /// Optional parameters: [`SourceListParams`].
    pub fn source_list(
        &self,
        params: &SourceListParams,
    ) -> ResponseFuture<models::PaginatedSourceStageList> {
        self.source_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::source_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_list_stream(
        &self,
        params: &SourceListParams,
    ) -> PageStream<models::SourceStage> {
        self.source_list_request(params).paginate()
    }

    /// SourceStage Viewset
    ///
    /// `PATCH /stages/source/{stage_uuid}/` (`stages_source_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedSourceStageRequest,
    ) -> ResponseFuture<models::SourceStage> {
        rt::operation!(
            Patch "/stages/source/{stage_uuid}/" "stages_source_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `GET /stages/source/{stage_uuid}/` (`stages_source_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::SourceStage> {
        rt::operation!(Get "/stages/source/{stage_uuid}/" "stages_source_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `PUT /stages/source/{stage_uuid}/` (`stages_source_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::SourceStageRequest,
    ) -> ResponseFuture<models::SourceStage> {
        rt::operation!(Put "/stages/source/{stage_uuid}/" "stages_source_update");
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/source/{stage_uuid}/used_by/` (`stages_source_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/source/{stage_uuid}/used_by/" "stages_source_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `POST /stages/user_delete/` (`stages_user_delete_create`).
    pub fn user_delete_create(
        &self,
        body: &models::UserDeleteStageRequest,
    ) -> ResponseFuture<models::UserDeleteStage> {
        rt::operation!(Post "/stages/user_delete/" "stages_user_delete_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `DELETE /stages/user_delete/{stage_uuid}/` (`stages_user_delete_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/user_delete/{stage_uuid}/" "stages_user_delete_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_delete_list_request(&self, params: &UserDeleteListParams) -> rt::Request {
        rt::operation!(Get "/stages/user_delete/" "stages_user_delete_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// UserDeleteStage Viewset
    ///
    /// `GET /stages/user_delete/` (`stages_user_delete_list`).
    ///
    /// Optional parameters: [`UserDeleteListParams`].
    pub fn user_delete_list(
        &self,
        params: &UserDeleteListParams,
    ) -> ResponseFuture<models::PaginatedUserDeleteStageList> {
        self.user_delete_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_delete_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_delete_list_stream(
        &self,
        params: &UserDeleteListParams,
    ) -> PageStream<models::UserDeleteStage> {
        self.user_delete_list_request(params).paginate()
    }

    /// UserDeleteStage Viewset
    ///
    /// `PATCH /stages/user_delete/{stage_uuid}/` (`stages_user_delete_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedUserDeleteStageRequest,
    ) -> ResponseFuture<models::UserDeleteStage> {
        rt::operation!(
            Patch "/stages/user_delete/{stage_uuid}/" "stages_user_delete_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `GET /stages/user_delete/{stage_uuid}/` (`stages_user_delete_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::UserDeleteStage> {
        rt::operation!(
            Get "/stages/user_delete/{stage_uuid}/" "stages_user_delete_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `PUT /stages/user_delete/{stage_uuid}/` (`stages_user_delete_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::UserDeleteStageRequest,
    ) -> ResponseFuture<models::UserDeleteStage> {
        rt::operation!(
            Put "/stages/user_delete/{stage_uuid}/" "stages_user_delete_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_delete/{stage_uuid}/used_by/` (`stages_user_delete_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/user_delete/{stage_uuid}/used_by/"
            "stages_user_delete_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `POST /stages/user_login/` (`stages_user_login_create`).
    pub fn user_login_create(
        &self,
        body: &models::UserLoginStageRequest,
    ) -> ResponseFuture<models::UserLoginStage> {
        rt::operation!(Post "/stages/user_login/" "stages_user_login_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `DELETE /stages/user_login/{stage_uuid}/` (`stages_user_login_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/user_login/{stage_uuid}/" "stages_user_login_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_login_list_request(&self, params: &UserLoginListParams) -> rt::Request {
        rt::operation!(Get "/stages/user_login/" "stages_user_login_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// UserLoginStage Viewset
    ///
    /// `GET /stages/user_login/` (`stages_user_login_list`).
    ///
    /// Optional parameters: [`UserLoginListParams`].
    pub fn user_login_list(
        &self,
        params: &UserLoginListParams,
    ) -> ResponseFuture<models::PaginatedUserLoginStageList> {
        self.user_login_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_login_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_login_list_stream(
        &self,
        params: &UserLoginListParams,
    ) -> PageStream<models::UserLoginStage> {
        self.user_login_list_request(params).paginate()
    }

    /// UserLoginStage Viewset
    ///
    /// `PATCH /stages/user_login/{stage_uuid}/` (`stages_user_login_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedUserLoginStageRequest,
    ) -> ResponseFuture<models::UserLoginStage> {
        rt::operation!(
            Patch "/stages/user_login/{stage_uuid}/" "stages_user_login_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `GET /stages/user_login/{stage_uuid}/` (`stages_user_login_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::UserLoginStage> {
        rt::operation!(
            Get "/stages/user_login/{stage_uuid}/" "stages_user_login_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `PUT /stages/user_login/{stage_uuid}/` (`stages_user_login_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::UserLoginStageRequest,
    ) -> ResponseFuture<models::UserLoginStage> {
        rt::operation!(
            Put "/stages/user_login/{stage_uuid}/" "stages_user_login_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_login/{stage_uuid}/used_by/` (`stages_user_login_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/user_login/{stage_uuid}/used_by/"
            "stages_user_login_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `POST /stages/user_logout/` (`stages_user_logout_create`).
    pub fn user_logout_create(
        &self,
        body: &models::UserLogoutStageRequest,
    ) -> ResponseFuture<models::UserLogoutStage> {
        rt::operation!(Post "/stages/user_logout/" "stages_user_logout_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `DELETE /stages/user_logout/{stage_uuid}/` (`stages_user_logout_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/user_logout/{stage_uuid}/" "stages_user_logout_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_logout_list_request(&self, params: &UserLogoutListParams) -> rt::Request {
        rt::operation!(Get "/stages/user_logout/" "stages_user_logout_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// UserLogoutStage Viewset
    ///
    /// `GET /stages/user_logout/` (`stages_user_logout_list`).
    ///
    /// Optional parameters: [`UserLogoutListParams`].
    pub fn user_logout_list(
        &self,
        params: &UserLogoutListParams,
    ) -> ResponseFuture<models::PaginatedUserLogoutStageList> {
        self.user_logout_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_logout_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_logout_list_stream(
        &self,
        params: &UserLogoutListParams,
    ) -> PageStream<models::UserLogoutStage> {
        self.user_logout_list_request(params).paginate()
    }

    /// UserLogoutStage Viewset
    ///
    /// `PATCH /stages/user_logout/{stage_uuid}/` (`stages_user_logout_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedUserLogoutStageRequest,
    ) -> ResponseFuture<models::UserLogoutStage> {
        rt::operation!(
            Patch "/stages/user_logout/{stage_uuid}/" "stages_user_logout_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `GET /stages/user_logout/{stage_uuid}/` (`stages_user_logout_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::UserLogoutStage> {
        rt::operation!(
            Get "/stages/user_logout/{stage_uuid}/" "stages_user_logout_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `PUT /stages/user_logout/{stage_uuid}/` (`stages_user_logout_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::UserLogoutStageRequest,
    ) -> ResponseFuture<models::UserLogoutStage> {
        rt::operation!(
            Put "/stages/user_logout/{stage_uuid}/" "stages_user_logout_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_logout/{stage_uuid}/used_by/` (`stages_user_logout_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/user_logout/{stage_uuid}/used_by/"
            "stages_user_logout_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `POST /stages/user_write/` (`stages_user_write_create`).
    pub fn user_write_create(
        &self,
        body: &models::UserWriteStageRequest,
    ) -> ResponseFuture<models::UserWriteStage> {
        rt::operation!(Post "/stages/user_write/" "stages_user_write_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `DELETE /stages/user_write/{stage_uuid}/` (`stages_user_write_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_destroy(&self, stage_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/stages/user_write/{stage_uuid}/" "stages_user_write_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_write_list_request(&self, params: &UserWriteListParams) -> rt::Request {
        rt::operation!(Get "/stages/user_write/" "stages_user_write_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// UserWriteStage Viewset
    ///
    /// `GET /stages/user_write/` (`stages_user_write_list`).
    ///
    /// Optional parameters: [`UserWriteListParams`].
    pub fn user_write_list(
        &self,
        params: &UserWriteListParams,
    ) -> ResponseFuture<models::PaginatedUserWriteStageList> {
        self.user_write_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_write_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_write_list_stream(
        &self,
        params: &UserWriteListParams,
    ) -> PageStream<models::UserWriteStage> {
        self.user_write_list_request(params).paginate()
    }

    /// UserWriteStage Viewset
    ///
    /// `PATCH /stages/user_write/{stage_uuid}/` (`stages_user_write_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::PatchedUserWriteStageRequest,
    ) -> ResponseFuture<models::UserWriteStage> {
        rt::operation!(
            Patch "/stages/user_write/{stage_uuid}/" "stages_user_write_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `GET /stages/user_write/{stage_uuid}/` (`stages_user_write_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::UserWriteStage> {
        rt::operation!(
            Get "/stages/user_write/{stage_uuid}/" "stages_user_write_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `PUT /stages/user_write/{stage_uuid}/` (`stages_user_write_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &models::UserWriteStageRequest,
    ) -> ResponseFuture<models::UserWriteStage> {
        rt::operation!(
            Put "/stages/user_write/{stage_uuid}/" "stages_user_write_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_write/{stage_uuid}/used_by/` (`stages_user_write_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/stages/user_write/{stage_uuid}/used_by/"
            "stages_user_write_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::account_lockdown_list`] (`stages_account_lockdown_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AccountLockdownListParams {
        pub deactivate_user: Option<bool> => query "deactivate_user",
        pub delete_sessions: Option<bool> => query "delete_sessions",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub revoke_tokens: Option<bool> => query "revoke_tokens",
        /// A search term.
        pub search: Option<String> => query "search",
        pub self_service_completion_flow: Option<::uuid::Uuid> => query "self_service_completion_flow",
        pub set_unusable_password: Option<bool> => query "set_unusable_password",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::all_list`] (`stages_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllListParams {
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
    /// Optional parameters of [`StagesApi::authenticator_duo_list`] (`stages_authenticator_duo_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorDuoListParams {
        pub api_hostname: Option<String> => query "api_hostname",
        pub client_id: Option<String> => query "client_id",
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
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
    /// Optional parameters of [`StagesApi::authenticator_email_list`] (`stages_authenticator_email_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorEmailListParams {
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub friendly_name: Option<String> => query "friendly_name",
        pub from_address: Option<String> => query "from_address",
        pub host: Option<String> => query "host",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password: Option<String> => query "password",
        pub port: Option<i64> => query "port",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub subject: Option<String> => query "subject",
        pub template: Option<String> => query "template",
        pub timeout: Option<i64> => query "timeout",
        pub token_expiry: Option<String> => query "token_expiry",
        pub use_global_settings: Option<bool> => query "use_global_settings",
        pub use_ssl: Option<bool> => query "use_ssl",
        pub use_tls: Option<bool> => query "use_tls",
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::authenticator_endpoint_gdtc_list`] (`stages_authenticator_endpoint_gdtc_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorEndpointGdtcListParams {
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
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
    /// Optional parameters of [`StagesApi::authenticator_sms_list`] (`stages_authenticator_sms_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorSmsListParams {
        pub account_sid: Option<String> => query "account_sid",
        pub auth: Option<String> => query "auth",
        pub auth_password: Option<String> => query "auth_password",
        pub auth_type: Option<models::AuthTypeEnum> => query "auth_type",
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub friendly_name: Option<String> => query "friendly_name",
        pub from_number: Option<String> => query "from_number",
        pub mapping: Option<::uuid::Uuid> => query "mapping",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<models::ProviderEnum> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub verify_only: Option<bool> => query "verify_only",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::authenticator_static_list`] (`stages_authenticator_static_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorStaticListParams {
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub friendly_name: Option<String> => query "friendly_name",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub token_count: Option<i64> => query "token_count",
        pub token_length: Option<i64> => query "token_length",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::authenticator_totp_list`] (`stages_authenticator_totp_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorTotpListParams {
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub digits: Option<models::DigitsEnum> => query "digits",
        pub friendly_name: Option<String> => query "friendly_name",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::authenticator_validate_list`] (`stages_authenticator_validate_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorValidateListParams {
        pub configuration_stages: Option<Vec<::uuid::Uuid>> => query "configuration_stages",
        pub name: Option<String> => query "name",
        pub not_configured_action: Option<models::NotConfiguredActionEnum> => query "not_configured_action",
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
    /// Optional parameters of [`StagesApi::authenticator_webauthn_device_types_list`] (`stages_authenticator_webauthn_device_types_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorWebauthnDeviceTypesListParams {
        pub aaguid: Option<::uuid::Uuid> => query "aaguid",
        pub description: Option<String> => query "description",
        pub icon: Option<String> => query "icon",
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
    /// Optional parameters of [`StagesApi::authenticator_webauthn_list`] (`stages_authenticator_webauthn_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorWebauthnListParams {
        pub authenticator_attachment: Option<models::AuthenticatorAttachmentEnum> => query "authenticator_attachment",
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub device_type_restrictions: Option<Vec<::uuid::Uuid>> => query "device_type_restrictions",
        pub max_attempts: Option<i64> => query "max_attempts",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub resident_key_requirement: Option<models::UserVerificationEnum> => query "resident_key_requirement",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_verification: Option<models::UserVerificationEnum> => query "user_verification",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::captcha_list`] (`stages_captcha_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct CaptchaListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub public_key: Option<String> => query "public_key",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::consent_list`] (`stages_consent_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ConsentListParams {
        pub consent_expire_in: Option<String> => query "consent_expire_in",
        pub mode: Option<models::ConsentModeEnum> => query "mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::deny_list`] (`stages_deny_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DenyListParams {
        pub deny_message: Option<String> => query "deny_message",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::dummy_list`] (`stages_dummy_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DummyListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub throw_error: Option<bool> => query "throw_error",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::email_list`] (`stages_email_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EmailListParams {
        pub activate_user_on_success: Option<bool> => query "activate_user_on_success",
        pub from_address: Option<String> => query "from_address",
        pub host: Option<String> => query "host",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub port: Option<i64> => query "port",
        /// A search term.
        pub search: Option<String> => query "search",
        pub subject: Option<String> => query "subject",
        pub template: Option<String> => query "template",
        pub timeout: Option<i64> => query "timeout",
        pub token_expiry: Option<String> => query "token_expiry",
        pub use_global_settings: Option<bool> => query "use_global_settings",
        pub use_ssl: Option<bool> => query "use_ssl",
        pub use_tls: Option<bool> => query "use_tls",
        pub username: Option<String> => query "username",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::endpoints_list`] (`stages_endpoints_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EndpointsListParams {
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
    /// Optional parameters of [`StagesApi::identification_list`] (`stages_identification_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IdentificationListParams {
        pub captcha_stage: Option<::uuid::Uuid> => query "captcha_stage",
        pub case_insensitive_matching: Option<bool> => query "case_insensitive_matching",
        pub enrollment_flow: Option<::uuid::Uuid> => query "enrollment_flow",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password_stage: Option<::uuid::Uuid> => query "password_stage",
        pub passwordless_flow: Option<::uuid::Uuid> => query "passwordless_flow",
        pub recovery_flow: Option<::uuid::Uuid> => query "recovery_flow",
        /// A search term.
        pub search: Option<String> => query "search",
        pub show_matched_user: Option<bool> => query "show_matched_user",
        pub show_source_labels: Option<bool> => query "show_source_labels",
        pub webauthn_stage: Option<::uuid::Uuid> => query "webauthn_stage",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::invitation_invitations_list`] (`stages_invitation_invitations_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InvitationInvitationsListParams {
        pub created_by_username: Option<String> => query "created_by__username",
        pub expires: Option<super::runtime::DateTime> => query "expires",
        pub flow_slug: Option<String> => query "flow__slug",
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
    /// Optional parameters of [`StagesApi::invitation_stages_list`] (`stages_invitation_stages_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InvitationStagesListParams {
        pub continue_flow_without_invitation: Option<bool> => query "continue_flow_without_invitation",
        pub name: Option<String> => query "name",
        pub no_flows: Option<bool> => query "no_flows",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::mtls_list`] (`stages_mtls_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct MtlsListParams {
        pub cert_attribute: Option<models::CertAttributeEnum> => query "cert_attribute",
        pub certificate_authorities: Option<Vec<::uuid::Uuid>> => query "certificate_authorities",
        pub mode: Option<models::StageModeEnum> => query "mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub user_attribute: Option<models::UserAttributeEnum> => query "user_attribute",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::password_list`] (`stages_password_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PasswordListParams {
        pub allow_show_password: Option<bool> => query "allow_show_password",
        pub configure_flow: Option<::uuid::Uuid> => query "configure_flow",
        pub failed_attempts_before_cancel: Option<i64> => query "failed_attempts_before_cancel",
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
    /// Optional parameters of [`StagesApi::prompt_prompts_list`] (`stages_prompt_prompts_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PromptPromptsListParams {
        pub field_key: Option<String> => query "field_key",
        pub label: Option<String> => query "label",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub placeholder: Option<String> => query "placeholder",
        /// A search term.
        pub search: Option<String> => query "search",
        pub r#type: Option<models::PromptTypeEnum> => query "type",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::prompt_stages_list`] (`stages_prompt_stages_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PromptStagesListParams {
        pub fields: Option<Vec<::uuid::Uuid>> => query "fields",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub validation_policies: Option<Vec<::uuid::Uuid>> => query "validation_policies",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::redirect_list`] (`stages_redirect_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RedirectListParams {
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
    /// Optional parameters of [`StagesApi::source_list`] (`stages_source_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SourceListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub resume_timeout: Option<String> => query "resume_timeout",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source: Option<::uuid::Uuid> => query "source",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::user_delete_list`] (`stages_user_delete_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserDeleteListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::user_login_list`] (`stages_user_login_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserLoginListParams {
        /// Bind sessions created by this stage to the configured GeoIP location
        pub geoip_binding: Option<models::GeoipBindingEnum> => query "geoip_binding",
        pub name: Option<String> => query "name",
        /// Bind sessions created by this stage to the configured network
        pub network_binding: Option<models::NetworkBindingEnum> => query "network_binding",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub remember_device: Option<String> => query "remember_device",
        pub remember_me_offset: Option<String> => query "remember_me_offset",
        /// A search term.
        pub search: Option<String> => query "search",
        pub session_duration: Option<String> => query "session_duration",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub terminate_other_sessions: Option<bool> => query "terminate_other_sessions",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::user_logout_list`] (`stages_user_logout_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserLogoutListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`StagesApi::user_write_list`] (`stages_user_write_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserWriteListParams {
        pub create_users_as_inactive: Option<bool> => query "create_users_as_inactive",
        pub create_users_group: Option<::uuid::Uuid> => query "create_users_group",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage_uuid: Option<::uuid::Uuid> => query "stage_uuid",
        pub user_creation_mode: Option<models::UserCreationModeEnum> => query "user_creation_mode",
        pub user_path_template: Option<String> => query "user_path_template",
        pub user_type: Option<models::UserTypeEnum> => query "user_type",
    }
}
