//! Server side of the operations tagged `core` (78).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `core`. Implement those you serve, then
/// `Server::new().core(service)` or [`router`]; the others go to
/// [`Core::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Core: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `POST /core/application_entitlements/` (`core_application_entitlements_create`).
    fn application_entitlements_create(
        &self,
        auth: rt::Auth,
        body: super::models::ApplicationEntitlementRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `DELETE /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_destroy`).
    fn application_entitlements_destroy(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_destroy",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/` (`core_application_entitlements_list`).
    fn application_entitlements_list(
        &self,
        auth: rt::Auth,
        query: ApplicationEntitlementsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `PATCH /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_partial_update`).
    fn application_entitlements_partial_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::PatchedApplicationEntitlementRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_partial_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// List application entitlements which the current user can request access to
    ///
    /// `GET /core/application_entitlements/requestable/` (`core_application_entitlements_requestable_list`).
    fn application_entitlements_requestable_list(
        &self,
        auth: rt::Auth,
        query: ApplicationEntitlementsRequestableListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsRequestableListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_requestable_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `GET /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_retrieve`).
    fn application_entitlements_retrieve(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_retrieve",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// ApplicationEntitlement Viewset
    ///
    /// `PUT /core/application_entitlements/{pbm_uuid}/` (`core_application_entitlements_update`).
    fn application_entitlements_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::ApplicationEntitlementRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/application_entitlements/{pbm_uuid}/used_by/` (`core_application_entitlements_used_by_list`).
    fn application_entitlements_used_by_list(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationEntitlementsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_application_entitlements_used_by_list",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// Check access to a single application by slug
    ///
    /// `GET /core/applications/{slug}/check_access/` (`core_applications_check_access_retrieve`).
    fn applications_check_access_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
        query: ApplicationsCheckAccessRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsCheckAccessRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_check_access_retrieve",
            auth,
            rt::Args::new().param("slug", &slug).params(&query),
        )
    }
    /// Application Viewset
    ///
    /// `POST /core/applications/` (`core_applications_create`).
    fn applications_create(
        &self,
        auth: rt::Auth,
        body: super::models::ApplicationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Application Viewset
    ///
    /// `DELETE /core/applications/{slug}/` (`core_applications_destroy`).
    fn applications_destroy(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_destroy",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Custom list method that checks Policy based access instead of guardian
    ///
    /// `GET /core/applications/` (`core_applications_list`).
    fn applications_list(
        &self,
        auth: rt::Auth,
        query: ApplicationsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Application Viewset
    ///
    /// `PATCH /core/applications/{slug}/` (`core_applications_partial_update`).
    fn applications_partial_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::PatchedApplicationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_partial_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// List applications which the current user can request access to
    ///
    /// `GET /core/applications/requestable/` (`core_applications_requestable_list`).
    fn applications_requestable_list(
        &self,
        auth: rt::Auth,
        query: ApplicationsRequestableListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsRequestableListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_requestable_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Application Viewset
    ///
    /// `GET /core/applications/{slug}/` (`core_applications_retrieve`).
    fn applications_retrieve(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_retrieve",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Application Viewset
    ///
    /// `PUT /core/applications/{slug}/` (`core_applications_update`).
    fn applications_update(
        &self,
        auth: rt::Auth,
        slug: String,
        body: super::models::ApplicationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_update",
            auth,
            rt::Args::new().param("slug", &slug).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/applications/{slug}/used_by/` (`core_applications_used_by_list`).
    fn applications_used_by_list(
        &self,
        auth: rt::Auth,
        slug: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ApplicationsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_applications_used_by_list",
            auth,
            rt::Args::new().param("slug", &slug),
        )
    }
    /// Bulk revoke all sessions for multiple users
    ///
    /// `DELETE /core/authenticated_sessions/bulk_delete/` (`core_authenticated_sessions_bulk_delete_destroy`).
    fn authenticated_sessions_bulk_delete_destroy(
        &self,
        auth: rt::Auth,
        query: AuthenticatedSessionsBulkDeleteDestroyQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatedSessionsBulkDeleteDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_authenticated_sessions_bulk_delete_destroy",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatedSession Viewset
    ///
    /// `DELETE /core/authenticated_sessions/{uuid}/` (`core_authenticated_sessions_destroy`).
    fn authenticated_sessions_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatedSessionsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_authenticated_sessions_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// AuthenticatedSession Viewset
    ///
    /// `GET /core/authenticated_sessions/` (`core_authenticated_sessions_list`).
    fn authenticated_sessions_list(
        &self,
        auth: rt::Auth,
        query: AuthenticatedSessionsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatedSessionsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_authenticated_sessions_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// AuthenticatedSession Viewset
    ///
    /// `GET /core/authenticated_sessions/{uuid}/` (`core_authenticated_sessions_retrieve`).
    fn authenticated_sessions_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatedSessionsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_authenticated_sessions_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/authenticated_sessions/{uuid}/used_by/` (`core_authenticated_sessions_used_by_list`).
    fn authenticated_sessions_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AuthenticatedSessionsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_authenticated_sessions_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Brand Viewset
    ///
    /// `POST /core/brands/` (`core_brands_create`).
    fn brands_create(
        &self,
        auth: rt::Auth,
        body: super::models::BrandRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BrandsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_brands_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Get current brand
    ///
    /// `GET /core/brands/current/` (`core_brands_current_retrieve`). Allows anonymous access.
    fn brands_current_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BrandsCurrentRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_brands_current_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Brand Viewset
    ///
    /// `DELETE /core/brands/{brand_uuid}/` (`core_brands_destroy`).
    fn brands_destroy(
        &self,
        auth: rt::Auth,
        brand_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<BrandsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_brands_destroy",
            auth,
            rt::Args::new().param("brand_uuid", &brand_uuid),
        )
    }
    /// Brand Viewset
    ///
    /// `GET /core/brands/` (`core_brands_list`).
    fn brands_list(
        &self,
        auth: rt::Auth,
        query: BrandsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<BrandsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_brands_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Brand Viewset
    ///
    /// `PATCH /core/brands/{brand_uuid}/` (`core_brands_partial_update`).
    fn brands_partial_update(
        &self,
        auth: rt::Auth,
        brand_uuid: ::uuid::Uuid,
        body: super::models::PatchedBrandRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BrandsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_brands_partial_update",
            auth,
            rt::Args::new().param("brand_uuid", &brand_uuid).body(&body),
        )
    }
    /// Brand Viewset
    ///
    /// `GET /core/brands/{brand_uuid}/` (`core_brands_retrieve`).
    fn brands_retrieve(
        &self,
        auth: rt::Auth,
        brand_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<BrandsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_brands_retrieve",
            auth,
            rt::Args::new().param("brand_uuid", &brand_uuid),
        )
    }
    /// Brand Viewset
    ///
    /// `PUT /core/brands/{brand_uuid}/` (`core_brands_update`).
    fn brands_update(
        &self,
        auth: rt::Auth,
        brand_uuid: ::uuid::Uuid,
        body: super::models::BrandRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BrandsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_brands_update",
            auth,
            rt::Args::new().param("brand_uuid", &brand_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/brands/{brand_uuid}/used_by/` (`core_brands_used_by_list`).
    fn brands_used_by_list(
        &self,
        auth: rt::Auth,
        brand_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BrandsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_brands_used_by_list",
            auth,
            rt::Args::new().param("brand_uuid", &brand_uuid),
        )
    }
    /// Add user to group
    ///
    /// `POST /core/groups/{group_uuid}/add_user/` (`core_groups_add_user_create`).
    fn groups_add_user_create(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
        body: super::models::UserAccountRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupsAddUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_groups_add_user_create",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid).body(&body),
        )
    }
    /// Group Viewset
    ///
    /// `POST /core/groups/` (`core_groups_create`).
    fn groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::GroupRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<GroupsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Group Viewset
    ///
    /// `DELETE /core/groups/{group_uuid}/` (`core_groups_destroy`).
    fn groups_destroy(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<GroupsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_groups_destroy",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid),
        )
    }
    /// Group Viewset
    ///
    /// `GET /core/groups/` (`core_groups_list`).
    fn groups_list(
        &self,
        auth: rt::Auth,
        query: GroupsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<GroupsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Group Viewset
    ///
    /// `PATCH /core/groups/{group_uuid}/` (`core_groups_partial_update`).
    fn groups_partial_update(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
        body: super::models::PatchedGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_groups_partial_update",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid).body(&body),
        )
    }
    /// Remove user from group
    ///
    /// `POST /core/groups/{group_uuid}/remove_user/` (`core_groups_remove_user_create`).
    fn groups_remove_user_create(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
        body: super::models::UserAccountRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupsRemoveUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_groups_remove_user_create",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid).body(&body),
        )
    }
    /// Group Viewset
    ///
    /// `GET /core/groups/{group_uuid}/` (`core_groups_retrieve`).
    fn groups_retrieve(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
        query: GroupsRetrieveQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<GroupsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_groups_retrieve",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid).params(&query),
        )
    }
    /// Group Viewset
    ///
    /// `PUT /core/groups/{group_uuid}/` (`core_groups_update`).
    fn groups_update(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
        body: super::models::GroupRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<GroupsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_groups_update",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/groups/{group_uuid}/used_by/` (`core_groups_used_by_list`).
    fn groups_used_by_list(
        &self,
        auth: rt::Auth,
        group_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_groups_used_by_list",
            auth,
            rt::Args::new().param("group_uuid", &group_uuid),
        )
    }
    /// `POST /core/object_attributes/` (`core_object_attributes_create`).
    fn object_attributes_create(
        &self,
        auth: rt::Auth,
        body: super::models::ObjectAttributeRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// `DELETE /core/object_attributes/{attribute_id}/` (`core_object_attributes_destroy`).
    fn object_attributes_destroy(
        &self,
        auth: rt::Auth,
        attribute_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_destroy",
            auth,
            rt::Args::new().param("attribute_id", &attribute_id),
        )
    }
    /// `GET /core/object_attributes/` (`core_object_attributes_list`).
    fn object_attributes_list(
        &self,
        auth: rt::Auth,
        query: ObjectAttributesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `PATCH /core/object_attributes/{attribute_id}/` (`core_object_attributes_partial_update`).
    fn object_attributes_partial_update(
        &self,
        auth: rt::Auth,
        attribute_id: ::uuid::Uuid,
        body: super::models::PatchedObjectAttributeRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_partial_update",
            auth,
            rt::Args::new().param("attribute_id", &attribute_id).body(&body),
        )
    }
    /// `GET /core/object_attributes/{attribute_id}/` (`core_object_attributes_retrieve`).
    fn object_attributes_retrieve(
        &self,
        auth: rt::Auth,
        attribute_id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_retrieve",
            auth,
            rt::Args::new().param("attribute_id", &attribute_id),
        )
    }
    /// `PUT /core/object_attributes/{attribute_id}/` (`core_object_attributes_update`).
    fn object_attributes_update(
        &self,
        auth: rt::Auth,
        attribute_id: ::uuid::Uuid,
        body: super::models::ObjectAttributeRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ObjectAttributesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_object_attributes_update",
            auth,
            rt::Args::new().param("attribute_id", &attribute_id).body(&body),
        )
    }
    /// Token Viewset
    ///
    /// `POST /core/tokens/` (`core_tokens_create`).
    fn tokens_create(
        &self,
        auth: rt::Auth,
        body: super::models::TokenRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TokensCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Token Viewset
    ///
    /// `DELETE /core/tokens/{identifier}/` (`core_tokens_destroy`).
    fn tokens_destroy(
        &self,
        auth: rt::Auth,
        identifier: String,
    ) -> impl ::std::future::Future<Output = rt::Result<TokensDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_destroy",
            auth,
            rt::Args::new().param("identifier", &identifier),
        )
    }
    /// Token Viewset
    ///
    /// `GET /core/tokens/` (`core_tokens_list`).
    fn tokens_list(
        &self,
        auth: rt::Auth,
        query: TokensListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TokensListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Token Viewset
    ///
    /// `PATCH /core/tokens/{identifier}/` (`core_tokens_partial_update`).
    fn tokens_partial_update(
        &self,
        auth: rt::Auth,
        identifier: String,
        body: super::models::PatchedTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TokensPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_partial_update",
            auth,
            rt::Args::new().param("identifier", &identifier).body(&body),
        )
    }
    /// Token Viewset
    ///
    /// `GET /core/tokens/{identifier}/` (`core_tokens_retrieve`).
    fn tokens_retrieve(
        &self,
        auth: rt::Auth,
        identifier: String,
    ) -> impl ::std::future::Future<Output = rt::Result<TokensRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_retrieve",
            auth,
            rt::Args::new().param("identifier", &identifier),
        )
    }
    /// Set token key. Action is logged as event. `authentik_core.set_token_key` permission
    /// is required.
    ///
    /// `POST /core/tokens/{identifier}/set_key/` (`core_tokens_set_key_create`).
    fn tokens_set_key_create(
        &self,
        auth: rt::Auth,
        identifier: String,
        body: super::models::TokenSetKeyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TokensSetKeyCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_set_key_create",
            auth,
            rt::Args::new().param("identifier", &identifier).body(&body),
        )
    }
    /// Token Viewset
    ///
    /// `PUT /core/tokens/{identifier}/` (`core_tokens_update`).
    fn tokens_update(
        &self,
        auth: rt::Auth,
        identifier: String,
        body: super::models::TokenRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<TokensUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_update",
            auth,
            rt::Args::new().param("identifier", &identifier).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/tokens/{identifier}/used_by/` (`core_tokens_used_by_list`).
    fn tokens_used_by_list(
        &self,
        auth: rt::Auth,
        identifier: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TokensUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_used_by_list",
            auth,
            rt::Args::new().param("identifier", &identifier),
        )
    }
    /// Return token key and log access
    ///
    /// `GET /core/tokens/{identifier}/view_key/` (`core_tokens_view_key_retrieve`).
    fn tokens_view_key_retrieve(
        &self,
        auth: rt::Auth,
        identifier: String,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TokensViewKeyRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_tokens_view_key_retrieve",
            auth,
            rt::Args::new().param("identifier", &identifier),
        )
    }
    /// Convert data into a blueprint, validate it and apply it
    ///
    /// `PUT /core/transactional/applications/` (`core_transactional_applications_update`).
    fn transactional_applications_update(
        &self,
        auth: rt::Auth,
        body: super::models::TransactionApplicationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransactionalApplicationsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_transactional_applications_update",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// UserConsent Viewset
    ///
    /// `DELETE /core/user_consent/{id}/` (`core_user_consent_destroy`).
    fn user_consent_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConsentDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_user_consent_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// UserConsent Viewset
    ///
    /// `GET /core/user_consent/` (`core_user_consent_list`).
    fn user_consent_list(
        &self,
        auth: rt::Auth,
        query: UserConsentListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConsentListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_user_consent_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// UserConsent Viewset
    ///
    /// `GET /core/user_consent/{id}/` (`core_user_consent_retrieve`).
    fn user_consent_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConsentRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_user_consent_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/user_consent/{id}/used_by/` (`core_user_consent_used_by_list`).
    fn user_consent_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserConsentUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_user_consent_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Choose the target account, then return a flow link.
    ///
    /// `POST /core/users/account_lockdown/` (`core_users_account_lockdown_create`).
    fn users_account_lockdown_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserAccountLockdownRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersAccountLockdownCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_account_lockdown_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User Viewset
    ///
    /// `POST /core/users/` (`core_users_create`).
    fn users_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<UsersCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_users_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// User Viewset
    ///
    /// `DELETE /core/users/{id}/` (`core_users_destroy`).
    fn users_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<UsersDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_users_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Create a data export for this data type. Note that the export is generated asynchronously:
    /// this method returns a `DataExport` object that will initially have `completed=false` as well
    /// as the permanent URL to that object in the `Location` header.
    /// You can poll that URL until `completed=true`, at which point the `file_url` property will
    /// contain a URL to download
    ///
    /// `POST /core/users/export/` (`core_users_export_create`).
    fn users_export_create(
        &self,
        auth: rt::Auth,
        query: UsersExportCreateQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersExportCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_export_create",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Impersonate a user
    ///
    /// `POST /core/users/{id}/impersonate/` (`core_users_impersonate_create`).
    fn users_impersonate_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::ImpersonationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersImpersonateCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_impersonate_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// End Impersonation a user
    ///
    /// `GET /core/users/impersonate_end/` (`core_users_impersonate_end_retrieve`).
    fn users_impersonate_end_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersImpersonateEndRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_impersonate_end_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// User Viewset
    ///
    /// `GET /core/users/` (`core_users_list`).
    fn users_list(
        &self,
        auth: rt::Auth,
        query: UsersListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<UsersListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_users_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Get information about current user
    ///
    /// `GET /core/users/me/` (`core_users_me_retrieve`).
    fn users_me_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersMeRetrieveResponse>,
    > + Send {
        rt::forward(self.fallback(), "core_users_me_retrieve", auth, rt::Args::new())
    }
    /// User Viewset
    ///
    /// `PATCH /core/users/{id}/` (`core_users_partial_update`).
    fn users_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedUserRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get all user paths
    ///
    /// `GET /core/users/paths/` (`core_users_paths_retrieve`).
    fn users_paths_retrieve(
        &self,
        auth: rt::Auth,
        query: UsersPathsRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersPathsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_paths_retrieve",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Create a temporary link that a user can use to recover their account
    ///
    /// `POST /core/users/{id}/recovery/` (`core_users_recovery_create`).
    fn users_recovery_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserRecoveryLinkRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersRecoveryCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_recovery_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Send an email with a temporary link that a user can use to recover their account
    ///
    /// `POST /core/users/{id}/recovery_email/` (`core_users_recovery_email_create`).
    fn users_recovery_email_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserRecoveryEmailRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersRecoveryEmailCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_recovery_email_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// User Viewset
    ///
    /// `GET /core/users/{id}/` (`core_users_retrieve`).
    fn users_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<UsersRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_users_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Create a new user account that is marked as a service account
    ///
    /// `POST /core/users/service_account/` (`core_users_service_account_create`).
    fn users_service_account_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserServiceAccountRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersServiceAccountCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_service_account_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Set password for user
    ///
    /// `POST /core/users/{id}/set_password/` (`core_users_set_password_create`).
    fn users_set_password_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserPasswordSetRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersSetPasswordCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_set_password_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
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
    fn users_set_password_hash_create(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserPasswordHashSetRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersSetPasswordHashCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_set_password_hash_create",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Start browser user switching.
    ///
    /// `POST /core/users/switch/` (`core_users_switch_create`).
    fn users_switch_create(
        &self,
        auth: rt::Auth,
        query: UsersSwitchCreateQuery,
        body: super::models::UserSwitchRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersSwitchCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_switch_create",
            auth,
            rt::Args::new().params(&query).body(&body),
        )
    }
    /// User Viewset
    ///
    /// `PUT /core/users/{id}/` (`core_users_update`).
    fn users_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::UserRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<UsersUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "core_users_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /core/users/{id}/used_by/` (`core_users_used_by_list`).
    fn users_used_by_list(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UsersUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "core_users_used_by_list",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Core>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "core_application_entitlements_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_destroy(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_partial_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_requestable_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_requestable_list(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_retrieve(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_application_entitlements_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .application_entitlements_used_by_list(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_check_access_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_check_access_retrieve(
                            input.auth(),
                            input.path("slug")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.applications_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_applications_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.applications_destroy(input.auth(), input.path("slug")?).await
                })
            },
        ),
        rt::Route::new(
            "core_applications_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.applications_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_applications_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_partial_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_requestable_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_requestable_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_retrieve(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_update(
                            input.auth(),
                            input.path("slug")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_applications_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .applications_used_by_list(input.auth(), input.path("slug")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_authenticated_sessions_bulk_delete_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticated_sessions_bulk_delete_destroy(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_authenticated_sessions_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticated_sessions_destroy(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_authenticated_sessions_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticated_sessions_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_authenticated_sessions_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticated_sessions_retrieve(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_authenticated_sessions_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .authenticated_sessions_used_by_list(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_brands_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.brands_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_brands_current_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.brands_current_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "core_brands_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.brands_destroy(input.auth(), input.path("brand_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "core_brands_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.brands_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_brands_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .brands_partial_update(
                            input.auth(),
                            input.path("brand_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_brands_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .brands_retrieve(input.auth(), input.path("brand_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_brands_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .brands_update(
                            input.auth(),
                            input.path("brand_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_brands_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .brands_used_by_list(input.auth(), input.path("brand_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_add_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_add_user_create(
                            input.auth(),
                            input.path("group_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.groups_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.groups_destroy(input.auth(), input.path("group_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "core_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.groups_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_groups_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_partial_update(
                            input.auth(),
                            input.path("group_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_remove_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_remove_user_create(
                            input.auth(),
                            input.path("group_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_retrieve(
                            input.auth(),
                            input.path("group_uuid")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_update(
                            input.auth(),
                            input.path("group_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_groups_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .groups_used_by_list(input.auth(), input.path("group_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.object_attributes_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .object_attributes_destroy(
                            input.auth(),
                            input.path("attribute_id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.object_attributes_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .object_attributes_partial_update(
                            input.auth(),
                            input.path("attribute_id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .object_attributes_retrieve(
                            input.auth(),
                            input.path("attribute_id")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_object_attributes_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .object_attributes_update(
                            input.auth(),
                            input.path("attribute_id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tokens_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tokens_destroy(input.auth(), input.path("identifier")?).await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.tokens_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_partial_update(
                            input.auth(),
                            input.path("identifier")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_retrieve(input.auth(), input.path("identifier")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_set_key_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_set_key_create(
                            input.auth(),
                            input.path("identifier")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_update(
                            input.auth(),
                            input.path("identifier")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_used_by_list(input.auth(), input.path("identifier")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_tokens_view_key_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .tokens_view_key_retrieve(
                            input.auth(),
                            input.path("identifier")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_transactional_applications_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .transactional_applications_update(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_user_consent_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_consent_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "core_user_consent_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_consent_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_user_consent_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_consent_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "core_user_consent_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_consent_used_by_list(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_account_lockdown_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_account_lockdown_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_export_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_export_create(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_impersonate_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_impersonate_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_impersonate_end_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_impersonate_end_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "core_users_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_me_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move { service.users_me_retrieve(input.auth()).await })
            },
        ),
        rt::Route::new(
            "core_users_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_paths_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_paths_retrieve(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_recovery_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_recovery_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_recovery_email_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_recovery_email_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "core_users_service_account_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_service_account_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_set_password_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_set_password_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_set_password_hash_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_set_password_hash_create(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_switch_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_switch_create(
                            input.auth(),
                            input.params()?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .users_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "core_users_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.users_used_by_list(input.auth(), input.path("id")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `core` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Core>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Core for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Core::application_entitlements_create`] returns (`core_application_entitlements_create`).
pub type ApplicationEntitlementsCreateResponse = super::Reply201_400_403<
    super::models::ApplicationEntitlement,
>;

/// What [`Core::application_entitlements_destroy`] returns (`core_application_entitlements_destroy`).
pub type ApplicationEntitlementsDestroyResponse = super::Reply204_400_403;

/// What [`Core::application_entitlements_list`] returns (`core_application_entitlements_list`).
pub type ApplicationEntitlementsListResponse = super::Reply200_400_403<
    super::models::PaginatedApplicationEntitlementList,
>;

/// Query and header parameters of [`Core::application_entitlements_list`] (`core_application_entitlements_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationEntitlementsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<::uuid::Uuid>,
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
}

/// What [`Core::application_entitlements_partial_update`] returns (`core_application_entitlements_partial_update`).
pub type ApplicationEntitlementsPartialUpdateResponse = super::Reply200_400_403<
    super::models::ApplicationEntitlement,
>;

/// What [`Core::application_entitlements_requestable_list`] returns (`core_application_entitlements_requestable_list`).
pub type ApplicationEntitlementsRequestableListResponse = super::Reply200_400_403<
    super::models::PaginatedRequestableTargetList,
>;

/// Query and header parameters of [`Core::application_entitlements_requestable_list`] (`core_application_entitlements_requestable_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationEntitlementsRequestableListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<::uuid::Uuid>,
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
}

/// What [`Core::application_entitlements_retrieve`] returns (`core_application_entitlements_retrieve`).
pub type ApplicationEntitlementsRetrieveResponse = super::Reply200_400_403<
    super::models::ApplicationEntitlement,
>;

/// What [`Core::application_entitlements_update`] returns (`core_application_entitlements_update`).
pub type ApplicationEntitlementsUpdateResponse = super::Reply200_400_403<
    super::models::ApplicationEntitlement,
>;

/// What [`Core::application_entitlements_used_by_list`] returns (`core_application_entitlements_used_by_list`).
pub type ApplicationEntitlementsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Core::applications_check_access_retrieve`] returns (`core_applications_check_access_retrieve`).
pub type ApplicationsCheckAccessRetrieveResponse = super::Reply200_400_403<
    super::models::PolicyTestResult,
>;

/// Query and header parameters of [`Core::applications_check_access_retrieve`] (`core_applications_check_access_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationsCheckAccessRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_user: Option<i64>,
}

/// What [`Core::applications_create`] returns (`core_applications_create`).
pub type ApplicationsCreateResponse = super::Reply201_400_403<
    super::models::Application,
>;

/// What [`Core::applications_destroy`] returns (`core_applications_destroy`).
pub type ApplicationsDestroyResponse = super::Reply204_400_403;

/// What [`Core::applications_list`] returns (`core_applications_list`).
pub type ApplicationsListResponse = super::Reply200_400_403<
    super::models::PaginatedApplicationList,
>;

/// Query and header parameters of [`Core::applications_list`] (`core_applications_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_user: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_with_launch_url: Option<bool>,
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
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superuser_full_list: Option<bool>,
}

/// What [`Core::applications_partial_update`] returns (`core_applications_partial_update`).
pub type ApplicationsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Application,
>;

/// What [`Core::applications_requestable_list`] returns (`core_applications_requestable_list`).
pub type ApplicationsRequestableListResponse = super::Reply200_400_403<
    super::models::PaginatedApplicationList,
>;

/// Query and header parameters of [`Core::applications_requestable_list`] (`core_applications_requestable_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationsRequestableListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_publisher: Option<String>,
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
    pub slug: Option<String>,
}

/// What [`Core::applications_retrieve`] returns (`core_applications_retrieve`).
pub type ApplicationsRetrieveResponse = super::Reply200_400_403<
    super::models::Application,
>;

/// What [`Core::applications_update`] returns (`core_applications_update`).
pub type ApplicationsUpdateResponse = super::Reply200_400_403<
    super::models::Application,
>;

/// What [`Core::applications_used_by_list`] returns (`core_applications_used_by_list`).
pub type ApplicationsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Core::authenticated_sessions_bulk_delete_destroy`] returns (`core_authenticated_sessions_bulk_delete_destroy`).
pub type AuthenticatedSessionsBulkDeleteDestroyResponse = super::Reply200_400_403<
    super::models::BulkDeleteSessionResponse,
>;

/// Query and header parameters of [`Core::authenticated_sessions_bulk_delete_destroy`] (`core_authenticated_sessions_bulk_delete_destroy`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionsBulkDeleteDestroyQuery {
    /// List of user IDs to revoke all sessions for
    pub user_pks: Vec<i64>,
}

/// What [`Core::authenticated_sessions_destroy`] returns (`core_authenticated_sessions_destroy`).
pub type AuthenticatedSessionsDestroyResponse = super::Reply204_400_403;

/// What [`Core::authenticated_sessions_list`] returns (`core_authenticated_sessions_list`).
pub type AuthenticatedSessionsListResponse = super::Reply200_400_403<
    super::models::PaginatedAuthenticatedSessionList,
>;

/// Query and header parameters of [`Core::authenticated_sessions_list`] (`core_authenticated_sessions_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionsListQuery {
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
    #[serde(rename = "session__last_ip")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_last_ip: Option<String>,
    #[serde(rename = "session__last_user_agent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_last_user_agent: Option<String>,
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Core::authenticated_sessions_retrieve`] returns (`core_authenticated_sessions_retrieve`).
pub type AuthenticatedSessionsRetrieveResponse = super::Reply200_400_403<
    super::models::AuthenticatedSession,
>;

/// What [`Core::authenticated_sessions_used_by_list`] returns (`core_authenticated_sessions_used_by_list`).
pub type AuthenticatedSessionsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Core::brands_create`] returns (`core_brands_create`).
pub type BrandsCreateResponse = super::Reply201_400_403<super::models::Brand>;

/// What [`Core::brands_current_retrieve`] returns (`core_brands_current_retrieve`).
pub type BrandsCurrentRetrieveResponse = super::Reply200_400_403<
    super::models::CurrentBrand,
>;

/// What [`Core::brands_destroy`] returns (`core_brands_destroy`).
pub type BrandsDestroyResponse = super::Reply204_400_403;

/// What [`Core::brands_list`] returns (`core_brands_list`).
pub type BrandsListResponse = super::Reply200_400_403<super::models::PaginatedBrandList>;

/// Query and header parameters of [`Core::brands_list`] (`core_brands_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BrandsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_default_flow_background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_favicon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_logo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificates: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_authentication: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_device_code: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_invalidation: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_lockdown: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_recovery: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_request: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_unenrollment: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_user_settings: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_user_switch: Option<::uuid::Uuid>,
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
    pub web_certificate: Option<::uuid::Uuid>,
}

/// What [`Core::brands_partial_update`] returns (`core_brands_partial_update`).
pub type BrandsPartialUpdateResponse = super::Reply200_400_403<super::models::Brand>;

/// What [`Core::brands_retrieve`] returns (`core_brands_retrieve`).
pub type BrandsRetrieveResponse = super::Reply200_400_403<super::models::Brand>;

/// What [`Core::brands_update`] returns (`core_brands_update`).
pub type BrandsUpdateResponse = super::Reply200_400_403<super::models::Brand>;

/// What [`Core::brands_used_by_list`] returns (`core_brands_used_by_list`).
pub type BrandsUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Core::groups_add_user_create`] returns (`core_groups_add_user_create`).
pub type GroupsAddUserCreateResponse = super::Reply204_400_403_404;

/// What [`Core::groups_create`] returns (`core_groups_create`).
pub type GroupsCreateResponse = super::Reply201_400_403<super::models::Group>;

/// What [`Core::groups_destroy`] returns (`core_groups_destroy`).
pub type GroupsDestroyResponse = super::Reply204_400_403;

/// What [`Core::groups_list`] returns (`core_groups_list`).
pub type GroupsListResponse = super::Reply200_400_403<super::models::PaginatedGroupList>;

/// Query and header parameters of [`Core::groups_list`] (`core_groups_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupsListQuery {
    /// Attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_children: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_inherited_roles: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_parents: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_by_pk: Option<Vec<i64>>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_by_username: Option<Vec<String>>,
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

/// What [`Core::groups_partial_update`] returns (`core_groups_partial_update`).
pub type GroupsPartialUpdateResponse = super::Reply200_400_403<super::models::Group>;

/// What [`Core::groups_remove_user_create`] returns (`core_groups_remove_user_create`).
pub type GroupsRemoveUserCreateResponse = super::Reply204_400_403_404;

/// What [`Core::groups_retrieve`] returns (`core_groups_retrieve`).
pub type GroupsRetrieveResponse = super::Reply200_400_403<super::models::Group>;

/// Query and header parameters of [`Core::groups_retrieve`] (`core_groups_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupsRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_children: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_inherited_roles: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_parents: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_users: Option<bool>,
}

/// What [`Core::groups_update`] returns (`core_groups_update`).
pub type GroupsUpdateResponse = super::Reply200_400_403<super::models::Group>;

/// What [`Core::groups_used_by_list`] returns (`core_groups_used_by_list`).
pub type GroupsUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Core::object_attributes_create`] returns (`core_object_attributes_create`).
pub type ObjectAttributesCreateResponse = super::Reply201_400_403<
    super::models::ObjectAttribute,
>;

/// What [`Core::object_attributes_destroy`] returns (`core_object_attributes_destroy`).
pub type ObjectAttributesDestroyResponse = super::Reply204_400_403;

/// What [`Core::object_attributes_list`] returns (`core_object_attributes_list`).
pub type ObjectAttributesListResponse = super::Reply200_400_403<
    super::models::PaginatedObjectAttributeList,
>;

/// Query and header parameters of [`Core::object_attributes_list`] (`core_object_attributes_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectAttributesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(rename = "object_type__app_label")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type_app_label: Option<String>,
    #[serde(rename = "object_type__model")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type_model: Option<String>,
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

/// What [`Core::object_attributes_partial_update`] returns (`core_object_attributes_partial_update`).
pub type ObjectAttributesPartialUpdateResponse = super::Reply200_400_403<
    super::models::ObjectAttribute,
>;

/// What [`Core::object_attributes_retrieve`] returns (`core_object_attributes_retrieve`).
pub type ObjectAttributesRetrieveResponse = super::Reply200_400_403<
    super::models::ObjectAttribute,
>;

/// What [`Core::object_attributes_update`] returns (`core_object_attributes_update`).
pub type ObjectAttributesUpdateResponse = super::Reply200_400_403<
    super::models::ObjectAttribute,
>;

/// What [`Core::tokens_create`] returns (`core_tokens_create`).
pub type TokensCreateResponse = super::Reply201_400_403<super::models::Token>;

/// What [`Core::tokens_destroy`] returns (`core_tokens_destroy`).
pub type TokensDestroyResponse = super::Reply204_400_403;

/// What [`Core::tokens_list`] returns (`core_tokens_list`).
pub type TokensListResponse = super::Reply200_400_403<super::models::PaginatedTokenList>;

/// Query and header parameters of [`Core::tokens_list`] (`core_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokensListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<super::models::IntentEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<String>,
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
    #[serde(rename = "user__username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_username: Option<String>,
}

/// What [`Core::tokens_partial_update`] returns (`core_tokens_partial_update`).
pub type TokensPartialUpdateResponse = super::Reply200_400_403<super::models::Token>;

/// What [`Core::tokens_retrieve`] returns (`core_tokens_retrieve`).
pub type TokensRetrieveResponse = super::Reply200_400_403<super::models::Token>;

/// What [`Core::tokens_set_key_create`] returns (`core_tokens_set_key_create`).
pub type TokensSetKeyCreateResponse = super::Reply204_400_403_404V2;

/// What [`Core::tokens_update`] returns (`core_tokens_update`).
pub type TokensUpdateResponse = super::Reply200_400_403<super::models::Token>;

/// What [`Core::tokens_used_by_list`] returns (`core_tokens_used_by_list`).
pub type TokensUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Core::tokens_view_key_retrieve`] returns (`core_tokens_view_key_retrieve`).
pub type TokensViewKeyRetrieveResponse = super::Reply200_400_403_404<
    super::models::TokenView,
>;

/// What [`Core::transactional_applications_update`] returns (`core_transactional_applications_update`).
pub type TransactionalApplicationsUpdateResponse = super::Reply200_400_403<
    super::models::TransactionApplicationResponse,
>;

/// What [`Core::user_consent_destroy`] returns (`core_user_consent_destroy`).
pub type UserConsentDestroyResponse = super::Reply204_400_403;

/// What [`Core::user_consent_list`] returns (`core_user_consent_list`).
pub type UserConsentListResponse = super::Reply200_400_403<
    super::models::PaginatedUserConsentList,
>;

/// Query and header parameters of [`Core::user_consent_list`] (`core_user_consent_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConsentListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<::uuid::Uuid>,
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
    pub user: Option<i64>,
}

/// What [`Core::user_consent_retrieve`] returns (`core_user_consent_retrieve`).
pub type UserConsentRetrieveResponse = super::Reply200_400_403<
    super::models::UserConsent,
>;

/// What [`Core::user_consent_used_by_list`] returns (`core_user_consent_used_by_list`).
pub type UserConsentUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Core::users_account_lockdown_create`] returns (`core_users_account_lockdown_create`).
pub type UsersAccountLockdownCreateResponse = super::Reply200_400_403V3<
    super::models::Link,
>;

/// What [`Core::users_create`] returns (`core_users_create`).
pub type UsersCreateResponse = super::Reply201_400_403<super::models::User>;

/// What [`Core::users_destroy`] returns (`core_users_destroy`).
pub type UsersDestroyResponse = super::Reply204_400_403;

/// What [`Core::users_export_create`] returns (`core_users_export_create`).
pub type UsersExportCreateResponse = super::Reply201_400_403<super::models::DataExport>;

/// Query and header parameters of [`Core::users_export_create`] (`core_users_export_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UsersExportCreateQuery {
    /// Attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined: Option<super::runtime::DateTime>,
    #[serde(rename = "date_joined__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "date_joined__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_lt: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups_by_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups_by_pk: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<super::runtime::DateTime>,
    #[serde(rename = "last_login__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "last_login__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_isnull: Option<bool>,
    #[serde(rename = "last_login__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_lt: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
    #[serde(rename = "last_updated__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "last_updated__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_lt: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_startswith: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_by_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_by_pk: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Vec<super::models::UserTypeEnum>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

/// What [`Core::users_impersonate_create`] returns (`core_users_impersonate_create`).
pub type UsersImpersonateCreateResponse = super::Reply204_400_403;

/// What [`Core::users_impersonate_end_retrieve`] returns (`core_users_impersonate_end_retrieve`).
pub type UsersImpersonateEndRetrieveResponse = super::Reply204_400_403;

/// What [`Core::users_list`] returns (`core_users_list`).
pub type UsersListResponse = super::Reply200_400_403<super::models::PaginatedUserList>;

/// Query and header parameters of [`Core::users_list`] (`core_users_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UsersListQuery {
    /// Attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined: Option<super::runtime::DateTime>,
    #[serde(rename = "date_joined__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "date_joined__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_lt: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups_by_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups_by_pk: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_groups: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_roles: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<super::runtime::DateTime>,
    #[serde(rename = "last_login__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "last_login__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_isnull: Option<bool>,
    #[serde(rename = "last_login__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login_lt: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
    #[serde(rename = "last_updated__gt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_gt: Option<super::runtime::DateTime>,
    #[serde(rename = "last_updated__lt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_lt: Option<super::runtime::DateTime>,
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
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_startswith: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_by_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_by_pk: Option<Vec<::uuid::Uuid>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Vec<super::models::UserTypeEnum>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

/// What [`Core::users_me_retrieve`] returns (`core_users_me_retrieve`).
pub type UsersMeRetrieveResponse = super::Reply200_400_403<super::models::SessionUser>;

/// What [`Core::users_partial_update`] returns (`core_users_partial_update`).
pub type UsersPartialUpdateResponse = super::Reply200_400_403<super::models::User>;

/// What [`Core::users_paths_retrieve`] returns (`core_users_paths_retrieve`).
pub type UsersPathsRetrieveResponse = super::Reply200_400_403<super::models::UserPath>;

/// Query and header parameters of [`Core::users_paths_retrieve`] (`core_users_paths_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UsersPathsRetrieveQuery {
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Core::users_recovery_create`] returns (`core_users_recovery_create`).
pub type UsersRecoveryCreateResponse = super::Reply200_400_403<super::models::Link>;

/// What [`Core::users_recovery_email_create`] returns (`core_users_recovery_email_create`).
pub type UsersRecoveryEmailCreateResponse = super::Reply204_400_403;

/// What [`Core::users_retrieve`] returns (`core_users_retrieve`).
pub type UsersRetrieveResponse = super::Reply200_400_403<super::models::User>;

/// What [`Core::users_service_account_create`] returns (`core_users_service_account_create`).
pub type UsersServiceAccountCreateResponse = super::Reply200_400_403<
    super::models::UserServiceAccountResponse,
>;

/// What [`Core::users_set_password_create`] returns (`core_users_set_password_create`).
pub type UsersSetPasswordCreateResponse = super::Reply204_400_403V2;

/// What [`Core::users_set_password_hash_create`] returns (`core_users_set_password_hash_create`).
pub type UsersSetPasswordHashCreateResponse = super::Reply204_400_403V2;

/// What [`Core::users_switch_create`] returns (`core_users_switch_create`).
pub type UsersSwitchCreateResponse = super::Reply200_400_403<
    super::models::UserSwitchResponse,
>;

/// Query and header parameters of [`Core::users_switch_create`] (`core_users_switch_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UsersSwitchCreateQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// What [`Core::users_update`] returns (`core_users_update`).
pub type UsersUpdateResponse = super::Reply200_400_403<super::models::User>;

/// What [`Core::users_used_by_list`] returns (`core_users_used_by_list`).
pub type UsersUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;
