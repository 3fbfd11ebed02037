//! Operations tagged `lifecycle` (14).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
    /// Since 2026.11.0-rc1.
    pub fn iterations_create(
        &self,
        body: &models::LifecycleIterationRequest,
    ) -> ResponseFuture<models::LifecycleIteration> {
        rt::operation!(Post "/lifecycle/iterations/" "lifecycle_iterations_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/latest/{content_type}/{object_id}/` (`lifecycle_iterations_list_latest`).
    /// Since 2026.11.0-rc1.
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
    ) -> ResponseFuture<Vec<models::LifecycleIteration>> {
        rt::operation!(
            Get "/lifecycle/iterations/latest/{content_type}/{object_id}/"
            "lifecycle_iterations_list_latest"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("content_type", content_type);
        request.path("object_id", object_id);
        request.params(params);
        request.send_json()
    }

    fn iterations_list_open_request(
        &self,
        params: &IterationsListOpenParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/lifecycle/iterations/open/" "lifecycle_iterations_list_open"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/open/` (`lifecycle_iterations_list_open`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`IterationsListOpenParams`].
    pub fn iterations_list_open(
        &self,
        params: &IterationsListOpenParams,
    ) -> ResponseFuture<models::PaginatedLifecycleIterationList> {
        self.iterations_list_open_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::iterations_list_open`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn iterations_list_open_stream(
        &self,
        params: &IterationsListOpenParams,
    ) -> PageStream<models::LifecycleIteration> {
        self.iterations_list_open_request(params).paginate()
    }

    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `POST /lifecycle/reviews/` (`lifecycle_reviews_create`).
    /// Since 2026.11.0-rc1.
    pub fn reviews_create(
        &self,
        body: &models::ReviewRequest,
    ) -> ResponseFuture<models::Review> {
        rt::operation!(Post "/lifecycle/reviews/" "lifecycle_reviews_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `POST /lifecycle/rules/` (`lifecycle_rules_create`).
    /// Since 2026.11.0-rc1.
    pub fn rules_create(
        &self,
        body: &models::LifecycleRuleRequest,
    ) -> ResponseFuture<models::LifecycleRule> {
        rt::operation!(Post "/lifecycle/rules/" "lifecycle_rules_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `DELETE /lifecycle/rules/{id}/` (`lifecycle_rules_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/lifecycle/rules/{id}/" "lifecycle_rules_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn rules_list_request(&self, params: &RulesListParams) -> rt::Request {
        rt::operation!(Get "/lifecycle/rules/" "lifecycle_rules_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /lifecycle/rules/` (`lifecycle_rules_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`RulesListParams`].
    pub fn rules_list(
        &self,
        params: &RulesListParams,
    ) -> ResponseFuture<models::PaginatedLifecycleRuleList> {
        self.rules_list_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::rules_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn rules_list_stream(
        &self,
        params: &RulesListParams,
    ) -> PageStream<models::LifecycleRule> {
        self.rules_list_request(params).paginate()
    }

    /// `PATCH /lifecycle/rules/{id}/` (`lifecycle_rules_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_partial_update(
        &self,
        id: ::uuid::Uuid,
        body: &models::PatchedLifecycleRuleRequest,
    ) -> ResponseFuture<models::LifecycleRule> {
        rt::operation!(Patch "/lifecycle/rules/{id}/" "lifecycle_rules_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `GET /lifecycle/rules/{id}/` (`lifecycle_rules_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> ResponseFuture<models::LifecycleRule> {
        rt::operation!(Get "/lifecycle/rules/{id}/" "lifecycle_rules_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// `PUT /lifecycle/rules/{id}/` (`lifecycle_rules_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this lifecycle rule.
    pub fn rules_update(
        &self,
        id: ::uuid::Uuid,
        body: &models::LifecycleRuleRequest,
    ) -> ResponseFuture<models::LifecycleRule> {
        rt::operation!(Put "/lifecycle/rules/{id}/" "lifecycle_rules_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// `POST /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_create`).
    /// Since 2026.11.0-rc1.
    pub fn user_offboarding_create(
        &self,
        body: &models::UserOffboardingRequest,
    ) -> ResponseFuture<models::UserOffboarding> {
        rt::operation!(
            Post "/lifecycle/user_offboarding/" "lifecycle_user_offboarding_create"
        );
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
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this User Offboarding.
    pub fn user_offboarding_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/lifecycle/user_offboarding/{id}/"
            "lifecycle_user_offboarding_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn user_offboarding_list_request(
        &self,
        params: &UserOffboardingListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/lifecycle/user_offboarding/" "lifecycle_user_offboarding_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`UserOffboardingListParams`].
    pub fn user_offboarding_list(
        &self,
        params: &UserOffboardingListParams,
    ) -> ResponseFuture<models::PaginatedUserOffboardingList> {
        self.user_offboarding_list_request(params).send_json()
    }

    /// Every item of [`LifecycleApi::user_offboarding_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn user_offboarding_list_stream(
        &self,
        params: &UserOffboardingListParams,
    ) -> PageStream<models::UserOffboarding> {
        self.user_offboarding_list_request(params).paginate()
    }

    /// `GET /lifecycle/user_offboarding/{id}/` (`lifecycle_user_offboarding_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this User Offboarding.
    pub fn user_offboarding_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> ResponseFuture<models::UserOffboarding> {
        rt::operation!(
            Get "/lifecycle/user_offboarding/{id}/" "lifecycle_user_offboarding_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`LifecycleApi::iterations_list_latest`] (`lifecycle_iterations_list_latest`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IterationsListLatestParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_is_reviewer: Option<bool> => query "user_is_reviewer",
    }
}

rt::params! {
    /// Optional parameters of [`LifecycleApi::iterations_list_open`] (`lifecycle_iterations_list_open`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IterationsListOpenParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_is_reviewer: Option<bool> => query "user_is_reviewer",
    }
}

rt::params! {
    /// Optional parameters of [`LifecycleApi::rules_list`] (`lifecycle_rules_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RulesListParams {
        pub content_type_model: Option<String> => query "content_type__model",
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
    /// Optional parameters of [`LifecycleApi::user_offboarding_list`] (`lifecycle_user_offboarding_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserOffboardingListParams {
        pub action: Option<models::OffboardingActionEnum> => query "action",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub status: Option<models::OffboardingStatusEnum> => query "status",
        pub user_uuid: Option<::uuid::Uuid> => query "user__uuid",
    }
}
