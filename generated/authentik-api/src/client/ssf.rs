//! Operations tagged `ssf` (3).
use super::runtime::client as rt;

/// The operations tagged `ssf`: `client.ssf()`.
#[derive(Clone, Copy, Debug)]
pub struct SsfApi<'a> {
    pub(super) client: &'a super::Client,
}

impl SsfApi<'_> {
    /// SSFStream Viewset
    ///
    /// `DELETE /ssf/streams/{uuid}/` (`ssf_streams_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this SSF Stream.
    pub fn streams_destroy(&self, uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "ssf_streams_destroy",
            method: rt::Method::Delete,
            path: "/ssf/streams/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn streams_list_request(&self, params: &StreamsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "ssf_streams_list",
            method: rt::Method::Get,
            path: "/ssf/streams/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("delivery_method", &params.delivery_method);
        request.query("endpoint_url", &params.endpoint_url);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("provider", &params.provider);
        request.query("search", &params.search);
        request
    }

    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/` (`ssf_streams_list`).
    ///
    /// Optional parameters: [`StreamsListParams`].
    pub fn streams_list(
        &self,
        params: &StreamsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedSSFStreamList> {
        self.streams_list_request(params).send_json()
    }

    /// Every item of [`SsfApi::streams_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn streams_list_stream(
        &self,
        params: &StreamsListParams,
    ) -> super::PageStream<super::models::SSFStream> {
        self.streams_list_request(params).paginate()
    }

    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/{uuid}/` (`ssf_streams_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this SSF Stream.
    pub fn streams_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::SSFStream> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "ssf_streams_retrieve",
            method: rt::Method::Get,
            path: "/ssf/streams/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

/// Optional parameters of [`SsfApi::streams_list`] (`ssf_streams_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StreamsListParams {
    /// Query parameter `delivery_method`.
    pub delivery_method: Option<super::models::DeliveryMethodEnum>,
    /// Query parameter `endpoint_url`.
    pub endpoint_url: Option<String>,
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
}
