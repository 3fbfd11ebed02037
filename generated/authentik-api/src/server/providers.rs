//! Server side of the operations tagged `providers` (131).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `providers`. Implement those you serve, then
/// `Server::new().providers(service)` or [`router`]; the others go to
/// [`Providers::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Providers: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Provider Viewset
    ///
    /// `DELETE /providers/all/{id}/` (`providers_all_destroy`).
    fn all_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<AllDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_all_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Provider Viewset
    ///
    /// `GET /providers/all/` (`providers_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
        query: AllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Provider Viewset
    ///
    /// `GET /providers/all/{id}/` (`providers_all_retrieve`).
    fn all_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<AllRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_all_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /providers/all/types/` (`providers_all_types_list`).
    fn all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTypesListResponse>> + Send {
        rt::forward(self.fallback(), "providers_all_types_list", auth, rt::Args::new())
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/all/{id}/used_by/` (`providers_all_used_by_list`).
    fn all_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<AllUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_all_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `POST /providers/google_workspace/` (`providers_google_workspace_create`).
    fn google_workspace_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleWorkspaceProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `DELETE /providers/google_workspace/{id}/` (`providers_google_workspace_destroy`).
    fn google_workspace_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `POST /providers/google_workspace_groups/` (`providers_google_workspace_groups_create`).
    fn google_workspace_groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleWorkspaceProviderGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceGroupsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `DELETE /providers/google_workspace_groups/{id}/` (`providers_google_workspace_groups_destroy`).
    fn google_workspace_groups_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceGroupsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_groups_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `GET /providers/google_workspace_groups/` (`providers_google_workspace_groups_list`).
    fn google_workspace_groups_list(
        &self,
        auth: rt::Auth,
        query: GoogleWorkspaceGroupsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceGroupsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GoogleWorkspaceProviderGroup Viewset
    ///
    /// `GET /providers/google_workspace_groups/{id}/` (`providers_google_workspace_groups_retrieve`).
    fn google_workspace_groups_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceGroupsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_groups_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/google_workspace_groups/{id}/used_by/` (`providers_google_workspace_groups_used_by_list`).
    fn google_workspace_groups_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceGroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_groups_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `GET /providers/google_workspace/` (`providers_google_workspace_list`).
    fn google_workspace_list(
        &self,
        auth: rt::Auth,
        query: GoogleWorkspaceListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `PATCH /providers/google_workspace/{id}/` (`providers_google_workspace_partial_update`).
    fn google_workspace_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedGoogleWorkspaceProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspacePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `GET /providers/google_workspace/{id}/` (`providers_google_workspace_retrieve`).
    fn google_workspace_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/google_workspace/{id}/sync/object/` (`providers_google_workspace_sync_object_create`).
    fn google_workspace_sync_object_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SyncObjectRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceSyncObjectCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_sync_object_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get provider's sync status
    ///
    /// `GET /providers/google_workspace/{id}/sync/status/` (`providers_google_workspace_sync_status_retrieve`).
    fn google_workspace_sync_status_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceSyncStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_sync_status_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProvider Viewset
    ///
    /// `PUT /providers/google_workspace/{id}/` (`providers_google_workspace_update`).
    fn google_workspace_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::GoogleWorkspaceProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/google_workspace/{id}/used_by/` (`providers_google_workspace_used_by_list`).
    fn google_workspace_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `POST /providers/google_workspace_users/` (`providers_google_workspace_users_create`).
    fn google_workspace_users_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleWorkspaceProviderUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsersCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_users_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `DELETE /providers/google_workspace_users/{id}/` (`providers_google_workspace_users_destroy`).
    fn google_workspace_users_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsersDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_users_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `GET /providers/google_workspace_users/` (`providers_google_workspace_users_list`).
    fn google_workspace_users_list(
        &self,
        auth: rt::Auth,
        query: GoogleWorkspaceUsersListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsersListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_users_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GoogleWorkspaceProviderUser Viewset
    ///
    /// `GET /providers/google_workspace_users/{id}/` (`providers_google_workspace_users_retrieve`).
    fn google_workspace_users_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsersRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_users_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/google_workspace_users/{id}/used_by/` (`providers_google_workspace_users_used_by_list`).
    fn google_workspace_users_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleWorkspaceUsersUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_google_workspace_users_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `POST /providers/ldap/` (`providers_ldap_create`).
    fn ldap_create(
        &self,
        auth: rt::Auth,
        body: super::models::LDAPProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `DELETE /providers/ldap/{id}/` (`providers_ldap_destroy`).
    fn ldap_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `GET /providers/ldap/` (`providers_ldap_list`).
    fn ldap_list(
        &self,
        auth: rt::Auth,
        query: LdapListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `PATCH /providers/ldap/{id}/` (`providers_ldap_partial_update`).
    fn ldap_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedLDAPProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LdapPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `GET /providers/ldap/{id}/` (`providers_ldap_retrieve`).
    fn ldap_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `PUT /providers/ldap/{id}/` (`providers_ldap_update`).
    fn ldap_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::LDAPProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/ldap/{id}/used_by/` (`providers_ldap_used_by_list`).
    fn ldap_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ldap_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `POST /providers/microsoft_entra/` (`providers_microsoft_entra_create`).
    fn microsoft_entra_create(
        &self,
        auth: rt::Auth,
        body: super::models::MicrosoftEntraProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `DELETE /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_destroy`).
    fn microsoft_entra_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `POST /providers/microsoft_entra_groups/` (`providers_microsoft_entra_groups_create`).
    fn microsoft_entra_groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::MicrosoftEntraProviderGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraGroupsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `DELETE /providers/microsoft_entra_groups/{id}/` (`providers_microsoft_entra_groups_destroy`).
    fn microsoft_entra_groups_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraGroupsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_groups_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `GET /providers/microsoft_entra_groups/` (`providers_microsoft_entra_groups_list`).
    fn microsoft_entra_groups_list(
        &self,
        auth: rt::Auth,
        query: MicrosoftEntraGroupsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraGroupsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// MicrosoftEntraProviderGroup Viewset
    ///
    /// `GET /providers/microsoft_entra_groups/{id}/` (`providers_microsoft_entra_groups_retrieve`).
    fn microsoft_entra_groups_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraGroupsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_groups_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/microsoft_entra_groups/{id}/used_by/` (`providers_microsoft_entra_groups_used_by_list`).
    fn microsoft_entra_groups_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraGroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_groups_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `GET /providers/microsoft_entra/` (`providers_microsoft_entra_list`).
    fn microsoft_entra_list(
        &self,
        auth: rt::Auth,
        query: MicrosoftEntraListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `PATCH /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_partial_update`).
    fn microsoft_entra_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedMicrosoftEntraProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `GET /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_retrieve`).
    fn microsoft_entra_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/microsoft_entra/{id}/sync/object/` (`providers_microsoft_entra_sync_object_create`).
    fn microsoft_entra_sync_object_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SyncObjectRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraSyncObjectCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_sync_object_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get provider's sync status
    ///
    /// `GET /providers/microsoft_entra/{id}/sync/status/` (`providers_microsoft_entra_sync_status_retrieve`).
    fn microsoft_entra_sync_status_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraSyncStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_sync_status_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProvider Viewset
    ///
    /// `PUT /providers/microsoft_entra/{id}/` (`providers_microsoft_entra_update`).
    fn microsoft_entra_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::MicrosoftEntraProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/microsoft_entra/{id}/used_by/` (`providers_microsoft_entra_used_by_list`).
    fn microsoft_entra_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `POST /providers/microsoft_entra_users/` (`providers_microsoft_entra_users_create`).
    fn microsoft_entra_users_create(
        &self,
        auth: rt::Auth,
        body: super::models::MicrosoftEntraProviderUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsersCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_users_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `DELETE /providers/microsoft_entra_users/{id}/` (`providers_microsoft_entra_users_destroy`).
    fn microsoft_entra_users_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsersDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_users_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `GET /providers/microsoft_entra_users/` (`providers_microsoft_entra_users_list`).
    fn microsoft_entra_users_list(
        &self,
        auth: rt::Auth,
        query: MicrosoftEntraUsersListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsersListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_users_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// MicrosoftEntraProviderUser Viewset
    ///
    /// `GET /providers/microsoft_entra_users/{id}/` (`providers_microsoft_entra_users_retrieve`).
    fn microsoft_entra_users_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsersRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_users_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/microsoft_entra_users/{id}/used_by/` (`providers_microsoft_entra_users_used_by_list`).
    fn microsoft_entra_users_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<MicrosoftEntraUsersUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_microsoft_entra_users_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `POST /providers/oauth2/` (`providers_oauth2_create`).
    fn oauth2_create(
        &self,
        auth: rt::Auth,
        body: super::models::OAuth2ProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2CreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `POST /providers/oauth2-dcr/` (`providers_oauth2_dcr_create`).
    fn oauth2_dcr_create(
        &self,
        auth: rt::Auth,
        body: super::models::OAuth2DynamicClientRegistrationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2DcrCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `DELETE /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_destroy`).
    fn oauth2_dcr_destroy(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2DcrDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_destroy",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/` (`providers_oauth2_dcr_list`).
    fn oauth2_dcr_list(
        &self,
        auth: rt::Auth,
        query: Oauth2DcrListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2DcrListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PATCH /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_partial_update`).
    fn oauth2_dcr_partial_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::PatchedOAuth2DynamicClientRegistrationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2DcrPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_partial_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `GET /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_retrieve`).
    fn oauth2_dcr_retrieve(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2DcrRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_retrieve",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// OAuth2 Dynamic Client Registration configuration ViewSet
    ///
    /// `PUT /providers/oauth2-dcr/{pbm_uuid}/` (`providers_oauth2_dcr_update`).
    fn oauth2_dcr_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::OAuth2DynamicClientRegistrationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2DcrUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_dcr_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `DELETE /providers/oauth2/{id}/` (`providers_oauth2_destroy`).
    fn oauth2_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2DestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `GET /providers/oauth2/` (`providers_oauth2_list`).
    fn oauth2_list(
        &self,
        auth: rt::Auth,
        query: Oauth2ListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2ListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `PATCH /providers/oauth2/{id}/` (`providers_oauth2_partial_update`).
    fn oauth2_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedOAuth2ProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2PartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Preview user data for provider
    ///
    /// `GET /providers/oauth2/{id}/preview_user/` (`providers_oauth2_preview_user_retrieve`).
    fn oauth2_preview_user_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
        query: Oauth2PreviewUserRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2PreviewUserRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_preview_user_retrieve",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `GET /providers/oauth2/{id}/` (`providers_oauth2_retrieve`).
    fn oauth2_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2RetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get Providers setup URLs
    ///
    /// `GET /providers/oauth2/{id}/setup_urls/` (`providers_oauth2_setup_urls_retrieve`).
    fn oauth2_setup_urls_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2SetupUrlsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_setup_urls_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// OAuth2Provider Viewset
    ///
    /// `PUT /providers/oauth2/{id}/` (`providers_oauth2_update`).
    fn oauth2_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::OAuth2ProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<Oauth2UpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/oauth2/{id}/used_by/` (`providers_oauth2_used_by_list`).
    fn oauth2_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<Oauth2UsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_oauth2_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `POST /providers/proxy/` (`providers_proxy_create`).
    fn proxy_create(
        &self,
        auth: rt::Auth,
        body: super::models::ProxyProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `DELETE /providers/proxy/{id}/` (`providers_proxy_destroy`).
    fn proxy_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `GET /providers/proxy/` (`providers_proxy_list`).
    fn proxy_list(
        &self,
        auth: rt::Auth,
        query: ProxyListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `PATCH /providers/proxy/{id}/` (`providers_proxy_partial_update`).
    fn proxy_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedProxyProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProxyPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `GET /providers/proxy/{id}/` (`providers_proxy_retrieve`).
    fn proxy_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `PUT /providers/proxy/{id}/` (`providers_proxy_update`).
    fn proxy_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::ProxyProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/proxy/{id}/used_by/` (`providers_proxy_used_by_list`).
    fn proxy_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProxyUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_proxy_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RACProvider Viewset
    ///
    /// `POST /providers/rac/` (`providers_rac_create`).
    fn rac_create(
        &self,
        auth: rt::Auth,
        body: super::models::RACProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RacCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// RACProvider Viewset
    ///
    /// `DELETE /providers/rac/{id}/` (`providers_rac_destroy`).
    fn rac_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<RacDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RACProvider Viewset
    ///
    /// `GET /providers/rac/` (`providers_rac_list`).
    fn rac_list(
        &self,
        auth: rt::Auth,
        query: RacListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RacListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RACProvider Viewset
    ///
    /// `PATCH /providers/rac/{id}/` (`providers_rac_partial_update`).
    fn rac_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedRACProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RacPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// RACProvider Viewset
    ///
    /// `GET /providers/rac/{id}/` (`providers_rac_retrieve`).
    fn rac_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<RacRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RACProvider Viewset
    ///
    /// `PUT /providers/rac/{id}/` (`providers_rac_update`).
    fn rac_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::RACProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RacUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/rac/{id}/used_by/` (`providers_rac_used_by_list`).
    fn rac_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<RacUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_rac_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `POST /providers/radius/` (`providers_radius_create`).
    fn radius_create(
        &self,
        auth: rt::Auth,
        body: super::models::RadiusProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `DELETE /providers/radius/{id}/` (`providers_radius_destroy`).
    fn radius_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `GET /providers/radius/` (`providers_radius_list`).
    fn radius_list(
        &self,
        auth: rt::Auth,
        query: RadiusListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `PATCH /providers/radius/{id}/` (`providers_radius_partial_update`).
    fn radius_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedRadiusProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RadiusPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `GET /providers/radius/{id}/` (`providers_radius_retrieve`).
    fn radius_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `PUT /providers/radius/{id}/` (`providers_radius_update`).
    fn radius_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::RadiusProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/radius/{id}/used_by/` (`providers_radius_used_by_list`).
    fn radius_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RadiusUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_radius_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `POST /providers/saml/` (`providers_saml_create`).
    fn saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::SAMLProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `DELETE /providers/saml/{id}/` (`providers_saml_destroy`).
    fn saml_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Create provider from SAML Metadata
    ///
    /// `POST /providers/saml/import_metadata/` (`providers_saml_import_metadata_create`).
    fn saml_import_metadata_create(
        &self,
        auth: rt::Auth,
        body: rt::Form<super::models::SAMLProviderImportRequest>,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlImportMetadataCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_import_metadata_create",
            auth,
            rt::Args::new().form(&body),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `GET /providers/saml/` (`providers_saml_list`).
    fn saml_list(
        &self,
        auth: rt::Auth,
        query: SamlListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Return metadata as XML string
    ///
    /// `GET /providers/saml/{id}/metadata/` (`providers_saml_metadata_retrieve`). Allows anonymous access.
    fn saml_metadata_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
        query: SamlMetadataRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlMetadataRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_metadata_retrieve",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `PATCH /providers/saml/{id}/` (`providers_saml_partial_update`).
    fn saml_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedSAMLProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Preview user data for provider
    ///
    /// `GET /providers/saml/{id}/preview_user/` (`providers_saml_preview_user_retrieve`).
    fn saml_preview_user_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
        query: SamlPreviewUserRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SamlPreviewUserRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_preview_user_retrieve",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `GET /providers/saml/{id}/` (`providers_saml_retrieve`).
    fn saml_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SAMLProvider Viewset
    ///
    /// `PUT /providers/saml/{id}/` (`providers_saml_update`).
    fn saml_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SAMLProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/saml/{id}/used_by/` (`providers_saml_used_by_list`).
    fn saml_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SamlUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_saml_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `POST /providers/scim/` (`providers_scim_create`).
    fn scim_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `DELETE /providers/scim/{id}/` (`providers_scim_destroy`).
    fn scim_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProviderGroup Viewset
    ///
    /// `POST /providers/scim_groups/` (`providers_scim_groups_create`).
    fn scim_groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMProviderGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMProviderGroup Viewset
    ///
    /// `DELETE /providers/scim_groups/{id}/` (`providers_scim_groups_destroy`).
    fn scim_groups_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_groups_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProviderGroup Viewset
    ///
    /// `GET /providers/scim_groups/` (`providers_scim_groups_list`).
    fn scim_groups_list(
        &self,
        auth: rt::Auth,
        query: ScimGroupsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimGroupsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMProviderGroup Viewset
    ///
    /// `GET /providers/scim_groups/{id}/` (`providers_scim_groups_retrieve`).
    fn scim_groups_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_groups_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/scim_groups/{id}/used_by/` (`providers_scim_groups_used_by_list`).
    fn scim_groups_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimGroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_groups_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `GET /providers/scim/` (`providers_scim_list`).
    fn scim_list(
        &self,
        auth: rt::Auth,
        query: ScimListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `PATCH /providers/scim/{id}/` (`providers_scim_partial_update`).
    fn scim_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedSCIMProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `GET /providers/scim/{id}/` (`providers_scim_retrieve`).
    fn scim_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Sync/Re-sync a single user/group object
    ///
    /// `POST /providers/scim/{id}/sync/object/` (`providers_scim_sync_object_create`).
    fn scim_sync_object_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SyncObjectRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimSyncObjectCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_sync_object_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get provider's sync status
    ///
    /// `GET /providers/scim/{id}/sync/status/` (`providers_scim_sync_status_retrieve`).
    fn scim_sync_status_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimSyncStatusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_sync_status_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProvider Viewset
    ///
    /// `PUT /providers/scim/{id}/` (`providers_scim_update`).
    fn scim_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SCIMProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/scim/{id}/used_by/` (`providers_scim_used_by_list`).
    fn scim_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProviderUser Viewset
    ///
    /// `POST /providers/scim_users/` (`providers_scim_users_create`).
    fn scim_users_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMProviderUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_users_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMProviderUser Viewset
    ///
    /// `DELETE /providers/scim_users/{id}/` (`providers_scim_users_destroy`).
    fn scim_users_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_users_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SCIMProviderUser Viewset
    ///
    /// `GET /providers/scim_users/` (`providers_scim_users_list`).
    fn scim_users_list(
        &self,
        auth: rt::Auth,
        query: ScimUsersListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ScimUsersListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_users_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMProviderUser Viewset
    ///
    /// `GET /providers/scim_users/{id}/` (`providers_scim_users_retrieve`).
    fn scim_users_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_users_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/scim_users/{id}/used_by/` (`providers_scim_users_used_by_list`).
    fn scim_users_used_by_list(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ScimUsersUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_scim_users_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `POST /providers/ssf/` (`providers_ssf_create`).
    fn ssf_create(
        &self,
        auth: rt::Auth,
        body: super::models::SSFProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `DELETE /providers/ssf/{id}/` (`providers_ssf_destroy`).
    fn ssf_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/` (`providers_ssf_list`).
    fn ssf_list(
        &self,
        auth: rt::Auth,
        query: SsfListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `PATCH /providers/ssf/{id}/` (`providers_ssf_partial_update`).
    fn ssf_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedSSFProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SsfPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `GET /providers/ssf/{id}/` (`providers_ssf_retrieve`).
    fn ssf_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// SSFProvider Viewset
    ///
    /// `PUT /providers/ssf/{id}/` (`providers_ssf_update`).
    fn ssf_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::SSFProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/ssf/{id}/used_by/` (`providers_ssf_used_by_list`).
    fn ssf_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<SsfUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_ssf_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `POST /providers/wsfed/` (`providers_wsfed_create`).
    fn wsfed_create(
        &self,
        auth: rt::Auth,
        body: super::models::WSFederationProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<WsfedCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `DELETE /providers/wsfed/{id}/` (`providers_wsfed_destroy`).
    fn wsfed_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<WsfedDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/` (`providers_wsfed_list`).
    fn wsfed_list(
        &self,
        auth: rt::Auth,
        query: WsfedListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<WsfedListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Return metadata as XML string
    ///
    /// `GET /providers/wsfed/{id}/metadata/` (`providers_wsfed_metadata_retrieve`). Allows anonymous access.
    fn wsfed_metadata_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
        query: WsfedMetadataRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WsfedMetadataRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_metadata_retrieve",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `PATCH /providers/wsfed/{id}/` (`providers_wsfed_partial_update`).
    fn wsfed_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedWSFederationProviderRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WsfedPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Preview user data for provider
    ///
    /// `GET /providers/wsfed/{id}/preview_user/` (`providers_wsfed_preview_user_retrieve`).
    fn wsfed_preview_user_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
        query: WsfedPreviewUserRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WsfedPreviewUserRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_preview_user_retrieve",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `GET /providers/wsfed/{id}/` (`providers_wsfed_retrieve`).
    fn wsfed_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<WsfedRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// WSFederationProvider Viewset
    ///
    /// `PUT /providers/wsfed/{id}/` (`providers_wsfed_update`).
    fn wsfed_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::WSFederationProviderRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<WsfedUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /providers/wsfed/{id}/used_by/` (`providers_wsfed_used_by_list`).
    fn wsfed_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<WsfedUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "providers_wsfed_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Providers>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "providers_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_types_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "providers_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.google_workspace_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_groups_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_groups_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_groups_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_groups_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_groups_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_groups_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.google_workspace_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_sync_object_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_sync_object_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_sync_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_sync_status_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_users_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_users_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_users_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_users_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_users_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_users_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_users_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_users_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_google_workspace_users_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_workspace_users_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_ldap_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.microsoft_entra_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_groups_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_groups_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_groups_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_groups_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_groups_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_groups_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.microsoft_entra_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_sync_object_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_sync_object_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_sync_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_sync_status_retrieve(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_users_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_users_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_users_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_users_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_users_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_users_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_users_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_users_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_microsoft_entra_users_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .microsoft_entra_users_used_by_list(
                            input.auth(),
                            input.path("id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_dcr_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_dcr_destroy(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_dcr_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_dcr_partial_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_dcr_retrieve(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_dcr_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_dcr_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_preview_user_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_preview_user_retrieve(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_setup_urls_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_setup_urls_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .oauth2_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_oauth2_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.oauth2_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .proxy_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .proxy_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_proxy_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rac_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rac_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rac_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rac_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rac_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rac_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_rac_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rac_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .radius_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .radius_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_radius_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_import_metadata_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_import_metadata_create(input.auth(), input.form()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_metadata_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_metadata_retrieve(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_preview_user_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_preview_user_retrieve(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .saml_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.saml_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_groups_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_groups_used_by_list",
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
            "providers_scim_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_sync_object_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_sync_object_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_sync_status_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_sync_status_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .scim_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_users_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_users_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_users_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_users_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.scim_users_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_scim_users_used_by_list",
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
            "providers_ssf_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ssf_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ssf_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ssf_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ssf_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ssf_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ssf_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_ssf_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ssf_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.wsfed_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.wsfed_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.wsfed_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_metadata_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .wsfed_metadata_retrieve(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .wsfed_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_preview_user_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .wsfed_preview_user_retrieve(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.wsfed_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .wsfed_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "providers_wsfed_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.wsfed_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `providers` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Providers>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Providers for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Providers::all_destroy`] returns (`providers_all_destroy`).
pub type AllDestroyResponse = super::Reply204_400_403;

/// What [`Providers::all_list`] returns (`providers_all_list`).
pub type AllListResponse = super::Reply200_400_403<super::models::PaginatedProviderList>;

/// Query and header parameters of [`Providers::all_list`] (`providers_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    /// When not set all providers are returned. When set to true, only backchannel providers are returned. When set to false, backchannel providers are excluded
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel: Option<bool>,
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
}

/// What [`Providers::all_retrieve`] returns (`providers_all_retrieve`).
pub type AllRetrieveResponse = super::Reply200_400_403<super::models::Provider>;

/// What [`Providers::all_types_list`] returns (`providers_all_types_list`).
pub type AllTypesListResponse = super::Reply200_400_403<Vec<super::models::TypeCreate>>;

/// What [`Providers::all_used_by_list`] returns (`providers_all_used_by_list`).
pub type AllUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::google_workspace_create`] returns (`providers_google_workspace_create`).
pub type GoogleWorkspaceCreateResponse = super::Reply201_400_403<
    super::models::GoogleWorkspaceProvider,
>;

/// What [`Providers::google_workspace_destroy`] returns (`providers_google_workspace_destroy`).
pub type GoogleWorkspaceDestroyResponse = super::Reply204_400_403;

/// What [`Providers::google_workspace_groups_create`] returns (`providers_google_workspace_groups_create`).
pub type GoogleWorkspaceGroupsCreateResponse = super::Reply201_400_403<
    super::models::GoogleWorkspaceProviderGroup,
>;

/// What [`Providers::google_workspace_groups_destroy`] returns (`providers_google_workspace_groups_destroy`).
pub type GoogleWorkspaceGroupsDestroyResponse = super::Reply204_400_403;

/// What [`Providers::google_workspace_groups_list`] returns (`providers_google_workspace_groups_list`).
pub type GoogleWorkspaceGroupsListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleWorkspaceProviderGroupList,
>;

/// Query and header parameters of [`Providers::google_workspace_groups_list`] (`providers_google_workspace_groups_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceGroupsListQuery {
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
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::google_workspace_groups_retrieve`] returns (`providers_google_workspace_groups_retrieve`).
pub type GoogleWorkspaceGroupsRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProviderGroup,
>;

/// What [`Providers::google_workspace_groups_used_by_list`] returns (`providers_google_workspace_groups_used_by_list`).
pub type GoogleWorkspaceGroupsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::google_workspace_list`] returns (`providers_google_workspace_list`).
pub type GoogleWorkspaceListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleWorkspaceProviderList,
>;

/// Query and header parameters of [`Providers::google_workspace_list`] (`providers_google_workspace_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated_subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_group: Option<::uuid::Uuid>,
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
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::google_workspace_partial_update`] returns (`providers_google_workspace_partial_update`).
pub type GoogleWorkspacePartialUpdateResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProvider,
>;

/// What [`Providers::google_workspace_retrieve`] returns (`providers_google_workspace_retrieve`).
pub type GoogleWorkspaceRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProvider,
>;

/// What [`Providers::google_workspace_sync_object_create`] returns (`providers_google_workspace_sync_object_create`).
pub type GoogleWorkspaceSyncObjectCreateResponse = super::Reply200_400_403<
    super::models::SyncObjectResult,
>;

/// What [`Providers::google_workspace_sync_status_retrieve`] returns (`providers_google_workspace_sync_status_retrieve`).
pub type GoogleWorkspaceSyncStatusRetrieveResponse = super::Reply200_400_403<
    super::models::SyncStatus,
>;

/// What [`Providers::google_workspace_update`] returns (`providers_google_workspace_update`).
pub type GoogleWorkspaceUpdateResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProvider,
>;

/// What [`Providers::google_workspace_used_by_list`] returns (`providers_google_workspace_used_by_list`).
pub type GoogleWorkspaceUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::google_workspace_users_create`] returns (`providers_google_workspace_users_create`).
pub type GoogleWorkspaceUsersCreateResponse = super::Reply201_400_403<
    super::models::GoogleWorkspaceProviderUser,
>;

/// What [`Providers::google_workspace_users_destroy`] returns (`providers_google_workspace_users_destroy`).
pub type GoogleWorkspaceUsersDestroyResponse = super::Reply204_400_403;

/// What [`Providers::google_workspace_users_list`] returns (`providers_google_workspace_users_list`).
pub type GoogleWorkspaceUsersListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleWorkspaceProviderUserList,
>;

/// Query and header parameters of [`Providers::google_workspace_users_list`] (`providers_google_workspace_users_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceUsersListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "user__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Providers::google_workspace_users_retrieve`] returns (`providers_google_workspace_users_retrieve`).
pub type GoogleWorkspaceUsersRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProviderUser,
>;

/// What [`Providers::google_workspace_users_used_by_list`] returns (`providers_google_workspace_users_used_by_list`).
pub type GoogleWorkspaceUsersUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::ldap_create`] returns (`providers_ldap_create`).
pub type LdapCreateResponse = super::Reply201_400_403<super::models::LDAPProvider>;

/// What [`Providers::ldap_destroy`] returns (`providers_ldap_destroy`).
pub type LdapDestroyResponse = super::Reply204_400_403;

/// What [`Providers::ldap_list`] returns (`providers_ldap_list`).
pub type LdapListResponse = super::Reply200_400_403<
    super::models::PaginatedLDAPProviderList,
>;

/// Query and header parameters of [`Providers::ldap_list`] (`providers_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LdapListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    #[serde(rename = "authorization_flow__slug__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow_slug_iexact: Option<String>,
    #[serde(rename = "base_dn__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn_iexact: Option<String>,
    #[serde(rename = "certificate__kp_uuid__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_kp_uuid_iexact: Option<::uuid::Uuid>,
    #[serde(rename = "certificate__name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_name_iexact: Option<String>,
    #[serde(rename = "gid_start_number__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid_start_number_iexact: Option<i64>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
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
    #[serde(rename = "tls_server_name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name_iexact: Option<String>,
    #[serde(rename = "uid_start_number__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_start_number_iexact: Option<i64>,
}

/// What [`Providers::ldap_partial_update`] returns (`providers_ldap_partial_update`).
pub type LdapPartialUpdateResponse = super::Reply200_400_403<
    super::models::LDAPProvider,
>;

/// What [`Providers::ldap_retrieve`] returns (`providers_ldap_retrieve`).
pub type LdapRetrieveResponse = super::Reply200_400_403<super::models::LDAPProvider>;

/// What [`Providers::ldap_update`] returns (`providers_ldap_update`).
pub type LdapUpdateResponse = super::Reply200_400_403<super::models::LDAPProvider>;

/// What [`Providers::ldap_used_by_list`] returns (`providers_ldap_used_by_list`).
pub type LdapUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::microsoft_entra_create`] returns (`providers_microsoft_entra_create`).
pub type MicrosoftEntraCreateResponse = super::Reply201_400_403<
    super::models::MicrosoftEntraProvider,
>;

/// What [`Providers::microsoft_entra_destroy`] returns (`providers_microsoft_entra_destroy`).
pub type MicrosoftEntraDestroyResponse = super::Reply204_400_403;

/// What [`Providers::microsoft_entra_groups_create`] returns (`providers_microsoft_entra_groups_create`).
pub type MicrosoftEntraGroupsCreateResponse = super::Reply201_400_403<
    super::models::MicrosoftEntraProviderGroup,
>;

/// What [`Providers::microsoft_entra_groups_destroy`] returns (`providers_microsoft_entra_groups_destroy`).
pub type MicrosoftEntraGroupsDestroyResponse = super::Reply204_400_403;

/// What [`Providers::microsoft_entra_groups_list`] returns (`providers_microsoft_entra_groups_list`).
pub type MicrosoftEntraGroupsListResponse = super::Reply200_400_403<
    super::models::PaginatedMicrosoftEntraProviderGroupList,
>;

/// Query and header parameters of [`Providers::microsoft_entra_groups_list`] (`providers_microsoft_entra_groups_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraGroupsListQuery {
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
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::microsoft_entra_groups_retrieve`] returns (`providers_microsoft_entra_groups_retrieve`).
pub type MicrosoftEntraGroupsRetrieveResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProviderGroup,
>;

/// What [`Providers::microsoft_entra_groups_used_by_list`] returns (`providers_microsoft_entra_groups_used_by_list`).
pub type MicrosoftEntraGroupsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::microsoft_entra_list`] returns (`providers_microsoft_entra_list`).
pub type MicrosoftEntraListResponse = super::Reply200_400_403<
    super::models::PaginatedMicrosoftEntraProviderList,
>;

/// Query and header parameters of [`Providers::microsoft_entra_list`] (`providers_microsoft_entra_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_group: Option<::uuid::Uuid>,
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
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::microsoft_entra_partial_update`] returns (`providers_microsoft_entra_partial_update`).
pub type MicrosoftEntraPartialUpdateResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProvider,
>;

/// What [`Providers::microsoft_entra_retrieve`] returns (`providers_microsoft_entra_retrieve`).
pub type MicrosoftEntraRetrieveResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProvider,
>;

/// What [`Providers::microsoft_entra_sync_object_create`] returns (`providers_microsoft_entra_sync_object_create`).
pub type MicrosoftEntraSyncObjectCreateResponse = super::Reply200_400_403<
    super::models::SyncObjectResult,
>;

/// What [`Providers::microsoft_entra_sync_status_retrieve`] returns (`providers_microsoft_entra_sync_status_retrieve`).
pub type MicrosoftEntraSyncStatusRetrieveResponse = super::Reply200_400_403<
    super::models::SyncStatus,
>;

/// What [`Providers::microsoft_entra_update`] returns (`providers_microsoft_entra_update`).
pub type MicrosoftEntraUpdateResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProvider,
>;

/// What [`Providers::microsoft_entra_used_by_list`] returns (`providers_microsoft_entra_used_by_list`).
pub type MicrosoftEntraUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::microsoft_entra_users_create`] returns (`providers_microsoft_entra_users_create`).
pub type MicrosoftEntraUsersCreateResponse = super::Reply201_400_403<
    super::models::MicrosoftEntraProviderUser,
>;

/// What [`Providers::microsoft_entra_users_destroy`] returns (`providers_microsoft_entra_users_destroy`).
pub type MicrosoftEntraUsersDestroyResponse = super::Reply204_400_403;

/// What [`Providers::microsoft_entra_users_list`] returns (`providers_microsoft_entra_users_list`).
pub type MicrosoftEntraUsersListResponse = super::Reply200_400_403<
    super::models::PaginatedMicrosoftEntraProviderUserList,
>;

/// Query and header parameters of [`Providers::microsoft_entra_users_list`] (`providers_microsoft_entra_users_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraUsersListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "user__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Providers::microsoft_entra_users_retrieve`] returns (`providers_microsoft_entra_users_retrieve`).
pub type MicrosoftEntraUsersRetrieveResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProviderUser,
>;

/// What [`Providers::microsoft_entra_users_used_by_list`] returns (`providers_microsoft_entra_users_used_by_list`).
pub type MicrosoftEntraUsersUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::oauth2_create`] returns (`providers_oauth2_create`).
pub type Oauth2CreateResponse = super::Reply201_400_403<super::models::OAuth2Provider>;

/// What [`Providers::oauth2_dcr_create`] returns (`providers_oauth2_dcr_create`).
pub type Oauth2DcrCreateResponse = super::Reply201_400_403<
    super::models::OAuth2DynamicClientRegistration,
>;

/// What [`Providers::oauth2_dcr_destroy`] returns (`providers_oauth2_dcr_destroy`).
pub type Oauth2DcrDestroyResponse = super::Reply204_400_403;

/// What [`Providers::oauth2_dcr_list`] returns (`providers_oauth2_dcr_list`).
pub type Oauth2DcrListResponse = super::Reply200_400_403<
    super::models::PaginatedOAuth2DynamicClientRegistrationList,
>;

/// Query and header parameters of [`Providers::oauth2_dcr_list`] (`providers_oauth2_dcr_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Oauth2DcrListQuery {
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
    pub provider: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::oauth2_dcr_partial_update`] returns (`providers_oauth2_dcr_partial_update`).
pub type Oauth2DcrPartialUpdateResponse = super::Reply200_400_403<
    super::models::OAuth2DynamicClientRegistration,
>;

/// What [`Providers::oauth2_dcr_retrieve`] returns (`providers_oauth2_dcr_retrieve`).
pub type Oauth2DcrRetrieveResponse = super::Reply200_400_403<
    super::models::OAuth2DynamicClientRegistration,
>;

/// What [`Providers::oauth2_dcr_update`] returns (`providers_oauth2_dcr_update`).
pub type Oauth2DcrUpdateResponse = super::Reply200_400_403<
    super::models::OAuth2DynamicClientRegistration,
>;

/// What [`Providers::oauth2_destroy`] returns (`providers_oauth2_destroy`).
pub type Oauth2DestroyResponse = super::Reply204_400_403;

/// What [`Providers::oauth2_list`] returns (`providers_oauth2_list`).
pub type Oauth2ListResponse = super::Reply200_400_403<
    super::models::PaginatedOAuth2ProviderList,
>;

/// Query and header parameters of [`Providers::oauth2_list`] (`providers_oauth2_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Oauth2ListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_validity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<super::models::ClientTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_claims_in_id_token: Option<bool>,
    /// Configure how the issuer field of the ID Token should be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_mode: Option<super::models::IssuerModeEnum>,
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
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<::uuid::Uuid>,
    /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mode: Option<super::models::SubModeEnum>,
}

/// What [`Providers::oauth2_partial_update`] returns (`providers_oauth2_partial_update`).
pub type Oauth2PartialUpdateResponse = super::Reply200_400_403<
    super::models::OAuth2Provider,
>;

/// What [`Providers::oauth2_preview_user_retrieve`] returns (`providers_oauth2_preview_user_retrieve`).
pub type Oauth2PreviewUserRetrieveResponse = super::Reply200_400_403V4<
    super::models::PropertyMappingPreview,
>;

/// Query and header parameters of [`Providers::oauth2_preview_user_retrieve`] (`providers_oauth2_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Oauth2PreviewUserRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_user: Option<i64>,
}

/// What [`Providers::oauth2_retrieve`] returns (`providers_oauth2_retrieve`).
pub type Oauth2RetrieveResponse = super::Reply200_400_403<super::models::OAuth2Provider>;

/// What [`Providers::oauth2_setup_urls_retrieve`] returns (`providers_oauth2_setup_urls_retrieve`).
pub type Oauth2SetupUrlsRetrieveResponse = super::Reply200_400_403_404<
    super::models::OAuth2ProviderSetupURLs,
>;

/// What [`Providers::oauth2_update`] returns (`providers_oauth2_update`).
pub type Oauth2UpdateResponse = super::Reply200_400_403<super::models::OAuth2Provider>;

/// What [`Providers::oauth2_used_by_list`] returns (`providers_oauth2_used_by_list`).
pub type Oauth2UsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::proxy_create`] returns (`providers_proxy_create`).
pub type ProxyCreateResponse = super::Reply201_400_403<super::models::ProxyProvider>;

/// What [`Providers::proxy_destroy`] returns (`providers_proxy_destroy`).
pub type ProxyDestroyResponse = super::Reply204_400_403;

/// What [`Providers::proxy_list`] returns (`providers_proxy_list`).
pub type ProxyListResponse = super::Reply200_400_403<
    super::models::PaginatedProxyProviderList,
>;

/// Query and header parameters of [`Providers::proxy_list`] (`providers_proxy_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    #[serde(rename = "authorization_flow__slug__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow_slug_iexact: Option<String>,
    #[serde(rename = "basic_auth_enabled__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_enabled_iexact: Option<bool>,
    #[serde(rename = "basic_auth_password_attribute__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_password_attribute_iexact: Option<String>,
    #[serde(rename = "basic_auth_user_attribute__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_user_attribute_iexact: Option<String>,
    #[serde(rename = "certificate__kp_uuid__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_kp_uuid_iexact: Option<::uuid::Uuid>,
    #[serde(rename = "certificate__name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_name_iexact: Option<String>,
    #[serde(rename = "cookie_domain__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_domain_iexact: Option<String>,
    #[serde(rename = "external_host__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_host_iexact: Option<String>,
    #[serde(rename = "internal_host__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_iexact: Option<String>,
    #[serde(rename = "internal_host_ssl_validation__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_ssl_validation_iexact: Option<bool>,
    #[serde(rename = "mode__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_iexact: Option<String>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "property_mappings__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_iexact: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "skip_path_regex__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_path_regex_iexact: Option<String>,
}

/// What [`Providers::proxy_partial_update`] returns (`providers_proxy_partial_update`).
pub type ProxyPartialUpdateResponse = super::Reply200_400_403<
    super::models::ProxyProvider,
>;

/// What [`Providers::proxy_retrieve`] returns (`providers_proxy_retrieve`).
pub type ProxyRetrieveResponse = super::Reply200_400_403<super::models::ProxyProvider>;

/// What [`Providers::proxy_update`] returns (`providers_proxy_update`).
pub type ProxyUpdateResponse = super::Reply200_400_403<super::models::ProxyProvider>;

/// What [`Providers::proxy_used_by_list`] returns (`providers_proxy_used_by_list`).
pub type ProxyUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::rac_create`] returns (`providers_rac_create`).
pub type RacCreateResponse = super::Reply201_400_403<super::models::RACProvider>;

/// What [`Providers::rac_destroy`] returns (`providers_rac_destroy`).
pub type RacDestroyResponse = super::Reply204_400_403;

/// What [`Providers::rac_list`] returns (`providers_rac_list`).
pub type RacListResponse = super::Reply200_400_403<
    super::models::PaginatedRACProviderList,
>;

/// Query and header parameters of [`Providers::rac_list`] (`providers_rac_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RacListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
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
}

/// What [`Providers::rac_partial_update`] returns (`providers_rac_partial_update`).
pub type RacPartialUpdateResponse = super::Reply200_400_403<super::models::RACProvider>;

/// What [`Providers::rac_retrieve`] returns (`providers_rac_retrieve`).
pub type RacRetrieveResponse = super::Reply200_400_403<super::models::RACProvider>;

/// What [`Providers::rac_update`] returns (`providers_rac_update`).
pub type RacUpdateResponse = super::Reply200_400_403<super::models::RACProvider>;

/// What [`Providers::rac_used_by_list`] returns (`providers_rac_used_by_list`).
pub type RacUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::radius_create`] returns (`providers_radius_create`).
pub type RadiusCreateResponse = super::Reply201_400_403<super::models::RadiusProvider>;

/// What [`Providers::radius_destroy`] returns (`providers_radius_destroy`).
pub type RadiusDestroyResponse = super::Reply204_400_403;

/// What [`Providers::radius_list`] returns (`providers_radius_list`).
pub type RadiusListResponse = super::Reply200_400_403<
    super::models::PaginatedRadiusProviderList,
>;

/// Query and header parameters of [`Providers::radius_list`] (`providers_radius_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    #[serde(rename = "authorization_flow__slug__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow_slug_iexact: Option<String>,
    #[serde(rename = "client_networks__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_networks_iexact: Option<String>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
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
}

/// What [`Providers::radius_partial_update`] returns (`providers_radius_partial_update`).
pub type RadiusPartialUpdateResponse = super::Reply200_400_403<
    super::models::RadiusProvider,
>;

/// What [`Providers::radius_retrieve`] returns (`providers_radius_retrieve`).
pub type RadiusRetrieveResponse = super::Reply200_400_403<super::models::RadiusProvider>;

/// What [`Providers::radius_update`] returns (`providers_radius_update`).
pub type RadiusUpdateResponse = super::Reply200_400_403<super::models::RadiusProvider>;

/// What [`Providers::radius_used_by_list`] returns (`providers_radius_used_by_list`).
pub type RadiusUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::saml_create`] returns (`providers_saml_create`).
pub type SamlCreateResponse = super::Reply201_400_403<super::models::SAMLProvider>;

/// What [`Providers::saml_destroy`] returns (`providers_saml_destroy`).
pub type SamlDestroyResponse = super::Reply204_400_403;

/// What [`Providers::saml_import_metadata_create`] returns (`providers_saml_import_metadata_create`).
pub type SamlImportMetadataCreateResponse = super::Reply201_400_403V2<
    super::models::SAMLProvider,
>;

/// What [`Providers::saml_list`] returns (`providers_saml_list`).
pub type SamlListResponse = super::Reply200_400_403<
    super::models::PaginatedSAMLProviderList,
>;

/// Query and header parameters of [`Providers::saml_list`] (`providers_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SamlListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authn_context_class_ref_mapping: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_application: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_kp: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_backchannel: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<super::models::SAMLLogoutMethods>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_mapping: Option<::uuid::Uuid>,
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
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_kp: Option<::uuid::Uuid>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_binding: Option<super::models::SAMLBindingsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_binding: Option<super::models::SAMLBindingsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_kp: Option<::uuid::Uuid>,
}

/// What [`Providers::saml_metadata_retrieve`] returns (`providers_saml_metadata_retrieve`).
pub type SamlMetadataRetrieveResponse = super::Reply200_400_403_404<
    super::models::SAMLMetadata,
>;

/// Query and header parameters of [`Providers::saml_metadata_retrieve`] (`providers_saml_metadata_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SamlMetadataRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<bool>,
    /// Optionally force the metadata to only include one binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_binding: Option<super::models::ForceBindingEnum>,
}

/// What [`Providers::saml_partial_update`] returns (`providers_saml_partial_update`).
pub type SamlPartialUpdateResponse = super::Reply200_400_403<
    super::models::SAMLProvider,
>;

/// What [`Providers::saml_preview_user_retrieve`] returns (`providers_saml_preview_user_retrieve`).
pub type SamlPreviewUserRetrieveResponse = super::Reply200_400_403V4<
    super::models::PropertyMappingPreview,
>;

/// Query and header parameters of [`Providers::saml_preview_user_retrieve`] (`providers_saml_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SamlPreviewUserRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_user: Option<i64>,
}

/// What [`Providers::saml_retrieve`] returns (`providers_saml_retrieve`).
pub type SamlRetrieveResponse = super::Reply200_400_403<super::models::SAMLProvider>;

/// What [`Providers::saml_update`] returns (`providers_saml_update`).
pub type SamlUpdateResponse = super::Reply200_400_403<super::models::SAMLProvider>;

/// What [`Providers::saml_used_by_list`] returns (`providers_saml_used_by_list`).
pub type SamlUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::scim_create`] returns (`providers_scim_create`).
pub type ScimCreateResponse = super::Reply201_400_403<super::models::SCIMProvider>;

/// What [`Providers::scim_destroy`] returns (`providers_scim_destroy`).
pub type ScimDestroyResponse = super::Reply204_400_403;

/// What [`Providers::scim_groups_create`] returns (`providers_scim_groups_create`).
pub type ScimGroupsCreateResponse = super::Reply201_400_403<
    super::models::SCIMProviderGroup,
>;

/// What [`Providers::scim_groups_destroy`] returns (`providers_scim_groups_destroy`).
pub type ScimGroupsDestroyResponse = super::Reply204_400_403;

/// What [`Providers::scim_groups_list`] returns (`providers_scim_groups_list`).
pub type ScimGroupsListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMProviderGroupList,
>;

/// Query and header parameters of [`Providers::scim_groups_list`] (`providers_scim_groups_list`).
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
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Providers::scim_groups_retrieve`] returns (`providers_scim_groups_retrieve`).
pub type ScimGroupsRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMProviderGroup,
>;

