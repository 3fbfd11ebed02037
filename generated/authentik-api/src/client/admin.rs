//! Operations tagged `admin` (17).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, ResponseFuture};

/// The operations tagged `admin`: `client.admin()`.
#[derive(Clone, Copy, Debug)]
pub struct AdminApi<'a> {
    pub(super) client: &'a super::Client,
}

impl AdminApi<'_> {
    /// Read-only view list all installed apps
    ///
    /// `GET /admin/apps/` (`admin_apps_list`).
    pub fn apps_list(&self) -> ResponseFuture<Vec<models::App>> {
        rt::operation!(Get "/admin/apps/" "admin_apps_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Upload file to storage backend.
    ///
    /// `POST /admin/file/` (`admin_file_create`).
    /// Since 2026.11.0-rc1.
    pub fn file_create(&self, form: FileCreateForm) -> ResponseFuture<()> {
        rt::operation!(Post "/admin/file/" "admin_file_create");
        let mut request = self.client.request(&OPERATION);
        let mut parts = rt::Multipart::new();
        parts.text("clear", &form.clear);
        parts.file_opt("file", form.file);
        parts.text("name", &form.name);
        parts.text("usage", &form.usage);
        request.multipart(parts);
        request.send_empty()
    }

    /// Delete file from storage backend.
    ///
    /// `DELETE /admin/file/` (`admin_file_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`FileDestroyParams`].
    pub fn file_destroy(&self, params: &FileDestroyParams) -> ResponseFuture<()> {
        rt::operation!(Delete "/admin/file/" "admin_file_destroy");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_empty()
    }

    /// List files from storage backend.
    ///
    /// `GET /admin/file/` (`admin_file_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`FileListParams`].
    pub fn file_list(
        &self,
        params: &FileListParams,
    ) -> ResponseFuture<Vec<models::FileList>> {
        rt::operation!(Get "/admin/file/" "admin_file_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// `GET /admin/file/used_by/` (`admin_file_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`FileUsedByListParams`].
    pub fn file_used_by_list(
        &self,
        params: &FileUsedByListParams,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/admin/file/used_by/" "admin_file_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Login Metrics per 1h
    ///
    /// `GET /admin/metrics/` (`admin_metrics_retrieve`).
    /// Until 2024.12.1 (removed in 2025.6.2).
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    pub fn metrics_retrieve(&self) -> ResponseFuture<models::LoginMetrics> {
        rt::operation!(Get "/admin/metrics/" "admin_metrics_retrieve");
        self.client.request(&OPERATION).send_json()
    }

    /// Read-only view list all installed models
    ///
    /// `GET /admin/models/` (`admin_models_list`).
    ///
    /// Optional parameters: [`ModelsListParams`].
    pub fn models_list(
        &self,
        params: &ModelsListParams,
    ) -> ResponseFuture<Vec<models::App>> {
        rt::operation!(Get "/admin/models/" "admin_models_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// Settings view
    ///
    /// `PATCH /admin/settings/` (`admin_settings_partial_update`).
    pub fn settings_partial_update(
        &self,
        body: &models::PatchedSettingsRequest,
    ) -> ResponseFuture<models::Settings> {
        rt::operation!(Patch "/admin/settings/" "admin_settings_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Settings view
    ///
    /// `GET /admin/settings/` (`admin_settings_retrieve`).
    pub fn settings_retrieve(&self) -> ResponseFuture<models::Settings> {
        rt::operation!(Get "/admin/settings/" "admin_settings_retrieve");
        self.client.request(&OPERATION).send_json()
    }

    /// Settings view
    ///
    /// `PUT /admin/settings/` (`admin_settings_update`).
    pub fn settings_update(
        &self,
        body: &models::SettingsRequest,
    ) -> ResponseFuture<models::Settings> {
        rt::operation!(Put "/admin/settings/" "admin_settings_update");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get system information.
    ///
    /// `POST /admin/system/` (`admin_system_create`).
    pub fn system_create(&self) -> ResponseFuture<models::SystemInfo> {
        rt::operation!(Post "/admin/system/" "admin_system_create");
        self.client.request(&OPERATION).send_json()
    }

    /// Get system information.
    ///
    /// `GET /admin/system/` (`admin_system_retrieve`).
    pub fn system_retrieve(&self) -> ResponseFuture<models::SystemInfo> {
        rt::operation!(Get "/admin/system/" "admin_system_retrieve");
        self.client.request(&OPERATION).send_json()
    }

    /// VersionHistory Viewset
    ///
    /// `GET /admin/version/history/` (`admin_version_history_list`).
    ///
    /// Optional parameters: [`VersionHistoryListParams`].
    pub fn version_history_list(
        &self,
        params: &VersionHistoryListParams,
    ) -> ResponseFuture<Vec<models::VersionHistory>> {
        rt::operation!(Get "/admin/version/history/" "admin_version_history_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request.send_json()
    }

    /// VersionHistory Viewset
    ///
    /// `GET /admin/version/history/{id}/` (`admin_version_history_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Version history.
    pub fn version_history_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::VersionHistory> {
        rt::operation!(
            Get "/admin/version/history/{id}/" "admin_version_history_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get running and latest version.
    ///
    /// `GET /admin/version/` (`admin_version_retrieve`).
    pub fn version_retrieve(&self) -> ResponseFuture<models::Version> {
        rt::operation!(Get "/admin/version/" "admin_version_retrieve");
        self.client.request(&OPERATION).send_json()
    }

    /// Get currently connected worker count.
    ///
    /// `GET /admin/workers/` (`admin_workers_list`).
    /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
    #[deprecated(note = "In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).")]
    pub fn workers_list(&self) -> ResponseFuture<Vec<models::Worker>> {
        rt::operation!(Get "/admin/workers/" "admin_workers_list");
        self.client.request(&OPERATION).send_json()
    }

    /// Get currently connected worker count.
    ///
    /// `GET /admin/workers/` (`admin_workers_retrieve`).
    /// Until 2024.8.3 (removed in 2024.12.1).
    #[deprecated(note = "Until 2024.8.3 (removed in 2024.12.1).")]
    pub fn workers_retrieve(&self) -> ResponseFuture<models::Workers> {
        rt::operation!(Get "/admin/workers/" "admin_workers_retrieve");
        self.client.request(&OPERATION).send_json()
    }
}

/// The `multipart/form-data` body of [`AdminApi::file_create`] (schema `FileUploadRequest`).
#[derive(Debug)]
pub struct FileCreateForm {
    pub clear: Option<bool>,
    pub file: Option<rt::FilePart>,
    pub name: Option<String>,
    pub usage: Option<String>,
}

rt::params! {
    /// Optional parameters of [`AdminApi::file_destroy`] (`admin_file_destroy`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FileDestroyParams {
        pub name: Option<String> => query "name",
        pub usage: Option<models::UsageEnum> => query "usage",
    }
}

rt::params! {
    /// Optional parameters of [`AdminApi::file_list`] (`admin_file_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FileListParams {
        pub manageable_only: Option<bool> => query "manageable_only",
        /// A search term.
        pub search: Option<String> => query "search",
        pub usage: Option<models::UsageEnum> => query "usage",
    }
}

rt::params! {
    /// Optional parameters of [`AdminApi::file_used_by_list`] (`admin_file_used_by_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FileUsedByListParams {
        pub name: Option<String> => query "name",
    }
}

rt::params! {
    /// Optional parameters of [`AdminApi::models_list`] (`admin_models_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ModelsListParams {
        pub filter_has_attributes: Option<bool> => query "filter_has_attributes",
    }
}

rt::params! {
    /// Optional parameters of [`AdminApi::version_history_list`] (`admin_version_history_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct VersionHistoryListParams {
        pub build: Option<String> => query "build",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A search term.
        pub search: Option<String> => query "search",
        pub version: Option<String> => query "version",
    }
}
