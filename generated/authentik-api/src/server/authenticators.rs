//! Server side of the operations tagged `authenticators` (83).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `authenticators`. Implement those you serve, then
/// `Server::new().authenticators(service)` or [`router`]; the others go to
/// [`Authenticators::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Authenticators: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Get all devices for current user
    ///
    /// `GET /authenticators/admin/all/` (`authenticators_admin_all_list`).
    fn admin_all_list(
        &self,
        auth: rt::Auth,
        query: AdminAllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminAllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/duo/` (`authenticators_admin_duo_create`).
    fn admin_duo_create(
        &self,
        auth: rt::Auth,
        body: super::models::DuoDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminDuoCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_destroy`).
    fn admin_duo_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminDuoDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/duo/` (`authenticators_admin_duo_list`).
    fn admin_duo_list(
        &self,
        auth: rt::Auth,
        query: AdminDuoListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminDuoListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_partial_update`).
    fn admin_duo_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedDuoDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminDuoPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_retrieve`).
    fn admin_duo_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminDuoRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_update`).
    fn admin_duo_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::DuoDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminDuoUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_duo_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/email/` (`authenticators_admin_email_create`).
    fn admin_email_create(
        &self,
        auth: rt::Auth,
        body: super::models::EmailDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEmailCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/email/{id}/` (`authenticators_admin_email_destroy`).
    fn admin_email_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEmailDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/` (`authenticators_admin_email_list`).
    fn admin_email_list(
        &self,
        auth: rt::Auth,
        query: AdminEmailListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminEmailListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/email/{id}/` (`authenticators_admin_email_partial_update`).
    fn admin_email_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedEmailDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEmailPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/{id}/` (`authenticators_admin_email_retrieve`).
    fn admin_email_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEmailRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/email/{id}/` (`authenticators_admin_email_update`).
    fn admin_email_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::EmailDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEmailUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_email_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/endpoint/` (`authenticators_admin_endpoint_create`).
    fn admin_endpoint_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleEndpointDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_destroy`).
    fn admin_endpoint_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/endpoint/` (`authenticators_admin_endpoint_list`).
    fn admin_endpoint_list(
        &self,
        auth: rt::Auth,
        query: AdminEndpointListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_partial_update`).
    fn admin_endpoint_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedGoogleEndpointDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_retrieve`).
    fn admin_endpoint_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_update`).
    fn admin_endpoint_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::GoogleEndpointDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminEndpointUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_endpoint_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/sms/` (`authenticators_admin_sms_create`).
    fn admin_sms_create(
        &self,
        auth: rt::Auth,
        body: super::models::SMSDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminSmsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_destroy`).
    fn admin_sms_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminSmsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/sms/` (`authenticators_admin_sms_list`).
    fn admin_sms_list(
        &self,
        auth: rt::Auth,
        query: AdminSmsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminSmsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_partial_update`).
    fn admin_sms_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedSMSDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminSmsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_retrieve`).
    fn admin_sms_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminSmsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_update`).
    fn admin_sms_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SMSDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminSmsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_sms_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/static/` (`authenticators_admin_static_create`).
    fn admin_static_create(
        &self,
        auth: rt::Auth,
        body: super::models::StaticDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/static/{id}/` (`authenticators_admin_static_destroy`).
    fn admin_static_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/static/` (`authenticators_admin_static_list`).
    fn admin_static_list(
        &self,
        auth: rt::Auth,
        query: AdminStaticListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/static/{id}/` (`authenticators_admin_static_partial_update`).
    fn admin_static_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedStaticDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/static/{id}/` (`authenticators_admin_static_retrieve`).
    fn admin_static_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for static authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/static/{id}/` (`authenticators_admin_static_update`).
    fn admin_static_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::StaticDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminStaticUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_static_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/totp/` (`authenticators_admin_totp_create`).
    fn admin_totp_create(
        &self,
        auth: rt::Auth,
        body: super::models::TOTPDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminTotpCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_destroy`).
    fn admin_totp_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminTotpDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/totp/` (`authenticators_admin_totp_list`).
    fn admin_totp_list(
        &self,
        auth: rt::Auth,
        query: AdminTotpListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AdminTotpListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_partial_update`).
    fn admin_totp_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedTOTPDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminTotpPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_retrieve`).
    fn admin_totp_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminTotpRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_update`).
    fn admin_totp_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::TOTPDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminTotpUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_totp_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/webauthn/` (`authenticators_admin_webauthn_create`).
    fn admin_webauthn_create(
        &self,
        auth: rt::Auth,
        body: super::models::WebAuthnDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_destroy`).
    fn admin_webauthn_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/webauthn/` (`authenticators_admin_webauthn_list`).
    fn admin_webauthn_list(
        &self,
        auth: rt::Auth,
        query: AdminWebauthnListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_partial_update`).
    fn admin_webauthn_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedWebAuthnDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_retrieve`).
    fn admin_webauthn_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_update`).
    fn admin_webauthn_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::WebAuthnDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AdminWebauthnUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_admin_webauthn_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get all devices for current user
    ///
    /// `GET /authenticators/all/` (`authenticators_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(self.fallback(), "authenticators_all_list", auth, rt::Args::new())
    }
    /// Viewset for Duo authenticator devices
    ///
    /// `DELETE /authenticators/duo/{id}/` (`authenticators_duo_destroy`).
    fn duo_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<DuoDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for Duo authenticator devices
    ///
    /// `GET /authenticators/duo/` (`authenticators_duo_list`).
    fn duo_list(
        &self,
        auth: rt::Auth,
        query: DuoListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DuoListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for Duo authenticator devices
    ///
    /// `PATCH /authenticators/duo/{id}/` (`authenticators_duo_partial_update`).
    fn duo_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedDuoDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DuoPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for Duo authenticator devices
    ///
    /// `GET /authenticators/duo/{id}/` (`authenticators_duo_retrieve`).
    fn duo_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<DuoRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for Duo authenticator devices
    ///
    /// `PUT /authenticators/duo/{id}/` (`authenticators_duo_update`).
    fn duo_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::DuoDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DuoUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/duo/{id}/used_by/` (`authenticators_duo_used_by_list`).
    fn duo_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<DuoUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_duo_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for email authenticator devices
    ///
    /// `DELETE /authenticators/email/{id}/` (`authenticators_email_destroy`).
    fn email_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/` (`authenticators_email_list`).
    fn email_list(
        &self,
        auth: rt::Auth,
        query: EmailListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for email authenticator devices
    ///
    /// `PATCH /authenticators/email/{id}/` (`authenticators_email_partial_update`).
    fn email_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedEmailDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EmailPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/{id}/` (`authenticators_email_retrieve`).
    fn email_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for email authenticator devices
    ///
    /// `PUT /authenticators/email/{id}/` (`authenticators_email_update`).
    fn email_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::EmailDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<EmailUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/email/{id}/used_by/` (`authenticators_email_used_by_list`).
    fn email_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EmailUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_email_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for Endpoint authenticator devices
    ///
    /// `GET /authenticators/endpoint/` (`authenticators_endpoint_list`).
    fn endpoint_list(
        &self,
        auth: rt::Auth,
        query: EndpointListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EndpointListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_endpoint_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for Endpoint authenticator devices
    ///
    /// `GET /authenticators/endpoint/{uuid}/` (`authenticators_endpoint_retrieve`).
    fn endpoint_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_endpoint_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/endpoint/{uuid}/used_by/` (`authenticators_endpoint_used_by_list`).
    fn endpoint_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EndpointUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_endpoint_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Viewset for sms authenticator devices
    ///
    /// `DELETE /authenticators/sms/{id}/` (`authenticators_sms_destroy`).
    fn sms_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SmsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for sms authenticator devices
    ///
    /// `GET /authenticators/sms/` (`authenticators_sms_list`).
    fn sms_list(
        &self,
        auth: rt::Auth,
        query: SmsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SmsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for sms authenticator devices
    ///
    /// `PATCH /authenticators/sms/{id}/` (`authenticators_sms_partial_update`).
    fn sms_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedSMSDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SmsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for sms authenticator devices
    ///
    /// `GET /authenticators/sms/{id}/` (`authenticators_sms_retrieve`).
    fn sms_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SmsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for sms authenticator devices
    ///
    /// `PUT /authenticators/sms/{id}/` (`authenticators_sms_update`).
    fn sms_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SMSDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SmsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/sms/{id}/used_by/` (`authenticators_sms_used_by_list`).
    fn sms_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SmsUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_sms_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for static authenticator devices
    ///
    /// `DELETE /authenticators/static/{id}/` (`authenticators_static_destroy`).
    fn static_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<StaticDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for static authenticator devices
    ///
    /// `GET /authenticators/static/` (`authenticators_static_list`).
    fn static_list(
        &self,
        auth: rt::Auth,
        query: StaticListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<StaticListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for static authenticator devices
    ///
    /// `PATCH /authenticators/static/{id}/` (`authenticators_static_partial_update`).
    fn static_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedStaticDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<StaticPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for static authenticator devices
    ///
    /// `GET /authenticators/static/{id}/` (`authenticators_static_retrieve`).
    fn static_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<StaticRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for static authenticator devices
    ///
    /// `PUT /authenticators/static/{id}/` (`authenticators_static_update`).
    fn static_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::StaticDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<StaticUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/static/{id}/used_by/` (`authenticators_static_used_by_list`).
    fn static_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<StaticUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_static_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for totp authenticator devices
    ///
    /// `DELETE /authenticators/totp/{id}/` (`authenticators_totp_destroy`).
    fn totp_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<TotpDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for totp authenticator devices
    ///
    /// `GET /authenticators/totp/` (`authenticators_totp_list`).
    fn totp_list(
        &self,
        auth: rt::Auth,
        query: TotpListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TotpListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for totp authenticator devices
    ///
    /// `PATCH /authenticators/totp/{id}/` (`authenticators_totp_partial_update`).
    fn totp_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedTOTPDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TotpPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for totp authenticator devices
    ///
    /// `GET /authenticators/totp/{id}/` (`authenticators_totp_retrieve`).
    fn totp_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<TotpRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for totp authenticator devices
    ///
    /// `PUT /authenticators/totp/{id}/` (`authenticators_totp_update`).
    fn totp_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::TOTPDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TotpUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/totp/{id}/used_by/` (`authenticators_totp_used_by_list`).
    fn totp_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<TotpUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_totp_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for WebAuthn authenticator devices
    ///
    /// `DELETE /authenticators/webauthn/{id}/` (`authenticators_webauthn_destroy`).
    fn webauthn_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WebauthnDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for WebAuthn authenticator devices
    ///
    /// `GET /authenticators/webauthn/` (`authenticators_webauthn_list`).
    fn webauthn_list(
        &self,
        auth: rt::Auth,
        query: WebauthnListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<WebauthnListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Viewset for WebAuthn authenticator devices
    ///
    /// `PATCH /authenticators/webauthn/{id}/` (`authenticators_webauthn_partial_update`).
    fn webauthn_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedWebAuthnDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WebauthnPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Viewset for WebAuthn authenticator devices
    ///
    /// `GET /authenticators/webauthn/{id}/` (`authenticators_webauthn_retrieve`).
    fn webauthn_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WebauthnRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Viewset for WebAuthn authenticator devices
    ///
    /// `PUT /authenticators/webauthn/{id}/` (`authenticators_webauthn_update`).
    fn webauthn_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::WebAuthnDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<WebauthnUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/webauthn/{id}/used_by/` (`authenticators_webauthn_used_by_list`).
    fn webauthn_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WebauthnUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "authenticators_webauthn_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Authenticators>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "authenticators_admin_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_duo_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_duo_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_duo_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_duo_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_duo_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_duo_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_duo_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_email_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_email_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_email_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_email_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_email_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_email_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_email_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_endpoint_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_endpoint_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_endpoint_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_endpoint_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_endpoint_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_endpoint_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_endpoint_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_sms_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_sms_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_sms_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_sms_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_sms_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_sms_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_sms_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_static_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_static_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_static_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_static_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_static_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_static_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_static_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_totp_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_totp_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_totp_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_totp_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_totp_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_totp_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_totp_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_webauthn_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_webauthn_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.admin_webauthn_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_webauthn_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_webauthn_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_admin_webauthn_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .admin_webauthn_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_all_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "authenticators_duo_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.duo_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_duo_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.duo_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_duo_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .duo_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_duo_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.duo_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_duo_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .duo_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_duo_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.duo_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .email_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .email_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_email_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.email_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_endpoint_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoint_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_endpoint_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.endpoint_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_endpoint_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .endpoint_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.sms_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.sms_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .sms_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.sms_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .sms_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_sms_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.sms_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.static_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.static_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .static_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.static_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .static_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_static_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.static_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.totp_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.totp_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .totp_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.totp_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .totp_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_totp_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.totp_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.webauthn_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.webauthn_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .webauthn_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.webauthn_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .webauthn_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "authenticators_webauthn_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.webauthn_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `authenticators` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Authenticators>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Authenticators for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Authenticators::admin_all_list`] returns (`authenticators_admin_all_list`).
pub type AdminAllListResponse = super::Reply200_400_403<Vec<super::models::Device>>;

/// Query and header parameters of [`Authenticators::admin_all_list`] (`authenticators_admin_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminAllListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Authenticators::admin_duo_create`] returns (`authenticators_admin_duo_create`).
pub type AdminDuoCreateResponse = super::Reply201_400_403<super::models::DuoDevice>;

/// What [`Authenticators::admin_duo_destroy`] returns (`authenticators_admin_duo_destroy`).
pub type AdminDuoDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_duo_list`] returns (`authenticators_admin_duo_list`).
pub type AdminDuoListResponse = super::Reply200_400_403<
    super::models::PaginatedDuoDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_duo_list`] (`authenticators_admin_duo_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminDuoListQuery {
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

/// What [`Authenticators::admin_duo_partial_update`] returns (`authenticators_admin_duo_partial_update`).
pub type AdminDuoPartialUpdateResponse = super::Reply200_400_403<
    super::models::DuoDevice,
>;

/// What [`Authenticators::admin_duo_retrieve`] returns (`authenticators_admin_duo_retrieve`).
pub type AdminDuoRetrieveResponse = super::Reply200_400_403<super::models::DuoDevice>;

/// What [`Authenticators::admin_duo_update`] returns (`authenticators_admin_duo_update`).
pub type AdminDuoUpdateResponse = super::Reply200_400_403<super::models::DuoDevice>;

/// What [`Authenticators::admin_email_create`] returns (`authenticators_admin_email_create`).
pub type AdminEmailCreateResponse = super::Reply201_400_403<super::models::EmailDevice>;

/// What [`Authenticators::admin_email_destroy`] returns (`authenticators_admin_email_destroy`).
pub type AdminEmailDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_email_list`] returns (`authenticators_admin_email_list`).
pub type AdminEmailListResponse = super::Reply200_400_403<
    super::models::PaginatedEmailDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_email_list`] (`authenticators_admin_email_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminEmailListQuery {
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

/// What [`Authenticators::admin_email_partial_update`] returns (`authenticators_admin_email_partial_update`).
pub type AdminEmailPartialUpdateResponse = super::Reply200_400_403<
    super::models::EmailDevice,
>;

/// What [`Authenticators::admin_email_retrieve`] returns (`authenticators_admin_email_retrieve`).
pub type AdminEmailRetrieveResponse = super::Reply200_400_403<
    super::models::EmailDevice,
>;

/// What [`Authenticators::admin_email_update`] returns (`authenticators_admin_email_update`).
pub type AdminEmailUpdateResponse = super::Reply200_400_403<super::models::EmailDevice>;

/// What [`Authenticators::admin_endpoint_create`] returns (`authenticators_admin_endpoint_create`).
pub type AdminEndpointCreateResponse = super::Reply201_400_403<
    super::models::GoogleEndpointDevice,
>;

/// What [`Authenticators::admin_endpoint_destroy`] returns (`authenticators_admin_endpoint_destroy`).
pub type AdminEndpointDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_endpoint_list`] returns (`authenticators_admin_endpoint_list`).
pub type AdminEndpointListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleEndpointDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_endpoint_list`] (`authenticators_admin_endpoint_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminEndpointListQuery {
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

/// What [`Authenticators::admin_endpoint_partial_update`] returns (`authenticators_admin_endpoint_partial_update`).
pub type AdminEndpointPartialUpdateResponse = super::Reply200_400_403<
    super::models::GoogleEndpointDevice,
>;

/// What [`Authenticators::admin_endpoint_retrieve`] returns (`authenticators_admin_endpoint_retrieve`).
pub type AdminEndpointRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleEndpointDevice,
>;

/// What [`Authenticators::admin_endpoint_update`] returns (`authenticators_admin_endpoint_update`).
pub type AdminEndpointUpdateResponse = super::Reply200_400_403<
    super::models::GoogleEndpointDevice,
>;

/// What [`Authenticators::admin_sms_create`] returns (`authenticators_admin_sms_create`).
pub type AdminSmsCreateResponse = super::Reply201_400_403<super::models::SMSDevice>;

/// What [`Authenticators::admin_sms_destroy`] returns (`authenticators_admin_sms_destroy`).
pub type AdminSmsDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_sms_list`] returns (`authenticators_admin_sms_list`).
pub type AdminSmsListResponse = super::Reply200_400_403<
    super::models::PaginatedSMSDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_sms_list`] (`authenticators_admin_sms_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminSmsListQuery {
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

/// What [`Authenticators::admin_sms_partial_update`] returns (`authenticators_admin_sms_partial_update`).
pub type AdminSmsPartialUpdateResponse = super::Reply200_400_403<
    super::models::SMSDevice,
>;

/// What [`Authenticators::admin_sms_retrieve`] returns (`authenticators_admin_sms_retrieve`).
pub type AdminSmsRetrieveResponse = super::Reply200_400_403<super::models::SMSDevice>;

/// What [`Authenticators::admin_sms_update`] returns (`authenticators_admin_sms_update`).
pub type AdminSmsUpdateResponse = super::Reply200_400_403<super::models::SMSDevice>;

/// What [`Authenticators::admin_static_create`] returns (`authenticators_admin_static_create`).
pub type AdminStaticCreateResponse = super::Reply201_400_403<
    super::models::StaticDevice,
>;

/// What [`Authenticators::admin_static_destroy`] returns (`authenticators_admin_static_destroy`).
pub type AdminStaticDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_static_list`] returns (`authenticators_admin_static_list`).
pub type AdminStaticListResponse = super::Reply200_400_403<
    super::models::PaginatedStaticDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_static_list`] (`authenticators_admin_static_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminStaticListQuery {
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

/// What [`Authenticators::admin_static_partial_update`] returns (`authenticators_admin_static_partial_update`).
pub type AdminStaticPartialUpdateResponse = super::Reply200_400_403<
    super::models::StaticDevice,
>;

/// What [`Authenticators::admin_static_retrieve`] returns (`authenticators_admin_static_retrieve`).
pub type AdminStaticRetrieveResponse = super::Reply200_400_403<
    super::models::StaticDevice,
>;

/// What [`Authenticators::admin_static_update`] returns (`authenticators_admin_static_update`).
pub type AdminStaticUpdateResponse = super::Reply200_400_403<
    super::models::StaticDevice,
>;

/// What [`Authenticators::admin_totp_create`] returns (`authenticators_admin_totp_create`).
pub type AdminTotpCreateResponse = super::Reply201_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::admin_totp_destroy`] returns (`authenticators_admin_totp_destroy`).
pub type AdminTotpDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_totp_list`] returns (`authenticators_admin_totp_list`).
pub type AdminTotpListResponse = super::Reply200_400_403<
    super::models::PaginatedTOTPDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_totp_list`] (`authenticators_admin_totp_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminTotpListQuery {
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

/// What [`Authenticators::admin_totp_partial_update`] returns (`authenticators_admin_totp_partial_update`).
pub type AdminTotpPartialUpdateResponse = super::Reply200_400_403<
    super::models::TOTPDevice,
>;

/// What [`Authenticators::admin_totp_retrieve`] returns (`authenticators_admin_totp_retrieve`).
pub type AdminTotpRetrieveResponse = super::Reply200_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::admin_totp_update`] returns (`authenticators_admin_totp_update`).
pub type AdminTotpUpdateResponse = super::Reply200_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::admin_webauthn_create`] returns (`authenticators_admin_webauthn_create`).
pub type AdminWebauthnCreateResponse = super::Reply201_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::admin_webauthn_destroy`] returns (`authenticators_admin_webauthn_destroy`).
pub type AdminWebauthnDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::admin_webauthn_list`] returns (`authenticators_admin_webauthn_list`).
pub type AdminWebauthnListResponse = super::Reply200_400_403<
    super::models::PaginatedWebAuthnDeviceList,
>;

/// Query and header parameters of [`Authenticators::admin_webauthn_list`] (`authenticators_admin_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminWebauthnListQuery {
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

/// What [`Authenticators::admin_webauthn_partial_update`] returns (`authenticators_admin_webauthn_partial_update`).
pub type AdminWebauthnPartialUpdateResponse = super::Reply200_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::admin_webauthn_retrieve`] returns (`authenticators_admin_webauthn_retrieve`).
pub type AdminWebauthnRetrieveResponse = super::Reply200_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::admin_webauthn_update`] returns (`authenticators_admin_webauthn_update`).
pub type AdminWebauthnUpdateResponse = super::Reply200_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::all_list`] returns (`authenticators_all_list`).
pub type AllListResponse = super::Reply200_400_403<Vec<super::models::Device>>;

/// What [`Authenticators::duo_destroy`] returns (`authenticators_duo_destroy`).
pub type DuoDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::duo_list`] returns (`authenticators_duo_list`).
pub type DuoListResponse = super::Reply200_400_403<
    super::models::PaginatedDuoDeviceList,
