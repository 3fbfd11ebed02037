//! Server side of the operations tagged `outposts` (34).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `outposts`. Implement those you serve, then
/// `Server::new().outposts(service)` or [`router`]; the others go to
/// [`Outposts::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Outposts: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Outpost Viewset
    ///
    /// `POST /outposts/instances/` (`outposts_instances_create`).
    fn instances_create(
        &self,
        auth: rt::Auth,
        body: super::models::OutpostRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Global default outpost config
    ///
    /// `GET /outposts/instances/default_settings/` (`outposts_instances_default_settings_retrieve`).
    fn instances_default_settings_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesDefaultSettingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_default_settings_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Outpost Viewset
    ///
    /// `DELETE /outposts/instances/{uuid}/` (`outposts_instances_destroy`).
    fn instances_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Get outposts current health
    ///
    /// `GET /outposts/instances/{uuid}/health/` (`outposts_instances_health_list`).
    fn instances_health_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        query: InstancesHealthListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesHealthListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_health_list",
            auth,
            rt::Args::new().param("uuid", &uuid).params(&query),
        )
    }
    /// Outpost Viewset
    ///
    /// `GET /outposts/instances/` (`outposts_instances_list`).
    fn instances_list(
        &self,
        auth: rt::Auth,
        query: InstancesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<InstancesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Outpost Viewset
    ///
    /// `PATCH /outposts/instances/{uuid}/` (`outposts_instances_partial_update`).
    fn instances_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedOutpostRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Outpost Viewset
    ///
    /// `GET /outposts/instances/{uuid}/` (`outposts_instances_retrieve`).
    fn instances_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Outpost Viewset
    ///
    /// `PUT /outposts/instances/{uuid}/` (`outposts_instances_update`).
    fn instances_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::OutpostRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/instances/{uuid}/used_by/` (`outposts_instances_used_by_list`).
    fn instances_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<InstancesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_instances_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Check access to a single application by slug
    ///
    /// `GET /outposts/ldap/{id}/check_access/` (`outposts_ldap_access_check`).
    fn ldap_access_check(
        &self,
        auth: rt::Auth,
        id: i64,
        query: LdapAccessCheckQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<LdapAccessCheckResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_ldap_access_check",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// LDAPProvider Viewset
    ///
    /// `GET /outposts/ldap/` (`outposts_ldap_list`).
    fn ldap_list(
        &self,
        auth: rt::Auth,
        query: LdapListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<LdapListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "outposts_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ProxyProvider Viewset
    ///
    /// `GET /outposts/proxy/` (`outposts_proxy_list`).
    fn proxy_list(
        &self,
        auth: rt::Auth,
        query: ProxyListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ProxyListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "outposts_proxy_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Check access to a single application by slug
    ///
    /// `GET /outposts/radius/{id}/check_access/` (`outposts_radius_access_check`).
    fn radius_access_check(
        &self,
        auth: rt::Auth,
        id: i64,
        query: RadiusAccessCheckQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<RadiusAccessCheckResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_radius_access_check",
            auth,
            rt::Args::new().param("id", &id).params(&query),
        )
    }
    /// RadiusProvider Viewset
    ///
    /// `GET /outposts/radius/` (`outposts_radius_list`).
    fn radius_list(
        &self,
        auth: rt::Auth,
        query: RadiusListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<RadiusListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "outposts_radius_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/all/{uuid}/` (`outposts_service_connections_all_destroy`).
    fn service_connections_all_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// ServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/all/` (`outposts_service_connections_all_list`).
    fn service_connections_all_list(
        &self,
        auth: rt::Auth,
        query: ServiceConnectionsAllListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/all/{uuid}/` (`outposts_service_connections_all_retrieve`).
    fn service_connections_all_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Get the service connection's state
    ///
    /// `GET /outposts/service_connections/all/{uuid}/state/` (`outposts_service_connections_all_state_retrieve`).
    fn service_connections_all_state_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllStateRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_state_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /outposts/service_connections/all/types/` (`outposts_service_connections_all_types_list`).
    fn service_connections_all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllTypesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_types_list",
            auth,
            rt::Args::new(),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/all/{uuid}/used_by/` (`outposts_service_connections_all_used_by_list`).
    fn service_connections_all_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsAllUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_all_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/docker/` (`outposts_service_connections_docker_create`).
    fn service_connections_docker_create(
        &self,
        auth: rt::Auth,
        body: super::models::DockerServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_destroy`).
    fn service_connections_docker_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/docker/` (`outposts_service_connections_docker_list`).
    fn service_connections_docker_list(
        &self,
        auth: rt::Auth,
        query: ServiceConnectionsDockerListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `PATCH /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_partial_update`).
    fn service_connections_docker_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedDockerServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_retrieve`).
    fn service_connections_docker_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// DockerServiceConnection Viewset
    ///
    /// `PUT /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_update`).
    fn service_connections_docker_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::DockerServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/docker/{uuid}/used_by/` (`outposts_service_connections_docker_used_by_list`).
    fn service_connections_docker_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsDockerUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_docker_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/kubernetes/` (`outposts_service_connections_kubernetes_create`).
    fn service_connections_kubernetes_create(
        &self,
        auth: rt::Auth,
        body: super::models::KubernetesServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_destroy`).
    fn service_connections_kubernetes_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/kubernetes/` (`outposts_service_connections_kubernetes_list`).
    fn service_connections_kubernetes_list(
        &self,
        auth: rt::Auth,
        query: ServiceConnectionsKubernetesListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `PATCH /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_partial_update`).
    fn service_connections_kubernetes_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedKubernetesServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_retrieve`).
    fn service_connections_kubernetes_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// KubernetesServiceConnection Viewset
    ///
    /// `PUT /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_update`).
    fn service_connections_kubernetes_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::KubernetesServiceConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/kubernetes/{uuid}/used_by/` (`outposts_service_connections_kubernetes_used_by_list`).
    fn service_connections_kubernetes_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ServiceConnectionsKubernetesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "outposts_service_connections_kubernetes_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Outposts>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "outposts_instances_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_default_settings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_default_settings_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_destroy(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_health_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_health_list(
                            input.auth(),
                            input.path("uuid")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.instances_retrieve(input.auth(), input.path("uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_instances_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .instances_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_ldap_access_check",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .ldap_access_check(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.ldap_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_proxy_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.proxy_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_radius_access_check",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .radius_access_check(
                            input.auth(),
                            input.path("id")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_radius_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.radius_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_all_destroy(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_all_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_all_retrieve(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_state_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_all_state_retrieve(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.service_connections_all_types_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_all_used_by_list(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_destroy(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_retrieve(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_docker_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_docker_used_by_list(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_create(
                            input.auth(),
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_destroy(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_list(
                            input.auth(),
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_retrieve(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "outposts_service_connections_kubernetes_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .service_connections_kubernetes_used_by_list(
                            input.auth(),
                            input.path("uuid")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `outposts` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Outposts>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Outposts for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Outposts::instances_create`] returns (`outposts_instances_create`).
