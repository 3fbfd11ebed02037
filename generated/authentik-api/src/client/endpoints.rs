//! Operations tagged `endpoints` (70).
use super::runtime::client as rt;

/// The operations tagged `endpoints`: `client.endpoints()`.
#[derive(Clone, Copy, Debug)]
pub struct EndpointsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl EndpointsApi<'_> {
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/agent_config/` (`endpoints_agents_connectors_agent_config_retrieve`).
    pub fn agents_connectors_agent_config_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::AgentConfig> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_agent_config_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/agents/connectors/agent_config/",
            security: super::SECURITY_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_fed/` (`endpoints_agents_connectors_auth_fed_create`).
    ///
    /// - `device`
    pub fn agents_connectors_auth_fed_create(
        &self,
        device: &str,
    ) -> super::ResponseFuture<super::models::AgentTokenResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_auth_fed_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/auth_fed/",
            security: super::SECURITY_AUTHENTIK_DEVICE_FEDERATION,
            errors: super::ERRORS_400_403_404_4,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("device", device);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_ia/` (`endpoints_agents_connectors_auth_ia_create`).
    pub fn agents_connectors_auth_ia_create(
        &self,
    ) -> super::ResponseFuture<super::models::AgentAuthenticationResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_auth_ia_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/auth_ia/",
            security: super::SECURITY_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/check_in/` (`endpoints_agents_connectors_check_in_create`).
    pub fn agents_connectors_check_in_create(
        &self,
        body: &super::models::DeviceFactsRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_check_in_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/check_in/",
            security: super::SECURITY_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/` (`endpoints_agents_connectors_create`).
    pub fn agents_connectors_create(
        &self,
        body: &super::models::AgentConnectorRequest,
    ) -> super::ResponseFuture<super::models::AgentConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_destroy`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/agents/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/enroll/` (`endpoints_agents_connectors_enroll_create`).
    pub fn agents_connectors_enroll_create(
        &self,
        body: &super::models::EnrollRequest,
    ) -> super::ResponseFuture<super::models::AgentTokenResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_enroll_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/enroll/",
            security: super::SECURITY_AUTHENTIK_DEVICE_ENROLL,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    fn agents_connectors_list_request(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/connectors/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("enabled", &params.enabled);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/` (`endpoints_agents_connectors_list`).
    ///
    /// Optional parameters: [`AgentsConnectorsListParams`].
    pub fn agents_connectors_list(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedAgentConnectorList> {
        self.agents_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_connectors_list_stream(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> super::PageStream<super::models::AgentConnector> {
        self.agents_connectors_list_request(params).paginate()
    }

    /// Generate configuration for MDM systems to deploy authentik Agent
    ///
    /// `POST /endpoints/agents/connectors/{connector_uuid}/mdm_config/` (`endpoints_agents_connectors_mdm_config_create`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_mdm_config_create(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::MDMConfigRequest,
    ) -> super::ResponseFuture<super::models::MDMConfigResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_mdm_config_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/connectors/{connector_uuid}/mdm_config/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_partial_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::PatchedAgentConnectorRequest,
    ) -> super::ResponseFuture<super::models::AgentConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/agents/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_retrieve`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::AgentConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/agents/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::AgentConnectorRequest,
    ) -> super::ResponseFuture<super::models::AgentConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_update",
            method: rt::Method::Put,
            path: "/endpoints/agents/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/used_by/` (`endpoints_agents_connectors_used_by_list`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_connectors_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/connectors/{connector_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_create`).
    pub fn agents_enrollment_tokens_create(
        &self,
        body: &super::models::EnrollmentTokenRequest,
    ) -> super::ResponseFuture<super::models::EnrollmentToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/enrollment_tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_destroy`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_destroy(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_empty()
    }

    fn agents_enrollment_tokens_list_request(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/enrollment_tokens/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("connector", &params.connector);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("token_uuid", &params.token_uuid);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_list`).
    ///
    /// Optional parameters: [`AgentsEnrollmentTokensListParams`].
    pub fn agents_enrollment_tokens_list(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEnrollmentTokenList> {
        self.agents_enrollment_tokens_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_enrollment_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_enrollment_tokens_list_stream(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> super::PageStream<super::models::EnrollmentToken> {
        self.agents_enrollment_tokens_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_partial_update`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_partial_update(
        &self,
        token_uuid: ::uuid::Uuid,
        body: &super::models::PatchedEnrollmentTokenRequest,
    ) -> super::ResponseFuture<super::models::EnrollmentToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_retrieve`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_retrieve(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::EnrollmentToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_update`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_update(
        &self,
        token_uuid: ::uuid::Uuid,
        body: &super::models::EnrollmentTokenRequest,
    ) -> super::ResponseFuture<super::models::EnrollmentToken> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_update",
            method: rt::Method::Put,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/used_by/` (`endpoints_agents_enrollment_tokens_used_by_list`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_used_by_list(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Return token key and log access
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/view_key/` (`endpoints_agents_enrollment_tokens_view_key_retrieve`).
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_view_key_retrieve(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::TokenView> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_enrollment_tokens_view_key_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/agents/enrollment_tokens/{token_uuid}/view_key/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_create`).
    pub fn agents_psso_ise_create(
        &self,
        body: &super::models::AppleIndependentSecureEnclaveRequest,
    ) -> super::ResponseFuture<super::models::AppleIndependentSecureEnclave> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/psso/ise/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/agents/psso/ise/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn agents_psso_ise_list_request(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/psso/ise/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("apple_enclave_key_id", &params.apple_enclave_key_id);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("user", &params.user);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_list`).
    ///
    /// Optional parameters: [`AgentsPssoIseListParams`].
    pub fn agents_psso_ise_list(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedAppleIndependentSecureEnclaveList,
    > {
        self.agents_psso_ise_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_psso_ise_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_psso_ise_list_stream(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> super::PageStream<super::models::AppleIndependentSecureEnclave> {
        self.agents_psso_ise_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedAppleIndependentSecureEnclaveRequest,
    ) -> super::ResponseFuture<super::models::AppleIndependentSecureEnclave> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/agents/psso/ise/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::AppleIndependentSecureEnclave> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/agents/psso/ise/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_update`).
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::AppleIndependentSecureEnclaveRequest,
    ) -> super::ResponseFuture<super::models::AppleIndependentSecureEnclave> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_update",
            method: rt::Method::Put,
            path: "/endpoints/agents/psso/ise/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/used_by/` (`endpoints_agents_psso_ise_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_ise_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/agents/psso/ise/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// `POST /endpoints/agents/psso/register/device/` (`endpoints_agents_psso_register_device_create`).
    pub fn agents_psso_register_device_create(
        &self,
        body: &super::models::AgentPSSODeviceRegistrationRequest,
    ) -> super::ResponseFuture<super::models::AgentPSSODeviceRegistrationResponse> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_register_device_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/psso/register/device/",
            security: super::SECURITY_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `POST /endpoints/agents/psso/register/user/` (`endpoints_agents_psso_register_user_create`).
    pub fn agents_psso_register_user_create(
        &self,
        body: &super::models::AgentPSSOUserRegistrationRequest,
    ) -> super::ResponseFuture<super::models::UserSelf> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_agents_psso_register_user_create",
            method: rt::Method::Post,
            path: "/endpoints/agents/psso/register/user/",
            security: super::SECURITY_AUTHENTIK_DEVICE_AUTH,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Connector Viewset
    ///
    /// `DELETE /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_destroy`).
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_connectors_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn connectors_list_request(&self, params: &ConnectorsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_connectors_list",
            method: rt::Method::Get,
            path: "/endpoints/connectors/",
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

    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/` (`endpoints_connectors_list`).
    ///
    /// Optional parameters: [`ConnectorsListParams`].
    pub fn connectors_list(
        &self,
        params: &ConnectorsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedConnectorList> {
        self.connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn connectors_list_stream(
        &self,
        params: &ConnectorsListParams,
    ) -> super::PageStream<super::models::Connector> {
        self.connectors_list_request(params).paginate()
    }

    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_retrieve`).
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Connector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_connectors_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /endpoints/connectors/types/` (`endpoints_connectors_types_list`).
    pub fn connectors_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_connectors_types_list",
            method: rt::Method::Get,
            path: "/endpoints/connectors/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/used_by/` (`endpoints_connectors_used_by_list`).
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_connectors_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/connectors/{connector_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `POST /endpoints/device_access_groups/` (`endpoints_device_access_groups_create`).
    pub fn device_access_groups_create(
        &self,
        body: &super::models::DeviceAccessGroupRequest,
    ) -> super::ResponseFuture<super::models::DeviceAccessGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_create",
            method: rt::Method::Post,
            path: "/endpoints/device_access_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `DELETE /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_destroy`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/device_access_groups/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn device_access_groups_list_request(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_list",
            method: rt::Method::Get,
            path: "/endpoints/device_access_groups/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("pbm_uuid", &params.pbm_uuid);
        request.query("search", &params.search);
        request
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/` (`endpoints_device_access_groups_list`).
    ///
    /// Optional parameters: [`DeviceAccessGroupsListParams`].
    pub fn device_access_groups_list(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDeviceAccessGroupList> {
        self.device_access_groups_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::device_access_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn device_access_groups_list_stream(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> super::PageStream<super::models::DeviceAccessGroup> {
        self.device_access_groups_list_request(params).paginate()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `PATCH /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_partial_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::PatchedDeviceAccessGroupRequest,
    ) -> super::ResponseFuture<super::models::DeviceAccessGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/device_access_groups/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_retrieve`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::DeviceAccessGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/device_access_groups/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `PUT /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_update`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &super::models::DeviceAccessGroupRequest,
    ) -> super::ResponseFuture<super::models::DeviceAccessGroup> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_update",
            method: rt::Method::Put,
            path: "/endpoints/device_access_groups/{pbm_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/used_by/` (`endpoints_device_access_groups_used_by_list`).
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_access_groups_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/device_access_groups/{pbm_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `POST /endpoints/device_bindings/` (`endpoints_device_bindings_create`).
    pub fn device_bindings_create(
        &self,
        body: &super::models::DeviceUserBindingRequest,
    ) -> super::ResponseFuture<super::models::DeviceUserBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_create",
            method: rt::Method::Post,
            path: "/endpoints/device_bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `DELETE /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_destroy`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_destroy(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/device_bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_empty()
    }

    fn device_bindings_list_request(
        &self,
        params: &DeviceBindingsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_list",
            method: rt::Method::Get,
            path: "/endpoints/device_bindings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("enabled", &params.enabled);
        request.query("order", &params.order);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("policy", &params.policy);
        request.query("policy__isnull", &params.policy_isnull);
        request.query("search", &params.search);
        request.query("target", &params.target);
        request.query("target_in", &params.target_in);
        request.query("timeout", &params.timeout);
        request
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/` (`endpoints_device_bindings_list`).
    ///
    /// Optional parameters: [`DeviceBindingsListParams`].
    pub fn device_bindings_list(
        &self,
        params: &DeviceBindingsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDeviceUserBindingList> {
        self.device_bindings_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::device_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn device_bindings_list_stream(
        &self,
        params: &DeviceBindingsListParams,
    ) -> super::PageStream<super::models::DeviceUserBinding> {
        self.device_bindings_list_request(params).paginate()
    }

    /// PolicyBinding Viewset
    ///
    /// `PATCH /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_partial_update`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_partial_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &super::models::PatchedDeviceUserBindingRequest,
    ) -> super::ResponseFuture<super::models::DeviceUserBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/device_bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_retrieve`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_retrieve(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::DeviceUserBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/device_bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `PUT /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_update`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &super::models::DeviceUserBindingRequest,
    ) -> super::ResponseFuture<super::models::DeviceUserBinding> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_update",
            method: rt::Method::Put,
            path: "/endpoints/device_bindings/{policy_binding_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/used_by/` (`endpoints_device_bindings_used_by_list`).
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_used_by_list(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_device_bindings_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/device_bindings/{policy_binding_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/devices/{device_uuid}/` (`endpoints_devices_destroy`).
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_destroy(
        &self,
        device_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/devices/{device_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_empty()
    }

    fn devices_list_request(&self, params: &DevicesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_list",
            method: rt::Method::Get,
            path: "/endpoints/devices/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("identifier", &params.identifier);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/` (`endpoints_devices_list`).
    ///
    /// Optional parameters: [`DevicesListParams`].
    pub fn devices_list(
        &self,
        params: &DevicesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedEndpointDeviceList> {
        self.devices_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::devices_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn devices_list_stream(
        &self,
        params: &DevicesListParams,
    ) -> super::PageStream<super::models::EndpointDevice> {
        self.devices_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/devices/{device_uuid}/` (`endpoints_devices_partial_update`).
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_partial_update(
        &self,
        device_uuid: ::uuid::Uuid,
        body: &super::models::PatchedEndpointDeviceRequest,
    ) -> super::ResponseFuture<super::models::EndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/devices/{device_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/` (`endpoints_devices_retrieve`).
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_retrieve(
        &self,
        device_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::EndpointDeviceDetails> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/devices/{device_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/summary/` (`endpoints_devices_summary_retrieve`).
    pub fn devices_summary_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::DeviceSummary> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_summary_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/devices/summary/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/devices/{device_uuid}/` (`endpoints_devices_update`).
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_update(
        &self,
        device_uuid: ::uuid::Uuid,
        body: &super::models::EndpointDeviceRequest,
    ) -> super::ResponseFuture<super::models::EndpointDevice> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_update",
            method: rt::Method::Put,
            path: "/endpoints/devices/{device_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/used_by/` (`endpoints_devices_used_by_list`).
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_used_by_list(
        &self,
        device_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_devices_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/devices/{device_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `POST /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_create`).
    pub fn fleet_connectors_create(
        &self,
        body: &super::models::FleetConnectorRequest,
    ) -> super::ResponseFuture<super::models::FleetConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_create",
            method: rt::Method::Post,
            path: "/endpoints/fleet/connectors/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `DELETE /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_destroy`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/fleet/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn fleet_connectors_list_request(
        &self,
        params: &FleetConnectorsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_list",
            method: rt::Method::Get,
            path: "/endpoints/fleet/connectors/",
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

    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_list`).
    ///
    /// Optional parameters: [`FleetConnectorsListParams`].
    pub fn fleet_connectors_list(
        &self,
        params: &FleetConnectorsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedFleetConnectorList> {
        self.fleet_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::fleet_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn fleet_connectors_list_stream(
        &self,
        params: &FleetConnectorsListParams,
    ) -> super::PageStream<super::models::FleetConnector> {
        self.fleet_connectors_list_request(params).paginate()
    }

    /// FleetConnector Viewset
    ///
    /// `PATCH /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_partial_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::PatchedFleetConnectorRequest,
    ) -> super::ResponseFuture<super::models::FleetConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/fleet/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_retrieve`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::FleetConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/fleet/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `PUT /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::FleetConnectorRequest,
    ) -> super::ResponseFuture<super::models::FleetConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_update",
            method: rt::Method::Put,
            path: "/endpoints/fleet/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/used_by/` (`endpoints_fleet_connectors_used_by_list`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_fleet_connectors_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/fleet/connectors/{connector_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `POST /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_create`).
    pub fn google_chrome_connectors_create(
        &self,
        body: &super::models::GoogleChromeConnectorRequest,
    ) -> super::ResponseFuture<super::models::GoogleChromeConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_create",
            method: rt::Method::Post,
            path: "/endpoints/google_chrome/connectors/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `DELETE /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_destroy`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_destroy",
            method: rt::Method::Delete,
            path: "/endpoints/google_chrome/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn google_chrome_connectors_list_request(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_list",
            method: rt::Method::Get,
            path: "/endpoints/google_chrome/connectors/",
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

    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_list`).
    ///
    /// Optional parameters: [`GoogleChromeConnectorsListParams`].
    pub fn google_chrome_connectors_list(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedGoogleChromeConnectorList> {
        self.google_chrome_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::google_chrome_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_chrome_connectors_list_stream(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> super::PageStream<super::models::GoogleChromeConnector> {
        self.google_chrome_connectors_list_request(params).paginate()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `PATCH /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_partial_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::PatchedGoogleChromeConnectorRequest,
    ) -> super::ResponseFuture<super::models::GoogleChromeConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_partial_update",
            method: rt::Method::Patch,
            path: "/endpoints/google_chrome/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_retrieve`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::GoogleChromeConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_retrieve",
            method: rt::Method::Get,
            path: "/endpoints/google_chrome/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `PUT /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_update`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &super::models::GoogleChromeConnectorRequest,
    ) -> super::ResponseFuture<super::models::GoogleChromeConnector> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_update",
            method: rt::Method::Put,
            path: "/endpoints/google_chrome/connectors/{connector_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/used_by/` (`endpoints_google_chrome_connectors_used_by_list`).
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "endpoints_google_chrome_connectors_used_by_list",
            method: rt::Method::Get,
            path: "/endpoints/google_chrome/connectors/{connector_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }
}

/// Optional parameters of [`EndpointsApi::agents_connectors_list`] (`endpoints_agents_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgentsConnectorsListParams {
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
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

/// Optional parameters of [`EndpointsApi::agents_enrollment_tokens_list`] (`endpoints_agents_enrollment_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgentsEnrollmentTokensListParams {
    /// Query parameter `connector`.
    pub connector: Option<::uuid::Uuid>,
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
    /// Query parameter `token_uuid`.
    pub token_uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`EndpointsApi::agents_psso_ise_list`] (`endpoints_agents_psso_ise_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgentsPssoIseListParams {
    /// Query parameter `apple_enclave_key_id`.
    pub apple_enclave_key_id: Option<String>,
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
    /// Query parameter `user`.
    pub user: Option<i64>,
}

/// Optional parameters of [`EndpointsApi::connectors_list`] (`endpoints_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConnectorsListParams {
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

/// Optional parameters of [`EndpointsApi::device_access_groups_list`] (`endpoints_device_access_groups_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeviceAccessGroupsListParams {
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
    /// Query parameter `pbm_uuid`.
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`EndpointsApi::device_bindings_list`] (`endpoints_device_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeviceBindingsListParams {
    /// Query parameter `enabled`.
    pub enabled: Option<bool>,
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
    /// Query parameter `policy`.
    pub policy: Option<::uuid::Uuid>,
    /// Query parameter `policy__isnull`.
    pub policy_isnull: Option<bool>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `target`.
    pub target: Option<::uuid::Uuid>,
    /// Query parameter `target_in`.
    pub target_in: Option<Vec<::uuid::Uuid>>,
    /// Query parameter `timeout`.
    pub timeout: Option<i64>,
}

/// Optional parameters of [`EndpointsApi::devices_list`] (`endpoints_devices_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DevicesListParams {
    /// Query parameter `identifier`.
    pub identifier: Option<String>,
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

/// Optional parameters of [`EndpointsApi::fleet_connectors_list`] (`endpoints_fleet_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FleetConnectorsListParams {
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

/// Optional parameters of [`EndpointsApi::google_chrome_connectors_list`] (`endpoints_google_chrome_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoogleChromeConnectorsListParams {
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
