//! Operations tagged `providers` (131).
use super::runtime::client as rt;

/// The operations tagged `providers`: `client.providers()`.
#[derive(Clone, Copy, Debug)]
pub struct ProvidersApi<'a> {
    pub(super) client: &'a super::Client,
}

impl ProvidersApi<'_> {
    /// Provider Viewset
    ///
    /// `DELETE /providers/all/{id}/` (`providers_all_destroy`).
    ///
    /// - `id`: A unique integer value identifying this provider.
    pub fn all_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_all_destroy",
            method: rt::Method::Delete,
            path: "/providers/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_all_list",
            method: rt::Method::Get,
            path: "/providers/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request.query("backchannel", &params.backchannel);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Provider Viewset
    ///
    /// `GET /providers/all/` (`providers_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> super::ResponseFuture<super::models::PaginatedProviderList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> super::PageStream<super::models::Provider> {
        self.all_list_request(params).paginate()
    }

    /// Provider Viewset
    ///
    /// `GET /providers/all/{id}/` (`providers_all_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this provider.
    pub fn all_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::Provider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_all_retrieve",
            method: rt::Method::Get,
            path: "/providers/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /providers/all/types/` (`providers_all_types_list`).
    pub fn all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_all_types_list",
            method: rt::Method::Get,
            path: "/providers/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/all/{id}/used_by/` (`providers_all_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this provider.
    pub fn all_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_all_used_by_list",
            method: rt::Method::Get,
            path: "/providers/all/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `POST /providers/google_workspace/` (`providers_google_workspace_create`).
    pub fn google_workspace_create(
        &self,
        body: &super::models::GoogleWorkspaceProviderRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_create",
            method: rt::Method::Post,
            path: "/providers/google_workspace/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `DELETE /providers/google_workspace/{id}/` (`providers_google_workspace_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_destroy",
            method: rt::Method::Delete,
            path: "/providers/google_workspace/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `POST /providers/google_workspace_groups/` (`providers_google_workspace_groups_create`).
    pub fn google_workspace_groups_create(
        &self,
        body: &super::models::GoogleWorkspaceProviderGroupRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_groups_create",
            method: rt::Method::Post,
            path: "/providers/google_workspace_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `DELETE /providers/google_workspace_groups/{id}/` (`providers_google_workspace_groups_destroy`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider Group.
    pub fn google_workspace_groups_destroy(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_groups_destroy",
            method: rt::Method::Delete,
            path: "/providers/google_workspace_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn google_workspace_groups_list_request(
        &self,
        params: &GoogleWorkspaceGroupsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_groups_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group__group_uuid", &params.group_group_uuid);
        request.query("group__name", &params.group_name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request
    }

    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `GET /providers/google_workspace_groups/` (`providers_google_workspace_groups_list`).
    ///
    /// Optional parameters: [`GoogleWorkspaceGroupsListParams`].
    pub fn google_workspace_groups_list(
        &self,
        params: &GoogleWorkspaceGroupsListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedGoogleWorkspaceProviderGroupList,
    > {
        self.google_workspace_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_groups_list_stream(
        &self,
        params: &GoogleWorkspaceGroupsListParams,
    ) -> super::PageStream<super::models::GoogleWorkspaceProviderGroup> {
        self.google_workspace_groups_list_request(params).paginate()
    }

    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `GET /providers/google_workspace_groups/{id}/` (`providers_google_workspace_groups_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider Group.
    pub fn google_workspace_groups_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_groups_retrieve",
            method: rt::Method::Get,
            path: "/providers/google_workspace_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/google_workspace_groups/{id}/used_by/` (`providers_google_workspace_groups_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider Group.
    pub fn google_workspace_groups_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_groups_used_by_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace_groups/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn google_workspace_list_request(
        &self,
        params: &GoogleWorkspaceListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("delegated_subject", &params.delegated_subject);
        request
            .query(
                "exclude_users_service_account",
                &params.exclude_users_service_account,
            );
        request.query("filter_group", &params.filter_group);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `GET /providers/google_workspace/` (`providers_google_workspace_list`).
    ///
    /// Optional parameters: [`GoogleWorkspaceListParams`].
    pub fn google_workspace_list(
        &self,
        params: &GoogleWorkspaceListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGoogleWorkspaceProviderList> {
        self.google_workspace_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_list_stream(
        &self,
        params: &GoogleWorkspaceListParams,
    ) -> super::PageStream<super::models::GoogleWorkspaceProvider> {
        self.google_workspace_list_request(params).paginate()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `PATCH /providers/google_workspace/{id}/` (`providers_google_workspace_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedGoogleWorkspaceProviderRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_partial_update",
            method: rt::Method::Patch,
            path: "/providers/google_workspace/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `GET /providers/google_workspace/{id}/` (`providers_google_workspace_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_retrieve",
            method: rt::Method::Get,
            path: "/providers/google_workspace/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/google_workspace/{id}/sync/object/` (`providers_google_workspace_sync_object_create`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_sync_object_create(
        &self,
        id: i64,
        body: &super::models::SyncObjectRequest,
    ) -> super::ResponseFuture<super::models::SyncObjectResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_sync_object_create",
            method: rt::Method::Post,
            path: "/providers/google_workspace/{id}/sync/object/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /providers/google_workspace/{id}/sync/status/` (`providers_google_workspace_sync_status_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_sync_status_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SyncStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_sync_status_retrieve",
            method: rt::Method::Get,
            path: "/providers/google_workspace/{id}/sync/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `PUT /providers/google_workspace/{id}/` (`providers_google_workspace_update`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_update(
        &self,
        id: i64,
        body: &super::models::GoogleWorkspaceProviderRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_update",
            method: rt::Method::Put,
            path: "/providers/google_workspace/{id}/",
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
    /// `GET /providers/google_workspace/{id}/used_by/` (`providers_google_workspace_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_used_by_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `POST /providers/google_workspace_users/` (`providers_google_workspace_users_create`).
    pub fn google_workspace_users_create(
        &self,
        body: &super::models::GoogleWorkspaceProviderUserRequest,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_users_create",
            method: rt::Method::Post,
            path: "/providers/google_workspace_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `DELETE /providers/google_workspace_users/{id}/` (`providers_google_workspace_users_destroy`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider User.
    pub fn google_workspace_users_destroy(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_users_destroy",
            method: rt::Method::Delete,
            path: "/providers/google_workspace_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn google_workspace_users_list_request(
        &self,
        params: &GoogleWorkspaceUsersListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_users_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request.query("user__id", &params.user_id);
        request.query("user__username", &params.user_username);
        request
    }

    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `GET /providers/google_workspace_users/` (`providers_google_workspace_users_list`).
    ///
    /// Optional parameters: [`GoogleWorkspaceUsersListParams`].
    pub fn google_workspace_users_list(
        &self,
        params: &GoogleWorkspaceUsersListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGoogleWorkspaceProviderUserList> {
        self.google_workspace_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_users_list_stream(
        &self,
        params: &GoogleWorkspaceUsersListParams,
    ) -> super::PageStream<super::models::GoogleWorkspaceProviderUser> {
        self.google_workspace_users_list_request(params).paginate()
    }

    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `GET /providers/google_workspace_users/{id}/` (`providers_google_workspace_users_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider User.
    pub fn google_workspace_users_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::GoogleWorkspaceProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_users_retrieve",
            method: rt::Method::Get,
            path: "/providers/google_workspace_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/google_workspace_users/{id}/used_by/` (`providers_google_workspace_users_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this Google Workspace Provider User.
    pub fn google_workspace_users_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_google_workspace_users_used_by_list",
            method: rt::Method::Get,
            path: "/providers/google_workspace_users/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `POST /providers/ldap/` (`providers_ldap_create`).
    pub fn ldap_create(
        &self,
        body: &super::models::LDAPProviderRequest,
    ) -> super::ResponseFuture<super::models::LDAPProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_create",
            method: rt::Method::Post,
            path: "/providers/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `DELETE /providers/ldap/{id}/` (`providers_ldap_destroy`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_destroy",
            method: rt::Method::Delete,
            path: "/providers/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_list",
            method: rt::Method::Get,
            path: "/providers/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request
            .query(
                "authorization_flow__slug__iexact",
                &params.authorization_flow_slug_iexact,
            );
        request.query("base_dn__iexact", &params.base_dn_iexact);
        request
            .query("certificate__kp_uuid__iexact", &params.certificate_kp_uuid_iexact);
        request.query("certificate__name__iexact", &params.certificate_name_iexact);
        request.query("gid_start_number__iexact", &params.gid_start_number_iexact);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("tls_server_name__iexact", &params.tls_server_name_iexact);
        request.query("uid_start_number__iexact", &params.uid_start_number_iexact);
        request
    }

    /// LDAPProvider Viewset
    ///
    /// `GET /providers/ldap/` (`providers_ldap_list`).
    ///
    /// Optional parameters: [`LdapListParams`].
    pub fn ldap_list(
        &self,
        params: &LdapListParams,
    ) -> super::ResponseFuture<super::models::PaginatedLDAPProviderList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> super::PageStream<super::models::LDAPProvider> {
        self.ldap_list_request(params).paginate()
    }

    /// LDAPProvider Viewset
    ///
    /// `PATCH /providers/ldap/{id}/` (`providers_ldap_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedLDAPProviderRequest,
    ) -> super::ResponseFuture<super::models::LDAPProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_partial_update",
            method: rt::Method::Patch,
            path: "/providers/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `GET /providers/ldap/{id}/` (`providers_ldap_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::LDAPProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_retrieve",
            method: rt::Method::Get,
            path: "/providers/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `PUT /providers/ldap/{id}/` (`providers_ldap_update`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_update(
        &self,
        id: i64,
        body: &super::models::LDAPProviderRequest,
    ) -> super::ResponseFuture<super::models::LDAPProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_update",
            method: rt::Method::Put,
            path: "/providers/ldap/{id}/",
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
    /// `GET /providers/ldap/{id}/used_by/` (`providers_ldap_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ldap_used_by_list",
            method: rt::Method::Get,
            path: "/providers/ldap/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `POST /providers/microsoft_entra/` (`providers_microsoft_entra_create`).
    pub fn microsoft_entra_create(
        &self,
        body: &super::models::MicrosoftEntraProviderRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_create",
            method: rt::Method::Post,
            path: "/providers/microsoft_entra/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `DELETE /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_destroy",
            method: rt::Method::Delete,
            path: "/providers/microsoft_entra/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `POST /providers/microsoft_entra_groups/` (`providers_microsoft_entra_groups_create`).
    pub fn microsoft_entra_groups_create(
        &self,
        body: &super::models::MicrosoftEntraProviderGroupRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_groups_create",
            method: rt::Method::Post,
            path: "/providers/microsoft_entra_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `DELETE /providers/microsoft_entra_groups/{id}/` (`providers_microsoft_entra_groups_destroy`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider Group.
    pub fn microsoft_entra_groups_destroy(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_groups_destroy",
            method: rt::Method::Delete,
            path: "/providers/microsoft_entra_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn microsoft_entra_groups_list_request(
        &self,
        params: &MicrosoftEntraGroupsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_groups_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group__group_uuid", &params.group_group_uuid);
        request.query("group__name", &params.group_name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request
    }

    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `GET /providers/microsoft_entra_groups/` (`providers_microsoft_entra_groups_list`).
    ///
    /// Optional parameters: [`MicrosoftEntraGroupsListParams`].
    pub fn microsoft_entra_groups_list(
        &self,
        params: &MicrosoftEntraGroupsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedMicrosoftEntraProviderGroupList> {
        self.microsoft_entra_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_groups_list_stream(
        &self,
        params: &MicrosoftEntraGroupsListParams,
    ) -> super::PageStream<super::models::MicrosoftEntraProviderGroup> {
        self.microsoft_entra_groups_list_request(params).paginate()
    }

    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `GET /providers/microsoft_entra_groups/{id}/` (`providers_microsoft_entra_groups_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider Group.
    pub fn microsoft_entra_groups_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_groups_retrieve",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/microsoft_entra_groups/{id}/used_by/` (`providers_microsoft_entra_groups_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider Group.
    pub fn microsoft_entra_groups_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_groups_used_by_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_groups/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn microsoft_entra_list_request(
        &self,
        params: &MicrosoftEntraListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request
            .query(
                "exclude_users_service_account",
                &params.exclude_users_service_account,
            );
        request.query("filter_group", &params.filter_group);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `GET /providers/microsoft_entra/` (`providers_microsoft_entra_list`).
    ///
    /// Optional parameters: [`MicrosoftEntraListParams`].
    pub fn microsoft_entra_list(
        &self,
        params: &MicrosoftEntraListParams,
    ) -> super::ResponseFuture<super::models::PaginatedMicrosoftEntraProviderList> {
        self.microsoft_entra_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_list_stream(
        &self,
        params: &MicrosoftEntraListParams,
    ) -> super::PageStream<super::models::MicrosoftEntraProvider> {
        self.microsoft_entra_list_request(params).paginate()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `PATCH /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedMicrosoftEntraProviderRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_partial_update",
            method: rt::Method::Patch,
            path: "/providers/microsoft_entra/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `GET /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_retrieve",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/microsoft_entra/{id}/sync/object/` (`providers_microsoft_entra_sync_object_create`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_sync_object_create(
        &self,
        id: i64,
        body: &super::models::SyncObjectRequest,
    ) -> super::ResponseFuture<super::models::SyncObjectResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_sync_object_create",
            method: rt::Method::Post,
            path: "/providers/microsoft_entra/{id}/sync/object/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /providers/microsoft_entra/{id}/sync/status/` (`providers_microsoft_entra_sync_status_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_sync_status_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SyncStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_sync_status_retrieve",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra/{id}/sync/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `PUT /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_update`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_update(
        &self,
        id: i64,
        body: &super::models::MicrosoftEntraProviderRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_update",
            method: rt::Method::Put,
            path: "/providers/microsoft_entra/{id}/",
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
    /// `GET /providers/microsoft_entra/{id}/used_by/` (`providers_microsoft_entra_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_used_by_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `POST /providers/microsoft_entra_users/` (`providers_microsoft_entra_users_create`).
    pub fn microsoft_entra_users_create(
        &self,
        body: &super::models::MicrosoftEntraProviderUserRequest,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_users_create",
            method: rt::Method::Post,
            path: "/providers/microsoft_entra_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `DELETE /providers/microsoft_entra_users/{id}/` (`providers_microsoft_entra_users_destroy`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider User.
    pub fn microsoft_entra_users_destroy(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_users_destroy",
            method: rt::Method::Delete,
            path: "/providers/microsoft_entra_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn microsoft_entra_users_list_request(
        &self,
        params: &MicrosoftEntraUsersListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_users_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request.query("user__id", &params.user_id);
        request.query("user__username", &params.user_username);
        request
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `GET /providers/microsoft_entra_users/` (`providers_microsoft_entra_users_list`).
    ///
    /// Optional parameters: [`MicrosoftEntraUsersListParams`].
    pub fn microsoft_entra_users_list(
        &self,
        params: &MicrosoftEntraUsersListParams,
    ) -> super::ResponseFuture<super::models::PaginatedMicrosoftEntraProviderUserList> {
        self.microsoft_entra_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_users_list_stream(
        &self,
        params: &MicrosoftEntraUsersListParams,
    ) -> super::PageStream<super::models::MicrosoftEntraProviderUser> {
        self.microsoft_entra_users_list_request(params).paginate()
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `GET /providers/microsoft_entra_users/{id}/` (`providers_microsoft_entra_users_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider User.
    pub fn microsoft_entra_users_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::MicrosoftEntraProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_users_retrieve",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/microsoft_entra_users/{id}/used_by/` (`providers_microsoft_entra_users_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider User.
    pub fn microsoft_entra_users_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_microsoft_entra_users_used_by_list",
            method: rt::Method::Get,
            path: "/providers/microsoft_entra_users/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `POST /providers/oauth2/` (`providers_oauth2_create`).
    pub fn oauth2_create(
        &self,
        body: &super::models::OAuth2ProviderRequest,
    ) -> super::ResponseFuture<super::models::OAuth2Provider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_create",
            method: rt::Method::Post,
            path: "/providers/oauth2/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `POST /providers/oauth2-dcr/` (`providers_oauth2_dcr_create`).
    pub fn oauth2_dcr_create(
        &self,
        body: &super::models::OAuth2DynamicClientRegistrationRequest,
    ) -> super::ResponseFuture<super::models::OAuth2DynamicClientRegistration> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_create",
            method: rt::Method::Post,
            path: "/providers/oauth2-dcr/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `DELETE /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_destroy",
            method: rt::Method::Delete,
            path: "/providers/oauth2-dcr/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn oauth2_dcr_list_request(&self, params: &Oauth2DcrListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_list",
            method: rt::Method::Get,
            path: "/providers/oauth2-dcr/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/` (`providers_oauth2_dcr_list`).
    ///
    /// Optional parameters: [`Oauth2DcrListParams`].
    pub fn oauth2_dcr_list(
        &self,
        params: &Oauth2DcrListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedOAuth2DynamicClientRegistrationList,
    > {
        self.oauth2_dcr_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::oauth2_dcr_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth2_dcr_list_stream(
        &self,
        params: &Oauth2DcrListParams,
    ) -> super::PageStream<super::models::OAuth2DynamicClientRegistration> {
        self.oauth2_dcr_list_request(params).paginate()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PATCH /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_partial_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedOAuth2DynamicClientRegistrationRequest,
    ) -> super::ResponseFuture<super::models::OAuth2DynamicClientRegistration> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_partial_update",
            method: rt::Method::Patch,
            path: "/providers/oauth2-dcr/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_retrieve`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::OAuth2DynamicClientRegistration> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_retrieve",
            method: rt::Method::Get,
            path: "/providers/oauth2-dcr/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PUT /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::OAuth2DynamicClientRegistrationRequest,
    ) -> super::ResponseFuture<super::models::OAuth2DynamicClientRegistration> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_dcr_update",
            method: rt::Method::Put,
            path: "/providers/oauth2-dcr/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `DELETE /providers/oauth2/{id}/` (`providers_oauth2_destroy`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_destroy",
            method: rt::Method::Delete,
            path: "/providers/oauth2/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn oauth2_list_request(&self, params: &Oauth2ListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_list",
            method: rt::Method::Get,
            path: "/providers/oauth2/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("access_code_validity", &params.access_code_validity);
        request.query("access_token_validity", &params.access_token_validity);
        request.query("application", &params.application);
        request.query("authorization_flow", &params.authorization_flow);
        request.query("client_id", &params.client_id);
        request.query("client_type", &params.client_type);
        request.query("include_claims_in_id_token", &params.include_claims_in_id_token);
        request.query("issuer_mode", &params.issuer_mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("property_mappings", &params.property_mappings);
        request.query("refresh_token_validity", &params.refresh_token_validity);
        request.query("search", &params.search);
        request.query("signing_key", &params.signing_key);
        request.query("sub_mode", &params.sub_mode);
        request
    }

    /// OAuth2Provider Viewset
    ///
    /// `GET /providers/oauth2/` (`providers_oauth2_list`).
    ///
    /// Optional parameters: [`Oauth2ListParams`].
    pub fn oauth2_list(
        &self,
        params: &Oauth2ListParams,
    ) -> super::ResponseFuture<super::models::PaginatedOAuth2ProviderList> {
        self.oauth2_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::oauth2_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth2_list_stream(
        &self,
        params: &Oauth2ListParams,
    ) -> super::PageStream<super::models::OAuth2Provider> {
        self.oauth2_list_request(params).paginate()
    }

    /// OAuth2Provider Viewset
    ///
    /// `PATCH /providers/oauth2/{id}/` (`providers_oauth2_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedOAuth2ProviderRequest,
    ) -> super::ResponseFuture<super::models::OAuth2Provider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_partial_update",
            method: rt::Method::Patch,
            path: "/providers/oauth2/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Preview user data for provider
    ///
    /// `GET /providers/oauth2/{id}/preview_user/` (`providers_oauth2_preview_user_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    ///
    /// Optional parameters: [`Oauth2PreviewUserRetrieveParams`].
    pub fn oauth2_preview_user_retrieve(
        &self,
        id: i64,
        params: &Oauth2PreviewUserRetrieveParams,
    ) -> super::ResponseFuture<super::models::PropertyMappingPreview> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_preview_user_retrieve",
            method: rt::Method::Get,
            path: "/providers/oauth2/{id}/preview_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("for_user", &params.for_user);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `GET /providers/oauth2/{id}/` (`providers_oauth2_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::OAuth2Provider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_retrieve",
            method: rt::Method::Get,
            path: "/providers/oauth2/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get Providers setup URLs
    ///
    /// `GET /providers/oauth2/{id}/setup_urls/` (`providers_oauth2_setup_urls_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_setup_urls_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::OAuth2ProviderSetupURLs> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_setup_urls_retrieve",
            method: rt::Method::Get,
            path: "/providers/oauth2/{id}/setup_urls/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_5,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `PUT /providers/oauth2/{id}/` (`providers_oauth2_update`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_update(
        &self,
        id: i64,
        body: &super::models::OAuth2ProviderRequest,
    ) -> super::ResponseFuture<super::models::OAuth2Provider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_update",
            method: rt::Method::Put,
            path: "/providers/oauth2/{id}/",
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
    /// `GET /providers/oauth2/{id}/used_by/` (`providers_oauth2_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_oauth2_used_by_list",
            method: rt::Method::Get,
            path: "/providers/oauth2/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `POST /providers/proxy/` (`providers_proxy_create`).
    pub fn proxy_create(
        &self,
        body: &super::models::ProxyProviderRequest,
    ) -> super::ResponseFuture<super::models::ProxyProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_create",
            method: rt::Method::Post,
            path: "/providers/proxy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `DELETE /providers/proxy/{id}/` (`providers_proxy_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_destroy",
            method: rt::Method::Delete,
            path: "/providers/proxy/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn proxy_list_request(&self, params: &ProxyListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_list",
            method: rt::Method::Get,
            path: "/providers/proxy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request
            .query(
                "authorization_flow__slug__iexact",
                &params.authorization_flow_slug_iexact,
            );
        request.query("basic_auth_enabled__iexact", &params.basic_auth_enabled_iexact);
        request
            .query(
                "basic_auth_password_attribute__iexact",
                &params.basic_auth_password_attribute_iexact,
            );
        request
            .query(
                "basic_auth_user_attribute__iexact",
                &params.basic_auth_user_attribute_iexact,
            );
        request
            .query("certificate__kp_uuid__iexact", &params.certificate_kp_uuid_iexact);
        request.query("certificate__name__iexact", &params.certificate_name_iexact);
        request.query("cookie_domain__iexact", &params.cookie_domain_iexact);
        request.query("external_host__iexact", &params.external_host_iexact);
        request.query("internal_host__iexact", &params.internal_host_iexact);
        request
            .query(
                "internal_host_ssl_validation__iexact",
                &params.internal_host_ssl_validation_iexact,
            );
        request.query("mode__iexact", &params.mode_iexact);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("property_mappings__iexact", &params.property_mappings_iexact);
        request.query("search", &params.search);
        request.query("skip_path_regex__iexact", &params.skip_path_regex_iexact);
        request
    }

    /// ProxyProvider Viewset
    ///
    /// `GET /providers/proxy/` (`providers_proxy_list`).
    ///
    /// Optional parameters: [`ProxyListParams`].
    pub fn proxy_list(
        &self,
        params: &ProxyListParams,
    ) -> super::ResponseFuture<super::models::PaginatedProxyProviderList> {
        self.proxy_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::proxy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn proxy_list_stream(
        &self,
        params: &ProxyListParams,
    ) -> super::PageStream<super::models::ProxyProvider> {
        self.proxy_list_request(params).paginate()
    }

    /// ProxyProvider Viewset
    ///
    /// `PATCH /providers/proxy/{id}/` (`providers_proxy_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedProxyProviderRequest,
    ) -> super::ResponseFuture<super::models::ProxyProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_partial_update",
            method: rt::Method::Patch,
            path: "/providers/proxy/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `GET /providers/proxy/{id}/` (`providers_proxy_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::ProxyProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_retrieve",
            method: rt::Method::Get,
            path: "/providers/proxy/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `PUT /providers/proxy/{id}/` (`providers_proxy_update`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_update(
        &self,
        id: i64,
        body: &super::models::ProxyProviderRequest,
    ) -> super::ResponseFuture<super::models::ProxyProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_update",
            method: rt::Method::Put,
            path: "/providers/proxy/{id}/",
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
    /// `GET /providers/proxy/{id}/used_by/` (`providers_proxy_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_proxy_used_by_list",
            method: rt::Method::Get,
            path: "/providers/proxy/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `POST /providers/rac/` (`providers_rac_create`).
    pub fn rac_create(
        &self,
        body: &super::models::RACProviderRequest,
    ) -> super::ResponseFuture<super::models::RACProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_create",
            method: rt::Method::Post,
            path: "/providers/rac/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `DELETE /providers/rac/{id}/` (`providers_rac_destroy`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_destroy",
            method: rt::Method::Delete,
            path: "/providers/rac/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn rac_list_request(&self, params: &RacListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_list",
            method: rt::Method::Get,
            path: "/providers/rac/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// RACProvider Viewset
    ///
    /// `GET /providers/rac/` (`providers_rac_list`).
    ///
    /// Optional parameters: [`RacListParams`].
    pub fn rac_list(
        &self,
        params: &RacListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRACProviderList> {
        self.rac_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::rac_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rac_list_stream(
        &self,
        params: &RacListParams,
    ) -> super::PageStream<super::models::RACProvider> {
        self.rac_list_request(params).paginate()
    }

    /// RACProvider Viewset
    ///
    /// `PATCH /providers/rac/{id}/` (`providers_rac_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedRACProviderRequest,
    ) -> super::ResponseFuture<super::models::RACProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_partial_update",
            method: rt::Method::Patch,
            path: "/providers/rac/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `GET /providers/rac/{id}/` (`providers_rac_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::RACProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_retrieve",
            method: rt::Method::Get,
            path: "/providers/rac/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `PUT /providers/rac/{id}/` (`providers_rac_update`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_update(
        &self,
        id: i64,
        body: &super::models::RACProviderRequest,
    ) -> super::ResponseFuture<super::models::RACProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_update",
            method: rt::Method::Put,
            path: "/providers/rac/{id}/",
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
    /// `GET /providers/rac/{id}/used_by/` (`providers_rac_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_rac_used_by_list",
            method: rt::Method::Get,
            path: "/providers/rac/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `POST /providers/radius/` (`providers_radius_create`).
    pub fn radius_create(
        &self,
        body: &super::models::RadiusProviderRequest,
    ) -> super::ResponseFuture<super::models::RadiusProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_create",
            method: rt::Method::Post,
            path: "/providers/radius/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `DELETE /providers/radius/{id}/` (`providers_radius_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_destroy",
            method: rt::Method::Delete,
            path: "/providers/radius/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn radius_list_request(&self, params: &RadiusListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_list",
            method: rt::Method::Get,
            path: "/providers/radius/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request
            .query(
                "authorization_flow__slug__iexact",
                &params.authorization_flow_slug_iexact,
            );
        request.query("client_networks__iexact", &params.client_networks_iexact);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// RadiusProvider Viewset
    ///
    /// `GET /providers/radius/` (`providers_radius_list`).
    ///
    /// Optional parameters: [`RadiusListParams`].
    pub fn radius_list(
        &self,
        params: &RadiusListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRadiusProviderList> {
        self.radius_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn radius_list_stream(
        &self,
        params: &RadiusListParams,
    ) -> super::PageStream<super::models::RadiusProvider> {
        self.radius_list_request(params).paginate()
    }

    /// RadiusProvider Viewset
    ///
    /// `PATCH /providers/radius/{id}/` (`providers_radius_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedRadiusProviderRequest,
    ) -> super::ResponseFuture<super::models::RadiusProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_partial_update",
            method: rt::Method::Patch,
            path: "/providers/radius/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `GET /providers/radius/{id}/` (`providers_radius_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::RadiusProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_retrieve",
            method: rt::Method::Get,
            path: "/providers/radius/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `PUT /providers/radius/{id}/` (`providers_radius_update`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_update(
        &self,
        id: i64,
        body: &super::models::RadiusProviderRequest,
    ) -> super::ResponseFuture<super::models::RadiusProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_update",
            method: rt::Method::Put,
            path: "/providers/radius/{id}/",
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
    /// `GET /providers/radius/{id}/used_by/` (`providers_radius_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_radius_used_by_list",
            method: rt::Method::Get,
            path: "/providers/radius/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `POST /providers/saml/` (`providers_saml_create`).
    pub fn saml_create(
        &self,
        body: &super::models::SAMLProviderRequest,
    ) -> super::ResponseFuture<super::models::SAMLProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_create",
            method: rt::Method::Post,
            path: "/providers/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `DELETE /providers/saml/{id}/` (`providers_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_destroy",
            method: rt::Method::Delete,
            path: "/providers/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// Create provider from SAML Metadata
    ///
    /// `POST /providers/saml/import_metadata/` (`providers_saml_import_metadata_create`).
    pub fn saml_import_metadata_create(
        &self,
        form: SamlImportMetadataCreateForm,
    ) -> super::ResponseFuture<super::models::SAMLProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_import_metadata_create",
            method: rt::Method::Post,
            path: "/providers/saml/import_metadata/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        let mut parts = rt::Multipart::new();
        parts.text("authorization_flow", &form.authorization_flow);
        parts.file("file", form.file);
        parts.text("invalidation_flow", &form.invalidation_flow);
        parts.text("name", &form.name);
        request.multipart(parts);
        request.send_json()
    }

    fn saml_list_request(&self, params: &SamlListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_list",
            method: rt::Method::Get,
            path: "/providers/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("acs_url", &params.acs_url);
        request.query("assertion_valid_not_before", &params.assertion_valid_not_before);
        request
            .query(
                "assertion_valid_not_on_or_after",
                &params.assertion_valid_not_on_or_after,
            );
        request.query("audience", &params.audience);
        request.query("authentication_flow", &params.authentication_flow);
        request
            .query(
                "authn_context_class_ref_mapping",
                &params.authn_context_class_ref_mapping,
            );
        request.query("authorization_flow", &params.authorization_flow);
        request.query("backchannel_application", &params.backchannel_application);
        request.query("default_name_id_policy", &params.default_name_id_policy);
        request.query("default_relay_state", &params.default_relay_state);
        request.query("digest_algorithm", &params.digest_algorithm);
        request.query("encryption_kp", &params.encryption_kp);
        request.query("invalidation_flow", &params.invalidation_flow);
        request.query("is_backchannel", &params.is_backchannel);
        request.query("issuer_override", &params.issuer_override);
        request.query("logout_method", &params.logout_method);
        request.query("name", &params.name);
        request.query("name_id_mapping", &params.name_id_mapping);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("property_mappings", &params.property_mappings);
        request.query("search", &params.search);
        request
            .query(
                "session_valid_not_on_or_after",
                &params.session_valid_not_on_or_after,
            );
        request.query("sign_assertion", &params.sign_assertion);
        request.query("sign_logout_request", &params.sign_logout_request);
        request.query("sign_logout_response", &params.sign_logout_response);
        request.query("sign_response", &params.sign_response);
        request.query("signature_algorithm", &params.signature_algorithm);
        request.query("signing_kp", &params.signing_kp);
        request.query("sls_binding", &params.sls_binding);
        request.query("sls_url", &params.sls_url);
        request.query("sp_binding", &params.sp_binding);
        request.query("verification_kp", &params.verification_kp);
        request
    }

    /// SAMLProvider Viewset
    ///
    /// `GET /providers/saml/` (`providers_saml_list`).
    ///
    /// Optional parameters: [`SamlListParams`].
    pub fn saml_list(
        &self,
        params: &SamlListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSAMLProviderList> {
        self.saml_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn saml_list_stream(
        &self,
        params: &SamlListParams,
    ) -> super::PageStream<super::models::SAMLProvider> {
        self.saml_list_request(params).paginate()
    }

    fn saml_metadata_retrieve_request(
        &self,
        id: i64,
        params: &SamlMetadataRetrieveParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_metadata_retrieve",
            method: rt::Method::Get,
            path: "/providers/saml/{id}/metadata/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403_404_5,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("download", &params.download);
        request.query("force_binding", &params.force_binding);
        request
    }

    /// Return metadata as XML string
    ///
    /// `GET /providers/saml/{id}/metadata/` (`providers_saml_metadata_retrieve`).
    /// Allows anonymous access.
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    ///
    /// Optional parameters: [`SamlMetadataRetrieveParams`].
    pub fn saml_metadata_retrieve(
        &self,
        id: i64,
        params: &SamlMetadataRetrieveParams,
    ) -> super::ResponseFuture<super::models::SAMLMetadata> {
        self.saml_metadata_retrieve_request(id, params).send_json()
    }

    /// [`ProvidersApi::saml_metadata_retrieve`], with the body as `application/xml` text.
    pub fn saml_metadata_retrieve_xml(
        &self,
        id: i64,
        params: &SamlMetadataRetrieveParams,
    ) -> super::ResponseFuture<String> {
        let mut request = self.saml_metadata_retrieve_request(id, params);
        request.accept("application/xml");
        request.send_text()
    }

    /// SAMLProvider Viewset
    ///
    /// `PATCH /providers/saml/{id}/` (`providers_saml_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedSAMLProviderRequest,
    ) -> super::ResponseFuture<super::models::SAMLProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_partial_update",
            method: rt::Method::Patch,
            path: "/providers/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Preview user data for provider
    ///
    /// `GET /providers/saml/{id}/preview_user/` (`providers_saml_preview_user_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    ///
    /// Optional parameters: [`SamlPreviewUserRetrieveParams`].
    pub fn saml_preview_user_retrieve(
        &self,
        id: i64,
        params: &SamlPreviewUserRetrieveParams,
    ) -> super::ResponseFuture<super::models::PropertyMappingPreview> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_preview_user_retrieve",
            method: rt::Method::Get,
            path: "/providers/saml/{id}/preview_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("for_user", &params.for_user);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `GET /providers/saml/{id}/` (`providers_saml_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SAMLProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_retrieve",
            method: rt::Method::Get,
            path: "/providers/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `PUT /providers/saml/{id}/` (`providers_saml_update`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_update(
        &self,
        id: i64,
        body: &super::models::SAMLProviderRequest,
    ) -> super::ResponseFuture<super::models::SAMLProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_update",
            method: rt::Method::Put,
            path: "/providers/saml/{id}/",
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
    /// `GET /providers/saml/{id}/used_by/` (`providers_saml_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_saml_used_by_list",
            method: rt::Method::Get,
            path: "/providers/saml/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `POST /providers/scim/` (`providers_scim_create`).
    pub fn scim_create(
        &self,
        body: &super::models::SCIMProviderRequest,
    ) -> super::ResponseFuture<super::models::SCIMProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_create",
            method: rt::Method::Post,
            path: "/providers/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `DELETE /providers/scim/{id}/` (`providers_scim_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_destroy",
            method: rt::Method::Delete,
            path: "/providers/scim/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `POST /providers/scim_groups/` (`providers_scim_groups_create`).
    pub fn scim_groups_create(
        &self,
        body: &super::models::SCIMProviderGroupRequest,
    ) -> super::ResponseFuture<super::models::SCIMProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_groups_create",
            method: rt::Method::Post,
            path: "/providers/scim_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `DELETE /providers/scim_groups/{id}/` (`providers_scim_groups_destroy`).
    ///
    /// - `id`: A UUID string identifying this scim provider group.
    pub fn scim_groups_destroy(&self, id: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_groups_destroy",
            method: rt::Method::Delete,
            path: "/providers/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn scim_groups_list_request(&self, params: &ScimGroupsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_groups_list",
            method: rt::Method::Get,
            path: "/providers/scim_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group__group_uuid", &params.group_group_uuid);
        request.query("group__name", &params.group_name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `GET /providers/scim_groups/` (`providers_scim_groups_list`).
    ///
    /// Optional parameters: [`ScimGroupsListParams`].
    pub fn scim_groups_list(
        &self,
        params: &ScimGroupsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSCIMProviderGroupList> {
        self.scim_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_groups_list_stream(
        &self,
        params: &ScimGroupsListParams,
    ) -> super::PageStream<super::models::SCIMProviderGroup> {
        self.scim_groups_list_request(params).paginate()
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `GET /providers/scim_groups/{id}/` (`providers_scim_groups_retrieve`).
    ///
    /// - `id`: A UUID string identifying this scim provider group.
    pub fn scim_groups_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SCIMProviderGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_groups_retrieve",
            method: rt::Method::Get,
            path: "/providers/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/scim_groups/{id}/used_by/` (`providers_scim_groups_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this scim provider group.
    pub fn scim_groups_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_groups_used_by_list",
            method: rt::Method::Get,
            path: "/providers/scim_groups/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn scim_list_request(&self, params: &ScimListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_list",
            method: rt::Method::Get,
            path: "/providers/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request
            .query(
                "exclude_users_service_account",
                &params.exclude_users_service_account,
            );
        request.query("group_filters", &params.group_filters);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("url", &params.url);
        request
    }

    /// SCIMProvider Viewset
    ///
    /// `GET /providers/scim/` (`providers_scim_list`).
    ///
    /// Optional parameters: [`ScimListParams`].
    pub fn scim_list(
        &self,
        params: &ScimListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSCIMProviderList> {
        self.scim_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_list_stream(
        &self,
        params: &ScimListParams,
    ) -> super::PageStream<super::models::SCIMProvider> {
        self.scim_list_request(params).paginate()
    }

    /// SCIMProvider Viewset
    ///
    /// `PATCH /providers/scim/{id}/` (`providers_scim_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedSCIMProviderRequest,
    ) -> super::ResponseFuture<super::models::SCIMProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_partial_update",
            method: rt::Method::Patch,
            path: "/providers/scim/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `GET /providers/scim/{id}/` (`providers_scim_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SCIMProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_retrieve",
            method: rt::Method::Get,
            path: "/providers/scim/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/scim/{id}/sync/object/` (`providers_scim_sync_object_create`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_sync_object_create(
        &self,
        id: i64,
        body: &super::models::SyncObjectRequest,
    ) -> super::ResponseFuture<super::models::SyncObjectResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_sync_object_create",
            method: rt::Method::Post,
            path: "/providers/scim/{id}/sync/object/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /providers/scim/{id}/sync/status/` (`providers_scim_sync_status_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_sync_status_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SyncStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_sync_status_retrieve",
            method: rt::Method::Get,
            path: "/providers/scim/{id}/sync/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `PUT /providers/scim/{id}/` (`providers_scim_update`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_update(
        &self,
        id: i64,
        body: &super::models::SCIMProviderRequest,
    ) -> super::ResponseFuture<super::models::SCIMProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_update",
            method: rt::Method::Put,
            path: "/providers/scim/{id}/",
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
    /// `GET /providers/scim/{id}/used_by/` (`providers_scim_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_used_by_list",
            method: rt::Method::Get,
            path: "/providers/scim/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SCIMProviderUser Viewset
    ///
    /// `POST /providers/scim_users/` (`providers_scim_users_create`).
    pub fn scim_users_create(
        &self,
        body: &super::models::SCIMProviderUserRequest,
    ) -> super::ResponseFuture<super::models::SCIMProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_users_create",
            method: rt::Method::Post,
            path: "/providers/scim_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProviderUser Viewset
    ///
    /// `DELETE /providers/scim_users/{id}/` (`providers_scim_users_destroy`).
    ///
    /// - `id`: A UUID string identifying this scim provider user.
    pub fn scim_users_destroy(&self, id: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_users_destroy",
            method: rt::Method::Delete,
            path: "/providers/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn scim_users_list_request(&self, params: &ScimUsersListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_users_list",
            method: rt::Method::Get,
            path: "/providers/scim_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider__id", &params.provider_id);
        request.query("search", &params.search);
        request.query("user__id", &params.user_id);
        request.query("user__username", &params.user_username);
        request
    }

    /// SCIMProviderUser Viewset
    ///
    /// `GET /providers/scim_users/` (`providers_scim_users_list`).
    ///
    /// Optional parameters: [`ScimUsersListParams`].
    pub fn scim_users_list(
        &self,
        params: &ScimUsersListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSCIMProviderUserList> {
        self.scim_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_users_list_stream(
        &self,
        params: &ScimUsersListParams,
    ) -> super::PageStream<super::models::SCIMProviderUser> {
        self.scim_users_list_request(params).paginate()
    }

    /// SCIMProviderUser Viewset
    ///
    /// `GET /providers/scim_users/{id}/` (`providers_scim_users_retrieve`).
    ///
    /// - `id`: A UUID string identifying this scim provider user.
    pub fn scim_users_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SCIMProviderUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_users_retrieve",
            method: rt::Method::Get,
            path: "/providers/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/scim_users/{id}/used_by/` (`providers_scim_users_used_by_list`).
    ///
    /// - `id`: A UUID string identifying this scim provider user.
    pub fn scim_users_used_by_list(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_scim_users_used_by_list",
            method: rt::Method::Get,
            path: "/providers/scim_users/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `POST /providers/ssf/` (`providers_ssf_create`).
    pub fn ssf_create(
        &self,
        body: &super::models::SSFProviderRequest,
    ) -> super::ResponseFuture<super::models::SSFProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_create",
            method: rt::Method::Post,
            path: "/providers/ssf/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `DELETE /providers/ssf/{id}/` (`providers_ssf_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_destroy",
            method: rt::Method::Delete,
            path: "/providers/ssf/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn ssf_list_request(&self, params: &SsfListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_list",
            method: rt::Method::Get,
            path: "/providers/ssf/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("application__isnull", &params.application_isnull);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/` (`providers_ssf_list`).
    ///
    /// Optional parameters: [`SsfListParams`].
    pub fn ssf_list(
        &self,
        params: &SsfListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSSFProviderList> {
        self.ssf_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::ssf_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ssf_list_stream(
        &self,
        params: &SsfListParams,
    ) -> super::PageStream<super::models::SSFProvider> {
        self.ssf_list_request(params).paginate()
    }

    /// SSFProvider Viewset
    ///
    /// `PATCH /providers/ssf/{id}/` (`providers_ssf_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedSSFProviderRequest,
    ) -> super::ResponseFuture<super::models::SSFProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_partial_update",
            method: rt::Method::Patch,
            path: "/providers/ssf/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/{id}/` (`providers_ssf_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::SSFProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_retrieve",
            method: rt::Method::Get,
            path: "/providers/ssf/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `PUT /providers/ssf/{id}/` (`providers_ssf_update`).
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_update(
        &self,
        id: i64,
        body: &super::models::SSFProviderRequest,
    ) -> super::ResponseFuture<super::models::SSFProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_update",
            method: rt::Method::Put,
            path: "/providers/ssf/{id}/",
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
    /// `GET /providers/ssf/{id}/used_by/` (`providers_ssf_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_ssf_used_by_list",
            method: rt::Method::Get,
            path: "/providers/ssf/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `POST /providers/wsfed/` (`providers_wsfed_create`).
    pub fn wsfed_create(
        &self,
        body: &super::models::WSFederationProviderRequest,
    ) -> super::ResponseFuture<super::models::WSFederationProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_create",
            method: rt::Method::Post,
            path: "/providers/wsfed/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `DELETE /providers/wsfed/{id}/` (`providers_wsfed_destroy`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_destroy",
            method: rt::Method::Delete,
            path: "/providers/wsfed/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn wsfed_list_request(&self, params: &WsfedListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_list",
            method: rt::Method::Get,
            path: "/providers/wsfed/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("acs_url", &params.acs_url);
        request.query("assertion_valid_not_before", &params.assertion_valid_not_before);
        request
            .query(
                "assertion_valid_not_on_or_after",
                &params.assertion_valid_not_on_or_after,
            );
        request.query("audience", &params.audience);
        request.query("authentication_flow", &params.authentication_flow);
        request
            .query(
                "authn_context_class_ref_mapping",
                &params.authn_context_class_ref_mapping,
            );
        request.query("authorization_flow", &params.authorization_flow);
        request.query("backchannel_application", &params.backchannel_application);
        request.query("default_name_id_policy", &params.default_name_id_policy);
        request.query("default_relay_state", &params.default_relay_state);
        request.query("digest_algorithm", &params.digest_algorithm);
        request.query("encryption_kp", &params.encryption_kp);
        request.query("invalidation_flow", &params.invalidation_flow);
        request.query("is_backchannel", &params.is_backchannel);
        request.query("issuer_override", &params.issuer_override);
        request.query("logout_method", &params.logout_method);
        request.query("name", &params.name);
        request.query("name_id_mapping", &params.name_id_mapping);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("property_mappings", &params.property_mappings);
        request.query("saml_version", &params.saml_version);
        request.query("search", &params.search);
        request
            .query(
                "session_valid_not_on_or_after",
                &params.session_valid_not_on_or_after,
            );
        request.query("sign_assertion", &params.sign_assertion);
        request.query("sign_logout_request", &params.sign_logout_request);
        request.query("sign_logout_response", &params.sign_logout_response);
        request.query("sign_response", &params.sign_response);
        request.query("signature_algorithm", &params.signature_algorithm);
        request.query("signing_kp", &params.signing_kp);
        request.query("sls_binding", &params.sls_binding);
        request.query("sls_url", &params.sls_url);
        request.query("sp_binding", &params.sp_binding);
        request.query("verification_kp", &params.verification_kp);
        request
    }

    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/` (`providers_wsfed_list`).
    ///
    /// Optional parameters: [`WsfedListParams`].
    pub fn wsfed_list(
        &self,
        params: &WsfedListParams,
    ) -> super::ResponseFuture<super::models::PaginatedWSFederationProviderList> {
        self.wsfed_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::wsfed_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn wsfed_list_stream(
        &self,
        params: &WsfedListParams,
    ) -> super::PageStream<super::models::WSFederationProvider> {
        self.wsfed_list_request(params).paginate()
    }

    fn wsfed_metadata_retrieve_request(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_metadata_retrieve",
            method: rt::Method::Get,
            path: "/providers/wsfed/{id}/metadata/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403_404_5,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("download", &params.download);
        request.query("force_binding", &params.force_binding);
        request
    }

    /// Return metadata as XML string
    ///
    /// `GET /providers/wsfed/{id}/metadata/` (`providers_wsfed_metadata_retrieve`).
    /// Allows anonymous access.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    ///
    /// Optional parameters: [`WsfedMetadataRetrieveParams`].
    pub fn wsfed_metadata_retrieve(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> super::ResponseFuture<super::models::SAMLMetadata> {
        self.wsfed_metadata_retrieve_request(id, params).send_json()
    }

    /// [`ProvidersApi::wsfed_metadata_retrieve`], with the body as `application/xml` text.
    pub fn wsfed_metadata_retrieve_xml(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> super::ResponseFuture<String> {
        let mut request = self.wsfed_metadata_retrieve_request(id, params);
        request.accept("application/xml");
        request.send_text()
    }

    /// WSFederationProvider Viewset
    ///
    /// `PATCH /providers/wsfed/{id}/` (`providers_wsfed_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedWSFederationProviderRequest,
    ) -> super::ResponseFuture<super::models::WSFederationProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_partial_update",
            method: rt::Method::Patch,
            path: "/providers/wsfed/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Preview user data for provider
    ///
    /// `GET /providers/wsfed/{id}/preview_user/` (`providers_wsfed_preview_user_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    ///
    /// Optional parameters: [`WsfedPreviewUserRetrieveParams`].
    pub fn wsfed_preview_user_retrieve(
        &self,
        id: i64,
        params: &WsfedPreviewUserRetrieveParams,
    ) -> super::ResponseFuture<super::models::PropertyMappingPreview> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_preview_user_retrieve",
            method: rt::Method::Get,
            path: "/providers/wsfed/{id}/preview_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("for_user", &params.for_user);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/{id}/` (`providers_wsfed_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::WSFederationProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_retrieve",
            method: rt::Method::Get,
            path: "/providers/wsfed/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `PUT /providers/wsfed/{id}/` (`providers_wsfed_update`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_update(
        &self,
        id: i64,
        body: &super::models::WSFederationProviderRequest,
    ) -> super::ResponseFuture<super::models::WSFederationProvider> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_update",
            method: rt::Method::Put,
            path: "/providers/wsfed/{id}/",
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
    /// `GET /providers/wsfed/{id}/used_by/` (`providers_wsfed_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "providers_wsfed_used_by_list",
            method: rt::Method::Get,
            path: "/providers/wsfed/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`ProvidersApi::all_list`] (`providers_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// When not set all providers are returned. When set to true, only backchannel providers are returned. When set to false, backchannel providers are excluded
    ///
    /// Query parameter `backchannel`.
    pub backchannel: Option<bool>,
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

/// Optional parameters of [`ProvidersApi::google_workspace_groups_list`] (`providers_google_workspace_groups_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoogleWorkspaceGroupsListParams {
    /// Query parameter `group__group_uuid`.
    pub group_group_uuid: Option<::uuid::Uuid>,
    /// Query parameter `group__name`.
    pub group_name: Option<String>,
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`ProvidersApi::google_workspace_list`] (`providers_google_workspace_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoogleWorkspaceListParams {
    /// Query parameter `delegated_subject`.
    pub delegated_subject: Option<String>,
    /// Query parameter `exclude_users_service_account`.
    pub exclude_users_service_account: Option<bool>,
    /// Query parameter `filter_group`.
    pub filter_group: Option<::uuid::Uuid>,
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

/// Optional parameters of [`ProvidersApi::google_workspace_users_list`] (`providers_google_workspace_users_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoogleWorkspaceUsersListParams {
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `user__id`.
    pub user_id: Option<i64>,
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`ProvidersApi::ldap_list`] (`providers_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LdapListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// Query parameter `authorization_flow__slug__iexact`.
    pub authorization_flow_slug_iexact: Option<String>,
    /// Query parameter `base_dn__iexact`.
    pub base_dn_iexact: Option<String>,
    /// Query parameter `certificate__kp_uuid__iexact`.
    pub certificate_kp_uuid_iexact: Option<::uuid::Uuid>,
    /// Query parameter `certificate__name__iexact`.
    pub certificate_name_iexact: Option<String>,
    /// Query parameter `gid_start_number__iexact`.
    pub gid_start_number_iexact: Option<i64>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
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
    /// Query parameter `tls_server_name__iexact`.
    pub tls_server_name_iexact: Option<String>,
    /// Query parameter `uid_start_number__iexact`.
    pub uid_start_number_iexact: Option<i64>,
}

/// Optional parameters of [`ProvidersApi::microsoft_entra_groups_list`] (`providers_microsoft_entra_groups_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MicrosoftEntraGroupsListParams {
    /// Query parameter `group__group_uuid`.
    pub group_group_uuid: Option<::uuid::Uuid>,
    /// Query parameter `group__name`.
    pub group_name: Option<String>,
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`ProvidersApi::microsoft_entra_list`] (`providers_microsoft_entra_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MicrosoftEntraListParams {
    /// Query parameter `exclude_users_service_account`.
    pub exclude_users_service_account: Option<bool>,
    /// Query parameter `filter_group`.
    pub filter_group: Option<::uuid::Uuid>,
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

/// Optional parameters of [`ProvidersApi::microsoft_entra_users_list`] (`providers_microsoft_entra_users_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MicrosoftEntraUsersListParams {
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `user__id`.
    pub user_id: Option<i64>,
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`ProvidersApi::oauth2_dcr_list`] (`providers_oauth2_dcr_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Oauth2DcrListParams {
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
    pub provider: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`ProvidersApi::oauth2_list`] (`providers_oauth2_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Oauth2ListParams {
    /// Query parameter `access_code_validity`.
    pub access_code_validity: Option<String>,
    /// Query parameter `access_token_validity`.
    pub access_token_validity: Option<String>,
    /// Query parameter `application`.
    pub application: Option<::uuid::Uuid>,
    /// Query parameter `authorization_flow`.
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Query parameter `client_id`.
    pub client_id: Option<String>,
    /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
    ///
    /// Query parameter `client_type`.
    pub client_type: Option<super::models::ClientTypeEnum>,
    /// Query parameter `include_claims_in_id_token`.
    pub include_claims_in_id_token: Option<bool>,
    /// Configure how the issuer field of the ID Token should be filled.
    ///
    /// Query parameter `issuer_mode`.
    pub issuer_mode: Option<super::models::IssuerModeEnum>,
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
    /// Query parameter `property_mappings`.
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `refresh_token_validity`.
    pub refresh_token_validity: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `signing_key`.
    pub signing_key: Option<::uuid::Uuid>,
    /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
    ///
    /// Query parameter `sub_mode`.
    pub sub_mode: Option<super::models::SubModeEnum>,
}

/// Optional parameters of [`ProvidersApi::oauth2_preview_user_retrieve`] (`providers_oauth2_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Oauth2PreviewUserRetrieveParams {
    /// Query parameter `for_user`.
    pub for_user: Option<i64>,
}

/// Optional parameters of [`ProvidersApi::proxy_list`] (`providers_proxy_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProxyListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// Query parameter `authorization_flow__slug__iexact`.
    pub authorization_flow_slug_iexact: Option<String>,
    /// Query parameter `basic_auth_enabled__iexact`.
    pub basic_auth_enabled_iexact: Option<bool>,
    /// Query parameter `basic_auth_password_attribute__iexact`.
    pub basic_auth_password_attribute_iexact: Option<String>,
    /// Query parameter `basic_auth_user_attribute__iexact`.
    pub basic_auth_user_attribute_iexact: Option<String>,
    /// Query parameter `certificate__kp_uuid__iexact`.
    pub certificate_kp_uuid_iexact: Option<::uuid::Uuid>,
    /// Query parameter `certificate__name__iexact`.
    pub certificate_name_iexact: Option<String>,
    /// Query parameter `cookie_domain__iexact`.
    pub cookie_domain_iexact: Option<String>,
    /// Query parameter `external_host__iexact`.
    pub external_host_iexact: Option<String>,
    /// Query parameter `internal_host__iexact`.
    pub internal_host_iexact: Option<String>,
    /// Query parameter `internal_host_ssl_validation__iexact`.
    pub internal_host_ssl_validation_iexact: Option<bool>,
    /// Query parameter `mode__iexact`.
    pub mode_iexact: Option<String>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
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
    /// Query parameter `property_mappings__iexact`.
    pub property_mappings_iexact: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `skip_path_regex__iexact`.
    pub skip_path_regex_iexact: Option<String>,
}

/// Optional parameters of [`ProvidersApi::rac_list`] (`providers_rac_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RacListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
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

/// Optional parameters of [`ProvidersApi::radius_list`] (`providers_radius_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RadiusListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// Query parameter `authorization_flow__slug__iexact`.
    pub authorization_flow_slug_iexact: Option<String>,
    /// Query parameter `client_networks__iexact`.
    pub client_networks_iexact: Option<String>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
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

/// The `multipart/form-data` body of [`ProvidersApi::saml_import_metadata_create`] (schema `SAMLProviderImportRequest`).
#[derive(Debug)]
pub struct SamlImportMetadataCreateForm {
    pub authorization_flow: ::uuid::Uuid,
    pub file: rt::FilePart,
    pub invalidation_flow: ::uuid::Uuid,
    pub name: String,
}

/// Optional parameters of [`ProvidersApi::saml_list`] (`providers_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SamlListParams {
    /// Query parameter `acs_url`.
    pub acs_url: Option<String>,
    /// Query parameter `assertion_valid_not_before`.
    pub assertion_valid_not_before: Option<String>,
    /// Query parameter `assertion_valid_not_on_or_after`.
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Query parameter `audience`.
    pub audience: Option<String>,
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `authn_context_class_ref_mapping`.
    pub authn_context_class_ref_mapping: Option<::uuid::Uuid>,
    /// Query parameter `authorization_flow`.
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Query parameter `backchannel_application`.
    pub backchannel_application: Option<::uuid::Uuid>,
    /// Query parameter `default_name_id_policy`.
    pub default_name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
    /// Query parameter `default_relay_state`.
    pub default_relay_state: Option<String>,
    /// Query parameter `digest_algorithm`.
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    /// Query parameter `encryption_kp`.
    pub encryption_kp: Option<::uuid::Uuid>,
    /// Query parameter `invalidation_flow`.
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Query parameter `is_backchannel`.
    pub is_backchannel: Option<bool>,
    /// Query parameter `issuer_override`.
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    ///
    /// Query parameter `logout_method`.
    pub logout_method: Option<super::models::SAMLLogoutMethods>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `name_id_mapping`.
    pub name_id_mapping: Option<::uuid::Uuid>,
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
    /// Query parameter `property_mappings`.
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `session_valid_not_on_or_after`.
    pub session_valid_not_on_or_after: Option<String>,
    /// Query parameter `sign_assertion`.
    pub sign_assertion: Option<bool>,
    /// Query parameter `sign_logout_request`.
    pub sign_logout_request: Option<bool>,
    /// Query parameter `sign_logout_response`.
    pub sign_logout_response: Option<bool>,
    /// Query parameter `sign_response`.
    pub sign_response: Option<bool>,
    /// Query parameter `signature_algorithm`.
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    /// Query parameter `signing_kp`.
    pub signing_kp: Option<::uuid::Uuid>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    ///
    /// Query parameter `sls_binding`.
    pub sls_binding: Option<super::models::SAMLBindingsEnum>,
    /// Query parameter `sls_url`.
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    ///
    /// Query parameter `sp_binding`.
    pub sp_binding: Option<super::models::SAMLBindingsEnum>,
    /// Query parameter `verification_kp`.
    pub verification_kp: Option<::uuid::Uuid>,
}

/// Optional parameters of [`ProvidersApi::saml_metadata_retrieve`] (`providers_saml_metadata_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SamlMetadataRetrieveParams {
    /// Query parameter `download`.
    pub download: Option<bool>,
    /// Optionally force the metadata to only include one binding.
    ///
    /// Query parameter `force_binding`.
    pub force_binding: Option<super::models::ForceBindingEnum>,
}

/// Optional parameters of [`ProvidersApi::saml_preview_user_retrieve`] (`providers_saml_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SamlPreviewUserRetrieveParams {
    /// Query parameter `for_user`.
    pub for_user: Option<i64>,
}

/// Optional parameters of [`ProvidersApi::scim_groups_list`] (`providers_scim_groups_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScimGroupsListParams {
    /// Query parameter `group__group_uuid`.
    pub group_group_uuid: Option<::uuid::Uuid>,
    /// Query parameter `group__name`.
    pub group_name: Option<String>,
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`ProvidersApi::scim_list`] (`providers_scim_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScimListParams {
    /// Query parameter `exclude_users_service_account`.
    pub exclude_users_service_account: Option<bool>,
    /// Query parameter `group_filters`.
    pub group_filters: Option<Vec<::uuid::Uuid>>,
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
    /// Query parameter `url`.
    pub url: Option<String>,
}

/// Optional parameters of [`ProvidersApi::scim_users_list`] (`providers_scim_users_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScimUsersListParams {
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
    /// Query parameter `provider__id`.
    pub provider_id: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `user__id`.
    pub user_id: Option<i64>,
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`ProvidersApi::ssf_list`] (`providers_ssf_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SsfListParams {
    /// Query parameter `application__isnull`.
    pub application_isnull: Option<bool>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
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

/// Optional parameters of [`ProvidersApi::wsfed_list`] (`providers_wsfed_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WsfedListParams {
    /// Query parameter `acs_url`.
    pub acs_url: Option<String>,
    /// Query parameter `assertion_valid_not_before`.
    pub assertion_valid_not_before: Option<String>,
    /// Query parameter `assertion_valid_not_on_or_after`.
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Query parameter `audience`.
    pub audience: Option<String>,
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `authn_context_class_ref_mapping`.
    pub authn_context_class_ref_mapping: Option<::uuid::Uuid>,
    /// Query parameter `authorization_flow`.
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Query parameter `backchannel_application`.
    pub backchannel_application: Option<::uuid::Uuid>,
    /// Query parameter `default_name_id_policy`.
    pub default_name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
    /// Query parameter `default_relay_state`.
    pub default_relay_state: Option<String>,
    /// Query parameter `digest_algorithm`.
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    /// Query parameter `encryption_kp`.
    pub encryption_kp: Option<::uuid::Uuid>,
    /// Query parameter `invalidation_flow`.
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Query parameter `is_backchannel`.
    pub is_backchannel: Option<bool>,
    /// Query parameter `issuer_override`.
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    ///
    /// Query parameter `logout_method`.
    pub logout_method: Option<super::models::SAMLLogoutMethods>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `name_id_mapping`.
    pub name_id_mapping: Option<::uuid::Uuid>,
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
    /// Query parameter `property_mappings`.
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
    ///
    /// Query parameter `saml_version`.
    pub saml_version: Option<super::models::SamlVersionEnum>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `session_valid_not_on_or_after`.
    pub session_valid_not_on_or_after: Option<String>,
    /// Query parameter `sign_assertion`.
    pub sign_assertion: Option<bool>,
    /// Query parameter `sign_logout_request`.
    pub sign_logout_request: Option<bool>,
    /// Query parameter `sign_logout_response`.
    pub sign_logout_response: Option<bool>,
    /// Query parameter `sign_response`.
    pub sign_response: Option<bool>,
    /// Query parameter `signature_algorithm`.
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    /// Query parameter `signing_kp`.
    pub signing_kp: Option<::uuid::Uuid>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    ///
    /// Query parameter `sls_binding`.
    pub sls_binding: Option<super::models::SAMLBindingsEnum>,
    /// Query parameter `sls_url`.
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    ///
    /// Query parameter `sp_binding`.
    pub sp_binding: Option<super::models::SAMLBindingsEnum>,
    /// Query parameter `verification_kp`.
    pub verification_kp: Option<::uuid::Uuid>,
}

/// Optional parameters of [`ProvidersApi::wsfed_metadata_retrieve`] (`providers_wsfed_metadata_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WsfedMetadataRetrieveParams {
    /// Query parameter `download`.
    pub download: Option<bool>,
    /// Optionally force the metadata to only include one binding.
    ///
    /// Query parameter `force_binding`.
    pub force_binding: Option<super::models::ForceBindingEnum>,
}

/// Optional parameters of [`ProvidersApi::wsfed_preview_user_retrieve`] (`providers_wsfed_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WsfedPreviewUserRetrieveParams {
    /// Query parameter `for_user`.
    pub for_user: Option<i64>,
}