>;

/// Query and header parameters of [`Authenticators::duo_list`] (`authenticators_duo_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuoListQuery {
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

/// What [`Authenticators::duo_partial_update`] returns (`authenticators_duo_partial_update`).
pub type DuoPartialUpdateResponse = super::Reply200_400_403<super::models::DuoDevice>;

/// What [`Authenticators::duo_retrieve`] returns (`authenticators_duo_retrieve`).
pub type DuoRetrieveResponse = super::Reply200_400_403<super::models::DuoDevice>;

/// What [`Authenticators::duo_update`] returns (`authenticators_duo_update`).
pub type DuoUpdateResponse = super::Reply200_400_403<super::models::DuoDevice>;

/// What [`Authenticators::duo_used_by_list`] returns (`authenticators_duo_used_by_list`).
pub type DuoUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Authenticators::email_destroy`] returns (`authenticators_email_destroy`).
pub type EmailDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::email_list`] returns (`authenticators_email_list`).
pub type EmailListResponse = super::Reply200_400_403<
    super::models::PaginatedEmailDeviceList,
>;

/// Query and header parameters of [`Authenticators::email_list`] (`authenticators_email_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailListQuery {
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

/// What [`Authenticators::email_partial_update`] returns (`authenticators_email_partial_update`).
pub type EmailPartialUpdateResponse = super::Reply200_400_403<
    super::models::EmailDevice,
