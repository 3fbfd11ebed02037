//! Server side of the operations tagged `endpoints` (70).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `endpoints`. Implement those you serve, then
/// `Server::new().endpoints(service)` or [`router`]; the others go to
/// [`Endpoints::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Endpoints: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/agent_config/` (`endpoints_agents_connectors_agent_config_retrieve`).
    fn agents_connectors_agent_config_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsAgentConfigRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_agent_config_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_fed/` (`endpoints_agents_connectors_auth_fed_create`).
    fn agents_connectors_auth_fed_create(
        &self,
        auth: rt::Auth,
        query: AgentsConnectorsAuthFedCreateQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsAuthFedCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_auth_fed_create",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/auth_ia/` (`endpoints_agents_connectors_auth_ia_create`).
    fn agents_connectors_auth_ia_create(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsAuthIaCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_auth_ia_create",
            auth,
            rt::Args::new(),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/check_in/` (`endpoints_agents_connectors_check_in_create`).
    fn agents_connectors_check_in_create(
        &self,
        auth: rt::Auth,
        body: super::models::DeviceFactsRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsCheckInCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_check_in_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/` (`endpoints_agents_connectors_create`).
    fn agents_connectors_create(
        &self,
        auth: rt::Auth,
        body: super::models::AgentConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_destroy`).
    fn agents_connectors_destroy(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_destroy",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/connectors/enroll/` (`endpoints_agents_connectors_enroll_create`).
    fn agents_connectors_enroll_create(
        &self,
        auth: rt::Auth,
        body: super::models::EnrollRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsEnrollCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_enroll_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/` (`endpoints_agents_connectors_list`).
    fn agents_connectors_list(
        &self,
        auth: rt::Auth,
        query: AgentsConnectorsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Generate configuration for MDM systems to deploy authentik Agent
    ///
    /// `POST /endpoints/agents/connectors/{connector_uuid}/mdm_config/` (`endpoints_agents_connectors_mdm_config_create`).
    fn agents_connectors_mdm_config_create(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::MDMConfigRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsMdmConfigCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_mdm_config_create",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_partial_update`).
    fn agents_connectors_partial_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::PatchedAgentConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_partial_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_retrieve`).
    fn agents_connectors_retrieve(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_retrieve",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/connectors/{connector_uuid}/` (`endpoints_agents_connectors_update`).
    fn agents_connectors_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::AgentConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/connectors/{connector_uuid}/used_by/` (`endpoints_agents_connectors_used_by_list`).
    fn agents_connectors_used_by_list(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsConnectorsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_connectors_used_by_list",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_create`).
    fn agents_enrollment_tokens_create(
        &self,
        auth: rt::Auth,
        body: super::models::EnrollmentTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_destroy`).
    fn agents_enrollment_tokens_destroy(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_destroy",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/` (`endpoints_agents_enrollment_tokens_list`).
    fn agents_enrollment_tokens_list(
        &self,
        auth: rt::Auth,
        query: AgentsEnrollmentTokensListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_partial_update`).
    fn agents_enrollment_tokens_partial_update(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
        body: super::models::PatchedEnrollmentTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_partial_update",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_retrieve`).
    fn agents_enrollment_tokens_retrieve(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_retrieve",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/enrollment_tokens/{token_uuid}/` (`endpoints_agents_enrollment_tokens_update`).
    fn agents_enrollment_tokens_update(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
        body: super::models::EnrollmentTokenRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_update",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/used_by/` (`endpoints_agents_enrollment_tokens_used_by_list`).
    fn agents_enrollment_tokens_used_by_list(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_used_by_list",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid),
        )
    }
    /// Return token key and log access
    ///
    /// `GET /endpoints/agents/enrollment_tokens/{token_uuid}/view_key/` (`endpoints_agents_enrollment_tokens_view_key_retrieve`).
    fn agents_enrollment_tokens_view_key_retrieve(
        &self,
        auth: rt::Auth,
        token_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsEnrollmentTokensViewKeyRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_enrollment_tokens_view_key_retrieve",
            auth,
            rt::Args::new().param("token_uuid", &token_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `POST /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_create`).
    fn agents_psso_ise_create(
        &self,
        auth: rt::Auth,
        body: super::models::AppleIndependentSecureEnclaveRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_destroy`).
    fn agents_psso_ise_destroy(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_destroy",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/` (`endpoints_agents_psso_ise_list`).
    fn agents_psso_ise_list(
        &self,
        auth: rt::Auth,
        query: AgentsPssoIseListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_partial_update`).
    fn agents_psso_ise_partial_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::PatchedAppleIndependentSecureEnclaveRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIsePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_partial_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_retrieve`).
    fn agents_psso_ise_retrieve(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_retrieve",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/agents/psso/ise/{uuid}/` (`endpoints_agents_psso_ise_update`).
    fn agents_psso_ise_update(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
        body: super::models::AppleIndependentSecureEnclaveRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_update",
            auth,
            rt::Args::new().param("uuid", &uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/agents/psso/ise/{uuid}/used_by/` (`endpoints_agents_psso_ise_used_by_list`).
    fn agents_psso_ise_used_by_list(
        &self,
        auth: rt::Auth,
        uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoIseUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_ise_used_by_list",
            auth,
            rt::Args::new().param("uuid", &uuid),
        )
    }
    /// `POST /endpoints/agents/psso/register/device/` (`endpoints_agents_psso_register_device_create`).
    fn agents_psso_register_device_create(
        &self,
        auth: rt::Auth,
        body: super::models::AgentPSSODeviceRegistrationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoRegisterDeviceCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_register_device_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// `POST /endpoints/agents/psso/register/user/` (`endpoints_agents_psso_register_user_create`).
    fn agents_psso_register_user_create(
        &self,
        auth: rt::Auth,
        body: super::models::AgentPSSOUserRegistrationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<AgentsPssoRegisterUserCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_agents_psso_register_user_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// Connector Viewset
    ///
    /// `DELETE /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_destroy`).
    fn connectors_destroy(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectorsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_connectors_destroy",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/` (`endpoints_connectors_list`).
    fn connectors_list(
        &self,
        auth: rt::Auth,
        query: ConnectorsListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<ConnectorsListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "endpoints_connectors_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Connector Viewset
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/` (`endpoints_connectors_retrieve`).
    fn connectors_retrieve(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectorsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_connectors_retrieve",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /endpoints/connectors/types/` (`endpoints_connectors_types_list`).
    fn connectors_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectorsTypesListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_connectors_types_list",
            auth,
            rt::Args::new(),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/connectors/{connector_uuid}/used_by/` (`endpoints_connectors_used_by_list`).
    fn connectors_used_by_list(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ConnectorsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_connectors_used_by_list",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `POST /endpoints/device_access_groups/` (`endpoints_device_access_groups_create`).
    fn device_access_groups_create(
        &self,
        auth: rt::Auth,
        body: super::models::DeviceAccessGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `DELETE /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_destroy`).
    fn device_access_groups_destroy(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_destroy",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/` (`endpoints_device_access_groups_list`).
    fn device_access_groups_list(
        &self,
        auth: rt::Auth,
        query: DeviceAccessGroupsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `PATCH /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_partial_update`).
    fn device_access_groups_partial_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::PatchedDeviceAccessGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_partial_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_retrieve`).
    fn device_access_groups_retrieve(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_retrieve",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// DeviceAccessGroup Viewset
    ///
    /// `PUT /endpoints/device_access_groups/{pbm_uuid}/` (`endpoints_device_access_groups_update`).
    fn device_access_groups_update(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
        body: super::models::DeviceAccessGroupRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_update",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_access_groups/{pbm_uuid}/used_by/` (`endpoints_device_access_groups_used_by_list`).
    fn device_access_groups_used_by_list(
        &self,
        auth: rt::Auth,
        pbm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceAccessGroupsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_access_groups_used_by_list",
            auth,
            rt::Args::new().param("pbm_uuid", &pbm_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `POST /endpoints/device_bindings/` (`endpoints_device_bindings_create`).
    fn device_bindings_create(
        &self,
        auth: rt::Auth,
        body: super::models::DeviceUserBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `DELETE /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_destroy`).
    fn device_bindings_destroy(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_destroy",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/` (`endpoints_device_bindings_list`).
    fn device_bindings_list(
        &self,
        auth: rt::Auth,
        query: DeviceBindingsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `PATCH /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_partial_update`).
    fn device_bindings_partial_update(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
        body: super::models::PatchedDeviceUserBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_partial_update",
            auth,
            rt::Args::new()
                .param("policy_binding_uuid", &policy_binding_uuid)
                .body(&body),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_retrieve`).
    fn device_bindings_retrieve(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_retrieve",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// PolicyBinding Viewset
    ///
    /// `PUT /endpoints/device_bindings/{policy_binding_uuid}/` (`endpoints_device_bindings_update`).
    fn device_bindings_update(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
        body: super::models::DeviceUserBindingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_update",
            auth,
            rt::Args::new()
                .param("policy_binding_uuid", &policy_binding_uuid)
                .body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/device_bindings/{policy_binding_uuid}/used_by/` (`endpoints_device_bindings_used_by_list`).
    fn device_bindings_used_by_list(
        &self,
        auth: rt::Auth,
        policy_binding_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DeviceBindingsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_device_bindings_used_by_list",
            auth,
            rt::Args::new().param("policy_binding_uuid", &policy_binding_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `DELETE /endpoints/devices/{device_uuid}/` (`endpoints_devices_destroy`).
    fn devices_destroy(
        &self,
        auth: rt::Auth,
        device_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<DevicesDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_destroy",
            auth,
            rt::Args::new().param("device_uuid", &device_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/` (`endpoints_devices_list`).
    fn devices_list(
        &self,
        auth: rt::Auth,
        query: DevicesListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<DevicesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PATCH /endpoints/devices/{device_uuid}/` (`endpoints_devices_partial_update`).
    fn devices_partial_update(
        &self,
        auth: rt::Auth,
        device_uuid: ::uuid::Uuid,
        body: super::models::PatchedEndpointDeviceRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DevicesPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_partial_update",
            auth,
            rt::Args::new().param("device_uuid", &device_uuid).body(&body),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/` (`endpoints_devices_retrieve`).
    fn devices_retrieve(
        &self,
        auth: rt::Auth,
        device_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DevicesRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_retrieve",
            auth,
            rt::Args::new().param("device_uuid", &device_uuid),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `GET /endpoints/devices/summary/` (`endpoints_devices_summary_retrieve`).
    fn devices_summary_retrieve(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DevicesSummaryRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_summary_retrieve",
            auth,
            rt::Args::new(),
        )
    }
    /// Mixin to add a used_by endpoint to return a list of all objects using this object
    ///
    /// `PUT /endpoints/devices/{device_uuid}/` (`endpoints_devices_update`).
    fn devices_update(
        &self,
        auth: rt::Auth,
        device_uuid: ::uuid::Uuid,
        body: super::models::EndpointDeviceRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<DevicesUpdateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_update",
            auth,
            rt::Args::new().param("device_uuid", &device_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/devices/{device_uuid}/used_by/` (`endpoints_devices_used_by_list`).
    fn devices_used_by_list(
        &self,
        auth: rt::Auth,
        device_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<DevicesUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_devices_used_by_list",
            auth,
            rt::Args::new().param("device_uuid", &device_uuid),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `POST /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_create`).
    fn fleet_connectors_create(
        &self,
        auth: rt::Auth,
        body: super::models::FleetConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `DELETE /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_destroy`).
    fn fleet_connectors_destroy(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_destroy",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/` (`endpoints_fleet_connectors_list`).
    fn fleet_connectors_list(
        &self,
        auth: rt::Auth,
        query: FleetConnectorsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `PATCH /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_partial_update`).
    fn fleet_connectors_partial_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::PatchedFleetConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_partial_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_retrieve`).
    fn fleet_connectors_retrieve(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_retrieve",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// FleetConnector Viewset
    ///
    /// `PUT /endpoints/fleet/connectors/{connector_uuid}/` (`endpoints_fleet_connectors_update`).
    fn fleet_connectors_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::FleetConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/fleet/connectors/{connector_uuid}/used_by/` (`endpoints_fleet_connectors_used_by_list`).
    fn fleet_connectors_used_by_list(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<FleetConnectorsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_fleet_connectors_used_by_list",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `POST /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_create`).
    fn google_chrome_connectors_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleChromeConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `DELETE /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_destroy`).
    fn google_chrome_connectors_destroy(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_destroy",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/` (`endpoints_google_chrome_connectors_list`).
    fn google_chrome_connectors_list(
        &self,
        auth: rt::Auth,
        query: GoogleChromeConnectorsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `PATCH /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_partial_update`).
    fn google_chrome_connectors_partial_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::PatchedGoogleChromeConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_partial_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_retrieve`).
    fn google_chrome_connectors_retrieve(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_retrieve",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
    /// GoogleChromeConnector Viewset
    ///
    /// `PUT /endpoints/google_chrome/connectors/{connector_uuid}/` (`endpoints_google_chrome_connectors_update`).
    fn google_chrome_connectors_update(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
        body: super::models::GoogleChromeConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_update",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /endpoints/google_chrome/connectors/{connector_uuid}/used_by/` (`endpoints_google_chrome_connectors_used_by_list`).
    fn google_chrome_connectors_used_by_list(
        &self,
        auth: rt::Auth,
        connector_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<GoogleChromeConnectorsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "endpoints_google_chrome_connectors_used_by_list",
            auth,
            rt::Args::new().param("connector_uuid", &connector_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Endpoints>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "endpoints_agents_connectors_agent_config_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_connectors_agent_config_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_auth_fed_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_auth_fed_create(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_auth_ia_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_connectors_auth_ia_create(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_check_in_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_check_in_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_connectors_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_destroy(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_enroll_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_enroll_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_connectors_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_mdm_config_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_mdm_config_create(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_partial_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_retrieve(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_connectors_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_connectors_used_by_list(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_destroy(
                            input.auth(),
                            input.path("token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_partial_update(
                            input.auth(),
                            input.path("token_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_retrieve(
                            input.auth(),
                            input.path("token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_update(
                            input.auth(),
                            input.path("token_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_used_by_list(
                            input.auth(),
                            input.path("token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_enrollment_tokens_view_key_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_enrollment_tokens_view_key_retrieve(
                            input.auth(),
                            input.path("token_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_psso_ise_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_ise_destroy(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.agents_psso_ise_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_ise_partial_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_ise_retrieve(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_ise_update(
                            input.auth(),
                            input.path("uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_ise_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_ise_used_by_list(input.auth(), input.path("uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_register_device_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_register_device_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_agents_psso_register_user_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .agents_psso_register_user_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_connectors_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connectors_destroy(input.auth(), input.path("connector_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_connectors_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.connectors_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_connectors_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connectors_retrieve(input.auth(), input.path("connector_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_connectors_types_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.connectors_types_list(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_connectors_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .connectors_used_by_list(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_destroy(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_partial_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_retrieve(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_update(
                            input.auth(),
                            input.path("pbm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_access_groups_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_access_groups_used_by_list(
                            input.auth(),
                            input.path("pbm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.device_bindings_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_bindings_destroy(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.device_bindings_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_bindings_partial_update(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_bindings_retrieve(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_bindings_update(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_device_bindings_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .device_bindings_used_by_list(
                            input.auth(),
                            input.path("policy_binding_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .devices_destroy(input.auth(), input.path("device_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.devices_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .devices_partial_update(
                            input.auth(),
                            input.path("device_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .devices_retrieve(input.auth(), input.path("device_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_summary_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.devices_summary_retrieve(input.auth()).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .devices_update(
                            input.auth(),
                            input.path("device_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_devices_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .devices_used_by_list(input.auth(), input.path("device_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.fleet_connectors_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .fleet_connectors_destroy(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.fleet_connectors_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .fleet_connectors_partial_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .fleet_connectors_retrieve(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .fleet_connectors_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_fleet_connectors_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .fleet_connectors_used_by_list(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_destroy(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_partial_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_retrieve(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_update(
                            input.auth(),
                            input.path("connector_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "endpoints_google_chrome_connectors_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .google_chrome_connectors_used_by_list(
                            input.auth(),
                            input.path("connector_uuid")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `endpoints` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Endpoints>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Endpoints for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Endpoints::agents_connectors_agent_config_retrieve`] returns (`endpoints_agents_connectors_agent_config_retrieve`).
pub type AgentsConnectorsAgentConfigRetrieveResponse = super::Reply200_400_403<
    super::models::AgentConfig,
>;

/// What [`Endpoints::agents_connectors_auth_fed_create`] returns (`endpoints_agents_connectors_auth_fed_create`).
pub type AgentsConnectorsAuthFedCreateResponse = super::Reply200_400_403_404<
    super::models::AgentTokenResponse,
>;

/// Query and header parameters of [`Endpoints::agents_connectors_auth_fed_create`] (`endpoints_agents_connectors_auth_fed_create`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentsConnectorsAuthFedCreateQuery {
    pub device: String,
}

/// What [`Endpoints::agents_connectors_auth_ia_create`] returns (`endpoints_agents_connectors_auth_ia_create`).
pub type AgentsConnectorsAuthIaCreateResponse = super::Reply200_400_403<
    super::models::AgentAuthenticationResponse,
>;

/// What [`Endpoints::agents_connectors_check_in_create`] returns (`endpoints_agents_connectors_check_in_create`).
pub type AgentsConnectorsCheckInCreateResponse = super::Reply204_400_403;

/// What [`Endpoints::agents_connectors_create`] returns (`endpoints_agents_connectors_create`).
pub type AgentsConnectorsCreateResponse = super::Reply201_400_403<
    super::models::AgentConnector,
>;

/// What [`Endpoints::agents_connectors_destroy`] returns (`endpoints_agents_connectors_destroy`).
pub type AgentsConnectorsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::agents_connectors_enroll_create`] returns (`endpoints_agents_connectors_enroll_create`).
pub type AgentsConnectorsEnrollCreateResponse = super::Reply200_400_403<
    super::models::AgentTokenResponse,
>;

/// What [`Endpoints::agents_connectors_list`] returns (`endpoints_agents_connectors_list`).
pub type AgentsConnectorsListResponse = super::Reply200_400_403<
    super::models::PaginatedAgentConnectorList,
>;

/// Query and header parameters of [`Endpoints::agents_connectors_list`] (`endpoints_agents_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentsConnectorsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::agents_connectors_mdm_config_create`] returns (`endpoints_agents_connectors_mdm_config_create`).
pub type AgentsConnectorsMdmConfigCreateResponse = super::Reply200_400_403<
    super::models::MDMConfigResponse,
>;

/// What [`Endpoints::agents_connectors_partial_update`] returns (`endpoints_agents_connectors_partial_update`).
pub type AgentsConnectorsPartialUpdateResponse = super::Reply200_400_403<
    super::models::AgentConnector,
>;

/// What [`Endpoints::agents_connectors_retrieve`] returns (`endpoints_agents_connectors_retrieve`).
pub type AgentsConnectorsRetrieveResponse = super::Reply200_400_403<
    super::models::AgentConnector,
>;

/// What [`Endpoints::agents_connectors_update`] returns (`endpoints_agents_connectors_update`).
pub type AgentsConnectorsUpdateResponse = super::Reply200_400_403<
    super::models::AgentConnector,
>;

/// What [`Endpoints::agents_connectors_used_by_list`] returns (`endpoints_agents_connectors_used_by_list`).
pub type AgentsConnectorsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::agents_enrollment_tokens_create`] returns (`endpoints_agents_enrollment_tokens_create`).
pub type AgentsEnrollmentTokensCreateResponse = super::Reply201_400_403<
    super::models::EnrollmentToken,
>;

/// What [`Endpoints::agents_enrollment_tokens_destroy`] returns (`endpoints_agents_enrollment_tokens_destroy`).
pub type AgentsEnrollmentTokensDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::agents_enrollment_tokens_list`] returns (`endpoints_agents_enrollment_tokens_list`).
pub type AgentsEnrollmentTokensListResponse = super::Reply200_400_403<
    super::models::PaginatedEnrollmentTokenList,
>;

/// Query and header parameters of [`Endpoints::agents_enrollment_tokens_list`] (`endpoints_agents_enrollment_tokens_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentsEnrollmentTokensListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector: Option<::uuid::Uuid>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_uuid: Option<::uuid::Uuid>,
}

/// What [`Endpoints::agents_enrollment_tokens_partial_update`] returns (`endpoints_agents_enrollment_tokens_partial_update`).
pub type AgentsEnrollmentTokensPartialUpdateResponse = super::Reply200_400_403<
    super::models::EnrollmentToken,
>;

/// What [`Endpoints::agents_enrollment_tokens_retrieve`] returns (`endpoints_agents_enrollment_tokens_retrieve`).
pub type AgentsEnrollmentTokensRetrieveResponse = super::Reply200_400_403<
    super::models::EnrollmentToken,
>;

/// What [`Endpoints::agents_enrollment_tokens_update`] returns (`endpoints_agents_enrollment_tokens_update`).
pub type AgentsEnrollmentTokensUpdateResponse = super::Reply200_400_403<
    super::models::EnrollmentToken,
>;

/// What [`Endpoints::agents_enrollment_tokens_used_by_list`] returns (`endpoints_agents_enrollment_tokens_used_by_list`).
pub type AgentsEnrollmentTokensUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::agents_enrollment_tokens_view_key_retrieve`] returns (`endpoints_agents_enrollment_tokens_view_key_retrieve`).
pub type AgentsEnrollmentTokensViewKeyRetrieveResponse = super::Reply200_400_403_404<
    super::models::TokenView,
>;

/// What [`Endpoints::agents_psso_ise_create`] returns (`endpoints_agents_psso_ise_create`).
pub type AgentsPssoIseCreateResponse = super::Reply201_400_403<
    super::models::AppleIndependentSecureEnclave,
>;

/// What [`Endpoints::agents_psso_ise_destroy`] returns (`endpoints_agents_psso_ise_destroy`).
pub type AgentsPssoIseDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::agents_psso_ise_list`] returns (`endpoints_agents_psso_ise_list`).
pub type AgentsPssoIseListResponse = super::Reply200_400_403<
    super::models::PaginatedAppleIndependentSecureEnclaveList,
>;

/// Query and header parameters of [`Endpoints::agents_psso_ise_list`] (`endpoints_agents_psso_ise_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentsPssoIseListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple_enclave_key_id: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

/// What [`Endpoints::agents_psso_ise_partial_update`] returns (`endpoints_agents_psso_ise_partial_update`).
pub type AgentsPssoIsePartialUpdateResponse = super::Reply200_400_403<
    super::models::AppleIndependentSecureEnclave,
>;

/// What [`Endpoints::agents_psso_ise_retrieve`] returns (`endpoints_agents_psso_ise_retrieve`).
pub type AgentsPssoIseRetrieveResponse = super::Reply200_400_403<
    super::models::AppleIndependentSecureEnclave,
>;

/// What [`Endpoints::agents_psso_ise_update`] returns (`endpoints_agents_psso_ise_update`).
pub type AgentsPssoIseUpdateResponse = super::Reply200_400_403<
    super::models::AppleIndependentSecureEnclave,
>;

/// What [`Endpoints::agents_psso_ise_used_by_list`] returns (`endpoints_agents_psso_ise_used_by_list`).
pub type AgentsPssoIseUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::agents_psso_register_device_create`] returns (`endpoints_agents_psso_register_device_create`).
pub type AgentsPssoRegisterDeviceCreateResponse = super::Reply200_400_403<
    super::models::AgentPSSODeviceRegistrationResponse,
>;

/// What [`Endpoints::agents_psso_register_user_create`] returns (`endpoints_agents_psso_register_user_create`).
pub type AgentsPssoRegisterUserCreateResponse = super::Reply200_400_403<
    super::models::UserSelf,
>;

/// What [`Endpoints::connectors_destroy`] returns (`endpoints_connectors_destroy`).
pub type ConnectorsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::connectors_list`] returns (`endpoints_connectors_list`).
pub type ConnectorsListResponse = super::Reply200_400_403<
    super::models::PaginatedConnectorList,
>;

/// Query and header parameters of [`Endpoints::connectors_list`] (`endpoints_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorsListQuery {
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::connectors_retrieve`] returns (`endpoints_connectors_retrieve`).
pub type ConnectorsRetrieveResponse = super::Reply200_400_403<super::models::Connector>;

/// What [`Endpoints::connectors_types_list`] returns (`endpoints_connectors_types_list`).
pub type ConnectorsTypesListResponse = super::Reply200_400_403<
    Vec<super::models::TypeCreate>,
>;

/// What [`Endpoints::connectors_used_by_list`] returns (`endpoints_connectors_used_by_list`).
pub type ConnectorsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::device_access_groups_create`] returns (`endpoints_device_access_groups_create`).
pub type DeviceAccessGroupsCreateResponse = super::Reply201_400_403<
    super::models::DeviceAccessGroup,
>;

/// What [`Endpoints::device_access_groups_destroy`] returns (`endpoints_device_access_groups_destroy`).
pub type DeviceAccessGroupsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::device_access_groups_list`] returns (`endpoints_device_access_groups_list`).
pub type DeviceAccessGroupsListResponse = super::Reply200_400_403<
    super::models::PaginatedDeviceAccessGroupList,
>;

/// Query and header parameters of [`Endpoints::device_access_groups_list`] (`endpoints_device_access_groups_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceAccessGroupsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::device_access_groups_partial_update`] returns (`endpoints_device_access_groups_partial_update`).
pub type DeviceAccessGroupsPartialUpdateResponse = super::Reply200_400_403<
    super::models::DeviceAccessGroup,
>;

/// What [`Endpoints::device_access_groups_retrieve`] returns (`endpoints_device_access_groups_retrieve`).
pub type DeviceAccessGroupsRetrieveResponse = super::Reply200_400_403<
    super::models::DeviceAccessGroup,
>;

/// What [`Endpoints::device_access_groups_update`] returns (`endpoints_device_access_groups_update`).
pub type DeviceAccessGroupsUpdateResponse = super::Reply200_400_403<
    super::models::DeviceAccessGroup,
>;

/// What [`Endpoints::device_access_groups_used_by_list`] returns (`endpoints_device_access_groups_used_by_list`).
pub type DeviceAccessGroupsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::device_bindings_create`] returns (`endpoints_device_bindings_create`).
pub type DeviceBindingsCreateResponse = super::Reply201_400_403<
    super::models::DeviceUserBinding,
>;

/// What [`Endpoints::device_bindings_destroy`] returns (`endpoints_device_bindings_destroy`).
pub type DeviceBindingsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::device_bindings_list`] returns (`endpoints_device_bindings_list`).
pub type DeviceBindingsListResponse = super::Reply200_400_403<
    super::models::PaginatedDeviceUserBindingList,
>;

/// Query and header parameters of [`Endpoints::device_bindings_list`] (`endpoints_device_bindings_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceBindingsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<::uuid::Uuid>,
    #[serde(rename = "policy__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_isnull: Option<bool>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_in: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

/// What [`Endpoints::device_bindings_partial_update`] returns (`endpoints_device_bindings_partial_update`).
pub type DeviceBindingsPartialUpdateResponse = super::Reply200_400_403<
    super::models::DeviceUserBinding,
>;

/// What [`Endpoints::device_bindings_retrieve`] returns (`endpoints_device_bindings_retrieve`).
pub type DeviceBindingsRetrieveResponse = super::Reply200_400_403<
    super::models::DeviceUserBinding,
>;

/// What [`Endpoints::device_bindings_update`] returns (`endpoints_device_bindings_update`).
pub type DeviceBindingsUpdateResponse = super::Reply200_400_403<
    super::models::DeviceUserBinding,
>;

/// What [`Endpoints::device_bindings_used_by_list`] returns (`endpoints_device_bindings_used_by_list`).
pub type DeviceBindingsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::devices_destroy`] returns (`endpoints_devices_destroy`).
pub type DevicesDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::devices_list`] returns (`endpoints_devices_list`).
pub type DevicesListResponse = super::Reply200_400_403<
    super::models::PaginatedEndpointDeviceList,
>;

/// Query and header parameters of [`Endpoints::devices_list`] (`endpoints_devices_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DevicesListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::devices_partial_update`] returns (`endpoints_devices_partial_update`).
pub type DevicesPartialUpdateResponse = super::Reply200_400_403<
    super::models::EndpointDevice,
>;

/// What [`Endpoints::devices_retrieve`] returns (`endpoints_devices_retrieve`).
pub type DevicesRetrieveResponse = super::Reply200_400_403<
    super::models::EndpointDeviceDetails,
>;

/// What [`Endpoints::devices_summary_retrieve`] returns (`endpoints_devices_summary_retrieve`).
pub type DevicesSummaryRetrieveResponse = super::Reply200_400_403<
    super::models::DeviceSummary,
>;

/// What [`Endpoints::devices_update`] returns (`endpoints_devices_update`).
pub type DevicesUpdateResponse = super::Reply200_400_403<super::models::EndpointDevice>;

/// What [`Endpoints::devices_used_by_list`] returns (`endpoints_devices_used_by_list`).
pub type DevicesUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Endpoints::fleet_connectors_create`] returns (`endpoints_fleet_connectors_create`).
pub type FleetConnectorsCreateResponse = super::Reply201_400_403<
    super::models::FleetConnector,
>;

/// What [`Endpoints::fleet_connectors_destroy`] returns (`endpoints_fleet_connectors_destroy`).
pub type FleetConnectorsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::fleet_connectors_list`] returns (`endpoints_fleet_connectors_list`).
pub type FleetConnectorsListResponse = super::Reply200_400_403<
    super::models::PaginatedFleetConnectorList,
>;

/// Query and header parameters of [`Endpoints::fleet_connectors_list`] (`endpoints_fleet_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FleetConnectorsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::fleet_connectors_partial_update`] returns (`endpoints_fleet_connectors_partial_update`).
pub type FleetConnectorsPartialUpdateResponse = super::Reply200_400_403<
    super::models::FleetConnector,
>;

/// What [`Endpoints::fleet_connectors_retrieve`] returns (`endpoints_fleet_connectors_retrieve`).
pub type FleetConnectorsRetrieveResponse = super::Reply200_400_403<
    super::models::FleetConnector,
>;

/// What [`Endpoints::fleet_connectors_update`] returns (`endpoints_fleet_connectors_update`).
pub type FleetConnectorsUpdateResponse = super::Reply200_400_403<
    super::models::FleetConnector,
>;

/// What [`Endpoints::fleet_connectors_used_by_list`] returns (`endpoints_fleet_connectors_used_by_list`).
pub type FleetConnectorsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Endpoints::google_chrome_connectors_create`] returns (`endpoints_google_chrome_connectors_create`).
pub type GoogleChromeConnectorsCreateResponse = super::Reply201_400_403<
    super::models::GoogleChromeConnector,
>;

/// What [`Endpoints::google_chrome_connectors_destroy`] returns (`endpoints_google_chrome_connectors_destroy`).
pub type GoogleChromeConnectorsDestroyResponse = super::Reply204_400_403;

/// What [`Endpoints::google_chrome_connectors_list`] returns (`endpoints_google_chrome_connectors_list`).
pub type GoogleChromeConnectorsListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleChromeConnectorList,
>;

/// Query and header parameters of [`Endpoints::google_chrome_connectors_list`] (`endpoints_google_chrome_connectors_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleChromeConnectorsListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Endpoints::google_chrome_connectors_partial_update`] returns (`endpoints_google_chrome_connectors_partial_update`).
pub type GoogleChromeConnectorsPartialUpdateResponse = super::Reply200_400_403<
    super::models::GoogleChromeConnector,
>;

/// What [`Endpoints::google_chrome_connectors_retrieve`] returns (`endpoints_google_chrome_connectors_retrieve`).
pub type GoogleChromeConnectorsRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleChromeConnector,
>;

/// What [`Endpoints::google_chrome_connectors_update`] returns (`endpoints_google_chrome_connectors_update`).
pub type GoogleChromeConnectorsUpdateResponse = super::Reply200_400_403<
    super::models::GoogleChromeConnector,
>;

/// What [`Endpoints::google_chrome_connectors_used_by_list`] returns (`endpoints_google_chrome_connectors_used_by_list`).
pub type GoogleChromeConnectorsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
