//! Operations tagged `policies` (76).
use super::runtime::client as rt;

/// The operations tagged `policies`: `client.policies()`.
#[derive(Clone, Copy, Debug)]
pub struct PoliciesApi<'a> {
    pub(super) client: &'a super::Client,
}

impl PoliciesApi<'_> {
    /// Clear policy cache
    ///
    /// `POST /policies/all/cache_clear/` (`policies_all_cache_clear_create`).
    pub fn all_cache_clear_create(&self) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_cache_clear_create",
            method: rt::Method::Post,
            path: "/policies/all/cache_clear/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        self.client.request(&OPERATION).send_empty()
    }

    /// Info about cached policies
    ///
    /// `GET /policies/all/cache_info/` (`policies_all_cache_info_retrieve`).
    pub fn all_cache_info_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::Cache> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_cache_info_retrieve",
            method: rt::Method::Get,
            path: "/policies/all/cache_info/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Policy Viewset
    ///
    /// `DELETE /policies/all/{policy_uuid}/` (`policies_all_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Policy.
    pub fn all_destroy(&self, policy_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_destroy",
            method: rt::Method::Delete,
            path: "/policies/all/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn all_list_request(&self, params: &AllListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_list",
            method: rt::Method::Get,
            path: "/policies/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("bindings__isnull", &params.bindings_isnull);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("promptstage__isnull", &params.promptstage_isnull);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedPolicyList> {
        self.all_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn all_list_stream(
        &self,
        params: &AllListParams,
    ) -> super::PageStream<super::models::Policy> {
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
    ) -> super::ResponseFuture<super::models::Policy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_retrieve",
            method: rt::Method::Get,
            path: "/policies/all/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PolicyTestRequest,
    ) -> super::ResponseFuture<super::models::PolicyTestResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_test_create",
            method: rt::Method::Post,
            path: "/policies/all/{policy_uuid}/test/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_6,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /policies/all/types/` (`policies_all_types_list`).
    pub fn all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_types_list",
            method: rt::Method::Get,
            path: "/policies/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_all_used_by_list",
            method: rt::Method::Get,
            path: "/policies/all/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `POST /policies/bindings/` (`policies_bindings_create`).
    pub fn bindings_create(
        &self,
        body: &super::models::PolicyBindingRequest,
    ) -> super::ResponseFuture<super::models::PolicyBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_create",
            method: rt::Method::Post,
            path: "/policies/bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_destroy",
            method: rt::Method::Delete,
            path: "/policies/bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_empty()
    }

    fn bindings_list_request(&self, params: &BindingsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_list",
            method: rt::Method::Get,
            path: "/policies/bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("enabled", &params.enabled);
        request.query("order", &params.order);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy", &params.policy);
        request.query("policy__isnull", &params.policy_isnull);
        request.query("search", &params.search);
        request.query("target", &params.target);
        request.query("target_in", &params.target_in);
        request.query("timeout", &params.timeout);
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
    ) -> super::ResponseFuture<super::models::PaginatedPolicyBindingList> {
        self.bindings_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn bindings_list_stream(
        &self,
        params: &BindingsListParams,
    ) -> super::PageStream<super::models::PolicyBinding> {
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
        body: &super::models::PatchedPolicyBindingRequest,
    ) -> super::ResponseFuture<super::models::PolicyBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_partial_update",
            method: rt::Method::Patch,
            path: "/policies/bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::PolicyBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_retrieve",
            method: rt::Method::Get,
            path: "/policies/bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PolicyBindingRequest,
    ) -> super::ResponseFuture<super::models::PolicyBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_update",
            method: rt::Method::Put,
            path: "/policies/bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_bindings_used_by_list",
            method: rt::Method::Get,
            path: "/policies/bindings/{policy_binding_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `POST /policies/dummy/` (`policies_dummy_create`).
    pub fn dummy_create(
        &self,
        body: &super::models::DummyPolicyRequest,
    ) -> super::ResponseFuture<super::models::DummyPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_create",
            method: rt::Method::Post,
            path: "/policies/dummy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Dummy Viewset
    ///
    /// `DELETE /policies/dummy/{policy_uuid}/` (`policies_dummy_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Dummy Policy.
    pub fn dummy_destroy(&self, policy_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_destroy",
            method: rt::Method::Delete,
            path: "/policies/dummy/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn dummy_list_request(&self, params: &DummyListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_list",
            method: rt::Method::Get,
            path: "/policies/dummy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created", &params.created);
        request.query("execution_logging", &params.execution_logging);
        request.query("last_updated", &params.last_updated);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("result", &params.result);
        request.query("search", &params.search);
        request.query("wait_max", &params.wait_max);
        request.query("wait_min", &params.wait_min);
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
    ) -> super::ResponseFuture<super::models::PaginatedDummyPolicyList> {
        self.dummy_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::dummy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn dummy_list_stream(
        &self,
        params: &DummyListParams,
    ) -> super::PageStream<super::models::DummyPolicy> {
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
        body: &super::models::PatchedDummyPolicyRequest,
    ) -> super::ResponseFuture<super::models::DummyPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_partial_update",
            method: rt::Method::Patch,
            path: "/policies/dummy/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::DummyPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_retrieve",
            method: rt::Method::Get,
            path: "/policies/dummy/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::DummyPolicyRequest,
    ) -> super::ResponseFuture<super::models::DummyPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_update",
            method: rt::Method::Put,
            path: "/policies/dummy/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_dummy_used_by_list",
            method: rt::Method::Get,
            path: "/policies/dummy/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Event Matcher Policy Viewset
    ///
    /// `POST /policies/event_matcher/` (`policies_event_matcher_create`).
    pub fn event_matcher_create(
        &self,
        body: &super::models::EventMatcherPolicyRequest,
    ) -> super::ResponseFuture<super::models::EventMatcherPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_create",
            method: rt::Method::Post,
            path: "/policies/event_matcher/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_destroy",
            method: rt::Method::Delete,
            path: "/policies/event_matcher/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn event_matcher_list_request(
        &self,
        params: &EventMatcherListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_list",
            method: rt::Method::Get,
            path: "/policies/event_matcher/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("app", &params.app);
        request.query("client_ip", &params.client_ip);
        request.query("created", &params.created);
        request.query("execution_logging", &params.execution_logging);
        request.query("last_updated", &params.last_updated);
        request.query("model", &params.model);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("query", &params.query);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedEventMatcherPolicyList> {
        self.event_matcher_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::event_matcher_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn event_matcher_list_stream(
        &self,
        params: &EventMatcherListParams,
    ) -> super::PageStream<super::models::EventMatcherPolicy> {
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
        body: &super::models::PatchedEventMatcherPolicyRequest,
    ) -> super::ResponseFuture<super::models::EventMatcherPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_partial_update",
            method: rt::Method::Patch,
            path: "/policies/event_matcher/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::EventMatcherPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_retrieve",
            method: rt::Method::Get,
            path: "/policies/event_matcher/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::EventMatcherPolicyRequest,
    ) -> super::ResponseFuture<super::models::EventMatcherPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_update",
            method: rt::Method::Put,
            path: "/policies/event_matcher/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_event_matcher_used_by_list",
            method: rt::Method::Get,
            path: "/policies/event_matcher/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `POST /policies/expression/` (`policies_expression_create`).
    pub fn expression_create(
        &self,
        body: &super::models::ExpressionPolicyRequest,
    ) -> super::ResponseFuture<super::models::ExpressionPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_create",
            method: rt::Method::Post,
            path: "/policies/expression/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Source Viewset
    ///
    /// `DELETE /policies/expression/{policy_uuid}/` (`policies_expression_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Expression Policy.
    pub fn expression_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_destroy",
            method: rt::Method::Delete,
            path: "/policies/expression/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn expression_list_request(&self, params: &ExpressionListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_list",
            method: rt::Method::Get,
            path: "/policies/expression/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created", &params.created);
        request.query("execution_logging", &params.execution_logging);
        request.query("expression", &params.expression);
        request.query("last_updated", &params.last_updated);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedExpressionPolicyList> {
        self.expression_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::expression_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn expression_list_stream(
        &self,
        params: &ExpressionListParams,
    ) -> super::PageStream<super::models::ExpressionPolicy> {
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
        body: &super::models::PatchedExpressionPolicyRequest,
    ) -> super::ResponseFuture<super::models::ExpressionPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_partial_update",
            method: rt::Method::Patch,
            path: "/policies/expression/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::ExpressionPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_retrieve",
            method: rt::Method::Get,
            path: "/policies/expression/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::ExpressionPolicyRequest,
    ) -> super::ResponseFuture<super::models::ExpressionPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_update",
            method: rt::Method::Put,
            path: "/policies/expression/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_expression_used_by_list",
            method: rt::Method::Get,
            path: "/policies/expression/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `POST /policies/geoip/` (`policies_geoip_create`).
    pub fn geoip_create(
        &self,
        body: &super::models::GeoIPPolicyRequest,
    ) -> super::ResponseFuture<super::models::GeoIPPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_create",
            method: rt::Method::Post,
            path: "/policies/geoip/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GeoIP Viewset
    ///
    /// `DELETE /policies/geoip/{policy_uuid}/` (`policies_geoip_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this GeoIP Policy.
    pub fn geoip_destroy(&self, policy_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_destroy",
            method: rt::Method::Delete,
            path: "/policies/geoip/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    /// Get all countries in ISO-3166-1
    ///
    /// `GET /policies/geoip_iso3166/` (`policies_geoip_iso3166_list`).
    /// Allows anonymous access.
    pub fn geoip_iso3166_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::DetailedCountry>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_iso3166_list",
            method: rt::Method::Get,
            path: "/policies/geoip_iso3166/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    fn geoip_list_request(&self, params: &GeoipListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_list",
            method: rt::Method::Get,
            path: "/policies/geoip/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedGeoIPPolicyList> {
        self.geoip_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::geoip_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn geoip_list_stream(
        &self,
        params: &GeoipListParams,
    ) -> super::PageStream<super::models::GeoIPPolicy> {
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
        body: &super::models::PatchedGeoIPPolicyRequest,
    ) -> super::ResponseFuture<super::models::GeoIPPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_partial_update",
            method: rt::Method::Patch,
            path: "/policies/geoip/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::GeoIPPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_retrieve",
            method: rt::Method::Get,
            path: "/policies/geoip/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::GeoIPPolicyRequest,
    ) -> super::ResponseFuture<super::models::GeoIPPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_update",
            method: rt::Method::Put,
            path: "/policies/geoip/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_geoip_used_by_list",
            method: rt::Method::Get,
            path: "/policies/geoip/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `POST /policies/password/` (`policies_password_create`).
    pub fn password_create(
        &self,
        body: &super::models::PasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_create",
            method: rt::Method::Post,
            path: "/policies/password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Password Policy Viewset
    ///
    /// `DELETE /policies/password/{policy_uuid}/` (`policies_password_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Policy.
    pub fn password_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_destroy",
            method: rt::Method::Delete,
            path: "/policies/password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    /// Password Expiry Viewset
    ///
    /// `POST /policies/password_expiry/` (`policies_password_expiry_create`).
    pub fn password_expiry_create(
        &self,
        body: &super::models::PasswordExpiryPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordExpiryPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_create",
            method: rt::Method::Post,
            path: "/policies/password_expiry/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_destroy",
            method: rt::Method::Delete,
            path: "/policies/password_expiry/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn password_expiry_list_request(
        &self,
        params: &PasswordExpiryListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_list",
            method: rt::Method::Get,
            path: "/policies/password_expiry/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created", &params.created);
        request.query("days", &params.days);
        request.query("deny_only", &params.deny_only);
        request.query("execution_logging", &params.execution_logging);
        request.query("last_updated", &params.last_updated);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedPasswordExpiryPolicyList> {
        self.password_expiry_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::password_expiry_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_expiry_list_stream(
        &self,
        params: &PasswordExpiryListParams,
    ) -> super::PageStream<super::models::PasswordExpiryPolicy> {
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
        body: &super::models::PatchedPasswordExpiryPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordExpiryPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_partial_update",
            method: rt::Method::Patch,
            path: "/policies/password_expiry/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::PasswordExpiryPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_retrieve",
            method: rt::Method::Get,
            path: "/policies/password_expiry/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PasswordExpiryPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordExpiryPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_update",
            method: rt::Method::Put,
            path: "/policies/password_expiry/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_expiry_used_by_list",
            method: rt::Method::Get,
            path: "/policies/password_expiry/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    fn password_list_request(&self, params: &PasswordListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_list",
            method: rt::Method::Get,
            path: "/policies/password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("amount_digits", &params.amount_digits);
        request.query("amount_lowercase", &params.amount_lowercase);
        request.query("amount_symbols", &params.amount_symbols);
        request.query("amount_uppercase", &params.amount_uppercase);
        request.query("check_have_i_been_pwned", &params.check_have_i_been_pwned);
        request.query("check_static_rules", &params.check_static_rules);
        request.query("check_zxcvbn", &params.check_zxcvbn);
        request.query("created", &params.created);
        request.query("error_message", &params.error_message);
        request.query("execution_logging", &params.execution_logging);
        request.query("hibp_allowed_count", &params.hibp_allowed_count);
        request.query("last_updated", &params.last_updated);
        request.query("length_min", &params.length_min);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("password_field", &params.password_field);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("search", &params.search);
        request.query("symbol_charset", &params.symbol_charset);
        request.query("zxcvbn_score_threshold", &params.zxcvbn_score_threshold);
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
    ) -> super::ResponseFuture<super::models::PaginatedPasswordPolicyList> {
        self.password_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn password_list_stream(
        &self,
        params: &PasswordListParams,
    ) -> super::PageStream<super::models::PasswordPolicy> {
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
        body: &super::models::PatchedPasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_partial_update",
            method: rt::Method::Patch,
            path: "/policies/password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::PasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_retrieve",
            method: rt::Method::Get,
            path: "/policies/password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::PasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::PasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_update",
            method: rt::Method::Put,
            path: "/policies/password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_password_used_by_list",
            method: rt::Method::Get,
            path: "/policies/password/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `POST /policies/reputation/` (`policies_reputation_create`).
    pub fn reputation_create(
        &self,
        body: &super::models::ReputationPolicyRequest,
    ) -> super::ResponseFuture<super::models::ReputationPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_create",
            method: rt::Method::Post,
            path: "/policies/reputation/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Reputation Policy Viewset
    ///
    /// `DELETE /policies/reputation/{policy_uuid}/` (`policies_reputation_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Reputation Policy.
    pub fn reputation_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_destroy",
            method: rt::Method::Delete,
            path: "/policies/reputation/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn reputation_list_request(&self, params: &ReputationListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_list",
            method: rt::Method::Get,
            path: "/policies/reputation/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("check_ip", &params.check_ip);
        request.query("check_username", &params.check_username);
        request.query("created", &params.created);
        request.query("execution_logging", &params.execution_logging);
        request.query("last_updated", &params.last_updated);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("search", &params.search);
        request.query("threshold", &params.threshold);
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
    ) -> super::ResponseFuture<super::models::PaginatedReputationPolicyList> {
        self.reputation_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::reputation_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn reputation_list_stream(
        &self,
        params: &ReputationListParams,
    ) -> super::PageStream<super::models::ReputationPolicy> {
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
        body: &super::models::PatchedReputationPolicyRequest,
    ) -> super::ResponseFuture<super::models::ReputationPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_partial_update",
            method: rt::Method::Patch,
            path: "/policies/reputation/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::ReputationPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_retrieve",
            method: rt::Method::Get,
            path: "/policies/reputation/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_scores_destroy",
            method: rt::Method::Delete,
            path: "/policies/reputation/scores/{reputation_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("reputation_uuid", &reputation_uuid);
        request.send_empty()
    }

    fn reputation_scores_list_request(
        &self,
        params: &ReputationScoresListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_scores_list",
            method: rt::Method::Get,
            path: "/policies/reputation/scores/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("identifier", &params.identifier);
        request.query_joined("identifier_in", &params.identifier_in, ",");
        request.query("ip", &params.ip);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("score", &params.score);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedReputationList> {
        self.reputation_scores_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::reputation_scores_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn reputation_scores_list_stream(
        &self,
        params: &ReputationScoresListParams,
    ) -> super::PageStream<super::models::Reputation> {
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
    ) -> super::ResponseFuture<super::models::Reputation> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_scores_retrieve",
            method: rt::Method::Get,
            path: "/policies/reputation/scores/{reputation_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_scores_used_by_list",
            method: rt::Method::Get,
            path: "/policies/reputation/scores/{reputation_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::ReputationPolicyRequest,
    ) -> super::ResponseFuture<super::models::ReputationPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_update",
            method: rt::Method::Put,
            path: "/policies/reputation/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_reputation_used_by_list",
            method: rt::Method::Get,
            path: "/policies/reputation/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `POST /policies/unique_password/` (`policies_unique_password_create`).
    pub fn unique_password_create(
        &self,
        body: &super::models::UniquePasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::UniquePasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_create",
            method: rt::Method::Post,
            path: "/policies/unique_password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `DELETE /policies/unique_password/{policy_uuid}/` (`policies_unique_password_destroy`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_destroy(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_destroy",
            method: rt::Method::Delete,
            path: "/policies/unique_password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_empty()
    }

    fn unique_password_list_request(
        &self,
        params: &UniquePasswordListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_list",
            method: rt::Method::Get,
            path: "/policies/unique_password/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created", &params.created);
        request.query("execution_logging", &params.execution_logging);
        request.query("last_updated", &params.last_updated);
        request.query("name", &params.name);
        request.query("num_historical_passwords", &params.num_historical_passwords);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("password_field", &params.password_field);
        request.query("policy_uuid", &params.policy_uuid);
        request.query("search", &params.search);
        request
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/` (`policies_unique_password_list`).
    ///
    /// Optional parameters: [`UniquePasswordListParams`].
    pub fn unique_password_list(
        &self,
        params: &UniquePasswordListParams,
    ) -> super::ResponseFuture<super::models::PaginatedUniquePasswordPolicyList> {
        self.unique_password_list_request(params).send_json()
    }

    /// Every item of [`PoliciesApi::unique_password_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn unique_password_list_stream(
        &self,
        params: &UniquePasswordListParams,
    ) -> super::PageStream<super::models::UniquePasswordPolicy> {
        self.unique_password_list_request(params).paginate()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `PATCH /policies/unique_password/{policy_uuid}/` (`policies_unique_password_partial_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_partial_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &super::models::PatchedUniquePasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::UniquePasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_partial_update",
            method: rt::Method::Patch,
            path: "/policies/unique_password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `GET /policies/unique_password/{policy_uuid}/` (`policies_unique_password_retrieve`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_retrieve(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::UniquePasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_retrieve",
            method: rt::Method::Get,
            path: "/policies/unique_password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }

    /// Password Uniqueness Policy Viewset
    ///
    /// `PUT /policies/unique_password/{policy_uuid}/` (`policies_unique_password_update`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_update(
        &self,
        policy_uuid: ::uuid::Uuid,
        body: &super::models::UniquePasswordPolicyRequest,
    ) -> super::ResponseFuture<super::models::UniquePasswordPolicy> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_update",
            method: rt::Method::Put,
            path: "/policies/unique_password/{policy_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /policies/unique_password/{policy_uuid}/used_by/` (`policies_unique_password_used_by_list`).
    ///
    /// - `policy_uuid`: A UUID string identifying this Password Uniqueness Policy.
    pub fn unique_password_used_by_list(
        &self,
        policy_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "policies_unique_password_used_by_list",
            method: rt::Method::Get,
            path: "/policies/unique_password/{policy_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_uuid", &policy_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`PoliciesApi::all_list`] (`policies_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllListParams {
    /// Query parameter `bindings__isnull`.
    pub bindings_isnull: Option<bool>,
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
    /// Query parameter `promptstage__isnull`.
    pub promptstage_isnull: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PoliciesApi::bindings_list`] (`policies_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BindingsListParams {
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
    /// Query parameter `order`.
    pub order: Option<i64>,
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
    /// Query parameter `policy`.
    pub policy: Option<::uuid::Uuid>,
    /// Query parameter `policy__isnull`.
    pub policy_isnull: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `target`.
    pub target: Option<::uuid::Uuid>,
    /// Query parameter `target_in`.
    pub target_in: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `timeout`.
    pub timeout: Option<i64>,
}

/// Optional parameters of [`PoliciesApi::dummy_list`] (`policies_dummy_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DummyListParams {
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
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
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// Query parameter `result`.
    pub result: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `wait_max`.
    pub wait_max: Option<i64>,
    /// Query parameter `wait_min`.
    pub wait_min: Option<i64>,
}

/// Optional parameters of [`PoliciesApi::event_matcher_list`] (`policies_event_matcher_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventMatcherListParams {
    /// Match created events with this action type. When left empty, all action types will be matched.
    ///
    /// Query parameter `action`.
    pub action: Option<super::models::EventActions>,
    /// Query parameter `app`.
    pub app: Option<String>,
    /// Query parameter `client_ip`.
    pub client_ip: Option<String>,
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `model`.
    pub model: Option<String>,
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
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// Query parameter `query`.
    pub query: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PoliciesApi::expression_list`] (`policies_expression_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpressionListParams {
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `expression`.
    pub expression: Option<String>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
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
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PoliciesApi::geoip_list`] (`policies_geoip_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeoipListParams {
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

/// Optional parameters of [`PoliciesApi::password_expiry_list`] (`policies_password_expiry_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasswordExpiryListParams {
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `days`.
    pub days: Option<i64>,
    /// Query parameter `deny_only`.
    pub deny_only: Option<bool>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
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
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PoliciesApi::password_list`] (`policies_password_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasswordListParams {
    /// Query parameter `amount_digits`.
    pub amount_digits: Option<i64>,
    /// Query parameter `amount_lowercase`.
    pub amount_lowercase: Option<i64>,
    /// Query parameter `amount_symbols`.
    pub amount_symbols: Option<i64>,
    /// Query parameter `amount_uppercase`.
    pub amount_uppercase: Option<i64>,
    /// Query parameter `check_have_i_been_pwned`.
    pub check_have_i_been_pwned: Option<bool>,
    /// Query parameter `check_static_rules`.
    pub check_static_rules: Option<bool>,
    /// Query parameter `check_zxcvbn`.
    pub check_zxcvbn: Option<bool>,
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `error_message`.
    pub error_message: Option<String>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `hibp_allowed_count`.
    pub hibp_allowed_count: Option<i64>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `length_min`.
    pub length_min: Option<i64>,
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
    /// Query parameter `password_field`.
    pub password_field: Option<String>,
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `symbol_charset`.
    pub symbol_charset: Option<String>,
    /// Query parameter `zxcvbn_score_threshold`.
    pub zxcvbn_score_threshold: Option<i64>,
}

/// Optional parameters of [`PoliciesApi::reputation_list`] (`policies_reputation_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReputationListParams {
    /// Query parameter `check_ip`.
    pub check_ip: Option<bool>,
    /// Query parameter `check_username`.
    pub check_username: Option<bool>,
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
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
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `threshold`.
    pub threshold: Option<i64>,
}

/// Optional parameters of [`PoliciesApi::reputation_scores_list`] (`policies_reputation_scores_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReputationScoresListParams {
    /// Query parameter `identifier`.
    pub identifier: Option<String>,
    /// Multiple values may be separated by commas.
    ///
    /// Query parameter `identifier_in`.
    pub identifier_in: Option<Vec<String>>,
    /// Query parameter `ip`.
    pub ip: Option<String>,
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
    /// Query parameter `score`.
    pub score: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`PoliciesApi::unique_password_list`] (`policies_unique_password_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UniquePasswordListParams {
    /// Query parameter `created`.
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `execution_logging`.
    pub execution_logging: Option<bool>,
    /// Query parameter `last_updated`.
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `num_historical_passwords`.
    pub num_historical_passwords: Option<i64>,
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
    /// Query parameter `password_field`.
    pub password_field: Option<String>,
    /// Query parameter `policy_uuid`.
    pub policy_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
