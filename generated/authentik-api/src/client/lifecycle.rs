//! Operations tagged `lifecycle` (14).
use super::runtime::client as rt;

/// The operations tagged `lifecycle`: `client.lifecycle()`.
#[derive(Clone, Copy, Debug)]
pub struct LifecycleApi<'a> {
    pub(super) client: &'a super::Client,
}

impl LifecycleApi<'_> {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `POST /lifecycle/iterations/` (`lifecycle_iterations_create`).
    pub fn iterations_create(
        &self,
        body: &super::models::LifecycleIterationRequest,
    ) -> super::ResponseFuture<super::models::LifecycleIteration> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_iterations_create",
            method: rt::Method::Post,
            path: "/lifecycle/iterations/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/latest/{content_type}/{object_id}/` (`lifecycle_iterations_list_latest`).
    ///
    /// - `content_type`
    /// - `object_id`
    ///
    /// Optional parameters: [`IterationsListLatestParams`].
    pub fn iterations_list_latest(
        &self,
        content_type: &str,
        object_id: &str,
        params: &IterationsListLatestParams,
    ) -> super::ResponseFuture<Vec<super::models::LifecycleIteration>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_iterations_list_latest",
            method: rt::Method::Get,
            path: "/lifecycle/iterations/latest/{content_type}/{object_id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("content_type", content_type);
        request.path("object_id", object_id);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("user_is_reviewer", &params.user_is_reviewer);
        request.send_json()
    }

    fn iterations_list_open_request(
        &self,
        params: &IterationsListOpenParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_iterations_list_open",
            method: rt::Method::Get,
            path: "/lifecycle/iterations/open/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("user_is_reviewer", &params.user_is_reviewer);
        request
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/open/` (`lifecycle_iterations_list_open`).
    ///
    /// Optional parameters: [`IterationsListOpenParams`].
    pub fn iterations_list_open(
        &self,
        params: &IterationsListOpenParams,
    ) -> super::ResponseFuture<super::models::PaginatedLifecycleIterationList> {
        self.iterations_list_open_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::iterations_list_open`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn iterations_list_open_stream(
        &self,
        params: &IterationsListOpenParams,
    ) -> super::PageStream<super::models::LifecycleIteration> {
        self.iterations_list_open_request(params).paginate()
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `POST /lifecycle/reviews/` (`lifecycle_reviews_create`).
    pub fn reviews_create(
        &self,
        body: &super::models::ReviewRequest,
    ) -> super::ResponseFuture<super::models::Review> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_reviews_create",
            method: rt::Method::Post,
            path: "/lifecycle/reviews/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `POST /lifecycle/rules/` (`lifecycle_rules_create`).
    pub fn rules_create(
        &self,
        body: &super::models::LifecycleRuleRequest,
    ) -> super::ResponseFuture<super::models::LifecycleRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_create",
            method: rt::Method::Post,
            path: "/lifecycle/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /lifecycle/rules/{id}/` (`lifecycle_rules_destroy`).
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_destroy(&self, id: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_destroy",
            method: rt::Method::Delete,
            path: "/lifecycle/rules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_list",
            method: rt::Method::Get,
            path: "/lifecycle/rules/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("content_type__model", &params.content_type_model);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// `GET /lifecycle/rules/` (`lifecycle_rules_list`).
    ///
    /// Optional parameters: [`RulesListParams`].
    pub fn rules_list(
        &self,
        params: &RulesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedLifecycleRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> super::PageStream<super::models::LifecycleRule> {
        self.rules_list_request(params).paginate()
    }

    /// `PATCH /lifecycle/rules/{id}/` (`lifecycle_rules_partial_update`).
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_partial_update(
        &self,
        id: ::uuid::Uuid,
        body: &super::models::PatchedLifecycleRuleRequest,
    ) -> super::ResponseFuture<super::models::LifecycleRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_partial_update",
            method: rt::Method::Patch,
            path: "/lifecycle/rules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `GET /lifecycle/rules/{id}/` (`lifecycle_rules_retrieve`).
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::LifecycleRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_retrieve",
            method: rt::Method::Get,
            path: "/lifecycle/rules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// `PUT /lifecycle/rules/{id}/` (`lifecycle_rules_update`).
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_update(
        &self,
        id: ::uuid::Uuid,
        body: &super::models::LifecycleRuleRequest,
    ) -> super::ResponseFuture<super::models::LifecycleRule> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_rules_update",
            method: rt::Method::Put,
            path: "/lifecycle/rules/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `POST /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_create`).
    pub fn user_offboarding_create(
        &self,
        body: &super::models::UserOffboardingRequest,
    ) -> super::ResponseFuture<super::models::UserOffboarding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_user_offboarding_create",
            method: rt::Method::Post,
            path: "/lifecycle/user_offboarding/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Cancel a pending offboarding instead of deleting the record.
    ///
    /// The row is retained (as `CANCELED`) so the offboarding stays visible in
    /// the audit history; deletion would erase who scheduled and cancelled it.
    /// You cannot cancel an offboarding that targets you.
    ///
    /// `DELETE /lifecycle/user_offboarding/{id}/` (`lifecycle_user_offboarding_destroy`).
    ///
    /// - `id`: A UUID string identifying this User Offboarding.
    pub fn user_offboarding_destroy(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_user_offboarding_destroy",
            method: rt::Method::Delete,
            path: "/lifecycle/user_offboarding/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_offboarding_list_request(
        &self,
        params: &UserOffboardingListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_user_offboarding_list",
            method: rt::Method::Get,
            path: "/lifecycle/user_offboarding/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("action", &params.action);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("status", &params.status);
        request.query("user__uuid", &params.user_uuid);
        request
    }

    /// `GET /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_list`).
    ///
    /// Optional parameters: [`UserOffboardingListParams`].
    pub fn user_offboarding_list(
        &self,
        params: &UserOffboardingListParams,
    ) -> super::ResponseFuture<super::models::PaginatedUserOffboardingList> {
        self.user_offboarding_list_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::user_offboarding_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_offboarding_list_stream(
        &self,
        params: &UserOffboardingListParams,
    ) -> super::PageStream<super::models::UserOffboarding> {
        self.user_offboarding_list_request(params).paginate()
    }

    /// `GET /lifecycle/user_offboarding/{id}/` (`lifecycle_user_offboarding_retrieve`).
    ///
    /// - `id`: A UUID string identifying this User Offboarding.
    pub fn user_offboarding_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::UserOffboarding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "lifecycle_user_offboarding_retrieve",
            method: rt::Method::Get,
            path: "/lifecycle/user_offboarding/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`LifecycleApi::iterations_list_latest`] (`lifecycle_iterations_list_latest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IterationsListLatestParams {
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `user_is_reviewer`.
    pub user_is_reviewer: Option<bool>,
}

/// Optional parameters of [`LifecycleApi::iterations_list_open`] (`lifecycle_iterations_list_open`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IterationsListOpenParams {
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
    /// Query parameter `user_is_reviewer`.
    pub user_is_reviewer: Option<bool>,
}

/// Optional parameters of [`LifecycleApi::rules_list`] (`lifecycle_rules_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RulesListParams {
    /// Query parameter `content_type__model`.
    pub content_type_model: Option<String>,
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

/// Optional parameters of [`LifecycleApi::user_offboarding_list`] (`lifecycle_user_offboarding_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserOffboardingListParams {
    /// Query parameter `action`.
    pub action: Option<super::models::OffboardingActionEnum>,
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
    pub status: Option<super::models::OffboardingStatusEnum>,
    /// Query parameter `user__uuid`.
    pub user_uuid: Option<::uuid::Uuid>,
}
