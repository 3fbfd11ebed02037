//! Server side of the operations tagged `lifecycle` (14).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `lifecycle`. Implement those you serve, then
/// `Server::new().lifecycle(service)` or [`router`]; the others go to
/// [`Lifecycle::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Lifecycle: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `POST /lifecycle/iterations/` (`lifecycle_iterations_create`).
    fn iterations_create(
        &self,
        auth: rt::Auth,
        body: super::models::LifecycleIterationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IterationsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_iterations_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/latest/{content_type}/{object_id}/` (`lifecycle_iterations_list_latest`).
    fn iterations_list_latest(
        &self,
        auth: rt::Auth,
        content_type: String,
        object_id: String,
        query: IterationsListLatestQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IterationsListLatestResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_iterations_list_latest",
            auth,
            rt::Args::new()
                .param("content_type", &content_type)
                .param("object_id", &object_id)
                .params(&query),
        )
    }
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `GET /lifecycle/iterations/open/` (`lifecycle_iterations_list_open`).
    fn iterations_list_open(
        &self,
        auth: rt::Auth,
        query: IterationsListOpenQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<IterationsListOpenResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_iterations_list_open",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// `POST /lifecycle/reviews/` (`lifecycle_reviews_create`).
    fn reviews_create(
        &self,
        auth: rt::Auth,
        body: super::models::ReviewRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<ReviewsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_reviews_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// `POST /lifecycle/rules/` (`lifecycle_rules_create`).
    fn rules_create(
        &self,
        auth: rt::Auth,
        body: super::models::LifecycleRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// `DELETE /lifecycle/rules/{id}/` (`lifecycle_rules_destroy`).
    fn rules_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// `GET /lifecycle/rules/` (`lifecycle_rules_list`).
    fn rules_list(
        &self,
        auth: rt::Auth,
        query: RulesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `PATCH /lifecycle/rules/{id}/` (`lifecycle_rules_partial_update`).
    fn rules_partial_update(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
        body: super::models::PatchedLifecycleRuleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RulesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// `GET /lifecycle/rules/{id}/` (`lifecycle_rules_retrieve`).
    fn rules_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// `PUT /lifecycle/rules/{id}/` (`lifecycle_rules_update`).
    fn rules_update(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
        body: super::models::LifecycleRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_rules_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// `POST /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_create`).
    fn user_offboarding_create(
        &self,
        auth: rt::Auth,
        body: super::models::UserOffboardingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserOffboardingCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_user_offboarding_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Cancel a pending offboarding instead of deleting the record.
    ///
    /// The row is retained (as `CANCELED`) so the offboarding stays visible in
    /// the audit history; deletion would erase who scheduled and cancelled it.
    /// You cannot cancel an offboarding that targets you.
    ///
    /// `DELETE /lifecycle/user_offboarding/{id}/` (`lifecycle_user_offboarding_destroy`).
    fn user_offboarding_destroy(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserOffboardingDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_user_offboarding_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// `GET /lifecycle/user_offboarding/` (`lifecycle_user_offboarding_list`).
    fn user_offboarding_list(
        &self,
        auth: rt::Auth,
        query: UserOffboardingListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserOffboardingListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_user_offboarding_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `GET /lifecycle/user_offboarding/{id}/` (`lifecycle_user_offboarding_retrieve`).
    fn user_offboarding_retrieve(
        &self,
        auth: rt::Auth,
        id: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<UserOffboardingRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "lifecycle_user_offboarding_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Lifecycle>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "lifecycle_iterations_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.iterations_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_iterations_list_latest",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .iterations_list_latest(
                            input.auth(),
                            input.path("content_type")?,
                            input.path("object_id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_iterations_list_open",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.iterations_list_open(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_reviews_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.reviews_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_rules_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_user_offboarding_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_offboarding_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_user_offboarding_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_offboarding_destroy(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_user_offboarding_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.user_offboarding_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "lifecycle_user_offboarding_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .user_offboarding_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `lifecycle` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Lifecycle>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Lifecycle for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Lifecycle::iterations_create`] returns (`lifecycle_iterations_create`).
