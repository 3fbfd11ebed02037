//! Operations tagged `flows` (22).
use super::runtime::client as rt;

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
        body: &super::models::FlowStageBindingRequest,
    ) -> super::ResponseFuture<super::models::FlowStageBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_create",
            method: rt::Method::Post,
            path: "/flows/bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// FlowStageBinding Viewset
    ///
    /// `DELETE /flows/bindings/{fsb_uuid}/` (`flows_bindings_destroy`).
    ///
    /// - `fsb_uuid`: A UUID string identifying this Flow Stage Binding.
    pub fn bindings_destroy(&self, fsb_uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_destroy",
            method: rt::Method::Delete,
            path: "/flows/bindings/{fsb_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("fsb_uuid", &fsb_uuid);
        request.send_empty()
    }

    fn bindings_list_request(&self, params: &BindingsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_list",
            method: rt::Method::Get,
            path: "/flows/bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("evaluate_on_plan", &params.evaluate_on_plan);
        request.query("fsb_uuid", &params.fsb_uuid);
        request.query("invalid_response_action", &params.invalid_response_action);
        request.query("order", &params.order);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("policies", &params.policies);
        request.query("policy_engine_mode", &params.policy_engine_mode);
        request.query("re_evaluate_policies", &params.re_evaluate_policies);
        request.query("search", &params.search);
        request.query("stage", &params.stage);
        request.query("target", &params.target);
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
    ) -> super::ResponseFuture<super::models::PaginatedFlowStageBindingList> {
        self.bindings_list_request(params).send_json()
    }

    /// Every item of [`FlowsApi::bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn bindings_list_stream(
        &self,
        params: &BindingsListParams,
    ) -> super::PageStream<super::models::FlowStageBinding> {
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
        body: &super::models::PatchedFlowStageBindingRequest,
    ) -> super::ResponseFuture<super::models::FlowStageBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_partial_update",
            method: rt::Method::Patch,
            path: "/flows/bindings/{fsb_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::FlowStageBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_retrieve",
            method: rt::Method::Get,
            path: "/flows/bindings/{fsb_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
        body: &super::models::FlowStageBindingRequest,
    ) -> super::ResponseFuture<super::models::FlowStageBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_update",
            method: rt::Method::Put,
            path: "/flows/bindings/{fsb_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_bindings_used_by_list",
            method: rt::Method::Get,
            path: "/flows/bindings/{fsb_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::ChallengeTypes> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_executor_get",
            method: rt::Method::Get,
            path: "/flows/executor/{flow_slug}/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
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
        body: Option<&super::models::FlowChallengeResponseRequest>,
    ) -> super::ResponseFuture<super::models::ChallengeTypes> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_executor_solve",
            method: rt::Method::Post,
            path: "/flows/executor/{flow_slug}/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::FlowInspection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_inspector_get",
            method: rt::Method::Get,
            path: "/flows/inspector/{flow_slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_4,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("flow_slug", flow_slug);
        request.send_json()
    }

    /// Clear flow cache
    ///
    /// `POST /flows/instances/cache_clear/` (`flows_instances_cache_clear_create`).
    pub fn instances_cache_clear_create(&self) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_cache_clear_create",
            method: rt::Method::Post,
            path: "/flows/instances/cache_clear/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        self.client.request(&OPERATION).send_empty()
    }

    /// Info about cached flows
    ///
    /// `GET /flows/instances/cache_info/` (`flows_instances_cache_info_retrieve`).
    pub fn instances_cache_info_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::Cache> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_cache_info_retrieve",
            method: rt::Method::Get,
            path: "/flows/instances/cache_info/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Flow Viewset
    ///
    /// `POST /flows/instances/` (`flows_instances_create`).
    pub fn instances_create(
        &self,
        body: &super::models::FlowRequest,
    ) -> super::ResponseFuture<super::models::Flow> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_create",
            method: rt::Method::Post,
            path: "/flows/instances/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Flow Viewset
    ///
    /// `DELETE /flows/instances/{slug}/` (`flows_instances_destroy`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_destroy(&self, slug: &str) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_destroy",
            method: rt::Method::Delete,
            path: "/flows/instances/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::FlowDiagram> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_diagram_retrieve",
            method: rt::Method::Get,
            path: "/flows/instances/{slug}/diagram/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<super::models::Link> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_execute_retrieve",
            method: rt::Method::Get,
            path: "/flows/instances/{slug}/execute/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_5,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Export flow to .yaml file
    ///
    /// `GET /flows/instances/{slug}/export/` (`flows_instances_export_retrieve`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_export_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<rt::Bytes> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_export_retrieve",
            method: rt::Method::Get,
            path: "/flows/instances/{slug}/export/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_bytes()
    }

    fn instances_list_request(&self, params: &InstancesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_list",
            method: rt::Method::Get,
            path: "/flows/instances/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("denied_action", &params.denied_action);
        request.query("designation", &params.designation);
        request.query("flow_uuid", &params.flow_uuid);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("slug", &params.slug);
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
    ) -> super::ResponseFuture<super::models::PaginatedFlowList> {
        self.instances_list_request(params).send_json()
    }

    /// Every item of [`FlowsApi::instances_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn instances_list_stream(
        &self,
        params: &InstancesListParams,
    ) -> super::PageStream<super::models::Flow> {
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
        body: &super::models::PatchedFlowRequest,
    ) -> super::ResponseFuture<super::models::Flow> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_partial_update",
            method: rt::Method::Patch,
            path: "/flows/instances/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    pub fn instances_retrieve(
        &self,
        slug: &str,
    ) -> super::ResponseFuture<super::models::Flow> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_retrieve",
            method: rt::Method::Get,
            path: "/flows/instances/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }

    /// Flow Viewset
    ///
    /// `PUT /flows/instances/{slug}/` (`flows_instances_update`).
    ///
    /// - `slug`: Visible in the URL.
    pub fn instances_update(
        &self,
        slug: &str,
        body: &super::models::FlowRequest,
    ) -> super::ResponseFuture<super::models::Flow> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_update",
            method: rt::Method::Put,
            path: "/flows/instances/{slug}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
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
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "flows_instances_used_by_list",
            method: rt::Method::Get,
            path: "/flows/instances/{slug}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("slug", slug);
        request.send_json()
    }
}

