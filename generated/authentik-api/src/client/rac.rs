//! Operations tagged `rac` (13).
use super::runtime::client as rt;

/// The operations tagged `rac`: `client.rac()`.
#[derive(Clone, Copy, Debug)]
pub struct RacApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RacApi<'_> {
    /// ConnectionToken Viewset
    ///
    /// `DELETE /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_destroy`).
    ///
    /// - `connection_token_uuid`: A UUID string identifying this RAC Connection token.
    pub fn connection_tokens_destroy(
        &self,
        connection_token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_destroy",
            method: rt::Method::Delete,
            path: "/rac/connection_tokens/{connection_token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.send_empty()
    }

    fn connection_tokens_list_request(
        &self,
        params: &ConnectionTokensListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_list",
            method: rt::Method::Get,
            path: "/rac/connection_tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("endpoint", &params.endpoint);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("session__user", &params.session_user);
        request
    }

    /// ConnectionToken Viewset
    ///
    /// `GET /rac/connection_tokens/` (`rac_connection_tokens_list`).
    ///
    /// Optional parameters: [`ConnectionTokensListParams`].
    pub fn connection_tokens_list(
        &self,
        params: &ConnectionTokensListParams,
    ) -> super::ResponseFuture<super::models::PaginatedConnectionTokenList> {
        self.connection_tokens_list_request(params).send_json()
    }

    /// Every item of [`RacApi::connection_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn connection_tokens_list_stream(
        &self,
        params: &ConnectionTokensListParams,
    ) -> super::PageStream<super::models::ConnectionToken> {
        self.connection_tokens_list_request(params).paginate()
    }

    /// ConnectionToken Viewset
    ///
    /// `PATCH /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_partial_update`).
    ///
    /// - `connection_token_uuid`: A UUID string identifying this RAC Connection token.
    pub fn connection_tokens_partial_update(
        &self,
        connection_token_uuid: ::uuid::Uuid,
        body: &super::models::PatchedConnectionTokenRequest,
    ) -> super::ResponseFuture<super::models::ConnectionToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_partial_update",
            method: rt::Method::Patch,
            path: "/rac/connection_tokens/{connection_token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.json(body);
        request.send_json()
    }

    /// ConnectionToken Viewset
    ///
    /// `GET /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_retrieve`).
    ///
    /// - `connection_token_uuid`: A UUID string identifying this RAC Connection token.
    pub fn connection_tokens_retrieve(
        &self,
        connection_token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ConnectionToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_retrieve",
            method: rt::Method::Get,
            path: "/rac/connection_tokens/{connection_token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.send_json()
    }

    /// ConnectionToken Viewset
    ///
    /// `PUT /rac/connection_tokens/{connection_token_uuid}/` (`rac_connection_tokens_update`).
    ///
    /// - `connection_token_uuid`: A UUID string identifying this RAC Connection token.
    pub fn connection_tokens_update(
        &self,
        connection_token_uuid: ::uuid::Uuid,
        body: &super::models::ConnectionTokenRequest,
    ) -> super::ResponseFuture<super::models::ConnectionToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_update",
            method: rt::Method::Put,
            path: "/rac/connection_tokens/{connection_token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /rac/connection_tokens/{connection_token_uuid}/used_by/` (`rac_connection_tokens_used_by_list`).
    ///
    /// - `connection_token_uuid`: A UUID string identifying this RAC Connection token.
    pub fn connection_tokens_used_by_list(
        &self,
        connection_token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_connection_tokens_used_by_list",
            method: rt::Method::Get,
            path: "/rac/connection_tokens/{connection_token_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `POST /rac/endpoints/` (`rac_endpoints_create`).
    pub fn endpoints_create(
        &self,
        body: &super::models::EndpointRequest,
    ) -> super::ResponseFuture<super::models::Endpoint> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_create",
            method: rt::Method::Post,
            path: "/rac/endpoints/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `DELETE /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_destroy",
            method: rt::Method::Delete,
            path: "/rac/endpoints/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn endpoints_list_request(&self, params: &EndpointsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_list",
            method: rt::Method::Get,
            path: "/rac/endpoints/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("superuser_full_list", &params.superuser_full_list);
        request
    }

    /// List accessible endpoints
    ///
    /// `GET /rac/endpoints/` (`rac_endpoints_list`).
    ///
    /// Optional parameters: [`EndpointsListParams`].
    pub fn endpoints_list(
        &self,
        params: &EndpointsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEndpointList> {
        self.endpoints_list_request(params).send_json()
    }

    /// Every item of [`RacApi::endpoints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoints_list_stream(
        &self,
        params: &EndpointsListParams,
    ) -> super::PageStream<super::models::Endpoint> {
        self.endpoints_list_request(params).paginate()
    }

    /// Endpoint Viewset
    ///
    /// `PATCH /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_partial_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedEndpointRequest,
    ) -> super::ResponseFuture<super::models::Endpoint> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_partial_update",
            method: rt::Method::Patch,
            path: "/rac/endpoints/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `GET /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_retrieve`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Endpoint> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_retrieve",
            method: rt::Method::Get,
            path: "/rac/endpoints/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `PUT /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::EndpointRequest,
    ) -> super::ResponseFuture<super::models::Endpoint> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_update",
            method: rt::Method::Put,
            path: "/rac/endpoints/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /rac/endpoints/{pbm_uuid}/used_by/` (`rac_endpoints_used_by_list`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rac_endpoints_used_by_list",
            method: rt::Method::Get,
            path: "/rac/endpoints/{pbm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`RacApi::connection_tokens_list`] (`rac_connection_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConnectionTokensListParams {
    /// Query parameter `endpoint`.
    pub endpoint: Option<::uuid::Uuid>,
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
    /// Query parameter `provider`.
    pub provider: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `session__user`.
    pub session_user: Option<i64>,
}

/// Optional parameters of [`RacApi::endpoints_list`] (`rac_endpoints_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointsListParams {
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
    /// Query parameter `provider`.
    pub provider: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `superuser_full_list`.
    pub superuser_full_list: Option<bool>,
}
