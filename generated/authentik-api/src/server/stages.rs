//! Server side of the operations tagged `stages` (210).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `stages`. Implement those you serve, then
/// `Server::new().stages(service)` or [`router`]; the others go to
/// [`Stages::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Stages: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// AccountLockdownStage Viewset
    ///
    /// `POST /stages/account_lockdown/` (`stages_account_lockdown_create`).
    fn account_lockdown_create(
        &self,
        auth: rt::Auth,
        body: super::models::AccountLockdownStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AccountLockdownStage Viewset
    ///
    /// `DELETE /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_destroy`).
    fn account_lockdown_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/` (`stages_account_lockdown_list`).
    fn account_lockdown_list(
        &self,
        auth: rt::Auth,
        query: AccountLockdownListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AccountLockdownStage Viewset
    ///
    /// `PATCH /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_partial_update`).
    fn account_lockdown_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAccountLockdownStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AccountLockdownStage Viewset
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_retrieve`).
    fn account_lockdown_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AccountLockdownStage Viewset
    ///
    /// `PUT /stages/account_lockdown/{stage_uuid}/` (`stages_account_lockdown_update`).
    fn account_lockdown_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AccountLockdownStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/account_lockdown/{stage_uuid}/used_by/` (`stages_account_lockdown_used_by_list`).
    fn account_lockdown_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AccountLockdownUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_account_lockdown_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Stage Viewset
    ///
    /// `DELETE /stages/all/{stage_uuid}/` (`stages_all_destroy`).
    fn all_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_all_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Stage Viewset
    ///
    /// `GET /stages/all/` (`stages_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
        query: AllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Stage Viewset
    ///
    /// `GET /stages/all/{stage_uuid}/` (`stages_all_retrieve`).
    fn all_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_all_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /stages/all/types/` (`stages_all_types_list`).
    fn all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTypesListResponse>> + Send {
        rt::forward(self.fallback(), "stages_all_types_list", auth, rt::Args::new())
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/all/{stage_uuid}/used_by/` (`stages_all_used_by_list`).
    fn all_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_all_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Get all stages the user can configure
    ///
    /// `GET /stages/all/user_settings/` (`stages_all_user_settings_list`).
    fn all_user_settings_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AllUserSettingsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_all_user_settings_list",
            auth,
            rt::Args::new(),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `POST /stages/authenticator/duo/` (`stages_authenticator_duo_create`).
    fn authenticator_duo_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorDuoStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `DELETE /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_destroy`).
    fn authenticator_duo_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Check enrollment status of user details in current session
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/enrollment_status/` (`stages_authenticator_duo_enrollment_status_create`). Allows anonymous access.
    fn authenticator_duo_enrollment_status_create(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoEnrollmentStatusCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_enrollment_status_create",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Import duo devices into authentik
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/import_device_manual/` (`stages_authenticator_duo_import_device_manual_create`).
    fn authenticator_duo_import_device_manual_create(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorDuoStageManualDeviceImportRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoImportDeviceManualCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_import_device_manual_create",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Import duo devices into authentik
    ///
    /// `POST /stages/authenticator/duo/{stage_uuid}/import_devices_automatic/` (`stages_authenticator_duo_import_devices_automatic_create`).
    fn authenticator_duo_import_devices_automatic_create(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoImportDevicesAutomaticCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_import_devices_automatic_create",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `GET /stages/authenticator/duo/` (`stages_authenticator_duo_list`).
    fn authenticator_duo_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorDuoListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `PATCH /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_partial_update`).
    fn authenticator_duo_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorDuoStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `GET /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_retrieve`).
    fn authenticator_duo_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorDuoStage Viewset
    ///
    /// `PUT /stages/authenticator/duo/{stage_uuid}/` (`stages_authenticator_duo_update`).
    fn authenticator_duo_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorDuoStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/duo/{stage_uuid}/used_by/` (`stages_authenticator_duo_used_by_list`).
    fn authenticator_duo_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorDuoUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_duo_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `POST /stages/authenticator/email/` (`stages_authenticator_email_create`).
    fn authenticator_email_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorEmailStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `DELETE /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_destroy`).
    fn authenticator_email_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/` (`stages_authenticator_email_list`).
    fn authenticator_email_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorEmailListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `PATCH /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_partial_update`).
    fn authenticator_email_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorEmailStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_retrieve`).
    fn authenticator_email_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEmailStage Viewset
    ///
    /// `PUT /stages/authenticator/email/{stage_uuid}/` (`stages_authenticator_email_update`).
    fn authenticator_email_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorEmailStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/email/{stage_uuid}/used_by/` (`stages_authenticator_email_used_by_list`).
    fn authenticator_email_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEmailUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_email_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `POST /stages/authenticator/endpoint_gdtc/` (`stages_authenticator_endpoint_gdtc_create`).
    fn authenticator_endpoint_gdtc_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorEndpointGDTCStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `DELETE /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_destroy`).
    fn authenticator_endpoint_gdtc_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/` (`stages_authenticator_endpoint_gdtc_list`).
    fn authenticator_endpoint_gdtc_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorEndpointGdtcListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `PATCH /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_partial_update`).
    fn authenticator_endpoint_gdtc_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorEndpointGDTCStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_retrieve`).
    fn authenticator_endpoint_gdtc_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorEndpointGDTCStage Viewset
    ///
    /// `PUT /stages/authenticator/endpoint_gdtc/{stage_uuid}/` (`stages_authenticator_endpoint_gdtc_update`).
    fn authenticator_endpoint_gdtc_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorEndpointGDTCStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/endpoint_gdtc/{stage_uuid}/used_by/` (`stages_authenticator_endpoint_gdtc_used_by_list`).
    fn authenticator_endpoint_gdtc_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorEndpointGdtcUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_endpoint_gdtc_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `POST /stages/authenticator/sms/` (`stages_authenticator_sms_create`).
    fn authenticator_sms_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorSMSStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `DELETE /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_destroy`).
    fn authenticator_sms_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `GET /stages/authenticator/sms/` (`stages_authenticator_sms_list`).
    fn authenticator_sms_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorSmsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `PATCH /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_partial_update`).
    fn authenticator_sms_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorSMSStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `GET /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_retrieve`).
    fn authenticator_sms_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorSMSStage Viewset
    ///
    /// `PUT /stages/authenticator/sms/{stage_uuid}/` (`stages_authenticator_sms_update`).
    fn authenticator_sms_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorSMSStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/sms/{stage_uuid}/used_by/` (`stages_authenticator_sms_used_by_list`).
    fn authenticator_sms_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorSmsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_sms_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `POST /stages/authenticator/static/` (`stages_authenticator_static_create`).
    fn authenticator_static_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorStaticStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `DELETE /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_destroy`).
    fn authenticator_static_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `GET /stages/authenticator/static/` (`stages_authenticator_static_list`).
    fn authenticator_static_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorStaticListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `PATCH /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_partial_update`).
    fn authenticator_static_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorStaticStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `GET /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_retrieve`).
    fn authenticator_static_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorStaticStage Viewset
    ///
    /// `PUT /stages/authenticator/static/{stage_uuid}/` (`stages_authenticator_static_update`).
    fn authenticator_static_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorStaticStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/static/{stage_uuid}/used_by/` (`stages_authenticator_static_used_by_list`).
    fn authenticator_static_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorStaticUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_static_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `POST /stages/authenticator/totp/` (`stages_authenticator_totp_create`).
    fn authenticator_totp_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorTOTPStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `DELETE /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_destroy`).
    fn authenticator_totp_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `GET /stages/authenticator/totp/` (`stages_authenticator_totp_list`).
    fn authenticator_totp_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorTotpListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `PATCH /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_partial_update`).
    fn authenticator_totp_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorTOTPStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `GET /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_retrieve`).
    fn authenticator_totp_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorTOTPStage Viewset
    ///
    /// `PUT /stages/authenticator/totp/{stage_uuid}/` (`stages_authenticator_totp_update`).
    fn authenticator_totp_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorTOTPStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/totp/{stage_uuid}/used_by/` (`stages_authenticator_totp_used_by_list`).
    fn authenticator_totp_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorTotpUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_totp_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `POST /stages/authenticator/validate/` (`stages_authenticator_validate_create`).
    fn authenticator_validate_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorValidateStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `DELETE /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_destroy`).
    fn authenticator_validate_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `GET /stages/authenticator/validate/` (`stages_authenticator_validate_list`).
    fn authenticator_validate_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorValidateListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `PATCH /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_partial_update`).
    fn authenticator_validate_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorValidateStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidatePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `GET /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_retrieve`).
    fn authenticator_validate_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorValidateStage Viewset
    ///
    /// `PUT /stages/authenticator/validate/{stage_uuid}/` (`stages_authenticator_validate_update`).
    fn authenticator_validate_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorValidateStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/validate/{stage_uuid}/used_by/` (`stages_authenticator_validate_used_by_list`).
    fn authenticator_validate_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorValidateUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_validate_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `POST /stages/authenticator/webauthn/` (`stages_authenticator_webauthn_create`).
    fn authenticator_webauthn_create(
        &self,
        auth: rt::Auth,
        body: super::models::AuthenticatorWebAuthnStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `DELETE /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_destroy`).
    fn authenticator_webauthn_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// WebAuthnDeviceType Viewset
    ///
    /// `GET /stages/authenticator/webauthn_device_types/` (`stages_authenticator_webauthn_device_types_list`).
    fn authenticator_webauthn_device_types_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorWebauthnDeviceTypesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnDeviceTypesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_device_types_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// WebAuthnDeviceType Viewset
    ///
    /// `GET /stages/authenticator/webauthn_device_types/{aaguid}/` (`stages_authenticator_webauthn_device_types_retrieve`).
    fn authenticator_webauthn_device_types_retrieve(
        &self,
        auth: rt::Auth,
        aaguid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnDeviceTypesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_device_types_retrieve",
            auth,
            rt::Args::new().param("aaguid", &aaguid),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `GET /stages/authenticator/webauthn/` (`stages_authenticator_webauthn_list`).
    fn authenticator_webauthn_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatorWebauthnListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `PATCH /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_partial_update`).
    fn authenticator_webauthn_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedAuthenticatorWebAuthnStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `GET /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_retrieve`).
    fn authenticator_webauthn_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// AuthenticatorWebAuthnStage Viewset
    ///
    /// `PUT /stages/authenticator/webauthn/{stage_uuid}/` (`stages_authenticator_webauthn_update`).
    fn authenticator_webauthn_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::AuthenticatorWebAuthnStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/authenticator/webauthn/{stage_uuid}/used_by/` (`stages_authenticator_webauthn_used_by_list`).
    fn authenticator_webauthn_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatorWebauthnUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_authenticator_webauthn_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `POST /stages/captcha/` (`stages_captcha_create`).
    fn captcha_create(
        &self,
        auth: rt::Auth,
        body: super::models::CaptchaStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<CaptchaCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `DELETE /stages/captcha/{stage_uuid}/` (`stages_captcha_destroy`).
    fn captcha_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<CaptchaDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `GET /stages/captcha/` (`stages_captcha_list`).
    fn captcha_list(
        &self,
        auth: rt::Auth,
        query: CaptchaListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<CaptchaListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `PATCH /stages/captcha/{stage_uuid}/` (`stages_captcha_partial_update`).
    fn captcha_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedCaptchaStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CaptchaPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `GET /stages/captcha/{stage_uuid}/` (`stages_captcha_retrieve`).
    fn captcha_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CaptchaRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// CaptchaStage Viewset
    ///
    /// `PUT /stages/captcha/{stage_uuid}/` (`stages_captcha_update`).
    fn captcha_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::CaptchaStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<CaptchaUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/captcha/{stage_uuid}/used_by/` (`stages_captcha_used_by_list`).
    fn captcha_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CaptchaUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_captcha_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `POST /stages/consent/` (`stages_consent_create`).
    fn consent_create(
        &self,
        auth: rt::Auth,
        body: super::models::ConsentStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ConsentCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `DELETE /stages/consent/{stage_uuid}/` (`stages_consent_destroy`).
    fn consent_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<ConsentDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `GET /stages/consent/` (`stages_consent_list`).
    fn consent_list(
        &self,
        auth: rt::Auth,
        query: ConsentListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ConsentListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `PATCH /stages/consent/{stage_uuid}/` (`stages_consent_partial_update`).
    fn consent_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedConsentStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConsentPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `GET /stages/consent/{stage_uuid}/` (`stages_consent_retrieve`).
    fn consent_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConsentRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// ConsentStage Viewset
    ///
    /// `PUT /stages/consent/{stage_uuid}/` (`stages_consent_update`).
    fn consent_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::ConsentStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ConsentUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/consent/{stage_uuid}/used_by/` (`stages_consent_used_by_list`).
    fn consent_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConsentUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_consent_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DenyStage Viewset
    ///
    /// `POST /stages/deny/` (`stages_deny_create`).
    fn deny_create(
        &self,
        auth: rt::Auth,
        body: super::models::DenyStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// DenyStage Viewset
    ///
    /// `DELETE /stages/deny/{stage_uuid}/` (`stages_deny_destroy`).
    fn deny_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DenyStage Viewset
    ///
    /// `GET /stages/deny/` (`stages_deny_list`).
    fn deny_list(
        &self,
        auth: rt::Auth,
        query: DenyListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// DenyStage Viewset
    ///
    /// `PATCH /stages/deny/{stage_uuid}/` (`stages_deny_partial_update`).
    fn deny_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedDenyStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DenyPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// DenyStage Viewset
    ///
    /// `GET /stages/deny/{stage_uuid}/` (`stages_deny_retrieve`).
    fn deny_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DenyStage Viewset
    ///
    /// `PUT /stages/deny/{stage_uuid}/` (`stages_deny_update`).
    fn deny_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::DenyStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/deny/{stage_uuid}/used_by/` (`stages_deny_used_by_list`).
    fn deny_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DenyUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_deny_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DummyStage Viewset
    ///
    /// `POST /stages/dummy/` (`stages_dummy_create`).
    fn dummy_create(
        &self,
        auth: rt::Auth,
        body: super::models::DummyStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// DummyStage Viewset
    ///
    /// `DELETE /stages/dummy/{stage_uuid}/` (`stages_dummy_destroy`).
    fn dummy_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DummyStage Viewset
    ///
    /// `GET /stages/dummy/` (`stages_dummy_list`).
    fn dummy_list(
        &self,
        auth: rt::Auth,
        query: DummyListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// DummyStage Viewset
    ///
    /// `PATCH /stages/dummy/{stage_uuid}/` (`stages_dummy_partial_update`).
    fn dummy_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedDummyStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DummyPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// DummyStage Viewset
    ///
    /// `GET /stages/dummy/{stage_uuid}/` (`stages_dummy_retrieve`).
    fn dummy_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// DummyStage Viewset
    ///
    /// `PUT /stages/dummy/{stage_uuid}/` (`stages_dummy_update`).
    fn dummy_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::DummyStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/dummy/{stage_uuid}/used_by/` (`stages_dummy_used_by_list`).
    fn dummy_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DummyUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_dummy_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// EmailStage Viewset
    ///
    /// `POST /stages/email/` (`stages_email_create`).
    fn email_create(
        &self,
        auth: rt::Auth,
        body: super::models::EmailStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_email_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// EmailStage Viewset
    ///
    /// `DELETE /stages/email/{stage_uuid}/` (`stages_email_destroy`).
    fn email_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_email_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// EmailStage Viewset
    ///
    /// `GET /stages/email/` (`stages_email_list`).
    fn email_list(
        &self,
        auth: rt::Auth,
        query: EmailListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_email_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// EmailStage Viewset
    ///
    /// `PATCH /stages/email/{stage_uuid}/` (`stages_email_partial_update`).
    fn email_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedEmailStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EmailPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_email_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// EmailStage Viewset
    ///
    /// `GET /stages/email/{stage_uuid}/` (`stages_email_retrieve`).
    fn email_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_email_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Get all available templates, including custom templates
    ///
    /// `GET /stages/email/templates/` (`stages_email_templates_list`).
    fn email_templates_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EmailTemplatesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_email_templates_list",
            auth,
            rt::Args::new(),
        )
    }
    /// EmailStage Viewset
    ///
    /// `PUT /stages/email/{stage_uuid}/` (`stages_email_update`).
    fn email_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::EmailStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_email_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/email/{stage_uuid}/used_by/` (`stages_email_used_by_list`).
    fn email_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EmailUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_email_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `POST /stages/endpoints/` (`stages_endpoints_create`).
    fn endpoints_create(
        &self,
        auth: rt::Auth,
        body: super::models::EndpointStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `DELETE /stages/endpoints/{stage_uuid}/` (`stages_endpoints_destroy`).
    fn endpoints_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/` (`stages_endpoints_list`).
    fn endpoints_list(
        &self,
        auth: rt::Auth,
        query: EndpointsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EndpointsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `PATCH /stages/endpoints/{stage_uuid}/` (`stages_endpoints_partial_update`).
    fn endpoints_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedEndpointStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `GET /stages/endpoints/{stage_uuid}/` (`stages_endpoints_retrieve`).
    fn endpoints_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// EndpointStage Viewset
    ///
    /// `PUT /stages/endpoints/{stage_uuid}/` (`stages_endpoints_update`).
    fn endpoints_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::EndpointStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/endpoints/{stage_uuid}/used_by/` (`stages_endpoints_used_by_list`).
    fn endpoints_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_endpoints_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `POST /stages/identification/` (`stages_identification_create`).
    fn identification_create(
        &self,
        auth: rt::Auth,
        body: super::models::IdentificationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `DELETE /stages/identification/{stage_uuid}/` (`stages_identification_destroy`).
    fn identification_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `GET /stages/identification/` (`stages_identification_list`).
    fn identification_list(
        &self,
        auth: rt::Auth,
        query: IdentificationListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `PATCH /stages/identification/{stage_uuid}/` (`stages_identification_partial_update`).
    fn identification_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedIdentificationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `GET /stages/identification/{stage_uuid}/` (`stages_identification_retrieve`).
    fn identification_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// IdentificationStage Viewset
    ///
    /// `PUT /stages/identification/{stage_uuid}/` (`stages_identification_update`).
    fn identification_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::IdentificationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/identification/{stage_uuid}/used_by/` (`stages_identification_used_by_list`).
    fn identification_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IdentificationUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_identification_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Invitation Viewset
    ///
    /// `POST /stages/invitation/invitations/` (`stages_invitation_invitations_create`).
    fn invitation_invitations_create(
        &self,
        auth: rt::Auth,
        body: super::models::InvitationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Invitation Viewset
    ///
    /// `DELETE /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_destroy`).
    fn invitation_invitations_destroy(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_destroy",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid),
        )
    }
    /// Invitation Viewset
    ///
    /// `GET /stages/invitation/invitations/` (`stages_invitation_invitations_list`).
    fn invitation_invitations_list(
        &self,
        auth: rt::Auth,
        query: InvitationInvitationsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Invitation Viewset
    ///
    /// `PATCH /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_partial_update`).
    fn invitation_invitations_partial_update(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
        body: super::models::PatchedInvitationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_partial_update",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid).body(&body),
        )
    }
    /// Invitation Viewset
    ///
    /// `GET /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_retrieve`).
    fn invitation_invitations_retrieve(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_retrieve",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid),
        )
    }
    /// Send invitation link via email to one or more addresses
    ///
    /// `POST /stages/invitation/invitations/{invite_uuid}/send_email/` (`stages_invitation_invitations_send_email_create`).
    fn invitation_invitations_send_email_create(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
        body: super::models::InvitationSendEmailRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsSendEmailCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_send_email_create",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid).body(&body),
        )
    }
    /// Invitation Viewset
    ///
    /// `PUT /stages/invitation/invitations/{invite_uuid}/` (`stages_invitation_invitations_update`).
    fn invitation_invitations_update(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
        body: super::models::InvitationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_update",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/invitation/invitations/{invite_uuid}/used_by/` (`stages_invitation_invitations_used_by_list`).
    fn invitation_invitations_used_by_list(
        &self,
        auth: rt::Auth,
        invite_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationInvitationsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_invitations_used_by_list",
            auth,
            rt::Args::new().param("invite_uuid", &invite_uuid),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `POST /stages/invitation/stages/` (`stages_invitation_stages_create`).
    fn invitation_stages_create(
        &self,
        auth: rt::Auth,
        body: super::models::InvitationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `DELETE /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_destroy`).
    fn invitation_stages_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `GET /stages/invitation/stages/` (`stages_invitation_stages_list`).
    fn invitation_stages_list(
        &self,
        auth: rt::Auth,
        query: InvitationStagesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `PATCH /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_partial_update`).
    fn invitation_stages_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedInvitationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `GET /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_retrieve`).
    fn invitation_stages_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// InvitationStage Viewset
    ///
    /// `PUT /stages/invitation/stages/{stage_uuid}/` (`stages_invitation_stages_update`).
    fn invitation_stages_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::InvitationStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/invitation/stages/{stage_uuid}/used_by/` (`stages_invitation_stages_used_by_list`).
    fn invitation_stages_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InvitationStagesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_invitation_stages_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `POST /stages/mtls/` (`stages_mtls_create`).
    fn mtls_create(
        &self,
        auth: rt::Auth,
        body: super::models::MutualTLSStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `DELETE /stages/mtls/{stage_uuid}/` (`stages_mtls_destroy`).
    fn mtls_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/` (`stages_mtls_list`).
    fn mtls_list(
        &self,
        auth: rt::Auth,
        query: MtlsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `PATCH /stages/mtls/{stage_uuid}/` (`stages_mtls_partial_update`).
    fn mtls_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedMutualTLSStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MtlsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `GET /stages/mtls/{stage_uuid}/` (`stages_mtls_retrieve`).
    fn mtls_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// MutualTLSStage Viewset
    ///
    /// `PUT /stages/mtls/{stage_uuid}/` (`stages_mtls_update`).
    fn mtls_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::MutualTLSStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/mtls/{stage_uuid}/used_by/` (`stages_mtls_used_by_list`).
    fn mtls_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<MtlsUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_mtls_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `POST /stages/password/` (`stages_password_create`).
    fn password_create(
        &self,
        auth: rt::Auth,
        body: super::models::PasswordStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_password_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `DELETE /stages/password/{stage_uuid}/` (`stages_password_destroy`).
    fn password_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_password_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `GET /stages/password/` (`stages_password_list`).
    fn password_list(
        &self,
        auth: rt::Auth,
        query: PasswordListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_password_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `PATCH /stages/password/{stage_uuid}/` (`stages_password_partial_update`).
    fn password_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedPasswordStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_password_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `GET /stages/password/{stage_uuid}/` (`stages_password_retrieve`).
    fn password_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_password_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// PasswordStage Viewset
    ///
    /// `PUT /stages/password/{stage_uuid}/` (`stages_password_update`).
    fn password_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PasswordStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_password_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/password/{stage_uuid}/used_by/` (`stages_password_used_by_list`).
    fn password_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_password_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// Prompt Viewset
    ///
    /// `POST /stages/prompt/prompts/` (`stages_prompt_prompts_create`).
    fn prompt_prompts_create(
        &self,
        auth: rt::Auth,
        body: super::models::PromptRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Prompt Viewset
    ///
    /// `DELETE /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_destroy`).
    fn prompt_prompts_destroy(
        &self,
        auth: rt::Auth,
        prompt_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_destroy",
            auth,
            rt::Args::new().param("prompt_uuid", &prompt_uuid),
        )
    }
    /// Prompt Viewset
    ///
    /// `GET /stages/prompt/prompts/` (`stages_prompt_prompts_list`).
    fn prompt_prompts_list(
        &self,
        auth: rt::Auth,
        query: PromptPromptsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Prompt Viewset
    ///
    /// `PATCH /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_partial_update`).
    fn prompt_prompts_partial_update(
        &self,
        auth: rt::Auth,
        prompt_uuid: ::uuid::Uuid,
        body: super::models::PatchedPromptRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_partial_update",
            auth,
            rt::Args::new().param("prompt_uuid", &prompt_uuid).body(&body),
        )
    }
    /// Preview a prompt as a challenge, just like a flow would receive
    ///
    /// `POST /stages/prompt/prompts/preview/` (`stages_prompt_prompts_preview_create`).
    fn prompt_prompts_preview_create(
        &self,
        auth: rt::Auth,
        body: super::models::PromptRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsPreviewCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_preview_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Prompt Viewset
    ///
    /// `GET /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_retrieve`).
    fn prompt_prompts_retrieve(
        &self,
        auth: rt::Auth,
        prompt_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_retrieve",
            auth,
            rt::Args::new().param("prompt_uuid", &prompt_uuid),
        )
    }
    /// Prompt Viewset
    ///
    /// `PUT /stages/prompt/prompts/{prompt_uuid}/` (`stages_prompt_prompts_update`).
    fn prompt_prompts_update(
        &self,
        auth: rt::Auth,
        prompt_uuid: ::uuid::Uuid,
        body: super::models::PromptRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_update",
            auth,
            rt::Args::new().param("prompt_uuid", &prompt_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/prompt/prompts/{prompt_uuid}/used_by/` (`stages_prompt_prompts_used_by_list`).
    fn prompt_prompts_used_by_list(
        &self,
        auth: rt::Auth,
        prompt_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptPromptsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_prompts_used_by_list",
            auth,
            rt::Args::new().param("prompt_uuid", &prompt_uuid),
        )
    }
    /// PromptStage Viewset
    ///
    /// `POST /stages/prompt/stages/` (`stages_prompt_stages_create`).
    fn prompt_stages_create(
        &self,
        auth: rt::Auth,
        body: super::models::PromptStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// PromptStage Viewset
    ///
    /// `DELETE /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_destroy`).
    fn prompt_stages_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// PromptStage Viewset
    ///
    /// `GET /stages/prompt/stages/` (`stages_prompt_stages_list`).
    fn prompt_stages_list(
        &self,
        auth: rt::Auth,
        query: PromptStagesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PromptStage Viewset
    ///
    /// `PATCH /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_partial_update`).
    fn prompt_stages_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedPromptStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// PromptStage Viewset
    ///
    /// `GET /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_retrieve`).
    fn prompt_stages_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// PromptStage Viewset
    ///
    /// `PUT /stages/prompt/stages/{stage_uuid}/` (`stages_prompt_stages_update`).
    fn prompt_stages_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PromptStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/prompt/stages/{stage_uuid}/used_by/` (`stages_prompt_stages_used_by_list`).
    fn prompt_stages_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PromptStagesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_prompt_stages_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `POST /stages/redirect/` (`stages_redirect_create`).
    fn redirect_create(
        &self,
        auth: rt::Auth,
        body: super::models::RedirectStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RedirectCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `DELETE /stages/redirect/{stage_uuid}/` (`stages_redirect_destroy`).
    fn redirect_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RedirectDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/` (`stages_redirect_list`).
    fn redirect_list(
        &self,
        auth: rt::Auth,
        query: RedirectListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RedirectListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `PATCH /stages/redirect/{stage_uuid}/` (`stages_redirect_partial_update`).
    fn redirect_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedRedirectStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RedirectPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `GET /stages/redirect/{stage_uuid}/` (`stages_redirect_retrieve`).
    fn redirect_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RedirectRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// RedirectStage Viewset
    ///
    /// `PUT /stages/redirect/{stage_uuid}/` (`stages_redirect_update`).
    fn redirect_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::RedirectStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RedirectUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/redirect/{stage_uuid}/used_by/` (`stages_redirect_used_by_list`).
    fn redirect_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RedirectUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_redirect_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// SourceStage Viewset
    ///
    /// `POST /stages/source/` (`stages_source_create`).
    fn source_create(
        &self,
        auth: rt::Auth,
        body: super::models::SourceStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_source_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SourceStage Viewset
    ///
    /// `DELETE /stages/source/{stage_uuid}/` (`stages_source_destroy`).
    fn source_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_source_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// SourceStage Viewset
    ///
    /// `GET /stages/source/` (`stages_source_list`).
    fn source_list(
        &self,
        auth: rt::Auth,
        query: SourceListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_source_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SourceStage Viewset
    ///
    /// `PATCH /stages/source/{stage_uuid}/` (`stages_source_partial_update`).
    fn source_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedSourceStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_source_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// SourceStage Viewset
    ///
    /// `GET /stages/source/{stage_uuid}/` (`stages_source_retrieve`).
    fn source_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_source_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// SourceStage Viewset
    ///
    /// `PUT /stages/source/{stage_uuid}/` (`stages_source_update`).
    fn source_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::SourceStageRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_source_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/source/{stage_uuid}/used_by/` (`stages_source_used_by_list`).
    fn source_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_source_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `POST /stages/user_delete/` (`stages_user_delete_create`).
    fn user_delete_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserDeleteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeleteCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `DELETE /stages/user_delete/{stage_uuid}/` (`stages_user_delete_destroy`).
    fn user_delete_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeleteDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `GET /stages/user_delete/` (`stages_user_delete_list`).
    fn user_delete_list(
        &self,
        auth: rt::Auth,
        query: UserDeleteListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<UserDeleteListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `PATCH /stages/user_delete/{stage_uuid}/` (`stages_user_delete_partial_update`).
    fn user_delete_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedUserDeleteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeletePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `GET /stages/user_delete/{stage_uuid}/` (`stages_user_delete_retrieve`).
    fn user_delete_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeleteRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserDeleteStage Viewset
    ///
    /// `PUT /stages/user_delete/{stage_uuid}/` (`stages_user_delete_update`).
    fn user_delete_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::UserDeleteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeleteUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_delete/{stage_uuid}/used_by/` (`stages_user_delete_used_by_list`).
    fn user_delete_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserDeleteUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_delete_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `POST /stages/user_login/` (`stages_user_login_create`).
    fn user_login_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserLoginStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `DELETE /stages/user_login/{stage_uuid}/` (`stages_user_login_destroy`).
    fn user_login_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `GET /stages/user_login/` (`stages_user_login_list`).
    fn user_login_list(
        &self,
        auth: rt::Auth,
        query: UserLoginListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<UserLoginListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `PATCH /stages/user_login/{stage_uuid}/` (`stages_user_login_partial_update`).
    fn user_login_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedUserLoginStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `GET /stages/user_login/{stage_uuid}/` (`stages_user_login_retrieve`).
    fn user_login_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLoginStage Viewset
    ///
    /// `PUT /stages/user_login/{stage_uuid}/` (`stages_user_login_update`).
    fn user_login_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::UserLoginStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_login/{stage_uuid}/used_by/` (`stages_user_login_used_by_list`).
    fn user_login_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLoginUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_login_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `POST /stages/user_logout/` (`stages_user_logout_create`).
    fn user_logout_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserLogoutStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `DELETE /stages/user_logout/{stage_uuid}/` (`stages_user_logout_destroy`).
    fn user_logout_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `GET /stages/user_logout/` (`stages_user_logout_list`).
    fn user_logout_list(
        &self,
        auth: rt::Auth,
        query: UserLogoutListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<UserLogoutListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `PATCH /stages/user_logout/{stage_uuid}/` (`stages_user_logout_partial_update`).
    fn user_logout_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedUserLogoutStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `GET /stages/user_logout/{stage_uuid}/` (`stages_user_logout_retrieve`).
    fn user_logout_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserLogoutStage Viewset
    ///
    /// `PUT /stages/user_logout/{stage_uuid}/` (`stages_user_logout_update`).
    fn user_logout_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::UserLogoutStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_logout/{stage_uuid}/used_by/` (`stages_user_logout_used_by_list`).
    fn user_logout_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserLogoutUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_logout_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `POST /stages/user_write/` (`stages_user_write_create`).
    fn user_write_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserWriteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWriteCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `DELETE /stages/user_write/{stage_uuid}/` (`stages_user_write_destroy`).
    fn user_write_destroy(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWriteDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_destroy",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `GET /stages/user_write/` (`stages_user_write_list`).
    fn user_write_list(
        &self,
        auth: rt::Auth,
        query: UserWriteListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<UserWriteListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `PATCH /stages/user_write/{stage_uuid}/` (`stages_user_write_partial_update`).
    fn user_write_partial_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::PatchedUserWriteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWritePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_partial_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `GET /stages/user_write/{stage_uuid}/` (`stages_user_write_retrieve`).
    fn user_write_retrieve(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWriteRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_retrieve",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
    /// UserWriteStage Viewset
    ///
    /// `PUT /stages/user_write/{stage_uuid}/` (`stages_user_write_update`).
    fn user_write_update(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
        body: super::models::UserWriteStageRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWriteUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_update",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /stages/user_write/{stage_uuid}/used_by/` (`stages_user_write_used_by_list`).
    fn user_write_used_by_list(
        &self,
        auth: rt::Auth,
        stage_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserWriteUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "stages_user_write_used_by_list",
            auth,
            rt::Args::new().param("stage_uuid", &stage_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Stages>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "stages_account_lockdown_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.account_lockdown_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .account_lockdown_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.account_lockdown_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .account_lockdown_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .account_lockdown_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .account_lockdown_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_account_lockdown_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .account_lockdown_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_retrieve(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_types_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "stages_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .all_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_all_user_settings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_user_settings_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_duo_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_enrollment_status_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_enrollment_status_create(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_import_device_manual_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_import_device_manual_create(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_import_devices_automatic_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_import_devices_automatic_create(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_duo_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_duo_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_duo_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_email_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_email_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_email_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_email_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_email_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_email_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_email_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_email_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_endpoint_gdtc_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_endpoint_gdtc_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_sms_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_sms_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_sms_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_sms_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_sms_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_sms_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_sms_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_sms_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_static_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_static_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_totp_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_totp_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.authenticator_totp_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_totp_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_totp_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_totp_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_totp_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_totp_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_validate_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_validate_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_device_types_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_device_types_list(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_device_types_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_device_types_retrieve(
                            input.auth(),
                            input.path("aaguid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_authenticator_webauthn_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticator_webauthn_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.captcha_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .captcha_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.captcha_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .captcha_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .captcha_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .captcha_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_captcha_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .captcha_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.consent_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .consent_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.consent_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .consent_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .consent_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .consent_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_consent_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .consent_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.deny_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.deny_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.deny_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .deny_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.deny_retrieve(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .deny_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_deny_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .deny_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_retrieve(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_dummy_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_email_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_email_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_email_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_email_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .email_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_email_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_retrieve(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_email_templates_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_templates_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "stages_email_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .email_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_email_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .email_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoints_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoints_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_endpoints_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoints_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.identification_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .identification_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.identification_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .identification_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .identification_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .identification_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_identification_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .identification_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_destroy(
                            input.auth(),
                            input.path("invite_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_partial_update(
                            input.auth(),
                            input.path("invite_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_retrieve(
                            input.auth(),
                            input.path("invite_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_send_email_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_send_email_create(
                            input.auth(),
                            input.path("invite_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_update(
                            input.auth(),
                            input.path("invite_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_invitations_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_invitations_used_by_list(
                            input.auth(),
                            input.path("invite_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.invitation_stages_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_stages_destroy(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.invitation_stages_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_stages_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_stages_retrieve(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_stages_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_invitation_stages_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .invitation_stages_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.mtls_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.mtls_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.mtls_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .mtls_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.mtls_retrieve(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .mtls_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_mtls_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .mtls_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_password_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_password_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_password_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_password_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_password_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_password_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_password_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.prompt_prompts_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_destroy(input.auth(), input.path("prompt_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.prompt_prompts_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_partial_update(
                            input.auth(),
                            input.path("prompt_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_preview_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_preview_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_retrieve(
                            input.auth(),
                            input.path("prompt_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_update(
                            input.auth(),
                            input.path("prompt_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_prompts_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_prompts_used_by_list(
                            input.auth(),
                            input.path("prompt_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.prompt_stages_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_stages_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.prompt_stages_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_stages_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_stages_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_stages_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_prompt_stages_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .prompt_stages_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.redirect_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .redirect_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.redirect_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .redirect_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .redirect_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .redirect_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_redirect_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .redirect_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_source_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_source_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_destroy(input.auth(), input.path("stage_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "stages_source_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_source_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_source_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_source_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_source_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_delete_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_delete_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_delete_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_delete_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_delete_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_delete_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_delete_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_delete_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_login_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_login_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_login_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_login_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_login_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_login_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_login_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_login_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_logout_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_logout_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_logout_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_logout_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_logout_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_logout_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_logout_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_logout_used_by_list(
                            input.auth(),
                            input.path("stage_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_write_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_write_destroy(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_write_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_write_partial_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_write_retrieve(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_write_update(
                            input.auth(),
                            input.path("stage_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "stages_user_write_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_write_used_by_list(input.auth(), input.path("stage_uuid")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `stages` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Stages>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Stages for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Stages::account_lockdown_create`] returns (`stages_account_lockdown_create`).
pub type AccountLockdownCreateResponse = super::Reply201_400_403<
    super::models::AccountLockdownStage,
>;

/// What [`Stages::account_lockdown_destroy`] returns (`stages_account_lockdown_destroy`).
pub type AccountLockdownDestroyResponse = super::Reply204_400_403;

/// What [`Stages::account_lockdown_list`] returns (`stages_account_lockdown_list`).
pub type AccountLockdownListResponse = super::Reply200_400_403<
    super::models::PaginatedAccountLockdownStageList,
>;

/// Query and header parameters of [`Stages::account_lockdown_list`] (`stages_account_lockdown_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountLockdownListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_sessions: Option<bool>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_service_completion_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_unusable_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::account_lockdown_partial_update`] returns (`stages_account_lockdown_partial_update`).
pub type AccountLockdownPartialUpdateResponse = super::Reply200_400_403<
    super::models::AccountLockdownStage,
>;

/// What [`Stages::account_lockdown_retrieve`] returns (`stages_account_lockdown_retrieve`).
pub type AccountLockdownRetrieveResponse = super::Reply200_400_403<
    super::models::AccountLockdownStage,
>;

/// What [`Stages::account_lockdown_update`] returns (`stages_account_lockdown_update`).
pub type AccountLockdownUpdateResponse = super::Reply200_400_403<
    super::models::AccountLockdownStage,
>;

/// What [`Stages::account_lockdown_used_by_list`] returns (`stages_account_lockdown_used_by_list`).
pub type AccountLockdownUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::all_destroy`] returns (`stages_all_destroy`).
pub type AllDestroyResponse = super::Reply204_400_403;

/// What [`Stages::all_list`] returns (`stages_all_list`).
pub type AllListResponse = super::Reply200_400_403<super::models::PaginatedStageList>;

/// Query and header parameters of [`Stages::all_list`] (`stages_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllListQuery {
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
}

/// What [`Stages::all_retrieve`] returns (`stages_all_retrieve`).
pub type AllRetrieveResponse = super::Reply200_400_403<super::models::Stage>;

/// What [`Stages::all_types_list`] returns (`stages_all_types_list`).
pub type AllTypesListResponse = super::Reply200_400_403<Vec<super::models::TypeCreate>>;

/// What [`Stages::all_used_by_list`] returns (`stages_all_used_by_list`).
pub type AllUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::all_user_settings_list`] returns (`stages_all_user_settings_list`).
pub type AllUserSettingsListResponse = super::Reply200_400_403<
    Vec<super::models::UserSetting>,
>;

/// What [`Stages::authenticator_duo_create`] returns (`stages_authenticator_duo_create`).
pub type AuthenticatorDuoCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorDuoStage,
>;

/// What [`Stages::authenticator_duo_destroy`] returns (`stages_authenticator_duo_destroy`).
pub type AuthenticatorDuoDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_duo_enrollment_status_create`] returns (`stages_authenticator_duo_enrollment_status_create`).
pub type AuthenticatorDuoEnrollmentStatusCreateResponse = super::Reply200_400_403<
    super::models::DuoDeviceEnrollmentStatus,
>;

/// What [`Stages::authenticator_duo_import_device_manual_create`] returns (`stages_authenticator_duo_import_device_manual_create`).
pub type AuthenticatorDuoImportDeviceManualCreateResponse = super::Reply204_400_403V2;

/// What [`Stages::authenticator_duo_import_devices_automatic_create`] returns (`stages_authenticator_duo_import_devices_automatic_create`).
pub type AuthenticatorDuoImportDevicesAutomaticCreateResponse = super::Reply200_400_403V4<
    super::models::AuthenticatorDuoStageDeviceImportResponse,
>;

/// What [`Stages::authenticator_duo_list`] returns (`stages_authenticator_duo_list`).
pub type AuthenticatorDuoListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorDuoStageList,
>;

/// Query and header parameters of [`Stages::authenticator_duo_list`] (`stages_authenticator_duo_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_hostname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
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
}

/// What [`Stages::authenticator_duo_partial_update`] returns (`stages_authenticator_duo_partial_update`).
pub type AuthenticatorDuoPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorDuoStage,
>;

/// What [`Stages::authenticator_duo_retrieve`] returns (`stages_authenticator_duo_retrieve`).
pub type AuthenticatorDuoRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorDuoStage,
>;

/// What [`Stages::authenticator_duo_update`] returns (`stages_authenticator_duo_update`).
pub type AuthenticatorDuoUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorDuoStage,
>;

/// What [`Stages::authenticator_duo_used_by_list`] returns (`stages_authenticator_duo_used_by_list`).
pub type AuthenticatorDuoUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_email_create`] returns (`stages_authenticator_email_create`).
pub type AuthenticatorEmailCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorEmailStage,
>;

/// What [`Stages::authenticator_email_destroy`] returns (`stages_authenticator_email_destroy`).
pub type AuthenticatorEmailDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_email_list`] returns (`stages_authenticator_email_list`).
pub type AuthenticatorEmailListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorEmailStageList,
>;

/// Query and header parameters of [`Stages::authenticator_email_list`] (`stages_authenticator_email_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEmailListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Stages::authenticator_email_partial_update`] returns (`stages_authenticator_email_partial_update`).
pub type AuthenticatorEmailPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorEmailStage,
>;

/// What [`Stages::authenticator_email_retrieve`] returns (`stages_authenticator_email_retrieve`).
pub type AuthenticatorEmailRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorEmailStage,
>;

/// What [`Stages::authenticator_email_update`] returns (`stages_authenticator_email_update`).
pub type AuthenticatorEmailUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorEmailStage,
>;

/// What [`Stages::authenticator_email_used_by_list`] returns (`stages_authenticator_email_used_by_list`).
pub type AuthenticatorEmailUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_endpoint_gdtc_create`] returns (`stages_authenticator_endpoint_gdtc_create`).
pub type AuthenticatorEndpointGdtcCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorEndpointGDTCStage,
>;

/// What [`Stages::authenticator_endpoint_gdtc_destroy`] returns (`stages_authenticator_endpoint_gdtc_destroy`).
pub type AuthenticatorEndpointGdtcDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_endpoint_gdtc_list`] returns (`stages_authenticator_endpoint_gdtc_list`).
pub type AuthenticatorEndpointGdtcListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorEndpointGDTCStageList,
>;

/// Query and header parameters of [`Stages::authenticator_endpoint_gdtc_list`] (`stages_authenticator_endpoint_gdtc_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEndpointGdtcListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
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
}

/// What [`Stages::authenticator_endpoint_gdtc_partial_update`] returns (`stages_authenticator_endpoint_gdtc_partial_update`).
pub type AuthenticatorEndpointGdtcPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorEndpointGDTCStage,
>;

/// What [`Stages::authenticator_endpoint_gdtc_retrieve`] returns (`stages_authenticator_endpoint_gdtc_retrieve`).
pub type AuthenticatorEndpointGdtcRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorEndpointGDTCStage,
>;

/// What [`Stages::authenticator_endpoint_gdtc_update`] returns (`stages_authenticator_endpoint_gdtc_update`).
pub type AuthenticatorEndpointGdtcUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorEndpointGDTCStage,
>;

/// What [`Stages::authenticator_endpoint_gdtc_used_by_list`] returns (`stages_authenticator_endpoint_gdtc_used_by_list`).
pub type AuthenticatorEndpointGdtcUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_sms_create`] returns (`stages_authenticator_sms_create`).
pub type AuthenticatorSmsCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorSMSStage,
>;

/// What [`Stages::authenticator_sms_destroy`] returns (`stages_authenticator_sms_destroy`).
pub type AuthenticatorSmsDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_sms_list`] returns (`stages_authenticator_sms_list`).
pub type AuthenticatorSmsListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorSMSStageList,
>;

/// Query and header parameters of [`Stages::authenticator_sms_list`] (`stages_authenticator_sms_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorSmsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_sid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<super::models::AuthTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<::uuid::Uuid>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<super::models::ProviderEnum>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_only: Option<bool>,
}

/// What [`Stages::authenticator_sms_partial_update`] returns (`stages_authenticator_sms_partial_update`).
pub type AuthenticatorSmsPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorSMSStage,
>;

/// What [`Stages::authenticator_sms_retrieve`] returns (`stages_authenticator_sms_retrieve`).
pub type AuthenticatorSmsRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorSMSStage,
>;

/// What [`Stages::authenticator_sms_update`] returns (`stages_authenticator_sms_update`).
pub type AuthenticatorSmsUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorSMSStage,
>;

/// What [`Stages::authenticator_sms_used_by_list`] returns (`stages_authenticator_sms_used_by_list`).
pub type AuthenticatorSmsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_static_create`] returns (`stages_authenticator_static_create`).
pub type AuthenticatorStaticCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorStaticStage,
>;

/// What [`Stages::authenticator_static_destroy`] returns (`stages_authenticator_static_destroy`).
pub type AuthenticatorStaticDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_static_list`] returns (`stages_authenticator_static_list`).
pub type AuthenticatorStaticListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorStaticStageList,
>;

/// Query and header parameters of [`Stages::authenticator_static_list`] (`stages_authenticator_static_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorStaticListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_length: Option<i64>,
}

/// What [`Stages::authenticator_static_partial_update`] returns (`stages_authenticator_static_partial_update`).
pub type AuthenticatorStaticPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorStaticStage,
>;

/// What [`Stages::authenticator_static_retrieve`] returns (`stages_authenticator_static_retrieve`).
pub type AuthenticatorStaticRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorStaticStage,
>;

/// What [`Stages::authenticator_static_update`] returns (`stages_authenticator_static_update`).
pub type AuthenticatorStaticUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorStaticStage,
>;

/// What [`Stages::authenticator_static_used_by_list`] returns (`stages_authenticator_static_used_by_list`).
pub type AuthenticatorStaticUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_totp_create`] returns (`stages_authenticator_totp_create`).
pub type AuthenticatorTotpCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorTOTPStage,
>;

/// What [`Stages::authenticator_totp_destroy`] returns (`stages_authenticator_totp_destroy`).
pub type AuthenticatorTotpDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_totp_list`] returns (`stages_authenticator_totp_list`).
pub type AuthenticatorTotpListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorTOTPStageList,
>;

/// Query and header parameters of [`Stages::authenticator_totp_list`] (`stages_authenticator_totp_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorTotpListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digits: Option<super::models::DigitsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::authenticator_totp_partial_update`] returns (`stages_authenticator_totp_partial_update`).
pub type AuthenticatorTotpPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorTOTPStage,
>;

/// What [`Stages::authenticator_totp_retrieve`] returns (`stages_authenticator_totp_retrieve`).
pub type AuthenticatorTotpRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorTOTPStage,
>;

/// What [`Stages::authenticator_totp_update`] returns (`stages_authenticator_totp_update`).
pub type AuthenticatorTotpUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorTOTPStage,
>;

/// What [`Stages::authenticator_totp_used_by_list`] returns (`stages_authenticator_totp_used_by_list`).
pub type AuthenticatorTotpUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_validate_create`] returns (`stages_authenticator_validate_create`).
pub type AuthenticatorValidateCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorValidateStage,
>;

/// What [`Stages::authenticator_validate_destroy`] returns (`stages_authenticator_validate_destroy`).
pub type AuthenticatorValidateDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_validate_list`] returns (`stages_authenticator_validate_list`).
pub type AuthenticatorValidateListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorValidateStageList,
>;

/// Query and header parameters of [`Stages::authenticator_validate_list`] (`stages_authenticator_validate_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorValidateListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration_stages: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_configured_action: Option<super::models::NotConfiguredActionEnum>,
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
}

/// What [`Stages::authenticator_validate_partial_update`] returns (`stages_authenticator_validate_partial_update`).
pub type AuthenticatorValidatePartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorValidateStage,
>;

/// What [`Stages::authenticator_validate_retrieve`] returns (`stages_authenticator_validate_retrieve`).
pub type AuthenticatorValidateRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorValidateStage,
>;

/// What [`Stages::authenticator_validate_update`] returns (`stages_authenticator_validate_update`).
pub type AuthenticatorValidateUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorValidateStage,
>;

/// What [`Stages::authenticator_validate_used_by_list`] returns (`stages_authenticator_validate_used_by_list`).
pub type AuthenticatorValidateUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::authenticator_webauthn_create`] returns (`stages_authenticator_webauthn_create`).
pub type AuthenticatorWebauthnCreateResponse = super::Reply201_400_403<
    super::models::AuthenticatorWebAuthnStage,
>;

/// What [`Stages::authenticator_webauthn_destroy`] returns (`stages_authenticator_webauthn_destroy`).
pub type AuthenticatorWebauthnDestroyResponse = super::Reply204_400_403;

/// What [`Stages::authenticator_webauthn_device_types_list`] returns (`stages_authenticator_webauthn_device_types_list`).
pub type AuthenticatorWebauthnDeviceTypesListResponse = super::Reply200_400_403<
    super::models::PaginatedWebAuthnDeviceTypeList,
>;

/// Query and header parameters of [`Stages::authenticator_webauthn_device_types_list`] (`stages_authenticator_webauthn_device_types_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebauthnDeviceTypesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aaguid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
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
}

/// What [`Stages::authenticator_webauthn_device_types_retrieve`] returns (`stages_authenticator_webauthn_device_types_retrieve`).
pub type AuthenticatorWebauthnDeviceTypesRetrieveResponse = super::Reply200_400_403<
    super::models::WebAuthnDeviceType,
>;

/// What [`Stages::authenticator_webauthn_list`] returns (`stages_authenticator_webauthn_list`).
pub type AuthenticatorWebauthnListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatorWebAuthnStageList,
>;

/// Query and header parameters of [`Stages::authenticator_webauthn_list`] (`stages_authenticator_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebauthnListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticator_attachment: Option<super::models::AuthenticatorAttachmentEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_restrictions: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<i64>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_key_requirement: Option<super::models::UserVerificationEnum>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<super::models::UserVerificationEnum>,
}

/// What [`Stages::authenticator_webauthn_partial_update`] returns (`stages_authenticator_webauthn_partial_update`).
pub type AuthenticatorWebauthnPartialUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorWebAuthnStage,
>;

/// What [`Stages::authenticator_webauthn_retrieve`] returns (`stages_authenticator_webauthn_retrieve`).
pub type AuthenticatorWebauthnRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatorWebAuthnStage,
>;

/// What [`Stages::authenticator_webauthn_update`] returns (`stages_authenticator_webauthn_update`).
pub type AuthenticatorWebauthnUpdateResponse = super::Reply200_400_403<
    super::models::AuthenticatorWebAuthnStage,
>;

/// What [`Stages::authenticator_webauthn_used_by_list`] returns (`stages_authenticator_webauthn_used_by_list`).
pub type AuthenticatorWebauthnUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::captcha_create`] returns (`stages_captcha_create`).
pub type CaptchaCreateResponse = super::Reply201_400_403<super::models::CaptchaStage>;

/// What [`Stages::captcha_destroy`] returns (`stages_captcha_destroy`).
pub type CaptchaDestroyResponse = super::Reply204_400_403;

/// What [`Stages::captcha_list`] returns (`stages_captcha_list`).
pub type CaptchaListResponse = super::Reply200_400_403<
    super::models::PaginatedCaptchaStageList,
>;

/// Query and header parameters of [`Stages::captcha_list`] (`stages_captcha_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaptchaListQuery {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Stages::captcha_partial_update`] returns (`stages_captcha_partial_update`).
pub type CaptchaPartialUpdateResponse = super::Reply200_400_403<
    super::models::CaptchaStage,
>;

/// What [`Stages::captcha_retrieve`] returns (`stages_captcha_retrieve`).
pub type CaptchaRetrieveResponse = super::Reply200_400_403<super::models::CaptchaStage>;

/// What [`Stages::captcha_update`] returns (`stages_captcha_update`).
pub type CaptchaUpdateResponse = super::Reply200_400_403<super::models::CaptchaStage>;

/// What [`Stages::captcha_used_by_list`] returns (`stages_captcha_used_by_list`).
pub type CaptchaUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::consent_create`] returns (`stages_consent_create`).
pub type ConsentCreateResponse = super::Reply201_400_403<super::models::ConsentStage>;

/// What [`Stages::consent_destroy`] returns (`stages_consent_destroy`).
pub type ConsentDestroyResponse = super::Reply204_400_403;

/// What [`Stages::consent_list`] returns (`stages_consent_list`).
pub type ConsentListResponse = super::Reply200_400_403<
    super::models::PaginatedConsentStageList,
>;

/// Query and header parameters of [`Stages::consent_list`] (`stages_consent_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_expire_in: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::models::ConsentModeEnum>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::consent_partial_update`] returns (`stages_consent_partial_update`).
pub type ConsentPartialUpdateResponse = super::Reply200_400_403<
    super::models::ConsentStage,
>;

/// What [`Stages::consent_retrieve`] returns (`stages_consent_retrieve`).
pub type ConsentRetrieveResponse = super::Reply200_400_403<super::models::ConsentStage>;

/// What [`Stages::consent_update`] returns (`stages_consent_update`).
pub type ConsentUpdateResponse = super::Reply200_400_403<super::models::ConsentStage>;

/// What [`Stages::consent_used_by_list`] returns (`stages_consent_used_by_list`).
pub type ConsentUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::deny_create`] returns (`stages_deny_create`).
pub type DenyCreateResponse = super::Reply201_400_403<super::models::DenyStage>;

/// What [`Stages::deny_destroy`] returns (`stages_deny_destroy`).
pub type DenyDestroyResponse = super::Reply204_400_403;

/// What [`Stages::deny_list`] returns (`stages_deny_list`).
pub type DenyListResponse = super::Reply200_400_403<
    super::models::PaginatedDenyStageList,
>;

/// Query and header parameters of [`Stages::deny_list`] (`stages_deny_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DenyListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_message: Option<String>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::deny_partial_update`] returns (`stages_deny_partial_update`).
pub type DenyPartialUpdateResponse = super::Reply200_400_403<super::models::DenyStage>;

/// What [`Stages::deny_retrieve`] returns (`stages_deny_retrieve`).
pub type DenyRetrieveResponse = super::Reply200_400_403<super::models::DenyStage>;

/// What [`Stages::deny_update`] returns (`stages_deny_update`).
pub type DenyUpdateResponse = super::Reply200_400_403<super::models::DenyStage>;

/// What [`Stages::deny_used_by_list`] returns (`stages_deny_used_by_list`).
pub type DenyUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::dummy_create`] returns (`stages_dummy_create`).
pub type DummyCreateResponse = super::Reply201_400_403<super::models::DummyStage>;

/// What [`Stages::dummy_destroy`] returns (`stages_dummy_destroy`).
pub type DummyDestroyResponse = super::Reply204_400_403;

/// What [`Stages::dummy_list`] returns (`stages_dummy_list`).
pub type DummyListResponse = super::Reply200_400_403<
    super::models::PaginatedDummyStageList,
>;

/// Query and header parameters of [`Stages::dummy_list`] (`stages_dummy_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyListQuery {
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
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throw_error: Option<bool>,
}

/// What [`Stages::dummy_partial_update`] returns (`stages_dummy_partial_update`).
pub type DummyPartialUpdateResponse = super::Reply200_400_403<super::models::DummyStage>;

/// What [`Stages::dummy_retrieve`] returns (`stages_dummy_retrieve`).
pub type DummyRetrieveResponse = super::Reply200_400_403<super::models::DummyStage>;

/// What [`Stages::dummy_update`] returns (`stages_dummy_update`).
pub type DummyUpdateResponse = super::Reply200_400_403<super::models::DummyStage>;

/// What [`Stages::dummy_used_by_list`] returns (`stages_dummy_used_by_list`).
pub type DummyUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::email_create`] returns (`stages_email_create`).
pub type EmailCreateResponse = super::Reply201_400_403<super::models::EmailStage>;

/// What [`Stages::email_destroy`] returns (`stages_email_destroy`).
pub type EmailDestroyResponse = super::Reply204_400_403;

/// What [`Stages::email_list`] returns (`stages_email_list`).
pub type EmailListResponse = super::Reply200_400_403<
    super::models::PaginatedEmailStageList,
>;

/// Query and header parameters of [`Stages::email_list`] (`stages_email_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_user_on_success: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Stages::email_partial_update`] returns (`stages_email_partial_update`).
pub type EmailPartialUpdateResponse = super::Reply200_400_403<super::models::EmailStage>;

/// What [`Stages::email_retrieve`] returns (`stages_email_retrieve`).
pub type EmailRetrieveResponse = super::Reply200_400_403<super::models::EmailStage>;

/// What [`Stages::email_templates_list`] returns (`stages_email_templates_list`).
pub type EmailTemplatesListResponse = super::Reply200_400_403<
    Vec<super::models::TypeCreate>,
>;

/// What [`Stages::email_update`] returns (`stages_email_update`).
pub type EmailUpdateResponse = super::Reply200_400_403<super::models::EmailStage>;

/// What [`Stages::email_used_by_list`] returns (`stages_email_used_by_list`).
pub type EmailUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::endpoints_create`] returns (`stages_endpoints_create`).
pub type EndpointsCreateResponse = super::Reply201_400_403<super::models::EndpointStage>;

/// What [`Stages::endpoints_destroy`] returns (`stages_endpoints_destroy`).
pub type EndpointsDestroyResponse = super::Reply204_400_403;

/// What [`Stages::endpoints_list`] returns (`stages_endpoints_list`).
pub type EndpointsListResponse = super::Reply200_400_403<
    super::models::PaginatedEndpointStageList,
>;

/// Query and header parameters of [`Stages::endpoints_list`] (`stages_endpoints_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointsListQuery {
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
}

/// What [`Stages::endpoints_partial_update`] returns (`stages_endpoints_partial_update`).
pub type EndpointsPartialUpdateResponse = super::Reply200_400_403<
    super::models::EndpointStage,
>;

/// What [`Stages::endpoints_retrieve`] returns (`stages_endpoints_retrieve`).
pub type EndpointsRetrieveResponse = super::Reply200_400_403<
    super::models::EndpointStage,
>;

/// What [`Stages::endpoints_update`] returns (`stages_endpoints_update`).
pub type EndpointsUpdateResponse = super::Reply200_400_403<super::models::EndpointStage>;

/// What [`Stages::endpoints_used_by_list`] returns (`stages_endpoints_used_by_list`).
pub type EndpointsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::identification_create`] returns (`stages_identification_create`).
pub type IdentificationCreateResponse = super::Reply201_400_403<
    super::models::IdentificationStage,
>;

/// What [`Stages::identification_destroy`] returns (`stages_identification_destroy`).
pub type IdentificationDestroyResponse = super::Reply204_400_403;

/// What [`Stages::identification_list`] returns (`stages_identification_list`).
pub type IdentificationListResponse = super::Reply200_400_403<
    super::models::PaginatedIdentificationStageList,
>;

/// Query and header parameters of [`Stages::identification_list`] (`stages_identification_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentificationListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_stage: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_insensitive_matching: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_flow: Option<::uuid::Uuid>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_stage: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passwordless_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_flow: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_matched_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_source_labels: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_stage: Option<::uuid::Uuid>,
}

/// What [`Stages::identification_partial_update`] returns (`stages_identification_partial_update`).
pub type IdentificationPartialUpdateResponse = super::Reply200_400_403<
    super::models::IdentificationStage,
>;

/// What [`Stages::identification_retrieve`] returns (`stages_identification_retrieve`).
pub type IdentificationRetrieveResponse = super::Reply200_400_403<
    super::models::IdentificationStage,
>;

/// What [`Stages::identification_update`] returns (`stages_identification_update`).
pub type IdentificationUpdateResponse = super::Reply200_400_403<
    super::models::IdentificationStage,
>;

/// What [`Stages::identification_used_by_list`] returns (`stages_identification_used_by_list`).
pub type IdentificationUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::invitation_invitations_create`] returns (`stages_invitation_invitations_create`).
pub type InvitationInvitationsCreateResponse = super::Reply201_400_403<
    super::models::Invitation,
>;

/// What [`Stages::invitation_invitations_destroy`] returns (`stages_invitation_invitations_destroy`).
pub type InvitationInvitationsDestroyResponse = super::Reply204_400_403;

/// What [`Stages::invitation_invitations_list`] returns (`stages_invitation_invitations_list`).
pub type InvitationInvitationsListResponse = super::Reply200_400_403<
    super::models::PaginatedInvitationList,
>;

/// Query and header parameters of [`Stages::invitation_invitations_list`] (`stages_invitation_invitations_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationInvitationsListQuery {
    #[serde(rename = "created_by__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<super::runtime::DateTime>,
    #[serde(rename = "flow__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_slug: Option<String>,
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
}

/// What [`Stages::invitation_invitations_partial_update`] returns (`stages_invitation_invitations_partial_update`).
pub type InvitationInvitationsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Invitation,
>;

/// What [`Stages::invitation_invitations_retrieve`] returns (`stages_invitation_invitations_retrieve`).
pub type InvitationInvitationsRetrieveResponse = super::Reply200_400_403<
    super::models::Invitation,
>;

/// What [`Stages::invitation_invitations_send_email_create`] returns (`stages_invitation_invitations_send_email_create`).
pub type InvitationInvitationsSendEmailCreateResponse = super::Reply204_400_403;

/// What [`Stages::invitation_invitations_update`] returns (`stages_invitation_invitations_update`).
pub type InvitationInvitationsUpdateResponse = super::Reply200_400_403<
    super::models::Invitation,
>;

/// What [`Stages::invitation_invitations_used_by_list`] returns (`stages_invitation_invitations_used_by_list`).
pub type InvitationInvitationsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::invitation_stages_create`] returns (`stages_invitation_stages_create`).
pub type InvitationStagesCreateResponse = super::Reply201_400_403<
    super::models::InvitationStage,
>;

/// What [`Stages::invitation_stages_destroy`] returns (`stages_invitation_stages_destroy`).
pub type InvitationStagesDestroyResponse = super::Reply204_400_403;

/// What [`Stages::invitation_stages_list`] returns (`stages_invitation_stages_list`).
pub type InvitationStagesListResponse = super::Reply200_400_403<
    super::models::PaginatedInvitationStageList,
>;

/// Query and header parameters of [`Stages::invitation_stages_list`] (`stages_invitation_stages_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationStagesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_flow_without_invitation: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_flows: Option<bool>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::invitation_stages_partial_update`] returns (`stages_invitation_stages_partial_update`).
pub type InvitationStagesPartialUpdateResponse = super::Reply200_400_403<
    super::models::InvitationStage,
>;

/// What [`Stages::invitation_stages_retrieve`] returns (`stages_invitation_stages_retrieve`).
pub type InvitationStagesRetrieveResponse = super::Reply200_400_403<
    super::models::InvitationStage,
>;

/// What [`Stages::invitation_stages_update`] returns (`stages_invitation_stages_update`).
pub type InvitationStagesUpdateResponse = super::Reply200_400_403<
    super::models::InvitationStage,
>;

/// What [`Stages::invitation_stages_used_by_list`] returns (`stages_invitation_stages_used_by_list`).
pub type InvitationStagesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::mtls_create`] returns (`stages_mtls_create`).
pub type MtlsCreateResponse = super::Reply201_400_403<super::models::MutualTLSStage>;

/// What [`Stages::mtls_destroy`] returns (`stages_mtls_destroy`).
pub type MtlsDestroyResponse = super::Reply204_400_403;

/// What [`Stages::mtls_list`] returns (`stages_mtls_list`).
pub type MtlsListResponse = super::Reply200_400_403<
    super::models::PaginatedMutualTLSStageList,
>;

/// Query and header parameters of [`Stages::mtls_list`] (`stages_mtls_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MtlsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_attribute: Option<super::models::CertAttributeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authorities: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::models::StageModeEnum>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_attribute: Option<super::models::UserAttributeEnum>,
}

/// What [`Stages::mtls_partial_update`] returns (`stages_mtls_partial_update`).
pub type MtlsPartialUpdateResponse = super::Reply200_400_403<
    super::models::MutualTLSStage,
>;

/// What [`Stages::mtls_retrieve`] returns (`stages_mtls_retrieve`).
pub type MtlsRetrieveResponse = super::Reply200_400_403<super::models::MutualTLSStage>;

/// What [`Stages::mtls_update`] returns (`stages_mtls_update`).
pub type MtlsUpdateResponse = super::Reply200_400_403<super::models::MutualTLSStage>;

/// What [`Stages::mtls_used_by_list`] returns (`stages_mtls_used_by_list`).
pub type MtlsUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::password_create`] returns (`stages_password_create`).
pub type PasswordCreateResponse = super::Reply201_400_403<super::models::PasswordStage>;

/// What [`Stages::password_destroy`] returns (`stages_password_destroy`).
pub type PasswordDestroyResponse = super::Reply204_400_403;

/// What [`Stages::password_list`] returns (`stages_password_list`).
pub type PasswordListResponse = super::Reply200_400_403<
    super::models::PaginatedPasswordStageList,
>;

/// Query and header parameters of [`Stages::password_list`] (`stages_password_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_attempts_before_cancel: Option<i64>,
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
}

/// What [`Stages::password_partial_update`] returns (`stages_password_partial_update`).
pub type PasswordPartialUpdateResponse = super::Reply200_400_403<
    super::models::PasswordStage,
>;

/// What [`Stages::password_retrieve`] returns (`stages_password_retrieve`).
pub type PasswordRetrieveResponse = super::Reply200_400_403<
    super::models::PasswordStage,
>;

/// What [`Stages::password_update`] returns (`stages_password_update`).
pub type PasswordUpdateResponse = super::Reply200_400_403<super::models::PasswordStage>;

/// What [`Stages::password_used_by_list`] returns (`stages_password_used_by_list`).
pub type PasswordUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::prompt_prompts_create`] returns (`stages_prompt_prompts_create`).
pub type PromptPromptsCreateResponse = super::Reply201_400_403<super::models::Prompt>;

/// What [`Stages::prompt_prompts_destroy`] returns (`stages_prompt_prompts_destroy`).
pub type PromptPromptsDestroyResponse = super::Reply204_400_403;

/// What [`Stages::prompt_prompts_list`] returns (`stages_prompt_prompts_list`).
pub type PromptPromptsListResponse = super::Reply200_400_403<
    super::models::PaginatedPromptList,
>;

/// Query and header parameters of [`Stages::prompt_prompts_list`] (`stages_prompt_prompts_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptPromptsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::models::PromptTypeEnum>,
}

/// What [`Stages::prompt_prompts_partial_update`] returns (`stages_prompt_prompts_partial_update`).
pub type PromptPromptsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Prompt,
>;

/// What [`Stages::prompt_prompts_preview_create`] returns (`stages_prompt_prompts_preview_create`).
pub type PromptPromptsPreviewCreateResponse = super::Reply200_400_403<
    super::models::PromptChallenge,
>;

/// What [`Stages::prompt_prompts_retrieve`] returns (`stages_prompt_prompts_retrieve`).
pub type PromptPromptsRetrieveResponse = super::Reply200_400_403<super::models::Prompt>;

/// What [`Stages::prompt_prompts_update`] returns (`stages_prompt_prompts_update`).
pub type PromptPromptsUpdateResponse = super::Reply200_400_403<super::models::Prompt>;

/// What [`Stages::prompt_prompts_used_by_list`] returns (`stages_prompt_prompts_used_by_list`).
pub type PromptPromptsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::prompt_stages_create`] returns (`stages_prompt_stages_create`).
pub type PromptStagesCreateResponse = super::Reply201_400_403<
    super::models::PromptStage,
>;

/// What [`Stages::prompt_stages_destroy`] returns (`stages_prompt_stages_destroy`).
pub type PromptStagesDestroyResponse = super::Reply204_400_403;

/// What [`Stages::prompt_stages_list`] returns (`stages_prompt_stages_list`).
pub type PromptStagesListResponse = super::Reply200_400_403<
    super::models::PaginatedPromptStageList,
>;

/// Query and header parameters of [`Stages::prompt_stages_list`] (`stages_prompt_stages_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptStagesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<::uuid::Uuid>>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_policies: Option<Vec<::uuid::Uuid>>,
}

/// What [`Stages::prompt_stages_partial_update`] returns (`stages_prompt_stages_partial_update`).
pub type PromptStagesPartialUpdateResponse = super::Reply200_400_403<
    super::models::PromptStage,
>;

/// What [`Stages::prompt_stages_retrieve`] returns (`stages_prompt_stages_retrieve`).
pub type PromptStagesRetrieveResponse = super::Reply200_400_403<
    super::models::PromptStage,
>;

/// What [`Stages::prompt_stages_update`] returns (`stages_prompt_stages_update`).
pub type PromptStagesUpdateResponse = super::Reply200_400_403<
    super::models::PromptStage,
>;

/// What [`Stages::prompt_stages_used_by_list`] returns (`stages_prompt_stages_used_by_list`).
pub type PromptStagesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::redirect_create`] returns (`stages_redirect_create`).
pub type RedirectCreateResponse = super::Reply201_400_403<super::models::RedirectStage>;

/// What [`Stages::redirect_destroy`] returns (`stages_redirect_destroy`).
pub type RedirectDestroyResponse = super::Reply204_400_403;

/// What [`Stages::redirect_list`] returns (`stages_redirect_list`).
pub type RedirectListResponse = super::Reply200_400_403<
    super::models::PaginatedRedirectStageList,
>;

/// Query and header parameters of [`Stages::redirect_list`] (`stages_redirect_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectListQuery {
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
}

/// What [`Stages::redirect_partial_update`] returns (`stages_redirect_partial_update`).
pub type RedirectPartialUpdateResponse = super::Reply200_400_403<
    super::models::RedirectStage,
>;

/// What [`Stages::redirect_retrieve`] returns (`stages_redirect_retrieve`).
pub type RedirectRetrieveResponse = super::Reply200_400_403<
    super::models::RedirectStage,
>;

/// What [`Stages::redirect_update`] returns (`stages_redirect_update`).
pub type RedirectUpdateResponse = super::Reply200_400_403<super::models::RedirectStage>;

/// What [`Stages::redirect_used_by_list`] returns (`stages_redirect_used_by_list`).
pub type RedirectUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::source_create`] returns (`stages_source_create`).
pub type SourceCreateResponse = super::Reply201_400_403<super::models::SourceStage>;

/// What [`Stages::source_destroy`] returns (`stages_source_destroy`).
pub type SourceDestroyResponse = super::Reply204_400_403;

/// What [`Stages::source_list`] returns (`stages_source_list`).
pub type SourceListResponse = super::Reply200_400_403<
    super::models::PaginatedSourceStageList,
>;

/// Query and header parameters of [`Stages::source_list`] (`stages_source_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceListQuery {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::source_partial_update`] returns (`stages_source_partial_update`).
pub type SourcePartialUpdateResponse = super::Reply200_400_403<
    super::models::SourceStage,
>;

/// What [`Stages::source_retrieve`] returns (`stages_source_retrieve`).
pub type SourceRetrieveResponse = super::Reply200_400_403<super::models::SourceStage>;

/// What [`Stages::source_update`] returns (`stages_source_update`).
pub type SourceUpdateResponse = super::Reply200_400_403<super::models::SourceStage>;

/// What [`Stages::source_used_by_list`] returns (`stages_source_used_by_list`).
pub type SourceUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Stages::user_delete_create`] returns (`stages_user_delete_create`).
pub type UserDeleteCreateResponse = super::Reply201_400_403<
    super::models::UserDeleteStage,
>;

/// What [`Stages::user_delete_destroy`] returns (`stages_user_delete_destroy`).
pub type UserDeleteDestroyResponse = super::Reply204_400_403;

/// What [`Stages::user_delete_list`] returns (`stages_user_delete_list`).
pub type UserDeleteListResponse = super::Reply200_400_403<
    super::models::PaginatedUserDeleteStageList,
>;

/// Query and header parameters of [`Stages::user_delete_list`] (`stages_user_delete_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserDeleteListQuery {
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::user_delete_partial_update`] returns (`stages_user_delete_partial_update`).
pub type UserDeletePartialUpdateResponse = super::Reply200_400_403<
    super::models::UserDeleteStage,
>;

/// What [`Stages::user_delete_retrieve`] returns (`stages_user_delete_retrieve`).
pub type UserDeleteRetrieveResponse = super::Reply200_400_403<
    super::models::UserDeleteStage,
>;

/// What [`Stages::user_delete_update`] returns (`stages_user_delete_update`).
pub type UserDeleteUpdateResponse = super::Reply200_400_403<
    super::models::UserDeleteStage,
>;

/// What [`Stages::user_delete_used_by_list`] returns (`stages_user_delete_used_by_list`).
pub type UserDeleteUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::user_login_create`] returns (`stages_user_login_create`).
pub type UserLoginCreateResponse = super::Reply201_400_403<
    super::models::UserLoginStage,
>;

/// What [`Stages::user_login_destroy`] returns (`stages_user_login_destroy`).
pub type UserLoginDestroyResponse = super::Reply204_400_403;

/// What [`Stages::user_login_list`] returns (`stages_user_login_list`).
pub type UserLoginListResponse = super::Reply200_400_403<
    super::models::PaginatedUserLoginStageList,
>;

/// Query and header parameters of [`Stages::user_login_list`] (`stages_user_login_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLoginListQuery {
    /// Bind sessions created by this stage to the configured GeoIP location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geoip_binding: Option<super::models::GeoipBindingEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Bind sessions created by this stage to the configured network
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_binding: Option<super::models::NetworkBindingEnum>,
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
    pub remember_device: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_me_offset: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminate_other_sessions: Option<bool>,
}

/// What [`Stages::user_login_partial_update`] returns (`stages_user_login_partial_update`).
pub type UserLoginPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserLoginStage,
>;

/// What [`Stages::user_login_retrieve`] returns (`stages_user_login_retrieve`).
pub type UserLoginRetrieveResponse = super::Reply200_400_403<
    super::models::UserLoginStage,
>;

/// What [`Stages::user_login_update`] returns (`stages_user_login_update`).
pub type UserLoginUpdateResponse = super::Reply200_400_403<
    super::models::UserLoginStage,
>;

/// What [`Stages::user_login_used_by_list`] returns (`stages_user_login_used_by_list`).
pub type UserLoginUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::user_logout_create`] returns (`stages_user_logout_create`).
pub type UserLogoutCreateResponse = super::Reply201_400_403<
    super::models::UserLogoutStage,
>;

/// What [`Stages::user_logout_destroy`] returns (`stages_user_logout_destroy`).
pub type UserLogoutDestroyResponse = super::Reply204_400_403;

/// What [`Stages::user_logout_list`] returns (`stages_user_logout_list`).
pub type UserLogoutListResponse = super::Reply200_400_403<
    super::models::PaginatedUserLogoutStageList,
>;

/// Query and header parameters of [`Stages::user_logout_list`] (`stages_user_logout_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLogoutListQuery {
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
    pub stage_uuid: Option<::uuid::Uuid>,
}

/// What [`Stages::user_logout_partial_update`] returns (`stages_user_logout_partial_update`).
pub type UserLogoutPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserLogoutStage,
>;

/// What [`Stages::user_logout_retrieve`] returns (`stages_user_logout_retrieve`).
pub type UserLogoutRetrieveResponse = super::Reply200_400_403<
    super::models::UserLogoutStage,
>;

/// What [`Stages::user_logout_update`] returns (`stages_user_logout_update`).
pub type UserLogoutUpdateResponse = super::Reply200_400_403<
    super::models::UserLogoutStage,
>;

/// What [`Stages::user_logout_used_by_list`] returns (`stages_user_logout_used_by_list`).
pub type UserLogoutUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Stages::user_write_create`] returns (`stages_user_write_create`).
pub type UserWriteCreateResponse = super::Reply201_400_403<
    super::models::UserWriteStage,
>;

/// What [`Stages::user_write_destroy`] returns (`stages_user_write_destroy`).
pub type UserWriteDestroyResponse = super::Reply204_400_403;

/// What [`Stages::user_write_list`] returns (`stages_user_write_list`).
pub type UserWriteListResponse = super::Reply200_400_403<
    super::models::PaginatedUserWriteStageList,
>;

/// Query and header parameters of [`Stages::user_write_list`] (`stages_user_write_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserWriteListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_users_as_inactive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_users_group: Option<::uuid::Uuid>,
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
    pub stage_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_creation_mode: Option<super::models::UserCreationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<super::models::UserTypeEnum>,
}

/// What [`Stages::user_write_partial_update`] returns (`stages_user_write_partial_update`).
pub type UserWritePartialUpdateResponse = super::Reply200_400_403<
    super::models::UserWriteStage,
>;

/// What [`Stages::user_write_retrieve`] returns (`stages_user_write_retrieve`).
pub type UserWriteRetrieveResponse = super::Reply200_400_403<
    super::models::UserWriteStage,
>;

/// What [`Stages::user_write_update`] returns (`stages_user_write_update`).
pub type UserWriteUpdateResponse = super::Reply200_400_403<
    super::models::UserWriteStage,
>;

/// What [`Stages::user_write_used_by_list`] returns (`stages_user_write_used_by_list`).
pub type UserWriteUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
