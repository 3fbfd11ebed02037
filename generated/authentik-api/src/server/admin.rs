//! Server side of the operations tagged `admin` (14).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `admin`. Implement those you serve, then
/// `Server::new().admin(service)` or [`router`]; the others go to
/// [`Admin::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Admin: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Read-only view list all installed apps
    ///
    /// `GET /admin/apps/` (`admin_apps_list`).
    fn apps_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AppsListResponse>> + Send {
        rt::forward(self.fallback(), "admin_apps_list", auth, rt::Args::new())
    }
    /// Upload file to storage backend.
    ///
    /// `POST /admin/file/` (`admin_file_create`).
    fn file_create(
        &self,
        auth: rt::Auth,
        body: rt::Form<super::models::FileUploadRequest>,
    ) -> impl ::std::future::Future<Output = rt::Result<FileCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_file_create",
            auth,
            rt::Args::new().form(&body),
        )
    }
    /// Delete file from storage backend.
    ///
    /// `DELETE /admin/file/` (`admin_file_destroy`).
    fn file_destroy(
        &self,
        auth: rt::Auth,
        query: FileDestroyQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<FileDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_file_destroy",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// List files from storage backend.
    ///
    /// `GET /admin/file/` (`admin_file_list`).
    fn file_list(
        &self,
        auth: rt::Auth,
        query: FileListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<FileListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_file_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// `GET /admin/file/used_by/` (`admin_file_used_by_list`).
    fn file_used_by_list(
        &self,
        auth: rt::Auth,
        query: FileUsedByListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<FileUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_file_used_by_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Read-only view list all installed models
    ///
    /// `GET /admin/models/` (`admin_models_list`).
    fn models_list(
        &self,
        auth: rt::Auth,
        query: ModelsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ModelsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_models_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Settings view
    ///
    /// `PATCH /admin/settings/` (`admin_settings_partial_update`).
    fn settings_partial_update(
        &self,
        auth: rt::Auth,
        body: super::models::PatchedSettingsRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SettingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "admin_settings_partial_update",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Settings view
    ///
    /// `GET /admin/settings/` (`admin_settings_retrieve`).
    fn settings_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SettingsRetrieveResponse>,
    > + Send {
        rt::forward(self.fallback(), "admin_settings_retrieve", auth, rt::Args::new())
    }
    /// Settings view
    ///
    /// `PUT /admin/settings/` (`admin_settings_update`).
    fn settings_update(
        &self,
        auth: rt::Auth,
        body: super::models::SettingsRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<SettingsUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "admin_settings_update",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Get system information.
    ///
    /// `POST /admin/system/` (`admin_system_create`).
    fn system_create(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<SystemCreateResponse>> + Send {
        rt::forward(self.fallback(), "admin_system_create", auth, rt::Args::new())
    }
    /// Get system information.
    ///
    /// `GET /admin/system/` (`admin_system_retrieve`).
    fn system_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<SystemRetrieveResponse>> + Send {
        rt::forward(self.fallback(), "admin_system_retrieve", auth, rt::Args::new())
    }
    /// VersionHistory Viewset
    ///
    /// `GET /admin/version/history/` (`admin_version_history_list`).
    fn version_history_list(
        &self,
        auth: rt::Auth,
        query: VersionHistoryListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<VersionHistoryListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "admin_version_history_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// VersionHistory Viewset
    ///
    /// `GET /admin/version/history/{id}/` (`admin_version_history_retrieve`).
    fn version_history_retrieve(
        &self,
        auth: rt::Auth,
        id: i64,
    ) -> impl ::std::future::Future<
        Output = rt::Result<VersionHistoryRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "admin_version_history_retrieve",
            auth,
            rt::Args::new().param("id", &id),
        )
    }
    /// Get running and latest version.
    ///
    /// `GET /admin/version/` (`admin_version_retrieve`).
    fn version_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<VersionRetrieveResponse>,
    > + Send {
        rt::forward(self.fallback(), "admin_version_retrieve", auth, rt::Args::new())
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Admin>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "admin_apps_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.apps_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "admin_file_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.file_create(input.auth(), input.form()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_file_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.file_destroy(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_file_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.file_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_file_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.file_used_by_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_models_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.models_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_settings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.settings_partial_update(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_settings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move { service.settings_retrieve(input.auth()).await })
            },
        ),
        rt::Route::new(
            "admin_settings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.settings_update(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_system_create",
            service,
            |service, mut input| {
                rt::reply(async move { service.system_create(input.auth()).await })
            },
        ),
        rt::Route::new(
            "admin_system_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move { service.system_retrieve(input.auth()).await })
            },
        ),
        rt::Route::new(
            "admin_version_history_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.version_history_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "admin_version_history_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .version_history_retrieve(input.auth(), input.path("id")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "admin_version_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move { service.version_retrieve(input.auth()).await })
            },
        ),
    ])
}

/// An `axum::Router` serving the `admin` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Admin>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Admin for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Admin::apps_list`] returns (`admin_apps_list`).
pub type AppsListResponse = super::Reply200_400_403<Vec<super::models::App>>;

/// What [`Admin::file_create`] returns (`admin_file_create`).
pub type FileCreateResponse = super::Reply200_400_403V2;

/// What [`Admin::file_destroy`] returns (`admin_file_destroy`).
pub type FileDestroyResponse = super::Reply200_400_403V2;

/// Query and header parameters of [`Admin::file_destroy`] (`admin_file_destroy`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileDestroyQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<super::models::UsageEnum>,
}

/// What [`Admin::file_list`] returns (`admin_file_list`).
pub type FileListResponse = super::Reply200_400_403<Vec<super::models::FileList>>;

/// Query and header parameters of [`Admin::file_list`] (`admin_file_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manageable_only: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<super::models::UsageEnum>,
}

/// What [`Admin::file_used_by_list`] returns (`admin_file_used_by_list`).
pub type FileUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// Query and header parameters of [`Admin::file_used_by_list`] (`admin_file_used_by_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileUsedByListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What [`Admin::models_list`] returns (`admin_models_list`).
pub type ModelsListResponse = super::Reply200_400_403<Vec<super::models::App>>;

/// Query and header parameters of [`Admin::models_list`] (`admin_models_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModelsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_has_attributes: Option<bool>,
}

