//! Operations tagged `managed` (10).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `managed`: `client.managed()`.
#[derive(Clone, Copy, Debug)]
pub struct ManagedApi<'a> {
    pub(super) client: &'a super::Client,
}

impl ManagedApi<'_> {
    /// Apply a blueprint
    ///
    /// `POST /managed/blueprints/{instance_uuid}/apply/` (`managed_blueprints_apply_create`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_apply_create(
        &self,
        instance_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::BlueprintInstance> {
        rt::operation!(
            Post "/managed/blueprints/{instance_uuid}/apply/"
            "managed_blueprints_apply_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_json()
    }

    /// Get blueprints
    ///
    /// `GET /managed/blueprints/available/` (`managed_blueprints_available_list`).
    pub fn blueprints_available_list(
        &self,
    ) -> ResponseFuture<Vec<models::BlueprintFile>> {
        rt::operation!(
            Get "/managed/blueprints/available/" "managed_blueprints_available_list"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Blueprint instances
    ///
    /// `POST /managed/blueprints/` (`managed_blueprints_create`).
    pub fn blueprints_create(
        &self,
        body: &models::BlueprintInstanceRequest,
    ) -> ResponseFuture<models::BlueprintInstance> {
        rt::operation!(Post "/managed/blueprints/" "managed_blueprints_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Blueprint instances
    ///
    /// `DELETE /managed/blueprints/{instance_uuid}/` (`managed_blueprints_destroy`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_destroy(&self, instance_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/managed/blueprints/{instance_uuid}/" "managed_blueprints_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_empty()
    }

    /// Import blueprint from .yaml file and apply it once, without creating an instance
    ///
    /// `POST /managed/blueprints/import/` (`managed_blueprints_import_create`).
    /// Since 2026.11.0-rc1.
    pub fn blueprints_import_create(
        &self,
        form: BlueprintsImportCreateForm,
    ) -> ResponseFuture<models::BlueprintImportResult> {
        rt::operation!(
            Post "/managed/blueprints/import/" "managed_blueprints_import_create"
        );
        let mut request = self.client.request(&OPERATION);
        let mut parts = rt::Multipart::new();
        parts.text("context", &form.context);
        parts.file_opt("file", form.file);
        parts.text("path", &form.path);
        request.multipart(parts);
        request.send_json()
    }

    fn blueprints_list_request(&self, params: &BlueprintsListParams) -> rt::Request {
        rt::operation!(Get "/managed/blueprints/" "managed_blueprints_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Blueprint instances
    ///
    /// `GET /managed/blueprints/` (`managed_blueprints_list`).
    ///
    /// Optional parameters: [`BlueprintsListParams`].
    pub fn blueprints_list(
        &self,
        params: &BlueprintsListParams,
    ) -> ResponseFuture<models::PaginatedBlueprintInstanceList> {
        self.blueprints_list_request(params).send_json()
    }

    /// Every item of [`ManagedApi::blueprints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn blueprints_list_stream(
        &self,
        params: &BlueprintsListParams,
    ) -> PageStream<models::BlueprintInstance> {
        self.blueprints_list_request(params).paginate()
    }

    /// Blueprint instances
    ///
    /// `PATCH /managed/blueprints/{instance_uuid}/` (`managed_blueprints_partial_update`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_partial_update(
        &self,
        instance_uuid: ::uuid::Uuid,
        body: &models::PatchedBlueprintInstanceRequest,
    ) -> ResponseFuture<models::BlueprintInstance> {
        rt::operation!(
            Patch "/managed/blueprints/{instance_uuid}/"
            "managed_blueprints_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.json(body);
        request.send_json()
    }

    /// Blueprint instances
    ///
    /// `GET /managed/blueprints/{instance_uuid}/` (`managed_blueprints_retrieve`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_retrieve(
        &self,
        instance_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::BlueprintInstance> {
        rt::operation!(
            Get "/managed/blueprints/{instance_uuid}/" "managed_blueprints_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_json()
    }

    /// Blueprint instances
    ///
    /// `PUT /managed/blueprints/{instance_uuid}/` (`managed_blueprints_update`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_update(
        &self,
        instance_uuid: ::uuid::Uuid,
        body: &models::BlueprintInstanceRequest,
    ) -> ResponseFuture<models::BlueprintInstance> {
        rt::operation!(
            Put "/managed/blueprints/{instance_uuid}/" "managed_blueprints_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /managed/blueprints/{instance_uuid}/used_by/` (`managed_blueprints_used_by_list`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_used_by_list(
        &self,
        instance_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/managed/blueprints/{instance_uuid}/used_by/"
            "managed_blueprints_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_json()
    }
}

/// The `multipart/form-data` body of [`ManagedApi::blueprints_import_create`] (schema `BlueprintUploadRequest`).
#[derive(Debug)]
pub struct BlueprintsImportCreateForm {
    pub context: Option<String>,
    pub file: Option<rt::FilePart>,
    pub path: Option<String>,
}

rt::params! {
    /// Optional parameters of [`ManagedApi::blueprints_list`] (`managed_blueprints_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct BlueprintsListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub path: Option<String> => query "path",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
