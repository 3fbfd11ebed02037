//! Operations tagged `oauth2` (12).
use super::runtime::client as rt;

/// The operations tagged `oauth2`: `client.oauth2()`.
#[derive(Clone, Copy, Debug)]
pub struct Oauth2Api<'a> {
    pub(super) client: &'a super::Client,
}

impl Oauth2Api<'_> {
    /// AccessToken Viewset
    ///
    /// `DELETE /oauth2/access_tokens/{id}/` (`oauth2_access_tokens_destroy`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Access Token.
    pub fn access_tokens_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_access_tokens_destroy",
            method: rt::Method::Delete,
            path: "/oauth2/access_tokens/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn access_tokens_list_request(
        &self,
        params: &AccessTokensListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_access_tokens_list",
            method: rt::Method::Get,
            path: "/oauth2/access_tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("user", &params.user);
        request
    }

    /// AccessToken Viewset
    ///
    /// `GET /oauth2/access_tokens/` (`oauth2_access_tokens_list`).
    ///
    /// Optional parameters: [`AccessTokensListParams`].
    pub fn access_tokens_list(
        &self,
        params: &AccessTokensListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTokenModelList> {
        self.access_tokens_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::access_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn access_tokens_list_stream(
        &self,
        params: &AccessTokensListParams,
    ) -> super::PageStream<super::models::TokenModel> {
        self.access_tokens_list_request(params).paginate()
    }

    /// AccessToken Viewset
    ///
    /// `GET /oauth2/access_tokens/{id}/` (`oauth2_access_tokens_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Access Token.
    pub fn access_tokens_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::TokenModel> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_access_tokens_retrieve",
            method: rt::Method::Get,
            path: "/oauth2/access_tokens/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/access_tokens/{id}/used_by/` (`oauth2_access_tokens_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Access Token.
    pub fn access_tokens_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_access_tokens_used_by_list",
            method: rt::Method::Get,
            path: "/oauth2/access_tokens/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// AuthorizationCode Viewset
    ///
    /// `DELETE /oauth2/authorization_codes/{id}/` (`oauth2_authorization_codes_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Authorization Code.
    pub fn authorization_codes_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_authorization_codes_destroy",
            method: rt::Method::Delete,
            path: "/oauth2/authorization_codes/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn authorization_codes_list_request(
        &self,
        params: &AuthorizationCodesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_authorization_codes_list",
            method: rt::Method::Get,
            path: "/oauth2/authorization_codes/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("user", &params.user);
        request
    }

    /// AuthorizationCode Viewset
    ///
    /// `GET /oauth2/authorization_codes/` (`oauth2_authorization_codes_list`).
    ///
    /// Optional parameters: [`AuthorizationCodesListParams`].
    pub fn authorization_codes_list(
        &self,
        params: &AuthorizationCodesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedExpiringBaseGrantModelList> {
        self.authorization_codes_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::authorization_codes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authorization_codes_list_stream(
        &self,
        params: &AuthorizationCodesListParams,
    ) -> super::PageStream<super::models::ExpiringBaseGrantModel> {
        self.authorization_codes_list_request(params).paginate()
    }

    /// AuthorizationCode Viewset
    ///
    /// `GET /oauth2/authorization_codes/{id}/` (`oauth2_authorization_codes_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Authorization Code.
    pub fn authorization_codes_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::ExpiringBaseGrantModel> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_authorization_codes_retrieve",
            method: rt::Method::Get,
            path: "/oauth2/authorization_codes/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/authorization_codes/{id}/used_by/` (`oauth2_authorization_codes_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Authorization Code.
    pub fn authorization_codes_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_authorization_codes_used_by_list",
            method: rt::Method::Get,
            path: "/oauth2/authorization_codes/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RefreshToken Viewset
    ///
    /// `DELETE /oauth2/refresh_tokens/{id}/` (`oauth2_refresh_tokens_destroy`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Refresh Token.
    pub fn refresh_tokens_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_refresh_tokens_destroy",
            method: rt::Method::Delete,
            path: "/oauth2/refresh_tokens/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn refresh_tokens_list_request(
        &self,
        params: &RefreshTokensListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_refresh_tokens_list",
            method: rt::Method::Get,
            path: "/oauth2/refresh_tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request.query("user", &params.user);
        request
    }

    /// RefreshToken Viewset
    ///
    /// `GET /oauth2/refresh_tokens/` (`oauth2_refresh_tokens_list`).
    ///
    /// Optional parameters: [`RefreshTokensListParams`].
    pub fn refresh_tokens_list(
        &self,
        params: &RefreshTokensListParams,
    ) -> super::ResponseFuture<super::models::PaginatedTokenModelList> {
        self.refresh_tokens_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::refresh_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn refresh_tokens_list_stream(
        &self,
        params: &RefreshTokensListParams,
    ) -> super::PageStream<super::models::TokenModel> {
        self.refresh_tokens_list_request(params).paginate()
    }

    /// RefreshToken Viewset
    ///
    /// `GET /oauth2/refresh_tokens/{id}/` (`oauth2_refresh_tokens_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Refresh Token.
    pub fn refresh_tokens_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::TokenModel> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_refresh_tokens_retrieve",
            method: rt::Method::Get,
            path: "/oauth2/refresh_tokens/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /oauth2/refresh_tokens/{id}/used_by/` (`oauth2_refresh_tokens_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Refresh Token.
    pub fn refresh_tokens_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "oauth2_refresh_tokens_used_by_list",
            method: rt::Method::Get,
            path: "/oauth2/refresh_tokens/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`Oauth2Api::access_tokens_list`] (`oauth2_access_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccessTokensListParams {
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
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`Oauth2Api::authorization_codes_list`] (`oauth2_authorization_codes_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthorizationCodesListParams {
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
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`Oauth2Api::refresh_tokens_list`] (`oauth2_refresh_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RefreshTokensListParams {
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
    /// Query parameter `user`.
    pub user: Option<i64>,
}
