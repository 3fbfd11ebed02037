//! Operations tagged `flows` (25).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `flows`: `client.flows()`.
#[derive(Clone, Copy, Debug)]
pub struct FlowsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl FlowsApi<'_> {
    /// FlowStageBinding Viewset
    ///
    /// `POST /flows/bindings/` (`flows_bindings_create`).
    pub fn bindings_create(
        &self,
        body: &models::FlowStageBindingRequest,
    ) -> ResponseFuture<models::FlowStageBinding> {
        rt::operation!(Post "/flows/bindings/" "flows_bindings_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// FlowStageBinding Viewset
    ///
    /// `DELETE /flows/bindings/{fsb_uuid}/` (`flows_bindings_destroy`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_destroy(&self, fsb_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/flows/bindings/{fsb_uuid}/" "flows_bindings_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.send_empty()
    }

    fn bindings_list_request(&self, params: &BindingsListParams) -> rt::Request {
        rt::operation!(Get "/flows/bindings/" "flows_bindings_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// FlowStageBinding Viewset
    ///
    /// `GET /flows/bindings/` (`flows_bindings_list`).
    ///
    /// Optional parameters: [`BindingsListParams`].
    pub fn bindings_list(
        &self,
        params: &BindingsListParams,
    ) -> ResponseFuture<models::PaginatedFlowStageBindingList> {
        self.bindings_list_request(params).send_json()
    }

    /// Every item of [`FlowsApi::bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn bindings_list_stream(
        &self,
        params: &BindingsListParams,
    ) -> PageStream<models::FlowStageBinding> {
        self.bindings_list_request(params).paginate()
    }

    /// FlowStageBinding Viewset
    ///
    /// `PATCH /flows/bindings/{fsb_uuid}/` (`flows_bindings_partial_update`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_partial_update(
        &self,
        fsb_uuid: ::uuid::Uuid,
        body: &models::PatchedFlowStageBindingRequest,
    ) -> ResponseFuture<models::FlowStageBinding> {
        rt::operation!(
            Patch "/flows/bindings/{fsb_uuid}/" "flows_bindings_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.json(body);
        request.send_json()
    }

    /// FlowStageBinding Viewset
    ///
    /// `GET /flows/bindings/{fsb_uuid}/` (`flows_bindings_retrieve`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_retrieve(
        &self,
        fsb_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::FlowStageBinding> {
        rt::operation!(Get "/flows/bindings/{fsb_uuid}/" "flows_bindings_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.send_json()
    }

    /// FlowStageBinding Viewset
    ///
    /// `PUT /flows/bindings/{fsb_uuid}/` (`flows_bindings_update`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_update(
        &self,
        fsb_uuid: ::uuid::Uuid,
        body: &models::FlowStageBindingRequest,
    ) -> ResponseFuture<models::FlowStageBinding> {
        rt::operation!(Put "/flows/bindings/{fsb_uuid}/" "flows_bindings_update");
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /flows/bindings/{fsb_uuid}/used_by/` (`flows_bindings_used_by_list`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_used_by_list(
        &self,
        fsb_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/flows/bindings/{fsb_uuid}/used_by/" "flows_bindings_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.send_json()
    }

    /// Get the next pending challenge from the currently active flow.
    ///
    /// `GET /flows/executor/{flow_slug}/` (`flows_executor_get`).
    /// Allows anonymous access.
    ///
    /// - `flow_slug`
    /// - `query`: Querystring as received
    pub fn executor_get(
        &self,
        flow_slug: &str,
        query: &str,
    ) -> ResponseFuture<models::ChallengeTypes> {
        rt::operation!(
            Get "/flows/executor/{flow_slug}/" "flows_executor_get"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("flow_slug", flow_slug);
        request.query("query", query);
        request.send_json()
    }

    /// Solve the previously retrieved challenge and advanced to the next stage.
    ///
    /// `POST /flows/executor/{flow_slug}/` (`flows_executor_solve`).
    /// Allows anonymous access.
    ///
    /// - `flow_slug`
    /// - `query`: Querystring as received
    pub fn executor_solve(
        &self,
        flow_slug: &str,
        query: &str,
        body: Option<&models::FlowChallengeResponseRequest>,
    ) -> ResponseFuture<models::ChallengeTypes> {
        rt::operation!(
            Post "/flows/executor/{flow_slug}/" "flows_executor_solve"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("flow_slug", flow_slug);
        request.query("query", query);
        if let Some(body) = body {
            request.json(body);
        }
        request.send_json()
    }

    /// Get current flow state and record it
    ///
    /// `GET /flows/inspector/{flow_slug}/` (`flows_inspector_get`).
    ///
    /// - `flow_slug`
    pub fn inspector_get(
        &self,
        flow_slug: &str,
    ) -> ResponseFuture<models::FlowInspection> {
        rt::operation!(
            Get "/flows/inspector/{flow_slug}/" "flows_inspector_get"
            errors(ERRORS_400_403_404_405_415_12)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("flow_slug", flow_slug);
        request.send_json()
    }

    /// Clear flow cache
    ///
    /// `POST /flows/instances/cache_clear/` (`flows_instances_cache_clear_create`).
    pub fn instances_cache_clear_create(&self) -> ResponseFuture<()> {
        rt::operation!(
            Post "/flows/instances/cache_clear/" "flows_instances_cache_clear_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        self.client.request(&OPERATION).send_empty()
    }

    /// Info about cached flows
    ///
    /// `GET /flows/instances/cache_info/` (`flows_instances_cache_info_retrieve`).
    pub fn instances_cache_info_retrieve(&self) -> ResponseFuture<models::Cache> {
        rt::operation!(
            Get "/flows/instances/cache_info/" "flows_instances_cache_info_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Flow Viewset
    ///
    /// `POST /flows/instances/` (`flows_instances_create`).
    pub fn instances_create(
        &self,
        body: &models::FlowRequest,
    ) -> ResponseFuture<models::Flow> {
        rt::operation!(Post "/flows/instances/" "flows_instances_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Flow Viewset
    ///
    /// `DELETE /flows/instances/{slug}/` (`flows_instances_destroy`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_destroy(&self, slug: &str) -> ResponseFuture<()> {
        rt::operation!(Delete "/flows/instances/{slug}/" "flows_instances_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_empty()
    }

    /// Return diagram for flow with slug `slug`, in the format used by flowchart.js
    ///
    /// `GET /flows/instances/{slug}/diagram/` (`flows_instances_diagram_retrieve`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_diagram_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::FlowDiagram> {
        rt::operation!(
            Get "/flows/instances/{slug}/diagram/" "flows_instances_diagram_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Execute flow for current user
    ///
    /// `GET /flows/instances/{slug}/execute/` (`flows_instances_execute_retrieve`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_execute_retrieve(
        &self,
        slug: &str,
    ) -> ResponseFuture<models::Link> {
        rt::operation!(
            Get "/flows/instances/{slug}/execute/" "flows_instances_execute_retrieve"
            errors(ERRORS_400_403_404_405_415_13)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Export flow to .yaml file
    ///
    /// `GET /flows/instances/{slug}/export/` (`flows_instances_export_retrieve`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_export_retrieve(&self, slug: &str) -> ResponseFuture<rt::Bytes> {
        rt::operation!(
            Get "/flows/instances/{slug}/export/" "flows_instances_export_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_bytes()
    }

    /// Import flow from .yaml file
    ///
    /// `POST /flows/instances/import/` (`flows_instances_import_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn instances_import_create(
        &self,
        form: InstancesImportCreateForm,
    ) -> ResponseFuture<models::FlowImportResult> {
        rt::operation!(
            Post "/flows/instances/import/" "flows_instances_import_create"
            errors(ERRORS_400_403_404_405_415_14)
        );
        let mut request = self.client.request(&OPERATION);
        let mut parts = rt::Multipart::new();
        parts.text("clear", &form.clear);
        parts.file_opt("file", form.file);
        parts.text("name", &form.name);
        parts.text("usage", &form.usage);
        request.multipart(parts);
        request.send_json()
    }

    fn instances_list_request(&self, params: &InstancesListParams) -> rt::Request {
        rt::operation!(Get "/flows/instances/" "flows_instances_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Flow Viewset
    ///
    /// `GET /flows/instances/` (`flows_instances_list`).
    ///
    /// Optional parameters: [`InstancesListParams`].
    pub fn instances_list(
        &self,
        params: &InstancesListParams,
    ) -> ResponseFuture<models::PaginatedFlowList> {
        self.instances_list_request(params).send_json()
    }

    /// Every item of [`FlowsApi::instances_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn instances_list_stream(
        &self,
        params: &InstancesListParams,
    ) -> PageStream<models::Flow> {
        self.instances_list_request(params).paginate()
    }

    /// Flow Viewset
    ///
    /// `PATCH /flows/instances/{slug}/` (`flows_instances_partial_update`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_partial_update(
        &self,
        slug: &str,
        body: &models::PatchedFlowRequest,
    ) -> ResponseFuture<models::Flow> {
        rt::operation!(
            Patch "/flows/instances/{slug}/" "flows_instances_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Flow Viewset
    ///
    /// `GET /flows/instances/{slug}/` (`flows_instances_retrieve`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_retrieve(&self, slug: &str) -> ResponseFuture<models::Flow> {
        rt::operation!(Get "/flows/instances/{slug}/" "flows_instances_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Set Flow background
    ///
    /// `POST /flows/instances/{slug}/set_background/` (`flows_instances_set_background_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Visible in the URL.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn instances_set_background_create(
        &self,
        slug: &str,
        form: InstancesSetBackgroundCreateForm,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/flows/instances/{slug}/set_background/"
            "flows_instances_set_background_create" errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        let mut parts = rt::Multipart::new();
        parts.text("clear", &form.clear);
        parts.file_opt("file", form.file);
        parts.text("name", &form.name);
        parts.text("usage", &form.usage);
        request.multipart(parts);
        request.send_empty()
    }

    /// Set Flow background (as URL)
    ///
    /// `POST /flows/instances/{slug}/set_background_url/` (`flows_instances_set_background_url_create`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `slug`: Visible in the URL.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn instances_set_background_url_create(
        &self,
        slug: &str,
        body: &models::FilePathRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/flows/instances/{slug}/set_background_url/"
            "flows_instances_set_background_url_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_empty()
    }

    /// Flow Viewset
    ///
    /// `PUT /flows/instances/{slug}/` (`flows_instances_update`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_update(
        &self,
        slug: &str,
        body: &models::FlowRequest,
    ) -> ResponseFuture<models::Flow> {
        rt::operation!(Put "/flows/instances/{slug}/" "flows_instances_update");
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /flows/instances/{slug}/used_by/` (`flows_instances_used_by_list`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_used_by_list(
        &self,
        slug: &str,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/flows/instances/{slug}/used_by/" "flows_instances_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`FlowsApi::bindings_list`] (`flows_bindings_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct BindingsListParams {
        pub evaluate_on_plan: Option<bool> => query "evaluate_on_plan",
        pub fsb_uuid: Option<::uuid::Uuid> => query "fsb_uuid",
        /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
        pub invalid_response_action: Option<models::InvalidResponseActionEnum> => query "invalid_response_action",
        pub order: Option<i64> => query "order",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        pub policies: Option<Vec<::uuid::Uuid>> => query "policies",
        pub policy_engine_mode: Option<models::PolicyEngineMode> => query "policy_engine_mode",
        pub re_evaluate_policies: Option<bool> => query "re_evaluate_policies",
        /// A search term.
        pub search: Option<String> => query "search",
        pub stage: Option<::uuid::Uuid> => query "stage",
        pub target: Option<::uuid::Uuid> => query "target",
    }
}

/// The `multipart/form-data` body of [`FlowsApi::instances_import_create`] (schema `FileUploadRequest`).
#[derive(Debug)]
pub struct InstancesImportCreateForm {
    pub clear: Option<bool>,
    pub file: Option<rt::FilePart>,
    pub name: Option<String>,
    pub usage: Option<String>,
}

rt::params! {
    /// Optional parameters of [`FlowsApi::instances_list`] (`flows_instances_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InstancesListParams {
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<models::DeniedActionEnum> => query "denied_action",
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: Option<models::FlowDesignationEnum> => query "designation",
        pub flow_uuid: Option<::uuid::Uuid> => query "flow_uuid",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub slug: Option<String> => query "slug",
    }
}

/// The `multipart/form-data` body of [`FlowsApi::instances_set_background_create`] (schema `FileUploadRequest`).
#[derive(Debug)]
pub struct InstancesSetBackgroundCreateForm {
    pub clear: Option<bool>,
    pub file: Option<rt::FilePart>,
    pub name: Option<String>,
    pub usage: Option<String>,
}
