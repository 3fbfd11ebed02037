//! Operations tagged `reports` (3).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `reports`: `client.reports()`.
#[derive(Clone, Copy, Debug)]
pub struct ReportsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl ReportsApi<'_> {
    /// `DELETE /reports/exports/{id}/` (`reports_exports_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Data Export.
    pub fn exports_destroy(&self, id: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/reports/exports/{id}/" "reports_exports_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn exports_list_request(&self, params: &ExportsListParams) -> rt::Request {
        rt::operation!(Get "/reports/exports/" "reports_exports_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// `GET /reports/exports/` (`reports_exports_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`ExportsListParams`].
    pub fn exports_list(
        &self,
        params: &ExportsListParams,
    ) -> ResponseFuture<models::PaginatedDataExportList> {
        self.exports_list_request(params).send_json()
    }

    /// Every item of [`ReportsApi::exports_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn exports_list_stream(
        &self,
        params: &ExportsListParams,
    ) -> PageStream<models::DataExport> {
        self.exports_list_request(params).paginate()
    }

    /// `GET /reports/exports/{id}/` (`reports_exports_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `id`: A UUID string identifying this Data Export.
    pub fn exports_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> ResponseFuture<models::DataExport> {
        rt::operation!(Get "/reports/exports/{id}/" "reports_exports_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`ReportsApi::exports_list`] (`reports_exports_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ExportsListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
