//! Operations tagged `enterprise` (10).
use super::runtime::client as rt;

/// The operations tagged `enterprise`: `client.enterprise()`.
#[derive(Clone, Copy, Debug)]
pub struct EnterpriseApi<'a> {
    pub(super) client: &'a super::Client,
}

impl EnterpriseApi<'_> {
    /// License Viewset
    ///
    /// `POST /enterprise/license/` (`enterprise_license_create`).
    pub fn license_create(
        &self,
        body: &super::models::LicenseRequest,
    ) -> super::ResponseFuture<super::models::License> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_create",
            method: rt::Method::Post,
            path: "/enterprise/license/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// License Viewset
    ///
    /// `DELETE /enterprise/license/{license_uuid}/` (`enterprise_license_destroy`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_destroy(
        &self,
        license_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_destroy",
            method: rt::Method::Delete,
            path: "/enterprise/license/{license_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.send_empty()
    }

    /// Forecast how many users will be required in a year
    ///
    /// `GET /enterprise/license/forecast/` (`enterprise_license_forecast_retrieve`).
    pub fn license_forecast_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::LicenseForecast> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_forecast_retrieve",
            method: rt::Method::Get,
            path: "/enterprise/license/forecast/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get install_id
    ///
    /// `GET /enterprise/license/install_id/` (`enterprise_license_install_id_retrieve`).
    pub fn license_install_id_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::InstallID> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_install_id_retrieve",
            method: rt::Method::Get,
            path: "/enterprise/license/install_id/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    fn license_list_request(&self, params: &LicenseListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_list",
            method: rt::Method::Get,
            path: "/enterprise/license/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// License Viewset
    ///
    /// `GET /enterprise/license/` (`enterprise_license_list`).
    ///
    /// Optional parameters: [`LicenseListParams`].
    pub fn license_list(
        &self,
        params: &LicenseListParams,
    ) -> super::ResponseFuture<super::models::PaginatedLicenseList> {
        self.license_list_request(params).send_json()
    }

    /// Every item of [`EnterpriseApi::license_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn license_list_stream(
        &self,
        params: &LicenseListParams,
    ) -> super::PageStream<super::models::License> {
        self.license_list_request(params).paginate()
    }

    /// License Viewset
    ///
    /// `PATCH /enterprise/license/{license_uuid}/` (`enterprise_license_partial_update`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_partial_update(
        &self,
        license_uuid: ::uuid::Uuid,
        body: &super::models::PatchedLicenseRequest,
    ) -> super::ResponseFuture<super::models::License> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_partial_update",
            method: rt::Method::Patch,
            path: "/enterprise/license/{license_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.json(body);
        request.send_json()
    }

    /// License Viewset
    ///
    /// `GET /enterprise/license/{license_uuid}/` (`enterprise_license_retrieve`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_retrieve(
        &self,
        license_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::License> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_retrieve",
            method: rt::Method::Get,
            path: "/enterprise/license/{license_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.send_json()
    }

    /// Get the total license status
    ///
    /// `GET /enterprise/license/summary/` (`enterprise_license_summary_retrieve`).
    ///
    /// Optional parameters: [`LicenseSummaryRetrieveParams`].
    pub fn license_summary_retrieve(
        &self,
        params: &LicenseSummaryRetrieveParams,
    ) -> super::ResponseFuture<super::models::LicenseSummary> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_summary_retrieve",
            method: rt::Method::Get,
            path: "/enterprise/license/summary/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("cached", &params.cached);
        request.send_json()
    }

    /// License Viewset
    ///
    /// `PUT /enterprise/license/{license_uuid}/` (`enterprise_license_update`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_update(
        &self,
        license_uuid: ::uuid::Uuid,
        body: &super::models::LicenseRequest,
    ) -> super::ResponseFuture<super::models::License> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_update",
            method: rt::Method::Put,
            path: "/enterprise/license/{license_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /enterprise/license/{license_uuid}/used_by/` (`enterprise_license_used_by_list`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_used_by_list(
        &self,
        license_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "enterprise_license_used_by_list",
            method: rt::Method::Get,
            path: "/enterprise/license/{license_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`EnterpriseApi::license_list`] (`enterprise_license_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LicenseListParams {
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
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`EnterpriseApi::license_summary_retrieve`] (`enterprise_license_summary_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LicenseSummaryRetrieveParams {
    /// Query parameter `cached`.
    pub cached: Option<bool>,
}
