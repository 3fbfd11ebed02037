//! Server side of the operations tagged `policies` (76).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `policies`. Implement those you serve, then
/// `Server::new().policies(service)` or [`router`]; the others go to
/// [`Policies::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Policies: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Clear policy cache
    ///
    /// `POST /policies/all/cache_clear/` (`policies_all_cache_clear_create`).
    fn all_cache_clear_create(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AllCacheClearCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_all_cache_clear_create",
            auth,
            rt::Args::new(),
        )
    }
    /// Info about cached policies
    ///
    /// `GET /policies/all/cache_info/` (`policies_all_cache_info_retrieve`).
    fn all_cache_info_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AllCacheInfoRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_all_cache_info_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Policy Viewset
    ///
    /// `DELETE /policies/all/{policy_uuid}/` (`policies_all_destroy`).
    fn all_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_all_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Policy Viewset
    ///
    /// `GET /policies/all/` (`policies_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
        query: AllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Policy Viewset
    ///
    /// `GET /policies/all/{policy_uuid}/` (`policies_all_retrieve`).
    fn all_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_all_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Test policy
    ///
    /// `POST /policies/all/{policy_uuid}/test/` (`policies_all_test_create`).
    fn all_test_create(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PolicyTestRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTestCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_all_test_create",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /policies/all/types/` (`policies_all_types_list`).
    fn all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTypesListResponse>> + Send {
        rt::forward(self.fallback(), "policies_all_types_list", auth, rt::Args::new())
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/all/{policy_uuid}/used_by/` (`policies_all_used_by_list`).
    fn all_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_all_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `POST /policies/bindings/` (`policies_bindings_create`).
    fn bindings_create(
        &self,
        auth: rt::Auth,
        body: super::models::PolicyBindingRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `DELETE /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_destroy`).
    fn bindings_destroy(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_destroy",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `GET /policies/bindings/` (`policies_bindings_list`).
    fn bindings_list(
        &self,
        auth: rt::Auth,
        query: BindingsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `PATCH /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_partial_update`).
    fn bindings_partial_update(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
        body: super::models::PatchedPolicyBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_partial_update",
            auth,
            rt::Args::new()
                .param("policy_binding_uuid", &policy_binding_uuid)
                .body(&body),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `GET /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_retrieve`).
    fn bindings_retrieve(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_retrieve",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `PUT /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_update`).
    fn bindings_update(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
        body: super::models::PolicyBindingRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<BindingsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_update",
            auth,
            rt::Args::new()
                .param("policy_binding_uuid", &policy_binding_uuid)
                .body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/bindings/{policy_binding_uuid}/used_by/` (`policies_bindings_used_by_list`).
    fn bindings_used_by_list(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<BindingsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_bindings_used_by_list",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// Dummy Viewset
    ///
    /// `POST /policies/dummy/` (`policies_dummy_create`).
    fn dummy_create(
        &self,
        auth: rt::Auth,
        body: super::models::DummyPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Dummy Viewset
    ///
    /// `DELETE /policies/dummy/{policy_uuid}/` (`policies_dummy_destroy`).
    fn dummy_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Dummy Viewset
    ///
    /// `GET /policies/dummy/` (`policies_dummy_list`).
    fn dummy_list(
        &self,
        auth: rt::Auth,
        query: DummyListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Dummy Viewset
    ///
    /// `PATCH /policies/dummy/{policy_uuid}/` (`policies_dummy_partial_update`).
    fn dummy_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedDummyPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DummyPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Dummy Viewset
    ///
    /// `GET /policies/dummy/{policy_uuid}/` (`policies_dummy_retrieve`).
    fn dummy_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Dummy Viewset
    ///
    /// `PUT /policies/dummy/{policy_uuid}/` (`policies_dummy_update`).
    fn dummy_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::DummyPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DummyUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/dummy/{policy_uuid}/used_by/` (`policies_dummy_used_by_list`).
    fn dummy_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DummyUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_dummy_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `POST /policies/event_matcher/` (`policies_event_matcher_create`).
    fn event_matcher_create(
        &self,
        auth: rt::Auth,
        body: super::models::EventMatcherPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `DELETE /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_destroy`).
    fn event_matcher_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `GET /policies/event_matcher/` (`policies_event_matcher_list`).
    fn event_matcher_list(
        &self,
        auth: rt::Auth,
        query: EventMatcherListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `PATCH /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_partial_update`).
    fn event_matcher_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedEventMatcherPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `GET /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_retrieve`).
    fn event_matcher_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Event Matcher Policy Viewset
    ///
    /// `PUT /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_update`).
    fn event_matcher_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::EventMatcherPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/event_matcher/{policy_uuid}/used_by/` (`policies_event_matcher_used_by_list`).
    fn event_matcher_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventMatcherUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_event_matcher_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Source Viewset
    ///
    /// `POST /policies/expression/` (`policies_expression_create`).
    fn expression_create(
        &self,
        auth: rt::Auth,
        body: super::models::ExpressionPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Source Viewset
    ///
    /// `DELETE /policies/expression/{policy_uuid}/` (`policies_expression_destroy`).
    fn expression_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Source Viewset
    ///
    /// `GET /policies/expression/` (`policies_expression_list`).
    fn expression_list(
        &self,
        auth: rt::Auth,
        query: ExpressionListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ExpressionListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Source Viewset
    ///
    /// `PATCH /policies/expression/{policy_uuid}/` (`policies_expression_partial_update`).
    fn expression_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedExpressionPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Source Viewset
    ///
    /// `GET /policies/expression/{policy_uuid}/` (`policies_expression_retrieve`).
    fn expression_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Source Viewset
    ///
    /// `PUT /policies/expression/{policy_uuid}/` (`policies_expression_update`).
    fn expression_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::ExpressionPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/expression/{policy_uuid}/used_by/` (`policies_expression_used_by_list`).
    fn expression_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ExpressionUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_expression_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// GeoIP Viewset
    ///
    /// `POST /policies/geoip/` (`policies_geoip_create`).
    fn geoip_create(
        &self,
        auth: rt::Auth,
        body: super::models::GeoIPPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<GeoipCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GeoIP Viewset
    ///
    /// `DELETE /policies/geoip/{policy_uuid}/` (`policies_geoip_destroy`).
    fn geoip_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<GeoipDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Get all countries in ISO-3166-1
    ///
    /// `GET /policies/geoip_iso3166/` (`policies_geoip_iso3166_list`). Allows anonymous access.
    fn geoip_iso3166_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GeoipIso3166ListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_iso3166_list",
            auth,
            rt::Args::new(),
        )
    }
    /// GeoIP Viewset
    ///
    /// `GET /policies/geoip/` (`policies_geoip_list`).
    fn geoip_list(
        &self,
        auth: rt::Auth,
        query: GeoipListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<GeoipListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GeoIP Viewset
    ///
    /// `PATCH /policies/geoip/{policy_uuid}/` (`policies_geoip_partial_update`).
    fn geoip_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedGeoIPPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GeoipPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// GeoIP Viewset
    ///
    /// `GET /policies/geoip/{policy_uuid}/` (`policies_geoip_retrieve`).
    fn geoip_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<GeoipRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// GeoIP Viewset
    ///
    /// `PUT /policies/geoip/{policy_uuid}/` (`policies_geoip_update`).
    fn geoip_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::GeoIPPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<GeoipUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/geoip/{policy_uuid}/used_by/` (`policies_geoip_used_by_list`).
    fn geoip_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GeoipUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_geoip_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Policy Viewset
    ///
    /// `POST /policies/password/` (`policies_password_create`).
    fn password_create(
        &self,
        auth: rt::Auth,
        body: super::models::PasswordPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_password_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Password Policy Viewset
    ///
    /// `DELETE /policies/password/{policy_uuid}/` (`policies_password_destroy`).
    fn password_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `POST /policies/password_expiry/` (`policies_password_expiry_create`).
    fn password_expiry_create(
        &self,
        auth: rt::Auth,
        body: super::models::PasswordExpiryPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `DELETE /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_destroy`).
    fn password_expiry_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `GET /policies/password_expiry/` (`policies_password_expiry_list`).
    fn password_expiry_list(
        &self,
        auth: rt::Auth,
        query: PasswordExpiryListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `PATCH /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_partial_update`).
    fn password_expiry_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedPasswordExpiryPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `GET /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_retrieve`).
    fn password_expiry_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Expiry Viewset
    ///
    /// `PUT /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_update`).
    fn password_expiry_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PasswordExpiryPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/password_expiry/{policy_uuid}/used_by/` (`policies_password_expiry_used_by_list`).
    fn password_expiry_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordExpiryUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_expiry_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Policy Viewset
    ///
    /// `GET /policies/password/` (`policies_password_list`).
    fn password_list(
        &self,
        auth: rt::Auth,
        query: PasswordListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_password_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Password Policy Viewset
    ///
    /// `PATCH /policies/password/{policy_uuid}/` (`policies_password_partial_update`).
    fn password_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedPasswordPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Password Policy Viewset
    ///
    /// `GET /policies/password/{policy_uuid}/` (`policies_password_retrieve`).
    fn password_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Policy Viewset
    ///
    /// `PUT /policies/password/{policy_uuid}/` (`policies_password_update`).
    fn password_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PasswordPolicyRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<PasswordUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_password_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/password/{policy_uuid}/used_by/` (`policies_password_used_by_list`).
    fn password_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<PasswordUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_password_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `POST /policies/reputation/` (`policies_reputation_create`).
    fn reputation_create(
        &self,
        auth: rt::Auth,
        body: super::models::ReputationPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `DELETE /policies/reputation/{policy_uuid}/` (`policies_reputation_destroy`).
    fn reputation_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `GET /policies/reputation/` (`policies_reputation_list`).
    fn reputation_list(
        &self,
        auth: rt::Auth,
        query: ReputationListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ReputationListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `PATCH /policies/reputation/{policy_uuid}/` (`policies_reputation_partial_update`).
    fn reputation_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedReputationPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `GET /policies/reputation/{policy_uuid}/` (`policies_reputation_retrieve`).
    fn reputation_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Reputation Viewset
    ///
    /// `DELETE /policies/reputation/scores/{reputation_uuid}/` (`policies_reputation_scores_destroy`).
    fn reputation_scores_destroy(
        &self,
        auth: rt::Auth,
        reputation_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationScoresDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_scores_destroy",
            auth,
            rt::Args::new().param("reputation_uuid", &reputation_uuid),
        )
    }
    /// Reputation Viewset
    ///
    /// `GET /policies/reputation/scores/` (`policies_reputation_scores_list`).
    fn reputation_scores_list(
        &self,
        auth: rt::Auth,
        query: ReputationScoresListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationScoresListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_scores_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Reputation Viewset
    ///
    /// `GET /policies/reputation/scores/{reputation_uuid}/` (`policies_reputation_scores_retrieve`).
    fn reputation_scores_retrieve(
        &self,
        auth: rt::Auth,
        reputation_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationScoresRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_scores_retrieve",
            auth,
            rt::Args::new().param("reputation_uuid", &reputation_uuid),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/reputation/scores/{reputation_uuid}/used_by/` (`policies_reputation_scores_used_by_list`).
    fn reputation_scores_used_by_list(
        &self,
        auth: rt::Auth,
        reputation_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationScoresUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_scores_used_by_list",
            auth,
            rt::Args::new().param("reputation_uuid", &reputation_uuid),
        )
    }
    /// Reputation Policy Viewset
    ///
    /// `PUT /policies/reputation/{policy_uuid}/` (`policies_reputation_update`).
    fn reputation_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::ReputationPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/reputation/{policy_uuid}/used_by/` (`policies_reputation_used_by_list`).
    fn reputation_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ReputationUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_reputation_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `POST /policies/unique_password/` (`policies_unique_password_create`).
    fn unique_password_create(
        &self,
        auth: rt::Auth,
        body: super::models::UniquePasswordPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `DELETE /policies/unique_password/{policy_uuid}/` (`policies_unique_password_destroy`).
    fn unique_password_destroy(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_destroy",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/` (`policies_unique_password_list`).
    fn unique_password_list(
        &self,
        auth: rt::Auth,
        query: UniquePasswordListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `PATCH /policies/unique_password/{policy_uuid}/` (`policies_unique_password_partial_update`).
    fn unique_password_partial_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::PatchedUniquePasswordPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_partial_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/{policy_uuid}/` (`policies_unique_password_retrieve`).
    fn unique_password_retrieve(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_retrieve",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
    /// Password Uniqueness Policy Viewset
    ///
    /// `PUT /policies/unique_password/{policy_uuid}/` (`policies_unique_password_update`).
    fn unique_password_update(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
        body: super::models::UniquePasswordPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_update",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/unique_password/{policy_uuid}/used_by/` (`policies_unique_password_used_by_list`).
    fn unique_password_used_by_list(
        &self,
        auth: rt::Auth,
        policy_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UniquePasswordUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "policies_unique_password_used_by_list",
            auth,
            rt::Args::new().param("policy_uuid", &policy_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Policies>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "policies_all_cache_clear_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_cache_clear_create(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "policies_all_cache_info_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_cache_info_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "policies_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_destroy(input.auth(), input.path("policy_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "policies_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_retrieve(input.auth(), input.path("policy_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "policies_all_test_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .all_test_create(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_types_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "policies_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .all_used_by_list(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.bindings_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_destroy(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.bindings_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_partial_update(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_retrieve(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_update(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_bindings_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .bindings_used_by_list(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_destroy(input.auth(), input.path("policy_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.dummy_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_dummy_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .dummy_used_by_list(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.event_matcher_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .event_matcher_destroy(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.event_matcher_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .event_matcher_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .event_matcher_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .event_matcher_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_event_matcher_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .event_matcher_used_by_list(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.expression_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .expression_destroy(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.expression_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .expression_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .expression_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .expression_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_expression_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .expression_used_by_list(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.geoip_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.geoip_destroy(input.auth(), input.path("policy_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_iso3166_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.geoip_iso3166_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "policies_geoip_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.geoip_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .geoip_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .geoip_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .geoip_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_geoip_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .geoip_used_by_list(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_password_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_destroy(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_expiry_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_expiry_destroy(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_expiry_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_expiry_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_expiry_retrieve(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_expiry_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_expiry_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_expiry_used_by_list(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.password_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_password_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_password_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .password_used_by_list(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.reputation_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_destroy(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.reputation_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_retrieve(input.auth(), input.path("policy_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_scores_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_scores_destroy(
                            input.auth(),
                            input.path("reputation_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_scores_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.reputation_scores_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_scores_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_scores_retrieve(
                            input.auth(),
                            input.path("reputation_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_scores_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_scores_used_by_list(
                            input.auth(),
                            input.path("reputation_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_reputation_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .reputation_used_by_list(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.unique_password_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .unique_password_destroy(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.unique_password_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .unique_password_partial_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .unique_password_retrieve(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .unique_password_update(
                            input.auth(),
                            input.path("policy_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "policies_unique_password_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .unique_password_used_by_list(
                            input.auth(),
                            input.path("policy_uuid")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `policies` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Policies>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Policies for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Policies::all_cache_clear_create`] returns (`policies_all_cache_clear_create`).
pub type AllCacheClearCreateResponse = super::Reply204_400_403V2;

/// What [`Policies::all_cache_info_retrieve`] returns (`policies_all_cache_info_retrieve`).
pub type AllCacheInfoRetrieveResponse = super::Reply200_400_403<super::models::Cache>;

/// What [`Policies::all_destroy`] returns (`policies_all_destroy`).
pub type AllDestroyResponse = super::Reply204_400_403;

/// What [`Policies::all_list`] returns (`policies_all_list`).
pub type AllListResponse = super::Reply200_400_403<super::models::PaginatedPolicyList>;

/// Query and header parameters of [`Policies::all_list`] (`policies_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllListQuery {
    #[serde(rename = "bindings__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings_isnull: Option<bool>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "promptstage__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promptstage_isnull: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::all_retrieve`] returns (`policies_all_retrieve`).
pub type AllRetrieveResponse = super::Reply200_400_403<super::models::Policy>;

/// What [`Policies::all_test_create`] returns (`policies_all_test_create`).
pub type AllTestCreateResponse = super::Reply200_400_403V4<
    super::models::PolicyTestResult,
>;

/// What [`Policies::all_types_list`] returns (`policies_all_types_list`).
pub type AllTypesListResponse = super::Reply200_400_403<Vec<super::models::TypeCreate>>;

/// What [`Policies::all_used_by_list`] returns (`policies_all_used_by_list`).
pub type AllUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Policies::bindings_create`] returns (`policies_bindings_create`).
pub type BindingsCreateResponse = super::Reply201_400_403<super::models::PolicyBinding>;

/// What [`Policies::bindings_destroy`] returns (`policies_bindings_destroy`).
pub type BindingsDestroyResponse = super::Reply204_400_403;

/// What [`Policies::bindings_list`] returns (`policies_bindings_list`).
pub type BindingsListResponse = super::Reply200_400_403<
    super::models::PaginatedPolicyBindingList,
>;

/// Query and header parameters of [`Policies::bindings_list`] (`policies_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BindingsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
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
    pub policy: Option<::uuid::Uuid>,
    #[serde(rename = "policy__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_isnull: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_in: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

/// What [`Policies::bindings_partial_update`] returns (`policies_bindings_partial_update`).
pub type BindingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::PolicyBinding,
>;

/// What [`Policies::bindings_retrieve`] returns (`policies_bindings_retrieve`).
pub type BindingsRetrieveResponse = super::Reply200_400_403<
    super::models::PolicyBinding,
>;

/// What [`Policies::bindings_update`] returns (`policies_bindings_update`).
pub type BindingsUpdateResponse = super::Reply200_400_403<super::models::PolicyBinding>;

/// What [`Policies::bindings_used_by_list`] returns (`policies_bindings_used_by_list`).
pub type BindingsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::dummy_create`] returns (`policies_dummy_create`).
pub type DummyCreateResponse = super::Reply201_400_403<super::models::DummyPolicy>;

/// What [`Policies::dummy_destroy`] returns (`policies_dummy_destroy`).
pub type DummyDestroyResponse = super::Reply204_400_403;

/// What [`Policies::dummy_list`] returns (`policies_dummy_list`).
pub type DummyListResponse = super::Reply200_400_403<
    super::models::PaginatedDummyPolicyList,
>;

/// Query and header parameters of [`Policies::dummy_list`] (`policies_dummy_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
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
    pub policy_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_max: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_min: Option<i64>,
}

/// What [`Policies::dummy_partial_update`] returns (`policies_dummy_partial_update`).
pub type DummyPartialUpdateResponse = super::Reply200_400_403<
    super::models::DummyPolicy,
>;

/// What [`Policies::dummy_retrieve`] returns (`policies_dummy_retrieve`).
pub type DummyRetrieveResponse = super::Reply200_400_403<super::models::DummyPolicy>;

/// What [`Policies::dummy_update`] returns (`policies_dummy_update`).
pub type DummyUpdateResponse = super::Reply200_400_403<super::models::DummyPolicy>;

/// What [`Policies::dummy_used_by_list`] returns (`policies_dummy_used_by_list`).
pub type DummyUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Policies::event_matcher_create`] returns (`policies_event_matcher_create`).
pub type EventMatcherCreateResponse = super::Reply201_400_403<
    super::models::EventMatcherPolicy,
>;

/// What [`Policies::event_matcher_destroy`] returns (`policies_event_matcher_destroy`).
pub type EventMatcherDestroyResponse = super::Reply204_400_403;

/// What [`Policies::event_matcher_list`] returns (`policies_event_matcher_list`).
pub type EventMatcherListResponse = super::Reply200_400_403<
    super::models::PaginatedEventMatcherPolicyList,
>;

/// Query and header parameters of [`Policies::event_matcher_list`] (`policies_event_matcher_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventMatcherListQuery {
    /// Match created events with this action type. When left empty, all action types will be matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<super::models::EventActions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
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
    pub policy_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::event_matcher_partial_update`] returns (`policies_event_matcher_partial_update`).
pub type EventMatcherPartialUpdateResponse = super::Reply200_400_403<
    super::models::EventMatcherPolicy,
>;

/// What [`Policies::event_matcher_retrieve`] returns (`policies_event_matcher_retrieve`).
pub type EventMatcherRetrieveResponse = super::Reply200_400_403<
    super::models::EventMatcherPolicy,
>;

/// What [`Policies::event_matcher_update`] returns (`policies_event_matcher_update`).
pub type EventMatcherUpdateResponse = super::Reply200_400_403<
    super::models::EventMatcherPolicy,
>;

/// What [`Policies::event_matcher_used_by_list`] returns (`policies_event_matcher_used_by_list`).
pub type EventMatcherUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::expression_create`] returns (`policies_expression_create`).
pub type ExpressionCreateResponse = super::Reply201_400_403<
    super::models::ExpressionPolicy,
>;

/// What [`Policies::expression_destroy`] returns (`policies_expression_destroy`).
pub type ExpressionDestroyResponse = super::Reply204_400_403;

/// What [`Policies::expression_list`] returns (`policies_expression_list`).
pub type ExpressionListResponse = super::Reply200_400_403<
    super::models::PaginatedExpressionPolicyList,
>;

/// Query and header parameters of [`Policies::expression_list`] (`policies_expression_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressionListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
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
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::expression_partial_update`] returns (`policies_expression_partial_update`).
pub type ExpressionPartialUpdateResponse = super::Reply200_400_403<
    super::models::ExpressionPolicy,
>;

/// What [`Policies::expression_retrieve`] returns (`policies_expression_retrieve`).
pub type ExpressionRetrieveResponse = super::Reply200_400_403<
    super::models::ExpressionPolicy,
>;

/// What [`Policies::expression_update`] returns (`policies_expression_update`).
pub type ExpressionUpdateResponse = super::Reply200_400_403<
    super::models::ExpressionPolicy,
>;

/// What [`Policies::expression_used_by_list`] returns (`policies_expression_used_by_list`).
pub type ExpressionUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::geoip_create`] returns (`policies_geoip_create`).
pub type GeoipCreateResponse = super::Reply201_400_403<super::models::GeoIPPolicy>;

/// What [`Policies::geoip_destroy`] returns (`policies_geoip_destroy`).
pub type GeoipDestroyResponse = super::Reply204_400_403;

/// What [`Policies::geoip_iso3166_list`] returns (`policies_geoip_iso3166_list`).
pub type GeoipIso3166ListResponse = super::Reply200_400_403<
    Vec<super::models::DetailedCountry>,
>;

/// What [`Policies::geoip_list`] returns (`policies_geoip_list`).
pub type GeoipListResponse = super::Reply200_400_403<
    super::models::PaginatedGeoIPPolicyList,
>;

/// Query and header parameters of [`Policies::geoip_list`] (`policies_geoip_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GeoipListQuery {
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

/// What [`Policies::geoip_partial_update`] returns (`policies_geoip_partial_update`).
pub type GeoipPartialUpdateResponse = super::Reply200_400_403<
    super::models::GeoIPPolicy,
>;

/// What [`Policies::geoip_retrieve`] returns (`policies_geoip_retrieve`).
pub type GeoipRetrieveResponse = super::Reply200_400_403<super::models::GeoIPPolicy>;

/// What [`Policies::geoip_update`] returns (`policies_geoip_update`).
pub type GeoipUpdateResponse = super::Reply200_400_403<super::models::GeoIPPolicy>;

/// What [`Policies::geoip_used_by_list`] returns (`policies_geoip_used_by_list`).
pub type GeoipUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Policies::password_create`] returns (`policies_password_create`).
pub type PasswordCreateResponse = super::Reply201_400_403<super::models::PasswordPolicy>;

/// What [`Policies::password_destroy`] returns (`policies_password_destroy`).
pub type PasswordDestroyResponse = super::Reply204_400_403;

/// What [`Policies::password_expiry_create`] returns (`policies_password_expiry_create`).
pub type PasswordExpiryCreateResponse = super::Reply201_400_403<
    super::models::PasswordExpiryPolicy,
>;

/// What [`Policies::password_expiry_destroy`] returns (`policies_password_expiry_destroy`).
pub type PasswordExpiryDestroyResponse = super::Reply204_400_403;

/// What [`Policies::password_expiry_list`] returns (`policies_password_expiry_list`).
pub type PasswordExpiryListResponse = super::Reply200_400_403<
    super::models::PaginatedPasswordExpiryPolicyList,
>;

/// Query and header parameters of [`Policies::password_expiry_list`] (`policies_password_expiry_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordExpiryListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_only: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
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
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::password_expiry_partial_update`] returns (`policies_password_expiry_partial_update`).
pub type PasswordExpiryPartialUpdateResponse = super::Reply200_400_403<
    super::models::PasswordExpiryPolicy,
>;

/// What [`Policies::password_expiry_retrieve`] returns (`policies_password_expiry_retrieve`).
pub type PasswordExpiryRetrieveResponse = super::Reply200_400_403<
    super::models::PasswordExpiryPolicy,
>;

/// What [`Policies::password_expiry_update`] returns (`policies_password_expiry_update`).
pub type PasswordExpiryUpdateResponse = super::Reply200_400_403<
    super::models::PasswordExpiryPolicy,
>;

/// What [`Policies::password_expiry_used_by_list`] returns (`policies_password_expiry_used_by_list`).
pub type PasswordExpiryUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::password_list`] returns (`policies_password_list`).
pub type PasswordListResponse = super::Reply200_400_403<
    super::models::PaginatedPasswordPolicyList,
>;

/// Query and header parameters of [`Policies::password_list`] (`policies_password_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_digits: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_lowercase: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_symbols: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_uppercase: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_have_i_been_pwned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_static_rules: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_zxcvbn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hibp_allowed_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_min: Option<i64>,
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
    pub password_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol_charset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zxcvbn_score_threshold: Option<i64>,
}

/// What [`Policies::password_partial_update`] returns (`policies_password_partial_update`).
pub type PasswordPartialUpdateResponse = super::Reply200_400_403<
    super::models::PasswordPolicy,
>;

/// What [`Policies::password_retrieve`] returns (`policies_password_retrieve`).
pub type PasswordRetrieveResponse = super::Reply200_400_403<
    super::models::PasswordPolicy,
>;

/// What [`Policies::password_update`] returns (`policies_password_update`).
pub type PasswordUpdateResponse = super::Reply200_400_403<super::models::PasswordPolicy>;

/// What [`Policies::password_used_by_list`] returns (`policies_password_used_by_list`).
pub type PasswordUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::reputation_create`] returns (`policies_reputation_create`).
pub type ReputationCreateResponse = super::Reply201_400_403<
    super::models::ReputationPolicy,
>;

/// What [`Policies::reputation_destroy`] returns (`policies_reputation_destroy`).
pub type ReputationDestroyResponse = super::Reply204_400_403;

/// What [`Policies::reputation_list`] returns (`policies_reputation_list`).
pub type ReputationListResponse = super::Reply200_400_403<
    super::models::PaginatedReputationPolicyList,
>;

/// Query and header parameters of [`Policies::reputation_list`] (`policies_reputation_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReputationListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_ip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_username: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
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
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i64>,
}

/// What [`Policies::reputation_partial_update`] returns (`policies_reputation_partial_update`).
pub type ReputationPartialUpdateResponse = super::Reply200_400_403<
    super::models::ReputationPolicy,
>;

/// What [`Policies::reputation_retrieve`] returns (`policies_reputation_retrieve`).
pub type ReputationRetrieveResponse = super::Reply200_400_403<
    super::models::ReputationPolicy,
>;

/// What [`Policies::reputation_scores_destroy`] returns (`policies_reputation_scores_destroy`).
pub type ReputationScoresDestroyResponse = super::Reply204_400_403;

/// What [`Policies::reputation_scores_list`] returns (`policies_reputation_scores_list`).
pub type ReputationScoresListResponse = super::Reply200_400_403<
    super::models::PaginatedReputationList,
>;

/// Query and header parameters of [`Policies::reputation_scores_list`] (`policies_reputation_scores_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReputationScoresListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Multiple values may be separated by commas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_in: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
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
    pub score: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::reputation_scores_retrieve`] returns (`policies_reputation_scores_retrieve`).
pub type ReputationScoresRetrieveResponse = super::Reply200_400_403<
    super::models::Reputation,
>;

/// What [`Policies::reputation_scores_used_by_list`] returns (`policies_reputation_scores_used_by_list`).
pub type ReputationScoresUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::reputation_update`] returns (`policies_reputation_update`).
pub type ReputationUpdateResponse = super::Reply200_400_403<
    super::models::ReputationPolicy,
>;

/// What [`Policies::reputation_used_by_list`] returns (`policies_reputation_used_by_list`).
pub type ReputationUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Policies::unique_password_create`] returns (`policies_unique_password_create`).
pub type UniquePasswordCreateResponse = super::Reply201_400_403<
    super::models::UniquePasswordPolicy,
>;

/// What [`Policies::unique_password_destroy`] returns (`policies_unique_password_destroy`).
pub type UniquePasswordDestroyResponse = super::Reply204_400_403;

/// What [`Policies::unique_password_list`] returns (`policies_unique_password_list`).
pub type UniquePasswordListResponse = super::Reply200_400_403<
    super::models::PaginatedUniquePasswordPolicyList,
>;

/// Query and header parameters of [`Policies::unique_password_list`] (`policies_unique_password_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UniquePasswordListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_historical_passwords: Option<i64>,
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
    pub password_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Policies::unique_password_partial_update`] returns (`policies_unique_password_partial_update`).
pub type UniquePasswordPartialUpdateResponse = super::Reply200_400_403<
    super::models::UniquePasswordPolicy,
>;

/// What [`Policies::unique_password_retrieve`] returns (`policies_unique_password_retrieve`).
pub type UniquePasswordRetrieveResponse = super::Reply200_400_403<
    super::models::UniquePasswordPolicy,
>;

/// What [`Policies::unique_password_update`] returns (`policies_unique_password_update`).
pub type UniquePasswordUpdateResponse = super::Reply200_400_403<
    super::models::UniquePasswordPolicy,
>;

/// What [`Policies::unique_password_used_by_list`] returns (`policies_unique_password_used_by_list`).
pub type UniquePasswordUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
