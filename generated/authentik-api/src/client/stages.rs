//! Operations tagged `stages` (210).
use super::runtime::client as rt;

/// The operations tagged `stages`: `client.stages()`.
#[derive(Clone, Copy, Debug)]
pub struct StagesApi<'a> {
    pub(super) client: &'a super::Client,
}

impl StagesApi<'_> {
    /// AccountLockdownStage Viewset
    ///
    /// `POST /stages/account_lockdown/` (`stages_account_lockdown_create`).
    pub fn account_lockdown_create(
        &self,
        body: &super::models::AccountLockdownStageRequest,
    ) -> super::ResponseFuture<super::models::AccountLockdownStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_create",
            method: rt::Method::Post,
            path: "/stages/account_lockdown/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `DELETE /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_destroy",
            method: rt::Method::Delete,
            path: "/stages/account_lockdown/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn account_lockdown_list_request(
        &self,
        params: &AccountLockdownListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_list",
            method: rt::Method::Get,
            path: "/stages/account_lockdown/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("deactivate_user", &params.deactivate_user);
        request.query("delete_sessions", &params.delete_sessions);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("revoke_tokens", &params.revoke_tokens);
        request.query("search", &params.search);
        request
            .query("self_service_completion_flow", &params.self_service_completion_flow);
        request.query("set_unusable_password", &params.set_unusable_password);
        request.query("stage_uuid", &params.stage_uuid);
        request
    }

    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/` (`stages_account_lockdown_list`).
    ///
    /// Optional parameters: [`AccountLockdownListParams`].
    pub fn account_lockdown_list(
        &self,
        params: &AccountLockdownListParams,
    ) -> super::ResponseFuture<super::models::PaginatedAccountLockdownStageList> {
        self.account_lockdown_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::account_lockdown_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn account_lockdown_list_stream(
        &self,
        params: &AccountLockdownListParams,
    ) -> super::PageStream<super::models::AccountLockdownStage> {
        self.account_lockdown_list_request(params).paginate()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `PATCH /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::PatchedAccountLockdownStageRequest,
    ) -> super::ResponseFuture<super::models::AccountLockdownStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_partial_update",
            method: rt::Method::Patch,
            path: "/stages/account_lockdown/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::AccountLockdownStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_retrieve",
            method: rt::Method::Get,
            path: "/stages/account_lockdown/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AccountLockdownStage Viewset
    ///
    /// `PUT /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::AccountLockdownStageRequest,
    ) -> super::ResponseFuture<super::models::AccountLockdownStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_update",
            method: rt::Method::Put,
            path: "/stages/account_lockdown/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/used_by/` (`stages_account_lockdown_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Account Lockdown Stage.
    pub fn account_lockdown_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_account_lockdown_used_by_list",
            method: rt::Method::Get,
            path: "/stages/account_lockdown/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Stage Viewset
    ///
    /// `DELETE /stages/all/{stage_uuid}/` (`stages_all_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this stage.
    pub fn all_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_destroy",
            method: rt::Method::Delete,
            path: "/stages/all/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_list",
            method: rt::Method::Get,
            path: "/stages/all/",
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

    /// Stage Viewset
    ///
    /// `GET /stages/all/` (`stages_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> super::ResponseFuture<super::models::PaginatedStageList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> super::PageStream<super::models::Stage> {
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
    ) -> super::ResponseFuture<super::models::Stage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_retrieve",
            method: rt::Method::Get,
            path: "/stages/all/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /stages/all/types/` (`stages_all_types_list`).
    pub fn all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_types_list",
            method: rt::Method::Get,
            path: "/stages/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_used_by_list",
            method: rt::Method::Get,
            path: "/stages/all/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all stages the user can configure
    ///
    /// `GET /stages/all/user_settings/` (`stages_all_user_settings_list`).
    pub fn all_user_settings_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::UserSetting>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_all_user_settings_list",
            method: rt::Method::Get,
            path: "/stages/all/user_settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// AuthenticatorDuoStage Viewset
    ///
    /// `POST /stages/authenticator/duo/` (`stages_authenticator_duo_create`).
    pub fn authenticator_duo_create(
        &self,
        body: &super::models::AuthenticatorDuoStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorDuoStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/duo/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/duo/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::DuoDeviceEnrollmentStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_enrollment_status_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/duo/{stage_uuid}/enrollment_status/",
            security: super::SECURITY_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorDuoStageManualDeviceImportRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_import_device_manual_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/duo/{stage_uuid}/import_device_manual/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
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
    ) -> super::ResponseFuture<
        super::models::AuthenticatorDuoStageDeviceImportResponse,
    > {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_import_devices_automatic_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/duo/{stage_uuid}/import_devices_automatic/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    fn authenticator_duo_list_request(
        &self,
        params: &AuthenticatorDuoListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/duo/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("api_hostname", &params.api_hostname);
        request.query("client_id", &params.client_id);
        request.query("configure_flow", &params.configure_flow);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorDuoStageList> {
        self.authenticator_duo_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_duo_list_stream(
        &self,
        params: &AuthenticatorDuoListParams,
    ) -> super::PageStream<super::models::AuthenticatorDuoStage> {
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
        body: &super::models::PatchedAuthenticatorDuoStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorDuoStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/duo/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorDuoStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/duo/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorDuoStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorDuoStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/duo/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_duo_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/duo/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `POST /stages/authenticator/email/` (`stages_authenticator_email_create`).
    pub fn authenticator_email_create(
        &self,
        body: &super::models::AuthenticatorEmailStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `DELETE /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_email_list_request(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("configure_flow", &params.configure_flow);
        request.query("friendly_name", &params.friendly_name);
        request.query("from_address", &params.from_address);
        request.query("host", &params.host);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("password", &params.password);
        request.query("port", &params.port);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("subject", &params.subject);
        request.query("template", &params.template);
        request.query("timeout", &params.timeout);
        request.query("token_expiry", &params.token_expiry);
        request.query("use_global_settings", &params.use_global_settings);
        request.query("use_ssl", &params.use_ssl);
        request.query("use_tls", &params.use_tls);
        request.query("username", &params.username);
        request
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/` (`stages_authenticator_email_list`).
    ///
    /// Optional parameters: [`AuthenticatorEmailListParams`].
    pub fn authenticator_email_list(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorEmailStageList> {
        self.authenticator_email_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_email_list_stream(
        &self,
        params: &AuthenticatorEmailListParams,
    ) -> super::PageStream<super::models::AuthenticatorEmailStage> {
        self.authenticator_email_list_request(params).paginate()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `PATCH /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::PatchedAuthenticatorEmailStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::AuthenticatorEmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEmailStage Viewset
    ///
    /// `PUT /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::AuthenticatorEmailStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/used_by/` (`stages_authenticator_email_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Authenticator Setup Stage.
    pub fn authenticator_email_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_email_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/email/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `POST /stages/authenticator/endpoint_gdtc/` (`stages_authenticator_endpoint_gdtc_create`).
    pub fn authenticator_endpoint_gdtc_create(
        &self,
        body: &super::models::AuthenticatorEndpointGDTCStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEndpointGDTCStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/endpoint_gdtc/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/endpoint_gdtc/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_endpoint_gdtc_list_request(
        &self,
        params: &AuthenticatorEndpointGdtcListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/endpoint_gdtc/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("configure_flow", &params.configure_flow);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<
        super::models::PaginatedAuthenticatorEndpointGDTCStageList,
    > {
        self.authenticator_endpoint_gdtc_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_endpoint_gdtc_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_endpoint_gdtc_list_stream(
        &self,
        params: &AuthenticatorEndpointGdtcListParams,
    ) -> super::PageStream<super::models::AuthenticatorEndpointGDTCStage> {
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
        body: &super::models::PatchedAuthenticatorEndpointGDTCStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEndpointGDTCStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/endpoint_gdtc/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorEndpointGDTCStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/endpoint_gdtc/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorEndpointGDTCStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorEndpointGDTCStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/endpoint_gdtc/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_endpoint_gdtc_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/endpoint_gdtc/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorSMSStage Viewset
    ///
    /// `POST /stages/authenticator/sms/` (`stages_authenticator_sms_create`).
    pub fn authenticator_sms_create(
        &self,
        body: &super::models::AuthenticatorSMSStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorSMSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/sms/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/sms/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_sms_list_request(
        &self,
        params: &AuthenticatorSmsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/sms/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("account_sid", &params.account_sid);
        request.query("auth", &params.auth);
        request.query("auth_password", &params.auth_password);
        request.query("auth_type", &params.auth_type);
        request.query("configure_flow", &params.configure_flow);
        request.query("friendly_name", &params.friendly_name);
        request.query("from_number", &params.from_number);
        request.query("mapping", &params.mapping);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("verify_only", &params.verify_only);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorSMSStageList> {
        self.authenticator_sms_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_sms_list_stream(
        &self,
        params: &AuthenticatorSmsListParams,
    ) -> super::PageStream<super::models::AuthenticatorSMSStage> {
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
        body: &super::models::PatchedAuthenticatorSMSStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorSMSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/sms/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorSMSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/sms/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorSMSStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorSMSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/sms/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_sms_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/sms/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorStaticStage Viewset
    ///
    /// `POST /stages/authenticator/static/` (`stages_authenticator_static_create`).
    pub fn authenticator_static_create(
        &self,
        body: &super::models::AuthenticatorStaticStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorStaticStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/static/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/static/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_static_list_request(
        &self,
        params: &AuthenticatorStaticListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/static/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("configure_flow", &params.configure_flow);
        request.query("friendly_name", &params.friendly_name);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("token_count", &params.token_count);
        request.query("token_length", &params.token_length);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorStaticStageList> {
        self.authenticator_static_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_static_list_stream(
        &self,
        params: &AuthenticatorStaticListParams,
    ) -> super::PageStream<super::models::AuthenticatorStaticStage> {
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
        body: &super::models::PatchedAuthenticatorStaticStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorStaticStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/static/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorStaticStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/static/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorStaticStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorStaticStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/static/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_static_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/static/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorTOTPStage Viewset
    ///
    /// `POST /stages/authenticator/totp/` (`stages_authenticator_totp_create`).
    pub fn authenticator_totp_create(
        &self,
        body: &super::models::AuthenticatorTOTPStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorTOTPStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/totp/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/totp/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_totp_list_request(
        &self,
        params: &AuthenticatorTotpListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/totp/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("configure_flow", &params.configure_flow);
        request.query("digits", &params.digits);
        request.query("friendly_name", &params.friendly_name);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorTOTPStageList> {
        self.authenticator_totp_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_totp_list_stream(
        &self,
        params: &AuthenticatorTotpListParams,
    ) -> super::PageStream<super::models::AuthenticatorTOTPStage> {
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
        body: &super::models::PatchedAuthenticatorTOTPStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorTOTPStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/totp/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorTOTPStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/totp/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorTOTPStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorTOTPStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/totp/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_totp_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/totp/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorValidateStage Viewset
    ///
    /// `POST /stages/authenticator/validate/` (`stages_authenticator_validate_create`).
    pub fn authenticator_validate_create(
        &self,
        body: &super::models::AuthenticatorValidateStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorValidateStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/validate/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/validate/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_validate_list_request(
        &self,
        params: &AuthenticatorValidateListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/validate/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("configuration_stages", &params.configuration_stages);
        request.query("name", &params.name);
        request.query("not_configured_action", &params.not_configured_action);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorValidateStageList> {
        self.authenticator_validate_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_validate_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_validate_list_stream(
        &self,
        params: &AuthenticatorValidateListParams,
    ) -> super::PageStream<super::models::AuthenticatorValidateStage> {
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
        body: &super::models::PatchedAuthenticatorValidateStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorValidateStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/validate/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorValidateStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/validate/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorValidateStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorValidateStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/validate/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_validate_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/validate/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `POST /stages/authenticator/webauthn/` (`stages_authenticator_webauthn_create`).
    pub fn authenticator_webauthn_create(
        &self,
        body: &super::models::AuthenticatorWebAuthnStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorWebAuthnStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_create",
            method: rt::Method::Post,
            path: "/stages/authenticator/webauthn/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_destroy",
            method: rt::Method::Delete,
            path: "/stages/authenticator/webauthn/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn authenticator_webauthn_device_types_list_request(
        &self,
        params: &AuthenticatorWebauthnDeviceTypesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_device_types_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/webauthn_device_types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("aaguid", &params.aaguid);
        request.query("description", &params.description);
        request.query("icon", &params.icon);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedWebAuthnDeviceTypeList> {
        self.authenticator_webauthn_device_types_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_webauthn_device_types_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_webauthn_device_types_list_stream(
        &self,
        params: &AuthenticatorWebauthnDeviceTypesListParams,
    ) -> super::PageStream<super::models::WebAuthnDeviceType> {
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
    ) -> super::ResponseFuture<super::models::WebAuthnDeviceType> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_device_types_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/webauthn_device_types/{aaguid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("aaguid", &aaguid);
        request.send_json()
    }

    fn authenticator_webauthn_list_request(
        &self,
        params: &AuthenticatorWebauthnListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/webauthn/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("authenticator_attachment", &params.authenticator_attachment);
        request.query("configure_flow", &params.configure_flow);
        request.query("device_type_restrictions", &params.device_type_restrictions);
        request.query("max_attempts", &params.max_attempts);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("resident_key_requirement", &params.resident_key_requirement);
        request.query("search", &params.search);
        request.query("user_verification", &params.user_verification);
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
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatorWebAuthnStageList> {
        self.authenticator_webauthn_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::authenticator_webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticator_webauthn_list_stream(
        &self,
        params: &AuthenticatorWebauthnListParams,
    ) -> super::PageStream<super::models::AuthenticatorWebAuthnStage> {
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
        body: &super::models::PatchedAuthenticatorWebAuthnStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorWebAuthnStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_partial_update",
            method: rt::Method::Patch,
            path: "/stages/authenticator/webauthn/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::AuthenticatorWebAuthnStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_retrieve",
            method: rt::Method::Get,
            path: "/stages/authenticator/webauthn/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::AuthenticatorWebAuthnStageRequest,
    ) -> super::ResponseFuture<super::models::AuthenticatorWebAuthnStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_update",
            method: rt::Method::Put,
            path: "/stages/authenticator/webauthn/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_authenticator_webauthn_used_by_list",
            method: rt::Method::Get,
            path: "/stages/authenticator/webauthn/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `POST /stages/captcha/` (`stages_captcha_create`).
    pub fn captcha_create(
        &self,
        body: &super::models::CaptchaStageRequest,
    ) -> super::ResponseFuture<super::models::CaptchaStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_create",
            method: rt::Method::Post,
            path: "/stages/captcha/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// CaptchaStage Viewset
    ///
    /// `DELETE /stages/captcha/{stage_uuid}/` (`stages_captcha_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Captcha Stage.
    pub fn captcha_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_destroy",
            method: rt::Method::Delete,
            path: "/stages/captcha/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn captcha_list_request(&self, params: &CaptchaListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_list",
            method: rt::Method::Get,
            path: "/stages/captcha/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("public_key", &params.public_key);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedCaptchaStageList> {
        self.captcha_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::captcha_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn captcha_list_stream(
        &self,
        params: &CaptchaListParams,
    ) -> super::PageStream<super::models::CaptchaStage> {
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
        body: &super::models::PatchedCaptchaStageRequest,
    ) -> super::ResponseFuture<super::models::CaptchaStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_partial_update",
            method: rt::Method::Patch,
            path: "/stages/captcha/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::CaptchaStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_retrieve",
            method: rt::Method::Get,
            path: "/stages/captcha/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::CaptchaStageRequest,
    ) -> super::ResponseFuture<super::models::CaptchaStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_update",
            method: rt::Method::Put,
            path: "/stages/captcha/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_captcha_used_by_list",
            method: rt::Method::Get,
            path: "/stages/captcha/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `POST /stages/consent/` (`stages_consent_create`).
    pub fn consent_create(
        &self,
        body: &super::models::ConsentStageRequest,
    ) -> super::ResponseFuture<super::models::ConsentStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_create",
            method: rt::Method::Post,
            path: "/stages/consent/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ConsentStage Viewset
    ///
    /// `DELETE /stages/consent/{stage_uuid}/` (`stages_consent_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Consent Stage.
    pub fn consent_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_destroy",
            method: rt::Method::Delete,
            path: "/stages/consent/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn consent_list_request(&self, params: &ConsentListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_list",
            method: rt::Method::Get,
            path: "/stages/consent/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("consent_expire_in", &params.consent_expire_in);
        request.query("mode", &params.mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedConsentStageList> {
        self.consent_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::consent_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn consent_list_stream(
        &self,
        params: &ConsentListParams,
    ) -> super::PageStream<super::models::ConsentStage> {
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
        body: &super::models::PatchedConsentStageRequest,
    ) -> super::ResponseFuture<super::models::ConsentStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_partial_update",
            method: rt::Method::Patch,
            path: "/stages/consent/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::ConsentStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_retrieve",
            method: rt::Method::Get,
            path: "/stages/consent/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::ConsentStageRequest,
    ) -> super::ResponseFuture<super::models::ConsentStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_update",
            method: rt::Method::Put,
            path: "/stages/consent/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_consent_used_by_list",
            method: rt::Method::Get,
            path: "/stages/consent/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `POST /stages/deny/` (`stages_deny_create`).
    pub fn deny_create(
        &self,
        body: &super::models::DenyStageRequest,
    ) -> super::ResponseFuture<super::models::DenyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_create",
            method: rt::Method::Post,
            path: "/stages/deny/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DenyStage Viewset
    ///
    /// `DELETE /stages/deny/{stage_uuid}/` (`stages_deny_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Deny Stage.
    pub fn deny_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_destroy",
            method: rt::Method::Delete,
            path: "/stages/deny/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn deny_list_request(&self, params: &DenyListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_list",
            method: rt::Method::Get,
            path: "/stages/deny/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("deny_message", &params.deny_message);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedDenyStageList> {
        self.deny_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::deny_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn deny_list_stream(
        &self,
        params: &DenyListParams,
    ) -> super::PageStream<super::models::DenyStage> {
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
        body: &super::models::PatchedDenyStageRequest,
    ) -> super::ResponseFuture<super::models::DenyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_partial_update",
            method: rt::Method::Patch,
            path: "/stages/deny/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::DenyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_retrieve",
            method: rt::Method::Get,
            path: "/stages/deny/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::DenyStageRequest,
    ) -> super::ResponseFuture<super::models::DenyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_update",
            method: rt::Method::Put,
            path: "/stages/deny/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_deny_used_by_list",
            method: rt::Method::Get,
            path: "/stages/deny/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `POST /stages/dummy/` (`stages_dummy_create`).
    pub fn dummy_create(
        &self,
        body: &super::models::DummyStageRequest,
    ) -> super::ResponseFuture<super::models::DummyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_create",
            method: rt::Method::Post,
            path: "/stages/dummy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DummyStage Viewset
    ///
    /// `DELETE /stages/dummy/{stage_uuid}/` (`stages_dummy_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Dummy Stage.
    pub fn dummy_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_destroy",
            method: rt::Method::Delete,
            path: "/stages/dummy/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn dummy_list_request(&self, params: &DummyListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_list",
            method: rt::Method::Get,
            path: "/stages/dummy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("throw_error", &params.throw_error);
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
    ) -> super::ResponseFuture<super::models::PaginatedDummyStageList> {
        self.dummy_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::dummy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn dummy_list_stream(
        &self,
        params: &DummyListParams,
    ) -> super::PageStream<super::models::DummyStage> {
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
        body: &super::models::PatchedDummyStageRequest,
    ) -> super::ResponseFuture<super::models::DummyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_partial_update",
            method: rt::Method::Patch,
            path: "/stages/dummy/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::DummyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_retrieve",
            method: rt::Method::Get,
            path: "/stages/dummy/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::DummyStageRequest,
    ) -> super::ResponseFuture<super::models::DummyStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_update",
            method: rt::Method::Put,
            path: "/stages/dummy/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_dummy_used_by_list",
            method: rt::Method::Get,
            path: "/stages/dummy/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EmailStage Viewset
    ///
    /// `POST /stages/email/` (`stages_email_create`).
    pub fn email_create(
        &self,
        body: &super::models::EmailStageRequest,
    ) -> super::ResponseFuture<super::models::EmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_create",
            method: rt::Method::Post,
            path: "/stages/email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// EmailStage Viewset
    ///
    /// `DELETE /stages/email/{stage_uuid}/` (`stages_email_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Email Stage.
    pub fn email_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_destroy",
            method: rt::Method::Delete,
            path: "/stages/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn email_list_request(&self, params: &EmailListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_list",
            method: rt::Method::Get,
            path: "/stages/email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("activate_user_on_success", &params.activate_user_on_success);
        request.query("from_address", &params.from_address);
        request.query("host", &params.host);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("port", &params.port);
        request.query("search", &params.search);
        request.query("subject", &params.subject);
        request.query("template", &params.template);
        request.query("timeout", &params.timeout);
        request.query("token_expiry", &params.token_expiry);
        request.query("use_global_settings", &params.use_global_settings);
        request.query("use_ssl", &params.use_ssl);
        request.query("use_tls", &params.use_tls);
        request.query("username", &params.username);
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
    ) -> super::ResponseFuture<super::models::PaginatedEmailStageList> {
        self.email_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn email_list_stream(
        &self,
        params: &EmailListParams,
    ) -> super::PageStream<super::models::EmailStage> {
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
        body: &super::models::PatchedEmailStageRequest,
    ) -> super::ResponseFuture<super::models::EmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_partial_update",
            method: rt::Method::Patch,
            path: "/stages/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::EmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_retrieve",
            method: rt::Method::Get,
            path: "/stages/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Get all available templates, including custom templates
    ///
    /// `GET /stages/email/templates/` (`stages_email_templates_list`).
    pub fn email_templates_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_templates_list",
            method: rt::Method::Get,
            path: "/stages/email/templates/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::EmailStageRequest,
    ) -> super::ResponseFuture<super::models::EmailStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_update",
            method: rt::Method::Put,
            path: "/stages/email/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_email_used_by_list",
            method: rt::Method::Get,
            path: "/stages/email/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `POST /stages/endpoints/` (`stages_endpoints_create`).
    pub fn endpoints_create(
        &self,
        body: &super::models::EndpointStageRequest,
    ) -> super::ResponseFuture<super::models::EndpointStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_create",
            method: rt::Method::Post,
            path: "/stages/endpoints/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `DELETE /stages/endpoints/{stage_uuid}/` (`stages_endpoints_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_destroy",
            method: rt::Method::Delete,
            path: "/stages/endpoints/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn endpoints_list_request(&self, params: &EndpointsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_list",
            method: rt::Method::Get,
            path: "/stages/endpoints/",
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

    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/` (`stages_endpoints_list`).
    ///
    /// Optional parameters: [`EndpointsListParams`].
    pub fn endpoints_list(
        &self,
        params: &EndpointsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEndpointStageList> {
        self.endpoints_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::endpoints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoints_list_stream(
        &self,
        params: &EndpointsListParams,
    ) -> super::PageStream<super::models::EndpointStage> {
        self.endpoints_list_request(params).paginate()
    }

    /// EndpointStage Viewset
    ///
    /// `PATCH /stages/endpoints/{stage_uuid}/` (`stages_endpoints_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::PatchedEndpointStageRequest,
    ) -> super::ResponseFuture<super::models::EndpointStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_partial_update",
            method: rt::Method::Patch,
            path: "/stages/endpoints/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/{stage_uuid}/` (`stages_endpoints_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::EndpointStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_retrieve",
            method: rt::Method::Get,
            path: "/stages/endpoints/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// EndpointStage Viewset
    ///
    /// `PUT /stages/endpoints/{stage_uuid}/` (`stages_endpoints_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::EndpointStageRequest,
    ) -> super::ResponseFuture<super::models::EndpointStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_update",
            method: rt::Method::Put,
            path: "/stages/endpoints/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/endpoints/{stage_uuid}/used_by/` (`stages_endpoints_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Endpoint Stage.
    pub fn endpoints_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_endpoints_used_by_list",
            method: rt::Method::Get,
            path: "/stages/endpoints/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// IdentificationStage Viewset
    ///
    /// `POST /stages/identification/` (`stages_identification_create`).
    pub fn identification_create(
        &self,
        body: &super::models::IdentificationStageRequest,
    ) -> super::ResponseFuture<super::models::IdentificationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_create",
            method: rt::Method::Post,
            path: "/stages/identification/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_destroy",
            method: rt::Method::Delete,
            path: "/stages/identification/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn identification_list_request(
        &self,
        params: &IdentificationListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_list",
            method: rt::Method::Get,
            path: "/stages/identification/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("captcha_stage", &params.captcha_stage);
        request.query("case_insensitive_matching", &params.case_insensitive_matching);
        request.query("enrollment_flow", &params.enrollment_flow);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("password_stage", &params.password_stage);
        request.query("passwordless_flow", &params.passwordless_flow);
        request.query("recovery_flow", &params.recovery_flow);
        request.query("search", &params.search);
        request.query("show_matched_user", &params.show_matched_user);
        request.query("show_source_labels", &params.show_source_labels);
        request.query("webauthn_stage", &params.webauthn_stage);
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
    ) -> super::ResponseFuture<super::models::PaginatedIdentificationStageList> {
        self.identification_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::identification_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn identification_list_stream(
        &self,
        params: &IdentificationListParams,
    ) -> super::PageStream<super::models::IdentificationStage> {
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
        body: &super::models::PatchedIdentificationStageRequest,
    ) -> super::ResponseFuture<super::models::IdentificationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_partial_update",
            method: rt::Method::Patch,
            path: "/stages/identification/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::IdentificationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_retrieve",
            method: rt::Method::Get,
            path: "/stages/identification/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::IdentificationStageRequest,
    ) -> super::ResponseFuture<super::models::IdentificationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_update",
            method: rt::Method::Put,
            path: "/stages/identification/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_identification_used_by_list",
            method: rt::Method::Get,
            path: "/stages/identification/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Invitation Viewset
    ///
    /// `POST /stages/invitation/invitations/` (`stages_invitation_invitations_create`).
    pub fn invitation_invitations_create(
        &self,
        body: &super::models::InvitationRequest,
    ) -> super::ResponseFuture<super::models::Invitation> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_create",
            method: rt::Method::Post,
            path: "/stages/invitation/invitations/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_destroy",
            method: rt::Method::Delete,
            path: "/stages/invitation/invitations/{invite_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_empty()
    }

    fn invitation_invitations_list_request(
        &self,
        params: &InvitationInvitationsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_list",
            method: rt::Method::Get,
            path: "/stages/invitation/invitations/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created_by__username", &params.created_by_username);
        request.query("expires", &params.expires);
        request.query("flow__slug", &params.flow_slug);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedInvitationList> {
        self.invitation_invitations_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::invitation_invitations_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn invitation_invitations_list_stream(
        &self,
        params: &InvitationInvitationsListParams,
    ) -> super::PageStream<super::models::Invitation> {
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
        body: &super::models::PatchedInvitationRequest,
    ) -> super::ResponseFuture<super::models::Invitation> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_partial_update",
            method: rt::Method::Patch,
            path: "/stages/invitation/invitations/{invite_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::Invitation> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_retrieve",
            method: rt::Method::Get,
            path: "/stages/invitation/invitations/{invite_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_json()
    }

    /// Send invitation link via email to one or more addresses
    ///
    /// `POST /stages/invitation/invitations/{invite_uuid}/send_email/` (`stages_invitation_invitations_send_email_create`).
    ///
    /// - `invite_uuid`: A UUID string identifying this Invitation.
    pub fn invitation_invitations_send_email_create(
        &self,
        invite_uuid: ::uuid::Uuid,
        body: &super::models::InvitationSendEmailRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_send_email_create",
            method: rt::Method::Post,
            path: "/stages/invitation/invitations/{invite_uuid}/send_email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::InvitationRequest,
    ) -> super::ResponseFuture<super::models::Invitation> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_update",
            method: rt::Method::Put,
            path: "/stages/invitation/invitations/{invite_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_invitations_used_by_list",
            method: rt::Method::Get,
            path: "/stages/invitation/invitations/{invite_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("invite_uuid", &invite_uuid);
        request.send_json()
    }

    /// InvitationStage Viewset
    ///
    /// `POST /stages/invitation/stages/` (`stages_invitation_stages_create`).
    pub fn invitation_stages_create(
        &self,
        body: &super::models::InvitationStageRequest,
    ) -> super::ResponseFuture<super::models::InvitationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_create",
            method: rt::Method::Post,
            path: "/stages/invitation/stages/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_destroy",
            method: rt::Method::Delete,
            path: "/stages/invitation/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn invitation_stages_list_request(
        &self,
        params: &InvitationStagesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_list",
            method: rt::Method::Get,
            path: "/stages/invitation/stages/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request
            .query(
                "continue_flow_without_invitation",
                &params.continue_flow_without_invitation,
            );
        request.query("name", &params.name);
        request.query("no_flows", &params.no_flows);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedInvitationStageList> {
        self.invitation_stages_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::invitation_stages_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn invitation_stages_list_stream(
        &self,
        params: &InvitationStagesListParams,
    ) -> super::PageStream<super::models::InvitationStage> {
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
        body: &super::models::PatchedInvitationStageRequest,
    ) -> super::ResponseFuture<super::models::InvitationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_partial_update",
            method: rt::Method::Patch,
            path: "/stages/invitation/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::InvitationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_retrieve",
            method: rt::Method::Get,
            path: "/stages/invitation/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::InvitationStageRequest,
    ) -> super::ResponseFuture<super::models::InvitationStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_update",
            method: rt::Method::Put,
            path: "/stages/invitation/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_invitation_stages_used_by_list",
            method: rt::Method::Get,
            path: "/stages/invitation/stages/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `POST /stages/mtls/` (`stages_mtls_create`).
    pub fn mtls_create(
        &self,
        body: &super::models::MutualTLSStageRequest,
    ) -> super::ResponseFuture<super::models::MutualTLSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_create",
            method: rt::Method::Post,
            path: "/stages/mtls/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `DELETE /stages/mtls/{stage_uuid}/` (`stages_mtls_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_destroy",
            method: rt::Method::Delete,
            path: "/stages/mtls/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn mtls_list_request(&self, params: &MtlsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_list",
            method: rt::Method::Get,
            path: "/stages/mtls/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("cert_attribute", &params.cert_attribute);
        request.query("certificate_authorities", &params.certificate_authorities);
        request.query("mode", &params.mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("user_attribute", &params.user_attribute);
        request
    }

    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/` (`stages_mtls_list`).
    ///
    /// Optional parameters: [`MtlsListParams`].
    pub fn mtls_list(
        &self,
        params: &MtlsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedMutualTLSStageList> {
        self.mtls_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::mtls_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn mtls_list_stream(
        &self,
        params: &MtlsListParams,
    ) -> super::PageStream<super::models::MutualTLSStage> {
        self.mtls_list_request(params).paginate()
    }

    /// MutualTLSStage Viewset
    ///
    /// `PATCH /stages/mtls/{stage_uuid}/` (`stages_mtls_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::PatchedMutualTLSStageRequest,
    ) -> super::ResponseFuture<super::models::MutualTLSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_partial_update",
            method: rt::Method::Patch,
            path: "/stages/mtls/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/{stage_uuid}/` (`stages_mtls_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::MutualTLSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_retrieve",
            method: rt::Method::Get,
            path: "/stages/mtls/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// MutualTLSStage Viewset
    ///
    /// `PUT /stages/mtls/{stage_uuid}/` (`stages_mtls_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::MutualTLSStageRequest,
    ) -> super::ResponseFuture<super::models::MutualTLSStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_update",
            method: rt::Method::Put,
            path: "/stages/mtls/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/mtls/{stage_uuid}/used_by/` (`stages_mtls_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Mutual TLS Stage.
    pub fn mtls_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_mtls_used_by_list",
            method: rt::Method::Get,
            path: "/stages/mtls/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `POST /stages/password/` (`stages_password_create`).
    pub fn password_create(
        &self,
        body: &super::models::PasswordStageRequest,
    ) -> super::ResponseFuture<super::models::PasswordStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_create",
            method: rt::Method::Post,
            path: "/stages/password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PasswordStage Viewset
    ///
    /// `DELETE /stages/password/{stage_uuid}/` (`stages_password_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Password Stage.
    pub fn password_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_destroy",
            method: rt::Method::Delete,
            path: "/stages/password/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn password_list_request(&self, params: &PasswordListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_list",
            method: rt::Method::Get,
            path: "/stages/password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("allow_show_password", &params.allow_show_password);
        request.query("configure_flow", &params.configure_flow);
        request
            .query(
                "failed_attempts_before_cancel",
                &params.failed_attempts_before_cancel,
            );
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedPasswordStageList> {
        self.password_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_list_stream(
        &self,
        params: &PasswordListParams,
    ) -> super::PageStream<super::models::PasswordStage> {
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
        body: &super::models::PatchedPasswordStageRequest,
    ) -> super::ResponseFuture<super::models::PasswordStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_partial_update",
            method: rt::Method::Patch,
            path: "/stages/password/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::PasswordStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_retrieve",
            method: rt::Method::Get,
            path: "/stages/password/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PasswordStageRequest,
    ) -> super::ResponseFuture<super::models::PasswordStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_update",
            method: rt::Method::Put,
            path: "/stages/password/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_password_used_by_list",
            method: rt::Method::Get,
            path: "/stages/password/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// Prompt Viewset
    ///
    /// `POST /stages/prompt/prompts/` (`stages_prompt_prompts_create`).
    pub fn prompt_prompts_create(
        &self,
        body: &super::models::PromptRequest,
    ) -> super::ResponseFuture<super::models::Prompt> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_create",
            method: rt::Method::Post,
            path: "/stages/prompt/prompts/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_destroy",
            method: rt::Method::Delete,
            path: "/stages/prompt/prompts/{prompt_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.send_empty()
    }

    fn prompt_prompts_list_request(
        &self,
        params: &PromptPromptsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_list",
            method: rt::Method::Get,
            path: "/stages/prompt/prompts/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("field_key", &params.field_key);
        request.query("label", &params.label);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("placeholder", &params.placeholder);
        request.query("search", &params.search);
        request.query("type", &params.r#type);
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
    ) -> super::ResponseFuture<super::models::PaginatedPromptList> {
        self.prompt_prompts_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::prompt_prompts_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn prompt_prompts_list_stream(
        &self,
        params: &PromptPromptsListParams,
    ) -> super::PageStream<super::models::Prompt> {
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
        body: &super::models::PatchedPromptRequest,
    ) -> super::ResponseFuture<super::models::Prompt> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_partial_update",
            method: rt::Method::Patch,
            path: "/stages/prompt/prompts/{prompt_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PromptRequest,
    ) -> super::ResponseFuture<super::models::PromptChallenge> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_preview_create",
            method: rt::Method::Post,
            path: "/stages/prompt/prompts/preview/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::Prompt> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_retrieve",
            method: rt::Method::Get,
            path: "/stages/prompt/prompts/{prompt_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PromptRequest,
    ) -> super::ResponseFuture<super::models::Prompt> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_update",
            method: rt::Method::Put,
            path: "/stages/prompt/prompts/{prompt_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_prompts_used_by_list",
            method: rt::Method::Get,
            path: "/stages/prompt/prompts/{prompt_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("prompt_uuid", &prompt_uuid);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `POST /stages/prompt/stages/` (`stages_prompt_stages_create`).
    pub fn prompt_stages_create(
        &self,
        body: &super::models::PromptStageRequest,
    ) -> super::ResponseFuture<super::models::PromptStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_create",
            method: rt::Method::Post,
            path: "/stages/prompt/stages/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PromptStage Viewset
    ///
    /// `DELETE /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Prompt Stage.
    pub fn prompt_stages_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_destroy",
            method: rt::Method::Delete,
            path: "/stages/prompt/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn prompt_stages_list_request(
        &self,
        params: &PromptStagesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_list",
            method: rt::Method::Get,
            path: "/stages/prompt/stages/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("fields", &params.fields);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("validation_policies", &params.validation_policies);
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
    ) -> super::ResponseFuture<super::models::PaginatedPromptStageList> {
        self.prompt_stages_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::prompt_stages_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn prompt_stages_list_stream(
        &self,
        params: &PromptStagesListParams,
    ) -> super::PageStream<super::models::PromptStage> {
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
        body: &super::models::PatchedPromptStageRequest,
    ) -> super::ResponseFuture<super::models::PromptStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_partial_update",
            method: rt::Method::Patch,
            path: "/stages/prompt/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::PromptStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_retrieve",
            method: rt::Method::Get,
            path: "/stages/prompt/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PromptStageRequest,
    ) -> super::ResponseFuture<super::models::PromptStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_update",
            method: rt::Method::Put,
            path: "/stages/prompt/stages/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_prompt_stages_used_by_list",
            method: rt::Method::Get,
            path: "/stages/prompt/stages/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `POST /stages/redirect/` (`stages_redirect_create`).
    pub fn redirect_create(
        &self,
        body: &super::models::RedirectStageRequest,
    ) -> super::ResponseFuture<super::models::RedirectStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_create",
            method: rt::Method::Post,
            path: "/stages/redirect/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `DELETE /stages/redirect/{stage_uuid}/` (`stages_redirect_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_destroy",
            method: rt::Method::Delete,
            path: "/stages/redirect/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn redirect_list_request(&self, params: &RedirectListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_list",
            method: rt::Method::Get,
            path: "/stages/redirect/",
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

    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/` (`stages_redirect_list`).
    ///
    /// Optional parameters: [`RedirectListParams`].
    pub fn redirect_list(
        &self,
        params: &RedirectListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRedirectStageList> {
        self.redirect_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::redirect_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn redirect_list_stream(
        &self,
        params: &RedirectListParams,
    ) -> super::PageStream<super::models::RedirectStage> {
        self.redirect_list_request(params).paginate()
    }

    /// RedirectStage Viewset
    ///
    /// `PATCH /stages/redirect/{stage_uuid}/` (`stages_redirect_partial_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_partial_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::PatchedRedirectStageRequest,
    ) -> super::ResponseFuture<super::models::RedirectStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_partial_update",
            method: rt::Method::Patch,
            path: "/stages/redirect/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/{stage_uuid}/` (`stages_redirect_retrieve`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_retrieve(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RedirectStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_retrieve",
            method: rt::Method::Get,
            path: "/stages/redirect/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// RedirectStage Viewset
    ///
    /// `PUT /stages/redirect/{stage_uuid}/` (`stages_redirect_update`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_update(
        &self,
        stage_uuid: ::uuid::Uuid,
        body: &super::models::RedirectStageRequest,
    ) -> super::ResponseFuture<super::models::RedirectStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_update",
            method: rt::Method::Put,
            path: "/stages/redirect/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/redirect/{stage_uuid}/used_by/` (`stages_redirect_used_by_list`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Redirect Stage.
    pub fn redirect_used_by_list(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_redirect_used_by_list",
            method: rt::Method::Get,
            path: "/stages/redirect/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `POST /stages/source/` (`stages_source_create`).
    pub fn source_create(
        &self,
        body: &super::models::SourceStageRequest,
    ) -> super::ResponseFuture<super::models::SourceStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_create",
            method: rt::Method::Post,
            path: "/stages/source/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SourceStage Viewset
    ///
    /// `DELETE /stages/source/{stage_uuid}/` (`stages_source_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this Source Stage.
    pub fn source_destroy(&self, stage_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_destroy",
            method: rt::Method::Delete,
            path: "/stages/source/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn source_list_request(&self, params: &SourceListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_list",
            method: rt::Method::Get,
            path: "/stages/source/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("resume_timeout", &params.resume_timeout);
        request.query("search", &params.search);
        request.query("source", &params.source);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedSourceStageList> {
        self.source_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::source_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn source_list_stream(
        &self,
        params: &SourceListParams,
    ) -> super::PageStream<super::models::SourceStage> {
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
        body: &super::models::PatchedSourceStageRequest,
    ) -> super::ResponseFuture<super::models::SourceStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_partial_update",
            method: rt::Method::Patch,
            path: "/stages/source/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::SourceStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_retrieve",
            method: rt::Method::Get,
            path: "/stages/source/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SourceStageRequest,
    ) -> super::ResponseFuture<super::models::SourceStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_update",
            method: rt::Method::Put,
            path: "/stages/source/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_source_used_by_list",
            method: rt::Method::Get,
            path: "/stages/source/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `POST /stages/user_delete/` (`stages_user_delete_create`).
    pub fn user_delete_create(
        &self,
        body: &super::models::UserDeleteStageRequest,
    ) -> super::ResponseFuture<super::models::UserDeleteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_create",
            method: rt::Method::Post,
            path: "/stages/user_delete/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserDeleteStage Viewset
    ///
    /// `DELETE /stages/user_delete/{stage_uuid}/` (`stages_user_delete_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Delete Stage.
    pub fn user_delete_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_destroy",
            method: rt::Method::Delete,
            path: "/stages/user_delete/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_delete_list_request(&self, params: &UserDeleteListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_list",
            method: rt::Method::Get,
            path: "/stages/user_delete/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserDeleteStageList> {
        self.user_delete_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_delete_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_delete_list_stream(
        &self,
        params: &UserDeleteListParams,
    ) -> super::PageStream<super::models::UserDeleteStage> {
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
        body: &super::models::PatchedUserDeleteStageRequest,
    ) -> super::ResponseFuture<super::models::UserDeleteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_partial_update",
            method: rt::Method::Patch,
            path: "/stages/user_delete/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserDeleteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_retrieve",
            method: rt::Method::Get,
            path: "/stages/user_delete/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserDeleteStageRequest,
    ) -> super::ResponseFuture<super::models::UserDeleteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_update",
            method: rt::Method::Put,
            path: "/stages/user_delete/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_delete_used_by_list",
            method: rt::Method::Get,
            path: "/stages/user_delete/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `POST /stages/user_login/` (`stages_user_login_create`).
    pub fn user_login_create(
        &self,
        body: &super::models::UserLoginStageRequest,
    ) -> super::ResponseFuture<super::models::UserLoginStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_create",
            method: rt::Method::Post,
            path: "/stages/user_login/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserLoginStage Viewset
    ///
    /// `DELETE /stages/user_login/{stage_uuid}/` (`stages_user_login_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Login Stage.
    pub fn user_login_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_destroy",
            method: rt::Method::Delete,
            path: "/stages/user_login/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_login_list_request(&self, params: &UserLoginListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_list",
            method: rt::Method::Get,
            path: "/stages/user_login/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("geoip_binding", &params.geoip_binding);
        request.query("name", &params.name);
        request.query("network_binding", &params.network_binding);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("remember_device", &params.remember_device);
        request.query("remember_me_offset", &params.remember_me_offset);
        request.query("search", &params.search);
        request.query("session_duration", &params.session_duration);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("terminate_other_sessions", &params.terminate_other_sessions);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserLoginStageList> {
        self.user_login_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_login_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_login_list_stream(
        &self,
        params: &UserLoginListParams,
    ) -> super::PageStream<super::models::UserLoginStage> {
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
        body: &super::models::PatchedUserLoginStageRequest,
    ) -> super::ResponseFuture<super::models::UserLoginStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_partial_update",
            method: rt::Method::Patch,
            path: "/stages/user_login/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserLoginStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_retrieve",
            method: rt::Method::Get,
            path: "/stages/user_login/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserLoginStageRequest,
    ) -> super::ResponseFuture<super::models::UserLoginStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_update",
            method: rt::Method::Put,
            path: "/stages/user_login/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_login_used_by_list",
            method: rt::Method::Get,
            path: "/stages/user_login/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `POST /stages/user_logout/` (`stages_user_logout_create`).
    pub fn user_logout_create(
        &self,
        body: &super::models::UserLogoutStageRequest,
    ) -> super::ResponseFuture<super::models::UserLogoutStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_create",
            method: rt::Method::Post,
            path: "/stages/user_logout/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserLogoutStage Viewset
    ///
    /// `DELETE /stages/user_logout/{stage_uuid}/` (`stages_user_logout_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Logout Stage.
    pub fn user_logout_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_destroy",
            method: rt::Method::Delete,
            path: "/stages/user_logout/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_logout_list_request(&self, params: &UserLogoutListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_list",
            method: rt::Method::Get,
            path: "/stages/user_logout/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserLogoutStageList> {
        self.user_logout_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_logout_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_logout_list_stream(
        &self,
        params: &UserLogoutListParams,
    ) -> super::PageStream<super::models::UserLogoutStage> {
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
        body: &super::models::PatchedUserLogoutStageRequest,
    ) -> super::ResponseFuture<super::models::UserLogoutStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_partial_update",
            method: rt::Method::Patch,
            path: "/stages/user_logout/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserLogoutStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_retrieve",
            method: rt::Method::Get,
            path: "/stages/user_logout/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserLogoutStageRequest,
    ) -> super::ResponseFuture<super::models::UserLogoutStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_update",
            method: rt::Method::Put,
            path: "/stages/user_logout/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_logout_used_by_list",
            method: rt::Method::Get,
            path: "/stages/user_logout/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `POST /stages/user_write/` (`stages_user_write_create`).
    pub fn user_write_create(
        &self,
        body: &super::models::UserWriteStageRequest,
    ) -> super::ResponseFuture<super::models::UserWriteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_create",
            method: rt::Method::Post,
            path: "/stages/user_write/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserWriteStage Viewset
    ///
    /// `DELETE /stages/user_write/{stage_uuid}/` (`stages_user_write_destroy`).
    ///
    /// - `stage_uuid`: A UUID string identifying this User Write Stage.
    pub fn user_write_destroy(
        &self,
        stage_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_destroy",
            method: rt::Method::Delete,
            path: "/stages/user_write/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_empty()
    }

    fn user_write_list_request(&self, params: &UserWriteListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_list",
            method: rt::Method::Get,
            path: "/stages/user_write/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("create_users_as_inactive", &params.create_users_as_inactive);
        request.query("create_users_group", &params.create_users_group);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("stage_uuid", &params.stage_uuid);
        request.query("user_creation_mode", &params.user_creation_mode);
        request.query("user_path_template", &params.user_path_template);
        request.query("user_type", &params.user_type);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserWriteStageList> {
        self.user_write_list_request(params).send_json()
    }

    /// Every item of [`StagesApi::user_write_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_write_list_stream(
        &self,
        params: &UserWriteListParams,
    ) -> super::PageStream<super::models::UserWriteStage> {
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
        body: &super::models::PatchedUserWriteStageRequest,
    ) -> super::ResponseFuture<super::models::UserWriteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_partial_update",
            method: rt::Method::Patch,
            path: "/stages/user_write/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserWriteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_retrieve",
            method: rt::Method::Get,
            path: "/stages/user_write/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserWriteStageRequest,
    ) -> super::ResponseFuture<super::models::UserWriteStage> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_update",
            method: rt::Method::Put,
            path: "/stages/user_write/{stage_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "stages_user_write_used_by_list",
            method: rt::Method::Get,
            path: "/stages/user_write/{stage_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("stage_uuid", &stage_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`StagesApi::account_lockdown_list`] (`stages_account_lockdown_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountLockdownListParams {
    /// Query parameter `deactivate_user`.
    pub deactivate_user: Option<bool>,
    /// Query parameter `delete_sessions`.
    pub delete_sessions: Option<bool>,
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
    /// Query parameter `revoke_tokens`.
    pub revoke_tokens: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `self_service_completion_flow`.
    pub self_service_completion_flow: Option<::uuid::Uuid>,
    /// Query parameter `set_unusable_password`.
    pub set_unusable_password: Option<bool>,
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::all_list`] (`stages_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllListParams {
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

/// Optional parameters of [`StagesApi::authenticator_duo_list`] (`stages_authenticator_duo_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorDuoListParams {
    /// Query parameter `api_hostname`.
    pub api_hostname: Option<String>,
    /// Query parameter `client_id`.
    pub client_id: Option<String>,
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
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

/// Optional parameters of [`StagesApi::authenticator_email_list`] (`stages_authenticator_email_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorEmailListParams {
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `friendly_name`.
    pub friendly_name: Option<String>,
    /// Query parameter `from_address`.
    pub from_address: Option<String>,
    /// Query parameter `host`.
    pub host: Option<String>,
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
    /// Query parameter `password`.
    pub password: Option<String>,
    /// Query parameter `port`.
    pub port: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `subject`.
    pub subject: Option<String>,
    /// Query parameter `template`.
    pub template: Option<String>,
    /// Query parameter `timeout`.
    pub timeout: Option<i64>,
    /// Query parameter `token_expiry`.
    pub token_expiry: Option<String>,
    /// Query parameter `use_global_settings`.
    pub use_global_settings: Option<bool>,
    /// Query parameter `use_ssl`.
    pub use_ssl: Option<bool>,
    /// Query parameter `use_tls`.
    pub use_tls: Option<bool>,
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`StagesApi::authenticator_endpoint_gdtc_list`] (`stages_authenticator_endpoint_gdtc_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorEndpointGdtcListParams {
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
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

/// Optional parameters of [`StagesApi::authenticator_sms_list`] (`stages_authenticator_sms_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorSmsListParams {
    /// Query parameter `account_sid`.
    pub account_sid: Option<String>,
    /// Query parameter `auth`.
    pub auth: Option<String>,
    /// Query parameter `auth_password`.
    pub auth_password: Option<String>,
    /// Query parameter `auth_type`.
    pub auth_type: Option<super::models::AuthTypeEnum>,
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `friendly_name`.
    pub friendly_name: Option<String>,
    /// Query parameter `from_number`.
    pub from_number: Option<String>,
    /// Query parameter `mapping`.
    pub mapping: Option<::uuid::Uuid>,
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
    /// Query parameter `provider`.
    pub provider: Option<super::models::ProviderEnum>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `verify_only`.
    pub verify_only: Option<bool>,
}

/// Optional parameters of [`StagesApi::authenticator_static_list`] (`stages_authenticator_static_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorStaticListParams {
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `friendly_name`.
    pub friendly_name: Option<String>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `token_count`.
    pub token_count: Option<i64>,
    /// Query parameter `token_length`.
    pub token_length: Option<i64>,
}

/// Optional parameters of [`StagesApi::authenticator_totp_list`] (`stages_authenticator_totp_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorTotpListParams {
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `digits`.
    pub digits: Option<super::models::DigitsEnum>,
    /// Query parameter `friendly_name`.
    pub friendly_name: Option<String>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::authenticator_validate_list`] (`stages_authenticator_validate_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorValidateListParams {
    /// Query parameter `configuration_stages`.
    pub configuration_stages: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `not_configured_action`.
    pub not_configured_action: Option<super::models::NotConfiguredActionEnum>,
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

/// Optional parameters of [`StagesApi::authenticator_webauthn_device_types_list`] (`stages_authenticator_webauthn_device_types_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorWebauthnDeviceTypesListParams {
    /// Query parameter `aaguid`.
    pub aaguid: Option<::uuid::Uuid>,
    /// Query parameter `description`.
    pub description: Option<String>,
    /// Query parameter `icon`.
    pub icon: Option<String>,
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

/// Optional parameters of [`StagesApi::authenticator_webauthn_list`] (`stages_authenticator_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatorWebauthnListParams {
    /// Query parameter `authenticator_attachment`.
    pub authenticator_attachment: Option<super::models::AuthenticatorAttachmentEnum>,
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `device_type_restrictions`.
    pub device_type_restrictions: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `max_attempts`.
    pub max_attempts: Option<i64>,
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
    /// Query parameter `resident_key_requirement`.
    pub resident_key_requirement: Option<super::models::UserVerificationEnum>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `user_verification`.
    pub user_verification: Option<super::models::UserVerificationEnum>,
}

/// Optional parameters of [`StagesApi::captcha_list`] (`stages_captcha_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaptchaListParams {
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
    /// Query parameter `public_key`.
    pub public_key: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`StagesApi::consent_list`] (`stages_consent_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsentListParams {
    /// Query parameter `consent_expire_in`.
    pub consent_expire_in: Option<String>,
    /// Query parameter `mode`.
    pub mode: Option<super::models::ConsentModeEnum>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::deny_list`] (`stages_deny_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DenyListParams {
    /// Query parameter `deny_message`.
    pub deny_message: Option<String>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::dummy_list`] (`stages_dummy_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DummyListParams {
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `throw_error`.
    pub throw_error: Option<bool>,
}

/// Optional parameters of [`StagesApi::email_list`] (`stages_email_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmailListParams {
    /// Query parameter `activate_user_on_success`.
    pub activate_user_on_success: Option<bool>,
    /// Query parameter `from_address`.
    pub from_address: Option<String>,
    /// Query parameter `host`.
    pub host: Option<String>,
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
    /// Query parameter `port`.
    pub port: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `subject`.
    pub subject: Option<String>,
    /// Query parameter `template`.
    pub template: Option<String>,
    /// Query parameter `timeout`.
    pub timeout: Option<i64>,
    /// Query parameter `token_expiry`.
    pub token_expiry: Option<String>,
    /// Query parameter `use_global_settings`.
    pub use_global_settings: Option<bool>,
    /// Query parameter `use_ssl`.
    pub use_ssl: Option<bool>,
    /// Query parameter `use_tls`.
    pub use_tls: Option<bool>,
    /// Query parameter `username`.
    pub username: Option<String>,
}

/// Optional parameters of [`StagesApi::endpoints_list`] (`stages_endpoints_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointsListParams {
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

/// Optional parameters of [`StagesApi::identification_list`] (`stages_identification_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentificationListParams {
    /// Query parameter `captcha_stage`.
    pub captcha_stage: Option<::uuid::Uuid>,
    /// Query parameter `case_insensitive_matching`.
    pub case_insensitive_matching: Option<bool>,
    /// Query parameter `enrollment_flow`.
    pub enrollment_flow: Option<::uuid::Uuid>,
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
    /// Query parameter `password_stage`.
    pub password_stage: Option<::uuid::Uuid>,
    /// Query parameter `passwordless_flow`.
    pub passwordless_flow: Option<::uuid::Uuid>,
    /// Query parameter `recovery_flow`.
    pub recovery_flow: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `show_matched_user`.
    pub show_matched_user: Option<bool>,
    /// Query parameter `show_source_labels`.
    pub show_source_labels: Option<bool>,
    /// Query parameter `webauthn_stage`.
    pub webauthn_stage: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::invitation_invitations_list`] (`stages_invitation_invitations_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvitationInvitationsListParams {
    /// Query parameter `created_by__username`.
    pub created_by_username: Option<String>,
    /// Query parameter `expires`.
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `flow__slug`.
    pub flow_slug: Option<String>,
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

/// Optional parameters of [`StagesApi::invitation_stages_list`] (`stages_invitation_stages_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvitationStagesListParams {
    /// Query parameter `continue_flow_without_invitation`.
    pub continue_flow_without_invitation: Option<bool>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `no_flows`.
    pub no_flows: Option<bool>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::mtls_list`] (`stages_mtls_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MtlsListParams {
    /// Query parameter `cert_attribute`.
    pub cert_attribute: Option<super::models::CertAttributeEnum>,
    /// Query parameter `certificate_authorities`.
    pub certificate_authorities: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `mode`.
    pub mode: Option<super::models::StageModeEnum>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `user_attribute`.
    pub user_attribute: Option<super::models::UserAttributeEnum>,
}

/// Optional parameters of [`StagesApi::password_list`] (`stages_password_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasswordListParams {
    /// Query parameter `allow_show_password`.
    pub allow_show_password: Option<bool>,
    /// Query parameter `configure_flow`.
    pub configure_flow: Option<::uuid::Uuid>,
    /// Query parameter `failed_attempts_before_cancel`.
    pub failed_attempts_before_cancel: Option<i64>,
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

/// Optional parameters of [`StagesApi::prompt_prompts_list`] (`stages_prompt_prompts_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PromptPromptsListParams {
    /// Query parameter `field_key`.
    pub field_key: Option<String>,
    /// Query parameter `label`.
    pub label: Option<String>,
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
    /// Query parameter `placeholder`.
    pub placeholder: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `type`.
    pub r#type: Option<super::models::PromptTypeEnum>,
}

/// Optional parameters of [`StagesApi::prompt_stages_list`] (`stages_prompt_stages_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PromptStagesListParams {
    /// Query parameter `fields`.
    pub fields: Option<Vec<::uuid::Uuid>>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `validation_policies`.
    pub validation_policies: Option<Vec<::uuid::Uuid>>,
}

/// Optional parameters of [`StagesApi::redirect_list`] (`stages_redirect_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RedirectListParams {
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

/// Optional parameters of [`StagesApi::source_list`] (`stages_source_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceListParams {
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
    /// Query parameter `resume_timeout`.
    pub resume_timeout: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `source`.
    pub source: Option<::uuid::Uuid>,
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::user_delete_list`] (`stages_user_delete_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserDeleteListParams {
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::user_login_list`] (`stages_user_login_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserLoginListParams {
    /// Bind sessions created by this stage to the configured GeoIP location
    ///
    /// Query parameter `geoip_binding`.
    pub geoip_binding: Option<super::models::GeoipBindingEnum>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Bind sessions created by this stage to the configured network
    ///
    /// Query parameter `network_binding`.
    pub network_binding: Option<super::models::NetworkBindingEnum>,
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
    /// Query parameter `remember_device`.
    pub remember_device: Option<String>,
    /// Query parameter `remember_me_offset`.
    pub remember_me_offset: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `session_duration`.
    pub session_duration: Option<String>,
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `terminate_other_sessions`.
    pub terminate_other_sessions: Option<bool>,
}

/// Optional parameters of [`StagesApi::user_logout_list`] (`stages_user_logout_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserLogoutListParams {
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`StagesApi::user_write_list`] (`stages_user_write_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserWriteListParams {
    /// Query parameter `create_users_as_inactive`.
    pub create_users_as_inactive: Option<bool>,
    /// Query parameter `create_users_group`.
    pub create_users_group: Option<::uuid::Uuid>,
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
    /// Query parameter `stage_uuid`.
    pub stage_uuid: Option<::uuid::Uuid>,
    /// Query parameter `user_creation_mode`.
    pub user_creation_mode: Option<super::models::UserCreationModeEnum>,
    /// Query parameter `user_path_template`.
    pub user_path_template: Option<String>,
    /// Query parameter `user_type`.
    pub user_type: Option<super::models::UserTypeEnum>,
}