/// What [`Providers::scim_groups_used_by_list`] returns (`providers_scim_groups_used_by_list`).
pub type ScimGroupsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::scim_list`] returns (`providers_scim_list`).
pub type ScimListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMProviderList,
>;

/// Query and header parameters of [`Providers::scim_list`] (`providers_scim_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScimListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_filters: Option<Vec<::uuid::Uuid>>,
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
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What [`Providers::scim_partial_update`] returns (`providers_scim_partial_update`).
pub type ScimPartialUpdateResponse = super::Reply200_400_403<
    super::models::SCIMProvider,
>;

/// What [`Providers::scim_retrieve`] returns (`providers_scim_retrieve`).
pub type ScimRetrieveResponse = super::Reply200_400_403<super::models::SCIMProvider>;

/// What [`Providers::scim_sync_object_create`] returns (`providers_scim_sync_object_create`).
pub type ScimSyncObjectCreateResponse = super::Reply200_400_403<
    super::models::SyncObjectResult,
>;

/// What [`Providers::scim_sync_status_retrieve`] returns (`providers_scim_sync_status_retrieve`).
pub type ScimSyncStatusRetrieveResponse = super::Reply200_400_403<
    super::models::SyncStatus,
>;

/// What [`Providers::scim_update`] returns (`providers_scim_update`).
pub type ScimUpdateResponse = super::Reply200_400_403<super::models::SCIMProvider>;

