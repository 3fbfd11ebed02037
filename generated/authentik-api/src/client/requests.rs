//! Operations tagged `requests` (28).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `requests`: `client.requests()`.
#[derive(Clone, Copy, Debug)]
pub struct RequestsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RequestsApi<'_> {
    /// `POST /requests/grant-requests/` (`requests_grant_requests_create`).
    /// Since 2026.11.0-rc1.
    pub fn grant_requests_create(
        &self,
        body: &models::GrantRequestCreateRequest,
    ) -> ResponseFuture<models::Link> {
        rt::operation!(
            Post "/requests/grant-requests/" "requests_grant_requests_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /requests/grant-requests/{uuid}/` (`requests_grant_requests_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/requests/grant-requests/{uuid}/" "requests_grant_requests_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// `PATCH /requests/grant-requests/{uuid}/fulfill/` (`requests_grant_requests_fulfill_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_fulfill_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedGrantRequestFulfillRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Patch "/requests/grant-requests/{uuid}/fulfill/"
            "requests_grant_requests_fulfill_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    fn grant_requests_list_request(
        &self,
        params: &GrantRequestsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/requests/grant-requests/" "requests_grant_requests_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /requests/grant-requests/` (`requests_grant_requests_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`GrantRequestsListParams`].
    pub fn grant_requests_list(
        &self,
        params: &GrantRequestsListParams,
    ) -> ResponseFuture<models::PaginatedGrantRequestList> {
        self.grant_requests_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::grant_requests_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn grant_requests_list_stream(
        &self,
        params: &GrantRequestsListParams,
    ) -> PageStream<models::GrantRequest> {
        self.grant_requests_list_request(params).paginate()
    }

    fn grant_requests_pending_review_list_request(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/requests/grant-requests/pending_review/"
            "requests_grant_requests_pending_review_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// List pending grant requests the current user is eligible to review.
    ///
    /// `GET /requests/grant-requests/pending_review/` (`requests_grant_requests_pending_review_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`GrantRequestsPendingReviewListParams`].
    pub fn grant_requests_pending_review_list(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> ResponseFuture<models::PaginatedGrantRequestList> {
        self.grant_requests_pending_review_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::grant_requests_pending_review_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn grant_requests_pending_review_list_stream(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> PageStream<models::GrantRequest> {
        self.grant_requests_pending_review_list_request(params).paginate()
    }

    /// `GET /requests/grant-requests/{uuid}/` (`requests_grant_requests_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::GrantRequest> {
        rt::operation!(
            Get "/requests/grant-requests/{uuid}/" "requests_grant_requests_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Immediately end an active grant. Available to the same reviewers who could
    /// approve it in the first place.
    ///
    /// `DELETE /requests/grant-requests/{uuid}/revoke/` (`requests_grant_requests_revoke_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_revoke_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/requests/grant-requests/{uuid}/revoke/"
            "requests_grant_requests_revoke_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-bindings/` (`requests_rule_bindings_create`).
    /// Since 2026.11.0-rc1.
    pub fn rule_bindings_create(
        &self,
        body: &models::RequestRuleBindingRequest,
    ) -> ResponseFuture<models::RequestRuleBinding> {
        rt::operation!(Post "/requests/rule-bindings/" "requests_rule_bindings_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/requests/rule-bindings/{uuid}/" "requests_rule_bindings_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rule_bindings_list_request(
        &self,
        params: &RuleBindingsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/requests/rule-bindings/" "requests_rule_bindings_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/` (`requests_rule_bindings_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`RuleBindingsListParams`].
    pub fn rule_bindings_list(
        &self,
        params: &RuleBindingsListParams,
    ) -> ResponseFuture<models::PaginatedRequestRuleBindingList> {
        self.rule_bindings_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rule_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rule_bindings_list_stream(
        &self,
        params: &RuleBindingsListParams,
    ) -> PageStream<models::RequestRuleBinding> {
        self.rule_bindings_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedRequestRuleBindingRequest,
    ) -> ResponseFuture<models::RequestRuleBinding> {
        rt::operation!(
            Patch "/requests/rule-bindings/{uuid}/"
            "requests_rule_bindings_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::RequestRuleBinding> {
        rt::operation!(
            Get "/requests/rule-bindings/{uuid}/" "requests_rule_bindings_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::RequestRuleBindingRequest,
    ) -> ResponseFuture<models::RequestRuleBinding> {
        rt::operation!(
            Put "/requests/rule-bindings/{uuid}/" "requests_rule_bindings_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/used_by/` (`requests_rule_bindings_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/requests/rule-bindings/{uuid}/used_by/"
            "requests_rule_bindings_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-child-bindings/` (`requests_rule_child_bindings_create`).
    /// Since 2026.11.0-rc1.
    pub fn rule_child_bindings_create(
        &self,
        body: &models::RequestRuleChildBindingRequest,
    ) -> ResponseFuture<models::RequestRuleChildBinding> {
        rt::operation!(
            Post "/requests/rule-child-bindings/" "requests_rule_child_bindings_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/requests/rule-child-bindings/{uuid}/"
            "requests_rule_child_bindings_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rule_child_bindings_list_request(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/requests/rule-child-bindings/" "requests_rule_child_bindings_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/` (`requests_rule_child_bindings_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`RuleChildBindingsListParams`].
    pub fn rule_child_bindings_list(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> ResponseFuture<models::PaginatedRequestRuleChildBindingList> {
        self.rule_child_bindings_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rule_child_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rule_child_bindings_list_stream(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> PageStream<models::RequestRuleChildBinding> {
        self.rule_child_bindings_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedRequestRuleChildBindingRequest,
    ) -> ResponseFuture<models::RequestRuleChildBinding> {
        rt::operation!(
            Patch "/requests/rule-child-bindings/{uuid}/"
            "requests_rule_child_bindings_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::RequestRuleChildBinding> {
        rt::operation!(
            Get "/requests/rule-child-bindings/{uuid}/"
            "requests_rule_child_bindings_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::RequestRuleChildBindingRequest,
    ) -> ResponseFuture<models::RequestRuleChildBinding> {
        rt::operation!(
            Put "/requests/rule-child-bindings/{uuid}/"
            "requests_rule_child_bindings_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/used_by/` (`requests_rule_child_bindings_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/requests/rule-child-bindings/{uuid}/used_by/"
            "requests_rule_child_bindings_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rules/` (`requests_rules_create`).
    /// Since 2026.11.0-rc1.
    pub fn rules_create(
        &self,
        body: &models::RequestRuleRequest,
    ) -> ResponseFuture<models::RequestRule> {
        rt::operation!(Post "/requests/rules/" "requests_rules_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rules/{uuid}/` (`requests_rules_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/requests/rules/{uuid}/" "requests_rules_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        rt::operation!(Get "/requests/rules/" "requests_rules_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/` (`requests_rules_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`RulesListParams`].
    pub fn rules_list(
        &self,
        params: &RulesListParams,
    ) -> ResponseFuture<models::PaginatedRequestRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> PageStream<models::RequestRule> {
        self.rules_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rules/{uuid}/` (`requests_rules_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedRequestRuleRequest,
    ) -> ResponseFuture<models::RequestRule> {
        rt::operation!(Patch "/requests/rules/{uuid}/" "requests_rules_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/{uuid}/` (`requests_rules_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::RequestRule> {
        rt::operation!(Get "/requests/rules/{uuid}/" "requests_rules_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rules/{uuid}/` (`requests_rules_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::RequestRuleRequest,
    ) -> ResponseFuture<models::RequestRule> {
        rt::operation!(Put "/requests/rules/{uuid}/" "requests_rules_update");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rules/{uuid}/used_by/` (`requests_rules_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/requests/rules/{uuid}/used_by/" "requests_rules_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`RequestsApi::grant_requests_list`] (`requests_grant_requests_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GrantRequestsListParams {
        pub created_by: Option<i64> => query "created_by",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub status: Option<models::RequestStatus> => query "status",
    }
}

rt::params! {
    /// Optional parameters of [`RequestsApi::grant_requests_pending_review_list`] (`requests_grant_requests_pending_review_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GrantRequestsPendingReviewListParams {
        pub created_by: Option<i64> => query "created_by",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub status: Option<models::RequestStatus> => query "status",
    }
}

rt::params! {
    /// Optional parameters of [`RequestsApi::rule_bindings_list`] (`requests_rule_bindings_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RuleBindingsListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub rule: Option<::uuid::Uuid> => query "rule",
        /// A search term.
        pub search: Option<String> => query "search",
        pub target: Option<::uuid::Uuid> => query "target",
    }
}

rt::params! {
    /// Optional parameters of [`RequestsApi::rule_child_bindings_list`] (`requests_rule_child_bindings_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RuleChildBindingsListParams {
        pub binding: Option<::uuid::Uuid> => query "binding",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub target: Option<::uuid::Uuid> => query "target",
    }
}

rt::params! {
    /// Optional parameters of [`RequestsApi::rules_list`] (`requests_rules_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RulesListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub request_flow_slug: Option<String> => query "request_flow__slug",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