pub type InstancesCreateResponse = super::Reply201_400_403<super::models::Outpost>;

/// What [`Outposts::instances_default_settings_retrieve`] returns (`outposts_instances_default_settings_retrieve`).
pub type InstancesDefaultSettingsRetrieveResponse = super::Reply200_400_403<
    super::models::OutpostDefaultConfig,
>;

/// What [`Outposts::instances_destroy`] returns (`outposts_instances_destroy`).
pub type InstancesDestroyResponse = super::Reply204_400_403;

/// What [`Outposts::instances_health_list`] returns (`outposts_instances_health_list`).
pub type InstancesHealthListResponse = super::Reply200_400_403<
    Vec<super::models::OutpostHealth>,
>;

/// Query and header parameters of [`Outposts::instances_health_list`] (`outposts_instances_health_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstancesHealthListQuery {
    #[serde(rename = "managed__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_icontains: Option<String>,
    #[serde(rename = "managed__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_iexact: Option<String>,
    #[serde(rename = "name__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_icontains: Option<String>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    #[serde(rename = "providers__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers_by_pk: Option<Vec<i64>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "service_connection__name__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connection_name_icontains: Option<String>,
    #[serde(rename = "service_connection__name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connection_name_iexact: Option<String>,
}

/// What [`Outposts::instances_list`] returns (`outposts_instances_list`).
pub type InstancesListResponse = super::Reply200_400_403<
    super::models::PaginatedOutpostList,
