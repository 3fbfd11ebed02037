//! Operations tagged `ssf` (3).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `ssf`: `client.ssf()`.
#[derive(Clone, Copy, Debug)]
pub struct SsfApi<'a> {
    pub(super) client: &'a super::Client,
}

impl SsfApi<'_> {
    /// SSFStream Viewset
    ///
    /// `DELETE /ssf/streams/{uuid}/` (`ssf_streams_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this SSF Stream.
    pub fn streams_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/ssf/streams/{uuid}/" "ssf_streams_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn streams_list_request(&self, params: &StreamsListParams) -> rt::Request {
        rt::operation!(Get "/ssf/streams/" "ssf_streams_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/` (`ssf_streams_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`StreamsListParams`].
    pub fn streams_list(
        &self,
        params: &StreamsListParams,
    ) -> ResponseFuture<models::PaginatedSSFStreamList> {
        self.streams_list_request(params).send_json()
    }

    /// Every item of [`SsfApi::streams_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn streams_list_stream(
        &self,
        params: &StreamsListParams,
    ) -> PageStream<models::SSFStream> {
        self.streams_list_request(params).paginate()
    }

    /// SSFStream Viewset
    ///
    /// `GET /ssf/streams/{uuid}/` (`ssf_streams_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `uuid`: A UUID string identifying this SSF Stream.
    pub fn streams_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::SSFStream> {
        rt::operation!(Get "/ssf/streams/{uuid}/" "ssf_streams_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`SsfApi::streams_list`] (`ssf_streams_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct StreamsListParams {
        pub delivery_method: Option<models::DeliveryMethodEnum> => query "delivery_method",
        pub endpoint_url: Option<String> => query "endpoint_url",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub provider: Option<i64> => query "provider",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
