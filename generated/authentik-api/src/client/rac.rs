//! Operations tagged `rac` (13).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/rac/connection_tokens/{connection_token_uuid}/"
            "rac_connection_tokens_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.send_empty()
    }

    fn connection_tokens_list_request(
        &self,
        params: &ConnectionTokensListParams,
    ) -> rt::Request {
        rt::operation!(Get "/rac/connection_tokens/" "rac_connection_tokens_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedConnectionTokenList> {
        self.connection_tokens_list_request(params).send_json()
    }

    /// Every item of [`RacApi::connection_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn connection_tokens_list_stream(
        &self,
        params: &ConnectionTokensListParams,
    ) -> PageStream<models::ConnectionToken> {
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
        body: &models::PatchedConnectionTokenRequest,
    ) -> ResponseFuture<models::ConnectionToken> {
        rt::operation!(
            Patch "/rac/connection_tokens/{connection_token_uuid}/"
            "rac_connection_tokens_partial_update"
        );
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
    ) -> ResponseFuture<models::ConnectionToken> {
        rt::operation!(
            Get "/rac/connection_tokens/{connection_token_uuid}/"
            "rac_connection_tokens_retrieve"
        );
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
        body: &models::ConnectionTokenRequest,
    ) -> ResponseFuture<models::ConnectionToken> {
        rt::operation!(
            Put "/rac/connection_tokens/{connection_token_uuid}/"
            "rac_connection_tokens_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/rac/connection_tokens/{connection_token_uuid}/used_by/"
            "rac_connection_tokens_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connection_token_uuid", &connection_token_uuid);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `POST /rac/endpoints/` (`rac_endpoints_create`).
    pub fn endpoints_create(
        &self,
        body: &models::EndpointRequest,
    ) -> ResponseFuture<models::Endpoint> {
        rt::operation!(Post "/rac/endpoints/" "rac_endpoints_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Endpoint Viewset
    ///
    /// `DELETE /rac/endpoints/{pbm_uuid}/` (`rac_endpoints_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this RAC Endpoint.
    pub fn endpoints_destroy(&self, pbm_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/rac/endpoints/{pbm_uuid}/" "rac_endpoints_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn endpoints_list_request(&self, params: &EndpointsListParams) -> rt::Request {
        rt::operation!(
            Get "/rac/endpoints/" "rac_endpoints_list"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedEndpointList> {
        self.endpoints_list_request(params).send_json()
    }

    /// Every item of [`RacApi::endpoints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn endpoints_list_stream(
        &self,
        params: &EndpointsListParams,
    ) -> PageStream<models::Endpoint> {
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
        body: &models::PatchedEndpointRequest,
    ) -> ResponseFuture<models::Endpoint> {
        rt::operation!(
            Patch "/rac/endpoints/{pbm_uuid}/" "rac_endpoints_partial_update"
        );
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
    ) -> ResponseFuture<models::Endpoint> {
        rt::operation!(Get "/rac/endpoints/{pbm_uuid}/" "rac_endpoints_retrieve");
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
        body: &models::EndpointRequest,
    ) -> ResponseFuture<models::Endpoint> {
        rt::operation!(Put "/rac/endpoints/{pbm_uuid}/" "rac_endpoints_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/rac/endpoints/{pbm_uuid}/used_by/" "rac_endpoints_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`RacApi::connection_tokens_list`] (`rac_connection_tokens_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ConnectionTokensListParams {
        pub endpoint: Option<::uuid::Uuid> => query "endpoint",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub session_user: Option<i64> => query "session__user",
    }
}

rt::params! {
    /// Optional parameters of [`RacApi::endpoints_list`] (`rac_endpoints_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EndpointsListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub superuser_full_list: Option<bool> => query "superuser_full_list",
    }
}
