//! Operations tagged `providers` (131).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
    pub fn all_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/all/{id}/" "providers_all_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        rt::operation!(Get "/providers/all/" "providers_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedProviderList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> PageStream<models::Provider> {
        self.all_list_request(params).paginate()
    }

    /// Provider Viewset
    ///
    /// `GET /providers/all/{id}/` (`providers_all_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this provider.
    pub fn all_retrieve(&self, id: i64) -> ResponseFuture<models::Provider> {
        rt::operation!(Get "/providers/all/{id}/" "providers_all_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /providers/all/types/` (`providers_all_types_list`).
    pub fn all_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/providers/all/types/" "providers_all_types_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/all/{id}/used_by/` (`providers_all_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this provider.
    pub fn all_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/providers/all/{id}/used_by/" "providers_all_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `POST /providers/google_workspace/` (`providers_google_workspace_create`).
    pub fn google_workspace_create(
        &self,
        body: &models::GoogleWorkspaceProviderRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProvider> {
        rt::operation!(
            Post "/providers/google_workspace/" "providers_google_workspace_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleWorkspaceProvider Viewset
    ///
    /// `DELETE /providers/google_workspace/{id}/` (`providers_google_workspace_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Google Workspace Provider.
    pub fn google_workspace_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/google_workspace/{id}/"
            "providers_google_workspace_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `POST /providers/google_workspace_groups/` (`providers_google_workspace_groups_create`).
    pub fn google_workspace_groups_create(
        &self,
        body: &models::GoogleWorkspaceProviderGroupRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProviderGroup> {
        rt::operation!(
            Post "/providers/google_workspace_groups/"
            "providers_google_workspace_groups_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/google_workspace_groups/{id}/"
            "providers_google_workspace_groups_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn google_workspace_groups_list_request(
        &self,
        params: &GoogleWorkspaceGroupsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/google_workspace_groups/"
            "providers_google_workspace_groups_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedGoogleWorkspaceProviderGroupList> {
        self.google_workspace_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_groups_list_stream(
        &self,
        params: &GoogleWorkspaceGroupsListParams,
    ) -> PageStream<models::GoogleWorkspaceProviderGroup> {
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
    ) -> ResponseFuture<models::GoogleWorkspaceProviderGroup> {
        rt::operation!(
            Get "/providers/google_workspace_groups/{id}/"
            "providers_google_workspace_groups_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/google_workspace_groups/{id}/used_by/"
            "providers_google_workspace_groups_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn google_workspace_list_request(
        &self,
        params: &GoogleWorkspaceListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/google_workspace/" "providers_google_workspace_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedGoogleWorkspaceProviderList> {
        self.google_workspace_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_list_stream(
        &self,
        params: &GoogleWorkspaceListParams,
    ) -> PageStream<models::GoogleWorkspaceProvider> {
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
        body: &models::PatchedGoogleWorkspaceProviderRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProvider> {
        rt::operation!(
            Patch "/providers/google_workspace/{id}/"
            "providers_google_workspace_partial_update"
        );
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
    ) -> ResponseFuture<models::GoogleWorkspaceProvider> {
        rt::operation!(
            Get "/providers/google_workspace/{id}/" "providers_google_workspace_retrieve"
        );
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
        body: &models::SyncObjectRequest,
    ) -> ResponseFuture<models::SyncObjectResult> {
        rt::operation!(
            Post "/providers/google_workspace/{id}/sync/object/"
            "providers_google_workspace_sync_object_create"
        );
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
    ) -> ResponseFuture<models::SyncStatus> {
        rt::operation!(
            Get "/providers/google_workspace/{id}/sync/status/"
            "providers_google_workspace_sync_status_retrieve"
        );
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
        body: &models::GoogleWorkspaceProviderRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProvider> {
        rt::operation!(
            Put "/providers/google_workspace/{id}/" "providers_google_workspace_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/google_workspace/{id}/used_by/"
            "providers_google_workspace_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `POST /providers/google_workspace_users/` (`providers_google_workspace_users_create`).
    pub fn google_workspace_users_create(
        &self,
        body: &models::GoogleWorkspaceProviderUserRequest,
    ) -> ResponseFuture<models::GoogleWorkspaceProviderUser> {
        rt::operation!(
            Post "/providers/google_workspace_users/"
            "providers_google_workspace_users_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/google_workspace_users/{id}/"
            "providers_google_workspace_users_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn google_workspace_users_list_request(
        &self,
        params: &GoogleWorkspaceUsersListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/google_workspace_users/"
            "providers_google_workspace_users_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedGoogleWorkspaceProviderUserList> {
        self.google_workspace_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::google_workspace_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_workspace_users_list_stream(
        &self,
        params: &GoogleWorkspaceUsersListParams,
    ) -> PageStream<models::GoogleWorkspaceProviderUser> {
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
    ) -> ResponseFuture<models::GoogleWorkspaceProviderUser> {
        rt::operation!(
            Get "/providers/google_workspace_users/{id}/"
            "providers_google_workspace_users_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/google_workspace_users/{id}/used_by/"
            "providers_google_workspace_users_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `POST /providers/ldap/` (`providers_ldap_create`).
    pub fn ldap_create(
        &self,
        body: &models::LDAPProviderRequest,
    ) -> ResponseFuture<models::LDAPProvider> {
        rt::operation!(Post "/providers/ldap/" "providers_ldap_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// LDAPProvider Viewset
    ///
    /// `DELETE /providers/ldap/{id}/` (`providers_ldap_destroy`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    pub fn ldap_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/ldap/{id}/" "providers_ldap_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        rt::operation!(Get "/providers/ldap/" "providers_ldap_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedLDAPProviderList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> PageStream<models::LDAPProvider> {
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
        body: &models::PatchedLDAPProviderRequest,
    ) -> ResponseFuture<models::LDAPProvider> {
        rt::operation!(Patch "/providers/ldap/{id}/" "providers_ldap_partial_update");
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
    pub fn ldap_retrieve(&self, id: i64) -> ResponseFuture<models::LDAPProvider> {
        rt::operation!(Get "/providers/ldap/{id}/" "providers_ldap_retrieve");
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
        body: &models::LDAPProviderRequest,
    ) -> ResponseFuture<models::LDAPProvider> {
        rt::operation!(Put "/providers/ldap/{id}/" "providers_ldap_update");
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
    pub fn ldap_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/ldap/{id}/used_by/" "providers_ldap_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `POST /providers/microsoft_entra/` (`providers_microsoft_entra_create`).
    pub fn microsoft_entra_create(
        &self,
        body: &models::MicrosoftEntraProviderRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProvider> {
        rt::operation!(
            Post "/providers/microsoft_entra/" "providers_microsoft_entra_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProvider Viewset
    ///
    /// `DELETE /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Microsoft Entra Provider.
    pub fn microsoft_entra_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/microsoft_entra/{id}/" "providers_microsoft_entra_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `POST /providers/microsoft_entra_groups/` (`providers_microsoft_entra_groups_create`).
    pub fn microsoft_entra_groups_create(
        &self,
        body: &models::MicrosoftEntraProviderGroupRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProviderGroup> {
        rt::operation!(
            Post "/providers/microsoft_entra_groups/"
            "providers_microsoft_entra_groups_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/microsoft_entra_groups/{id}/"
            "providers_microsoft_entra_groups_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn microsoft_entra_groups_list_request(
        &self,
        params: &MicrosoftEntraGroupsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/microsoft_entra_groups/"
            "providers_microsoft_entra_groups_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedMicrosoftEntraProviderGroupList> {
        self.microsoft_entra_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_groups_list_stream(
        &self,
        params: &MicrosoftEntraGroupsListParams,
    ) -> PageStream<models::MicrosoftEntraProviderGroup> {
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
    ) -> ResponseFuture<models::MicrosoftEntraProviderGroup> {
        rt::operation!(
            Get "/providers/microsoft_entra_groups/{id}/"
            "providers_microsoft_entra_groups_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/microsoft_entra_groups/{id}/used_by/"
            "providers_microsoft_entra_groups_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn microsoft_entra_list_request(
        &self,
        params: &MicrosoftEntraListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/microsoft_entra/" "providers_microsoft_entra_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedMicrosoftEntraProviderList> {
        self.microsoft_entra_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_list_stream(
        &self,
        params: &MicrosoftEntraListParams,
    ) -> PageStream<models::MicrosoftEntraProvider> {
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
        body: &models::PatchedMicrosoftEntraProviderRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProvider> {
        rt::operation!(
            Patch "/providers/microsoft_entra/{id}/"
            "providers_microsoft_entra_partial_update"
        );
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
    ) -> ResponseFuture<models::MicrosoftEntraProvider> {
        rt::operation!(
            Get "/providers/microsoft_entra/{id}/" "providers_microsoft_entra_retrieve"
        );
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
        body: &models::SyncObjectRequest,
    ) -> ResponseFuture<models::SyncObjectResult> {
        rt::operation!(
            Post "/providers/microsoft_entra/{id}/sync/object/"
            "providers_microsoft_entra_sync_object_create"
        );
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
    ) -> ResponseFuture<models::SyncStatus> {
        rt::operation!(
            Get "/providers/microsoft_entra/{id}/sync/status/"
            "providers_microsoft_entra_sync_status_retrieve"
        );
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
        body: &models::MicrosoftEntraProviderRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProvider> {
        rt::operation!(
            Put "/providers/microsoft_entra/{id}/" "providers_microsoft_entra_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/microsoft_entra/{id}/used_by/"
            "providers_microsoft_entra_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `POST /providers/microsoft_entra_users/` (`providers_microsoft_entra_users_create`).
    pub fn microsoft_entra_users_create(
        &self,
        body: &models::MicrosoftEntraProviderUserRequest,
    ) -> ResponseFuture<models::MicrosoftEntraProviderUser> {
        rt::operation!(
            Post "/providers/microsoft_entra_users/"
            "providers_microsoft_entra_users_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `DELETE /providers/microsoft_entra_users/{id}/` (`providers_microsoft_entra_users_destroy`).
    ///
    /// - `id`: A UUID string identifying this Microsoft Entra Provider User.
    pub fn microsoft_entra_users_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/microsoft_entra_users/{id}/"
            "providers_microsoft_entra_users_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn microsoft_entra_users_list_request(
        &self,
        params: &MicrosoftEntraUsersListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/microsoft_entra_users/"
            "providers_microsoft_entra_users_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedMicrosoftEntraProviderUserList> {
        self.microsoft_entra_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::microsoft_entra_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn microsoft_entra_users_list_stream(
        &self,
        params: &MicrosoftEntraUsersListParams,
    ) -> PageStream<models::MicrosoftEntraProviderUser> {
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
    ) -> ResponseFuture<models::MicrosoftEntraProviderUser> {
        rt::operation!(
            Get "/providers/microsoft_entra_users/{id}/"
            "providers_microsoft_entra_users_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/microsoft_entra_users/{id}/used_by/"
            "providers_microsoft_entra_users_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `POST /providers/oauth2/` (`providers_oauth2_create`).
    pub fn oauth2_create(
        &self,
        body: &models::OAuth2ProviderRequest,
    ) -> ResponseFuture<models::OAuth2Provider> {
        rt::operation!(Post "/providers/oauth2/" "providers_oauth2_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `POST /providers/oauth2-dcr/` (`providers_oauth2_dcr_create`).
    /// Since 2026.11.0-rc1.
    pub fn oauth2_dcr_create(
        &self,
        body: &models::OAuth2DynamicClientRegistrationRequest,
    ) -> ResponseFuture<models::OAuth2DynamicClientRegistration> {
        rt::operation!(Post "/providers/oauth2-dcr/" "providers_oauth2_dcr_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `DELETE /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_destroy(&self, pbm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/oauth2-dcr/{pbm_uuid}/" "providers_oauth2_dcr_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn oauth2_dcr_list_request(&self, params: &Oauth2DcrListParams) -> rt::Request {
        rt::operation!(Get "/providers/oauth2-dcr/" "providers_oauth2_dcr_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/` (`providers_oauth2_dcr_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`Oauth2DcrListParams`].
    pub fn oauth2_dcr_list(
        &self,
        params: &Oauth2DcrListParams,
    ) -> ResponseFuture<models::PaginatedOAuth2DynamicClientRegistrationList> {
        self.oauth2_dcr_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::oauth2_dcr_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth2_dcr_list_stream(
        &self,
        params: &Oauth2DcrListParams,
    ) -> PageStream<models::OAuth2DynamicClientRegistration> {
        self.oauth2_dcr_list_request(params).paginate()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PATCH /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::PatchedOAuth2DynamicClientRegistrationRequest,
    ) -> ResponseFuture<models::OAuth2DynamicClientRegistration> {
        rt::operation!(
            Patch "/providers/oauth2-dcr/{pbm_uuid}/"
            "providers_oauth2_dcr_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::OAuth2DynamicClientRegistration> {
        rt::operation!(
            Get "/providers/oauth2-dcr/{pbm_uuid}/" "providers_oauth2_dcr_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PUT /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this OAuth2 Dynamic Client Registration.
    pub fn oauth2_dcr_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::OAuth2DynamicClientRegistrationRequest,
    ) -> ResponseFuture<models::OAuth2DynamicClientRegistration> {
        rt::operation!(
            Put "/providers/oauth2-dcr/{pbm_uuid}/" "providers_oauth2_dcr_update"
        );
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
    pub fn oauth2_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/oauth2/{id}/" "providers_oauth2_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn oauth2_list_request(&self, params: &Oauth2ListParams) -> rt::Request {
        rt::operation!(Get "/providers/oauth2/" "providers_oauth2_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedOAuth2ProviderList> {
        self.oauth2_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::oauth2_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth2_list_stream(
        &self,
        params: &Oauth2ListParams,
    ) -> PageStream<models::OAuth2Provider> {
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
        body: &models::PatchedOAuth2ProviderRequest,
    ) -> ResponseFuture<models::OAuth2Provider> {
        rt::operation!(
            Patch "/providers/oauth2/{id}/" "providers_oauth2_partial_update"
        );
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
    ) -> ResponseFuture<models::PropertyMappingPreview> {
        rt::operation!(
            Get "/providers/oauth2/{id}/preview_user/"
            "providers_oauth2_preview_user_retrieve" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request.send_json()
    }

    /// OAuth2Provider Viewset
    ///
    /// `GET /providers/oauth2/{id}/` (`providers_oauth2_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2/OpenID Provider.
    pub fn oauth2_retrieve(&self, id: i64) -> ResponseFuture<models::OAuth2Provider> {
        rt::operation!(Get "/providers/oauth2/{id}/" "providers_oauth2_retrieve");
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
    ) -> ResponseFuture<models::OAuth2ProviderSetupURLs> {
        rt::operation!(
            Get "/providers/oauth2/{id}/setup_urls/"
            "providers_oauth2_setup_urls_retrieve" errors(ERRORS_400_403_404_405_415_4)
        );
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
        body: &models::OAuth2ProviderRequest,
    ) -> ResponseFuture<models::OAuth2Provider> {
        rt::operation!(Put "/providers/oauth2/{id}/" "providers_oauth2_update");
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
    pub fn oauth2_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/oauth2/{id}/used_by/" "providers_oauth2_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `POST /providers/proxy/` (`providers_proxy_create`).
    pub fn proxy_create(
        &self,
        body: &models::ProxyProviderRequest,
    ) -> ResponseFuture<models::ProxyProvider> {
        rt::operation!(Post "/providers/proxy/" "providers_proxy_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// ProxyProvider Viewset
    ///
    /// `DELETE /providers/proxy/{id}/` (`providers_proxy_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Proxy Provider.
    pub fn proxy_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/proxy/{id}/" "providers_proxy_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn proxy_list_request(&self, params: &ProxyListParams) -> rt::Request {
        rt::operation!(Get "/providers/proxy/" "providers_proxy_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedProxyProviderList> {
        self.proxy_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::proxy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn proxy_list_stream(
        &self,
        params: &ProxyListParams,
    ) -> PageStream<models::ProxyProvider> {
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
        body: &models::PatchedProxyProviderRequest,
    ) -> ResponseFuture<models::ProxyProvider> {
        rt::operation!(Patch "/providers/proxy/{id}/" "providers_proxy_partial_update");
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
    pub fn proxy_retrieve(&self, id: i64) -> ResponseFuture<models::ProxyProvider> {
        rt::operation!(Get "/providers/proxy/{id}/" "providers_proxy_retrieve");
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
        body: &models::ProxyProviderRequest,
    ) -> ResponseFuture<models::ProxyProvider> {
        rt::operation!(Put "/providers/proxy/{id}/" "providers_proxy_update");
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
    pub fn proxy_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/proxy/{id}/used_by/" "providers_proxy_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `POST /providers/rac/` (`providers_rac_create`).
    pub fn rac_create(
        &self,
        body: &models::RACProviderRequest,
    ) -> ResponseFuture<models::RACProvider> {
        rt::operation!(Post "/providers/rac/" "providers_rac_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RACProvider Viewset
    ///
    /// `DELETE /providers/rac/{id}/` (`providers_rac_destroy`).
    ///
    /// - `id`: A unique integer value identifying this RAC Provider.
    pub fn rac_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/rac/{id}/" "providers_rac_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn rac_list_request(&self, params: &RacListParams) -> rt::Request {
        rt::operation!(Get "/providers/rac/" "providers_rac_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRACProviderList> {
        self.rac_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::rac_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rac_list_stream(
        &self,
        params: &RacListParams,
    ) -> PageStream<models::RACProvider> {
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
        body: &models::PatchedRACProviderRequest,
    ) -> ResponseFuture<models::RACProvider> {
        rt::operation!(Patch "/providers/rac/{id}/" "providers_rac_partial_update");
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
    pub fn rac_retrieve(&self, id: i64) -> ResponseFuture<models::RACProvider> {
        rt::operation!(Get "/providers/rac/{id}/" "providers_rac_retrieve");
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
        body: &models::RACProviderRequest,
    ) -> ResponseFuture<models::RACProvider> {
        rt::operation!(Put "/providers/rac/{id}/" "providers_rac_update");
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
    pub fn rac_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/providers/rac/{id}/used_by/" "providers_rac_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `POST /providers/radius/` (`providers_radius_create`).
    pub fn radius_create(
        &self,
        body: &models::RadiusProviderRequest,
    ) -> ResponseFuture<models::RadiusProvider> {
        rt::operation!(Post "/providers/radius/" "providers_radius_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// RadiusProvider Viewset
    ///
    /// `DELETE /providers/radius/{id}/` (`providers_radius_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    pub fn radius_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/radius/{id}/" "providers_radius_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn radius_list_request(&self, params: &RadiusListParams) -> rt::Request {
        rt::operation!(Get "/providers/radius/" "providers_radius_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRadiusProviderList> {
        self.radius_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn radius_list_stream(
        &self,
        params: &RadiusListParams,
    ) -> PageStream<models::RadiusProvider> {
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
        body: &models::PatchedRadiusProviderRequest,
    ) -> ResponseFuture<models::RadiusProvider> {
        rt::operation!(
            Patch "/providers/radius/{id}/" "providers_radius_partial_update"
        );
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
    pub fn radius_retrieve(&self, id: i64) -> ResponseFuture<models::RadiusProvider> {
        rt::operation!(Get "/providers/radius/{id}/" "providers_radius_retrieve");
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
        body: &models::RadiusProviderRequest,
    ) -> ResponseFuture<models::RadiusProvider> {
        rt::operation!(Put "/providers/radius/{id}/" "providers_radius_update");
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
    pub fn radius_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/radius/{id}/used_by/" "providers_radius_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `POST /providers/saml/` (`providers_saml_create`).
    pub fn saml_create(
        &self,
        body: &models::SAMLProviderRequest,
    ) -> ResponseFuture<models::SAMLProvider> {
        rt::operation!(Post "/providers/saml/" "providers_saml_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `DELETE /providers/saml/{id}/` (`providers_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/saml/{id}/" "providers_saml_destroy");
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
    ) -> ResponseFuture<models::SAMLProvider> {
        rt::operation!(
            Post "/providers/saml/import_metadata/"
            "providers_saml_import_metadata_create" errors(ERRORS_400_403_404_405_415_2)
        );
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
        rt::operation!(Get "/providers/saml/" "providers_saml_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSAMLProviderList> {
        self.saml_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn saml_list_stream(
        &self,
        params: &SamlListParams,
    ) -> PageStream<models::SAMLProvider> {
        self.saml_list_request(params).paginate()
    }

    fn saml_metadata_retrieve_request(
        &self,
        id: i64,
        params: &SamlMetadataRetrieveParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/saml/{id}/metadata/" "providers_saml_metadata_retrieve"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
            errors(ERRORS_400_403_404_405_415_4)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
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
    ) -> ResponseFuture<models::SAMLMetadata> {
        self.saml_metadata_retrieve_request(id, params).send_json()
    }

    /// [`ProvidersApi::saml_metadata_retrieve`], with the body as `application/xml` text.
    pub fn saml_metadata_retrieve_xml(
        &self,
        id: i64,
        params: &SamlMetadataRetrieveParams,
    ) -> ResponseFuture<String> {
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
        body: &models::PatchedSAMLProviderRequest,
    ) -> ResponseFuture<models::SAMLProvider> {
        rt::operation!(Patch "/providers/saml/{id}/" "providers_saml_partial_update");
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
    ) -> ResponseFuture<models::PropertyMappingPreview> {
        rt::operation!(
            Get "/providers/saml/{id}/preview_user/"
            "providers_saml_preview_user_retrieve" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request.send_json()
    }

    /// SAMLProvider Viewset
    ///
    /// `GET /providers/saml/{id}/` (`providers_saml_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this SAML Provider.
    pub fn saml_retrieve(&self, id: i64) -> ResponseFuture<models::SAMLProvider> {
        rt::operation!(Get "/providers/saml/{id}/" "providers_saml_retrieve");
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
        body: &models::SAMLProviderRequest,
    ) -> ResponseFuture<models::SAMLProvider> {
        rt::operation!(Put "/providers/saml/{id}/" "providers_saml_update");
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
    pub fn saml_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/saml/{id}/used_by/" "providers_saml_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `POST /providers/scim/` (`providers_scim_create`).
    pub fn scim_create(
        &self,
        body: &models::SCIMProviderRequest,
    ) -> ResponseFuture<models::SCIMProvider> {
        rt::operation!(Post "/providers/scim/" "providers_scim_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProvider Viewset
    ///
    /// `DELETE /providers/scim/{id}/` (`providers_scim_destroy`).
    ///
    /// - `id`: A unique integer value identifying this SCIM Provider.
    pub fn scim_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/scim/{id}/" "providers_scim_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `POST /providers/scim_groups/` (`providers_scim_groups_create`).
    pub fn scim_groups_create(
        &self,
        body: &models::SCIMProviderGroupRequest,
    ) -> ResponseFuture<models::SCIMProviderGroup> {
        rt::operation!(Post "/providers/scim_groups/" "providers_scim_groups_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProviderGroup Viewset
    ///
    /// `DELETE /providers/scim_groups/{id}/` (`providers_scim_groups_destroy`).
    ///
    /// - `id`: A UUID string identifying this scim provider group.
    pub fn scim_groups_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/scim_groups/{id}/" "providers_scim_groups_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn scim_groups_list_request(&self, params: &ScimGroupsListParams) -> rt::Request {
        rt::operation!(Get "/providers/scim_groups/" "providers_scim_groups_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSCIMProviderGroupList> {
        self.scim_groups_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_groups_list_stream(
        &self,
        params: &ScimGroupsListParams,
    ) -> PageStream<models::SCIMProviderGroup> {
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
    ) -> ResponseFuture<models::SCIMProviderGroup> {
        rt::operation!(
            Get "/providers/scim_groups/{id}/" "providers_scim_groups_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/scim_groups/{id}/used_by/"
            "providers_scim_groups_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn scim_list_request(&self, params: &ScimListParams) -> rt::Request {
        rt::operation!(Get "/providers/scim/" "providers_scim_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSCIMProviderList> {
        self.scim_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_list_stream(
        &self,
        params: &ScimListParams,
    ) -> PageStream<models::SCIMProvider> {
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
        body: &models::PatchedSCIMProviderRequest,
    ) -> ResponseFuture<models::SCIMProvider> {
        rt::operation!(Patch "/providers/scim/{id}/" "providers_scim_partial_update");
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
    pub fn scim_retrieve(&self, id: i64) -> ResponseFuture<models::SCIMProvider> {
        rt::operation!(Get "/providers/scim/{id}/" "providers_scim_retrieve");
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
        body: &models::SyncObjectRequest,
    ) -> ResponseFuture<models::SyncObjectResult> {
        rt::operation!(
            Post "/providers/scim/{id}/sync/object/" "providers_scim_sync_object_create"
        );
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
    ) -> ResponseFuture<models::SyncStatus> {
        rt::operation!(
            Get "/providers/scim/{id}/sync/status/" "providers_scim_sync_status_retrieve"
        );
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
        body: &models::SCIMProviderRequest,
    ) -> ResponseFuture<models::SCIMProvider> {
        rt::operation!(Put "/providers/scim/{id}/" "providers_scim_update");
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
    pub fn scim_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/scim/{id}/used_by/" "providers_scim_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SCIMProviderUser Viewset
    ///
    /// `POST /providers/scim_users/` (`providers_scim_users_create`).
    pub fn scim_users_create(
        &self,
        body: &models::SCIMProviderUserRequest,
    ) -> ResponseFuture<models::SCIMProviderUser> {
        rt::operation!(Post "/providers/scim_users/" "providers_scim_users_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMProviderUser Viewset
    ///
    /// `DELETE /providers/scim_users/{id}/` (`providers_scim_users_destroy`).
    ///
    /// - `id`: A UUID string identifying this scim provider user.
    pub fn scim_users_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/providers/scim_users/{id}/" "providers_scim_users_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn scim_users_list_request(&self, params: &ScimUsersListParams) -> rt::Request {
        rt::operation!(Get "/providers/scim_users/" "providers_scim_users_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedSCIMProviderUserList> {
        self.scim_users_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::scim_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_users_list_stream(
        &self,
        params: &ScimUsersListParams,
    ) -> PageStream<models::SCIMProviderUser> {
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
    ) -> ResponseFuture<models::SCIMProviderUser> {
        rt::operation!(
            Get "/providers/scim_users/{id}/" "providers_scim_users_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/scim_users/{id}/used_by/" "providers_scim_users_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `POST /providers/ssf/` (`providers_ssf_create`).
    /// Since 2025.6.2.
    pub fn ssf_create(
        &self,
        body: &models::SSFProviderRequest,
    ) -> ResponseFuture<models::SSFProvider> {
        rt::operation!(Post "/providers/ssf/" "providers_ssf_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `DELETE /providers/ssf/{id}/` (`providers_ssf_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/ssf/{id}/" "providers_ssf_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn ssf_list_request(&self, params: &SsfListParams) -> rt::Request {
        rt::operation!(Get "/providers/ssf/" "providers_ssf_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/` (`providers_ssf_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`SsfListParams`].
    pub fn ssf_list(
        &self,
        params: &SsfListParams,
    ) -> ResponseFuture<models::PaginatedSSFProviderList> {
        self.ssf_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::ssf_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ssf_list_stream(
        &self,
        params: &SsfListParams,
    ) -> PageStream<models::SSFProvider> {
        self.ssf_list_request(params).paginate()
    }

    /// SSFProvider Viewset
    ///
    /// `PATCH /providers/ssf/{id}/` (`providers_ssf_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_partial_update(
        &self,
        id: i64,
        body: &models::PatchedSSFProviderRequest,
    ) -> ResponseFuture<models::SSFProvider> {
        rt::operation!(Patch "/providers/ssf/{id}/" "providers_ssf_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/{id}/` (`providers_ssf_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_retrieve(&self, id: i64) -> ResponseFuture<models::SSFProvider> {
        rt::operation!(Get "/providers/ssf/{id}/" "providers_ssf_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// SSFProvider Viewset
    ///
    /// `PUT /providers/ssf/{id}/` (`providers_ssf_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_update(
        &self,
        id: i64,
        body: &models::SSFProviderRequest,
    ) -> ResponseFuture<models::SSFProvider> {
        rt::operation!(Put "/providers/ssf/{id}/" "providers_ssf_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/ssf/{id}/used_by/` (`providers_ssf_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Shared Signals Framework Provider.
    pub fn ssf_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/providers/ssf/{id}/used_by/" "providers_ssf_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `POST /providers/wsfed/` (`providers_wsfed_create`).
    /// Since 2026.11.0-rc1.
    pub fn wsfed_create(
        &self,
        body: &models::WSFederationProviderRequest,
    ) -> ResponseFuture<models::WSFederationProvider> {
        rt::operation!(Post "/providers/wsfed/" "providers_wsfed_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `DELETE /providers/wsfed/{id}/` (`providers_wsfed_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/providers/wsfed/{id}/" "providers_wsfed_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn wsfed_list_request(&self, params: &WsfedListParams) -> rt::Request {
        rt::operation!(Get "/providers/wsfed/" "providers_wsfed_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/` (`providers_wsfed_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`WsfedListParams`].
    pub fn wsfed_list(
        &self,
        params: &WsfedListParams,
    ) -> ResponseFuture<models::PaginatedWSFederationProviderList> {
        self.wsfed_list_request(params).send_json()
    }

    /// Every item of [`ProvidersApi::wsfed_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn wsfed_list_stream(
        &self,
        params: &WsfedListParams,
    ) -> PageStream<models::WSFederationProvider> {
        self.wsfed_list_request(params).paginate()
    }

    fn wsfed_metadata_retrieve_request(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/providers/wsfed/{id}/metadata/" "providers_wsfed_metadata_retrieve"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
            errors(ERRORS_400_403_404_405_415_4)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request
    }

    /// Return metadata as XML string
    ///
    /// `GET /providers/wsfed/{id}/metadata/` (`providers_wsfed_metadata_retrieve`).
    /// Since 2026.11.0-rc1.
    /// Allows anonymous access.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    ///
    /// Optional parameters: [`WsfedMetadataRetrieveParams`].
    pub fn wsfed_metadata_retrieve(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> ResponseFuture<models::SAMLMetadata> {
        self.wsfed_metadata_retrieve_request(id, params).send_json()
    }

    /// [`ProvidersApi::wsfed_metadata_retrieve`], with the body as `application/xml` text.
    pub fn wsfed_metadata_retrieve_xml(
        &self,
        id: i64,
        params: &WsfedMetadataRetrieveParams,
    ) -> ResponseFuture<String> {
        let mut request = self.wsfed_metadata_retrieve_request(id, params);
        request.accept("application/xml");
        request.send_text()
    }

    /// WSFederationProvider Viewset
    ///
    /// `PATCH /providers/wsfed/{id}/` (`providers_wsfed_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_partial_update(
        &self,
        id: i64,
        body: &models::PatchedWSFederationProviderRequest,
    ) -> ResponseFuture<models::WSFederationProvider> {
        rt::operation!(Patch "/providers/wsfed/{id}/" "providers_wsfed_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Preview user data for provider
    ///
    /// `GET /providers/wsfed/{id}/preview_user/` (`providers_wsfed_preview_user_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    ///
    /// Optional parameters: [`WsfedPreviewUserRetrieveParams`].
    pub fn wsfed_preview_user_retrieve(
        &self,
        id: i64,
        params: &WsfedPreviewUserRetrieveParams,
    ) -> ResponseFuture<models::PropertyMappingPreview> {
        rt::operation!(
            Get "/providers/wsfed/{id}/preview_user/"
            "providers_wsfed_preview_user_retrieve" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/{id}/` (`providers_wsfed_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::WSFederationProvider> {
        rt::operation!(Get "/providers/wsfed/{id}/" "providers_wsfed_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// WSFederationProvider Viewset
    ///
    /// `PUT /providers/wsfed/{id}/` (`providers_wsfed_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_update(
        &self,
        id: i64,
        body: &models::WSFederationProviderRequest,
    ) -> ResponseFuture<models::WSFederationProvider> {
        rt::operation!(Put "/providers/wsfed/{id}/" "providers_wsfed_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/wsfed/{id}/used_by/` (`providers_wsfed_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this WS-Federation Provider.
    pub fn wsfed_used_by_list(&self, id: i64) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/providers/wsfed/{id}/used_by/" "providers_wsfed_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::all_list`] (`providers_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        /// When not set all providers are returned. When set to true, only backchannel providers are returned. When set to false, backchannel providers are excluded
        pub backchannel: Option<bool> => query "backchannel",
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
    /// Optional parameters of [`ProvidersApi::google_workspace_groups_list`] (`providers_google_workspace_groups_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GoogleWorkspaceGroupsListParams {
        pub group_group_uuid: Option<::uuid::Uuid> => query "group__group_uuid",
        pub group_name: Option<String> => query "group__name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::google_workspace_list`] (`providers_google_workspace_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GoogleWorkspaceListParams {
        pub delegated_subject: Option<String> => query "delegated_subject",
        pub exclude_users_service_account: Option<bool> => query "exclude_users_service_account",
        pub filter_group: Option<::uuid::Uuid> => query "filter_group",
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
    /// Optional parameters of [`ProvidersApi::google_workspace_users_list`] (`providers_google_workspace_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GoogleWorkspaceUsersListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_id: Option<i64> => query "user__id",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::ldap_list`] (`providers_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LdapListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        pub authorization_flow_slug_iexact: Option<String> => query "authorization_flow__slug__iexact",
        pub base_dn_iexact: Option<String> => query "base_dn__iexact",
        pub certificate_kp_uuid_iexact: Option<::uuid::Uuid> => query "certificate__kp_uuid__iexact",
        pub certificate_name_iexact: Option<String> => query "certificate__name__iexact",
        pub gid_start_number_iexact: Option<i64> => query "gid_start_number__iexact",
        pub name_iexact: Option<String> => query "name__iexact",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub tls_server_name_iexact: Option<String> => query "tls_server_name__iexact",
        pub uid_start_number_iexact: Option<i64> => query "uid_start_number__iexact",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::microsoft_entra_groups_list`] (`providers_microsoft_entra_groups_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct MicrosoftEntraGroupsListParams {
        pub group_group_uuid: Option<::uuid::Uuid> => query "group__group_uuid",
        pub group_name: Option<String> => query "group__name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::microsoft_entra_list`] (`providers_microsoft_entra_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct MicrosoftEntraListParams {
        pub exclude_users_service_account: Option<bool> => query "exclude_users_service_account",
        pub filter_group: Option<::uuid::Uuid> => query "filter_group",
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
    /// Optional parameters of [`ProvidersApi::microsoft_entra_users_list`] (`providers_microsoft_entra_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct MicrosoftEntraUsersListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_id: Option<i64> => query "user__id",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::oauth2_dcr_list`] (`providers_oauth2_dcr_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Oauth2DcrListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::oauth2_list`] (`providers_oauth2_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Oauth2ListParams {
        pub access_code_validity: Option<String> => query "access_code_validity",
        pub access_token_validity: Option<String> => query "access_token_validity",
        pub application: Option<::uuid::Uuid> => query "application",
        pub authorization_flow: Option<::uuid::Uuid> => query "authorization_flow",
        pub client_id: Option<String> => query "client_id",
        /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
        pub client_type: Option<models::ClientTypeEnum> => query "client_type",
        pub include_claims_in_id_token: Option<bool> => query "include_claims_in_id_token",
        /// Configure how the issuer field of the ID Token should be filled.
        pub issuer_mode: Option<models::IssuerModeEnum> => query "issuer_mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub property_mappings: Option<Vec<::uuid::Uuid>> => query "property_mappings",
        pub refresh_token_validity: Option<String> => query "refresh_token_validity",
        /// A search term.
        pub search: Option<String> => query "search",
        pub signing_key: Option<::uuid::Uuid> => query "signing_key",
        /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
        pub sub_mode: Option<models::SubModeEnum> => query "sub_mode",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::oauth2_preview_user_retrieve`] (`providers_oauth2_preview_user_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Oauth2PreviewUserRetrieveParams {
        pub for_user: Option<i64> => query "for_user",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::proxy_list`] (`providers_proxy_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProxyListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        pub authorization_flow_slug_iexact: Option<String> => query "authorization_flow__slug__iexact",
        pub basic_auth_enabled_iexact: Option<bool> => query "basic_auth_enabled__iexact",
        pub basic_auth_password_attribute_iexact: Option<String> => query "basic_auth_password_attribute__iexact",
        pub basic_auth_user_attribute_iexact: Option<String> => query "basic_auth_user_attribute__iexact",
        pub certificate_kp_uuid_iexact: Option<::uuid::Uuid> => query "certificate__kp_uuid__iexact",
        pub certificate_name_iexact: Option<String> => query "certificate__name__iexact",
        pub cookie_domain_iexact: Option<String> => query "cookie_domain__iexact",
        pub external_host_iexact: Option<String> => query "external_host__iexact",
        pub internal_host_iexact: Option<String> => query "internal_host__iexact",
        pub internal_host_ssl_validation_iexact: Option<bool> => query "internal_host_ssl_validation__iexact",
        pub mode_iexact: Option<String> => query "mode__iexact",
        pub name_iexact: Option<String> => query "name__iexact",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub property_mappings_iexact: Option<Vec<::uuid::Uuid>> => query "property_mappings__iexact",
        /// A search term.
        pub search: Option<String> => query "search",
        pub skip_path_regex_iexact: Option<String> => query "skip_path_regex__iexact",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::rac_list`] (`providers_rac_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RacListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        pub name_iexact: Option<String> => query "name__iexact",
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
    /// Optional parameters of [`ProvidersApi::radius_list`] (`providers_radius_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RadiusListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        pub authorization_flow_slug_iexact: Option<String> => query "authorization_flow__slug__iexact",
        pub client_networks_iexact: Option<String> => query "client_networks__iexact",
        pub name_iexact: Option<String> => query "name__iexact",
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

/// The `multipart/form-data` body of [`ProvidersApi::saml_import_metadata_create`] (schema `SAMLProviderImportRequest`).
#[derive(Debug)]
pub struct SamlImportMetadataCreateForm {
    pub authorization_flow: ::uuid::Uuid,
    pub file: rt::FilePart,
    pub invalidation_flow: ::uuid::Uuid,
    pub name: String,
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::saml_list`] (`providers_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SamlListParams {
        pub acs_url: Option<String> => query "acs_url",
        pub assertion_valid_not_before: Option<String> => query "assertion_valid_not_before",
        pub assertion_valid_not_on_or_after: Option<String> => query "assertion_valid_not_on_or_after",
        pub audience: Option<String> => query "audience",
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub authn_context_class_ref_mapping: Option<::uuid::Uuid> => query "authn_context_class_ref_mapping",
        pub authorization_flow: Option<::uuid::Uuid> => query "authorization_flow",
        pub backchannel_application: Option<::uuid::Uuid> => query "backchannel_application",
        pub default_name_id_policy: Option<models::SAMLNameIDPolicyEnum> => query "default_name_id_policy",
        pub default_relay_state: Option<String> => query "default_relay_state",
        pub digest_algorithm: Option<models::DigestAlgorithmEnum> => query "digest_algorithm",
        pub encryption_kp: Option<::uuid::Uuid> => query "encryption_kp",
        pub invalidation_flow: Option<::uuid::Uuid> => query "invalidation_flow",
        pub is_backchannel: Option<bool> => query "is_backchannel",
        pub issuer_override: Option<String> => query "issuer_override",
        /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
        pub logout_method: Option<models::SAMLLogoutMethods> => query "logout_method",
        pub name: Option<String> => query "name",
        pub name_id_mapping: Option<::uuid::Uuid> => query "name_id_mapping",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub property_mappings: Option<Vec<::uuid::Uuid>> => query "property_mappings",
        /// A search term.
        pub search: Option<String> => query "search",
        pub session_valid_not_on_or_after: Option<String> => query "session_valid_not_on_or_after",
        pub sign_assertion: Option<bool> => query "sign_assertion",
        pub sign_logout_request: Option<bool> => query "sign_logout_request",
        pub sign_logout_response: Option<bool> => query "sign_logout_response",
        pub sign_response: Option<bool> => query "sign_response",
        pub signature_algorithm: Option<models::SignatureAlgorithmEnum> => query "signature_algorithm",
        pub signing_kp: Option<::uuid::Uuid> => query "signing_kp",
        /// This determines how authentik sends the logout response back to the Service Provider.
        pub sls_binding: Option<models::SAMLBindingsEnum> => query "sls_binding",
        pub sls_url: Option<String> => query "sls_url",
        /// This determines how authentik sends the response back to the Service Provider.
        pub sp_binding: Option<models::SAMLBindingsEnum> => query "sp_binding",
        pub verification_kp: Option<::uuid::Uuid> => query "verification_kp",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::saml_metadata_retrieve`] (`providers_saml_metadata_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SamlMetadataRetrieveParams {
        pub download: Option<bool> => query "download",
        /// Optionally force the metadata to only include one binding.
        pub force_binding: Option<models::ForceBindingEnum> => query "force_binding",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::saml_preview_user_retrieve`] (`providers_saml_preview_user_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SamlPreviewUserRetrieveParams {
        pub for_user: Option<i64> => query "for_user",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::scim_groups_list`] (`providers_scim_groups_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ScimGroupsListParams {
        pub group_group_uuid: Option<::uuid::Uuid> => query "group__group_uuid",
        pub group_name: Option<String> => query "group__name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::scim_list`] (`providers_scim_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ScimListParams {
        pub exclude_users_service_account: Option<bool> => query "exclude_users_service_account",
        pub group_filters: Option<Vec<::uuid::Uuid>> => query "group_filters",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub url: Option<String> => query "url",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::scim_users_list`] (`providers_scim_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ScimUsersListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider_id: Option<i64> => query "provider__id",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_id: Option<i64> => query "user__id",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::ssf_list`] (`providers_ssf_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SsfListParams {
        pub application_isnull: Option<bool> => query "application__isnull",
        pub name_iexact: Option<String> => query "name__iexact",
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
    /// Optional parameters of [`ProvidersApi::wsfed_list`] (`providers_wsfed_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct WsfedListParams {
        pub acs_url: Option<String> => query "acs_url",
        pub assertion_valid_not_before: Option<String> => query "assertion_valid_not_before",
        pub assertion_valid_not_on_or_after: Option<String> => query "assertion_valid_not_on_or_after",
        pub audience: Option<String> => query "audience",
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub authn_context_class_ref_mapping: Option<::uuid::Uuid> => query "authn_context_class_ref_mapping",
        pub authorization_flow: Option<::uuid::Uuid> => query "authorization_flow",
        pub backchannel_application: Option<::uuid::Uuid> => query "backchannel_application",
        pub default_name_id_policy: Option<models::SAMLNameIDPolicyEnum> => query "default_name_id_policy",
        pub default_relay_state: Option<String> => query "default_relay_state",
        pub digest_algorithm: Option<models::DigestAlgorithmEnum> => query "digest_algorithm",
        pub encryption_kp: Option<::uuid::Uuid> => query "encryption_kp",
        pub invalidation_flow: Option<::uuid::Uuid> => query "invalidation_flow",
        pub is_backchannel: Option<bool> => query "is_backchannel",
        pub issuer_override: Option<String> => query "issuer_override",
        /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
        pub logout_method: Option<models::SAMLLogoutMethods> => query "logout_method",
        pub name: Option<String> => query "name",
        pub name_id_mapping: Option<::uuid::Uuid> => query "name_id_mapping",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub property_mappings: Option<Vec<::uuid::Uuid>> => query "property_mappings",
        /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
        pub saml_version: Option<models::SamlVersionEnum> => query "saml_version",
        /// A search term.
        pub search: Option<String> => query "search",
        pub session_valid_not_on_or_after: Option<String> => query "session_valid_not_on_or_after",
        pub sign_assertion: Option<bool> => query "sign_assertion",
        pub sign_logout_request: Option<bool> => query "sign_logout_request",
        pub sign_logout_response: Option<bool> => query "sign_logout_response",
        pub sign_response: Option<bool> => query "sign_response",
        pub signature_algorithm: Option<models::SignatureAlgorithmEnum> => query "signature_algorithm",
        pub signing_kp: Option<::uuid::Uuid> => query "signing_kp",
        /// This determines how authentik sends the logout response back to the Service Provider.
        pub sls_binding: Option<models::SAMLBindingsEnum> => query "sls_binding",
        pub sls_url: Option<String> => query "sls_url",
        /// This determines how authentik sends the response back to the Service Provider.
        pub sp_binding: Option<models::SAMLBindingsEnum> => query "sp_binding",
        pub verification_kp: Option<::uuid::Uuid> => query "verification_kp",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::wsfed_metadata_retrieve`] (`providers_wsfed_metadata_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct WsfedMetadataRetrieveParams {
        pub download: Option<bool> => query "download",
        /// Optionally force the metadata to only include one binding.
        pub force_binding: Option<models::ForceBindingEnum> => query "force_binding",
    }
}

rt::params! {
    /// Optional parameters of [`ProvidersApi::wsfed_preview_user_retrieve`] (`providers_wsfed_preview_user_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct WsfedPreviewUserRetrieveParams {
        pub for_user: Option<i64> => query "for_user",
    }
}
