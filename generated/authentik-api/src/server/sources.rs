//! Server side of the operations tagged `sources` (173).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `sources`. Implement those you serve, then
/// `Server::new().sources(service)` or [`router`]; the others go to
/// [`Sources::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Sources: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Prevent deletion of built-in sources
    ///
    /// `DELETE /sources/all/{slug}/` (`sources_all_destroy`).
    fn all_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<AllDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_all_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Source Viewset
    ///
    /// `GET /sources/all/` (`sources_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
        query: AllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Source Viewset
    ///
    /// `GET /sources/all/{slug}/` (`sources_all_retrieve`).
    fn all_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<AllRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_all_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /sources/all/types/` (`sources_all_types_list`).
    fn all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTypesListResponse>> + Send {
        rt::forward(self.fallback(), "sources_all_types_list", auth, rt::Args::new())
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/all/{slug}/used_by/` (`sources_all_used_by_list`).
    fn all_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<AllUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_all_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Get all sources the user can configure
    ///
    /// `GET /sources/all/user_settings/` (`sources_all_user_settings_list`).
    fn all_user_settings_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AllUserSettingsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_all_user_settings_list",
            auth,
            rt::Args::new(),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/all/{id}/` (`sources_group_connections_all_destroy`).
    fn group_connections_all_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/` (`sources_group_connections_all_list`).
    fn group_connections_all_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsAllListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/all/{id}/` (`sources_group_connections_all_partial_update`).
    fn group_connections_all_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/all/{id}/` (`sources_group_connections_all_retrieve`).
    fn group_connections_all_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/all/{id}/` (`sources_group_connections_all_update`).
    fn group_connections_all_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/all/{id}/used_by/` (`sources_group_connections_all_used_by_list`).
    fn group_connections_all_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsAllUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_all_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_create`).
    fn group_connections_kerberos_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_destroy`).
    fn group_connections_kerberos_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/` (`sources_group_connections_kerberos_list`).
    fn group_connections_kerberos_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsKerberosListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_partial_update`).
    fn group_connections_kerberos_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_retrieve`).
    fn group_connections_kerberos_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/kerberos/{id}/` (`sources_group_connections_kerberos_update`).
    fn group_connections_kerberos_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/kerberos/{id}/used_by/` (`sources_group_connections_kerberos_used_by_list`).
    fn group_connections_kerberos_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsKerberosUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_kerberos_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/ldap/` (`sources_group_connections_ldap_create`).
    fn group_connections_ldap_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_destroy`).
    fn group_connections_ldap_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/` (`sources_group_connections_ldap_list`).
    fn group_connections_ldap_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsLdapListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_partial_update`).
    fn group_connections_ldap_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_retrieve`).
    fn group_connections_ldap_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/ldap/{id}/` (`sources_group_connections_ldap_update`).
    fn group_connections_ldap_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/ldap/{id}/used_by/` (`sources_group_connections_ldap_used_by_list`).
    fn group_connections_ldap_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsLdapUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_ldap_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/oauth/` (`sources_group_connections_oauth_create`).
    fn group_connections_oauth_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_destroy`).
    fn group_connections_oauth_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/oauth/` (`sources_group_connections_oauth_list`).
    fn group_connections_oauth_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsOauthListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_partial_update`).
    fn group_connections_oauth_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_retrieve`).
    fn group_connections_oauth_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/oauth/{id}/` (`sources_group_connections_oauth_update`).
    fn group_connections_oauth_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/oauth/{id}/used_by/` (`sources_group_connections_oauth_used_by_list`).
    fn group_connections_oauth_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsOauthUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_oauth_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/plex/` (`sources_group_connections_plex_create`).
    fn group_connections_plex_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_destroy`).
    fn group_connections_plex_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/plex/` (`sources_group_connections_plex_list`).
    fn group_connections_plex_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsPlexListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_partial_update`).
    fn group_connections_plex_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_retrieve`).
    fn group_connections_plex_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/plex/{id}/` (`sources_group_connections_plex_update`).
    fn group_connections_plex_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/plex/{id}/used_by/` (`sources_group_connections_plex_used_by_list`).
    fn group_connections_plex_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsPlexUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_plex_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/saml/` (`sources_group_connections_saml_create`).
    fn group_connections_saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_destroy`).
    fn group_connections_saml_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/saml/` (`sources_group_connections_saml_list`).
    fn group_connections_saml_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsSamlListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_partial_update`).
    fn group_connections_saml_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_retrieve`).
    fn group_connections_saml_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/saml/{id}/` (`sources_group_connections_saml_update`).
    fn group_connections_saml_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/saml/{id}/used_by/` (`sources_group_connections_saml_used_by_list`).
    fn group_connections_saml_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsSamlUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_saml_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `POST /sources/group_connections/telegram/` (`sources_group_connections_telegram_create`).
    fn group_connections_telegram_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `DELETE /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_destroy`).
    fn group_connections_telegram_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/` (`sources_group_connections_telegram_list`).
    fn group_connections_telegram_list(
        &self,
        auth: rt::Auth,
        query: GroupConnectionsTelegramListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PATCH /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_partial_update`).
    fn group_connections_telegram_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGroupTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `GET /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_retrieve`).
    fn group_connections_telegram_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Group-source connection Viewset
    ///
    /// `PUT /sources/group_connections/telegram/{id}/` (`sources_group_connections_telegram_update`).
    fn group_connections_telegram_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GroupTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/group_connections/telegram/{id}/used_by/` (`sources_group_connections_telegram_used_by_list`).
    fn group_connections_telegram_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupConnectionsTelegramUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_group_connections_telegram_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `POST /sources/kerberos/` (`sources_kerberos_create`).
    fn kerberos_create(
        &self,
        auth: rt::Auth,
        body: super::models::KerberosSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<KerberosCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `DELETE /sources/kerberos/{slug}/` (`sources_kerberos_destroy`).
    fn kerberos_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<KerberosDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/` (`sources_kerberos_list`).
    fn kerberos_list(
        &self,
        auth: rt::Auth,
        query: KerberosListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<KerberosListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `PATCH /sources/kerberos/{slug}/` (`sources_kerberos_partial_update`).
    fn kerberos_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedKerberosSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<KerberosPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `GET /sources/kerberos/{slug}/` (`sources_kerberos_retrieve`).
    fn kerberos_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<KerberosRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Get provider's sync status
    ///
    /// `GET /sources/kerberos/{slug}/sync/status/` (`sources_kerberos_sync_status_retrieve`).
    fn kerberos_sync_status_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<KerberosSyncStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_sync_status_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Kerberos Source Viewset
    ///
    /// `PUT /sources/kerberos/{slug}/` (`sources_kerberos_update`).
    fn kerberos_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::KerberosSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<KerberosUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/kerberos/{slug}/used_by/` (`sources_kerberos_used_by_list`).
    fn kerberos_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<KerberosUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_kerberos_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `POST /sources/ldap/` (`sources_ldap_create`).
    fn ldap_create(
        &self,
        auth: rt::Auth,
        body: super::models::LDAPSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Get raw LDAP data to debug
    ///
    /// `GET /sources/ldap/{slug}/debug/` (`sources_ldap_debug_retrieve`).
    fn ldap_debug_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LdapDebugRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_debug_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `DELETE /sources/ldap/{slug}/` (`sources_ldap_destroy`).
    fn ldap_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `GET /sources/ldap/` (`sources_ldap_list`).
    fn ldap_list(
        &self,
        auth: rt::Auth,
        query: LdapListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `PATCH /sources/ldap/{slug}/` (`sources_ldap_partial_update`).
    fn ldap_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedLDAPSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LdapPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `GET /sources/ldap/{slug}/` (`sources_ldap_retrieve`).
    fn ldap_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Get provider's sync status
    ///
    /// `GET /sources/ldap/{slug}/sync/status/` (`sources_ldap_sync_status_retrieve`).
    fn ldap_sync_status_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LdapSyncStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_sync_status_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// LDAP Source Viewset
    ///
    /// `PUT /sources/ldap/{slug}/` (`sources_ldap_update`).
    fn ldap_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::LDAPSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/ldap/{slug}/used_by/` (`sources_ldap_used_by_list`).
    fn ldap_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_ldap_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Source Viewset
    ///
    /// `POST /sources/oauth/` (`sources_oauth_create`).
    fn oauth_create(
        &self,
        auth: rt::Auth,
        body: super::models::OAuthSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<OauthCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Source Viewset
    ///
    /// `DELETE /sources/oauth/{slug}/` (`sources_oauth_destroy`).
    fn oauth_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<OauthDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Source Viewset
    ///
    /// `GET /sources/oauth/` (`sources_oauth_list`).
    fn oauth_list(
        &self,
        auth: rt::Auth,
        query: OauthListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<OauthListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Source Viewset
    ///
    /// `PATCH /sources/oauth/{slug}/` (`sources_oauth_partial_update`).
    fn oauth_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedOAuthSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<OauthPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Source Viewset
    ///
    /// `GET /sources/oauth/{slug}/` (`sources_oauth_retrieve`).
    fn oauth_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<OauthRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Get all creatable source types. If ?name is set, only returns the type for <name>.
    /// If <name> isn't found, returns the default type.
    ///
    /// `GET /sources/oauth/source_types/` (`sources_oauth_source_types_list`).
    fn oauth_source_types_list(
        &self,
        auth: rt::Auth,
        query: OauthSourceTypesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<OauthSourceTypesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_source_types_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Source Viewset
    ///
    /// `PUT /sources/oauth/{slug}/` (`sources_oauth_update`).
    fn oauth_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::OAuthSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<OauthUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/oauth/{slug}/used_by/` (`sources_oauth_used_by_list`).
    fn oauth_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<OauthUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_oauth_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Plex source Viewset
    ///
    /// `POST /sources/plex/` (`sources_plex_create`).
    fn plex_create(
        &self,
        auth: rt::Auth,
        body: super::models::PlexSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Plex source Viewset
    ///
    /// `DELETE /sources/plex/{slug}/` (`sources_plex_destroy`).
    fn plex_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Plex source Viewset
    ///
    /// `GET /sources/plex/` (`sources_plex_list`).
    fn plex_list(
        &self,
        auth: rt::Auth,
        query: PlexListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Plex source Viewset
    ///
    /// `PATCH /sources/plex/{slug}/` (`sources_plex_partial_update`).
    fn plex_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedPlexSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PlexPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Redeem a plex token for an authenticated user, creating a connection
    ///
    /// `POST /sources/plex/redeem_token_authenticated/` (`sources_plex_redeem_token_authenticated_create`).
    fn plex_redeem_token_authenticated_create(
        &self,
        auth: rt::Auth,
        query: PlexRedeemTokenAuthenticatedCreateQuery,
        body: super::models::PlexTokenRedeemRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PlexRedeemTokenAuthenticatedCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_redeem_token_authenticated_create",
            auth,
            rt::Args::new().params(&query).body(&body),
        )
    }
    /// Redeem a plex token, check it's access to resources against what's allowed
    /// for the source, and redirect to an authentication/enrollment flow.
    ///
    /// `POST /sources/plex/redeem_token/` (`sources_plex_redeem_token_create`). Allows anonymous access.
    fn plex_redeem_token_create(
        &self,
        auth: rt::Auth,
        query: PlexRedeemTokenCreateQuery,
        body: super::models::PlexTokenRedeemRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PlexRedeemTokenCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_redeem_token_create",
            auth,
            rt::Args::new().params(&query).body(&body),
        )
    }
    /// Plex source Viewset
    ///
    /// `GET /sources/plex/{slug}/` (`sources_plex_retrieve`).
    fn plex_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Plex source Viewset
    ///
    /// `PUT /sources/plex/{slug}/` (`sources_plex_update`).
    fn plex_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PlexSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/plex/{slug}/used_by/` (`sources_plex_used_by_list`).
    fn plex_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<PlexUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_plex_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `POST /sources/saml/` (`sources_saml_create`).
    fn saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::SAMLSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `DELETE /sources/saml/{slug}/` (`sources_saml_destroy`).
    fn saml_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `GET /sources/saml/` (`sources_saml_list`).
    fn saml_list(
        &self,
        auth: rt::Auth,
        query: SamlListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Return metadata as XML string
    ///
    /// `GET /sources/saml/{slug}/metadata/` (`sources_saml_metadata_retrieve`).
    fn saml_metadata_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlMetadataRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_metadata_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `PATCH /sources/saml/{slug}/` (`sources_saml_partial_update`).
    fn saml_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedSAMLSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `GET /sources/saml/{slug}/` (`sources_saml_retrieve`).
    fn saml_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SAMLSource Viewset
    ///
    /// `PUT /sources/saml/{slug}/` (`sources_saml_update`).
    fn saml_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::SAMLSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/saml/{slug}/used_by/` (`sources_saml_used_by_list`).
    fn saml_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_saml_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `POST /sources/scim/` (`sources_scim_create`).
    fn scim_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `DELETE /sources/scim/{slug}/` (`sources_scim_destroy`).
    fn scim_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `POST /sources/scim_groups/` (`sources_scim_groups_create`).
    fn scim_groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMSourceGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `DELETE /sources/scim_groups/{id}/` (`sources_scim_groups_destroy`).
    fn scim_groups_destroy(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `GET /sources/scim_groups/` (`sources_scim_groups_list`).
    fn scim_groups_list(
        &self,
        auth: rt::Auth,
        query: ScimGroupsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimGroupsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `PATCH /sources/scim_groups/{id}/` (`sources_scim_groups_partial_update`).
    fn scim_groups_partial_update(
        &self,
        auth: rt::Auth,
        id: String,
        body: super::models::PatchedSCIMSourceGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `GET /sources/scim_groups/{id}/` (`sources_scim_groups_retrieve`).
    fn scim_groups_retrieve(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMSourceGroup Viewset
    ///
    /// `PUT /sources/scim_groups/{id}/` (`sources_scim_groups_update`).
    fn scim_groups_update(
        &self,
        auth: rt::Auth,
        id: String,
        body: super::models::SCIMSourceGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim_groups/{id}/used_by/` (`sources_scim_groups_used_by_list`).
    fn scim_groups_used_by_list(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_groups_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `GET /sources/scim/` (`sources_scim_list`).
    fn scim_list(
        &self,
        auth: rt::Auth,
        query: ScimListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `PATCH /sources/scim/{slug}/` (`sources_scim_partial_update`).
    fn scim_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedSCIMSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `GET /sources/scim/{slug}/` (`sources_scim_retrieve`).
    fn scim_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SCIMSource Viewset
    ///
    /// `PUT /sources/scim/{slug}/` (`sources_scim_update`).
    fn scim_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::SCIMSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim/{slug}/used_by/` (`sources_scim_used_by_list`).
    fn scim_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `POST /sources/scim_users/` (`sources_scim_users_create`).
    fn scim_users_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMSourceUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `DELETE /sources/scim_users/{id}/` (`sources_scim_users_destroy`).
    fn scim_users_destroy(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `GET /sources/scim_users/` (`sources_scim_users_list`).
    fn scim_users_list(
        &self,
        auth: rt::Auth,
        query: ScimUsersListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUsersListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `PATCH /sources/scim_users/{id}/` (`sources_scim_users_partial_update`).
    fn scim_users_partial_update(
        &self,
        auth: rt::Auth,
        id: String,
        body: super::models::PatchedSCIMSourceUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `GET /sources/scim_users/{id}/` (`sources_scim_users_retrieve`).
    fn scim_users_retrieve(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMSourceUser Viewset
    ///
    /// `PUT /sources/scim_users/{id}/` (`sources_scim_users_update`).
    fn scim_users_update(
        &self,
        auth: rt::Auth,
        id: String,
        body: super::models::SCIMSourceUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/scim_users/{id}/used_by/` (`sources_scim_users_used_by_list`).
    fn scim_users_used_by_list(
        &self,
        auth: rt::Auth,
        id: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_scim_users_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/{slug}/connect_user/` (`sources_telegram_connect_user_create`).
    fn telegram_connect_user_create(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::TelegramAuthRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TelegramConnectUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_connect_user_create",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /sources/telegram/` (`sources_telegram_create`).
    fn telegram_create(
        &self,
        auth: rt::Auth,
        body: super::models::TelegramSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TelegramCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /sources/telegram/{slug}/` (`sources_telegram_destroy`).
    fn telegram_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TelegramDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/` (`sources_telegram_list`).
    fn telegram_list(
        &self,
        auth: rt::Auth,
        query: TelegramListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TelegramListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /sources/telegram/{slug}/` (`sources_telegram_partial_update`).
    fn telegram_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedTelegramSourceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TelegramPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /sources/telegram/{slug}/` (`sources_telegram_retrieve`).
    fn telegram_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TelegramRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /sources/telegram/{slug}/` (`sources_telegram_update`).
    fn telegram_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::TelegramSourceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TelegramUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/telegram/{slug}/used_by/` (`sources_telegram_used_by_list`).
    fn telegram_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TelegramUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_telegram_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/all/{id}/` (`sources_user_connections_all_destroy`).
    fn user_connections_all_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/all/` (`sources_user_connections_all_list`).
    fn user_connections_all_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsAllListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/all/{id}/` (`sources_user_connections_all_partial_update`).
    fn user_connections_all_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/all/{id}/` (`sources_user_connections_all_retrieve`).
    fn user_connections_all_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/all/{id}/` (`sources_user_connections_all_update`).
    fn user_connections_all_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/all/{id}/used_by/` (`sources_user_connections_all_used_by_list`).
    fn user_connections_all_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsAllUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_all_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_create`).
    fn user_connections_kerberos_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_destroy`).
    fn user_connections_kerberos_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/` (`sources_user_connections_kerberos_list`).
    fn user_connections_kerberos_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsKerberosListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_partial_update`).
    fn user_connections_kerberos_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_retrieve`).
    fn user_connections_kerberos_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/kerberos/{id}/` (`sources_user_connections_kerberos_update`).
    fn user_connections_kerberos_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserKerberosSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/kerberos/{id}/used_by/` (`sources_user_connections_kerberos_used_by_list`).
    fn user_connections_kerberos_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsKerberosUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_kerberos_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/ldap/` (`sources_user_connections_ldap_create`).
    fn user_connections_ldap_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_destroy`).
    fn user_connections_ldap_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/` (`sources_user_connections_ldap_list`).
    fn user_connections_ldap_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsLdapListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_partial_update`).
    fn user_connections_ldap_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_retrieve`).
    fn user_connections_ldap_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/ldap/{id}/` (`sources_user_connections_ldap_update`).
    fn user_connections_ldap_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserLDAPSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/ldap/{id}/used_by/` (`sources_user_connections_ldap_used_by_list`).
    fn user_connections_ldap_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsLdapUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_ldap_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/oauth/` (`sources_user_connections_oauth_create`).
    fn user_connections_oauth_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_destroy`).
    fn user_connections_oauth_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/oauth/` (`sources_user_connections_oauth_list`).
    fn user_connections_oauth_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsOauthListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_partial_update`).
    fn user_connections_oauth_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_retrieve`).
    fn user_connections_oauth_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/oauth/{id}/` (`sources_user_connections_oauth_update`).
    fn user_connections_oauth_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserOAuthSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/oauth/{id}/used_by/` (`sources_user_connections_oauth_used_by_list`).
    fn user_connections_oauth_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsOauthUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_oauth_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/plex/` (`sources_user_connections_plex_create`).
    fn user_connections_plex_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_destroy`).
    fn user_connections_plex_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/plex/` (`sources_user_connections_plex_list`).
    fn user_connections_plex_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsPlexListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_partial_update`).
    fn user_connections_plex_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_retrieve`).
    fn user_connections_plex_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/plex/{id}/` (`sources_user_connections_plex_update`).
    fn user_connections_plex_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserPlexSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/plex/{id}/used_by/` (`sources_user_connections_plex_used_by_list`).
    fn user_connections_plex_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsPlexUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_plex_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/saml/` (`sources_user_connections_saml_create`).
    fn user_connections_saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_destroy`).
    fn user_connections_saml_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/saml/` (`sources_user_connections_saml_list`).
    fn user_connections_saml_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsSamlListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_partial_update`).
    fn user_connections_saml_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_retrieve`).
    fn user_connections_saml_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/saml/{id}/` (`sources_user_connections_saml_update`).
    fn user_connections_saml_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserSAMLSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/saml/{id}/used_by/` (`sources_user_connections_saml_used_by_list`).
    fn user_connections_saml_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsSamlUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_saml_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `POST /sources/user_connections/telegram/` (`sources_user_connections_telegram_create`).
    fn user_connections_telegram_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `DELETE /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_destroy`).
    fn user_connections_telegram_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/` (`sources_user_connections_telegram_list`).
    fn user_connections_telegram_list(
        &self,
        auth: rt::Auth,
        query: UserConnectionsTelegramListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PATCH /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_partial_update`).
    fn user_connections_telegram_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User-source connection Viewset
    ///
    /// `GET /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_retrieve`).
    fn user_connections_telegram_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// User-source connection Viewset
    ///
    /// `PUT /sources/user_connections/telegram/{id}/` (`sources_user_connections_telegram_update`).
    fn user_connections_telegram_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserTelegramSourceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /sources/user_connections/telegram/{id}/used_by/` (`sources_user_connections_telegram_used_by_list`).
    fn user_connections_telegram_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConnectionsTelegramUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "sources_user_connections_telegram_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Sources>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "sources_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_types_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "sources_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_all_user_settings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_user_settings_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_all_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_destroy(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_kerberos_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_kerberos_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_ldap_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_ldap_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_oauth_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_oauth_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_plex_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_plex_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_saml_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_destroy(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_group_connections_telegram_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .group_connections_telegram_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.kerberos_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.kerberos_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.kerberos_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .kerberos_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.kerberos_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_sync_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .kerberos_sync_status_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .kerberos_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_kerberos_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .kerberos_used_by_list(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_debug_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_debug_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_sync_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_sync_status_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_update(input.auth(), input.path("slug")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_ldap_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_source_types_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_source_types_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth_update(input.auth(), input.path("slug")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_oauth_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.plex_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.plex_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.plex_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .plex_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_redeem_token_authenticated_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .plex_redeem_token_authenticated_create(
                            input.auth(),
                            input.params()?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_redeem_token_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .plex_redeem_token_create(
                            input.auth(),
                            input.params()?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.plex_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .plex_update(input.auth(), input.path("slug")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_plex_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.plex_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_metadata_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_metadata_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_update(input.auth(), input.path("slug")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_groups_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_groups_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_groups_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_groups_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_update(input.auth(), input.path("slug")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_used_by_list(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_users_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_users_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_scim_users_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_users_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_connect_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .telegram_connect_user_create(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.telegram_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.telegram_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.telegram_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .telegram_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.telegram_retrieve(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .telegram_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_telegram_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .telegram_used_by_list(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_all_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_destroy(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_kerberos_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_kerberos_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_ldap_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_ldap_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_oauth_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_oauth_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_plex_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_plex_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_saml_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_destroy(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "sources_user_connections_telegram_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_connections_telegram_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `sources` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Sources>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Sources for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Sources::all_destroy`] returns (`sources_all_destroy`).
pub type AllDestroyResponse = super::Reply204_400_403;

/// What [`Sources::all_list`] returns (`sources_all_list`).
pub type AllListResponse = super::Reply200_400_403<super::models::PaginatedSourceList>;

/// Query and header parameters of [`Sources::all_list`] (`sources_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// What [`Sources::all_retrieve`] returns (`sources_all_retrieve`).
pub type AllRetrieveResponse = super::Reply200_400_403<super::models::Source>;

/// What [`Sources::all_types_list`] returns (`sources_all_types_list`).
pub type AllTypesListResponse = super::Reply200_400_403<Vec<super::models::TypeCreate>>;

/// What [`Sources::all_used_by_list`] returns (`sources_all_used_by_list`).
pub type AllUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::all_user_settings_list`] returns (`sources_all_user_settings_list`).
pub type AllUserSettingsListResponse = super::Reply200_400_403<
    Vec<super::models::UserSetting>,
>;

/// What [`Sources::group_connections_all_destroy`] returns (`sources_group_connections_all_destroy`).
pub type GroupConnectionsAllDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_all_list`] returns (`sources_group_connections_all_list`).
pub type GroupConnectionsAllListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_all_list`] (`sources_group_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsAllListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_all_partial_update`] returns (`sources_group_connections_all_partial_update`).
pub type GroupConnectionsAllPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupSourceConnection,
>;

/// What [`Sources::group_connections_all_retrieve`] returns (`sources_group_connections_all_retrieve`).
pub type GroupConnectionsAllRetrieveResponse = super::Reply200_400_403<
    super::models::GroupSourceConnection,
>;

/// What [`Sources::group_connections_all_update`] returns (`sources_group_connections_all_update`).
pub type GroupConnectionsAllUpdateResponse = super::Reply200_400_403<
    super::models::GroupSourceConnection,
>;

/// What [`Sources::group_connections_all_used_by_list`] returns (`sources_group_connections_all_used_by_list`).
pub type GroupConnectionsAllUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_kerberos_create`] returns (`sources_group_connections_kerberos_create`).
pub type GroupConnectionsKerberosCreateResponse = super::Reply201_400_403<
    super::models::GroupKerberosSourceConnection,
>;

/// What [`Sources::group_connections_kerberos_destroy`] returns (`sources_group_connections_kerberos_destroy`).
pub type GroupConnectionsKerberosDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_kerberos_list`] returns (`sources_group_connections_kerberos_list`).
pub type GroupConnectionsKerberosListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupKerberosSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_kerberos_list`] (`sources_group_connections_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsKerberosListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_kerberos_partial_update`] returns (`sources_group_connections_kerberos_partial_update`).
pub type GroupConnectionsKerberosPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupKerberosSourceConnection,
>;

/// What [`Sources::group_connections_kerberos_retrieve`] returns (`sources_group_connections_kerberos_retrieve`).
pub type GroupConnectionsKerberosRetrieveResponse = super::Reply200_400_403<
    super::models::GroupKerberosSourceConnection,
>;

/// What [`Sources::group_connections_kerberos_update`] returns (`sources_group_connections_kerberos_update`).
pub type GroupConnectionsKerberosUpdateResponse = super::Reply200_400_403<
    super::models::GroupKerberosSourceConnection,
>;

/// What [`Sources::group_connections_kerberos_used_by_list`] returns (`sources_group_connections_kerberos_used_by_list`).
pub type GroupConnectionsKerberosUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_ldap_create`] returns (`sources_group_connections_ldap_create`).
pub type GroupConnectionsLdapCreateResponse = super::Reply201_400_403<
    super::models::GroupLDAPSourceConnection,
>;

/// What [`Sources::group_connections_ldap_destroy`] returns (`sources_group_connections_ldap_destroy`).
pub type GroupConnectionsLdapDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_ldap_list`] returns (`sources_group_connections_ldap_list`).
pub type GroupConnectionsLdapListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupLDAPSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_ldap_list`] (`sources_group_connections_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsLdapListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_ldap_partial_update`] returns (`sources_group_connections_ldap_partial_update`).
pub type GroupConnectionsLdapPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupLDAPSourceConnection,
>;

/// What [`Sources::group_connections_ldap_retrieve`] returns (`sources_group_connections_ldap_retrieve`).
pub type GroupConnectionsLdapRetrieveResponse = super::Reply200_400_403<
    super::models::GroupLDAPSourceConnection,
>;

/// What [`Sources::group_connections_ldap_update`] returns (`sources_group_connections_ldap_update`).
pub type GroupConnectionsLdapUpdateResponse = super::Reply200_400_403<
    super::models::GroupLDAPSourceConnection,
>;

/// What [`Sources::group_connections_ldap_used_by_list`] returns (`sources_group_connections_ldap_used_by_list`).
pub type GroupConnectionsLdapUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_oauth_create`] returns (`sources_group_connections_oauth_create`).
pub type GroupConnectionsOauthCreateResponse = super::Reply201_400_403<
    super::models::GroupOAuthSourceConnection,
>;

/// What [`Sources::group_connections_oauth_destroy`] returns (`sources_group_connections_oauth_destroy`).
pub type GroupConnectionsOauthDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_oauth_list`] returns (`sources_group_connections_oauth_list`).
pub type GroupConnectionsOauthListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupOAuthSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_oauth_list`] (`sources_group_connections_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsOauthListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_oauth_partial_update`] returns (`sources_group_connections_oauth_partial_update`).
pub type GroupConnectionsOauthPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupOAuthSourceConnection,
>;

/// What [`Sources::group_connections_oauth_retrieve`] returns (`sources_group_connections_oauth_retrieve`).
pub type GroupConnectionsOauthRetrieveResponse = super::Reply200_400_403<
    super::models::GroupOAuthSourceConnection,
>;

/// What [`Sources::group_connections_oauth_update`] returns (`sources_group_connections_oauth_update`).
pub type GroupConnectionsOauthUpdateResponse = super::Reply200_400_403<
    super::models::GroupOAuthSourceConnection,
>;

/// What [`Sources::group_connections_oauth_used_by_list`] returns (`sources_group_connections_oauth_used_by_list`).
pub type GroupConnectionsOauthUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_plex_create`] returns (`sources_group_connections_plex_create`).
pub type GroupConnectionsPlexCreateResponse = super::Reply201_400_403<
    super::models::GroupPlexSourceConnection,
>;

/// What [`Sources::group_connections_plex_destroy`] returns (`sources_group_connections_plex_destroy`).
pub type GroupConnectionsPlexDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_plex_list`] returns (`sources_group_connections_plex_list`).
pub type GroupConnectionsPlexListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupPlexSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_plex_list`] (`sources_group_connections_plex_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsPlexListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_plex_partial_update`] returns (`sources_group_connections_plex_partial_update`).
pub type GroupConnectionsPlexPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupPlexSourceConnection,
>;

/// What [`Sources::group_connections_plex_retrieve`] returns (`sources_group_connections_plex_retrieve`).
pub type GroupConnectionsPlexRetrieveResponse = super::Reply200_400_403<
    super::models::GroupPlexSourceConnection,
>;

/// What [`Sources::group_connections_plex_update`] returns (`sources_group_connections_plex_update`).
pub type GroupConnectionsPlexUpdateResponse = super::Reply200_400_403<
    super::models::GroupPlexSourceConnection,
>;

/// What [`Sources::group_connections_plex_used_by_list`] returns (`sources_group_connections_plex_used_by_list`).
pub type GroupConnectionsPlexUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_saml_create`] returns (`sources_group_connections_saml_create`).
pub type GroupConnectionsSamlCreateResponse = super::Reply201_400_403<
    super::models::GroupSAMLSourceConnection,
>;

/// What [`Sources::group_connections_saml_destroy`] returns (`sources_group_connections_saml_destroy`).
pub type GroupConnectionsSamlDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_saml_list`] returns (`sources_group_connections_saml_list`).
pub type GroupConnectionsSamlListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupSAMLSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_saml_list`] (`sources_group_connections_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsSamlListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_saml_partial_update`] returns (`sources_group_connections_saml_partial_update`).
pub type GroupConnectionsSamlPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupSAMLSourceConnection,
>;

/// What [`Sources::group_connections_saml_retrieve`] returns (`sources_group_connections_saml_retrieve`).
pub type GroupConnectionsSamlRetrieveResponse = super::Reply200_400_403<
    super::models::GroupSAMLSourceConnection,
>;

/// What [`Sources::group_connections_saml_update`] returns (`sources_group_connections_saml_update`).
pub type GroupConnectionsSamlUpdateResponse = super::Reply200_400_403<
    super::models::GroupSAMLSourceConnection,
>;

/// What [`Sources::group_connections_saml_used_by_list`] returns (`sources_group_connections_saml_used_by_list`).
pub type GroupConnectionsSamlUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::group_connections_telegram_create`] returns (`sources_group_connections_telegram_create`).
pub type GroupConnectionsTelegramCreateResponse = super::Reply201_400_403<
    super::models::GroupTelegramSourceConnection,
>;

/// What [`Sources::group_connections_telegram_destroy`] returns (`sources_group_connections_telegram_destroy`).
pub type GroupConnectionsTelegramDestroyResponse = super::Reply204_400_403;

/// What [`Sources::group_connections_telegram_list`] returns (`sources_group_connections_telegram_list`).
pub type GroupConnectionsTelegramListResponse = super::Reply200_400_403<
    super::models::PaginatedGroupTelegramSourceConnectionList,
>;

/// Query and header parameters of [`Sources::group_connections_telegram_list`] (`sources_group_connections_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupConnectionsTelegramListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::group_connections_telegram_partial_update`] returns (`sources_group_connections_telegram_partial_update`).
pub type GroupConnectionsTelegramPartialUpdateResponse = super::Reply200_400_403<
    super::models::GroupTelegramSourceConnection,
>;

/// What [`Sources::group_connections_telegram_retrieve`] returns (`sources_group_connections_telegram_retrieve`).
pub type GroupConnectionsTelegramRetrieveResponse = super::Reply200_400_403<
    super::models::GroupTelegramSourceConnection,
>;

/// What [`Sources::group_connections_telegram_update`] returns (`sources_group_connections_telegram_update`).
pub type GroupConnectionsTelegramUpdateResponse = super::Reply200_400_403<
    super::models::GroupTelegramSourceConnection,
>;

/// What [`Sources::group_connections_telegram_used_by_list`] returns (`sources_group_connections_telegram_used_by_list`).
pub type GroupConnectionsTelegramUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::kerberos_create`] returns (`sources_kerberos_create`).
pub type KerberosCreateResponse = super::Reply201_400_403<super::models::KerberosSource>;

/// What [`Sources::kerberos_destroy`] returns (`sources_kerberos_destroy`).
pub type KerberosDestroyResponse = super::Reply204_400_403;

/// What [`Sources::kerberos_list`] returns (`sources_kerberos_list`).
pub type KerberosListResponse = super::Reply200_400_403<
    super::models::PaginatedKerberosSourceList,
>;

/// Query and header parameters of [`Sources::kerberos_list`] (`sources_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KerberosListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// KAdmin server type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kadmin_type: Option<super::models::KadminTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realm: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_server_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_principal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
}

/// What [`Sources::kerberos_partial_update`] returns (`sources_kerberos_partial_update`).
pub type KerberosPartialUpdateResponse = super::Reply200_400_403<
    super::models::KerberosSource,
>;

/// What [`Sources::kerberos_retrieve`] returns (`sources_kerberos_retrieve`).
pub type KerberosRetrieveResponse = super::Reply200_400_403<
    super::models::KerberosSource,
>;

/// What [`Sources::kerberos_sync_status_retrieve`] returns (`sources_kerberos_sync_status_retrieve`).
pub type KerberosSyncStatusRetrieveResponse = super::Reply200_400_403<
    super::models::SyncStatus,
>;

/// What [`Sources::kerberos_update`] returns (`sources_kerberos_update`).
pub type KerberosUpdateResponse = super::Reply200_400_403<super::models::KerberosSource>;

/// What [`Sources::kerberos_used_by_list`] returns (`sources_kerberos_used_by_list`).
pub type KerberosUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::ldap_create`] returns (`sources_ldap_create`).
pub type LdapCreateResponse = super::Reply201_400_403<super::models::LDAPSource>;

/// What [`Sources::ldap_debug_retrieve`] returns (`sources_ldap_debug_retrieve`).
pub type LdapDebugRetrieveResponse = super::Reply200_400_403<super::models::LDAPDebug>;

/// What [`Sources::ldap_destroy`] returns (`sources_ldap_destroy`).
pub type LdapDestroyResponse = super::Reply204_400_403;

/// What [`Sources::ldap_list`] returns (`sources_ldap_list`).
pub type LdapListResponse = super::Reply200_400_403<
    super::models::PaginatedLDAPSourceList,
>;

/// Query and header parameters of [`Sources::ldap_list`] (`sources_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LdapListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_group_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_user_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_cn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_not_found_objects: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_membership_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_groups_from_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_uniqueness_field: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_certificate: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_group_hierarchy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_groups: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_parent_group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_membership_attribute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

/// What [`Sources::ldap_partial_update`] returns (`sources_ldap_partial_update`).
pub type LdapPartialUpdateResponse = super::Reply200_400_403<super::models::LDAPSource>;

/// What [`Sources::ldap_retrieve`] returns (`sources_ldap_retrieve`).
pub type LdapRetrieveResponse = super::Reply200_400_403<super::models::LDAPSource>;

/// What [`Sources::ldap_sync_status_retrieve`] returns (`sources_ldap_sync_status_retrieve`).
pub type LdapSyncStatusRetrieveResponse = super::Reply200_400_403<
    super::models::SyncStatus,
>;

/// What [`Sources::ldap_update`] returns (`sources_ldap_update`).
pub type LdapUpdateResponse = super::Reply200_400_403<super::models::LDAPSource>;

/// What [`Sources::ldap_used_by_list`] returns (`sources_ldap_used_by_list`).
pub type LdapUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::oauth_create`] returns (`sources_oauth_create`).
pub type OauthCreateResponse = super::Reply201_400_403<super::models::OAuthSource>;

/// What [`Sources::oauth_destroy`] returns (`sources_oauth_destroy`).
pub type OauthDestroyResponse = super::Reply204_400_403;

/// What [`Sources::oauth_list`] returns (`sources_oauth_list`).
pub type OauthListResponse = super::Reply200_400_403<
    super::models::PaginatedOAuthSourceList,
>;

/// Query and header parameters of [`Sources::oauth_list`] (`sources_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OauthListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scopes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
    /// Only return sources with JWKS data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_jwks: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_token_url: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// What [`Sources::oauth_partial_update`] returns (`sources_oauth_partial_update`).
pub type OauthPartialUpdateResponse = super::Reply200_400_403<
    super::models::OAuthSource,
>;

/// What [`Sources::oauth_retrieve`] returns (`sources_oauth_retrieve`).
pub type OauthRetrieveResponse = super::Reply200_400_403<super::models::OAuthSource>;

/// What [`Sources::oauth_source_types_list`] returns (`sources_oauth_source_types_list`).
pub type OauthSourceTypesListResponse = super::Reply200_400_403<
    Vec<super::models::SourceType>,
>;

/// Query and header parameters of [`Sources::oauth_source_types_list`] (`sources_oauth_source_types_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OauthSourceTypesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What [`Sources::oauth_update`] returns (`sources_oauth_update`).
pub type OauthUpdateResponse = super::Reply200_400_403<super::models::OAuthSource>;

/// What [`Sources::oauth_used_by_list`] returns (`sources_oauth_used_by_list`).
pub type OauthUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::plex_create`] returns (`sources_plex_create`).
pub type PlexCreateResponse = super::Reply201_400_403<super::models::PlexSource>;

/// What [`Sources::plex_destroy`] returns (`sources_plex_destroy`).
pub type PlexDestroyResponse = super::Reply204_400_403;

/// What [`Sources::plex_list`] returns (`sources_plex_list`).
pub type PlexListResponse = super::Reply200_400_403<
    super::models::PaginatedPlexSourceList,
>;

/// Query and header parameters of [`Sources::plex_list`] (`sources_plex_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_friends: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// What [`Sources::plex_partial_update`] returns (`sources_plex_partial_update`).
pub type PlexPartialUpdateResponse = super::Reply200_400_403<super::models::PlexSource>;

/// What [`Sources::plex_redeem_token_authenticated_create`] returns (`sources_plex_redeem_token_authenticated_create`).
pub type PlexRedeemTokenAuthenticatedCreateResponse = super::Reply204_400_403V3;

/// Query and header parameters of [`Sources::plex_redeem_token_authenticated_create`] (`sources_plex_redeem_token_authenticated_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexRedeemTokenAuthenticatedCreateQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// What [`Sources::plex_redeem_token_create`] returns (`sources_plex_redeem_token_create`).
pub type PlexRedeemTokenCreateResponse = super::Reply200_400_403V3<
    super::models::RedirectChallenge,
>;

/// Query and header parameters of [`Sources::plex_redeem_token_create`] (`sources_plex_redeem_token_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexRedeemTokenCreateQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// What [`Sources::plex_retrieve`] returns (`sources_plex_retrieve`).
pub type PlexRetrieveResponse = super::Reply200_400_403<super::models::PlexSource>;

/// What [`Sources::plex_update`] returns (`sources_plex_update`).
pub type PlexUpdateResponse = super::Reply200_400_403<super::models::PlexSource>;

/// What [`Sources::plex_used_by_list`] returns (`sources_plex_used_by_list`).
pub type PlexUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::saml_create`] returns (`sources_saml_create`).
pub type SamlCreateResponse = super::Reply201_400_403<super::models::SAMLSource>;

/// What [`Sources::saml_destroy`] returns (`sources_saml_destroy`).
pub type SamlDestroyResponse = super::Reply204_400_403;

/// What [`Sources::saml_list`] returns (`sources_saml_list`).
pub type SamlListResponse = super::Reply200_400_403<
    super::models::PaginatedSAMLSourceList,
>;

/// Query and header parameters of [`Sources::saml_list`] (`sources_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SamlListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_type: Option<super::models::BindingTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_authentication_flow: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_kp: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_user_delete_after: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_kp: Option<::uuid::Uuid>,
}

/// What [`Sources::saml_metadata_retrieve`] returns (`sources_saml_metadata_retrieve`).
pub type SamlMetadataRetrieveResponse = super::Reply200_400_403<
    super::models::SAMLMetadata,
>;

/// What [`Sources::saml_partial_update`] returns (`sources_saml_partial_update`).
pub type SamlPartialUpdateResponse = super::Reply200_400_403<super::models::SAMLSource>;

/// What [`Sources::saml_retrieve`] returns (`sources_saml_retrieve`).
pub type SamlRetrieveResponse = super::Reply200_400_403<super::models::SAMLSource>;

/// What [`Sources::saml_update`] returns (`sources_saml_update`).
pub type SamlUpdateResponse = super::Reply200_400_403<super::models::SAMLSource>;

/// What [`Sources::saml_used_by_list`] returns (`sources_saml_used_by_list`).
pub type SamlUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::scim_create`] returns (`sources_scim_create`).
pub type ScimCreateResponse = super::Reply201_400_403<super::models::SCIMSource>;

/// What [`Sources::scim_destroy`] returns (`sources_scim_destroy`).
pub type ScimDestroyResponse = super::Reply204_400_403;

/// What [`Sources::scim_groups_create`] returns (`sources_scim_groups_create`).
pub type ScimGroupsCreateResponse = super::Reply201_400_403<
    super::models::SCIMSourceGroup,
>;

/// What [`Sources::scim_groups_destroy`] returns (`sources_scim_groups_destroy`).
pub type ScimGroupsDestroyResponse = super::Reply204_400_403;

/// What [`Sources::scim_groups_list`] returns (`sources_scim_groups_list`).
pub type ScimGroupsListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMSourceGroupList,
>;

/// Query and header parameters of [`Sources::scim_groups_list`] (`sources_scim_groups_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScimGroupsListQuery {
    #[serde(rename = "group__group_uuid")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_group_uuid: Option<::uuid::Uuid>,
    #[serde(rename = "group__name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
}

/// What [`Sources::scim_groups_partial_update`] returns (`sources_scim_groups_partial_update`).
pub type ScimGroupsPartialUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourceGroup,
>;

/// What [`Sources::scim_groups_retrieve`] returns (`sources_scim_groups_retrieve`).
pub type ScimGroupsRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMSourceGroup,
>;

/// What [`Sources::scim_groups_update`] returns (`sources_scim_groups_update`).
pub type ScimGroupsUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourceGroup,
>;

/// What [`Sources::scim_groups_used_by_list`] returns (`sources_scim_groups_used_by_list`).
pub type ScimGroupsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::scim_list`] returns (`sources_scim_list`).
pub type ScimListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMSourceList,
>;

/// Query and header parameters of [`Sources::scim_list`] (`sources_scim_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScimListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// What [`Sources::scim_partial_update`] returns (`sources_scim_partial_update`).
pub type ScimPartialUpdateResponse = super::Reply200_400_403<super::models::SCIMSource>;

/// What [`Sources::scim_retrieve`] returns (`sources_scim_retrieve`).
pub type ScimRetrieveResponse = super::Reply200_400_403<super::models::SCIMSource>;

/// What [`Sources::scim_update`] returns (`sources_scim_update`).
pub type ScimUpdateResponse = super::Reply200_400_403<super::models::SCIMSource>;

/// What [`Sources::scim_used_by_list`] returns (`sources_scim_used_by_list`).
pub type ScimUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Sources::scim_users_create`] returns (`sources_scim_users_create`).
pub type ScimUsersCreateResponse = super::Reply201_400_403<
    super::models::SCIMSourceUser,
>;

/// What [`Sources::scim_users_destroy`] returns (`sources_scim_users_destroy`).
pub type ScimUsersDestroyResponse = super::Reply204_400_403;

/// What [`Sources::scim_users_list`] returns (`sources_scim_users_list`).
pub type ScimUsersListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMSourceUserList,
>;

/// Query and header parameters of [`Sources::scim_users_list`] (`sources_scim_users_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScimUsersListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(rename = "user__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Sources::scim_users_partial_update`] returns (`sources_scim_users_partial_update`).
pub type ScimUsersPartialUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourceUser,
>;

/// What [`Sources::scim_users_retrieve`] returns (`sources_scim_users_retrieve`).
pub type ScimUsersRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMSourceUser,
>;

/// What [`Sources::scim_users_update`] returns (`sources_scim_users_update`).
pub type ScimUsersUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourceUser,
>;

/// What [`Sources::scim_users_used_by_list`] returns (`sources_scim_users_used_by_list`).
pub type ScimUsersUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::telegram_connect_user_create`] returns (`sources_telegram_connect_user_create`).
pub type TelegramConnectUserCreateResponse = super::Reply201_400_403V3<
    super::models::UserTelegramSourceConnection,
>;

/// What [`Sources::telegram_create`] returns (`sources_telegram_create`).
pub type TelegramCreateResponse = super::Reply201_400_403<super::models::TelegramSource>;

/// What [`Sources::telegram_destroy`] returns (`sources_telegram_destroy`).
pub type TelegramDestroyResponse = super::Reply204_400_403;

/// What [`Sources::telegram_list`] returns (`sources_telegram_list`).
pub type TelegramListResponse = super::Reply200_400_403<
    super::models::PaginatedTelegramSourceList,
>;

/// Query and header parameters of [`Sources::telegram_list`] (`sources_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_flow: Option<::uuid::Uuid>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<super::models::GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message_access: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<super::models::UserMatchingModeEnum>,
}

/// What [`Sources::telegram_partial_update`] returns (`sources_telegram_partial_update`).
pub type TelegramPartialUpdateResponse = super::Reply200_400_403<
    super::models::TelegramSource,
>;

/// What [`Sources::telegram_retrieve`] returns (`sources_telegram_retrieve`).
pub type TelegramRetrieveResponse = super::Reply200_400_403<
    super::models::TelegramSource,
>;

/// What [`Sources::telegram_update`] returns (`sources_telegram_update`).
pub type TelegramUpdateResponse = super::Reply200_400_403<super::models::TelegramSource>;

/// What [`Sources::telegram_used_by_list`] returns (`sources_telegram_used_by_list`).
pub type TelegramUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_all_destroy`] returns (`sources_user_connections_all_destroy`).
pub type UserConnectionsAllDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_all_list`] returns (`sources_user_connections_all_list`).
pub type UserConnectionsAllListResponse = super::Reply200_400_403<
    super::models::PaginatedUserSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_all_list`] (`sources_user_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsAllListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_all_partial_update`] returns (`sources_user_connections_all_partial_update`).
pub type UserConnectionsAllPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserSourceConnection,
>;

/// What [`Sources::user_connections_all_retrieve`] returns (`sources_user_connections_all_retrieve`).
pub type UserConnectionsAllRetrieveResponse = super::Reply200_400_403<
    super::models::UserSourceConnection,
>;

/// What [`Sources::user_connections_all_update`] returns (`sources_user_connections_all_update`).
pub type UserConnectionsAllUpdateResponse = super::Reply200_400_403<
    super::models::UserSourceConnection,
>;

/// What [`Sources::user_connections_all_used_by_list`] returns (`sources_user_connections_all_used_by_list`).
pub type UserConnectionsAllUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_kerberos_create`] returns (`sources_user_connections_kerberos_create`).
pub type UserConnectionsKerberosCreateResponse = super::Reply201_400_403<
    super::models::UserKerberosSourceConnection,
>;

/// What [`Sources::user_connections_kerberos_destroy`] returns (`sources_user_connections_kerberos_destroy`).
pub type UserConnectionsKerberosDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_kerberos_list`] returns (`sources_user_connections_kerberos_list`).
pub type UserConnectionsKerberosListResponse = super::Reply200_400_403<
    super::models::PaginatedUserKerberosSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_kerberos_list`] (`sources_user_connections_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsKerberosListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_kerberos_partial_update`] returns (`sources_user_connections_kerberos_partial_update`).
pub type UserConnectionsKerberosPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserKerberosSourceConnection,
>;

/// What [`Sources::user_connections_kerberos_retrieve`] returns (`sources_user_connections_kerberos_retrieve`).
pub type UserConnectionsKerberosRetrieveResponse = super::Reply200_400_403<
    super::models::UserKerberosSourceConnection,
>;

/// What [`Sources::user_connections_kerberos_update`] returns (`sources_user_connections_kerberos_update`).
pub type UserConnectionsKerberosUpdateResponse = super::Reply200_400_403<
    super::models::UserKerberosSourceConnection,
>;

/// What [`Sources::user_connections_kerberos_used_by_list`] returns (`sources_user_connections_kerberos_used_by_list`).
pub type UserConnectionsKerberosUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_ldap_create`] returns (`sources_user_connections_ldap_create`).
pub type UserConnectionsLdapCreateResponse = super::Reply201_400_403<
    super::models::UserLDAPSourceConnection,
>;

/// What [`Sources::user_connections_ldap_destroy`] returns (`sources_user_connections_ldap_destroy`).
pub type UserConnectionsLdapDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_ldap_list`] returns (`sources_user_connections_ldap_list`).
pub type UserConnectionsLdapListResponse = super::Reply200_400_403<
    super::models::PaginatedUserLDAPSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_ldap_list`] (`sources_user_connections_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsLdapListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_ldap_partial_update`] returns (`sources_user_connections_ldap_partial_update`).
pub type UserConnectionsLdapPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserLDAPSourceConnection,
>;

/// What [`Sources::user_connections_ldap_retrieve`] returns (`sources_user_connections_ldap_retrieve`).
pub type UserConnectionsLdapRetrieveResponse = super::Reply200_400_403<
    super::models::UserLDAPSourceConnection,
>;

/// What [`Sources::user_connections_ldap_update`] returns (`sources_user_connections_ldap_update`).
pub type UserConnectionsLdapUpdateResponse = super::Reply200_400_403<
    super::models::UserLDAPSourceConnection,
>;

/// What [`Sources::user_connections_ldap_used_by_list`] returns (`sources_user_connections_ldap_used_by_list`).
pub type UserConnectionsLdapUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_oauth_create`] returns (`sources_user_connections_oauth_create`).
pub type UserConnectionsOauthCreateResponse = super::Reply201_400_403<
    super::models::UserOAuthSourceConnection,
>;

/// What [`Sources::user_connections_oauth_destroy`] returns (`sources_user_connections_oauth_destroy`).
pub type UserConnectionsOauthDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_oauth_list`] returns (`sources_user_connections_oauth_list`).
pub type UserConnectionsOauthListResponse = super::Reply200_400_403<
    super::models::PaginatedUserOAuthSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_oauth_list`] (`sources_user_connections_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsOauthListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_oauth_partial_update`] returns (`sources_user_connections_oauth_partial_update`).
pub type UserConnectionsOauthPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserOAuthSourceConnection,
>;

/// What [`Sources::user_connections_oauth_retrieve`] returns (`sources_user_connections_oauth_retrieve`).
pub type UserConnectionsOauthRetrieveResponse = super::Reply200_400_403<
    super::models::UserOAuthSourceConnection,
>;

/// What [`Sources::user_connections_oauth_update`] returns (`sources_user_connections_oauth_update`).
pub type UserConnectionsOauthUpdateResponse = super::Reply200_400_403<
    super::models::UserOAuthSourceConnection,
>;

/// What [`Sources::user_connections_oauth_used_by_list`] returns (`sources_user_connections_oauth_used_by_list`).
pub type UserConnectionsOauthUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_plex_create`] returns (`sources_user_connections_plex_create`).
pub type UserConnectionsPlexCreateResponse = super::Reply201_400_403<
    super::models::UserPlexSourceConnection,
>;

/// What [`Sources::user_connections_plex_destroy`] returns (`sources_user_connections_plex_destroy`).
pub type UserConnectionsPlexDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_plex_list`] returns (`sources_user_connections_plex_list`).
pub type UserConnectionsPlexListResponse = super::Reply200_400_403<
    super::models::PaginatedUserPlexSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_plex_list`] (`sources_user_connections_plex_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsPlexListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_plex_partial_update`] returns (`sources_user_connections_plex_partial_update`).
pub type UserConnectionsPlexPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserPlexSourceConnection,
>;

/// What [`Sources::user_connections_plex_retrieve`] returns (`sources_user_connections_plex_retrieve`).
pub type UserConnectionsPlexRetrieveResponse = super::Reply200_400_403<
    super::models::UserPlexSourceConnection,
>;

/// What [`Sources::user_connections_plex_update`] returns (`sources_user_connections_plex_update`).
pub type UserConnectionsPlexUpdateResponse = super::Reply200_400_403<
    super::models::UserPlexSourceConnection,
>;

/// What [`Sources::user_connections_plex_used_by_list`] returns (`sources_user_connections_plex_used_by_list`).
pub type UserConnectionsPlexUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_saml_create`] returns (`sources_user_connections_saml_create`).
pub type UserConnectionsSamlCreateResponse = super::Reply201_400_403<
    super::models::UserSAMLSourceConnection,
