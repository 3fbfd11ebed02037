//! Operations tagged `core` (78).
use super::runtime::client as rt;

/// The operations tagged `core`: `client.core()`.
#[derive(Clone, Copy, Debug)]
pub struct CoreApi<'a> {
    pub(super) client: &'a super::Client,
}

impl CoreApi<'_> {
    /// ApplicationEntitlement Viewset
    ///
    /// `POST /core/application_entitlements/` (`core_application_entitlements_create`).
    pub fn application_entitlements_create(
        &self,
        body: &super::models::ApplicationEntitlementRequest,
    ) -> super::ResponseFuture<super::models::ApplicationEntitlement> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_create",
            method: rt::Method::Post,
            path: "/core/application_entitlements/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `DELETE /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_destroy",
            method: rt::Method::Delete,
            path: "/core/application_entitlements/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn application_entitlements_list_request(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_list",
            method: rt::Method::Get,
            path: "/core/application_entitlements/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("app", &params.app);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("search", &params.search);
        request
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/` (`core_application_entitlements_list`).
    ///
    /// Optional parameters: [`ApplicationEntitlementsListParams`].
    pub fn application_entitlements_list(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedApplicationEntitlementList> {
        self.application_entitlements_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::application_entitlements_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn application_entitlements_list_stream(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> super::PageStream<super::models::ApplicationEntitlement> {
        self.application_entitlements_list_request(params).paginate()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `PATCH /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_partial_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedApplicationEntitlementRequest,
    ) -> super::ResponseFuture<super::models::ApplicationEntitlement> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_partial_update",
            method: rt::Method::Patch,
            path: "/core/application_entitlements/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    fn application_entitlements_requestable_list_request(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_requestable_list",
            method: rt::Method::Get,
            path: "/core/application_entitlements/requestable/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("app", &params.app);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("search", &params.search);
        request
    }

    /// List application entitlements which the current user can request access to
    ///
    /// `GET /core/application_entitlements/requestable/` (`core_application_entitlements_requestable_list`).
    ///
    /// Optional parameters: [`ApplicationEntitlementsRequestableListParams`].
    pub fn application_entitlements_requestable_list(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRequestableTargetList> {
        self.application_entitlements_requestable_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::application_entitlements_requestable_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn application_entitlements_requestable_list_stream(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> super::PageStream<super::models::RequestableTarget> {
        self.application_entitlements_requestable_list_request(params).paginate()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_retrieve`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ApplicationEntitlement> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_retrieve",
            method: rt::Method::Get,
            path: "/core/application_entitlements/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `PUT /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::ApplicationEntitlementRequest,
    ) -> super::ResponseFuture<super::models::ApplicationEntitlement> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_update",
            method: rt::Method::Put,
            path: "/core/application_entitlements/{pbm_uuid}/",
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
    /// `GET /core/application_entitlements/{pbm_uuid}/used_by/` (`core_application_entitlements_used_by_list`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_application_entitlements_used_by_list",
            method: rt::Method::Get,
            path: "/core/application_entitlements/{pbm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// Check access to a single application by slug
    ///
    /// `GET /core/applications/{slug}/check_access/` (`core_applications_check_access_retrieve`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    ///
    /// Optional parameters: [`ApplicationsCheckAccessRetrieveParams`].
    pub fn applications_check_access_retrieve(
        &self,
        slug: &str,
        params: &ApplicationsCheckAccessRetrieveParams,
    ) -> super::ResponseFuture<super::models::PolicyTestResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_check_access_retrieve",
            method: rt::Method::Get,
            path: "/core/applications/{slug}/check_access/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.query("for_user", &params.for_user);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `POST /core/applications/` (`core_applications_create`).
    pub fn applications_create(
        &self,
        body: &super::models::ApplicationRequest,
    ) -> super::ResponseFuture<super::models::Application> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_create",
            method: rt::Method::Post,
            path: "/core/applications/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `DELETE /core/applications/{slug}/` (`core_applications_destroy`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_destroy",
            method: rt::Method::Delete,
            path: "/core/applications/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn applications_list_request(&self, params: &ApplicationsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_list",
            method: rt::Method::Get,
            path: "/core/applications/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("for_user", &params.for_user);
        request.query("group", &params.group);
        request.query("meta_description", &params.meta_description);
        request.query("meta_launch_url", &params.meta_launch_url);
        request.query("meta_publisher", &params.meta_publisher);
        request.query("name", &params.name);
        request.query("only_with_launch_url", &params.only_with_launch_url);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request.query("superuser_full_list", &params.superuser_full_list);
        request
    }

    /// Custom list method that checks Policy based access instead of guardian
    ///
    /// `GET /core/applications/` (`core_applications_list`).
    ///
    /// Optional parameters: [`ApplicationsListParams`].
    pub fn applications_list(
        &self,
        params: &ApplicationsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedApplicationList> {
        self.applications_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::applications_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn applications_list_stream(
        &self,
        params: &ApplicationsListParams,
    ) -> super::PageStream<super::models::Application> {
        self.applications_list_request(params).paginate()
    }

    /// Application Viewset
    ///
    /// `PATCH /core/applications/{slug}/` (`core_applications_partial_update`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_partial_update(
        &self,
        slug: &str,
        body: &super::models::PatchedApplicationRequest,
    ) -> super::ResponseFuture<super::models::Application> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_partial_update",
            method: rt::Method::Patch,
            path: "/core/applications/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    fn applications_requestable_list_request(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_requestable_list",
            method: rt::Method::Get,
            path: "/core/applications/requestable/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("meta_description", &params.meta_description);
        request.query("meta_launch_url", &params.meta_launch_url);
        request.query("meta_publisher", &params.meta_publisher);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request
    }

    /// List applications which the current user can request access to
    ///
    /// `GET /core/applications/requestable/` (`core_applications_requestable_list`).
    ///
    /// Optional parameters: [`ApplicationsRequestableListParams`].
    pub fn applications_requestable_list(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> super::ResponseFuture<super::models::PaginatedApplicationList> {
        self.applications_requestable_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::applications_requestable_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn applications_requestable_list_stream(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> super::PageStream<super::models::Application> {
        self.applications_requestable_list_request(params).paginate()
    }

    /// Application Viewset
    ///
    /// `GET /core/applications/{slug}/` (`core_applications_retrieve`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::Application> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_retrieve",
            method: rt::Method::Get,
            path: "/core/applications/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `PUT /core/applications/{slug}/` (`core_applications_update`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_update(
        &self,
        slug: &str,
        body: &super::models::ApplicationRequest,
    ) -> super::ResponseFuture<super::models::Application> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_update",
            method: rt::Method::Put,
            path: "/core/applications/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/applications/{slug}/used_by/` (`core_applications_used_by_list`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_applications_used_by_list",
            method: rt::Method::Get,
            path: "/core/applications/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Bulk revoke all sessions for multiple users
    ///
    /// `DELETE /core/authenticated_sessions/bulk_delete/` (`core_authenticated_sessions_bulk_delete_destroy`).
    ///
    /// - `user_pks`: List of user IDs to revoke all sessions for
    pub fn authenticated_sessions_bulk_delete_destroy(
        &self,
        user_pks: &[i64],
    ) -> super::ResponseFuture<super::models::BulkDeleteSessionResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_authenticated_sessions_bulk_delete_destroy",
            method: rt::Method::Delete,
            path: "/core/authenticated_sessions/bulk_delete/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("user_pks", user_pks);
        request.send_json()
    }

    /// AuthenticatedSession Viewset
    ///
    /// `DELETE /core/authenticated_sessions/{uuid}/` (`core_authenticated_sessions_destroy`).
    ///
    /// - `uuid`
    pub fn authenticated_sessions_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_authenticated_sessions_destroy",
            method: rt::Method::Delete,
            path: "/core/authenticated_sessions/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn authenticated_sessions_list_request(
        &self,
        params: &AuthenticatedSessionsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_authenticated_sessions_list",
            method: rt::Method::Get,
            path: "/core/authenticated_sessions/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("session__last_ip", &params.session_last_ip);
        request.query("session__last_user_agent", &params.session_last_user_agent);
        request.query("user__username", &params.user_username);
        request
    }

    /// AuthenticatedSession Viewset
    ///
    /// `GET /core/authenticated_sessions/` (`core_authenticated_sessions_list`).
    ///
    /// Optional parameters: [`AuthenticatedSessionsListParams`].
    pub fn authenticated_sessions_list(
        &self,
        params: &AuthenticatedSessionsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedAuthenticatedSessionList> {
        self.authenticated_sessions_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::authenticated_sessions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticated_sessions_list_stream(
        &self,
        params: &AuthenticatedSessionsListParams,
    ) -> super::PageStream<super::models::AuthenticatedSession> {
        self.authenticated_sessions_list_request(params).paginate()
    }

    /// AuthenticatedSession Viewset
    ///
    /// `GET /core/authenticated_sessions/{uuid}/` (`core_authenticated_sessions_retrieve`).
    ///
    /// - `uuid`
    pub fn authenticated_sessions_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::AuthenticatedSession> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_authenticated_sessions_retrieve",
            method: rt::Method::Get,
            path: "/core/authenticated_sessions/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/authenticated_sessions/{uuid}/used_by/` (`core_authenticated_sessions_used_by_list`).
    ///
    /// - `uuid`
    pub fn authenticated_sessions_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_authenticated_sessions_used_by_list",
            method: rt::Method::Get,
            path: "/core/authenticated_sessions/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Brand Viewset
    ///
    /// `POST /core/brands/` (`core_brands_create`).
    pub fn brands_create(
        &self,
        body: &super::models::BrandRequest,
    ) -> super::ResponseFuture<super::models::Brand> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_create",
            method: rt::Method::Post,
            path: "/core/brands/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get current brand
    ///
    /// `GET /core/brands/current/` (`core_brands_current_retrieve`).
    /// Allows anonymous access.
    pub fn brands_current_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::CurrentBrand> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_current_retrieve",
            method: rt::Method::Get,
            path: "/core/brands/current/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Brand Viewset
    ///
    /// `DELETE /core/brands/{brand_uuid}/` (`core_brands_destroy`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_destroy(&self, brand_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_destroy",
            method: rt::Method::Delete,
            path: "/core/brands/{brand_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.send_empty()
    }

    fn brands_list_request(&self, params: &BrandsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_list",
            method: rt::Method::Get,
            path: "/core/brands/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("brand_uuid", &params.brand_uuid);
        request
            .query(
                "branding_default_flow_background",
                &params.branding_default_flow_background,
            );
        request.query("branding_favicon", &params.branding_favicon);
        request.query("branding_logo", &params.branding_logo);
        request.query("branding_title", &params.branding_title);
        request.query("client_certificates", &params.client_certificates);
        request.query("default", &params.default);
        request.query("domain", &params.domain);
        request.query("flow_authentication", &params.flow_authentication);
        request.query("flow_device_code", &params.flow_device_code);
        request.query("flow_invalidation", &params.flow_invalidation);
        request.query("flow_lockdown", &params.flow_lockdown);
        request.query("flow_recovery", &params.flow_recovery);
        request.query("flow_request", &params.flow_request);
        request.query("flow_unenrollment", &params.flow_unenrollment);
        request.query("flow_user_settings", &params.flow_user_settings);
        request.query("flow_user_switch", &params.flow_user_switch);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("web_certificate", &params.web_certificate);
        request
    }

    /// Brand Viewset
    ///
    /// `GET /core/brands/` (`core_brands_list`).
    ///
    /// Optional parameters: [`BrandsListParams`].
    pub fn brands_list(
        &self,
        params: &BrandsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedBrandList> {
        self.brands_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::brands_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn brands_list_stream(
        &self,
        params: &BrandsListParams,
    ) -> super::PageStream<super::models::Brand> {
        self.brands_list_request(params).paginate()
    }

    /// Brand Viewset
    ///
    /// `PATCH /core/brands/{brand_uuid}/` (`core_brands_partial_update`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_partial_update(
        &self,
        brand_uuid: ::uuid::Uuid,
        body: &super::models::PatchedBrandRequest,
    ) -> super::ResponseFuture<super::models::Brand> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_partial_update",
            method: rt::Method::Patch,
            path: "/core/brands/{brand_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.json(body);
        request.send_json()
    }

    /// Brand Viewset
    ///
    /// `GET /core/brands/{brand_uuid}/` (`core_brands_retrieve`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_retrieve(
        &self,
        brand_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Brand> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_retrieve",
            method: rt::Method::Get,
            path: "/core/brands/{brand_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.send_json()
    }

    /// Brand Viewset
    ///
    /// `PUT /core/brands/{brand_uuid}/` (`core_brands_update`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_update(
        &self,
        brand_uuid: ::uuid::Uuid,
        body: &super::models::BrandRequest,
    ) -> super::ResponseFuture<super::models::Brand> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_update",
            method: rt::Method::Put,
            path: "/core/brands/{brand_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/brands/{brand_uuid}/used_by/` (`core_brands_used_by_list`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_used_by_list(
        &self,
        brand_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_brands_used_by_list",
            method: rt::Method::Get,
            path: "/core/brands/{brand_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.send_json()
    }

    /// Add user to group
    ///
    /// `POST /core/groups/{group_uuid}/add_user/` (`core_groups_add_user_create`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_add_user_create(
        &self,
        group_uuid: ::uuid::Uuid,
        body: &super::models::UserAccountRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_add_user_create",
            method: rt::Method::Post,
            path: "/core/groups/{group_uuid}/add_user/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403_404,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.json(body);
        request.send_empty()
    }

    /// Group Viewset
    ///
    /// `POST /core/groups/` (`core_groups_create`).
    pub fn groups_create(
        &self,
        body: &super::models::GroupRequest,
    ) -> super::ResponseFuture<super::models::Group> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_create",
            method: rt::Method::Post,
            path: "/core/groups/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group Viewset
    ///
    /// `DELETE /core/groups/{group_uuid}/` (`core_groups_destroy`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_destroy(&self, group_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_destroy",
            method: rt::Method::Delete,
            path: "/core/groups/{group_uuid}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.send_empty()
    }

    fn groups_list_request(&self, params: &GroupsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_list",
            method: rt::Method::Get,
            path: "/core/groups/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("attributes", &params.attributes);
        request.query("include_children", &params.include_children);
        request.query("include_inherited_roles", &params.include_inherited_roles);
        request.query("include_parents", &params.include_parents);
        request.query("include_users", &params.include_users);
        request.query("is_superuser", &params.is_superuser);
        request.query("members_by_pk", &params.members_by_pk);
        request.query("members_by_username", &params.members_by_username);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Group Viewset
    ///
    /// `GET /core/groups/` (`core_groups_list`).
    ///
    /// Optional parameters: [`GroupsListParams`].
    pub fn groups_list(
        &self,
        params: &GroupsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGroupList> {
        self.groups_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn groups_list_stream(
        &self,
        params: &GroupsListParams,
    ) -> super::PageStream<super::models::Group> {
        self.groups_list_request(params).paginate()
    }

    /// Group Viewset
    ///
    /// `PATCH /core/groups/{group_uuid}/` (`core_groups_partial_update`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_partial_update(
        &self,
        group_uuid: ::uuid::Uuid,
        body: &super::models::PatchedGroupRequest,
    ) -> super::ResponseFuture<super::models::Group> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_partial_update",
            method: rt::Method::Patch,
            path: "/core/groups/{group_uuid}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.json(body);
        request.send_json()
    }

    /// Remove user from group
    ///
    /// `POST /core/groups/{group_uuid}/remove_user/` (`core_groups_remove_user_create`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_remove_user_create(
        &self,
        group_uuid: ::uuid::Uuid,
        body: &super::models::UserAccountRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_remove_user_create",
            method: rt::Method::Post,
            path: "/core/groups/{group_uuid}/remove_user/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403_404,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.json(body);
        request.send_empty()
    }

    /// Group Viewset
    ///
    /// `GET /core/groups/{group_uuid}/` (`core_groups_retrieve`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    ///
    /// Optional parameters: [`GroupsRetrieveParams`].
    pub fn groups_retrieve(
        &self,
        group_uuid: ::uuid::Uuid,
        params: &GroupsRetrieveParams,
    ) -> super::ResponseFuture<super::models::Group> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_retrieve",
            method: rt::Method::Get,
            path: "/core/groups/{group_uuid}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.query("include_children", &params.include_children);
        request.query("include_inherited_roles", &params.include_inherited_roles);
        request.query("include_parents", &params.include_parents);
        request.query("include_users", &params.include_users);
        request.send_json()
    }

    /// Group Viewset
    ///
    /// `PUT /core/groups/{group_uuid}/` (`core_groups_update`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_update(
        &self,
        group_uuid: ::uuid::Uuid,
        body: &super::models::GroupRequest,
    ) -> super::ResponseFuture<super::models::Group> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_update",
            method: rt::Method::Put,
            path: "/core/groups/{group_uuid}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/groups/{group_uuid}/used_by/` (`core_groups_used_by_list`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_used_by_list(
        &self,
        group_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_groups_used_by_list",
            method: rt::Method::Get,
            path: "/core/groups/{group_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.send_json()
    }

    /// `POST /core/object_attributes/` (`core_object_attributes_create`).
    pub fn object_attributes_create(
        &self,
        body: &super::models::ObjectAttributeRequest,
    ) -> super::ResponseFuture<super::models::ObjectAttribute> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_create",
            method: rt::Method::Post,
            path: "/core/object_attributes/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /core/object_attributes/{attribute_id}/` (`core_object_attributes_destroy`).
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_destroy(
        &self,
        attribute_id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_destroy",
            method: rt::Method::Delete,
            path: "/core/object_attributes/{attribute_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.send_empty()
    }

    fn object_attributes_list_request(
        &self,
        params: &ObjectAttributesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_list",
            method: rt::Method::Get,
            path: "/core/object_attributes/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("enabled", &params.enabled);
        request.query("object_type__app_label", &params.object_type_app_label);
        request.query("object_type__model", &params.object_type_model);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// `GET /core/object_attributes/` (`core_object_attributes_list`).
    ///
    /// Optional parameters: [`ObjectAttributesListParams`].
    pub fn object_attributes_list(
        &self,
        params: &ObjectAttributesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedObjectAttributeList> {
        self.object_attributes_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::object_attributes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn object_attributes_list_stream(
        &self,
        params: &ObjectAttributesListParams,
    ) -> super::PageStream<super::models::ObjectAttribute> {
        self.object_attributes_list_request(params).paginate()
    }

    /// `PATCH /core/object_attributes/{attribute_id}/` (`core_object_attributes_partial_update`).
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_partial_update(
        &self,
        attribute_id: ::uuid::Uuid,
        body: &super::models::PatchedObjectAttributeRequest,
    ) -> super::ResponseFuture<super::models::ObjectAttribute> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_partial_update",
            method: rt::Method::Patch,
            path: "/core/object_attributes/{attribute_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.json(body);
        request.send_json()
    }

    /// `GET /core/object_attributes/{attribute_id}/` (`core_object_attributes_retrieve`).
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_retrieve(
        &self,
        attribute_id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ObjectAttribute> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_retrieve",
            method: rt::Method::Get,
            path: "/core/object_attributes/{attribute_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.send_json()
    }

    /// `PUT /core/object_attributes/{attribute_id}/` (`core_object_attributes_update`).
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_update(
        &self,
        attribute_id: ::uuid::Uuid,
        body: &super::models::ObjectAttributeRequest,
    ) -> super::ResponseFuture<super::models::ObjectAttribute> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_object_attributes_update",
            method: rt::Method::Put,
            path: "/core/object_attributes/{attribute_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.json(body);
        request.send_json()
    }

    /// Token Viewset
    ///
    /// `POST /core/tokens/` (`core_tokens_create`).
    pub fn tokens_create(
        &self,
        body: &super::models::TokenRequest,
    ) -> super::ResponseFuture<super::models::Token> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_create",
            method: rt::Method::Post,
            path: "/core/tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Token Viewset
    ///
    /// `DELETE /core/tokens/{identifier}/` (`core_tokens_destroy`).
    ///
    /// - `identifier`
    pub fn tokens_destroy(&self, identifier: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_destroy",
            method: rt::Method::Delete,
            path: "/core/tokens/{identifier}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_empty()
    }

    fn tokens_list_request(&self, params: &TokensListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_list",
            method: rt::Method::Get,
            path: "/core/tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("description", &params.description);
        request.query("expires", &params.expires);
        request.query("expiring", &params.expiring);
        request.query("identifier", &params.identifier);
        request.query("intent", &params.intent);
        request.query("managed", &params.managed);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("user__username", &params.user_username);
        request
    }

    /// Token Viewset
    ///
    /// `GET /core/tokens/` (`core_tokens_list`).
    ///
    /// Optional parameters: [`TokensListParams`].
    pub fn tokens_list(
        &self,
        params: &TokensListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTokenList> {
        self.tokens_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tokens_list_stream(
        &self,
        params: &TokensListParams,
    ) -> super::PageStream<super::models::Token> {
        self.tokens_list_request(params).paginate()
    }

    /// Token Viewset
    ///
    /// `PATCH /core/tokens/{identifier}/` (`core_tokens_partial_update`).
    ///
    /// - `identifier`
    pub fn tokens_partial_update(
        &self,
        identifier: &str,
        body: &super::models::PatchedTokenRequest,
    ) -> super::ResponseFuture<super::models::Token> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_partial_update",
            method: rt::Method::Patch,
            path: "/core/tokens/{identifier}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.json(body);
        request.send_json()
    }

    /// Token Viewset
    ///
    /// `GET /core/tokens/{identifier}/` (`core_tokens_retrieve`).
    ///
    /// - `identifier`
    pub fn tokens_retrieve(
        &self,
        identifier: &str,
    ) -> super::ResponseFuture<super::models::Token> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_retrieve",
            method: rt::Method::Get,
            path: "/core/tokens/{identifier}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_json()
    }

    /// Set token key. Action is logged as event. `authentik_core.set_token_key` permission
    /// is required.
    ///
    /// `POST /core/tokens/{identifier}/set_key/` (`core_tokens_set_key_create`).
    ///
    /// - `identifier`
    pub fn tokens_set_key_create(
        &self,
        identifier: &str,
        body: &super::models::TokenSetKeyRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_set_key_create",
            method: rt::Method::Post,
            path: "/core/tokens/{identifier}/set_key/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_2,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.json(body);
        request.send_empty()
    }

    /// Token Viewset
    ///
    /// `PUT /core/tokens/{identifier}/` (`core_tokens_update`).
    ///
    /// - `identifier`
    pub fn tokens_update(
        &self,
        identifier: &str,
        body: &super::models::TokenRequest,
    ) -> super::ResponseFuture<super::models::Token> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_update",
            method: rt::Method::Put,
            path: "/core/tokens/{identifier}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/tokens/{identifier}/used_by/` (`core_tokens_used_by_list`).
    ///
    /// - `identifier`
    pub fn tokens_used_by_list(
        &self,
        identifier: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_used_by_list",
            method: rt::Method::Get,
            path: "/core/tokens/{identifier}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_json()
    }

    /// Return token key and log access
    ///
    /// `GET /core/tokens/{identifier}/view_key/` (`core_tokens_view_key_retrieve`).
    ///
    /// - `identifier`
    pub fn tokens_view_key_retrieve(
        &self,
        identifier: &str,
    ) -> super::ResponseFuture<super::models::TokenView> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_tokens_view_key_retrieve",
            method: rt::Method::Get,
            path: "/core/tokens/{identifier}/view_key/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_json()
    }

    /// Convert data into a blueprint, validate it and apply it
    ///
    /// `PUT /core/transactional/applications/` (`core_transactional_applications_update`).
    pub fn transactional_applications_update(
        &self,
        body: &super::models::TransactionApplicationRequest,
    ) -> super::ResponseFuture<super::models::TransactionApplicationResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_transactional_applications_update",
            method: rt::Method::Put,
            path: "/core/transactional/applications/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserConsent Viewset
    ///
    /// `DELETE /core/user_consent/{id}/` (`core_user_consent_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Consent.
    pub fn user_consent_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_user_consent_destroy",
            method: rt::Method::Delete,
            path: "/core/user_consent/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_consent_list_request(&self, params: &UserConsentListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_user_consent_list",
            method: rt::Method::Get,
            path: "/core/user_consent/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application", &params.application);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("user", &params.user);
        request
    }

    /// UserConsent Viewset
    ///
    /// `GET /core/user_consent/` (`core_user_consent_list`).
    ///
    /// Optional parameters: [`UserConsentListParams`].
    pub fn user_consent_list(
        &self,
        params: &UserConsentListParams,
    ) -> super::ResponseFuture<super::models::PaginatedUserConsentList> {
        self.user_consent_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::user_consent_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_consent_list_stream(
        &self,
        params: &UserConsentListParams,
    ) -> super::PageStream<super::models::UserConsent> {
        self.user_consent_list_request(params).paginate()
    }

    /// UserConsent Viewset
    ///
    /// `GET /core/user_consent/{id}/` (`core_user_consent_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User Consent.
    pub fn user_consent_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::UserConsent> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_user_consent_retrieve",
            method: rt::Method::Get,
            path: "/core/user_consent/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/user_consent/{id}/used_by/` (`core_user_consent_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User Consent.
    pub fn user_consent_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_user_consent_used_by_list",
            method: rt::Method::Get,
            path: "/core/user_consent/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Choose the target account, then return a flow link.
    ///
    /// `POST /core/users/account_lockdown/` (`core_users_account_lockdown_create`).
    pub fn users_account_lockdown_create(
        &self,
        body: &super::models::UserAccountLockdownRequest,
    ) -> super::ResponseFuture<super::models::Link> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_account_lockdown_create",
            method: rt::Method::Post,
            path: "/core/users/account_lockdown/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403_2,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `POST /core/users/` (`core_users_create`).
    pub fn users_create(
        &self,
        body: &super::models::UserRequest,
    ) -> super::ResponseFuture<super::models::User> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_create",
            method: rt::Method::Post,
            path: "/core/users/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `DELETE /core/users/{id}/` (`core_users_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_destroy",
            method: rt::Method::Delete,
            path: "/core/users/{id}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// Create a data export for this data type. Note that the export is generated asynchronously:
    /// this method returns a `DataExport` object that will initially have `completed=false` as well
    /// as the permanent URL to that object in the `Location` header.
    /// You can poll that URL until `completed=true`, at which point the `file_url` property will
    /// contain a URL to download
    ///
    /// `POST /core/users/export/` (`core_users_export_create`).
    ///
    /// Optional parameters: [`UsersExportCreateParams`].
    pub fn users_export_create(
        &self,
        params: &UsersExportCreateParams,
    ) -> super::ResponseFuture<super::models::DataExport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_export_create",
            method: rt::Method::Post,
            path: "/core/users/export/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("attributes", &params.attributes);
        request.query("date_joined", &params.date_joined);
        request.query("date_joined__gt", &params.date_joined_gt);
        request.query("date_joined__lt", &params.date_joined_lt);
        request.query("email", &params.email);
        request.query("groups_by_name", &params.groups_by_name);
        request.query("groups_by_pk", &params.groups_by_pk);
        request.query("is_active", &params.is_active);
        request.query("is_superuser", &params.is_superuser);
        request.query("last_login", &params.last_login);
        request.query("last_login__gt", &params.last_login_gt);
        request.query("last_login__isnull", &params.last_login_isnull);
        request.query("last_login__lt", &params.last_login_lt);
        request.query("last_updated", &params.last_updated);
        request.query("last_updated__gt", &params.last_updated_gt);
        request.query("last_updated__lt", &params.last_updated_lt);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("path", &params.path);
        request.query("path_startswith", &params.path_startswith);
        request.query("roles_by_name", &params.roles_by_name);
        request.query("roles_by_pk", &params.roles_by_pk);
        request.query("search", &params.search);
        request.query("type", &params.r#type);
        request.query("username", &params.username);
        request.query("uuid", &params.uuid);
        request.send_json()
    }

    /// Impersonate a user
    ///
    /// `POST /core/users/{id}/impersonate/` (`core_users_impersonate_create`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_impersonate_create(
        &self,
        id: i64,
        body: &super::models::ImpersonationRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_impersonate_create",
            method: rt::Method::Post,
            path: "/core/users/{id}/impersonate/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// End Impersonation a user
    ///
    /// `GET /core/users/impersonate_end/` (`core_users_impersonate_end_retrieve`).
    pub fn users_impersonate_end_retrieve(&self) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_impersonate_end_retrieve",
            method: rt::Method::Get,
            path: "/core/users/impersonate_end/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_empty()
    }

    fn users_list_request(&self, params: &UsersListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_list",
            method: rt::Method::Get,
            path: "/core/users/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("attributes", &params.attributes);
        request.query("date_joined", &params.date_joined);
        request.query("date_joined__gt", &params.date_joined_gt);
        request.query("date_joined__lt", &params.date_joined_lt);
        request.query("email", &params.email);
        request.query("groups_by_name", &params.groups_by_name);
        request.query("groups_by_pk", &params.groups_by_pk);
        request.query("include_groups", &params.include_groups);
        request.query("include_roles", &params.include_roles);
        request.query("is_active", &params.is_active);
        request.query("is_superuser", &params.is_superuser);
        request.query("last_login", &params.last_login);
        request.query("last_login__gt", &params.last_login_gt);
        request.query("last_login__isnull", &params.last_login_isnull);
        request.query("last_login__lt", &params.last_login_lt);
        request.query("last_updated", &params.last_updated);
        request.query("last_updated__gt", &params.last_updated_gt);
        request.query("last_updated__lt", &params.last_updated_lt);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("path", &params.path);
        request.query("path_startswith", &params.path_startswith);
        request.query("roles_by_name", &params.roles_by_name);
        request.query("roles_by_pk", &params.roles_by_pk);
        request.query("search", &params.search);
        request.query("type", &params.r#type);
        request.query("username", &params.username);
        request.query("uuid", &params.uuid);
        request
    }

    /// User Viewset
    ///
    /// `GET /core/users/` (`core_users_list`).
    ///
    /// Optional parameters: [`UsersListParams`].
    pub fn users_list(
        &self,
        params: &UsersListParams,
    ) -> super::ResponseFuture<super::models::PaginatedUserList> {
        self.users_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn users_list_stream(
        &self,
        params: &UsersListParams,
    ) -> super::PageStream<super::models::User> {
        self.users_list_request(params).paginate()
    }

    /// Get information about current user
    ///
    /// `GET /core/users/me/` (`core_users_me_retrieve`).
    pub fn users_me_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::SessionUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_me_retrieve",
            method: rt::Method::Get,
            path: "/core/users/me/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// User Viewset
    ///
    /// `PATCH /core/users/{id}/` (`core_users_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedUserRequest,
    ) -> super::ResponseFuture<super::models::User> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_partial_update",
            method: rt::Method::Patch,
            path: "/core/users/{id}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get all user paths
    ///
    /// `GET /core/users/paths/` (`core_users_paths_retrieve`).
    ///
    /// Optional parameters: [`UsersPathsRetrieveParams`].
    pub fn users_paths_retrieve(
        &self,
        params: &UsersPathsRetrieveParams,
    ) -> super::ResponseFuture<super::models::UserPath> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_paths_retrieve",
            method: rt::Method::Get,
            path: "/core/users/paths/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("search", &params.search);
        request.send_json()
    }

    /// Create a temporary link that a user can use to recover their account
    ///
    /// `POST /core/users/{id}/recovery/` (`core_users_recovery_create`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_recovery_create(
        &self,
        id: i64,
        body: &super::models::UserRecoveryLinkRequest,
    ) -> super::ResponseFuture<super::models::Link> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_recovery_create",
            method: rt::Method::Post,
            path: "/core/users/{id}/recovery/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Send an email with a temporary link that a user can use to recover their account
    ///
    /// `POST /core/users/{id}/recovery_email/` (`core_users_recovery_email_create`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_recovery_email_create(
        &self,
        id: i64,
        body: &super::models::UserRecoveryEmailRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_recovery_email_create",
            method: rt::Method::Post,
            path: "/core/users/{id}/recovery_email/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// User Viewset
    ///
    /// `GET /core/users/{id}/` (`core_users_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_retrieve(&self, id: i64) -> super::ResponseFuture<super::models::User> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_retrieve",
            method: rt::Method::Get,
            path: "/core/users/{id}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Create a new user account that is marked as a service account
    ///
    /// `POST /core/users/service_account/` (`core_users_service_account_create`).
    pub fn users_service_account_create(
        &self,
        body: &super::models::UserServiceAccountRequest,
    ) -> super::ResponseFuture<super::models::UserServiceAccountResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_service_account_create",
            method: rt::Method::Post,
            path: "/core/users/service_account/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Set password for user
    ///
    /// `POST /core/users/{id}/set_password/` (`core_users_set_password_create`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_set_password_create(
        &self,
        id: i64,
        body: &super::models::UserPasswordSetRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_set_password_create",
            method: rt::Method::Post,
            path: "/core/users/{id}/set_password/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// Set a user's password from a pre-hashed Django password value.
    ///
    /// Submit the Django password hash in the shared ``password`` request field.
    ///
    /// This updates authentik's local password verifier only. It does not attempt
    /// to propagate the password change to LDAP or Kerberos because no raw password
    /// is available from the request payload.
    ///
    /// `POST /core/users/{id}/set_password_hash/` (`core_users_set_password_hash_create`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_set_password_hash_create(
        &self,
        id: i64,
        body: &super::models::UserPasswordHashSetRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_set_password_hash_create",
            method: rt::Method::Post,
            path: "/core/users/{id}/set_password_hash/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// Start browser user switching.
    ///
    /// `POST /core/users/switch/` (`core_users_switch_create`).
    ///
    /// Optional parameters: [`UsersSwitchCreateParams`].
    pub fn users_switch_create(
        &self,
        body: &super::models::UserSwitchRequest,
        params: &UsersSwitchCreateParams,
    ) -> super::ResponseFuture<super::models::UserSwitchResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_switch_create",
            method: rt::Method::Post,
            path: "/core/users/switch/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("next", &params.next);
        request.json(body);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `PUT /core/users/{id}/` (`core_users_update`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_update(
        &self,
        id: i64,
        body: &super::models::UserRequest,
    ) -> super::ResponseFuture<super::models::User> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_update",
            method: rt::Method::Put,
            path: "/core/users/{id}/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/users/{id}/used_by/` (`core_users_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "core_users_used_by_list",
            method: rt::Method::Get,
            path: "/core/users/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`CoreApi::application_entitlements_list`] (`core_application_entitlements_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationEntitlementsListParams {
    /// Query parameter `app`.
    pub app: Option<::uuid::Uuid>,
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
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`CoreApi::application_entitlements_requestable_list`] (`core_application_entitlements_requestable_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationEntitlementsRequestableListParams {
    /// Query parameter `app`.
    pub app: Option<::uuid::Uuid>,
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
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`CoreApi::applications_check_access_retrieve`] (`core_applications_check_access_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationsCheckAccessRetrieveParams {
    /// Query parameter `for_user`.
    pub for_user: Option<i64>,
}

/// Optional parameters of [`CoreApi::applications_list`] (`core_applications_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationsListParams {
    /// Query parameter `for_user`.
    pub for_user: Option<i64>,
    /// Query parameter `group`.
    pub group: Option<String>,
    /// Query parameter `meta_description`.
    pub meta_description: Option<String>,
    /// Query parameter `meta_launch_url`.
    pub meta_launch_url: Option<String>,
    /// Query parameter `meta_publisher`.
    pub meta_publisher: Option<String>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `only_with_launch_url`.
    pub only_with_launch_url: Option<bool>,
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
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// Query parameter `superuser_full_list`.
    pub superuser_full_list: Option<bool>,
}

