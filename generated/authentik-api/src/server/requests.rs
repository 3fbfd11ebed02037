//! Server side of the operations tagged `requests` (28).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `requests`. Implement those you serve, then
/// `Server::new().requests(service)` or [`router`]; the others go to
/// [`Requests::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Requests: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// `POST /requests/grant-requests/` (`requests_grant_requests_create`).
    fn grant_requests_create(
        &self,
        auth: rt::Auth,
        body: super::models::GrantRequestCreateRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// `DELETE /requests/grant-requests/{uuid}/` (`requests_grant_requests_destroy`).
    fn grant_requests_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// `PATCH /requests/grant-requests/{uuid}/fulfill/` (`requests_grant_requests_fulfill_partial_update`).
    fn grant_requests_fulfill_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedGrantRequestFulfillRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsFulfillPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_fulfill_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// `GET /requests/grant-requests/` (`requests_grant_requests_list`).
    fn grant_requests_list(
        &self,
        auth: rt::Auth,
        query: GrantRequestsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// List pending grant requests the current user is eligible to review.
    ///
    /// `GET /requests/grant-requests/pending_review/` (`requests_grant_requests_pending_review_list`).
    fn grant_requests_pending_review_list(
        &self,
        auth: rt::Auth,
        query: GrantRequestsPendingReviewListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsPendingReviewListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_pending_review_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `GET /requests/grant-requests/{uuid}/` (`requests_grant_requests_retrieve`).
    fn grant_requests_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Immediately end an active grant. Available to the same reviewers who could
    /// approve it in the first place.
    ///
    /// `DELETE /requests/grant-requests/{uuid}/revoke/` (`requests_grant_requests_revoke_destroy`).
    fn grant_requests_revoke_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GrantRequestsRevokeDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_grant_requests_revoke_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-bindings/` (`requests_rule_bindings_create`).
    fn rule_bindings_create(
        &self,
        auth: rt::Auth,
        body: super::models::RequestRuleBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_destroy`).
    fn rule_bindings_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/` (`requests_rule_bindings_list`).
    fn rule_bindings_list(
        &self,
        auth: rt::Auth,
        query: RuleBindingsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_partial_update`).
    fn rule_bindings_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedRequestRuleBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_retrieve`).
    fn rule_bindings_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-bindings/{uuid}/` (`requests_rule_bindings_update`).
    fn rule_bindings_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::RequestRuleBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-bindings/{uuid}/used_by/` (`requests_rule_bindings_used_by_list`).
    fn rule_bindings_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleBindingsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_bindings_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rule-child-bindings/` (`requests_rule_child_bindings_create`).
    fn rule_child_bindings_create(
        &self,
        auth: rt::Auth,
        body: super::models::RequestRuleChildBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_destroy`).
    fn rule_child_bindings_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/` (`requests_rule_child_bindings_list`).
    fn rule_child_bindings_list(
        &self,
        auth: rt::Auth,
        query: RuleChildBindingsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_partial_update`).
    fn rule_child_bindings_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedRequestRuleChildBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_retrieve`).
    fn rule_child_bindings_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rule-child-bindings/{uuid}/` (`requests_rule_child_bindings_update`).
    fn rule_child_bindings_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::RequestRuleChildBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rule-child-bindings/{uuid}/used_by/` (`requests_rule_child_bindings_used_by_list`).
    fn rule_child_bindings_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RuleChildBindingsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rule_child_bindings_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /requests/rules/` (`requests_rules_create`).
    fn rules_create(
        &self,
        auth: rt::Auth,
        body: super::models::RequestRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /requests/rules/{uuid}/` (`requests_rules_destroy`).
    fn rules_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/` (`requests_rules_list`).
    fn rules_list(
        &self,
        auth: rt::Auth,
        query: RulesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /requests/rules/{uuid}/` (`requests_rules_partial_update`).
    fn rules_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedRequestRuleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RulesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /requests/rules/{uuid}/` (`requests_rules_retrieve`).
    fn rules_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /requests/rules/{uuid}/` (`requests_rules_update`).
    fn rules_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::RequestRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /requests/rules/{uuid}/used_by/` (`requests_rules_used_by_list`).
    fn rules_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RulesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "requests_rules_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Requests>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "requests_grant_requests_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.grant_requests_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .grant_requests_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_fulfill_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .grant_requests_fulfill_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.grant_requests_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_pending_review_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .grant_requests_pending_review_list(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .grant_requests_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_grant_requests_revoke_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .grant_requests_revoke_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rule_bindings_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_bindings_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rule_bindings_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_bindings_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_bindings_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_bindings_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_bindings_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_bindings_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rule_child_bindings_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_child_bindings_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rule_child_bindings_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_child_bindings_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_child_bindings_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_child_bindings_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rule_child_bindings_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rule_child_bindings_used_by_list(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_destroy(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_update(input.auth(), input.path("uuid")?, input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "requests_rules_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_used_by_list(input.auth(), input.path("uuid")?).await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `requests` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Requests>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Requests for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Requests::grant_requests_create`] returns (`requests_grant_requests_create`).
pub type GrantRequestsCreateResponse = super::Reply200_400_403<super::models::Link>;

/// What [`Requests::grant_requests_destroy`] returns (`requests_grant_requests_destroy`).
pub type GrantRequestsDestroyResponse = super::Reply204_400_403;

/// What [`Requests::grant_requests_fulfill_partial_update`] returns (`requests_grant_requests_fulfill_partial_update`).
pub type GrantRequestsFulfillPartialUpdateResponse = super::Reply204_400_403;

/// What [`Requests::grant_requests_list`] returns (`requests_grant_requests_list`).
pub type GrantRequestsListResponse = super::Reply200_400_403<
    super::models::PaginatedGrantRequestList,
>;

/// Query and header parameters of [`Requests::grant_requests_list`] (`requests_grant_requests_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GrantRequestsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<i64>,
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
    pub status: Option<super::models::RequestStatus>,
}

