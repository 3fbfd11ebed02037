//! Operations tagged `oauth2` (12).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
    pub fn access_tokens_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/oauth2/access_tokens/{id}/" "oauth2_access_tokens_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn access_tokens_list_request(
        &self,
        params: &AccessTokensListParams,
    ) -> rt::Request {
        rt::operation!(Get "/oauth2/access_tokens/" "oauth2_access_tokens_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedTokenModelList> {
        self.access_tokens_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::access_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn access_tokens_list_stream(
        &self,
        params: &AccessTokensListParams,
    ) -> PageStream<models::TokenModel> {
        self.access_tokens_list_request(params).paginate()
    }

    /// AccessToken Viewset
    ///
    /// `GET /oauth2/access_tokens/{id}/` (`oauth2_access_tokens_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Access Token.
    pub fn access_tokens_retrieve(&self, id: i64) -> ResponseFuture<models::TokenModel> {
        rt::operation!(
            Get "/oauth2/access_tokens/{id}/" "oauth2_access_tokens_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/oauth2/access_tokens/{id}/used_by/" "oauth2_access_tokens_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// AuthorizationCode Viewset
    ///
    /// `DELETE /oauth2/authorization_codes/{id}/` (`oauth2_authorization_codes_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Authorization Code.
    pub fn authorization_codes_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/oauth2/authorization_codes/{id}/"
            "oauth2_authorization_codes_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn authorization_codes_list_request(
        &self,
        params: &AuthorizationCodesListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/oauth2/authorization_codes/" "oauth2_authorization_codes_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedExpiringBaseGrantModelList> {
        self.authorization_codes_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::authorization_codes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn authorization_codes_list_stream(
        &self,
        params: &AuthorizationCodesListParams,
    ) -> PageStream<models::ExpiringBaseGrantModel> {
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
    ) -> ResponseFuture<models::ExpiringBaseGrantModel> {
        rt::operation!(
            Get "/oauth2/authorization_codes/{id}/" "oauth2_authorization_codes_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/oauth2/authorization_codes/{id}/used_by/"
            "oauth2_authorization_codes_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// RefreshToken Viewset
    ///
    /// `DELETE /oauth2/refresh_tokens/{id}/` (`oauth2_refresh_tokens_destroy`).
    ///
    /// - `id`: A unique integer value identifying this OAuth2 Refresh Token.
    pub fn refresh_tokens_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/oauth2/refresh_tokens/{id}/" "oauth2_refresh_tokens_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn refresh_tokens_list_request(
        &self,
        params: &RefreshTokensListParams,
    ) -> rt::Request {
        rt::operation!(Get "/oauth2/refresh_tokens/" "oauth2_refresh_tokens_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedTokenModelList> {
        self.refresh_tokens_list_request(params).send_json()
    }

    /// Every item of [`Oauth2Api::refresh_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn refresh_tokens_list_stream(
        &self,
        params: &RefreshTokensListParams,
    ) -> PageStream<models::TokenModel> {
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
    ) -> ResponseFuture<models::TokenModel> {
        rt::operation!(
            Get "/oauth2/refresh_tokens/{id}/" "oauth2_refresh_tokens_retrieve"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/oauth2/refresh_tokens/{id}/used_by/"
            "oauth2_refresh_tokens_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`Oauth2Api::access_tokens_list`] (`oauth2_access_tokens_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AccessTokensListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`Oauth2Api::authorization_codes_list`] (`oauth2_authorization_codes_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthorizationCodesListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`Oauth2Api::refresh_tokens_list`] (`oauth2_refresh_tokens_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RefreshTokensListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user: Option<i64> => query "user",
    }
}