pub type IterationsCreateResponse = super::Reply201_400_403<
    super::models::LifecycleIteration,
>;

/// What [`Lifecycle::iterations_list_latest`] returns (`lifecycle_iterations_list_latest`).
pub type IterationsListLatestResponse = super::Reply200_400_403<
    Vec<super::models::LifecycleIteration>,
>;

/// Query and header parameters of [`Lifecycle::iterations_list_latest`] (`lifecycle_iterations_list_latest`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IterationsListLatestQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_is_reviewer: Option<bool>,
}

/// What [`Lifecycle::iterations_list_open`] returns (`lifecycle_iterations_list_open`).
pub type IterationsListOpenResponse = super::Reply200_400_403<
    super::models::PaginatedLifecycleIterationList,
>;

/// Query and header parameters of [`Lifecycle::iterations_list_open`] (`lifecycle_iterations_list_open`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IterationsListOpenQuery {
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
    pub user_is_reviewer: Option<bool>,
}

/// What [`Lifecycle::reviews_create`] returns (`lifecycle_reviews_create`).
pub type ReviewsCreateResponse = super::Reply201_400_403<super::models::Review>;

/// What [`Lifecycle::rules_create`] returns (`lifecycle_rules_create`).
pub type RulesCreateResponse = super::Reply201_400_403<super::models::LifecycleRule>;

/// What [`Lifecycle::rules_destroy`] returns (`lifecycle_rules_destroy`).
pub type RulesDestroyResponse = super::Reply204_400_403;

/// What [`Lifecycle::rules_list`] returns (`lifecycle_rules_list`).
pub type RulesListResponse = super::Reply200_400_403<
    super::models::PaginatedLifecycleRuleList,
>;

/// Query and header parameters of [`Lifecycle::rules_list`] (`lifecycle_rules_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RulesListQuery {
    #[serde(rename = "content_type__model")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type_model: Option<String>,
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

/// What [`Lifecycle::rules_partial_update`] returns (`lifecycle_rules_partial_update`).
pub type RulesPartialUpdateResponse = super::Reply200_400_403<
    super::models::LifecycleRule,
>;

/// What [`Lifecycle::rules_retrieve`] returns (`lifecycle_rules_retrieve`).
pub type RulesRetrieveResponse = super::Reply200_400_403<super::models::LifecycleRule>;

/// What [`Lifecycle::rules_update`] returns (`lifecycle_rules_update`).
pub type RulesUpdateResponse = super::Reply200_400_403<super::models::LifecycleRule>;

/// What [`Lifecycle::user_offboarding_create`] returns (`lifecycle_user_offboarding_create`).
pub type UserOffboardingCreateResponse = super::Reply201_400_403<
    super::models::UserOffboarding,
>;

/// What [`Lifecycle::user_offboarding_destroy`] returns (`lifecycle_user_offboarding_destroy`).
pub type UserOffboardingDestroyResponse = super::Reply204_400_403;

/// What [`Lifecycle::user_offboarding_list`] returns (`lifecycle_user_offboarding_list`).
pub type UserOffboardingListResponse = super::Reply200_400_403<
    super::models::PaginatedUserOffboardingList,
>;

/// Query and header parameters of [`Lifecycle::user_offboarding_list`] (`lifecycle_user_offboarding_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserOffboardingListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<super::models::OffboardingActionEnum>,
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
    pub status: Option<super::models::OffboardingStatusEnum>,
    #[serde(rename = "user__uuid")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<::uuid::Uuid>,
}

/// What [`Lifecycle::user_offboarding_retrieve`] returns (`lifecycle_user_offboarding_retrieve`).
pub type UserOffboardingRetrieveResponse = super::Reply200_400_403<
    super::models::UserOffboarding,
>;