/// What [`Requests::grant_requests_pending_review_list`] returns (`requests_grant_requests_pending_review_list`).
pub type GrantRequestsPendingReviewListResponse = super::Reply200_400_403<
    super::models::PaginatedGrantRequestList,
>;

/// Query and header parameters of [`Requests::grant_requests_pending_review_list`] (`requests_grant_requests_pending_review_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GrantRequestsPendingReviewListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<i64>,
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
    pub status: Option<super::models::RequestStatus>,
}

/// What [`Requests::grant_requests_retrieve`] returns (`requests_grant_requests_retrieve`).
pub type GrantRequestsRetrieveResponse = super::Reply200_400_403<
    super::models::GrantRequest,
>;

/// What [`Requests::grant_requests_revoke_destroy`] returns (`requests_grant_requests_revoke_destroy`).
pub type GrantRequestsRevokeDestroyResponse = super::Reply204_400_403;

/// What [`Requests::rule_bindings_create`] returns (`requests_rule_bindings_create`).
pub type RuleBindingsCreateResponse = super::Reply201_400_403<
    super::models::RequestRuleBinding,
>;

/// What [`Requests::rule_bindings_destroy`] returns (`requests_rule_bindings_destroy`).
pub type RuleBindingsDestroyResponse = super::Reply204_400_403;

/// What [`Requests::rule_bindings_list`] returns (`requests_rule_bindings_list`).
pub type RuleBindingsListResponse = super::Reply200_400_403<
    super::models::PaginatedRequestRuleBindingList,
>;

/// Query and header parameters of [`Requests::rule_bindings_list`] (`requests_rule_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuleBindingsListQuery {
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
    pub rule: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
}

/// What [`Requests::rule_bindings_partial_update`] returns (`requests_rule_bindings_partial_update`).
pub type RuleBindingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::RequestRuleBinding,
>;

/// What [`Requests::rule_bindings_retrieve`] returns (`requests_rule_bindings_retrieve`).
pub type RuleBindingsRetrieveResponse = super::Reply200_400_403<
    super::models::RequestRuleBinding,
>;

/// What [`Requests::rule_bindings_update`] returns (`requests_rule_bindings_update`).
pub type RuleBindingsUpdateResponse = super::Reply200_400_403<
    super::models::RequestRuleBinding,
>;

/// What [`Requests::rule_bindings_used_by_list`] returns (`requests_rule_bindings_used_by_list`).
pub type RuleBindingsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Requests::rule_child_bindings_create`] returns (`requests_rule_child_bindings_create`).
pub type RuleChildBindingsCreateResponse = super::Reply201_400_403<
    super::models::RequestRuleChildBinding,
>;

/// What [`Requests::rule_child_bindings_destroy`] returns (`requests_rule_child_bindings_destroy`).
pub type RuleChildBindingsDestroyResponse = super::Reply204_400_403;

/// What [`Requests::rule_child_bindings_list`] returns (`requests_rule_child_bindings_list`).
pub type RuleChildBindingsListResponse = super::Reply200_400_403<
    super::models::PaginatedRequestRuleChildBindingList,
>;

/// Query and header parameters of [`Requests::rule_child_bindings_list`] (`requests_rule_child_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuleChildBindingsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<::uuid::Uuid>,
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
    pub target: Option<::uuid::Uuid>,
}

/// What [`Requests::rule_child_bindings_partial_update`] returns (`requests_rule_child_bindings_partial_update`).
pub type RuleChildBindingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::RequestRuleChildBinding,
>;

/// What [`Requests::rule_child_bindings_retrieve`] returns (`requests_rule_child_bindings_retrieve`).
pub type RuleChildBindingsRetrieveResponse = super::Reply200_400_403<
    super::models::RequestRuleChildBinding,
>;

/// What [`Requests::rule_child_bindings_update`] returns (`requests_rule_child_bindings_update`).
pub type RuleChildBindingsUpdateResponse = super::Reply200_400_403<
    super::models::RequestRuleChildBinding,
>;

/// What [`Requests::rule_child_bindings_used_by_list`] returns (`requests_rule_child_bindings_used_by_list`).
pub type RuleChildBindingsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Requests::rules_create`] returns (`requests_rules_create`).
pub type RulesCreateResponse = super::Reply201_400_403<super::models::RequestRule>;

/// What [`Requests::rules_destroy`] returns (`requests_rules_destroy`).
pub type RulesDestroyResponse = super::Reply204_400_403;

/// What [`Requests::rules_list`] returns (`requests_rules_list`).
pub type RulesListResponse = super::Reply200_400_403<
    super::models::PaginatedRequestRuleList,
>;

/// Query and header parameters of [`Requests::rules_list`] (`requests_rules_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RulesListQuery {
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
    #[serde(rename = "request_flow__slug")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_flow_slug: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Requests::rules_partial_update`] returns (`requests_rules_partial_update`).
pub type RulesPartialUpdateResponse = super::Reply200_400_403<
    super::models::RequestRule,
>;

/// What [`Requests::rules_retrieve`] returns (`requests_rules_retrieve`).
pub type RulesRetrieveResponse = super::Reply200_400_403<super::models::RequestRule>;

/// What [`Requests::rules_update`] returns (`requests_rules_update`).
pub type RulesUpdateResponse = super::Reply200_400_403<super::models::RequestRule>;

/// What [`Requests::rules_used_by_list`] returns (`requests_rules_used_by_list`).
pub type RulesUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;