>;

/// What [`Authenticators::email_retrieve`] returns (`authenticators_email_retrieve`).
pub type EmailRetrieveResponse = super::Reply200_400_403<super::models::EmailDevice>;

/// What [`Authenticators::email_update`] returns (`authenticators_email_update`).
pub type EmailUpdateResponse = super::Reply200_400_403<super::models::EmailDevice>;

/// What [`Authenticators::email_used_by_list`] returns (`authenticators_email_used_by_list`).
pub type EmailUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Authenticators::endpoint_list`] returns (`authenticators_endpoint_list`).
pub type EndpointListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleEndpointDeviceList,
>;

/// Query and header parameters of [`Authenticators::endpoint_list`] (`authenticators_endpoint_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointListQuery {
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

/// What [`Authenticators::endpoint_retrieve`] returns (`authenticators_endpoint_retrieve`).
pub type EndpointRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleEndpointDevice,
>;

/// What [`Authenticators::endpoint_used_by_list`] returns (`authenticators_endpoint_used_by_list`).
pub type EndpointUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Authenticators::sms_destroy`] returns (`authenticators_sms_destroy`).
pub type SmsDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::sms_list`] returns (`authenticators_sms_list`).
pub type SmsListResponse = super::Reply200_400_403<
    super::models::PaginatedSMSDeviceList,
