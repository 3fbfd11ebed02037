//! Operations tagged `managed` (10).
use super::runtime::client as rt;

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
    ) -> super::ResponseFuture<super::models::BlueprintInstance> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_apply_create",
            method: rt::Method::Post,
            path: "/managed/blueprints/{instance_uuid}/apply/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_json()
    }

    /// Get blueprints
    ///
    /// `GET /managed/blueprints/available/` (`managed_blueprints_available_list`).
    pub fn blueprints_available_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::BlueprintFile>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_available_list",
            method: rt::Method::Get,
            path: "/managed/blueprints/available/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Blueprint instances
    ///
    /// `POST /managed/blueprints/` (`managed_blueprints_create`).
    pub fn blueprints_create(
        &self,
        body: &super::models::BlueprintInstanceRequest,
    ) -> super::ResponseFuture<super::models::BlueprintInstance> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_create",
            method: rt::Method::Post,
            path: "/managed/blueprints/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Blueprint instances
    ///
    /// `DELETE /managed/blueprints/{instance_uuid}/` (`managed_blueprints_destroy`).
    ///
    /// - `instance_uuid`: A UUID string identifying this Blueprint Instance.
    pub fn blueprints_destroy(
        &self,
        instance_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_destroy",
            method: rt::Method::Delete,
            path: "/managed/blueprints/{instance_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("instance_uuid", &instance_uuid);
        request.send_empty()
    }

    /// Import blueprint from .yaml file and apply it once, without creating an instance
    ///
    /// `POST /managed/blueprints/import/` (`managed_blueprints_import_create`).
    pub fn blueprints_import_create(
        &self,
        form: BlueprintsImportCreateForm,
    ) -> super::ResponseFuture<super::models::BlueprintImportResult> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_import_create",
            method: rt::Method::Post,
            path: "/managed/blueprints/import/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        let mut parts = rt::Multipart::new();
        parts.text("context", &form.context);
        parts.file_opt("file", form.file);
        parts.text("path", &form.path);
        request.multipart(parts);
        request.send_json()
    }

    fn blueprints_list_request(&self, params: &BlueprintsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_list",
            method: rt::Method::Get,
            path: "/managed/blueprints/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("path", &params.path);
        request.query("search", &params.search);
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
    ) -> super::ResponseFuture<super::models::PaginatedBlueprintInstanceList> {
        self.blueprints_list_request(params).send_json()
    }

    /// Every item of [`ManagedApi::blueprints_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn blueprints_list_stream(
        &self,
        params: &BlueprintsListParams,
    ) -> super::PageStream<super::models::BlueprintInstance> {
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
        body: &super::models::PatchedBlueprintInstanceRequest,
    ) -> super::ResponseFuture<super::models::BlueprintInstance> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_partial_update",
            method: rt::Method::Patch,
            path: "/managed/blueprints/{instance_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::BlueprintInstance> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_retrieve",
            method: rt::Method::Get,
            path: "/managed/blueprints/{instance_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::BlueprintInstanceRequest,
    ) -> super::ResponseFuture<super::models::BlueprintInstance> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_update",
            method: rt::Method::Put,
            path: "/managed/blueprints/{instance_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "managed_blueprints_used_by_list",
            method: rt::Method::Get,
            path: "/managed/blueprints/{instance_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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

/// Optional parameters of [`ManagedApi::blueprints_list`] (`managed_blueprints_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlueprintsListParams {
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
    /// Query parameter `path`.
    pub path: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