/// What [`Providers::scim_used_by_list`] returns (`providers_scim_used_by_list`).
pub type ScimUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::scim_users_create`] returns (`providers_scim_users_create`).
pub type ScimUsersCreateResponse = super::Reply201_400_403<
    super::models::SCIMProviderUser,
>;

/// What [`Providers::scim_users_destroy`] returns (`providers_scim_users_destroy`).
pub type ScimUsersDestroyResponse = super::Reply204_400_403;

/// What [`Providers::scim_users_list`] returns (`providers_scim_users_list`).
pub type ScimUsersListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMProviderUserList,
>;

/// Query and header parameters of [`Providers::scim_users_list`] (`providers_scim_users_list`).
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
    #[serde(rename = "provider__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "user__id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Providers::scim_users_retrieve`] returns (`providers_scim_users_retrieve`).
pub type ScimUsersRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMProviderUser,
>;

/// What [`Providers::scim_users_used_by_list`] returns (`providers_scim_users_used_by_list`).
pub type ScimUsersUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Providers::ssf_create`] returns (`providers_ssf_create`).
pub type SsfCreateResponse = super::Reply201_400_403<super::models::SSFProvider>;

/// What [`Providers::ssf_destroy`] returns (`providers_ssf_destroy`).
pub type SsfDestroyResponse = super::Reply204_400_403;

/// What [`Providers::ssf_list`] returns (`providers_ssf_list`).
pub type SsfListResponse = super::Reply200_400_403<
    super::models::PaginatedSSFProviderList,
>;

/// Query and header parameters of [`Providers::ssf_list`] (`providers_ssf_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SsfListQuery {
    #[serde(rename = "application__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_isnull: Option<bool>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
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
}

