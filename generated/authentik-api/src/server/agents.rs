//! Server side of the operations tagged `agents` (6).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `agents`. Implement those you serve, then
/// `Server::new().agents(service)` or [`router`]; the others go to
/// [`Agents::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Agents: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `POST /agents/agents/` (`agents_agents_create`).
    fn agents_create(
        &self,
        auth: rt::Auth,
        body: super::models::AgentCreateRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AgentsCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `DELETE /agents/agents/{id}/` (`agents_agents_destroy`).
    fn agents_destroy(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<AgentsDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_destroy",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `GET /agents/agents/` (`agents_agents_list`).
    fn agents_list(
        &self,
        auth: rt::Auth,
        query: AgentsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AgentsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PATCH /agents/agents/{id}/` (`agents_agents_partial_update`).
    fn agents_partial_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::PatchedAgentRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_partial_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `GET /agents/agents/{id}/` (`agents_agents_retrieve`).
    fn agents_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<Output = rt::Result<AgentsRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PUT /agents/agents/{id}/` (`agents_agents_update`).
    fn agents_update(
        &self,
        auth: rt::Auth,
        id: i64,
        body: super::models::AgentRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AgentsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "agents_agents_update",
            auth,
            rt::Args::new().param("id", &id).body(&body),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Agents>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "agents_agents_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "agents_agents_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_destroy(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "agents_agents_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "agents_agents_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_partial_update(
                            input.auth(),
                            input.path("id")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "agents_agents_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_retrieve(input.auth(), input.path("id")?).await
                })
            },
        ),
        rt::Route::new(
            "agents_agents_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_update(input.auth(), input.path("id")?, input.json()?)
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `agents` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Agents>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Agents for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Agents::agents_create`] returns (`agents_agents_create`).
pub type AgentsCreateResponse = super::Reply201_400_403<super::models::AgentCreated>;

/// What [`Agents::agents_destroy`] returns (`agents_agents_destroy`).
pub type AgentsDestroyResponse = super::Reply204_400_403;

/// What [`Agents::agents_list`] returns (`agents_agents_list`).
pub type AgentsListResponse = super::Reply200_400_403<super::models::PaginatedAgentList>;

/// Query and header parameters of [`Agents::agents_list`] (`agents_agents_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentsListQuery {
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
    pub parent: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Agents::agents_partial_update`] returns (`agents_agents_partial_update`).
pub type AgentsPartialUpdateResponse = super::Reply200_400_403<super::models::Agent>;

/// What [`Agents::agents_retrieve`] returns (`agents_agents_retrieve`).
pub type AgentsRetrieveResponse = super::Reply200_400_403<super::models::Agent>;

/// What [`Agents::agents_update`] returns (`agents_agents_update`).
pub type AgentsUpdateResponse = super::Reply200_400_403<super::models::Agent>;