>;

/// Query and header parameters of [`Authenticators::sms_list`] (`authenticators_sms_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SmsListQuery {
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

/// What [`Authenticators::sms_partial_update`] returns (`authenticators_sms_partial_update`).
pub type SmsPartialUpdateResponse = super::Reply200_400_403<super::models::SMSDevice>;

/// What [`Authenticators::sms_retrieve`] returns (`authenticators_sms_retrieve`).
pub type SmsRetrieveResponse = super::Reply200_400_403<super::models::SMSDevice>;

/// What [`Authenticators::sms_update`] returns (`authenticators_sms_update`).
pub type SmsUpdateResponse = super::Reply200_400_403<super::models::SMSDevice>;

/// What [`Authenticators::sms_used_by_list`] returns (`authenticators_sms_used_by_list`).
pub type SmsUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Authenticators::static_destroy`] returns (`authenticators_static_destroy`).
pub type StaticDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::static_list`] returns (`authenticators_static_list`).
pub type StaticListResponse = super::Reply200_400_403<
    super::models::PaginatedStaticDeviceList,
>;

/// Query and header parameters of [`Authenticators::static_list`] (`authenticators_static_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StaticListQuery {
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

/// What [`Authenticators::static_partial_update`] returns (`authenticators_static_partial_update`).
pub type StaticPartialUpdateResponse = super::Reply200_400_403<
    super::models::StaticDevice,
