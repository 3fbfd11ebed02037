//! Operations tagged `agents` (6).
use super::runtime::client as rt;

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
    pub fn agents_create(
        &self,
        body: &super::models::AgentCreateRequest,
    ) -> super::ResponseFuture<super::models::AgentCreated> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_create",
            method: rt::Method::Post,
            path: "/agents/agents/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `DELETE /agents/agents/{id}/` (`agents_agents_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_destroy",
            method: rt::Method::Delete,
            path: "/agents/agents/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn agents_list_request(&self, params: &AgentsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_list",
            method: rt::Method::Get,
            path: "/agents/agents/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("parent", &params.parent);
        request.query("search", &params.search);
        request
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `GET /agents/agents/` (`agents_agents_list`).
    ///
    /// Optional parameters: [`AgentsListParams`].
    pub fn agents_list(
        &self,
        params: &AgentsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedAgentList> {
        self.agents_list_request(params).send_json()
    }

    /// Every item of [`AgentsApi::agents_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_list_stream(
        &self,
        params: &AgentsListParams,
    ) -> super::PageStream<super::models::Agent> {
        self.agents_list_request(params).paginate()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PATCH /agents/agents/{id}/` (`agents_agents_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedAgentRequest,
    ) -> super::ResponseFuture<super::models::Agent> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_partial_update",
            method: rt::Method::Patch,
            path: "/agents/agents/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::Agent> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_retrieve",
            method: rt::Method::Get,
            path: "/agents/agents/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Admin-provisioned delegate identities. An admin creates a Agent for a given
    /// parent user, then grants it access the same way as any other User -- ordinary
    /// PolicyBindings pointed at whatever it needs.
    ///
    /// `PUT /agents/agents/{id}/` (`agents_agents_update`).
    ///
    /// - `id`: A unique integer value identifying this Agent.
    pub fn agents_update(
        &self,
        id: i64,
        body: &super::models::AgentRequest,
    ) -> super::ResponseFuture<super::models::Agent> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "agents_agents_update",
            method: rt::Method::Put,
            path: "/agents/agents/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }
}

/// Optional parameters of [`AgentsApi::agents_list`] (`agents_agents_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgentsListParams {
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
    /// Query parameter `parent`.
    pub parent: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
