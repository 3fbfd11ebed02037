//! Operations tagged `core` (82).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `core`: `client.core()`.
#[derive(Clone, Copy, Debug)]
pub struct CoreApi<'a> {
    pub(super) client: &'a super::Client,
}

impl CoreApi<'_> {
    /// ApplicationEntitlement Viewset
    ///
    /// `POST /core/application_entitlements/` (`core_application_entitlements_create`).
    /// Since 2024.12.1.
    pub fn application_entitlements_create(
        &self,
        body: &models::ApplicationEntitlementRequest,
    ) -> ResponseFuture<models::ApplicationEntitlement> {
        rt::operation!(
            Post "/core/application_entitlements/" "core_application_entitlements_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `DELETE /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/core/application_entitlements/{pbm_uuid}/"
            "core_application_entitlements_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn application_entitlements_list_request(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/core/application_entitlements/" "core_application_entitlements_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/` (`core_application_entitlements_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`ApplicationEntitlementsListParams`].
    pub fn application_entitlements_list(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> ResponseFuture<models::PaginatedApplicationEntitlementList> {
        self.application_entitlements_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::application_entitlements_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn application_entitlements_list_stream(
        &self,
        params: &ApplicationEntitlementsListParams,
    ) -> PageStream<models::ApplicationEntitlement> {
        self.application_entitlements_list_request(params).paginate()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `PATCH /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::PatchedApplicationEntitlementRequest,
    ) -> ResponseFuture<models::ApplicationEntitlement> {
        rt::operation!(
            Patch "/core/application_entitlements/{pbm_uuid}/"
            "core_application_entitlements_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    fn application_entitlements_requestable_list_request(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/core/application_entitlements/requestable/"
            "core_application_entitlements_requestable_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// List application entitlements which the current user can request access to
    ///
    /// `GET /core/application_entitlements/requestable/` (`core_application_entitlements_requestable_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`ApplicationEntitlementsRequestableListParams`].
    pub fn application_entitlements_requestable_list(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> ResponseFuture<models::PaginatedRequestableTargetList> {
        self.application_entitlements_requestable_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::application_entitlements_requestable_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn application_entitlements_requestable_list_stream(
        &self,
        params: &ApplicationEntitlementsRequestableListParams,
    ) -> PageStream<models::RequestableTarget> {
        self.application_entitlements_requestable_list_request(params).paginate()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::ApplicationEntitlement> {
        rt::operation!(
            Get "/core/application_entitlements/{pbm_uuid}/"
            "core_application_entitlements_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// ApplicationEntitlement Viewset
    ///
    /// `PUT /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_update`).
    /// Since 2024.12.1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::ApplicationEntitlementRequest,
    ) -> ResponseFuture<models::ApplicationEntitlement> {
        rt::operation!(
            Put "/core/application_entitlements/{pbm_uuid}/"
            "core_application_entitlements_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /core/application_entitlements/{pbm_uuid}/used_by/` (`core_application_entitlements_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Application Entitlement.
    pub fn application_entitlements_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/application_entitlements/{pbm_uuid}/used_by/"
            "core_application_entitlements_used_by_list"
        );
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
    ) -> ResponseFuture<models::PolicyTestResult> {
        rt::operation!(
            Get "/core/applications/{slug}/check_access/"
            "core_applications_check_access_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.params(params);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `POST /core/applications/` (`core_applications_create`).
    pub fn applications_create(
        &self,
        body: &models::ApplicationRequest,
    ) -> ResponseFuture<models::Application> {
        rt::operation!(Post "/core/applications/" "core_applications_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `DELETE /core/applications/{slug}/` (`core_applications_destroy`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/core/applications/{slug}/" "core_applications_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn applications_list_request(&self, params: &ApplicationsListParams) -> rt::Request {
        rt::operation!(Get "/core/applications/" "core_applications_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedApplicationList> {
        self.applications_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::applications_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn applications_list_stream(
        &self,
        params: &ApplicationsListParams,
    ) -> PageStream<models::Application> {
        self.applications_list_request(params).paginate()
    }

    /// Metrics for application logins
    ///
    /// `GET /core/applications/{slug}/metrics/` (`core_applications_metrics_list`).
    /// Until 2024.12.1 (removed in 2025.6.2).
    ///
    /// - `slug`: Internal application name, used in URLs.
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    pub fn applications_metrics_list(
        &self,
        slug: &str,
    ) -> ResponseFuture<Vec<models::Coordinate>> {
        rt::operation!(
            Get "/core/applications/{slug}/metrics/" "core_applications_metrics_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Application Viewset
    ///
    /// `PATCH /core/applications/{slug}/` (`core_applications_partial_update`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedApplicationRequest,
    ) -> ResponseFuture<models::Application> {
        rt::operation!(
            Patch "/core/applications/{slug}/" "core_applications_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    fn applications_requestable_list_request(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/core/applications/requestable/" "core_applications_requestable_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// List applications which the current user can request access to
    ///
    /// `GET /core/applications/requestable/` (`core_applications_requestable_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`ApplicationsRequestableListParams`].
    pub fn applications_requestable_list(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> ResponseFuture<models::PaginatedApplicationList> {
        self.applications_requestable_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::applications_requestable_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn applications_requestable_list_stream(
        &self,
        params: &ApplicationsRequestableListParams,
    ) -> PageStream<models::Application> {
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
    ) -> ResponseFuture<models::Application> {
        rt::operation!(Get "/core/applications/{slug}/" "core_applications_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Set application icon
    ///
    /// `POST /core/applications/{slug}/set_icon/` (`core_applications_set_icon_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Internal application name, used in URLs.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn applications_set_icon_create(
        &self,
        slug: &str,
        form: ApplicationsSetIconCreateForm,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/applications/{slug}/set_icon/"
            "core_applications_set_icon_create" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        let mut parts = rt::Multipart::new();
        parts.text("clear", &form.clear);
        parts.file_opt("file", form.file);
        parts.text("name", &form.name);
        parts.text("usage", &form.usage);
        request.multipart(parts);
        request.send_empty()
    }

    /// Set application icon (as URL)
    ///
    /// `POST /core/applications/{slug}/set_icon_url/` (`core_applications_set_icon_url_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Internal application name, used in URLs.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn applications_set_icon_url_create(
        &self,
        slug: &str,
        body: &models::FilePathRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/applications/{slug}/set_icon_url/"
            "core_applications_set_icon_url_create" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_empty()
    }

    /// Application Viewset
    ///
    /// `PUT /core/applications/{slug}/` (`core_applications_update`).
    ///
    /// - `slug`: Internal application name, used in URLs.
    pub fn applications_update(
        &self,
        slug: &str,
        body: &models::ApplicationRequest,
    ) -> ResponseFuture<models::Application> {
        rt::operation!(Put "/core/applications/{slug}/" "core_applications_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/applications/{slug}/used_by/" "core_applications_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Bulk revoke all sessions for multiple users
    ///
    /// `DELETE /core/authenticated_sessions/bulk_delete/` (`core_authenticated_sessions_bulk_delete_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `user_pks`: List of user IDs to revoke all sessions for
    pub fn authenticated_sessions_bulk_delete_destroy(
        &self,
        user_pks: &[i64],
    ) -> ResponseFuture<models::BulkDeleteSessionResponse> {
        rt::operation!(
            Delete "/core/authenticated_sessions/bulk_delete/"
            "core_authenticated_sessions_bulk_delete_destroy"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/core/authenticated_sessions/{uuid}/"
            "core_authenticated_sessions_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn authenticated_sessions_list_request(
        &self,
        params: &AuthenticatedSessionsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/core/authenticated_sessions/" "core_authenticated_sessions_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedAuthenticatedSessionList> {
        self.authenticated_sessions_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::authenticated_sessions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authenticated_sessions_list_stream(
        &self,
        params: &AuthenticatedSessionsListParams,
    ) -> PageStream<models::AuthenticatedSession> {
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
    ) -> ResponseFuture<models::AuthenticatedSession> {
        rt::operation!(
            Get "/core/authenticated_sessions/{uuid}/"
            "core_authenticated_sessions_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/authenticated_sessions/{uuid}/used_by/"
            "core_authenticated_sessions_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Brand Viewset
    ///
    /// `POST /core/brands/` (`core_brands_create`).
    pub fn brands_create(
        &self,
        body: &models::BrandRequest,
    ) -> ResponseFuture<models::Brand> {
        rt::operation!(Post "/core/brands/" "core_brands_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get current brand
    ///
    /// `GET /core/brands/current/` (`core_brands_current_retrieve`).
    /// Allows anonymous access.
    pub fn brands_current_retrieve(&self) -> ResponseFuture<models::CurrentBrand> {
        rt::operation!(
            Get "/core/brands/current/" "core_brands_current_retrieve"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Brand Viewset
    ///
    /// `DELETE /core/brands/{brand_uuid}/` (`core_brands_destroy`).
    ///
    /// - `brand_uuid`: A UUID string identifying this Brand.
    pub fn brands_destroy(&self, brand_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/core/brands/{brand_uuid}/" "core_brands_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("brand_uuid", &brand_uuid);
        request.send_empty()
    }

    fn brands_list_request(&self, params: &BrandsListParams) -> rt::Request {
        rt::operation!(Get "/core/brands/" "core_brands_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedBrandList> {
        self.brands_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::brands_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn brands_list_stream(
        &self,
        params: &BrandsListParams,
    ) -> PageStream<models::Brand> {
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
        body: &models::PatchedBrandRequest,
    ) -> ResponseFuture<models::Brand> {
        rt::operation!(Patch "/core/brands/{brand_uuid}/" "core_brands_partial_update");
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
    ) -> ResponseFuture<models::Brand> {
        rt::operation!(Get "/core/brands/{brand_uuid}/" "core_brands_retrieve");
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
        body: &models::BrandRequest,
    ) -> ResponseFuture<models::Brand> {
        rt::operation!(Put "/core/brands/{brand_uuid}/" "core_brands_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/brands/{brand_uuid}/used_by/" "core_brands_used_by_list"
        );
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
        body: &models::UserAccountRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/groups/{group_uuid}/add_user/" "core_groups_add_user_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
            errors(ERRORS_400_403_404_405_415_3)
        );
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
        body: &models::GroupRequest,
    ) -> ResponseFuture<models::Group> {
        rt::operation!(
            Post "/core/groups/" "core_groups_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group Viewset
    ///
    /// `DELETE /core/groups/{group_uuid}/` (`core_groups_destroy`).
    ///
    /// - `group_uuid`: A UUID string identifying this Group.
    pub fn groups_destroy(&self, group_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/core/groups/{group_uuid}/" "core_groups_destroy"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.send_empty()
    }

    fn groups_list_request(&self, params: &GroupsListParams) -> rt::Request {
        rt::operation!(
            Get "/core/groups/" "core_groups_list"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedGroupList> {
        self.groups_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn groups_list_stream(
        &self,
        params: &GroupsListParams,
    ) -> PageStream<models::Group> {
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
        body: &models::PatchedGroupRequest,
    ) -> ResponseFuture<models::Group> {
        rt::operation!(
            Patch "/core/groups/{group_uuid}/" "core_groups_partial_update"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
        body: &models::UserAccountRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/groups/{group_uuid}/remove_user/"
            "core_groups_remove_user_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
            errors(ERRORS_400_403_404_405_415_3)
        );
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
    ) -> ResponseFuture<models::Group> {
        rt::operation!(
            Get "/core/groups/{group_uuid}/" "core_groups_retrieve"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.params(params);
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
        body: &models::GroupRequest,
    ) -> ResponseFuture<models::Group> {
        rt::operation!(
            Put "/core/groups/{group_uuid}/" "core_groups_update"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/groups/{group_uuid}/used_by/" "core_groups_used_by_list"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("group_uuid", &group_uuid);
        request.send_json()
    }

    /// `POST /core/object_attributes/` (`core_object_attributes_create`).
    /// Since 2026.11.0-rc1.
    pub fn object_attributes_create(
        &self,
        body: &models::ObjectAttributeRequest,
    ) -> ResponseFuture<models::ObjectAttribute> {
        rt::operation!(Post "/core/object_attributes/" "core_object_attributes_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /core/object_attributes/{attribute_id}/` (`core_object_attributes_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_destroy(
        &self,
        attribute_id: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/core/object_attributes/{attribute_id}/"
            "core_object_attributes_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.send_empty()
    }

    fn object_attributes_list_request(
        &self,
        params: &ObjectAttributesListParams,
    ) -> rt::Request {
        rt::operation!(Get "/core/object_attributes/" "core_object_attributes_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /core/object_attributes/` (`core_object_attributes_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`ObjectAttributesListParams`].
    pub fn object_attributes_list(
        &self,
        params: &ObjectAttributesListParams,
    ) -> ResponseFuture<models::PaginatedObjectAttributeList> {
        self.object_attributes_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::object_attributes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn object_attributes_list_stream(
        &self,
        params: &ObjectAttributesListParams,
    ) -> PageStream<models::ObjectAttribute> {
        self.object_attributes_list_request(params).paginate()
    }

    /// `PATCH /core/object_attributes/{attribute_id}/` (`core_object_attributes_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_partial_update(
        &self,
        attribute_id: ::uuid::Uuid,
        body: &models::PatchedObjectAttributeRequest,
    ) -> ResponseFuture<models::ObjectAttribute> {
        rt::operation!(
            Patch "/core/object_attributes/{attribute_id}/"
            "core_object_attributes_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.json(body);
        request.send_json()
    }

    /// `GET /core/object_attributes/{attribute_id}/` (`core_object_attributes_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_retrieve(
        &self,
        attribute_id: ::uuid::Uuid,
    ) -> ResponseFuture<models::ObjectAttribute> {
        rt::operation!(
            Get "/core/object_attributes/{attribute_id}/"
            "core_object_attributes_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("attribute_id", &attribute_id);
        request.send_json()
    }

    /// `PUT /core/object_attributes/{attribute_id}/` (`core_object_attributes_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `attribute_id`: A UUID string identifying this Object Attribute.
    pub fn object_attributes_update(
        &self,
        attribute_id: ::uuid::Uuid,
        body: &models::ObjectAttributeRequest,
    ) -> ResponseFuture<models::ObjectAttribute> {
        rt::operation!(
            Put "/core/object_attributes/{attribute_id}/" "core_object_attributes_update"
        );
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
        body: &models::TokenRequest,
    ) -> ResponseFuture<models::Token> {
        rt::operation!(Post "/core/tokens/" "core_tokens_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Token Viewset
    ///
    /// `DELETE /core/tokens/{identifier}/` (`core_tokens_destroy`).
    ///
    /// - `identifier`
    pub fn tokens_destroy(&self, identifier: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/core/tokens/{identifier}/" "core_tokens_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_empty()
    }

    fn tokens_list_request(&self, params: &TokensListParams) -> rt::Request {
        rt::operation!(Get "/core/tokens/" "core_tokens_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedTokenList> {
        self.tokens_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn tokens_list_stream(
        &self,
        params: &TokensListParams,
    ) -> PageStream<models::Token> {
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
        body: &models::PatchedTokenRequest,
    ) -> ResponseFuture<models::Token> {
        rt::operation!(Patch "/core/tokens/{identifier}/" "core_tokens_partial_update");
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
    pub fn tokens_retrieve(&self, identifier: &str) -> ResponseFuture<models::Token> {
        rt::operation!(Get "/core/tokens/{identifier}/" "core_tokens_retrieve");
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
        body: &models::TokenSetKeyRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/tokens/{identifier}/set_key/" "core_tokens_set_key_create"
            errors(ERRORS_400_403_404_405_415_9)
        );
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
        body: &models::TokenRequest,
    ) -> ResponseFuture<models::Token> {
        rt::operation!(Put "/core/tokens/{identifier}/" "core_tokens_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/tokens/{identifier}/used_by/" "core_tokens_used_by_list"
        );
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
    ) -> ResponseFuture<models::TokenView> {
        rt::operation!(
            Get "/core/tokens/{identifier}/view_key/" "core_tokens_view_key_retrieve"
            errors(ERRORS_400_403_404_405_415_5)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("identifier", identifier);
        request.send_json()
    }

    /// Convert data into a blueprint, validate it and apply it
    ///
    /// `PUT /core/transactional/applications/` (`core_transactional_applications_update`).
    pub fn transactional_applications_update(
        &self,
        body: &models::TransactionApplicationRequest,
    ) -> ResponseFuture<models::TransactionApplicationResponse> {
        rt::operation!(
            Put "/core/transactional/applications/"
            "core_transactional_applications_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// UserConsent Viewset
    ///
    /// `DELETE /core/user_consent/{id}/` (`core_user_consent_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Consent.
    pub fn user_consent_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/core/user_consent/{id}/" "core_user_consent_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_consent_list_request(&self, params: &UserConsentListParams) -> rt::Request {
        rt::operation!(Get "/core/user_consent/" "core_user_consent_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedUserConsentList> {
        self.user_consent_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::user_consent_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_consent_list_stream(
        &self,
        params: &UserConsentListParams,
    ) -> PageStream<models::UserConsent> {
        self.user_consent_list_request(params).paginate()
    }

    /// UserConsent Viewset
    ///
    /// `GET /core/user_consent/{id}/` (`core_user_consent_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User Consent.
    pub fn user_consent_retrieve(&self, id: i64) -> ResponseFuture<models::UserConsent> {
        rt::operation!(Get "/core/user_consent/{id}/" "core_user_consent_retrieve");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/user_consent/{id}/used_by/" "core_user_consent_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Choose the target account, then return a flow link.
    ///
    /// `POST /core/users/account_lockdown/` (`core_users_account_lockdown_create`).
    /// Since 2026.11.0-rc1.
    pub fn users_account_lockdown_create(
        &self,
        body: &models::UserAccountLockdownRequest,
    ) -> ResponseFuture<models::Link> {
        rt::operation!(
            Post "/core/users/account_lockdown/" "core_users_account_lockdown_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
            errors(ERRORS_400_403_404_405_415_10)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `POST /core/users/` (`core_users_create`).
    pub fn users_create(
        &self,
        body: &models::UserRequest,
    ) -> ResponseFuture<models::User> {
        rt::operation!(
            Post "/core/users/" "core_users_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `DELETE /core/users/{id}/` (`core_users_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/core/users/{id}/" "core_users_destroy"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`UsersExportCreateParams`].
    pub fn users_export_create(
        &self,
        params: &UsersExportCreateParams,
    ) -> ResponseFuture<models::DataExport> {
        rt::operation!(
            Post "/core/users/export/" "core_users_export_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
        body: &models::ImpersonationRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/users/{id}/impersonate/" "core_users_impersonate_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// End Impersonation a user
    ///
    /// `GET /core/users/impersonate_end/` (`core_users_impersonate_end_retrieve`).
    pub fn users_impersonate_end_retrieve(&self) -> ResponseFuture<()> {
        rt::operation!(
            Get "/core/users/impersonate_end/" "core_users_impersonate_end_retrieve"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        self.client.request(&OPERATION).send_empty()
    }

    fn users_list_request(&self, params: &UsersListParams) -> rt::Request {
        rt::operation!(
            Get "/core/users/" "core_users_list"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedUserList> {
        self.users_list_request(params).send_json()
    }

    /// Every item of [`CoreApi::users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn users_list_stream(
        &self,
        params: &UsersListParams,
    ) -> PageStream<models::User> {
        self.users_list_request(params).paginate()
    }

    /// Get information about current user
    ///
    /// `GET /core/users/me/` (`core_users_me_retrieve`).
    pub fn users_me_retrieve(&self) -> ResponseFuture<models::SessionUser> {
        rt::operation!(
            Get "/core/users/me/" "core_users_me_retrieve"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        self.client.request(&OPERATION).send_json()
    }

    /// User metrics per 1h
    ///
    /// `GET /core/users/{id}/metrics/` (`core_users_metrics_retrieve`).
    /// Until 2024.12.1 (removed in 2025.6.2).
    ///
    /// - `id`: A unique integer value identifying this User.
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    pub fn users_metrics_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserMetrics> {
        rt::operation!(Get "/core/users/{id}/metrics/" "core_users_metrics_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User Viewset
    ///
    /// `PATCH /core/users/{id}/` (`core_users_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserRequest,
    ) -> ResponseFuture<models::User> {
        rt::operation!(
            Patch "/core/users/{id}/" "core_users_partial_update"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
    ) -> ResponseFuture<models::UserPath> {
        rt::operation!(
            Get "/core/users/paths/" "core_users_paths_retrieve"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
        body: &models::UserRecoveryLinkRequest,
    ) -> ResponseFuture<models::Link> {
        rt::operation!(
            Post "/core/users/{id}/recovery/" "core_users_recovery_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
        body: &models::UserRecoveryEmailRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/users/{id}/recovery_email/" "core_users_recovery_email_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
    pub fn users_retrieve(&self, id: i64) -> ResponseFuture<models::User> {
        rt::operation!(
            Get "/core/users/{id}/" "core_users_retrieve"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Create a new user account that is marked as a service account
    ///
    /// `POST /core/users/service_account/` (`core_users_service_account_create`).
    pub fn users_service_account_create(
        &self,
        body: &models::UserServiceAccountRequest,
    ) -> ResponseFuture<models::UserServiceAccountResponse> {
        rt::operation!(
            Post "/core/users/service_account/" "core_users_service_account_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
        body: &models::UserPasswordSetRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/users/{id}/set_password/" "core_users_set_password_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
            errors(ERRORS_400_403_404_405_415_2)
        );
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
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User.
    pub fn users_set_password_hash_create(
        &self,
        id: i64,
        body: &models::UserPasswordHashSetRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/core/users/{id}/set_password_hash/"
            "core_users_set_password_hash_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    /// Start browser user switching.
    ///
    /// `POST /core/users/switch/` (`core_users_switch_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`UsersSwitchCreateParams`].
    pub fn users_switch_create(
        &self,
        body: &models::UserSwitchRequest,
        params: &UsersSwitchCreateParams,
    ) -> ResponseFuture<models::UserSwitchResponse> {
        rt::operation!(
            Post "/core/users/switch/" "core_users_switch_create"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
        body: &models::UserRequest,
    ) -> ResponseFuture<models::User> {
        rt::operation!(
            Put "/core/users/{id}/" "core_users_update"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
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
    pub fn users_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/core/users/{id}/used_by/" "core_users_used_by_list"
            security(SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::application_entitlements_list`] (`core_application_entitlements_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ApplicationEntitlementsListParams {
        pub app: Option<::uuid::Uuid> => query "app",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::application_entitlements_requestable_list`] (`core_application_entitlements_requestable_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ApplicationEntitlementsRequestableListParams {
        pub app: Option<::uuid::Uuid> => query "app",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::applications_check_access_retrieve`] (`core_applications_check_access_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ApplicationsCheckAccessRetrieveParams {
        pub for_user: Option<i64> => query "for_user",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::applications_list`] (`core_applications_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ApplicationsListParams {
        pub for_user: Option<i64> => query "for_user",
        pub group: Option<String> => query "group",
        pub meta_description: Option<String> => query "meta_description",
        pub meta_launch_url: Option<String> => query "meta_launch_url",
        pub meta_publisher: Option<String> => query "meta_publisher",
        pub name: Option<String> => query "name",
        pub only_with_launch_url: Option<bool> => query "only_with_launch_url",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
        pub superuser_full_list: Option<bool> => query "superuser_full_list",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::applications_requestable_list`] (`core_applications_requestable_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ApplicationsRequestableListParams {
        pub group: Option<String> => query "group",
        pub meta_description: Option<String> => query "meta_description",
        pub meta_launch_url: Option<String> => query "meta_launch_url",
        pub meta_publisher: Option<String> => query "meta_publisher",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
    }
}

/// The `multipart/form-data` body of [`CoreApi::applications_set_icon_create`] (schema `FileUploadRequest`).
#[derive(Debug)]
pub struct ApplicationsSetIconCreateForm {
    pub clear: Option<bool>,
    pub file: Option<rt::FilePart>,
    pub name: Option<String>,
    pub usage: Option<String>,
}

rt::params! {
    /// Optional parameters of [`CoreApi::authenticated_sessions_list`] (`core_authenticated_sessions_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatedSessionsListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub session_last_ip: Option<String> => query "session__last_ip",
        pub session_last_user_agent: Option<String> => query "session__last_user_agent",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::brands_list`] (`core_brands_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct BrandsListParams {
        pub brand_uuid: Option<::uuid::Uuid> => query "brand_uuid",
        pub branding_default_flow_background: Option<String> => query "branding_default_flow_background",
        pub branding_favicon: Option<String> => query "branding_favicon",
        pub branding_logo: Option<String> => query "branding_logo",
        pub branding_title: Option<String> => query "branding_title",
        pub client_certificates: Option<Vec<::uuid::Uuid>> => query "client_certificates",
        pub default: Option<bool> => query "default",
        pub domain: Option<String> => query "domain",
        pub flow_authentication: Option<::uuid::Uuid> => query "flow_authentication",
        pub flow_device_code: Option<::uuid::Uuid> => query "flow_device_code",
        pub flow_invalidation: Option<::uuid::Uuid> => query "flow_invalidation",
        pub flow_lockdown: Option<::uuid::Uuid> => query "flow_lockdown",
        pub flow_recovery: Option<::uuid::Uuid> => query "flow_recovery",
        pub flow_request: Option<::uuid::Uuid> => query "flow_request",
        pub flow_unenrollment: Option<::uuid::Uuid> => query "flow_unenrollment",
        pub flow_user_settings: Option<::uuid::Uuid> => query "flow_user_settings",
        pub flow_user_switch: Option<::uuid::Uuid> => query "flow_user_switch",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub web_certificate: Option<::uuid::Uuid> => query "web_certificate",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::groups_list`] (`core_groups_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupsListParams {
        /// Attributes
        pub attributes: Option<String> => query "attributes",
        pub include_children: Option<bool> => query "include_children",
        pub include_inherited_roles: Option<bool> => query "include_inherited_roles",
        pub include_parents: Option<bool> => query "include_parents",
        pub include_users: Option<bool> => query "include_users",
        pub is_superuser: Option<bool> => query "is_superuser",
        pub members_by_pk: Option<Vec<i64>> => query "members_by_pk",
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub members_by_username: Option<Vec<String>> => query "members_by_username",
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
    /// Optional parameters of [`CoreApi::groups_retrieve`] (`core_groups_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupsRetrieveParams {
        pub include_children: Option<bool> => query "include_children",
        pub include_inherited_roles: Option<bool> => query "include_inherited_roles",
        pub include_parents: Option<bool> => query "include_parents",
        pub include_users: Option<bool> => query "include_users",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::object_attributes_list`] (`core_object_attributes_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ObjectAttributesListParams {
        pub enabled: Option<bool> => query "enabled",
        pub object_type_app_label: Option<String> => query "object_type__app_label",
        pub object_type_model: Option<String> => query "object_type__model",
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
    /// Optional parameters of [`CoreApi::tokens_list`] (`core_tokens_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TokensListParams {
        pub description: Option<String> => query "description",
        pub expires: Option<super::runtime::DateTime> => query "expires",
        pub expiring: Option<bool> => query "expiring",
        pub identifier: Option<String> => query "identifier",
        pub intent: Option<models::IntentEnum> => query "intent",
        pub managed: Option<String> => query "managed",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::user_consent_list`] (`core_user_consent_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConsentListParams {
        pub application: Option<::uuid::Uuid> => query "application",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::users_export_create`] (`core_users_export_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UsersExportCreateParams {
        /// Attributes
        pub attributes: Option<String> => query "attributes",
        pub date_joined: Option<super::runtime::DateTime> => query "date_joined",
        pub date_joined_gt: Option<super::runtime::DateTime> => query "date_joined__gt",
        pub date_joined_lt: Option<super::runtime::DateTime> => query "date_joined__lt",
        pub email: Option<String> => query "email",
        pub groups_by_name: Option<Vec<String>> => query "groups_by_name",
        pub groups_by_pk: Option<Vec<::uuid::Uuid>> => query "groups_by_pk",
        pub is_active: Option<bool> => query "is_active",
        pub is_superuser: Option<bool> => query "is_superuser",
        pub last_login: Option<super::runtime::DateTime> => query "last_login",
        pub last_login_gt: Option<super::runtime::DateTime> => query "last_login__gt",
        pub last_login_isnull: Option<bool> => query "last_login__isnull",
        pub last_login_lt: Option<super::runtime::DateTime> => query "last_login__lt",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub last_updated_gt: Option<super::runtime::DateTime> => query "last_updated__gt",
        pub last_updated_lt: Option<super::runtime::DateTime> => query "last_updated__lt",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        pub path: Option<String> => query "path",
        pub path_startswith: Option<String> => query "path_startswith",
        pub roles_by_name: Option<Vec<String>> => query "roles_by_name",
        pub roles_by_pk: Option<Vec<::uuid::Uuid>> => query "roles_by_pk",
        /// A search term.
        pub search: Option<String> => query "search",
        pub r#type: Option<Vec<models::UserTypeEnum>> => query "type",
        pub username: Option<String> => query "username",
        pub uuid: Option<::uuid::Uuid> => query "uuid",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::users_list`] (`core_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UsersListParams {
        /// Attributes
        pub attributes: Option<String> => query "attributes",
        pub date_joined: Option<super::runtime::DateTime> => query "date_joined",
        pub date_joined_gt: Option<super::runtime::DateTime> => query "date_joined__gt",
        pub date_joined_lt: Option<super::runtime::DateTime> => query "date_joined__lt",
        pub email: Option<String> => query "email",
        pub groups_by_name: Option<Vec<String>> => query "groups_by_name",
        pub groups_by_pk: Option<Vec<::uuid::Uuid>> => query "groups_by_pk",
        pub include_groups: Option<bool> => query "include_groups",
        pub include_roles: Option<bool> => query "include_roles",
        pub is_active: Option<bool> => query "is_active",
        pub is_superuser: Option<bool> => query "is_superuser",
        pub last_login: Option<super::runtime::DateTime> => query "last_login",
        pub last_login_gt: Option<super::runtime::DateTime> => query "last_login__gt",
        pub last_login_isnull: Option<bool> => query "last_login__isnull",
        pub last_login_lt: Option<super::runtime::DateTime> => query "last_login__lt",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub last_updated_gt: Option<super::runtime::DateTime> => query "last_updated__gt",
        pub last_updated_lt: Option<super::runtime::DateTime> => query "last_updated__lt",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub path: Option<String> => query "path",
        pub path_startswith: Option<String> => query "path_startswith",
        pub roles_by_name: Option<Vec<String>> => query "roles_by_name",
        pub roles_by_pk: Option<Vec<::uuid::Uuid>> => query "roles_by_pk",
        /// A search term.
        pub search: Option<String> => query "search",
        pub r#type: Option<Vec<models::UserTypeEnum>> => query "type",
        pub username: Option<String> => query "username",
        pub uuid: Option<::uuid::Uuid> => query "uuid",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::users_paths_retrieve`] (`core_users_paths_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UsersPathsRetrieveParams {
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`CoreApi::users_switch_create`] (`core_users_switch_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UsersSwitchCreateParams {
        pub next: Option<String> => query "next",
    }
}