>;

/// What [`Authenticators::static_retrieve`] returns (`authenticators_static_retrieve`).
pub type StaticRetrieveResponse = super::Reply200_400_403<super::models::StaticDevice>;

/// What [`Authenticators::static_update`] returns (`authenticators_static_update`).
pub type StaticUpdateResponse = super::Reply200_400_403<super::models::StaticDevice>;

/// What [`Authenticators::static_used_by_list`] returns (`authenticators_static_used_by_list`).
pub type StaticUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Authenticators::totp_destroy`] returns (`authenticators_totp_destroy`).
pub type TotpDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::totp_list`] returns (`authenticators_totp_list`).
pub type TotpListResponse = super::Reply200_400_403<
    super::models::PaginatedTOTPDeviceList,
>;

/// Query and header parameters of [`Authenticators::totp_list`] (`authenticators_totp_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TotpListQuery {
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

/// What [`Authenticators::totp_partial_update`] returns (`authenticators_totp_partial_update`).
pub type TotpPartialUpdateResponse = super::Reply200_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::totp_retrieve`] returns (`authenticators_totp_retrieve`).
pub type TotpRetrieveResponse = super::Reply200_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::totp_update`] returns (`authenticators_totp_update`).
pub type TotpUpdateResponse = super::Reply200_400_403<super::models::TOTPDevice>;

