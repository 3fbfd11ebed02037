//! Operations tagged `admin` (14).
use super::runtime::client as rt;

/// The operations tagged `admin`: `client.admin()`.
#[derive(Clone, Copy, Debug)]
pub struct AdminApi<'a> {
    pub(super) client: &'a super::Client,
}

impl AdminApi<'_> {
    /// Read-only view list all installed apps
    ///
    /// `GET /admin/apps/` (`admin_apps_list`).
    pub fn apps_list(&self) -> super::ResponseFuture<Vec<super::models::App>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_apps_list",
            method: rt::Method::Get,
            path: "/admin/apps/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Upload file to storage backend.
    ///
    /// `POST /admin/file/` (`admin_file_create`).
    pub fn file_create(&self, form: FileCreateForm) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_file_create",
            method: rt::Method::Post,
            path: "/admin/file/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ///
    /// Optional parameters: [`FileDestroyParams`].
    pub fn file_destroy(&self, params: &FileDestroyParams) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_file_destroy",
            method: rt::Method::Delete,
            path: "/admin/file/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("usage", &params.usage);
        request.send_empty()
    }

    /// List files from storage backend.
    ///
    /// `GET /admin/file/` (`admin_file_list`).
    ///
    /// Optional parameters: [`FileListParams`].
    pub fn file_list(
        &self,
        params: &FileListParams,
    ) -> super::ResponseFuture<Vec<super::models::FileList>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_file_list",
            method: rt::Method::Get,
            path: "/admin/file/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("manageable_only", &params.manageable_only);
        request.query("search", &params.search);
        request.query("usage", &params.usage);
        request.send_json()
    }

    /// `GET /admin/file/used_by/` (`admin_file_used_by_list`).
    ///
    /// Optional parameters: [`FileUsedByListParams`].
    pub fn file_used_by_list(
        &self,
        params: &FileUsedByListParams,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_file_used_by_list",
            method: rt::Method::Get,
            path: "/admin/file/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.send_json()
    }

    /// Read-only view list all installed models
    ///
    /// `GET /admin/models/` (`admin_models_list`).
    ///
    /// Optional parameters: [`ModelsListParams`].
    pub fn models_list(
        &self,
        params: &ModelsListParams,
    ) -> super::ResponseFuture<Vec<super::models::App>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_models_list",
            method: rt::Method::Get,
            path: "/admin/models/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("filter_has_attributes", &params.filter_has_attributes);
        request.send_json()
    }

    /// Settings view
    ///
    /// `PATCH /admin/settings/` (`admin_settings_partial_update`).
    pub fn settings_partial_update(
        &self,
        body: &super::models::PatchedSettingsRequest,
    ) -> super::ResponseFuture<super::models::Settings> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_settings_partial_update",
            method: rt::Method::Patch,
            path: "/admin/settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Settings view
    ///
    /// `GET /admin/settings/` (`admin_settings_retrieve`).
    pub fn settings_retrieve(&self) -> super::ResponseFuture<super::models::Settings> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_settings_retrieve",
            method: rt::Method::Get,
            path: "/admin/settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Settings view
    ///
    /// `PUT /admin/settings/` (`admin_settings_update`).
    pub fn settings_update(
        &self,
        body: &super::models::SettingsRequest,
    ) -> super::ResponseFuture<super::models::Settings> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_settings_update",
            method: rt::Method::Put,
            path: "/admin/settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Get system information.
    ///
    /// `POST /admin/system/` (`admin_system_create`).
    pub fn system_create(&self) -> super::ResponseFuture<super::models::SystemInfo> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_system_create",
            method: rt::Method::Post,
            path: "/admin/system/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get system information.
    ///
    /// `GET /admin/system/` (`admin_system_retrieve`).
    pub fn system_retrieve(&self) -> super::ResponseFuture<super::models::SystemInfo> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_system_retrieve",
            method: rt::Method::Get,
            path: "/admin/system/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::VersionHistory>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_version_history_list",
            method: rt::Method::Get,
            path: "/admin/version/history/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("build", &params.build);
        request.query("ordering", &params.ordering);
        request.query("search", &params.search);
        request.query("version", &params.version);
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
    ) -> super::ResponseFuture<super::models::VersionHistory> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_version_history_retrieve",
            method: rt::Method::Get,
            path: "/admin/version/history/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get running and latest version.
    ///
    /// `GET /admin/version/` (`admin_version_retrieve`).
    pub fn version_retrieve(&self) -> super::ResponseFuture<super::models::Version> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "admin_version_retrieve",
            method: rt::Method::Get,
            path: "/admin/version/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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

/// Optional parameters of [`AdminApi::file_destroy`] (`admin_file_destroy`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileDestroyParams {
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Query parameter `usage`.
    pub usage: Option<super::models::UsageEnum>,
}

/// Optional parameters of [`AdminApi::file_list`] (`admin_file_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileListParams {
    /// Query parameter `manageable_only`.
    pub manageable_only: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `usage`.
    pub usage: Option<super::models::UsageEnum>,
}

/// Optional parameters of [`AdminApi::file_used_by_list`] (`admin_file_used_by_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileUsedByListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
}

/// Optional parameters of [`AdminApi::models_list`] (`admin_models_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelsListParams {
    /// Query parameter `filter_has_attributes`.
    pub filter_has_attributes: Option<bool>,
}

/// Optional parameters of [`AdminApi::version_history_list`] (`admin_version_history_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VersionHistoryListParams {
    /// Query parameter `build`.
    pub build: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `version`.
    pub version: Option<String>,
}
