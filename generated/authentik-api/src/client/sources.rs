//! Operations tagged `sources` (175).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `sources`: `client.sources()`.
#[derive(Clone, Copy, Debug)]
pub struct SourcesApi<'a> {
    pub(super) client: &'a super::Client,
}

impl SourcesApi<'_> {
    /// Prevent deletion of built-in sources
    ///
    /// `DELETE /sources/all/{slug}/` (`sources_all_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn all_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/all/{slug}/" "sources_all_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        rt::operation!(Get "/sources/all/" "sources_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Source Viewset
    ///
    /// `GET /sources/all/` (`sources_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> ResponseFuture<models::PaginatedSourceList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(&self, params: &AllListParams) -> PageStream<models::Source> {
        self.all_list_request(params).paginate()
    }

    /// Source Viewset
    ///
    /// `GET /sources/all/{slug}/` (`sources_all_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn all_retrieve(&self, slug: &str) -> ResponseFuture<models::Source> {
        rt::operation!(Get "/sources/all/{slug}/" "sources_all_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Set source icon
    ///
    /// `POST /sources/all/{slug}/set_icon/` (`sources_all_set_icon_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Internal source name, used in URLs.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn all_set_icon_create(
        &self,
        slug: &str,
        form: AllSetIconCreateForm,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/sources/all/{slug}/set_icon/" "sources_all_set_icon_create"
            errors(ERRORS_400_403_404_405_415_2)
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

    /// Set source icon (as URL)
    ///
    /// `POST /sources/all/{slug}/set_icon_url/` (`sources_all_set_icon_url_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Internal source name, used in URLs.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn all_set_icon_url_create(
        &self,
        slug: &str,
        body: &models::FilePathRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/sources/all/{slug}/set_icon_url/" "sources_all_set_icon_url_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_empty()
    }

    /// Get all creatable types
    ///
    /// `GET /sources/all/types/` (`sources_all_types_list`).
    pub fn all_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/sources/all/types/" "sources_all_types_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/all/{slug}/used_by/` (`sources_all_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn all_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/sources/all/{slug}/used_by/" "sources_all_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get all sources the user can configure
    ///
    /// `GET /sources/all/user_settings/` (`sources_all_user_settings_list`).
    pub fn all_user_settings_list(&self) -> ResponseFuture<Vec<models::UserSetting>> {
        rt::operation!(
            Get "/sources/all/user_settings/" "sources_all_user_settings_list"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/all/{id}/` (`sources_group_connections_all_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/all/{id}/"
            "sources_group_connections_all_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_all_list_request(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/all/" "sources_group_connections_all_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/` (`sources_group_connections_all_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`GroupConnectionsAllListParams`].
    pub fn group_connections_all_list(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> ResponseFuture<models::PaginatedGroupSourceConnectionList> {
        self.group_connections_all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_all_list_stream(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> PageStream<models::GroupSourceConnection> {
        self.group_connections_all_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/all/{id}/` (`sources_group_connections_all_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/all/{id}/"
            "sources_group_connections_all_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/{id}/` (`sources_group_connections_all_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/all/{id}/"
            "sources_group_connections_all_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/all/{id}/` (`sources_group_connections_all_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_update(
        &self,
        id: i64,
        body: &models::GroupSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/all/{id}/"
            "sources_group_connections_all_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/all/{id}/used_by/` (`sources_group_connections_all_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/all/{id}/used_by/"
            "sources_group_connections_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_create`).
    /// Since 2025.6.2.
    pub fn group_connections_kerberos_create(
        &self,
        body: &models::GroupKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupKerberosSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/kerberos/"
            "sources_group_connections_kerberos_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/kerberos/{id}/"
            "sources_group_connections_kerberos_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_kerberos_list_request(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/kerberos/"
            "sources_group_connections_kerberos_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`GroupConnectionsKerberosListParams`].
    pub fn group_connections_kerberos_list(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> ResponseFuture<models::PaginatedGroupKerberosSourceConnectionList> {
        self.group_connections_kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_kerberos_list_stream(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> PageStream<models::GroupKerberosSourceConnection> {
        self.group_connections_kerberos_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupKerberosSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/kerberos/{id}/"
            "sources_group_connections_kerberos_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupKerberosSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/kerberos/{id}/"
            "sources_group_connections_kerberos_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_update`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_update(
        &self,
        id: i64,
        body: &models::GroupKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupKerberosSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/kerberos/{id}/"
            "sources_group_connections_kerberos_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/kerberos/{id}/used_by/` (`sources_group_connections_kerberos_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/kerberos/{id}/used_by/"
            "sources_group_connections_kerberos_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/ldap/` (`sources_group_connections_ldap_create`).
    /// Since 2025.6.2.
    pub fn group_connections_ldap_create(
        &self,
        body: &models::GroupLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupLDAPSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/ldap/"
            "sources_group_connections_ldap_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/ldap/{id}/"
            "sources_group_connections_ldap_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_ldap_list_request(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/ldap/" "sources_group_connections_ldap_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/` (`sources_group_connections_ldap_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`GroupConnectionsLdapListParams`].
    pub fn group_connections_ldap_list(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> ResponseFuture<models::PaginatedGroupLDAPSourceConnectionList> {
        self.group_connections_ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_ldap_list_stream(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> PageStream<models::GroupLDAPSourceConnection> {
        self.group_connections_ldap_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupLDAPSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/ldap/{id}/"
            "sources_group_connections_ldap_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupLDAPSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/ldap/{id}/"
            "sources_group_connections_ldap_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_update(
        &self,
        id: i64,
        body: &models::GroupLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupLDAPSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/ldap/{id}/"
            "sources_group_connections_ldap_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/ldap/{id}/used_by/` (`sources_group_connections_ldap_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/ldap/{id}/used_by/"
            "sources_group_connections_ldap_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/oauth/` (`sources_group_connections_oauth_create`).
    pub fn group_connections_oauth_create(
        &self,
        body: &models::GroupOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupOAuthSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/oauth/"
            "sources_group_connections_oauth_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/oauth/{id}/"
            "sources_group_connections_oauth_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_oauth_list_request(
        &self,
        params: &GroupConnectionsOauthListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/oauth/"
            "sources_group_connections_oauth_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/oauth/` (`sources_group_connections_oauth_list`).
    ///
    /// Optional parameters: [`GroupConnectionsOauthListParams`].
    pub fn group_connections_oauth_list(
        &self,
        params: &GroupConnectionsOauthListParams,
    ) -> ResponseFuture<models::PaginatedGroupOAuthSourceConnectionList> {
        self.group_connections_oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_oauth_list_stream(
        &self,
        params: &GroupConnectionsOauthListParams,
    ) -> PageStream<models::GroupOAuthSourceConnection> {
        self.group_connections_oauth_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupOAuthSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/oauth/{id}/"
            "sources_group_connections_oauth_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupOAuthSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/oauth/{id}/"
            "sources_group_connections_oauth_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_update`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_update(
        &self,
        id: i64,
        body: &models::GroupOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupOAuthSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/oauth/{id}/"
            "sources_group_connections_oauth_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/oauth/{id}/used_by/` (`sources_group_connections_oauth_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/oauth/{id}/used_by/"
            "sources_group_connections_oauth_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/plex/` (`sources_group_connections_plex_create`).
    pub fn group_connections_plex_create(
        &self,
        body: &models::GroupPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupPlexSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/plex/"
            "sources_group_connections_plex_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/plex/{id}/"
            "sources_group_connections_plex_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_plex_list_request(
        &self,
        params: &GroupConnectionsPlexListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/plex/" "sources_group_connections_plex_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/plex/` (`sources_group_connections_plex_list`).
    ///
    /// Optional parameters: [`GroupConnectionsPlexListParams`].
    pub fn group_connections_plex_list(
        &self,
        params: &GroupConnectionsPlexListParams,
    ) -> ResponseFuture<models::PaginatedGroupPlexSourceConnectionList> {
        self.group_connections_plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_plex_list_stream(
        &self,
        params: &GroupConnectionsPlexListParams,
    ) -> PageStream<models::GroupPlexSourceConnection> {
        self.group_connections_plex_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupPlexSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/plex/{id}/"
            "sources_group_connections_plex_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupPlexSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/plex/{id}/"
            "sources_group_connections_plex_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_update(
        &self,
        id: i64,
        body: &models::GroupPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupPlexSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/plex/{id}/"
            "sources_group_connections_plex_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/plex/{id}/used_by/` (`sources_group_connections_plex_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/plex/{id}/used_by/"
            "sources_group_connections_plex_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/saml/` (`sources_group_connections_saml_create`).
    /// Since 2025.6.2.
    pub fn group_connections_saml_create(
        &self,
        body: &models::GroupSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupSAMLSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/saml/"
            "sources_group_connections_saml_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/saml/{id}/"
            "sources_group_connections_saml_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_saml_list_request(
        &self,
        params: &GroupConnectionsSamlListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/saml/" "sources_group_connections_saml_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/saml/` (`sources_group_connections_saml_list`).
    ///
    /// Optional parameters: [`GroupConnectionsSamlListParams`].
    pub fn group_connections_saml_list(
        &self,
        params: &GroupConnectionsSamlListParams,
    ) -> ResponseFuture<models::PaginatedGroupSAMLSourceConnectionList> {
        self.group_connections_saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_saml_list_stream(
        &self,
        params: &GroupConnectionsSamlListParams,
    ) -> PageStream<models::GroupSAMLSourceConnection> {
        self.group_connections_saml_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupSAMLSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/saml/{id}/"
            "sources_group_connections_saml_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupSAMLSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/saml/{id}/"
            "sources_group_connections_saml_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_update`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_update(
        &self,
        id: i64,
        body: &models::GroupSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupSAMLSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/saml/{id}/"
            "sources_group_connections_saml_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/saml/{id}/used_by/` (`sources_group_connections_saml_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/saml/{id}/used_by/"
            "sources_group_connections_saml_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/telegram/` (`sources_group_connections_telegram_create`).
    /// Since 2026.11.0-rc1.
    pub fn group_connections_telegram_create(
        &self,
        body: &models::GroupTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupTelegramSourceConnection> {
        rt::operation!(
            Post "/sources/group_connections/telegram/"
            "sources_group_connections_telegram_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/group_connections/telegram/{id}/"
            "sources_group_connections_telegram_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_telegram_list_request(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/group_connections/telegram/"
            "sources_group_connections_telegram_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/` (`sources_group_connections_telegram_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`GroupConnectionsTelegramListParams`].
    pub fn group_connections_telegram_list(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> ResponseFuture<models::PaginatedGroupTelegramSourceConnectionList> {
        self.group_connections_telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_telegram_list_stream(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> PageStream<models::GroupTelegramSourceConnection> {
        self.group_connections_telegram_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_partial_update(
        &self,
        id: i64,
        body: &models::PatchedGroupTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupTelegramSourceConnection> {
        rt::operation!(
            Patch "/sources/group_connections/telegram/{id}/"
            "sources_group_connections_telegram_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::GroupTelegramSourceConnection> {
        rt::operation!(
            Get "/sources/group_connections/telegram/{id}/"
            "sources_group_connections_telegram_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_update(
        &self,
        id: i64,
        body: &models::GroupTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::GroupTelegramSourceConnection> {
        rt::operation!(
            Put "/sources/group_connections/telegram/{id}/"
            "sources_group_connections_telegram_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/telegram/{id}/used_by/` (`sources_group_connections_telegram_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/group_connections/telegram/{id}/used_by/"
            "sources_group_connections_telegram_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `POST /sources/kerberos/` (`sources_kerberos_create`).
    /// Since 2024.12.1.
    pub fn kerberos_create(
        &self,
        body: &models::KerberosSourceRequest,
    ) -> ResponseFuture<models::KerberosSource> {
        rt::operation!(Post "/sources/kerberos/" "sources_kerberos_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `DELETE /sources/kerberos/{slug}/` (`sources_kerberos_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/kerberos/{slug}/" "sources_kerberos_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn kerberos_list_request(&self, params: &KerberosListParams) -> rt::Request {
        rt::operation!(Get "/sources/kerberos/" "sources_kerberos_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/` (`sources_kerberos_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`KerberosListParams`].
    pub fn kerberos_list(
        &self,
        params: &KerberosListParams,
    ) -> ResponseFuture<models::PaginatedKerberosSourceList> {
        self.kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn kerberos_list_stream(
        &self,
        params: &KerberosListParams,
    ) -> PageStream<models::KerberosSource> {
        self.kerberos_list_request(params).paginate()
    }

    /// Kerberos Source Viewset
    ///
    /// `PATCH /sources/kerberos/{slug}/` (`sources_kerberos_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedKerberosSourceRequest,
    ) -> ResponseFuture<models::KerberosSource> {
        rt::operation!(
            Patch "/sources/kerberos/{slug}/" "sources_kerberos_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/{slug}/` (`sources_kerberos_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::KerberosSource> {
        rt::operation!(Get "/sources/kerberos/{slug}/" "sources_kerberos_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /sources/kerberos/{slug}/sync/status/` (`sources_kerberos_sync_status_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_sync_status_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::SyncStatus> {
        rt::operation!(
            Get "/sources/kerberos/{slug}/sync/status/"
            "sources_kerberos_sync_status_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `PUT /sources/kerberos/{slug}/` (`sources_kerberos_update`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_update(
        &self,
        slug: &str,
        body: &models::KerberosSourceRequest,
    ) -> ResponseFuture<models::KerberosSource> {
        rt::operation!(Put "/sources/kerberos/{slug}/" "sources_kerberos_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/kerberos/{slug}/used_by/` (`sources_kerberos_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_used_by_list(
        &self,
        slug: &str,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/kerberos/{slug}/used_by/" "sources_kerberos_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `POST /sources/ldap/` (`sources_ldap_create`).
    pub fn ldap_create(
        &self,
        body: &models::LDAPSourceRequest,
    ) -> ResponseFuture<models::LDAPSource> {
        rt::operation!(Post "/sources/ldap/" "sources_ldap_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get raw LDAP data to debug
    ///
    /// `GET /sources/ldap/{slug}/debug/` (`sources_ldap_debug_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_debug_retrieve(&self, slug: &str) -> ResponseFuture<models::LDAPDebug> {
        rt::operation!(Get "/sources/ldap/{slug}/debug/" "sources_ldap_debug_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `DELETE /sources/ldap/{slug}/` (`sources_ldap_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/ldap/{slug}/" "sources_ldap_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        rt::operation!(Get "/sources/ldap/" "sources_ldap_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// LDAP Source Viewset
    ///
    /// `GET /sources/ldap/` (`sources_ldap_list`).
    ///
    /// Optional parameters: [`LdapListParams`].
    pub fn ldap_list(
        &self,
        params: &LdapListParams,
    ) -> ResponseFuture<models::PaginatedLDAPSourceList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> PageStream<models::LDAPSource> {
        self.ldap_list_request(params).paginate()
    }

    /// LDAP Source Viewset
    ///
    /// `PATCH /sources/ldap/{slug}/` (`sources_ldap_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedLDAPSourceRequest,
    ) -> ResponseFuture<models::LDAPSource> {
        rt::operation!(Patch "/sources/ldap/{slug}/" "sources_ldap_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `GET /sources/ldap/{slug}/` (`sources_ldap_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_retrieve(&self, slug: &str) -> ResponseFuture<models::LDAPSource> {
        rt::operation!(Get "/sources/ldap/{slug}/" "sources_ldap_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /sources/ldap/{slug}/sync/status/` (`sources_ldap_sync_status_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_sync_status_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::SyncStatus> {
        rt::operation!(
            Get "/sources/ldap/{slug}/sync/status/" "sources_ldap_sync_status_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `PUT /sources/ldap/{slug}/` (`sources_ldap_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_update(
        &self,
        slug: &str,
        body: &models::LDAPSourceRequest,
    ) -> ResponseFuture<models::LDAPSource> {
        rt::operation!(Put "/sources/ldap/{slug}/" "sources_ldap_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/ldap/{slug}/used_by/` (`sources_ldap_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/sources/ldap/{slug}/used_by/" "sources_ldap_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `POST /sources/oauth/` (`sources_oauth_create`).
    pub fn oauth_create(
        &self,
        body: &models::OAuthSourceRequest,
    ) -> ResponseFuture<models::OAuthSource> {
        rt::operation!(Post "/sources/oauth/" "sources_oauth_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `DELETE /sources/oauth/{slug}/` (`sources_oauth_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/oauth/{slug}/" "sources_oauth_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn oauth_list_request(&self, params: &OauthListParams) -> rt::Request {
        rt::operation!(Get "/sources/oauth/" "sources_oauth_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Source Viewset
    ///
    /// `GET /sources/oauth/` (`sources_oauth_list`).
    ///
    /// Optional parameters: [`OauthListParams`].
    pub fn oauth_list(
        &self,
        params: &OauthListParams,
    ) -> ResponseFuture<models::PaginatedOAuthSourceList> {
        self.oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth_list_stream(
        &self,
        params: &OauthListParams,
    ) -> PageStream<models::OAuthSource> {
        self.oauth_list_request(params).paginate()
    }

    /// Source Viewset
    ///
    /// `PATCH /sources/oauth/{slug}/` (`sources_oauth_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedOAuthSourceRequest,
    ) -> ResponseFuture<models::OAuthSource> {
        rt::operation!(Patch "/sources/oauth/{slug}/" "sources_oauth_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `GET /sources/oauth/{slug}/` (`sources_oauth_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_retrieve(&self, slug: &str) -> ResponseFuture<models::OAuthSource> {
        rt::operation!(Get "/sources/oauth/{slug}/" "sources_oauth_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get all creatable source types. If ?name is set, only returns the type for <name>.
    /// If <name> isn't found, returns the default type.
    ///
    /// `GET /sources/oauth/source_types/` (`sources_oauth_source_types_list`).
    ///
    /// Optional parameters: [`OauthSourceTypesListParams`].
    pub fn oauth_source_types_list(
        &self,
        params: &OauthSourceTypesListParams,
    ) -> ResponseFuture<Vec<models::SourceType>> {
        rt::operation!(
            Get "/sources/oauth/source_types/" "sources_oauth_source_types_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `PUT /sources/oauth/{slug}/` (`sources_oauth_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_update(
        &self,
        slug: &str,
        body: &models::OAuthSourceRequest,
    ) -> ResponseFuture<models::OAuthSource> {
        rt::operation!(Put "/sources/oauth/{slug}/" "sources_oauth_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/oauth/{slug}/used_by/` (`sources_oauth_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/oauth/{slug}/used_by/" "sources_oauth_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `POST /sources/plex/` (`sources_plex_create`).
    pub fn plex_create(
        &self,
        body: &models::PlexSourceRequest,
    ) -> ResponseFuture<models::PlexSource> {
        rt::operation!(Post "/sources/plex/" "sources_plex_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `DELETE /sources/plex/{slug}/` (`sources_plex_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/plex/{slug}/" "sources_plex_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn plex_list_request(&self, params: &PlexListParams) -> rt::Request {
        rt::operation!(Get "/sources/plex/" "sources_plex_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Plex source Viewset
    ///
    /// `GET /sources/plex/` (`sources_plex_list`).
    ///
    /// Optional parameters: [`PlexListParams`].
    pub fn plex_list(
        &self,
        params: &PlexListParams,
    ) -> ResponseFuture<models::PaginatedPlexSourceList> {
        self.plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn plex_list_stream(
        &self,
        params: &PlexListParams,
    ) -> PageStream<models::PlexSource> {
        self.plex_list_request(params).paginate()
    }

    /// Plex source Viewset
    ///
    /// `PATCH /sources/plex/{slug}/` (`sources_plex_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedPlexSourceRequest,
    ) -> ResponseFuture<models::PlexSource> {
        rt::operation!(Patch "/sources/plex/{slug}/" "sources_plex_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Redeem a plex token for an authenticated user, creating a connection
    ///
    /// `POST /sources/plex/redeem_token_authenticated/` (`sources_plex_redeem_token_authenticated_create`).
    ///
    /// Optional parameters: [`PlexRedeemTokenAuthenticatedCreateParams`].
    pub fn plex_redeem_token_authenticated_create(
        &self,
        body: &models::PlexTokenRedeemRequest,
        params: &PlexRedeemTokenAuthenticatedCreateParams,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/sources/plex/redeem_token_authenticated/"
            "sources_plex_redeem_token_authenticated_create"
            errors(ERRORS_400_403_404_405_415_7)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.json(body);
        request.send_empty()
    }

    /// Redeem a plex token, check it's access to resources against what's allowed
    /// for the source, and redirect to an authentication/enrollment flow.
    ///
    /// `POST /sources/plex/redeem_token/` (`sources_plex_redeem_token_create`).
    /// Allows anonymous access.
    ///
    /// Optional parameters: [`PlexRedeemTokenCreateParams`].
    pub fn plex_redeem_token_create(
        &self,
        body: &models::PlexTokenRedeemRequest,
        params: &PlexRedeemTokenCreateParams,
    ) -> ResponseFuture<models::RedirectChallenge> {
        rt::operation!(
            Post "/sources/plex/redeem_token/" "sources_plex_redeem_token_create"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
            errors(ERRORS_400_403_404_405_415_7)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.json(body);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `GET /sources/plex/{slug}/` (`sources_plex_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_retrieve(&self, slug: &str) -> ResponseFuture<models::PlexSource> {
        rt::operation!(Get "/sources/plex/{slug}/" "sources_plex_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `PUT /sources/plex/{slug}/` (`sources_plex_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_update(
        &self,
        slug: &str,
        body: &models::PlexSourceRequest,
    ) -> ResponseFuture<models::PlexSource> {
        rt::operation!(Put "/sources/plex/{slug}/" "sources_plex_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/plex/{slug}/used_by/` (`sources_plex_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/sources/plex/{slug}/used_by/" "sources_plex_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `POST /sources/saml/` (`sources_saml_create`).
    pub fn saml_create(
        &self,
        body: &models::SAMLSourceRequest,
    ) -> ResponseFuture<models::SAMLSource> {
        rt::operation!(Post "/sources/saml/" "sources_saml_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `DELETE /sources/saml/{slug}/` (`sources_saml_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/saml/{slug}/" "sources_saml_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn saml_list_request(&self, params: &SamlListParams) -> rt::Request {
        rt::operation!(Get "/sources/saml/" "sources_saml_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SAMLSource Viewset
    ///
    /// `GET /sources/saml/` (`sources_saml_list`).
    ///
    /// Optional parameters: [`SamlListParams`].
    pub fn saml_list(
        &self,
        params: &SamlListParams,
    ) -> ResponseFuture<models::PaginatedSAMLSourceList> {
        self.saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn saml_list_stream(
        &self,
        params: &SamlListParams,
    ) -> PageStream<models::SAMLSource> {
        self.saml_list_request(params).paginate()
    }

    /// Return metadata as XML string
    ///
    /// `GET /sources/saml/{slug}/metadata/` (`sources_saml_metadata_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_metadata_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::SAMLMetadata> {
        rt::operation!(
            Get "/sources/saml/{slug}/metadata/" "sources_saml_metadata_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `PATCH /sources/saml/{slug}/` (`sources_saml_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedSAMLSourceRequest,
    ) -> ResponseFuture<models::SAMLSource> {
        rt::operation!(Patch "/sources/saml/{slug}/" "sources_saml_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `GET /sources/saml/{slug}/` (`sources_saml_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_retrieve(&self, slug: &str) -> ResponseFuture<models::SAMLSource> {
        rt::operation!(Get "/sources/saml/{slug}/" "sources_saml_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `PUT /sources/saml/{slug}/` (`sources_saml_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_update(
        &self,
        slug: &str,
        body: &models::SAMLSourceRequest,
    ) -> ResponseFuture<models::SAMLSource> {
        rt::operation!(Put "/sources/saml/{slug}/" "sources_saml_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/saml/{slug}/used_by/` (`sources_saml_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/sources/saml/{slug}/used_by/" "sources_saml_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `POST /sources/scim/` (`sources_scim_create`).
    pub fn scim_create(
        &self,
        body: &models::SCIMSourceRequest,
    ) -> ResponseFuture<models::SCIMSource> {
        rt::operation!(Post "/sources/scim/" "sources_scim_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `DELETE /sources/scim/{slug}/` (`sources_scim_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/scim/{slug}/" "sources_scim_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `POST /sources/scim_groups/` (`sources_scim_groups_create`).
    pub fn scim_groups_create(
        &self,
        body: &models::SCIMSourceGroupRequest,
    ) -> ResponseFuture<models::SCIMSourceGroup> {
        rt::operation!(Post "/sources/scim_groups/" "sources_scim_groups_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `DELETE /sources/scim_groups/{id}/` (`sources_scim_groups_destroy`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_destroy(&self, id: &str) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/scim_groups/{id}/" "sources_scim_groups_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_empty()
    }

    fn scim_groups_list_request(&self, params: &ScimGroupsListParams) -> rt::Request {
        rt::operation!(Get "/sources/scim_groups/" "sources_scim_groups_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `GET /sources/scim_groups/` (`sources_scim_groups_list`).
    ///
    /// Optional parameters: [`ScimGroupsListParams`].
    pub fn scim_groups_list(
        &self,
        params: &ScimGroupsListParams,
    ) -> ResponseFuture<models::PaginatedSCIMSourceGroupList> {
        self.scim_groups_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_groups_list_stream(
        &self,
        params: &ScimGroupsListParams,
    ) -> PageStream<models::SCIMSourceGroup> {
        self.scim_groups_list_request(params).paginate()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `PATCH /sources/scim_groups/{id}/` (`sources_scim_groups_partial_update`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_partial_update(
        &self,
        id: &str,
        body: &models::PatchedSCIMSourceGroupRequest,
    ) -> ResponseFuture<models::SCIMSourceGroup> {
        rt::operation!(
            Patch "/sources/scim_groups/{id}/" "sources_scim_groups_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `GET /sources/scim_groups/{id}/` (`sources_scim_groups_retrieve`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_retrieve(
        &self,
        id: &str,
    ) -> ResponseFuture<models::SCIMSourceGroup> {
        rt::operation!(Get "/sources/scim_groups/{id}/" "sources_scim_groups_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `PUT /sources/scim_groups/{id}/` (`sources_scim_groups_update`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_update(
        &self,
        id: &str,
        body: &models::SCIMSourceGroupRequest,
    ) -> ResponseFuture<models::SCIMSourceGroup> {
        rt::operation!(Put "/sources/scim_groups/{id}/" "sources_scim_groups_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim_groups/{id}/used_by/` (`sources_scim_groups_used_by_list`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_used_by_list(
        &self,
        id: &str,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/scim_groups/{id}/used_by/" "sources_scim_groups_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    fn scim_list_request(&self, params: &ScimListParams) -> rt::Request {
        rt::operation!(Get "/sources/scim/" "sources_scim_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SCIMSource Viewset
    ///
    /// `GET /sources/scim/` (`sources_scim_list`).
    ///
    /// Optional parameters: [`ScimListParams`].
    pub fn scim_list(
        &self,
        params: &ScimListParams,
    ) -> ResponseFuture<models::PaginatedSCIMSourceList> {
        self.scim_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_list_stream(
        &self,
        params: &ScimListParams,
    ) -> PageStream<models::SCIMSource> {
        self.scim_list_request(params).paginate()
    }

    /// SCIMSource Viewset
    ///
    /// `PATCH /sources/scim/{slug}/` (`sources_scim_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedSCIMSourceRequest,
    ) -> ResponseFuture<models::SCIMSource> {
        rt::operation!(Patch "/sources/scim/{slug}/" "sources_scim_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `GET /sources/scim/{slug}/` (`sources_scim_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_retrieve(&self, slug: &str) -> ResponseFuture<models::SCIMSource> {
        rt::operation!(Get "/sources/scim/{slug}/" "sources_scim_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `PUT /sources/scim/{slug}/` (`sources_scim_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_update(
        &self,
        slug: &str,
        body: &models::SCIMSourceRequest,
    ) -> ResponseFuture<models::SCIMSource> {
        rt::operation!(Put "/sources/scim/{slug}/" "sources_scim_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim/{slug}/used_by/` (`sources_scim_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_used_by_list(&self, slug: &str) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/sources/scim/{slug}/used_by/" "sources_scim_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `POST /sources/scim_users/` (`sources_scim_users_create`).
    pub fn scim_users_create(
        &self,
        body: &models::SCIMSourceUserRequest,
    ) -> ResponseFuture<models::SCIMSourceUser> {
        rt::operation!(Post "/sources/scim_users/" "sources_scim_users_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `DELETE /sources/scim_users/{id}/` (`sources_scim_users_destroy`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_destroy(&self, id: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/scim_users/{id}/" "sources_scim_users_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_empty()
    }

    fn scim_users_list_request(&self, params: &ScimUsersListParams) -> rt::Request {
        rt::operation!(Get "/sources/scim_users/" "sources_scim_users_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SCIMSourceUser Viewset
    ///
    /// `GET /sources/scim_users/` (`sources_scim_users_list`).
    ///
    /// Optional parameters: [`ScimUsersListParams`].
    pub fn scim_users_list(
        &self,
        params: &ScimUsersListParams,
    ) -> ResponseFuture<models::PaginatedSCIMSourceUserList> {
        self.scim_users_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_users_list_stream(
        &self,
        params: &ScimUsersListParams,
    ) -> PageStream<models::SCIMSourceUser> {
        self.scim_users_list_request(params).paginate()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `PATCH /sources/scim_users/{id}/` (`sources_scim_users_partial_update`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_partial_update(
        &self,
        id: &str,
        body: &models::PatchedSCIMSourceUserRequest,
    ) -> ResponseFuture<models::SCIMSourceUser> {
        rt::operation!(
            Patch "/sources/scim_users/{id}/" "sources_scim_users_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `GET /sources/scim_users/{id}/` (`sources_scim_users_retrieve`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_retrieve(
        &self,
        id: &str,
    ) -> ResponseFuture<models::SCIMSourceUser> {
        rt::operation!(Get "/sources/scim_users/{id}/" "sources_scim_users_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `PUT /sources/scim_users/{id}/` (`sources_scim_users_update`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_update(
        &self,
        id: &str,
        body: &models::SCIMSourceUserRequest,
    ) -> ResponseFuture<models::SCIMSourceUser> {
        rt::operation!(Put "/sources/scim_users/{id}/" "sources_scim_users_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim_users/{id}/used_by/` (`sources_scim_users_used_by_list`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_used_by_list(
        &self,
        id: &str,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/scim_users/{id}/used_by/" "sources_scim_users_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/{slug}/connect_user/` (`sources_telegram_connect_user_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_connect_user_create(
        &self,
        slug: &str,
        body: &models::TelegramAuthRequest,
    ) -> ResponseFuture<models::UserTelegramSourceConnection> {
        rt::operation!(
            Post "/sources/telegram/{slug}/connect_user/"
            "sources_telegram_connect_user_create" errors(ERRORS_400_403_404_405_415_15)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/` (`sources_telegram_create`).
    /// Since 2026.11.0-rc1.
    pub fn telegram_create(
        &self,
        body: &models::TelegramSourceRequest,
    ) -> ResponseFuture<models::TelegramSource> {
        rt::operation!(Post "/sources/telegram/" "sources_telegram_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /sources/telegram/{slug}/` (`sources_telegram_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/sources/telegram/{slug}/" "sources_telegram_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn telegram_list_request(&self, params: &TelegramListParams) -> rt::Request {
        rt::operation!(Get "/sources/telegram/" "sources_telegram_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/` (`sources_telegram_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`TelegramListParams`].
    pub fn telegram_list(
        &self,
        params: &TelegramListParams,
    ) -> ResponseFuture<models::PaginatedTelegramSourceList> {
        self.telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn telegram_list_stream(
        &self,
        params: &TelegramListParams,
    ) -> PageStream<models::TelegramSource> {
        self.telegram_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /sources/telegram/{slug}/` (`sources_telegram_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedTelegramSourceRequest,
    ) -> ResponseFuture<models::TelegramSource> {
        rt::operation!(
            Patch "/sources/telegram/{slug}/" "sources_telegram_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/{slug}/` (`sources_telegram_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::TelegramSource> {
        rt::operation!(Get "/sources/telegram/{slug}/" "sources_telegram_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /sources/telegram/{slug}/` (`sources_telegram_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_update(
        &self,
        slug: &str,
        body: &models::TelegramSourceRequest,
    ) -> ResponseFuture<models::TelegramSource> {
        rt::operation!(Put "/sources/telegram/{slug}/" "sources_telegram_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/telegram/{slug}/used_by/` (`sources_telegram_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_used_by_list(
        &self,
        slug: &str,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/telegram/{slug}/used_by/" "sources_telegram_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/all/{id}/` (`sources_user_connections_all_destroy`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/all/{id}/"
            "sources_user_connections_all_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_all_list_request(
        &self,
        params: &UserConnectionsAllListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/all/" "sources_user_connections_all_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/all/` (`sources_user_connections_all_list`).
    ///
    /// Optional parameters: [`UserConnectionsAllListParams`].
    pub fn user_connections_all_list(
        &self,
        params: &UserConnectionsAllListParams,
    ) -> ResponseFuture<models::PaginatedUserSourceConnectionList> {
        self.user_connections_all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_all_list_stream(
        &self,
        params: &UserConnectionsAllListParams,
    ) -> PageStream<models::UserSourceConnection> {
        self.user_connections_all_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/all/{id}/` (`sources_user_connections_all_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserSourceConnectionRequest,
    ) -> ResponseFuture<models::UserSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/all/{id}/"
            "sources_user_connections_all_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/all/{id}/` (`sources_user_connections_all_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/all/{id}/"
            "sources_user_connections_all_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/all/{id}/` (`sources_user_connections_all_update`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_update(
        &self,
        id: i64,
        body: &models::UserSourceConnectionRequest,
    ) -> ResponseFuture<models::UserSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/all/{id}/"
            "sources_user_connections_all_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/all/{id}/used_by/` (`sources_user_connections_all_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/all/{id}/used_by/"
            "sources_user_connections_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_create`).
    /// Since 2024.12.1.
    pub fn user_connections_kerberos_create(
        &self,
        body: &models::UserKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::UserKerberosSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/kerberos/"
            "sources_user_connections_kerberos_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_destroy`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/kerberos/{id}/"
            "sources_user_connections_kerberos_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_kerberos_list_request(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/kerberos/"
            "sources_user_connections_kerberos_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_list`).
    /// Since 2024.12.1.
    ///
    /// Optional parameters: [`UserConnectionsKerberosListParams`].
    pub fn user_connections_kerberos_list(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> ResponseFuture<models::PaginatedUserKerberosSourceConnectionList> {
        self.user_connections_kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_kerberos_list_stream(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> PageStream<models::UserKerberosSourceConnection> {
        self.user_connections_kerberos_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_partial_update`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::UserKerberosSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/kerberos/{id}/"
            "sources_user_connections_kerberos_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_retrieve`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserKerberosSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/kerberos/{id}/"
            "sources_user_connections_kerberos_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_update`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_update(
        &self,
        id: i64,
        body: &models::UserKerberosSourceConnectionRequest,
    ) -> ResponseFuture<models::UserKerberosSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/kerberos/{id}/"
            "sources_user_connections_kerberos_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/kerberos/{id}/used_by/` (`sources_user_connections_kerberos_used_by_list`).
    /// Since 2024.12.1.
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/kerberos/{id}/used_by/"
            "sources_user_connections_kerberos_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/ldap/` (`sources_user_connections_ldap_create`).
    /// Since 2025.6.2.
    pub fn user_connections_ldap_create(
        &self,
        body: &models::UserLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::UserLDAPSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/ldap/" "sources_user_connections_ldap_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/ldap/{id}/"
            "sources_user_connections_ldap_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_ldap_list_request(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/ldap/" "sources_user_connections_ldap_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/` (`sources_user_connections_ldap_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`UserConnectionsLdapListParams`].
    pub fn user_connections_ldap_list(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> ResponseFuture<models::PaginatedUserLDAPSourceConnectionList> {
        self.user_connections_ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_ldap_list_stream(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> PageStream<models::UserLDAPSourceConnection> {
        self.user_connections_ldap_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::UserLDAPSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/ldap/{id}/"
            "sources_user_connections_ldap_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserLDAPSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/ldap/{id}/"
            "sources_user_connections_ldap_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_update(
        &self,
        id: i64,
        body: &models::UserLDAPSourceConnectionRequest,
    ) -> ResponseFuture<models::UserLDAPSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/ldap/{id}/"
            "sources_user_connections_ldap_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/ldap/{id}/used_by/` (`sources_user_connections_ldap_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/ldap/{id}/used_by/"
            "sources_user_connections_ldap_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/oauth/` (`sources_user_connections_oauth_create`).
    pub fn user_connections_oauth_create(
        &self,
        body: &models::UserOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::UserOAuthSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/oauth/"
            "sources_user_connections_oauth_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/oauth/{id}/"
            "sources_user_connections_oauth_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_oauth_list_request(
        &self,
        params: &UserConnectionsOauthListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/oauth/" "sources_user_connections_oauth_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/oauth/` (`sources_user_connections_oauth_list`).
    ///
    /// Optional parameters: [`UserConnectionsOauthListParams`].
    pub fn user_connections_oauth_list(
        &self,
        params: &UserConnectionsOauthListParams,
    ) -> ResponseFuture<models::PaginatedUserOAuthSourceConnectionList> {
        self.user_connections_oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_oauth_list_stream(
        &self,
        params: &UserConnectionsOauthListParams,
    ) -> PageStream<models::UserOAuthSourceConnection> {
        self.user_connections_oauth_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::UserOAuthSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/oauth/{id}/"
            "sources_user_connections_oauth_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserOAuthSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/oauth/{id}/"
            "sources_user_connections_oauth_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_update`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_update(
        &self,
        id: i64,
        body: &models::UserOAuthSourceConnectionRequest,
    ) -> ResponseFuture<models::UserOAuthSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/oauth/{id}/"
            "sources_user_connections_oauth_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/oauth/{id}/used_by/` (`sources_user_connections_oauth_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/oauth/{id}/used_by/"
            "sources_user_connections_oauth_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/plex/` (`sources_user_connections_plex_create`).
    pub fn user_connections_plex_create(
        &self,
        body: &models::UserPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::UserPlexSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/plex/" "sources_user_connections_plex_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/plex/{id}/"
            "sources_user_connections_plex_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_plex_list_request(
        &self,
        params: &UserConnectionsPlexListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/plex/" "sources_user_connections_plex_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/plex/` (`sources_user_connections_plex_list`).
    ///
    /// Optional parameters: [`UserConnectionsPlexListParams`].
    pub fn user_connections_plex_list(
        &self,
        params: &UserConnectionsPlexListParams,
    ) -> ResponseFuture<models::PaginatedUserPlexSourceConnectionList> {
        self.user_connections_plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_plex_list_stream(
        &self,
        params: &UserConnectionsPlexListParams,
    ) -> PageStream<models::UserPlexSourceConnection> {
        self.user_connections_plex_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::UserPlexSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/plex/{id}/"
            "sources_user_connections_plex_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserPlexSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/plex/{id}/"
            "sources_user_connections_plex_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_update`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_update(
        &self,
        id: i64,
        body: &models::UserPlexSourceConnectionRequest,
    ) -> ResponseFuture<models::UserPlexSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/plex/{id}/"
            "sources_user_connections_plex_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/plex/{id}/used_by/` (`sources_user_connections_plex_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/plex/{id}/used_by/"
            "sources_user_connections_plex_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/saml/` (`sources_user_connections_saml_create`).
    pub fn user_connections_saml_create(
        &self,
        body: &models::UserSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::UserSAMLSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/saml/" "sources_user_connections_saml_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/saml/{id}/"
            "sources_user_connections_saml_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_saml_list_request(
        &self,
        params: &UserConnectionsSamlListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/saml/" "sources_user_connections_saml_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/saml/` (`sources_user_connections_saml_list`).
    ///
    /// Optional parameters: [`UserConnectionsSamlListParams`].
    pub fn user_connections_saml_list(
        &self,
        params: &UserConnectionsSamlListParams,
    ) -> ResponseFuture<models::PaginatedUserSAMLSourceConnectionList> {
        self.user_connections_saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_saml_list_stream(
        &self,
        params: &UserConnectionsSamlListParams,
    ) -> PageStream<models::UserSAMLSourceConnection> {
        self.user_connections_saml_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::UserSAMLSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/saml/{id}/"
            "sources_user_connections_saml_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserSAMLSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/saml/{id}/"
            "sources_user_connections_saml_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_update`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_update(
        &self,
        id: i64,
        body: &models::UserSAMLSourceConnectionRequest,
    ) -> ResponseFuture<models::UserSAMLSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/saml/{id}/"
            "sources_user_connections_saml_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/saml/{id}/used_by/` (`sources_user_connections_saml_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/saml/{id}/used_by/"
            "sources_user_connections_saml_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/telegram/` (`sources_user_connections_telegram_create`).
    /// Since 2026.11.0-rc1.
    pub fn user_connections_telegram_create(
        &self,
        body: &models::UserTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::UserTelegramSourceConnection> {
        rt::operation!(
            Post "/sources/user_connections/telegram/"
            "sources_user_connections_telegram_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/sources/user_connections/telegram/{id}/"
            "sources_user_connections_telegram_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_telegram_list_request(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/sources/user_connections/telegram/"
            "sources_user_connections_telegram_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/` (`sources_user_connections_telegram_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`UserConnectionsTelegramListParams`].
    pub fn user_connections_telegram_list(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> ResponseFuture<models::PaginatedUserTelegramSourceConnectionList> {
        self.user_connections_telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_telegram_list_stream(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> PageStream<models::UserTelegramSourceConnection> {
        self.user_connections_telegram_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_partial_update(
        &self,
        id: i64,
        body: &models::PatchedUserTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::UserTelegramSourceConnection> {
        rt::operation!(
            Patch "/sources/user_connections/telegram/{id}/"
            "sources_user_connections_telegram_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::UserTelegramSourceConnection> {
        rt::operation!(
            Get "/sources/user_connections/telegram/{id}/"
            "sources_user_connections_telegram_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_update(
        &self,
        id: i64,
        body: &models::UserTelegramSourceConnectionRequest,
    ) -> ResponseFuture<models::UserTelegramSourceConnection> {
        rt::operation!(
            Put "/sources/user_connections/telegram/{id}/"
            "sources_user_connections_telegram_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/telegram/{id}/used_by/` (`sources_user_connections_telegram_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/sources/user_connections/telegram/{id}/used_by/"
            "sources_user_connections_telegram_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::all_list`] (`sources_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllListParams {
        pub managed: Option<String> => query "managed",
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
        pub slug: Option<String> => query "slug",
    }
}

/// The `multipart/form-data` body of [`SourcesApi::all_set_icon_create`] (schema `FileUploadRequest`).
#[derive(Debug)]
pub struct AllSetIconCreateForm {
    pub clear: Option<bool>,
    pub file: Option<rt::FilePart>,
    pub name: Option<String>,
    pub usage: Option<String>,
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_all_list`] (`sources_group_connections_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsAllListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_kerberos_list`] (`sources_group_connections_kerberos_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsKerberosListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_ldap_list`] (`sources_group_connections_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsLdapListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_oauth_list`] (`sources_group_connections_oauth_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsOauthListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_plex_list`] (`sources_group_connections_plex_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsPlexListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_saml_list`] (`sources_group_connections_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsSamlListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::group_connections_telegram_list`] (`sources_group_connections_telegram_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GroupConnectionsTelegramListParams {
        pub group: Option<::uuid::Uuid> => query "group",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::kerberos_list`] (`sources_kerberos_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct KerberosListParams {
        pub enabled: Option<bool> => query "enabled",
        /// KAdmin server type
        pub kadmin_type: Option<models::KadminTypeEnum> => query "kadmin_type",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password_login_update_internal_password: Option<bool> => query "password_login_update_internal_password",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub realm: Option<String> => query "realm",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
        pub spnego_server_name: Option<String> => query "spnego_server_name",
        pub sync_principal: Option<String> => query "sync_principal",
        pub sync_users: Option<bool> => query "sync_users",
        pub sync_users_password: Option<bool> => query "sync_users_password",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::ldap_list`] (`sources_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LdapListParams {
        pub additional_group_dn: Option<String> => query "additional_group_dn",
        pub additional_user_dn: Option<String> => query "additional_user_dn",
        pub base_dn: Option<String> => query "base_dn",
        pub bind_cn: Option<String> => query "bind_cn",
        pub client_certificate: Option<::uuid::Uuid> => query "client_certificate",
        pub delete_not_found_objects: Option<bool> => query "delete_not_found_objects",
        pub enabled: Option<bool> => query "enabled",
        pub group_membership_field: Option<String> => query "group_membership_field",
        pub group_object_filter: Option<String> => query "group_object_filter",
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => query "group_property_mappings",
        pub lookup_groups_from_user: Option<bool> => query "lookup_groups_from_user",
        pub name: Option<String> => query "name",
        pub object_uniqueness_field: Option<String> => query "object_uniqueness_field",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password_login_update_internal_password: Option<bool> => query "password_login_update_internal_password",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub peer_certificate: Option<::uuid::Uuid> => query "peer_certificate",
        /// A search term.
        pub search: Option<String> => query "search",
        pub server_uri: Option<String> => query "server_uri",
        pub slug: Option<String> => query "slug",
        pub sni: Option<bool> => query "sni",
        pub start_tls: Option<bool> => query "start_tls",
        pub sync_group_hierarchy: Option<bool> => query "sync_group_hierarchy",
        pub sync_groups: Option<bool> => query "sync_groups",
        pub sync_parent_group: Option<::uuid::Uuid> => query "sync_parent_group",
        pub sync_users: Option<bool> => query "sync_users",
        pub sync_users_password: Option<bool> => query "sync_users_password",
        pub user_membership_attribute: Option<String> => query "user_membership_attribute",
        pub user_object_filter: Option<String> => query "user_object_filter",
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => query "user_property_mappings",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::oauth_list`] (`sources_oauth_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OauthListParams {
        pub access_token_url: Option<String> => query "access_token_url",
        pub additional_scopes: Option<String> => query "additional_scopes",
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub authorization_url: Option<String> => query "authorization_url",
        pub consumer_key: Option<String> => query "consumer_key",
        pub enabled: Option<bool> => query "enabled",
        pub enrollment_flow: Option<::uuid::Uuid> => query "enrollment_flow",
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<models::GroupMatchingModeEnum> => query "group_matching_mode",
        /// Only return sources with JWKS data
        pub has_jwks: Option<bool> => query "has_jwks",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub policy_engine_mode: Option<models::PolicyEngineMode> => query "policy_engine_mode",
        pub profile_url: Option<String> => query "profile_url",
        pub provider_type: Option<String> => query "provider_type",
        pub request_token_url: Option<String> => query "request_token_url",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<models::UserMatchingModeEnum> => query "user_matching_mode",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::oauth_source_types_list`] (`sources_oauth_source_types_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OauthSourceTypesListParams {
        pub name: Option<String> => query "name",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::plex_list`] (`sources_plex_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PlexListParams {
        pub allow_friends: Option<bool> => query "allow_friends",
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub client_id: Option<String> => query "client_id",
        pub enabled: Option<bool> => query "enabled",
        pub enrollment_flow: Option<::uuid::Uuid> => query "enrollment_flow",
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<models::GroupMatchingModeEnum> => query "group_matching_mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub policy_engine_mode: Option<models::PolicyEngineMode> => query "policy_engine_mode",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<models::UserMatchingModeEnum> => query "user_matching_mode",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::plex_redeem_token_authenticated_create`] (`sources_plex_redeem_token_authenticated_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PlexRedeemTokenAuthenticatedCreateParams {
        pub slug: Option<String> => query "slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::plex_redeem_token_create`] (`sources_plex_redeem_token_create`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PlexRedeemTokenCreateParams {
        pub slug: Option<String> => query "slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::saml_list`] (`sources_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SamlListParams {
        pub allow_idp_initiated: Option<bool> => query "allow_idp_initiated",
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub binding_type: Option<models::BindingTypeEnum> => query "binding_type",
        pub digest_algorithm: Option<models::DigestAlgorithmEnum> => query "digest_algorithm",
        pub enabled: Option<bool> => query "enabled",
        pub enrollment_flow: Option<::uuid::Uuid> => query "enrollment_flow",
        pub force_authn: Option<bool> => query "force_authn",
        pub issuer_override: Option<String> => query "issuer_override",
        pub managed: Option<String> => query "managed",
        pub name: Option<String> => query "name",
        /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
        pub name_id_policy: Option<models::SAMLNameIDPolicyEnum> => query "name_id_policy",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub policy_engine_mode: Option<models::PolicyEngineMode> => query "policy_engine_mode",
        pub pre_authentication_flow: Option<::uuid::Uuid> => query "pre_authentication_flow",
        /// A search term.
        pub search: Option<String> => query "search",
        pub signature_algorithm: Option<models::SignatureAlgorithmEnum> => query "signature_algorithm",
        pub signed_assertion: Option<bool> => query "signed_assertion",
        pub signed_response: Option<bool> => query "signed_response",
        pub signing_kp: Option<::uuid::Uuid> => query "signing_kp",
        pub slo_url: Option<String> => query "slo_url",
        pub slug: Option<String> => query "slug",
        pub sso_url: Option<String> => query "sso_url",
        pub temporary_user_delete_after: Option<String> => query "temporary_user_delete_after",
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<models::UserMatchingModeEnum> => query "user_matching_mode",
        pub verification_kp: Option<::uuid::Uuid> => query "verification_kp",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::scim_groups_list`] (`sources_scim_groups_list`).
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
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::scim_list`] (`sources_scim_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ScimListParams {
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
        pub slug: Option<String> => query "slug",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::scim_users_list`] (`sources_scim_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ScimUsersListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user_id: Option<i64> => query "user__id",
        pub user_username: Option<String> => query "user__username",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::telegram_list`] (`sources_telegram_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TelegramListParams {
        pub authentication_flow: Option<::uuid::Uuid> => query "authentication_flow",
        pub bot_username: Option<String> => query "bot_username",
        pub enabled: Option<bool> => query "enabled",
        pub enrollment_flow: Option<::uuid::Uuid> => query "enrollment_flow",
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<models::GroupMatchingModeEnum> => query "group_matching_mode",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub policy_engine_mode: Option<models::PolicyEngineMode> => query "policy_engine_mode",
        pub request_message_access: Option<bool> => query "request_message_access",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<models::UserMatchingModeEnum> => query "user_matching_mode",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_all_list`] (`sources_user_connections_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsAllListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_kerberos_list`] (`sources_user_connections_kerberos_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsKerberosListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_ldap_list`] (`sources_user_connections_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsLdapListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_oauth_list`] (`sources_user_connections_oauth_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsOauthListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_plex_list`] (`sources_user_connections_plex_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsPlexListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_saml_list`] (`sources_user_connections_saml_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsSamlListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`SourcesApi::user_connections_telegram_list`] (`sources_user_connections_telegram_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserConnectionsTelegramListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub source_slug: Option<String> => query "source__slug",
        pub user: Option<i64> => query "user",
    }
}
