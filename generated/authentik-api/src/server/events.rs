//! Server side of the operations tagged `events` (33).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `events`. Implement those you serve, then
/// `Server::new().events(service)` or [`router`]; the others go to
/// [`Events::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Events: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Get all actions
    ///
    /// `GET /events/events/actions/` (`events_events_actions_list`).
    fn events_actions_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsActionsListResponse>,
    > + Send {
        rt::forward(self.fallback(), "events_events_actions_list", auth, rt::Args::new())
    }
    /// Event Read-Only Viewset
    ///
    /// `POST /events/events/` (`events_events_create`).
    fn events_create(
        &self,
        auth: rt::Auth,
        body: super::models::EventRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<EventsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_events_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Event Read-Only Viewset
    ///
    /// `DELETE /events/events/{event_uuid}/` (`events_events_destroy`).
    fn events_destroy(
        &self,
        auth: rt::Auth,
        event_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<EventsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_events_destroy",
            auth,
            rt::Args::new().param("event_uuid", &event_uuid),
        )
    }
    /// Create a data export for this data type. Note that the export is generated asynchronously:
    /// this method returns a `DataExport` object that will initially have `completed=false` as well
    /// as the permanent URL to that object in the `Location` header.
    /// You can poll that URL until `completed=true`, at which point the `file_url` property will
    /// contain a URL to download
    ///
    /// `POST /events/events/export/` (`events_events_export_create`).
    fn events_export_create(
        &self,
        auth: rt::Auth,
        query: EventsExportCreateQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsExportCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_events_export_create",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Event Read-Only Viewset
    ///
    /// `GET /events/events/` (`events_events_list`).
    fn events_list(
        &self,
        auth: rt::Auth,
        query: EventsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<EventsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_events_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Event Read-Only Viewset
    ///
    /// `PATCH /events/events/{event_uuid}/` (`events_events_partial_update`).
    fn events_partial_update(
        &self,
        auth: rt::Auth,
        event_uuid: ::uuid::Uuid,
        body: super::models::PatchedEventRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_events_partial_update",
            auth,
            rt::Args::new().param("event_uuid", &event_uuid).body(&body),
        )
    }
    /// Event Read-Only Viewset
    ///
    /// `GET /events/events/{event_uuid}/` (`events_events_retrieve`).
    fn events_retrieve(
        &self,
        auth: rt::Auth,
        event_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<EventsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_events_retrieve",
            auth,
            rt::Args::new().param("event_uuid", &event_uuid),
        )
    }
    /// Get event stats for specified filters and count steps
    ///
    /// `GET /events/events/stats/` (`events_events_stats_retrieve`).
    fn events_stats_retrieve(
        &self,
        auth: rt::Auth,
        query: EventsStatsRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsStatsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_events_stats_retrieve",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Get the top_n events grouped by user count
    ///
    /// `GET /events/events/top_per_user/` (`events_events_top_per_user_list`).
    fn events_top_per_user_list(
        &self,
        auth: rt::Auth,
        query: EventsTopPerUserListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsTopPerUserListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_events_top_per_user_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Event Read-Only Viewset
    ///
    /// `PUT /events/events/{event_uuid}/` (`events_events_update`).
    fn events_update(
        &self,
        auth: rt::Auth,
        event_uuid: ::uuid::Uuid,
        body: super::models::EventRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<EventsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_events_update",
            auth,
            rt::Args::new().param("event_uuid", &event_uuid).body(&body),
        )
    }
    /// Get event volume for specified filters and timeframe
    ///
    /// `GET /events/events/volume/` (`events_events_volume_list`).
    fn events_volume_list(
        &self,
        auth: rt::Auth,
        query: EventsVolumeListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<EventsVolumeListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_events_volume_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Notification Viewset
    ///
    /// `DELETE /events/notifications/{uuid}/` (`events_notifications_destroy`).
    fn notifications_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Notification Viewset
    ///
    /// `GET /events/notifications/` (`events_notifications_list`).
    fn notifications_list(
        &self,
        auth: rt::Auth,
        query: NotificationsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mark all the user's notifications as seen
    ///
    /// `POST /events/notifications/mark_all_seen/` (`events_notifications_mark_all_seen_create`).
    fn notifications_mark_all_seen_create(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsMarkAllSeenCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_mark_all_seen_create",
            auth,
            rt::Args::new(),
        )
    }
    /// Notification Viewset
    ///
    /// `PATCH /events/notifications/{uuid}/` (`events_notifications_partial_update`).
    fn notifications_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedNotificationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Notification Viewset
    ///
    /// `GET /events/notifications/{uuid}/` (`events_notifications_retrieve`).
    fn notifications_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Notification Viewset
    ///
    /// `PUT /events/notifications/{uuid}/` (`events_notifications_update`).
    fn notifications_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::NotificationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /events/notifications/{uuid}/used_by/` (`events_notifications_used_by_list`).
    fn notifications_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_notifications_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `POST /events/rules/` (`events_rules_create`).
    fn rules_create(
        &self,
        auth: rt::Auth,
        body: super::models::NotificationRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_rules_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `DELETE /events/rules/{pbm_uuid}/` (`events_rules_destroy`).
    fn rules_destroy(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_rules_destroy",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `GET /events/rules/` (`events_rules_list`).
    fn rules_list(
        &self,
        auth: rt::Auth,
        query: RulesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_rules_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `PATCH /events/rules/{pbm_uuid}/` (`events_rules_partial_update`).
    fn rules_partial_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::PatchedNotificationRuleRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RulesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_rules_partial_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `GET /events/rules/{pbm_uuid}/` (`events_rules_retrieve`).
    fn rules_retrieve(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_rules_retrieve",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// NotificationRule Viewset
    ///
    /// `PUT /events/rules/{pbm_uuid}/` (`events_rules_update`).
    fn rules_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::NotificationRuleRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<RulesUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_rules_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /events/rules/{pbm_uuid}/used_by/` (`events_rules_used_by_list`).
    fn rules_used_by_list(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RulesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_rules_used_by_list",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `POST /events/transports/` (`events_transports_create`).
    fn transports_create(
        &self,
        auth: rt::Auth,
        body: super::models::NotificationTransportRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `DELETE /events/transports/{uuid}/` (`events_transports_destroy`).
    fn transports_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `GET /events/transports/` (`events_transports_list`).
    fn transports_list(
        &self,
        auth: rt::Auth,
        query: TransportsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<TransportsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "events_transports_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `PATCH /events/transports/{uuid}/` (`events_transports_partial_update`).
    fn transports_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedNotificationTransportRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `GET /events/transports/{uuid}/` (`events_transports_retrieve`).
    fn transports_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Send example notification using selected transport. Requires
    /// Modify permissions.
    ///
    /// `POST /events/transports/{uuid}/test/` (`events_transports_test_create`).
    fn transports_test_create(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsTestCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_test_create",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// NotificationTransport Viewset
    ///
    /// `PUT /events/transports/{uuid}/` (`events_transports_update`).
    fn transports_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::NotificationTransportRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /events/transports/{uuid}/used_by/` (`events_transports_used_by_list`).
    fn transports_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<TransportsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "events_transports_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Events>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "events_events_actions_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.events_actions_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "events_events_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_destroy(input.auth(), input.path("event_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_export_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_export_create(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .events_partial_update(
                            input.auth(),
                            input.path("event_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_events_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .events_retrieve(input.auth(), input.path("event_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_events_stats_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_stats_retrieve(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_top_per_user_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_top_per_user_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_events_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .events_update(
                            input.auth(),
                            input.path("event_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_events_volume_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.events_volume_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notifications_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.notifications_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_mark_all_seen_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.notifications_mark_all_seen_create(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notifications_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notifications_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notifications_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_notifications_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notifications_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_rules_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "events_rules_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_destroy(input.auth(), input.path("pbm_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "events_rules_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_rules_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_partial_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_rules_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.rules_retrieve(input.auth(), input.path("pbm_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "events_rules_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_rules_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .rules_used_by_list(input.auth(), input.path("pbm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_transports_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.transports_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "events_transports_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.transports_destroy(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "events_transports_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.transports_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "events_transports_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .transports_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_transports_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.transports_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "events_transports_test_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .transports_test_create(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_transports_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .transports_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "events_transports_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .transports_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `events` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Events>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Events for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Events::events_actions_list`] returns (`events_events_actions_list`).
pub type EventsActionsListResponse = super::Reply200_400_403<
    Vec<super::models::TypeCreate>,
>;

/// What [`Events::events_create`] returns (`events_events_create`).
pub type EventsCreateResponse = super::Reply201_400_403<super::models::Event>;

/// What [`Events::events_destroy`] returns (`events_events_destroy`).
pub type EventsDestroyResponse = super::Reply204_400_403;

/// What [`Events::events_export_create`] returns (`events_events_export_create`).
pub type EventsExportCreateResponse = super::Reply201_400_403<super::models::DataExport>;

/// Query and header parameters of [`Events::events_export_create`] (`events_events_export_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventsExportCreateQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Context Authorized application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_device: Option<String>,
    /// Context Model App
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_app: Option<String>,
    /// Context Model Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_pk: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Events::events_list`] returns (`events_events_list`).
pub type EventsListResponse = super::Reply200_400_403<super::models::PaginatedEventList>;

/// Query and header parameters of [`Events::events_list`] (`events_events_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Context Authorized application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_device: Option<String>,
    /// Context Model App
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_app: Option<String>,
    /// Context Model Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_pk: Option<String>,
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
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Events::events_partial_update`] returns (`events_events_partial_update`).
pub type EventsPartialUpdateResponse = super::Reply200_400_403<super::models::Event>;

/// What [`Events::events_retrieve`] returns (`events_events_retrieve`).
pub type EventsRetrieveResponse = super::Reply200_400_403<super::models::Event>;

/// What [`Events::events_stats_retrieve`] returns (`events_events_stats_retrieve`).
pub type EventsStatsRetrieveResponse = super::Reply200_400_403<
    super::models::EventStats,
>;

/// Query and header parameters of [`Events::events_stats_retrieve`] (`events_events_stats_retrieve`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventsStatsRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Context Authorized application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_device: Option<String>,
    /// Context Model App
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_app: Option<String>,
    /// Context Model Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_pk: Option<String>,
    /// Timedelta, format of 'weeks=3;days=2;hours=3,seconds=2'
    pub count_steps: Vec<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Events::events_top_per_user_list`] returns (`events_events_top_per_user_list`).
pub type EventsTopPerUserListResponse = super::Reply200_400_403<
    Vec<super::models::EventTopPerUser>,
>;

/// Query and header parameters of [`Events::events_top_per_user_list`] (`events_events_top_per_user_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventsTopPerUserListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Context Authorized application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_device: Option<String>,
    /// Context Model App
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_app: Option<String>,
    /// Context Model Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_pk: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_n: Option<i64>,
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Events::events_update`] returns (`events_events_update`).
pub type EventsUpdateResponse = super::Reply200_400_403<super::models::Event>;

/// What [`Events::events_volume_list`] returns (`events_events_volume_list`).
pub type EventsVolumeListResponse = super::Reply200_400_403<
    Vec<super::models::EventVolume>,
>;

/// Query and header parameters of [`Events::events_volume_list`] (`events_events_volume_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventsVolumeListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<super::models::EventActions>>,
    /// Brand name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Context Authorized application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_authorized_app: Option<String>,
    /// Context Device Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_device: Option<String>,
    /// Context Model App
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_app: Option<String>,
    /// Context Model Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_name: Option<String>,
    /// Context Model Primary Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_model_pk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_days: Option<i64>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What [`Events::notifications_destroy`] returns (`events_notifications_destroy`).
pub type NotificationsDestroyResponse = super::Reply204_400_403;

/// What [`Events::notifications_list`] returns (`events_notifications_list`).
pub type NotificationsListResponse = super::Reply200_400_403<
    super::models::PaginatedNotificationList,
>;

/// Query and header parameters of [`Events::notifications_list`] (`events_notifications_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<super::runtime::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<::uuid::Uuid>,
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
    pub seen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<super::models::SeverityEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Events::notifications_mark_all_seen_create`] returns (`events_notifications_mark_all_seen_create`).
pub type NotificationsMarkAllSeenCreateResponse = super::Reply204_400_403;

/// What [`Events::notifications_partial_update`] returns (`events_notifications_partial_update`).
pub type NotificationsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Notification,
>;

/// What [`Events::notifications_retrieve`] returns (`events_notifications_retrieve`).
pub type NotificationsRetrieveResponse = super::Reply200_400_403<
    super::models::Notification,
>;

/// What [`Events::notifications_update`] returns (`events_notifications_update`).
pub type NotificationsUpdateResponse = super::Reply200_400_403<
    super::models::Notification,
>;

/// What [`Events::notifications_used_by_list`] returns (`events_notifications_used_by_list`).
pub type NotificationsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Events::rules_create`] returns (`events_rules_create`).
pub type RulesCreateResponse = super::Reply201_400_403<super::models::NotificationRule>;

/// What [`Events::rules_destroy`] returns (`events_rules_destroy`).
pub type RulesDestroyResponse = super::Reply204_400_403;

/// What [`Events::rules_list`] returns (`events_rules_list`).
pub type RulesListResponse = super::Reply200_400_403<
    super::models::PaginatedNotificationRuleList,
>;

/// Query and header parameters of [`Events::rules_list`] (`events_rules_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RulesListQuery {
    #[serde(rename = "destination_group__name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_group_name: Option<String>,
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
    /// Controls which severity level the created notifications will have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<super::models::SeverityEnum>,
}

/// What [`Events::rules_partial_update`] returns (`events_rules_partial_update`).
pub type RulesPartialUpdateResponse = super::Reply200_400_403<
    super::models::NotificationRule,
>;

/// What [`Events::rules_retrieve`] returns (`events_rules_retrieve`).
pub type RulesRetrieveResponse = super::Reply200_400_403<
    super::models::NotificationRule,
>;

/// What [`Events::rules_update`] returns (`events_rules_update`).
pub type RulesUpdateResponse = super::Reply200_400_403<super::models::NotificationRule>;

/// What [`Events::rules_used_by_list`] returns (`events_rules_used_by_list`).
pub type RulesUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Events::transports_create`] returns (`events_transports_create`).
pub type TransportsCreateResponse = super::Reply201_400_403<
    super::models::NotificationTransport,
>;

/// What [`Events::transports_destroy`] returns (`events_transports_destroy`).
pub type TransportsDestroyResponse = super::Reply204_400_403;

/// What [`Events::transports_list`] returns (`events_transports_list`).
pub type TransportsListResponse = super::Reply200_400_403<
    super::models::PaginatedNotificationTransportList,
>;

/// Query and header parameters of [`Events::transports_list`] (`events_transports_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransportsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::models::TransportModeEnum>,
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
    pub send_once: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}

/// What [`Events::transports_partial_update`] returns (`events_transports_partial_update`).
pub type TransportsPartialUpdateResponse = super::Reply200_400_403<
    super::models::NotificationTransport,
>;

/// What [`Events::transports_retrieve`] returns (`events_transports_retrieve`).
pub type TransportsRetrieveResponse = super::Reply200_400_403<
    super::models::NotificationTransport,
>;

/// What [`Events::transports_test_create`] returns (`events_transports_test_create`).
pub type TransportsTestCreateResponse = super::Reply200_400_403_500<
    super::models::NotificationTransportTest,
>;

/// What [`Events::transports_update`] returns (`events_transports_update`).
pub type TransportsUpdateResponse = super::Reply200_400_403<
    super::models::NotificationTransport,
>;

/// What [`Events::transports_used_by_list`] returns (`events_transports_used_by_list`).
pub type TransportsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