>;

/// What [`Sources::user_connections_saml_destroy`] returns (`sources_user_connections_saml_destroy`).
pub type UserConnectionsSamlDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_saml_list`] returns (`sources_user_connections_saml_list`).
pub type UserConnectionsSamlListResponse = super::Reply200_400_403<
    super::models::PaginatedUserSAMLSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_saml_list`] (`sources_user_connections_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsSamlListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_saml_partial_update`] returns (`sources_user_connections_saml_partial_update`).
pub type UserConnectionsSamlPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserSAMLSourceConnection,
>;

/// What [`Sources::user_connections_saml_retrieve`] returns (`sources_user_connections_saml_retrieve`).
pub type UserConnectionsSamlRetrieveResponse = super::Reply200_400_403<
    super::models::UserSAMLSourceConnection,
>;

/// What [`Sources::user_connections_saml_update`] returns (`sources_user_connections_saml_update`).
pub type UserConnectionsSamlUpdateResponse = super::Reply200_400_403<
    super::models::UserSAMLSourceConnection,
>;

/// What [`Sources::user_connections_saml_used_by_list`] returns (`sources_user_connections_saml_used_by_list`).
pub type UserConnectionsSamlUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Sources::user_connections_telegram_create`] returns (`sources_user_connections_telegram_create`).
pub type UserConnectionsTelegramCreateResponse = super::Reply201_400_403<
    super::models::UserTelegramSourceConnection,
>;

/// What [`Sources::user_connections_telegram_destroy`] returns (`sources_user_connections_telegram_destroy`).
pub type UserConnectionsTelegramDestroyResponse = super::Reply204_400_403;

/// What [`Sources::user_connections_telegram_list`] returns (`sources_user_connections_telegram_list`).
pub type UserConnectionsTelegramListResponse = super::Reply200_400_403<
    super::models::PaginatedUserTelegramSourceConnectionList,
>;

/// Query and header parameters of [`Sources::user_connections_telegram_list`] (`sources_user_connections_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConnectionsTelegramListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "source__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Sources::user_connections_telegram_partial_update`] returns (`sources_user_connections_telegram_partial_update`).
pub type UserConnectionsTelegramPartialUpdateResponse = super::Reply200_400_403<
    super::models::UserTelegramSourceConnection,
>;

/// What [`Sources::user_connections_telegram_retrieve`] returns (`sources_user_connections_telegram_retrieve`).
pub type UserConnectionsTelegramRetrieveResponse = super::Reply200_400_403<
    super::models::UserTelegramSourceConnection,
>;

/// What [`Sources::user_connections_telegram_update`] returns (`sources_user_connections_telegram_update`).
pub type UserConnectionsTelegramUpdateResponse = super::Reply200_400_403<
    super::models::UserTelegramSourceConnection,
>;

/// What [`Sources::user_connections_telegram_used_by_list`] returns (`sources_user_connections_telegram_used_by_list`).
pub type UserConnectionsTelegramUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