/// Optional parameters of [`CoreApi::applications_requestable_list`] (`core_applications_requestable_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationsRequestableListParams {
    /// Query parameter `group`.
    pub group: Option<String>,
    /// Query parameter `meta_description`.
    pub meta_description: Option<String>,
    /// Query parameter `meta_launch_url`.
    pub meta_launch_url: Option<String>,
    /// Query parameter `meta_publisher`.
    pub meta_publisher: Option<String>,
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
    /// Query parameter `slug`.
    pub slug: Option<String>,
}

/// Optional parameters of [`CoreApi::authenticated_sessions_list`] (`core_authenticated_sessions_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthenticatedSessionsListParams {
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
    /// Query parameter `session__last_ip`.
    pub session_last_ip: Option<String>,
    /// Query parameter `session__last_user_agent`.
    pub session_last_user_agent: Option<String>,
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`CoreApi::brands_list`] (`core_brands_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrandsListParams {
    /// Query parameter `brand_uuid`.
    pub brand_uuid: Option<::uuid::Uuid>,
    /// Query parameter `branding_default_flow_background`.
    pub branding_default_flow_background: Option<String>,
    /// Query parameter `branding_favicon`.
    pub branding_favicon: Option<String>,
    /// Query parameter `branding_logo`.
    pub branding_logo: Option<String>,
    /// Query parameter `branding_title`.
    pub branding_title: Option<String>,
    /// Query parameter `client_certificates`.
    pub client_certificates: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `default`.
    pub default: Option<bool>,
    /// Query parameter `domain`.
    pub domain: Option<String>,
    /// Query parameter `flow_authentication`.
    pub flow_authentication: Option<::uuid::Uuid>,
    /// Query parameter `flow_device_code`.
    pub flow_device_code: Option<::uuid::Uuid>,
    /// Query parameter `flow_invalidation`.
    pub flow_invalidation: Option<::uuid::Uuid>,
    /// Query parameter `flow_lockdown`.
    pub flow_lockdown: Option<::uuid::Uuid>,
    /// Query parameter `flow_recovery`.
    pub flow_recovery: Option<::uuid::Uuid>,
    /// Query parameter `flow_request`.
    pub flow_request: Option<::uuid::Uuid>,
    /// Query parameter `flow_unenrollment`.
    pub flow_unenrollment: Option<::uuid::Uuid>,
    /// Query parameter `flow_user_settings`.
    pub flow_user_settings: Option<::uuid::Uuid>,
    /// Query parameter `flow_user_switch`.
    pub flow_user_switch: Option<::uuid::Uuid>,
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
    /// Query parameter `web_certificate`.
    pub web_certificate: Option<::uuid::Uuid>,
}

/// Optional parameters of [`CoreApi::groups_list`] (`core_groups_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupsListParams {
    /// Attributes
    ///
    /// Query parameter `attributes`.
    pub attributes: Option<String>,
    /// Query parameter `include_children`.
    pub include_children: Option<bool>,
    /// Query parameter `include_inherited_roles`.
    pub include_inherited_roles: Option<bool>,
    /// Query parameter `include_parents`.
    pub include_parents: Option<bool>,
    /// Query parameter `include_users`.
    pub include_users: Option<bool>,
    /// Query parameter `is_superuser`.
    pub is_superuser: Option<bool>,
    /// Query parameter `members_by_pk`.
    pub members_by_pk: Option<Vec<i64>>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Query parameter `members_by_username`.
    pub members_by_username: Option<Vec<String>>,
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

/// Optional parameters of [`CoreApi::groups_retrieve`] (`core_groups_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupsRetrieveParams {
    /// Query parameter `include_children`.
    pub include_children: Option<bool>,
    /// Query parameter `include_inherited_roles`.
    pub include_inherited_roles: Option<bool>,
    /// Query parameter `include_parents`.
    pub include_parents: Option<bool>,
    /// Query parameter `include_users`.
    pub include_users: Option<bool>,
}

/// Optional parameters of [`CoreApi::object_attributes_list`] (`core_object_attributes_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectAttributesListParams {
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `object_type__app_label`.
    pub object_type_app_label: Option<String>,
    /// Query parameter `object_type__model`.
    pub object_type_model: Option<String>,
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

/// Optional parameters of [`CoreApi::tokens_list`] (`core_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokensListParams {
    /// Query parameter `description`.
    pub description: Option<String>,
    /// Query parameter `expires`.
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `expiring`.
    pub expiring: Option<bool>,
    /// Query parameter `identifier`.
    pub identifier: Option<String>,
    /// Query parameter `intent`.
    pub intent: Option<super::models::IntentEnum>,
    /// Query parameter `managed`.
    pub managed: Option<String>,
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
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`CoreApi::user_consent_list`] (`core_user_consent_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConsentListParams {
    /// Query parameter `application`.
    pub application: Option<::uuid::Uuid>,
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
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`CoreApi::users_export_create`] (`core_users_export_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsersExportCreateParams {
    /// Attributes
    ///
    /// Query parameter `attributes`.
    pub attributes: Option<String>,
    /// Query parameter `date_joined`.
    pub date_joined: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `date_joined__gt`.
    pub date_joined_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `date_joined__lt`.
    pub date_joined_lt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `email`.
    pub email: Option<String>,
    /// Query parameter `groups_by_name`.
    pub groups_by_name: Option<Vec<String>>,
    /// Query parameter `groups_by_pk`.
    pub groups_by_pk: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `is_active`.
    pub is_active: Option<bool>,
    /// Query parameter `is_superuser`.
    pub is_superuser: Option<bool>,
    /// Query parameter `last_login`.
    pub last_login: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_login__gt`.
    pub last_login_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_login__isnull`.
    pub last_login_isnull: Option<bool>,
    /// Query parameter `last_login__lt`.
    pub last_login_lt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated__gt`.
    pub last_updated_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated__lt`.
    pub last_updated_lt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// Query parameter `path`.
    pub path: Option<String>,
    /// Query parameter `path_startswith`.
    pub path_startswith: Option<String>,
    /// Query parameter `roles_by_name`.
    pub roles_by_name: Option<Vec<String>>,
    /// Query parameter `roles_by_pk`.
    pub roles_by_pk: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `type`.
    pub r#type: Option<Vec<super::models::UserTypeEnum>>,
    /// Query parameter `username`.
    pub username: Option<String>,
    /// Query parameter `uuid`.
    pub uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`CoreApi::users_list`] (`core_users_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsersListParams {
    /// Attributes
    ///
    /// Query parameter `attributes`.
    pub attributes: Option<String>,
    /// Query parameter `date_joined`.
    pub date_joined: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `date_joined__gt`.
    pub date_joined_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `date_joined__lt`.
    pub date_joined_lt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `email`.
    pub email: Option<String>,
    /// Query parameter `groups_by_name`.
    pub groups_by_name: Option<Vec<String>>,
    /// Query parameter `groups_by_pk`.
    pub groups_by_pk: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `include_groups`.
    pub include_groups: Option<bool>,
    /// Query parameter `include_roles`.
    pub include_roles: Option<bool>,
    /// Query parameter `is_active`.
    pub is_active: Option<bool>,
    /// Query parameter `is_superuser`.
    pub is_superuser: Option<bool>,
    /// Query parameter `last_login`.
    pub last_login: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_login__gt`.
    pub last_login_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_login__isnull`.
    pub last_login_isnull: Option<bool>,
    /// Query parameter `last_login__lt`.
    pub last_login_lt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated__gt`.
    pub last_updated_gt: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `last_updated__lt`.
    pub last_updated_lt: Option<::chrono::DateTime<::chrono::Utc>>,
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
    /// Query parameter `path`.
    pub path: Option<String>,
    /// Query parameter `path_startswith`.
    pub path_startswith: Option<String>,
    /// Query parameter `roles_by_name`.
    pub roles_by_name: Option<Vec<String>>,
    /// Query parameter `roles_by_pk`.
    pub roles_by_pk: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `type`.
    pub r#type: Option<Vec<super::models::UserTypeEnum>>,
    /// Query parameter `username`.
    pub username: Option<String>,
    /// Query parameter `uuid`.
    pub uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`CoreApi::users_paths_retrieve`] (`core_users_paths_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsersPathsRetrieveParams {
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`CoreApi::users_switch_create`] (`core_users_switch_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsersSwitchCreateParams {
    /// Query parameter `next`.
    pub next: Option<String>,
}