>;

/// Query and header parameters of [`Outposts::instances_list`] (`outposts_instances_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstancesListQuery {
    #[serde(rename = "managed__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_icontains: Option<String>,
    #[serde(rename = "managed__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_iexact: Option<String>,
    #[serde(rename = "name__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_icontains: Option<String>,
    #[serde(rename = "name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_iexact: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "providers__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers_by_pk: Option<Vec<i64>>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(rename = "service_connection__name__icontains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connection_name_icontains: Option<String>,
    #[serde(rename = "service_connection__name__iexact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connection_name_iexact: Option<String>,
}

/// What [`Outposts::instances_partial_update`] returns (`outposts_instances_partial_update`).
pub type InstancesPartialUpdateResponse = super::Reply200_400_403<
    super::models::Outpost,
>;

/// What [`Outposts::instances_retrieve`] returns (`outposts_instances_retrieve`).
pub type InstancesRetrieveResponse = super::Reply200_400_403<super::models::Outpost>;

/// What [`Outposts::instances_update`] returns (`outposts_instances_update`).
pub type InstancesUpdateResponse = super::Reply200_400_403<super::models::Outpost>;

/// What [`Outposts::instances_used_by_list`] returns (`outposts_instances_used_by_list`).
pub type InstancesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Outposts::ldap_access_check`] returns (`outposts_ldap_access_check`).
pub type LdapAccessCheckResponse = super::Reply200_400_403<
    super::models::LDAPCheckAccess,
>;

/// Query and header parameters of [`Outposts::ldap_access_check`] (`outposts_ldap_access_check`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LdapAccessCheckQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_slug: Option<String>,
}

/// What [`Outposts::ldap_list`] returns (`outposts_ldap_list`).
pub type LdapListResponse = super::Reply200_400_403<
    super::models::PaginatedLDAPOutpostConfigList,
>;

/// Query and header parameters of [`Outposts::ldap_list`] (`outposts_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LdapListQuery {
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

/// What [`Outposts::proxy_list`] returns (`outposts_proxy_list`).
pub type ProxyListResponse = super::Reply200_400_403<
    super::models::PaginatedProxyOutpostConfigList,
>;

/// Query and header parameters of [`Outposts::proxy_list`] (`outposts_proxy_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyListQuery {
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

/// What [`Outposts::radius_access_check`] returns (`outposts_radius_access_check`).
pub type RadiusAccessCheckResponse = super::Reply200_400_403<
    super::models::RadiusCheckAccess,
>;

/// Query and header parameters of [`Outposts::radius_access_check`] (`outposts_radius_access_check`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusAccessCheckQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_slug: Option<String>,
}

/// What [`Outposts::radius_list`] returns (`outposts_radius_list`).
pub type RadiusListResponse = super::Reply200_400_403<
    super::models::PaginatedRadiusOutpostConfigList,
>;

/// Query and header parameters of [`Outposts::radius_list`] (`outposts_radius_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusListQuery {
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

/// What [`Outposts::service_connections_all_destroy`] returns (`outposts_service_connections_all_destroy`).
pub type ServiceConnectionsAllDestroyResponse = super::Reply204_400_403;

/// What [`Outposts::service_connections_all_list`] returns (`outposts_service_connections_all_list`).
pub type ServiceConnectionsAllListResponse = super::Reply200_400_403<
    super::models::PaginatedServiceConnectionList,
>;

/// Query and header parameters of [`Outposts::service_connections_all_list`] (`outposts_service_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectionsAllListQuery {
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

/// What [`Outposts::service_connections_all_retrieve`] returns (`outposts_service_connections_all_retrieve`).
pub type ServiceConnectionsAllRetrieveResponse = super::Reply200_400_403<
    super::models::ServiceConnection,
>;

/// What [`Outposts::service_connections_all_state_retrieve`] returns (`outposts_service_connections_all_state_retrieve`).
pub type ServiceConnectionsAllStateRetrieveResponse = super::Reply200_400_403<
    super::models::ServiceConnectionState,
