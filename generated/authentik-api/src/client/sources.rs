//! Operations tagged `sources` (173).
use super::runtime::client as rt;

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
    pub fn all_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_destroy",
            method: rt::Method::Delete,
            path: "/sources/all/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_list",
            method: rt::Method::Get,
            path: "/sources/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedSourceList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> super::PageStream<super::models::Source> {
        self.all_list_request(params).paginate()
    }

    /// Source Viewset
    ///
    /// `GET /sources/all/{slug}/` (`sources_all_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn all_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::Source> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_retrieve",
            method: rt::Method::Get,
            path: "/sources/all/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /sources/all/types/` (`sources_all_types_list`).
    pub fn all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_types_list",
            method: rt::Method::Get,
            path: "/sources/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/all/{slug}/used_by/` (`sources_all_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn all_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_used_by_list",
            method: rt::Method::Get,
            path: "/sources/all/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get all sources the user can configure
    ///
    /// `GET /sources/all/user_settings/` (`sources_all_user_settings_list`).
    pub fn all_user_settings_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::UserSetting>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_all_user_settings_list",
            method: rt::Method::Get,
            path: "/sources/all/user_settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/all/{id}/` (`sources_group_connections_all_destroy`).
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_all_list_request(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/` (`sources_group_connections_all_list`).
    ///
    /// Optional parameters: [`GroupConnectionsAllListParams`].
    pub fn group_connections_all_list(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGroupSourceConnectionList> {
        self.group_connections_all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_all_list_stream(
        &self,
        params: &GroupConnectionsAllListParams,
    ) -> super::PageStream<super::models::GroupSourceConnection> {
        self.group_connections_all_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/all/{id}/` (`sources_group_connections_all_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedGroupSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/{id}/` (`sources_group_connections_all_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::GroupSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/all/{id}/` (`sources_group_connections_all_update`).
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_update(
        &self,
        id: i64,
        body: &super::models::GroupSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/all/{id}/",
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
    /// `GET /sources/group_connections/all/{id}/used_by/` (`sources_group_connections_all_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this group source connection.
    pub fn group_connections_all_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_all_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/all/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_create`).
    pub fn group_connections_kerberos_create(
        &self,
        body: &super::models::GroupKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_destroy(
        &self,
        id: i64,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_kerberos_list_request(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_list`).
    ///
    /// Optional parameters: [`GroupConnectionsKerberosListParams`].
    pub fn group_connections_kerberos_list(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedGroupKerberosSourceConnectionList,
    > {
        self.group_connections_kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_kerberos_list_stream(
        &self,
        params: &GroupConnectionsKerberosListParams,
    ) -> super::PageStream<super::models::GroupKerberosSourceConnection> {
        self.group_connections_kerberos_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedGroupKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::GroupKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_update(
        &self,
        id: i64,
        body: &super::models::GroupKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/kerberos/{id}/",
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
    /// `GET /sources/group_connections/kerberos/{id}/used_by/` (`sources_group_connections_kerberos_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group Kerberos Source Connection.
    pub fn group_connections_kerberos_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_kerberos_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/kerberos/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/ldap/` (`sources_group_connections_ldap_create`).
    pub fn group_connections_ldap_create(
        &self,
        body: &super::models::GroupLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_ldap_list_request(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/` (`sources_group_connections_ldap_list`).
    ///
    /// Optional parameters: [`GroupConnectionsLdapListParams`].
    pub fn group_connections_ldap_list(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGroupLDAPSourceConnectionList> {
        self.group_connections_ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_ldap_list_stream(
        &self,
        params: &GroupConnectionsLdapListParams,
    ) -> super::PageStream<super::models::GroupLDAPSourceConnection> {
        self.group_connections_ldap_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedGroupLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::GroupLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_update`).
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_update(
        &self,
        id: i64,
        body: &super::models::GroupLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/ldap/{id}/",
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
    /// `GET /sources/group_connections/ldap/{id}/used_by/` (`sources_group_connections_ldap_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group LDAP Source Connection.
    pub fn group_connections_ldap_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_ldap_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/ldap/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/oauth/` (`sources_group_connections_oauth_create`).
    pub fn group_connections_oauth_create(
        &self,
        body: &super::models::GroupOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_oauth_list_request(
        &self,
        params: &GroupConnectionsOauthListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedGroupOAuthSourceConnectionList> {
        self.group_connections_oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_oauth_list_stream(
        &self,
        params: &GroupConnectionsOauthListParams,
    ) -> super::PageStream<super::models::GroupOAuthSourceConnection> {
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
        body: &super::models::PatchedGroupOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::GroupOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GroupOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/oauth/{id}/",
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
    /// `GET /sources/group_connections/oauth/{id}/used_by/` (`sources_group_connections_oauth_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group OAuth Source Connection.
    pub fn group_connections_oauth_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_oauth_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/oauth/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/plex/` (`sources_group_connections_plex_create`).
    pub fn group_connections_plex_create(
        &self,
        body: &super::models::GroupPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_plex_list_request(
        &self,
        params: &GroupConnectionsPlexListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedGroupPlexSourceConnectionList> {
        self.group_connections_plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_plex_list_stream(
        &self,
        params: &GroupConnectionsPlexListParams,
    ) -> super::PageStream<super::models::GroupPlexSourceConnection> {
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
        body: &super::models::PatchedGroupPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::GroupPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GroupPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/plex/{id}/",
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
    /// `GET /sources/group_connections/plex/{id}/used_by/` (`sources_group_connections_plex_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group Plex Source Connection.
    pub fn group_connections_plex_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_plex_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/plex/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/saml/` (`sources_group_connections_saml_create`).
    pub fn group_connections_saml_create(
        &self,
        body: &super::models::GroupSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_saml_list_request(
        &self,
        params: &GroupConnectionsSamlListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedGroupSAMLSourceConnectionList> {
        self.group_connections_saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_saml_list_stream(
        &self,
        params: &GroupConnectionsSamlListParams,
    ) -> super::PageStream<super::models::GroupSAMLSourceConnection> {
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
        body: &super::models::PatchedGroupSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::GroupSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GroupSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/saml/{id}/",
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
    /// `GET /sources/group_connections/saml/{id}/used_by/` (`sources_group_connections_saml_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group SAML Source Connection.
    pub fn group_connections_saml_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_saml_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/saml/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/telegram/` (`sources_group_connections_telegram_create`).
    pub fn group_connections_telegram_create(
        &self,
        body: &super::models::GroupTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_create",
            method: rt::Method::Post,
            path: "/sources/group_connections/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_destroy(
        &self,
        id: i64,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_destroy",
            method: rt::Method::Delete,
            path: "/sources/group_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn group_connections_telegram_list_request(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group", &params.group);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/` (`sources_group_connections_telegram_list`).
    ///
    /// Optional parameters: [`GroupConnectionsTelegramListParams`].
    pub fn group_connections_telegram_list(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedGroupTelegramSourceConnectionList,
    > {
        self.group_connections_telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::group_connections_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn group_connections_telegram_list_stream(
        &self,
        params: &GroupConnectionsTelegramListParams,
    ) -> super::PageStream<super::models::GroupTelegramSourceConnection> {
        self.group_connections_telegram_list_request(params).paginate()
    }

    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedGroupTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_partial_update",
            method: rt::Method::Patch,
            path: "/sources/group_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::GroupTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_retrieve",
            method: rt::Method::Get,
            path: "/sources/group_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_update`).
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_update(
        &self,
        id: i64,
        body: &super::models::GroupTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::GroupTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_update",
            method: rt::Method::Put,
            path: "/sources/group_connections/telegram/{id}/",
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
    /// `GET /sources/group_connections/telegram/{id}/used_by/` (`sources_group_connections_telegram_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Group Telegram Source Connection.
    pub fn group_connections_telegram_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_group_connections_telegram_used_by_list",
            method: rt::Method::Get,
            path: "/sources/group_connections/telegram/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `POST /sources/kerberos/` (`sources_kerberos_create`).
    pub fn kerberos_create(
        &self,
        body: &super::models::KerberosSourceRequest,
    ) -> super::ResponseFuture<super::models::KerberosSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_create",
            method: rt::Method::Post,
            path: "/sources/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `DELETE /sources/kerberos/{slug}/` (`sources_kerberos_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_destroy",
            method: rt::Method::Delete,
            path: "/sources/kerberos/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn kerberos_list_request(&self, params: &KerberosListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_list",
            method: rt::Method::Get,
            path: "/sources/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("enabled", &params.enabled);
        request.query("kadmin_type", &params.kadmin_type);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request
            .query(
                "password_login_update_internal_password",
                &params.password_login_update_internal_password,
            );
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("realm", &params.realm);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request.query("spnego_server_name", &params.spnego_server_name);
        request.query("sync_principal", &params.sync_principal);
        request.query("sync_users", &params.sync_users);
        request.query("sync_users_password", &params.sync_users_password);
        request
    }

    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/` (`sources_kerberos_list`).
    ///
    /// Optional parameters: [`KerberosListParams`].
    pub fn kerberos_list(
        &self,
        params: &KerberosListParams,
    ) -> super::ResponseFuture<super::models::PaginatedKerberosSourceList> {
        self.kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn kerberos_list_stream(
        &self,
        params: &KerberosListParams,
    ) -> super::PageStream<super::models::KerberosSource> {
        self.kerberos_list_request(params).paginate()
    }

    /// Kerberos Source Viewset
    ///
    /// `PATCH /sources/kerberos/{slug}/` (`sources_kerberos_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_partial_update(
        &self,
        slug: &str,
        body: &super::models::PatchedKerberosSourceRequest,
    ) -> super::ResponseFuture<super::models::KerberosSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_partial_update",
            method: rt::Method::Patch,
            path: "/sources/kerberos/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/{slug}/` (`sources_kerberos_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::KerberosSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_retrieve",
            method: rt::Method::Get,
            path: "/sources/kerberos/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Get provider's sync status
    ///
    /// `GET /sources/kerberos/{slug}/sync/status/` (`sources_kerberos_sync_status_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_sync_status_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::SyncStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_sync_status_retrieve",
            method: rt::Method::Get,
            path: "/sources/kerberos/{slug}/sync/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Kerberos Source Viewset
    ///
    /// `PUT /sources/kerberos/{slug}/` (`sources_kerberos_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_update(
        &self,
        slug: &str,
        body: &super::models::KerberosSourceRequest,
    ) -> super::ResponseFuture<super::models::KerberosSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_update",
            method: rt::Method::Put,
            path: "/sources/kerberos/{slug}/",
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
    /// `GET /sources/kerberos/{slug}/used_by/` (`sources_kerberos_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn kerberos_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_kerberos_used_by_list",
            method: rt::Method::Get,
            path: "/sources/kerberos/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `POST /sources/ldap/` (`sources_ldap_create`).
    pub fn ldap_create(
        &self,
        body: &super::models::LDAPSourceRequest,
    ) -> super::ResponseFuture<super::models::LDAPSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_create",
            method: rt::Method::Post,
            path: "/sources/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get raw LDAP data to debug
    ///
    /// `GET /sources/ldap/{slug}/debug/` (`sources_ldap_debug_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_debug_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::LDAPDebug> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_debug_retrieve",
            method: rt::Method::Get,
            path: "/sources/ldap/{slug}/debug/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// LDAP Source Viewset
    ///
    /// `DELETE /sources/ldap/{slug}/` (`sources_ldap_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_destroy",
            method: rt::Method::Delete,
            path: "/sources/ldap/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_list",
            method: rt::Method::Get,
            path: "/sources/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("additional_group_dn", &params.additional_group_dn);
        request.query("additional_user_dn", &params.additional_user_dn);
        request.query("base_dn", &params.base_dn);
        request.query("bind_cn", &params.bind_cn);
        request.query("client_certificate", &params.client_certificate);
        request.query("delete_not_found_objects", &params.delete_not_found_objects);
        request.query("enabled", &params.enabled);
        request.query("group_membership_field", &params.group_membership_field);
        request.query("group_object_filter", &params.group_object_filter);
        request.query("group_property_mappings", &params.group_property_mappings);
        request.query("lookup_groups_from_user", &params.lookup_groups_from_user);
        request.query("name", &params.name);
        request.query("object_uniqueness_field", &params.object_uniqueness_field);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request
            .query(
                "password_login_update_internal_password",
                &params.password_login_update_internal_password,
            );
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("peer_certificate", &params.peer_certificate);
        request.query("search", &params.search);
        request.query("server_uri", &params.server_uri);
        request.query("slug", &params.slug);
        request.query("sni", &params.sni);
        request.query("start_tls", &params.start_tls);
        request.query("sync_group_hierarchy", &params.sync_group_hierarchy);
        request.query("sync_groups", &params.sync_groups);
        request.query("sync_parent_group", &params.sync_parent_group);
        request.query("sync_users", &params.sync_users);
        request.query("sync_users_password", &params.sync_users_password);
        request.query("user_membership_attribute", &params.user_membership_attribute);
        request.query("user_object_filter", &params.user_object_filter);
        request.query("user_property_mappings", &params.user_property_mappings);
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
    ) -> super::ResponseFuture<super::models::PaginatedLDAPSourceList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> super::PageStream<super::models::LDAPSource> {
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
        body: &super::models::PatchedLDAPSourceRequest,
    ) -> super::ResponseFuture<super::models::LDAPSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_partial_update",
            method: rt::Method::Patch,
            path: "/sources/ldap/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn ldap_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::LDAPSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_retrieve",
            method: rt::Method::Get,
            path: "/sources/ldap/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::SyncStatus> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_sync_status_retrieve",
            method: rt::Method::Get,
            path: "/sources/ldap/{slug}/sync/status/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::LDAPSourceRequest,
    ) -> super::ResponseFuture<super::models::LDAPSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_update",
            method: rt::Method::Put,
            path: "/sources/ldap/{slug}/",
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
    /// `GET /sources/ldap/{slug}/used_by/` (`sources_ldap_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn ldap_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_ldap_used_by_list",
            method: rt::Method::Get,
            path: "/sources/ldap/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `POST /sources/oauth/` (`sources_oauth_create`).
    pub fn oauth_create(
        &self,
        body: &super::models::OAuthSourceRequest,
    ) -> super::ResponseFuture<super::models::OAuthSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_create",
            method: rt::Method::Post,
            path: "/sources/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `DELETE /sources/oauth/{slug}/` (`sources_oauth_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_destroy",
            method: rt::Method::Delete,
            path: "/sources/oauth/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn oauth_list_request(&self, params: &OauthListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_list",
            method: rt::Method::Get,
            path: "/sources/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("access_token_url", &params.access_token_url);
        request.query("additional_scopes", &params.additional_scopes);
        request.query("authentication_flow", &params.authentication_flow);
        request.query("authorization_url", &params.authorization_url);
        request.query("consumer_key", &params.consumer_key);
        request.query("enabled", &params.enabled);
        request.query("enrollment_flow", &params.enrollment_flow);
        request.query("group_matching_mode", &params.group_matching_mode);
        request.query("has_jwks", &params.has_jwks);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("policy_engine_mode", &params.policy_engine_mode);
        request.query("profile_url", &params.profile_url);
        request.query("provider_type", &params.provider_type);
        request.query("request_token_url", &params.request_token_url);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request.query("user_matching_mode", &params.user_matching_mode);
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
    ) -> super::ResponseFuture<super::models::PaginatedOAuthSourceList> {
        self.oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn oauth_list_stream(
        &self,
        params: &OauthListParams,
    ) -> super::PageStream<super::models::OAuthSource> {
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
        body: &super::models::PatchedOAuthSourceRequest,
    ) -> super::ResponseFuture<super::models::OAuthSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_partial_update",
            method: rt::Method::Patch,
            path: "/sources/oauth/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn oauth_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::OAuthSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_retrieve",
            method: rt::Method::Get,
            path: "/sources/oauth/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::SourceType>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_source_types_list",
            method: rt::Method::Get,
            path: "/sources/oauth/source_types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
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
        body: &super::models::OAuthSourceRequest,
    ) -> super::ResponseFuture<super::models::OAuthSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_update",
            method: rt::Method::Put,
            path: "/sources/oauth/{slug}/",
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
    /// `GET /sources/oauth/{slug}/used_by/` (`sources_oauth_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn oauth_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_oauth_used_by_list",
            method: rt::Method::Get,
            path: "/sources/oauth/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `POST /sources/plex/` (`sources_plex_create`).
    pub fn plex_create(
        &self,
        body: &super::models::PlexSourceRequest,
    ) -> super::ResponseFuture<super::models::PlexSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_create",
            method: rt::Method::Post,
            path: "/sources/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `DELETE /sources/plex/{slug}/` (`sources_plex_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_destroy",
            method: rt::Method::Delete,
            path: "/sources/plex/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn plex_list_request(&self, params: &PlexListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_list",
            method: rt::Method::Get,
            path: "/sources/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("allow_friends", &params.allow_friends);
        request.query("authentication_flow", &params.authentication_flow);
        request.query("client_id", &params.client_id);
        request.query("enabled", &params.enabled);
        request.query("enrollment_flow", &params.enrollment_flow);
        request.query("group_matching_mode", &params.group_matching_mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("policy_engine_mode", &params.policy_engine_mode);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request.query("user_matching_mode", &params.user_matching_mode);
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
    ) -> super::ResponseFuture<super::models::PaginatedPlexSourceList> {
        self.plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn plex_list_stream(
        &self,
        params: &PlexListParams,
    ) -> super::PageStream<super::models::PlexSource> {
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
        body: &super::models::PatchedPlexSourceRequest,
    ) -> super::ResponseFuture<super::models::PlexSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_partial_update",
            method: rt::Method::Patch,
            path: "/sources/plex/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PlexTokenRedeemRequest,
        params: &PlexRedeemTokenAuthenticatedCreateParams,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_redeem_token_authenticated_create",
            method: rt::Method::Post,
            path: "/sources/plex/redeem_token_authenticated/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_7,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("slug", &params.slug);
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
        body: &super::models::PlexTokenRedeemRequest,
        params: &PlexRedeemTokenCreateParams,
    ) -> super::ResponseFuture<super::models::RedirectChallenge> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_redeem_token_create",
            method: rt::Method::Post,
            path: "/sources/plex/redeem_token/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403_7,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("slug", &params.slug);
        request.json(body);
        request.send_json()
    }

    /// Plex source Viewset
    ///
    /// `GET /sources/plex/{slug}/` (`sources_plex_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::PlexSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_retrieve",
            method: rt::Method::Get,
            path: "/sources/plex/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PlexSourceRequest,
    ) -> super::ResponseFuture<super::models::PlexSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_update",
            method: rt::Method::Put,
            path: "/sources/plex/{slug}/",
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
    /// `GET /sources/plex/{slug}/used_by/` (`sources_plex_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn plex_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_plex_used_by_list",
            method: rt::Method::Get,
            path: "/sources/plex/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `POST /sources/saml/` (`sources_saml_create`).
    pub fn saml_create(
        &self,
        body: &super::models::SAMLSourceRequest,
    ) -> super::ResponseFuture<super::models::SAMLSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_create",
            method: rt::Method::Post,
            path: "/sources/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SAMLSource Viewset
    ///
    /// `DELETE /sources/saml/{slug}/` (`sources_saml_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_destroy",
            method: rt::Method::Delete,
            path: "/sources/saml/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn saml_list_request(&self, params: &SamlListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_list",
            method: rt::Method::Get,
            path: "/sources/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("allow_idp_initiated", &params.allow_idp_initiated);
        request.query("authentication_flow", &params.authentication_flow);
        request.query("binding_type", &params.binding_type);
        request.query("digest_algorithm", &params.digest_algorithm);
        request.query("enabled", &params.enabled);
        request.query("enrollment_flow", &params.enrollment_flow);
        request.query("force_authn", &params.force_authn);
        request.query("issuer_override", &params.issuer_override);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("name_id_policy", &params.name_id_policy);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("policy_engine_mode", &params.policy_engine_mode);
        request.query("pre_authentication_flow", &params.pre_authentication_flow);
        request.query("search", &params.search);
        request.query("signature_algorithm", &params.signature_algorithm);
        request.query("signed_assertion", &params.signed_assertion);
        request.query("signed_response", &params.signed_response);
        request.query("signing_kp", &params.signing_kp);
        request.query("slo_url", &params.slo_url);
        request.query("slug", &params.slug);
        request.query("sso_url", &params.sso_url);
        request
            .query("temporary_user_delete_after", &params.temporary_user_delete_after);
        request.query("user_matching_mode", &params.user_matching_mode);
        request.query("verification_kp", &params.verification_kp);
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
    ) -> super::ResponseFuture<super::models::PaginatedSAMLSourceList> {
        self.saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn saml_list_stream(
        &self,
        params: &SamlListParams,
    ) -> super::PageStream<super::models::SAMLSource> {
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
    ) -> super::ResponseFuture<super::models::SAMLMetadata> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_metadata_retrieve",
            method: rt::Method::Get,
            path: "/sources/saml/{slug}/metadata/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PatchedSAMLSourceRequest,
    ) -> super::ResponseFuture<super::models::SAMLSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_partial_update",
            method: rt::Method::Patch,
            path: "/sources/saml/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn saml_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::SAMLSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_retrieve",
            method: rt::Method::Get,
            path: "/sources/saml/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SAMLSourceRequest,
    ) -> super::ResponseFuture<super::models::SAMLSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_update",
            method: rt::Method::Put,
            path: "/sources/saml/{slug}/",
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
    /// `GET /sources/saml/{slug}/used_by/` (`sources_saml_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn saml_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_saml_used_by_list",
            method: rt::Method::Get,
            path: "/sources/saml/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `POST /sources/scim/` (`sources_scim_create`).
    pub fn scim_create(
        &self,
        body: &super::models::SCIMSourceRequest,
    ) -> super::ResponseFuture<super::models::SCIMSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_create",
            method: rt::Method::Post,
            path: "/sources/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSource Viewset
    ///
    /// `DELETE /sources/scim/{slug}/` (`sources_scim_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_destroy",
            method: rt::Method::Delete,
            path: "/sources/scim/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `POST /sources/scim_groups/` (`sources_scim_groups_create`).
    pub fn scim_groups_create(
        &self,
        body: &super::models::SCIMSourceGroupRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_create",
            method: rt::Method::Post,
            path: "/sources/scim_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceGroup Viewset
    ///
    /// `DELETE /sources/scim_groups/{id}/` (`sources_scim_groups_destroy`).
    ///
    /// - `id`: A unique value identifying this scim source group.
    pub fn scim_groups_destroy(&self, id: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_destroy",
            method: rt::Method::Delete,
            path: "/sources/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_empty()
    }

    fn scim_groups_list_request(&self, params: &ScimGroupsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_list",
            method: rt::Method::Get,
            path: "/sources/scim_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("group__group_uuid", &params.group_group_uuid);
        request.query("group__name", &params.group_name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedSCIMSourceGroupList> {
        self.scim_groups_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_groups_list_stream(
        &self,
        params: &ScimGroupsListParams,
    ) -> super::PageStream<super::models::SCIMSourceGroup> {
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
        body: &super::models::PatchedSCIMSourceGroupRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_partial_update",
            method: rt::Method::Patch,
            path: "/sources/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::SCIMSourceGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_retrieve",
            method: rt::Method::Get,
            path: "/sources/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SCIMSourceGroupRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_update",
            method: rt::Method::Put,
            path: "/sources/scim_groups/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_groups_used_by_list",
            method: rt::Method::Get,
            path: "/sources/scim_groups/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    fn scim_list_request(&self, params: &ScimListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_list",
            method: rt::Method::Get,
            path: "/sources/scim/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedSCIMSourceList> {
        self.scim_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_list_stream(
        &self,
        params: &ScimListParams,
    ) -> super::PageStream<super::models::SCIMSource> {
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
        body: &super::models::PatchedSCIMSourceRequest,
    ) -> super::ResponseFuture<super::models::SCIMSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_partial_update",
            method: rt::Method::Patch,
            path: "/sources/scim/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn scim_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::SCIMSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_retrieve",
            method: rt::Method::Get,
            path: "/sources/scim/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SCIMSourceRequest,
    ) -> super::ResponseFuture<super::models::SCIMSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_update",
            method: rt::Method::Put,
            path: "/sources/scim/{slug}/",
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
    /// `GET /sources/scim/{slug}/used_by/` (`sources_scim_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn scim_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_used_by_list",
            method: rt::Method::Get,
            path: "/sources/scim/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `POST /sources/scim_users/` (`sources_scim_users_create`).
    pub fn scim_users_create(
        &self,
        body: &super::models::SCIMSourceUserRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_create",
            method: rt::Method::Post,
            path: "/sources/scim_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// SCIMSourceUser Viewset
    ///
    /// `DELETE /sources/scim_users/{id}/` (`sources_scim_users_destroy`).
    ///
    /// - `id`: A unique value identifying this scim source user.
    pub fn scim_users_destroy(&self, id: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_destroy",
            method: rt::Method::Delete,
            path: "/sources/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_empty()
    }

    fn scim_users_list_request(&self, params: &ScimUsersListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_list",
            method: rt::Method::Get,
            path: "/sources/scim_users/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user__id", &params.user_id);
        request.query("user__username", &params.user_username);
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
    ) -> super::ResponseFuture<super::models::PaginatedSCIMSourceUserList> {
        self.scim_users_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::scim_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn scim_users_list_stream(
        &self,
        params: &ScimUsersListParams,
    ) -> super::PageStream<super::models::SCIMSourceUser> {
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
        body: &super::models::PatchedSCIMSourceUserRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_partial_update",
            method: rt::Method::Patch,
            path: "/sources/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::SCIMSourceUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_retrieve",
            method: rt::Method::Get,
            path: "/sources/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::SCIMSourceUserRequest,
    ) -> super::ResponseFuture<super::models::SCIMSourceUser> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_update",
            method: rt::Method::Put,
            path: "/sources/scim_users/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_scim_users_used_by_list",
            method: rt::Method::Get,
            path: "/sources/scim_users/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", id);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/{slug}/connect_user/` (`sources_telegram_connect_user_create`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_connect_user_create(
        &self,
        slug: &str,
        body: &super::models::TelegramAuthRequest,
    ) -> super::ResponseFuture<super::models::UserTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_connect_user_create",
            method: rt::Method::Post,
            path: "/sources/telegram/{slug}/connect_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_8,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/` (`sources_telegram_create`).
    pub fn telegram_create(
        &self,
        body: &super::models::TelegramSourceRequest,
    ) -> super::ResponseFuture<super::models::TelegramSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_create",
            method: rt::Method::Post,
            path: "/sources/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /sources/telegram/{slug}/` (`sources_telegram_destroy`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_destroy",
            method: rt::Method::Delete,
            path: "/sources/telegram/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    fn telegram_list_request(&self, params: &TelegramListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_list",
            method: rt::Method::Get,
            path: "/sources/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("authentication_flow", &params.authentication_flow);
        request.query("bot_username", &params.bot_username);
        request.query("enabled", &params.enabled);
        request.query("enrollment_flow", &params.enrollment_flow);
        request.query("group_matching_mode", &params.group_matching_mode);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("policy_engine_mode", &params.policy_engine_mode);
        request.query("request_message_access", &params.request_message_access);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
        request.query("user_matching_mode", &params.user_matching_mode);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/` (`sources_telegram_list`).
    ///
    /// Optional parameters: [`TelegramListParams`].
    pub fn telegram_list(
        &self,
        params: &TelegramListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTelegramSourceList> {
        self.telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn telegram_list_stream(
        &self,
        params: &TelegramListParams,
    ) -> super::PageStream<super::models::TelegramSource> {
        self.telegram_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /sources/telegram/{slug}/` (`sources_telegram_partial_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_partial_update(
        &self,
        slug: &str,
        body: &super::models::PatchedTelegramSourceRequest,
    ) -> super::ResponseFuture<super::models::TelegramSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_partial_update",
            method: rt::Method::Patch,
            path: "/sources/telegram/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/{slug}/` (`sources_telegram_retrieve`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::TelegramSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_retrieve",
            method: rt::Method::Get,
            path: "/sources/telegram/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /sources/telegram/{slug}/` (`sources_telegram_update`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_update(
        &self,
        slug: &str,
        body: &super::models::TelegramSourceRequest,
    ) -> super::ResponseFuture<super::models::TelegramSource> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_update",
            method: rt::Method::Put,
            path: "/sources/telegram/{slug}/",
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
    /// `GET /sources/telegram/{slug}/used_by/` (`sources_telegram_used_by_list`).
    ///
    /// - `slug`: Internal source name, used in URLs.
    pub fn telegram_used_by_list(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_telegram_used_by_list",
            method: rt::Method::Get,
            path: "/sources/telegram/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/all/{id}/` (`sources_user_connections_all_destroy`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_all_list_request(
        &self,
        params: &UserConnectionsAllListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserSourceConnectionList> {
        self.user_connections_all_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_all_list_stream(
        &self,
        params: &UserConnectionsAllListParams,
    ) -> super::PageStream<super::models::UserSourceConnection> {
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
        body: &super::models::PatchedUserSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/all/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/all/{id}/",
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
    /// `GET /sources/user_connections/all/{id}/used_by/` (`sources_user_connections_all_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this user source connection.
    pub fn user_connections_all_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_all_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/all/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_create`).
    pub fn user_connections_kerberos_create(
        &self,
        body: &super::models::UserKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_destroy(
        &self,
        id: i64,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_kerberos_list_request(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/kerberos/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_list`).
    ///
    /// Optional parameters: [`UserConnectionsKerberosListParams`].
    pub fn user_connections_kerberos_list(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedUserKerberosSourceConnectionList,
    > {
        self.user_connections_kerberos_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_kerberos_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_kerberos_list_stream(
        &self,
        params: &UserConnectionsKerberosListParams,
    ) -> super::PageStream<super::models::UserKerberosSourceConnection> {
        self.user_connections_kerberos_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedUserKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::UserKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/kerberos/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_update`).
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_update(
        &self,
        id: i64,
        body: &super::models::UserKerberosSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserKerberosSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/kerberos/{id}/",
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
    /// `GET /sources/user_connections/kerberos/{id}/used_by/` (`sources_user_connections_kerberos_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User Kerberos Source Connection.
    pub fn user_connections_kerberos_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_kerberos_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/kerberos/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/ldap/` (`sources_user_connections_ldap_create`).
    pub fn user_connections_ldap_create(
        &self,
        body: &super::models::UserLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_ldap_list_request(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/` (`sources_user_connections_ldap_list`).
    ///
    /// Optional parameters: [`UserConnectionsLdapListParams`].
    pub fn user_connections_ldap_list(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> super::ResponseFuture<super::models::PaginatedUserLDAPSourceConnectionList> {
        self.user_connections_ldap_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_ldap_list_stream(
        &self,
        params: &UserConnectionsLdapListParams,
    ) -> super::PageStream<super::models::UserLDAPSourceConnection> {
        self.user_connections_ldap_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedUserLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::UserLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/ldap/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_update`).
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_update(
        &self,
        id: i64,
        body: &super::models::UserLDAPSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserLDAPSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/ldap/{id}/",
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
    /// `GET /sources/user_connections/ldap/{id}/used_by/` (`sources_user_connections_ldap_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User LDAP Source Connection.
    pub fn user_connections_ldap_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_ldap_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/ldap/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/oauth/` (`sources_user_connections_oauth_create`).
    pub fn user_connections_oauth_create(
        &self,
        body: &super::models::UserOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_oauth_list_request(
        &self,
        params: &UserConnectionsOauthListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/oauth/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserOAuthSourceConnectionList> {
        self.user_connections_oauth_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_oauth_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_oauth_list_stream(
        &self,
        params: &UserConnectionsOauthListParams,
    ) -> super::PageStream<super::models::UserOAuthSourceConnection> {
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
        body: &super::models::PatchedUserOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/oauth/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserOAuthSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserOAuthSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/oauth/{id}/",
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
    /// `GET /sources/user_connections/oauth/{id}/used_by/` (`sources_user_connections_oauth_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User OAuth Source Connection.
    pub fn user_connections_oauth_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_oauth_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/oauth/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/plex/` (`sources_user_connections_plex_create`).
    pub fn user_connections_plex_create(
        &self,
        body: &super::models::UserPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_plex_list_request(
        &self,
        params: &UserConnectionsPlexListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/plex/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserPlexSourceConnectionList> {
        self.user_connections_plex_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_plex_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_plex_list_stream(
        &self,
        params: &UserConnectionsPlexListParams,
    ) -> super::PageStream<super::models::UserPlexSourceConnection> {
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
        body: &super::models::PatchedUserPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/plex/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserPlexSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserPlexSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/plex/{id}/",
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
    /// `GET /sources/user_connections/plex/{id}/used_by/` (`sources_user_connections_plex_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User Plex Source Connection.
    pub fn user_connections_plex_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_plex_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/plex/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/saml/` (`sources_user_connections_saml_create`).
    pub fn user_connections_saml_create(
        &self,
        body: &super::models::UserSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_saml_list_request(
        &self,
        params: &UserConnectionsSamlListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/saml/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
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
    ) -> super::ResponseFuture<super::models::PaginatedUserSAMLSourceConnectionList> {
        self.user_connections_saml_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_saml_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_saml_list_stream(
        &self,
        params: &UserConnectionsSamlListParams,
    ) -> super::PageStream<super::models::UserSAMLSourceConnection> {
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
        body: &super::models::PatchedUserSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::UserSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/saml/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::UserSAMLSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserSAMLSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/saml/{id}/",
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
    /// `GET /sources/user_connections/saml/{id}/used_by/` (`sources_user_connections_saml_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User SAML Source Connection.
    pub fn user_connections_saml_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_saml_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/saml/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/telegram/` (`sources_user_connections_telegram_create`).
    pub fn user_connections_telegram_create(
        &self,
        body: &super::models::UserTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_create",
            method: rt::Method::Post,
            path: "/sources/user_connections/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_destroy`).
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_destroy(
        &self,
        id: i64,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_destroy",
            method: rt::Method::Delete,
            path: "/sources/user_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_connections_telegram_list_request(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/telegram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("source__slug", &params.source_slug);
        request.query("user", &params.user);
        request
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/` (`sources_user_connections_telegram_list`).
    ///
    /// Optional parameters: [`UserConnectionsTelegramListParams`].
    pub fn user_connections_telegram_list(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedUserTelegramSourceConnectionList,
    > {
        self.user_connections_telegram_list_request(params).send_json()
    }

    /// Every item of [`SourcesApi::user_connections_telegram_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_connections_telegram_list_stream(
        &self,
        params: &UserConnectionsTelegramListParams,
    ) -> super::PageStream<super::models::UserTelegramSourceConnection> {
        self.user_connections_telegram_list_request(params).paginate()
    }

    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedUserTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_partial_update",
            method: rt::Method::Patch,
            path: "/sources/user_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::UserTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_retrieve",
            method: rt::Method::Get,
            path: "/sources/user_connections/telegram/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_update`).
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_update(
        &self,
        id: i64,
        body: &super::models::UserTelegramSourceConnectionRequest,
    ) -> super::ResponseFuture<super::models::UserTelegramSourceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_update",
            method: rt::Method::Put,
            path: "/sources/user_connections/telegram/{id}/",
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
    /// `GET /sources/user_connections/telegram/{id}/used_by/` (`sources_user_connections_telegram_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this User Telegram Source Connection.
    pub fn user_connections_telegram_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "sources_user_connections_telegram_used_by_list",
            method: rt::Method::Get,
            path: "/sources/user_connections/telegram/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`SourcesApi::all_list`] (`sources_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllListParams {
    /// Query parameter `managed`.
    pub managed: Option<String>,
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
    /// Query parameter `slug`.
    pub slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_all_list`] (`sources_group_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsAllListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_kerberos_list`] (`sources_group_connections_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsKerberosListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_ldap_list`] (`sources_group_connections_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsLdapListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_oauth_list`] (`sources_group_connections_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsOauthListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_plex_list`] (`sources_group_connections_plex_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsPlexListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_saml_list`] (`sources_group_connections_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsSamlListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::group_connections_telegram_list`] (`sources_group_connections_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupConnectionsTelegramListParams {
    /// Query parameter `group`.
    pub group: Option<::uuid::Uuid>,
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::kerberos_list`] (`sources_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KerberosListParams {
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// KAdmin server type
    ///
    /// Query parameter `kadmin_type`.
    pub kadmin_type: Option<super::models::KadminTypeEnum>,
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
    /// Query parameter `password_login_update_internal_password`.
    pub password_login_update_internal_password: Option<bool>,
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// Query parameter `realm`.
    pub realm: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// Query parameter `spnego_server_name`.
    pub spnego_server_name: Option<String>,
    /// Query parameter `sync_principal`.
    pub sync_principal: Option<String>,
    /// Query parameter `sync_users`.
    pub sync_users: Option<bool>,
    /// Query parameter `sync_users_password`.
    pub sync_users_password: Option<bool>,
}

/// Optional parameters of [`SourcesApi::ldap_list`] (`sources_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LdapListParams {
    /// Query parameter `additional_group_dn`.
    pub additional_group_dn: Option<String>,
    /// Query parameter `additional_user_dn`.
    pub additional_user_dn: Option<String>,
    /// Query parameter `base_dn`.
    pub base_dn: Option<String>,
    /// Query parameter `bind_cn`.
    pub bind_cn: Option<String>,
    /// Query parameter `client_certificate`.
    pub client_certificate: Option<::uuid::Uuid>,
    /// Query parameter `delete_not_found_objects`.
    pub delete_not_found_objects: Option<bool>,
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `group_membership_field`.
    pub group_membership_field: Option<String>,
    /// Query parameter `group_object_filter`.
    pub group_object_filter: Option<String>,
    /// Query parameter `group_property_mappings`.
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `lookup_groups_from_user`.
    pub lookup_groups_from_user: Option<bool>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `object_uniqueness_field`.
    pub object_uniqueness_field: Option<String>,
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
    /// Query parameter `password_login_update_internal_password`.
    pub password_login_update_internal_password: Option<bool>,
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// Query parameter `peer_certificate`.
    pub peer_certificate: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `server_uri`.
    pub server_uri: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// Query parameter `sni`.
    pub sni: Option<bool>,
    /// Query parameter `start_tls`.
    pub start_tls: Option<bool>,
    /// Query parameter `sync_group_hierarchy`.
    pub sync_group_hierarchy: Option<bool>,
    /// Query parameter `sync_groups`.
    pub sync_groups: Option<bool>,
    /// Query parameter `sync_parent_group`.
    pub sync_parent_group: Option<::uuid::Uuid>,
    /// Query parameter `sync_users`.
    pub sync_users: Option<bool>,
    /// Query parameter `sync_users_password`.
    pub sync_users_password: Option<bool>,
    /// Query parameter `user_membership_attribute`.
    pub user_membership_attribute: Option<String>,
    /// Query parameter `user_object_filter`.
    pub user_object_filter: Option<String>,
    /// Query parameter `user_property_mappings`.
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

/// Optional parameters of [`SourcesApi::oauth_list`] (`sources_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OauthListParams {
    /// Query parameter `access_token_url`.
    pub access_token_url: Option<String>,
    /// Query parameter `additional_scopes`.
    pub additional_scopes: Option<String>,
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `authorization_url`.
    pub authorization_url: Option<String>,
    /// Query parameter `consumer_key`.
    pub consumer_key: Option<String>,
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `enrollment_flow`.
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    ///
    /// Query parameter `group_matching_mode`.
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
    /// Only return sources with JWKS data
    ///
    /// Query parameter `has_jwks`.
    pub has_jwks: Option<bool>,
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
    /// Query parameter `policy_engine_mode`.
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// Query parameter `profile_url`.
    pub profile_url: Option<String>,
    /// Query parameter `provider_type`.
    pub provider_type: Option<String>,
    /// Query parameter `request_token_url`.
    pub request_token_url: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    ///
    /// Query parameter `user_matching_mode`.
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// Optional parameters of [`SourcesApi::oauth_source_types_list`] (`sources_oauth_source_types_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OauthSourceTypesListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
}

/// Optional parameters of [`SourcesApi::plex_list`] (`sources_plex_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlexListParams {
    /// Query parameter `allow_friends`.
    pub allow_friends: Option<bool>,
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `client_id`.
    pub client_id: Option<String>,
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `enrollment_flow`.
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    ///
    /// Query parameter `group_matching_mode`.
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
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
    /// Query parameter `policy_engine_mode`.
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    ///
    /// Query parameter `user_matching_mode`.
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// Optional parameters of [`SourcesApi::plex_redeem_token_authenticated_create`] (`sources_plex_redeem_token_authenticated_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlexRedeemTokenAuthenticatedCreateParams {
    /// Query parameter `slug`.
    pub slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::plex_redeem_token_create`] (`sources_plex_redeem_token_create`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlexRedeemTokenCreateParams {
    /// Query parameter `slug`.
    pub slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::saml_list`] (`sources_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SamlListParams {
    /// Query parameter `allow_idp_initiated`.
    pub allow_idp_initiated: Option<bool>,
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `binding_type`.
    pub binding_type: Option<super::models::BindingTypeEnum>,
    /// Query parameter `digest_algorithm`.
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `enrollment_flow`.
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// Query parameter `force_authn`.
    pub force_authn: Option<bool>,
    /// Query parameter `issuer_override`.
    pub issuer_override: Option<String>,
    /// Query parameter `managed`.
    pub managed: Option<String>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
    ///
    /// Query parameter `name_id_policy`.
    pub name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
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
    /// Query parameter `policy_engine_mode`.
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// Query parameter `pre_authentication_flow`.
    pub pre_authentication_flow: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `signature_algorithm`.
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    /// Query parameter `signed_assertion`.
    pub signed_assertion: Option<bool>,
    /// Query parameter `signed_response`.
    pub signed_response: Option<bool>,
    /// Query parameter `signing_kp`.
    pub signing_kp: Option<::uuid::Uuid>,
    /// Query parameter `slo_url`.
    pub slo_url: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// Query parameter `sso_url`.
    pub sso_url: Option<String>,
    /// Query parameter `temporary_user_delete_after`.
    pub temporary_user_delete_after: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    ///
    /// Query parameter `user_matching_mode`.
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
    /// Query parameter `verification_kp`.
    pub verification_kp: Option<::uuid::Uuid>,
}

/// Optional parameters of [`SourcesApi::scim_groups_list`] (`sources_scim_groups_list`).
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::scim_list`] (`sources_scim_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScimListParams {
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
    /// Query parameter `slug`.
    pub slug: Option<String>,
}

/// Optional parameters of [`SourcesApi::scim_users_list`] (`sources_scim_users_list`).
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user__id`.
    pub user_id: Option<i64>,
    /// Query parameter `user__username`.
    pub user_username: Option<String>,
}

/// Optional parameters of [`SourcesApi::telegram_list`] (`sources_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TelegramListParams {
    /// Query parameter `authentication_flow`.
    pub authentication_flow: Option<::uuid::Uuid>,
    /// Query parameter `bot_username`.
    pub bot_username: Option<String>,
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `enrollment_flow`.
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    ///
    /// Query parameter `group_matching_mode`.
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
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
    /// Query parameter `policy_engine_mode`.
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// Query parameter `request_message_access`.
    pub request_message_access: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `slug`.
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    ///
    /// Query parameter `user_matching_mode`.
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// Optional parameters of [`SourcesApi::user_connections_all_list`] (`sources_user_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsAllListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_kerberos_list`] (`sources_user_connections_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsKerberosListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_ldap_list`] (`sources_user_connections_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsLdapListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_oauth_list`] (`sources_user_connections_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsOauthListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_plex_list`] (`sources_user_connections_plex_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsPlexListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_saml_list`] (`sources_user_connections_saml_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsSamlListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`SourcesApi::user_connections_telegram_list`] (`sources_user_connections_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserConnectionsTelegramListParams {
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
    /// Query parameter `source__slug`.
    pub source_slug: Option<String>,
    /// Query parameter `user`.
    pub user: Option<i64>,
}
