//! Operations tagged `authenticators` (83).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `authenticators`: `client.authenticators()`.
#[derive(Clone, Copy, Debug)]
pub struct AuthenticatorsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl AuthenticatorsApi<'_> {
    /// Get all devices for current user
    ///
    /// `GET /authenticators/admin/all/` (`authenticators_admin_all_list`).
    ///
    /// Optional parameters: [`AdminAllListParams`].
    pub fn admin_all_list(
        &self,
        params: &AdminAllListParams,
    ) -> ResponseFuture<Vec<models::Device>> {
        rt::operation!(Get "/authenticators/admin/all/" "authenticators_admin_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/duo/` (`authenticators_admin_duo_create`).
    pub fn admin_duo_create(
        &self,
        body: &models::DuoDeviceRequest,
    ) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(
            Post "/authenticators/admin/duo/" "authenticators_admin_duo_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn admin_duo_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/duo/{id}/" "authenticators_admin_duo_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_duo_list_request(&self, params: &AdminDuoListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/admin/duo/" "authenticators_admin_duo_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/duo/` (`authenticators_admin_duo_list`).
    ///
    /// Optional parameters: [`AdminDuoListParams`].
    pub fn admin_duo_list(
        &self,
        params: &AdminDuoListParams,
    ) -> ResponseFuture<models::PaginatedDuoDeviceList> {
        self.admin_duo_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_duo_list_stream(
        &self,
        params: &AdminDuoListParams,
    ) -> PageStream<models::DuoDevice> {
        self.admin_duo_list_request(params).paginate()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn admin_duo_partial_update(
        &self,
        id: i64,
        body: &models::PatchedDuoDeviceRequest,
    ) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(
            Patch "/authenticators/admin/duo/{id}/"
            "authenticators_admin_duo_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn admin_duo_retrieve(&self, id: i64) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(
            Get "/authenticators/admin/duo/{id}/" "authenticators_admin_duo_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_update`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn admin_duo_update(
        &self,
        id: i64,
        body: &models::DuoDeviceRequest,
    ) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(
            Put "/authenticators/admin/duo/{id}/" "authenticators_admin_duo_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/email/` (`authenticators_admin_email_create`).
    /// Since 2025.6.2.
    pub fn admin_email_create(
        &self,
        body: &models::EmailDeviceRequest,
    ) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Post "/authenticators/admin/email/" "authenticators_admin_email_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/email/{id}/` (`authenticators_admin_email_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/email/{id}/"
            "authenticators_admin_email_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_email_list_request(&self, params: &AdminEmailListParams) -> rt::Request {
        rt::operation!(
            Get "/authenticators/admin/email/" "authenticators_admin_email_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/` (`authenticators_admin_email_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`AdminEmailListParams`].
    pub fn admin_email_list(
        &self,
        params: &AdminEmailListParams,
    ) -> ResponseFuture<models::PaginatedEmailDeviceList> {
        self.admin_email_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_email_list_stream(
        &self,
        params: &AdminEmailListParams,
    ) -> PageStream<models::EmailDevice> {
        self.admin_email_list_request(params).paginate()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/email/{id}/` (`authenticators_admin_email_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_partial_update(
        &self,
        id: i64,
        body: &models::PatchedEmailDeviceRequest,
    ) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Patch "/authenticators/admin/email/{id}/"
            "authenticators_admin_email_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/{id}/` (`authenticators_admin_email_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_retrieve(&self, id: i64) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Get "/authenticators/admin/email/{id}/" "authenticators_admin_email_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/email/{id}/` (`authenticators_admin_email_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_update(
        &self,
        id: i64,
        body: &models::EmailDeviceRequest,
    ) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Put "/authenticators/admin/email/{id}/" "authenticators_admin_email_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/endpoint/` (`authenticators_admin_endpoint_create`).
    pub fn admin_endpoint_create(
        &self,
        body: &models::GoogleEndpointDeviceRequest,
    ) -> ResponseFuture<models::GoogleEndpointDevice> {
        rt::operation!(
            Post "/authenticators/admin/endpoint/" "authenticators_admin_endpoint_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn admin_endpoint_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/endpoint/{uuid}/"
            "authenticators_admin_endpoint_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn admin_endpoint_list_request(
        &self,
        params: &AdminEndpointListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/authenticators/admin/endpoint/" "authenticators_admin_endpoint_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/endpoint/` (`authenticators_admin_endpoint_list`).
    ///
    /// Optional parameters: [`AdminEndpointListParams`].
    pub fn admin_endpoint_list(
        &self,
        params: &AdminEndpointListParams,
    ) -> ResponseFuture<models::PaginatedGoogleEndpointDeviceList> {
        self.admin_endpoint_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_endpoint_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_endpoint_list_stream(
        &self,
        params: &AdminEndpointListParams,
    ) -> PageStream<models::GoogleEndpointDevice> {
        self.admin_endpoint_list_request(params).paginate()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn admin_endpoint_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedGoogleEndpointDeviceRequest,
    ) -> ResponseFuture<models::GoogleEndpointDevice> {
        rt::operation!(
            Patch "/authenticators/admin/endpoint/{uuid}/"
            "authenticators_admin_endpoint_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn admin_endpoint_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::GoogleEndpointDevice> {
        rt::operation!(
            Get "/authenticators/admin/endpoint/{uuid}/"
            "authenticators_admin_endpoint_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_update`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn admin_endpoint_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::GoogleEndpointDeviceRequest,
    ) -> ResponseFuture<models::GoogleEndpointDevice> {
        rt::operation!(
            Put "/authenticators/admin/endpoint/{uuid}/"
            "authenticators_admin_endpoint_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/sms/` (`authenticators_admin_sms_create`).
    pub fn admin_sms_create(
        &self,
        body: &models::SMSDeviceRequest,
    ) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(
            Post "/authenticators/admin/sms/" "authenticators_admin_sms_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn admin_sms_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/sms/{id}/" "authenticators_admin_sms_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_sms_list_request(&self, params: &AdminSmsListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/admin/sms/" "authenticators_admin_sms_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/sms/` (`authenticators_admin_sms_list`).
    ///
    /// Optional parameters: [`AdminSmsListParams`].
    pub fn admin_sms_list(
        &self,
        params: &AdminSmsListParams,
    ) -> ResponseFuture<models::PaginatedSMSDeviceList> {
        self.admin_sms_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_sms_list_stream(
        &self,
        params: &AdminSmsListParams,
    ) -> PageStream<models::SMSDevice> {
        self.admin_sms_list_request(params).paginate()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn admin_sms_partial_update(
        &self,
        id: i64,
        body: &models::PatchedSMSDeviceRequest,
    ) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(
            Patch "/authenticators/admin/sms/{id}/"
            "authenticators_admin_sms_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn admin_sms_retrieve(&self, id: i64) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(
            Get "/authenticators/admin/sms/{id}/" "authenticators_admin_sms_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_update`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn admin_sms_update(
        &self,
        id: i64,
        body: &models::SMSDeviceRequest,
    ) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(
            Put "/authenticators/admin/sms/{id}/" "authenticators_admin_sms_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/static/` (`authenticators_admin_static_create`).
    pub fn admin_static_create(
        &self,
        body: &models::StaticDeviceRequest,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Post "/authenticators/admin/static/" "authenticators_admin_static_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/static/{id}/` (`authenticators_admin_static_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn admin_static_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/static/{id}/"
            "authenticators_admin_static_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_static_list_request(&self, params: &AdminStaticListParams) -> rt::Request {
        rt::operation!(
            Get "/authenticators/admin/static/" "authenticators_admin_static_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/static/` (`authenticators_admin_static_list`).
    ///
    /// Optional parameters: [`AdminStaticListParams`].
    pub fn admin_static_list(
        &self,
        params: &AdminStaticListParams,
    ) -> ResponseFuture<models::PaginatedStaticDeviceList> {
        self.admin_static_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_static_list_stream(
        &self,
        params: &AdminStaticListParams,
    ) -> PageStream<models::StaticDevice> {
        self.admin_static_list_request(params).paginate()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/static/{id}/` (`authenticators_admin_static_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn admin_static_partial_update(
        &self,
        id: i64,
        body: &models::PatchedStaticDeviceRequest,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Patch "/authenticators/admin/static/{id}/"
            "authenticators_admin_static_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/static/{id}/` (`authenticators_admin_static_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn admin_static_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Get "/authenticators/admin/static/{id}/"
            "authenticators_admin_static_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/static/{id}/` (`authenticators_admin_static_update`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn admin_static_update(
        &self,
        id: i64,
        body: &models::StaticDeviceRequest,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Put "/authenticators/admin/static/{id}/" "authenticators_admin_static_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/totp/` (`authenticators_admin_totp_create`).
    pub fn admin_totp_create(
        &self,
        body: &models::TOTPDeviceRequest,
    ) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(
            Post "/authenticators/admin/totp/" "authenticators_admin_totp_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_destroy`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn admin_totp_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/totp/{id}/" "authenticators_admin_totp_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_totp_list_request(&self, params: &AdminTotpListParams) -> rt::Request {
        rt::operation!(
            Get "/authenticators/admin/totp/" "authenticators_admin_totp_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/totp/` (`authenticators_admin_totp_list`).
    ///
    /// Optional parameters: [`AdminTotpListParams`].
    pub fn admin_totp_list(
        &self,
        params: &AdminTotpListParams,
    ) -> ResponseFuture<models::PaginatedTOTPDeviceList> {
        self.admin_totp_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_totp_list_stream(
        &self,
        params: &AdminTotpListParams,
    ) -> PageStream<models::TOTPDevice> {
        self.admin_totp_list_request(params).paginate()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn admin_totp_partial_update(
        &self,
        id: i64,
        body: &models::PatchedTOTPDeviceRequest,
    ) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(
            Patch "/authenticators/admin/totp/{id}/"
            "authenticators_admin_totp_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn admin_totp_retrieve(&self, id: i64) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(
            Get "/authenticators/admin/totp/{id}/" "authenticators_admin_totp_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_update`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn admin_totp_update(
        &self,
        id: i64,
        body: &models::TOTPDeviceRequest,
    ) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(
            Put "/authenticators/admin/totp/{id}/" "authenticators_admin_totp_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/webauthn/` (`authenticators_admin_webauthn_create`).
    pub fn admin_webauthn_create(
        &self,
        body: &models::WebAuthnDeviceRequest,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Post "/authenticators/admin/webauthn/" "authenticators_admin_webauthn_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_destroy`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn admin_webauthn_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/admin/webauthn/{id}/"
            "authenticators_admin_webauthn_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_webauthn_list_request(
        &self,
        params: &AdminWebauthnListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/authenticators/admin/webauthn/" "authenticators_admin_webauthn_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/webauthn/` (`authenticators_admin_webauthn_list`).
    ///
    /// Optional parameters: [`AdminWebauthnListParams`].
    pub fn admin_webauthn_list(
        &self,
        params: &AdminWebauthnListParams,
    ) -> ResponseFuture<models::PaginatedWebAuthnDeviceList> {
        self.admin_webauthn_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_webauthn_list_stream(
        &self,
        params: &AdminWebauthnListParams,
    ) -> PageStream<models::WebAuthnDevice> {
        self.admin_webauthn_list_request(params).paginate()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn admin_webauthn_partial_update(
        &self,
        id: i64,
        body: &models::PatchedWebAuthnDeviceRequest,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Patch "/authenticators/admin/webauthn/{id}/"
            "authenticators_admin_webauthn_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn admin_webauthn_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Get "/authenticators/admin/webauthn/{id}/"
            "authenticators_admin_webauthn_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_update`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn admin_webauthn_update(
        &self,
        id: i64,
        body: &models::WebAuthnDeviceRequest,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Put "/authenticators/admin/webauthn/{id}/"
            "authenticators_admin_webauthn_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get all devices for current user
    ///
    /// `GET /authenticators/all/` (`authenticators_all_list`).
    pub fn all_list(&self) -> ResponseFuture<Vec<models::Device>> {
        rt::operation!(Get "/authenticators/all/" "authenticators_all_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `DELETE /authenticators/duo/{id}/` (`authenticators_duo_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/authenticators/duo/{id}/" "authenticators_duo_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn duo_list_request(&self, params: &DuoListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/duo/" "authenticators_duo_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `GET /authenticators/duo/` (`authenticators_duo_list`).
    ///
    /// Optional parameters: [`DuoListParams`].
    pub fn duo_list(
        &self,
        params: &DuoListParams,
    ) -> ResponseFuture<models::PaginatedDuoDeviceList> {
        self.duo_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn duo_list_stream(
        &self,
        params: &DuoListParams,
    ) -> PageStream<models::DuoDevice> {
        self.duo_list_request(params).paginate()
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `PATCH /authenticators/duo/{id}/` (`authenticators_duo_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_partial_update(
        &self,
        id: i64,
        body: &models::PatchedDuoDeviceRequest,
    ) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(
            Patch "/authenticators/duo/{id}/" "authenticators_duo_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `GET /authenticators/duo/{id}/` (`authenticators_duo_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_retrieve(&self, id: i64) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(Get "/authenticators/duo/{id}/" "authenticators_duo_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `PUT /authenticators/duo/{id}/` (`authenticators_duo_update`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_update(
        &self,
        id: i64,
        body: &models::DuoDeviceRequest,
    ) -> ResponseFuture<models::DuoDevice> {
        rt::operation!(Put "/authenticators/duo/{id}/" "authenticators_duo_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/duo/{id}/used_by/` (`authenticators_duo_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/duo/{id}/used_by/" "authenticators_duo_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `DELETE /authenticators/email/{id}/` (`authenticators_email_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/email/{id}/" "authenticators_email_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn email_list_request(&self, params: &EmailListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/email/" "authenticators_email_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/` (`authenticators_email_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`EmailListParams`].
    pub fn email_list(
        &self,
        params: &EmailListParams,
    ) -> ResponseFuture<models::PaginatedEmailDeviceList> {
        self.email_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn email_list_stream(
        &self,
        params: &EmailListParams,
    ) -> PageStream<models::EmailDevice> {
        self.email_list_request(params).paginate()
    }

    /// Viewset for email authenticator devices
    ///
    /// `PATCH /authenticators/email/{id}/` (`authenticators_email_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_partial_update(
        &self,
        id: i64,
        body: &models::PatchedEmailDeviceRequest,
    ) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Patch "/authenticators/email/{id}/" "authenticators_email_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/{id}/` (`authenticators_email_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_retrieve(&self, id: i64) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(
            Get "/authenticators/email/{id}/" "authenticators_email_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `PUT /authenticators/email/{id}/` (`authenticators_email_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_update(
        &self,
        id: i64,
        body: &models::EmailDeviceRequest,
    ) -> ResponseFuture<models::EmailDevice> {
        rt::operation!(Put "/authenticators/email/{id}/" "authenticators_email_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/email/{id}/used_by/` (`authenticators_email_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/email/{id}/used_by/" "authenticators_email_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn endpoint_list_request(&self, params: &EndpointListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/endpoint/" "authenticators_endpoint_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for Endpoint authenticator devices
    ///
    /// `GET /authenticators/endpoint/` (`authenticators_endpoint_list`).
    ///
    /// Optional parameters: [`EndpointListParams`].
    pub fn endpoint_list(
        &self,
        params: &EndpointListParams,
    ) -> ResponseFuture<models::PaginatedGoogleEndpointDeviceList> {
        self.endpoint_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::endpoint_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoint_list_stream(
        &self,
        params: &EndpointListParams,
    ) -> PageStream<models::GoogleEndpointDevice> {
        self.endpoint_list_request(params).paginate()
    }

    /// Viewset for Endpoint authenticator devices
    ///
    /// `GET /authenticators/endpoint/{uuid}/` (`authenticators_endpoint_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn endpoint_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::GoogleEndpointDevice> {
        rt::operation!(
            Get "/authenticators/endpoint/{uuid}/" "authenticators_endpoint_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/endpoint/{uuid}/used_by/` (`authenticators_endpoint_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn endpoint_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/endpoint/{uuid}/used_by/"
            "authenticators_endpoint_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Viewset for sms authenticator devices
    ///
    /// `DELETE /authenticators/sms/{id}/` (`authenticators_sms_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/authenticators/sms/{id}/" "authenticators_sms_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn sms_list_request(&self, params: &SmsListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/sms/" "authenticators_sms_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for sms authenticator devices
    ///
    /// `GET /authenticators/sms/` (`authenticators_sms_list`).
    ///
    /// Optional parameters: [`SmsListParams`].
    pub fn sms_list(
        &self,
        params: &SmsListParams,
    ) -> ResponseFuture<models::PaginatedSMSDeviceList> {
        self.sms_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn sms_list_stream(
        &self,
        params: &SmsListParams,
    ) -> PageStream<models::SMSDevice> {
        self.sms_list_request(params).paginate()
    }

    /// Viewset for sms authenticator devices
    ///
    /// `PATCH /authenticators/sms/{id}/` (`authenticators_sms_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_partial_update(
        &self,
        id: i64,
        body: &models::PatchedSMSDeviceRequest,
    ) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(
            Patch "/authenticators/sms/{id}/" "authenticators_sms_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for sms authenticator devices
    ///
    /// `GET /authenticators/sms/{id}/` (`authenticators_sms_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_retrieve(&self, id: i64) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(Get "/authenticators/sms/{id}/" "authenticators_sms_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for sms authenticator devices
    ///
    /// `PUT /authenticators/sms/{id}/` (`authenticators_sms_update`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_update(
        &self,
        id: i64,
        body: &models::SMSDeviceRequest,
    ) -> ResponseFuture<models::SMSDevice> {
        rt::operation!(Put "/authenticators/sms/{id}/" "authenticators_sms_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/sms/{id}/used_by/` (`authenticators_sms_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/sms/{id}/used_by/" "authenticators_sms_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for static authenticator devices
    ///
    /// `DELETE /authenticators/static/{id}/` (`authenticators_static_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/static/{id}/" "authenticators_static_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn static_list_request(&self, params: &StaticListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/static/" "authenticators_static_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for static authenticator devices
    ///
    /// `GET /authenticators/static/` (`authenticators_static_list`).
    ///
    /// Optional parameters: [`StaticListParams`].
    pub fn static_list(
        &self,
        params: &StaticListParams,
    ) -> ResponseFuture<models::PaginatedStaticDeviceList> {
        self.static_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn static_list_stream(
        &self,
        params: &StaticListParams,
    ) -> PageStream<models::StaticDevice> {
        self.static_list_request(params).paginate()
    }

    /// Viewset for static authenticator devices
    ///
    /// `PATCH /authenticators/static/{id}/` (`authenticators_static_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_partial_update(
        &self,
        id: i64,
        body: &models::PatchedStaticDeviceRequest,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Patch "/authenticators/static/{id}/" "authenticators_static_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for static authenticator devices
    ///
    /// `GET /authenticators/static/{id}/` (`authenticators_static_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_retrieve(&self, id: i64) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Get "/authenticators/static/{id}/" "authenticators_static_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for static authenticator devices
    ///
    /// `PUT /authenticators/static/{id}/` (`authenticators_static_update`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_update(
        &self,
        id: i64,
        body: &models::StaticDeviceRequest,
    ) -> ResponseFuture<models::StaticDevice> {
        rt::operation!(
            Put "/authenticators/static/{id}/" "authenticators_static_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/static/{id}/used_by/` (`authenticators_static_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/static/{id}/used_by/"
            "authenticators_static_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for totp authenticator devices
    ///
    /// `DELETE /authenticators/totp/{id}/` (`authenticators_totp_destroy`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/totp/{id}/" "authenticators_totp_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn totp_list_request(&self, params: &TotpListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/totp/" "authenticators_totp_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for totp authenticator devices
    ///
    /// `GET /authenticators/totp/` (`authenticators_totp_list`).
    ///
    /// Optional parameters: [`TotpListParams`].
    pub fn totp_list(
        &self,
        params: &TotpListParams,
    ) -> ResponseFuture<models::PaginatedTOTPDeviceList> {
        self.totp_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn totp_list_stream(
        &self,
        params: &TotpListParams,
    ) -> PageStream<models::TOTPDevice> {
        self.totp_list_request(params).paginate()
    }

    /// Viewset for totp authenticator devices
    ///
    /// `PATCH /authenticators/totp/{id}/` (`authenticators_totp_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_partial_update(
        &self,
        id: i64,
        body: &models::PatchedTOTPDeviceRequest,
    ) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(
            Patch "/authenticators/totp/{id}/" "authenticators_totp_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for totp authenticator devices
    ///
    /// `GET /authenticators/totp/{id}/` (`authenticators_totp_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_retrieve(&self, id: i64) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(Get "/authenticators/totp/{id}/" "authenticators_totp_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for totp authenticator devices
    ///
    /// `PUT /authenticators/totp/{id}/` (`authenticators_totp_update`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_update(
        &self,
        id: i64,
        body: &models::TOTPDeviceRequest,
    ) -> ResponseFuture<models::TOTPDevice> {
        rt::operation!(Put "/authenticators/totp/{id}/" "authenticators_totp_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/totp/{id}/used_by/` (`authenticators_totp_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/totp/{id}/used_by/" "authenticators_totp_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `DELETE /authenticators/webauthn/{id}/` (`authenticators_webauthn_destroy`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/authenticators/webauthn/{id}/" "authenticators_webauthn_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn webauthn_list_request(&self, params: &WebauthnListParams) -> rt::Request {
        rt::operation!(Get "/authenticators/webauthn/" "authenticators_webauthn_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `GET /authenticators/webauthn/` (`authenticators_webauthn_list`).
    ///
    /// Optional parameters: [`WebauthnListParams`].
    pub fn webauthn_list(
        &self,
        params: &WebauthnListParams,
    ) -> ResponseFuture<models::PaginatedWebAuthnDeviceList> {
        self.webauthn_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn webauthn_list_stream(
        &self,
        params: &WebauthnListParams,
    ) -> PageStream<models::WebAuthnDevice> {
        self.webauthn_list_request(params).paginate()
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `PATCH /authenticators/webauthn/{id}/` (`authenticators_webauthn_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_partial_update(
        &self,
        id: i64,
        body: &models::PatchedWebAuthnDeviceRequest,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Patch "/authenticators/webauthn/{id}/"
            "authenticators_webauthn_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `GET /authenticators/webauthn/{id}/` (`authenticators_webauthn_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_retrieve(&self, id: i64) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Get "/authenticators/webauthn/{id}/" "authenticators_webauthn_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `PUT /authenticators/webauthn/{id}/` (`authenticators_webauthn_update`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_update(
        &self,
        id: i64,
        body: &models::WebAuthnDeviceRequest,
    ) -> ResponseFuture<models::WebAuthnDevice> {
        rt::operation!(
            Put "/authenticators/webauthn/{id}/" "authenticators_webauthn_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/webauthn/{id}/used_by/` (`authenticators_webauthn_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/authenticators/webauthn/{id}/used_by/"
            "authenticators_webauthn_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`AuthenticatorsApi::admin_all_list`] (`authenticators_admin_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminAllListParams {
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`AuthenticatorsApi::admin_duo_list`] (`authenticators_admin_duo_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminDuoListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_email_list`] (`authenticators_admin_email_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminEmailListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_endpoint_list`] (`authenticators_admin_endpoint_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminEndpointListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_sms_list`] (`authenticators_admin_sms_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminSmsListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_static_list`] (`authenticators_admin_static_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminStaticListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_totp_list`] (`authenticators_admin_totp_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminTotpListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::admin_webauthn_list`] (`authenticators_admin_webauthn_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AdminWebauthnListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::duo_list`] (`authenticators_duo_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DuoListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::email_list`] (`authenticators_email_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EmailListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::endpoint_list`] (`authenticators_endpoint_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EndpointListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::sms_list`] (`authenticators_sms_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SmsListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::static_list`] (`authenticators_static_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct StaticListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::totp_list`] (`authenticators_totp_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TotpListParams {
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
    /// Optional parameters of [`AuthenticatorsApi::webauthn_list`] (`authenticators_webauthn_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct WebauthnListParams {
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