/// What [`Authenticators::totp_used_by_list`] returns (`authenticators_totp_used_by_list`).
pub type TotpUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Authenticators::webauthn_destroy`] returns (`authenticators_webauthn_destroy`).
pub type WebauthnDestroyResponse = super::Reply204_400_403;

/// What [`Authenticators::webauthn_list`] returns (`authenticators_webauthn_list`).
pub type WebauthnListResponse = super::Reply200_400_403<
    super::models::PaginatedWebAuthnDeviceList,
>;

/// Query and header parameters of [`Authenticators::webauthn_list`] (`authenticators_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebauthnListQuery {
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

/// What [`Authenticators::webauthn_partial_update`] returns (`authenticators_webauthn_partial_update`).
pub type WebauthnPartialUpdateResponse = super::Reply200_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::webauthn_retrieve`] returns (`authenticators_webauthn_retrieve`).
pub type WebauthnRetrieveResponse = super::Reply200_400_403<
    super::models::WebAuthnDevice,
>;

/// What [`Authenticators::webauthn_update`] returns (`authenticators_webauthn_update`).
pub type WebauthnUpdateResponse = super::Reply200_400_403<super::models::WebAuthnDevice>;

/// What [`Authenticators::webauthn_used_by_list`] returns (`authenticators_webauthn_used_by_list`).
pub type WebauthnUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