/// What [`Providers::ssf_partial_update`] returns (`providers_ssf_partial_update`).
pub type SsfPartialUpdateResponse = super::Reply200_400_403<super::models::SSFProvider>;

/// What [`Providers::ssf_retrieve`] returns (`providers_ssf_retrieve`).
pub type SsfRetrieveResponse = super::Reply200_400_403<super::models::SSFProvider>;

/// What [`Providers::ssf_update`] returns (`providers_ssf_update`).
pub type SsfUpdateResponse = super::Reply200_400_403<super::models::SSFProvider>;

/// What [`Providers::ssf_used_by_list`] returns (`providers_ssf_used_by_list`).
pub type SsfUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Providers::wsfed_create`] returns (`providers_wsfed_create`).
pub type WsfedCreateResponse = super::Reply201_400_403<
    super::models::WSFederationProvider,
>;

/// What [`Providers::wsfed_destroy`] returns (`providers_wsfed_destroy`).
pub type WsfedDestroyResponse = super::Reply204_400_403;

/// What [`Providers::wsfed_list`] returns (`providers_wsfed_list`).
pub type WsfedListResponse = super::Reply200_400_403<
    super::models::PaginatedWSFederationProviderList,
>;

/// Query and header parameters of [`Providers::wsfed_list`] (`providers_wsfed_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WsfedListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authn_context_class_ref_mapping: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_application: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<super::models::SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<super::models::DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_kp: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_backchannel: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<super::models::SAMLLogoutMethods>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_mapping: Option<::uuid::Uuid>,
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
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_version: Option<super::models::SamlVersionEnum>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<super::models::SignatureAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_kp: Option<::uuid::Uuid>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_binding: Option<super::models::SAMLBindingsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_binding: Option<super::models::SAMLBindingsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_kp: Option<::uuid::Uuid>,
}

