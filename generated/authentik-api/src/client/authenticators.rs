//! Operations tagged `authenticators` (83).
use super::runtime::client as rt;

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
    ) -> super::ResponseFuture<Vec<super::models::Device>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_all_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("user", &params.user);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/duo/` (`authenticators_admin_duo_create`).
    pub fn admin_duo_create(
        &self,
        body: &super::models::DuoDeviceRequest,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/duo/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/duo/{id}/` (`authenticators_admin_duo_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn admin_duo_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_duo_list_request(&self, params: &AdminDuoListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/duo/",
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

    /// Viewset for Duo authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/duo/` (`authenticators_admin_duo_list`).
    ///
    /// Optional parameters: [`AdminDuoListParams`].
    pub fn admin_duo_list(
        &self,
        params: &AdminDuoListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDuoDeviceList> {
        self.admin_duo_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_duo_list_stream(
        &self,
        params: &AdminDuoListParams,
    ) -> super::PageStream<super::models::DuoDevice> {
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
        body: &super::models::PatchedDuoDeviceRequest,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn admin_duo_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::DuoDeviceRequest,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_duo_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `POST /authenticators/admin/email/` (`authenticators_admin_email_create`).
    pub fn admin_email_create(
        &self,
        body: &super::models::EmailDeviceRequest,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/email/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/email/{id}/` (`authenticators_admin_email_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_email_list_request(&self, params: &AdminEmailListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/email/",
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

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/` (`authenticators_admin_email_list`).
    ///
    /// Optional parameters: [`AdminEmailListParams`].
    pub fn admin_email_list(
        &self,
        params: &AdminEmailListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEmailDeviceList> {
        self.admin_email_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_email_list_stream(
        &self,
        params: &AdminEmailListParams,
    ) -> super::PageStream<super::models::EmailDevice> {
        self.admin_email_list_request(params).paginate()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PATCH /authenticators/admin/email/{id}/` (`authenticators_admin_email_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedEmailDeviceRequest,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/email/{id}/` (`authenticators_admin_email_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices (for admins)
    ///
    /// `PUT /authenticators/admin/email/{id}/` (`authenticators_admin_email_update`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn admin_email_update(
        &self,
        id: i64,
        body: &super::models::EmailDeviceRequest,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_email_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GoogleEndpointDeviceRequest,
    ) -> super::ResponseFuture<super::models::GoogleEndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/endpoint/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/endpoint/{uuid}/` (`authenticators_admin_endpoint_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Endpoint Device.
    pub fn admin_endpoint_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/endpoint/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn admin_endpoint_list_request(
        &self,
        params: &AdminEndpointListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/endpoint/",
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

    /// Viewset for Endpoint authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/endpoint/` (`authenticators_admin_endpoint_list`).
    ///
    /// Optional parameters: [`AdminEndpointListParams`].
    pub fn admin_endpoint_list(
        &self,
        params: &AdminEndpointListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGoogleEndpointDeviceList> {
        self.admin_endpoint_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_endpoint_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_endpoint_list_stream(
        &self,
        params: &AdminEndpointListParams,
    ) -> super::PageStream<super::models::GoogleEndpointDevice> {
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
        body: &super::models::PatchedGoogleEndpointDeviceRequest,
    ) -> super::ResponseFuture<super::models::GoogleEndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/endpoint/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::GoogleEndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/endpoint/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GoogleEndpointDeviceRequest,
    ) -> super::ResponseFuture<super::models::GoogleEndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_endpoint_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/endpoint/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SMSDeviceRequest,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/sms/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/sms/{id}/` (`authenticators_admin_sms_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn admin_sms_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_sms_list_request(&self, params: &AdminSmsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/sms/",
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

    /// Viewset for sms authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/sms/` (`authenticators_admin_sms_list`).
    ///
    /// Optional parameters: [`AdminSmsListParams`].
    pub fn admin_sms_list(
        &self,
        params: &AdminSmsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSMSDeviceList> {
        self.admin_sms_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_sms_list_stream(
        &self,
        params: &AdminSmsListParams,
    ) -> super::PageStream<super::models::SMSDevice> {
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
        body: &super::models::PatchedSMSDeviceRequest,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn admin_sms_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SMSDeviceRequest,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_sms_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::StaticDeviceRequest,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/static/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/static/{id}/` (`authenticators_admin_static_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn admin_static_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_static_list_request(&self, params: &AdminStaticListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/static/",
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

    /// Viewset for static authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/static/` (`authenticators_admin_static_list`).
    ///
    /// Optional parameters: [`AdminStaticListParams`].
    pub fn admin_static_list(
        &self,
        params: &AdminStaticListParams,
    ) -> super::ResponseFuture<super::models::PaginatedStaticDeviceList> {
        self.admin_static_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_static_list_stream(
        &self,
        params: &AdminStaticListParams,
    ) -> super::PageStream<super::models::StaticDevice> {
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
        body: &super::models::PatchedStaticDeviceRequest,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::StaticDeviceRequest,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_static_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::TOTPDeviceRequest,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/totp/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/totp/{id}/` (`authenticators_admin_totp_destroy`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn admin_totp_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_totp_list_request(&self, params: &AdminTotpListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/totp/",
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

    /// Viewset for totp authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/totp/` (`authenticators_admin_totp_list`).
    ///
    /// Optional parameters: [`AdminTotpListParams`].
    pub fn admin_totp_list(
        &self,
        params: &AdminTotpListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTOTPDeviceList> {
        self.admin_totp_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_totp_list_stream(
        &self,
        params: &AdminTotpListParams,
    ) -> super::PageStream<super::models::TOTPDevice> {
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
        body: &super::models::PatchedTOTPDeviceRequest,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn admin_totp_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::TOTPDeviceRequest,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_totp_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::WebAuthnDeviceRequest,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_create",
            method: rt::Method::Post,
            path: "/authenticators/admin/webauthn/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `DELETE /authenticators/admin/webauthn/{id}/` (`authenticators_admin_webauthn_destroy`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn admin_webauthn_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/admin/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn admin_webauthn_list_request(
        &self,
        params: &AdminWebauthnListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_list",
            method: rt::Method::Get,
            path: "/authenticators/admin/webauthn/",
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

    /// Viewset for WebAuthn authenticator devices (for admins)
    ///
    /// `GET /authenticators/admin/webauthn/` (`authenticators_admin_webauthn_list`).
    ///
    /// Optional parameters: [`AdminWebauthnListParams`].
    pub fn admin_webauthn_list(
        &self,
        params: &AdminWebauthnListParams,
    ) -> super::ResponseFuture<super::models::PaginatedWebAuthnDeviceList> {
        self.admin_webauthn_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::admin_webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn admin_webauthn_list_stream(
        &self,
        params: &AdminWebauthnListParams,
    ) -> super::PageStream<super::models::WebAuthnDevice> {
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
        body: &super::models::PatchedWebAuthnDeviceRequest,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/admin/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/admin/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::WebAuthnDeviceRequest,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_admin_webauthn_update",
            method: rt::Method::Put,
            path: "/authenticators/admin/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get all devices for current user
    ///
    /// `GET /authenticators/all/` (`authenticators_all_list`).
    pub fn all_list(&self) -> super::ResponseFuture<Vec<super::models::Device>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_all_list",
            method: rt::Method::Get,
            path: "/authenticators/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Viewset for Duo authenticator devices
    ///
    /// `DELETE /authenticators/duo/{id}/` (`authenticators_duo_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Duo Device.
    pub fn duo_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn duo_list_request(&self, params: &DuoListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_list",
            method: rt::Method::Get,
            path: "/authenticators/duo/",
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

    /// Viewset for Duo authenticator devices
    ///
    /// `GET /authenticators/duo/` (`authenticators_duo_list`).
    ///
    /// Optional parameters: [`DuoListParams`].
    pub fn duo_list(
        &self,
        params: &DuoListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDuoDeviceList> {
        self.duo_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::duo_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn duo_list_stream(
        &self,
        params: &DuoListParams,
    ) -> super::PageStream<super::models::DuoDevice> {
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
        body: &super::models::PatchedDuoDeviceRequest,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn duo_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::DuoDeviceRequest,
    ) -> super::ResponseFuture<super::models::DuoDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_update",
            method: rt::Method::Put,
            path: "/authenticators/duo/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn duo_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_duo_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/duo/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `DELETE /authenticators/email/{id}/` (`authenticators_email_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn email_list_request(&self, params: &EmailListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_list",
            method: rt::Method::Get,
            path: "/authenticators/email/",
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

    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/` (`authenticators_email_list`).
    ///
    /// Optional parameters: [`EmailListParams`].
    pub fn email_list(
        &self,
        params: &EmailListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEmailDeviceList> {
        self.email_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::email_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn email_list_stream(
        &self,
        params: &EmailListParams,
    ) -> super::PageStream<super::models::EmailDevice> {
        self.email_list_request(params).paginate()
    }

    /// Viewset for email authenticator devices
    ///
    /// `PATCH /authenticators/email/{id}/` (`authenticators_email_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedEmailDeviceRequest,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `GET /authenticators/email/{id}/` (`authenticators_email_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for email authenticator devices
    ///
    /// `PUT /authenticators/email/{id}/` (`authenticators_email_update`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_update(
        &self,
        id: i64,
        body: &super::models::EmailDeviceRequest,
    ) -> super::ResponseFuture<super::models::EmailDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_update",
            method: rt::Method::Put,
            path: "/authenticators/email/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /authenticators/email/{id}/used_by/` (`authenticators_email_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Email Device.
    pub fn email_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_email_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/email/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn endpoint_list_request(&self, params: &EndpointListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_endpoint_list",
            method: rt::Method::Get,
            path: "/authenticators/endpoint/",
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

    /// Viewset for Endpoint authenticator devices
    ///
    /// `GET /authenticators/endpoint/` (`authenticators_endpoint_list`).
    ///
    /// Optional parameters: [`EndpointListParams`].
    pub fn endpoint_list(
        &self,
        params: &EndpointListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGoogleEndpointDeviceList> {
        self.endpoint_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::endpoint_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoint_list_stream(
        &self,
        params: &EndpointListParams,
    ) -> super::PageStream<super::models::GoogleEndpointDevice> {
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
    ) -> super::ResponseFuture<super::models::GoogleEndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_endpoint_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/endpoint/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_endpoint_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/endpoint/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Viewset for sms authenticator devices
    ///
    /// `DELETE /authenticators/sms/{id}/` (`authenticators_sms_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SMS Device.
    pub fn sms_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn sms_list_request(&self, params: &SmsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_list",
            method: rt::Method::Get,
            path: "/authenticators/sms/",
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

    /// Viewset for sms authenticator devices
    ///
    /// `GET /authenticators/sms/` (`authenticators_sms_list`).
    ///
    /// Optional parameters: [`SmsListParams`].
    pub fn sms_list(
        &self,
        params: &SmsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSMSDeviceList> {
        self.sms_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::sms_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn sms_list_stream(
        &self,
        params: &SmsListParams,
    ) -> super::PageStream<super::models::SMSDevice> {
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
        body: &super::models::PatchedSMSDeviceRequest,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn sms_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SMSDeviceRequest,
    ) -> super::ResponseFuture<super::models::SMSDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_update",
            method: rt::Method::Put,
            path: "/authenticators/sms/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn sms_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_sms_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/sms/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for static authenticator devices
    ///
    /// `DELETE /authenticators/static/{id}/` (`authenticators_static_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Static Device.
    pub fn static_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn static_list_request(&self, params: &StaticListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_list",
            method: rt::Method::Get,
            path: "/authenticators/static/",
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

    /// Viewset for static authenticator devices
    ///
    /// `GET /authenticators/static/` (`authenticators_static_list`).
    ///
    /// Optional parameters: [`StaticListParams`].
    pub fn static_list(
        &self,
        params: &StaticListParams,
    ) -> super::ResponseFuture<super::models::PaginatedStaticDeviceList> {
        self.static_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::static_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn static_list_stream(
        &self,
        params: &StaticListParams,
    ) -> super::PageStream<super::models::StaticDevice> {
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
        body: &super::models::PatchedStaticDeviceRequest,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn static_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::StaticDeviceRequest,
    ) -> super::ResponseFuture<super::models::StaticDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_update",
            method: rt::Method::Put,
            path: "/authenticators/static/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn static_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_static_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/static/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for totp authenticator devices
    ///
    /// `DELETE /authenticators/totp/{id}/` (`authenticators_totp_destroy`).
    ///
    /// - `id`: A unique integer value identifying this TOTP Device.
    pub fn totp_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn totp_list_request(&self, params: &TotpListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_list",
            method: rt::Method::Get,
            path: "/authenticators/totp/",
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

    /// Viewset for totp authenticator devices
    ///
    /// `GET /authenticators/totp/` (`authenticators_totp_list`).
    ///
    /// Optional parameters: [`TotpListParams`].
    pub fn totp_list(
        &self,
        params: &TotpListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTOTPDeviceList> {
        self.totp_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::totp_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn totp_list_stream(
        &self,
        params: &TotpListParams,
    ) -> super::PageStream<super::models::TOTPDevice> {
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
        body: &super::models::PatchedTOTPDeviceRequest,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn totp_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::TOTPDeviceRequest,
    ) -> super::ResponseFuture<super::models::TOTPDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_update",
            method: rt::Method::Put,
            path: "/authenticators/totp/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn totp_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_totp_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/totp/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `DELETE /authenticators/webauthn/{id}/` (`authenticators_webauthn_destroy`).
    ///
    /// - `id`: A unique integer value identifying this WebAuthn Device.
    pub fn webauthn_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_destroy",
            method: rt::Method::Delete,
            path: "/authenticators/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn webauthn_list_request(&self, params: &WebauthnListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_list",
            method: rt::Method::Get,
            path: "/authenticators/webauthn/",
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

    /// Viewset for WebAuthn authenticator devices
    ///
    /// `GET /authenticators/webauthn/` (`authenticators_webauthn_list`).
    ///
    /// Optional parameters: [`WebauthnListParams`].
    pub fn webauthn_list(
        &self,
        params: &WebauthnListParams,
    ) -> super::ResponseFuture<super::models::PaginatedWebAuthnDeviceList> {
        self.webauthn_list_request(params).send_json()
    }

    /// Every item of [`AuthenticatorsApi::webauthn_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn webauthn_list_stream(
        &self,
        params: &WebauthnListParams,
    ) -> super::PageStream<super::models::WebAuthnDevice> {
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
        body: &super::models::PatchedWebAuthnDeviceRequest,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_partial_update",
            method: rt::Method::Patch,
            path: "/authenticators/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn webauthn_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_retrieve",
            method: rt::Method::Get,
            path: "/authenticators/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::WebAuthnDeviceRequest,
    ) -> super::ResponseFuture<super::models::WebAuthnDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_update",
            method: rt::Method::Put,
            path: "/authenticators/webauthn/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn webauthn_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "authenticators_webauthn_used_by_list",
            method: rt::Method::Get,
            path: "/authenticators/webauthn/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`AuthenticatorsApi::admin_all_list`] (`authenticators_admin_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminAllListParams {
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`AuthenticatorsApi::admin_duo_list`] (`authenticators_admin_duo_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminDuoListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_email_list`] (`authenticators_admin_email_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminEmailListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_endpoint_list`] (`authenticators_admin_endpoint_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminEndpointListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_sms_list`] (`authenticators_admin_sms_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminSmsListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_static_list`] (`authenticators_admin_static_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminStaticListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_totp_list`] (`authenticators_admin_totp_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminTotpListParams {
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

/// Optional parameters of [`AuthenticatorsApi::admin_webauthn_list`] (`authenticators_admin_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdminWebauthnListParams {
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

/// Optional parameters of [`AuthenticatorsApi::duo_list`] (`authenticators_duo_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DuoListParams {
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

/// Optional parameters of [`AuthenticatorsApi::email_list`] (`authenticators_email_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmailListParams {
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

/// Optional parameters of [`AuthenticatorsApi::endpoint_list`] (`authenticators_endpoint_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointListParams {
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

/// Optional parameters of [`AuthenticatorsApi::sms_list`] (`authenticators_sms_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SmsListParams {
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

/// Optional parameters of [`AuthenticatorsApi::static_list`] (`authenticators_static_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticListParams {
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

/// Optional parameters of [`AuthenticatorsApi::totp_list`] (`authenticators_totp_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TotpListParams {
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

/// Optional parameters of [`AuthenticatorsApi::webauthn_list`] (`authenticators_webauthn_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WebauthnListParams {
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