/// Optional parameters of [`FlowsApi::bindings_list`] (`flows_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BindingsListParams {
    /// Query parameter `evaluate_on_plan`.
    pub evaluate_on_plan: Option<bool>,
    /// Query parameter `fsb_uuid`.
    pub fsb_uuid: Option<::uuid::Uuid>,
    /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
    ///
    /// Query parameter `invalid_response_action`.
    pub invalid_response_action: Option<super::models::InvalidResponseActionEnum>,
    /// Query parameter `order`.
    pub order: Option<i64>,
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
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// Query parameter `policies`.
    pub policies: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `policy_engine_mode`.
    pub policy_engine_mode: Option<super::models::PolicyEngineMode>,
    /// Query parameter `re_evaluate_policies`.
    pub re_evaluate_policies: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `stage`.
    pub stage: Option<::uuid::Uuid>,
    /// Query parameter `target`.
    pub target: Option<::uuid::Uuid>,
}

/// Optional parameters of [`FlowsApi::instances_list`] (`flows_instances_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InstancesListParams {
    /// Configure what should happen when a flow denies access to a user.
    ///
    /// Query parameter `denied_action`.
    pub denied_action: Option<super::models::DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    ///
    /// Query parameter `designation`.
    pub designation: Option<super::models::FlowDesignationEnum>,
    /// Query parameter `flow_uuid`.
    pub flow_uuid: Option<::uuid::Uuid>,
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
    /// Query parameter `slug`.
    pub slug: Option<String>,
}
