//! Operations tagged `policies` (76).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `policies`: `client.policies()`.
#[derive(Clone, Copy, Debug)]
pub struct PoliciesApi<'a> {
    pub(super) client: &'a super::Client,
}

impl PoliciesApi<'_> {
    /// Clear policy cache
    ///
    /// `POST /policies/all/cache_clear/` (`policies_all_cache_clear_create`).
    pub fn all_cache_clear_create(&self) -> ResponseFuture<()> {
        rt::operation!(
            Post "/policies/all/cache_clear/" "policies_all_cache_clear_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        self.client.request(&OPERATION).send_empty()
    }

    /// Info about cached policies
    ///
    /// `GET /policies/all/cache_info/` (`policies_all_cache_info_retrieve`).
    pub fn all_cache_info_retrieve(&self) -> ResponseFuture<models::Cache> {
        rt::operation!(
            Get "/policies/all/cache_info/" "policies_all_cache_info_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Policy Viewset
    ///
    /// `DELETE /policies/all/{policy_uuid}/` (`policies_all_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Policy.
    pub fn all_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/policies/all/{policy_uuid}/" "policies_all_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        rt::operation!(Get "/policies/all/" "policies_all_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Policy Viewset
    ///
    /// `GET /policies/all/` (`policies_all_list`).
    ///
    /// Optional parameters: [`AllListParams`].
    pub fn all_list(
        &self,
        params: &AllListParams,
    ) -> ResponseFuture<models::PaginatedPolicyList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(&self, params: &AllListParams) -> PageStream<models::Policy> {
        self.all_list_request(params).paginate()
    }

    /// Policy Viewset
    ///
    /// `GET /policies/all/{policy_uuid}/` (`policies_all_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Policy.
    pub fn all_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Policy> {
        rt::operation!(Get "/policies/all/{policy_uuid}/" "policies_all_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Test policy
    ///
    /// `POST /policies/all/{policy_uuid}/test/` (`policies_all_test_create`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Policy.
    pub fn all_test_create(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PolicyTestRequest,
    ) -> ResponseFuture<models::PolicyTestResult> {
        rt::operation!(
            Post "/policies/all/{policy_uuid}/test/" "policies_all_test_create"
            errors(ERRORS_400_403_404_405_415_6)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /policies/all/types/` (`policies_all_types_list`).
    pub fn all_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(Get "/policies/all/types/" "policies_all_types_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/all/{policy_uuid}/used_by/` (`policies_all_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Policy.
    pub fn all_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/all/{policy_uuid}/used_by/" "policies_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `POST /policies/bindings/` (`policies_bindings_create`).
    pub fn bindings_create(
        &self,
        body: &models::PolicyBindingRequest,
    ) -> ResponseFuture<models::PolicyBinding> {
        rt::operation!(Post "/policies/bindings/" "policies_bindings_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `DELETE /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_destroy`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Policy Binding.
    pub fn bindings_destroy(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/bindings/{policy_binding_uuid}/"
            "policies_bindings_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_empty()
    }

    fn bindings_list_request(&self, params: &BindingsListParams) -> rt::Request {
        rt::operation!(Get "/policies/bindings/" "policies_bindings_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /policies/bindings/` (`policies_bindings_list`).
    ///
    /// Optional parameters: [`BindingsListParams`].
    pub fn bindings_list(
        &self,
        params: &BindingsListParams,
    ) -> ResponseFuture<models::PaginatedPolicyBindingList> {
        self.bindings_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn bindings_list_stream(
        &self,
        params: &BindingsListParams,
    ) -> PageStream<models::PolicyBinding> {
        self.bindings_list_request(params).paginate()
    }

    /// PolicyBinding Viewset
    ///
    /// `PATCH /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_partial_update`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Policy Binding.
    pub fn bindings_partial_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &models::PatchedPolicyBindingRequest,
    ) -> ResponseFuture<models::PolicyBinding> {
        rt::operation!(
            Patch "/policies/bindings/{policy_binding_uuid}/"
            "policies_bindings_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_retrieve`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Policy Binding.
    pub fn bindings_retrieve(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::PolicyBinding> {
        rt::operation!(
            Get "/policies/bindings/{policy_binding_uuid}/" "policies_bindings_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `PUT /policies/bindings/{policy_binding_uuid}/` (`policies_bindings_update`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Policy Binding.
    pub fn bindings_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &models::PolicyBindingRequest,
    ) -> ResponseFuture<models::PolicyBinding> {
        rt::operation!(
            Put "/policies/bindings/{policy_binding_uuid}/" "policies_bindings_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/bindings/{policy_binding_uuid}/used_by/` (`policies_bindings_used_by_list`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Policy Binding.
    pub fn bindings_used_by_list(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/bindings/{policy_binding_uuid}/used_by/"
            "policies_bindings_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `POST /policies/dummy/` (`policies_dummy_create`).
    pub fn dummy_create(
        &self,
        body: &models::DummyPolicyRequest,
    ) -> ResponseFuture<models::DummyPolicy> {
        rt::operation!(Post "/policies/dummy/" "policies_dummy_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `DELETE /policies/dummy/{policy_uuid}/` (`policies_dummy_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/policies/dummy/{policy_uuid}/" "policies_dummy_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn dummy_list_request(&self, params: &DummyListParams) -> rt::Request {
        rt::operation!(Get "/policies/dummy/" "policies_dummy_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Dummy Viewset
    ///
    /// `GET /policies/dummy/` (`policies_dummy_list`).
    ///
    /// Optional parameters: [`DummyListParams`].
    pub fn dummy_list(
        &self,
        params: &DummyListParams,
    ) -> ResponseFuture<models::PaginatedDummyPolicyList> {
        self.dummy_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::dummy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn dummy_list_stream(
        &self,
        params: &DummyListParams,
    ) -> PageStream<models::DummyPolicy> {
        self.dummy_list_request(params).paginate()
    }

    /// Dummy Viewset
    ///
    /// `PATCH /policies/dummy/{policy_uuid}/` (`policies_dummy_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedDummyPolicyRequest,
    ) -> ResponseFuture<models::DummyPolicy> {
        rt::operation!(
            Patch "/policies/dummy/{policy_uuid}/" "policies_dummy_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `GET /policies/dummy/{policy_uuid}/` (`policies_dummy_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DummyPolicy> {
        rt::operation!(Get "/policies/dummy/{policy_uuid}/" "policies_dummy_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `PUT /policies/dummy/{policy_uuid}/` (`policies_dummy_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::DummyPolicyRequest,
    ) -> ResponseFuture<models::DummyPolicy> {
        rt::operation!(Put "/policies/dummy/{policy_uuid}/" "policies_dummy_update");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/dummy/{policy_uuid}/used_by/` (`policies_dummy_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/dummy/{policy_uuid}/used_by/" "policies_dummy_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `POST /policies/event_matcher/` (`policies_event_matcher_create`).
    pub fn event_matcher_create(
        &self,
        body: &models::EventMatcherPolicyRequest,
    ) -> ResponseFuture<models::EventMatcherPolicy> {
        rt::operation!(Post "/policies/event_matcher/" "policies_event_matcher_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `DELETE /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Event Matcher Policy.
    pub fn event_matcher_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/event_matcher/{policy_uuid}/"
            "policies_event_matcher_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn event_matcher_list_request(
        &self,
        params: &EventMatcherListParams,
    ) -> rt::Request {
        rt::operation!(Get "/policies/event_matcher/" "policies_event_matcher_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Event Matcher Policy Viewset
    ///
    /// `GET /policies/event_matcher/` (`policies_event_matcher_list`).
    ///
    /// Optional parameters: [`EventMatcherListParams`].
    pub fn event_matcher_list(
        &self,
        params: &EventMatcherListParams,
    ) -> ResponseFuture<models::PaginatedEventMatcherPolicyList> {
        self.event_matcher_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::event_matcher_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn event_matcher_list_stream(
        &self,
        params: &EventMatcherListParams,
    ) -> PageStream<models::EventMatcherPolicy> {
        self.event_matcher_list_request(params).paginate()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `PATCH /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Event Matcher Policy.
    pub fn event_matcher_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedEventMatcherPolicyRequest,
    ) -> ResponseFuture<models::EventMatcherPolicy> {
        rt::operation!(
            Patch "/policies/event_matcher/{policy_uuid}/"
            "policies_event_matcher_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `GET /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Event Matcher Policy.
    pub fn event_matcher_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::EventMatcherPolicy> {
        rt::operation!(
            Get "/policies/event_matcher/{policy_uuid}/"
            "policies_event_matcher_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `PUT /policies/event_matcher/{policy_uuid}/` (`policies_event_matcher_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Event Matcher Policy.
    pub fn event_matcher_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::EventMatcherPolicyRequest,
    ) -> ResponseFuture<models::EventMatcherPolicy> {
        rt::operation!(
            Put "/policies/event_matcher/{policy_uuid}/" "policies_event_matcher_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/event_matcher/{policy_uuid}/used_by/` (`policies_event_matcher_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Event Matcher Policy.
    pub fn event_matcher_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/event_matcher/{policy_uuid}/used_by/"
            "policies_event_matcher_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `POST /policies/expression/` (`policies_expression_create`).
    pub fn expression_create(
        &self,
        body: &models::ExpressionPolicyRequest,
    ) -> ResponseFuture<models::ExpressionPolicy> {
        rt::operation!(Post "/policies/expression/" "policies_expression_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `DELETE /policies/expression/{policy_uuid}/` (`policies_expression_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/expression/{policy_uuid}/" "policies_expression_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn expression_list_request(&self, params: &ExpressionListParams) -> rt::Request {
        rt::operation!(Get "/policies/expression/" "policies_expression_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Source Viewset
    ///
    /// `GET /policies/expression/` (`policies_expression_list`).
    ///
    /// Optional parameters: [`ExpressionListParams`].
    pub fn expression_list(
        &self,
        params: &ExpressionListParams,
    ) -> ResponseFuture<models::PaginatedExpressionPolicyList> {
        self.expression_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::expression_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn expression_list_stream(
        &self,
        params: &ExpressionListParams,
    ) -> PageStream<models::ExpressionPolicy> {
        self.expression_list_request(params).paginate()
    }

    /// Source Viewset
    ///
    /// `PATCH /policies/expression/{policy_uuid}/` (`policies_expression_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedExpressionPolicyRequest,
    ) -> ResponseFuture<models::ExpressionPolicy> {
        rt::operation!(
            Patch "/policies/expression/{policy_uuid}/"
            "policies_expression_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `GET /policies/expression/{policy_uuid}/` (`policies_expression_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::ExpressionPolicy> {
        rt::operation!(
            Get "/policies/expression/{policy_uuid}/" "policies_expression_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `PUT /policies/expression/{policy_uuid}/` (`policies_expression_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::ExpressionPolicyRequest,
    ) -> ResponseFuture<models::ExpressionPolicy> {
        rt::operation!(
            Put "/policies/expression/{policy_uuid}/" "policies_expression_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/expression/{policy_uuid}/used_by/` (`policies_expression_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/expression/{policy_uuid}/used_by/"
            "policies_expression_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `POST /policies/geoip/` (`policies_geoip_create`).
    pub fn geoip_create(
        &self,
        body: &models::GeoIPPolicyRequest,
    ) -> ResponseFuture<models::GeoIPPolicy> {
        rt::operation!(Post "/policies/geoip/" "policies_geoip_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `DELETE /policies/geoip/{policy_uuid}/` (`policies_geoip_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/policies/geoip/{policy_uuid}/" "policies_geoip_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    /// Get all countries in ISO-3166-1
    ///
    /// `GET /policies/geoip_iso3166/` (`policies_geoip_iso3166_list`).
    /// Allows anonymous access.
    pub fn geoip_iso3166_list(&self) -> ResponseFuture<Vec<models::DetailedCountry>> {
        rt::operation!(
            Get "/policies/geoip_iso3166/" "policies_geoip_iso3166_list"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        self.client.request(&OPERATION).send_json()
    }

    fn geoip_list_request(&self, params: &GeoipListParams) -> rt::Request {
        rt::operation!(Get "/policies/geoip/" "policies_geoip_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// GeoIP Viewset
    ///
    /// `GET /policies/geoip/` (`policies_geoip_list`).
    ///
    /// Optional parameters: [`GeoipListParams`].
    pub fn geoip_list(
        &self,
        params: &GeoipListParams,
    ) -> ResponseFuture<models::PaginatedGeoIPPolicyList> {
        self.geoip_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::geoip_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn geoip_list_stream(
        &self,
        params: &GeoipListParams,
    ) -> PageStream<models::GeoIPPolicy> {
        self.geoip_list_request(params).paginate()
    }

    /// GeoIP Viewset
    ///
    /// `PATCH /policies/geoip/{policy_uuid}/` (`policies_geoip_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedGeoIPPolicyRequest,
    ) -> ResponseFuture<models::GeoIPPolicy> {
        rt::operation!(
            Patch "/policies/geoip/{policy_uuid}/" "policies_geoip_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `GET /policies/geoip/{policy_uuid}/` (`policies_geoip_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::GeoIPPolicy> {
        rt::operation!(Get "/policies/geoip/{policy_uuid}/" "policies_geoip_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `PUT /policies/geoip/{policy_uuid}/` (`policies_geoip_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::GeoIPPolicyRequest,
    ) -> ResponseFuture<models::GeoIPPolicy> {
        rt::operation!(Put "/policies/geoip/{policy_uuid}/" "policies_geoip_update");
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/geoip/{policy_uuid}/used_by/` (`policies_geoip_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/geoip/{policy_uuid}/used_by/" "policies_geoip_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `POST /policies/password/` (`policies_password_create`).
    pub fn password_create(
        &self,
        body: &models::PasswordPolicyRequest,
    ) -> ResponseFuture<models::PasswordPolicy> {
        rt::operation!(Post "/policies/password/" "policies_password_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `DELETE /policies/password/{policy_uuid}/` (`policies_password_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/password/{policy_uuid}/" "policies_password_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    /// Password Expiry Viewset
    ///
    /// `POST /policies/password_expiry/` (`policies_password_expiry_create`).
    pub fn password_expiry_create(
        &self,
        body: &models::PasswordExpiryPolicyRequest,
    ) -> ResponseFuture<models::PasswordExpiryPolicy> {
        rt::operation!(
            Post "/policies/password_expiry/" "policies_password_expiry_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Password Expiry Viewset
    ///
    /// `DELETE /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Expiry Policy.
    pub fn password_expiry_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/password_expiry/{policy_uuid}/"
            "policies_password_expiry_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn password_expiry_list_request(
        &self,
        params: &PasswordExpiryListParams,
    ) -> rt::Request {
        rt::operation!(Get "/policies/password_expiry/" "policies_password_expiry_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Password Expiry Viewset
    ///
    /// `GET /policies/password_expiry/` (`policies_password_expiry_list`).
    ///
    /// Optional parameters: [`PasswordExpiryListParams`].
    pub fn password_expiry_list(
        &self,
        params: &PasswordExpiryListParams,
    ) -> ResponseFuture<models::PaginatedPasswordExpiryPolicyList> {
        self.password_expiry_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::password_expiry_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_expiry_list_stream(
        &self,
        params: &PasswordExpiryListParams,
    ) -> PageStream<models::PasswordExpiryPolicy> {
        self.password_expiry_list_request(params).paginate()
    }

    /// Password Expiry Viewset
    ///
    /// `PATCH /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Expiry Policy.
    pub fn password_expiry_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedPasswordExpiryPolicyRequest,
    ) -> ResponseFuture<models::PasswordExpiryPolicy> {
        rt::operation!(
            Patch "/policies/password_expiry/{policy_uuid}/"
            "policies_password_expiry_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Password Expiry Viewset
    ///
    /// `GET /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Expiry Policy.
    pub fn password_expiry_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::PasswordExpiryPolicy> {
        rt::operation!(
            Get "/policies/password_expiry/{policy_uuid}/"
            "policies_password_expiry_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Expiry Viewset
    ///
    /// `PUT /policies/password_expiry/{policy_uuid}/` (`policies_password_expiry_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Expiry Policy.
    pub fn password_expiry_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PasswordExpiryPolicyRequest,
    ) -> ResponseFuture<models::PasswordExpiryPolicy> {
        rt::operation!(
            Put "/policies/password_expiry/{policy_uuid}/"
            "policies_password_expiry_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/password_expiry/{policy_uuid}/used_by/` (`policies_password_expiry_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Expiry Policy.
    pub fn password_expiry_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/password_expiry/{policy_uuid}/used_by/"
            "policies_password_expiry_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    fn password_list_request(&self, params: &PasswordListParams) -> rt::Request {
        rt::operation!(Get "/policies/password/" "policies_password_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Password Policy Viewset
    ///
    /// `GET /policies/password/` (`policies_password_list`).
    ///
    /// Optional parameters: [`PasswordListParams`].
    pub fn password_list(
        &self,
        params: &PasswordListParams,
    ) -> ResponseFuture<models::PaginatedPasswordPolicyList> {
        self.password_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_list_stream(
        &self,
        params: &PasswordListParams,
    ) -> PageStream<models::PasswordPolicy> {
        self.password_list_request(params).paginate()
    }

    /// Password Policy Viewset
    ///
    /// `PATCH /policies/password/{policy_uuid}/` (`policies_password_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedPasswordPolicyRequest,
    ) -> ResponseFuture<models::PasswordPolicy> {
        rt::operation!(
            Patch "/policies/password/{policy_uuid}/" "policies_password_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `GET /policies/password/{policy_uuid}/` (`policies_password_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::PasswordPolicy> {
        rt::operation!(
            Get "/policies/password/{policy_uuid}/" "policies_password_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `PUT /policies/password/{policy_uuid}/` (`policies_password_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PasswordPolicyRequest,
    ) -> ResponseFuture<models::PasswordPolicy> {
        rt::operation!(
            Put "/policies/password/{policy_uuid}/" "policies_password_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/password/{policy_uuid}/used_by/` (`policies_password_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/password/{policy_uuid}/used_by/"
            "policies_password_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `POST /policies/reputation/` (`policies_reputation_create`).
    pub fn reputation_create(
        &self,
        body: &models::ReputationPolicyRequest,
    ) -> ResponseFuture<models::ReputationPolicy> {
        rt::operation!(Post "/policies/reputation/" "policies_reputation_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `DELETE /policies/reputation/{policy_uuid}/` (`policies_reputation_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_destroy(&self, policy_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/reputation/{policy_uuid}/" "policies_reputation_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn reputation_list_request(&self, params: &ReputationListParams) -> rt::Request {
        rt::operation!(Get "/policies/reputation/" "policies_reputation_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Reputation Policy Viewset
    ///
    /// `GET /policies/reputation/` (`policies_reputation_list`).
    ///
    /// Optional parameters: [`ReputationListParams`].
    pub fn reputation_list(
        &self,
        params: &ReputationListParams,
    ) -> ResponseFuture<models::PaginatedReputationPolicyList> {
        self.reputation_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::reputation_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn reputation_list_stream(
        &self,
        params: &ReputationListParams,
    ) -> PageStream<models::ReputationPolicy> {
        self.reputation_list_request(params).paginate()
    }

    /// Reputation Policy Viewset
    ///
    /// `PATCH /policies/reputation/{policy_uuid}/` (`policies_reputation_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedReputationPolicyRequest,
    ) -> ResponseFuture<models::ReputationPolicy> {
        rt::operation!(
            Patch "/policies/reputation/{policy_uuid}/"
            "policies_reputation_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `GET /policies/reputation/{policy_uuid}/` (`policies_reputation_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::ReputationPolicy> {
        rt::operation!(
            Get "/policies/reputation/{policy_uuid}/" "policies_reputation_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Reputation Viewset
    ///
    /// `DELETE /policies/reputation/scores/{reputation_uuid}/` (`policies_reputation_scores_destroy`).
    ///
    /// - `reputation_uuid`: A UUID string identifying this Reputation Score.
    pub fn reputation_scores_destroy(
        &self,
        reputation_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/reputation/scores/{reputation_uuid}/"
            "policies_reputation_scores_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("reputation_uuid", &reputation_uuid);
        request.send_empty()
    }

    fn reputation_scores_list_request(
        &self,
        params: &ReputationScoresListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/policies/reputation/scores/" "policies_reputation_scores_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Reputation Viewset
    ///
    /// `GET /policies/reputation/scores/` (`policies_reputation_scores_list`).
    ///
    /// Optional parameters: [`ReputationScoresListParams`].
    pub fn reputation_scores_list(
        &self,
        params: &ReputationScoresListParams,
    ) -> ResponseFuture<models::PaginatedReputationList> {
        self.reputation_scores_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::reputation_scores_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn reputation_scores_list_stream(
        &self,
        params: &ReputationScoresListParams,
    ) -> PageStream<models::Reputation> {
        self.reputation_scores_list_request(params).paginate()
    }

    /// Reputation Viewset
    ///
    /// `GET /policies/reputation/scores/{reputation_uuid}/` (`policies_reputation_scores_retrieve`).
    ///
    /// - `reputation_uuid`: A UUID string identifying this Reputation Score.
    pub fn reputation_scores_retrieve(
        &self,
        reputation_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Reputation> {
        rt::operation!(
            Get "/policies/reputation/scores/{reputation_uuid}/"
            "policies_reputation_scores_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("reputation_uuid", &reputation_uuid);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/reputation/scores/{reputation_uuid}/used_by/` (`policies_reputation_scores_used_by_list`).
    ///
    /// - `reputation_uuid`: A UUID string identifying this Reputation Score.
    pub fn reputation_scores_used_by_list(
        &self,
        reputation_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/reputation/scores/{reputation_uuid}/used_by/"
            "policies_reputation_scores_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("reputation_uuid", &reputation_uuid);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `PUT /policies/reputation/{policy_uuid}/` (`policies_reputation_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::ReputationPolicyRequest,
    ) -> ResponseFuture<models::ReputationPolicy> {
        rt::operation!(
            Put "/policies/reputation/{policy_uuid}/" "policies_reputation_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/reputation/{policy_uuid}/used_by/` (`policies_reputation_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/reputation/{policy_uuid}/used_by/"
            "policies_reputation_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `POST /policies/unique_password/` (`policies_unique_password_create`).
    /// Since 2025.6.2.
    pub fn unique_password_create(
        &self,
        body: &models::UniquePasswordPolicyRequest,
    ) -> ResponseFuture<models::UniquePasswordPolicy> {
        rt::operation!(
            Post "/policies/unique_password/" "policies_unique_password_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `DELETE /policies/unique_password/{policy_uuid}/` (`policies_unique_password_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/policies/unique_password/{policy_uuid}/"
            "policies_unique_password_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn unique_password_list_request(
        &self,
        params: &UniquePasswordListParams,
    ) -> rt::Request {
        rt::operation!(Get "/policies/unique_password/" "policies_unique_password_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/` (`policies_unique_password_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`UniquePasswordListParams`].
    pub fn unique_password_list(
        &self,
        params: &UniquePasswordListParams,
    ) -> ResponseFuture<models::PaginatedUniquePasswordPolicyList> {
        self.unique_password_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::unique_password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn unique_password_list_stream(
        &self,
        params: &UniquePasswordListParams,
    ) -> PageStream<models::UniquePasswordPolicy> {
        self.unique_password_list_request(params).paginate()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `PATCH /policies/unique_password/{policy_uuid}/` (`policies_unique_password_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::PatchedUniquePasswordPolicyRequest,
    ) -> ResponseFuture<models::UniquePasswordPolicy> {
        rt::operation!(
            Patch "/policies/unique_password/{policy_uuid}/"
            "policies_unique_password_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/{policy_uuid}/` (`policies_unique_password_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::UniquePasswordPolicy> {
        rt::operation!(
            Get "/policies/unique_password/{policy_uuid}/"
            "policies_unique_password_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `PUT /policies/unique_password/{policy_uuid}/` (`policies_unique_password_update`).
    /// Since 2025.6.2.
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &models::UniquePasswordPolicyRequest,
    ) -> ResponseFuture<models::UniquePasswordPolicy> {
        rt::operation!(
            Put "/policies/unique_password/{policy_uuid}/"
            "policies_unique_password_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/unique_password/{policy_uuid}/used_by/` (`policies_unique_password_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/policies/unique_password/{policy_uuid}/used_by/"
            "policies_unique_password_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::all_list`] (`policies_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AllListParams {
        pub bindings_isnull: Option<bool> => query "bindings__isnull",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub promptstage_isnull: Option<bool> => query "promptstage__isnull",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::bindings_list`] (`policies_bindings_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct BindingsListParams {
        pub enabled: Option<bool> => query "enabled",
        pub order: Option<i64> => query "order",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy: Option<::uuid::Uuid> => query "policy",
        pub policy_isnull: Option<bool> => query "policy__isnull",
        /// A search term.
        pub search: Option<String> => query "search",
        pub target: Option<::uuid::Uuid> => query "target",
        pub target_in: Option<Vec<::uuid::Uuid>> => query "target_in",
        pub timeout: Option<i64> => query "timeout",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::dummy_list`] (`policies_dummy_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DummyListParams {
        pub created: Option<super::runtime::DateTime> => query "created",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        pub result: Option<bool> => query "result",
        /// A search term.
        pub search: Option<String> => query "search",
        pub wait_max: Option<i64> => query "wait_max",
        pub wait_min: Option<i64> => query "wait_min",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::event_matcher_list`] (`policies_event_matcher_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EventMatcherListParams {
        /// Match created events with this action type. When left empty, all action types will be matched.
        pub action: Option<models::EventActions> => query "action",
        pub app: Option<String> => query "app",
        pub client_ip: Option<String> => query "client_ip",
        pub created: Option<super::runtime::DateTime> => query "created",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub model: Option<String> => query "model",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        pub query: Option<String> => query "query",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::expression_list`] (`policies_expression_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ExpressionListParams {
        pub created: Option<super::runtime::DateTime> => query "created",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub expression: Option<String> => query "expression",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::geoip_list`] (`policies_geoip_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GeoipListParams {
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
    /// Optional parameters of [`PoliciesApi::password_expiry_list`] (`policies_password_expiry_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PasswordExpiryListParams {
        pub created: Option<super::runtime::DateTime> => query "created",
        pub days: Option<i64> => query "days",
        pub deny_only: Option<bool> => query "deny_only",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::password_list`] (`policies_password_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PasswordListParams {
        pub amount_digits: Option<i64> => query "amount_digits",
        pub amount_lowercase: Option<i64> => query "amount_lowercase",
        pub amount_symbols: Option<i64> => query "amount_symbols",
        pub amount_uppercase: Option<i64> => query "amount_uppercase",
        pub check_have_i_been_pwned: Option<bool> => query "check_have_i_been_pwned",
        pub check_static_rules: Option<bool> => query "check_static_rules",
        pub check_zxcvbn: Option<bool> => query "check_zxcvbn",
        pub created: Option<super::runtime::DateTime> => query "created",
        pub error_message: Option<String> => query "error_message",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub hibp_allowed_count: Option<i64> => query "hibp_allowed_count",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub length_min: Option<i64> => query "length_min",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password_field: Option<String> => query "password_field",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
        pub symbol_charset: Option<String> => query "symbol_charset",
        pub zxcvbn_score_threshold: Option<i64> => query "zxcvbn_score_threshold",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::reputation_list`] (`policies_reputation_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ReputationListParams {
        pub check_ip: Option<bool> => query "check_ip",
        pub check_username: Option<bool> => query "check_username",
        pub created: Option<super::runtime::DateTime> => query "created",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
        pub threshold: Option<i64> => query "threshold",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::reputation_scores_list`] (`policies_reputation_scores_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ReputationScoresListParams {
        pub identifier: Option<String> => query "identifier",
        /// Multiple values may be separated by commas.
        pub identifier_in: Option<Vec<String>> => joined(",") "identifier_in",
        pub ip: Option<String> => query "ip",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub score: Option<i64> => query "score",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`PoliciesApi::unique_password_list`] (`policies_unique_password_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UniquePasswordListParams {
        pub created: Option<super::runtime::DateTime> => query "created",
        pub execution_logging: Option<bool> => query "execution_logging",
        pub last_updated: Option<super::runtime::DateTime> => query "last_updated",
        pub name: Option<String> => query "name",
        pub num_historical_passwords: Option<i64> => query "num_historical_passwords",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub password_field: Option<String> => query "password_field",
        pub policy_uuid: Option<::uuid::Uuid> => query "policy_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
