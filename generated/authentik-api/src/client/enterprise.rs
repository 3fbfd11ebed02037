//! Operations tagged `enterprise` (10).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
        body: &models::LicenseRequest,
    ) -> ResponseFuture<models::License> {
        rt::operation!(Post "/enterprise/license/" "enterprise_license_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// License Viewset
    ///
    /// `DELETE /enterprise/license/{license_uuid}/` (`enterprise_license_destroy`).
    ///
    /// - `license_uuid`: A UUID string identifying this License.
    pub fn license_destroy(&self, license_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/enterprise/license/{license_uuid}/" "enterprise_license_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.send_empty()
    }

    /// Forecast how many users will be required in a year
    ///
    /// `GET /enterprise/license/forecast/` (`enterprise_license_forecast_retrieve`).
    pub fn license_forecast_retrieve(&self) -> ResponseFuture<models::LicenseForecast> {
        rt::operation!(
            Get "/enterprise/license/forecast/" "enterprise_license_forecast_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Get install_id
    ///
    /// `GET /enterprise/license/install_id/` (`enterprise_license_install_id_retrieve`).
    pub fn license_install_id_retrieve(&self) -> ResponseFuture<models::InstallID> {
        rt::operation!(
            Get "/enterprise/license/install_id/"
            "enterprise_license_install_id_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    fn license_list_request(&self, params: &LicenseListParams) -> rt::Request {
        rt::operation!(Get "/enterprise/license/" "enterprise_license_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedLicenseList> {
        self.license_list_request(params).send_json()
    }

    /// Every item of [`EnterpriseApi::license_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn license_list_stream(
        &self,
        params: &LicenseListParams,
    ) -> PageStream<models::License> {
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
        body: &models::PatchedLicenseRequest,
    ) -> ResponseFuture<models::License> {
        rt::operation!(
            Patch "/enterprise/license/{license_uuid}/"
            "enterprise_license_partial_update"
        );
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
    ) -> ResponseFuture<models::License> {
        rt::operation!(
            Get "/enterprise/license/{license_uuid}/" "enterprise_license_retrieve"
        );
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
    ) -> ResponseFuture<models::LicenseSummary> {
        rt::operation!(
            Get "/enterprise/license/summary/" "enterprise_license_summary_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
        body: &models::LicenseRequest,
    ) -> ResponseFuture<models::License> {
        rt::operation!(
            Put "/enterprise/license/{license_uuid}/" "enterprise_license_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/enterprise/license/{license_uuid}/used_by/"
            "enterprise_license_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("license_uuid", &license_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`EnterpriseApi::license_list`] (`enterprise_license_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LicenseListParams {
        pub name: Option<String> => query "name",
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

rt::params! {
    /// Optional parameters of [`EnterpriseApi::license_summary_retrieve`] (`enterprise_license_summary_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LicenseSummaryRetrieveParams {
        pub cached: Option<bool> => query "cached",
    }
}
