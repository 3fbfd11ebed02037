//! Operations tagged `endpoints` (70).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `endpoints`: `client.endpoints()`.
#[derive(Clone, Copy, Debug)]
pub struct EndpointsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl EndpointsApi<'_> {
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/agent_config/` (`endpoints_agents_connectors_agent_config_retrieve`).
    /// Since 2026.11.0-rc1.
    pub fn agents_connectors_agent_config_retrieve(
        &self,
    ) -> ResponseFuture<models::AgentConfig> {
        rt::operation!(
            Get "/endpoints/agents/connectors/agent_config/"
            "endpoints_agents_connectors_agent_config_retrieve"
            security(SECURITY_AUTHENTIK_DEVICE_AUTH)
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_fed/` (`endpoints_agents_connectors_auth_fed_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device`
    pub fn agents_connectors_auth_fed_create(
        &self,
        device: &str,
    ) -> ResponseFuture<models::AgentTokenResponse> {
        rt::operation!(
            Post "/endpoints/agents/connectors/auth_fed/"
            "endpoints_agents_connectors_auth_fed_create"
            security(SECURITY_AUTHENTIK_DEVICE_FEDERATION)
            errors(ERRORS_400_403_404_405_415_11)
        );
        let mut request = self.client.request(&OPERATION);
        request.query("device", device);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_ia/` (`endpoints_agents_connectors_auth_ia_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_connectors_auth_ia_create(
        &self,
    ) -> ResponseFuture<models::AgentAuthenticationResponse> {
        rt::operation!(
            Post "/endpoints/agents/connectors/auth_ia/"
            "endpoints_agents_connectors_auth_ia_create"
            security(SECURITY_AUTHENTIK_DEVICE_AUTH)
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/check_in/` (`endpoints_agents_connectors_check_in_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_connectors_check_in_create(
        &self,
        body: &models::DeviceFactsRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/endpoints/agents/connectors/check_in/"
            "endpoints_agents_connectors_check_in_create"
            security(SECURITY_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/` (`endpoints_agents_connectors_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_connectors_create(
        &self,
        body: &models::AgentConnectorRequest,
    ) -> ResponseFuture<models::AgentConnector> {
        rt::operation!(
            Post "/endpoints/agents/connectors/" "endpoints_agents_connectors_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/agents/connectors/{connector_uuid}/"
            "endpoints_agents_connectors_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/enroll/` (`endpoints_agents_connectors_enroll_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_connectors_enroll_create(
        &self,
        body: &models::EnrollRequest,
    ) -> ResponseFuture<models::AgentTokenResponse> {
        rt::operation!(
            Post "/endpoints/agents/connectors/enroll/"
            "endpoints_agents_connectors_enroll_create"
            security(SECURITY_AUTHENTIK_DEVICE_ENROLL)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    fn agents_connectors_list_request(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/agents/connectors/" "endpoints_agents_connectors_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/` (`endpoints_agents_connectors_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`AgentsConnectorsListParams`].
    pub fn agents_connectors_list(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> ResponseFuture<models::PaginatedAgentConnectorList> {
        self.agents_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_connectors_list_stream(
        &self,
        params: &AgentsConnectorsListParams,
    ) -> PageStream<models::AgentConnector> {
        self.agents_connectors_list_request(params).paginate()
    }

    /// Generate configuration for MDM systems to deploy authentik Agent
    ///
    /// `POST /endpoints/agents/connectors/{connector_uuid}/mdm_config/` (`endpoints_agents_connectors_mdm_config_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_mdm_config_create(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::MDMConfigRequest,
    ) -> ResponseFuture<models::MDMConfigResponse> {
        rt::operation!(
            Post "/endpoints/agents/connectors/{connector_uuid}/mdm_config/"
            "endpoints_agents_connectors_mdm_config_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::PatchedAgentConnectorRequest,
    ) -> ResponseFuture<models::AgentConnector> {
        rt::operation!(
            Patch "/endpoints/agents/connectors/{connector_uuid}/"
            "endpoints_agents_connectors_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AgentConnector> {
        rt::operation!(
            Get "/endpoints/agents/connectors/{connector_uuid}/"
            "endpoints_agents_connectors_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::AgentConnectorRequest,
    ) -> ResponseFuture<models::AgentConnector> {
        rt::operation!(
            Put "/endpoints/agents/connectors/{connector_uuid}/"
            "endpoints_agents_connectors_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/used_by/` (`endpoints_agents_connectors_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Agent Connector.
    pub fn agents_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/agents/connectors/{connector_uuid}/used_by/"
            "endpoints_agents_connectors_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_enrollment_tokens_create(
        &self,
        body: &models::EnrollmentTokenRequest,
    ) -> ResponseFuture<models::EnrollmentToken> {
        rt::operation!(
            Post "/endpoints/agents/enrollment_tokens/"
            "endpoints_agents_enrollment_tokens_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_destroy(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/agents/enrollment_tokens/{token_uuid}/"
            "endpoints_agents_enrollment_tokens_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_empty()
    }

    fn agents_enrollment_tokens_list_request(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/agents/enrollment_tokens/"
            "endpoints_agents_enrollment_tokens_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`AgentsEnrollmentTokensListParams`].
    pub fn agents_enrollment_tokens_list(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> ResponseFuture<models::PaginatedEnrollmentTokenList> {
        self.agents_enrollment_tokens_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_enrollment_tokens_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_enrollment_tokens_list_stream(
        &self,
        params: &AgentsEnrollmentTokensListParams,
    ) -> PageStream<models::EnrollmentToken> {
        self.agents_enrollment_tokens_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_partial_update(
        &self,
        token_uuid: ::uuid::Uuid,
        body: &models::PatchedEnrollmentTokenRequest,
    ) -> ResponseFuture<models::EnrollmentToken> {
        rt::operation!(
            Patch "/endpoints/agents/enrollment_tokens/{token_uuid}/"
            "endpoints_agents_enrollment_tokens_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_retrieve(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::EnrollmentToken> {
        rt::operation!(
            Get "/endpoints/agents/enrollment_tokens/{token_uuid}/"
            "endpoints_agents_enrollment_tokens_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_update(
        &self,
        token_uuid: ::uuid::Uuid,
        body: &models::EnrollmentTokenRequest,
    ) -> ResponseFuture<models::EnrollmentToken> {
        rt::operation!(
            Put "/endpoints/agents/enrollment_tokens/{token_uuid}/"
            "endpoints_agents_enrollment_tokens_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/used_by/` (`endpoints_agents_enrollment_tokens_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_used_by_list(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/agents/enrollment_tokens/{token_uuid}/used_by/"
            "endpoints_agents_enrollment_tokens_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Return token key and log access
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/view_key/` (`endpoints_agents_enrollment_tokens_view_key_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `token_uuid`: A UUID string identifying this Enrollment Token.
    pub fn agents_enrollment_tokens_view_key_retrieve(
        &self,
        token_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::TokenView> {
        rt::operation!(
            Get "/endpoints/agents/enrollment_tokens/{token_uuid}/view_key/"
            "endpoints_agents_enrollment_tokens_view_key_retrieve"
            errors(ERRORS_400_403_404_405_415_5)
        );
        let mut request = self.client.request(&OPERATION);
        request.path("token_uuid", &token_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_psso_ise_create(
        &self,
        body: &models::AppleIndependentSecureEnclaveRequest,
    ) -> ResponseFuture<models::AppleIndependentSecureEnclave> {
        rt::operation!(
            Post "/endpoints/agents/psso/ise/" "endpoints_agents_psso_ise_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/agents/psso/ise/{uuid}/"
            "endpoints_agents_psso_ise_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn agents_psso_ise_list_request(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/agents/psso/ise/" "endpoints_agents_psso_ise_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`AgentsPssoIseListParams`].
    pub fn agents_psso_ise_list(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> ResponseFuture<models::PaginatedAppleIndependentSecureEnclaveList> {
        self.agents_psso_ise_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::agents_psso_ise_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn agents_psso_ise_list_stream(
        &self,
        params: &AgentsPssoIseListParams,
    ) -> PageStream<models::AppleIndependentSecureEnclave> {
        self.agents_psso_ise_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::PatchedAppleIndependentSecureEnclaveRequest,
    ) -> ResponseFuture<models::AppleIndependentSecureEnclave> {
        rt::operation!(
            Patch "/endpoints/agents/psso/ise/{uuid}/"
            "endpoints_agents_psso_ise_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::AppleIndependentSecureEnclave> {
        rt::operation!(
            Get "/endpoints/agents/psso/ise/{uuid}/" "endpoints_agents_psso_ise_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::AppleIndependentSecureEnclaveRequest,
    ) -> ResponseFuture<models::AppleIndependentSecureEnclave> {
        rt::operation!(
            Put "/endpoints/agents/psso/ise/{uuid}/" "endpoints_agents_psso_ise_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/used_by/` (`endpoints_agents_psso_ise_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Apple Independent Secure Enclave.
    pub fn agents_psso_ise_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/agents/psso/ise/{uuid}/used_by/"
            "endpoints_agents_psso_ise_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// `POST /endpoints/agents/psso/register/device/` (`endpoints_agents_psso_register_device_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_psso_register_device_create(
        &self,
        body: &models::AgentPSSODeviceRegistrationRequest,
    ) -> ResponseFuture<models::AgentPSSODeviceRegistrationResponse> {
        rt::operation!(
            Post "/endpoints/agents/psso/register/device/"
            "endpoints_agents_psso_register_device_create"
            security(SECURITY_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// `POST /endpoints/agents/psso/register/user/` (`endpoints_agents_psso_register_user_create`).
    /// Since 2026.11.0-rc1.
    pub fn agents_psso_register_user_create(
        &self,
        body: &models::AgentPSSOUserRegistrationRequest,
    ) -> ResponseFuture<models::UserSelf> {
        rt::operation!(
            Post "/endpoints/agents/psso/register/user/"
            "endpoints_agents_psso_register_user_create"
            security(SECURITY_AUTHENTIK_DEVICE_AUTH)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Connector Viewset
    ///
    /// `DELETE /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/connectors/{connector_uuid}/"
            "endpoints_connectors_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn connectors_list_request(&self, params: &ConnectorsListParams) -> rt::Request {
        rt::operation!(Get "/endpoints/connectors/" "endpoints_connectors_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/` (`endpoints_connectors_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`ConnectorsListParams`].
    pub fn connectors_list(
        &self,
        params: &ConnectorsListParams,
    ) -> ResponseFuture<models::PaginatedConnectorList> {
        self.connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn connectors_list_stream(
        &self,
        params: &ConnectorsListParams,
    ) -> PageStream<models::Connector> {
        self.connectors_list_request(params).paginate()
    }

    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::Connector> {
        rt::operation!(
            Get "/endpoints/connectors/{connector_uuid}/" "endpoints_connectors_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /endpoints/connectors/types/` (`endpoints_connectors_types_list`).
    /// Since 2026.11.0-rc1.
    pub fn connectors_types_list(&self) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(
            Get "/endpoints/connectors/types/" "endpoints_connectors_types_list"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/used_by/` (`endpoints_connectors_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this connector.
    pub fn connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/connectors/{connector_uuid}/used_by/"
            "endpoints_connectors_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `POST /endpoints/device_access_groups/` (`endpoints_device_access_groups_create`).
    /// Since 2026.11.0-rc1.
    pub fn device_access_groups_create(
        &self,
        body: &models::DeviceAccessGroupRequest,
    ) -> ResponseFuture<models::DeviceAccessGroup> {
        rt::operation!(
            Post "/endpoints/device_access_groups/"
            "endpoints_device_access_groups_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `DELETE /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_destroy(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/device_access_groups/{pbm_uuid}/"
            "endpoints_device_access_groups_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_empty()
    }

    fn device_access_groups_list_request(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/device_access_groups/" "endpoints_device_access_groups_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/` (`endpoints_device_access_groups_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`DeviceAccessGroupsListParams`].
    pub fn device_access_groups_list(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> ResponseFuture<models::PaginatedDeviceAccessGroupList> {
        self.device_access_groups_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::device_access_groups_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn device_access_groups_list_stream(
        &self,
        params: &DeviceAccessGroupsListParams,
    ) -> PageStream<models::DeviceAccessGroup> {
        self.device_access_groups_list_request(params).paginate()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `PATCH /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_partial_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::PatchedDeviceAccessGroupRequest,
    ) -> ResponseFuture<models::DeviceAccessGroup> {
        rt::operation!(
            Patch "/endpoints/device_access_groups/{pbm_uuid}/"
            "endpoints_device_access_groups_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_retrieve(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DeviceAccessGroup> {
        rt::operation!(
            Get "/endpoints/device_access_groups/{pbm_uuid}/"
            "endpoints_device_access_groups_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// DeviceAccessGroup Viewset
    ///
    /// `PUT /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_update(
        &self,
        pbm_uuid: ::uuid::Uuid,
        body: &models::DeviceAccessGroupRequest,
    ) -> ResponseFuture<models::DeviceAccessGroup> {
        rt::operation!(
            Put "/endpoints/device_access_groups/{pbm_uuid}/"
            "endpoints_device_access_groups_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/used_by/` (`endpoints_device_access_groups_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `pbm_uuid`: A UUID string identifying this Device access group.
    pub fn device_access_groups_used_by_list(
        &self,
        pbm_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/device_access_groups/{pbm_uuid}/used_by/"
            "endpoints_device_access_groups_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("pbm_uuid", &pbm_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `POST /endpoints/device_bindings/` (`endpoints_device_bindings_create`).
    /// Since 2026.11.0-rc1.
    pub fn device_bindings_create(
        &self,
        body: &models::DeviceUserBindingRequest,
    ) -> ResponseFuture<models::DeviceUserBinding> {
        rt::operation!(
            Post "/endpoints/device_bindings/" "endpoints_device_bindings_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `DELETE /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_destroy(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/device_bindings/{policy_binding_uuid}/"
            "endpoints_device_bindings_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_empty()
    }

    fn device_bindings_list_request(
        &self,
        params: &DeviceBindingsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/device_bindings/" "endpoints_device_bindings_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/` (`endpoints_device_bindings_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`DeviceBindingsListParams`].
    pub fn device_bindings_list(
        &self,
        params: &DeviceBindingsListParams,
    ) -> ResponseFuture<models::PaginatedDeviceUserBindingList> {
        self.device_bindings_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::device_bindings_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn device_bindings_list_stream(
        &self,
        params: &DeviceBindingsListParams,
    ) -> PageStream<models::DeviceUserBinding> {
        self.device_bindings_list_request(params).paginate()
    }

    /// PolicyBinding Viewset
    ///
    /// `PATCH /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_partial_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &models::PatchedDeviceUserBindingRequest,
    ) -> ResponseFuture<models::DeviceUserBinding> {
        rt::operation!(
            Patch "/endpoints/device_bindings/{policy_binding_uuid}/"
            "endpoints_device_bindings_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_retrieve(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::DeviceUserBinding> {
        rt::operation!(
            Get "/endpoints/device_bindings/{policy_binding_uuid}/"
            "endpoints_device_bindings_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// PolicyBinding Viewset
    ///
    /// `PUT /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_update(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
        body: &models::DeviceUserBindingRequest,
    ) -> ResponseFuture<models::DeviceUserBinding> {
        rt::operation!(
            Put "/endpoints/device_bindings/{policy_binding_uuid}/"
            "endpoints_device_bindings_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/used_by/` (`endpoints_device_bindings_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `policy_binding_uuid`: A UUID string identifying this Device User binding.
    pub fn device_bindings_used_by_list(
        &self,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/device_bindings/{policy_binding_uuid}/used_by/"
            "endpoints_device_bindings_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("policy_binding_uuid", &policy_binding_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/devices/{device_uuid}/` (`endpoints_devices_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_destroy(&self, device_uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/devices/{device_uuid}/" "endpoints_devices_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_empty()
    }

    fn devices_list_request(&self, params: &DevicesListParams) -> rt::Request {
        rt::operation!(Get "/endpoints/devices/" "endpoints_devices_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/` (`endpoints_devices_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`DevicesListParams`].
    pub fn devices_list(
        &self,
        params: &DevicesListParams,
    ) -> ResponseFuture<models::PaginatedEndpointDeviceList> {
        self.devices_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::devices_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn devices_list_stream(
        &self,
        params: &DevicesListParams,
    ) -> PageStream<models::EndpointDevice> {
        self.devices_list_request(params).paginate()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/devices/{device_uuid}/` (`endpoints_devices_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_partial_update(
        &self,
        device_uuid: ::uuid::Uuid,
        body: &models::PatchedEndpointDeviceRequest,
    ) -> ResponseFuture<models::EndpointDevice> {
        rt::operation!(
            Patch "/endpoints/devices/{device_uuid}/" "endpoints_devices_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.json(body);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/` (`endpoints_devices_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_retrieve(
        &self,
        device_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::EndpointDeviceDetails> {
        rt::operation!(
            Get "/endpoints/devices/{device_uuid}/" "endpoints_devices_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/summary/` (`endpoints_devices_summary_retrieve`).
    /// Since 2026.11.0-rc1.
    pub fn devices_summary_retrieve(&self) -> ResponseFuture<models::DeviceSummary> {
        rt::operation!(
            Get "/endpoints/devices/summary/" "endpoints_devices_summary_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/devices/{device_uuid}/` (`endpoints_devices_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_update(
        &self,
        device_uuid: ::uuid::Uuid,
        body: &models::EndpointDeviceRequest,
    ) -> ResponseFuture<models::EndpointDevice> {
        rt::operation!(
            Put "/endpoints/devices/{device_uuid}/" "endpoints_devices_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/used_by/` (`endpoints_devices_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `device_uuid`: A UUID string identifying this Device.
    pub fn devices_used_by_list(
        &self,
        device_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/devices/{device_uuid}/used_by/"
            "endpoints_devices_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("device_uuid", &device_uuid);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `POST /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_create`).
    /// Since 2026.11.0-rc1.
    pub fn fleet_connectors_create(
        &self,
        body: &models::FleetConnectorRequest,
    ) -> ResponseFuture<models::FleetConnector> {
        rt::operation!(
            Post "/endpoints/fleet/connectors/" "endpoints_fleet_connectors_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `DELETE /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/fleet/connectors/{connector_uuid}/"
            "endpoints_fleet_connectors_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn fleet_connectors_list_request(
        &self,
        params: &FleetConnectorsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/fleet/connectors/" "endpoints_fleet_connectors_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`FleetConnectorsListParams`].
    pub fn fleet_connectors_list(
        &self,
        params: &FleetConnectorsListParams,
    ) -> ResponseFuture<models::PaginatedFleetConnectorList> {
        self.fleet_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::fleet_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn fleet_connectors_list_stream(
        &self,
        params: &FleetConnectorsListParams,
    ) -> PageStream<models::FleetConnector> {
        self.fleet_connectors_list_request(params).paginate()
    }

    /// FleetConnector Viewset
    ///
    /// `PATCH /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::PatchedFleetConnectorRequest,
    ) -> ResponseFuture<models::FleetConnector> {
        rt::operation!(
            Patch "/endpoints/fleet/connectors/{connector_uuid}/"
            "endpoints_fleet_connectors_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::FleetConnector> {
        rt::operation!(
            Get "/endpoints/fleet/connectors/{connector_uuid}/"
            "endpoints_fleet_connectors_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// FleetConnector Viewset
    ///
    /// `PUT /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::FleetConnectorRequest,
    ) -> ResponseFuture<models::FleetConnector> {
        rt::operation!(
            Put "/endpoints/fleet/connectors/{connector_uuid}/"
            "endpoints_fleet_connectors_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/used_by/` (`endpoints_fleet_connectors_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Fleet Connector.
    pub fn fleet_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/fleet/connectors/{connector_uuid}/used_by/"
            "endpoints_fleet_connectors_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `POST /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_create`).
    /// Since 2026.11.0-rc1.
    pub fn google_chrome_connectors_create(
        &self,
        body: &models::GoogleChromeConnectorRequest,
    ) -> ResponseFuture<models::GoogleChromeConnector> {
        rt::operation!(
            Post "/endpoints/google_chrome/connectors/"
            "endpoints_google_chrome_connectors_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `DELETE /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_destroy`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_destroy(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/endpoints/google_chrome/connectors/{connector_uuid}/"
            "endpoints_google_chrome_connectors_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_empty()
    }

    fn google_chrome_connectors_list_request(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/endpoints/google_chrome/connectors/"
            "endpoints_google_chrome_connectors_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// Optional parameters: [`GoogleChromeConnectorsListParams`].
    pub fn google_chrome_connectors_list(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> ResponseFuture<models::PaginatedGoogleChromeConnectorList> {
        self.google_chrome_connectors_list_request(params).send_json()
    }

    /// Every item of [`EndpointsApi::google_chrome_connectors_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn google_chrome_connectors_list_stream(
        &self,
        params: &GoogleChromeConnectorsListParams,
    ) -> PageStream<models::GoogleChromeConnector> {
        self.google_chrome_connectors_list_request(params).paginate()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `PATCH /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_partial_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_partial_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::PatchedGoogleChromeConnectorRequest,
    ) -> ResponseFuture<models::GoogleChromeConnector> {
        rt::operation!(
            Patch "/endpoints/google_chrome/connectors/{connector_uuid}/"
            "endpoints_google_chrome_connectors_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_retrieve`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_retrieve(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<models::GoogleChromeConnector> {
        rt::operation!(
            Get "/endpoints/google_chrome/connectors/{connector_uuid}/"
            "endpoints_google_chrome_connectors_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }

    /// GoogleChromeConnector Viewset
    ///
    /// `PUT /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_update`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_update(
        &self,
        connector_uuid: ::uuid::Uuid,
        body: &models::GoogleChromeConnectorRequest,
    ) -> ResponseFuture<models::GoogleChromeConnector> {
        rt::operation!(
            Put "/endpoints/google_chrome/connectors/{connector_uuid}/"
            "endpoints_google_chrome_connectors_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/used_by/` (`endpoints_google_chrome_connectors_used_by_list`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `connector_uuid`: A UUID string identifying this Google Device Trust Connector.
    pub fn google_chrome_connectors_used_by_list(
        &self,
        connector_uuid: ::uuid::Uuid,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/endpoints/google_chrome/connectors/{connector_uuid}/used_by/"
            "endpoints_google_chrome_connectors_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("connector_uuid", &connector_uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`EndpointsApi::agents_connectors_list`] (`endpoints_agents_connectors_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AgentsConnectorsListParams {
        pub enabled: Option<bool> => query "enabled",
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
    /// Optional parameters of [`EndpointsApi::agents_enrollment_tokens_list`] (`endpoints_agents_enrollment_tokens_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AgentsEnrollmentTokensListParams {
        pub connector: Option<::uuid::Uuid> => query "connector",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub token_uuid: Option<::uuid::Uuid> => query "token_uuid",
    }
}

rt::params! {
    /// Optional parameters of [`EndpointsApi::agents_psso_ise_list`] (`endpoints_agents_psso_ise_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AgentsPssoIseListParams {
        pub apple_enclave_key_id: Option<String> => query "apple_enclave_key_id",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user: Option<i64> => query "user",
    }
}

rt::params! {
    /// Optional parameters of [`EndpointsApi::connectors_list`] (`endpoints_connectors_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ConnectorsListParams {
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
    /// Optional parameters of [`EndpointsApi::device_access_groups_list`] (`endpoints_device_access_groups_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DeviceAccessGroupsListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub pbm_uuid: Option<::uuid::Uuid> => query "pbm_uuid",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`EndpointsApi::device_bindings_list`] (`endpoints_device_bindings_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DeviceBindingsListParams {
        pub enabled: Option<bool> => query "enabled",
        pub order: Option<i64> => query "order",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub policy: Option<::uuid::Uuid> => query "policy",
        pub policy_isnull: Option<bool> => query "policy__isnull",
        /// A search term.
        pub search: Option<String> => query "search",
        pub target: Option<::uuid::Uuid> => query "target",
        pub target_in: Option<Vec<::uuid::Uuid>> => query "target_in",
        pub timeout: Option<i64> => query "timeout",
    }
}

rt::params! {
    /// Optional parameters of [`EndpointsApi::devices_list`] (`endpoints_devices_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DevicesListParams {
        pub identifier: Option<String> => query "identifier",
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
    /// Optional parameters of [`EndpointsApi::fleet_connectors_list`] (`endpoints_fleet_connectors_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FleetConnectorsListParams {
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
    /// Optional parameters of [`EndpointsApi::google_chrome_connectors_list`] (`endpoints_google_chrome_connectors_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct GoogleChromeConnectorsListParams {
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
