//! Operations tagged `reports` (3).
use super::runtime::client as rt;

/// The operations tagged `reports`: `client.reports()`.
#[derive(Clone, Copy, Debug)]
pub struct ReportsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl ReportsApi<'_> {
    /// `DELETE /reports/exports/{id}/` (`reports_exports_destroy`).
    ///
    /// - `id`: A UUID string identifying this Data Export.
    pub fn exports_destroy(&self, id: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "reports_exports_destroy",
            method: rt::Method::Delete,
            path: "/reports/exports/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn exports_list_request(&self, params: &ExportsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "reports_exports_list",
            method: rt::Method::Get,
            path: "/reports/exports/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// `GET /reports/exports/` (`reports_exports_list`).
    ///
    /// Optional parameters: [`ExportsListParams`].
    pub fn exports_list(
        &self,
        params: &ExportsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDataExportList> {
        self.exports_list_request(params).send_json()
    }

    /// Every item of [`ReportsApi::exports_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn exports_list_stream(
        &self,
        params: &ExportsListParams,
    ) -> super::PageStream<super::models::DataExport> {
        self.exports_list_request(params).paginate()
    }

    /// `GET /reports/exports/{id}/` (`reports_exports_retrieve`).
    ///
    /// - `id`: A UUID string identifying this Data Export.
    pub fn exports_retrieve(
        &self,
        id: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::DataExport> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "reports_exports_retrieve",
            method: rt::Method::Get,
            path: "/reports/exports/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }
}

/// Optional parameters of [`ReportsApi::exports_list`] (`reports_exports_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportsListParams {
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