/// What [`Providers::wsfed_metadata_retrieve`] returns (`providers_wsfed_metadata_retrieve`).
pub type WsfedMetadataRetrieveResponse = super::Reply200_400_403_404<
    super::models::SAMLMetadata,
>;

/// Query and header parameters of [`Providers::wsfed_metadata_retrieve`] (`providers_wsfed_metadata_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WsfedMetadataRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<bool>,
    /// Optionally force the metadata to only include one binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_binding: Option<super::models::ForceBindingEnum>,
}

/// What [`Providers::wsfed_partial_update`] returns (`providers_wsfed_partial_update`).
pub type WsfedPartialUpdateResponse = super::Reply200_400_403<
    super::models::WSFederationProvider,
>;

/// What [`Providers::wsfed_preview_user_retrieve`] returns (`providers_wsfed_preview_user_retrieve`).
pub type WsfedPreviewUserRetrieveResponse = super::Reply200_400_403V4<
    super::models::PropertyMappingPreview,
>;

/// Query and header parameters of [`Providers::wsfed_preview_user_retrieve`] (`providers_wsfed_preview_user_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WsfedPreviewUserRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_user: Option<i64>,
}

/// What [`Providers::wsfed_retrieve`] returns (`providers_wsfed_retrieve`).
pub type WsfedRetrieveResponse = super::Reply200_400_403<
    super::models::WSFederationProvider,
>;

/// What [`Providers::wsfed_update`] returns (`providers_wsfed_update`).
pub type WsfedUpdateResponse = super::Reply200_400_403<
    super::models::WSFederationProvider,
>;

/// What [`Providers::wsfed_used_by_list`] returns (`providers_wsfed_used_by_list`).
pub type WsfedUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;
