//! Operations tagged `requests` (28).
use super::runtime::client as rt;

/// The operations tagged `requests`: `client.requests()`.
#[derive(Clone, Copy, Debug)]
pub struct RequestsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RequestsApi<'_> {
    /// `POST /requests/grant-requests/` (`requests_grant_requests_create`).
    pub fn grant_requests_create(
        &self,
        body: &super::models::GrantRequestCreateRequest,
    ) -> super::ResponseFuture<super::models::Link> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_create",
            method: rt::Method::Post,
            path: "/requests/grant-requests/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /requests/grant-requests/{uuid}/` (`requests_grant_requests_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_destroy",
            method: rt::Method::Delete,
            path: "/requests/grant-requests/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// `PATCH /requests/grant-requests/{uuid}/fulfill/` (`requests_grant_requests_fulfill_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_fulfill_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedGrantRequestFulfillRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_fulfill_partial_update",
            method: rt::Method::Patch,
            path: "/requests/grant-requests/{uuid}/fulfill/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    fn grant_requests_list_request(
        &self,
        params: &GrantRequestsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_list",
            method: rt::Method::Get,
            path: "/requests/grant-requests/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created_by", &params.created_by);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("status", &params.status);
        request
    }

    /// `GET /requests/grant-requests/` (`requests_grant_requests_list`).
    ///
    /// Optional parameters: [`GrantRequestsListParams`].
    pub fn grant_requests_list(
        &self,
        params: &GrantRequestsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGrantRequestList> {
        self.grant_requests_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::grant_requests_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn grant_requests_list_stream(
        &self,
        params: &GrantRequestsListParams,
    ) -> super::PageStream<super::models::GrantRequest> {
        self.grant_requests_list_request(params).paginate()
    }

    fn grant_requests_pending_review_list_request(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_pending_review_list",
            method: rt::Method::Get,
            path: "/requests/grant-requests/pending_review/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("created_by", &params.created_by);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("status", &params.status);
        request
    }

    /// List pending grant requests the current user is eligible to review.
    ///
    /// `GET /requests/grant-requests/pending_review/` (`requests_grant_requests_pending_review_list`).
    ///
    /// Optional parameters: [`GrantRequestsPendingReviewListParams`].
    pub fn grant_requests_pending_review_list(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGrantRequestList> {
        self.grant_requests_pending_review_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::grant_requests_pending_review_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn grant_requests_pending_review_list_stream(
        &self,
        params: &GrantRequestsPendingReviewListParams,
    ) -> super::PageStream<super::models::GrantRequest> {
        self.grant_requests_pending_review_list_request(params).paginate()
    }

    /// `GET /requests/grant-requests/{uuid}/` (`requests_grant_requests_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::GrantRequest> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_retrieve",
            method: rt::Method::Get,
            path: "/requests/grant-requests/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Immediately end an active grant. Available to the same reviewers who could
    /// approve it in the first place.
    ///
    /// `DELETE /requests/grant-requests/{uuid}/revoke/` (`requests_grant_requests_revoke_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Grant Request.
    pub fn grant_requests_revoke_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_grant_requests_revoke_destroy",
            method: rt::Method::Delete,
            path: "/requests/grant-requests/{uuid}/revoke/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-bindings/` (`requests_rule_bindings_create`).
    pub fn rule_bindings_create(
        &self,
        body: &super::models::RequestRuleBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_create",
            method: rt::Method::Post,
            path: "/requests/rule-bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_destroy",
            method: rt::Method::Delete,
            path: "/requests/rule-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rule_bindings_list_request(
        &self,
        params: &RuleBindingsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_list",
            method: rt::Method::Get,
            path: "/requests/rule-bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("rule", &params.rule);
        request.query("search", &params.search);
        request.query("target", &params.target);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/` (`requests_rule_bindings_list`).
    ///
    /// Optional parameters: [`RuleBindingsListParams`].
    pub fn rule_bindings_list(
        &self,
        params: &RuleBindingsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRequestRuleBindingList> {
        self.rule_bindings_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rule_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rule_bindings_list_stream(
        &self,
        params: &RuleBindingsListParams,
    ) -> super::PageStream<super::models::RequestRuleBinding> {
        self.rule_bindings_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedRequestRuleBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_partial_update",
            method: rt::Method::Patch,
            path: "/requests/rule-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RequestRuleBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_retrieve",
            method: rt::Method::Get,
            path: "/requests/rule-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::RequestRuleBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_update",
            method: rt::Method::Put,
            path: "/requests/rule-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/used_by/` (`requests_rule_bindings_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Binding.
    pub fn rule_bindings_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_bindings_used_by_list",
            method: rt::Method::Get,
            path: "/requests/rule-bindings/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-child-bindings/` (`requests_rule_child_bindings_create`).
    pub fn rule_child_bindings_create(
        &self,
        body: &super::models::RequestRuleChildBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleChildBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_create",
            method: rt::Method::Post,
            path: "/requests/rule-child-bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_destroy",
            method: rt::Method::Delete,
            path: "/requests/rule-child-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rule_child_bindings_list_request(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_list",
            method: rt::Method::Get,
            path: "/requests/rule-child-bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("binding", &params.binding);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("target", &params.target);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/` (`requests_rule_child_bindings_list`).
    ///
    /// Optional parameters: [`RuleChildBindingsListParams`].
    pub fn rule_child_bindings_list(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRequestRuleChildBindingList> {
        self.rule_child_bindings_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rule_child_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rule_child_bindings_list_stream(
        &self,
        params: &RuleChildBindingsListParams,
    ) -> super::PageStream<super::models::RequestRuleChildBinding> {
        self.rule_child_bindings_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedRequestRuleChildBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleChildBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_partial_update",
            method: rt::Method::Patch,
            path: "/requests/rule-child-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RequestRuleChildBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_retrieve",
            method: rt::Method::Get,
            path: "/requests/rule-child-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::RequestRuleChildBindingRequest,
    ) -> super::ResponseFuture<super::models::RequestRuleChildBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_update",
            method: rt::Method::Put,
            path: "/requests/rule-child-bindings/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/used_by/` (`requests_rule_child_bindings_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule Child Binding.
    pub fn rule_child_bindings_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rule_child_bindings_used_by_list",
            method: rt::Method::Get,
            path: "/requests/rule-child-bindings/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rules/` (`requests_rules_create`).
    pub fn rules_create(
        &self,
        body: &super::models::RequestRuleRequest,
    ) -> super::ResponseFuture<super::models::RequestRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_create",
            method: rt::Method::Post,
            path: "/requests/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rules/{uuid}/` (`requests_rules_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_destroy(&self, uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_destroy",
            method: rt::Method::Delete,
            path: "/requests/rules/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_list",
            method: rt::Method::Get,
            path: "/requests/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("request_flow__slug", &params.request_flow_slug);
        request.query("search", &params.search);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/` (`requests_rules_list`).
    ///
    /// Optional parameters: [`RulesListParams`].
    pub fn rules_list(
        &self,
        params: &RulesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRequestRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`RequestsApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> super::PageStream<super::models::RequestRule> {
        self.rules_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rules/{uuid}/` (`requests_rules_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedRequestRuleRequest,
    ) -> super::ResponseFuture<super::models::RequestRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_partial_update",
            method: rt::Method::Patch,
            path: "/requests/rules/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/{uuid}/` (`requests_rules_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::RequestRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_retrieve",
            method: rt::Method::Get,
            path: "/requests/rules/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rules/{uuid}/` (`requests_rules_update`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::RequestRuleRequest,
    ) -> super::ResponseFuture<super::models::RequestRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_update",
            method: rt::Method::Put,
            path: "/requests/rules/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rules/{uuid}/used_by/` (`requests_rules_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Request Rule.
    pub fn rules_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "requests_rules_used_by_list",
            method: rt::Method::Get,
            path: "/requests/rules/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

/// Optional parameters of [`RequestsApi::grant_requests_list`] (`requests_grant_requests_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrantRequestsListParams {
    /// Query parameter `created_by`.
    pub created_by: Option<i64>,
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
    /// Query parameter `status`.
    pub status: Option<super::models::RequestStatus>,
}

/// Optional parameters of [`RequestsApi::grant_requests_pending_review_list`] (`requests_grant_requests_pending_review_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrantRequestsPendingReviewListParams {
    /// Query parameter `created_by`.
    pub created_by: Option<i64>,
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
    /// Query parameter `status`.
    pub status: Option<super::models::RequestStatus>,
}

/// Optional parameters of [`RequestsApi::rule_bindings_list`] (`requests_rule_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleBindingsListParams {
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
    /// Query parameter `rule`.
    pub rule: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `target`.
    pub target: Option<::uuid::Uuid>,
}

/// Optional parameters of [`RequestsApi::rule_child_bindings_list`] (`requests_rule_child_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleChildBindingsListParams {
    /// Query parameter `binding`.
    pub binding: Option<::uuid::Uuid>,
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
    /// Query parameter `target`.
    pub target: Option<::uuid::Uuid>,
}

/// Optional parameters of [`RequestsApi::rules_list`] (`requests_rules_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RulesListParams {
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
    /// Query parameter `request_flow__slug`.
    pub request_flow_slug: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