/// What [`Admin::settings_partial_update`] returns (`admin_settings_partial_update`).
pub type SettingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::Settings,
>;

/// What [`Admin::settings_retrieve`] returns (`admin_settings_retrieve`).
pub type SettingsRetrieveResponse = super::Reply200_400_403<super::models::Settings>;

/// What [`Admin::settings_update`] returns (`admin_settings_update`).
pub type SettingsUpdateResponse = super::Reply200_400_403<super::models::Settings>;

/// What [`Admin::system_create`] returns (`admin_system_create`).
pub type SystemCreateResponse = super::Reply200_400_403<super::models::SystemInfo>;

/// What [`Admin::system_retrieve`] returns (`admin_system_retrieve`).
pub type SystemRetrieveResponse = super::Reply200_400_403<super::models::SystemInfo>;

/// What [`Admin::version_history_list`] returns (`admin_version_history_list`).
pub type VersionHistoryListResponse = super::Reply200_400_403<
    Vec<super::models::VersionHistory>,
>;

/// Query and header parameters of [`Admin::version_history_list`] (`admin_version_history_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VersionHistoryListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// What [`Admin::version_history_retrieve`] returns (`admin_version_history_retrieve`).
pub type VersionHistoryRetrieveResponse = super::Reply200_400_403<
    super::models::VersionHistory,
>;

/// What [`Admin::version_retrieve`] returns (`admin_version_retrieve`).
pub type VersionRetrieveResponse = super::Reply200_400_403<super::models::Version>;