>;

/// What [`Outposts::service_connections_all_types_list`] returns (`outposts_service_connections_all_types_list`).
pub type ServiceConnectionsAllTypesListResponse = super::Reply200_400_403<
    Vec<super::models::TypeCreate>,
>;

/// What [`Outposts::service_connections_all_used_by_list`] returns (`outposts_service_connections_all_used_by_list`).
pub type ServiceConnectionsAllUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Outposts::service_connections_docker_create`] returns (`outposts_service_connections_docker_create`).
pub type ServiceConnectionsDockerCreateResponse = super::Reply201_400_403<
    super::models::DockerServiceConnection,
>;

/// What [`Outposts::service_connections_docker_destroy`] returns (`outposts_service_connections_docker_destroy`).
pub type ServiceConnectionsDockerDestroyResponse = super::Reply204_400_403;

/// What [`Outposts::service_connections_docker_list`] returns (`outposts_service_connections_docker_list`).
pub type ServiceConnectionsDockerListResponse = super::Reply200_400_403<
    super::models::PaginatedDockerServiceConnectionList,
>;

/// Query and header parameters of [`Outposts::service_connections_docker_list`] (`outposts_service_connections_docker_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectionsDockerListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
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
    pub tls_authentication: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_verification: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What [`Outposts::service_connections_docker_partial_update`] returns (`outposts_service_connections_docker_partial_update`).
pub type ServiceConnectionsDockerPartialUpdateResponse = super::Reply200_400_403<
    super::models::DockerServiceConnection,
>;

/// What [`Outposts::service_connections_docker_retrieve`] returns (`outposts_service_connections_docker_retrieve`).
pub type ServiceConnectionsDockerRetrieveResponse = super::Reply200_400_403<
    super::models::DockerServiceConnection,
>;

/// What [`Outposts::service_connections_docker_update`] returns (`outposts_service_connections_docker_update`).
pub type ServiceConnectionsDockerUpdateResponse = super::Reply200_400_403<
    super::models::DockerServiceConnection,
>;

/// What [`Outposts::service_connections_docker_used_by_list`] returns (`outposts_service_connections_docker_used_by_list`).
pub type ServiceConnectionsDockerUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Outposts::service_connections_kubernetes_create`] returns (`outposts_service_connections_kubernetes_create`).
pub type ServiceConnectionsKubernetesCreateResponse = super::Reply201_400_403<
    super::models::KubernetesServiceConnection,
>;

/// What [`Outposts::service_connections_kubernetes_destroy`] returns (`outposts_service_connections_kubernetes_destroy`).
pub type ServiceConnectionsKubernetesDestroyResponse = super::Reply204_400_403;

/// What [`Outposts::service_connections_kubernetes_list`] returns (`outposts_service_connections_kubernetes_list`).
pub type ServiceConnectionsKubernetesListResponse = super::Reply200_400_403<
    super::models::PaginatedKubernetesServiceConnectionList,
>;

/// Query and header parameters of [`Outposts::service_connections_kubernetes_list`] (`outposts_service_connections_kubernetes_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectionsKubernetesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
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

/// What [`Outposts::service_connections_kubernetes_partial_update`] returns (`outposts_service_connections_kubernetes_partial_update`).
pub type ServiceConnectionsKubernetesPartialUpdateResponse = super::Reply200_400_403<
    super::models::KubernetesServiceConnection,
>;

/// What [`Outposts::service_connections_kubernetes_retrieve`] returns (`outposts_service_connections_kubernetes_retrieve`).
pub type ServiceConnectionsKubernetesRetrieveResponse = super::Reply200_400_403<
    super::models::KubernetesServiceConnection,
>;

/// What [`Outposts::service_connections_kubernetes_update`] returns (`outposts_service_connections_kubernetes_update`).
pub type ServiceConnectionsKubernetesUpdateResponse = super::Reply200_400_403<
    super::models::KubernetesServiceConnection,
>;

/// What [`Outposts::service_connections_kubernetes_used_by_list`] returns (`outposts_service_connections_kubernetes_used_by_list`).
pub type ServiceConnectionsKubernetesUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
