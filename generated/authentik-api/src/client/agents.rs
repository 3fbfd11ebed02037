//! Operations tagged `agents` (6).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `agents`: `client.agents()`.
#[derive(Clone, Copy, Debug)]
pub struct AgentsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl AgentsApi<'_> {
    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `POST /agents/agents/` (`agents_agents_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_create(
        &self,
        body: &models::AgentCreateRequest,
    ) -> ResponseFuture<models::AgentCreated> {
        rt::operation!(Post "/agents/agents/" "agents_agents_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `DELETE /agents/agents/{id}/` (`agents_agents_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(Delete "/agents/agents/{id}/" "agents_agents_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn agents_list_request(&self, params: &AgentsListParams) -> rt::Request {
        rt::operation!(Get "/agents/agents/" "agents_agents_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `GET /agents/agents/` (`agents_agents_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`AgentsListParams`].
    pub fn agents_list(
        &self,
        params: &AgentsListParams,
    ) -> ResponseFuture<models::PaginatedAgentList> {
        self.agents_list_request(params).send_json()
    }

    /// Every item of [`AgentsApi::agents_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_list_stream(
        &self,
        params: &AgentsListParams,
    ) -> PageStream<models::Agent> {
        self.agents_list_request(params).paginate()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PATCH /agents/agents/{id}/` (`agents_agents_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_partial_update(
        &self,
        id: i64,
        body: &models::PatchedAgentRequest,
    ) -> ResponseFuture<models::Agent> {
        rt::operation!(Patch "/agents/agents/{id}/" "agents_agents_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `GET /agents/agents/{id}/` (`agents_agents_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_retrieve(&self, id: i64) -> ResponseFuture<models::Agent> {
        rt::operation!(Get "/agents/agents/{id}/" "agents_agents_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PUT /agents/agents/{id}/` (`agents_agents_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_update(
        &self,
        id: i64,
        body: &models::AgentRequest,
    ) -> ResponseFuture<models::Agent> {
        rt::operation!(Put "/agents/agents/{id}/" "agents_agents_update");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`AgentsApi::agents_list`] (`agents_agents_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AgentsListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub parent: Option<i64> => query "parent",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
