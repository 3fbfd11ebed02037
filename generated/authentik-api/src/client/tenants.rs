//! Operations tagged `tenants` (14).
use super::runtime::client as rt;

/// The operations tagged `tenants`: `client.tenants()`.
#[derive(Clone, Copy, Debug)]
pub struct TenantsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl TenantsApi<'_> {
    /// Domain ViewSet
    ///
    /// `POST /tenants/domains/` (`tenants_domains_create`).
    pub fn domains_create(
        &self,
        body: &super::models::DomainRequest,
    ) -> super::ResponseFuture<super::models::Domain> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_create",
            method: rt::Method::Post,
            path: "/tenants/domains/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Domain ViewSet
    ///
    /// `DELETE /tenants/domains/{id}/` (`tenants_domains_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Domain.
    pub fn domains_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_destroy",
            method: rt::Method::Delete,
            path: "/tenants/domains/{id}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn domains_list_request(&self, params: &DomainsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_list",
            method: rt::Method::Get,
            path: "/tenants/domains/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Domain ViewSet
    ///
    /// `GET /tenants/domains/` (`tenants_domains_list`).
    ///
    /// Optional parameters: [`DomainsListParams`].
    pub fn domains_list(
        &self,
        params: &DomainsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDomainList> {
        self.domains_list_request(params).send_json()
    }

    /// Every item of [`TenantsApi::domains_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn domains_list_stream(
        &self,
        params: &DomainsListParams,
    ) -> super::PageStream<super::models::Domain> {
        self.domains_list_request(params).paginate()
    }

    /// Domain ViewSet
    ///
    /// `PATCH /tenants/domains/{id}/` (`tenants_domains_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Domain.
    pub fn domains_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedDomainRequest,
    ) -> super::ResponseFuture<super::models::Domain> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_partial_update",
            method: rt::Method::Patch,
            path: "/tenants/domains/{id}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Domain ViewSet
    ///
    /// `GET /tenants/domains/{id}/` (`tenants_domains_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Domain.
    pub fn domains_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::Domain> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_retrieve",
            method: rt::Method::Get,
            path: "/tenants/domains/{id}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Domain ViewSet
    ///
    /// `PUT /tenants/domains/{id}/` (`tenants_domains_update`).
    ///
    /// - `id`: A unique integer value identifying this Domain.
    pub fn domains_update(
        &self,
        id: i64,
        body: &super::models::DomainRequest,
    ) -> super::ResponseFuture<super::models::Domain> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_domains_update",
            method: rt::Method::Put,
            path: "/tenants/domains/{id}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Tenant Viewset
    ///
    /// `POST /tenants/tenants/` (`tenants_tenants_create`).
    pub fn tenants_create(
        &self,
        body: &super::models::TenantRequest,
    ) -> super::ResponseFuture<super::models::Tenant> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_create",
            method: rt::Method::Post,
            path: "/tenants/tenants/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Create admin group and add user to it.
    ///
    /// `POST /tenants/tenants/{tenant_uuid}/create_admin_group/` (`tenants_tenants_create_admin_group_create`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_create_admin_group_create(
        &self,
        tenant_uuid: ::uuid::Uuid,
        body: &super::models::TenantAdminGroupRequestRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_create_admin_group_create",
            method: rt::Method::Post,
            path: "/tenants/tenants/{tenant_uuid}/create_admin_group/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403_404_7,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.json(body);
        request.send_empty()
    }

    /// Create recovery key for user.
    ///
    /// `POST /tenants/tenants/{tenant_uuid}/create_recovery_key/` (`tenants_tenants_create_recovery_key_create`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_create_recovery_key_create(
        &self,
        tenant_uuid: ::uuid::Uuid,
        body: &super::models::TenantRecoveryKeyRequestRequest,
    ) -> super::ResponseFuture<super::models::TenantRecoveryKeyResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_create_recovery_key_create",
            method: rt::Method::Post,
            path: "/tenants/tenants/{tenant_uuid}/create_recovery_key/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403_404_7,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.json(body);
        request.send_json()
    }

    /// Tenant Viewset
    ///
    /// `DELETE /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_destroy`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_destroy(
        &self,
        tenant_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_destroy",
            method: rt::Method::Delete,
            path: "/tenants/tenants/{tenant_uuid}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.send_empty()
    }

    fn tenants_list_request(&self, params: &TenantsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_list",
            method: rt::Method::Get,
            path: "/tenants/tenants/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Tenant Viewset
    ///
    /// `GET /tenants/tenants/` (`tenants_tenants_list`).
    ///
    /// Optional parameters: [`TenantsListParams`].
    pub fn tenants_list(
        &self,
        params: &TenantsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTenantList> {
        self.tenants_list_request(params).send_json()
    }

    /// Every item of [`TenantsApi::tenants_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tenants_list_stream(
        &self,
        params: &TenantsListParams,
    ) -> super::PageStream<super::models::Tenant> {
        self.tenants_list_request(params).paginate()
    }

    /// Tenant Viewset
    ///
    /// `PATCH /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_partial_update`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_partial_update(
        &self,
        tenant_uuid: ::uuid::Uuid,
        body: &super::models::PatchedTenantRequest,
    ) -> super::ResponseFuture<super::models::Tenant> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_partial_update",
            method: rt::Method::Patch,
            path: "/tenants/tenants/{tenant_uuid}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.json(body);
        request.send_json()
    }

    /// Tenant Viewset
    ///
    /// `GET /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_retrieve`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_retrieve(
        &self,
        tenant_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Tenant> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_retrieve",
            method: rt::Method::Get,
            path: "/tenants/tenants/{tenant_uuid}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.send_json()
    }

    /// Tenant Viewset
    ///
    /// `PUT /tenants/tenants/{tenant_uuid}/` (`tenants_tenants_update`).
    ///
    /// - `tenant_uuid`: A UUID string identifying this Tenant.
    pub fn tenants_update(
        &self,
        tenant_uuid: ::uuid::Uuid,
        body: &super::models::TenantRequest,
    ) -> super::ResponseFuture<super::models::Tenant> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "tenants_tenants_update",
            method: rt::Method::Put,
            path: "/tenants/tenants/{tenant_uuid}/",
            security: super::SECURITY_UNSPECIFIED,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.json(body);
        request.send_json()
    }
}

/// Optional parameters of [`TenantsApi::domains_list`] (`tenants_domains_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DomainsListParams {
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

/// Optional parameters of [`TenantsApi::tenants_list`] (`tenants_tenants_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TenantsListParams {
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
