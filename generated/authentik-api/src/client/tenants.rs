//! Operations tagged `tenants` (14).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
        body: &models::DomainRequest,
    ) -> ResponseFuture<models::Domain> {
        rt::operation!(
            Post "/tenants/domains/" "tenants_domains_create"
            security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Domain ViewSet
    ///
    /// `DELETE /tenants/domains/{id}/` (`tenants_domains_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Domain.
    pub fn domains_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/tenants/domains/{id}/" "tenants_domains_destroy"
            security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn domains_list_request(&self, params: &DomainsListParams) -> rt::Request {
        rt::operation!(
            Get "/tenants/domains/" "tenants_domains_list" security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedDomainList> {
        self.domains_list_request(params).send_json()
    }

    /// Every item of [`TenantsApi::domains_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn domains_list_stream(
        &self,
        params: &DomainsListParams,
    ) -> PageStream<models::Domain> {
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
        body: &models::PatchedDomainRequest,
    ) -> ResponseFuture<models::Domain> {
        rt::operation!(
            Patch "/tenants/domains/{id}/" "tenants_domains_partial_update"
            security(SECURITY_UNSPECIFIED)
        );
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
    pub fn domains_retrieve(&self, id: i64) -> ResponseFuture<models::Domain> {
        rt::operation!(
            Get "/tenants/domains/{id}/" "tenants_domains_retrieve"
            security(SECURITY_UNSPECIFIED)
        );
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
        body: &models::DomainRequest,
    ) -> ResponseFuture<models::Domain> {
        rt::operation!(
            Put "/tenants/domains/{id}/" "tenants_domains_update"
            security(SECURITY_UNSPECIFIED)
        );
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
        body: &models::TenantRequest,
    ) -> ResponseFuture<models::Tenant> {
        rt::operation!(
            Post "/tenants/tenants/" "tenants_tenants_create"
            security(SECURITY_UNSPECIFIED)
        );
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
        body: &models::TenantAdminGroupRequestRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/tenants/tenants/{tenant_uuid}/create_admin_group/"
            "tenants_tenants_create_admin_group_create" security(SECURITY_UNSPECIFIED)
            errors(ERRORS_400_403_404_405_415_8)
        );
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
        body: &models::TenantRecoveryKeyRequestRequest,
    ) -> ResponseFuture<models::TenantRecoveryKeyResponse> {
        rt::operation!(
            Post "/tenants/tenants/{tenant_uuid}/create_recovery_key/"
            "tenants_tenants_create_recovery_key_create" security(SECURITY_UNSPECIFIED)
            errors(ERRORS_400_403_404_405_415_8)
        );
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
    pub fn tenants_destroy(&self, tenant_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/tenants/tenants/{tenant_uuid}/" "tenants_tenants_destroy"
            security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.send_empty()
    }

    fn tenants_list_request(&self, params: &TenantsListParams) -> rt::Request {
        rt::operation!(
            Get "/tenants/tenants/" "tenants_tenants_list" security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedTenantList> {
        self.tenants_list_request(params).send_json()
    }

    /// Every item of [`TenantsApi::tenants_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tenants_list_stream(
        &self,
        params: &TenantsListParams,
    ) -> PageStream<models::Tenant> {
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
        body: &models::PatchedTenantRequest,
    ) -> ResponseFuture<models::Tenant> {
        rt::operation!(
            Patch "/tenants/tenants/{tenant_uuid}/" "tenants_tenants_partial_update"
            security(SECURITY_UNSPECIFIED)
        );
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
    ) -> ResponseFuture<models::Tenant> {
        rt::operation!(
            Get "/tenants/tenants/{tenant_uuid}/" "tenants_tenants_retrieve"
            security(SECURITY_UNSPECIFIED)
        );
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
        body: &models::TenantRequest,
    ) -> ResponseFuture<models::Tenant> {
        rt::operation!(
            Put "/tenants/tenants/{tenant_uuid}/" "tenants_tenants_update"
            security(SECURITY_UNSPECIFIED)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("tenant_uuid", &tenant_uuid);
        request.json(body);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`TenantsApi::domains_list`] (`tenants_domains_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DomainsListParams {
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
    /// Optional parameters of [`TenantsApi::tenants_list`] (`tenants_tenants_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TenantsListParams {
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
